<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../../app/ui/model_manager.py" line="+80"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pausing…</source>
        <translation>Pausando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resuming at {size}…</source>
        <translation>Reanudando en {size}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{done} de {total} · {rate}/s · quedan {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · measuring speed · {eta} left</source>
        <translation>{done} de {total} · midiendo la velocidad · quedan {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the {size} already downloaded…</source>
        <translation>Comprobando los {size} ya descargados…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network trouble; retry {attempt} of {attempts} in {seconds} s</source>
        <translation>Problema de red; reintento {attempt} de {attempts} en {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused at {done} of {total}</source>
        <translation>En pausa en {done} de {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified and installed</source>
        <translation>Verificado e instalado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location line="+28"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+192"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Fit</source>
        <translation>Compatibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer: {memory} of memory free, no GPU. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Este equipo: {memory} de memoria libre, sin GPU. La compatibilidad se evalúa para un contexto de {n_ctx} tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gpu} ({memory} free)</source>
        <translation>{gpu} ({memory} libres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer: {memory} of memory free, {gpus}. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Este equipo: {memory} de memoria libre, {gpus}. La compatibilidad se evalúa para un contexto de {n_ctx} tokens.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+52"/>
        <source>text</source>
        <comment>licence kind</comment>
        <translation>texto</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+52"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The catalog has no model pair “{pair}”.</source>
        <translation>El catálogo no contiene ningún par de modelos «{pair}».</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>vision (region check)</source>
        <comment>licence kind</comment>
        <translation>visión (comprobación de región)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recommended</source>
        <comment>quantization note</comment>
        <translation>recomendada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unquantized</source>
        <comment>quantization note</comment>
        <translation>sin cuantizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for Arm CPUs</source>
        <comment>quantization note</comment>
        <translation>para CPU Arm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No downloads yet. Pick a model in the Catalog.</source>
        <translation>Todavía no hay descargas. Elija un modelo en el Catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a GGUF file…</source>
        <translation>Importar un archivo GGUF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop .gguf files here</source>
        <translation>o suelte aquí archivos .gguf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (starter)</source>
        <translation>{name} (modelo inicial)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import models</source>
        <translation>Importar modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file}? Files Hearth downloaded are removed from disk; imported files are only removed from the list.</source>
        <translation>¿Eliminar {file}? Los archivos que descargó Hearth se borran del disco; los importados solo se quitan de la lista.</translation>
    </message>
</context>
<context>
    <name>SummarizeController</name>
    <message>
        <location filename="../../../app/ui/summarize.py" line="+284"/>
        <source>&amp;Summarize document…</source>
        <translation>&amp;Resumir documento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize a PDF, Word (.docx), web page (.html), Markdown or plain-text file</source>
        <translation>Resumir un archivo PDF, Word (.docx), página web (.html), Markdown o de texto sin formato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A document is already being summarized; wait or cancel it.</source>
        <translation>Ya se está resumiendo un documento; espere o cancélelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>Se canceló el resumen; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Summarize {count} documents</source>
        <translation>Resumir {count} documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarize {names} one after another or together?</source>
        <translation>¿Resumir {names} uno tras otro o juntos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One after another</source>
        <translation>Uno tras otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A summary of each document, each in its own chat</source>
        <translation>Un resumen de cada documento, cada uno en su propio chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One summary of all of them</source>
        <translation>Un único resumen de todos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} documents</source>
        <translation>{count} documentos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a model first, then summarize the document.</source>
        <translation>Elija primero un modelo y luego resuma el documento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth is still answering; stop it first.</source>
        <translation>Hearth todavía está respondiendo; deténgalo primero.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context to read it in one pass? It needs about {needed} of the {available} of memory free now.</source>
        <translation>«{document}» es largo para el contexto de {current} tokens de {model}. ¿Recargar {model} con un contexto de {n_ctx} tokens para leerlo de una sola vez? Necesita unos {needed} de los {available} de memoria libres ahora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context for fewer, larger parts (the whole document does not fit)? It needs about {needed} of the {available} of memory free now.</source>
        <translation>«{document}» es largo para el contexto de {current} tokens de {model}. ¿Recargar {model} con un contexto de {n_ctx} tokens para usar menos partes y más grandes (el documento entero no cabe)? Necesita unos {needed} de los {available} de memoria libres ahora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A larger context for this document</source>
        <translation>Un contexto mayor para este documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload with {n_ctx} tokens</source>
        <translation>Recargar con {n_ctx} tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize in parts</source>
        <translation>Resumir por partes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading {model} with a {n_ctx}-token context for this document…</source>
        <translation>Cargando {model} con un contexto de {n_ctx} tokens para este documento…</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location line="-431"/>
        <source>Summarize a document</source>
        <translation>Resumir un documento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PDF, Word, web page, Markdown or text file</source>
        <translation>Un archivo PDF, Word, página web, Markdown o de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or paste the text to summarize here</source>
        <translation>…o pegue aquí el texto que desea resumir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short summary</source>
        <translation>Un resumen breve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bullet points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detailed summary</source>
        <translation>Un resumen detallado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a document</source>
        <translation>Elegir un documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SummaryProgressDialog</name>
    <message>
        <location line="+16"/>
        <source>Summarizing {name}</source>
        <translation>Resumiendo {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary appears here as it is written.</source>
        <translation>El resumen aparece aquí a medida que se escribe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../../app/ui/tool_approval.py" line="+80"/>
        <source>ok</source>
        <comment>tool call status</comment>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <comment>tool call status</comment>
        <translation>error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <comment>tool call status</comment>
        <translation>denegado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>tool call status</comment>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <comment>tool call status</comment>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**Tool** `{call}` — {status}</source>
        <translation>**Herramienta** `{call}` — {status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calling {calls}</source>
        <translation>Llamando a {calls}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allow this tool call?</source>
        <translation>¿Permitir esta llamada a una herramienta?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It only reads information.</source>
        <translation>Solo lee información.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can change things on this computer or open other programs.</source>
        <translation>Puede cambiar cosas en este equipo o abrir otros programas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model wants to run &lt;b&gt;{tool}&lt;/b&gt;: {description}</source>
        <translation>El modelo quiere ejecutar &lt;b&gt;{tool}&lt;/b&gt;: {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>Proviene de &lt;b&gt;{origin}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always allow {tool}</source>
        <translation>Permitir siempre {tool}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <location line="+246"/>
        <source>The file tools need at least one folder; they stay off.</source>
        <translation>Las herramientas de archivos necesitan al menos una carpeta; siguen desactivadas.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no question to answer again.</source>
        <translation>No hay ninguna pregunta que responder de nuevo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <location line="-263"/>
        <source>Tools for this chat</source>
        <translation>Herramientas para este chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model may call these tools in this chat:</source>
        <translation>El modelo puede usar estas herramientas en este chat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} — {what}</source>
        <translation>{group} — {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>MCP server {name} — {target}</source>
        <translation>Servidor MCP {name} — {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {description} (your tool)</source>
        <translation>{name} — {description} (su herramienta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled: turn it on in Settings ▸ My tools first.</source>
        <translation>Desactivada: actívela primero en Configuración ▸ Mis herramientas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask before every tool call</source>
        <translation>Preguntar antes de cada llamada a una herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run read-only tools without asking</source>
        <translation>Ejecutar sin preguntar las herramientas de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every tool without asking (opening files and links still asks)</source>
        <translation>Ejecutar todas las herramientas sin preguntar (abrir archivos y enlaces sigue pidiendo permiso)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval:</source>
        <translation>Aprobación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders the file tools may read:</source>
        <translation>Carpetas que pueden leer las herramientas de archivos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a safe calculator</source>
        <translation>una calculadora segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current date and time, time zones</source>
        <translation>la fecha y la hora actuales, zonas horarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit conversion</source>
        <translation>conversión de unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, search and read files in approved folders</source>
        <translation>listar, buscar y leer archivos en carpetas aprobadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory, disk and battery</source>
        <translation>memoria, disco y batería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a link or file with the default app (always asks)</source>
        <translation>abrir un enlace o archivo con la aplicación predeterminada (siempre pregunta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the file tools may read</source>
        <translation>Carpeta que pueden leer las herramientas de archivos</translation>
    </message>
</context>
</TS>
