<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="+39"/>
        <source>You</source>
        <comment>message title</comment>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <comment>message title</comment>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <comment>message title</comment>
        <translation>Outil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>almost done</source>
        <translation>presque terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {seconds} s left</source>
        <translation>environ {seconds} s restantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min left</source>
        <translation>environ {minutes} min restantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {hours} h left</source>
        <translation>environ {hours} h restantes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the picture… {percent} % · {time_left}</source>
        <translation>Lecture de l’image… {percent} % · {time_left}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the picture… {percent} %</source>
        <translation>Lecture de l’image… {percent} %</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
</context>
<context>
    <name>ImageAttachBar</name>
    <message>
        <location filename="../../../app/ui/image_attach.py" line="+74"/>
        <source>Attach image…</source>
        <translation>Joindre une image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a Llama 3.2 Vision model about a picture (you can also drop or paste one)</source>
        <translation>Interroger un modèle Llama 3.2 Vision sur une image (vous pouvez aussi en déposer ou en coller une)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send this picture</source>
        <translation>Ne pas envoyer cette image</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full detail</source>
        <translation>Détail complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick look</source>
        <translation>Aperçu rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full detail reads a picture as up to four tiles, as the model was trained; a quick look reads one tile, about six times faster on a CPU</source>
        <translation>Le détail complet lit une image en quatre tuiles au plus, comme le modèle a été entraîné ; l’aperçu rapide lit une seule tuile, environ six fois plus vite sur un processeur</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pasted picture</source>
        <translation>image collée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach an image</source>
        <translation>Joindre une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message>
        <location filename="../../../app/ui/mcp_servers.py" line="+169"/>
        <source>Import MCP servers</source>
        <translation>Importer des serveurs MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These servers are set up in other apps. Tick the ones Hearth may start too:</source>
        <translation>Ces serveurs sont configurés dans d’autres applications. Cochez ceux que Hearth peut aussi démarrer :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {target}  (from {app}: {path})</source>
        <translation>{name} — {target}  (depuis {app} : {path})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>McpPasteDialog</name>
    <message>
        <location line="+14"/>
        <source>Paste MCP servers</source>
        <translation>Coller des serveurs MCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the &quot;mcpServers&quot; block from Claude Desktop, LM Studio, Cursor or VS Code:</source>
        <translation>Collez le bloc « mcpServers » de Claude Desktop, LM Studio, Cursor ou VS Code :</translation>
    </message>
