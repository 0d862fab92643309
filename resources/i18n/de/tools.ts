<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="+39"/>
        <source>You</source>
        <comment>message title</comment>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <comment>message title</comment>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <comment>message title</comment>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>almost done</source>
        <translation>fast fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {seconds} s left</source>
        <translation>noch etwa {seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min left</source>
        <translation>noch etwa {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {hours} h left</source>
        <translation>noch etwa {hours} h</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the picture… {percent} % · {time_left}</source>
        <translation>Bild wird gelesen… {percent} % · {time_left}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the picture… {percent} %</source>
        <translation>Bild wird gelesen… {percent} %</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
</context>
<context>
    <name>ImageAttachBar</name>
    <message>
        <location filename="../../../app/ui/image_attach.py" line="+74"/>
        <source>Attach image…</source>
        <translation>Bild anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a Llama 3.2 Vision model about a picture (you can also drop or paste one)</source>
        <translation>Einem Llama-3.2-Vision-Modell eine Frage zu einem Bild stellen (Sie können ein Bild auch hineinziehen oder einfügen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send this picture</source>
        <translation>Dieses Bild nicht senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full detail</source>
        <translation>Volle Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick look</source>
        <translation>Schnellansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full detail reads a picture as up to four tiles, as the model was trained; a quick look reads one tile, about six times faster on a CPU</source>
        <translation>„Volle Details“ liest ein Bild in bis zu vier Kacheln, so wie das Modell trainiert wurde; die Schnellansicht liest eine Kachel, auf einer CPU etwa sechsmal schneller</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pasted picture</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach an image</source>
        <translation>Ein Bild anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message>
        <location filename="../../../app/ui/mcp_servers.py" line="+169"/>
        <source>Import MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These servers are set up in other apps. Tick the ones Hearth may start too:</source>
        <translation>Diese Server sind in anderen Apps eingerichtet. Kreuzen Sie diejenigen an, die Hearth ebenfalls starten darf:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {target}  (from {app}: {path})</source>
        <translation>{name} — {target}  (aus {app}: {path})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>McpPasteDialog</name>
    <message>
        <location line="+14"/>
        <source>Paste MCP servers</source>
        <translation>MCP-Server einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the &quot;mcpServers&quot; block from Claude Desktop, LM Studio, Cursor or VS Code:</source>
        <translation>Fügen Sie den Block „mcpServers“ aus Claude Desktop, LM Studio, Cursor oder VS Code ein:</translation>
    </message>
</context>
<context>
    <name>McpServerEditDialog</name>
    <message>
        <location line="-124"/>
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A program on this computer (stdio)</source>
        <translation>Ein Programm auf diesem Computer (stdio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web address (streamable HTTP)</source>
        <translation>Eine Webadresse (Streamable HTTP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME=VALUE, one a line</source>
        <translation>NAME=VALUE, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call timeout:</source>
        <translation>Zeitlimit pro Aufruf:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each line of the headers must look like NAME=VALUE.</source>
        <translation>Jede Zeile der Header muss die Form NAME=VALUE haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>Die Argumente lassen sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line of the environment must look like NAME=VALUE.</source>
        <translation>Jede Zeile der Umgebung muss die Form NAME=VALUE haben.</translation>
    </message>
</context>
<context>
    <name>McpServersDialog</name>
    <message>
        <location line="+78"/>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste JSON…</source>
        <translation>JSON einfügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the mcpServers block of Claude Desktop, LM Studio, Cursor or VS Code</source>
        <translation>Den mcpServers-Block aus Claude Desktop, LM Studio, Cursor oder VS Code einfügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+133"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move secrets to the keychain</source>
        <translation>Geheimnisse in den Schlüsselbund verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools:</source>
        <translation>Werkzeuge:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (the server&apos;s stderr):</source>
        <translation>Protokoll (stderr des Servers):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>stopped</source>
        <comment>MCP server state</comment>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <comment>MCP server state</comment>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No MCP servers yet: Add… one, or Import… those of Claude Desktop or LM Studio.</source>
        <translation>Noch keine MCP-Server: Fügen Sie mit „Hinzufügen…“ einen hinzu oder übernehmen Sie mit „Importieren…“ die von Claude Desktop oder LM Studio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — Program: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — Programm: {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turned off.</source>
        <translation>Ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: {state}.</source>
        <translation>Zustand: {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} look secret and are still in mcp.json.</source>
        <translation>{names} sehen geheim aus und stehen noch in mcp.json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} — read-only</source>
        <translation>{tool} — nur lesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — always asks</source>
        <translation>{tool} — fragt immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — asks</source>
        <translation>{tool} — fragt nach</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Starting {name}…</source>
        <translation>{name} wird gestartet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved to the system keychain: {names}.</source>
        <translation>In den Schlüsselbund des Systems verschoben: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing that looks secret is left in mcp.json.</source>
        <translation>In mcp.json steht nichts mehr, das geheim aussieht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MCP servers were found in Claude Desktop&apos;s or LM Studio&apos;s settings.</source>
        <translation>In den Einstellungen von Claude Desktop und LM Studio wurden keine MCP-Server gefunden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {names}.</source>
        <translation>Importiert: {names}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added {names}.</source>
        <translation>Hinzugefügt: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here, left as they are: {names}.</source>
        <translation>Bereits vorhanden, unverändert gelassen: {names}.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="-152"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this message as Markdown</source>
        <translation>Diese Nachricht als Markdown kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this question again</source>
        <translation>Diese Frage erneut beantworten</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the picture</source>
        <translation>Lesen des Bildes abbrechen</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../../app/ui/safety_page.py" line="+25"/>
        <source>Both my messages and the answers</source>
        <translation>Meine Nachrichten und die Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My messages only</source>
        <translation>Nur meine Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers only</source>
        <translation>Nur die Antworten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Violent Crimes</source>
        <translation>Gewaltverbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-Violent Crimes</source>
        <translation>Gewaltfreie Straftaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex Crimes</source>
        <translation>Sexualverbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child Exploitation</source>
        <translation>Ausbeutung von Kindern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defamation</source>
        <translation>Verleumdung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized Advice</source>
        <translation>Fachberatung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual Property</source>
        <translation>Geistiges Eigentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indiscriminate Weapons</source>
        <translation>Massenvernichtungswaffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate</source>
        <translation>Hass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Harm</source>
        <translation>Selbstverletzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual Content</source>
        <translation>Sexuelle Inhalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elections</source>
        <translation>Wahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code Interpreter Abuse</source>
        <translation>Missbrauch des Code-Interpreters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violent crimes</source>
        <translation>Gewaltverbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-violent crimes (such as fraud, theft, hacking or drugs)</source>
        <translation>gewaltfreie Straftaten (etwa Betrug, Diebstahl, Hacking oder Drogen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex-related crimes</source>
        <translation>Sexualdelikte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual exploitation of children</source>
        <translation>sexuelle Ausbeutung von Kindern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defamation</source>
        <translation>Verleumdung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialized financial, medical or legal advice</source>
        <translation>fachliche Finanz-, Medizin- oder Rechtsberatung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private personal information</source>
        <translation>private persönliche Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intellectual property violations</source>
        <translation>Verletzungen geistigen Eigentums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weapons of mass destruction</source>
        <translation>Massenvernichtungswaffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hate</source>
        <translation>Hass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suicide and self-harm</source>
        <translation>Suizid und Selbstverletzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual content</source>
        <translation>sexuelle Inhalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false information about elections</source>
        <translation>Falschinformationen über Wahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abuse of code execution</source>
        <translation>Missbrauch der Codeausführung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Llama Guard 3 1B, a small safety model from Meta, checks the chat on this computer. It labels text in 13 categories of harm; leave out the ones that do not matter here. Messages with a picture can be checked by Llama Guard 3 11B Vision.</source>
        <translation>Llama Guard 3 1B, ein kleines Sicherheitsmodell von Meta, prüft den Chat auf diesem Computer. Es ordnet Text 13 Schadenskategorien zu; lassen Sie die weg, die hier keine Rolle spielen. Nachrichten mit einem Bild kann Llama Guard 3 11B Vision prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the chat with Llama Guard 3</source>
        <translation>Den Chat mit Llama Guard 3 prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check:</source>
        <translation>Prüfen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block it and name the category</source>
        <translation>Blockieren und die Kategorie nennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn and show it</source>
        <translation>Warnen und trotzdem anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When unsafe:</source>
        <translation>Wenn unsicher:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Llama Guard 3 1B (download it in the model manager)</source>
        <translation>Llama Guard 3 1B (in der Modellverwaltung herunterladen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety model:</source>
        <translation>Sicherheitsmodell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check messages with a picture with Llama Guard 3 11B Vision when it is installed</source>
        <translation>Nachrichten mit einem Bild mit Llama Guard 3 11B Vision prüfen, wenn es installiert ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama Guard 3 11B Vision, if installed</source>
        <translation>Llama Guard 3 11B Vision, falls installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture safety model:</source>
        <translation>Sicherheitsmodell für Bilder:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock:</source>
        <translation>Sperre:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: enter the password to change these settings.</source>
        <translation>Gesperrt: Geben Sie das Passwort ein, um diese Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone using this computer can change these settings. Lock them with a password (only a salted hash of it is kept).</source>
        <translation>Jede Person, die diesen Computer benutzt, kann diese Einstellungen ändern. Sperren Sie sie mit einem Passwort (gespeichert wird nur ein gesalzener Hash davon).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocked. Lock again before handing the computer over.</source>
        <translation>Entsperrt. Sperren Sie wieder, bevor Sie den Computer weitergeben.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../../app/ui/server_panel.py" line="+149"/>
        <source>Serve the installed models over the OpenAI API, for editors, agents and scripts on this computer (127.0.0.1 only; use &lt;code&gt;hearth serve&lt;/code&gt; for more).</source>
        <translation>Die installierten Modelle über die OpenAI-API bereitstellen, für Editoren, Agenten und Skripte auf diesem Computer (nur 127.0.0.1; für mehr verwenden Sie &lt;code&gt;hearth serve&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve the OpenAI-compatible API</source>
        <translation>Die OpenAI-kompatible API bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local server:</source>
        <translation>Lokaler Server:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started: {reason}</source>
        <translation>Nicht gestartet: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: other programs on this computer can use Hearth&apos;s models</source>
        <translation>Läuft: Andere Programme auf diesem Computer können die Modelle von Hearth verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none being answered</source>
        <translation>keine wird gerade beantwortet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n being answered</source>
        <translation>
            <numerusform>%n wird beantwortet</numerusform>
            <numerusform>%n werden beantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <location filename="../../../app/ui/servers_page.py" line="+43"/>
        <source>Models on a server run on &lt;b&gt;that computer&lt;/b&gt;: your messages, documents and pictures are sent there. Hearth only connects to servers you add here, over https, or over plain http to this computer or your local network.</source>
        <translation>Modelle auf einem Server laufen auf &lt;b&gt;jenem Computer&lt;/b&gt;: Ihre Nachrichten, Dokumente und Bilder werden dorthin gesendet. Hearth verbindet sich nur mit Servern, die Sie hier hinzufügen, über https oder über einfaches http zu diesem Computer oder Ihrem lokalen Netzwerk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>http://192.168.1.20:8000 or https://gpu.example.org</source>
        <translation>http://192.168.1.20:8000 oder https://gpu.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; from the host name</source>
        <translation>optional; sonst aus dem Hostnamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; kept in the system keychain</source>
        <translation>optional; wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {url} · API key in keychain</source>
        <translation>{name} — {url} · API-Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reaching {url}…</source>
        <translation>Verbindung zu {url}…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{name} answers ({kind}, {ms} ms) and serves %n model(s); they appear in the model list, marked as remote.</source>
        <translation>
            <numerusform>{name} antwortet ({kind}, {ms} ms) und bietet %n Modell an; es erscheint in der Modellliste, als entfernt markiert.</numerusform>
            <numerusform>{name} antwortet ({kind}, {ms} ms) und bietet %n Modelle an; sie erscheinen in der Modellliste, als entfernt markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} will be forgotten, with its key, when you press OK.</source>
        <translation>{name} wird samt Schlüssel vergessen, sobald Sie auf OK klicken.</translation>
    </message>
</context>
<context>
    <name>UserToolsPage</name>
    <message>
        <location filename="../../../app/ui/user_tools_page.py" line="+63"/>
        <source>New tool</source>
        <translation>Neues Werkzeug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it does, for the model</source>
        <translation>Was es tut – für das Modell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program&apos;s arguments; {name} is replaced by the value of the argument &apos;name&apos;. No shell is used.</source>
        <translation>Die Argumente des Programms; {name} wird durch den Wert des Arguments „name“ ersetzt. Es wird keine Shell verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It only reads (runs without asking under “read-only”)</source>
        <translation>Es liest nur (läuft unter „nur lesend“ ohne Nachfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model passes (its arguments):</source>
        <translation>Was das Modell übergibt (seine Argumente):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add argument</source>
        <translation>Argument hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove argument</source>
        <translation>Argument entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tool</source>
        <translation>Werkzeug speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} Fix or remove the file to edit tools here.</source>
        <translation>{problem} Korrigieren oder entfernen Sie die Datei, um Werkzeuge hier zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>string</source>
        <comment>JSON Schema type: text</comment>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer</source>
        <comment>JSON Schema type: whole number</comment>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <comment>JSON Schema type: any number</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean</source>
        <comment>JSON Schema type: true or false</comment>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <comment>JSON Schema type: a list of texts</comment>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>Die Argumente lassen sich nicht lesen: {reason}.</translation>
    </message>
</context>
</TS>
