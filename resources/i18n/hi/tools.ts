<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="+39"/>
        <source>You</source>
        <comment>message title</comment>
        <translation>आप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <comment>message title</comment>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <comment>message title</comment>
        <translation>टूल</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>almost done</source>
        <translation>लगभग पूरा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {seconds} s left</source>
        <translation>लगभग {seconds} सेकंड शेष</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min left</source>
        <translation>लगभग {minutes} मिनट शेष</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {hours} h left</source>
        <translation>लगभग {hours} घंटे शेष</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the picture… {percent} % · {time_left}</source>
        <translation>चित्र पढ़ा जा रहा है… {percent} % · {time_left}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the picture… {percent} %</source>
        <translation>चित्र पढ़ा जा रहा है… {percent} %</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Thinking…</source>
        <translation>सोच रहा है…</translation>
    </message>
</context>
<context>
    <name>ImageAttachBar</name>
    <message>
        <location filename="../../../app/ui/image_attach.py" line="+74"/>
        <source>Attach image…</source>
        <translation>चित्र संलग्न करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a Llama 3.2 Vision model about a picture (you can also drop or paste one)</source>
        <translation>किसी Llama 3.2 Vision मॉडल से किसी चित्र के बारे में पूछें (आप चित्र यहाँ खींचकर छोड़ या चिपका भी सकते हैं)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send this picture</source>
        <translation>यह चित्र न भेजें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full detail</source>
        <translation>पूरा विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick look</source>
        <translation>झटपट नज़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full detail reads a picture as up to four tiles, as the model was trained; a quick look reads one tile, about six times faster on a CPU</source>
        <translation>पूरा विवरण किसी चित्र को अधिकतम चार टाइलों में पढ़ता है, जैसे मॉडल को प्रशिक्षित किया गया था; झटपट नज़र केवल एक टाइल पढ़ती है, जो CPU पर लगभग छह गुना तेज़ है</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pasted picture</source>
        <translation>चिपकाया गया चित्र</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach an image</source>
        <translation>एक चित्र संलग्न करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>चित्र ({patterns})</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message>
        <location filename="../../../app/ui/mcp_servers.py" line="+169"/>
        <source>Import MCP servers</source>
        <translation>MCP सर्वर आयात करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These servers are set up in other apps. Tick the ones Hearth may start too:</source>
        <translation>ये सर्वर दूसरे ऐप्स में सेट किए गए हैं। जिन्हें Hearth भी शुरू कर सकता है, उन पर सही का निशान लगाएँ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {target}  (from {app}: {path})</source>
        <translation>{name} — {target}  ({app} से: {path})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
</context>
<context>
    <name>McpPasteDialog</name>
    <message>
        <location line="+14"/>
        <source>Paste MCP servers</source>
        <translation>MCP सर्वर चिपकाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the &quot;mcpServers&quot; block from Claude Desktop, LM Studio, Cursor or VS Code:</source>
        <translation>Claude Desktop, LM Studio, Cursor या VS Code से &quot;mcpServers&quot; ब्लॉक चिपकाएँ:</translation>
    </message>
