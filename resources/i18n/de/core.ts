<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>core</name>
    <message>
        <location filename="../../../app/core/chat/context.py" line="+81"/>
        <location filename="../../../app/core/remote.py" line="+769"/>
        <location filename="../../../app/core/vision/engine.py" line="+251"/>
        <location line="+124"/>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is empty.</source>
        <translation>Ihre Nachricht ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type something to send.</source>
        <translation>Geben Sie etwas ein, das gesendet werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room kept for the answer ({reserve} tokens) fills the model&apos;s whole context of {n_ctx} tokens.</source>
        <translation>Der für die Antwort freigehaltene Platz ({reserve} Tokens) füllt den gesamten Kontext des Modells von {n_ctx} Tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the answer length or raise the context size in Settings.</source>
        <translation>Verringern Sie die Antwortlänge oder erhöhen Sie die Kontextgröße in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your message is {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Ihre Nachricht umfasst {tokens} Tokens, der Kontext des Modells fasst aber {n_ctx} (davon {reserve} für die Antwort freigehalten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../app/core/vision/engine.py" line="+21"/>
        <source>Shorten it or raise the context size in Settings.</source>
        <translation>Kürzen Sie sie oder erhöhen Sie die Kontextgröße in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message and the system prompt together are {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Ihre Nachricht und der Systemprompt umfassen zusammen {tokens} Tokens, der Kontext des Modells fasst aber {n_ctx} (davon {reserve} für die Antwort freigehalten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorten them or raise the context size in Settings.</source>
        <translation>Kürzen Sie beide oder erhöhen Sie die Kontextgröße in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/readers.py" line="+83"/>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} ist ein Ordner, kein Dokument.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: there is nothing to summarize.</source>
        <translation>{file} ist leer: Es gibt nichts zusammenzufassen.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This PDF has no text layer; OCR is not available. {file} looks like a scanned document (its pages are images), so Hearth cannot read its words.</source>
        <translation>Dieses PDF hat keine Textebene, und Texterkennung (OCR) ist nicht verfügbar. {file} scheint ein gescanntes Dokument zu sein (seine Seiten sind Bilder), daher kann Hearth seine Wörter nicht lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through an OCR program to add a text layer, then try again.</source>
        <translation>Lassen Sie es durch ein OCR-Programm laufen, um eine Textebene hinzuzufügen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{file} is an image; Hearth summarizes text and OCR is not available.</source>
        <translation>{file} ist ein Bild; Hearth fasst Texte zusammen, und Texterkennung (OCR) ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Supported: {formats}.</source>
        <translation>Unterstützt: {formats}.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save it as .docx (Word ▸ Save As) and try again.</source>
        <translation>Speichern Sie es als .docx (Word ▸ Speichern unter) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or PDF and try again.</source>
        <translation>Speichern Sie es als .docx oder PDF und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or plain text and try again.</source>
        <translation>Speichern Sie es als .docx oder als reinen Text und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it as .docx or PDF and try again.</source>
        <translation>Exportieren Sie es als .docx oder PDF und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to PDF or plain text and try again.</source>
        <translation>Wandeln Sie es in PDF oder reinen Text um und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, Word (.docx), web pages (.html), Markdown and plain text</source>
        <translation>PDF, Word (.docx), Webseiten (.html), Markdown und reiner Text</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{file} is not a PDF file (it does not start like one).</source>
        <translation>{file} ist keine PDF-Datei (sie beginnt nicht wie eine).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>{file} is protected by a password, so Hearth cannot read it.</source>
        <translation>{file} ist durch ein Passwort geschützt, daher kann Hearth es nicht lesen.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open it in a PDF viewer, save an unprotected copy, and summarize that.</source>
        <translation>Öffnen Sie es in einem PDF-Betrachter, speichern Sie eine ungeschützte Kopie und fassen Sie diese zusammen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file} has no pages.</source>
        <translation>{file} hat keine Seiten.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} is password-protected or an old-format Word file, so Hearth cannot read it.</source>
        <translation>{file} ist passwortgeschützt oder eine Word-Datei im alten Format, daher kann Hearth es nicht lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it in Word and save an unprotected .docx copy.</source>
        <translation>Öffnen Sie es in Word und speichern Sie eine ungeschützte .docx-Kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged or not a Word (.docx) document.</source>
        <translation>{file} ist beschädigt oder kein Word-Dokument (.docx).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} has no text to summarize.</source>
        <translation>{file} enthält keinen Text zum Zusammenfassen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no readable main text.</source>
        <translation>{file} hat keinen lesbaren Haupttext.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hearth cannot summarize {suffix} files ({file}).</source>
        <translation>Hearth kann keine {suffix}-Dateien zusammenfassen ({file}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth cannot summarize files without an extension ({file}).</source>
        <translation>Hearth kann keine Dateien ohne Endung zusammenfassen ({file}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} does not contain readable text (it looks like a binary file with a document&apos;s extension).</source>
        <translation>{file} enthält keinen lesbaren Text (es scheint eine Binärdatei mit der Endung eines Dokuments zu sein).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file.</source>
        <translation>Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/summarize.py" line="+147"/>
        <source>Summary cancelled; nothing was saved.</source>
        <translation>Zusammenfassung abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading “{name}”…</source>
        <translation>„{name}“ wird gelesen…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing the summary of {tokens} tokens…</source>
        <translation>Die Zusammenfassung von {tokens} Tokens wird geschrieben…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+130"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Reading the document ({tokens} tokens)…</source>
        <translation>Das Dokument wird gelesen ({tokens} Tokens)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the document: {percent}% of {tokens} tokens…</source>
        <translation>Das Dokument wird gelesen: {percent} % von {tokens} Tokens…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing part {n} of {total} ({label})…</source>
        <translation>Teil {n} von {total} wird zusammengefasst ({label})…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarizing part {n} of {total}…</source>
        <translation>Teil {n} von {total} wird zusammengefasst…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Combining notes, step {level} ({n} of {total})…</source>
        <translation>Notizen werden zusammengeführt, Schritt {level} ({n} von {total})…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the summary…</source>
        <translation>Die Zusammenfassung wird geschrieben…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts.</source>
        <translation>„{name}“ hat {tokens} Tokens, mehr als der Kontext dieses Modells von {n_ctx} Tokens mit Platz für die Antwort fasst; daher wurde es in {parts} Teilen zusammengefasst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts. Memory allows a context of up to {limit} tokens: set the context size to {wanted} or more in Settings to summarize it in one pass.</source>
        <translation>„{name}“ hat {tokens} Tokens, mehr als der Kontext dieses Modells von {n_ctx} Tokens mit Platz für die Antwort fasst; daher wurde es in {parts} Teilen zusammengefasst. Der Arbeitsspeicher erlaubt einen Kontext von bis zu {limit} Tokens: Stellen Sie die Kontextgröße in den Einstellungen auf {wanted} oder mehr, um es in einem Durchgang zusammenzufassen.</translation>
    </message>
    <message>
        <location filename="../../../app/core/engine/llamacpp.py" line="+166"/>
        <source>{file} is part of a vision model ({architecture}); it cannot be opened as a text model.</source>
        <extracomment>Pick greedy and top-k tokens from a numpy shortlist (see _shortlist_size); the full-vocabulary path stays for comparison.</extracomment>
        <translation>{file} ist Teil eines Vision-Modells ({architecture}); es kann nicht als Textmodell geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it as an image Q&amp;A model instead.</source>
        <translation>Öffnen Sie es stattdessen als Modell für Fragen zu Bildern.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The GPU could not be used ({reason}); Hearth runs on the CPU.</source>
        <translation>Die GPU konnte nicht verwendet werden ({reason}); Hearth läuft auf der CPU.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} holds a &apos;{architecture}&apos; model, an architecture this version of llama.cpp cannot run.</source>
        <translation>{file} enthält ein Modell der Architektur „{architecture}“, die diese Version von llama.cpp nicht ausführen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a Llama 3.2 model, or update Hearth.</source>
        <translation>Wählen Sie ein Llama-3.2-Modell oder aktualisieren Sie Hearth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not load {file}: {reason}.</source>
        <translation>llama.cpp konnte {file} nicht laden: {reason}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>llama.cpp could not create a {n_ctx}-token context for {file}: {reason}.</source>
        <translation>llama.cpp konnte keinen Kontext mit {n_ctx} Tokens für {file} anlegen: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the context size in Settings.</source>
        <translation>Verringern Sie die Kontextgröße in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../../app/core/licence.py" line="+128"/>
        <source>a Llama 3.2 Vision model (architecture “mllama”)</source>
        <translation>ein Llama-3.2-Vision-Modell (Architektur „mllama“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vision projector, the image half of a Llama 3.2 Vision model</source>
        <translation>ein Vision-Projektor, die Bildhälfte eines Llama-3.2-Vision-Modells</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Llama Guard 3 Vision model</source>
        <translation>ein Llama-Guard-3-Vision-Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Llama 3.2 Vision model (by its name)</source>
        <translation>ein Llama-3.2-Vision-Modell (dem Namen nach)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>that you use Hearth for a company whose principal place of business is in {country} ({code})</source>
        <translation>dass Sie Hearth für ein Unternehmen mit Hauptniederlassung in {country} ({code}) nutzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that you use Hearth as an individual domiciled in {country} ({code})</source>
        <translation>dass Sie Hearth als Privatperson mit Wohnsitz in {country} ({code}) nutzen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Llama 3.2 text models carry no regional limit.</source>
        <translation>Für die Textmodelle von Llama 3.2 gilt keine regionale Einschränkung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth has no licence declaration from you yet.</source>
        <translation>Hearth liegt noch keine Lizenzerklärung von Ihnen vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your licence declaration was for an earlier licence version; please answer again.</source>
        <translation>Ihre Lizenzerklärung galt für eine frühere Lizenzversion; bitte antworten Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your licence declaration is incomplete.</source>
        <translation>Ihre Lizenzerklärung ist unvollständig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the {licence} does not grant the rights to the Llama 3.2 vision models to an individual domiciled in, or a company with its principal place of business in, the European Union, and you declared {declaration}</source>
        <translation>die {licence} gewährt die Rechte an den Vision-Modellen von Llama 3.2 keiner Privatperson mit Wohnsitz und keinem Unternehmen mit Hauptniederlassung in der Europäischen Union, und Sie haben erklärt, {declaration}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared {declaration}, outside the European Union.</source>
        <translation>Sie haben erklärt, {declaration}, außerhalb der Europäischen Union.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hearth will not load {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth lädt {subject} nicht: Es ist {what}, und {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can load {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth benötigt Ihre Lizenzerklärung, bevor es {subject} laden kann: Es ist {what}, und die Lizenz von Llama 3.2 gewährt die Vision-Modelle nicht Personen und Unternehmen in der Europäischen Union. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not download {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth lädt {subject} nicht herunter: Es ist {what}, und {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can download {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth benötigt Ihre Lizenzerklärung, bevor es {subject} herunterladen kann: Es ist {what}, und die Lizenz von Llama 3.2 gewährt die Vision-Modelle nicht Personen und Unternehmen in der Europäischen Union. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not use {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth verwendet {subject} nicht: Es ist {what}, und {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth needs your licence declaration before it can use {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth benötigt Ihre Lizenzerklärung, bevor es {subject} verwenden kann: Es ist {what}, und die Lizenz von Llama 3.2 gewährt die Vision-Modelle nicht Personen und Unternehmen in der Europäischen Union. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may still use products and services that include the vision models; Hearth&apos;s check is only about your own use. If your answers were wrong, change them in Settings ▸ Licence declaration… or with `hearth licence declare`. {advice} Licence: {licence_url} Use policy: {use_policy_url}</source>
        <translation>Die Textmodelle von Llama 3.2 (1B, 3B) bleiben uneingeschränkt verfügbar. Endnutzer in der EU dürfen Produkte und Dienste, die die Vision-Modelle enthalten, weiterhin nutzen; die Prüfung von Hearth betrifft nur Ihre eigene Nutzung. Falls Ihre Antworten falsch waren, ändern Sie sie unter Einstellungen ▸ Lizenzerklärung… oder mit `hearth licence declare`. {advice} Lizenz: {licence_url} Nutzungsrichtlinie: {use_policy_url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the question in the window, or run `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, or pass --domicile CC --as individual|company to this command. Text models need no declaration.</source>
        <translation>Beantworten Sie die Frage im Fenster, oder führen Sie `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept` aus, oder übergeben Sie diesem Befehl --domicile CC --as individual|company. Textmodelle benötigen keine Erklärung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Dies ist keine Rechtsberatung: Maßgeblich sind die offizielle Lizenz und die Richtlinie zur zulässigen Nutzung.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/download.py" line="+709"/>
        <source>Downloading {file} failed {failures} times in a row ({reason}).</source>
        <translation>Das Herunterladen von {file} ist {failures}-mal nacheinander fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connection and run the same command again: the {size} already downloaded are kept and it resumes.</source>
        <translation>Prüfen Sie die Verbindung und führen Sie denselben Befehl erneut aus: Die bereits heruntergeladenen {size} bleiben erhalten, und der Download wird fortgesetzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearth could not write {path}: {reason}.</source>
        <translation>Hearth konnte {path} nicht schreiben: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space; run the command again to resume.</source>
        <translation>Prüfen Sie den freien Speicherplatz; führen Sie den Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the same command again to download it afresh; if it fails again, the network or mirror (HF_ENDPOINT) is corrupting data.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um die Datei neu herunterzuladen; schlägt es wieder fehl, verfälscht das Netzwerk oder der Mirror (HF_ENDPOINT) die Daten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} failed its {algo} checksum: expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} hat die {algo}-Prüfsumme nicht bestanden: erwartet {algo} {expected}, erhalten {got}. Der beschädigte Download wurde gelöscht, und nichts wurde installiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} failed its {algo} checksum (got {done} bytes of {size}): expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} hat die {algo}-Prüfsumme nicht bestanden ({done} von {size} Bytes erhalten): erwartet {algo} {expected}, erhalten {got}. Der beschädigte Download wurde gelöscht, und nichts wurde installiert.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/gguf_file.py" line="+201"/>
        <source>There is no file at {path}.</source>
        <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Hearth could not read {file}: {reason}.</source>
        <translation>Hearth konnte {file} nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{file} is not a GGUF model file.</source>
        <translation>{file} ist keine GGUF-Modelldatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs GGUF files (for example Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch and other formats must be converted first.</source>
        <translation>Hearth führt GGUF-Dateien aus (zum Beispiel Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch und andere Formate müssen zuerst umgewandelt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>{file} is truncated: it ends inside its header.</source>
        <translation>{file} ist unvollständig: Die Datei endet innerhalb ihres Headers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>The download was probably interrupted; download it again.</source>
        <translation>Der Download wurde vermutlich unterbrochen; laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{file} is a damaged GGUF file: {reason}.</source>
        <translation>{file} ist eine beschädigte GGUF-Datei: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the file again.</source>
        <translation>Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is truncated: {missing} of its weights are missing (the file has {size} of {expected}).</source>
        <translation>{file} ist unvollständig: {missing} der Gewichte fehlen (die Datei hat {size} von {expected}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} does not say which model architecture it holds.</source>
        <translation>{file} gibt nicht an, welche Modellarchitektur es enthält.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/local.py" line="+37"/>
        <source>The models folder already has a file called {file}.</source>
        <translation>Im Modellordner gibt es bereits eine Datei namens {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it first with `hearth models rm {name}`.</source>
        <translation>Entfernen Sie sie zuerst mit `hearth models rm {name}`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough free disk space for {what}: it needs {needed} ({needed_bytes} bytes) but only {free} ({free_bytes} bytes) is free on the disk that holds {where}.</source>
        <translation>Nicht genug freier Speicherplatz für {what}: Benötigt werden {needed} ({needed_bytes} Bytes), aber auf dem Laufwerk mit {where} sind nur {free} ({free_bytes} Bytes) frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, or choose a smaller quantization.</source>
        <translation>Geben Sie Speicherplatz frei oder wählen Sie eine kleinere Quantisierung.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The starter model comes with Hearth and cannot be removed.</source>
        <translation>Das Startmodell gehört zu Hearth und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/memory.py" line="+62"/>
        <source>a smaller model or quantization</source>
        <translation>ein kleineres Modell oder eine kleinere Quantisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller quantization</source>
        <translation>eine kleinere Quantisierung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close other apps, lower the context size (now {n_ctx} tokens), or choose {smaller} (for example Q4_K_M).</source>
        <translation>Schließen Sie andere Programme, verringern Sie die Kontextgröße (derzeit {n_ctx} Tokens) oder wählen Sie {smaller} (zum Beispiel Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close other apps, or choose {smaller} (for example Q4_K_M).</source>
        <translation>Schließen Sie andere Programme oder wählen Sie {smaller} (zum Beispiel Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} needs about {total} ({weights} weights + {context} context + {compute} working memory), but only {available} of memory is free.</source>
        <translation>{name} benötigt etwa {total} ({weights} Gewichte + {context} Kontext + {compute} Arbeitsspeicher für Berechnungen), aber nur {available} Arbeitsspeicher sind frei.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Fits on the GPU ({needed} of {free} free).</source>
        <translation>Passt auf die GPU ({needed} von {free} frei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in memory ({needed} of {free} free).</source>
        <translation>Passt in den Arbeitsspeicher ({needed} von {free} frei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits in memory, partly on the GPU ({needed} of {free} free).</source>
        <translation>Passt in den Arbeitsspeicher, teilweise auf der GPU ({needed} von {free} frei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tight: needs {needed} of {free} free; close other apps or use a smaller context.</source>
        <translation>Knapp: benötigt {needed} von {free} freiem Speicher; schließen Sie andere Programme oder verwenden Sie einen kleineren Kontext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not fit: needs {needed}, {free} free.</source>
        <translation>Passt nicht: benötigt {needed}, {free} frei.</translation>
    </message>
    <message>
        <location filename="../../../app/core/session.py" line="+65"/>
        <source>There is nothing to send; type a message first.</source>
        <translation>Es gibt nichts zu senden; geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no question to answer again.</source>
        <translation>Es gibt keine Frage, die erneut beantwortet werden könnte.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/engine.py" line="-105"/>
        <location filename="../../../app/core/vision/preprocess.py" line="+132"/>
        <source>There is no picture at {path}.</source>
        <translation>Unter {path} gibt es kein Bild.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+23"/>
        <source>The model is still answering; stop it first.</source>
        <translation>Das Modell antwortet noch; stoppen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The prompt is {tokens} tokens but the model&apos;s context holds {n_ctx}.</source>
        <translation>Der Prompt umfasst {tokens} Tokens, der Kontext des Modells fasst aber {n_ctx}.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/preprocess.py" line="+8"/>
        <source>{file} is too large ({width}×{height} pixels).</source>
        <translation>{file} ist zu groß ({width}×{height} Pixel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Use a picture of at most {megapixels} megapixels.</source>
        <translation>Verwenden Sie ein Bild mit höchstens {megapixels} Megapixeln.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{file} is not a picture Hearth can read.</source>
        <translation>{file} ist kein Bild, das Hearth lesen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PNG, JPEG, WebP, GIF or BMP file.</source>
        <translation>Verwenden Sie eine PNG-, JPEG-, WebP-, GIF- oder BMP-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is too large to open safely.</source>
        <translation>{file} ist zu groß, um es sicher zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} ist beschädigt und kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/hub.py" line="+49"/>
        <location line="+53"/>
        <source>Hugging Face downloads are switched off (HF_HUB_OFFLINE is set).</source>
        <translation>Downloads von Hugging Face sind ausgeschaltet (HF_HUB_OFFLINE ist gesetzt).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unset HF_HUB_OFFLINE to search or download models; installed models still work.</source>
        <translation>Entfernen Sie HF_HUB_OFFLINE, um Modelle zu suchen oder herunterzuladen; installierte Modelle funktionieren weiterhin.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unset HF_HUB_OFFLINE to download models.</source>
        <translation>Entfernen Sie HF_HUB_OFFLINE, um Modelle herunterzuladen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{repo} was not found on {hub}.</source>
        <translation>{repo} wurde auf {hub} nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the repo name (owner/name), e.g. with `hearth models search`.</source>
        <translation>Prüfen Sie den Namen des Repositorys (Besitzer/Name), z. B. mit `hearth models search`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hugging Face answered HTTP {status} for {what}.</source>
        <translation>Hugging Face hat mit HTTP {status} für {what} geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach {hub} ({reason}).</source>
        <translation>{hub} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, or set HF_ENDPOINT to a mirror.</source>
        <translation>Prüfen Sie die Netzwerkverbindung oder setzen Sie HF_ENDPOINT auf einen Mirror.</translation>
    </message>
    <message>
        <location filename="../../../app/core/remote.py" line="-407"/>
        <source>{where} did not accept a connection within {seconds} s.</source>
        <translation>{where} hat innerhalb von {seconds} s keine Verbindung angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the computer is on and reachable from here.</source>
        <translation>Prüfen Sie, ob der Computer eingeschaltet und von hier aus erreichbar ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} stopped answering for {seconds} s.</source>
        <translation>{where} hat {seconds} s lang nicht mehr geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may be overloaded; try again, or raise the timeout in Settings ▸ Servers.</source>
        <translation>Der Server ist möglicherweise überlastet; versuchen Sie es erneut oder erhöhen Sie die Wartezeit unter Einstellungen ▸ Server.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot reach {where} ({reason}).</source>
        <translation>{where} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and that the server is running.</source>
        <translation>Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
</context>
</TS>
