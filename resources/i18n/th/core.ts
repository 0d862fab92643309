<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>core</name>
    <message>
        <location filename="../../../app/core/chat/context.py" line="+81"/>
        <location filename="../../../app/core/remote.py" line="+769"/>
        <location filename="../../../app/core/vision/engine.py" line="+251"/>
        <location line="+124"/>
        <source>There is nothing to send.</source>
        <translation>ไม่มีอะไรให้ส่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message first.</source>
        <translation>โปรดพิมพ์ข้อความก่อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is empty.</source>
        <translation>ข้อความของคุณว่างเปล่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type something to send.</source>
        <translation>โปรดพิมพ์สิ่งที่ต้องการส่ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room kept for the answer ({reserve} tokens) fills the model&apos;s whole context of {n_ctx} tokens.</source>
        <translation>พื้นที่ที่กันไว้สำหรับคำตอบ ({reserve} โทเค็น) เต็มบริบททั้งหมดของโมเดลซึ่งมี {n_ctx} โทเค็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the answer length or raise the context size in Settings.</source>
        <translation>ลดความยาวคำตอบหรือเพิ่มขนาดบริบทในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your message is {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>ข้อความของคุณมี {tokens} โทเค็น แต่บริบทของโมเดลรองรับได้ {n_ctx} (โดยกันไว้สำหรับคำตอบ {reserve})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../app/core/vision/engine.py" line="+21"/>
        <source>Shorten it or raise the context size in Settings.</source>
        <translation>โปรดย่อข้อความหรือเพิ่มขนาดบริบทในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message and the system prompt together are {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>ข้อความของคุณรวมกับพรอมต์ระบบมี {tokens} โทเค็น แต่บริบทของโมเดลรองรับได้ {n_ctx} (โดยกันไว้สำหรับคำตอบ {reserve})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorten them or raise the context size in Settings.</source>
        <translation>โปรดย่อให้สั้นลงหรือเพิ่มขนาดบริบทในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/readers.py" line="+83"/>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} เป็นโฟลเดอร์ ไม่ใช่เอกสาร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: there is nothing to summarize.</source>
        <translation>{file} ว่างเปล่า ไม่มีอะไรให้สรุป</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This PDF has no text layer; OCR is not available. {file} looks like a scanned document (its pages are images), so Hearth cannot read its words.</source>
        <translation>PDF นี้ไม่มีชั้นข้อความ และไม่มีระบบรู้จำข้อความ (OCR) {file} น่าจะเป็นเอกสารที่สแกนมา (หน้าต่างๆเป็นรูปภาพ) Hearth จึงอ่านคำในเอกสารไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through an OCR program to add a text layer, then try again.</source>
        <translation>โปรดใช้โปรแกรม OCR เพิ่มชั้นข้อความให้เอกสาร แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{file} is an image; Hearth summarizes text and OCR is not available.</source>
        <translation>{file} เป็นรูปภาพ Hearth สรุปได้เฉพาะข้อความ และไม่มีระบบรู้จำข้อความ (OCR)</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Supported: {formats}.</source>
        <translation>รูปแบบที่รองรับ: {formats}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save it as .docx (Word ▸ Save As) and try again.</source>
        <translation>โปรดบันทึกเป็น .docx (Word ▸ บันทึกเป็น) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or PDF and try again.</source>
        <translation>โปรดบันทึกเป็น .docx หรือ PDF แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or plain text and try again.</source>
        <translation>โปรดบันทึกเป็น .docx หรือข้อความธรรมดา แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it as .docx or PDF and try again.</source>
        <translation>โปรดส่งออกเป็น .docx หรือ PDF แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to PDF or plain text and try again.</source>
        <translation>โปรดแปลงเป็น PDF หรือข้อความธรรมดา แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, Word (.docx), web pages (.html), Markdown and plain text</source>
        <translation>PDF, Word (.docx), หน้าเว็บ (.html), Markdown และข้อความธรรมดา</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} does not exist.</source>
        <translation>ไม่มี {path} อยู่</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{file} is not a PDF file (it does not start like one).</source>
        <translation>{file} ไม่ใช่ไฟล์ PDF (ส่วนต้นของไฟล์ไม่ใช่แบบ PDF)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>{file} is protected by a password, so Hearth cannot read it.</source>
        <translation>{file} มีรหัสผ่านป้องกันอยู่ Hearth จึงอ่านไม่ได้</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open it in a PDF viewer, save an unprotected copy, and summarize that.</source>
        <translation>โปรดเปิดในโปรแกรมดู PDF บันทึกสำเนาที่ไม่มีการป้องกัน แล้วสรุปสำเนานั้น</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file} has no pages.</source>
        <translation>{file} ไม่มีหน้าใดเลย</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} is password-protected or an old-format Word file, so Hearth cannot read it.</source>
        <translation>{file} มีรหัสผ่านป้องกันหรือเป็นไฟล์ Word รูปแบบเก่า Hearth จึงอ่านไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it in Word and save an unprotected .docx copy.</source>
        <translation>โปรดเปิดใน Word แล้วบันทึกสำเนา .docx ที่ไม่มีการป้องกัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged or not a Word (.docx) document.</source>
        <translation>{file} เสียหายหรือไม่ใช่เอกสาร Word (.docx)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} has no text to summarize.</source>
        <translation>{file} ไม่มีข้อความให้สรุป</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no readable main text.</source>
        <translation>{file} ไม่มีเนื้อหาหลักที่อ่านได้</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hearth cannot summarize {suffix} files ({file}).</source>
        <translation>Hearth สรุปไฟล์ {suffix} ไม่ได้ ({file})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth cannot summarize files without an extension ({file}).</source>
        <translation>Hearth สรุปไฟล์ที่ไม่มีนามสกุลไม่ได้ ({file})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} does not contain readable text (it looks like a binary file with a document&apos;s extension).</source>
        <translation>{file} ไม่มีข้อความที่อ่านได้ (ดูเหมือนเป็นไฟล์ไบนารีที่ใช้นามสกุลของเอกสาร)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file.</source>
        <translation>โปรดตรวจสอบว่าเป็นไฟล์ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/summarize.py" line="+147"/>
        <source>Summary cancelled; nothing was saved.</source>
        <translation>ยกเลิกการสรุปแล้ว ไม่มีการบันทึกสิ่งใด</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading “{name}”…</source>
        <translation>กำลังอ่าน “{name}”…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing the summary of {tokens} tokens…</source>
        <translation>กำลังเขียนบทสรุปของ {tokens} โทเค็น…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+130"/>
        <source>Done.</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Reading the document ({tokens} tokens)…</source>
        <translation>กำลังอ่านเอกสาร ({tokens} โทเค็น)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the document: {percent}% of {tokens} tokens…</source>
        <translation>กำลังอ่านเอกสาร: {percent}% จาก {tokens} โทเค็น…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing part {n} of {total} ({label})…</source>
        <translation>กำลังสรุปส่วนที่ {n} จาก {total} ({label})…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarizing part {n} of {total}…</source>
        <translation>กำลังสรุปส่วนที่ {n} จาก {total}…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Combining notes, step {level} ({n} of {total})…</source>
        <translation>กำลังรวมบันทึก ขั้นที่ {level} ({n} จาก {total})…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the summary…</source>
        <translation>กำลังเขียนบทสรุป…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts.</source>
        <translation>“{name}” มี {tokens} โทเค็น มากกว่าที่บริบท {n_ctx} โทเค็นของโมเดลนี้รองรับได้เมื่อเว้นที่ไว้สำหรับคำตอบ จึงสรุปเป็น {parts} ส่วน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts. Memory allows a context of up to {limit} tokens: set the context size to {wanted} or more in Settings to summarize it in one pass.</source>
        <translation>“{name}” มี {tokens} โทเค็น มากกว่าที่บริบท {n_ctx} โทเค็นของโมเดลนี้รองรับได้เมื่อเว้นที่ไว้สำหรับคำตอบ จึงสรุปเป็น {parts} ส่วน หน่วยความจำรองรับบริบทได้สูงสุด {limit} โทเค็น โปรดตั้งขนาดบริบทเป็น {wanted} ขึ้นไปในการตั้งค่าเพื่อสรุปในรอบเดียว</translation>
    </message>
    <message>
        <location filename="../../../app/core/engine/llamacpp.py" line="+166"/>
        <source>{file} is part of a vision model ({architecture}); it cannot be opened as a text model.</source>
        <extracomment>Pick greedy and top-k tokens from a numpy shortlist (see _shortlist_size); the full-vocabulary path stays for comparison.</extracomment>
        <translation>{file} เป็นส่วนหนึ่งของโมเดลด้านภาพ ({architecture}) จึงเปิดเป็นโมเดลข้อความไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it as an image Q&amp;A model instead.</source>
        <translation>โปรดเปิดเป็นโมเดลถามตอบเกี่ยวกับรูปภาพแทน</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The GPU could not be used ({reason}); Hearth runs on the CPU.</source>
        <translation>ใช้ GPU ไม่ได้ ({reason}) Hearth จึงทำงานบน CPU</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} holds a &apos;{architecture}&apos; model, an architecture this version of llama.cpp cannot run.</source>
        <translation>{file} มีโมเดลแบบ &apos;{architecture}&apos; ซึ่งเป็นสถาปัตยกรรมที่ llama.cpp รุ่นนี้เรียกใช้ไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a Llama 3.2 model, or update Hearth.</source>
        <translation>โปรดเลือกโมเดล Llama 3.2 หรืออัปเดต Hearth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not load {file}: {reason}.</source>
        <translation>llama.cpp โหลด {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>llama.cpp could not create a {n_ctx}-token context for {file}: {reason}.</source>
        <translation>llama.cpp สร้างบริบทขนาด {n_ctx} โทเค็นสำหรับ {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the context size in Settings.</source>
        <translation>โปรดลดขนาดบริบทในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../../app/core/licence.py" line="+128"/>
        <source>a Llama 3.2 Vision model (architecture “mllama”)</source>
        <translation>โมเดล Llama 3.2 Vision (สถาปัตยกรรม “mllama”)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vision projector, the image half of a Llama 3.2 Vision model</source>
        <translation>ตัวฉายภาพ (vision projector) ซึ่งเป็นส่วนด้านภาพของโมเดล Llama 3.2 Vision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Llama Guard 3 Vision model</source>
        <translation>โมเดล Llama Guard 3 Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Llama 3.2 Vision model (by its name)</source>
        <translation>โมเดล Llama 3.2 Vision (ตามชื่อ)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>that you use Hearth for a company whose principal place of business is in {country} ({code})</source>
        <translation>ว่าคุณใช้ Hearth ในนามบริษัทที่มีสถานประกอบการหลักอยู่ใน{country} ({code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that you use Hearth as an individual domiciled in {country} ({code})</source>
        <translation>ว่าคุณใช้ Hearth ในฐานะบุคคลที่มีภูมิลำเนาอยู่ใน{country} ({code})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Llama 3.2 text models carry no regional limit.</source>
        <translation>โมเดลข้อความของ Llama 3.2 ไม่มีข้อจำกัดตามภูมิภาค</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth has no licence declaration from you yet.</source>
        <translation>Hearth ยังไม่ได้รับการแจ้งเรื่องสัญญาอนุญาตจากคุณ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your licence declaration was for an earlier licence version; please answer again.</source>
        <translation>การแจ้งเรื่องสัญญาอนุญาตของคุณเป็นของสัญญาอนุญาตรุ่นก่อนหน้า โปรดตอบอีกครั้ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your licence declaration is incomplete.</source>
        <translation>การแจ้งเรื่องสัญญาอนุญาตของคุณยังไม่ครบถ้วน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the {licence} does not grant the rights to the Llama 3.2 vision models to an individual domiciled in, or a company with its principal place of business in, the European Union, and you declared {declaration}</source>
        <translation>{licence} ไม่ได้ให้สิทธิ์ในโมเดลด้านภาพของ Llama 3.2 แก่บุคคลที่มีภูมิลำเนาหรือบริษัทที่มีสถานประกอบการหลักอยู่ในสหภาพยุโรป และคุณได้แจ้ง{declaration}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared {declaration}, outside the European Union.</source>
        <translation>คุณได้แจ้ง{declaration} ซึ่งอยู่นอกสหภาพยุโรป</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hearth will not load {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth จะไม่โหลด {subject} เพราะเป็น{what} และ{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can load {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth ต้องได้รับการแจ้งเรื่องสัญญาอนุญาตจากคุณก่อนจึงจะโหลด {subject} ได้ เพราะเป็น{what} และสัญญาอนุญาตของ Llama 3.2 ไม่ได้ให้สิทธิ์ในโมเดลด้านภาพแก่บุคคลและบริษัทในสหภาพยุโรป {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not download {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth จะไม่ดาวน์โหลด {subject} เพราะเป็น{what} และ{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can download {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth ต้องได้รับการแจ้งเรื่องสัญญาอนุญาตจากคุณก่อนจึงจะดาวน์โหลด {subject} ได้ เพราะเป็น{what} และสัญญาอนุญาตของ Llama 3.2 ไม่ได้ให้สิทธิ์ในโมเดลด้านภาพแก่บุคคลและบริษัทในสหภาพยุโรป {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not use {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth จะไม่ใช้ {subject} เพราะเป็น{what} และ{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth needs your licence declaration before it can use {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth ต้องได้รับการแจ้งเรื่องสัญญาอนุญาตจากคุณก่อนจึงจะใช้ {subject} ได้ เพราะเป็น{what} และสัญญาอนุญาตของ Llama 3.2 ไม่ได้ให้สิทธิ์ในโมเดลด้านภาพแก่บุคคลและบริษัทในสหภาพยุโรป {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may still use products and services that include the vision models; Hearth&apos;s check is only about your own use. If your answers were wrong, change them in Settings ▸ Licence declaration… or with `hearth licence declare`. {advice} Licence: {licence_url} Use policy: {use_policy_url}</source>
        <translation>โมเดลข้อความของ Llama 3.2 (1B, 3B) ยังใช้ได้เต็มที่ ผู้ใช้ปลายทางในสหภาพยุโรปยังใช้ผลิตภัณฑ์และบริการที่มีโมเดลด้านภาพได้ การตรวจสอบของ Hearth เกี่ยวกับการใช้งานของคุณเองเท่านั้น หากคำตอบของคุณไม่ถูกต้อง โปรดแก้ไขใน การตั้งค่า ▸ การแจ้งเรื่องสัญญาอนุญาต… หรือด้วย `hearth licence declare` {advice} สัญญาอนุญาต: {licence_url} นโยบายการใช้งาน: {use_policy_url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the question in the window, or run `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, or pass --domicile CC --as individual|company to this command. Text models need no declaration.</source>
        <translation>โปรดตอบคำถามในหน้าต่าง หรือเรียกใช้ `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept` หรือส่ง --domicile CC --as individual|company ให้คำสั่งนี้ โมเดลข้อความไม่ต้องแจ้ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>ข้อความนี้ไม่ใช่คำแนะนำทางกฎหมาย สัญญาอนุญาตฉบับทางการและนโยบายการใช้งานที่ยอมรับได้เป็นตัวตัดสิน</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/download.py" line="+709"/>
        <source>Downloading {file} failed {failures} times in a row ({reason}).</source>
        <translation>การดาวน์โหลด {file} ล้มเหลว {failures} ครั้งติดต่อกัน ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connection and run the same command again: the {size} already downloaded are kept and it resumes.</source>
        <translation>โปรดตรวจสอบการเชื่อมต่อแล้วเรียกใช้คำสั่งเดิมอีกครั้ง ส่วนที่ดาวน์โหลดแล้ว {size} จะถูกเก็บไว้และดาวน์โหลดต่อจากเดิม</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearth could not write {path}: {reason}.</source>
        <translation>Hearth เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space; run the command again to resume.</source>
        <translation>โปรดตรวจสอบพื้นที่ว่างในดิสก์ แล้วเรียกใช้คำสั่งอีกครั้งเพื่อทำต่อ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the same command again to download it afresh; if it fails again, the network or mirror (HF_ENDPOINT) is corrupting data.</source>
        <translation>เรียกใช้คำสั่งเดิมอีกครั้งเพื่อดาวน์โหลดใหม่ทั้งหมด หากยังล้มเหลวอีก แสดงว่าเครือข่ายหรือมิเรอร์ (HF_ENDPOINT) ทำให้ข้อมูลเสียหาย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} failed its {algo} checksum: expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} ไม่ผ่านการตรวจสอบ checksum แบบ {algo}: ค่าที่คาดไว้ {algo} {expected} แต่ได้ {got} ไฟล์ดาวน์โหลดที่เสียหายถูกลบแล้วและไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} failed its {algo} checksum (got {done} bytes of {size}): expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} ไม่ผ่านการตรวจสอบ checksum แบบ {algo} (ได้รับ {done} จาก {size} ไบต์): ค่าที่คาดไว้ {algo} {expected} แต่ได้ {got} ไฟล์ดาวน์โหลดที่เสียหายถูกลบแล้วและไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/gguf_file.py" line="+201"/>
        <source>There is no file at {path}.</source>
        <translation>ไม่มีไฟล์ที่ {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์โมเดล</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Hearth could not read {file}: {reason}.</source>
        <translation>Hearth อ่าน {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{file} is not a GGUF model file.</source>
        <translation>{file} ไม่ใช่ไฟล์โมเดล GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs GGUF files (for example Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch and other formats must be converted first.</source>
        <translation>Hearth ใช้ไฟล์ GGUF (เช่น Llama-3.2-1B-Instruct-Q4_K_M.gguf) ไฟล์ safetensors, PyTorch และรูปแบบอื่นต้องแปลงก่อน</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>{file} is truncated: it ends inside its header.</source>
        <translation>{file} ไม่สมบูรณ์: ไฟล์จบกลางส่วนหัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>The download was probably interrupted; download it again.</source>
        <translation>การดาวน์โหลดน่าจะถูกขัดจังหวะ โปรดดาวน์โหลดใหม่</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{file} is a damaged GGUF file: {reason}.</source>
        <translation>{file} เป็นไฟล์ GGUF ที่เสียหาย: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the file again.</source>
        <translation>โปรดดาวน์โหลดไฟล์ใหม่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is truncated: {missing} of its weights are missing (the file has {size} of {expected}).</source>
        <translation>{file} ไม่สมบูรณ์: น้ำหนักของโมเดลขาดหายไป {missing} (ไฟล์มี {size} จาก {expected})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} does not say which model architecture it holds.</source>
        <translation>{file} ไม่ได้ระบุว่าเป็นโมเดลสถาปัตยกรรมใด</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/local.py" line="+37"/>
        <source>The models folder already has a file called {file}.</source>
        <translation>โฟลเดอร์โมเดลมีไฟล์ชื่อ {file} อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it first with `hearth models rm {name}`.</source>
        <translation>โปรดลบไฟล์นั้นก่อนด้วย `hearth models rm {name}`</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough free disk space for {what}: it needs {needed} ({needed_bytes} bytes) but only {free} ({free_bytes} bytes) is free on the disk that holds {where}.</source>
        <translation>พื้นที่ว่างในดิสก์ไม่พอสำหรับ{what}: ต้องใช้ {needed} ({needed_bytes} ไบต์) แต่ดิสก์ที่เก็บ {where} ว่างเพียง {free} ({free_bytes} ไบต์)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, or choose a smaller quantization.</source>
        <translation>โปรดเพิ่มพื้นที่ว่าง หรือเลือกการควอนไทซ์ที่เล็กกว่า</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The starter model comes with Hearth and cannot be removed.</source>
        <translation>โมเดลเริ่มต้นมาพร้อมกับ Hearth และลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/memory.py" line="+62"/>
        <source>a smaller model or quantization</source>
        <translation>โมเดลหรือการควอนไทซ์ที่เล็กกว่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller quantization</source>
        <translation>การควอนไทซ์ที่เล็กกว่า</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close other apps, lower the context size (now {n_ctx} tokens), or choose {smaller} (for example Q4_K_M).</source>
        <translation>ปิดแอปอื่น ลดขนาดบริบท (ขณะนี้ {n_ctx} โทเค็น) หรือเลือก{smaller} (เช่น Q4_K_M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close other apps, or choose {smaller} (for example Q4_K_M).</source>
        <translation>ปิดแอปอื่น หรือเลือก{smaller} (เช่น Q4_K_M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} needs about {total} ({weights} weights + {context} context + {compute} working memory), but only {available} of memory is free.</source>
        <translation>{name} ต้องใช้หน่วยความจำประมาณ {total} (น้ำหนัก {weights} + บริบท {context} + หน่วยความจำสำหรับประมวลผล {compute}) แต่ว่างอยู่เพียง {available}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Fits on the GPU ({needed} of {free} free).</source>
        <translation>ใส่ใน GPU ได้ ({needed} จากที่ว่าง {free})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in memory ({needed} of {free} free).</source>
        <translation>ใส่ในหน่วยความจำได้ ({needed} จากที่ว่าง {free})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits in memory, partly on the GPU ({needed} of {free} free).</source>
        <translation>ใส่ในหน่วยความจำได้ โดยบางส่วนอยู่บน GPU ({needed} จากที่ว่าง {free})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tight: needs {needed} of {free} free; close other apps or use a smaller context.</source>
        <translation>ค่อนข้างแน่น: ต้องใช้ {needed} จากที่ว่าง {free} โปรดปิดแอปอื่นหรือใช้บริบทที่เล็กลง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not fit: needs {needed}, {free} free.</source>
        <translation>ใส่ไม่ได้: ต้องใช้ {needed} ว่าง {free}</translation>
    </message>
    <message>
        <location filename="../../../app/core/session.py" line="+65"/>
        <source>There is nothing to send; type a message first.</source>
        <translation>ไม่มีอะไรให้ส่ง โปรดพิมพ์ข้อความก่อน</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no question to answer again.</source>
        <translation>ไม่มีคำถามให้ตอบใหม่</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/engine.py" line="-105"/>
        <location filename="../../../app/core/vision/preprocess.py" line="+132"/>
        <source>There is no picture at {path}.</source>
        <translation>ไม่มีรูปภาพที่ {path}</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+23"/>
        <source>The model is still answering; stop it first.</source>
        <translation>โมเดลยังตอบอยู่ โปรดหยุดก่อน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The prompt is {tokens} tokens but the model&apos;s context holds {n_ctx}.</source>
        <translation>พรอมต์มี {tokens} โทเค็น แต่บริบทของโมเดลรองรับได้ {n_ctx}</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/preprocess.py" line="+8"/>
        <source>{file} is too large ({width}×{height} pixels).</source>
        <translation>{file} ใหญ่เกินไป ({width}×{height} พิกเซล)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Use a picture of at most {megapixels} megapixels.</source>
        <translation>โปรดใช้รูปภาพขนาดไม่เกิน {megapixels} เมกะพิกเซล</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{file} is not a picture Hearth can read.</source>
        <translation>{file} ไม่ใช่รูปภาพที่ Hearth อ่านได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PNG, JPEG, WebP, GIF or BMP file.</source>
        <translation>โปรดใช้ไฟล์ PNG, JPEG, WebP, GIF หรือ BMP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is too large to open safely.</source>
        <translation>{file} ใหญ่เกินกว่าจะเปิดได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} เสียหายและอ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/hub.py" line="+49"/>
        <location line="+53"/>
        <source>Hugging Face downloads are switched off (HF_HUB_OFFLINE is set).</source>
        <translation>การดาวน์โหลดจาก Hugging Face ถูกปิดอยู่ (ตั้งค่า HF_HUB_OFFLINE ไว้)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unset HF_HUB_OFFLINE to search or download models; installed models still work.</source>
        <translation>โปรดยกเลิก HF_HUB_OFFLINE เพื่อค้นหาหรือดาวน์โหลดโมเดล โมเดลที่ติดตั้งไว้ยังใช้งานได้ตามปกติ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unset HF_HUB_OFFLINE to download models.</source>
        <translation>โปรดยกเลิก HF_HUB_OFFLINE เพื่อดาวน์โหลดโมเดล</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{repo} was not found on {hub}.</source>
        <translation>ไม่พบ {repo} บน {hub}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the repo name (owner/name), e.g. with `hearth models search`.</source>
        <translation>โปรดตรวจสอบชื่อรีโพซิทอรี (เจ้าของ/ชื่อ) เช่น ด้วย `hearth models search`</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hugging Face answered HTTP {status} for {what}.</source>
        <translation>Hugging Face ตอบกลับ HTTP {status} สำหรับ {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>โปรดลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach {hub} ({reason}).</source>
        <translation>เชื่อมต่อ {hub} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, or set HF_ENDPOINT to a mirror.</source>
        <translation>โปรดตรวจสอบการเชื่อมต่อเครือข่าย หรือตั้งค่า HF_ENDPOINT เป็นมิเรอร์</translation>
    </message>
    <message>
        <location filename="../../../app/core/remote.py" line="-407"/>
        <source>{where} did not accept a connection within {seconds} s.</source>
        <translation>{where} ไม่รับการเชื่อมต่อภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the computer is on and reachable from here.</source>
        <translation>โปรดตรวจสอบว่าคอมพิวเตอร์เปิดอยู่และเข้าถึงได้จากที่นี่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} stopped answering for {seconds} s.</source>
        <translation>{where} หยุดตอบสนองเป็นเวลา {seconds} วินาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may be overloaded; try again, or raise the timeout in Settings ▸ Servers.</source>
        <translation>เซิร์ฟเวอร์อาจทำงานหนักเกินไป โปรดลองอีกครั้ง หรือเพิ่มเวลารอใน การตั้งค่า ▸ เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot reach {where} ({reason}).</source>
        <translation>เชื่อมต่อ {where} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and that the server is running.</source>
        <translation>โปรดตรวจสอบที่อยู่และตรวจว่าเซิร์ฟเวอร์ทำงานอยู่</translation>
    </message>
</context>
</TS>
