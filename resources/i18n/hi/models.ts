<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../../app/ui/model_manager.py" line="+80"/>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pausing…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resuming at {size}…</source>
        <translation>{size} से फिर शुरू हो रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{total} में से {done} · {rate}/s · {eta} बाकी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · measuring speed · {eta} left</source>
        <translation>{total} में से {done} · गति मापी जा रही है · {eta} बाकी</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the {size} already downloaded…</source>
        <translation>पहले से डाउनलोड किए गए {size} की जाँच हो रही है…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network trouble; retry {attempt} of {attempts} in {seconds} s</source>
        <translation>नेटवर्क में समस्या; {seconds} सेकंड में फिर से कोशिश ({attempts} में से {attempt})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused at {done} of {total}</source>
        <translation>{total} में से {done} पर रुका हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified and installed</source>
        <translation>सत्यापित और इंस्टॉल किया गया</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location line="+28"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization</source>
        <translation>क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+192"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Fit</source>
        <translation>उपयुक्तता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog</source>
        <translation>कैटलॉग</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer: {memory} of memory free, no GPU. Fit is judged for a {n_ctx}-token context.</source>
        <translation>यह कंप्यूटर: {memory} मेमोरी खाली, कोई GPU नहीं। उपयुक्तता {n_ctx} टोकन के संदर्भ के लिए आँकी गई है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gpu} ({memory} free)</source>
        <translation>{gpu} ({memory} खाली)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer: {memory} of memory free, {gpus}. Fit is judged for a {n_ctx}-token context.</source>
        <translation>यह कंप्यूटर: {memory} मेमोरी खाली, {gpus}। उपयुक्तता {n_ctx} टोकन के संदर्भ के लिए आँकी गई है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+52"/>
        <source>text</source>
        <comment>licence kind</comment>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+52"/>
        <source>Download</source>
        <translation>डाउनलोड करें</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The catalog has no model pair “{pair}”.</source>
        <translation>कैटलॉग में “{pair}” नाम का कोई मॉडल जोड़ा नहीं है।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>vision (region check)</source>
        <comment>licence kind</comment>
        <translation>विज़न (क्षेत्र की जाँच)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recommended</source>
        <comment>quantization note</comment>
        <translation>अनुशंसित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unquantized</source>
        <comment>quantization note</comment>
        <translation>बिना क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for Arm CPUs</source>
        <comment>quantization note</comment>
        <translation>Arm CPU के लिए</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No downloads yet. Pick a model in the Catalog.</source>
        <translation>अभी तक कोई डाउनलोड नहीं। कैटलॉग में कोई मॉडल चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads</source>
        <translation>डाउनलोड</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a GGUF file…</source>
        <translation>GGUF फ़ाइल इंपोर्ट करें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop .gguf files here</source>
        <translation>या .gguf फ़ाइलें यहाँ छोड़ें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>इस कंप्यूटर पर</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (starter)</source>
        <translation>{name} (शुरुआती मॉडल)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use</source>
        <translation>इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import models</source>
        <translation>मॉडल इंपोर्ट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF मॉडल (*.gguf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete model</source>
        <translation>मॉडल हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file}? Files Hearth downloaded are removed from disk; imported files are only removed from the list.</source>
        <translation>{file} हटाएँ? Hearth द्वारा डाउनलोड की गई फ़ाइलें डिस्क से मिटा दी जाती हैं; इंपोर्ट की गई फ़ाइलें सिर्फ़ सूची से हटाई जाती हैं।</translation>
    </message>
