<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>core</name>
    <message>
        <location filename="../../../app/core/chat/context.py" line="+81"/>
        <location filename="../../../app/core/remote.py" line="+769"/>
        <location filename="../../../app/core/vision/engine.py" line="+251"/>
        <location line="+124"/>
        <source>There is nothing to send.</source>
        <translation>भेजने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message first.</source>
        <translation>पहले कोई संदेश लिखें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is empty.</source>
        <translation>आपका संदेश खाली है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type something to send.</source>
        <translation>भेजने के लिए कुछ लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room kept for the answer ({reserve} tokens) fills the model&apos;s whole context of {n_ctx} tokens.</source>
        <translation>उत्तर के लिए रखी गई जगह ({reserve} टोकन) मॉडल के पूरे {n_ctx} टोकन के संदर्भ को भर देती है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the answer length or raise the context size in Settings.</source>
        <translation>उत्तर की लंबाई कम करें या सेटिंग्स में संदर्भ का आकार बढ़ाएँ।</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your message is {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>आपका संदेश {tokens} टोकन का है, लेकिन मॉडल का संदर्भ {n_ctx} टोकन का है (जिनमें से {reserve} उत्तर के लिए रखे गए हैं)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../app/core/vision/engine.py" line="+21"/>
        <source>Shorten it or raise the context size in Settings.</source>
        <translation>इसे छोटा करें या सेटिंग्स में संदर्भ का आकार बढ़ाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message and the system prompt together are {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>आपका संदेश और सिस्टम प्रॉम्प्ट मिलकर {tokens} टोकन के हैं, लेकिन मॉडल का संदर्भ {n_ctx} टोकन का है (जिनमें से {reserve} उत्तर के लिए रखे गए हैं)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorten them or raise the context size in Settings.</source>
        <translation>इन्हें छोटा करें या सेटिंग्स में संदर्भ का आकार बढ़ाएँ।</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/readers.py" line="+83"/>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} एक फ़ोल्डर है, दस्तावेज़ नहीं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: there is nothing to summarize.</source>
        <translation>{file} खाली है: सारांश बनाने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This PDF has no text layer; OCR is not available. {file} looks like a scanned document (its pages are images), so Hearth cannot read its words.</source>
        <translation>इस PDF में टेक्स्ट लेयर नहीं है, और OCR (टेक्स्ट पहचान) उपलब्ध नहीं है। {file} एक स्कैन किया गया दस्तावेज़ लगता है (इसके पृष्ठ चित्र हैं), इसलिए Hearth इसके शब्द नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through an OCR program to add a text layer, then try again.</source>
        <translation>टेक्स्ट लेयर जोड़ने के लिए इसे किसी OCR प्रोग्राम से चलाएँ, फिर दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{file} is an image; Hearth summarizes text and OCR is not available.</source>
        <translation>{file} एक चित्र है; Hearth टेक्स्ट का सारांश बनाता है और OCR (टेक्स्ट पहचान) उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Supported: {formats}.</source>
        <translation>समर्थित: {formats}।</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save it as .docx (Word ▸ Save As) and try again.</source>
        <translation>इसे .docx के रूप में सहेजें (Word ▸ Save As) और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or PDF and try again.</source>
        <translation>इसे .docx या PDF के रूप में सहेजें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or plain text and try again.</source>
        <translation>इसे .docx या सादे टेक्स्ट के रूप में सहेजें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it as .docx or PDF and try again.</source>
        <translation>इसे .docx या PDF के रूप में एक्सपोर्ट करें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to PDF or plain text and try again.</source>
        <translation>इसे PDF या सादे टेक्स्ट में बदलें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, Word (.docx), web pages (.html), Markdown and plain text</source>
        <translation>PDF, Word (.docx), वेब पेज (.html), Markdown और सादा टेक्स्ट</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} does not exist.</source>
        <translation>{path} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{file} is not a PDF file (it does not start like one).</source>
        <translation>{file} PDF फ़ाइल नहीं है (यह PDF की तरह शुरू नहीं होती)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>{file} is protected by a password, so Hearth cannot read it.</source>
        <translation>{file} पासवर्ड से सुरक्षित है, इसलिए Hearth इसे नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open it in a PDF viewer, save an unprotected copy, and summarize that.</source>
        <translation>इसे किसी PDF व्यूअर में खोलें, एक असुरक्षित प्रति सहेजें, और उसका सारांश बनाएँ।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file} has no pages.</source>
        <translation>{file} में कोई पृष्ठ नहीं है।</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} is password-protected or an old-format Word file, so Hearth cannot read it.</source>
        <translation>{file} पासवर्ड से सुरक्षित है या पुराने फ़ॉर्मैट की Word फ़ाइल है, इसलिए Hearth इसे नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it in Word and save an unprotected .docx copy.</source>
        <translation>इसे Word में खोलें और एक असुरक्षित .docx प्रति सहेजें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged or not a Word (.docx) document.</source>
        <translation>{file} खराब है या Word (.docx) दस्तावेज़ नहीं है।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} has no text to summarize.</source>
        <translation>{file} में सारांश बनाने के लिए कोई टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no readable main text.</source>
        <translation>{file} में पढ़ने योग्य मुख्य टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hearth cannot summarize {suffix} files ({file}).</source>
        <translation>Hearth {suffix} फ़ाइलों का सारांश नहीं बना सकता ({file})।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth cannot summarize files without an extension ({file}).</source>
        <translation>Hearth बिना एक्सटेंशन वाली फ़ाइलों का सारांश नहीं बना सकता ({file})।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} does not contain readable text (it looks like a binary file with a document&apos;s extension).</source>
        <translation>{file} में पढ़ने योग्य टेक्स्ट नहीं है (यह दस्तावेज़ के एक्सटेंशन वाली बाइनरी फ़ाइल लगती है)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file.</source>
        <translation>जाँच लें कि यह सही फ़ाइल है।</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/summarize.py" line="+147"/>
        <source>Summary cancelled; nothing was saved.</source>
        <translation>सारांश रद्द किया गया; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading “{name}”…</source>
        <translation>“{name}” पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing the summary of {tokens} tokens…</source>
        <translation>{tokens} टोकन का सारांश लिखा जा रहा है…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+130"/>
        <source>Done.</source>
        <translation>हो गया।</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Reading the document ({tokens} tokens)…</source>
        <translation>दस्तावेज़ पढ़ा जा रहा है ({tokens} टोकन)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the document: {percent}% of {tokens} tokens…</source>
        <translation>दस्तावेज़ पढ़ा जा रहा है: {tokens} टोकन में से {percent}%…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing part {n} of {total} ({label})…</source>
        <translation>भाग {n}/{total} का सारांश बन रहा है ({label})…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarizing part {n} of {total}…</source>
        <translation>भाग {n}/{total} का सारांश बन रहा है…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Combining notes, step {level} ({n} of {total})…</source>
        <translation>नोट्स जोड़े जा रहे हैं, चरण {level} ({total} में से {n})…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the summary…</source>
        <translation>सारांश लिखा जा रहा है…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts.</source>
        <translation>“{name}” में {tokens} टोकन हैं, जो उत्तर के लिए जगह छोड़ते हुए इस मॉडल के {n_ctx} टोकन के संदर्भ में समा सकने से अधिक हैं, इसलिए इसका सारांश {parts} भागों में बनाया गया।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts. Memory allows a context of up to {limit} tokens: set the context size to {wanted} or more in Settings to summarize it in one pass.</source>
        <translation>“{name}” में {tokens} टोकन हैं, जो उत्तर के लिए जगह छोड़ते हुए इस मॉडल के {n_ctx} टोकन के संदर्भ में समा सकने से अधिक हैं, इसलिए इसका सारांश {parts} भागों में बनाया गया। मेमोरी {limit} टोकन तक के संदर्भ की अनुमति देती है: इसे एक बार में सारांशित करने के लिए सेटिंग्स में संदर्भ का आकार {wanted} या अधिक करें।</translation>
    </message>
    <message>
        <location filename="../../../app/core/engine/llamacpp.py" line="+166"/>
        <source>{file} is part of a vision model ({architecture}); it cannot be opened as a text model.</source>
        <extracomment>Pick greedy and top-k tokens from a numpy shortlist (see _shortlist_size); the full-vocabulary path stays for comparison.</extracomment>
        <translation>{file} एक विज़न मॉडल ({architecture}) का हिस्सा है; इसे टेक्स्ट मॉडल के रूप में नहीं खोला जा सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it as an image Q&amp;A model instead.</source>
        <translation>इसके बजाय इसे चित्र-प्रश्नोत्तर मॉडल के रूप में खोलें।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The GPU could not be used ({reason}); Hearth runs on the CPU.</source>
        <translation>GPU का उपयोग नहीं हो सका ({reason}); Hearth CPU पर चल रहा है।</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} holds a &apos;{architecture}&apos; model, an architecture this version of llama.cpp cannot run.</source>
        <translation>{file} में &apos;{architecture}&apos; मॉडल है, एक ऐसा आर्किटेक्चर जिसे llama.cpp का यह संस्करण नहीं चला सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a Llama 3.2 model, or update Hearth.</source>
        <translation>कोई Llama 3.2 मॉडल चुनें, या Hearth को अपडेट करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not load {file}: {reason}.</source>
        <translation>llama.cpp {file} को लोड नहीं कर सका: {reason}।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>llama.cpp could not create a {n_ctx}-token context for {file}: {reason}.</source>
        <translation>llama.cpp {file} के लिए {n_ctx} टोकन का संदर्भ नहीं बना सका: {reason}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the context size in Settings.</source>
        <translation>सेटिंग्स में संदर्भ का आकार कम करें।</translation>
    </message>
    <message>
        <location filename="../../../app/core/licence.py" line="+128"/>
        <source>a Llama 3.2 Vision model (architecture “mllama”)</source>
        <translation>एक Llama 3.2 Vision मॉडल (आर्किटेक्चर “mllama”)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vision projector, the image half of a Llama 3.2 Vision model</source>
        <translation>एक विज़न प्रोजेक्टर, जो Llama 3.2 Vision मॉडल का चित्र वाला आधा हिस्सा है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Llama Guard 3 Vision model</source>
        <translation>एक Llama Guard 3 Vision मॉडल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Llama 3.2 Vision model (by its name)</source>
        <translation>एक Llama 3.2 Vision मॉडल (नाम के आधार पर)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>that you use Hearth for a company whose principal place of business is in {country} ({code})</source>
        <translation>कि आप Hearth का उपयोग ऐसी कंपनी के लिए करते हैं जिसका मुख्य कारोबारी स्थान {country} ({code}) में है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that you use Hearth as an individual domiciled in {country} ({code})</source>
        <translation>कि आप Hearth का उपयोग {country} ({code}) में निवास करने वाले व्यक्ति के रूप में करते हैं</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Llama 3.2 text models carry no regional limit.</source>
        <translation>Llama 3.2 के टेक्स्ट मॉडल पर कोई क्षेत्रीय सीमा नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth has no licence declaration from you yet.</source>
        <translation>Hearth के पास अभी आपकी लाइसेंस घोषणा नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your licence declaration was for an earlier licence version; please answer again.</source>
        <translation>आपकी लाइसेंस घोषणा लाइसेंस के पुराने संस्करण के लिए थी; कृपया फिर से उत्तर दें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your licence declaration is incomplete.</source>
        <translation>आपकी लाइसेंस घोषणा अधूरी है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the {licence} does not grant the rights to the Llama 3.2 vision models to an individual domiciled in, or a company with its principal place of business in, the European Union, and you declared {declaration}</source>
        <translation>{licence} यूरोपीय संघ में निवास करने वाले व्यक्ति या वहाँ मुख्य कारोबारी स्थान वाली कंपनी को Llama 3.2 विज़न मॉडल के अधिकार नहीं देता, और आपने घोषित किया है {declaration}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared {declaration}, outside the European Union.</source>
        <translation>आपने घोषित किया है {declaration}, जो यूरोपीय संघ से बाहर है।</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hearth will not load {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth {subject} को लोड नहीं करेगा: यह {what} है, और {reason}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can load {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>{subject} को लोड करने से पहले Hearth को आपकी लाइसेंस घोषणा चाहिए: यह {what} है, और Llama 3.2 लाइसेंस यूरोपीय संघ के लोगों और कंपनियों को विज़न मॉडल नहीं देता। {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not download {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth {subject} को डाउनलोड नहीं करेगा: यह {what} है, और {reason}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can download {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>{subject} को डाउनलोड करने से पहले Hearth को आपकी लाइसेंस घोषणा चाहिए: यह {what} है, और Llama 3.2 लाइसेंस यूरोपीय संघ के लोगों और कंपनियों को विज़न मॉडल नहीं देता। {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not use {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth {subject} का उपयोग नहीं करेगा: यह {what} है, और {reason}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth needs your licence declaration before it can use {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>{subject} का उपयोग करने से पहले Hearth को आपकी लाइसेंस घोषणा चाहिए: यह {what} है, और Llama 3.2 लाइसेंस यूरोपीय संघ के लोगों और कंपनियों को विज़न मॉडल नहीं देता। {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may still use products and services that include the vision models; Hearth&apos;s check is only about your own use. If your answers were wrong, change them in Settings ▸ Licence declaration… or with `hearth licence declare`. {advice} Licence: {licence_url} Use policy: {use_policy_url}</source>
        <translation>Llama 3.2 के टेक्स्ट मॉडल (1B, 3B) पूरी तरह उपलब्ध रहते हैं। EU के अंतिम उपयोगकर्ता अब भी ऐसे उत्पादों और सेवाओं का उपयोग कर सकते हैं जिनमें विज़न मॉडल शामिल हैं; Hearth की जाँच केवल आपके अपने उपयोग के बारे में है। यदि आपके उत्तर गलत थे, तो उन्हें सेटिंग्स ▸ लाइसेंस घोषणा… में या `hearth licence declare` से बदलें। {advice} लाइसेंस: {licence_url} उपयोग नीति: {use_policy_url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the question in the window, or run `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, or pass --domicile CC --as individual|company to this command. Text models need no declaration.</source>
        <translation>विंडो में प्रश्न का उत्तर दें, या `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept` चलाएँ, या इस कमांड को --domicile CC --as individual|company दें। टेक्स्ट मॉडल के लिए किसी घोषणा की आवश्यकता नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>यह कानूनी सलाह नहीं है: आधिकारिक लाइसेंस और स्वीकार्य उपयोग नीति ही निर्णायक हैं।</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/download.py" line="+709"/>
        <source>Downloading {file} failed {failures} times in a row ({reason}).</source>
        <translation>{file} का डाउनलोड लगातार {failures} बार विफल हुआ ({reason})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connection and run the same command again: the {size} already downloaded are kept and it resumes.</source>
        <translation>कनेक्शन जाँचें और वही कमांड फिर से चलाएँ: पहले से डाउनलोड हुए {size} सुरक्षित रहते हैं और डाउनलोड वहीं से जारी रहता है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearth could not write {path}: {reason}.</source>
        <translation>Hearth {path} को नहीं लिख सका: {reason}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space; run the command again to resume.</source>
        <translation>डिस्क में खाली जगह जाँचें; जारी रखने के लिए कमांड फिर से चलाएँ।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the same command again to download it afresh; if it fails again, the network or mirror (HF_ENDPOINT) is corrupting data.</source>
        <translation>इसे नए सिरे से डाउनलोड करने के लिए वही कमांड फिर से चलाएँ; यदि यह फिर विफल हो, तो नेटवर्क या मिरर (HF_ENDPOINT) डेटा को बिगाड़ रहा है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} failed its {algo} checksum: expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} अपनी {algo} चेकसम जाँच में विफल रही: अपेक्षित {algo} {expected}, मिला {got}। खराब डाउनलोड हटा दिया गया और कुछ भी इंस्टॉल नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} failed its {algo} checksum (got {done} bytes of {size}): expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} अपनी {algo} चेकसम जाँच में विफल रही ({size} में से {done} बाइट मिले): अपेक्षित {algo} {expected}, मिला {got}। खराब डाउनलोड हटा दिया गया और कुछ भी इंस्टॉल नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/gguf_file.py" line="+201"/>
        <source>There is no file at {path}.</source>
        <translation>{path} पर कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} एक फ़ोल्डर है, मॉडल फ़ाइल नहीं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Hearth could not read {file}: {reason}.</source>
        <translation>Hearth {file} को नहीं पढ़ सका: {reason}।</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{file} is not a GGUF model file.</source>
        <translation>{file} GGUF मॉडल फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs GGUF files (for example Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch and other formats must be converted first.</source>
        <translation>Hearth GGUF फ़ाइलें चलाता है (उदाहरण के लिए Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch और अन्य फ़ॉर्मैट को पहले बदलना होगा।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>{file} is truncated: it ends inside its header.</source>
        <translation>{file} अधूरी है: यह अपने हेडर के बीच में ही समाप्त हो जाती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>The download was probably interrupted; download it again.</source>
        <translation>डाउनलोड शायद बीच में रुक गया था; इसे फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{file} is a damaged GGUF file: {reason}.</source>
        <translation>{file} एक खराब GGUF फ़ाइल है: {reason}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the file again.</source>
        <translation>फ़ाइल फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is truncated: {missing} of its weights are missing (the file has {size} of {expected}).</source>
        <translation>{file} अधूरी है: इसके वेट्स में से {missing} गायब हैं (फ़ाइल में {expected} में से {size} है)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} does not say which model architecture it holds.</source>
        <translation>{file} यह नहीं बताती कि इसमें कौन-सा मॉडल आर्किटेक्चर है।</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/local.py" line="+37"/>
        <source>The models folder already has a file called {file}.</source>
        <translation>मॉडल फ़ोल्डर में {file} नाम की फ़ाइल पहले से है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it first with `hearth models rm {name}`.</source>
        <translation>पहले इसे `hearth models rm {name}` से हटाएँ।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough free disk space for {what}: it needs {needed} ({needed_bytes} bytes) but only {free} ({free_bytes} bytes) is free on the disk that holds {where}.</source>
        <translation>{what} के लिए डिस्क में पर्याप्त खाली जगह नहीं है: {needed} ({needed_bytes} बाइट) चाहिए, लेकिन {where} वाली डिस्क पर केवल {free} ({free_bytes} बाइट) खाली है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, or choose a smaller quantization.</source>
        <translation>कुछ जगह खाली करें, या छोटा क्वांटाइज़ेशन चुनें।</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The starter model comes with Hearth and cannot be removed.</source>
        <translation>स्टार्टर मॉडल Hearth के साथ आता है और इसे हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/memory.py" line="+62"/>
        <source>a smaller model or quantization</source>
        <translation>छोटा मॉडल या क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller quantization</source>
        <translation>छोटा क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close other apps, lower the context size (now {n_ctx} tokens), or choose {smaller} (for example Q4_K_M).</source>
        <translation>दूसरे ऐप बंद करें, संदर्भ का आकार घटाएँ (अभी {n_ctx} टोकन), या {smaller} चुनें (उदाहरण के लिए Q4_K_M)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close other apps, or choose {smaller} (for example Q4_K_M).</source>
        <translation>दूसरे ऐप बंद करें, या {smaller} चुनें (उदाहरण के लिए Q4_K_M)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} needs about {total} ({weights} weights + {context} context + {compute} working memory), but only {available} of memory is free.</source>
        <translation>{name} को लगभग {total} चाहिए ({weights} वेट्स + {context} संदर्भ + {compute} कार्य मेमोरी), लेकिन केवल {available} मेमोरी खाली है।</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Fits on the GPU ({needed} of {free} free).</source>
        <translation>GPU पर समा जाता है ({free} खाली में से {needed})।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in memory ({needed} of {free} free).</source>
        <translation>मेमोरी में समा जाता है ({free} खाली में से {needed})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits in memory, partly on the GPU ({needed} of {free} free).</source>
        <translation>मेमोरी में समा जाता है, आंशिक रूप से GPU पर ({free} खाली में से {needed})।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tight: needs {needed} of {free} free; close other apps or use a smaller context.</source>
        <translation>तंग: {free} खाली में से {needed} चाहिए; दूसरे ऐप बंद करें या छोटा संदर्भ उपयोग करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not fit: needs {needed}, {free} free.</source>
        <translation>नहीं समाता: {needed} चाहिए, {free} खाली है।</translation>
    </message>
    <message>
        <location filename="../../../app/core/session.py" line="+65"/>
        <source>There is nothing to send; type a message first.</source>
        <translation>भेजने के लिए कुछ नहीं है; पहले कोई संदेश लिखें।</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no question to answer again.</source>
        <translation>दोबारा उत्तर देने के लिए कोई प्रश्न नहीं है।</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/engine.py" line="-105"/>
        <location filename="../../../app/core/vision/preprocess.py" line="+132"/>
        <source>There is no picture at {path}.</source>
        <translation>{path} पर कोई चित्र नहीं है।</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+23"/>
        <source>The model is still answering; stop it first.</source>
        <translation>मॉडल अभी उत्तर दे रहा है; पहले इसे रोकें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The prompt is {tokens} tokens but the model&apos;s context holds {n_ctx}.</source>
        <translation>प्रॉम्प्ट {tokens} टोकन का है, लेकिन मॉडल का संदर्भ {n_ctx} टोकन का है।</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/preprocess.py" line="+8"/>
        <source>{file} is too large ({width}×{height} pixels).</source>
        <translation>{file} बहुत बड़ी है ({width}×{height} पिक्सेल)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Use a picture of at most {megapixels} megapixels.</source>
        <translation>अधिकतम {megapixels} मेगापिक्सेल का चित्र उपयोग करें।</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{file} is not a picture Hearth can read.</source>
        <translation>{file} ऐसा चित्र नहीं है जिसे Hearth पढ़ सके।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PNG, JPEG, WebP, GIF or BMP file.</source>
        <translation>PNG, JPEG, WebP, GIF या BMP फ़ाइल उपयोग करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is too large to open safely.</source>
        <translation>{file} सुरक्षित रूप से खोलने के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} खराब है और पढ़ी नहीं जा सकती ({reason})।</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/hub.py" line="+49"/>
        <location line="+53"/>
        <source>Hugging Face downloads are switched off (HF_HUB_OFFLINE is set).</source>
        <translation>Hugging Face से डाउनलोड बंद हैं (HF_HUB_OFFLINE सेट है)।</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unset HF_HUB_OFFLINE to search or download models; installed models still work.</source>
        <translation>मॉडल खोजने या डाउनलोड करने के लिए HF_HUB_OFFLINE हटाएँ; इंस्टॉल किए गए मॉडल काम करते रहेंगे।</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unset HF_HUB_OFFLINE to download models.</source>
        <translation>मॉडल डाउनलोड करने के लिए HF_HUB_OFFLINE हटाएँ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{repo} was not found on {hub}.</source>
        <translation>{repo} {hub} पर नहीं मिला।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the repo name (owner/name), e.g. with `hearth models search`.</source>
        <translation>रिपॉज़िटरी का नाम (मालिक/नाम) जाँचें, उदाहरण के लिए `hearth models search` से।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hugging Face answered HTTP {status} for {what}.</source>
        <translation>Hugging Face ने {what} के लिए HTTP {status} उत्तर दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach {hub} ({reason}).</source>
        <translation>{hub} तक नहीं पहुँचा जा सका ({reason})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, or set HF_ENDPOINT to a mirror.</source>
        <translation>नेटवर्क कनेक्शन जाँचें, या HF_ENDPOINT को किसी मिरर पर सेट करें।</translation>
    </message>
    <message>
        <location filename="../../../app/core/remote.py" line="-407"/>
        <source>{where} did not accept a connection within {seconds} s.</source>
        <translation>{where} ने {seconds} सेकंड के भीतर कनेक्शन स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the computer is on and reachable from here.</source>
        <translation>जाँचें कि कंप्यूटर चालू है और यहाँ से पहुँच योग्य है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} stopped answering for {seconds} s.</source>
        <translation>{where} ने {seconds} सेकंड तक उत्तर देना बंद कर दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may be overloaded; try again, or raise the timeout in Settings ▸ Servers.</source>
        <translation>सर्वर पर शायद बहुत भार है; फिर से प्रयास करें, या सेटिंग्स ▸ सर्वर में टाइमआउट बढ़ाएँ।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot reach {where} ({reason}).</source>
        <translation>{where} तक नहीं पहुँचा जा सकता ({reason})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and that the server is running.</source>
        <translation>पता जाँचें और यह भी कि सर्वर चल रहा है।</translation>
    </message>
</context>
</TS>
