<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../../app/ui/model_manager.py" line="+80"/>
        <source>Starting…</source>
        <translation>Avvio in corso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pausing…</source>
        <translation>Messa in pausa…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resuming at {size}…</source>
        <translation>Ripresa da {size}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{done} di {total} · {rate}/s · tempo rimanente {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · measuring speed · {eta} left</source>
        <translation>{done} di {total} · misurazione della velocità · tempo rimanente {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the {size} already downloaded…</source>
        <translation>Verifica dei {size} già scaricati…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network trouble; retry {attempt} of {attempts} in {seconds} s</source>
        <translation>Problema di rete; nuovo tentativo {attempt} di {attempts} tra {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused at {done} of {total}</source>
        <translation>In pausa a {done} di {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified and installed</source>
        <translation>Verificato e installato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location line="+28"/>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization</source>
        <translation>Quantizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+192"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Fit</source>
        <translation>Compatibilità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer: {memory} of memory free, no GPU. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Questo computer: {memory} di memoria libera, nessuna GPU. La compatibilità è valutata per un contesto di {n_ctx} token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gpu} ({memory} free)</source>
        <translation>{gpu} ({memory} liberi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer: {memory} of memory free, {gpus}. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Questo computer: {memory} di memoria libera, {gpus}. La compatibilità è valutata per un contesto di {n_ctx} token.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+52"/>
        <source>text</source>
        <comment>licence kind</comment>
        <translation>testo</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+52"/>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The catalog has no model pair “{pair}”.</source>
        <translation>Il catalogo non contiene la coppia di modelli «{pair}».</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>vision (region check)</source>
        <comment>licence kind</comment>
        <translation>visione (verifica della regione)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recommended</source>
        <comment>quantization note</comment>
        <translation>consigliata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unquantized</source>
        <comment>quantization note</comment>
        <translation>non quantizzato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for Arm CPUs</source>
        <comment>quantization note</comment>
        <translation>per CPU Arm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No downloads yet. Pick a model in the Catalog.</source>
        <translation>Ancora nessun download. Scelga un modello nel Catalogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a GGUF file…</source>
        <translation>Importa un file GGUF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop .gguf files here</source>
        <translation>o trascini qui i file .gguf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Su questo computer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (starter)</source>
        <translation>{name} (modello iniziale)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use</source>
        <translation>Usa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import models</source>
        <translation>Importa modelli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelli GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete model</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file}? Files Hearth downloaded are removed from disk; imported files are only removed from the list.</source>
        <translation>Eliminare {file}? I file scaricati da Hearth vengono cancellati dal disco; i file importati vengono solo tolti dall’elenco.</translation>
    </message>
</context>
<context>
    <name>SummarizeController</name>
    <message>
        <location filename="../../../app/ui/summarize.py" line="+284"/>
        <source>&amp;Summarize document…</source>
        <translation>&amp;Riassumi documento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize a PDF, Word (.docx), web page (.html), Markdown or plain-text file</source>
        <translation>Riassumi un file PDF, Word (.docx), pagina web (.html), Markdown o di testo semplice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A document is already being summarized; wait or cancel it.</source>
        <translation>È già in corso il riassunto di un documento; attenda o lo annulli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>Il riassunto è stato annullato; non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Summarize {count} documents</source>
        <translation>Riassumi {count} documenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarize {names} one after another or together?</source>
        <translation>Riassumere {names} uno dopo l’altro o insieme?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One after another</source>
        <translation>Uno dopo l’altro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A summary of each document, each in its own chat</source>
        <translation>Un riassunto per ogni documento, ciascuno nella propria chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>Insieme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One summary of all of them</source>
        <translation>Un unico riassunto di tutti</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} documents</source>
        <translation>{count} documenti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pasted text</source>
        <translation>Testo incollato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a model first, then summarize the document.</source>
        <translation>Scelga prima un modello, poi riassuma il documento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth is still answering; stop it first.</source>
        <translation>Hearth sta ancora rispondendo; lo interrompa prima.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context to read it in one pass? It needs about {needed} of the {available} of memory free now.</source>
        <translation>«{document}» è lungo per il contesto di {current} token di {model}. Ricaricare {model} con un contesto di {n_ctx} token per leggerlo in una sola passata? Servono circa {needed} dei {available} di memoria ora liberi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context for fewer, larger parts (the whole document does not fit)? It needs about {needed} of the {available} of memory free now.</source>
        <translation>«{document}» è lungo per il contesto di {current} token di {model}. Ricaricare {model} con un contesto di {n_ctx} token per avere meno parti, più grandi (il documento intero non ci sta)? Servono circa {needed} dei {available} di memoria ora liberi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A larger context for this document</source>
        <translation>Un contesto più ampio per questo documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload with {n_ctx} tokens</source>
        <translation>Ricarica con {n_ctx} token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize in parts</source>
        <translation>Riassumi per parti</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading {model} with a {n_ctx}-token context for this document…</source>
        <translation>Caricamento di {model} con un contesto di {n_ctx} token per questo documento…</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location line="-431"/>
        <source>Summarize a document</source>
        <translation>Riassumi un documento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PDF, Word, web page, Markdown or text file</source>
        <translation>Un file PDF, Word, pagina web, Markdown o di testo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or paste the text to summarize here</source>
        <translation>…oppure incolli qui il testo da riassumere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Testo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short summary</source>
        <translation>Un riassunto breve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bullet points</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detailed summary</source>
        <translation>Un riassunto dettagliato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style:</source>
        <translation>Stile:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarize</source>
        <translation>Riassumi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a document</source>
        <translation>Scegli un documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({patterns})</source>
        <translation>Documenti ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>SummaryProgressDialog</name>
    <message>
        <location line="+16"/>
        <source>Summarizing {name}</source>
        <translation>Riassunto di {name} in corso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {name}…</source>
        <translation>Lettura di {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary appears here as it is written.</source>
        <translation>Il riassunto compare qui mentre viene scritto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../../app/ui/tool_approval.py" line="+80"/>
        <source>ok</source>
        <comment>tool call status</comment>
        <translation>riuscito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <comment>tool call status</comment>
        <translation>errore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <comment>tool call status</comment>
        <translation>negato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>tool call status</comment>
        <translation>annullato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <comment>tool call status</comment>
        <translation>saltato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**Tool** `{call}` — {status}</source>
        <translation>**Strumento** `{call}` — {status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calling {calls}</source>
        <translation>Chiamata a {calls}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allow this tool call?</source>
        <translation>Consentire questa chiamata a uno strumento?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It only reads information.</source>
        <translation>Legge soltanto informazioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can change things on this computer or open other programs.</source>
        <translation>Può modificare elementi su questo computer o aprire altri programmi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model wants to run &lt;b&gt;{tool}&lt;/b&gt;: {description}</source>
        <translation>Il modello vuole eseguire &lt;b&gt;{tool}&lt;/b&gt;: {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>Fornito da &lt;b&gt;{origin}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arguments:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow once</source>
        <translation>Consenti una volta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always allow {tool}</source>
        <translation>Consenti sempre {tool}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deny</source>
        <translation>Nega</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <location line="+246"/>
        <source>The file tools need at least one folder; they stay off.</source>
        <translation>Gli strumenti per i file richiedono almeno una cartella; restano disattivati.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no question to answer again.</source>
        <translation>Non c’è nessuna domanda a cui rispondere di nuovo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stopped</source>
        <translation>interrotto</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <location line="-263"/>
        <source>Tools for this chat</source>
        <translation>Strumenti per questa chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model may call these tools in this chat:</source>
        <translation>Il modello può chiamare questi strumenti in questa chat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} — {what}</source>
        <translation>{group} — {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>MCP server {name} — {target}</source>
        <translation>Server MCP {name} — {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {description} (your tool)</source>
        <translation>{name} — {description} (il Suo strumento)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled: turn it on in Settings ▸ My tools first.</source>
        <translation>Disattivato: lo attivi prima in Impostazioni ▸ I miei strumenti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask before every tool call</source>
        <translation>Chiedi prima di ogni chiamata a uno strumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run read-only tools without asking</source>
        <translation>Esegui senza chiedere gli strumenti di sola lettura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every tool without asking (opening files and links still asks)</source>
        <translation>Esegui tutti gli strumenti senza chiedere (l’apertura di file e link chiede comunque)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval:</source>
        <translation>Approvazione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders the file tools may read:</source>
        <translation>Cartelle che gli strumenti per i file possono leggere:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add folder…</source>
        <translation>Aggiungi cartella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a safe calculator</source>
        <translation>una calcolatrice sicura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current date and time, time zones</source>
        <translation>data e ora correnti, fusi orari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit conversion</source>
        <translation>conversione di unità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, search and read files in approved folders</source>
        <translation>elencare, cercare e leggere file nelle cartelle approvate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory, disk and battery</source>
        <translation>memoria, disco e batteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a link or file with the default app (always asks)</source>
        <translation>aprire un link o un file con l’app predefinita (chiede sempre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the file tools may read</source>
        <translation>Cartella che gli strumenti per i file possono leggere</translation>
    </message>
</context>
</TS>
