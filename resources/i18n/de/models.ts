<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../../app/ui/model_manager.py" line="+80"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pausing…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resuming at {size}…</source>
        <translation>Wird bei {size} fortgesetzt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{done} von {total} · {rate}/s · noch {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · measuring speed · {eta} left</source>
        <translation>{done} von {total} · Geschwindigkeit wird gemessen · noch {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the {size} already downloaded…</source>
        <translation>Die bereits heruntergeladenen {size} werden geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network trouble; retry {attempt} of {attempts} in {seconds} s</source>
        <translation>Netzwerkproblem; Versuch {attempt} von {attempts} in {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused at {done} of {total}</source>
        <translation>Angehalten bei {done} von {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified and installed</source>
        <translation>Geprüft und installiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location line="+28"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+192"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer: {memory} of memory free, no GPU. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Dieser Computer: {memory} Arbeitsspeicher frei, keine GPU. Die Eignung wird für einen Kontext von {n_ctx} Token beurteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gpu} ({memory} free)</source>
        <translation>{gpu} ({memory} frei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer: {memory} of memory free, {gpus}. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Dieser Computer: {memory} Arbeitsspeicher frei, {gpus}. Die Eignung wird für einen Kontext von {n_ctx} Token beurteilt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+52"/>
        <source>text</source>
        <comment>licence kind</comment>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+52"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The catalog has no model pair “{pair}”.</source>
        <translation>Der Katalog enthält kein Modellpaar „{pair}“.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>vision (region check)</source>
        <comment>licence kind</comment>
        <translation>Vision (Regionsprüfung)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recommended</source>
        <comment>quantization note</comment>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unquantized</source>
        <comment>quantization note</comment>
        <translation>nicht quantisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for Arm CPUs</source>
        <comment>quantization note</comment>
        <translation>für Arm-CPUs</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No downloads yet. Pick a model in the Catalog.</source>
        <translation>Noch keine Downloads. Wählen Sie ein Modell im Katalog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a GGUF file…</source>
        <translation>Eine GGUF-Datei importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop .gguf files here</source>
        <translation>oder .gguf-Dateien hierher ziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (starter)</source>
        <translation>{name} (Startmodell)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import models</source>
        <translation>Modelle importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file}? Files Hearth downloaded are removed from disk; imported files are only removed from the list.</source>
        <translation>{file} löschen? Von Hearth heruntergeladene Dateien werden von der Festplatte entfernt; importierte Dateien werden nur aus der Liste entfernt.</translation>
    </message>
</context>
<context>
    <name>SummarizeController</name>
    <message>
        <location filename="../../../app/ui/summarize.py" line="+284"/>
        <source>&amp;Summarize document…</source>
        <translation>Dokument &amp;zusammenfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize a PDF, Word (.docx), web page (.html), Markdown or plain-text file</source>
        <translation>Eine PDF-, Word- (.docx), Webseiten- (.html), Markdown- oder Textdatei zusammenfassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A document is already being summarized; wait or cancel it.</source>
        <translation>Es wird bereits ein Dokument zusammengefasst; warten Sie oder brechen Sie den Vorgang ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>Die Zusammenfassung wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Summarize {count} documents</source>
        <translation>{count} Dokumente zusammenfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarize {names} one after another or together?</source>
        <translation>{names} einzeln nacheinander oder gemeinsam zusammenfassen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One after another</source>
        <translation>Nacheinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A summary of each document, each in its own chat</source>
        <translation>Eine Zusammenfassung pro Dokument, jede in einem eigenen Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One summary of all of them</source>
        <translation>Eine Zusammenfassung für alle</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} documents</source>
        <translation>{count} Dokumente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a model first, then summarize the document.</source>
        <translation>Wählen Sie zuerst ein Modell und fassen Sie dann das Dokument zusammen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth is still answering; stop it first.</source>
        <translation>Hearth antwortet noch; halten Sie die Antwort zuerst an.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context to read it in one pass? It needs about {needed} of the {available} of memory free now.</source>
        <translation>„{document}“ ist lang für den Kontext von {model} mit {current} Token. {model} mit einem Kontext von {n_ctx} Token neu laden, um das Dokument in einem Durchgang zu lesen? Dafür werden etwa {needed} der {available} Arbeitsspeicher benötigt, die jetzt frei sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context for fewer, larger parts (the whole document does not fit)? It needs about {needed} of the {available} of memory free now.</source>
        <translation>„{document}“ ist lang für den Kontext von {model} mit {current} Token. {model} mit einem Kontext von {n_ctx} Token für weniger, größere Teile neu laden (das ganze Dokument passt nicht hinein)? Dafür werden etwa {needed} der {available} Arbeitsspeicher benötigt, die jetzt frei sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A larger context for this document</source>
        <translation>Ein größerer Kontext für dieses Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload with {n_ctx} tokens</source>
        <translation>Mit {n_ctx} Token neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize in parts</source>
        <translation>In Teilen zusammenfassen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading {model} with a {n_ctx}-token context for this document…</source>
        <translation>{model} wird mit einem Kontext von {n_ctx} Token für dieses Dokument geladen…</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location line="-431"/>
        <source>Summarize a document</source>
        <translation>Ein Dokument zusammenfassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PDF, Word, web page, Markdown or text file</source>
        <translation>Eine PDF-, Word-, Webseiten-, Markdown- oder Textdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or paste the text to summarize here</source>
        <translation>…oder fügen Sie hier den Text ein, der zusammengefasst werden soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short summary</source>
        <translation>Eine kurze Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bullet points</source>
        <translation>Stichpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detailed summary</source>
        <translation>Eine ausführliche Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a document</source>
        <translation>Dokument auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({patterns})</source>
        <translation>Dokumente ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SummaryProgressDialog</name>
    <message>
        <location line="+16"/>
        <source>Summarizing {name}</source>
        <translation>{name} wird zusammengefasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary appears here as it is written.</source>
        <translation>Die Zusammenfassung erscheint hier, während sie geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../../app/ui/tool_approval.py" line="+80"/>
        <source>ok</source>
        <comment>tool call status</comment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <comment>tool call status</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <comment>tool call status</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>tool call status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <comment>tool call status</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**Tool** `{call}` — {status}</source>
        <translation>**Werkzeug** `{call}` — {status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calling {calls}</source>
        <translation>Aufruf von {calls}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allow this tool call?</source>
        <translation>Diesen Werkzeugaufruf erlauben?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It only reads information.</source>
        <translation>Es liest nur Informationen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can change things on this computer or open other programs.</source>
        <translation>Es kann Dinge auf diesem Computer ändern oder andere Programme öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model wants to run &lt;b&gt;{tool}&lt;/b&gt;: {description}</source>
        <translation>Das Modell möchte &lt;b&gt;{tool}&lt;/b&gt; ausführen: {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>Von &lt;b&gt;{origin}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always allow {tool}</source>
        <translation>{tool} immer erlauben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <location line="+246"/>
        <source>The file tools need at least one folder; they stay off.</source>
        <translation>Die Dateiwerkzeuge brauchen mindestens einen Ordner; sie bleiben ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no question to answer again.</source>
        <translation>Es gibt keine Frage, die erneut beantwortet werden könnte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <location line="-263"/>
        <source>Tools for this chat</source>
        <translation>Werkzeuge für diesen Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model may call these tools in this chat:</source>
        <translation>Das Modell darf in diesem Chat diese Werkzeuge aufrufen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} — {what}</source>
        <translation>{group} — {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>MCP server {name} — {target}</source>
        <translation>MCP-Server {name} — {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {description} (your tool)</source>
        <translation>{name} — {description} (Ihr Werkzeug)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled: turn it on in Settings ▸ My tools first.</source>
        <translation>Deaktiviert: Schalten Sie es zuerst unter Einstellungen ▸ Meine Werkzeuge ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask before every tool call</source>
        <translation>Vor jedem Werkzeugaufruf fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run read-only tools without asking</source>
        <translation>Nur lesende Werkzeuge ohne Rückfrage ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every tool without asking (opening files and links still asks)</source>
        <translation>Alle Werkzeuge ohne Rückfrage ausführen (vor dem Öffnen von Dateien und Links wird weiterhin gefragt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval:</source>
        <translation>Freigabe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders the file tools may read:</source>
        <translation>Ordner, die die Dateiwerkzeuge lesen dürfen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a safe calculator</source>
        <translation>ein sicherer Taschenrechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current date and time, time zones</source>
        <translation>das aktuelle Datum und die Uhrzeit, Zeitzonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit conversion</source>
        <translation>Einheitenumrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, search and read files in approved folders</source>
        <translation>Dateien in freigegebenen Ordnern auflisten, durchsuchen und lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory, disk and battery</source>
        <translation>Arbeitsspeicher, Festplatte und Akku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a link or file with the default app (always asks)</source>
        <translation>einen Link oder eine Datei mit der Standard-App öffnen (fragt immer nach)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the file tools may read</source>
        <translation>Ordner, den die Dateiwerkzeuge lesen dürfen</translation>
    </message>
</context>
</TS>
