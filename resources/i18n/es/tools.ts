<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="+39"/>
        <source>You</source>
        <comment>message title</comment>
        <translation>Usted</translation>
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
        <translation>Herramienta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>almost done</source>
        <translation>casi terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {seconds} s left</source>
        <translation>quedan unos {seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min left</source>
        <translation>quedan unos {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {hours} h left</source>
        <translation>quedan unas {hours} h</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the picture… {percent} % · {time_left}</source>
        <translation>Leyendo la imagen… {percent} % · {time_left}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the picture… {percent} %</source>
        <translation>Leyendo la imagen… {percent} %</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
</context>
<context>
    <name>ImageAttachBar</name>
    <message>
        <location filename="../../../app/ui/image_attach.py" line="+74"/>
        <source>Attach image…</source>
        <translation>Adjuntar imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a Llama 3.2 Vision model about a picture (you can also drop or paste one)</source>
        <translation>Preguntar a un modelo Llama 3.2 Vision sobre una imagen (también puede soltarla o pegarla aquí)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send this picture</source>
        <translation>No enviar esta imagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full detail</source>
        <translation>Detalle completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick look</source>
        <translation>Vistazo rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full detail reads a picture as up to four tiles, as the model was trained; a quick look reads one tile, about six times faster on a CPU</source>
        <translation>El detalle completo lee una imagen en hasta cuatro mosaicos, tal como se entrenó el modelo; un vistazo rápido lee un solo mosaico, unas seis veces más rápido en una CPU</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pasted picture</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach an image</source>
        <translation>Adjuntar una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message>
        <location filename="../../../app/ui/mcp_servers.py" line="+169"/>
        <source>Import MCP servers</source>
        <translation>Importar servidores MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These servers are set up in other apps. Tick the ones Hearth may start too:</source>
        <translation>Estos servidores están configurados en otras aplicaciones. Marque los que Hearth también puede iniciar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {target}  (from {app}: {path})</source>
        <translation>{name} — {target}  (de {app}: {path})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>McpPasteDialog</name>
    <message>
        <location line="+14"/>
        <source>Paste MCP servers</source>
        <translation>Pegar servidores MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the &quot;mcpServers&quot; block from Claude Desktop, LM Studio, Cursor or VS Code:</source>
        <translation>Pegue el bloque &quot;mcpServers&quot; de Claude Desktop, LM Studio, Cursor o VS Code:</translation>
    </message>
</context>
<context>
    <name>McpServerEditDialog</name>
    <message>
        <location line="-124"/>
        <source>MCP server</source>
        <translation>Servidor MCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A program on this computer (stdio)</source>
        <translation>Un programa en este equipo (stdio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web address (streamable HTTP)</source>
        <translation>Una dirección web (streamable HTTP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME=VALUE, one a line</source>
        <translation>NAME=VALUE, uno por línea</translation>
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
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>Encabezados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call timeout:</source>
        <translation>Tiempo límite por llamada:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each line of the headers must look like NAME=VALUE.</source>
        <translation>Cada línea de los encabezados debe tener la forma NAME=VALUE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>No se pueden leer los argumentos: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line of the environment must look like NAME=VALUE.</source>
        <translation>Cada línea del entorno debe tener la forma NAME=VALUE.</translation>
    </message>
</context>
<context>
    <name>McpServersDialog</name>
    <message>
        <location line="+78"/>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste JSON…</source>
        <translation>Pegar JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the mcpServers block of Claude Desktop, LM Studio, Cursor or VS Code</source>
        <translation>Pegar el bloque mcpServers de Claude Desktop, LM Studio, Cursor o VS Code</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+133"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move secrets to the keychain</source>
        <translation>Mover los secretos al llavero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools:</source>
        <translation>Herramientas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (the server&apos;s stderr):</source>
        <translation>Registro (stderr del servidor):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>stopped</source>
        <comment>MCP server state</comment>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>iniciando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>con error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <comment>MCP server state</comment>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No MCP servers yet: Add… one, or Import… those of Claude Desktop or LM Studio.</source>
        <translation>Aún no hay servidores MCP: añada uno con «Añadir…» o importe los de Claude Desktop o LM Studio con «Importar…».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — Program: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — Programa: {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turned off.</source>
        <translation>Desactivado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: {state}.</source>
        <translation>Estado: {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} look secret and are still in mcp.json.</source>
        <translation>{names} parecen secretos y siguen en mcp.json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} — read-only</source>
        <translation>{tool} — solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — always asks</source>
        <translation>{tool} — pregunta siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — asks</source>
        <translation>{tool} — pregunta</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Starting {name}…</source>
        <translation>Iniciando {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved to the system keychain: {names}.</source>
        <translation>Movido al llavero del sistema: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing that looks secret is left in mcp.json.</source>
        <translation>En mcp.json ya no queda nada que parezca secreto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MCP servers were found in Claude Desktop&apos;s or LM Studio&apos;s settings.</source>
        <translation>No se encontraron servidores MCP en la configuración de Claude Desktop ni de LM Studio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {names}.</source>
        <translation>Importado: {names}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added {names}.</source>
        <translation>Añadido: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here, left as they are: {names}.</source>
        <translation>Ya existían y se dejan como están: {names}.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="-152"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this message as Markdown</source>
        <translation>Copiar este mensaje como Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this question again</source>
        <translation>Responder de nuevo a esta pregunta</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the picture</source>
        <translation>Dejar de leer la imagen</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../../app/ui/safety_page.py" line="+25"/>
        <source>Both my messages and the answers</source>
        <translation>Mis mensajes y las respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My messages only</source>
        <translation>Solo mis mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers only</source>
        <translation>Solo las respuestas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Violent Crimes</source>
        <translation>Delitos violentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-Violent Crimes</source>
        <translation>Delitos no violentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex Crimes</source>
        <translation>Delitos sexuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child Exploitation</source>
        <translation>Explotación infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defamation</source>
        <translation>Difamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized Advice</source>
        <translation>Asesoramiento especializado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual Property</source>
        <translation>Propiedad intelectual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indiscriminate Weapons</source>
        <translation>Armas indiscriminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate</source>
        <translation>Odio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Harm</source>
        <translation>Autolesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual Content</source>
        <translation>Contenido sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code Interpreter Abuse</source>
        <translation>Abuso del intérprete de código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violent crimes</source>
        <translation>delitos violentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-violent crimes (such as fraud, theft, hacking or drugs)</source>
        <translation>delitos no violentos (como fraude, robo, hackeo o drogas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex-related crimes</source>
        <translation>delitos de carácter sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual exploitation of children</source>
        <translation>explotación sexual de menores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defamation</source>
        <translation>difamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialized financial, medical or legal advice</source>
        <translation>asesoramiento financiero, médico o jurídico especializado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private personal information</source>
        <translation>información personal privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intellectual property violations</source>
        <translation>infracciones de la propiedad intelectual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weapons of mass destruction</source>
        <translation>armas de destrucción masiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hate</source>
        <translation>odio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suicide and self-harm</source>
        <translation>suicidio y autolesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual content</source>
        <translation>contenido sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false information about elections</source>
        <translation>información falsa sobre elecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abuse of code execution</source>
        <translation>abuso de la ejecución de código</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Llama Guard 3 1B, a small safety model from Meta, checks the chat on this computer. It labels text in 13 categories of harm; leave out the ones that do not matter here. Messages with a picture can be checked by Llama Guard 3 11B Vision.</source>
        <translation>Llama Guard 3 1B, un pequeño modelo de seguridad de Meta, revisa el chat en este equipo. Clasifica el texto en 13 categorías de daño; deje fuera las que no importen aquí. Los mensajes con una imagen puede revisarlos Llama Guard 3 11B Vision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the chat with Llama Guard 3</source>
        <translation>Revisar el chat con Llama Guard 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check:</source>
        <translation>Revisar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block it and name the category</source>
        <translation>Bloquearlo e indicar la categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn and show it</source>
        <translation>Avisar y mostrarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When unsafe:</source>
        <translation>Si no es seguro:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Llama Guard 3 1B (download it in the model manager)</source>
        <translation>Llama Guard 3 1B (descárguelo en el gestor de modelos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety model:</source>
        <translation>Modelo de seguridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check messages with a picture with Llama Guard 3 11B Vision when it is installed</source>
        <translation>Revisar los mensajes con una imagen con Llama Guard 3 11B Vision cuando esté instalado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama Guard 3 11B Vision, if installed</source>
        <translation>Llama Guard 3 11B Vision, si está instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture safety model:</source>
        <translation>Modelo de seguridad para imágenes:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock:</source>
        <translation>Bloqueo:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: enter the password to change these settings.</source>
        <translation>Bloqueado: introduzca la contraseña para cambiar estos ajustes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone using this computer can change these settings. Lock them with a password (only a salted hash of it is kept).</source>
        <translation>Cualquier persona que use este equipo puede cambiar estos ajustes. Bloquéelos con una contraseña (solo se guarda un hash con sal de ella).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocked. Lock again before handing the computer over.</source>
        <translation>Desbloqueado. Vuelva a bloquear antes de dejar el equipo a otra persona.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../../app/ui/server_panel.py" line="+149"/>
        <source>Serve the installed models over the OpenAI API, for editors, agents and scripts on this computer (127.0.0.1 only; use &lt;code&gt;hearth serve&lt;/code&gt; for more).</source>
        <translation>Ofrecer los modelos instalados a través de la API de OpenAI, para editores, agentes y scripts de este equipo (solo 127.0.0.1; para más, use &lt;code&gt;hearth serve&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve the OpenAI-compatible API</source>
        <translation>Ofrecer la API compatible con OpenAI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local server:</source>
        <translation>Servidor local:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests:</source>
        <translation>Solicitudes:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started: {reason}</source>
        <translation>No iniciado: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: other programs on this computer can use Hearth&apos;s models</source>
        <translation>En marcha: otros programas de este equipo pueden usar los modelos de Hearth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none being answered</source>
        <translation>no se está respondiendo ninguna</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n being answered</source>
        <translation>
            <numerusform>se está respondiendo %n</numerusform>
            <numerusform>se están respondiendo %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <location filename="../../../app/ui/servers_page.py" line="+43"/>
        <source>Models on a server run on &lt;b&gt;that computer&lt;/b&gt;: your messages, documents and pictures are sent there. Hearth only connects to servers you add here, over https, or over plain http to this computer or your local network.</source>
        <translation>Los modelos de un servidor se ejecutan en &lt;b&gt;ese equipo&lt;/b&gt;: sus mensajes, documentos e imágenes se envían allí. Hearth solo se conecta a los servidores que usted añada aquí, por https, o por http simple a este equipo o a su red local.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>http://192.168.1.20:8000 or https://gpu.example.org</source>
        <translation>http://192.168.1.20:8000 o https://gpu.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; from the host name</source>
        <translation>opcional; si no, del nombre del host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; kept in the system keychain</source>
        <translation>opcional; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {url} · API key in keychain</source>
        <translation>{name} — {url} · clave de API en el llavero</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reaching {url}…</source>
        <translation>Conectando con {url}…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{name} answers ({kind}, {ms} ms) and serves %n model(s); they appear in the model list, marked as remote.</source>
        <translation>
            <numerusform>{name} responde ({kind}, {ms} ms) y ofrece %n modelo; aparece en la lista de modelos, marcado como remoto.</numerusform>
            <numerusform>{name} responde ({kind}, {ms} ms) y ofrece %n modelos; aparecen en la lista de modelos, marcados como remotos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} will be forgotten, with its key, when you press OK.</source>
        <translation>{name} se olvidará, junto con su clave, cuando pulse Aceptar.</translation>
    </message>
</context>
<context>
    <name>UserToolsPage</name>
    <message>
        <location filename="../../../app/ui/user_tools_page.py" line="+63"/>
        <source>New tool</source>
        <translation>Nueva herramienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it does, for the model</source>
        <translation>Qué hace, para el modelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program&apos;s arguments; {name} is replaced by the value of the argument &apos;name&apos;. No shell is used.</source>
        <translation>Los argumentos del programa; {name} se sustituye por el valor del argumento «name». No se usa ningún shell.</translation>
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
        <translation>Solo lee (se ejecuta sin preguntar en el modo «solo lectura»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Tiempo límite:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model passes (its arguments):</source>
        <translation>Lo que pasa el modelo (sus argumentos):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add argument</source>
        <translation>Añadir argumento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove argument</source>
        <translation>Eliminar argumento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tool</source>
        <translation>Guardar herramienta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} Fix or remove the file to edit tools here.</source>
        <translation>{problem} Corrija o elimine el archivo para editar herramientas aquí.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>string</source>
        <comment>JSON Schema type: text</comment>
        <translation>cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer</source>
        <comment>JSON Schema type: whole number</comment>
        <translation>entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <comment>JSON Schema type: any number</comment>
        <translation>número</translation>
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
        <translation>lista</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>No se pueden leer los argumentos: {reason}.</translation>
    </message>
</context>
</TS>
