<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>core</name>
    <message>
        <location filename="../../../app/core/chat/context.py" line="+81"/>
        <location filename="../../../app/core/remote.py" line="+769"/>
        <location filename="../../../app/core/vision/engine.py" line="+251"/>
        <location line="+124"/>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message first.</source>
        <translation>Escriba primero un mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is empty.</source>
        <translation>Su mensaje está vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type something to send.</source>
        <translation>Escriba algo para enviar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room kept for the answer ({reserve} tokens) fills the model&apos;s whole context of {n_ctx} tokens.</source>
        <translation>El espacio reservado para la respuesta ({reserve} tokens) ocupa todo el contexto del modelo, de {n_ctx} tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the answer length or raise the context size in Settings.</source>
        <translation>Reduzca la longitud de la respuesta o aumente el tamaño del contexto en Configuración.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your message is {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Su mensaje tiene {tokens} tokens, pero el contexto del modelo admite {n_ctx} (de los cuales {reserve} están reservados para la respuesta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../app/core/vision/engine.py" line="+21"/>
        <source>Shorten it or raise the context size in Settings.</source>
        <translation>Acórtelo o aumente el tamaño del contexto en Configuración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message and the system prompt together are {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Su mensaje y el prompt del sistema suman {tokens} tokens, pero el contexto del modelo admite {n_ctx} (de los cuales {reserve} están reservados para la respuesta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorten them or raise the context size in Settings.</source>
        <translation>Acórtelos o aumente el tamaño del contexto en Configuración.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/readers.py" line="+83"/>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} es una carpeta, no un documento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: there is nothing to summarize.</source>
        <translation>{file} está vacío: no hay nada que resumir.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This PDF has no text layer; OCR is not available. {file} looks like a scanned document (its pages are images), so Hearth cannot read its words.</source>
        <translation>Este PDF no tiene capa de texto y el reconocimiento de texto (OCR) no está disponible. {file} parece un documento escaneado (sus páginas son imágenes), por lo que Hearth no puede leer sus palabras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through an OCR program to add a text layer, then try again.</source>
        <translation>Páselo por un programa de OCR para añadirle una capa de texto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{file} is an image; Hearth summarizes text and OCR is not available.</source>
        <translation>{file} es una imagen; Hearth resume textos y el reconocimiento de texto (OCR) no está disponible.</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Supported: {formats}.</source>
        <translation>Formatos admitidos: {formats}.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save it as .docx (Word ▸ Save As) and try again.</source>
        <translation>Guárdelo como .docx (Word ▸ Guardar como) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or PDF and try again.</source>
        <translation>Guárdelo como .docx o PDF y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or plain text and try again.</source>
        <translation>Guárdelo como .docx o texto sin formato y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it as .docx or PDF and try again.</source>
        <translation>Expórtelo como .docx o PDF y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to PDF or plain text and try again.</source>
        <translation>Conviértalo a PDF o texto sin formato y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, Word (.docx), web pages (.html), Markdown and plain text</source>
        <translation>PDF, Word (.docx), páginas web (.html), Markdown y texto sin formato</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{file} is not a PDF file (it does not start like one).</source>
        <translation>{file} no es un archivo PDF (no empieza como uno).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>{file} is protected by a password, so Hearth cannot read it.</source>
        <translation>{file} está protegido con contraseña, por lo que Hearth no puede leerlo.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open it in a PDF viewer, save an unprotected copy, and summarize that.</source>
        <translation>Ábralo en un visor de PDF, guarde una copia sin protección y resuma esa copia.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file} has no pages.</source>
        <translation>{file} no tiene páginas.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} is password-protected or an old-format Word file, so Hearth cannot read it.</source>
        <translation>{file} está protegido con contraseña o es un archivo de Word de formato antiguo, por lo que Hearth no puede leerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it in Word and save an unprotected .docx copy.</source>
        <translation>Ábralo en Word y guarde una copia .docx sin protección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged or not a Word (.docx) document.</source>
        <translation>{file} está dañado o no es un documento de Word (.docx).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} has no text to summarize.</source>
        <translation>{file} no tiene texto que resumir.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no readable main text.</source>
        <translation>{file} no tiene texto principal legible.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hearth cannot summarize {suffix} files ({file}).</source>
        <translation>Hearth no puede resumir archivos {suffix} ({file}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth cannot summarize files without an extension ({file}).</source>
        <translation>Hearth no puede resumir archivos sin extensión ({file}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} does not contain readable text (it looks like a binary file with a document&apos;s extension).</source>
        <translation>{file} no contiene texto legible (parece un archivo binario con la extensión de un documento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file.</source>
        <translation>Compruebe que es el archivo correcto.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/summarize.py" line="+147"/>
        <source>Summary cancelled; nothing was saved.</source>
        <translation>Resumen cancelado; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading “{name}”…</source>
        <translation>Leyendo «{name}»…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing the summary of {tokens} tokens…</source>
        <translation>Escribiendo el resumen de {tokens} tokens…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+130"/>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Reading the document ({tokens} tokens)…</source>
        <translation>Leyendo el documento ({tokens} tokens)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the document: {percent}% of {tokens} tokens…</source>
        <translation>Leyendo el documento: {percent} % de {tokens} tokens…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing part {n} of {total} ({label})…</source>
        <translation>Resumiendo la parte {n} de {total} ({label})…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarizing part {n} of {total}…</source>
        <translation>Resumiendo la parte {n} de {total}…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Combining notes, step {level} ({n} of {total})…</source>
        <translation>Combinando notas, paso {level} ({n} de {total})…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the summary…</source>
        <translation>Escribiendo el resumen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts.</source>
        <translation>«{name}» tiene {tokens} tokens, más de los que admite el contexto de {n_ctx} tokens de este modelo dejando espacio para responder, así que se resumió en {parts} partes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts. Memory allows a context of up to {limit} tokens: set the context size to {wanted} or more in Settings to summarize it in one pass.</source>
        <translation>«{name}» tiene {tokens} tokens, más de los que admite el contexto de {n_ctx} tokens de este modelo dejando espacio para responder, así que se resumió en {parts} partes. La memoria permite un contexto de hasta {limit} tokens: configure el tamaño del contexto en {wanted} o más en Configuración para resumirlo de una sola vez.</translation>
    </message>
    <message>
        <location filename="../../../app/core/engine/llamacpp.py" line="+166"/>
        <source>{file} is part of a vision model ({architecture}); it cannot be opened as a text model.</source>
        <extracomment>Pick greedy and top-k tokens from a numpy shortlist (see _shortlist_size); the full-vocabulary path stays for comparison.</extracomment>
        <translation>{file} forma parte de un modelo de visión ({architecture}); no se puede abrir como modelo de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it as an image Q&amp;A model instead.</source>
        <translation>Ábralo en su lugar como modelo de preguntas sobre imágenes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The GPU could not be used ({reason}); Hearth runs on the CPU.</source>
        <translation>No se pudo usar la GPU ({reason}); Hearth se ejecuta en la CPU.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} holds a &apos;{architecture}&apos; model, an architecture this version of llama.cpp cannot run.</source>
        <translation>{file} contiene un modelo «{architecture}», una arquitectura que esta versión de llama.cpp no puede ejecutar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a Llama 3.2 model, or update Hearth.</source>
        <translation>Elija un modelo Llama 3.2 o actualice Hearth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not load {file}: {reason}.</source>
        <translation>llama.cpp no pudo cargar {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>llama.cpp could not create a {n_ctx}-token context for {file}: {reason}.</source>
        <translation>llama.cpp no pudo crear un contexto de {n_ctx} tokens para {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the context size in Settings.</source>
        <translation>Reduzca el tamaño del contexto en Configuración.</translation>
    </message>
    <message>
        <location filename="../../../app/core/licence.py" line="+128"/>
        <source>a Llama 3.2 Vision model (architecture “mllama”)</source>
        <translation>un modelo Llama 3.2 Vision (arquitectura «mllama»)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vision projector, the image half of a Llama 3.2 Vision model</source>
        <translation>un proyector de visión, la mitad de imagen de un modelo Llama 3.2 Vision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Llama Guard 3 Vision model</source>
        <translation>un modelo Llama Guard 3 Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Llama 3.2 Vision model (by its name)</source>
        <translation>un modelo Llama 3.2 Vision (por su nombre)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>that you use Hearth for a company whose principal place of business is in {country} ({code})</source>
        <translation>que usa Hearth para una empresa con sede principal en {country} ({code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that you use Hearth as an individual domiciled in {country} ({code})</source>
        <translation>que usa Hearth como particular domiciliado en {country} ({code})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Llama 3.2 text models carry no regional limit.</source>
        <translation>Los modelos de texto de Llama 3.2 no tienen ninguna limitación regional.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth has no licence declaration from you yet.</source>
        <translation>Hearth aún no tiene ninguna declaración de licencia suya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your licence declaration was for an earlier licence version; please answer again.</source>
        <translation>Su declaración de licencia correspondía a una versión anterior de la licencia; responda de nuevo, por favor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your licence declaration is incomplete.</source>
        <translation>Su declaración de licencia está incompleta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the {licence} does not grant the rights to the Llama 3.2 vision models to an individual domiciled in, or a company with its principal place of business in, the European Union, and you declared {declaration}</source>
        <translation>la {licence} no concede los derechos sobre los modelos de visión de Llama 3.2 a particulares domiciliados en la Unión Europea ni a empresas con sede principal en ella, y usted declaró {declaration}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared {declaration}, outside the European Union.</source>
        <translation>Usted declaró {declaration}, fuera de la Unión Europea.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hearth will not load {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth no cargará {subject}: es {what}, y {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can load {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth necesita su declaración de licencia antes de poder cargar {subject}: es {what}, y la licencia de Llama 3.2 no concede los modelos de visión a personas y empresas de la Unión Europea. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not download {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth no descargará {subject}: es {what}, y {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can download {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth necesita su declaración de licencia antes de poder descargar {subject}: es {what}, y la licencia de Llama 3.2 no concede los modelos de visión a personas y empresas de la Unión Europea. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not use {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth no usará {subject}: es {what}, y {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth needs your licence declaration before it can use {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth necesita su declaración de licencia antes de poder usar {subject}: es {what}, y la licencia de Llama 3.2 no concede los modelos de visión a personas y empresas de la Unión Europea. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may still use products and services that include the vision models; Hearth&apos;s check is only about your own use. If your answers were wrong, change them in Settings ▸ Licence declaration… or with `hearth licence declare`. {advice} Licence: {licence_url} Use policy: {use_policy_url}</source>
        <translation>Los modelos de texto de Llama 3.2 (1B, 3B) siguen plenamente disponibles. Los usuarios finales de la UE pueden seguir usando productos y servicios que incluyan los modelos de visión; la comprobación de Hearth solo se refiere a su propio uso. Si sus respuestas eran incorrectas, cámbielas en Configuración ▸ Declaración de licencia… o con `hearth licence declare`. {advice} Licencia: {licence_url} Política de uso: {use_policy_url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the question in the window, or run `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, or pass --domicile CC --as individual|company to this command. Text models need no declaration.</source>
        <translation>Responda a la pregunta en la ventana, o ejecute `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, o pase --domicile CC --as individual|company a este comando. Los modelos de texto no necesitan ninguna declaración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Esto no es asesoramiento jurídico: lo que rige son la licencia oficial y la Política de uso aceptable.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/download.py" line="+709"/>
        <source>Downloading {file} failed {failures} times in a row ({reason}).</source>
        <translation>La descarga de {file} falló {failures} veces seguidas ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connection and run the same command again: the {size} already downloaded are kept and it resumes.</source>
        <translation>Compruebe la conexión y vuelva a ejecutar el mismo comando: los {size} ya descargados se conservan y la descarga se reanuda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearth could not write {path}: {reason}.</source>
        <translation>Hearth no pudo escribir {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space; run the command again to resume.</source>
        <translation>Compruebe el espacio libre en disco; vuelva a ejecutar el comando para reanudar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the same command again to download it afresh; if it fails again, the network or mirror (HF_ENDPOINT) is corrupting data.</source>
        <translation>Vuelva a ejecutar el mismo comando para descargarlo de nuevo; si vuelve a fallar, la red o el espejo (HF_ENDPOINT) están corrompiendo los datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} failed its {algo} checksum: expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} no superó la suma de comprobación {algo}: se esperaba {algo} {expected} y se obtuvo {got}. La descarga dañada se eliminó y no se instaló nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} failed its {algo} checksum (got {done} bytes of {size}): expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} no superó la suma de comprobación {algo} (se recibieron {done} de {size} bytes): se esperaba {algo} {expected} y se obtuvo {got}. La descarga dañada se eliminó y no se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/gguf_file.py" line="+201"/>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Hearth could not read {file}: {reason}.</source>
        <translation>Hearth no pudo leer {file}: {reason}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{file} is not a GGUF model file.</source>
        <translation>{file} no es un archivo de modelo GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs GGUF files (for example Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch and other formats must be converted first.</source>
        <translation>Hearth ejecuta archivos GGUF (por ejemplo, Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch y otros formatos deben convertirse primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>{file} is truncated: it ends inside its header.</source>
        <translation>{file} está truncado: termina dentro de su cabecera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>The download was probably interrupted; download it again.</source>
        <translation>Probablemente se interrumpió la descarga; vuelva a descargarlo.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{file} is a damaged GGUF file: {reason}.</source>
        <translation>{file} es un archivo GGUF dañado: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the file again.</source>
        <translation>Vuelva a descargar el archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is truncated: {missing} of its weights are missing (the file has {size} of {expected}).</source>
        <translation>{file} está truncado: faltan {missing} de sus pesos (el archivo tiene {size} de {expected}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} does not say which model architecture it holds.</source>
        <translation>{file} no indica qué arquitectura de modelo contiene.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/local.py" line="+37"/>
        <source>The models folder already has a file called {file}.</source>
        <translation>La carpeta de modelos ya tiene un archivo llamado {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it first with `hearth models rm {name}`.</source>
        <translation>Elimínelo primero con `hearth models rm {name}`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough free disk space for {what}: it needs {needed} ({needed_bytes} bytes) but only {free} ({free_bytes} bytes) is free on the disk that holds {where}.</source>
        <translation>No hay suficiente espacio libre en disco para {what}: se necesitan {needed} ({needed_bytes} bytes), pero solo hay {free} ({free_bytes} bytes) libres en el disco que contiene {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, or choose a smaller quantization.</source>
        <translation>Libere espacio o elija una cuantización más pequeña.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The starter model comes with Hearth and cannot be removed.</source>
        <translation>El modelo inicial viene con Hearth y no se puede eliminar.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/memory.py" line="+62"/>
        <source>a smaller model or quantization</source>
        <translation>un modelo o una cuantización más pequeños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller quantization</source>
        <translation>una cuantización más pequeña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close other apps, lower the context size (now {n_ctx} tokens), or choose {smaller} (for example Q4_K_M).</source>
        <translation>Cierre otras aplicaciones, reduzca el tamaño del contexto (ahora {n_ctx} tokens) o elija {smaller} (por ejemplo, Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close other apps, or choose {smaller} (for example Q4_K_M).</source>
        <translation>Cierre otras aplicaciones o elija {smaller} (por ejemplo, Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} needs about {total} ({weights} weights + {context} context + {compute} working memory), but only {available} of memory is free.</source>
        <translation>{name} necesita unos {total} ({weights} de pesos + {context} de contexto + {compute} de memoria de trabajo), pero solo hay {available} de memoria libre.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Fits on the GPU ({needed} of {free} free).</source>
        <translation>Cabe en la GPU ({needed} de {free} libres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in memory ({needed} of {free} free).</source>
        <translation>Cabe en la memoria ({needed} de {free} libres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits in memory, partly on the GPU ({needed} of {free} free).</source>
        <translation>Cabe en la memoria, en parte en la GPU ({needed} de {free} libres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tight: needs {needed} of {free} free; close other apps or use a smaller context.</source>
        <translation>Justo: necesita {needed} de {free} libres; cierre otras aplicaciones o use un contexto más pequeño.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not fit: needs {needed}, {free} free.</source>
        <translation>No cabe: necesita {needed}, hay {free} libres.</translation>
    </message>
    <message>
        <location filename="../../../app/core/session.py" line="+65"/>
        <source>There is nothing to send; type a message first.</source>
        <translation>No hay nada que enviar; escriba primero un mensaje.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no question to answer again.</source>
        <translation>No hay ninguna pregunta que responder de nuevo.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/engine.py" line="-105"/>
        <location filename="../../../app/core/vision/preprocess.py" line="+132"/>
        <source>There is no picture at {path}.</source>
        <translation>No hay ninguna imagen en {path}.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+23"/>
        <source>The model is still answering; stop it first.</source>
        <translation>El modelo todavía está respondiendo; deténgalo primero.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The prompt is {tokens} tokens but the model&apos;s context holds {n_ctx}.</source>
        <translation>El prompt tiene {tokens} tokens, pero el contexto del modelo admite {n_ctx}.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/preprocess.py" line="+8"/>
        <source>{file} is too large ({width}×{height} pixels).</source>
        <translation>{file} es demasiado grande ({width}×{height} píxeles).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Use a picture of at most {megapixels} megapixels.</source>
        <translation>Use una imagen de {megapixels} megapíxeles como máximo.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{file} is not a picture Hearth can read.</source>
        <translation>{file} no es una imagen que Hearth pueda leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PNG, JPEG, WebP, GIF or BMP file.</source>
        <translation>Use un archivo PNG, JPEG, WebP, GIF o BMP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is too large to open safely.</source>
        <translation>{file} es demasiado grande para abrirla de forma segura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} está dañada y no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/hub.py" line="+49"/>
        <location line="+53"/>
        <source>Hugging Face downloads are switched off (HF_HUB_OFFLINE is set).</source>
        <translation>Las descargas de Hugging Face están desactivadas (HF_HUB_OFFLINE está definida).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unset HF_HUB_OFFLINE to search or download models; installed models still work.</source>
        <translation>Quite HF_HUB_OFFLINE para buscar o descargar modelos; los modelos instalados siguen funcionando.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unset HF_HUB_OFFLINE to download models.</source>
        <translation>Quite HF_HUB_OFFLINE para descargar modelos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{repo} was not found on {hub}.</source>
        <translation>No se encontró {repo} en {hub}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the repo name (owner/name), e.g. with `hearth models search`.</source>
        <translation>Compruebe el nombre del repositorio (propietario/nombre), por ejemplo con `hearth models search`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hugging Face answered HTTP {status} for {what}.</source>
        <translation>Hugging Face respondió HTTP {status} para {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach {hub} ({reason}).</source>
        <translation>No se pudo conectar con {hub} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, or set HF_ENDPOINT to a mirror.</source>
        <translation>Compruebe la conexión de red o configure HF_ENDPOINT con un espejo.</translation>
    </message>
    <message>
        <location filename="../../../app/core/remote.py" line="-407"/>
        <source>{where} did not accept a connection within {seconds} s.</source>
        <translation>{where} no aceptó ninguna conexión en {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the computer is on and reachable from here.</source>
        <translation>Compruebe que el equipo está encendido y es accesible desde aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} stopped answering for {seconds} s.</source>
        <translation>{where} dejó de responder durante {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may be overloaded; try again, or raise the timeout in Settings ▸ Servers.</source>
        <translation>Puede que el servidor esté sobrecargado; vuelva a intentarlo o aumente el tiempo de espera en Configuración ▸ Servidores.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot reach {where} ({reason}).</source>
        <translation>No se puede conectar con {where} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and that the server is running.</source>
        <translation>Compruebe la dirección y que el servidor está en marcha.</translation>
    </message>
</context>
</TS>
