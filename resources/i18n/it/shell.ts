<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../app/ui/about_dialog.py" line="+33"/>
        <source>The licence text ({name}) is missing from this installation.</source>
        <translation>Il testo della licenza ({name}) manca in questa installazione.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Hearth</source>
        <translation>Informazioni su Hearth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A private, offline assistant. Everything runs on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un assistente privato e offline. Tutto viene eseguito su questo computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models, licensed under the Llama 3.2 Community License.</source>
        <translation>Hearth esegue i modelli Llama 3.2 di Meta, concessi in licenza con la Llama 3.2 Community License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Llama 3.2 licence</source>
        <translation>Licenza Llama 3.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party</source>
        <translation>Terze parti</translation>
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
        <translation>Qualcosa è andato storto: {error}. I dettagli sono nel registro.</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../../app/ui/first_run.py" line="+80"/>
        <source>&lt;b&gt;You are chatting with the starter model&lt;/b&gt; (SmolLM2 135M Instruct): it runs on any computer, fully offline, but it is small and often wrong. For real answers use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Sta chattando con il modello iniziale&lt;/b&gt; (SmolLM2 135M Instruct): funziona su qualsiasi computer, completamente offline, ma è piccolo e spesso sbaglia. Per risposte affidabili usi &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the size that fits this computer&apos;s free memory.</source>
        <translation>È la dimensione adatta alla memoria libera di questo computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {model}</source>
        <translation>Usa {model}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download {model}</source>
        <translation>Scarica {model}</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../../app/ui/licence_dialog.py" line="+70"/>
        <source>You may use, copy, modify and share the models and what they produce, for free, for research and for commercial purposes, if you keep to the Acceptable Use Policy.</source>
        <translation>Può usare, copiare, modificare e condividere i modelli e ciò che producono, gratuitamente, per la ricerca e per scopi commerciali, se rispetta la Politica di utilizzo accettabile (Acceptable Use Policy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products and services with more than 700 million monthly active users need a separate licence from Meta.</source>
        <translation>I prodotti e i servizi con più di 700 milioni di utenti attivi mensili necessitano di una licenza separata da Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you share a Llama model or a product built with one, you include a copy of the licence and show &quot;Built with Llama&quot; in the product&apos;s documentation or interface.</source>
        <translation>Se condivide un modello Llama o un prodotto realizzato con esso, deve includere una copia della licenza e mostrare &quot;Built with Llama&quot; nella documentazione o nell&apos;interfaccia del prodotto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Vision models (Llama 3.2 11B and 90B Vision):** the rights to these multimodal models are not granted to individuals domiciled in, or companies with their principal place of business in, the European Union. End users in the EU may still use products and services that include them. Hearth asks where you are before it downloads or loads a vision model; if you use Hearth for a company, the company&apos;s principal place of business decides. For this, the EU includes its outermost regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, the Azores, Madeira, the Canary Islands) and Åland; Norway, Iceland, Liechtenstein, Switzerland, the United Kingdom, Greenland and the Faroe Islands are not in it.</source>
        <translation>**Modelli di visione (Llama 3.2 11B e 90B Vision):** i diritti su questi modelli multimodali non sono concessi alle persone domiciliate nell&apos;Unione europea né alle aziende con sede principale di attività nell&apos;Unione europea. Gli utenti finali nell&apos;UE possono comunque usare prodotti e servizi che li includono. Hearth chiede dove si trova prima di scaricare o caricare un modello di visione; se usa Hearth per un&apos;azienda, conta la sede principale di attività dell&apos;azienda. A questo fine l&apos;UE comprende le sue regioni ultraperiferiche (Guyana francese, Guadalupa, Martinica, Riunione, Mayotte, Saint-Martin, le Azzorre, Madera, le Isole Canarie) e le Åland; Norvegia, Islanda, Liechtenstein, Svizzera, Regno Unito, Groenlandia e Isole Fær Øer non ne fanno parte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Acceptable Use Policy forbids, among other things, using the models for illegal activity, to harm people, to deceive, or to generate content that endangers others.</source>
        <translation>La Politica di utilizzo accettabile vieta, tra l&apos;altro, di usare i modelli per attività illegali, per danneggiare persone, per ingannare o per generare contenuti che mettono in pericolo altri.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Llama 3.2 — the licence in plain words</source>
        <translation>Llama 3.2 — la licenza in parole semplici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models on your computer. The models are not part of Hearth&apos;s own code: each one comes with the **Llama 3.2 Community License Agreement** and the **Llama 3.2 Acceptable Use Policy**, which you accept when you download a Llama model.</source>
        <translation>Hearth esegue i modelli Llama 3.2 di Meta sul suo computer. I modelli non fanno parte del codice di Hearth: ciascuno è accompagnato dal **Llama 3.2 Community License Agreement** e dalla **Llama 3.2 Acceptable Use Policy**, che accetta quando scarica un modello Llama.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they say, in short (the official texts decide; read them):</source>
        <translation>Cosa dicono, in breve (fanno fede i testi ufficiali; li legga):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This summary is not legal advice. Official texts:</source>
        <translation>Questo riepilogo non è una consulenza legale. Testi ufficiali:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licenza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable Use Policy:</source>
        <translation>Politica di utilizzo accettabile:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Llama 3.2 vision models: licence</source>
        <translation>Modelli di visione Llama 3.2: licenza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{model}&lt;/b&gt; is a Llama 3.2 vision model.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt; è un modello di visione Llama 3.2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Llama 3.2 licence does not grant the vision models to individuals domiciled in, or companies with their principal place of business in, the European Union. Hearth therefore asks you — it does not guess. Text models are not affected.</source>
        <translation>La licenza Llama 3.2 non concede i modelli di visione alle persone domiciliate nell&apos;Unione europea né alle aziende con sede principale di attività nell&apos;Unione europea. Per questo Hearth glielo chiede: non tira a indovinare. I modelli di testo non sono interessati.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Official texts: {licence} · {policy}.</source>
        <translation>Testi ufficiali: {licence} · {policy}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptable Use Policy</source>
        <translation>Politica di utilizzo accettabile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End users of products that include a vision model are not limited, in the EU or elsewhere; this question is only about your own use of Hearth.</source>
        <translation>Gli utenti finali di prodotti che includono un modello di visione non sono limitati, nell&apos;UE o altrove; questa domanda riguarda solo il suo uso personale di Hearth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Questa non è una consulenza legale: fanno fede la licenza ufficiale e la Politica di utilizzo accettabile.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country where you live:</source>
        <translation>Paese in cui vive:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For myself, as an individual</source>
        <translation>Per me stesso, come privato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a company or organisation</source>
        <translation>Per un&apos;azienda o un&apos;organizzazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I use Hearth:</source>
        <translation>Uso Hearth:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a company, its principal place of business decides, not where you live.</source>
        <translation>Per un&apos;azienda conta la sua sede principale di attività, non il luogo in cui vive lei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company&apos;s principal place of business:</source>
        <translation>Sede principale di attività dell&apos;azienda:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have read and accept the {licence} and the Acceptable Use Policy</source>
        <translation>Ho letto e accetto la {licence} e la Politica di utilizzo accettabile</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your current answers; change what is no longer true.</source>
        <translation>Le sue risposte attuali; modifichi ciò che non è più vero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-selected from your system&apos;s region ({country}). Please check it: only your answer counts.</source>
        <translation>Preselezionato in base alla regione del suo sistema ({country}). Lo verifichi: conta solo la sua risposta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the country you live in.</source>
        <translation>Scelga il paese in cui vive.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say whether you use Hearth for yourself or for a company.</source>
        <translation>Indichi se usa Hearth per sé o per un&apos;azienda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With these answers the licence does not grant you the Llama 3.2 vision models: Hearth will not download or load them. Text models stay available.</source>
        <translation>Con queste risposte la licenza non le concede i modelli di visione Llama 3.2: Hearth non li scaricherà né li caricherà. I modelli di testo restano disponibili.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With these answers the regional limit does not apply to you.</source>
        <translation>Con queste risposte la limitazione regionale non si applica a lei.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} was not downloaded: the licence question was not answered.</source>
        <translation>{model} non è stato scaricato: la domanda sulla licenza non ha avuto risposta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} was not loaded: the licence question was not answered.</source>
        <translation>{model} non è stato caricato: la domanda sulla licenza non ha avuto risposta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} was not downloaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} non è stato scaricato: è un modello di visione Llama 3.2 e la sua licenza dipende da dove vive, quindi Hearth chiede prima. Riprovi per rispondere, oppure inserisca le sue risposte in Impostazioni ▸ Dichiarazione di licenza…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} was not loaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} non è stato caricato: è un modello di visione Llama 3.2 e la sua licenza dipende da dove vive, quindi Hearth chiede prima. Riprovi per rispondere, oppure inserisca le sue risposte in Impostazioni ▸ Dichiarazione di licenza…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="+71"/>
        <source>Open a GGUF file…</source>
        <translation>Apri un file GGUF…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft: {share} accepted ({accepted}/{drafted})</source>
        <translation>Bozza: {share} accettato ({accepted}/{drafted})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{speedup}× plain</source>
        <translation>~{speedup}× rispetto a senza bozza</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+701"/>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>{n} tokens</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first token {ms} ms</source>
        <translation>primo token in {ms} ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} old messages left out to fit the context</source>
        <translation>{n} messaggi vecchi esclusi per rientrare nel contesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+488"/>
        <location line="+235"/>
        <source>stopped</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <location line="-721"/>
        <source>cut off at the length limit</source>
        <translation>troncato al limite di lunghezza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the safety check</source>
        <translation>interrotto dal controllo di sicurezza</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search conversations</source>
        <translation>Cerca nelle conversazioni</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Models…</source>
        <translation>Modelli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Llama models, import GGUF files, see what fits</source>
        <translation>Scarica modelli Llama, importa file GGUF, scopri cosa ci sta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Message Hearth (Enter sends, Shift+Enter for a new line)</source>
        <translation>Messaggio per Hearth (Invio invia, Maiusc+Invio per andare a capo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+596"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location line="-585"/>
        <location line="+234"/>
        <location line="+49"/>
        <source>No model loaded</source>
        <translation>Nessun modello caricato</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuova chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Apri file del modello…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Esporta chat come &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Esporta chat come &amp;JSON…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelli…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools for this &amp;chat…</source>
        <translation>Strumenti per questa &amp;chat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MCP servers…</source>
        <translation>Server &amp;MCP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Hearth</source>
        <translation>&amp;Informazioni su Hearth</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (starter)</source>
        <translation>{name} (iniziale)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>☁ {model} (remote)</source>
        <translation>☁ {model} (remoto)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>☁ {model} — {server} (remote)</source>
        <translation>☁ {model} — {server} (remoto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs on {url}: your messages go to that computer.</source>
        <translation>Viene eseguito su {url}: i suoi messaggi vanno a quel computer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No model is installed yet. Open a GGUF file (File ▸ Open model file…), for example Llama-3.2-1B-Instruct-Q4_K_M.gguf.</source>
        <translation>Non è ancora installato alcun modello. Apra un file GGUF (File ▸ Apri file del modello…), ad esempio Llama-3.2-1B-Instruct-Q4_K_M.gguf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model</source>
        <translation>Apri un modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelli GGUF (*.gguf);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model is already loading; wait a moment.</source>
        <translation>È già in caricamento un modello; attenda un momento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading {model}…</source>
        <translation>Caricamento di {model}…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{model} · on {host} · {n_ctx}-token context</source>
        <translation>{model} · su {host} · contesto di {n_ctx} token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} · {n_ctx}-token context · {threads} threads</source>
        <translation>{model} · contesto di {n_ctx} token · {threads} thread</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} GPU layers</source>
        <translation>{n} layer sulla GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☁ Remote · {host}</source>
        <translation>☁ Remoto · {host}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation goes to another computer ({host}): {where}.</source>
        <translation>Questa conversazione va a un altro computer ({host}): {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: {model}</source>
        <translation>Bozza: {model}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{model} (still loaded)</source>
        <translation>{model} (ancora caricato)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cut off: the answer did not arrive in full</source>
        <translation>troncata: la risposta non è arrivata per intero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: it did not fit or failed</source>
        <translation>non inviato: non ci stava o non è riuscito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation>Esporta come Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>Esporta come JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename chat</source>
        <translation>Rinomina chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete chat</source>
        <translation>Elimina chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>Eliminare «{title}»?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export chat</source>
        <translation>Esporta chat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>Impossibile salvare {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A document is being summarized; send when it is done, or cancel it.</source>
        <translation>È in corso il riassunto di un documento; invii quando è finito, oppure lo annulli.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is still loading; your message is kept in the box.</source>
        <translation>Il modello è ancora in caricamento; il suo messaggio resta nella casella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>Scelga prima un modello.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model cannot see pictures: choose a Llama 3.2 Vision model, or remove the picture.</source>
        <translation>Questo modello non vede le immagini: scelga un modello Llama 3.2 Vision o rimuova l&apos;immagine.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new language applies the next time Hearth starts.</source>
        <translation>La nuova lingua verrà applicata al prossimo avvio di Hearth.</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../app/ui/settings_dialog.py" line="+54"/>
        <source>GPU layers set to *Automatic* are chosen from the free memory of the largest GPU, the model&apos;s size and the context size; a GPU that fails to start falls back to the CPU with a notice. See the README for CUDA, Metal and Vulkan builds.</source>
        <translation>I layer sulla GPU impostati su *Automatico* vengono scelti in base alla memoria libera della GPU più grande, alla dimensione del modello e a quella del contesto; se una GPU non si avvia, si passa alla CPU con un avviso. Per le build CUDA, Metal e Vulkan consulti il README.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threads, context size and GPU layers are remembered for &lt;b&gt;{model}&lt;/b&gt;; other models keep their own.</source>
        <translation>Thread, dimensione del contesto e layer sulla GPU vengono memorizzati per &lt;b&gt;{model}&lt;/b&gt;; gli altri modelli mantengono i propri.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic ({cores} physical cores)</source>
        <translation>Automatico ({cores} core fisici)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads:</source>
        <translation>Thread della CPU:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context size:</source>
        <translation>Dimensione del contesto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (from free GPU memory)</source>
        <translation>Automatico (in base alla memoria GPU libera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU: 0 runs on the CPU only, 999 puts every layer on the GPU.</source>
        <translation>Layer da eseguire sulla GPU: 0 usa solo la CPU, 999 mette tutti i layer sulla GPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers:</source>
        <translation>Layer sulla GPU:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 always picks the likeliest word; higher is more varied.</source>
        <translation>0 sceglie sempre la parola più probabile; valori più alti danno più varietà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest answer:</source>
        <translation>Risposta più lunga:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions for every new chat (optional)</source>
        <translation>Istruzioni per ogni nuova chat (facoltative)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt:</source>
        <translation>Prompt di sistema:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence declaration…</source>
        <translation>Dichiarazione di licenza…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you live and whether you use Hearth for a company: decides whether the Llama 3.2 vision models&apos; licence covers you.</source>
        <translation>Dove vive e se usa Hearth per un&apos;azienda: da questo dipende se la licenza dei modelli di visione Llama 3.2 la copre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vision licence:</source>
        <translation>Licenza visione:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Hearth starts.</source>
        <translation>Una nuova lingua viene applicata al prossimo avvio di Hearth.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local server</source>
        <translation>Server locale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My tools</source>
        <translation>I miei strumenti</translation>
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
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A small model with the same vocabulary (e.g. Llama 3.2 1B for Llama 3.1 8B) guesses ahead and this model checks its guesses in batches: the same answers, usually faster.</source>
        <translation>Un modello piccolo con lo stesso vocabolario (ad es. Llama 3.2 1B per Llama 3.1 8B) anticipa le parole e questo modello ne verifica le ipotesi a blocchi: le stesse risposte, di solito più in fretta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft model:</source>
        <translation>Modello bozza:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not declared yet: Hearth asks before a vision model is used.</source>
        <translation>Non ancora dichiarato: Hearth chiederà prima di usare un modello di visione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>consentiti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>bloccati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company in {country}: vision models {verdict}</source>
        <translation>Azienda in {country}: modelli di visione {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual in {country}: vision models {verdict}</source>
        <translation>Privato in {country}: modelli di visione {verdict}</translation>
    </message>
</context>
<context>
    <name>StreamWorker</name>
    <message>
        <location filename="../../../app/ui/workers.py" line="-48"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Qualcosa è andato storto: {error}. I dettagli sono nel registro.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../../app/ui/main.py" line="+65"/>
        <source>Hearth cannot open your conversations</source>
        <translation>Hearth non riesce ad aprire le sue conversazioni</translation>
    </message>
</context>
</TS>
