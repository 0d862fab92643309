<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="+39"/>
        <source>You</source>
        <comment>message title</comment>
        <translation>Lei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <comment>message title</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <comment>message title</comment>
        <translation>Strumento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>almost done</source>
        <translation>quasi finito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {seconds} s left</source>
        <translation>circa {seconds} s rimanenti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min left</source>
        <translation>circa {minutes} min rimanenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {hours} h left</source>
        <translation>circa {hours} h rimanenti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the picture… {percent} % · {time_left}</source>
        <translation>Lettura dell’immagine… {percent} % · {time_left}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the picture… {percent} %</source>
        <translation>Lettura dell’immagine… {percent} %</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Thinking…</source>
        <translation>Sto pensando…</translation>
    </message>
</context>
<context>
    <name>ImageAttachBar</name>
    <message>
        <location filename="../../../app/ui/image_attach.py" line="+74"/>
        <source>Attach image…</source>
        <translation>Allega immagine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a Llama 3.2 Vision model about a picture (you can also drop or paste one)</source>
        <translation>Chiedere a un modello Llama 3.2 Vision informazioni su un’immagine (può anche trascinarla o incollarla)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send this picture</source>
        <translation>Non inviare questa immagine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full detail</source>
        <translation>Dettaglio completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick look</source>
        <translation>Occhiata veloce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full detail reads a picture as up to four tiles, as the model was trained; a quick look reads one tile, about six times faster on a CPU</source>
        <translation>Il dettaglio completo legge un’immagine in un massimo di quattro riquadri, come è stato addestrato il modello; un’occhiata veloce ne legge uno solo, circa sei volte più velocemente su una CPU</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pasted picture</source>
        <translation>immagine incollata</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach an image</source>
        <translation>Allega un’immagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>Immagini ({patterns})</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message>
        <location filename="../../../app/ui/mcp_servers.py" line="+169"/>
        <source>Import MCP servers</source>
        <translation>Importa server MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These servers are set up in other apps. Tick the ones Hearth may start too:</source>
        <translation>Questi server sono configurati in altre app. Spunti quelli che anche Hearth può avviare:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {target}  (from {app}: {path})</source>
        <translation>{name} — {target}  (da {app}: {path})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
</context>
<context>
    <name>McpPasteDialog</name>
    <message>
        <location line="+14"/>
        <source>Paste MCP servers</source>
        <translation>Incolla server MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the &quot;mcpServers&quot; block from Claude Desktop, LM Studio, Cursor or VS Code:</source>
        <translation>Incolli il blocco &quot;mcpServers&quot; di Claude Desktop, LM Studio, Cursor o VS Code:</translation>
    </message>