</context>
<context>
    <name>McpServerEditDialog</name>
    <message>
        <location line="-124"/>
        <source>MCP server</source>
        <translation>Serveur MCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A program on this computer (stdio)</source>
        <translation>Un programme sur cet ordinateur (stdio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web address (streamable HTTP)</source>
        <translation>Une adresse web (streamable HTTP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME=VALUE, one a line</source>
        <translation>NAME=VALUE, un par ligne</translation>
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
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call timeout:</source>
        <translation>Délai par appel :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each line of the headers must look like NAME=VALUE.</source>
        <translation>Chaque ligne des en-têtes doit être de la forme NAME=VALUE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>Les arguments ne peuvent pas être lus : {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line of the environment must look like NAME=VALUE.</source>
        <translation>Chaque ligne de l’environnement doit être de la forme NAME=VALUE.</translation>
    </message>
</context>
<context>
    <name>McpServersDialog</name>
    <message>
        <location line="+78"/>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste JSON…</source>
        <translation>Coller du JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the mcpServers block of Claude Desktop, LM Studio, Cursor or VS Code</source>
        <translation>Coller le bloc mcpServers de Claude Desktop, LM Studio, Cursor ou VS Code</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+133"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move secrets to the keychain</source>
        <translation>Déplacer les secrets dans le trousseau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools:</source>
        <translation>Outils :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (the server&apos;s stderr):</source>
        <translation>Journal (stderr du serveur) :</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>stopped</source>
        <comment>MCP server state</comment>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <comment>MCP server state</comment>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No MCP servers yet: Add… one, or Import… those of Claude Desktop or LM Studio.</source>
        <translation>Aucun serveur MCP pour l’instant : ajoutez-en un avec « Ajouter… » ou importez ceux de Claude Desktop ou de LM Studio avec « Importer… ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — URL: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — Program: {target}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — Programme : {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turned off.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: {state}.</source>
        <translation>État : {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} look secret and are still in mcp.json.</source>
        <translation>{names} semblent secrets et se trouvent encore dans mcp.json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} — read-only</source>
        <translation>{tool} — lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — always asks</source>
        <translation>{tool} — demande toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tool} — asks</source>
        <translation>{tool} — demande</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Starting {name}…</source>
        <translation>Démarrage de {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved to the system keychain: {names}.</source>
        <translation>Déplacé dans le trousseau du système : {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing that looks secret is left in mcp.json.</source>
        <translation>Il ne reste rien dans mcp.json qui ressemble à un secret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MCP servers were found in Claude Desktop&apos;s or LM Studio&apos;s settings.</source>
        <translation>Aucun serveur MCP n’a été trouvé dans les réglages de Claude Desktop ou de LM Studio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {names}.</source>
        <translation>Importé : {names}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added {names}.</source>
        <translation>Ajouté : {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was added.</source>
        <translation>Rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here, left as they are: {names}.</source>
        <translation>Déjà présents, laissés tels quels : {names}.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../../app/ui/chat_view.py" line="-152"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this message as Markdown</source>
        <translation>Copier ce message en Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer this question again</source>
        <translation>Répondre de nouveau à cette question</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the picture</source>
        <translation>Arrêter la lecture de l’image</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../../app/ui/safety_page.py" line="+25"/>
        <source>Both my messages and the answers</source>
        <translation>Mes messages et les réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My messages only</source>
        <translation>Mes messages seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers only</source>
        <translation>Les réponses seulement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Violent Crimes</source>
        <translation>Crimes violents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-Violent Crimes</source>
        <translation>Crimes non violents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex Crimes</source>
        <translation>Crimes sexuels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child Exploitation</source>
        <translation>Exploitation d’enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defamation</source>
        <translation>Diffamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized Advice</source>
        <translation>Conseils spécialisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual Property</source>
        <translation>Propriété intellectuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indiscriminate Weapons</source>
        <translation>Armes à effets indiscriminés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate</source>
        <translation>Haine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Harm</source>
        <translation>Automutilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual Content</source>
        <translation>Contenu sexuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elections</source>
        <translation>Élections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code Interpreter Abuse</source>
        <translation>Abus de l’interpréteur de code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violent crimes</source>
        <translation>crimes violents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-violent crimes (such as fraud, theft, hacking or drugs)</source>
        <translation>crimes non violents (fraude, vol, piratage ou drogue, par exemple)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex-related crimes</source>
        <translation>crimes à caractère sexuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual exploitation of children</source>
        <translation>exploitation sexuelle d’enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defamation</source>
        <translation>diffamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialized financial, medical or legal advice</source>
        <translation>conseils financiers, médicaux ou juridiques spécialisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private personal information</source>
        <translation>informations personnelles privées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intellectual property violations</source>
        <translation>atteintes à la propriété intellectuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weapons of mass destruction</source>
        <translation>armes de destruction massive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hate</source>
        <translation>haine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suicide and self-harm</source>
        <translation>suicide et automutilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual content</source>
        <translation>contenu sexuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false information about elections</source>
        <translation>fausses informations sur les élections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abuse of code execution</source>
        <translation>utilisation abusive de l’exécution de code</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Llama Guard 3 1B, a small safety model from Meta, checks the chat on this computer. It labels text in 13 categories of harm; leave out the ones that do not matter here. Messages with a picture can be checked by Llama Guard 3 11B Vision.</source>
        <translation>Llama Guard 3 1B, un petit modèle de sécurité de Meta, vérifie la conversation sur cet ordinateur. Il classe le texte selon 13 catégories de préjudice ; écartez celles qui n’ont pas d’importance ici. Les messages accompagnés d’une image peuvent être vérifiés par Llama Guard 3 11B Vision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the chat with Llama Guard 3</source>
        <translation>Vérifier la conversation avec Llama Guard 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check:</source>
        <translation>Vérifier :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block it and name the category</source>
        <translation>Le bloquer et indiquer la catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn and show it</source>
        <translation>Avertir et l’afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When unsafe:</source>
        <translation>Si c’est dangereux :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Llama Guard 3 1B (download it in the model manager)</source>
        <translation>Llama Guard 3 1B (téléchargez-le dans le gestionnaire de modèles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety model:</source>
        <translation>Modèle de sécurité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check messages with a picture with Llama Guard 3 11B Vision when it is installed</source>
        <translation>Vérifier les messages accompagnés d’une image avec Llama Guard 3 11B Vision lorsqu’il est installé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama Guard 3 11B Vision, if installed</source>
        <translation>Llama Guard 3 11B Vision, s’il est installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture safety model:</source>
        <translation>Modèle de sécurité pour les images :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock:</source>
        <translation>Verrouillage :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: enter the password to change these settings.</source>
        <translation>Verrouillé : saisissez le mot de passe pour modifier ces réglages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone using this computer can change these settings. Lock them with a password (only a salted hash of it is kept).</source>
        <translation>Toute personne qui utilise cet ordinateur peut modifier ces réglages. Verrouillez-les avec un mot de passe (seule une empreinte salée en est conservée).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocked. Lock again before handing the computer over.</source>
        <translation>Déverrouillé. Verrouillez de nouveau avant de confier l’ordinateur à quelqu’un.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../../app/ui/server_panel.py" line="+149"/>
        <source>Serve the installed models over the OpenAI API, for editors, agents and scripts on this computer (127.0.0.1 only; use &lt;code&gt;hearth serve&lt;/code&gt; for more).</source>
        <translation>Servir les modèles installés via l’API OpenAI, pour les éditeurs, agents et scripts de cet ordinateur (127.0.0.1 uniquement ; pour davantage, utilisez &lt;code&gt;hearth serve&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve the OpenAI-compatible API</source>
        <translation>Servir l’API compatible OpenAI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local server:</source>
        <translation>Serveur local :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests:</source>
        <translation>Requêtes :</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started: {reason}</source>
        <translation>Non démarré : {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: other programs on this computer can use Hearth&apos;s models</source>
        <translation>En marche : les autres programmes de cet ordinateur peuvent utiliser les modèles de Hearth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none being answered</source>
        <translation>aucune en cours de réponse</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n being answered</source>
        <translation>
            <numerusform>%n en cours de réponse</numerusform>
            <numerusform>%n en cours de réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <location filename="../../../app/ui/servers_page.py" line="+43"/>
        <source>Models on a server run on &lt;b&gt;that computer&lt;/b&gt;: your messages, documents and pictures are sent there. Hearth only connects to servers you add here, over https, or over plain http to this computer or your local network.</source>
        <translation>Les modèles d’un serveur s’exécutent sur &lt;b&gt;cet autre ordinateur&lt;/b&gt; : vos messages, documents et images y sont envoyés. Hearth ne se connecte qu’aux serveurs que vous ajoutez ici, en https, ou en http simple vers cet ordinateur ou votre réseau local.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>http://192.168.1.20:8000 or https://gpu.example.org</source>
        <translation>http://192.168.1.20:8000 ou https://gpu.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; from the host name</source>
        <translation>facultatif ; sinon tiré du nom d’hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; kept in the system keychain</source>
        <translation>facultative ; conservée dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {url} · API key in keychain</source>
        <translation>{name} — {url} · clé d’API dans le trousseau</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reaching {url}…</source>
        <translation>Connexion à {url}…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{name} answers ({kind}, {ms} ms) and serves %n model(s); they appear in the model list, marked as remote.</source>
        <translation>
            <numerusform>{name} répond ({kind}, {ms} ms) et propose %n modèle ; il apparaît dans la liste des modèles, marqué comme distant.</numerusform>
            <numerusform>{name} répond ({kind}, {ms} ms) et propose %n modèles ; ils apparaissent dans la liste des modèles, marqués comme distants.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} will be forgotten, with its key, when you press OK.</source>
        <translation>{name} sera oublié, avec sa clé, quand vous appuierez sur OK.</translation>
    </message>
</context>
<context>
    <name>UserToolsPage</name>
    <message>
        <location filename="../../../app/ui/user_tools_page.py" line="+63"/>
        <source>New tool</source>
        <translation>Nouvel outil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it does, for the model</source>
        <translation>Ce qu’il fait, pour le modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program&apos;s arguments; {name} is replaced by the value of the argument &apos;name&apos;. No shell is used.</source>
        <translation>Les arguments du programme ; {name} est remplacé par la valeur de l’argument « name ». Aucun shell n’est utilisé.</translation>
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
        <translation>Il ne fait que lire (s’exécute sans demander en mode « lecture seule »)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model passes (its arguments):</source>
        <translation>Ce que le modèle transmet (ses arguments) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add argument</source>
        <translation>Ajouter un argument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove argument</source>
        <translation>Supprimer l’argument</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tool</source>
        <translation>Enregistrer l’outil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} Fix or remove the file to edit tools here.</source>
        <translation>{problem} Corrigez ou supprimez le fichier pour modifier les outils ici.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>string</source>
        <comment>JSON Schema type: text</comment>
        <translation>chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer</source>
        <comment>JSON Schema type: whole number</comment>
        <translation>entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <comment>JSON Schema type: any number</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean</source>
        <comment>JSON Schema type: true or false</comment>
        <translation>booléen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <comment>JSON Schema type: a list of texts</comment>
        <translation>liste</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The arguments cannot be read: {reason}.</source>
        <translation>Les arguments ne peuvent pas être lus : {reason}.</translation>
    </message>
</context>
</TS>
