<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../app/ui/about_dialog.py" line="+33"/>
        <source>The licence text ({name}) is missing from this installation.</source>
        <translation>Der Lizenztext ({name}) fehlt in dieser Installation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A private, offline assistant. Everything runs on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein privater Offline-Assistent. Alles läuft auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models, licensed under the Llama 3.2 Community License.</source>
        <translation>Hearth führt die Llama-3.2-Modelle von Meta aus, lizenziert unter der Llama 3.2 Community License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Llama 3.2 licence</source>
        <translation>Llama-3.2-Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party</source>
        <translation>Drittanbieter</translation>
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
        <translation>Etwas ist schiefgegangen: {error}. Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../../app/ui/first_run.py" line="+80"/>
        <source>&lt;b&gt;You are chatting with the starter model&lt;/b&gt; (SmolLM2 135M Instruct): it runs on any computer, fully offline, but it is small and often wrong. For real answers use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Sie chatten mit dem Einstiegsmodell&lt;/b&gt; (SmolLM2 135M Instruct): Es läuft auf jedem Computer und vollständig offline, ist aber klein und liegt oft falsch. Für brauchbare Antworten verwenden Sie &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the size that fits this computer&apos;s free memory.</source>
        <translation>Diese Größe passt in den freien Speicher dieses Computers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {model}</source>
        <translation>{model} verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download {model}</source>
        <translation>{model} herunterladen</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../../app/ui/licence_dialog.py" line="+70"/>
        <source>You may use, copy, modify and share the models and what they produce, for free, for research and for commercial purposes, if you keep to the Acceptable Use Policy.</source>
        <translation>Sie dürfen die Modelle und ihre Ergebnisse kostenlos nutzen, kopieren, verändern und weitergeben, für die Forschung und für kommerzielle Zwecke, sofern Sie die Richtlinie zur zulässigen Nutzung (Acceptable Use Policy) einhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products and services with more than 700 million monthly active users need a separate licence from Meta.</source>
        <translation>Produkte und Dienste mit mehr als 700 Millionen monatlich aktiven Nutzern benötigen eine eigene Lizenz von Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you share a Llama model or a product built with one, you include a copy of the licence and show &quot;Built with Llama&quot; in the product&apos;s documentation or interface.</source>
        <translation>Wenn Sie ein Llama-Modell oder ein damit gebautes Produkt weitergeben, legen Sie eine Kopie der Lizenz bei und zeigen &quot;Built with Llama&quot; in der Dokumentation oder Oberfläche des Produkts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Vision models (Llama 3.2 11B and 90B Vision):** the rights to these multimodal models are not granted to individuals domiciled in, or companies with their principal place of business in, the European Union. End users in the EU may still use products and services that include them. Hearth asks where you are before it downloads or loads a vision model; if you use Hearth for a company, the company&apos;s principal place of business decides. For this, the EU includes its outermost regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, the Azores, Madeira, the Canary Islands) and Åland; Norway, Iceland, Liechtenstein, Switzerland, the United Kingdom, Greenland and the Faroe Islands are not in it.</source>
        <translation>**Vision-Modelle (Llama 3.2 11B und 90B Vision):** Die Rechte an diesen multimodalen Modellen werden weder Personen mit Wohnsitz in der Europäischen Union noch Unternehmen mit Hauptgeschäftssitz dort gewährt. Endnutzer in der EU dürfen Produkte und Dienste, die sie enthalten, dennoch verwenden. Hearth fragt nach Ihrem Standort, bevor es ein Vision-Modell herunterlädt oder lädt; nutzen Sie Hearth für ein Unternehmen, entscheidet dessen Hauptgeschäftssitz. Dabei zählen zur EU auch ihre Gebiete in äußerster Randlage (Französisch-Guayana, Guadeloupe, Martinique, Réunion, Mayotte, Saint-Martin, die Azoren, Madeira, die Kanarischen Inseln) und Åland; Norwegen, Island, Liechtenstein, die Schweiz, das Vereinigte Königreich, Grönland und die Färöer gehören nicht dazu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Acceptable Use Policy forbids, among other things, using the models for illegal activity, to harm people, to deceive, or to generate content that endangers others.</source>
        <translation>Die Richtlinie zur zulässigen Nutzung verbietet unter anderem, die Modelle für illegale Aktivitäten, zur Schädigung von Menschen, zur Täuschung oder zur Erzeugung von Inhalten zu verwenden, die andere gefährden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Llama 3.2 — the licence in plain words</source>
        <translation>Llama 3.2 – die Lizenz in einfachen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models on your computer. The models are not part of Hearth&apos;s own code: each one comes with the **Llama 3.2 Community License Agreement** and the **Llama 3.2 Acceptable Use Policy**, which you accept when you download a Llama model.</source>
        <translation>Hearth führt die Llama-3.2-Modelle von Meta auf Ihrem Computer aus. Die Modelle sind nicht Teil des Codes von Hearth: Jedes wird mit dem **Llama 3.2 Community License Agreement** und der **Llama 3.2 Acceptable Use Policy** geliefert, die Sie akzeptieren, wenn Sie ein Llama-Modell herunterladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they say, in short (the official texts decide; read them):</source>
        <translation>Was sie sagen, in Kürze (maßgeblich sind die offiziellen Texte; lesen Sie sie):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This summary is not legal advice. Official texts:</source>
        <translation>Diese Zusammenfassung ist keine Rechtsberatung. Offizielle Texte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable Use Policy:</source>
        <translation>Richtlinie zur zulässigen Nutzung:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Llama 3.2 vision models: licence</source>
        <translation>Llama-3.2-Vision-Modelle: Lizenz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{model}&lt;/b&gt; is a Llama 3.2 vision model.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt; ist ein Llama-3.2-Vision-Modell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Llama 3.2 licence does not grant the vision models to individuals domiciled in, or companies with their principal place of business in, the European Union. Hearth therefore asks you — it does not guess. Text models are not affected.</source>
        <translation>Die Llama-3.2-Lizenz gewährt die Vision-Modelle weder Personen mit Wohnsitz in der Europäischen Union noch Unternehmen mit Hauptgeschäftssitz dort. Deshalb fragt Hearth Sie – es rät nicht. Textmodelle sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Official texts: {licence} · {policy}.</source>
        <translation>Offizielle Texte: {licence} · {policy}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptable Use Policy</source>
        <translation>Richtlinie zur zulässigen Nutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End users of products that include a vision model are not limited, in the EU or elsewhere; this question is only about your own use of Hearth.</source>
        <translation>Endnutzer von Produkten, die ein Vision-Modell enthalten, sind nicht eingeschränkt, weder in der EU noch anderswo; diese Frage betrifft nur Ihre eigene Nutzung von Hearth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Dies ist keine Rechtsberatung: Maßgeblich sind die offizielle Lizenz und die Richtlinie zur zulässigen Nutzung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country where you live:</source>
        <translation>Land, in dem Sie wohnen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For myself, as an individual</source>
        <translation>Für mich selbst, als Privatperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a company or organisation</source>
        <translation>Für ein Unternehmen oder eine Organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I use Hearth:</source>
        <translation>Ich nutze Hearth:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a company, its principal place of business decides, not where you live.</source>
        <translation>Bei einem Unternehmen entscheidet dessen Hauptgeschäftssitz, nicht Ihr Wohnort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company&apos;s principal place of business:</source>
        <translation>Hauptgeschäftssitz des Unternehmens:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have read and accept the {licence} and the Acceptable Use Policy</source>
        <translation>Ich habe die {licence} und die Richtlinie zur zulässigen Nutzung gelesen und akzeptiere sie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your current answers; change what is no longer true.</source>
        <translation>Ihre bisherigen Antworten; ändern Sie, was nicht mehr zutrifft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-selected from your system&apos;s region ({country}). Please check it: only your answer counts.</source>
        <translation>Aus der Region Ihres Systems vorausgewählt ({country}). Bitte prüfen Sie es: Nur Ihre Antwort zählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the country you live in.</source>
        <translation>Wählen Sie das Land, in dem Sie wohnen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say whether you use Hearth for yourself or for a company.</source>
        <translation>Geben Sie an, ob Sie Hearth für sich selbst oder für ein Unternehmen nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With these answers the licence does not grant you the Llama 3.2 vision models: Hearth will not download or load them. Text models stay available.</source>
        <translation>Mit diesen Antworten gewährt Ihnen die Lizenz die Llama-3.2-Vision-Modelle nicht: Hearth wird sie weder herunterladen noch laden. Textmodelle bleiben verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With these answers the regional limit does not apply to you.</source>
        <translation>Mit diesen Antworten gilt die regionale Einschränkung für Sie nicht.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} was not downloaded: the licence question was not answered.</source>
        <translation>{model} wurde nicht heruntergeladen: Die Lizenzfrage wurde nicht beantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} was not loaded: the licence question was not answered.</source>
        <translation>{model} wurde nicht geladen: Die Lizenzfrage wurde nicht beantwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} was not downloaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} wurde nicht heruntergeladen: Es ist ein Llama-3.2-Vision-Modell, und seine Lizenz hängt von Ihrem Wohnort ab, daher fragt Hearth zuerst. Versuchen Sie es erneut, um zu antworten, oder hinterlegen Sie Ihre Antworten unter Einstellungen ▸ Lizenzerklärung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} was not loaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} wurde nicht geladen: Es ist ein Llama-3.2-Vision-Modell, und seine Lizenz hängt von Ihrem Wohnort ab, daher fragt Hearth zuerst. Versuchen Sie es erneut, um zu antworten, oder hinterlegen Sie Ihre Antworten unter Einstellungen ▸ Lizenzerklärung…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="+71"/>
        <source>Open a GGUF file…</source>
        <translation>GGUF-Datei öffnen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft: {share} accepted ({accepted}/{drafted})</source>
        <translation>Entwurf: {share} übernommen ({accepted}/{drafted})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{speedup}× plain</source>
        <translation>~{speedup}× so schnell wie ohne</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+701"/>
        <source>{speed} tok/s</source>
        <translation>{speed} Token/s</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>{n} tokens</source>
        <translation>{n} Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first token {ms} ms</source>
        <translation>erstes Token nach {ms} ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} old messages left out to fit the context</source>
        <translation>{n} ältere Nachrichten ausgelassen, damit der Kontext reicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+488"/>
        <location line="+235"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="-721"/>
        <source>cut off at the length limit</source>
        <translation>an der Längengrenze abgeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the safety check</source>
        <translation>von der Sicherheitsprüfung angehalten</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Llama models, import GGUF files, see what fits</source>
        <translation>Llama-Modelle herunterladen, GGUF-Dateien importieren, sehen, was passt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Message Hearth (Enter sends, Shift+Enter for a new line)</source>
        <translation>Nachricht an Hearth (Eingabe sendet, Umschalt+Eingabe für neue Zeile)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+596"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-585"/>
        <location line="+234"/>
        <location line="+49"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open model file…</source>
        <translation>Modelldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Chat als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Chat als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools for this &amp;chat…</source>
        <translation>Werkzeuge für diesen &amp;Chat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MCP servers…</source>
        <translation>&amp;MCP-Server…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Hearth</source>
        <translation>Ü&amp;ber Hearth</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (starter)</source>
        <translation>{name} (Einstieg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>☁ {model} (remote)</source>
        <translation>☁ {model} (entfernt)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>☁ {model} — {server} (remote)</source>
        <translation>☁ {model} — {server} (entfernt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs on {url}: your messages go to that computer.</source>
        <translation>Läuft auf {url}: Ihre Nachrichten gehen an diesen Computer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No model is installed yet. Open a GGUF file (File ▸ Open model file…), for example Llama-3.2-1B-Instruct-Q4_K_M.gguf.</source>
        <translation>Noch ist kein Modell installiert. Öffnen Sie eine GGUF-Datei (Datei ▸ Modelldatei öffnen…), zum Beispiel Llama-3.2-1B-Instruct-Q4_K_M.gguf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model is already loading; wait a moment.</source>
        <translation>Es wird bereits ein Modell geladen; bitte warten Sie einen Moment.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading {model}…</source>
        <translation>{model} wird geladen…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{model} · on {host} · {n_ctx}-token context</source>
        <translation>{model} · auf {host} · Kontext mit {n_ctx} Tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} · {n_ctx}-token context · {threads} threads</source>
        <translation>{model} · Kontext mit {n_ctx} Tokens · {threads} Threads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} GPU layers</source>
        <translation>{n} GPU-Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☁ Remote · {host}</source>
        <translation>☁ Entfernt · {host}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation goes to another computer ({host}): {where}.</source>
        <translation>Diese Unterhaltung geht an einen anderen Computer ({host}): {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: {model}</source>
        <translation>Entwurf: {model}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{model} (still loaded)</source>
        <translation>{model} (weiterhin geladen)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cut off: the answer did not arrive in full</source>
        <translation>abgebrochen: Die Antwort kam nicht vollständig an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: it did not fit or failed</source>
        <translation>nicht gesendet: passte nicht oder schlug fehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A document is being summarized; send when it is done, or cancel it.</source>
        <translation>Gerade wird ein Dokument zusammengefasst; senden Sie, wenn es fertig ist, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is still loading; your message is kept in the box.</source>
        <translation>Das Modell wird noch geladen; Ihre Nachricht bleibt im Eingabefeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model cannot see pictures: choose a Llama 3.2 Vision model, or remove the picture.</source>
        <translation>Dieses Modell kann keine Bilder sehen: Wählen Sie ein Llama-3.2-Vision-Modell oder entfernen Sie das Bild.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new language applies the next time Hearth starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Hearth.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../../app/ui/i18n.py" line="+51"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../app/ui/settings_dialog.py" line="+54"/>
        <source>GPU layers set to *Automatic* are chosen from the free memory of the largest GPU, the model&apos;s size and the context size; a GPU that fails to start falls back to the CPU with a notice. See the README for CUDA, Metal and Vulkan builds.</source>
        <translation>Auf *Automatisch* gestellte GPU-Schichten werden nach dem freien Speicher der größten GPU, der Größe des Modells und der Kontextgröße gewählt; startet eine GPU nicht, läuft alles mit einem Hinweis auf der CPU. Builds für CUDA, Metal und Vulkan beschreibt die README.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threads, context size and GPU layers are remembered for &lt;b&gt;{model}&lt;/b&gt;; other models keep their own.</source>
        <translation>Threads, Kontextgröße und GPU-Schichten werden für &lt;b&gt;{model}&lt;/b&gt; gespeichert; andere Modelle behalten ihre eigenen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic ({cores} physical cores)</source>
        <translation>Automatisch ({cores} physische Kerne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context size:</source>
        <translation>Kontextgröße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (from free GPU memory)</source>
        <translation>Automatisch (nach freiem GPU-Speicher)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU: 0 runs on the CPU only, 999 puts every layer on the GPU.</source>
        <translation>Schichten, die auf der GPU laufen: 0 nutzt nur die CPU, 999 legt jede Schicht auf die GPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers:</source>
        <translation>GPU-Schichten:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 always picks the likeliest word; higher is more varied.</source>
        <translation>0 wählt immer das wahrscheinlichste Wort; höhere Werte sorgen für mehr Abwechslung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest answer:</source>
        <translation>Längste Antwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions for every new chat (optional)</source>
        <translation>Anweisungen für jeden neuen Chat (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt:</source>
        <translation>Systemprompt:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence declaration…</source>
        <translation>Lizenzerklärung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you live and whether you use Hearth for a company: decides whether the Llama 3.2 vision models&apos; licence covers you.</source>
        <translation>Wo Sie wohnen und ob Sie Hearth für ein Unternehmen nutzen: Davon hängt ab, ob die Lizenz der Llama-3.2-Vision-Modelle für Sie gilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vision licence:</source>
        <translation>Vision-Lizenz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Hearth starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Hearth.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My tools</source>
        <translation>Meine Werkzeuge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+34"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A small model with the same vocabulary (e.g. Llama 3.2 1B for Llama 3.1 8B) guesses ahead and this model checks its guesses in batches: the same answers, usually faster.</source>
        <translation>Ein kleines Modell mit demselben Vokabular (z. B. Llama 3.2 1B für Llama 3.1 8B) rät voraus, und dieses Modell prüft die Vorschläge blockweise: dieselben Antworten, meist schneller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft model:</source>
        <translation>Entwurfsmodell:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not declared yet: Hearth asks before a vision model is used.</source>
        <translation>Noch nicht erklärt: Hearth fragt, bevor ein Vision-Modell verwendet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company in {country}: vision models {verdict}</source>
        <translation>Unternehmen in {country}: Vision-Modelle {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual in {country}: vision models {verdict}</source>
        <translation>Privatperson in {country}: Vision-Modelle {verdict}</translation>
    </message>
</context>
<context>
    <name>StreamWorker</name>
    <message>
        <location filename="../../../app/ui/workers.py" line="-48"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Etwas ist schiefgegangen: {error}. Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../../app/ui/main.py" line="+65"/>
        <source>Hearth cannot open your conversations</source>
        <translation>Hearth kann Ihre Unterhaltungen nicht öffnen</translation>
    </message>
</context>
</TS>
