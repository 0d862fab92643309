<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../app/ui/about_dialog.py" line="+33"/>
        <source>The licence text ({name}) is missing from this installation.</source>
        <translation>El texto de la licencia ({name}) falta en esta instalación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A private, offline assistant. Everything runs on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un asistente privado y sin conexión. Todo se ejecuta en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models, licensed under the Llama 3.2 Community License.</source>
        <translation>Hearth ejecuta los modelos Llama 3.2 de Meta, con licencia Llama 3.2 Community License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Llama 3.2 licence</source>
        <translation>Licencia de Llama 3.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party</source>
        <translation>Terceros</translation>
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
        <translation>Algo salió mal: {error}. Encontrará los detalles en el registro.</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../../app/ui/first_run.py" line="+80"/>
        <source>&lt;b&gt;You are chatting with the starter model&lt;/b&gt; (SmolLM2 135M Instruct): it runs on any computer, fully offline, but it is small and often wrong. For real answers use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Está conversando con el modelo inicial&lt;/b&gt; (SmolLM2 135M Instruct): funciona en cualquier equipo y totalmente sin conexión, pero es pequeño y a menudo se equivoca. Para obtener respuestas de verdad, use &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the size that fits this computer&apos;s free memory.</source>
        <translation>Es el tamaño que cabe en la memoria libre de este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {model}</source>
        <translation>Usar {model}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download {model}</source>
        <translation>Descargar {model}</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../../app/ui/licence_dialog.py" line="+70"/>
        <source>You may use, copy, modify and share the models and what they produce, for free, for research and for commercial purposes, if you keep to the Acceptable Use Policy.</source>
        <translation>Puede usar, copiar, modificar y compartir los modelos y lo que producen, de forma gratuita, con fines de investigación y comerciales, siempre que respete la Política de uso aceptable (Acceptable Use Policy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products and services with more than 700 million monthly active users need a separate licence from Meta.</source>
        <translation>Los productos y servicios con más de 700 millones de usuarios activos mensuales necesitan una licencia aparte de Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you share a Llama model or a product built with one, you include a copy of the licence and show &quot;Built with Llama&quot; in the product&apos;s documentation or interface.</source>
        <translation>Si comparte un modelo Llama o un producto creado con uno, incluya una copia de la licencia y muestre &quot;Built with Llama&quot; en la documentación o la interfaz del producto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Vision models (Llama 3.2 11B and 90B Vision):** the rights to these multimodal models are not granted to individuals domiciled in, or companies with their principal place of business in, the European Union. End users in the EU may still use products and services that include them. Hearth asks where you are before it downloads or loads a vision model; if you use Hearth for a company, the company&apos;s principal place of business decides. For this, the EU includes its outermost regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, the Azores, Madeira, the Canary Islands) and Åland; Norway, Iceland, Liechtenstein, Switzerland, the United Kingdom, Greenland and the Faroe Islands are not in it.</source>
        <translation>**Modelos de visión (Llama 3.2 11B y 90B Vision):** los derechos sobre estos modelos multimodales no se conceden a personas domiciliadas en la Unión Europea ni a empresas con su sede principal de actividad en ella. Los usuarios finales de la UE pueden seguir usando productos y servicios que los incluyan. Hearth le pregunta dónde se encuentra antes de descargar o cargar un modelo de visión; si usa Hearth para una empresa, decide la sede principal de actividad de la empresa. A estos efectos, la UE incluye sus regiones ultraperiféricas (Guayana Francesa, Guadalupe, Martinica, Reunión, Mayotte, San Martín, las Azores, Madeira, las Islas Canarias) y Åland; Noruega, Islandia, Liechtenstein, Suiza, el Reino Unido, Groenlandia y las Islas Feroe no forman parte de ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Acceptable Use Policy forbids, among other things, using the models for illegal activity, to harm people, to deceive, or to generate content that endangers others.</source>
        <translation>La Política de uso aceptable prohíbe, entre otras cosas, usar los modelos para actividades ilegales, para hacer daño a personas, para engañar o para generar contenido que ponga en peligro a otros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Llama 3.2 — the licence in plain words</source>
        <translation>Llama 3.2: la licencia en palabras sencillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models on your computer. The models are not part of Hearth&apos;s own code: each one comes with the **Llama 3.2 Community License Agreement** and the **Llama 3.2 Acceptable Use Policy**, which you accept when you download a Llama model.</source>
        <translation>Hearth ejecuta los modelos Llama 3.2 de Meta en su equipo. Los modelos no forman parte del código de Hearth: cada uno viene con el **Llama 3.2 Community License Agreement** y la **Llama 3.2 Acceptable Use Policy**, que usted acepta al descargar un modelo Llama.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they say, in short (the official texts decide; read them):</source>
        <translation>Lo que dicen, en resumen (los textos oficiales son los que cuentan; léalos):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This summary is not legal advice. Official texts:</source>
        <translation>Este resumen no es asesoramiento legal. Textos oficiales:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable Use Policy:</source>
        <translation>Política de uso aceptable:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Llama 3.2 vision models: licence</source>
        <translation>Modelos de visión Llama 3.2: licencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{model}&lt;/b&gt; is a Llama 3.2 vision model.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt; es un modelo de visión Llama 3.2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Llama 3.2 licence does not grant the vision models to individuals domiciled in, or companies with their principal place of business in, the European Union. Hearth therefore asks you — it does not guess. Text models are not affected.</source>
        <translation>La licencia de Llama 3.2 no concede los modelos de visión a personas domiciliadas en la Unión Europea ni a empresas con su sede principal de actividad en ella. Por eso Hearth se lo pregunta: no lo adivina. Los modelos de texto no se ven afectados.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Official texts: {licence} · {policy}.</source>
        <translation>Textos oficiales: {licence} · {policy}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptable Use Policy</source>
        <translation>Política de uso aceptable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End users of products that include a vision model are not limited, in the EU or elsewhere; this question is only about your own use of Hearth.</source>
        <translation>Los usuarios finales de productos que incluyen un modelo de visión no tienen limitaciones, ni en la UE ni en otros lugares; esta pregunta solo se refiere a su propio uso de Hearth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Esto no es asesoramiento legal: deciden la licencia oficial y la Política de uso aceptable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country where you live:</source>
        <translation>País donde vive:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For myself, as an individual</source>
        <translation>Para mí, como particular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a company or organisation</source>
        <translation>Para una empresa u organización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I use Hearth:</source>
        <translation>Uso Hearth:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a company, its principal place of business decides, not where you live.</source>
        <translation>Para una empresa, decide su sede principal de actividad, no dónde vive usted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company&apos;s principal place of business:</source>
        <translation>Sede principal de actividad de la empresa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have read and accept the {licence} and the Acceptable Use Policy</source>
        <translation>He leído y acepto la {licence} y la Política de uso aceptable</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your current answers; change what is no longer true.</source>
        <translation>Sus respuestas actuales; cambie lo que ya no sea cierto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-selected from your system&apos;s region ({country}). Please check it: only your answer counts.</source>
        <translation>Preseleccionado según la región de su sistema ({country}). Compruébelo: solo cuenta su respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the country you live in.</source>
        <translation>Elija el país donde vive.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say whether you use Hearth for yourself or for a company.</source>
        <translation>Indique si usa Hearth para usted o para una empresa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With these answers the licence does not grant you the Llama 3.2 vision models: Hearth will not download or load them. Text models stay available.</source>
        <translation>Con estas respuestas, la licencia no le concede los modelos de visión Llama 3.2: Hearth no los descargará ni los cargará. Los modelos de texto siguen disponibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With these answers the regional limit does not apply to you.</source>
        <translation>Con estas respuestas, la limitación regional no se aplica a usted.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} was not downloaded: the licence question was not answered.</source>
        <translation>{model} no se descargó: no se respondió la pregunta sobre la licencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} was not loaded: the licence question was not answered.</source>
        <translation>{model} no se cargó: no se respondió la pregunta sobre la licencia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} was not downloaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} no se descargó: es un modelo de visión Llama 3.2 y su licencia depende de dónde viva, así que Hearth pregunta primero. Vuelva a intentarlo para responder, o indique sus respuestas en Configuración ▸ Declaración de licencia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} was not loaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} no se cargó: es un modelo de visión Llama 3.2 y su licencia depende de dónde viva, así que Hearth pregunta primero. Vuelva a intentarlo para responder, o indique sus respuestas en Configuración ▸ Declaración de licencia…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="+71"/>
        <source>Open a GGUF file…</source>
        <translation>Abrir un archivo GGUF…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft: {share} accepted ({accepted}/{drafted})</source>
        <translation>Borrador: {share} aceptado ({accepted}/{drafted})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{speedup}× plain</source>
        <translation>~{speedup}× respecto a sin borrador</translation>
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
        <translation>{n} tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first token {ms} ms</source>
        <translation>primer token en {ms} ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} old messages left out to fit the context</source>
        <translation>{n} mensajes antiguos omitidos para que quepa en el contexto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+488"/>
        <location line="+235"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="-721"/>
        <source>cut off at the length limit</source>
        <translation>cortado en el límite de longitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the safety check</source>
        <translation>detenido por el control de seguridad</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Llama models, import GGUF files, see what fits</source>
        <translation>Descargar modelos Llama, importar archivos GGUF, ver cuáles caben</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Message Hearth (Enter sends, Shift+Enter for a new line)</source>
        <translation>Mensaje para Hearth (Intro envía, Mayús+Intro para una nueva línea)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+596"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="-585"/>
        <location line="+234"/>
        <location line="+49"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Abrir archivo de modelo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Exportar chat como &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Exportar chat como &amp;JSON…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools for this &amp;chat…</source>
        <translation>Herramientas para este &amp;chat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MCP servers…</source>
        <translation>Servidores &amp;MCP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Hearth</source>
        <translation>&amp;Acerca de Hearth</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (starter)</source>
        <translation>{name} (inicial)</translation>
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
        <translation>Se ejecuta en {url}: sus mensajes van a ese equipo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No model is installed yet. Open a GGUF file (File ▸ Open model file…), for example Llama-3.2-1B-Instruct-Q4_K_M.gguf.</source>
        <translation>Todavía no hay ningún modelo instalado. Abra un archivo GGUF (Archivo ▸ Abrir archivo de modelo…), por ejemplo Llama-3.2-1B-Instruct-Q4_K_M.gguf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model</source>
        <translation>Abrir un modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model is already loading; wait a moment.</source>
        <translation>Ya se está cargando un modelo; espere un momento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading {model}…</source>
        <translation>Cargando {model}…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{model} · on {host} · {n_ctx}-token context</source>
        <translation>{model} · en {host} · contexto de {n_ctx} tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} · {n_ctx}-token context · {threads} threads</source>
        <translation>{model} · contexto de {n_ctx} tokens · {threads} hilos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} GPU layers</source>
        <translation>{n} capas en la GPU</translation>
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
        <translation>Esta conversación va a otro equipo ({host}): {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: {model}</source>
        <translation>Borrador: {model}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{model} (still loaded)</source>
        <translation>{model} (sigue cargado)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cut off: the answer did not arrive in full</source>
        <translation>cortada: la respuesta no llegó completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: it did not fit or failed</source>
        <translation>no enviado: no cabía o falló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename chat</source>
        <translation>Cambiar nombre del chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar «{title}»?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>No se pudo guardar {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A document is being summarized; send when it is done, or cancel it.</source>
        <translation>Se está resumiendo un documento; envíe cuando termine, o cancélelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is still loading; your message is kept in the box.</source>
        <translation>El modelo aún se está cargando; su mensaje se conserva en el cuadro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>Elija primero un modelo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model cannot see pictures: choose a Llama 3.2 Vision model, or remove the picture.</source>
        <translation>Este modelo no puede ver imágenes: elija un modelo Llama 3.2 Vision o quite la imagen.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new language applies the next time Hearth starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Hearth.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../../app/ui/i18n.py" line="+51"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../app/ui/settings_dialog.py" line="+54"/>
        <source>GPU layers set to *Automatic* are chosen from the free memory of the largest GPU, the model&apos;s size and the context size; a GPU that fails to start falls back to the CPU with a notice. See the README for CUDA, Metal and Vulkan builds.</source>
        <translation>Las capas en la GPU en *Automático* se eligen según la memoria libre de la GPU más grande, el tamaño del modelo y el tamaño del contexto; si una GPU no arranca, se usa la CPU y se muestra un aviso. Consulte el README para las compilaciones con CUDA, Metal y Vulkan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threads, context size and GPU layers are remembered for &lt;b&gt;{model}&lt;/b&gt;; other models keep their own.</source>
        <translation>Los hilos, el tamaño del contexto y las capas en la GPU se guardan para &lt;b&gt;{model}&lt;/b&gt;; los demás modelos conservan los suyos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic ({cores} physical cores)</source>
        <translation>Automático ({cores} núcleos físicos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context size:</source>
        <translation>Tamaño del contexto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (from free GPU memory)</source>
        <translation>Automático (según la memoria libre de la GPU)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU: 0 runs on the CPU only, 999 puts every layer on the GPU.</source>
        <translation>Capas que se ejecutan en la GPU: 0 usa solo la CPU, 999 pone todas las capas en la GPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers:</source>
        <translation>Capas en la GPU:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 always picks the likeliest word; higher is more varied.</source>
        <translation>0 elige siempre la palabra más probable; un valor más alto da más variedad.</translation>
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
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest answer:</source>
        <translation>Respuesta más larga:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions for every new chat (optional)</source>
        <translation>Instrucciones para cada chat nuevo (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt:</source>
        <translation>Prompt del sistema:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence declaration…</source>
        <translation>Declaración de licencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you live and whether you use Hearth for a company: decides whether the Llama 3.2 vision models&apos; licence covers you.</source>
        <translation>Dónde vive y si usa Hearth para una empresa: de ello depende que la licencia de los modelos de visión Llama 3.2 le ampare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vision licence:</source>
        <translation>Licencia de visión:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Hearth starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie Hearth.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My tools</source>
        <translation>Mis herramientas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+34"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A small model with the same vocabulary (e.g. Llama 3.2 1B for Llama 3.1 8B) guesses ahead and this model checks its guesses in batches: the same answers, usually faster.</source>
        <translation>Un modelo pequeño con el mismo vocabulario (p. ej., Llama 3.2 1B para Llama 3.1 8B) se adelanta y este modelo comprueba sus propuestas por lotes: las mismas respuestas, normalmente más rápido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft model:</source>
        <translation>Modelo borrador:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not declared yet: Hearth asks before a vision model is used.</source>
        <translation>Aún no declarado: Hearth preguntará antes de usar un modelo de visión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>permitidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>bloqueados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company in {country}: vision models {verdict}</source>
        <translation>Empresa en {country}: modelos de visión {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual in {country}: vision models {verdict}</source>
        <translation>Particular en {country}: modelos de visión {verdict}</translation>
    </message>
</context>
<context>
    <name>StreamWorker</name>
    <message>
        <location filename="../../../app/ui/workers.py" line="-48"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Algo salió mal: {error}. Encontrará los detalles en el registro.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../../app/ui/main.py" line="+65"/>
        <source>Hearth cannot open your conversations</source>
        <translation>Hearth no puede abrir sus conversaciones</translation>
    </message>
</context>
</TS>
