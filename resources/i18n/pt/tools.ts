<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="+39"/>
        <source>You</source>
        <comment>message title</comment>
        <translation>Você</translation>
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
        <translation>Ferramenta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>almost done</source>
        <translation>quase pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {seconds} s left</source>
        <translation>faltam cerca de {seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min left</source>
        <translation>faltam cerca de {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {hours} h left</source>
        <translation>faltam cerca de {hours} h</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the picture… {percent} % · {time_left}</source>
        <translation>Lendo a imagem… {percent} % · {time_left}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the picture… {percent} %</source>
        <translation>Lendo a imagem… {percent} %</translation>
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
        <translation>Anexar imagem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a Llama 3.2 Vision model about a picture (you can also drop or paste one)</source>
        <translation>Perguntar a um modelo Llama 3.2 Vision sobre uma imagem (você também pode arrastar ou colar uma)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send this picture</source>
        <translation>Não enviar esta imagem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full detail</source>
        <translation>Detalhe completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick look</source>
        <translation>Olhada rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full detail reads a picture as up to four tiles, as the model was trained; a quick look reads one tile, about six times faster on a CPU</source>
        <translation>O detalhe completo lê uma imagem em até quatro blocos, como o modelo foi treinado; uma olhada rápida lê um único bloco, cerca de seis vezes mais rápido em uma CPU</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pasted picture</source>
        <translation>imagem colada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach an image</source>
        <translation>Anexar uma imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>Imagens ({patterns})</translation>
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
        <translation>Estes servidores estão configurados em outros aplicativos. Marque os que o Hearth também pode iniciar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {target}  (from {app}: {path})</source>
        <translation>{name} — {target}  (do {app}: {path})</translation>
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
        <translation>Colar servidores MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the &quot;mcpServers&quot; block from Claude Desktop, LM Studio, Cursor or VS Code:</source>
        <translation>Cole o bloco &quot;mcpServers&quot; do Claude Desktop, LM Studio, Cursor ou VS Code:</translation>
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
        <translation>Um programa neste computador (stdio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web address (streamable HTTP)</source>
        <translation>Um endereço web (streamable HTTP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME=VALUE, one a line</source>
        <translation>NAME=VALUE, um por linha</translation>
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
        <translation>Pasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>Cabeçalhos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call timeout:</source>
        <translation>Tempo limite por chamada:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each line of the headers must look like NAME=VALUE.</source>
        <translation>Cada linha dos cabeçalhos deve ter a forma NAME=VALUE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>Não é possível ler os argumentos: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line of the environment must look like NAME=VALUE.</source>
        <translation>Cada linha do ambiente deve ter a forma NAME=VALUE.</translation>
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
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste JSON…</source>
        <translation>Colar JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the mcpServers block of Claude Desktop, LM Studio, Cursor or VS Code</source>
        <translation>Colar o bloco mcpServers do Claude Desktop, LM Studio, Cursor ou VS Code</translation>
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
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move secrets to the keychain</source>
        <translation>Mover os segredos para o chaveiro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools:</source>
        <translation>Ferramentas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (the server&apos;s stderr):</source>
        <translation>Registro (stderr do servidor):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>stopped</source>
        <comment>MCP server state</comment>
        <translation>parado</translation>
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
        <translation>pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <comment>MCP server state</comment>
        <translation>desativado</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No MCP servers yet: Add… one, or Import… those of Claude Desktop or LM Studio.</source>
        <translation>Ainda não há servidores MCP: adicione um com “Adicionar…” ou importe os do Claude Desktop ou do LM Studio com “Importar…”.</translation>
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
        <translation>Desativado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: {state}.</source>
        <translation>Estado: {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} look secret and are still in mcp.json.</source>
        <translation>{names} parecem secretos e ainda estão em mcp.json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} — read-only</source>
        <translation>{tool} — somente leitura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — always asks</source>
        <translation>{tool} — sempre pergunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — asks</source>
        <translation>{tool} — pergunta</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Starting {name}…</source>
        <translation>Iniciando {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved to the system keychain: {names}.</source>
        <translation>Movido para o chaveiro do sistema: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing that looks secret is left in mcp.json.</source>
        <translation>Não resta nada em mcp.json que pareça secreto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MCP servers were found in Claude Desktop&apos;s or LM Studio&apos;s settings.</source>
        <translation>Nenhum servidor MCP foi encontrado nas configurações do Claude Desktop ou do LM Studio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {names}.</source>
        <translation>Importado: {names}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added {names}.</source>
        <translation>Adicionado: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was added.</source>
        <translation>Nada foi adicionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here, left as they are: {names}.</source>
        <translation>Já existentes, mantidos como estão: {names}.</translation>
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
        <translation>Copiar esta mensagem como Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this question again</source>
        <translation>Responder a esta pergunta novamente</translation>
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
        <translation>Parar de ler a imagem</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../../app/ui/safety_page.py" line="+25"/>
        <source>Both my messages and the answers</source>
        <translation>Minhas mensagens e as respostas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My messages only</source>
        <translation>Somente minhas mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers only</source>
        <translation>Somente as respostas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Violent Crimes</source>
        <translation>Crimes violentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-Violent Crimes</source>
        <translation>Crimes não violentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex Crimes</source>
        <translation>Crimes sexuais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child Exploitation</source>
        <translation>Exploração infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defamation</source>
        <translation>Difamação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized Advice</source>
        <translation>Aconselhamento especializado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual Property</source>
        <translation>Propriedade intelectual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indiscriminate Weapons</source>
        <translation>Armas indiscriminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate</source>
        <translation>Ódio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Harm</source>
        <translation>Automutilação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual Content</source>
        <translation>Conteúdo sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elections</source>
        <translation>Eleições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code Interpreter Abuse</source>
        <translation>Abuso do interpretador de código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violent crimes</source>
        <translation>crimes violentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-violent crimes (such as fraud, theft, hacking or drugs)</source>
        <translation>crimes não violentos (como fraude, roubo, invasão de sistemas ou drogas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex-related crimes</source>
        <translation>crimes de natureza sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual exploitation of children</source>
        <translation>exploração sexual de crianças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defamation</source>
        <translation>difamação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialized financial, medical or legal advice</source>
        <translation>aconselhamento financeiro, médico ou jurídico especializado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private personal information</source>
        <translation>informações pessoais privadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intellectual property violations</source>
        <translation>violações de propriedade intelectual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weapons of mass destruction</source>
        <translation>armas de destruição em massa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hate</source>
        <translation>ódio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suicide and self-harm</source>
        <translation>suicídio e automutilação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual content</source>
        <translation>conteúdo sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false information about elections</source>
        <translation>informações falsas sobre eleições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abuse of code execution</source>
        <translation>abuso da execução de código</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Llama Guard 3 1B, a small safety model from Meta, checks the chat on this computer. It labels text in 13 categories of harm; leave out the ones that do not matter here. Messages with a picture can be checked by Llama Guard 3 11B Vision.</source>
        <translation>O Llama Guard 3 1B, um pequeno modelo de segurança da Meta, verifica o chat neste computador. Ele classifica o texto em 13 categorias de dano; deixe de fora as que não importam aqui. Mensagens com uma imagem podem ser verificadas pelo Llama Guard 3 11B Vision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the chat with Llama Guard 3</source>
        <translation>Verificar o chat com o Llama Guard 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check:</source>
        <translation>Verificar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block it and name the category</source>
        <translation>Bloquear e informar a categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn and show it</source>
        <translation>Avisar e mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When unsafe:</source>
        <translation>Se não for seguro:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Categories:</source>
        <translation>Categorias:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Llama Guard 3 1B (download it in the model manager)</source>
        <translation>Llama Guard 3 1B (baixe-o no gerenciador de modelos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety model:</source>
        <translation>Modelo de segurança:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check messages with a picture with Llama Guard 3 11B Vision when it is installed</source>
        <translation>Verificar mensagens com uma imagem com o Llama Guard 3 11B Vision quando estiver instalado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama Guard 3 11B Vision, if installed</source>
        <translation>Llama Guard 3 11B Vision, se estiver instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture safety model:</source>
        <translation>Modelo de segurança para imagens:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock:</source>
        <translation>Bloqueio:</translation>
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
        <translation>Bloqueado: digite a senha para alterar estas configurações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone using this computer can change these settings. Lock them with a password (only a salted hash of it is kept).</source>
        <translation>Qualquer pessoa que use este computador pode alterar estas configurações. Bloqueie-as com uma senha (só é guardado um hash dela com salt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocked. Lock again before handing the computer over.</source>
        <translation>Desbloqueado. Bloqueie novamente antes de passar o computador para outra pessoa.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../../app/ui/server_panel.py" line="+149"/>
        <source>Serve the installed models over the OpenAI API, for editors, agents and scripts on this computer (127.0.0.1 only; use &lt;code&gt;hearth serve&lt;/code&gt; for more).</source>
        <translation>Disponibilizar os modelos instalados pela API da OpenAI, para editores, agentes e scripts neste computador (somente 127.0.0.1; para mais, use &lt;code&gt;hearth serve&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve the OpenAI-compatible API</source>
        <translation>Disponibilizar a API compatível com a OpenAI</translation>
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
        <translation>Endereço:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests:</source>
        <translation>Solicitações:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started: {reason}</source>
        <translation>Não iniciado: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: other programs on this computer can use Hearth&apos;s models</source>
        <translation>Em execução: outros programas neste computador podem usar os modelos do Hearth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none being answered</source>
        <translation>nenhuma sendo respondida</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n being answered</source>
        <translation>
            <numerusform>%n sendo respondida</numerusform>
            <numerusform>%n sendo respondidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <location filename="../../../app/ui/servers_page.py" line="+43"/>
        <source>Models on a server run on &lt;b&gt;that computer&lt;/b&gt;: your messages, documents and pictures are sent there. Hearth only connects to servers you add here, over https, or over plain http to this computer or your local network.</source>
        <translation>Os modelos em um servidor rodam &lt;b&gt;naquele computador&lt;/b&gt;: suas mensagens, documentos e imagens são enviados para lá. O Hearth só se conecta aos servidores que você adicionar aqui, por https, ou por http simples a este computador ou à sua rede local.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>http://192.168.1.20:8000 or https://gpu.example.org</source>
        <translation>http://192.168.1.20:8000 ou https://gpu.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; from the host name</source>
        <translation>opcional; senão, vem do nome do host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; kept in the system keychain</source>
        <translation>opcional; guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>Chave de API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {url} · API key in keychain</source>
        <translation>{name} — {url} · chave de API no chaveiro</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reaching {url}…</source>
        <translation>Conectando a {url}…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{name} answers ({kind}, {ms} ms) and serves %n model(s); they appear in the model list, marked as remote.</source>
        <translation>
            <numerusform>{name} responde ({kind}, {ms} ms) e oferece %n modelo; ele aparece na lista de modelos, marcado como remoto.</numerusform>
            <numerusform>{name} responde ({kind}, {ms} ms) e oferece %n modelos; eles aparecem na lista de modelos, marcados como remotos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} will be forgotten, with its key, when you press OK.</source>
        <translation>{name} será esquecido, junto com a chave, quando você clicar em OK.</translation>
    </message>
</context>
<context>
    <name>UserToolsPage</name>
    <message>
        <location filename="../../../app/ui/user_tools_page.py" line="+63"/>
        <source>New tool</source>
        <translation>Nova ferramenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it does, for the model</source>
        <translation>O que ela faz, para o modelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program&apos;s arguments; {name} is replaced by the value of the argument &apos;name&apos;. No shell is used.</source>
        <translation>Os argumentos do programa; {name} é substituído pelo valor do argumento “name”. Nenhum shell é usado.</translation>
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
        <translation>Apenas lê (executa sem perguntar no modo “somente leitura”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Ativada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Descrição:</translation>
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
        <translation>Tempo limite:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model passes (its arguments):</source>
        <translation>O que o modelo passa (seus argumentos):</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add argument</source>
        <translation>Adicionar argumento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove argument</source>
        <translation>Remover argumento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tool</source>
        <translation>Salvar ferramenta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} Fix or remove the file to edit tools here.</source>
        <translation>{problem} Corrija ou remova o arquivo para editar ferramentas aqui.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>string</source>
        <comment>JSON Schema type: text</comment>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer</source>
        <comment>JSON Schema type: whole number</comment>
        <translation>inteiro</translation>
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
        <translation>Não é possível ler os argumentos: {reason}.</translation>
    </message>
</context>
</TS>
