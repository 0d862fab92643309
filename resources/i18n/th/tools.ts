<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="+39"/>
        <source>You</source>
        <comment>message title</comment>
        <translation>คุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <comment>message title</comment>
        <translation>ระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <comment>message title</comment>
        <translation>เครื่องมือ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>almost done</source>
        <translation>ใกล้เสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {seconds} s left</source>
        <translation>เหลืออีกประมาณ {seconds} วินาที</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min left</source>
        <translation>เหลืออีกประมาณ {minutes} นาที</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {hours} h left</source>
        <translation>เหลืออีกประมาณ {hours} ชั่วโมง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the picture… {percent} % · {time_left}</source>
        <translation>กำลังอ่านภาพ… {percent} % · {time_left}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the picture… {percent} %</source>
        <translation>กำลังอ่านภาพ… {percent} %</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Thinking…</source>
        <translation>กำลังคิด…</translation>
    </message>
</context>
<context>
    <name>ImageAttachBar</name>
    <message>
        <location filename="../../../app/ui/image_attach.py" line="+74"/>
        <source>Attach image…</source>
        <translation>แนบรูปภาพ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a Llama 3.2 Vision model about a picture (you can also drop or paste one)</source>
        <translation>ถามโมเดล Llama 3.2 Vision เกี่ยวกับรูปภาพ (ลากมาวางหรือวางจากคลิปบอร์ดก็ได้)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send this picture</source>
        <translation>ไม่ต้องส่งรูปภาพนี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full detail</source>
        <translation>รายละเอียดเต็ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick look</source>
        <translation>ดูแบบเร็ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full detail reads a picture as up to four tiles, as the model was trained; a quick look reads one tile, about six times faster on a CPU</source>
        <translation>รายละเอียดเต็มจะอ่านภาพเป็นไทล์สูงสุดสี่ไทล์ตามที่โมเดลได้รับการฝึก ส่วนการดูแบบเร็วจะอ่านเพียงไทล์เดียว เร็วกว่าประมาณหกเท่าบน CPU</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pasted picture</source>
        <translation>ภาพที่วาง</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach an image</source>
        <translation>แนบรูปภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>รูปภาพ ({patterns})</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message>
        <location filename="../../../app/ui/mcp_servers.py" line="+169"/>
        <source>Import MCP servers</source>
        <translation>นำเข้าเซิร์ฟเวอร์ MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These servers are set up in other apps. Tick the ones Hearth may start too:</source>
        <translation>เซิร์ฟเวอร์เหล่านี้ตั้งค่าไว้ในแอปอื่น เลือกรายการที่ให้ Hearth เริ่มได้ด้วย:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {target}  (from {app}: {path})</source>
        <translation>{name} — {target}  (จาก {app}: {path})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
</context>
<context>
    <name>McpPasteDialog</name>
    <message>
        <location line="+14"/>
        <source>Paste MCP servers</source>
        <translation>วางเซิร์ฟเวอร์ MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the &quot;mcpServers&quot; block from Claude Desktop, LM Studio, Cursor or VS Code:</source>
        <translation>วางบล็อก &quot;mcpServers&quot; จาก Claude Desktop, LM Studio, Cursor หรือ VS Code:</translation>
    </message>
