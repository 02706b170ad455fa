<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Save...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>&amp;Enregistrer...</translation>
    </message>
    <message>
        <source>A wellbeing aid, not a medical device and not a monitoring tool. It does not diagnose anything, and nobody else sees what it notices.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Une aide au bien-être, pas un dispositif médical ni un outil de surveillance. Il ne pose aucun diagnostic, et personne d&apos;autre ne voit ce qu&apos;il remarque.</translation>
    </message>
    <message>
        <source>A zip for your helpdesk; you see what is in it first</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Un zip pour votre support informatique&#xa0;; vous voyez d&apos;abord ce qu&apos;il contient</translation>
    </message>
    <message>
        <source>About %1</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Create &amp;support bundle...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Créer une archive d&apos;&amp;assistance...</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Files in the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Fichiers de l&apos;archive d&apos;assistance</translation>
    </message>
    <message>
        <source>Licensed under the Apache License 2.0.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Sous licence Apache License 2.0.</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Enregistrer l&apos;archive d&apos;assistance</translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to your helpdesk.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Enregistré dans %1. Remettez ce fichier à votre support informatique.</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Archive d&apos;assistance</translation>
    </message>
    <message>
        <source>These files go into one zip for your helpdesk. Nothing is sent anywhere: you choose where to save it and whom to give it to. It holds no audio, no voice data, none of your history (only how many rows it has) and no card text.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Ces fichiers sont réunis dans un zip pour votre support informatique. Rien n&apos;est envoyé&#xa0;: vous choisissez où l&apos;enregistrer et à qui le donner. Il ne contient ni audio, ni données vocales, ni votre historique (seulement son nombre de lignes), ni texte de carte.</translation>
    </message>
    <message>
        <source>What it is</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <source>Your voice never leaves this computer and is never recorded: Companion keeps only per-minute and per-call numbers, on this machine, for a limited time. You can see, export and delete them (companion data ...).</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Votre voix ne quitte jamais cet ordinateur et n&apos;est jamais enregistrée&#xa0;: Companion ne garde que des chiffres par minute et par appel, sur cette machine et pour une durée limitée. Vous pouvez les consulter, les exporter et les supprimer (companion data ...).</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>%1 demo</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation>Démo %1</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Cartes-conseils</translation>
    </message>
    <message>
        <source>Listening to a simulated shift (no microphone).</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation>Écoute d&apos;une journée simulée (sans micro).</translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Not keeping a history: %1</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Aucun historique n&apos;est conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(companion/app/wiring.py)</extracomment>
        <translation>Démarrer avec le système</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;About Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>À propos d&amp;e Companion</translation>
    </message>
    <message>
        <source>&amp;Breathe now</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Respirer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Quit Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Quitter Companion</translation>
    </message>
    <message>
        <source>&amp;Resume listening</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Reprendre l&apos;écoute</translation>
    </message>
    <message>
        <source>&amp;Welcome and microphone check…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Bienvenue et test du micro…</translation>
    </message>
    <message>
        <source>Mark call &amp;end</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Marquer la &amp;fin de l&apos;appel</translation>
    </message>
    <message>
        <source>Mark call &amp;start</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Marquer le &amp;début de l&apos;appel</translation>
    </message>
    <message>
        <source>Pause &amp;until I resume</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pause &amp;jusqu&apos;à ce que je reprenne</translation>
    </message>
    <message>
        <source>Pause for &amp;15 minutes</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pause de &amp;15 minutes</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pause d&apos;une &amp;heure</translation>
    </message>
    <message>
        <source>Recalibrate (new &amp;headset)…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Recalibrer (&amp;nouveau casque)…</translation>
    </message>
    <message>
        <source>Respond to the &amp;offer…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Répondre à la pr&amp;oposition…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Share card &amp;feedback…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Partager votre a&amp;vis sur les cartes…</translation>
    </message>
    <message>
        <source>Show a &amp;card</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Afficher une &amp;carte</translation>
    </message>
    <message>
        <source>What helps &amp;me…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Ce qui m&apos;&amp;aide…</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>%1. Breathing and cue cards still work from this menu.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. La respiration et les cartes-conseils restent disponibles dans ce menu.</translation>
    </message>
    <message>
        <source>%1. Companion keeps trying; breathing and cue cards still work.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. Companion continue d&apos;essayer&#xa0;; la respiration et les cartes-conseils restent disponibles.</translation>
    </message>
    <message>
        <source>%1. Use this icon&apos;s menu for breathing, cards and settings.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. Utilisez le menu de cette icône pour la respiration, les cartes et les paramètres.</translation>
    </message>
    <message>
        <source>Companion is running</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Companion est lancé</translation>
    </message>
    <message>
        <source>Listening again</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>De nouveau à l&apos;écoute</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Micro indisponible</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Micro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings are not available.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Les paramètres ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>There is no offer to respond to right now.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Il n&apos;y a pas de proposition en attente pour le moment.</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>until you resume</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>jusqu&apos;à ce que vous repreniez</translation>
    </message>
