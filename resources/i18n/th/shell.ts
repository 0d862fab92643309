<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../app/ui/about_dialog.py" line="+33"/>
        <source>The licence text ({name}) is missing from this installation.</source>
        <translation>ไม่พบข้อความสัญญาอนุญาต ({name}) ในการติดตั้งนี้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Hearth</source>
        <translation>เกี่ยวกับ Hearth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A private, offline assistant. Everything runs on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ผู้ช่วยส่วนตัวที่ทำงานแบบออฟไลน์ ทุกอย่างทำงานบนคอมพิวเตอร์เครื่องนี้&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models, licensed under the Llama 3.2 Community License.</source>
        <translation>Hearth ใช้งานโมเดล Llama 3.2 ของ Meta ซึ่งอยู่ภายใต้สัญญาอนุญาต Llama 3.2 Community License</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Llama 3.2 licence</source>
        <translation>สัญญาอนุญาต Llama 3.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party</source>
        <translation>บุคคลที่สาม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hearth (Apache-2.0)</source>
        <translation>Hearth (Apache-2.0)</translation>
    </message>
</context>
<context>
    <name>CallWorker</name>
    <message>
        <location filename="../../../app/ui/workers.py" line="+96"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>เกิดข้อผิดพลาด: {error} ดูรายละเอียดได้ในบันทึก</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../../app/ui/first_run.py" line="+80"/>
        <source>&lt;b&gt;You are chatting with the starter model&lt;/b&gt; (SmolLM2 135M Instruct): it runs on any computer, fully offline, but it is small and often wrong. For real answers use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;คุณกำลังแชทกับโมเดลเริ่มต้น&lt;/b&gt; (SmolLM2 135M Instruct) ซึ่งทำงานได้บนทุกคอมพิวเตอร์แบบออฟไลน์ทั้งหมด แต่มีขนาดเล็กและมักตอบผิด หากต้องการคำตอบที่ใช้ได้จริง ให้ใช้ &lt;b&gt;{model}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the size that fits this computer&apos;s free memory.</source>
        <translation>ขนาดนี้พอดีกับหน่วยความจำว่างของคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {model}</source>
        <translation>ใช้ {model}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download {model}</source>
        <translation>ดาวน์โหลด {model}</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../../app/ui/licence_dialog.py" line="+70"/>
        <source>You may use, copy, modify and share the models and what they produce, for free, for research and for commercial purposes, if you keep to the Acceptable Use Policy.</source>
        <translation>คุณสามารถใช้ คัดลอก แก้ไข และแบ่งปันโมเดลและสิ่งที่โมเดลสร้างขึ้นได้ฟรี ทั้งเพื่อการวิจัยและเชิงพาณิชย์ หากปฏิบัติตามนโยบายการใช้งานที่ยอมรับได้ (Acceptable Use Policy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products and services with more than 700 million monthly active users need a separate licence from Meta.</source>
        <translation>ผลิตภัณฑ์และบริการที่มีผู้ใช้งานรายเดือนมากกว่า 700 ล้านคนต้องได้รับสัญญาอนุญาตแยกต่างหากจาก Meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you share a Llama model or a product built with one, you include a copy of the licence and show &quot;Built with Llama&quot; in the product&apos;s documentation or interface.</source>
        <translation>หากคุณแบ่งปันโมเดล Llama หรือผลิตภัณฑ์ที่สร้างด้วยโมเดลนั้น ต้องแนบสำเนาสัญญาอนุญาตและแสดงข้อความ &quot;Built with Llama&quot; ในเอกสารหรือหน้าจอของผลิตภัณฑ์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Vision models (Llama 3.2 11B and 90B Vision):** the rights to these multimodal models are not granted to individuals domiciled in, or companies with their principal place of business in, the European Union. End users in the EU may still use products and services that include them. Hearth asks where you are before it downloads or loads a vision model; if you use Hearth for a company, the company&apos;s principal place of business decides. For this, the EU includes its outermost regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, the Azores, Madeira, the Canary Islands) and Åland; Norway, Iceland, Liechtenstein, Switzerland, the United Kingdom, Greenland and the Faroe Islands are not in it.</source>
        <translation>**โมเดลด้านภาพ (Llama 3.2 11B และ 90B Vision):** สิทธิ์ในโมเดลหลายรูปแบบเหล่านี้ไม่ได้มอบให้แก่บุคคลที่มีภูมิลำเนาในสหภาพยุโรป หรือบริษัทที่มีสถานประกอบการหลักในสหภาพยุโรป ผู้ใช้ปลายทางในสหภาพยุโรปยังคงใช้ผลิตภัณฑ์และบริการที่มีโมเดลเหล่านี้ได้ Hearth จะถามว่าคุณอยู่ที่ใดก่อนดาวน์โหลดหรือโหลดโมเดลด้านภาพ หากคุณใช้ Hearth ในนามบริษัท สถานประกอบการหลักของบริษัทจะเป็นตัวตัดสิน ในที่นี้สหภาพยุโรปรวมถึงดินแดนรอบนอกสุด (เฟรนช์เกียนา กวาเดอลูป มาร์ตินีก เรอูนียง มายอต แซ็ง-มาร์แต็ง หมู่เกาะอาซอเรส มาเดรา หมู่เกาะคานารี) และโอลันด์ ส่วนนอร์เวย์ ไอซ์แลนด์ ลิกเตนสไตน์ สวิตเซอร์แลนด์ สหราชอาณาจักร กรีนแลนด์ และหมู่เกาะแฟโร ไม่นับรวม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Acceptable Use Policy forbids, among other things, using the models for illegal activity, to harm people, to deceive, or to generate content that endangers others.</source>
        <translation>นโยบายการใช้งานที่ยอมรับได้ห้ามการใช้โมเดลเพื่อกิจกรรมที่ผิดกฎหมาย เพื่อทำร้ายผู้อื่น เพื่อหลอกลวง หรือเพื่อสร้างเนื้อหาที่เป็นอันตรายต่อผู้อื่น เป็นต้น</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Llama 3.2 — the licence in plain words</source>
        <translation>Llama 3.2 — สัญญาอนุญาตฉบับภาษาง่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models on your computer. The models are not part of Hearth&apos;s own code: each one comes with the **Llama 3.2 Community License Agreement** and the **Llama 3.2 Acceptable Use Policy**, which you accept when you download a Llama model.</source>
        <translation>Hearth เรียกใช้โมเดล Llama 3.2 ของ Meta บนคอมพิวเตอร์ของคุณ โมเดลเหล่านี้ไม่ได้เป็นส่วนหนึ่งของโค้ดของ Hearth เอง แต่ละโมเดลมาพร้อมกับ **Llama 3.2 Community License Agreement** และ **Llama 3.2 Acceptable Use Policy** ซึ่งคุณยอมรับเมื่อดาวน์โหลดโมเดล Llama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they say, in short (the official texts decide; read them):</source>
        <translation>สาระโดยย่อ (ข้อความทางการเป็นตัวตัดสิน โปรดอ่านฉบับทางการ):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This summary is not legal advice. Official texts:</source>
        <translation>สรุปนี้ไม่ใช่คำแนะนำทางกฎหมาย ข้อความทางการ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>สัญญาอนุญาต:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable Use Policy:</source>
        <translation>นโยบายการใช้งานที่ยอมรับได้:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Llama 3.2 vision models: licence</source>
        <translation>โมเดลด้านภาพ Llama 3.2: สัญญาอนุญาต</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{model}&lt;/b&gt; is a Llama 3.2 vision model.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt; เป็นโมเดลด้านภาพของ Llama 3.2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Llama 3.2 licence does not grant the vision models to individuals domiciled in, or companies with their principal place of business in, the European Union. Hearth therefore asks you — it does not guess. Text models are not affected.</source>
        <translation>สัญญาอนุญาต Llama 3.2 ไม่ได้มอบโมเดลด้านภาพให้แก่บุคคลที่มีภูมิลำเนาในสหภาพยุโรป หรือบริษัทที่มีสถานประกอบการหลักในสหภาพยุโรป Hearth จึงถามคุณโดยตรงแทนการเดา โมเดลข้อความไม่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Official texts: {licence} · {policy}.</source>
        <translation>ข้อความทางการ: {licence} · {policy}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptable Use Policy</source>
        <translation>นโยบายการใช้งานที่ยอมรับได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End users of products that include a vision model are not limited, in the EU or elsewhere; this question is only about your own use of Hearth.</source>
        <translation>ผู้ใช้ปลายทางของผลิตภัณฑ์ที่มีโมเดลด้านภาพไม่ถูกจำกัด ไม่ว่าในสหภาพยุโรปหรือที่อื่น คำถามนี้เกี่ยวกับการใช้ Hearth ของคุณเองเท่านั้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>นี่ไม่ใช่คำแนะนำทางกฎหมาย สัญญาอนุญาตและนโยบายการใช้งานที่ยอมรับได้ฉบับทางการเป็นตัวตัดสิน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country where you live:</source>
        <translation>ประเทศที่คุณพำนัก:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For myself, as an individual</source>
        <translation>สำหรับตัวเอง ในฐานะบุคคลทั่วไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a company or organisation</source>
        <translation>สำหรับบริษัทหรือองค์กร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I use Hearth:</source>
        <translation>ฉันใช้ Hearth:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a company, its principal place of business decides, not where you live.</source>
        <translation>สำหรับบริษัท สถานประกอบการหลักของบริษัทเป็นตัวตัดสิน ไม่ใช่ที่ที่คุณพำนัก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company&apos;s principal place of business:</source>
        <translation>สถานประกอบการหลักของบริษัท:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have read and accept the {licence} and the Acceptable Use Policy</source>
        <translation>ฉันได้อ่านและยอมรับ {licence} และนโยบายการใช้งานที่ยอมรับได้แล้ว</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your current answers; change what is no longer true.</source>
        <translation>คำตอบปัจจุบันของคุณ แก้ไขส่วนที่ไม่ตรงกับความจริงแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-selected from your system&apos;s region ({country}). Please check it: only your answer counts.</source>
        <translation>เลือกไว้ล่วงหน้าตามภูมิภาคของระบบ ({country}) โปรดตรวจสอบ เพราะคำตอบของคุณเท่านั้นที่นับ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the country you live in.</source>
        <translation>เลือกประเทศที่คุณพำนัก</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say whether you use Hearth for yourself or for a company.</source>
        <translation>โปรดระบุว่าคุณใช้ Hearth สำหรับตัวเองหรือสำหรับบริษัท</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With these answers the licence does not grant you the Llama 3.2 vision models: Hearth will not download or load them. Text models stay available.</source>
        <translation>ตามคำตอบเหล่านี้ สัญญาอนุญาตไม่ได้มอบโมเดลด้านภาพ Llama 3.2 ให้คุณ Hearth จะไม่ดาวน์โหลดหรือโหลดโมเดลเหล่านั้น โมเดลข้อความยังใช้งานได้ตามปกติ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With these answers the regional limit does not apply to you.</source>
        <translation>ตามคำตอบเหล่านี้ ข้อจำกัดตามภูมิภาคไม่มีผลกับคุณ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} was not downloaded: the licence question was not answered.</source>
        <translation>ไม่ได้ดาวน์โหลด {model} เพราะยังไม่ได้ตอบคำถามเรื่องสัญญาอนุญาต</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} was not loaded: the licence question was not answered.</source>
        <translation>ไม่ได้โหลด {model} เพราะยังไม่ได้ตอบคำถามเรื่องสัญญาอนุญาต</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} was not downloaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>ไม่ได้ดาวน์โหลด {model} เพราะเป็นโมเดลด้านภาพของ Llama 3.2 และสัญญาอนุญาตขึ้นอยู่กับที่ที่คุณพำนัก Hearth จึงต้องถามก่อน ลองอีกครั้งเพื่อตอบคำถาม หรือกรอกคำตอบใน การตั้งค่า ▸ การแจ้งเรื่องสัญญาอนุญาต…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} was not loaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>ไม่ได้โหลด {model} เพราะเป็นโมเดลด้านภาพของ Llama 3.2 และสัญญาอนุญาตขึ้นอยู่กับที่ที่คุณพำนัก Hearth จึงต้องถามก่อน ลองอีกครั้งเพื่อตอบคำถาม หรือกรอกคำตอบใน การตั้งค่า ▸ การแจ้งเรื่องสัญญาอนุญาต…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="+71"/>
        <source>Open a GGUF file…</source>
        <translation>เปิดไฟล์ GGUF…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft: {share} accepted ({accepted}/{drafted})</source>
        <translation>ร่าง: ยอมรับ {share} ({accepted}/{drafted})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{speedup}× plain</source>
        <translation>~{speedup}× เทียบกับแบบปกติ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+701"/>
        <source>{speed} tok/s</source>
        <translation>{speed} โทเค็น/วิ</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>{n} tokens</source>
        <translation>{n} โทเค็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first token {ms} ms</source>
        <translation>โทเค็นแรกใน {ms} มิลลิวินาที</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} old messages left out to fit the context</source>
        <translation>ละข้อความเก่า {n} ข้อความเพื่อให้พอดีกับบริบท</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+488"/>
        <location line="+235"/>
        <source>stopped</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <location line="-721"/>
        <source>cut off at the length limit</source>
        <translation>ถูกตัดที่ความยาวสูงสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the safety check</source>
        <translation>ถูกหยุดโดยการตรวจสอบความปลอดภัย</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New chat</source>
        <translation>แชทใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search conversations</source>
        <translation>ค้นหาการสนทนา</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model:</source>
        <translation>โมเดล:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Models…</source>
        <translation>โมเดล…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Llama models, import GGUF files, see what fits</source>
        <translation>ดาวน์โหลดโมเดล Llama นำเข้าไฟล์ GGUF และดูว่าโมเดลใดใช้ได้</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Message Hearth (Enter sends, Shift+Enter for a new line)</source>
        <translation>ส่งข้อความถึง Hearth (Enter เพื่อส่ง, Shift+Enter เพื่อขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+596"/>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location line="-585"/>
        <location line="+234"/>
        <location line="+49"/>
        <source>No model loaded</source>
        <translation>ยังไม่ได้โหลดโมเดล</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New chat</source>
        <translation>แชทใหม่ (&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open model file…</source>
        <translation>เปิดไฟล์โมเดล… (&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>ส่งออกแชทเป็น Markdown… (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>ส่งออกแชทเป็น JSON… (&amp;J)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Models…</source>
        <translation>โมเดล… (&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>เครื่องมือ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools for this &amp;chat…</source>
        <translation>เครื่องมือสำหรับแชทนี้… (&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MCP servers…</source>
        <translation>เซิร์ฟเวอร์ MCP… (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Hearth</source>
        <translation>เกี่ยวกับ Hearth (&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (starter)</source>
        <translation>{name} (เริ่มต้น)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>☁ {model} (remote)</source>
        <translation>☁ {model} (ระยะไกล)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>☁ {model} — {server} (remote)</source>
        <translation>☁ {model} — {server} (ระยะไกล)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs on {url}: your messages go to that computer.</source>
        <translation>ทำงานบน {url} ข้อความของคุณจะถูกส่งไปยังคอมพิวเตอร์เครื่องนั้น</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No model is installed yet. Open a GGUF file (File ▸ Open model file…), for example Llama-3.2-1B-Instruct-Q4_K_M.gguf.</source>
        <translation>ยังไม่มีโมเดลที่ติดตั้งไว้ เปิดไฟล์ GGUF (ไฟล์ ▸ เปิดไฟล์โมเดล…) เช่น Llama-3.2-1B-Instruct-Q4_K_M.gguf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model</source>
        <translation>เปิดโมเดล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>โมเดล GGUF (*.gguf);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model is already loading; wait a moment.</source>
        <translation>กำลังโหลดโมเดลอยู่ โปรดรอสักครู่</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading {model}…</source>
        <translation>กำลังโหลด {model}…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{model} · on {host} · {n_ctx}-token context</source>
        <translation>{model} · บน {host} · บริบท {n_ctx} โทเค็น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} · {n_ctx}-token context · {threads} threads</source>
        <translation>{model} · บริบท {n_ctx} โทเค็น · {threads} เธรด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} GPU layers</source>
        <translation>{n} เลเยอร์บน GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☁ Remote · {host}</source>
        <translation>☁ ระยะไกล · {host}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation goes to another computer ({host}): {where}.</source>
        <translation>การสนทนานี้ถูกส่งไปยังคอมพิวเตอร์อีกเครื่อง ({host}): {where}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: {model}</source>
        <translation>ร่าง: {model}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{model} (still loaded)</source>
        <translation>{model} (ยังโหลดอยู่)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cut off: the answer did not arrive in full</source>
        <translation>ถูกตัด: คำตอบมาไม่ครบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: it did not fit or failed</source>
        <translation>ไม่ได้ส่ง: ยาวเกินไปหรือล้มเหลว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>ถูกขัดจังหวะ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>เปลี่ยนชื่อ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation>ส่งออกเป็น Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>ส่งออกเป็น JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename chat</source>
        <translation>เปลี่ยนชื่อแชท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete chat</source>
        <translation>ลบแชท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>ลบ “{title}” หรือไม่</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export chat</source>
        <translation>ส่งออกแชท</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>บันทึก {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A document is being summarized; send when it is done, or cancel it.</source>
        <translation>กำลังสรุปเอกสารอยู่ ส่งเมื่อสรุปเสร็จ หรือยกเลิกการสรุป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is still loading; your message is kept in the box.</source>
        <translation>โมเดลยังโหลดไม่เสร็จ ข้อความของคุณยังอยู่ในช่องพิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>โปรดเลือกโมเดลก่อน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model cannot see pictures: choose a Llama 3.2 Vision model, or remove the picture.</source>
        <translation>โมเดลนี้มองเห็นรูปภาพไม่ได้ เลือกโมเดล Llama 3.2 Vision หรือนำรูปภาพออก</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new language applies the next time Hearth starts.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิด Hearth ครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../../app/ui/i18n.py" line="+51"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../app/ui/settings_dialog.py" line="+54"/>
        <source>GPU layers set to *Automatic* are chosen from the free memory of the largest GPU, the model&apos;s size and the context size; a GPU that fails to start falls back to the CPU with a notice. See the README for CUDA, Metal and Vulkan builds.</source>
        <translation>เลเยอร์บน GPU ที่ตั้งเป็น *อัตโนมัติ* จะเลือกตามหน่วยความจำว่างของ GPU ที่ใหญ่ที่สุด ขนาดของโมเดล และขนาดบริบท หาก GPU เริ่มทำงานไม่ได้ จะกลับไปใช้ CPU พร้อมแจ้งให้ทราบ ดู README สำหรับบิลด์ CUDA, Metal และ Vulkan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>ค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threads, context size and GPU layers are remembered for &lt;b&gt;{model}&lt;/b&gt;; other models keep their own.</source>
        <translation>จำนวนเธรด ขนาดบริบท และเลเยอร์บน GPU จะจำไว้สำหรับ &lt;b&gt;{model}&lt;/b&gt; โมเดลอื่นใช้ค่าของตัวเอง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic ({cores} physical cores)</source>
        <translation>อัตโนมัติ ({cores} คอร์จริง)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads:</source>
        <translation>เธรด CPU:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> โทเค็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context size:</source>
        <translation>ขนาดบริบท:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (from free GPU memory)</source>
        <translation>อัตโนมัติ (ตามหน่วยความจำ GPU ที่ว่าง)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU: 0 runs on the CPU only, 999 puts every layer on the GPU.</source>
        <translation>จำนวนเลเยอร์ที่รันบน GPU: 0 คือใช้ CPU อย่างเดียว 999 คือย้ายทุกเลเยอร์ไปที่ GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers:</source>
        <translation>เลเยอร์บน GPU:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 always picks the likeliest word; higher is more varied.</source>
        <translation>0 จะเลือกคำที่น่าจะเป็นที่สุดเสมอ ค่าสูงขึ้นจะหลากหลายมากขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>อุณหภูมิ (temperature):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest answer:</source>
        <translation>คำตอบยาวสุด:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions for every new chat (optional)</source>
        <translation>คำสั่งสำหรับแชทใหม่ทุกแชท (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt:</source>
        <translation>พรอมต์ระบบ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence declaration…</source>
        <translation>การแจ้งเรื่องสัญญาอนุญาต…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you live and whether you use Hearth for a company: decides whether the Llama 3.2 vision models&apos; licence covers you.</source>
        <translation>คุณพำนักที่ใดและใช้ Hearth ในนามบริษัทหรือไม่ สิ่งนี้กำหนดว่าสัญญาอนุญาตของโมเดลด้านภาพ Llama 3.2 ครอบคลุมคุณหรือไม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vision licence:</source>
        <translation>สัญญาอนุญาตโมเดลด้านภาพ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Hearth starts.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิด Hearth ครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>ความปลอดภัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardware</source>
        <translation>ฮาร์ดแวร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local server</source>
        <translation>เซิร์ฟเวอร์ในเครื่อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My tools</source>
        <translation>เครื่องมือของฉัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Servers</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+34"/>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A small model with the same vocabulary (e.g. Llama 3.2 1B for Llama 3.1 8B) guesses ahead and this model checks its guesses in batches: the same answers, usually faster.</source>
        <translation>โมเดลขนาดเล็กที่ใช้คำศัพท์ชุดเดียวกัน (เช่น Llama 3.2 1B สำหรับ Llama 3.1 8B) จะเดาล่วงหน้า แล้วโมเดลนี้ตรวจคำเดาเป็นชุด ได้คำตอบเหมือนเดิมแต่มักเร็วกว่า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft model:</source>
        <translation>โมเดลร่าง:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not declared yet: Hearth asks before a vision model is used.</source>
        <translation>ยังไม่ได้แจ้ง Hearth จะถามก่อนใช้โมเดลด้านภาพ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>ถูกระงับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company in {country}: vision models {verdict}</source>
        <translation>บริษัทใน {country}: โมเดลด้านภาพ{verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual in {country}: vision models {verdict}</source>
        <translation>บุคคลใน {country}: โมเดลด้านภาพ{verdict}</translation>
    </message>
</context>
<context>
    <name>StreamWorker</name>
    <message>
        <location filename="../../../app/ui/workers.py" line="-48"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>เกิดข้อผิดพลาด: {error} ดูรายละเอียดได้ในบันทึก</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../../app/ui/main.py" line="+65"/>
        <source>Hearth cannot open your conversations</source>
        <translation>Hearth เปิดการสนทนาของคุณไม่ได้</translation>
    </message>
</context>
</TS>
