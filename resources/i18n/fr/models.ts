<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../../app/ui/model_manager.py" line="+80"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pausing…</source>
        <translation>Suspension…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resuming at {size}…</source>
        <translation>Reprise à {size}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{done} sur {total} · {rate}/s · temps restant {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · measuring speed · {eta} left</source>
        <translation>{done} sur {total} · mesure du débit · temps restant {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the {size} already downloaded…</source>
        <translation>Vérification des {size} déjà téléchargés…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network trouble; retry {attempt} of {attempts} in {seconds} s</source>
        <translation>Problème réseau ; nouvelle tentative {attempt} sur {attempts} dans {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused at {done} of {total}</source>
        <translation>Suspendu à {done} sur {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified and installed</source>
        <translation>Vérifié et installé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location line="+28"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+192"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Fit</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer: {memory} of memory free, no GPU. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Cet ordinateur : {memory} de mémoire libre, pas de GPU. La compatibilité est évaluée pour un contexte de {n_ctx} jetons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gpu} ({memory} free)</source>
        <translation>{gpu} ({memory} libres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer: {memory} of memory free, {gpus}. Fit is judged for a {n_ctx}-token context.</source>
        <translation>Cet ordinateur : {memory} de mémoire libre, {gpus}. La compatibilité est évaluée pour un contexte de {n_ctx} jetons.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+52"/>
        <source>text</source>
        <comment>licence kind</comment>
        <translation>texte</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+52"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The catalog has no model pair “{pair}”.</source>
        <translation>Le catalogue ne contient aucune paire de modèles « {pair} ».</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>vision (region check)</source>
        <comment>licence kind</comment>
        <translation>vision (vérification de la région)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recommended</source>
        <comment>quantization note</comment>
        <translation>recommandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unquantized</source>
        <comment>quantization note</comment>
        <translation>non quantifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for Arm CPUs</source>
        <comment>quantization note</comment>
        <translation>pour processeurs Arm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No downloads yet. Pick a model in the Catalog.</source>
        <translation>Aucun téléchargement pour l’instant. Choisissez un modèle dans le Catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a GGUF file…</source>
        <translation>Importer un fichier GGUF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop .gguf files here</source>
        <translation>ou déposez des fichiers .gguf ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (starter)</source>
        <translation>{name} (modèle de départ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import models</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file}? Files Hearth downloaded are removed from disk; imported files are only removed from the list.</source>
        <translation>Supprimer {file} ? Les fichiers téléchargés par Hearth sont effacés du disque ; les fichiers importés sont seulement retirés de la liste.</translation>
    </message>
</context>
<context>
    <name>SummarizeController</name>
    <message>
        <location filename="../../../app/ui/summarize.py" line="+284"/>
        <source>&amp;Summarize document…</source>
        <translation>&amp;Résumer un document…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize a PDF, Word (.docx), web page (.html), Markdown or plain-text file</source>
        <translation>Résumer un fichier PDF, Word (.docx), page web (.html), Markdown ou texte brut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A document is already being summarized; wait or cancel it.</source>
        <translation>Un document est déjà en cours de résumé ; patientez ou annulez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>Le résumé a été annulé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Summarize {count} documents</source>
        <translation>Résumer {count} documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarize {names} one after another or together?</source>
        <translation>Résumer {names} l’un après l’autre ou ensemble ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One after another</source>
        <translation>L’un après l’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A summary of each document, each in its own chat</source>
        <translation>Un résumé par document, chacun dans sa propre conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One summary of all of them</source>
        <translation>Un seul résumé pour tous</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} documents</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a model first, then summarize the document.</source>
        <translation>Choisissez d’abord un modèle, puis résumez le document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth is still answering; stop it first.</source>
        <translation>Hearth est encore en train de répondre ; arrêtez-le d’abord.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context to read it in one pass? It needs about {needed} of the {available} of memory free now.</source>
        <translation>« {document} » est long pour le contexte de {current} jetons de {model}. Recharger {model} avec un contexte de {n_ctx} jetons pour le lire en une seule passe ? Il faut environ {needed} sur les {available} de mémoire actuellement libres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{document}” is long for {model}&apos;s {current}-token context. Reload {model} with a {n_ctx}-token context for fewer, larger parts (the whole document does not fit)? It needs about {needed} of the {available} of memory free now.</source>
        <translation>« {document} » est long pour le contexte de {current} jetons de {model}. Recharger {model} avec un contexte de {n_ctx} jetons pour des parties moins nombreuses et plus grandes (le document entier ne tient pas) ? Il faut environ {needed} sur les {available} de mémoire actuellement libres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A larger context for this document</source>
        <translation>Un contexte plus grand pour ce document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload with {n_ctx} tokens</source>
        <translation>Recharger avec {n_ctx} jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarize in parts</source>
        <translation>Résumer par parties</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading {model} with a {n_ctx}-token context for this document…</source>
        <translation>Chargement de {model} avec un contexte de {n_ctx} jetons pour ce document…</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location line="-431"/>
        <source>Summarize a document</source>
        <translation>Résumer un document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PDF, Word, web page, Markdown or text file</source>
        <translation>Un fichier PDF, Word, page web, Markdown ou texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or paste the text to summarize here</source>
        <translation>…ou collez ici le texte à résumer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short summary</source>
        <translation>Un résumé court</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bullet points</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detailed summary</source>
        <translation>Un résumé détaillé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style:</source>
        <translation>Style :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a document</source>
        <translation>Choisir un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SummaryProgressDialog</name>
    <message>
        <location line="+16"/>
        <source>Summarizing {name}</source>
        <translation>Résumé de {name} en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary appears here as it is written.</source>
        <translation>Le résumé s’affiche ici au fur et à mesure de sa rédaction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../../app/ui/tool_approval.py" line="+80"/>
        <source>ok</source>
        <comment>tool call status</comment>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <comment>tool call status</comment>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <comment>tool call status</comment>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>tool call status</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <comment>tool call status</comment>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**Tool** `{call}` — {status}</source>
        <translation>**Outil** `{call}` — {status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calling {calls}</source>
        <translation>Appel de {calls}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allow this tool call?</source>
        <translation>Autoriser cet appel d’outil ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It only reads information.</source>
        <translation>Il ne fait que lire des informations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can change things on this computer or open other programs.</source>
        <translation>Il peut modifier des éléments sur cet ordinateur ou ouvrir d’autres programmes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model wants to run &lt;b&gt;{tool}&lt;/b&gt;: {description}</source>
        <translation>Le modèle veut exécuter &lt;b&gt;{tool}&lt;/b&gt; : {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &lt;b&gt;{origin}&lt;/b&gt;.</source>
        <translation>Fourni par &lt;b&gt;{origin}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always allow {tool}</source>
        <translation>Toujours autoriser {tool}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <location line="+246"/>
        <source>The file tools need at least one folder; they stay off.</source>
        <translation>Les outils de fichiers ont besoin d’au moins un dossier ; ils restent désactivés.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no question to answer again.</source>
        <translation>Il n’y a aucune question à laquelle répondre à nouveau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <location line="-263"/>
        <source>Tools for this chat</source>
        <translation>Outils pour cette conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model may call these tools in this chat:</source>
        <translation>Le modèle peut appeler ces outils dans cette conversation :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} — {what}</source>
        <translation>{group} — {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>MCP server {name} — {target}</source>
        <translation>Serveur MCP {name} — {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {description} (your tool)</source>
        <translation>{name} — {description} (votre outil)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled: turn it on in Settings ▸ My tools first.</source>
        <translation>Désactivé : activez-le d’abord dans Paramètres ▸ Mes outils.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask before every tool call</source>
        <translation>Demander avant chaque appel d’outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run read-only tools without asking</source>
        <translation>Exécuter sans demander les outils en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every tool without asking (opening files and links still asks)</source>
        <translation>Exécuter tous les outils sans demander (l’ouverture de fichiers et de liens demande toujours)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval:</source>
        <translation>Autorisation :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders the file tools may read:</source>
        <translation>Dossiers que les outils de fichiers peuvent lire :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a safe calculator</source>
        <translation>une calculatrice sûre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current date and time, time zones</source>
        <translation>la date et l’heure actuelles, fuseaux horaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit conversion</source>
        <translation>conversion d’unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, search and read files in approved folders</source>
        <translation>lister, rechercher et lire des fichiers dans les dossiers autorisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory, disk and battery</source>
        <translation>mémoire, disque et batterie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a link or file with the default app (always asks)</source>
        <translation>ouvrir un lien ou un fichier avec l’application par défaut (demande toujours)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder the file tools may read</source>
        <translation>Dossier que les outils de fichiers peuvent lire</translation>
    </message>
</context>
</TS>
