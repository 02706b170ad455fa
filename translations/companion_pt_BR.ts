<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Save...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wellbeing aid, not a medical device and not a monitoring tool. It does not diagnose anything, and nobody else sees what it notices.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip for your helpdesk; you see what is in it first</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;support bundle...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the Apache License 2.0.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to your helpdesk.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files go into one zip for your helpdesk. Nothing is sent anywhere: you choose where to save it and whom to give it to. It holds no audio, no voice data, none of your history (only how many rows it has) and no card text.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice never leaves this computer and is never recorded: Companion keeps only per-minute and per-call numbers, on this machine, for a limited time. You can see, export and delete them (companion data ...).</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>%1 demo</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to a simulated shift (no microphone).</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not keeping a history: %1</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(companion/app/wiring.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;About Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Sobre o Companion</translation>
    </message>
    <message>
        <source>&amp;Breathe now</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Respirar &amp;agora</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>&amp;Quit Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Sa&amp;ir do Companion</translation>
    </message>
    <message>
        <source>&amp;Resume listening</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Retomar a escuta</translation>
    </message>
    <message>
        <source>&amp;Welcome and microphone check…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Boas-vindas e teste do microfone…</translation>
    </message>
    <message>
        <source>Mark call &amp;end</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Marcar &amp;fim da ligação</translation>
    </message>
    <message>
        <source>Mark call &amp;start</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Marcar i&amp;nício da ligação</translation>
    </message>
    <message>
        <source>Pause &amp;until I resume</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pausar até &amp;eu retomar</translation>
    </message>
    <message>
        <source>Pause for &amp;15 minutes</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pausar por &amp;15 minutos</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pausar por 1 &amp;hora</translation>
    </message>
    <message>
        <source>Recalibrate (new &amp;headset)…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Recalibrar (novo &amp;headset)…</translation>
    </message>
    <message>
        <source>Respond to the &amp;offer…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Responder à su&amp;gestão…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <source>Share card &amp;feedback…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Compar&amp;tilhar feedback dos cartões…</translation>
    </message>
    <message>
        <source>Show a &amp;card</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Mostrar um &amp;cartão</translation>
    </message>
    <message>
        <source>What helps &amp;me…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>O que &amp;me ajuda…</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>%1. Breathing and cue cards still work from this menu.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Companion keeps trying; breathing and cue cards still work.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Use this icon&apos;s menu for breathing, cards and settings.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion is running</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening again</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are not available.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offer to respond to right now.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>No momento não há nenhuma sugestão para responder.</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until you resume</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
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
            <numerusform>%1, %n segundo</numerusform>
            <numerusform>%1, %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>%1: concluído</translation>
    </message>
    <message>
        <source>%1: done. %2 Better, Same or Worse (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>%1: concluído. %2 Melhor, igual ou pior (teclas 1, 2, 3).</translation>
    </message>
    <message>
        <source>&amp;1  Another pattern</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;1  Outra técnica</translation>
    </message>
    <message>
        <source>&amp;2  A longer break</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;2  Uma pausa mais longa</translation>
    </message>
    <message>
        <source>&amp;3  Someone to talk to</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;3  Alguém para conversar</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Melhor</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Igual</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Pior</translation>
    </message>
    <message>
        <source>A second, short sip</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Mais uma inspiração curta</translation>
    </message>
    <message>
        <source>Breath %1 of %2  ·  %3 left</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Breathing guide: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Guia de respiração: %1</translation>
    </message>
    <message>
        <source>Breathing: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Respiração: %1</translation>
    </message>
    <message>
        <source>Follow the words; press Esc or the close button to stop.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Siga as palavras; pressione Esc ou o botão de fechar para parar.</translation>
    </message>
    <message>
        <source>Hold</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Segure</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Como você está se sentindo agora?</translation>
    </message>
    <message>
        <source>I feel better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Me sinto melhor</translation>
    </message>
    <message>
        <source>I feel the same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Me sinto igual</translation>
    </message>
    <message>
        <source>I feel worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Me sinto pior</translation>
    </message>
    <message>
        <source>Ideas for a real break, and who can cover you</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Ideias para uma pausa de verdade, e quem pode cobrir você</translation>
    </message>
    <message>
        <source>Sorry that did not help.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Que pena que não ajudou.</translation>
    </message>
    <message>
        <source>Sorry that did not help. What would help? Another pattern, a longer break, or someone to talk to (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Que pena que não ajudou. O que ajudaria? Outra técnica, uma pausa mais longa ou alguém para conversar (teclas 1, 2, 3).</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Parar (Esc)</translation>
    </message>
    <message>
        <source>Try a different breathing pattern now</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Experimente agora outra técnica de respiração</translation>
    </message>
    <message>
        <source>What would help?</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>O que ajudaria?</translation>
    </message>
    <message>
        <source>Your team lead, or your organisation&apos;s support line</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Seu líder de equipe ou o canal de apoio da sua organização</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Learning your calm voice — %1 of %2</source>
        <extracomment>(companion/ui/calibration.py)</extracomment>
        <translation>Aprendendo sua voz calma — %1 de %2</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Another card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a tough call</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between calls</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the card [Esc]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de this card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never show this card again [D]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card to show</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a different card [A]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this card more often [P]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of shift</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cue card for this moment. Your supervisor can add cards to a deck.</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card helped; kept on this computer only [H]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Companion cue card</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue decks</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hidden card again [U]</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Mostrar de novo o cartão oculto [U]</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is hidden. Press U or Undo to bring it back.</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>“%1” está oculto. Pressione U ou Desfazer para trazer de volta.</translation>
    </message>
</context>
<context>
    <name>ContentWatcher</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (and %n more).</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not used until it is fixed.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good version stays in use until it is fixed.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (older data is deleted automatically)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average level on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing offered</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing started</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion keeps only numbers summarising your voice (never audio, never words) on this computer. They stay in your private folder and are never sent anywhere; only you can export them.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion: your dashboard</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue cards offered / opened</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged copy set aside: %1 (removed by &apos;Delete everything&apos;)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete everything Companion has stored (and %n damaged cop(y|ies) set aside)? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete everything Companion has stored? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything Companion stored before %1? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything before this date…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file. Removed %1.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting removes the rows from the file (it is compacted), not just from view. It cannot be undone. The same is available as &apos;companion data export&apos; and &apos;companion data delete&apos;.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV folder…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON file…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as a new folder of CSV files</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the file %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the folder %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File size:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over the chart to see each minute. Wheel: zoom; drag: move; &apos;A&apos; button: whole day.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never stored: audio, words or transcripts, who you spoke to, phone numbers. Nothing is sent anywhere: Companion opens no network connections.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder for CSV files (*)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be opened, so nothing is shown here.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: its history is a throw-away copy that is deleted when the demo ends. Your own history is not touched.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this means</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be opened, so there is nothing to show.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average level on calls (calm = 50)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing offered / started / finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing/card offers (what, when, outcome, arousal before/after, feeling)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls (start, end, how detected, average/peak arousal, tense and recovery seconds)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete a damaged copy: %1</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next call, after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next call, after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-minute arousal summaries (lowest/average/highest, seconds of speech)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your calm voice baseline (a few numbers, never audio)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your pinned/hidden/helpful marks on cue cards</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPlot</name>
    <message>
        <source>%1 s of speech</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 tense</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, recovered in %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; you felt %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arousal (50 = your calm level)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average on calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue card at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded on this day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arousal %1 (lowest %2, highest %3)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arousal (mean of each minute)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1, at the next call: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing (hollow: not finished)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue card</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest to highest in the minute</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered, no answer</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tense level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tense stretch</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little speech to tell (%1 s)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your calm level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>%1 on %2; %3 tense.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them (was|were) tense (at least %1 s above your tense level of %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) higher</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lower</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>After a tense stretch it took you on average %1 to settle back near your calm level (longest %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After offers you let pass it was %1 ((once|%n times)).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the start of the next call your voice was %1 after breathing ((once|%n times)).</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing was offered (once|%n times); you started %1 and finished %2.</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cue cards were offered (once|%n times); you opened %1.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Green circles are breathing sessions (filled = finished, hollow = offered or stopped early); purple diamonds are cue cards.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey spans are your calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your voice sounded at the start of the next call after breathing shows here once a call has followed a breathing break.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls were recorded in these seven days.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery time could be measured: the tense stretches lasted until the end of their calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded on this day. Companion keeps numbers only while it listens.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange spans are tense stretches: minutes in which your voice reached your tense level. A tense call is a call with at least 10 seconds above it.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery is how long it took after the last tense stretch of a call until your voice was back near your calm level.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is only a few moments to compare: read it as a hint, not a result.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change after breathing compares your voice at the end of a call with the start of the next one. It is a rough everyday signal, not a measurement of health.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is how raised your voice sounded, minute by minute, measured against your own calm voice (50). The shaded band shows the lowest and highest moment of each minute. It comes from pitch, loudness and pace only: never words.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most tense calls were on %1 (%2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own view. It stays on this computer; nobody else sees it. Companion is a wellbeing aid, not a medical device and not a monitoring tool.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You took %n call(s) (%1 on calls); %2</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your average level on calls stayed about the same over the week.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went down by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went up by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, above your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, below your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, close to your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>%1 / %2 characters</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — Companion deck editor</source>
        <extracomment>the deck editor&apos;s title: the file name, &quot; *&quot; when it has unsaved changes. (companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: card %2: %3</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deck: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new deck with three example cards. Change them, then save (Ctrl+S).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afte&amp;r a tense call</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a tense call the agent comes first: such a card needs the tag &apos;recovery&apos;</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bet&amp;ween calls</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot try it yet: %n error(s). Fix them first (F8 lists them).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card deleted. Close without saving to undo.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card i&amp;d</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck &amp;id</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck titl&amp;e</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the card comes up (1 = normal, 2 = twice as often)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the deck is ready.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s). Fix them first (F8 lists them; Enter on one goes to its card).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1. Note: %2.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the card as agents see it</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (F8)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise it each time you hand out a new copy</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save deck as</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas. Known tags: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these cards in the agents&apos; card window; nothing is installed or saved (Ctrl+T)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of s&amp;hift</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary of changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supp&amp;ort contact</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck has unsaved changes. Save them?</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y in the card window</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the deck in the card window: &apos;Another card&apos; goes through every card; Esc closes it.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wei&amp;ght</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this version, for IT and agents (the changelog entry for the version number above)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agents can turn to after a hard call (team lead, staff support line). Shown on the &apos;this was a hard one&apos; card and when breathing did not help.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Team lead: ext. 2040. Staff support line (free, private): 0800 …</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. recovery, breathing</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its comments and keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its comments are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackWindow</name>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/ui/fallback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackWindow</name>
    <message>
        <source>&amp;Close without saving</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card feedback (*.toml)</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 already exists. Choose a new name.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card feedback</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Nothing was sent anywhere.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share card feedback — Companion</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback file, exactly as it would be saved</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is everything the file holds: for each card you marked, 1 if you found it helpful and 1 if you hid it. No names, no times, nothing about your voice or your calls. Nothing is sent: if you save it, you decide whether to hand it to your supervisor.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>&amp;Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Recalibrar</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 %2</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/app/live_settings.py)</extracomment>
        <translation>Não é possível gravar o arquivo de configurações %1: %2</translation>
    </message>
</context>
<context>
    <name>MyCardsWindow</name>
    <message>
        <source>&amp;Add as a new card</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few cards of your own: what helps you after a hard call (a photo you like, a stretch, a line that steadies you). They come up with the others after a tense call and between calls. Only on this computer.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s) to %1.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your cards</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Note: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps me — Companion</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n card(s): remove one first.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your cards file cannot be read: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy turns personal cards off (allow_personal_decks). Ask your team lead or IT if you would like them.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>&amp;Breathe</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>&amp;Respirar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Breathe (%n s)</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>
            <numerusform>&amp;Respirar (%n s)</numerusform>
            <numerusform>&amp;Respirar (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Agora &amp;não</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze offers for %n min</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>
            <numerusform>&amp;Silenciar sugestões por %n min</numerusform>
            <numerusform>&amp;Silenciar sugestões por %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take a break</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Fazer uma &amp;pausa</translation>
    </message>
    <message>
        <source>A &amp;card</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Um &amp;cartão</translation>
    </message>
    <message>
        <source>A minute for yourself?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Um minuto para você?</translation>
    </message>
    <message>
        <source>A minute of slow breathing to settle in?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Um minuto de respiração lenta para começar com calma?</translation>
    </message>
    <message>
        <source>A run of tough calls</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Uma sequência de ligações difíceis</translation>
    </message>
    <message>
        <source>A short breather or a card, before the next call.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Uma pausa para respirar ou um cartão, antes da próxima ligação.</translation>
    </message>
    <message>
        <source>Before the first call</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Antes da primeira ligação</translation>
    </message>
    <message>
        <source>Companion offer</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Sugestão do Companion</translation>
    </message>
    <message>
        <source>Take a minute for yourself before the next one?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Que tal um minuto para você antes da próxima?</translation>
    </message>
    <message>
        <source>Ten minutes away from the phone helps more than a card, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Dez minutos longe do telefone ajudam mais que um cartão, se der.</translation>
    </message>
    <message>
        <source>That call sounded tense</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Essa ligação pareceu tensa</translation>
    </message>
    <message>
        <source>That is a lot for anyone. A real break helps more than a card: ten minutes away, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Isso é muito para qualquer pessoa. Uma pausa de verdade ajuda mais que um cartão: dez minutos longe, se der.</translation>
    </message>
    <message>
        <source>Three hard calls in a row</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Três ligações difíceis seguidas</translation>
    </message>
    <message>
        <source>Time for a real break?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Hora de uma pausa de verdade?</translation>
    </message>
    <message>
        <source>To answer with the keyboard, open Companion&apos;s tray menu and choose Respond to the offer.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Para responder pelo teclado, abra o menu do ícone do Companion e escolha Responder à sugestão.</translation>
    </message>
    <message>
        <source>You have handled several tense calls. Take a minute?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Você atendeu várias ligações tensas. Que tal um minuto?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Arousal index (0-100, 50 = your usual) above which speech counts as tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing guide size in pixels</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing guide without scaling animation (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a cue card after this many seconds (0 = stay until closed)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days aggregates are kept before they are deleted</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest minutes between two prompts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-contrast colours in Companion&apos;s windows (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How readily a call counts as tense: 1 (rarely) to 5 (readily)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input device name (&apos;&apos; = the system default microphone)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Companion&apos;s windows and cards: en, de, es, fr or pt-BR (&apos;&apos; = the system&apos;s language)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of speech used to learn your calm baseline</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most prompts in any hour</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral words on screen: an offer never says that a call was tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers while presenting, in a full-screen app or in do-not-disturb</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompts in this daily window, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = none)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer breathing or a card after a tense call</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern used by &apos;breathe now&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen for the breathing guide (&apos;&apos; = the one with the mouse pointer)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds an ignored offer stays on screen (0 = until answered)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of sustained speech that start a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of wrap-up after a call before back to idle</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without speech that end a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the welcome and microphone check when Companion first starts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft tones at breathing phase changes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Companion when you sign in</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished">%1 (não conectado)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neutral words on screen</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Palavras &amp;neutras na tela</translation>
    </message>
    <message>
        <source>&amp;Offer help after tense calls</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours (HH:MM-HH:MM)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitivity (1 rarely … 5 readily)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing &amp;tones</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion settings</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers while &amp;presenting or in do-not-disturb</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Sem sugestões ao a&amp;presentar ou no modo Não perturbe</translation>
    </message>
    <message>
        <source>Offer stays on scre&amp;en (seconds, 0 = until answered)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Sugestão fica na &amp;tela (segundos, 0 = até responder)</translation>
    </message>
    <message>
        <source>Start with the s&amp;ystem</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished">Padrão do sistema</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished">Não é possível gravar o arquivo de configurações %1: %2</translation>
    </message>
    <message>
        <source>e.g. 18:00-08:00 (empty = none)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%1: %2</source>
        <extracomment>the tray icon&apos;s tooltip: &quot;Companion: In a call&quot;. (companion/ui/tray.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause listening</source>
        <extracomment>(companion/ui/tray.py)</extracomment>
        <translation>Pa&amp;usar a escuta</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <source>In a call</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a call (running tense)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening (between calls)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening paused</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TryCardWindow</name>
    <message>
        <source>This deck has no cards, only a support contact (shown under the support cards of the other decks).</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1: card %2 of %3. Nothing is installed or saved.</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>%1 (não conectado)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>&amp;Microphone (set by your organisation):</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Microfone (definido pela sua organização):</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Microfone:</translation>
    </message>
    <message>
        <source>&amp;Recalibrate (new headset)…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Recalibrar (novo headset)…</translation>
    </message>
    <message>
        <source>After a tense call, a small offer appears next to Companion&apos;s tray icon; it never takes your keyboard. To answer it with the keyboard, open the tray menu and choose Respond to the offer. You can pause listening at any time from the same menu, and open this window again with Welcome and microphone check.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Depois de uma ligação tensa, uma pequena sugestão aparece ao lado do ícone do Companion; ela nunca toma o seu teclado. Para responder pelo teclado, abra o menu do ícone do Companion e escolha Responder à sugestão. No mesmo menu, você pode pausar a escuta quando quiser e abrir esta janela de novo em Boas-vindas e teste do microfone.</translation>
    </message>
    <message>
        <source>Companion cannot listen on this computer: %1. Breathing and cue cards still work.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>O Companion não consegue escutar neste computador: %1. A respiração e os cartões de dicas continuam funcionando.</translation>
    </message>
    <message>
        <source>Companion cannot use the microphone: %1. Plug the headset in or choose another microphone; Companion keeps trying.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>O Companion não consegue usar o microfone: %1. Conecte o headset ou escolha outro microfone; o Companion continua tentando.</translation>
    </message>
    <message>
        <source>Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>O Companion está ouvindo você.</translation>
    </message>
    <message>
        <source>Companion looks after you between calls. It notices when your voice sounds tense during a call and, once the call is over, offers a minute of paced breathing or a short cue card. It never interrupts a call.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>O Companion cuida de você entre as ligações. Ele percebe quando sua voz soa tensa durante uma ligação e, quando ela termina, sugere um minuto de respiração guiada ou um cartão de dicas curto. Ele nunca interrompe uma ligação.</translation>
    </message>
    <message>
        <source>It listens only to the microphone below, and only on this computer. Your voice is never recorded: Companion keeps nothing but numbers (per call and per minute), and nobody else sees them.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Ele só escuta o microfone abaixo, e só neste computador. Sua voz nunca é gravada: o Companion guarda apenas números (por ligação e por minuto), e ninguém mais os vê.</translation>
    </message>
    <message numerus="yes">
        <source>Learn your calm voice again? Companion forgets what it learned and listens to your next %n minute(s) of speech. Do this after changing headset or microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>
            <numerusform>Aprender de novo sua voz calma? O Companion esquece o que aprendeu e volta a escutar durante %n minuto de fala. Faça isso depois de trocar de headset ou de microfone.</numerusform>
            <numerusform>Aprender de novo sua voz calma? O Companion esquece o que aprendeu e volta a escutar durante %n minutos de fala. Faça isso depois de trocar de headset ou de microfone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning your calm voice</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Aprender sua voz calma</translation>
    </message>
    <message>
        <source>Listening is paused. Resume it from the tray menu to check the microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>A escuta está pausada. Retome pelo menu do ícone do Companion para testar o microfone.</translation>
    </message>
    <message>
        <source>Listening. Say a few words: the bar moves when Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Ouvindo. Diga algumas palavras: a barra se mexe quando o Companion ouve você.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Nível do microfone</translation>
    </message>
    <message numerus="yes">
        <source>Next, Companion learns how your voice sounds when you are calm, from your first %n minute(s) of speech, on calls or between them. Until then it makes no offers.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>
            <numerusform>Em seguida, o Companion aprende como soa sua voz calma com seu primeiro %n minuto de fala, em ligações ou entre elas. Até lá, ele não faz sugestões.</numerusform>
            <numerusform>Em seguida, o Companion aprende como soa sua voz calma com seus primeiros %n minutos de fala, em ligações ou entre elas. Até lá, ele não faz sugestões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Abrindo o microfone…</translation>
    </message>
    <message>
        <source>Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Recalibrar</translation>
    </message>
    <message>
        <source>See what is kept: &amp;Your data</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>O que fica guardado: &amp;Seus dados</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Very quiet. Check that the microphone is not muted, or choose another one.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Muito baixo. Verifique se o microfone não está no mudo ou escolha outro.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Boas-vindas ao %1</translation>
    </message>
    <message>
        <source>What happens next</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>O que acontece depois</translation>
    </message>
    <message>
        <source>Your calm voice is learned. After changing headset, choose Recalibrate.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Sua voz calma já foi aprendida. Se trocar de headset, escolha Recalibrar.</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Seu microfone</translation>
    </message>
</context>
<context>
    <name>WindowOpeners</name>
    <message>
        <source>Breathing guide</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue cards are not available (the decks did not load).</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard is not available.</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