</context>
<context>
    <name>AudioError</name>
    <message>
        <source>close other apps using it, plug in a headset or pick another device in Settings</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>fermez les autres apps qui l&apos;utilisent, branchez un casque ou choisissez un autre périphérique dans les Paramètres</translation>
    </message>
    <message>
        <source>listening stopped after an internal error (%1)</source>
        <extracomment>(companion/ui/engine.py)</extracomment>
        <translation>l&apos;écoute s&apos;est arrêtée après une erreur interne (%1)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; could not be opened (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>impossible d&apos;ouvrir le microphone &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; delivered no audio after starting for %2 s</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>le microphone &apos;%1&apos; n&apos;a envoyé aucun son pendant %2 s après son démarrage</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; is busy or unavailable (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>le microphone &apos;%1&apos; est occupé ou indisponible (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; is no longer available (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>le microphone &apos;%1&apos; n&apos;est plus disponible (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; not found (available: %2)</source>
        <extracomment>(companion/audio/devices.py)</extracomment>
        <translation>microphone &apos;%1&apos; introuvable (disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; sent no audio for %2 s</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>le microphone &apos;%1&apos; n&apos;a envoyé aucun son pendant %2 s</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; stopped (unplugged or driver error)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>le microphone &apos;%1&apos; s&apos;est arrêté (débranché ou erreur de pilote)</translation>
    </message>
    <message>
        <source>microphone unavailable: %1</source>
        <extracomment>(companion/ui/engine.py)</extracomment>
        <translation>microphone indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>no microphone could be opened (%1)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>aucun microphone n&apos;a pu être ouvert (%1)</translation>
    </message>
    <message>
        <source>no microphone found (the system reports no audio input)</source>
        <extracomment>(companion/audio/devices.py)</extracomment>
        <translation>aucun microphone trouvé (le système n&apos;indique aucune entrée audio)</translation>
    </message>
    <message>
        <source>plug in a headset or pick another device in Settings</source>
        <extracomment>(companion/audio/errors.py)</extracomment>
        <translation>branchez un casque ou choisissez un autre périphérique dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>%1, %2. %3.</source>
        <extracomment>the breathing guide&apos;s status line: &quot;Breathe in, 4. Breath 2 of 9, 1:12 left.&quot; (%1 the phase word, %2 the seconds counting down, %3 the progress line). (companion/ui/breathing_overlay.py)</extracomment>
        <translation>%1, %2. %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n second(s)</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>
            <numerusform>%1, %n seconde</numerusform>
            <numerusform>%1, %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>%1&#xa0;: terminé</translation>
    </message>
    <message>
        <source>%1: done. %2 Better, Same or Worse (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>%1&#xa0;: terminé. %2 Mieux, pareil ou moins bien (touches 1, 2, 3).</translation>
    </message>
    <message>
        <source>&amp;1  Another pattern</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;1  Une autre technique</translation>
    </message>
    <message>
        <source>&amp;2  A longer break</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;2  Une pause plus longue</translation>
    </message>
    <message>
        <source>&amp;3  Someone to talk to</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;3  Quelqu&apos;un à qui parler</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Mieux</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Pareil</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Moins &amp;bien</translation>
    </message>
    <message>
        <source>A second, short sip</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Encore une petite inspiration</translation>
    </message>
    <message>
        <source>Breath %1 of %2  ·  %3 left</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Respiration %1 sur %2  ·  reste %3</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Breathing guide: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Guide de respiration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Breathing: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Respiration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow the words; press Esc or the close button to stop.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Suivez les mots&#xa0;; appuyez sur Échap ou sur le bouton de fermeture pour arrêter.</translation>
    </message>
    <message>
        <source>Hold</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Retenez</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Comment vous sentez-vous maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>I feel better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Je me sens mieux</translation>
    </message>
    <message>
        <source>I feel the same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Je me sens comme avant</translation>
    </message>
    <message>
        <source>I feel worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Je me sens moins bien</translation>
    </message>
    <message>
        <source>Ideas for a real break, and who can cover you</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Des idées pour une vraie pause, et qui peut vous remplacer</translation>
    </message>
    <message>
        <source>Sorry that did not help.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Dommage que cela n&apos;ait pas aidé.</translation>
    </message>
    <message>
        <source>Sorry that did not help. What would help? Another pattern, a longer break, or someone to talk to (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Dommage que cela n&apos;ait pas aidé. Qu&apos;est-ce qui vous aiderait&#xa0;? Une autre technique, une pause plus longue ou quelqu&apos;un à qui parler (touches 1, 2, 3).</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>Try a different breathing pattern now</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Essayez maintenant une autre technique de respiration</translation>
    </message>
    <message>
        <source>What would help?</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Qu&apos;est-ce qui vous aiderait&#xa0;?</translation>
    </message>
    <message>
        <source>Your team lead, or your organisation&apos;s support line</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Votre responsable d&apos;équipe, ou la ligne de soutien de votre organisation</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Learning your calm voice — %1 of %2</source>
        <extracomment>(companion/ui/calibration.py)</extracomment>
        <translation>Apprentissage de votre voix au calme — %1 sur %2</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Another card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>&amp;Autre carte</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>&amp;Utile</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>After a tough call</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Après un appel difficile</translation>
    </message>
    <message>
        <source>Between calls</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Entre deux appels</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the card [Esc]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Fermer la carte [Échap]</translation>
    </message>
    <message>
        <source>Hi&amp;de this card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>&amp;Masquer cette carte</translation>
    </message>
    <message>
        <source>Marked helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Marquée comme utile</translation>
    </message>
    <message>
        <source>Never show this card again [D]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Ne plus jamais afficher cette carte [D]</translation>
    </message>
    <message>
        <source>No card to show</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Aucune carte à afficher</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Show a different card [A]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Afficher une autre carte [A]</translation>
    </message>
    <message>
        <source>Show this card more often [P]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Afficher cette carte plus souvent [P]</translation>
    </message>
    <message>
        <source>Start of shift</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>En début de journée</translation>
    </message>
    <message>
        <source>There is no cue card for this moment. Your supervisor can add cards to a deck.</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Il n&apos;y a pas de carte-conseil pour ce moment. Votre responsable d&apos;équipe peut ajouter des cartes à un jeu de cartes.</translation>
    </message>
    <message>
        <source>This card helped; kept on this computer only [H]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Cette carte a aidé&#xa0;; l&apos;info reste sur cet ordinateur [H]</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Companion cue card</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Carte-conseil Companion</translation>
    </message>
    <message>
        <source>Cue decks</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Jeux de cartes</translation>
    </message>
    <message>
        <source>Show the hidden card again [U]</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Réafficher la carte masquée [U]</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Désé&amp;pingler</translation>
    </message>
    <message>
        <source>“%1” is hidden. Press U or Undo to bring it back.</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>«&#xa0;%1&#xa0;» est masquée. Appuyez sur U ou Annuler pour la réafficher.</translation>
    </message>
</context>
<context>
    <name>ContentWatcher</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>%1, ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (and %n more).</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %2 (et %n autre problème).</numerusform>
            <numerusform>%1&#xa0;: %2 (et %n autres problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file is not used until it is fixed.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>Le fichier n&apos;est pas utilisé tant qu&apos;il n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>The last good version stays in use until it is fixed.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>La dernière version valide reste utilisée jusqu&apos;à la correction.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (older data is deleted automatically)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n jour (les données plus anciennes sont supprimées automatiquement)</numerusform>
            <numerusform>%n jours (les données plus anciennes sont supprimées automatiquement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Average level on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Niveau moyen en appel</translation>
    </message>
    <message>
        <source>Average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Récupération moyenne</translation>
    </message>
    <message>
        <source>Breathing finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiration terminée</translation>
    </message>
    <message>
        <source>Breathing offered</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiration proposée</translation>
    </message>
    <message>
        <source>Breathing started</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiration commencée</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Companion keeps only numbers summarising your voice (never audio, never words) on this computer. They stay in your private folder and are never sent anywhere; only you can export them.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Companion ne garde sur cet ordinateur que des chiffres qui résument votre voix (jamais d&apos;audio, jamais de mots). Ils restent dans votre dossier privé et ne sont jamais envoyés&#xa0;; personne d&apos;autre que vous ne peut les exporter.</translation>
    </message>
    <message>
        <source>Companion: your dashboard</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Companion&#xa0;: votre tableau de bord</translation>
    </message>
    <message>
        <source>Cue cards offered / opened</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Cartes-conseils proposées / ouvertes</translation>
    </message>
    <message>
        <source>Damaged copy set aside: %1 (removed by &apos;Delete everything&apos;)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Copie endommagée mise de côté&#xa0;: %1 (supprimée par &apos;Tout supprimer&apos;)</translation>
    </message>
    <message>
        <source>Date range:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete everything Companion has stored (and %n damaged cop(y|ies) set aside)? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>Supprimer tout ce que Companion a conservé (et %n copie endommagée mise de côté)&#xa0;? C&apos;est irréversible.</numerusform>
            <numerusform>Supprimer tout ce que Companion a conservé (et %n copies endommagées mises de côté)&#xa0;? C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete everything Companion has stored? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Supprimer tout ce que Companion a conservé&#xa0;? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Delete everything Companion stored before %1? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Supprimer tout ce que Companion a conservé avant le %1&#xa0;? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Delete everything before this date…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Supprimer tout ce qui précède cette date…</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Tout supprimer…</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <source>Delete your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Supprimer vos données</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n ligne supprimée et fichier compacté.</numerusform>
            <numerusform>%n lignes supprimées et fichier compacté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file. Removed %1.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n ligne supprimée et fichier compacté. Retiré&#xa0;: %1.</numerusform>
            <numerusform>%n lignes supprimées et fichier compacté. Retiré&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting removes the rows from the file (it is compacted), not just from view. It cannot be undone. The same is available as &apos;companion data export&apos; and &apos;companion data delete&apos;.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Supprimer retire les lignes du fichier (qui est compacté), pas seulement de l&apos;affichage. C&apos;est irréversible. La même chose est possible avec &apos;companion data export&apos; et &apos;companion data delete&apos;.</translation>
    </message>
    <message>
        <source>Export as CSV folder…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exporter en dossier CSV…</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Export as JSON file…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exporter en fichier JSON…</translation>
    </message>
    <message>
        <source>Export as a new folder of CSV files</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exporter dans un nouveau dossier de fichiers CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exported</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exporté</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the file %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n ligne exportée dans le fichier %1. Il est désormais sous votre garde&#xa0;: Companion ne suit ni ne supprime les exportations.</numerusform>
            <numerusform>%n lignes exportées dans le fichier %1. Il est désormais sous votre garde&#xa0;: Companion ne suit ni ne supprime les exportations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the folder %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n ligne exportée dans le dossier %1. Il est désormais sous votre garde&#xa0;: Companion ne suit ni ne supprime les exportations.</numerusform>
            <numerusform>%n lignes exportées dans le dossier %1. Il est désormais sous votre garde&#xa0;: Companion ne suit ni ne supprime les exportations.</numerusform>
        </translation>
    </message>
    <message>
        <source>File size:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Taille du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <source>Location:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Récupération la plus longue</translation>
    </message>
    <message>
        <source>Move the mouse over the chart to see each minute. Wheel: zoom; drag: move; &apos;A&apos; button: whole day.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Survolez le graphique avec la souris pour voir chaque minute. Molette&#xa0;: zoom&#xa0;; glisser&#xa0;: déplacer&#xa0;; bouton &apos;A&apos;&#xa0;: toute la journée.</translation>
    </message>
    <message>
        <source>Never stored: audio, words or transcripts, who you spoke to, phone numbers. Nothing is sent anywhere: Companion opens no network connections.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Jamais conservé&#xa0;: l&apos;audio, les mots ou transcriptions, à qui vous avez parlé, les numéros de téléphone. Rien n&apos;est envoyé&#xa0;: Companion n&apos;ouvre aucune connexion réseau.</translation>
    </message>
    <message>
        <source>New folder for CSV files (*)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nouveau dossier pour les fichiers CSV (*)</translation>
    </message>
    <message>
        <source>Next call after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Appel suivant après respiration guidée</translation>
    </message>
    <message>
        <source>Next call after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Appel suivant sans respiration guidée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Retention:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Conservation&#xa0;:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Conservé&#xa0;:</translation>
    </message>
    <message>
        <source>Tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Appels tendus</translation>
    </message>
    <message>
        <source>The history could not be opened, so nothing is shown here.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>L&apos;historique n&apos;a pas pu être ouvert&#xa0;: rien n&apos;est affiché ici.</translation>
    </message>
    <message>
        <source>This is the demo: its history is a throw-away copy that is deleted when the demo ends. Your own history is not touched.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ceci est la démo&#xa0;: son historique est une copie jetable, supprimée à la fin de la démo. Votre propre historique n&apos;est pas touché.</translation>
    </message>
    <message>
        <source>Time on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Temps en appel</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>What this means</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>Your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Your history could not be opened, so there is nothing to show.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Votre historique n&apos;a pas pu être ouvert&#xa0;: il n&apos;y a rien à afficher.</translation>
    </message>
    <message>
        <source>average level on calls (calm = 50)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>niveau moyen en appel (calme = 50)</translation>
    </message>
    <message>
        <source>average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>récupération moyenne</translation>
    </message>
    <message>
        <source>breathing offered / started / finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>respiration proposée / commencée / terminée</translation>
    </message>
    <message>
        <source>breathing/card offers (what, when, outcome, arousal before/after, feeling)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>propositions de respiration/cartes (quoi, quand, résultat, tension avant/après, ressenti)</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>appels</translation>
    </message>
    <message>
        <source>calls (start, end, how detected, average/peak arousal, tense and recovery seconds)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>appels (début, fin, mode de détection, tension moyenne/maximale, secondes de tension et de récupération)</translation>
    </message>
    <message>
        <source>cannot delete a damaged copy: %1</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>impossible de supprimer une copie endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>récupération la plus longue</translation>
    </message>
    <message>
        <source>next call, after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>appel suivant, après respiration guidée</translation>
    </message>
    <message>
        <source>next call, after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>appel suivant, sans respiration guidée</translation>
    </message>
    <message>
        <source>per-minute arousal summaries (lowest/average/highest, seconds of speech)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>résumés de tension par minute (minimum/moyenne/maximum, secondes de parole)</translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>appels tendus</translation>
    </message>
    <message>
        <source>your calm voice baseline (a few numbers, never audio)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>votre niveau de calme (quelques chiffres, jamais d&apos;audio)</translation>
    </message>
    <message>
        <source>your pinned/hidden/helpful marks on cue cards</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>vos marques sur les cartes-conseils (épinglée/masquée/utile)</translation>
    </message>
</context>
<context>
    <name>DashboardPlot</name>
    <message>
        <source>%1 s of speech</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1 s de parole</translation>
    </message>
    <message>
        <source>%1, %2 tense</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1, %2 de tension</translation>
    </message>
    <message>
        <source>%1, recovered in %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1, récupération en %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1; you felt %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1&#xa0;; vous vous sentiez %2</translation>
    </message>
    <message>
        <source>Arousal (50 = your calm level)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Tension (50 = votre niveau de calme)</translation>
    </message>
    <message>
        <source>Average on calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Moyenne en appel</translation>
    </message>
    <message>
        <source>Breathing at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Respiration à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Cue card at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Carte-conseil à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing recorded on this day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Rien d&apos;enregistré ce jour-là</translation>
    </message>
    <message>
        <source>Time of day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>arousal %1 (lowest %2, highest %3)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tension %1 (minimum %2, maximum %3)</translation>
    </message>
    <message>
        <source>arousal (mean of each minute)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tension (moyenne de chaque minute)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>before: %1, at the next call: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>avant&#xa0;: %1, à l&apos;appel suivant&#xa0;: %2</translation>
    </message>
    <message>
        <source>better</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>mieux</translation>
    </message>
    <message>
        <source>breathing (hollow: not finished)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>respiration (vide&#xa0;: non terminée)</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>appel</translation>
    </message>
    <message>
        <source>call %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>appel %1</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>appels</translation>
    </message>
    <message>
        <source>cue card</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>carte-conseil</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>lowest to highest in the minute</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>du minimum au maximum de la minute</translation>
    </message>
    <message>
        <source>not listening</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>pas à l&apos;écoute</translation>
    </message>
    <message>
        <source>offered, no answer</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>proposée, sans réponse</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>snoozed</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>started</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>commencée</translation>
    </message>
    <message>
        <source>stopped early</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>appels tendus</translation>
    </message>
    <message>
        <source>tense level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>seuil de tension</translation>
    </message>
    <message>
        <source>tense stretch</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>moment tendu</translation>
    </message>
    <message>
        <source>the same</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>pareil</translation>
    </message>
    <message>
        <source>too little speech to tell (%1 s)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>trop peu de parole pour le dire (%1 s)</translation>
    </message>
    <message>
        <source>worse</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>your calm level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>votre niveau de calme</translation>
    </message>
    <message>
        <source>your calm level (50)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>votre niveau de calme (50)</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>%1 on %2; %3 tense.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>%1 sur %2&#xa0;; %3 tendus.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them (was|were) tense (at least %1 s above your tense level of %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n d&apos;entre eux était tendu (au moins %1 s au-dessus de votre seuil de tension de %2).</numerusform>
            <numerusform>%n d&apos;entre eux étaient tendus (au moins %1 s au-dessus de votre seuil de tension de %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) higher</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n point plus haut</numerusform>
            <numerusform>%n points plus haut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lower</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n point plus bas</numerusform>
            <numerusform>%n points plus bas</numerusform>
        </translation>
    </message>
    <message>
        <source>After a tense stretch it took you on average %1 to settle back near your calm level (longest %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Après un moment tendu, il vous a fallu en moyenne %1 pour revenir près de votre niveau de calme (au plus %2).</translation>
    </message>
    <message numerus="yes">
        <source>After offers you let pass it was %1 ((once|%n times)).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Après des propositions que vous avez laissées passer, il était %1 (%n fois).</numerusform>
            <numerusform>Après des propositions que vous avez laissées passer, il était %1 (%n fois).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the start of the next call your voice was %1 after breathing ((once|%n times)).</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Au début de l&apos;appel suivant, votre niveau était %1 après une respiration (%n fois).</numerusform>
            <numerusform>Au début de l&apos;appel suivant, votre niveau était %1 après une respiration (%n fois).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing was offered (once|%n times); you started %1 and finished %2.</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>La respiration a été proposée %n fois&#xa0;; vous en avez commencé %1 et terminé %2.</numerusform>
            <numerusform>La respiration a été proposée %n fois&#xa0;; vous en avez commencé %1 et terminé %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cue cards were offered (once|%n times); you opened %1.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Des cartes-conseils ont été proposées %n fois&#xa0;; vous en avez ouvert %1.</numerusform>
            <numerusform>Des cartes-conseils ont été proposées %n fois&#xa0;; vous en avez ouvert %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Green circles are breathing sessions (filled = finished, hollow = offered or stopped early); purple diamonds are cue cards.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Les cercles verts sont des séances de respiration (pleins = terminées, vides = proposées ou arrêtées avant la fin)&#xa0;; les losanges violets sont des cartes-conseils.</translation>
    </message>
    <message>
        <source>Grey spans are your calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Les zones grises sont vos appels.</translation>
    </message>
    <message>
        <source>How your voice sounded at the start of the next call after breathing shows here once a call has followed a breathing break.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>L&apos;état de votre voix au début de l&apos;appel qui suit une respiration s&apos;affichera ici dès qu&apos;un appel aura suivi une pause de respiration.</translation>
    </message>
    <message>
        <source>No calls were recorded in these seven days.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Aucun appel n&apos;a été enregistré pendant ces sept jours.</translation>
    </message>
    <message>
        <source>No recovery time could be measured: the tense stretches lasted until the end of their calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Aucun temps de récupération n&apos;a pu être mesuré&#xa0;: les moments tendus ont duré jusqu&apos;à la fin des appels.</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day. Companion keeps numbers only while it listens.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Rien n&apos;a été enregistré ce jour-là. Companion ne garde des chiffres que pendant qu&apos;il écoute.</translation>
    </message>
    <message>
        <source>Orange spans are tense stretches: minutes in which your voice reached your tense level. A tense call is a call with at least 10 seconds above it.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Les zones orange sont des moments tendus&#xa0;: des minutes où votre voix a atteint votre seuil de tension. Un appel tendu compte au moins 10 secondes au-dessus.</translation>
    </message>
    <message>
        <source>Recovery is how long it took after the last tense stretch of a call until your voice was back near your calm level.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>La récupération est le temps qu&apos;il a fallu, après le dernier moment tendu d&apos;un appel, pour que votre voix revienne près de votre niveau de calme.</translation>
    </message>
    <message>
        <source>That is only a few moments to compare: read it as a hint, not a result.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Cela fait peu de moments à comparer&#xa0;: voyez-le comme un indice, pas comme un résultat.</translation>
    </message>
    <message>
        <source>The change after breathing compares your voice at the end of a call with the start of the next one. It is a rough everyday signal, not a measurement of health.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Le changement après la respiration compare votre voix à la fin d&apos;un appel et au début du suivant. C&apos;est un repère approximatif du quotidien, pas une mesure de santé.</translation>
    </message>
    <message>
        <source>The line is how raised your voice sounded, minute by minute, measured against your own calm voice (50). The shaded band shows the lowest and highest moment of each minute. It comes from pitch, loudness and pace only: never words.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>La ligne montre à quel point votre voix semblait tendue, minute par minute, par rapport à votre propre voix au calme (50). La bande ombrée indique le moment le plus bas et le plus haut de chaque minute. Elle ne repose que sur la hauteur, le volume et le débit&#xa0;: jamais sur les mots.</translation>
    </message>
    <message>
        <source>The most tense calls were on %1 (%2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Les appels tendus ont été les plus nombreux le %1 (%2).</translation>
    </message>
    <message>
        <source>This is your own view. It stays on this computer; nobody else sees it. Companion is a wellbeing aid, not a medical device and not a monitoring tool.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Cette vue est la vôtre. Elle reste sur cet ordinateur&#xa0;; personne d&apos;autre ne la voit. Companion est une aide au bien-être, pas un dispositif médical ni un outil de surveillance.</translation>
    </message>
    <message numerus="yes">
        <source>You took %n call(s) (%1 on calls); %2</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Vous avez eu %n appel (%1 en appel)&#xa0;; %2</numerusform>
            <numerusform>Vous avez eu %n appels (%1 en appel)&#xa0;; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your average level on calls stayed about the same over the week.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Votre niveau moyen en appel est resté à peu près stable sur la semaine.</translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went down by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Votre niveau moyen en appel a baissé de %n point de %1 à %2.</numerusform>
            <numerusform>Votre niveau moyen en appel a baissé de %n points de %1 à %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went up by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Votre niveau moyen en appel a augmenté de %n point de %1 à %2.</numerusform>
            <numerusform>Votre niveau moyen en appel a augmenté de %n points de %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, above your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>En appel, votre voix était en moyenne à %1, au-dessus de votre niveau de calme de %2.</translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, below your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>En appel, votre voix était en moyenne à %1, en dessous de votre niveau de calme de %2.</translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, close to your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>En appel, votre voix était en moyenne à %1, proche de votre niveau de calme de %2.</translation>
    </message>
    <message>
        <source>about the same</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>à peu près le même</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>%1 / %2 characters</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>%1%2 — Companion deck editor</source>
        <extracomment>the deck editor&apos;s title: the file name, &quot; *&quot; when it has unsaved changes. (companion/ui/deck_editor.py)</extracomment>
        <translation>%1%2 — Éditeur de jeux de cartes Companion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: card %2: %3</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1&#xa0;: carte %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: deck: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1&#xa0;: jeu&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Cartes</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Nouvelle carte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>(no id)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>(sans ID)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>A new deck with three example cards. Change them, then save (Ctrl+S).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Un nouveau jeu de cartes avec trois cartes d&apos;exemple. Modifiez-les, puis enregistrez (Ctrl+S).</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Rédigé par</translation>
    </message>
    <message>
        <source>Afte&amp;r a tense call</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Après un appel tendu</translation>
    </message>
    <message>
        <source>After a tense call the agent comes first: such a card needs the tag &apos;recovery&apos;</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Après un appel tendu, la personne au téléphone passe d&apos;abord&#xa0;: une telle carte doit avoir l&apos;étiquette &apos;recovery&apos;</translation>
    </message>
    <message>
        <source>Bet&amp;ween calls</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Entre deux appels</translation>
    </message>
    <message numerus="yes">
        <source>Cannot try it yet: %n error(s). Fix them first (F8 lists them).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>Impossible d&apos;essayer pour l&apos;instant&#xa0;: %n erreur. Corrigez-la d&apos;abord (F8 la montre).</numerusform>
            <numerusform>Impossible d&apos;essayer pour l&apos;instant&#xa0;: %n erreurs. Corrigez-les d&apos;abord (F8 les liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card deleted. Close without saving to undo.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Carte supprimée. Fermez sans enregistrer pour annuler.</translation>
    </message>
    <message>
        <source>Card i&amp;d</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>I&amp;D de la carte</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Jeux de cartes (*.toml)</translation>
    </message>
    <message>
        <source>Deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Jeu de cartes</translation>
    </message>
    <message>
        <source>Deck &amp;id</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;ID du jeu</translation>
    </message>
    <message>
        <source>Deck titl&amp;e</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Titre du &amp;jeu</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>How often the card comes up (1 = normal, 2 = twice as often)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Fréquence d&apos;apparition de la carte (1 = normale, 2 = deux fois plus souvent)</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Monter</translation>
    </message>
    <message>
        <source>No problems: the deck is ready.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Aucun problème&#xa0;: le jeu de cartes est prêt.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Non ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s). Fix them first (F8 lists them; Enter on one goes to its card).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n erreur. Corrigez-la d&apos;abord (F8 la montre&#xa0;; Entrée dessus mène à sa carte).</numerusform>
            <numerusform>Non enregistré&#xa0;: %n erreurs. Corrigez-les d&apos;abord (F8 les liste&#xa0;; Entrée sur l&apos;une mène à sa carte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ouvrir un jeu de cartes</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Opened %1. Note: %2.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 ouvert. Remarque&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Preview: the card as agents see it</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Aperçu&#xa0;: la carte telle que l&apos;équipe la voit</translation>
    </message>
    <message>
        <source>Problems (F8)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Problèmes (F8)</translation>
    </message>
    <message>
        <source>Raise it each time you hand out a new copy</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>À augmenter à chaque nouvelle copie distribuée</translation>
    </message>
    <message>
        <source>Save deck as</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Enregistrer le jeu de cartes sous</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 enregistré (%2).</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 enregistré (%2, %3).</translation>
    </message>
    <message>
        <source>Separate tags with commas. Known tags: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Séparez les étiquettes par des virgules. Étiquettes connues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show these cards in the agents&apos; card window; nothing is installed or saved (Ctrl+T)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Afficher ces cartes dans la fenêtre des cartes, comme l&apos;équipe les voit&#xa0;; rien n&apos;est installé ni enregistré (Ctrl+T)</translation>
    </message>
    <message>
        <source>Start of s&amp;hift</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>En dé&amp;but de journée</translation>
    </message>
    <message>
        <source>Su&amp;mmary of changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Résu&amp;mé des changements</translation>
    </message>
    <message>
        <source>Supp&amp;ort contact</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Contact de s&amp;outien</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>The deck has unsaved changes. Save them?</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Le jeu de cartes a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Tr&amp;y in the card window</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Essa&amp;yer dans la fenêtre des cartes</translation>
    </message>
    <message>
        <source>Trying the deck in the card window: &apos;Another card&apos; goes through every card; Esc closes it.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Essai du jeu dans la fenêtre des cartes&#xa0;: &apos;Autre carte&apos; passe par toutes les cartes&#xa0;; Échap la ferme.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Wei&amp;ght</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Poid&amp;s</translation>
    </message>
    <message>
        <source>What changed in this version, for IT and agents (the changelog entry for the version number above)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ce qui a changé dans cette version, pour l&apos;informatique et l&apos;équipe (l&apos;entrée du journal des modifications pour le numéro de version ci-dessus)</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who agents can turn to after a hard call (team lead, staff support line). Shown on the &apos;this was a hard one&apos; card and when breathing did not help.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Vers qui l&apos;équipe peut se tourner après un appel difficile (responsable d&apos;équipe, ligne de soutien du personnel). Affiché sur la carte des appels difficiles et quand la respiration n&apos;a pas aidé.</translation>
    </message>
    <message>
        <source>e.g. Team lead: ext. 2040. Staff support line (free, private): 0800 …</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>p. ex. Responsable d&apos;équipe&#xa0;: poste 2040. Ligne de soutien du personnel (gratuite, confidentielle)&#xa0;: 0800 …</translation>
    </message>
    <message>
        <source>e.g. recovery, breathing</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>p. ex. recovery, breathing</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>its comments and keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>ses commentaires et les clés que Companion n&apos;utilise pas (%1) sont conservés à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>its comments are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>ses commentaires sont conservés à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>les clés que Companion n&apos;utilise pas (%1) sont conservées à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>new deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>nouveau jeu de cartes</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1 %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>(companion/errors.py)</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>FallbackWindow</name>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/ui/fallback_window.py)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FeedbackWindow</name>
    <message>
        <source>&amp;Close without saving</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Card feedback (*.toml)</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Avis sur les cartes (*.toml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 already exists. Choose a new name.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Non enregistré&#xa0;: %1 existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Save card feedback</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Enregistrer l&apos;avis sur les cartes</translation>
    </message>
    <message>
        <source>Saved %1. Nothing was sent anywhere.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>%1 enregistré. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Share card feedback — Companion</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Partager votre avis sur les cartes — Companion</translation>
    </message>
    <message>
        <source>The feedback file, exactly as it would be saved</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Le fichier d&apos;avis, exactement tel qu&apos;il serait enregistré</translation>
    </message>
    <message>
        <source>This is everything the file holds: for each card you marked, 1 if you found it helpful and 1 if you hid it. No names, no times, nothing about your voice or your calls. Nothing is sent: if you save it, you decide whether to hand it to your supervisor.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Voici tout ce que contient le fichier&#xa0;: pour chaque carte que vous avez marquée, 1 si vous l&apos;avez trouvée utile et 1 si vous l&apos;avez masquée. Aucun nom, aucune heure, rien sur votre voix ni vos appels. Rien n&apos;est envoyé&#xa0;: si vous l&apos;enregistrez, vous décidez de le remettre ou non à votre responsable d&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>&amp;Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Recalibrer</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 %2</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPolicy</name>
    <message>
        <source>(automatic: follow the system)</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>(automatique&#xa0;: comme le système)</translation>
    </message>
    <message>
        <source>A number such as 72.5 (REG_SZ).</source>
        <extracomment>keep 72.5 with its point: Companion reads the value that way. (packaging/admx/generate_admx.py)</extracomment>
        <translation>Un nombre comme 72.5, avec un point (REG_SZ).</translation>
    </message>
    <message>
        <source>A policy value locks the setting: the agent sees it as set by your organisation. An invalid value is ignored and reported by &apos;companion policy show&apos;.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Une valeur de stratégie verrouille le réglage&#xa0;: Companion l&apos;affiche comme «&#xa0;défini par votre organisation&#xa0;». Une valeur non valide est ignorée et signalée par &apos;companion policy show&apos;.</translation>
    </message>
    <message>
        <source>A whole number (REG_DWORD).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Un nombre entier (REG_DWORD).</translation>
    </message>
    <message>
        <source>Allow choosing the microphone</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Autoriser le choix du microphone</translation>
    </message>
    <message>
        <source>Allow personal decks</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Autoriser les jeux de cartes personnels</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Valeurs permises&#xa0;: de %1 à %2.</translation>
    </message>
    <message>
        <source>An absolute folder path (REG_EXPAND_SZ: environment variables such as %USERNAME% are expanded).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Un chemin de dossier absolu (REG_EXPAND_SZ&#xa0;: les variables d&apos;environnement comme %USERNAME% sont remplacées).</translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Opacité du guide de respiration</translation>
    </message>
    <message>
        <source>Breathing guide screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Écran du guide de respiration</translation>
    </message>
    <message>
        <source>Breathing guide size</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Taille du guide de respiration</translation>
    </message>
    <message>
        <source>Breathing tones</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sons de respiration</translation>
    </message>
    <message>
        <source>Close cue cards automatically</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Fermer les cartes-conseils automatiquement</translation>
    </message>
    <message>
        <source>Companion %1 and later</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Companion %1 et versions ultérieures</translation>
    </message>
    <message>
        <source>Data folder</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Days data is kept</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Durée de conservation des données</translation>
    </message>
    <message>
        <source>Deck folders</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Dossiers des jeux de cartes</translation>
    </message>
    <message>
        <source>Default breathing pattern</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Technique de respiration par défaut</translation>
    </message>
    <message>
        <source>Default when not configured: %1.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Valeur par défaut si la stratégie n&apos;est pas configurée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enabled = true, Disabled = false (REG_DWORD 1/0).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Activé = true, Désactivé = false (REG_DWORD 1/0).</translation>
    </message>
    <message>
        <source>Fewest minutes between offers</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Délai minimal entre deux propositions (minutes)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>How long an offer stays on screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Durée d&apos;affichage d&apos;une proposition</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Log detail</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Niveau de détail du journal</translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Most offers per hour</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Nombre maximal de propositions par heure</translation>
    </message>
    <message>
        <source>Neutral words on screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Mots neutres à l&apos;écran</translation>
    </message>
    <message>
        <source>No offers while presenting or in do-not-disturb</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Pas de propositions pendant une présentation ou en mode Ne pas déranger</translation>
    </message>
    <message>
        <source>Offer help after tense calls</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Proposer de l&apos;aide après un appel tendu</translation>
    </message>
    <message>
        <source>One entry per line (REG_MULTI_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Une entrée par ligne (REG_MULTI_SZ).</translation>
    </message>
    <message>
        <source>One of: %1 (REG_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>L&apos;une de ces valeurs&#xa0;: %1 (REG_SZ).</translation>
    </message>
    <message>
        <source>Policies for Companion, the on-device wellbeing aid for contact-center agents.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Stratégies de Companion, l&apos;aide au bien-être des équipes de centre de contact, qui fonctionne uniquement sur le poste.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Heures de silence</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Animations réduites</translation>
    </message>
    <message>
        <source>Registry value &apos;%1&apos; under %2.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Valeur de Registre &apos;%1&apos; sous %2.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Silence that ends a call</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Silence qui termine un appel</translation>
    </message>
    <message>
        <source>Speech that starts a call</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Parole qui démarre un appel</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Démarrer avec le système</translation>
    </message>
    <message>
        <source>Tense level</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Seuil de tension</translation>
    </message>
    <message>
        <source>Text (REG_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Texte (REG_SZ).</translation>
    </message>
    <message>
        <source>Time to learn the calm voice</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Temps pour apprendre la voix au calme</translation>
    </message>
    <message>
        <source>Turn off the demo</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Désactiver la démo</translation>
    </message>
    <message>
        <source>Welcome and microphone check</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Bienvenue et test du micro</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Durée du post-appel</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/app/live_settings.py)</extracomment>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MyCardsWindow</name>
    <message>
        <source>&amp;Add as a new card</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Ajouter comme nouvelle carte</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Exporter une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>A few cards of your own: what helps you after a hard call (a photo you like, a stretch, a line that steadies you). They come up with the others after a tense call and between calls. Only on this computer.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Quelques cartes à vous&#xa0;: ce qui vous aide après un appel difficile (une photo que vous aimez, un étirement, une phrase qui vous apaise). Elles apparaissent avec les autres après un appel tendu et entre les appels. Uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s) to %1.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>
            <numerusform>%n carte copiée dans %1.</numerusform>
            <numerusform>%n cartes copiées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Jeux de cartes (*.toml)</translation>
    </message>
    <message>
        <source>Export your cards</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Exporter vos cartes</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. Note: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Enregistré. Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>What helps me — Companion</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Ce qui m&apos;aide — Companion</translation>
    </message>
    <message numerus="yes">
        <source>You have %n card(s): remove one first.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>
            <numerusform>Vous avez %n carte&#xa0;: retirez-en une d&apos;abord.</numerusform>
            <numerusform>Vous avez %n cartes&#xa0;: retirez-en une d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your cards file cannot be read: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Impossible de lire votre fichier de cartes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy turns personal cards off (allow_personal_decks). Ask your team lead or IT if you would like them.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>La politique de votre organisation désactive les cartes personnelles (allow_personal_decks). Demandez à votre responsable d&apos;équipe ou au service informatique si vous les souhaitez.</translation>
    </message>
</context>
<context>
    <name>PolicyNotice</name>
    <message>
        <source>%1 (and %2 more: run &apos;companion policy show&apos;)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (et %2 de plus&#xa0;: lancez &apos;companion policy show&apos;)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (ignoré)</translation>
    </message>
    <message>
        <source>%1 (the default, %2, is used)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (la valeur par défaut, %2, s&apos;applique)</translation>
    </message>
    <message>
        <source>%1 (using defaults)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (les valeurs par défaut s&apos;appliquent)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; can only be set by your organisation&apos;s IT policy (ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1&#xa0;: seule une stratégie informatique de votre organisation peut définir le paramètre «&#xa0;%2&#xa0;» (ignoré)</translation>
    </message>
    <message>
        <source>policy:%1: %2 (file ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>policy:%1&#xa0;: %2 (fichier ignoré)</translation>
    </message>
    <message>
        <source>policy:%1: cannot be read (%2) (source ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>policy:%1&#xa0;: lecture impossible (%2) (source ignorée)</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>&amp;Breathe</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>&amp;Respirer</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Breathe (%n s)</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>
            <numerusform>&amp;Respirer (%n s)</numerusform>
            <numerusform>&amp;Respirer (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze offers for %n min</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>
            <numerusform>&amp;Suspendre les propositions %n min</numerusform>
            <numerusform>&amp;Suspendre les propositions %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take a break</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Faire une &amp;pause</translation>
    </message>
    <message>
        <source>A &amp;card</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Une &amp;carte</translation>
    </message>
    <message>
        <source>A minute for yourself?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Une minute pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>A minute of slow breathing to settle in?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Une minute de respiration lente pour bien commencer&#xa0;?</translation>
    </message>
    <message>
        <source>A run of tough calls</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Une série d&apos;appels difficiles</translation>
    </message>
    <message>
        <source>A short breather or a card, before the next call.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Une courte respiration ou une carte, avant le prochain appel.</translation>
    </message>
    <message>
        <source>Before the first call</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Avant le premier appel</translation>
    </message>
    <message>
        <source>Companion offer</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Proposition de Companion</translation>
    </message>
    <message>
        <source>Take a minute for yourself before the next one?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Prendre une minute pour vous avant le prochain&#xa0;?</translation>
    </message>
    <message>
        <source>Ten minutes away from the phone helps more than a card, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Dix minutes loin du téléphone aident plus qu&apos;une carte, si vous le pouvez.</translation>
    </message>
    <message>
        <source>That call sounded tense</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Cet appel semblait tendu</translation>
    </message>
    <message>
        <source>That is a lot for anyone. A real break helps more than a card: ten minutes away, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>C&apos;est beaucoup, pour n&apos;importe qui. Une vraie pause aide plus qu&apos;une carte&#xa0;: dix minutes loin du poste, si vous le pouvez.</translation>
    </message>
    <message>
        <source>Three hard calls in a row</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Trois appels difficiles d&apos;affilée</translation>
    </message>
    <message>
        <source>Time for a real break?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Le moment d&apos;une vraie pause&#xa0;?</translation>
    </message>
    <message>
        <source>To answer with the keyboard, open Companion&apos;s tray menu and choose Respond to the offer.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Pour répondre au clavier, ouvrez le menu de l&apos;icône Companion et choisissez Répondre à la proposition.</translation>
    </message>
    <message>
        <source>You have handled several tense calls. Take a minute?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Vous avez eu plusieurs appels tendus. Une minute pour vous&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: setting &apos;%2&apos; contains a control character (%3)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» contient un caractère de contrôle (%3)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has %3 entries; at most %4 allowed</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» a %3 éléments&#xa0;; %4 au maximum</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has an entry longer than %3 characters</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» a un élément de plus de %3 caractères</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has an entry with a control character (%3)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» a un élément avec un caractère de contrôle (%3)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; is longer than %3 characters</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» dépasse %3 caractères</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a finite number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» attend un nombre fini, pas %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a list of text values, e.g. [&quot;C:/Decks&quot;]</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» attend une liste de textes, par exemple [&quot;C:/Decks&quot;]</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» attend un nombre, pas %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a whole number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» attend un nombre entier, pas %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be an absolute folder path, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» attend le chemin complet d&apos;un dossier, pas %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be at least %3, not %4</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» doit valoir au moins %3, pas %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be at most %3, not %4</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» doit valoir au plus %3, pas %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be one of %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» doit prendre l&apos;une de ces valeurs&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be text, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» attend un texte, pas %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be true or false, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» doit valoir true ou false, pas %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must look like &apos;18:00-08:00&apos;, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» doit avoir la forme &apos;18:00-08:00&apos;, pas %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; names an environment variable that is not set: %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: le paramètre «&#xa0;%2&#xa0;» utilise une variable d&apos;environnement non définie&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: unknown setting %2</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1&#xa0;: paramètre inconnu %2</translation>
    </message>
    <message>
        <source>Arousal index (0-100, 50 = your usual) above which speech counts as tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Niveau de tension (0-100, 50 = votre niveau habituel) au-delà duquel la parole compte comme tendue</translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Opacité du guide de respiration</translation>
    </message>
    <message>
        <source>Breathing guide size in pixels</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Taille du guide de respiration en pixels</translation>
    </message>
    <message>
        <source>Breathing guide without scaling animation (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Guide de respiration sans le cercle qui grandit et rétrécit (le réglage du système s&apos;applique aussi)</translation>
    </message>
    <message>
        <source>Close a cue card after this many seconds (0 = stay until closed)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Fermer une carte-conseil après ce nombre de secondes (0 = reste jusqu&apos;à sa fermeture)</translation>
    </message>
    <message>
        <source>Days aggregates are kept before they are deleted</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nombre de jours de conservation des résumés avant leur suppression</translation>
    </message>
    <message>
        <source>Detail of the log file: debug, info, warning or error</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Niveau de détail du fichier journal&#xa0;: debug, info, warning ou error</translation>
    </message>
    <message>
        <source>Extra folders to load cue decks from</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Dossiers supplémentaires d&apos;où charger des jeux de cartes</translation>
    </message>
    <message>
        <source>Fewest minutes between two prompts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nombre minimal de minutes entre deux propositions</translation>
    </message>
    <message>
        <source>Folder for the agent&apos;s data instead of the per-user default, e.g. a folder kept across sign-ins on non-persistent desktops (&apos;&apos; = default; %USERNAME% / $USER expanded)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Dossier des données à la place du dossier par défaut de chaque compte, p. ex. un dossier conservé d&apos;une session à l&apos;autre sur les postes non persistants (&apos;&apos; = par défaut&#xa0;; %USERNAME% / $USER remplacés)</translation>
    </message>
    <message>
        <source>High-contrast colours in Companion&apos;s windows (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Couleurs à contraste élevé dans les fenêtres de Companion (le réglage du système s&apos;applique aussi)</translation>
    </message>
    <message>
        <source>How readily a call counts as tense: 1 (rarely) to 5 (readily)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Facilité avec laquelle un appel compte comme tendu&#xa0;: 1 (rarement) à 5 (souvent)</translation>
    </message>
    <message>
        <source>Input device name (&apos;&apos; = the system default microphone)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nom du périphérique d&apos;entrée (&apos;&apos; = le micro par défaut du système)</translation>
    </message>
    <message>
        <source>Language of Companion&apos;s windows and cards: en, de, es, fr or pt-BR (&apos;&apos; = the system&apos;s language)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Langue des fenêtres et des cartes de Companion&#xa0;: en, de, es, fr ou pt-BR (&apos;&apos; = la langue du système)</translation>
    </message>
    <message>
        <source>Load decks from the agent&apos;s own folder</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Charger des jeux de cartes depuis le dossier personnel de la personne qui utilise Companion</translation>
    </message>
    <message>
        <source>Minutes of speech used to learn your calm baseline</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Minutes de parole utilisées pour apprendre votre niveau de calme</translation>
    </message>
    <message>
        <source>Most prompts in any hour</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nombre maximal de propositions par heure</translation>
    </message>
    <message>
        <source>Neutral words on screen: an offer never says that a call was tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Mots neutres à l&apos;écran&#xa0;: une proposition ne dit jamais qu&apos;un appel était tendu</translation>
    </message>
    <message>
        <source>No offers while presenting, in a full-screen app or in do-not-disturb</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Pas de propositions pendant une présentation, dans une app en plein écran ou en mode Ne pas déranger</translation>
    </message>
    <message>
        <source>No prompts in this daily window, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = none)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Pas de propositions dans cette plage quotidienne, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = aucune)</translation>
    </message>
    <message>
        <source>Offer breathing or a card after a tense call</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Proposer une respiration ou une carte après un appel tendu</translation>
    </message>
    <message>
        <source>Pattern used by &apos;breathe now&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Technique utilisée par &apos;Respirer maintenant&apos;</translation>
    </message>
    <message>
        <source>Refuse &apos;companion --demo&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Refuser &apos;companion --demo&apos;</translation>
    </message>
    <message>
        <source>Screen for the breathing guide (&apos;&apos; = the one with the mouse pointer)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Écran du guide de respiration (&apos;&apos; = celui du pointeur de la souris)</translation>
    </message>
    <message>
        <source>Seconds an ignored offer stays on screen (0 = until answered)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Secondes pendant lesquelles une proposition ignorée reste à l&apos;écran (0 = jusqu&apos;à la réponse)</translation>
    </message>
    <message>
        <source>Seconds of sustained speech that start a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Secondes de parole continue qui démarrent un appel (heuristique de parole)</translation>
    </message>
    <message>
        <source>Seconds of wrap-up after a call before back to idle</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Secondes de post-appel avant de revenir entre deux appels</translation>
    </message>
    <message>
        <source>Seconds without speech that end a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Secondes sans parole qui terminent un appel (heuristique de parole)</translation>
    </message>
    <message>
        <source>Show the welcome and microphone check when Companion first starts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Afficher Bienvenue et test du micro au premier démarrage de Companion</translation>
    </message>
    <message>
        <source>Soft tones at breathing phase changes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sons doux à chaque changement de phase de respiration</translation>
    </message>
    <message>
        <source>Start Companion when you sign in</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Démarrer Companion à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>The agent may choose the input device</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>La personne qui utilise Companion peut choisir le périphérique d&apos;entrée</translation>
    </message>
    <message>
        <source>a huge number</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>un nombre énorme</translation>
    </message>
    <message>
        <source>change</source>
        <extracomment>where a wrong setting came from: a change made in the settings window : The source :meth:`Settings.replace` names in its errors (&quot;change: setting &apos;x&apos; must ...&quot;). (companion/settings.py)</extracomment>
        <translation>modification</translation>
    </message>
    <message>
        <source>known settings: %1</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>paramètres connus&#xa0;: %1</translation>
    </message>
    <message>
        <source>remove it</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>supprimez-le</translation>
    </message>
    <message>
        <source>write Windows paths in single quotes, &apos;C:\Decks&apos;, or with forward slashes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>écrivez les chemins Windows entre apostrophes, &apos;C:\Decks&apos;, ou avec des barres obliques /</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Microphone</translation>
    </message>
    <message>
        <source>&amp;Neutral words on screen</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Mots &amp;neutres à l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Offer help after tense calls</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Pr&amp;oposer de l&apos;aide après un appel tendu</translation>
    </message>
    <message>
        <source>&amp;Quiet hours (HH:MM-HH:MM)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Heures de silence (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Animations réduites</translation>
    </message>
    <message>
        <source>&amp;Sensitivity (1 rarely … 5 readily)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Sensibilité (1 rarement … 5 souvent)</translation>
    </message>
    <message>
        <source>Breathing &amp;tones</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Sons de respira&amp;tion</translation>
    </message>
    <message>
        <source>Companion settings</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Paramètres de Companion</translation>
    </message>
    <message>
        <source>No offers while &amp;presenting or in do-not-disturb</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Pas de propositions pendant une &amp;présentation ou en mode Ne pas déranger</translation>
    </message>
    <message>
        <source>Offer stays on scre&amp;en (seconds, 0 = until answered)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Durée d&apos;affichage d&apos;une propos&amp;ition (secondes, 0 = jusqu&apos;à la réponse)</translation>
    </message>
    <message>
        <source>Start with the s&amp;ystem</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Démarrer avec le système</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>e.g. 18:00-08:00 (empty = none)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>p. ex. 18:00-08:00 (vide = aucune)</translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>défini par votre organisation</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1&#xa0;: la base de données est endommagée (%2)</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1&#xa0;: un autre programme verrouille la base de données</translation>
    </message>
    <message>
        <source>%1: the file or its folder is read-only (%2)</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1&#xa0;: le fichier ou son dossier est en lecture seule (%2)</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>un processus inconnu</translation>
    </message>
    <message>
        <source>cannot compact %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de compacter %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de créer le dossier des données %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>impossible de créer le fichier de verrou %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot delete an offer from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de supprimer une proposition de %1</translation>
    </message>
    <message>
        <source>cannot delete from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de supprimer des données de %1</translation>
    </message>
    <message>
        <source>cannot delete the baseline from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de supprimer votre niveau de calme de %1</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>impossible de verrouiller %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot read the baseline from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de lire votre niveau de calme dans %1</translation>
    </message>
    <message>
        <source>cannot set aside the old journal of %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de mettre de côté l&apos;ancien journal de %1</translation>
    </message>
    <message>
        <source>cannot update calls in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de mettre à jour les appels dans %1</translation>
    </message>
    <message>
        <source>cannot update interventions in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de mettre à jour les propositions dans %1</translation>
    </message>
    <message>
        <source>cannot update offers in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible de mettre à jour les propositions dans %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible d&apos;écrire dans %1</translation>
    </message>
    <message>
        <source>cannot write a call to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible d&apos;enregistrer un appel dans %1</translation>
    </message>
    <message>
        <source>cannot write an offer to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible d&apos;enregistrer une proposition dans %1</translation>
    </message>
    <message>
        <source>cannot write card preferences to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible d&apos;enregistrer vos préférences de cartes dans %1</translation>
    </message>
    <message>
        <source>cannot write minutes to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible d&apos;enregistrer les minutes dans %1</translation>
    </message>
    <message>
        <source>cannot write the baseline to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>impossible d&apos;enregistrer votre niveau de calme dans %1</translation>
    </message>
    <message>
        <source>check permissions of the data folder</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>vérifiez les droits du dossier des données</translation>
    </message>
    <message>
        <source>check that the folder exists and that you may write to it</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>vérifiez que le dossier existe et que vous pouvez y écrire</translation>
    </message>
    <message>
        <source>check the data folder&apos;s permissions</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>vérifiez les autorisations du dossier des données</translation>
    </message>
    <message>
        <source>close other Companion windows or tools using it and try again</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>fermez les autres fenêtres de Companion ou les outils qui l&apos;utilisent, puis réessayez</translation>
    </message>
    <message>
        <source>free some space</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>libérez de l&apos;espace</translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>processus %1</translation>
    </message>
    <message>
        <source>restart Companion: it sets the damaged file aside</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>redémarrez Companion&#xa0;: il met le fichier endommagé de côté</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by another Companion (%2)</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>le dossier des données %1 est utilisé par un autre Companion (%2)</translation>
    </message>
    <message>
        <source>the data folder must be on a disk or share that supports file locks</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>le dossier des données doit se trouver sur un disque ou un partage qui prend en charge les verrous de fichiers</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>this Companion runs without storing anything, so nothing is counted twice; quit the other one to keep your history here</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>ce Companion fonctionne sans rien enregistrer, pour que rien ne soit compté deux fois&#xa0;; quittez l&apos;autre pour conserver votre historique ici</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Your Companion history %1 was deleted while Companion was running; Companion now keeps it in a new file there.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Votre historique Companion %1 a été supprimé pendant que Companion fonctionnait&#xa0;; Companion le conserve désormais dans un nouveau fichier à cet endroit.</translation>
    </message>
    <message>
        <source>Your Companion history %1 was replaced by another file while Companion was running; Companion now keeps it in that file there.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Votre historique Companion %1 a été remplacé par un autre fichier pendant que Companion fonctionnait&#xa0;; Companion le conserve désormais dans ce fichier.</translation>
    </message>
    <message>
        <source>Your Companion history could not be read (%1) and was kept aside as %2; a new, empty history was started.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Votre historique Companion n&apos;a pas pu être lu (%1) et a été mis de côté sous le nom %2&#xa0;; un nouvel historique vide a commencé.</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>effective settings, where each value came from, policy problems</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>paramètres en vigueur, origine de chaque valeur, problèmes de stratégie</translation>
    </message>
    <message>
        <source>how many rows each table of your history has (no rows)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>nombre de lignes de chaque table de votre historique (sans les lignes)</translation>
    </message>
    <message>
        <source>input devices and the one Companion listens to</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>périphériques d&apos;entrée et celui qu&apos;écoute Companion</translation>
    </message>
    <message>
        <source>log file (events and errors, no voice data, no card text)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>fichier journal (événements et erreurs, sans données vocales ni texte de carte)</translation>
    </message>
    <message>
        <source>self-test report (is this installation usable?)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>rapport d&apos;autotest (cette installation est-elle utilisable&#xa0;?)</translation>
    </message>
    <message>
        <source>the same report as JSON</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>le même rapport en JSON</translation>
    </message>
    <message>
        <source>versions, platform, session kind, folders</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>versions, plateforme, type de session, dossiers</translation>
    </message>
    <message>
        <source>what this bundle is and what it leaves out</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>ce qu&apos;est cette archive et ce qu&apos;elle laisse de côté</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%1: %2</source>
        <extracomment>the tray icon&apos;s tooltip: &quot;Companion: In a call&quot;. (companion/ui/tray.py)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Pause listening</source>
        <extracomment>(companion/ui/tray.py)</extracomment>
        <translation>Mettre l&apos;écoute en pa&amp;use</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <source>In a call</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>En appel</translation>
    </message>
    <message>
        <source>In a call (running tense)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>En appel (tendu)</translation>
    </message>
    <message>
        <source>Listening (between calls)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>À l&apos;écoute (entre les appels)</translation>
    </message>
    <message>
        <source>Listening paused</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Écoute en pause</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Micro indisponible</translation>
    </message>
</context>
<context>
    <name>TryCardWindow</name>
    <message>
        <source>This deck has no cards, only a support contact (shown under the support cards of the other decks).</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Ce jeu n&apos;a pas de cartes, seulement un contact de soutien (affiché sous les cartes de soutien des autres jeux).</translation>
    </message>
    <message>
        <source>Trying %1</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trying %1: card %2 of %3. Nothing is installed or saved.</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Essai de %1&#xa0;: carte %2 sur %3. Rien n&apos;est installé ni enregistré.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>&amp;Microphone (set by your organisation):</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Microphone (défini par votre organisation)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Microphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recalibrate (new headset)…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Recalibrer (nouveau casque)…</translation>
    </message>
    <message>
        <source>After a tense call, a small offer appears next to Companion&apos;s tray icon; it never takes your keyboard. To answer it with the keyboard, open the tray menu and choose Respond to the offer. You can pause listening at any time from the same menu, and open this window again with Welcome and microphone check.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Après un appel tendu, une petite proposition apparaît à côté de l&apos;icône Companion&#xa0;; elle ne prend jamais le clavier. Pour y répondre au clavier, ouvrez le menu de l&apos;icône Companion et choisissez Répondre à la proposition. Dans ce même menu, vous pouvez mettre l&apos;écoute en pause à tout moment et rouvrir cette fenêtre avec Bienvenue et test du micro.</translation>
    </message>
    <message>
        <source>Companion cannot listen on this computer: %1. Breathing and cue cards still work.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion ne peut pas écouter sur cet ordinateur&#xa0;: %1. La respiration et les cartes-conseils restent disponibles.</translation>
    </message>
    <message>
        <source>Companion cannot use the microphone: %1. Plug the headset in or choose another microphone; Companion keeps trying.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion ne peut pas utiliser le micro&#xa0;: %1. Branchez le casque ou choisissez un autre micro&#xa0;; Companion continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion vous entend.</translation>
    </message>
    <message>
        <source>Companion looks after you between calls. It notices when your voice sounds tense during a call and, once the call is over, offers a minute of paced breathing or a short cue card. It never interrupts a call.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion prend soin de vous entre les appels. Il remarque quand votre voix semble tendue pendant un appel et, une fois l&apos;appel terminé, vous propose une minute de respiration guidée ou une courte carte-conseil. Il n&apos;interrompt jamais un appel.</translation>
    </message>
    <message>
        <source>It listens only to the microphone below, and only on this computer. Your voice is never recorded: Companion keeps nothing but numbers (per call and per minute), and nobody else sees them.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Il n&apos;écoute que le micro ci-dessous, et seulement sur cet ordinateur. Votre voix n&apos;est jamais enregistrée&#xa0;: Companion ne garde que des chiffres (par appel et par minute), et personne d&apos;autre ne les voit.</translation>
    </message>
    <message numerus="yes">
        <source>Learn your calm voice again? Companion forgets what it learned and listens to your next %n minute(s) of speech. Do this after changing headset or microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>
            <numerusform>Réapprendre votre voix au calme&#xa0;? Companion oublie ce qu&apos;il a appris et vous réécoute pendant %n minute de parole. À faire après un changement de casque ou de micro.</numerusform>
            <numerusform>Réapprendre votre voix au calme&#xa0;? Companion oublie ce qu&apos;il a appris et vous réécoute pendant %n minutes de parole. À faire après un changement de casque ou de micro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning your calm voice</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Apprendre votre voix au calme</translation>
    </message>
    <message>
        <source>Listening is paused. Resume it from the tray menu to check the microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>L&apos;écoute est en pause. Reprenez-la depuis le menu de l&apos;icône Companion pour tester le micro.</translation>
    </message>
    <message>
        <source>Listening. Say a few words: the bar moves when Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>À l&apos;écoute. Dites quelques mots&#xa0;: la barre bouge quand Companion vous entend.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Niveau du micro</translation>
    </message>
    <message numerus="yes">
        <source>Next, Companion learns how your voice sounds when you are calm, from your first %n minute(s) of speech, on calls or between them. Until then it makes no offers.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>
            <numerusform>Ensuite, Companion apprend comment sonne votre voix au calme, sur %n minute de parole, pendant les appels ou entre eux. D&apos;ici là, il ne fait aucune proposition.</numerusform>
            <numerusform>Ensuite, Companion apprend comment sonne votre voix au calme, sur vos %n premières minutes de parole, pendant les appels ou entre eux. D&apos;ici là, il ne fait aucune proposition.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Ouverture du micro…</translation>
    </message>
    <message>
        <source>Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Recalibrer</translation>
    </message>
    <message>
        <source>See what is kept: &amp;Your data</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Ce qui est conservé&#xa0;: &amp;Vos données</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Very quiet. Check that the microphone is not muted, or choose another one.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Très faible. Vérifiez que le micro n&apos;est pas coupé, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>What happens next</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <source>Your calm voice is learned. After changing headset, choose Recalibrate.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Votre voix au calme est apprise. Après un changement de casque, choisissez Recalibrer.</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Votre micro</translation>
    </message>
</context>
<context>
    <name>WindowOpeners</name>
    <message>
        <source>Breathing guide</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Cartes-conseils</translation>
    </message>
    <message>
        <source>Cue cards are not available (the decks did not load).</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Les cartes-conseils ne sont pas disponibles (les jeux de cartes n&apos;ont pas pu être chargés).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>The dashboard is not available.</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Le tableau de bord n&apos;est pas disponible.</translation>
    </message>
</context>
</TS>