</context>
<context>
    <name>McpServerEditDialog</name>
    <message>
        <location line="-124"/>
        <source>MCP server</source>
        <translation>เซิร์ฟเวอร์ MCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A program on this computer (stdio)</source>
        <translation>โปรแกรมบนคอมพิวเตอร์เครื่องนี้ (stdio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web address (streamable HTTP)</source>
        <translation>ที่อยู่เว็บ (streamable HTTP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME=VALUE, one a line</source>
        <translation>NAME=VALUE บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> วินาที</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>ชนิด:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>โปรแกรม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>อาร์กิวเมนต์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>สภาพแวดล้อม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>เฮดเดอร์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call timeout:</source>
        <translation>เวลาจำกัดต่อการเรียก:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each line of the headers must look like NAME=VALUE.</source>
        <translation>เฮดเดอร์แต่ละบรรทัดต้องอยู่ในรูปแบบ NAME=VALUE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>อ่านอาร์กิวเมนต์ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line of the environment must look like NAME=VALUE.</source>
        <translation>สภาพแวดล้อมแต่ละบรรทัดต้องอยู่ในรูปแบบ NAME=VALUE</translation>
    </message>
</context>
<context>
    <name>McpServersDialog</name>
    <message>
        <location line="+78"/>
        <source>MCP servers</source>
        <translation>เซิร์ฟเวอร์ MCP</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste JSON…</source>
        <translation>วาง JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the mcpServers block of Claude Desktop, LM Studio, Cursor or VS Code</source>
        <translation>วางบล็อก mcpServers ของ Claude Desktop, LM Studio, Cursor หรือ VS Code</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+133"/>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move secrets to the keychain</source>
        <translation>ย้ายข้อมูลลับไปยังพวงกุญแจ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools:</source>
        <translation>เครื่องมือ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (the server&apos;s stderr):</source>
        <translation>บันทึก (stderr ของเซิร์ฟเวอร์):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>stopped</source>
        <comment>MCP server state</comment>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>กำลังเริ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>พร้อม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <comment>MCP server state</comment>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No MCP servers yet: Add… one, or Import… those of Claude Desktop or LM Studio.</source>
        <translation>ยังไม่มีเซิร์ฟเวอร์ MCP: กด “เพิ่ม…” เพื่อเพิ่ม หรือกด “นำเข้า…” เพื่อนำเข้าจาก Claude Desktop หรือ LM Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — Program: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — โปรแกรม: {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turned off.</source>
        <translation>ปิดอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: {state}.</source>
        <translation>สถานะ: {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} look secret and are still in mcp.json.</source>
        <translation>{names} ดูเหมือนเป็นข้อมูลลับและยังอยู่ใน mcp.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} — read-only</source>
        <translation>{tool} — อ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — always asks</source>
        <translation>{tool} — ถามทุกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — asks</source>
        <translation>{tool} — ถามก่อน</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Starting {name}…</source>
        <translation>กำลังเริ่ม {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved to the system keychain: {names}.</source>
        <translation>ย้ายไปยังพวงกุญแจของระบบแล้ว: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing that looks secret is left in mcp.json.</source>
        <translation>ไม่มีข้อมูลที่ดูเหมือนเป็นความลับเหลืออยู่ใน mcp.json แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MCP servers were found in Claude Desktop&apos;s or LM Studio&apos;s settings.</source>
        <translation>ไม่พบเซิร์ฟเวอร์ MCP ในการตั้งค่าของ Claude Desktop หรือ LM Studio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {names}.</source>
        <translation>นำเข้าแล้ว: {names}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added {names}.</source>
        <translation>เพิ่มแล้ว: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was added.</source>
        <translation>ไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here, left as they are: {names}.</source>
        <translation>มีอยู่แล้ว คงไว้ตามเดิม: {names}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="-152"/>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this message as Markdown</source>
        <translation>คัดลอกข้อความนี้เป็น Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this question again</source>
        <translation>ตอบคำถามนี้อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the picture</source>
        <translation>หยุดอ่านภาพ</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../../app/ui/safety_page.py" line="+25"/>
        <source>Both my messages and the answers</source>
        <translation>ทั้งข้อความของฉันและคำตอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My messages only</source>
        <translation>เฉพาะข้อความของฉัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers only</source>
        <translation>เฉพาะคำตอบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Violent Crimes</source>
        <translation>อาชญากรรมที่ใช้ความรุนแรง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-Violent Crimes</source>
        <translation>อาชญากรรมที่ไม่ใช้ความรุนแรง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex Crimes</source>
        <translation>อาชญากรรมทางเพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child Exploitation</source>
        <translation>การแสวงประโยชน์จากเด็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defamation</source>
        <translation>การหมิ่นประมาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized Advice</source>
        <translation>คำแนะนำเฉพาะทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>ความเป็นส่วนตัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual Property</source>
        <translation>ทรัพย์สินทางปัญญา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indiscriminate Weapons</source>
        <translation>อาวุธทำลายล้างแบบไม่เลือกเป้าหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate</source>
        <translation>ความเกลียดชัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Harm</source>
        <translation>การทำร้ายตนเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual Content</source>
        <translation>เนื้อหาทางเพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elections</source>
        <translation>การเลือกตั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code Interpreter Abuse</source>
        <translation>การใช้ตัวแปลโค้ดในทางที่ผิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violent crimes</source>
        <translation>อาชญากรรมที่ใช้ความรุนแรง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-violent crimes (such as fraud, theft, hacking or drugs)</source>
        <translation>อาชญากรรมที่ไม่ใช้ความรุนแรง (เช่น การฉ้อโกง การลักขโมย การแฮ็ก หรือยาเสพติด)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex-related crimes</source>
        <translation>อาชญากรรมที่เกี่ยวกับเพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual exploitation of children</source>
        <translation>การแสวงประโยชน์ทางเพศจากเด็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defamation</source>
        <translation>การหมิ่นประมาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialized financial, medical or legal advice</source>
        <translation>คำแนะนำเฉพาะทางด้านการเงิน การแพทย์ หรือกฎหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private personal information</source>
        <translation>ข้อมูลส่วนบุคคลที่เป็นความลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intellectual property violations</source>
        <translation>การละเมิดทรัพย์สินทางปัญญา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weapons of mass destruction</source>
        <translation>อาวุธที่มีอานุภาพทำลายล้างสูง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hate</source>
        <translation>ความเกลียดชัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suicide and self-harm</source>
        <translation>การฆ่าตัวตายและการทำร้ายตนเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual content</source>
        <translation>เนื้อหาทางเพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false information about elections</source>
        <translation>ข้อมูลเท็จเกี่ยวกับการเลือกตั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abuse of code execution</source>
        <translation>การใช้การรันโค้ดในทางที่ผิด</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Llama Guard 3 1B, a small safety model from Meta, checks the chat on this computer. It labels text in 13 categories of harm; leave out the ones that do not matter here. Messages with a picture can be checked by Llama Guard 3 11B Vision.</source>
        <translation>Llama Guard 3 1B ซึ่งเป็นโมเดลความปลอดภัยขนาดเล็กจาก Meta จะตรวจแชตบนคอมพิวเตอร์เครื่องนี้ โดยติดป้ายข้อความตามหมวดหมู่อันตราย 13 หมวด คุณเลือกไม่ใช้หมวดที่ไม่เกี่ยวข้องได้ ข้อความที่มีรูปภาพสามารถตรวจได้ด้วย Llama Guard 3 11B Vision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the chat with Llama Guard 3</source>
        <translation>ตรวจแชตด้วย Llama Guard 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check:</source>
        <translation>ตรวจ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block it and name the category</source>
        <translation>บล็อกและแจ้งหมวดหมู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn and show it</source>
        <translation>เตือนและแสดง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When unsafe:</source>
        <translation>เมื่อไม่ปลอดภัย:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Categories:</source>
        <translation>หมวดหมู่:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Llama Guard 3 1B (download it in the model manager)</source>
        <translation>Llama Guard 3 1B (ดาวน์โหลดได้ในตัวจัดการโมเดล)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety model:</source>
        <translation>โมเดลความปลอดภัย:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check messages with a picture with Llama Guard 3 11B Vision when it is installed</source>
        <translation>ตรวจข้อความที่มีรูปภาพด้วย Llama Guard 3 11B Vision เมื่อติดตั้งแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama Guard 3 11B Vision, if installed</source>
        <translation>Llama Guard 3 11B Vision หากติดตั้งไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture safety model:</source>
        <translation>โมเดลความปลอดภัยสำหรับรูปภาพ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock:</source>
        <translation>ล็อก:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: enter the password to change these settings.</source>
        <translation>ล็อกอยู่: ป้อนรหัสผ่านเพื่อเปลี่ยนการตั้งค่าเหล่านี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone using this computer can change these settings. Lock them with a password (only a salted hash of it is kept).</source>
        <translation>ทุกคนที่ใช้คอมพิวเตอร์เครื่องนี้เปลี่ยนการตั้งค่าเหล่านี้ได้ ล็อกด้วยรหัสผ่าน (เก็บไว้เพียงค่าแฮชแบบใส่ซอลต์ของรหัสผ่านเท่านั้น)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocked. Lock again before handing the computer over.</source>
        <translation>ปลดล็อกแล้ว ล็อกอีกครั้งก่อนส่งต่อคอมพิวเตอร์ให้ผู้อื่น</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../../app/ui/server_panel.py" line="+149"/>
        <source>Serve the installed models over the OpenAI API, for editors, agents and scripts on this computer (127.0.0.1 only; use &lt;code&gt;hearth serve&lt;/code&gt; for more).</source>
        <translation>ให้บริการโมเดลที่ติดตั้งไว้ผ่าน OpenAI API สำหรับโปรแกรมแก้ไข เอเจนต์ และสคริปต์บนคอมพิวเตอร์เครื่องนี้ (เฉพาะ 127.0.0.1 หากต้องการมากกว่านี้ให้ใช้ &lt;code&gt;hearth serve&lt;/code&gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve the OpenAI-compatible API</source>
        <translation>ให้บริการ API ที่เข้ากันได้กับ OpenAI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local server:</source>
        <translation>เซิร์ฟเวอร์ในเครื่อง:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests:</source>
        <translation>คำขอ:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started: {reason}</source>
        <translation>ไม่ได้เริ่ม: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>หยุดอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: other programs on this computer can use Hearth&apos;s models</source>
        <translation>กำลังทำงาน: โปรแกรมอื่นบนคอมพิวเตอร์เครื่องนี้ใช้โมเดลของ Hearth ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none being answered</source>
        <translation>ไม่มีคำขอที่กำลังตอบ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n being answered</source>
        <translation>
            <numerusform>กำลังตอบ %n คำขอ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <location filename="../../../app/ui/servers_page.py" line="+43"/>
        <source>Models on a server run on &lt;b&gt;that computer&lt;/b&gt;: your messages, documents and pictures are sent there. Hearth only connects to servers you add here, over https, or over plain http to this computer or your local network.</source>
        <translation>โมเดลบนเซิร์ฟเวอร์ทำงานบน&lt;b&gt;คอมพิวเตอร์เครื่องนั้น&lt;/b&gt; ข้อความ เอกสาร และรูปภาพของคุณจะถูกส่งไปที่นั่น Hearth จะเชื่อมต่อเฉพาะเซิร์ฟเวอร์ที่คุณเพิ่มไว้ที่นี่ ผ่าน https หรือผ่าน http ธรรมดาไปยังคอมพิวเตอร์เครื่องนี้หรือเครือข่ายภายในของคุณ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>http://192.168.1.20:8000 or https://gpu.example.org</source>
        <translation>http://192.168.1.20:8000 หรือ https://gpu.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; from the host name</source>
        <translation>ไม่บังคับ หากไม่ระบุจะใช้ชื่อโฮสต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; kept in the system keychain</source>
        <translation>ไม่บังคับ เก็บไว้ในพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>คีย์ API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {url} · API key in keychain</source>
        <translation>{name} — {url} · คีย์ API อยู่ในพวงกุญแจ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reaching {url}…</source>
        <translation>กำลังติดต่อ {url}…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{name} answers ({kind}, {ms} ms) and serves %n model(s); they appear in the model list, marked as remote.</source>
        <translation>
            <numerusform>{name} ตอบกลับ ({kind}, {ms} ms) และให้บริการ %n โมเดล ซึ่งจะแสดงในรายการโมเดลโดยมีเครื่องหมายว่าเป็นโมเดลระยะไกล</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} will be forgotten, with its key, when you press OK.</source>
        <translation>ระบบจะลืม {name} พร้อมคีย์เมื่อคุณกด OK</translation>
    </message>
</context>
<context>
    <name>UserToolsPage</name>
    <message>
        <location filename="../../../app/ui/user_tools_page.py" line="+63"/>
        <source>New tool</source>
        <translation>เครื่องมือใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it does, for the model</source>
        <translation>สิ่งที่เครื่องมือทำ สำหรับโมเดล</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program&apos;s arguments; {name} is replaced by the value of the argument &apos;name&apos;. No shell is used.</source>
        <translation>อาร์กิวเมนต์ของโปรแกรม {name} จะถูกแทนที่ด้วยค่าของอาร์กิวเมนต์ &apos;name&apos; โดยไม่ใช้เชลล์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> วินาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It only reads (runs without asking under “read-only”)</source>
        <translation>อ่านอย่างเดียว (ทำงานโดยไม่ถามในโหมด “อ่านอย่างเดียว”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>คำอธิบาย:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>โปรแกรม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>อาร์กิวเมนต์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>เวลาจำกัด:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model passes (its arguments):</source>
        <translation>สิ่งที่โมเดลส่งมา (อาร์กิวเมนต์):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>จำเป็น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add argument</source>
        <translation>เพิ่มอาร์กิวเมนต์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove argument</source>
        <translation>ลบอาร์กิวเมนต์</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tool</source>
        <translation>บันทึกเครื่องมือ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} Fix or remove the file to edit tools here.</source>
        <translation>{problem} แก้ไขหรือลบไฟล์ก่อน จึงจะแก้ไขเครื่องมือที่นี่ได้</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>string</source>
        <comment>JSON Schema type: text</comment>
        <translation>สตริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer</source>
        <comment>JSON Schema type: whole number</comment>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <comment>JSON Schema type: any number</comment>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean</source>
        <comment>JSON Schema type: true or false</comment>
        <translation>บูลีน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <comment>JSON Schema type: a list of texts</comment>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>อ่านอาร์กิวเมนต์ไม่ได้: {reason}</translation>
    </message>
</context>
</TS>
