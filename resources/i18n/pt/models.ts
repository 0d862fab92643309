<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
        <translation>Retomando em {size}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{done} de {total} · {rate}/s · faltam {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · measuring speed · {eta} left</source>
        <translation>{done} de {total} · medindo a velocidade · faltam {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the {size} already downloaded…</source>
        <translation>Verificando os {size} já baixados…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network trouble; retry {attempt} of {attempts} in {seconds} s</source>
        <translation>Problema de rede; nova tentativa {attempt} de {attempts} em {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused at {done} of {total}</source>
        <translation>Pausado em {done} de {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified and installed</source>
        <translation>Verificado e instalado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
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
        <translation>Quantização</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+192"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Fit</source>
        <translation>Compatibilidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer: {memory} of memory free, no GPU. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Este computador: {memory} de memória livre, sem GPU. A compatibilidade é avaliada para um contexto de {n_ctx} tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gpu} ({memory} free)</source>
        <translation>{gpu} ({memory} livres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer: {memory} of memory free, {gpus}. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Este computador: {memory} de memória livre, {gpus}. A compatibilidade é avaliada para um contexto de {n_ctx} tokens.</translation>
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
        <translation>Baixar</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The catalog has no model pair “{pair}”.</source>
        <translation>O catálogo não tem o par de modelos “{pair}”.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>vision (region check)</source>
        <comment>licence kind</comment>
        <translation>visão (verificação de região)</translation>
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
        <translation>não quantizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for Arm CPUs</source>
        <comment>quantization note</comment>
        <translation>para CPUs Arm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No downloads yet. Pick a model in the Catalog.</source>
        <translation>Nenhum download ainda. Escolha um modelo no Catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a GGUF file…</source>
        <translation>Importar um arquivo GGUF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop .gguf files here</source>
        <translation>ou solte arquivos .gguf aqui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Neste computador</translation>
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
        <translation>Excluir…</translation>
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
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file}? Files Hearth downloaded are removed from disk; imported files are only removed from the list.</source>
        <translation>Excluir {file}? Os arquivos baixados pelo Hearth são apagados do disco; os arquivos importados são apenas retirados da lista.</translation>
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
        <translation>Resumir um arquivo PDF, Word (.docx), página da web (.html), Markdown ou de texto simples</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A document is already being summarized; wait or cancel it.</source>
        <translation>Um documento já está sendo resumido; aguarde ou cancele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>O resumo foi cancelado; nada foi salvo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Summarize {count} documents</source>
        <translation>Resumir {count} documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarize {names} one after another or together?</source>
        <translation>Resumir {names} um após o outro ou juntos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One after another</source>
        <translation>Um após o outro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A summary of each document, each in its own chat</source>
        <translation>Um resumo de cada documento, cada um em sua própria conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One summary of all of them</source>
        <translation>Um único resumo de todos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} documents</source>
        <translation>{count} documentos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pasted text</source>
        <translation>Texto colado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a model first, then summarize the document.</source>
        <translation>Escolha primeiro um modelo e depois resuma o documento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth is still answering; stop it first.</source>
        <translation>O Hearth ainda está respondendo; interrompa-o primeiro.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context to read it in one pass? It needs about {needed} of the {available} of memory free now.</source>
        <translation>“{document}” é longo para o contexto de {current} tokens do {model}. Recarregar o {model} com um contexto de {n_ctx} tokens para lê-lo de uma só vez? São necessários cerca de {needed} dos {available} de memória livres agora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context for fewer, larger parts (the whole document does not fit)? It needs about {needed} of the {available} of memory free now.</source>
        <translation>“{document}” é longo para o contexto de {current} tokens do {model}. Recarregar o {model} com um contexto de {n_ctx} tokens para ter menos partes, e maiores (o documento inteiro não cabe)? São necessários cerca de {needed} dos {available} de memória livres agora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A larger context for this document</source>
        <translation>Um contexto maior para este documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload with {n_ctx} tokens</source>
        <translation>Recarregar com {n_ctx} tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize in parts</source>
        <translation>Resumir em partes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading {model} with a {n_ctx}-token context for this document…</source>
        <translation>Carregando o {model} com um contexto de {n_ctx} tokens para este documento…</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location line="-431"/>
        <source>Summarize a document</source>
        <translation>Resumir um documento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PDF, Word, web page, Markdown or text file</source>
        <translation>Um arquivo PDF, Word, página da web, Markdown ou de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or paste the text to summarize here</source>
        <translation>…ou cole aqui o texto a ser resumido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short summary</source>
        <translation>Um resumo curto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bullet points</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detailed summary</source>
        <translation>Um resumo detalhado</translation>
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
        <translation>Escolher um documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>SummaryProgressDialog</name>
    <message>
        <location line="+16"/>
        <source>Summarizing {name}</source>
        <translation>Resumindo {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary appears here as it is written.</source>
        <translation>O resumo aparece aqui à medida que é escrito.</translation>
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
        <translation>concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <comment>tool call status</comment>
        <translation>erro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <comment>tool call status</comment>
        <translation>negado</translation>
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
        <translation>ignorado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**Tool** `{call}` — {status}</source>
        <translation>**Ferramenta** `{call}` — {status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calling {calls}</source>
        <translation>Chamando {calls}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allow this tool call?</source>
        <translation>Permitir esta chamada de ferramenta?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It only reads information.</source>
        <translation>Apenas lê informações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can change things on this computer or open other programs.</source>
        <translation>Pode alterar coisas neste computador ou abrir outros programas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model wants to run &lt;b&gt;{tool}&lt;/b&gt;: {description}</source>
        <translation>O modelo quer executar &lt;b&gt;{tool}&lt;/b&gt;: {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>Fornecida por &lt;b&gt;{origin}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow once</source>
        <translation>Permitir uma vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always allow {tool}</source>
        <translation>Sempre permitir {tool}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deny</source>
        <translation>Negar</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <location line="+246"/>
        <source>The file tools need at least one folder; they stay off.</source>
        <translation>As ferramentas de arquivos precisam de pelo menos uma pasta; elas continuam desativadas.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no question to answer again.</source>
        <translation>Não há nenhuma pergunta para responder novamente.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stopped</source>
        <translation>interrompido</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <location line="-263"/>
        <source>Tools for this chat</source>
        <translation>Ferramentas para esta conversa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model may call these tools in this chat:</source>
        <translation>O modelo pode chamar estas ferramentas nesta conversa:</translation>
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
        <translation>{name} — {description} (sua ferramenta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled: turn it on in Settings ▸ My tools first.</source>
        <translation>Desativada: ative-a primeiro em Configurações ▸ Minhas ferramentas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask before every tool call</source>
        <translation>Perguntar antes de cada chamada de ferramenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run read-only tools without asking</source>
        <translation>Executar sem perguntar as ferramentas somente leitura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every tool without asking (opening files and links still asks)</source>
        <translation>Executar todas as ferramentas sem perguntar (abrir arquivos e links ainda pede permissão)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval:</source>
        <translation>Aprovação:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders the file tools may read:</source>
        <translation>Pastas que as ferramentas de arquivos podem ler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a safe calculator</source>
        <translation>uma calculadora segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current date and time, time zones</source>
        <translation>a data e a hora atuais, fusos horários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit conversion</source>
        <translation>conversão de unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, search and read files in approved folders</source>
        <translation>listar, pesquisar e ler arquivos em pastas aprovadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory, disk and battery</source>
        <translation>memória, disco e bateria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a link or file with the default app (always asks)</source>
        <translation>abrir um link ou arquivo com o aplicativo padrão (sempre pergunta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the file tools may read</source>
        <translation>Pasta que as ferramentas de arquivos podem ler</translation>
    </message>
</context>
</TS>