</context>
<context>
    <name>McpServerEditDialog</name>
    <message>
        <location line="-124"/>
        <source>MCP server</source>
        <translation>Server MCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A program on this computer (stdio)</source>
        <translation>Un programma su questo computer (stdio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web address (streamable HTTP)</source>
        <translation>Un indirizzo web (streamable HTTP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME=VALUE, one a line</source>
        <translation>NAME=VALUE, uno per riga</translation>
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
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>Intestazioni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call timeout:</source>
        <translation>Tempo limite per chiamata:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each line of the headers must look like NAME=VALUE.</source>
        <translation>Ogni riga delle intestazioni deve avere la forma NAME=VALUE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>Impossibile leggere gli argomenti: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line of the environment must look like NAME=VALUE.</source>
        <translation>Ogni riga dell’ambiente deve avere la forma NAME=VALUE.</translation>
    </message>
</context>
<context>
    <name>McpServersDialog</name>
    <message>
        <location line="+78"/>
        <source>MCP servers</source>
        <translation>Server MCP</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste JSON…</source>
        <translation>Incolla JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the mcpServers block of Claude Desktop, LM Studio, Cursor or VS Code</source>
        <translation>Incolla il blocco mcpServers di Claude Desktop, LM Studio, Cursor o VS Code</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+133"/>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move secrets to the keychain</source>
        <translation>Sposta i segreti nel portachiavi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools:</source>
        <translation>Strumenti:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (the server&apos;s stderr):</source>
        <translation>Registro (stderr del server):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>stopped</source>
        <comment>MCP server state</comment>
        <translation>fermato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>in avvio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>non riuscito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <comment>MCP server state</comment>
        <translation>disattivato</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No MCP servers yet: Add… one, or Import… those of Claude Desktop or LM Studio.</source>
        <translation>Ancora nessun server MCP: ne aggiunga uno con «Aggiungi…» o importi quelli di Claude Desktop o LM Studio con «Importa…».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — Program: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — Programma: {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turned off.</source>
        <translation>Disattivato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: {state}.</source>
        <translation>Stato: {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} look secret and are still in mcp.json.</source>
        <translation>{names} sembrano segreti e sono ancora in mcp.json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>Riavvia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} — read-only</source>
        <translation>{tool} — sola lettura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — always asks</source>
        <translation>{tool} — chiede sempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — asks</source>
        <translation>{tool} — chiede</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Starting {name}…</source>
        <translation>Avvio di {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved to the system keychain: {names}.</source>
        <translation>Spostato nel portachiavi di sistema: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing that looks secret is left in mcp.json.</source>
        <translation>In mcp.json non resta nulla che sembri un segreto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MCP servers were found in Claude Desktop&apos;s or LM Studio&apos;s settings.</source>
        <translation>Nessun server MCP trovato nelle impostazioni di Claude Desktop o di LM Studio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {names}.</source>
        <translation>Importato: {names}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added {names}.</source>
        <translation>Aggiunto: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was added.</source>
        <translation>Non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here, left as they are: {names}.</source>
        <translation>Già presenti, lasciati come sono: {names}.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="-152"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this message as Markdown</source>
        <translation>Copia questo messaggio come Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this question again</source>
        <translation>Rispondi di nuovo a questa domanda</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the picture</source>
        <translation>Interrompi la lettura dell’immagine</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../../app/ui/safety_page.py" line="+25"/>
        <source>Both my messages and the answers</source>
        <translation>Sia i miei messaggi sia le risposte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My messages only</source>
        <translation>Solo i miei messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers only</source>
        <translation>Solo le risposte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Violent Crimes</source>
        <translation>Crimini violenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-Violent Crimes</source>
        <translation>Crimini non violenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex Crimes</source>
        <translation>Reati sessuali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child Exploitation</source>
        <translation>Sfruttamento minorile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defamation</source>
        <translation>Diffamazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized Advice</source>
        <translation>Consulenza specialistica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual Property</source>
        <translation>Proprietà intellettuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indiscriminate Weapons</source>
        <translation>Armi indiscriminate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate</source>
        <translation>Odio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Harm</source>
        <translation>Autolesionismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual Content</source>
        <translation>Contenuti sessuali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elections</source>
        <translation>Elezioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code Interpreter Abuse</source>
        <translation>Abuso dell’interprete di codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violent crimes</source>
        <translation>crimini violenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-violent crimes (such as fraud, theft, hacking or drugs)</source>
        <translation>crimini non violenti (come frode, furto, hacking o droga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex-related crimes</source>
        <translation>reati di natura sessuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual exploitation of children</source>
        <translation>sfruttamento sessuale di minori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defamation</source>
        <translation>diffamazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialized financial, medical or legal advice</source>
        <translation>consulenza finanziaria, medica o legale specialistica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private personal information</source>
        <translation>informazioni personali private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intellectual property violations</source>
        <translation>violazioni della proprietà intellettuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weapons of mass destruction</source>
        <translation>armi di distruzione di massa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hate</source>
        <translation>odio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suicide and self-harm</source>
        <translation>suicidio e autolesionismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual content</source>
        <translation>contenuti sessuali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false information about elections</source>
        <translation>informazioni false sulle elezioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abuse of code execution</source>
        <translation>abuso dell’esecuzione di codice</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Llama Guard 3 1B, a small safety model from Meta, checks the chat on this computer. It labels text in 13 categories of harm; leave out the ones that do not matter here. Messages with a picture can be checked by Llama Guard 3 11B Vision.</source>
        <translation>Llama Guard 3 1B, un piccolo modello di sicurezza di Meta, controlla la chat su questo computer. Classifica il testo in 13 categorie di danno; escluda quelle che qui non contano. I messaggi con un&apos;immagine possono essere controllati da Llama Guard 3 11B Vision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the chat with Llama Guard 3</source>
        <translation>Controlla la chat con Llama Guard 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check:</source>
        <translation>Controlla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block it and name the category</source>
        <translation>Bloccarlo e indicare la categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn and show it</source>
        <translation>Avvisare e mostrarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When unsafe:</source>
        <translation>Se non è sicuro:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Categories:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Llama Guard 3 1B (download it in the model manager)</source>
        <translation>Llama Guard 3 1B (lo scarichi dal gestore dei modelli)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety model:</source>
        <translation>Modello di sicurezza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check messages with a picture with Llama Guard 3 11B Vision when it is installed</source>
        <translation>Controlla i messaggi con un&apos;immagine con Llama Guard 3 11B Vision quando è installato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama Guard 3 11B Vision, if installed</source>
        <translation>Llama Guard 3 11B Vision, se installato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture safety model:</source>
        <translation>Modello di sicurezza per le immagini:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock:</source>
        <translation>Blocco:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: enter the password to change these settings.</source>
        <translation>Bloccato: inserisca la password per modificare queste impostazioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone using this computer can change these settings. Lock them with a password (only a salted hash of it is kept).</source>
        <translation>Chiunque usi questo computer può modificare queste impostazioni. Le blocchi con una password (se ne conserva solo un hash con sale).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocked. Lock again before handing the computer over.</source>
        <translation>Sbloccato. Blocchi di nuovo prima di cedere il computer a qualcun altro.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../../app/ui/server_panel.py" line="+149"/>
        <source>Serve the installed models over the OpenAI API, for editors, agents and scripts on this computer (127.0.0.1 only; use &lt;code&gt;hearth serve&lt;/code&gt; for more).</source>
        <translation>Rendere disponibili i modelli installati tramite l’API OpenAI, per editor, agenti e script su questo computer (solo 127.0.0.1; per altro usi &lt;code&gt;hearth serve&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve the OpenAI-compatible API</source>
        <translation>Fornire l’API compatibile con OpenAI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local server:</source>
        <translation>Server locale:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests:</source>
        <translation>Richieste:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started: {reason}</source>
        <translation>Non avviato: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Fermo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: other programs on this computer can use Hearth&apos;s models</source>
        <translation>In esecuzione: gli altri programmi su questo computer possono usare i modelli di Hearth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Arresto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none being answered</source>
        <translation>nessuna in elaborazione</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n being answered</source>
        <translation>
            <numerusform>%n in elaborazione</numerusform>
            <numerusform>%n in elaborazione</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <location filename="../../../app/ui/servers_page.py" line="+43"/>
        <source>Models on a server run on &lt;b&gt;that computer&lt;/b&gt;: your messages, documents and pictures are sent there. Hearth only connects to servers you add here, over https, or over plain http to this computer or your local network.</source>
        <translation>I modelli su un server girano su &lt;b&gt;quel computer&lt;/b&gt;: i suoi messaggi, documenti e immagini vengono inviati lì. Hearth si collega solo ai server che aggiunge qui, tramite https, oppure tramite http semplice verso questo computer o la sua rete locale.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>http://192.168.1.20:8000 or https://gpu.example.org</source>
        <translation>http://192.168.1.20:8000 o https://gpu.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; from the host name</source>
        <translation>facoltativo; altrimenti dal nome host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; kept in the system keychain</source>
        <translation>facoltativa; conservata nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>Chiave API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {url} · API key in keychain</source>
        <translation>{name} — {url} · chiave API nel portachiavi</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reaching {url}…</source>
        <translation>Connessione a {url}…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{name} answers ({kind}, {ms} ms) and serves %n model(s); they appear in the model list, marked as remote.</source>
        <translation>
            <numerusform>{name} risponde ({kind}, {ms} ms) e offre %n modello; compare nell’elenco dei modelli, contrassegnato come remoto.</numerusform>
            <numerusform>{name} risponde ({kind}, {ms} ms) e offre %n modelli; compaiono nell’elenco dei modelli, contrassegnati come remoti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} will be forgotten, with its key, when you press OK.</source>
        <translation>{name} verrà dimenticato, insieme alla sua chiave, quando premerà OK.</translation>
    </message>
</context>
<context>
    <name>UserToolsPage</name>
    <message>
        <location filename="../../../app/ui/user_tools_page.py" line="+63"/>
        <source>New tool</source>
        <translation>Nuovo strumento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it does, for the model</source>
        <translation>Cosa fa, per il modello</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program&apos;s arguments; {name} is replaced by the value of the argument &apos;name&apos;. No shell is used.</source>
        <translation>Gli argomenti del programma; {name} viene sostituito dal valore dell’argomento «name». Non si usa alcuna shell.</translation>
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
        <translation>Legge soltanto (viene eseguito senza chiedere in modalità «sola lettura»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Attivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Tempo limite:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model passes (its arguments):</source>
        <translation>Cosa passa il modello (i suoi argomenti):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add argument</source>
        <translation>Aggiungi argomento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove argument</source>
        <translation>Rimuovi argomento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tool</source>
        <translation>Salva strumento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} Fix or remove the file to edit tools here.</source>
        <translation>{problem} Corregga o rimuova il file per modificare gli strumenti qui.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>string</source>
        <comment>JSON Schema type: text</comment>
        <translation>stringa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer</source>
        <comment>JSON Schema type: whole number</comment>
        <translation>intero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <comment>JSON Schema type: any number</comment>
        <translation>numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean</source>
        <comment>JSON Schema type: true or false</comment>
        <translation>booleano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <comment>JSON Schema type: a list of texts</comment>
        <translation>elenco</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>Impossibile leggere gli argomenti: {reason}.</translation>
    </message>
</context>
</TS>
