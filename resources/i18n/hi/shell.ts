<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../app/ui/about_dialog.py" line="+33"/>
        <source>The licence text ({name}) is missing from this installation.</source>
        <translation>लाइसेंस का पाठ ({name}) इस इंस्टॉलेशन में नहीं है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Hearth</source>
        <translation>Hearth के बारे में</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A private, offline assistant. Everything runs on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;एक निजी, ऑफ़लाइन सहायक। सब कुछ इसी कंप्यूटर पर चलता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models, licensed under the Llama 3.2 Community License.</source>
        <translation>Hearth, Meta के Llama 3.2 मॉडल चलाता है, जो Llama 3.2 Community License के अंतर्गत लाइसेंस प्राप्त हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Llama 3.2 licence</source>
        <translation>Llama 3.2 लाइसेंस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party</source>
        <translation>तृतीय-पक्ष</translation>
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
        <translation>कुछ गड़बड़ हो गई: {error}। विवरण लॉग में हैं।</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../../app/ui/first_run.py" line="+80"/>
        <source>&lt;b&gt;You are chatting with the starter model&lt;/b&gt; (SmolLM2 135M Instruct): it runs on any computer, fully offline, but it is small and often wrong. For real answers use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;आप शुरुआती मॉडल से चैट कर रहे हैं&lt;/b&gt; (SmolLM2 135M Instruct): यह किसी भी कंप्यूटर पर पूरी तरह ऑफ़लाइन चलता है, लेकिन छोटा है और अक्सर गलत होता है। सही उत्तरों के लिए &lt;b&gt;{model}&lt;/b&gt; का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the size that fits this computer&apos;s free memory.</source>
        <translation>यह आकार इस कंप्यूटर की खाली मेमोरी में समा जाता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {model}</source>
        <translation>{model} का उपयोग करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download {model}</source>
        <translation>{model} डाउनलोड करें</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../../app/ui/licence_dialog.py" line="+70"/>
        <source>You may use, copy, modify and share the models and what they produce, for free, for research and for commercial purposes, if you keep to the Acceptable Use Policy.</source>
        <translation>आप मॉडलों और उनके बनाए परिणामों का निःशुल्क उपयोग, प्रतिलिपि, संशोधन और साझा कर सकते हैं, शोध और व्यावसायिक उद्देश्यों के लिए, बशर्ते आप स्वीकार्य उपयोग नीति (Acceptable Use Policy) का पालन करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products and services with more than 700 million monthly active users need a separate licence from Meta.</source>
        <translation>70 करोड़ से अधिक मासिक सक्रिय उपयोगकर्ताओं वाले उत्पादों और सेवाओं को Meta से अलग लाइसेंस चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you share a Llama model or a product built with one, you include a copy of the licence and show &quot;Built with Llama&quot; in the product&apos;s documentation or interface.</source>
        <translation>यदि आप कोई Llama मॉडल या उससे बना उत्पाद साझा करते हैं, तो लाइसेंस की एक प्रति शामिल करें और उत्पाद के दस्तावेज़ या इंटरफ़ेस में &quot;Built with Llama&quot; दिखाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Vision models (Llama 3.2 11B and 90B Vision):** the rights to these multimodal models are not granted to individuals domiciled in, or companies with their principal place of business in, the European Union. End users in the EU may still use products and services that include them. Hearth asks where you are before it downloads or loads a vision model; if you use Hearth for a company, the company&apos;s principal place of business decides. For this, the EU includes its outermost regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, the Azores, Madeira, the Canary Islands) and Åland; Norway, Iceland, Liechtenstein, Switzerland, the United Kingdom, Greenland and the Faroe Islands are not in it.</source>
        <translation>**विज़न मॉडल (Llama 3.2 11B और 90B Vision):** इन मल्टीमॉडल मॉडलों के अधिकार यूरोपीय संघ में निवास करने वाले व्यक्तियों को, या जिन कंपनियों का मुख्य व्यवसाय स्थल यूरोपीय संघ में है उन्हें, नहीं दिए गए हैं। EU के अंतिम उपयोगकर्ता अब भी ऐसे उत्पादों और सेवाओं का उपयोग कर सकते हैं जिनमें ये शामिल हों। कोई विज़न मॉडल डाउनलोड या लोड करने से पहले Hearth पूछता है कि आप कहाँ हैं; यदि आप Hearth का उपयोग किसी कंपनी के लिए करते हैं, तो कंपनी का मुख्य व्यवसाय स्थल निर्णायक है। इसके लिए EU में उसके सबसे बाहरी क्षेत्र (फ़्रेंच गयाना, ग्वाडेलूप, मार्टीनिक, रेयूनियों, मायोट, सेंट मार्टिन, अज़ोरेस, मदीरा, कैनरी द्वीप) और ऑलैंड शामिल हैं; नॉर्वे, आइसलैंड, लिख्टेंस्टाइन, स्विट्ज़रलैंड, यूनाइटेड किंगडम, ग्रीनलैंड और फ़रो द्वीप इसमें शामिल नहीं हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Acceptable Use Policy forbids, among other things, using the models for illegal activity, to harm people, to deceive, or to generate content that endangers others.</source>
        <translation>स्वीकार्य उपयोग नीति अन्य बातों के साथ-साथ मॉडलों का उपयोग अवैध गतिविधि, लोगों को नुकसान पहुँचाने, धोखा देने या दूसरों को खतरे में डालने वाली सामग्री बनाने के लिए करने से मना करती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Llama 3.2 — the licence in plain words</source>
        <translation>Llama 3.2 — लाइसेंस सरल शब्दों में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models on your computer. The models are not part of Hearth&apos;s own code: each one comes with the **Llama 3.2 Community License Agreement** and the **Llama 3.2 Acceptable Use Policy**, which you accept when you download a Llama model.</source>
        <translation>Hearth आपके कंप्यूटर पर Meta के Llama 3.2 मॉडल चलाता है। ये मॉडल Hearth के अपने कोड का हिस्सा नहीं हैं: हर मॉडल के साथ **Llama 3.2 Community License Agreement** और **Llama 3.2 Acceptable Use Policy** आती है, जिन्हें आप कोई Llama मॉडल डाउनलोड करते समय स्वीकार करते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they say, in short (the official texts decide; read them):</source>
        <translation>संक्षेप में वे क्या कहते हैं (निर्णायक आधिकारिक पाठ हैं; उन्हें पढ़ें):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This summary is not legal advice. Official texts:</source>
        <translation>यह सारांश कानूनी सलाह नहीं है। आधिकारिक पाठ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>लाइसेंस:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable Use Policy:</source>
        <translation>स्वीकार्य उपयोग नीति:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Llama 3.2 vision models: licence</source>
        <translation>Llama 3.2 विज़न मॉडल: लाइसेंस</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{model}&lt;/b&gt; is a Llama 3.2 vision model.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt; एक Llama 3.2 विज़न मॉडल है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Llama 3.2 licence does not grant the vision models to individuals domiciled in, or companies with their principal place of business in, the European Union. Hearth therefore asks you — it does not guess. Text models are not affected.</source>
        <translation>Llama 3.2 लाइसेंस विज़न मॉडल यूरोपीय संघ में निवास करने वाले व्यक्तियों को, या जिन कंपनियों का मुख्य व्यवसाय स्थल यूरोपीय संघ में है उन्हें, नहीं देता। इसलिए Hearth आपसे पूछता है — वह अनुमान नहीं लगाता। टेक्स्ट मॉडल पर इसका कोई असर नहीं है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Official texts: {licence} · {policy}.</source>
        <translation>आधिकारिक पाठ: {licence} · {policy}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptable Use Policy</source>
        <translation>स्वीकार्य उपयोग नीति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End users of products that include a vision model are not limited, in the EU or elsewhere; this question is only about your own use of Hearth.</source>
        <translation>जिन उत्पादों में विज़न मॉडल शामिल है, उनके अंतिम उपयोगकर्ताओं पर कोई रोक नहीं है, न EU में न कहीं और; यह प्रश्न केवल Hearth के आपके अपने उपयोग के बारे में है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>यह कानूनी सलाह नहीं है: निर्णायक आधिकारिक लाइसेंस और स्वीकार्य उपयोग नीति हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country where you live:</source>
        <translation>वह देश जहाँ आप रहते हैं:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For myself, as an individual</source>
        <translation>अपने लिए, एक व्यक्ति के रूप में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a company or organisation</source>
        <translation>किसी कंपनी या संगठन के लिए</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I use Hearth:</source>
        <translation>मैं Hearth का उपयोग करता/करती हूँ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a company, its principal place of business decides, not where you live.</source>
        <translation>किसी कंपनी के लिए उसका मुख्य व्यवसाय स्थल निर्णायक है, न कि आप कहाँ रहते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company&apos;s principal place of business:</source>
        <translation>कंपनी का मुख्य व्यवसाय स्थल:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have read and accept the {licence} and the Acceptable Use Policy</source>
        <translation>मैंने {licence} और स्वीकार्य उपयोग नीति पढ़ ली है और उन्हें स्वीकार करता/करती हूँ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your current answers; change what is no longer true.</source>
        <translation>आपके वर्तमान उत्तर; जो अब सही नहीं है उसे बदलें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-selected from your system&apos;s region ({country}). Please check it: only your answer counts.</source>
        <translation>आपके सिस्टम के क्षेत्र से पहले से चुना गया ({country})। कृपया जाँच लें: केवल आपका उत्तर मान्य है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the country you live in.</source>
        <translation>वह देश चुनें जहाँ आप रहते हैं।</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say whether you use Hearth for yourself or for a company.</source>
        <translation>बताएँ कि आप Hearth का उपयोग अपने लिए करते हैं या किसी कंपनी के लिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With these answers the licence does not grant you the Llama 3.2 vision models: Hearth will not download or load them. Text models stay available.</source>
        <translation>इन उत्तरों के साथ लाइसेंस आपको Llama 3.2 विज़न मॉडल नहीं देता: Hearth उन्हें न डाउनलोड करेगा, न लोड करेगा। टेक्स्ट मॉडल उपलब्ध रहेंगे।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With these answers the regional limit does not apply to you.</source>
        <translation>इन उत्तरों के साथ क्षेत्रीय सीमा आप पर लागू नहीं होती।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} was not downloaded: the licence question was not answered.</source>
        <translation>{model} डाउनलोड नहीं हुआ: लाइसेंस वाले प्रश्न का उत्तर नहीं दिया गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} was not loaded: the licence question was not answered.</source>
        <translation>{model} लोड नहीं हुआ: लाइसेंस वाले प्रश्न का उत्तर नहीं दिया गया।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} was not downloaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} डाउनलोड नहीं हुआ: यह एक Llama 3.2 विज़न मॉडल है और इसका लाइसेंस इस पर निर्भर करता है कि आप कहाँ रहते हैं, इसलिए Hearth पहले पूछता है। उत्तर देने के लिए फिर से प्रयास करें, या सेटिंग्स ▸ लाइसेंस घोषणा… में अपने उत्तर दर्ज करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} was not loaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} लोड नहीं हुआ: यह एक Llama 3.2 विज़न मॉडल है और इसका लाइसेंस इस पर निर्भर करता है कि आप कहाँ रहते हैं, इसलिए Hearth पहले पूछता है। उत्तर देने के लिए फिर से प्रयास करें, या सेटिंग्स ▸ लाइसेंस घोषणा… में अपने उत्तर दर्ज करें</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="+71"/>
        <source>Open a GGUF file…</source>
        <translation>GGUF फ़ाइल खोलें…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft: {share} accepted ({accepted}/{drafted})</source>
        <translation>ड्राफ़्ट: {share} स्वीकार ({accepted}/{drafted})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{speedup}× plain</source>
        <translation>सामान्य से ~{speedup}×</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+701"/>
        <source>{speed} tok/s</source>
        <translation>{speed} टोकन/से.</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>{n} tokens</source>
        <translation>{n} टोकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first token {ms} ms</source>
        <translation>पहला टोकन {ms} ms में</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} old messages left out to fit the context</source>
        <translation>संदर्भ में समाने के लिए {n} पुराने संदेश छोड़े गए</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+488"/>
        <location line="+235"/>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <location line="-721"/>
        <source>cut off at the length limit</source>
        <translation>लंबाई की सीमा पर कटा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the safety check</source>
        <translation>सुरक्षा जाँच ने रोका</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New chat</source>
        <translation>नई चैट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search conversations</source>
        <translation>बातचीत खोजें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Models…</source>
        <translation>मॉडल…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Llama models, import GGUF files, see what fits</source>
        <translation>Llama मॉडल डाउनलोड करें, GGUF फ़ाइलें आयात करें, देखें कि क्या समाता है</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Message Hearth (Enter sends, Shift+Enter for a new line)</source>
        <translation>Hearth को संदेश (Enter से भेजें, नई पंक्ति के लिए Shift+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+596"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location line="-585"/>
        <location line="+234"/>
        <location line="+49"/>
        <source>No model loaded</source>
        <translation>कोई मॉडल लोड नहीं है</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New chat</source>
        <translation>नई चैट (&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open model file…</source>
        <translation>मॉडल फ़ाइल खोलें… (&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>चैट को Markdown में निर्यात करें… (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>चैट को JSON में निर्यात करें… (&amp;J)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Models…</source>
        <translation>मॉडल… (&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स… (&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>टूल (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools for this &amp;chat…</source>
        <translation>इस चैट के टूल… (&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MCP servers…</source>
        <translation>MCP सर्वर… (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Hearth</source>
        <translation>Hearth के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (starter)</source>
        <translation>{name} (शुरुआती)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>☁ {model} (remote)</source>
        <translation>☁ {model} (रिमोट)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>☁ {model} — {server} (remote)</source>
        <translation>☁ {model} — {server} (रिमोट)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs on {url}: your messages go to that computer.</source>
        <translation>{url} पर चलता है: आपके संदेश उस कंप्यूटर पर जाते हैं।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No model is installed yet. Open a GGUF file (File ▸ Open model file…), for example Llama-3.2-1B-Instruct-Q4_K_M.gguf.</source>
        <translation>अभी कोई मॉडल इंस्टॉल नहीं है। कोई GGUF फ़ाइल खोलें (फ़ाइल ▸ मॉडल फ़ाइल खोलें…), उदाहरण के लिए Llama-3.2-1B-Instruct-Q4_K_M.gguf।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model</source>
        <translation>मॉडल खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF मॉडल (*.gguf);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model is already loading; wait a moment.</source>
        <translation>एक मॉडल पहले से लोड हो रहा है; थोड़ा इंतज़ार करें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading {model}…</source>
        <translation>{model} लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{model} · on {host} · {n_ctx}-token context</source>
        <translation>{model} · {host} पर · {n_ctx} टोकन का संदर्भ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} · {n_ctx}-token context · {threads} threads</source>
        <translation>{model} · {n_ctx} टोकन का संदर्भ · {threads} थ्रेड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} GPU layers</source>
        <translation>{n} GPU लेयर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☁ Remote · {host}</source>
        <translation>☁ रिमोट · {host}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation goes to another computer ({host}): {where}.</source>
        <translation>यह बातचीत दूसरे कंप्यूटर ({host}) पर जाती है: {where}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: {model}</source>
        <translation>ड्राफ़्ट: {model}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{model} (still loaded)</source>
        <translation>{model} (अब भी लोड है)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cut off: the answer did not arrive in full</source>
        <translation>अधूरा: उत्तर पूरा नहीं पहुँचा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: it did not fit or failed</source>
        <translation>नहीं भेजा गया: समाया नहीं या विफल रहा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation>Markdown में निर्यात करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>JSON में निर्यात करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename chat</source>
        <translation>चैट का नाम बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>शीर्षक:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete chat</source>
        <translation>चैट हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>“{title}” हटाएँ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export chat</source>
        <translation>चैट निर्यात करें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>{path} सहेजा नहीं जा सका: {reason}।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A document is being summarized; send when it is done, or cancel it.</source>
        <translation>एक दस्तावेज़ का सारांश बन रहा है; पूरा होने पर भेजें, या उसे रद्द करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is still loading; your message is kept in the box.</source>
        <translation>मॉडल अभी लोड हो रहा है; आपका संदेश बॉक्स में रखा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>पहले कोई मॉडल चुनें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model cannot see pictures: choose a Llama 3.2 Vision model, or remove the picture.</source>
        <translation>यह मॉडल चित्र नहीं देख सकता: कोई Llama 3.2 Vision मॉडल चुनें, या चित्र हटा दें।</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new language applies the next time Hearth starts.</source>
        <translation>नई भाषा अगली बार Hearth शुरू होने पर लागू होगी।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../../app/ui/i18n.py" line="+51"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट बहाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../app/ui/settings_dialog.py" line="+54"/>
        <source>GPU layers set to *Automatic* are chosen from the free memory of the largest GPU, the model&apos;s size and the context size; a GPU that fails to start falls back to the CPU with a notice. See the README for CUDA, Metal and Vulkan builds.</source>
        <translation>*स्वचालित* पर सेट GPU लेयर सबसे बड़े GPU की खाली मेमोरी, मॉडल के आकार और संदर्भ के आकार से चुनी जाती हैं; जो GPU शुरू न हो पाए, उसकी जगह सूचना के साथ CPU का उपयोग होता है। CUDA, Metal और Vulkan बिल्ड के लिए README देखें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threads, context size and GPU layers are remembered for &lt;b&gt;{model}&lt;/b&gt;; other models keep their own.</source>
        <translation>थ्रेड, संदर्भ का आकार और GPU लेयर &lt;b&gt;{model}&lt;/b&gt; के लिए याद रखे जाते हैं; दूसरे मॉडल अपने-अपने रखते हैं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic ({cores} physical cores)</source>
        <translation>स्वचालित ({cores} भौतिक कोर)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads:</source>
        <translation>CPU थ्रेड:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> टोकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context size:</source>
        <translation>संदर्भ का आकार:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (from free GPU memory)</source>
        <translation>स्वचालित (खाली GPU मेमोरी के अनुसार)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU: 0 runs on the CPU only, 999 puts every layer on the GPU.</source>
        <translation>GPU पर चलने वाली लेयर: 0 पर केवल CPU चलता है, 999 हर लेयर को GPU पर रखता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers:</source>
        <translation>GPU लेयर:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 always picks the likeliest word; higher is more varied.</source>
        <translation>0 हमेशा सबसे संभावित शब्द चुनता है; अधिक मान से ज़्यादा विविधता आती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>तापमान (temperature):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest answer:</source>
        <translation>सबसे लंबा उत्तर:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions for every new chat (optional)</source>
        <translation>हर नई चैट के लिए निर्देश (वैकल्पिक)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt:</source>
        <translation>सिस्टम प्रॉम्प्ट:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence declaration…</source>
        <translation>लाइसेंस घोषणा…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you live and whether you use Hearth for a company: decides whether the Llama 3.2 vision models&apos; licence covers you.</source>
        <translation>आप कहाँ रहते हैं और क्या आप Hearth का उपयोग किसी कंपनी के लिए करते हैं: इसी से तय होता है कि Llama 3.2 विज़न मॉडलों का लाइसेंस आप पर लागू होता है या नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vision licence:</source>
        <translation>विज़न लाइसेंस:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Hearth starts.</source>
        <translation>नई भाषा अगली बार Hearth शुरू होने पर लागू होती है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardware</source>
        <translation>हार्डवेयर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local server</source>
        <translation>लोकल सर्वर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My tools</source>
        <translation>मेरे टूल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Servers</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+34"/>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A small model with the same vocabulary (e.g. Llama 3.2 1B for Llama 3.1 8B) guesses ahead and this model checks its guesses in batches: the same answers, usually faster.</source>
        <translation>समान शब्दावली वाला एक छोटा मॉडल (जैसे Llama 3.1 8B के लिए Llama 3.2 1B) आगे का अनुमान लगाता है और यह मॉडल उसके अनुमानों को समूहों में जाँचता है: वही उत्तर, आमतौर पर ज़्यादा तेज़ी से।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft model:</source>
        <translation>ड्राफ़्ट मॉडल:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not declared yet: Hearth asks before a vision model is used.</source>
        <translation>अभी घोषित नहीं: विज़न मॉडल के उपयोग से पहले Hearth पूछेगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>अनुमत</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>अवरुद्ध</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company in {country}: vision models {verdict}</source>
        <translation>{country} में कंपनी: विज़न मॉडल {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual in {country}: vision models {verdict}</source>
        <translation>{country} में व्यक्ति: विज़न मॉडल {verdict}</translation>
    </message>
</context>
<context>
    <name>StreamWorker</name>
    <message>
        <location filename="../../../app/ui/workers.py" line="-48"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>कुछ गड़बड़ हो गई: {error}। विवरण लॉग में हैं।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../../app/ui/main.py" line="+65"/>
        <source>Hearth cannot open your conversations</source>
        <translation>Hearth आपकी बातचीत नहीं खोल पा रहा है</translation>
    </message>
</context>
</TS>
