<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../app/ui/about_dialog.py" line="+33"/>
        <source>The licence text ({name}) is missing from this installation.</source>
        <translation>Le texte de la licence ({name}) est absent de cette installation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Hearth</source>
        <translation>À propos de Hearth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A private, offline assistant. Everything runs on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un assistant privé et hors ligne. Tout s&apos;exécute sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models, licensed under the Llama 3.2 Community License.</source>
        <translation>Hearth exécute les modèles Llama 3.2 de Meta, distribués sous la Llama 3.2 Community License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Llama 3.2 licence</source>
        <translation>Licence Llama 3.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party</source>
        <translation>Tiers</translation>
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
        <translation>Une erreur s&apos;est produite : {error}. Les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../../app/ui/first_run.py" line="+80"/>
        <source>&lt;b&gt;You are chatting with the starter model&lt;/b&gt; (SmolLM2 135M Instruct): it runs on any computer, fully offline, but it is small and often wrong. For real answers use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Vous discutez avec le modèle de démarrage&lt;/b&gt; (SmolLM2 135M Instruct) : il fonctionne sur tout ordinateur, entièrement hors ligne, mais il est petit et se trompe souvent. Pour de vraies réponses, utilisez &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the size that fits this computer&apos;s free memory.</source>
        <translation>C&apos;est la taille qui tient dans la mémoire libre de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {model}</source>
        <translation>Utiliser {model}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download {model}</source>
        <translation>Télécharger {model}</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../../app/ui/licence_dialog.py" line="+70"/>
        <source>You may use, copy, modify and share the models and what they produce, for free, for research and for commercial purposes, if you keep to the Acceptable Use Policy.</source>
        <translation>Vous pouvez utiliser, copier, modifier et partager les modèles et ce qu&apos;ils produisent, gratuitement, pour la recherche et à des fins commerciales, si vous respectez la politique d&apos;utilisation acceptable (Acceptable Use Policy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products and services with more than 700 million monthly active users need a separate licence from Meta.</source>
        <translation>Les produits et services comptant plus de 700 millions d&apos;utilisateurs actifs par mois ont besoin d&apos;une licence distincte de Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you share a Llama model or a product built with one, you include a copy of the licence and show &quot;Built with Llama&quot; in the product&apos;s documentation or interface.</source>
        <translation>Si vous partagez un modèle Llama ou un produit conçu avec, vous joignez une copie de la licence et affichez « Built with Llama » dans la documentation ou l&apos;interface du produit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Vision models (Llama 3.2 11B and 90B Vision):** the rights to these multimodal models are not granted to individuals domiciled in, or companies with their principal place of business in, the European Union. End users in the EU may still use products and services that include them. Hearth asks where you are before it downloads or loads a vision model; if you use Hearth for a company, the company&apos;s principal place of business decides. For this, the EU includes its outermost regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, the Azores, Madeira, the Canary Islands) and Åland; Norway, Iceland, Liechtenstein, Switzerland, the United Kingdom, Greenland and the Faroe Islands are not in it.</source>
        <translation>**Modèles de vision (Llama 3.2 11B et 90B Vision) :** les droits sur ces modèles multimodaux ne sont pas accordés aux personnes domiciliées dans l&apos;Union européenne, ni aux entreprises dont le principal établissement s&apos;y trouve. Les utilisateurs finaux dans l&apos;UE peuvent néanmoins utiliser des produits et services qui les intègrent. Hearth vous demande où vous êtes avant de télécharger ou de charger un modèle de vision ; si vous utilisez Hearth pour une entreprise, c&apos;est le principal établissement de celle-ci qui compte. Ici, l&apos;UE comprend ses régions ultrapériphériques (Guyane, Guadeloupe, Martinique, La Réunion, Mayotte, Saint-Martin, les Açores, Madère, les îles Canaries) et Åland ; la Norvège, l&apos;Islande, le Liechtenstein, la Suisse, le Royaume-Uni, le Groenland et les îles Féroé n&apos;en font pas partie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Acceptable Use Policy forbids, among other things, using the models for illegal activity, to harm people, to deceive, or to generate content that endangers others.</source>
        <translation>La politique d&apos;utilisation acceptable interdit notamment d&apos;utiliser les modèles pour des activités illégales, pour nuire à autrui, pour tromper ou pour générer des contenus qui mettent d&apos;autres personnes en danger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Llama 3.2 — the licence in plain words</source>
        <translation>Llama 3.2 — la licence en termes simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs Meta&apos;s Llama 3.2 models on your computer. The models are not part of Hearth&apos;s own code: each one comes with the **Llama 3.2 Community License Agreement** and the **Llama 3.2 Acceptable Use Policy**, which you accept when you download a Llama model.</source>
        <translation>Hearth exécute les modèles Llama 3.2 de Meta sur votre ordinateur. Les modèles ne font pas partie du code de Hearth : chacun est fourni avec le **Llama 3.2 Community License Agreement** et la **Llama 3.2 Acceptable Use Policy**, que vous acceptez en téléchargeant un modèle Llama.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they say, in short (the official texts decide; read them):</source>
        <translation>Ce qu&apos;ils disent, en bref (les textes officiels font foi ; lisez-les) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This summary is not legal advice. Official texts:</source>
        <translation>Ce résumé ne constitue pas un conseil juridique. Textes officiels :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable Use Policy:</source>
        <translation>Politique d&apos;utilisation acceptable :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Llama 3.2 vision models: licence</source>
        <translation>Modèles de vision Llama 3.2 : licence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{model}&lt;/b&gt; is a Llama 3.2 vision model.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt; est un modèle de vision Llama 3.2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Llama 3.2 licence does not grant the vision models to individuals domiciled in, or companies with their principal place of business in, the European Union. Hearth therefore asks you — it does not guess. Text models are not affected.</source>
        <translation>La licence Llama 3.2 n&apos;accorde pas les modèles de vision aux personnes domiciliées dans l&apos;Union européenne, ni aux entreprises dont le principal établissement s&apos;y trouve. Hearth vous pose donc la question : il ne devine pas. Les modèles de texte ne sont pas concernés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Official texts: {licence} · {policy}.</source>
        <translation>Textes officiels : {licence} · {policy}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptable Use Policy</source>
        <translation>Politique d&apos;utilisation acceptable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End users of products that include a vision model are not limited, in the EU or elsewhere; this question is only about your own use of Hearth.</source>
        <translation>Les utilisateurs finaux de produits qui intègrent un modèle de vision ne sont pas limités, dans l&apos;UE comme ailleurs ; cette question ne porte que sur votre propre utilisation de Hearth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Ceci n&apos;est pas un conseil juridique : la licence officielle et la politique d&apos;utilisation acceptable font foi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country where you live:</source>
        <translation>Pays où vous résidez :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For myself, as an individual</source>
        <translation>Pour moi-même, à titre personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a company or organisation</source>
        <translation>Pour une entreprise ou une organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I use Hearth:</source>
        <translation>J&apos;utilise Hearth :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a company, its principal place of business decides, not where you live.</source>
        <translation>Pour une entreprise, c&apos;est son principal établissement qui compte, pas votre lieu de résidence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company&apos;s principal place of business:</source>
        <translation>Principal établissement de l&apos;entreprise :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have read and accept the {licence} and the Acceptable Use Policy</source>
        <translation>J&apos;ai lu et j&apos;accepte la {licence} et la politique d&apos;utilisation acceptable</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your current answers; change what is no longer true.</source>
        <translation>Vos réponses actuelles ; modifiez ce qui n&apos;est plus exact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-selected from your system&apos;s region ({country}). Please check it: only your answer counts.</source>
        <translation>Présélectionné d&apos;après la région de votre système ({country}). Vérifiez-le : seule votre réponse compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the country you live in.</source>
        <translation>Choisissez le pays où vous résidez.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say whether you use Hearth for yourself or for a company.</source>
        <translation>Indiquez si vous utilisez Hearth pour vous-même ou pour une entreprise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With these answers the licence does not grant you the Llama 3.2 vision models: Hearth will not download or load them. Text models stay available.</source>
        <translation>Avec ces réponses, la licence ne vous accorde pas les modèles de vision Llama 3.2 : Hearth ne les téléchargera ni ne les chargera. Les modèles de texte restent disponibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With these answers the regional limit does not apply to you.</source>
        <translation>Avec ces réponses, la restriction régionale ne s&apos;applique pas à vous.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{model} was not downloaded: the licence question was not answered.</source>
        <translation>{model} n&apos;a pas été téléchargé : la question sur la licence est restée sans réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} was not loaded: the licence question was not answered.</source>
        <translation>{model} n&apos;a pas été chargé : la question sur la licence est restée sans réponse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} was not downloaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} n&apos;a pas été téléchargé : c&apos;est un modèle de vision Llama 3.2, et sa licence dépend de votre lieu de résidence, donc Hearth pose d&apos;abord la question. Réessayez pour répondre, ou indiquez vos réponses dans Paramètres ▸ Déclaration de licence…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} was not loaded: it is a Llama 3.2 vision model, and its licence depends on where you live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ Licence declaration…</source>
        <translation>{model} n&apos;a pas été chargé : c&apos;est un modèle de vision Llama 3.2, et sa licence dépend de votre lieu de résidence, donc Hearth pose d&apos;abord la question. Réessayez pour répondre, ou indiquez vos réponses dans Paramètres ▸ Déclaration de licence…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="+71"/>
        <source>Open a GGUF file…</source>
        <translation>Ouvrir un fichier GGUF…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft: {share} accepted ({accepted}/{drafted})</source>
        <translation>Brouillon : {share} accepté ({accepted}/{drafted})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{speedup}× plain</source>
        <translation>~{speedup}× par rapport à sans brouillon</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+701"/>
        <source>{speed} tok/s</source>
        <translation>{speed} jetons/s</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>{n} tokens</source>
        <translation>{n} jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first token {ms} ms</source>
        <translation>premier jeton en {ms} ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} old messages left out to fit the context</source>
        <translation>{n} anciens messages omis pour tenir dans le contexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+488"/>
        <location line="+235"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="-721"/>
        <source>cut off at the length limit</source>
        <translation>coupé à la limite de longueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the safety check</source>
        <translation>arrêté par le contrôle de sécurité</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search conversations</source>
        <translation>Rechercher dans les discussions</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Models…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Llama models, import GGUF files, see what fits</source>
        <translation>Télécharger des modèles Llama, importer des fichiers GGUF, voir ce qui tient</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Message Hearth (Enter sends, Shift+Enter for a new line)</source>
        <translation>Message à Hearth (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+596"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-585"/>
        <location line="+234"/>
        <location line="+49"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Exporter la discussion en &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Exporter la discussion en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools for this &amp;chat…</source>
        <translation>Outils pour cette &amp;discussion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MCP servers…</source>
        <translation>Serveurs &amp;MCP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Hearth</source>
        <translation>À &amp;propos de Hearth</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (starter)</source>
        <translation>{name} (démarrage)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>☁ {model} (remote)</source>
        <translation>☁ {model} (distant)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>☁ {model} — {server} (remote)</source>
        <translation>☁ {model} — {server} (distant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs on {url}: your messages go to that computer.</source>
        <translation>S&apos;exécute sur {url} : vos messages sont envoyés à cet ordinateur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No model is installed yet. Open a GGUF file (File ▸ Open model file…), for example Llama-3.2-1B-Instruct-Q4_K_M.gguf.</source>
        <translation>Aucun modèle n&apos;est encore installé. Ouvrez un fichier GGUF (Fichier ▸ Ouvrir un fichier de modèle…), par exemple Llama-3.2-1B-Instruct-Q4_K_M.gguf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model is already loading; wait a moment.</source>
        <translation>Un modèle est déjà en cours de chargement ; patientez un instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{model} · on {host} · {n_ctx}-token context</source>
        <translation>{model} · sur {host} · contexte de {n_ctx} jetons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} · {n_ctx}-token context · {threads} threads</source>
        <translation>{model} · contexte de {n_ctx} jetons · {threads} threads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} GPU layers</source>
        <translation>{n} couches sur le GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☁ Remote · {host}</source>
        <translation>☁ Distant · {host}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation goes to another computer ({host}): {where}.</source>
        <translation>Cette discussion est envoyée à un autre ordinateur ({host}) : {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: {model}</source>
        <translation>Brouillon : {model}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{model} (still loaded)</source>
        <translation>{model} (toujours chargé)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cut off: the answer did not arrive in full</source>
        <translation>interrompue : la réponse n&apos;est pas arrivée en entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: it did not fit or failed</source>
        <translation>non envoyé : trop long ou en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete chat</source>
        <translation>Supprimer la discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>Supprimer « {title} » ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export chat</source>
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>Impossible d&apos;enregistrer {path} : {reason}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A document is being summarized; send when it is done, or cancel it.</source>
        <translation>Un document est en cours de résumé ; envoyez quand il est terminé, ou annulez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is still loading; your message is kept in the box.</source>
        <translation>Le modèle est encore en cours de chargement ; votre message reste dans la zone de saisie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>Choisissez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model cannot see pictures: choose a Llama 3.2 Vision model, or remove the picture.</source>
        <translation>Ce modèle ne voit pas les images : choisissez un modèle Llama 3.2 Vision ou retirez l&apos;image.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new language applies the next time Hearth starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Hearth.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../app/ui/settings_dialog.py" line="+54"/>
        <source>GPU layers set to *Automatic* are chosen from the free memory of the largest GPU, the model&apos;s size and the context size; a GPU that fails to start falls back to the CPU with a notice. See the README for CUDA, Metal and Vulkan builds.</source>
        <translation>En mode *Automatique*, le nombre de couches sur le GPU est choisi d&apos;après la mémoire libre du plus grand GPU, la taille du modèle et celle du contexte ; si un GPU ne démarre pas, le CPU prend le relais avec un avis. Consultez le README pour les versions CUDA, Metal et Vulkan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threads, context size and GPU layers are remembered for &lt;b&gt;{model}&lt;/b&gt;; other models keep their own.</source>
        <translation>Les threads, la taille du contexte et les couches GPU sont mémorisés pour &lt;b&gt;{model}&lt;/b&gt; ; les autres modèles gardent les leurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic ({cores} physical cores)</source>
        <translation>Automatique ({cores} cœurs physiques)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads:</source>
        <translation>Threads du CPU :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context size:</source>
        <translation>Taille du contexte :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (from free GPU memory)</source>
        <translation>Automatique (selon la mémoire GPU libre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers to run on the GPU: 0 runs on the CPU only, 999 puts every layer on the GPU.</source>
        <translation>Couches exécutées sur le GPU : 0 n&apos;utilise que le CPU, 999 place toutes les couches sur le GPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU layers:</source>
        <translation>Couches GPU :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 always picks the likeliest word; higher is more varied.</source>
        <translation>0 choisit toujours le mot le plus probable ; plus haut, c&apos;est plus varié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>Température :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-p:</source>
        <translation>Top-p :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest answer:</source>
        <translation>Réponse la plus longue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions for every new chat (optional)</source>
        <translation>Instructions pour chaque nouvelle discussion (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt:</source>
        <translation>Prompt système :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence declaration…</source>
        <translation>Déclaration de licence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you live and whether you use Hearth for a company: decides whether the Llama 3.2 vision models&apos; licence covers you.</source>
        <translation>Où vous résidez et si vous utilisez Hearth pour une entreprise : cela détermine si la licence des modèles de vision Llama 3.2 vous couvre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vision licence:</source>
        <translation>Licence vision :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Hearth starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My tools</source>
        <translation>Mes outils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+34"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A small model with the same vocabulary (e.g. Llama 3.2 1B for Llama 3.1 8B) guesses ahead and this model checks its guesses in batches: the same answers, usually faster.</source>
        <translation>Un petit modèle au même vocabulaire (p. ex. Llama 3.2 1B pour Llama 3.1 8B) devine la suite et ce modèle vérifie ses propositions par lots : les mêmes réponses, généralement plus vite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft model:</source>
        <translation>Modèle brouillon :</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not declared yet: Hearth asks before a vision model is used.</source>
        <translation>Pas encore déclaré : Hearth vous posera la question avant d&apos;utiliser un modèle de vision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>autorisés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>bloqués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company in {country}: vision models {verdict}</source>
        <translation>Entreprise ({country}) : modèles de vision {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual in {country}: vision models {verdict}</source>
        <translation>Particulier ({country}) : modèles de vision {verdict}</translation>
    </message>
</context>
<context>
    <name>StreamWorker</name>
    <message>
        <location filename="../../../app/ui/workers.py" line="-48"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Une erreur s&apos;est produite : {error}. Les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../../app/ui/main.py" line="+65"/>
        <source>Hearth cannot open your conversations</source>
        <translation>Hearth ne peut pas ouvrir vos discussions</translation>
    </message>
</context>
</TS>
