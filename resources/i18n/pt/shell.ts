<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../app/ui/about_dialog.py" line="+33"/>
        <source>The licence text ({name}) is missing from this installation.</source>
        <translation>O texto da licença ({name}) está ausente nesta instalação.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Hearth</source>
        <translation>Sobre o Hearth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A private, offline assistant. Everything runs on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um assistente privado e offline. Tudo é executado neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models, licensed under the Llama 3.2 Community License.</source>
        <translation>O Hearth executa os modelos Llama 3.2 da Meta, licenciados sob a Llama 3.2 Community License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Llama 3.2 licence</source>
        <translation>Licença do Llama 3.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party</source>
        <translation>Terceiros</translation>
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
        <translation>Algo deu errado: {error}. Os detalhes estão no registro.</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../../app/ui/first_run.py" line="+80"/>
        <source>&lt;b&gt;You are chatting with the starter model&lt;/b&gt; (SmolLM2 135M Instruct): it runs on any computer, fully offline, but it is small and often wrong. For real answers use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Você está conversando com o modelo inicial&lt;/b&gt; (SmolLM2 135M Instruct): ele funciona em qualquer computador, totalmente offline, mas é pequeno e costuma errar. Para respostas de verdade, use &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the size that fits this computer&apos;s free memory.</source>
        <translation>É o tamanho que cabe na memória livre deste computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {model}</source>
        <translation>Usar {model}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download {model}</source>
        <translation>Baixar {model}</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../../app/ui/licence_dialog.py" line="+70"/>
        <source>You may use, copy, modify and share the models and what they produce, for free, for research and for commercial purposes, if you keep to the Acceptable Use Policy.</source>
        <translation>Você pode usar, copiar, modificar e compartilhar os modelos e o que eles produzem, gratuitamente, para pesquisa e para fins comerciais, desde que respeite a Política de Uso Aceitável (Acceptable Use Policy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products and services with more than 700 million monthly active users need a separate licence from Meta.</source>
        <translation>Produtos e serviços com mais de 700 milhões de usuários ativos mensais precisam de uma licença separada da Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you share a Llama model or a product built with one, you include a copy of the licence and show &quot;Built with Llama&quot; in the product&apos;s documentation or interface.</source>
        <translation>Se você compartilhar um modelo Llama ou um produto criado com ele, inclua uma cópia da licença e exiba &quot;Built with Llama&quot; na documentação ou na interface do produto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Vision models (Llama 3.2 11B and 90B Vision):** the rights to these multimodal models are not granted to individuals domiciled in, or companies with their principal place of business in, the European Union. End users in the EU may still use products and services that include them. Hearth asks where you are before it downloads or loads a vision model; if you use Hearth for a company, the company&apos;s principal place of business decides. For this, the EU includes its outermost regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, the Azores, Madeira, the Canary Islands) and Åland; Norway, Iceland, Liechtenstein, Switzerland, the United Kingdom, Greenland and the Faroe Islands are not in it.</source>
        <translation>**Modelos de visão (Llama 3.2 11B e 90B Vision):** os direitos sobre esses modelos multimodais não são concedidos a pessoas domiciliadas na União Europeia nem a empresas com sede principal de negócios nela. Usuários finais na UE ainda podem usar produtos e serviços que os incluam. O Hearth pergunta onde você está antes de baixar ou carregar um modelo de visão; se você usa o Hearth para uma empresa, vale a sede principal de negócios da empresa. Para isso, a UE inclui suas regiões ultraperiféricas (Guiana Francesa, Guadalupe, Martinica, Reunião, Mayotte, São Martinho, os Açores, a Madeira, as Ilhas Canárias) e Åland; Noruega, Islândia, Liechtenstein, Suíça, Reino Unido, Groenlândia e Ilhas Faroé não fazem parte dela.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Acceptable Use Policy forbids, among other things, using the models for illegal activity, to harm people, to deceive, or to generate content that endangers others.</source>
        <translation>A Política de Uso Aceitável proíbe, entre outras coisas, usar os modelos para atividades ilegais, para prejudicar pessoas, para enganar ou para gerar conteúdo que coloque outras pessoas em perigo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Llama 3.2 — the licence in plain words</source>
        <translation>Llama 3.2 — a licença em palavras simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models on your computer. The models are not part of Hearth&apos;s own code: each one comes with the **Llama 3.2 Community License Agreement** and the **Llama 3.2 Acceptable Use Policy**, which you accept when you download a Llama model.</source>
        <translation>O Hearth executa os modelos Llama 3.2 da Meta no seu computador. Os modelos não fazem parte do código do Hearth: cada um vem com o **Llama 3.2 Community License Agreement** e a **Llama 3.2 Acceptable Use Policy**, que você aceita ao baixar um modelo Llama.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they say, in short (the official texts decide; read them):</source>
        <translation>O que dizem, em resumo (os textos oficiais é que valem; leia-os):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This summary is not legal advice. Official texts:</source>
        <translation>Este resumo não é aconselhamento jurídico. Textos oficiais:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable Use Policy:</source>
        <translation>Política de Uso Aceitável:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Llama 3.2 vision models: licence</source>
        <translation>Modelos de visão Llama 3.2: licença</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{model}&lt;/b&gt; is a Llama 3.2 vision model.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt; é um modelo de visão Llama 3.2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Llama 3.2 licence does not grant the vision models to individuals domiciled in, or companies with their principal place of business in, the European Union. Hearth therefore asks you — it does not guess. Text models are not affected.</source>
        <translation>A licença do Llama 3.2 não concede os modelos de visão a pessoas domiciliadas na União Europeia nem a empresas com sede principal de negócios nela. Por isso o Hearth pergunta a você — ele não adivinha. Os modelos de texto não são afetados.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Official texts: {licence} · {policy}.</source>
        <translation>Textos oficiais: {licence} · {policy}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptable Use Policy</source>
        <translation>Política de Uso Aceitável</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End users of products that include a vision model are not limited, in the EU or elsewhere; this question is only about your own use of Hearth.</source>
        <translation>Usuários finais de produtos que incluem um modelo de visão não têm limitações, na UE ou em outro lugar; esta pergunta diz respeito apenas ao seu próprio uso do Hearth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Isto não é aconselhamento jurídico: valem a licença oficial e a Política de Uso Aceitável.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country where you live:</source>
        <translation>País onde você mora:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For myself, as an individual</source>
        <translation>Para mim, como pessoa física</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a company or organisation</source>
        <translation>Para uma empresa ou organização</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I use Hearth:</source>
        <translation>Uso o Hearth:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a company, its principal place of business decides, not where you live.</source>
        <translation>Para uma empresa, vale a sede principal de negócios dela, não onde você mora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company&apos;s principal place of business:</source>
        <translation>Sede principal de negócios da empresa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have read and accept the {licence} and the Acceptable Use Policy</source>
        <translation>Li e aceito a {licence} e a Política de Uso Aceitável</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your current answers; change what is no longer true.</source>
        <translation>Suas respostas atuais; altere o que não for mais verdade.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-selected from your system&apos;s region ({country}). Please check it: only your answer counts.</source>
        <translation>Pré-selecionado a partir da região do seu sistema ({country}). Confira: só a sua resposta vale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the country you live in.</source>
        <translation>Escolha o país onde você mora.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say whether you use Hearth for yourself or for a company.</source>
        <translation>Informe se você usa o Hearth para si mesmo ou para uma empresa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With these answers the licence does not grant you the Llama 3.2 vision models: Hearth will not download or load them. Text models stay available.</source>
        <translation>Com essas respostas, a licença não concede a você os modelos de visão Llama 3.2: o Hearth não vai baixá-los nem carregá-los. Os modelos de texto continuam disponíveis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With these answers the regional limit does not apply to you.</source>
        <translation>Com essas respostas, a limitação regional não se aplica a você.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} was not downloaded: the licence question was not answered.</source>
        <translation>{model} não foi baixado: a pergunta sobre a licença não foi respondida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} was not loaded: the licence question was not answered.</source>
        <translation>{model} não foi carregado: a pergunta sobre a licença não foi respondida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} was not downloaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} não foi baixado: é um modelo de visão Llama 3.2, e a licença dele depende de onde você mora, então o Hearth pergunta primeiro. Tente de novo para responder ou informe suas respostas em Configurações ▸ Declaração de licença…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} was not loaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} não foi carregado: é um modelo de visão Llama 3.2, e a licença dele depende de onde você mora, então o Hearth pergunta primeiro. Tente de novo para responder ou informe suas respostas em Configurações ▸ Declaração de licença…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="+71"/>
        <source>Open a GGUF file…</source>
        <translation>Abrir um arquivo GGUF…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft: {share} accepted ({accepted}/{drafted})</source>
        <translation>Rascunho: {share} aceito ({accepted}/{drafted})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{speedup}× plain</source>
        <translation>~{speedup}× em relação a sem rascunho</translation>
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
        <translation>primeiro token em {ms} ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} old messages left out to fit the context</source>
        <translation>{n} mensagens antigas deixadas de fora para caber no contexto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+488"/>
        <location line="+235"/>
        <source>stopped</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <location line="-721"/>
        <source>cut off at the length limit</source>
        <translation>cortado no limite de tamanho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the safety check</source>
        <translation>interrompido pela verificação de segurança</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
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
        <translation>Baixar modelos Llama, importar arquivos GGUF, ver o que cabe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Message Hearth (Enter sends, Shift+Enter for a new line)</source>
        <translation>Mensagem para o Hearth (Enter envia, Shift+Enter para nova linha)</translation>
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
        <translation>Nenhum modelo carregado</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open model file…</source>
        <translation>A&amp;brir arquivo de modelo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Exportar conversa como &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Exportar conversa como &amp;JSON…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools for this &amp;chat…</source>
        <translation>Ferramentas para esta &amp;conversa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MCP servers…</source>
        <translation>Servidores &amp;MCP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Hearth</source>
        <translation>&amp;Sobre o Hearth</translation>
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
        <translation>É executado em {url}: suas mensagens vão para aquele computador.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No model is installed yet. Open a GGUF file (File ▸ Open model file…), for example Llama-3.2-1B-Instruct-Q4_K_M.gguf.</source>
        <translation>Ainda não há nenhum modelo instalado. Abra um arquivo GGUF (Arquivo ▸ Abrir arquivo de modelo…), por exemplo Llama-3.2-1B-Instruct-Q4_K_M.gguf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model</source>
        <translation>Abrir um modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model is already loading; wait a moment.</source>
        <translation>Um modelo já está sendo carregado; aguarde um momento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading {model}…</source>
        <translation>Carregando {model}…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{model} · on {host} · {n_ctx}-token context</source>
        <translation>{model} · em {host} · contexto de {n_ctx} tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} · {n_ctx}-token context · {threads} threads</source>
        <translation>{model} · contexto de {n_ctx} tokens · {threads} threads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} GPU layers</source>
        <translation>{n} camadas na GPU</translation>
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
        <translation>Esta conversa vai para outro computador ({host}): {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: {model}</source>
        <translation>Rascunho: {model}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{model} (still loaded)</source>
        <translation>{model} (ainda carregado)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cut off: the answer did not arrive in full</source>
        <translation>cortada: a resposta não chegou por completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: it did not fit or failed</source>
        <translation>não enviado: não coube ou falhou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
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
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename chat</source>
        <translation>Renomear conversa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete chat</source>
        <translation>Excluir conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>Excluir “{title}”?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export chat</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>Não foi possível salvar {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A document is being summarized; send when it is done, or cancel it.</source>
        <translation>Um documento está sendo resumido; envie quando terminar ou cancele-o.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is still loading; your message is kept in the box.</source>
        <translation>O modelo ainda está carregando; sua mensagem continua na caixa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>Escolha um modelo primeiro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model cannot see pictures: choose a Llama 3.2 Vision model, or remove the picture.</source>
        <translation>Este modelo não consegue ver imagens: escolha um modelo Llama 3.2 Vision ou remova a imagem.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new language applies the next time Hearth starts.</source>
        <translation>O novo idioma será aplicado na próxima vez que o Hearth iniciar.</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>Redefinir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../app/ui/settings_dialog.py" line="+54"/>
        <source>GPU layers set to *Automatic* are chosen from the free memory of the largest GPU, the model&apos;s size and the context size; a GPU that fails to start falls back to the CPU with a notice. See the README for CUDA, Metal and Vulkan builds.</source>
        <translation>As camadas na GPU em *Automático* são escolhidas pela memória livre da maior GPU, pelo tamanho do modelo e pelo tamanho do contexto; se uma GPU não iniciar, o Hearth passa para a CPU com um aviso. Veja o README para as versões com CUDA, Metal e Vulkan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threads, context size and GPU layers are remembered for &lt;b&gt;{model}&lt;/b&gt;; other models keep their own.</source>
        <translation>Threads, tamanho do contexto e camadas na GPU ficam salvos para &lt;b&gt;{model}&lt;/b&gt;; os outros modelos mantêm os seus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic ({cores} physical cores)</source>
        <translation>Automático ({cores} núcleos físicos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads:</source>
        <translation>Threads da CPU:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context size:</source>
        <translation>Tamanho do contexto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (from free GPU memory)</source>
        <translation>Automático (pela memória livre da GPU)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU: 0 runs on the CPU only, 999 puts every layer on the GPU.</source>
        <translation>Camadas executadas na GPU: 0 usa só a CPU, 999 coloca todas as camadas na GPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers:</source>
        <translation>Camadas na GPU:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 always picks the likeliest word; higher is more varied.</source>
        <translation>0 escolhe sempre a palavra mais provável; valores maiores dão mais variedade.</translation>
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
        <translation>Sem limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest answer:</source>
        <translation>Resposta mais longa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions for every new chat (optional)</source>
        <translation>Instruções para cada nova conversa (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt:</source>
        <translation>Prompt do sistema:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence declaration…</source>
        <translation>Declaração de licença…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you live and whether you use Hearth for a company: decides whether the Llama 3.2 vision models&apos; licence covers you.</source>
        <translation>Onde você mora e se usa o Hearth para uma empresa: isso decide se a licença dos modelos de visão Llama 3.2 cobre você.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vision licence:</source>
        <translation>Licença de visão:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Hearth starts.</source>
        <translation>Um novo idioma é aplicado na próxima vez que o Hearth iniciar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>Segurança</translation>
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
        <translation>Minhas ferramentas</translation>
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
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A small model with the same vocabulary (e.g. Llama 3.2 1B for Llama 3.1 8B) guesses ahead and this model checks its guesses in batches: the same answers, usually faster.</source>
        <translation>Um modelo pequeno com o mesmo vocabulário (p. ex., Llama 3.2 1B para Llama 3.1 8B) tenta adivinhar adiante e este modelo confere os palpites em lotes: as mesmas respostas, geralmente mais rápido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft model:</source>
        <translation>Modelo de rascunho:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not declared yet: Hearth asks before a vision model is used.</source>
        <translation>Ainda não declarado: o Hearth pergunta antes de usar um modelo de visão.</translation>
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
        <translation>Empresa em {country}: modelos de visão {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual in {country}: vision models {verdict}</source>
        <translation>Pessoa física em {country}: modelos de visão {verdict}</translation>
    </message>
</context>
<context>
    <name>StreamWorker</name>
    <message>
        <location filename="../../../app/ui/workers.py" line="-48"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Algo deu errado: {error}. Os detalhes estão no registro.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../../app/ui/main.py" line="+65"/>
        <source>Hearth cannot open your conversations</source>
        <translation>O Hearth não consegue abrir suas conversas</translation>
    </message>
</context>
</TS>
