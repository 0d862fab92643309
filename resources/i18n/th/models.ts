<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../../app/ui/model_manager.py" line="+80"/>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pausing…</source>
        <translation>กำลังหยุดชั่วคราว…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resuming at {size}…</source>
        <translation>กำลังดาวน์โหลดต่อจาก {size}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{done} จาก {total} · {rate}/วินาที · เหลืออีก {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · measuring speed · {eta} left</source>
        <translation>{done} จาก {total} · กำลังวัดความเร็ว · เหลืออีก {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the {size} already downloaded…</source>
        <translation>กำลังตรวจสอบ {size} ที่ดาวน์โหลดไว้แล้ว…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network trouble; retry {attempt} of {attempts} in {seconds} s</source>
        <translation>เครือข่ายมีปัญหา จะลองใหม่ครั้งที่ {attempt} จาก {attempts} ในอีก {seconds} วินาที</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused at {done} of {total}</source>
        <translation>หยุดชั่วคราวที่ {done} จาก {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified and installed</source>
        <translation>ตรวจสอบและติดตั้งแล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location line="+28"/>
        <source>Models</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization</source>
        <translation>การควอนไทซ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+192"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Fit</source>
        <translation>ความเหมาะสม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog</source>
        <translation>แคตตาล็อก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer: {memory} of memory free, no GPU. Fit is judged for a {n_ctx}-token context.</source>
        <translation>คอมพิวเตอร์เครื่องนี้: หน่วยความจำว่าง {memory} ไม่มี GPU ความเหมาะสมประเมินสำหรับบริบทขนาด {n_ctx} โทเค็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gpu} ({memory} free)</source>
        <translation>{gpu} (ว่าง {memory})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer: {memory} of memory free, {gpus}. Fit is judged for a {n_ctx}-token context.</source>
        <translation>คอมพิวเตอร์เครื่องนี้: หน่วยความจำว่าง {memory} และ {gpus} ความเหมาะสมประเมินสำหรับบริบทขนาด {n_ctx} โทเค็น</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+52"/>
        <source>text</source>
        <comment>licence kind</comment>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+52"/>
        <source>Download</source>
        <translation>ดาวน์โหลด</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The catalog has no model pair “{pair}”.</source>
        <translation>ไม่มีคู่โมเดล “{pair}” ในแคตตาล็อก</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>vision (region check)</source>
        <comment>licence kind</comment>
        <translation>ภาพ (ตรวจสอบภูมิภาค)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recommended</source>
        <comment>quantization note</comment>
        <translation>แนะนำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unquantized</source>
        <comment>quantization note</comment>
        <translation>ไม่ได้ควอนไทซ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for Arm CPUs</source>
        <comment>quantization note</comment>
        <translation>สำหรับ CPU แบบ Arm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No downloads yet. Pick a model in the Catalog.</source>
        <translation>ยังไม่มีการดาวน์โหลด เลือกโมเดลในแคตตาล็อก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads</source>
        <translation>การดาวน์โหลด</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a GGUF file…</source>
        <translation>นำเข้าไฟล์ GGUF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop .gguf files here</source>
        <translation>หรือลากไฟล์ .gguf มาวางที่นี่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (starter)</source>
        <translation>{name} (โมเดลเริ่มต้น)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import models</source>
        <translation>นำเข้าโมเดล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GGUF models (*.gguf)</source>
        <translation>โมเดล GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete model</source>
        <translation>ลบโมเดล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file}? Files Hearth downloaded are removed from disk; imported files are only removed from the list.</source>
        <translation>ลบ {file} หรือไม่ ไฟล์ที่ Hearth ดาวน์โหลดจะถูกลบออกจากดิสก์ ส่วนไฟล์ที่นำเข้าจะถูกนำออกจากรายการเท่านั้น</translation>
    </message>
</context>
<context>
    <name>SummarizeController</name>
    <message>
        <location filename="../../../app/ui/summarize.py" line="+284"/>
        <source>&amp;Summarize document…</source>
        <translation>สรุปเอกสาร (&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize a PDF, Word (.docx), web page (.html), Markdown or plain-text file</source>
        <translation>สรุปไฟล์ PDF, Word (.docx), หน้าเว็บ (.html), Markdown หรือไฟล์ข้อความธรรมดา</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A document is already being summarized; wait or cancel it.</source>
        <translation>กำลังสรุปเอกสารอื่นอยู่ โปรดรอหรือยกเลิกก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>ยกเลิกการสรุปแล้ว ไม่มีการบันทึกสิ่งใด</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Summarize {count} documents</source>
        <translation>สรุปเอกสาร {count} ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarize {names} one after another or together?</source>
        <translation>จะสรุป {names} ทีละไฟล์หรือรวมกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One after another</source>
        <translation>ทีละไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A summary of each document, each in its own chat</source>
        <translation>สรุปแยกทีละเอกสาร แต่ละฉบับอยู่ในแชตของตัวเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>รวมกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One summary of all of them</source>
        <translation>สรุปรวมเป็นฉบับเดียว</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} documents</source>
        <translation>เอกสาร {count} ไฟล์</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pasted text</source>
        <translation>ข้อความที่วาง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a model first, then summarize the document.</source>
        <translation>โปรดเลือกโมเดลก่อน แล้วจึงสรุปเอกสาร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth is still answering; stop it first.</source>
        <translation>Hearth ยังตอบอยู่ โปรดหยุดก่อน</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context to read it in one pass? It needs about {needed} of the {available} of memory free now.</source>
        <translation>“{document}” ยาวเกินไปสำหรับบริบท {current} โทเค็นของ {model} ต้องการโหลด {model} ใหม่ด้วยบริบท {n_ctx} โทเค็นเพื่ออ่านทั้งหมดในรอบเดียวหรือไม่ ต้องใช้หน่วยความจำประมาณ {needed} จาก {available} ที่ว่างอยู่ตอนนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context for fewer, larger parts (the whole document does not fit)? It needs about {needed} of the {available} of memory free now.</source>
        <translation>“{document}” ยาวเกินไปสำหรับบริบท {current} โทเค็นของ {model} ต้องการโหลด {model} ใหม่ด้วยบริบท {n_ctx} โทเค็นเพื่อแบ่งเป็นส่วนที่น้อยลงแต่ใหญ่ขึ้นหรือไม่ (ทั้งเอกสารใส่ไม่พอ) ต้องใช้หน่วยความจำประมาณ {needed} จาก {available} ที่ว่างอยู่ตอนนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A larger context for this document</source>
        <translation>บริบทที่ใหญ่ขึ้นสำหรับเอกสารนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload with {n_ctx} tokens</source>
        <translation>โหลดใหม่ด้วย {n_ctx} โทเค็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize in parts</source>
        <translation>สรุปทีละส่วน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading {model} with a {n_ctx}-token context for this document…</source>
        <translation>กำลังโหลด {model} ด้วยบริบท {n_ctx} โทเค็นสำหรับเอกสารนี้…</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location line="-431"/>
        <source>Summarize a document</source>
        <translation>สรุปเอกสาร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PDF, Word, web page, Markdown or text file</source>
        <translation>ไฟล์ PDF, Word, หน้าเว็บ, Markdown หรือไฟล์ข้อความ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>เลือกดู…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>เอกสาร:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or paste the text to summarize here</source>
        <translation>…หรือวางข้อความที่ต้องการสรุปที่นี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>ข้อความ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short summary</source>
        <translation>สรุปแบบสั้น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bullet points</source>
        <translation>หัวข้อย่อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detailed summary</source>
        <translation>สรุปแบบละเอียด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarize</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a document</source>
        <translation>เลือกเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({patterns})</source>
        <translation>เอกสาร ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>SummaryProgressDialog</name>
    <message>
        <location line="+16"/>
        <source>Summarizing {name}</source>
        <translation>กำลังสรุป {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {name}…</source>
        <translation>กำลังอ่าน {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary appears here as it is written.</source>
        <translation>บทสรุปจะแสดงที่นี่ระหว่างที่กำลังเขียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../../app/ui/tool_approval.py" line="+80"/>
        <source>ok</source>
        <comment>tool call status</comment>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <comment>tool call status</comment>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <comment>tool call status</comment>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>tool call status</comment>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <comment>tool call status</comment>
        <translation>ข้ามไป</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**Tool** `{call}` — {status}</source>
        <translation>**เครื่องมือ** `{call}` — {status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calling {calls}</source>
        <translation>กำลังเรียก {calls}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allow this tool call?</source>
        <translation>อนุญาตการเรียกใช้เครื่องมือนี้หรือไม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It only reads information.</source>
        <translation>เครื่องมือนี้อ่านข้อมูลเท่านั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can change things on this computer or open other programs.</source>
        <translation>เครื่องมือนี้เปลี่ยนแปลงสิ่งต่าง ๆ ในคอมพิวเตอร์เครื่องนี้หรือเปิดโปรแกรมอื่นได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model wants to run &lt;b&gt;{tool}&lt;/b&gt;: {description}</source>
        <translation>โมเดลต้องการเรียกใช้ &lt;b&gt;{tool}&lt;/b&gt;: {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>จาก &lt;b&gt;{origin}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arguments:</source>
        <translation>อาร์กิวเมนต์:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow once</source>
        <translation>อนุญาตครั้งเดียว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always allow {tool}</source>
        <translation>อนุญาต {tool} เสมอ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deny</source>
        <translation>ปฏิเสธ</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <location line="+246"/>
        <source>The file tools need at least one folder; they stay off.</source>
        <translation>เครื่องมือไฟล์ต้องมีโฟลเดอร์อย่างน้อยหนึ่งโฟลเดอร์ จึงยังคงปิดอยู่</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no question to answer again.</source>
        <translation>ไม่มีคำถามให้ตอบใหม่</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stopped</source>
        <translation>หยุดแล้ว</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <location line="-263"/>
        <source>Tools for this chat</source>
        <translation>เครื่องมือสำหรับแชตนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model may call these tools in this chat:</source>
        <translation>โมเดลเรียกใช้เครื่องมือเหล่านี้ในแชตนี้ได้:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} — {what}</source>
        <translation>{group} — {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>MCP server {name} — {target}</source>
        <translation>เซิร์ฟเวอร์ MCP {name} — {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {description} (your tool)</source>
        <translation>{name} — {description} (เครื่องมือของคุณ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled: turn it on in Settings ▸ My tools first.</source>
        <translation>ปิดใช้งานอยู่: โปรดเปิดใช้ก่อนใน การตั้งค่า ▸ เครื่องมือของฉัน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask before every tool call</source>
        <translation>ถามก่อนเรียกใช้เครื่องมือทุกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run read-only tools without asking</source>
        <translation>เรียกใช้เครื่องมือแบบอ่านอย่างเดียวโดยไม่ต้องถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every tool without asking (opening files and links still asks)</source>
        <translation>เรียกใช้เครื่องมือทั้งหมดโดยไม่ต้องถาม (การเปิดไฟล์และลิงก์ยังคงถามก่อน)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval:</source>
        <translation>การอนุมัติ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders the file tools may read:</source>
        <translation>โฟลเดอร์ที่เครื่องมือไฟล์อ่านได้:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add folder…</source>
        <translation>เพิ่มโฟลเดอร์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a safe calculator</source>
        <translation>เครื่องคิดเลขที่ปลอดภัย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current date and time, time zones</source>
        <translation>วันที่และเวลาปัจจุบัน เขตเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit conversion</source>
        <translation>การแปลงหน่วย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, search and read files in approved folders</source>
        <translation>แสดงรายการ ค้นหา และอ่านไฟล์ในโฟลเดอร์ที่อนุมัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory, disk and battery</source>
        <translation>หน่วยความจำ ดิสก์ และแบตเตอรี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a link or file with the default app (always asks)</source>
        <translation>เปิดลิงก์หรือไฟล์ด้วยแอปเริ่มต้น (ถามทุกครั้ง)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the file tools may read</source>
        <translation>โฟลเดอร์ที่เครื่องมือไฟล์อ่านได้</translation>
    </message>
</context>
</TS>
