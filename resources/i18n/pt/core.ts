<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>core</name>
    <message>
        <location filename="../../../app/core/chat/context.py" line="+81"/>
        <location filename="../../../app/core/remote.py" line="+769"/>
        <location filename="../../../app/core/vision/engine.py" line="+251"/>
        <location line="+124"/>
        <source>There is nothing to send.</source>
        <translation>Não há nada para enviar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message first.</source>
        <translation>Digite uma mensagem primeiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is empty.</source>
        <translation>Sua mensagem está vazia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type something to send.</source>
        <translation>Digite algo para enviar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room kept for the answer ({reserve} tokens) fills the model&apos;s whole context of {n_ctx} tokens.</source>
        <translation>O espaço reservado para a resposta ({reserve} tokens) ocupa todo o contexto do modelo, de {n_ctx} tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the answer length or raise the context size in Settings.</source>
        <translation>Reduza o tamanho da resposta ou aumente o tamanho do contexto em Configurações.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your message is {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Sua mensagem tem {tokens} tokens, mas o contexto do modelo comporta {n_ctx} (dos quais {reserve} reservados para a resposta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../app/core/vision/engine.py" line="+21"/>
        <source>Shorten it or raise the context size in Settings.</source>
        <translation>Encurte-a ou aumente o tamanho do contexto em Configurações.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message and the system prompt together are {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Sua mensagem e o prompt do sistema somam {tokens} tokens, mas o contexto do modelo comporta {n_ctx} (dos quais {reserve} reservados para a resposta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorten them or raise the context size in Settings.</source>
        <translation>Encurte-os ou aumente o tamanho do contexto em Configurações.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/readers.py" line="+83"/>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} é uma pasta, não um documento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: there is nothing to summarize.</source>
        <translation>{file} está vazio: não há nada para resumir.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This PDF has no text layer; OCR is not available. {file} looks like a scanned document (its pages are images), so Hearth cannot read its words.</source>
        <translation>Este PDF não tem camada de texto, e o reconhecimento de texto (OCR) não está disponível. {file} parece ser um documento digitalizado (suas páginas são imagens), por isso o Hearth não consegue ler suas palavras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through an OCR program to add a text layer, then try again.</source>
        <translation>Passe-o por um programa de OCR para adicionar uma camada de texto e tente novamente.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{file} is an image; Hearth summarizes text and OCR is not available.</source>
        <translation>{file} é uma imagem; o Hearth resume textos, e o reconhecimento de texto (OCR) não está disponível.</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Supported: {formats}.</source>
        <translation>Formatos aceitos: {formats}.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save it as .docx (Word ▸ Save As) and try again.</source>
        <translation>Salve-o como .docx (Word ▸ Salvar como) e tente novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or PDF and try again.</source>
        <translation>Salve-o como .docx ou PDF e tente novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or plain text and try again.</source>
        <translation>Salve-o como .docx ou texto simples e tente novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it as .docx or PDF and try again.</source>
        <translation>Exporte-o como .docx ou PDF e tente novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to PDF or plain text and try again.</source>
        <translation>Converta-o para PDF ou texto simples e tente novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, Word (.docx), web pages (.html), Markdown and plain text</source>
        <translation>PDF, Word (.docx), páginas da web (.html), Markdown e texto simples</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} does not exist.</source>
        <translation>{path} não existe.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{file} is not a PDF file (it does not start like one).</source>
        <translation>{file} não é um arquivo PDF (não começa como um).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>{file} is protected by a password, so Hearth cannot read it.</source>
        <translation>{file} está protegido por senha, por isso o Hearth não consegue lê-lo.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open it in a PDF viewer, save an unprotected copy, and summarize that.</source>
        <translation>Abra-o em um visualizador de PDF, salve uma cópia sem proteção e resuma essa cópia.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file} has no pages.</source>
        <translation>{file} não tem páginas.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} is password-protected or an old-format Word file, so Hearth cannot read it.</source>
        <translation>{file} está protegido por senha ou é um arquivo do Word em formato antigo, por isso o Hearth não consegue lê-lo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it in Word and save an unprotected .docx copy.</source>
        <translation>Abra-o no Word e salve uma cópia .docx sem proteção.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged or not a Word (.docx) document.</source>
        <translation>{file} está danificado ou não é um documento do Word (.docx).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} has no text to summarize.</source>
        <translation>{file} não tem texto para resumir.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no readable main text.</source>
        <translation>{file} não tem texto principal legível.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hearth cannot summarize {suffix} files ({file}).</source>
        <translation>O Hearth não consegue resumir arquivos {suffix} ({file}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth cannot summarize files without an extension ({file}).</source>
        <translation>O Hearth não consegue resumir arquivos sem extensão ({file}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} does not contain readable text (it looks like a binary file with a document&apos;s extension).</source>
        <translation>{file} não contém texto legível (parece ser um arquivo binário com a extensão de um documento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file.</source>
        <translation>Verifique se é o arquivo certo.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/summarize.py" line="+147"/>
        <source>Summary cancelled; nothing was saved.</source>
        <translation>Resumo cancelado; nada foi salvo.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading “{name}”…</source>
        <translation>Lendo “{name}”…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing the summary of {tokens} tokens…</source>
        <translation>Escrevendo o resumo de {tokens} tokens…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+130"/>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Reading the document ({tokens} tokens)…</source>
        <translation>Lendo o documento ({tokens} tokens)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the document: {percent}% of {tokens} tokens…</source>
        <translation>Lendo o documento: {percent}% de {tokens} tokens…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing part {n} of {total} ({label})…</source>
        <translation>Resumindo a parte {n} de {total} ({label})…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarizing part {n} of {total}…</source>
        <translation>Resumindo a parte {n} de {total}…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Combining notes, step {level} ({n} of {total})…</source>
        <translation>Combinando anotações, etapa {level} ({n} de {total})…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the summary…</source>
        <translation>Escrevendo o resumo…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts.</source>
        <translation>“{name}” tem {tokens} tokens, mais do que o contexto de {n_ctx} tokens deste modelo comporta deixando espaço para a resposta, por isso foi resumido em {parts} partes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts. Memory allows a context of up to {limit} tokens: set the context size to {wanted} or more in Settings to summarize it in one pass.</source>
        <translation>“{name}” tem {tokens} tokens, mais do que o contexto de {n_ctx} tokens deste modelo comporta deixando espaço para a resposta, por isso foi resumido em {parts} partes. A memória permite um contexto de até {limit} tokens: defina o tamanho do contexto como {wanted} ou mais em Configurações para resumi-lo de uma só vez.</translation>
    </message>
    <message>
        <location filename="../../../app/core/engine/llamacpp.py" line="+166"/>
        <source>{file} is part of a vision model ({architecture}); it cannot be opened as a text model.</source>
        <extracomment>Pick greedy and top-k tokens from a numpy shortlist (see _shortlist_size); the full-vocabulary path stays for comparison.</extracomment>
        <translation>{file} faz parte de um modelo de visão ({architecture}); não pode ser aberto como modelo de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it as an image Q&amp;A model instead.</source>
        <translation>Abra-o como modelo de perguntas sobre imagens.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The GPU could not be used ({reason}); Hearth runs on the CPU.</source>
        <translation>Não foi possível usar a GPU ({reason}); o Hearth está sendo executado na CPU.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} holds a &apos;{architecture}&apos; model, an architecture this version of llama.cpp cannot run.</source>
        <translation>{file} contém um modelo “{architecture}”, uma arquitetura que esta versão do llama.cpp não consegue executar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a Llama 3.2 model, or update Hearth.</source>
        <translation>Escolha um modelo Llama 3.2 ou atualize o Hearth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not load {file}: {reason}.</source>
        <translation>O llama.cpp não conseguiu carregar {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>llama.cpp could not create a {n_ctx}-token context for {file}: {reason}.</source>
        <translation>O llama.cpp não conseguiu criar um contexto de {n_ctx} tokens para {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the context size in Settings.</source>
        <translation>Reduza o tamanho do contexto em Configurações.</translation>
    </message>
    <message>
        <location filename="../../../app/core/licence.py" line="+128"/>
        <source>a Llama 3.2 Vision model (architecture “mllama”)</source>
        <translation>um modelo Llama 3.2 Vision (arquitetura “mllama”)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vision projector, the image half of a Llama 3.2 Vision model</source>
        <translation>um projetor de visão, a metade de imagem de um modelo Llama 3.2 Vision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Llama Guard 3 Vision model</source>
        <translation>um modelo Llama Guard 3 Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Llama 3.2 Vision model (by its name)</source>
        <translation>um modelo Llama 3.2 Vision (pelo nome)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>that you use Hearth for a company whose principal place of business is in {country} ({code})</source>
        <translation>que você usa o Hearth para uma empresa com sede principal em {country} ({code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that you use Hearth as an individual domiciled in {country} ({code})</source>
        <translation>que você usa o Hearth como pessoa física domiciliada em {country} ({code})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Llama 3.2 text models carry no regional limit.</source>
        <translation>Os modelos de texto do Llama 3.2 não têm nenhuma restrição regional.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth has no licence declaration from you yet.</source>
        <translation>O Hearth ainda não tem uma declaração de licença sua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your licence declaration was for an earlier licence version; please answer again.</source>
        <translation>Sua declaração de licença era para uma versão anterior da licença; responda novamente, por favor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your licence declaration is incomplete.</source>
        <translation>Sua declaração de licença está incompleta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the {licence} does not grant the rights to the Llama 3.2 vision models to an individual domiciled in, or a company with its principal place of business in, the European Union, and you declared {declaration}</source>
        <translation>a {licence} não concede os direitos sobre os modelos de visão do Llama 3.2 a pessoas físicas domiciliadas na União Europeia nem a empresas com sede principal nela, e você declarou {declaration}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared {declaration}, outside the European Union.</source>
        <translation>Você declarou {declaration}, fora da União Europeia.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hearth will not load {subject}: it is {what}, and {reason}.</source>
        <translation>O Hearth não vai carregar {subject}: é {what}, e {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can load {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>O Hearth precisa da sua declaração de licença antes de poder carregar {subject}: é {what}, e a licença do Llama 3.2 não concede os modelos de visão a pessoas e empresas na União Europeia. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not download {subject}: it is {what}, and {reason}.</source>
        <translation>O Hearth não vai baixar {subject}: é {what}, e {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can download {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>O Hearth precisa da sua declaração de licença antes de poder baixar {subject}: é {what}, e a licença do Llama 3.2 não concede os modelos de visão a pessoas e empresas na União Europeia. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not use {subject}: it is {what}, and {reason}.</source>
        <translation>O Hearth não vai usar {subject}: é {what}, e {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth needs your licence declaration before it can use {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>O Hearth precisa da sua declaração de licença antes de poder usar {subject}: é {what}, e a licença do Llama 3.2 não concede os modelos de visão a pessoas e empresas na União Europeia. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may still use products and services that include the vision models; Hearth&apos;s check is only about your own use. If your answers were wrong, change them in Settings ▸ Licence declaration… or with `hearth licence declare`. {advice} Licence: {licence_url} Use policy: {use_policy_url}</source>
        <translation>Os modelos de texto do Llama 3.2 (1B, 3B) continuam totalmente disponíveis. Usuários finais na UE ainda podem usar produtos e serviços que incluam os modelos de visão; a verificação do Hearth diz respeito apenas ao seu próprio uso. Se suas respostas estavam erradas, altere-as em Configurações ▸ Declaração de licença… ou com `hearth licence declare`. {advice} Licença: {licence_url} Política de uso: {use_policy_url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the question in the window, or run `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, or pass --domicile CC --as individual|company to this command. Text models need no declaration.</source>
        <translation>Responda à pergunta na janela, ou execute `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, ou passe --domicile CC --as individual|company para este comando. Modelos de texto não precisam de declaração.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Isto não é aconselhamento jurídico: valem a licença oficial e a Política de Uso Aceitável.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/download.py" line="+709"/>
        <source>Downloading {file} failed {failures} times in a row ({reason}).</source>
        <translation>O download de {file} falhou {failures} vezes seguidas ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connection and run the same command again: the {size} already downloaded are kept and it resumes.</source>
        <translation>Verifique a conexão e execute o mesmo comando novamente: os {size} já baixados são mantidos e o download continua.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearth could not write {path}: {reason}.</source>
        <translation>O Hearth não conseguiu gravar {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space; run the command again to resume.</source>
        <translation>Verifique o espaço livre em disco; execute o comando novamente para continuar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the same command again to download it afresh; if it fails again, the network or mirror (HF_ENDPOINT) is corrupting data.</source>
        <translation>Execute o mesmo comando novamente para baixar o arquivo do zero; se falhar de novo, a rede ou o espelho (HF_ENDPOINT) está corrompendo os dados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} failed its {algo} checksum: expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} não passou na soma de verificação {algo}: esperado {algo} {expected}, obtido {got}. O download danificado foi excluído e nada foi instalado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} failed its {algo} checksum (got {done} bytes of {size}): expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} não passou na soma de verificação {algo} (recebidos {done} de {size} bytes): esperado {algo} {expected}, obtido {got}. O download danificado foi excluído e nada foi instalado.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/gguf_file.py" line="+201"/>
        <source>There is no file at {path}.</source>
        <translation>Não há nenhum arquivo em {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} é uma pasta, não um arquivo de modelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Hearth could not read {file}: {reason}.</source>
        <translation>O Hearth não conseguiu ler {file}: {reason}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{file} is not a GGUF model file.</source>
        <translation>{file} não é um arquivo de modelo GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs GGUF files (for example Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch and other formats must be converted first.</source>
        <translation>O Hearth executa arquivos GGUF (por exemplo, Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch e outros formatos precisam ser convertidos primeiro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>{file} is truncated: it ends inside its header.</source>
        <translation>{file} está truncado: termina no meio do cabeçalho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>The download was probably interrupted; download it again.</source>
        <translation>O download provavelmente foi interrompido; baixe-o novamente.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{file} is a damaged GGUF file: {reason}.</source>
        <translation>{file} é um arquivo GGUF danificado: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the file again.</source>
        <translation>Baixe o arquivo novamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is truncated: {missing} of its weights are missing (the file has {size} of {expected}).</source>
        <translation>{file} está truncado: faltam {missing} dos seus pesos (o arquivo tem {size} de {expected}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} does not say which model architecture it holds.</source>
        <translation>{file} não informa qual arquitetura de modelo contém.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/local.py" line="+37"/>
        <source>The models folder already has a file called {file}.</source>
        <translation>A pasta de modelos já tem um arquivo chamado {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it first with `hearth models rm {name}`.</source>
        <translation>Remova-o primeiro com `hearth models rm {name}`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough free disk space for {what}: it needs {needed} ({needed_bytes} bytes) but only {free} ({free_bytes} bytes) is free on the disk that holds {where}.</source>
        <translation>Espaço livre em disco insuficiente para {what}: são necessários {needed} ({needed_bytes} bytes), mas só há {free} ({free_bytes} bytes) livres no disco que contém {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, or choose a smaller quantization.</source>
        <translation>Libere espaço ou escolha uma quantização menor.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The starter model comes with Hearth and cannot be removed.</source>
        <translation>O modelo inicial vem com o Hearth e não pode ser removido.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/memory.py" line="+62"/>
        <source>a smaller model or quantization</source>
        <translation>um modelo ou uma quantização menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller quantization</source>
        <translation>uma quantização menor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close other apps, lower the context size (now {n_ctx} tokens), or choose {smaller} (for example Q4_K_M).</source>
        <translation>Feche outros aplicativos, reduza o tamanho do contexto (agora {n_ctx} tokens) ou escolha {smaller} (por exemplo, Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close other apps, or choose {smaller} (for example Q4_K_M).</source>
        <translation>Feche outros aplicativos ou escolha {smaller} (por exemplo, Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} needs about {total} ({weights} weights + {context} context + {compute} working memory), but only {available} of memory is free.</source>
        <translation>{name} precisa de cerca de {total} ({weights} de pesos + {context} de contexto + {compute} de memória de trabalho), mas só há {available} de memória livre.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Fits on the GPU ({needed} of {free} free).</source>
        <translation>Cabe na GPU ({needed} de {free} livres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in memory ({needed} of {free} free).</source>
        <translation>Cabe na memória ({needed} de {free} livres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits in memory, partly on the GPU ({needed} of {free} free).</source>
        <translation>Cabe na memória, em parte na GPU ({needed} de {free} livres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tight: needs {needed} of {free} free; close other apps or use a smaller context.</source>
        <translation>Apertado: precisa de {needed} de {free} livres; feche outros aplicativos ou use um contexto menor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not fit: needs {needed}, {free} free.</source>
        <translation>Não cabe: precisa de {needed}, {free} livres.</translation>
    </message>
    <message>
        <location filename="../../../app/core/session.py" line="+65"/>
        <source>There is nothing to send; type a message first.</source>
        <translation>Não há nada para enviar; digite uma mensagem primeiro.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no question to answer again.</source>
        <translation>Não há nenhuma pergunta para responder novamente.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/engine.py" line="-105"/>
        <location filename="../../../app/core/vision/preprocess.py" line="+132"/>
        <source>There is no picture at {path}.</source>
        <translation>Não há nenhuma imagem em {path}.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+23"/>
        <source>The model is still answering; stop it first.</source>
        <translation>O modelo ainda está respondendo; interrompa-o primeiro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The prompt is {tokens} tokens but the model&apos;s context holds {n_ctx}.</source>
        <translation>O prompt tem {tokens} tokens, mas o contexto do modelo comporta {n_ctx}.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/preprocess.py" line="+8"/>
        <source>{file} is too large ({width}×{height} pixels).</source>
        <translation>{file} é grande demais ({width}×{height} pixels).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Use a picture of at most {megapixels} megapixels.</source>
        <translation>Use uma imagem de no máximo {megapixels} megapixels.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{file} is not a picture Hearth can read.</source>
        <translation>{file} não é uma imagem que o Hearth consiga ler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PNG, JPEG, WebP, GIF or BMP file.</source>
        <translation>Use um arquivo PNG, JPEG, WebP, GIF ou BMP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is too large to open safely.</source>
        <translation>{file} é grande demais para ser aberta com segurança.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} está danificada e não pode ser lida ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/hub.py" line="+49"/>
        <location line="+53"/>
        <source>Hugging Face downloads are switched off (HF_HUB_OFFLINE is set).</source>
        <translation>Os downloads do Hugging Face estão desativados (HF_HUB_OFFLINE está definida).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unset HF_HUB_OFFLINE to search or download models; installed models still work.</source>
        <translation>Remova HF_HUB_OFFLINE para pesquisar ou baixar modelos; os modelos instalados continuam funcionando.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unset HF_HUB_OFFLINE to download models.</source>
        <translation>Remova HF_HUB_OFFLINE para baixar modelos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{repo} was not found on {hub}.</source>
        <translation>{repo} não foi encontrado em {hub}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the repo name (owner/name), e.g. with `hearth models search`.</source>
        <translation>Verifique o nome do repositório (dono/nome), por exemplo com `hearth models search`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hugging Face answered HTTP {status} for {what}.</source>
        <translation>O Hugging Face respondeu HTTP {status} para {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach {hub} ({reason}).</source>
        <translation>Não foi possível acessar {hub} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, or set HF_ENDPOINT to a mirror.</source>
        <translation>Verifique a conexão de rede ou defina HF_ENDPOINT para um espelho.</translation>
    </message>
    <message>
        <location filename="../../../app/core/remote.py" line="-407"/>
        <source>{where} did not accept a connection within {seconds} s.</source>
        <translation>{where} não aceitou uma conexão em {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the computer is on and reachable from here.</source>
        <translation>Verifique se o computador está ligado e acessível a partir daqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} stopped answering for {seconds} s.</source>
        <translation>{where} parou de responder por {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may be overloaded; try again, or raise the timeout in Settings ▸ Servers.</source>
        <translation>O servidor pode estar sobrecarregado; tente novamente ou aumente o tempo limite em Configurações ▸ Servidores.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot reach {where} ({reason}).</source>
        <translation>Não é possível acessar {where} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and that the server is running.</source>
        <translation>Verifique o endereço e se o servidor está em execução.</translation>
    </message>
</context>
</TS>