</context>
<context>
    <name>McpServerEditDialog</name>
    <message>
        <location line="-124"/>
        <source>MCP server</source>
        <translation>MCP सर्वर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A program on this computer (stdio)</source>
        <translation>इस कंप्यूटर पर एक प्रोग्राम (stdio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web address (streamable HTTP)</source>
        <translation>एक वेब पता (streamable HTTP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME=VALUE, one a line</source>
        <translation>NAME=VALUE, हर पंक्ति में एक</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> सेकंड</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>प्रोग्राम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>आर्ग्युमेंट:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>परिवेश:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>हेडर:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call timeout:</source>
        <translation>कॉल की समय-सीमा:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each line of the headers must look like NAME=VALUE.</source>
        <translation>हेडर की हर पंक्ति NAME=VALUE जैसी होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>आर्ग्युमेंट पढ़े नहीं जा सकते: {reason}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line of the environment must look like NAME=VALUE.</source>
        <translation>परिवेश की हर पंक्ति NAME=VALUE जैसी होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>McpServersDialog</name>
    <message>
        <location line="+78"/>
        <source>MCP servers</source>
        <translation>MCP सर्वर</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>आयात करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste JSON…</source>
        <translation>JSON चिपकाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the mcpServers block of Claude Desktop, LM Studio, Cursor or VS Code</source>
        <translation>Claude Desktop, LM Studio, Cursor या VS Code का mcpServers ब्लॉक चिपकाएँ</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+133"/>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move secrets to the keychain</source>
        <translation>गोपनीय जानकारी कीचेन में ले जाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools:</source>
        <translation>टूल:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (the server&apos;s stderr):</source>
        <translation>लॉग (सर्वर का stderr):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>stopped</source>
        <comment>MCP server state</comment>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>शुरू हो रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>तैयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <comment>MCP server state</comment>
        <translation>बंद</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No MCP servers yet: Add… one, or Import… those of Claude Desktop or LM Studio.</source>
        <translation>अभी कोई MCP सर्वर नहीं है: “जोड़ें…” से एक जोड़ें, या “आयात करें…” से Claude Desktop या LM Studio वाले सर्वर आयात करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — Program: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — प्रोग्राम: {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turned off.</source>
        <translation>बंद है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: {state}.</source>
        <translation>स्थिति: {state}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} look secret and are still in mcp.json.</source>
        <translation>{names} गोपनीय लगते हैं और अभी भी mcp.json में हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} — read-only</source>
        <translation>{tool} — केवल पढ़ता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — always asks</source>
        <translation>{tool} — हमेशा पूछता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — asks</source>
        <translation>{tool} — पूछता है</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Starting {name}…</source>
        <translation>{name} शुरू हो रहा है…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved to the system keychain: {names}.</source>
        <translation>सिस्टम कीचेन में ले जाया गया: {names}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing that looks secret is left in mcp.json.</source>
        <translation>mcp.json में अब ऐसा कुछ नहीं बचा जो गोपनीय लगे।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MCP servers were found in Claude Desktop&apos;s or LM Studio&apos;s settings.</source>
        <translation>Claude Desktop या LM Studio की सेटिंग में कोई MCP सर्वर नहीं मिला।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {names}.</source>
        <translation>आयात किया गया: {names}।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added {names}.</source>
        <translation>जोड़ा गया: {names}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was added.</source>
        <translation>कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here, left as they are: {names}.</source>
        <translation>पहले से मौजूद, जैसे हैं वैसे ही छोड़े गए: {names}।</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="-152"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this message as Markdown</source>
        <translation>यह संदेश Markdown के रूप में कॉपी करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation>फिर से बनाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this question again</source>
        <translation>इस प्रश्न का फिर से उत्तर दें</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the picture</source>
        <translation>चित्र पढ़ना रोकें</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../../app/ui/safety_page.py" line="+25"/>
        <source>Both my messages and the answers</source>
        <translation>मेरे संदेश और उत्तर, दोनों</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My messages only</source>
        <translation>केवल मेरे संदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers only</source>
        <translation>केवल उत्तर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Violent Crimes</source>
        <translation>हिंसक अपराध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-Violent Crimes</source>
        <translation>अहिंसक अपराध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex Crimes</source>
        <translation>यौन अपराध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child Exploitation</source>
        <translation>बाल शोषण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defamation</source>
        <translation>मानहानि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized Advice</source>
        <translation>विशेषज्ञ सलाह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>निजता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual Property</source>
        <translation>बौद्धिक संपदा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indiscriminate Weapons</source>
        <translation>अंधाधुंध विनाश के हथियार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate</source>
        <translation>घृणा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Harm</source>
        <translation>आत्म-क्षति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual Content</source>
        <translation>यौन सामग्री</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elections</source>
        <translation>चुनाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code Interpreter Abuse</source>
        <translation>कोड इंटरप्रेटर का दुरुपयोग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violent crimes</source>
        <translation>हिंसक अपराध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-violent crimes (such as fraud, theft, hacking or drugs)</source>
        <translation>अहिंसक अपराध (जैसे धोखाधड़ी, चोरी, हैकिंग या नशीले पदार्थ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex-related crimes</source>
        <translation>यौन संबंधी अपराध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual exploitation of children</source>
        <translation>बच्चों का यौन शोषण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defamation</source>
        <translation>मानहानि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialized financial, medical or legal advice</source>
        <translation>विशेषज्ञ वित्तीय, चिकित्सीय या कानूनी सलाह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private personal information</source>
        <translation>निजी व्यक्तिगत जानकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intellectual property violations</source>
        <translation>बौद्धिक संपदा का उल्लंघन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weapons of mass destruction</source>
        <translation>सामूहिक विनाश के हथियार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hate</source>
        <translation>घृणा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suicide and self-harm</source>
        <translation>आत्महत्या और आत्म-क्षति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual content</source>
        <translation>यौन सामग्री</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false information about elections</source>
        <translation>चुनावों के बारे में झूठी जानकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abuse of code execution</source>
        <translation>कोड चलाने का दुरुपयोग</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Llama Guard 3 1B, a small safety model from Meta, checks the chat on this computer. It labels text in 13 categories of harm; leave out the ones that do not matter here. Messages with a picture can be checked by Llama Guard 3 11B Vision.</source>
        <translation>Llama Guard 3 1B, Meta का एक छोटा सुरक्षा मॉडल, इसी कंप्यूटर पर चैट की जाँच करता है। यह टेक्स्ट को नुकसान की 13 श्रेणियों में चिह्नित करता है; जो श्रेणियाँ यहाँ मायने नहीं रखतीं, उन्हें हटा दें। चित्र वाले संदेशों की जाँच Llama Guard 3 11B Vision कर सकता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the chat with Llama Guard 3</source>
        <translation>Llama Guard 3 से चैट की जाँच करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check:</source>
        <translation>जाँचें:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block it and name the category</source>
        <translation>रोकें और श्रेणी बताएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn and show it</source>
        <translation>चेतावनी दें और दिखाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When unsafe:</source>
        <translation>असुरक्षित होने पर:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Categories:</source>
        <translation>श्रेणियाँ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Llama Guard 3 1B (download it in the model manager)</source>
        <translation>Llama Guard 3 1B (इसे मॉडल मैनेजर में डाउनलोड करें)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety model:</source>
        <translation>सुरक्षा मॉडल:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check messages with a picture with Llama Guard 3 11B Vision when it is installed</source>
        <translation>इंस्टॉल होने पर चित्र वाले संदेशों की जाँच Llama Guard 3 11B Vision से करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama Guard 3 11B Vision, if installed</source>
        <translation>Llama Guard 3 11B Vision, यदि इंस्टॉल है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture safety model:</source>
        <translation>चित्रों का सुरक्षा मॉडल:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock:</source>
        <translation>लॉक:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>लॉक करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: enter the password to change these settings.</source>
        <translation>लॉक है: इन सेटिंग को बदलने के लिए पासवर्ड डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone using this computer can change these settings. Lock them with a password (only a salted hash of it is kept).</source>
        <translation>इस कंप्यूटर का उपयोग करने वाला कोई भी व्यक्ति ये सेटिंग बदल सकता है। इन्हें पासवर्ड से लॉक करें (पासवर्ड का केवल सॉल्ट किया हुआ हैश रखा जाता है)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocked. Lock again before handing the computer over.</source>
        <translation>अनलॉक हो गया। कंप्यूटर किसी और को देने से पहले फिर से लॉक करें।</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../../app/ui/server_panel.py" line="+149"/>
        <source>Serve the installed models over the OpenAI API, for editors, agents and scripts on this computer (127.0.0.1 only; use &lt;code&gt;hearth serve&lt;/code&gt; for more).</source>
        <translation>इंस्टॉल किए गए मॉडलों को OpenAI API के ज़रिए इस कंप्यूटर के एडिटर, एजेंट और स्क्रिप्ट के लिए उपलब्ध कराएँ (केवल 127.0.0.1; अधिक के लिए &lt;code&gt;hearth serve&lt;/code&gt; का उपयोग करें)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve the OpenAI-compatible API</source>
        <translation>OpenAI-संगत API उपलब्ध कराएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local server:</source>
        <translation>लोकल सर्वर:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests:</source>
        <translation>अनुरोध:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started: {reason}</source>
        <translation>शुरू नहीं हुआ: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: other programs on this computer can use Hearth&apos;s models</source>
        <translation>चल रहा है: इस कंप्यूटर के अन्य प्रोग्राम Hearth के मॉडल उपयोग कर सकते हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none being answered</source>
        <translation>किसी का उत्तर नहीं दिया जा रहा</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n being answered</source>
        <translation>
            <numerusform>%n का उत्तर दिया जा रहा है</numerusform>
            <numerusform>%n का उत्तर दिया जा रहा है</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <location filename="../../../app/ui/servers_page.py" line="+43"/>
        <source>Models on a server run on &lt;b&gt;that computer&lt;/b&gt;: your messages, documents and pictures are sent there. Hearth only connects to servers you add here, over https, or over plain http to this computer or your local network.</source>
        <translation>सर्वर पर मौजूद मॉडल &lt;b&gt;उसी कंप्यूटर&lt;/b&gt; पर चलते हैं: आपके संदेश, दस्तावेज़ और चित्र वहाँ भेजे जाते हैं। Hearth केवल उन्हीं सर्वरों से जुड़ता है जिन्हें आप यहाँ जोड़ते हैं, https के ज़रिए, या इस कंप्यूटर या आपके लोकल नेटवर्क के लिए सादे http के ज़रिए।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>http://192.168.1.20:8000 or https://gpu.example.org</source>
        <translation>http://192.168.1.20:8000 या https://gpu.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; from the host name</source>
        <translation>वैकल्पिक; अन्यथा होस्ट नाम से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; kept in the system keychain</source>
        <translation>वैकल्पिक; सिस्टम कीचेन में रखी जाती है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>API कुंजी:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>जाँचें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {url} · API key in keychain</source>
        <translation>{name} — {url} · API कुंजी कीचेन में</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reaching {url}…</source>
        <translation>{url} से संपर्क किया जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{name} answers ({kind}, {ms} ms) and serves %n model(s); they appear in the model list, marked as remote.</source>
        <translation>
            <numerusform>{name} उत्तर दे रहा है ({kind}, {ms} ms) और %n मॉडल उपलब्ध कराता है; यह मॉडल सूची में रिमोट के रूप में चिह्नित दिखता है।</numerusform>
            <numerusform>{name} उत्तर दे रहा है ({kind}, {ms} ms) और %n मॉडल उपलब्ध कराता है; ये मॉडल सूची में रिमोट के रूप में चिह्नित दिखते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} will be forgotten, with its key, when you press OK.</source>
        <translation>OK दबाने पर {name} को उसकी कुंजी सहित भुला दिया जाएगा।</translation>
    </message>
</context>
<context>
    <name>UserToolsPage</name>
    <message>
        <location filename="../../../app/ui/user_tools_page.py" line="+63"/>
        <source>New tool</source>
        <translation>नया टूल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it does, for the model</source>
        <translation>यह क्या करता है, मॉडल के लिए</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program&apos;s arguments; {name} is replaced by the value of the argument &apos;name&apos;. No shell is used.</source>
        <translation>प्रोग्राम के आर्ग्युमेंट; {name} की जगह आर्ग्युमेंट &apos;name&apos; का मान रखा जाता है। कोई शेल उपयोग नहीं होता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> सेकंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It only reads (runs without asking under “read-only”)</source>
        <translation>यह केवल पढ़ता है (“केवल पढ़ना” मोड में बिना पूछे चलता है)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>सक्षम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>विवरण:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>प्रोग्राम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>आर्ग्युमेंट:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>समय-सीमा:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model passes (its arguments):</source>
        <translation>मॉडल क्या भेजता है (इसके आर्ग्युमेंट):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>आवश्यक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add argument</source>
        <translation>आर्ग्युमेंट जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove argument</source>
        <translation>आर्ग्युमेंट हटाएँ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tool</source>
        <translation>टूल सहेजें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} Fix or remove the file to edit tools here.</source>
        <translation>{problem} यहाँ टूल संपादित करने के लिए फ़ाइल ठीक करें या हटाएँ।</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>string</source>
        <comment>JSON Schema type: text</comment>
        <translation>स्ट्रिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer</source>
        <comment>JSON Schema type: whole number</comment>
        <translation>पूर्णांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <comment>JSON Schema type: any number</comment>
        <translation>संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean</source>
        <comment>JSON Schema type: true or false</comment>
        <translation>बूलियन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <comment>JSON Schema type: a list of texts</comment>
        <translation>सूची</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>आर्ग्युमेंट पढ़े नहीं जा सकते: {reason}।</translation>
    </message>
</context>
</TS>
