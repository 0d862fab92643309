<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>core</name>
    <message>
        <location filename="../../../app/core/chat/context.py" line="+81"/>
        <location filename="../../../app/core/remote.py" line="+769"/>
        <location filename="../../../app/core/vision/engine.py" line="+251"/>
        <location line="+124"/>
        <source>There is nothing to send.</source>
        <translation>Non c&apos;è nulla da inviare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message first.</source>
        <translation>Scriva prima un messaggio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is empty.</source>
        <translation>Il Suo messaggio è vuoto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type something to send.</source>
        <translation>Scriva qualcosa da inviare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room kept for the answer ({reserve} tokens) fills the model&apos;s whole context of {n_ctx} tokens.</source>
        <translation>Lo spazio riservato alla risposta ({reserve} token) occupa l&apos;intero contesto del modello, di {n_ctx} token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the answer length or raise the context size in Settings.</source>
        <translation>Riduca la lunghezza della risposta o aumenti la dimensione del contesto nelle Impostazioni.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your message is {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Il Suo messaggio è di {tokens} token, ma il contesto del modello ne contiene {n_ctx} (di cui {reserve} riservati alla risposta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../app/core/vision/engine.py" line="+21"/>
        <source>Shorten it or raise the context size in Settings.</source>
        <translation>Lo accorci o aumenti la dimensione del contesto nelle Impostazioni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message and the system prompt together are {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Il Suo messaggio e il prompt di sistema insieme sono di {tokens} token, ma il contesto del modello ne contiene {n_ctx} (di cui {reserve} riservati alla risposta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorten them or raise the context size in Settings.</source>
        <translation>Li accorci o aumenti la dimensione del contesto nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/readers.py" line="+83"/>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} è una cartella, non un documento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: there is nothing to summarize.</source>
        <translation>{file} è vuoto: non c&apos;è nulla da riassumere.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This PDF has no text layer; OCR is not available. {file} looks like a scanned document (its pages are images), so Hearth cannot read its words.</source>
        <translation>Questo PDF non ha un livello di testo e il riconoscimento del testo (OCR) non è disponibile. {file} sembra un documento scansionato (le sue pagine sono immagini), quindi Hearth non può leggerne le parole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through an OCR program to add a text layer, then try again.</source>
        <translation>Lo elabori con un programma OCR per aggiungere un livello di testo, poi riprovi.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{file} is an image; Hearth summarizes text and OCR is not available.</source>
        <translation>{file} è un&apos;immagine; Hearth riassume testi e il riconoscimento del testo (OCR) non è disponibile.</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Supported: {formats}.</source>
        <translation>Formati supportati: {formats}.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save it as .docx (Word ▸ Save As) and try again.</source>
        <translation>Lo salvi come .docx (Word ▸ Salva con nome) e riprovi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or PDF and try again.</source>
        <translation>Lo salvi come .docx o PDF e riprovi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or plain text and try again.</source>
        <translation>Lo salvi come .docx o testo semplice e riprovi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it as .docx or PDF and try again.</source>
        <translation>Lo esporti come .docx o PDF e riprovi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to PDF or plain text and try again.</source>
        <translation>Lo converta in PDF o testo semplice e riprovi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, Word (.docx), web pages (.html), Markdown and plain text</source>
        <translation>PDF, Word (.docx), pagine web (.html), Markdown e testo semplice</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} does not exist.</source>
        <translation>{path} non esiste.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{file} is not a PDF file (it does not start like one).</source>
        <translation>{file} non è un file PDF (non inizia come tale).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>{file} is protected by a password, so Hearth cannot read it.</source>
        <translation>{file} è protetto da una password, quindi Hearth non può leggerlo.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open it in a PDF viewer, save an unprotected copy, and summarize that.</source>
        <translation>Lo apra in un visualizzatore PDF, salvi una copia non protetta e riassuma quella.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file} has no pages.</source>
        <translation>{file} non ha pagine.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} is password-protected or an old-format Word file, so Hearth cannot read it.</source>
        <translation>{file} è protetto da password o è un file Word in formato vecchio, quindi Hearth non può leggerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it in Word and save an unprotected .docx copy.</source>
        <translation>Lo apra in Word e salvi una copia .docx non protetta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged or not a Word (.docx) document.</source>
        <translation>{file} è danneggiato o non è un documento Word (.docx).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} has no text to summarize.</source>
        <translation>{file} non contiene testo da riassumere.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no readable main text.</source>
        <translation>{file} non ha un testo principale leggibile.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hearth cannot summarize {suffix} files ({file}).</source>
        <translation>Hearth non può riassumere i file {suffix} ({file}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth cannot summarize files without an extension ({file}).</source>
        <translation>Hearth non può riassumere i file senza estensione ({file}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} does not contain readable text (it looks like a binary file with a document&apos;s extension).</source>
        <translation>{file} non contiene testo leggibile (sembra un file binario con l&apos;estensione di un documento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file.</source>
        <translation>Verifichi che sia il file giusto.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/summarize.py" line="+147"/>
        <source>Summary cancelled; nothing was saved.</source>
        <translation>Riassunto annullato; non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading “{name}”…</source>
        <translation>Lettura di «{name}»…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing the summary of {tokens} tokens…</source>
        <translation>Scrittura del riassunto di {tokens} token…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+130"/>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Reading the document ({tokens} tokens)…</source>
        <translation>Lettura del documento ({tokens} token)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the document: {percent}% of {tokens} tokens…</source>
        <translation>Lettura del documento: {percent}% di {tokens} token…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing part {n} of {total} ({label})…</source>
        <translation>Riassunto della parte {n} di {total} ({label})…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarizing part {n} of {total}…</source>
        <translation>Riassunto della parte {n} di {total}…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Combining notes, step {level} ({n} of {total})…</source>
        <translation>Unione delle note, passo {level} ({n} di {total})…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the summary…</source>
        <translation>Scrittura del riassunto…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts.</source>
        <translation>«{name}» ha {tokens} token, più di quanti ne contenga il contesto di {n_ctx} token di questo modello lasciando spazio per la risposta, quindi è stato riassunto in {parts} parti.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts. Memory allows a context of up to {limit} tokens: set the context size to {wanted} or more in Settings to summarize it in one pass.</source>
        <translation>«{name}» ha {tokens} token, più di quanti ne contenga il contesto di {n_ctx} token di questo modello lasciando spazio per la risposta, quindi è stato riassunto in {parts} parti. La memoria consente un contesto fino a {limit} token: imposti la dimensione del contesto a {wanted} o più nelle Impostazioni per riassumerlo in un solo passaggio.</translation>
    </message>
    <message>
        <location filename="../../../app/core/engine/llamacpp.py" line="+166"/>
        <source>{file} is part of a vision model ({architecture}); it cannot be opened as a text model.</source>
        <extracomment>Pick greedy and top-k tokens from a numpy shortlist (see _shortlist_size); the full-vocabulary path stays for comparison.</extracomment>
        <translation>{file} fa parte di un modello di visione ({architecture}); non può essere aperto come modello di testo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it as an image Q&amp;A model instead.</source>
        <translation>Lo apra invece come modello di domande e risposte sulle immagini.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The GPU could not be used ({reason}); Hearth runs on the CPU.</source>
        <translation>Non è stato possibile usare la GPU ({reason}); Hearth funziona sulla CPU.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} holds a &apos;{architecture}&apos; model, an architecture this version of llama.cpp cannot run.</source>
        <translation>{file} contiene un modello «{architecture}», un&apos;architettura che questa versione di llama.cpp non può eseguire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a Llama 3.2 model, or update Hearth.</source>
        <translation>Scelga un modello Llama 3.2 o aggiorni Hearth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not load {file}: {reason}.</source>
        <translation>llama.cpp non è riuscito a caricare {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>llama.cpp could not create a {n_ctx}-token context for {file}: {reason}.</source>
        <translation>llama.cpp non è riuscito a creare un contesto di {n_ctx} token per {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the context size in Settings.</source>
        <translation>Riduca la dimensione del contesto nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../../app/core/licence.py" line="+128"/>
        <source>a Llama 3.2 Vision model (architecture “mllama”)</source>
        <translation>un modello Llama 3.2 Vision (architettura «mllama»)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vision projector, the image half of a Llama 3.2 Vision model</source>
        <translation>un proiettore di visione, la metà per le immagini di un modello Llama 3.2 Vision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Llama Guard 3 Vision model</source>
        <translation>un modello Llama Guard 3 Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Llama 3.2 Vision model (by its name)</source>
        <translation>un modello Llama 3.2 Vision (in base al nome)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>that you use Hearth for a company whose principal place of business is in {country} ({code})</source>
        <translation>di usare Hearth per un&apos;azienda con sede principale in {country} ({code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that you use Hearth as an individual domiciled in {country} ({code})</source>
        <translation>di usare Hearth come privato domiciliato in {country} ({code})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Llama 3.2 text models carry no regional limit.</source>
        <translation>I modelli di testo Llama 3.2 non hanno alcun limite regionale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth has no licence declaration from you yet.</source>
        <translation>Hearth non ha ancora una Sua dichiarazione di licenza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your licence declaration was for an earlier licence version; please answer again.</source>
        <translation>La Sua dichiarazione di licenza riguardava una versione precedente della licenza; risponda di nuovo, per favore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your licence declaration is incomplete.</source>
        <translation>La Sua dichiarazione di licenza è incompleta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the {licence} does not grant the rights to the Llama 3.2 vision models to an individual domiciled in, or a company with its principal place of business in, the European Union, and you declared {declaration}</source>
        <translation>la {licence} non concede i diritti sui modelli di visione Llama 3.2 a persone fisiche domiciliate nell&apos;Unione europea né ad aziende con sede principale nell&apos;Unione europea, e Lei ha dichiarato {declaration}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared {declaration}, outside the European Union.</source>
        <translation>Lei ha dichiarato {declaration}, al di fuori dell&apos;Unione europea.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hearth will not load {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth non caricherà {subject}: è {what}, e {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can load {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth ha bisogno della Sua dichiarazione di licenza prima di poter caricare {subject}: è {what}, e la licenza Llama 3.2 non concede i modelli di visione a persone e aziende nell&apos;Unione europea. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not download {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth non scaricherà {subject}: è {what}, e {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can download {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth ha bisogno della Sua dichiarazione di licenza prima di poter scaricare {subject}: è {what}, e la licenza Llama 3.2 non concede i modelli di visione a persone e aziende nell&apos;Unione europea. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not use {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth non userà {subject}: è {what}, e {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth needs your licence declaration before it can use {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth ha bisogno della Sua dichiarazione di licenza prima di poter usare {subject}: è {what}, e la licenza Llama 3.2 non concede i modelli di visione a persone e aziende nell&apos;Unione europea. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may still use products and services that include the vision models; Hearth&apos;s check is only about your own use. If your answers were wrong, change them in Settings ▸ Licence declaration… or with `hearth licence declare`. {advice} Licence: {licence_url} Use policy: {use_policy_url}</source>
        <translation>I modelli di testo Llama 3.2 (1B, 3B) restano pienamente disponibili. Gli utenti finali nell&apos;UE possono comunque usare prodotti e servizi che includono i modelli di visione; il controllo di Hearth riguarda solo il Suo uso personale. Se le Sue risposte erano sbagliate, le modifichi in Impostazioni ▸ Dichiarazione di licenza… o con `hearth licence declare`. {advice} Licenza: {licence_url} Norme d&apos;uso: {use_policy_url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the question in the window, or run `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, or pass --domicile CC --as individual|company to this command. Text models need no declaration.</source>
        <translation>Risponda alla domanda nella finestra, oppure esegua `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, oppure passi --domicile CC --as individual|company a questo comando. I modelli di testo non richiedono alcuna dichiarazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Questa non è una consulenza legale: fanno fede la licenza ufficiale e le Norme d&apos;uso accettabile.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/download.py" line="+709"/>
        <source>Downloading {file} failed {failures} times in a row ({reason}).</source>
        <translation>Il download di {file} non è riuscito per {failures} volte di seguito ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connection and run the same command again: the {size} already downloaded are kept and it resumes.</source>
        <translation>Controlli la connessione ed esegua di nuovo lo stesso comando: i {size} già scaricati vengono conservati e il download riprende.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearth could not write {path}: {reason}.</source>
        <translation>Hearth non è riuscito a scrivere {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space; run the command again to resume.</source>
        <translation>Controlli lo spazio libero su disco; esegua di nuovo il comando per riprendere.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the same command again to download it afresh; if it fails again, the network or mirror (HF_ENDPOINT) is corrupting data.</source>
        <translation>Esegua di nuovo lo stesso comando per scaricarlo da capo; se non riesce ancora, la rete o il mirror (HF_ENDPOINT) stanno corrompendo i dati.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} failed its {algo} checksum: expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} non ha superato il checksum {algo}: atteso {algo} {expected}, ottenuto {got}. Il download danneggiato è stato eliminato e non è stato installato nulla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} failed its {algo} checksum (got {done} bytes of {size}): expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} non ha superato il checksum {algo} (ricevuti {done} byte su {size}): atteso {algo} {expected}, ottenuto {got}. Il download danneggiato è stato eliminato e non è stato installato nulla.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/gguf_file.py" line="+201"/>
        <source>There is no file at {path}.</source>
        <translation>Non c&apos;è alcun file in {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} è una cartella, non un file di modello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Hearth could not read {file}: {reason}.</source>
        <translation>Hearth non è riuscito a leggere {file}: {reason}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{file} is not a GGUF model file.</source>
        <translation>{file} non è un file di modello GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs GGUF files (for example Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch and other formats must be converted first.</source>
        <translation>Hearth esegue file GGUF (per esempio Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch e altri formati vanno prima convertiti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>{file} is truncated: it ends inside its header.</source>
        <translation>{file} è troncato: termina all&apos;interno della sua intestazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>The download was probably interrupted; download it again.</source>
        <translation>Probabilmente il download è stato interrotto; lo scarichi di nuovo.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{file} is a damaged GGUF file: {reason}.</source>
        <translation>{file} è un file GGUF danneggiato: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the file again.</source>
        <translation>Scarichi di nuovo il file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is truncated: {missing} of its weights are missing (the file has {size} of {expected}).</source>
        <translation>{file} è troncato: mancano {missing} dei suoi pesi (il file ha {size} su {expected}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} does not say which model architecture it holds.</source>
        <translation>{file} non indica quale architettura di modello contiene.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/local.py" line="+37"/>
        <source>The models folder already has a file called {file}.</source>
        <translation>La cartella dei modelli contiene già un file chiamato {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it first with `hearth models rm {name}`.</source>
        <translation>Lo rimuova prima con `hearth models rm {name}`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough free disk space for {what}: it needs {needed} ({needed_bytes} bytes) but only {free} ({free_bytes} bytes) is free on the disk that holds {where}.</source>
        <translation>Spazio libero su disco insufficiente per {what}: servono {needed} ({needed_bytes} byte), ma sul disco che contiene {where} sono liberi solo {free} ({free_bytes} byte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, or choose a smaller quantization.</source>
        <translation>Liberi spazio o scelga una quantizzazione più piccola.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The starter model comes with Hearth and cannot be removed.</source>
        <translation>Il modello iniziale è incluso in Hearth e non può essere rimosso.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/memory.py" line="+62"/>
        <source>a smaller model or quantization</source>
        <translation>un modello o una quantizzazione più piccoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller quantization</source>
        <translation>una quantizzazione più piccola</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close other apps, lower the context size (now {n_ctx} tokens), or choose {smaller} (for example Q4_K_M).</source>
        <translation>Chiuda altre applicazioni, riduca la dimensione del contesto (ora {n_ctx} token) o scelga {smaller} (per esempio Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close other apps, or choose {smaller} (for example Q4_K_M).</source>
        <translation>Chiuda altre applicazioni o scelga {smaller} (per esempio Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} needs about {total} ({weights} weights + {context} context + {compute} working memory), but only {available} of memory is free.</source>
        <translation>{name} richiede circa {total} ({weights} di pesi + {context} di contesto + {compute} di memoria di lavoro), ma sono liberi solo {available} di memoria.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Fits on the GPU ({needed} of {free} free).</source>
        <translation>Entra nella GPU ({needed} su {free} liberi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in memory ({needed} of {free} free).</source>
        <translation>Entra in memoria ({needed} su {free} liberi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits in memory, partly on the GPU ({needed} of {free} free).</source>
        <translation>Entra in memoria, in parte sulla GPU ({needed} su {free} liberi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tight: needs {needed} of {free} free; close other apps or use a smaller context.</source>
        <translation>Al limite: richiede {needed} su {free} liberi; chiuda altre applicazioni o usi un contesto più piccolo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not fit: needs {needed}, {free} free.</source>
        <translation>Non entra: richiede {needed}, {free} liberi.</translation>
    </message>
    <message>
        <location filename="../../../app/core/session.py" line="+65"/>
        <source>There is nothing to send; type a message first.</source>
        <translation>Non c&apos;è nulla da inviare; scriva prima un messaggio.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no question to answer again.</source>
        <translation>Non c&apos;è nessuna domanda a cui rispondere di nuovo.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/engine.py" line="-105"/>
        <location filename="../../../app/core/vision/preprocess.py" line="+132"/>
        <source>There is no picture at {path}.</source>
        <translation>Non c&apos;è nessuna immagine in {path}.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+23"/>
        <source>The model is still answering; stop it first.</source>
        <translation>Il modello sta ancora rispondendo; lo fermi prima.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The prompt is {tokens} tokens but the model&apos;s context holds {n_ctx}.</source>
        <translation>Il prompt è di {tokens} token, ma il contesto del modello ne contiene {n_ctx}.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/preprocess.py" line="+8"/>
        <source>{file} is too large ({width}×{height} pixels).</source>
        <translation>{file} è troppo grande ({width}×{height} pixel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Use a picture of at most {megapixels} megapixels.</source>
        <translation>Usi un&apos;immagine di al massimo {megapixels} megapixel.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{file} is not a picture Hearth can read.</source>
        <translation>{file} non è un&apos;immagine che Hearth può leggere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PNG, JPEG, WebP, GIF or BMP file.</source>
        <translation>Usi un file PNG, JPEG, WebP, GIF o BMP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is too large to open safely.</source>
        <translation>{file} è troppo grande per essere aperta in sicurezza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} è danneggiata e non può essere letta ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/hub.py" line="+49"/>
        <location line="+53"/>
        <source>Hugging Face downloads are switched off (HF_HUB_OFFLINE is set).</source>
        <translation>I download da Hugging Face sono disattivati (HF_HUB_OFFLINE è impostata).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unset HF_HUB_OFFLINE to search or download models; installed models still work.</source>
        <translation>Rimuova HF_HUB_OFFLINE per cercare o scaricare modelli; i modelli installati continuano a funzionare.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unset HF_HUB_OFFLINE to download models.</source>
        <translation>Rimuova HF_HUB_OFFLINE per scaricare modelli.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{repo} was not found on {hub}.</source>
        <translation>{repo} non è stato trovato su {hub}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the repo name (owner/name), e.g. with `hearth models search`.</source>
        <translation>Controlli il nome del repository (proprietario/nome), per esempio con `hearth models search`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hugging Face answered HTTP {status} for {what}.</source>
        <translation>Hugging Face ha risposto HTTP {status} per {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>Riprovi più tardi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach {hub} ({reason}).</source>
        <translation>Impossibile raggiungere {hub} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, or set HF_ENDPOINT to a mirror.</source>
        <translation>Controlli la connessione di rete o imposti HF_ENDPOINT su un mirror.</translation>
    </message>
    <message>
        <location filename="../../../app/core/remote.py" line="-407"/>
        <source>{where} did not accept a connection within {seconds} s.</source>
        <translation>{where} non ha accettato una connessione entro {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the computer is on and reachable from here.</source>
        <translation>Verifichi che il computer sia acceso e raggiungibile da qui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} stopped answering for {seconds} s.</source>
        <translation>{where} ha smesso di rispondere per {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may be overloaded; try again, or raise the timeout in Settings ▸ Servers.</source>
        <translation>Il server potrebbe essere sovraccarico; riprovi o aumenti il tempo di attesa in Impostazioni ▸ Server.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot reach {where} ({reason}).</source>
        <translation>Impossibile raggiungere {where} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and that the server is running.</source>
        <translation>Controlli l&apos;indirizzo e che il server sia in esecuzione.</translation>
    </message>
</context>
</TS>