</context>
<context>
    <name>SummarizeController</name>
    <message>
        <location filename="../../../app/ui/summarize.py" line="+284"/>
        <source>&amp;Summarize document…</source>
        <translation>दस्तावेज़ का सारांश बनाएँ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize a PDF, Word (.docx), web page (.html), Markdown or plain-text file</source>
        <translation>PDF, Word (.docx), वेब पेज (.html), Markdown या सादे टेक्स्ट फ़ाइल का सारांश बनाएँ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A document is already being summarized; wait or cancel it.</source>
        <translation>एक दस्तावेज़ का सारांश पहले से बन रहा है; प्रतीक्षा करें या उसे रद्द करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>सारांश रद्द कर दिया गया; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Summarize {count} documents</source>
        <translation>{count} दस्तावेज़ों का सारांश बनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarize {names} one after another or together?</source>
        <translation>{names} का सारांश एक-एक करके बनाएँ या सबका एक साथ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One after another</source>
        <translation>एक-एक करके</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A summary of each document, each in its own chat</source>
        <translation>हर दस्तावेज़ का अलग सारांश, हर एक अपनी चैट में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>एक साथ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One summary of all of them</source>
        <translation>सबका एक ही सारांश</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} documents</source>
        <translation>{count} दस्तावेज़</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pasted text</source>
        <translation>चिपकाया गया टेक्स्ट</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a model first, then summarize the document.</source>
        <translation>पहले कोई मॉडल चुनें, फिर दस्तावेज़ का सारांश बनाएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth is still answering; stop it first.</source>
        <translation>Hearth अभी जवाब दे रहा है; पहले उसे रोकें।</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context to read it in one pass? It needs about {needed} of the {available} of memory free now.</source>
        <translation>“{document}” {model} के {current} टोकन के संदर्भ के लिए लंबा है। क्या {model} को {n_ctx} टोकन के संदर्भ के साथ फिर से लोड करें, ताकि इसे एक बार में पढ़ा जा सके? इसके लिए अभी खाली {available} मेमोरी में से लगभग {needed} चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context for fewer, larger parts (the whole document does not fit)? It needs about {needed} of the {available} of memory free now.</source>
        <translation>“{document}” {model} के {current} टोकन के संदर्भ के लिए लंबा है। क्या {model} को {n_ctx} टोकन के संदर्भ के साथ फिर से लोड करें, ताकि कम और बड़े हिस्से बनें (पूरा दस्तावेज़ एक साथ नहीं समाता)? इसके लिए अभी खाली {available} मेमोरी में से लगभग {needed} चाहिए।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A larger context for this document</source>
        <translation>इस दस्तावेज़ के लिए बड़ा संदर्भ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload with {n_ctx} tokens</source>
        <translation>{n_ctx} टोकन के साथ फिर से लोड करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize in parts</source>
        <translation>हिस्सों में सारांश बनाएँ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading {model} with a {n_ctx}-token context for this document…</source>
        <translation>इस दस्तावेज़ के लिए {model} को {n_ctx} टोकन के संदर्भ के साथ लोड किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location line="-431"/>
        <source>Summarize a document</source>
        <translation>दस्तावेज़ का सारांश बनाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PDF, Word, web page, Markdown or text file</source>
        <translation>PDF, Word, वेब पेज, Markdown या टेक्स्ट फ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>दस्तावेज़:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or paste the text to summarize here</source>
        <translation>…या सारांश के लिए टेक्स्ट यहाँ चिपकाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>टेक्स्ट:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short summary</source>
        <translation>संक्षिप्त सारांश</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bullet points</source>
        <translation>बुलेट पॉइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detailed summary</source>
        <translation>विस्तृत सारांश</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style:</source>
        <translation>शैली:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarize</source>
        <translation>सारांश बनाएँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a document</source>
        <translation>दस्तावेज़ चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({patterns})</source>
        <translation>दस्तावेज़ ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>SummaryProgressDialog</name>
    <message>
        <location line="+16"/>
        <source>Summarizing {name}</source>
        <translation>{name} का सारांश बन रहा है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {name}…</source>
        <translation>{name} पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary appears here as it is written.</source>
        <translation>सारांश लिखे जाते समय यहाँ दिखाई देता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../../app/ui/tool_approval.py" line="+80"/>
        <source>ok</source>
        <comment>tool call status</comment>
        <translation>सफल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <comment>tool call status</comment>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <comment>tool call status</comment>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>tool call status</comment>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <comment>tool call status</comment>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**Tool** `{call}` — {status}</source>
        <translation>**टूल** `{call}` — {status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calling {calls}</source>
        <translation>{calls} को कॉल किया जा रहा है</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allow this tool call?</source>
        <translation>इस टूल कॉल की अनुमति दें?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It only reads information.</source>
        <translation>यह केवल जानकारी पढ़ता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can change things on this computer or open other programs.</source>
        <translation>यह इस कंप्यूटर पर चीज़ें बदल सकता है या दूसरे प्रोग्राम खोल सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model wants to run &lt;b&gt;{tool}&lt;/b&gt;: {description}</source>
        <translation>मॉडल &lt;b&gt;{tool}&lt;/b&gt; चलाना चाहता है: {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{origin}&lt;/b&gt; से।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arguments:</source>
        <translation>आर्ग्युमेंट:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow once</source>
        <translation>एक बार अनुमति दें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always allow {tool}</source>
        <translation>{tool} को हमेशा अनुमति दें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deny</source>
        <translation>अस्वीकार करें</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <location line="+246"/>
        <source>The file tools need at least one folder; they stay off.</source>
        <translation>फ़ाइल टूल को कम से कम एक फ़ोल्डर चाहिए; वे बंद रहेंगे।</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no question to answer again.</source>
        <translation>दोबारा जवाब देने के लिए कोई प्रश्न नहीं है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <location line="-263"/>
        <source>Tools for this chat</source>
        <translation>इस चैट के लिए टूल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model may call these tools in this chat:</source>
        <translation>मॉडल इस चैट में ये टूल कॉल कर सकता है:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} — {what}</source>
        <translation>{group} — {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>MCP server {name} — {target}</source>
        <translation>MCP सर्वर {name} — {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {description} (your tool)</source>
        <translation>{name} — {description} (आपका टूल)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled: turn it on in Settings ▸ My tools first.</source>
        <translation>अक्षम: पहले इसे सेटिंग्स ▸ मेरे टूल में चालू करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask before every tool call</source>
        <translation>हर टूल कॉल से पहले पूछें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run read-only tools without asking</source>
        <translation>केवल पढ़ने वाले टूल बिना पूछे चलाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every tool without asking (opening files and links still asks)</source>
        <translation>हर टूल बिना पूछे चलाएँ (फ़ाइलें और लिंक खोलने से पहले फिर भी पूछा जाएगा)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval:</source>
        <translation>अनुमति:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders the file tools may read:</source>
        <translation>वे फ़ोल्डर जिन्हें फ़ाइल टूल पढ़ सकते हैं:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add folder…</source>
        <translation>फ़ोल्डर जोड़ें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a safe calculator</source>
        <translation>एक सुरक्षित कैलकुलेटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current date and time, time zones</source>
        <translation>वर्तमान तारीख और समय, समय क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit conversion</source>
        <translation>इकाई रूपांतरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, search and read files in approved folders</source>
        <translation>स्वीकृत फ़ोल्डरों में फ़ाइलों की सूची देखना, खोजना और पढ़ना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory, disk and battery</source>
        <translation>मेमोरी, डिस्क और बैटरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a link or file with the default app (always asks)</source>
        <translation>डिफ़ॉल्ट ऐप से लिंक या फ़ाइल खोलना (हमेशा पूछता है)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the file tools may read</source>
        <translation>वह फ़ोल्डर जिसे फ़ाइल टूल पढ़ सकते हैं</translation>
    </message>
</context>
</TS>
