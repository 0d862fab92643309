<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>core</name>
    <message>
        <location filename="../../../app/core/chat/context.py" line="+81"/>
        <location filename="../../../app/core/remote.py" line="+769"/>
        <location filename="../../../app/core/vision/engine.py" line="+251"/>
        <location line="+124"/>
        <source>There is nothing to send.</source>
        <translation>Il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message first.</source>
        <translation>Saisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is empty.</source>
        <translation>Votre message est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type something to send.</source>
        <translation>Saisissez quelque chose à envoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room kept for the answer ({reserve} tokens) fills the model&apos;s whole context of {n_ctx} tokens.</source>
        <translation>La place réservée à la réponse ({reserve} jetons) occupe tout le contexte du modèle, soit {n_ctx} jetons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the answer length or raise the context size in Settings.</source>
        <translation>Réduisez la longueur de la réponse ou augmentez la taille du contexte dans Paramètres.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your message is {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Votre message compte {tokens} jetons, mais le contexte du modèle en contient {n_ctx} (dont {reserve} réservés à la réponse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../app/core/vision/engine.py" line="+21"/>
        <source>Shorten it or raise the context size in Settings.</source>
        <translation>Raccourcissez-le ou augmentez la taille du contexte dans Paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message and the system prompt together are {tokens} tokens but the model&apos;s context holds {n_ctx} (with {reserve} kept for the answer).</source>
        <translation>Votre message et l&apos;invite système comptent ensemble {tokens} jetons, mais le contexte du modèle en contient {n_ctx} (dont {reserve} réservés à la réponse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorten them or raise the context size in Settings.</source>
        <translation>Raccourcissez-les ou augmentez la taille du contexte dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/readers.py" line="+83"/>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} est un dossier, pas un document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: there is nothing to summarize.</source>
        <translation>{file} est vide : il n&apos;y a rien à résumer.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This PDF has no text layer; OCR is not available. {file} looks like a scanned document (its pages are images), so Hearth cannot read its words.</source>
        <translation>Ce PDF n&apos;a pas de couche de texte, et la reconnaissance de caractères (OCR) n&apos;est pas disponible. {file} semble être un document numérisé (ses pages sont des images) : Hearth ne peut donc pas en lire les mots.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through an OCR program to add a text layer, then try again.</source>
        <translation>Passez-le dans un logiciel d&apos;OCR pour ajouter une couche de texte, puis réessayez.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{file} is an image; Hearth summarizes text and OCR is not available.</source>
        <translation>{file} est une image ; Hearth résume du texte et la reconnaissance de caractères (OCR) n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Supported: {formats}.</source>
        <translation>Formats pris en charge : {formats}.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save it as .docx (Word ▸ Save As) and try again.</source>
        <translation>Enregistrez-le au format .docx (Word ▸ Enregistrer sous) et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or PDF and try again.</source>
        <translation>Enregistrez-le au format .docx ou PDF et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .docx or plain text and try again.</source>
        <translation>Enregistrez-le au format .docx ou en texte brut et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it as .docx or PDF and try again.</source>
        <translation>Exportez-le au format .docx ou PDF et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to PDF or plain text and try again.</source>
        <translation>Convertissez-le en PDF ou en texte brut et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, Word (.docx), web pages (.html), Markdown and plain text</source>
        <translation>PDF, Word (.docx), pages web (.html), Markdown et texte brut</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{file} is not a PDF file (it does not start like one).</source>
        <translation>{file} n&apos;est pas un fichier PDF (il ne commence pas comme tel).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>{file} is protected by a password, so Hearth cannot read it.</source>
        <translation>{file} est protégé par un mot de passe : Hearth ne peut donc pas le lire.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open it in a PDF viewer, save an unprotected copy, and summarize that.</source>
        <translation>Ouvrez-le dans une visionneuse PDF, enregistrez une copie non protégée et résumez celle-ci.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file} has no pages.</source>
        <translation>{file} n&apos;a aucune page.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} is password-protected or an old-format Word file, so Hearth cannot read it.</source>
        <translation>{file} est protégé par un mot de passe ou est un fichier Word d&apos;ancien format : Hearth ne peut donc pas le lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it in Word and save an unprotected .docx copy.</source>
        <translation>Ouvrez-le dans Word et enregistrez une copie .docx non protégée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged or not a Word (.docx) document.</source>
        <translation>{file} est endommagé ou n&apos;est pas un document Word (.docx).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} has no text to summarize.</source>
        <translation>{file} ne contient aucun texte à résumer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no readable main text.</source>
        <translation>{file} n&apos;a pas de texte principal lisible.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hearth cannot summarize {suffix} files ({file}).</source>
        <translation>Hearth ne peut pas résumer les fichiers {suffix} ({file}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth cannot summarize files without an extension ({file}).</source>
        <translation>Hearth ne peut pas résumer les fichiers sans extension ({file}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} does not contain readable text (it looks like a binary file with a document&apos;s extension).</source>
        <translation>{file} ne contient pas de texte lisible (il semble s&apos;agir d&apos;un fichier binaire portant l&apos;extension d&apos;un document).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <location filename="../../../app/core/documents/summarize.py" line="+147"/>
        <source>Summary cancelled; nothing was saved.</source>
        <translation>Résumé annulé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading “{name}”…</source>
        <translation>Lecture de « {name} »…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing the summary of {tokens} tokens…</source>
        <translation>Rédaction du résumé de {tokens} jetons…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+130"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Reading the document ({tokens} tokens)…</source>
        <translation>Lecture du document ({tokens} jetons)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the document: {percent}% of {tokens} tokens…</source>
        <translation>Lecture du document : {percent} % de {tokens} jetons…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing part {n} of {total} ({label})…</source>
        <translation>Résumé de la partie {n} sur {total} ({label})…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summarizing part {n} of {total}…</source>
        <translation>Résumé de la partie {n} sur {total}…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Combining notes, step {level} ({n} of {total})…</source>
        <translation>Regroupement des notes, étape {level} ({n} sur {total})…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the summary…</source>
        <translation>Rédaction du résumé…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts.</source>
        <translation>« {name} » compte {tokens} jetons, plus que ce que le contexte de {n_ctx} jetons de ce modèle peut contenir en laissant de la place pour la réponse ; il a donc été résumé en {parts} parties.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” has {tokens} tokens, more than this model&apos;s {n_ctx}-token context holds with room to answer, so it was summarized in {parts} parts. Memory allows a context of up to {limit} tokens: set the context size to {wanted} or more in Settings to summarize it in one pass.</source>
        <translation>« {name} » compte {tokens} jetons, plus que ce que le contexte de {n_ctx} jetons de ce modèle peut contenir en laissant de la place pour la réponse ; il a donc été résumé en {parts} parties. La mémoire permet un contexte allant jusqu&apos;à {limit} jetons : réglez la taille du contexte sur {wanted} ou plus dans Paramètres pour le résumer en une seule passe.</translation>
    </message>
    <message>
        <location filename="../../../app/core/engine/llamacpp.py" line="+166"/>
        <source>{file} is part of a vision model ({architecture}); it cannot be opened as a text model.</source>
        <extracomment>Pick greedy and top-k tokens from a numpy shortlist (see _shortlist_size); the full-vocabulary path stays for comparison.</extracomment>
        <translation>{file} fait partie d&apos;un modèle de vision ({architecture}) ; il ne peut pas être ouvert comme modèle de texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it as an image Q&amp;A model instead.</source>
        <translation>Ouvrez-le plutôt comme modèle de questions-réponses sur image.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The GPU could not be used ({reason}); Hearth runs on the CPU.</source>
        <translation>Le GPU n&apos;a pas pu être utilisé ({reason}) ; Hearth fonctionne sur le CPU.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} holds a &apos;{architecture}&apos; model, an architecture this version of llama.cpp cannot run.</source>
        <translation>{file} contient un modèle « {architecture} », une architecture que cette version de llama.cpp ne peut pas exécuter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a Llama 3.2 model, or update Hearth.</source>
        <translation>Choisissez un modèle Llama 3.2 ou mettez Hearth à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not load {file}: {reason}.</source>
        <translation>llama.cpp n&apos;a pas pu charger {file} : {reason}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>llama.cpp could not create a {n_ctx}-token context for {file}: {reason}.</source>
        <translation>llama.cpp n&apos;a pas pu créer un contexte de {n_ctx} jetons pour {file} : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the context size in Settings.</source>
        <translation>Réduisez la taille du contexte dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../../../app/core/licence.py" line="+128"/>
        <source>a Llama 3.2 Vision model (architecture “mllama”)</source>
        <translation>un modèle Llama 3.2 Vision (architecture « mllama »)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vision projector, the image half of a Llama 3.2 Vision model</source>
        <translation>un projecteur de vision, la moitié image d&apos;un modèle Llama 3.2 Vision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Llama Guard 3 Vision model</source>
        <translation>un modèle Llama Guard 3 Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Llama 3.2 Vision model (by its name)</source>
        <translation>un modèle Llama 3.2 Vision (d&apos;après son nom)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>that you use Hearth for a company whose principal place of business is in {country} ({code})</source>
        <translation>que vous utilisez Hearth pour une entreprise dont l&apos;établissement principal se trouve dans le pays suivant : {country} ({code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that you use Hearth as an individual domiciled in {country} ({code})</source>
        <translation>que vous utilisez Hearth en tant que particulier domicilié dans le pays suivant : {country} ({code})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Llama 3.2 text models carry no regional limit.</source>
        <translation>Les modèles de texte Llama 3.2 ne sont soumis à aucune restriction régionale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearth has no licence declaration from you yet.</source>
        <translation>Hearth n&apos;a pas encore reçu de déclaration de licence de votre part.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your licence declaration was for an earlier licence version; please answer again.</source>
        <translation>Votre déclaration de licence portait sur une version antérieure de la licence ; veuillez répondre à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your licence declaration is incomplete.</source>
        <translation>Votre déclaration de licence est incomplète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the {licence} does not grant the rights to the Llama 3.2 vision models to an individual domiciled in, or a company with its principal place of business in, the European Union, and you declared {declaration}</source>
        <translation>la {licence} n&apos;accorde pas les droits sur les modèles de vision Llama 3.2 à un particulier domicilié dans l&apos;Union européenne, ni à une entreprise dont l&apos;établissement principal s&apos;y trouve, et vous avez déclaré {declaration}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared {declaration}, outside the European Union.</source>
        <translation>Vous avez déclaré {declaration}, hors de l&apos;Union européenne.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hearth will not load {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth ne chargera pas {subject} : c&apos;est {what}, et {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can load {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth a besoin de votre déclaration de licence avant de pouvoir charger {subject} : c&apos;est {what}, et la licence Llama 3.2 n&apos;accorde pas les modèles de vision aux personnes et entreprises de l&apos;Union européenne. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not download {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth ne téléchargera pas {subject} : c&apos;est {what}, et {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearth needs your licence declaration before it can download {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth a besoin de votre déclaration de licence avant de pouvoir télécharger {subject} : c&apos;est {what}, et la licence Llama 3.2 n&apos;accorde pas les modèles de vision aux personnes et entreprises de l&apos;Union européenne. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearth will not use {subject}: it is {what}, and {reason}.</source>
        <translation>Hearth n&apos;utilisera pas {subject} : c&apos;est {what}, et {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth needs your licence declaration before it can use {subject}: it is {what}, and the Llama 3.2 licence does not grant the vision models to people and companies in the European Union. {reason}</source>
        <translation>Hearth a besoin de votre déclaration de licence avant de pouvoir utiliser {subject} : c&apos;est {what}, et la licence Llama 3.2 n&apos;accorde pas les modèles de vision aux personnes et entreprises de l&apos;Union européenne. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may still use products and services that include the vision models; Hearth&apos;s check is only about your own use. If your answers were wrong, change them in Settings ▸ Licence declaration… or with `hearth licence declare`. {advice} Licence: {licence_url} Use policy: {use_policy_url}</source>
        <translation>Les modèles de texte Llama 3.2 (1B, 3B) restent entièrement disponibles. Les utilisateurs finaux dans l&apos;UE peuvent toujours utiliser des produits et services qui intègrent les modèles de vision ; la vérification de Hearth ne concerne que votre propre usage. Si vos réponses étaient erronées, modifiez-les dans Paramètres ▸ Déclaration de licence… ou avec `hearth licence declare`. {advice} Licence : {licence_url} Politique d&apos;utilisation : {use_policy_url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the question in the window, or run `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, or pass --domicile CC --as individual|company to this command. Text models need no declaration.</source>
        <translation>Répondez à la question dans la fenêtre, ou exécutez `hearth licence declare --domicile CC --as individual|company [--company-country CC] --accept`, ou passez --domicile CC --as individual|company à cette commande. Les modèles de texte ne nécessitent aucune déclaration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not legal advice: the official licence and Acceptable Use Policy decide.</source>
        <translation>Ceci n&apos;est pas un conseil juridique : la licence officielle et la politique d&apos;utilisation acceptable font foi.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/download.py" line="+709"/>
        <source>Downloading {file} failed {failures} times in a row ({reason}).</source>
        <translation>Le téléchargement de {file} a échoué {failures} fois de suite ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connection and run the same command again: the {size} already downloaded are kept and it resumes.</source>
        <translation>Vérifiez la connexion et relancez la même commande : les {size} déjà téléchargés sont conservés et le téléchargement reprend.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearth could not write {path}: {reason}.</source>
        <translation>Hearth n&apos;a pas pu écrire {path} : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space; run the command again to resume.</source>
        <translation>Vérifiez l&apos;espace disque libre ; relancez la commande pour reprendre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the same command again to download it afresh; if it fails again, the network or mirror (HF_ENDPOINT) is corrupting data.</source>
        <translation>Relancez la même commande pour télécharger à nouveau le fichier ; si l&apos;échec se répète, le réseau ou le miroir (HF_ENDPOINT) altère les données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} failed its {algo} checksum: expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} n&apos;a pas passé la vérification de somme de contrôle {algo} : {algo} attendu {expected}, obtenu {got}. Le téléchargement endommagé a été supprimé et rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} failed its {algo} checksum (got {done} bytes of {size}): expected {algo} {expected}, got {got}. The damaged download was deleted and nothing was installed.</source>
        <translation>{file} n&apos;a pas passé la vérification de somme de contrôle {algo} ({done} octets reçus sur {size}) : {algo} attendu {expected}, obtenu {got}. Le téléchargement endommagé a été supprimé et rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/gguf_file.py" line="+201"/>
        <source>There is no file at {path}.</source>
        <translation>Il n&apos;y a aucun fichier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Hearth could not read {file}: {reason}.</source>
        <translation>Hearth n&apos;a pas pu lire {file} : {reason}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{file} is not a GGUF model file.</source>
        <translation>{file} n&apos;est pas un fichier de modèle GGUF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth runs GGUF files (for example Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch and other formats must be converted first.</source>
        <translation>Hearth exécute des fichiers GGUF (par exemple Llama-3.2-1B-Instruct-Q4_K_M.gguf) ; les formats safetensors, PyTorch et autres doivent d&apos;abord être convertis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>{file} is truncated: it ends inside its header.</source>
        <translation>{file} est tronqué : il s&apos;arrête au milieu de son en-tête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>The download was probably interrupted; download it again.</source>
        <translation>Le téléchargement a probablement été interrompu ; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{file} is a damaged GGUF file: {reason}.</source>
        <translation>{file} est un fichier GGUF endommagé : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the file again.</source>
        <translation>Téléchargez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is truncated: {missing} of its weights are missing (the file has {size} of {expected}).</source>
        <translation>{file} est tronqué : il manque {missing} de ses poids (le fichier fait {size} sur {expected}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} does not say which model architecture it holds.</source>
        <translation>{file} n&apos;indique pas quelle architecture de modèle il contient.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/local.py" line="+37"/>
        <source>The models folder already has a file called {file}.</source>
        <translation>Le dossier des modèles contient déjà un fichier nommé {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it first with `hearth models rm {name}`.</source>
        <translation>Supprimez-le d&apos;abord avec `hearth models rm {name}`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough free disk space for {what}: it needs {needed} ({needed_bytes} bytes) but only {free} ({free_bytes} bytes) is free on the disk that holds {where}.</source>
        <translation>Espace disque insuffisant pour {what} : il faut {needed} ({needed_bytes} octets), mais seuls {free} ({free_bytes} octets) sont libres sur le disque qui contient {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, or choose a smaller quantization.</source>
        <translation>Libérez de l&apos;espace ou choisissez une quantification plus petite.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The starter model comes with Hearth and cannot be removed.</source>
        <translation>Le modèle de démarrage est fourni avec Hearth et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/memory.py" line="+62"/>
        <source>a smaller model or quantization</source>
        <translation>un modèle ou une quantification plus petits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller quantization</source>
        <translation>une quantification plus petite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close other apps, lower the context size (now {n_ctx} tokens), or choose {smaller} (for example Q4_K_M).</source>
        <translation>Fermez d&apos;autres applications, réduisez la taille du contexte (actuellement {n_ctx} jetons) ou choisissez {smaller} (par exemple Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close other apps, or choose {smaller} (for example Q4_K_M).</source>
        <translation>Fermez d&apos;autres applications ou choisissez {smaller} (par exemple Q4_K_M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} needs about {total} ({weights} weights + {context} context + {compute} working memory), but only {available} of memory is free.</source>
        <translation>{name} a besoin d&apos;environ {total} ({weights} de poids + {context} de contexte + {compute} de mémoire de travail), mais seuls {available} de mémoire sont libres.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Fits on the GPU ({needed} of {free} free).</source>
        <translation>Tient sur le GPU ({needed} sur {free} libres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in memory ({needed} of {free} free).</source>
        <translation>Tient en mémoire ({needed} sur {free} libres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits in memory, partly on the GPU ({needed} of {free} free).</source>
        <translation>Tient en mémoire, en partie sur le GPU ({needed} sur {free} libres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tight: needs {needed} of {free} free; close other apps or use a smaller context.</source>
        <translation>Juste : il faut {needed} sur {free} libres ; fermez d&apos;autres applications ou utilisez un contexte plus petit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not fit: needs {needed}, {free} free.</source>
        <translation>Ne tient pas : il faut {needed}, {free} libres.</translation>
    </message>
    <message>
        <location filename="../../../app/core/session.py" line="+65"/>
        <source>There is nothing to send; type a message first.</source>
        <translation>Il n&apos;y a rien à envoyer ; saisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no question to answer again.</source>
        <translation>Il n&apos;y a pas de question à laquelle répondre à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/engine.py" line="-105"/>
        <location filename="../../../app/core/vision/preprocess.py" line="+132"/>
        <source>There is no picture at {path}.</source>
        <translation>Il n&apos;y a aucune image à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+23"/>
        <source>The model is still answering; stop it first.</source>
        <translation>Le modèle est encore en train de répondre ; arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The prompt is {tokens} tokens but the model&apos;s context holds {n_ctx}.</source>
        <translation>L&apos;invite compte {tokens} jetons, mais le contexte du modèle en contient {n_ctx}.</translation>
    </message>
    <message>
        <location filename="../../../app/core/vision/preprocess.py" line="+8"/>
        <source>{file} is too large ({width}×{height} pixels).</source>
        <translation>{file} est trop grande ({width}×{height} pixels).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Use a picture of at most {megapixels} megapixels.</source>
        <translation>Utilisez une image de {megapixels} mégapixels au maximum.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{file} is not a picture Hearth can read.</source>
        <translation>{file} n&apos;est pas une image que Hearth peut lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PNG, JPEG, WebP, GIF or BMP file.</source>
        <translation>Utilisez un fichier PNG, JPEG, WebP, GIF ou BMP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is too large to open safely.</source>
        <translation>{file} est trop grande pour être ouverte en toute sécurité.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} est endommagée et ne peut pas être lue ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../app/core/models/hub.py" line="+49"/>
        <location line="+53"/>
        <source>Hugging Face downloads are switched off (HF_HUB_OFFLINE is set).</source>
        <translation>Les téléchargements depuis Hugging Face sont désactivés (HF_HUB_OFFLINE est défini).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unset HF_HUB_OFFLINE to search or download models; installed models still work.</source>
        <translation>Supprimez HF_HUB_OFFLINE pour rechercher ou télécharger des modèles ; les modèles installés fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unset HF_HUB_OFFLINE to download models.</source>
        <translation>Supprimez HF_HUB_OFFLINE pour télécharger des modèles.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{repo} was not found on {hub}.</source>
        <translation>{repo} est introuvable sur {hub}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the repo name (owner/name), e.g. with `hearth models search`.</source>
        <translation>Vérifiez le nom du dépôt (propriétaire/nom), par exemple avec `hearth models search`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hugging Face answered HTTP {status} for {what}.</source>
        <translation>Hugging Face a répondu HTTP {status} pour {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach {hub} ({reason}).</source>
        <translation>Impossible de joindre {hub} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, or set HF_ENDPOINT to a mirror.</source>
        <translation>Vérifiez la connexion réseau ou définissez HF_ENDPOINT sur un miroir.</translation>
    </message>
    <message>
        <location filename="../../../app/core/remote.py" line="-407"/>
        <source>{where} did not accept a connection within {seconds} s.</source>
        <translation>{where} n&apos;a accepté aucune connexion en {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the computer is on and reachable from here.</source>
        <translation>Vérifiez que l&apos;ordinateur est allumé et joignable depuis ce poste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} stopped answering for {seconds} s.</source>
        <translation>{where} a cessé de répondre pendant {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may be overloaded; try again, or raise the timeout in Settings ▸ Servers.</source>
        <translation>Le serveur est peut-être surchargé ; réessayez ou augmentez le délai d&apos;attente dans Paramètres ▸ Serveurs.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot reach {where} ({reason}).</source>
        <translation>Impossible de joindre {where} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and that the server is running.</source>
        <translation>Vérifiez l&apos;adresse et que le serveur est en marche.</translation>
    </message>
</context>
</TS>
