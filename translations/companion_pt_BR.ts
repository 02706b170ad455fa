<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Save...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>&amp;Salvar...</translation>
    </message>
    <message>
        <source>A wellbeing aid, not a medical device and not a monitoring tool. It does not diagnose anything, and nobody else sees what it notices.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Um apoio ao seu bem-estar, não um dispositivo médico nem uma ferramenta de monitoramento. Ele não faz diagnósticos, e ninguém mais vê o que ele percebe.</translation>
    </message>
    <message>
        <source>A zip for your helpdesk; you see what is in it first</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Um zip para o suporte técnico; você vê antes o que tem dentro</translation>
    </message>
    <message>
        <source>About %1</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Create &amp;support bundle...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Criar pacote de &amp;suporte...</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Files in the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Arquivos do pacote de suporte</translation>
    </message>
    <message>
        <source>Licensed under the Apache License 2.0.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Licenciado sob a Apache License 2.0.</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Salvar o pacote de suporte</translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to your helpdesk.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Salvo em %1. Entregue este arquivo ao suporte técnico.</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Pacote de suporte</translation>
    </message>
    <message>
        <source>These files go into one zip for your helpdesk. Nothing is sent anywhere: you choose where to save it and whom to give it to. It holds no audio, no voice data, none of your history (only how many rows it has) and no card text.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Estes arquivos vão em um zip para o suporte técnico. Nada é enviado: você escolhe onde salvar e para quem entregar. Ele não contém áudio, dados de voz, nada do seu histórico (só quantas linhas ele tem) nem texto de cartões.</translation>
    </message>
    <message>
        <source>What it is</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>O que é</translation>
    </message>
    <message>
        <source>Your voice never leaves this computer and is never recorded: Companion keeps only per-minute and per-call numbers, on this machine, for a limited time. You can see, export and delete them (companion data ...).</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Sua voz nunca sai deste computador e nunca é gravada: o Companion guarda só números por minuto e por ligação, nesta máquina e por tempo limitado. Você pode ver, exportar e excluir esses números (companion data ...).</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>%1 demo</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation>Demonstração do %1</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Cartões de dicas</translation>
    </message>
    <message>
        <source>Listening to a simulated shift (no microphone).</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation>Ouvindo um turno simulado (sem microfone).</translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Not keeping a history: %1</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Nenhum histórico está sendo guardado: %1</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(companion/app/wiring.py)</extracomment>
        <translation>Iniciar com o sistema</translation>
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
        <translation>%1. A respiração e os cartões de dicas continuam disponíveis neste menu.</translation>
    </message>
    <message>
        <source>%1. Companion keeps trying; breathing and cue cards still work.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. O Companion continua tentando; a respiração e os cartões de dicas continuam funcionando.</translation>
    </message>
    <message>
        <source>%1. Use this icon&apos;s menu for breathing, cards and settings.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. Use o menu deste ícone para respiração, cartões e configurações.</translation>
    </message>
    <message>
        <source>Companion is running</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>O Companion está em execução</translation>
    </message>
    <message>
        <source>Listening again</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Ouvindo de novo</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Microfone indisponível</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Microfone: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings are not available.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>As configurações não estão disponíveis.</translation>
    </message>
    <message>
        <source>There is no offer to respond to right now.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>No momento não há nenhuma sugestão para responder.</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>até %1</translation>
    </message>
    <message>
        <source>until you resume</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>até você retomar</translation>
    </message>
</context>
<context>
    <name>AudioError</name>
    <message>
        <source>close other apps using it, plug in a headset or pick another device in Settings</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>feche outros apps que o estejam usando, conecte um headset ou escolha outro dispositivo nas Configurações</translation>
    </message>
    <message>
        <source>listening stopped after an internal error (%1)</source>
        <extracomment>(companion/ui/engine.py)</extracomment>
        <translation>a escuta parou depois de um erro interno (%1)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; could not be opened (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>não foi possível abrir o microfone &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; delivered no audio after starting for %2 s</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>o microfone &apos;%1&apos; não enviou som por %2 s depois de iniciar</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; is busy or unavailable (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>o microfone &apos;%1&apos; está ocupado ou indisponível (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; is no longer available (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>o microfone &apos;%1&apos; não está mais disponível (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; not found (available: %2)</source>
        <extracomment>(companion/audio/devices.py)</extracomment>
        <translation>microfone &apos;%1&apos; não encontrado (disponíveis: %2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; sent no audio for %2 s</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>o microfone &apos;%1&apos; não enviou som por %2 s</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; stopped (unplugged or driver error)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>o microfone &apos;%1&apos; parou (desconectado ou erro de driver)</translation>
    </message>
    <message>
        <source>microphone unavailable: %1</source>
        <extracomment>(companion/ui/engine.py)</extracomment>
        <translation>microfone indisponível: %1</translation>
    </message>
    <message>
        <source>no microphone could be opened (%1)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>não foi possível abrir nenhum microfone (%1)</translation>
    </message>
    <message>
        <source>no microphone found (the system reports no audio input)</source>
        <extracomment>(companion/audio/devices.py)</extracomment>
        <translation>nenhum microfone encontrado (o sistema não informa nenhuma entrada de áudio)</translation>
    </message>
    <message>
        <source>plug in a headset or pick another device in Settings</source>
        <extracomment>(companion/audio/errors.py)</extracomment>
        <translation>conecte um headset ou escolha outro dispositivo nas Configurações</translation>
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
        <translation>Respiração %1 de %2  ·  faltam %3</translation>
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
        <translation>&amp;Outro cartão</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Ú&amp;til</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>&amp;Fixar</translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>After a tough call</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Depois de uma ligação difícil</translation>
    </message>
    <message>
        <source>Between calls</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Entre ligações</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the card [Esc]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Fechar o cartão [Esc]</translation>
    </message>
    <message>
        <source>Hi&amp;de this card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Oc&amp;ultar este cartão</translation>
    </message>
    <message>
        <source>Marked helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Marcado como útil</translation>
    </message>
    <message>
        <source>Never show this card again [D]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Nunca mais mostrar este cartão [D]</translation>
    </message>
    <message>
        <source>No card to show</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Nenhum cartão para mostrar</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Fixado</translation>
    </message>
    <message>
        <source>Show a different card [A]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Mostrar outro cartão [A]</translation>
    </message>
    <message>
        <source>Show this card more often [P]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Mostrar este cartão com mais frequência [P]</translation>
    </message>
    <message>
        <source>Start of shift</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>No início do turno</translation>
    </message>
    <message>
        <source>There is no cue card for this moment. Your supervisor can add cards to a deck.</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Não há cartão de dicas para este momento. Seu líder de equipe pode adicionar cartões a um baralho.</translation>
    </message>
    <message>
        <source>This card helped; kept on this computer only [H]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Este cartão ajudou; fica só neste computador [H]</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>&amp;Fixar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Companion cue card</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Cartão de dicas do Companion</translation>
    </message>
    <message>
        <source>Cue decks</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Baralhos</translation>
    </message>
    <message>
        <source>Show the hidden card again [U]</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Mostrar de novo o cartão oculto [U]</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Desa&amp;fixar</translation>
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
        <translation>%1, linha %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (and %n more).</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>
            <numerusform>%1: %2 (e mais %n problema).</numerusform>
            <numerusform>%1: %2 (e mais %n problemas).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The file is not used until it is fixed.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>O arquivo não é usado até ser corrigido.</translation>
    </message>
    <message>
        <source>The last good version stays in use until it is fixed.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>A última versão válida continua em uso até a correção.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (older data is deleted automatically)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n dia (dados mais antigos são excluídos automaticamente)</numerusform>
            <numerusform>%n dias (dados mais antigos são excluídos automaticamente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Average level on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nível médio nas ligações</translation>
    </message>
    <message>
        <source>Average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Recuperação média</translation>
    </message>
    <message>
        <source>Breathing finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiração concluída</translation>
    </message>
    <message>
        <source>Breathing offered</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiração sugerida</translation>
    </message>
    <message>
        <source>Breathing started</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiração iniciada</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Companion keeps only numbers summarising your voice (never audio, never words) on this computer. They stay in your private folder and are never sent anywhere; only you can export them.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>O Companion guarda neste computador só números que resumem sua voz (nunca áudio, nunca palavras). Eles ficam na sua pasta particular e nunca são enviados; só você pode exportá-los.</translation>
    </message>
    <message>
        <source>Companion: your dashboard</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Companion: seu painel</translation>
    </message>
    <message>
        <source>Cue cards offered / opened</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Cartões sugeridos / abertos</translation>
    </message>
    <message>
        <source>Damaged copy set aside: %1 (removed by &apos;Delete everything&apos;)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Cópia danificada separada: %1 (removida por &apos;Excluir tudo&apos;)</translation>
    </message>
    <message>
        <source>Date range:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Excluir</translation>
    </message>
    <message numerus="yes">
        <source>Delete everything Companion has stored (and %n damaged cop(y|ies) set aside)? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>Excluir tudo o que o Companion guardou (e %n cópia danificada separada)? Não dá para desfazer.</numerusform>
            <numerusform>Excluir tudo o que o Companion guardou (e %n cópias danificadas separadas)? Não dá para desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete everything Companion has stored? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Excluir tudo o que o Companion guardou? Não dá para desfazer.</translation>
    </message>
    <message>
        <source>Delete everything Companion stored before %1? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Excluir tudo o que o Companion guardou antes de %1? Não dá para desfazer.</translation>
    </message>
    <message>
        <source>Delete everything before this date…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Excluir tudo antes desta data…</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Excluir tudo…</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Falha na exclusão</translation>
    </message>
    <message>
        <source>Delete your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Excluir seus dados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Excluído</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n linha excluída e arquivo compactado.</numerusform>
            <numerusform>%n linhas excluídas e arquivo compactado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file. Removed %1.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n linha excluída e arquivo compactado. Removido: %1.</numerusform>
            <numerusform>%n linhas excluídas e arquivo compactado. Removido: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting removes the rows from the file (it is compacted), not just from view. It cannot be undone. The same is available as &apos;companion data export&apos; and &apos;companion data delete&apos;.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Excluir remove as linhas do arquivo (que é compactado), não só da visualização. Não dá para desfazer. O mesmo está disponível como &apos;companion data export&apos; e &apos;companion data delete&apos;.</translation>
    </message>
    <message>
        <source>Export as CSV folder…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportar como pasta CSV…</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>Export as JSON file…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportar como arquivo JSON…</translation>
    </message>
    <message>
        <source>Export as a new folder of CSV files</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportar como uma nova pasta de arquivos CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Exported</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the file %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n linha exportada para o arquivo %1. Agora ele fica aos seus cuidados: o Companion não acompanha nem exclui exportações.</numerusform>
            <numerusform>%n linhas exportadas para o arquivo %1. Agora ele fica aos seus cuidados: o Companion não acompanha nem exclui exportações.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the folder %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n linha exportada para a pasta %1. Agora ela fica aos seus cuidados: o Companion não acompanha nem exclui exportações.</numerusform>
            <numerusform>%n linhas exportadas para a pasta %1. Agora ela fica aos seus cuidados: o Companion não acompanha nem exclui exportações.</numerusform>
        </translation>
    </message>
    <message>
        <source>File size:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Tamanho do arquivo:</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Arquivo JSON (*.json)</translation>
    </message>
    <message>
        <source>Location:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Local:</translation>
    </message>
    <message>
        <source>Longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Recuperação mais longa</translation>
    </message>
    <message>
        <source>Move the mouse over the chart to see each minute. Wheel: zoom; drag: move; &apos;A&apos; button: whole day.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Passe o mouse sobre o gráfico para ver cada minuto. Roda: zoom; arrastar: mover; botão &apos;A&apos;: o dia inteiro.</translation>
    </message>
    <message>
        <source>Never stored: audio, words or transcripts, who you spoke to, phone numbers. Nothing is sent anywhere: Companion opens no network connections.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nunca é guardado: áudio, palavras ou transcrições, com quem você falou, números de telefone. Nada é enviado: o Companion não abre conexões de rede.</translation>
    </message>
    <message>
        <source>New folder for CSV files (*)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nova pasta para arquivos CSV (*)</translation>
    </message>
    <message>
        <source>Next call after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Próxima ligação após respiração guiada</translation>
    </message>
    <message>
        <source>Next call after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Próxima ligação sem respiração guiada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Retention:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Retenção:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Guardado:</translation>
    </message>
    <message>
        <source>Tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ligações tensas</translation>
    </message>
    <message>
        <source>The history could not be opened, so nothing is shown here.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Não foi possível abrir o histórico, então nada aparece aqui.</translation>
    </message>
    <message>
        <source>This is the demo: its history is a throw-away copy that is deleted when the demo ends. Your own history is not touched.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Esta é a demonstração: o histórico dela é uma cópia descartável, apagada quando a demonstração termina. Seu próprio histórico não é alterado.</translation>
    </message>
    <message>
        <source>Time on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Tempo em ligações</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Semana</translation>
    </message>
    <message>
        <source>What this means</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>O que isso significa</translation>
    </message>
    <message>
        <source>Your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Seus dados</translation>
    </message>
    <message>
        <source>Your history could not be opened, so there is nothing to show.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Não foi possível abrir seu histórico, então não há nada para mostrar.</translation>
    </message>
    <message>
        <source>average level on calls (calm = 50)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>nível médio nas ligações (calma = 50)</translation>
    </message>
    <message>
        <source>average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>recuperação média</translation>
    </message>
    <message>
        <source>breathing offered / started / finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>respiração sugerida / iniciada / concluída</translation>
    </message>
    <message>
        <source>breathing/card offers (what, when, outcome, arousal before/after, feeling)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>sugestões de respiração/cartões (o quê, quando, resultado, tensão antes/depois, como você se sentiu)</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>ligações</translation>
    </message>
    <message>
        <source>calls (start, end, how detected, average/peak arousal, tense and recovery seconds)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>ligações (início, fim, como foram detectadas, tensão média/máxima, segundos de tensão e de recuperação)</translation>
    </message>
    <message>
        <source>cannot delete a damaged copy: %1</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>não é possível excluir uma cópia danificada: %1</translation>
    </message>
    <message>
        <source>longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>recuperação mais longa</translation>
    </message>
    <message>
        <source>next call, after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>próxima ligação, após respiração guiada</translation>
    </message>
    <message>
        <source>next call, after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>próxima ligação, sem respiração guiada</translation>
    </message>
    <message>
        <source>per-minute arousal summaries (lowest/average/highest, seconds of speech)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>resumos de tensão por minuto (mínimo/médio/máximo, segundos de fala)</translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>ligações tensas</translation>
    </message>
    <message>
        <source>your calm voice baseline (a few numbers, never audio)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>seu nível de calma (alguns números, nunca áudio)</translation>
    </message>
    <message>
        <source>your pinned/hidden/helpful marks on cue cards</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>suas marcações nos cartões (fixado/oculto/útil)</translation>
    </message>
</context>
<context>
    <name>DashboardPlot</name>
    <message>
        <source>%1 s of speech</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1 s de fala</translation>
    </message>
    <message>
        <source>%1, %2 tense</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1, %2 de tensão</translation>
    </message>
    <message>
        <source>%1, recovered in %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1, recuperação em %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1; you felt %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1; você se sentiu %2</translation>
    </message>
    <message>
        <source>Arousal (50 = your calm level)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Tensão (50 = seu nível de calma)</translation>
    </message>
    <message>
        <source>Average on calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Média nas ligações</translation>
    </message>
    <message>
        <source>Breathing at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Respiração às %1: %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Cue card at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Cartão às %1: %2</translation>
    </message>
    <message>
        <source>Nothing recorded on this day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Nada registrado neste dia</translation>
    </message>
    <message>
        <source>Time of day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Hora do dia</translation>
    </message>
    <message>
        <source>arousal %1 (lowest %2, highest %3)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tensão %1 (mínima %2, máxima %3)</translation>
    </message>
    <message>
        <source>arousal (mean of each minute)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tensão (média de cada minuto)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>before: %1, at the next call: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>antes: %1, na próxima ligação: %2</translation>
    </message>
    <message>
        <source>better</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>melhor</translation>
    </message>
    <message>
        <source>breathing (hollow: not finished)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>respiração (vazado: não concluída)</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>ligação</translation>
    </message>
    <message>
        <source>call %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>ligação %1</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>ligações</translation>
    </message>
    <message>
        <source>cue card</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>cartão de dicas</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>concluída</translation>
    </message>
    <message>
        <source>lowest to highest in the minute</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>do mínimo ao máximo no minuto</translation>
    </message>
    <message>
        <source>not listening</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>sem escuta</translation>
    </message>
    <message>
        <source>offered, no answer</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>sugerida, sem resposta</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>pulada</translation>
    </message>
    <message>
        <source>snoozed</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>started</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>iniciada</translation>
    </message>
    <message>
        <source>stopped early</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>ligações tensas</translation>
    </message>
    <message>
        <source>tense level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>limite de tensão</translation>
    </message>
    <message>
        <source>tense stretch</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>trecho tenso</translation>
    </message>
    <message>
        <source>the same</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>igual</translation>
    </message>
    <message>
        <source>too little speech to tell (%1 s)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>pouca fala para saber (%1 s)</translation>
    </message>
    <message>
        <source>worse</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>pior</translation>
    </message>
    <message>
        <source>your calm level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>seu nível de calma</translation>
    </message>
    <message>
        <source>your calm level (50)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>seu nível de calma (50)</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>%1 on %2; %3 tense.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>%1 em %2; %3 tensas.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n ligação</numerusform>
            <numerusform>%n ligações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them (was|were) tense (at least %1 s above your tense level of %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n delas foi tensa (pelo menos %1 s acima do seu limite de tensão de %2).</numerusform>
            <numerusform>%n delas foram tensas (pelo menos %1 s acima do seu limite de tensão de %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) higher</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n ponto acima</numerusform>
            <numerusform>%n pontos acima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lower</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n ponto abaixo</numerusform>
            <numerusform>%n pontos abaixo</numerusform>
        </translation>
    </message>
    <message>
        <source>After a tense stretch it took you on average %1 to settle back near your calm level (longest %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Depois de um trecho tenso, você levou em média %1 para voltar para perto do seu nível de calma (no máximo %2).</translation>
    </message>
    <message numerus="yes">
        <source>After offers you let pass it was %1 ((once|%n times)).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Depois de sugestões que você deixou passar, ela estava %1 (%n vez).</numerusform>
            <numerusform>Depois de sugestões que você deixou passar, ela estava %1 (%n vezes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the start of the next call your voice was %1 after breathing ((once|%n times)).</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>No início da próxima ligação, sua voz estava %1 depois de respirar (%n vez).</numerusform>
            <numerusform>No início da próxima ligação, sua voz estava %1 depois de respirar (%n vezes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing was offered (once|%n times); you started %1 and finished %2.</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>A respiração foi sugerida %n vez; você começou %1 e concluiu %2.</numerusform>
            <numerusform>A respiração foi sugerida %n vezes; você começou %1 e concluiu %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cue cards were offered (once|%n times); you opened %1.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Cartões de dicas foram sugeridos %n vez; você abriu %1.</numerusform>
            <numerusform>Cartões de dicas foram sugeridos %n vezes; você abriu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Green circles are breathing sessions (filled = finished, hollow = offered or stopped early); purple diamonds are cue cards.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Os círculos verdes são sessões de respiração (cheios = concluídas, vazados = sugeridas ou interrompidas); os losangos roxos são cartões de dicas.</translation>
    </message>
    <message>
        <source>Grey spans are your calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>As faixas cinza são suas ligações.</translation>
    </message>
    <message>
        <source>How your voice sounded at the start of the next call after breathing shows here once a call has followed a breathing break.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Como sua voz soou no início da próxima ligação depois de respirar aparece aqui quando uma ligação vier depois de uma pausa para respirar.</translation>
    </message>
    <message>
        <source>No calls were recorded in these seven days.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Nenhuma ligação foi registrada nestes sete dias.</translation>
    </message>
    <message>
        <source>No recovery time could be measured: the tense stretches lasted until the end of their calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Não foi possível medir o tempo de recuperação: os trechos tensos duraram até o fim das ligações.</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day. Companion keeps numbers only while it listens.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Nada foi registrado neste dia. O Companion só guarda números enquanto está escutando.</translation>
    </message>
    <message>
        <source>Orange spans are tense stretches: minutes in which your voice reached your tense level. A tense call is a call with at least 10 seconds above it.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>As faixas laranja são trechos tensos: minutos em que sua voz chegou ao seu limite de tensão. Uma ligação tensa tem pelo menos 10 segundos acima dele.</translation>
    </message>
    <message>
        <source>Recovery is how long it took after the last tense stretch of a call until your voice was back near your calm level.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>A recuperação é o tempo que levou, depois do último trecho tenso de uma ligação, até sua voz voltar para perto do seu nível de calma.</translation>
    </message>
    <message>
        <source>That is only a few moments to compare: read it as a hint, not a result.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>São poucos momentos para comparar: veja isso como uma pista, não como um resultado.</translation>
    </message>
    <message>
        <source>The change after breathing compares your voice at the end of a call with the start of the next one. It is a rough everyday signal, not a measurement of health.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>A mudança depois da respiração compara sua voz no fim de uma ligação com o início da próxima. É um sinal aproximado do dia a dia, não uma medida de saúde.</translation>
    </message>
    <message>
        <source>The line is how raised your voice sounded, minute by minute, measured against your own calm voice (50). The shaded band shows the lowest and highest moment of each minute. It comes from pitch, loudness and pace only: never words.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>A linha mostra o quanto sua voz soou tensa, minuto a minuto, em relação à sua própria voz calma (50). A faixa sombreada mostra o momento mais baixo e o mais alto de cada minuto. Ela vem só do tom, do volume e do ritmo: nunca das palavras.</translation>
    </message>
    <message>
        <source>The most tense calls were on %1 (%2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>O dia com mais ligações tensas foi %1 (%2).</translation>
    </message>
    <message>
        <source>This is your own view. It stays on this computer; nobody else sees it. Companion is a wellbeing aid, not a medical device and not a monitoring tool.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Esta é a sua visão pessoal. Ela fica neste computador; ninguém mais a vê. O Companion é um apoio ao bem-estar, não um dispositivo médico nem uma ferramenta de monitoramento.</translation>
    </message>
    <message numerus="yes">
        <source>You took %n call(s) (%1 on calls); %2</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Você atendeu %n ligação (%1 em ligações); %2</numerusform>
            <numerusform>Você atendeu %n ligações (%1 em ligações); %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your average level on calls stayed about the same over the week.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Seu nível médio nas ligações ficou mais ou menos igual ao longo da semana.</translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went down by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Seu nível médio nas ligações caiu %n ponto de %1 a %2.</numerusform>
            <numerusform>Seu nível médio nas ligações caiu %n pontos de %1 a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went up by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Seu nível médio nas ligações subiu %n ponto de %1 a %2.</numerusform>
            <numerusform>Seu nível médio nas ligações subiu %n pontos de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, above your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Sua voz nas ligações ficou em média em %1, acima do seu nível de calma de %2.</translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, below your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Sua voz nas ligações ficou em média em %1, abaixo do seu nível de calma de %2.</translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, close to your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Sua voz nas ligações ficou em média em %1, perto do seu nível de calma de %2.</translation>
    </message>
    <message>
        <source>about the same</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>mais ou menos igual</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>%1 / %2 characters</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source>%1%2 — Companion deck editor</source>
        <extracomment>the deck editor&apos;s title: the file name, &quot; *&quot; when it has unsaved changes. (companion/ui/deck_editor.py)</extracomment>
        <translation>%1%2 — Editor de baralhos do Companion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: card %2: %3</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: cartão %2: %3</translation>
    </message>
    <message>
        <source>%1: deck: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: baralho: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>%n cartão</numerusform>
            <numerusform>%n cartões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ca&amp;rtões</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Novo cartão</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Versão</translation>
    </message>
    <message>
        <source>(no id)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>(sem ID)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>A new deck with three example cards. Change them, then save (Ctrl+S).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Um baralho novo com três cartões de exemplo. Altere-os e depois salve (Ctrl+S).</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Autoria</translation>
    </message>
    <message>
        <source>Afte&amp;r a tense call</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Depois de uma &amp;ligação tensa</translation>
    </message>
    <message>
        <source>After a tense call the agent comes first: such a card needs the tag &apos;recovery&apos;</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Depois de uma ligação tensa, quem atende vem primeiro: um cartão assim precisa da tag &apos;recovery&apos;</translation>
    </message>
    <message>
        <source>Bet&amp;ween calls</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Entre uma ligação e &amp;outra</translation>
    </message>
    <message numerus="yes">
        <source>Cannot try it yet: %n error(s). Fix them first (F8 lists them).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>Ainda não dá para testar: %n erro. Corrija primeiro (F8 mostra).</numerusform>
            <numerusform>Ainda não dá para testar: %n erros. Corrija primeiro (F8 lista todos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Card deleted. Close without saving to undo.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Cartão excluído. Feche sem salvar para desfazer.</translation>
    </message>
    <message>
        <source>Card i&amp;d</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>I&amp;D do cartão</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Baralhos (*.toml)</translation>
    </message>
    <message>
        <source>Deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Baralho</translation>
    </message>
    <message>
        <source>Deck &amp;id</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>ID do &amp;baralho</translation>
    </message>
    <message>
        <source>Deck titl&amp;e</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Título do baral&amp;ho</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>D&amp;escrição</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>How often the card comes up (1 = normal, 2 = twice as often)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Com que frequência o cartão aparece (1 = normal, 2 = o dobro)</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>No problems: the deck is ready.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Nenhum problema: o baralho está pronto.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Não aberto: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Não salvo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s). Fix them first (F8 lists them; Enter on one goes to its card).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>Não salvo: %n erro. Corrija primeiro (F8 mostra; Enter nele leva ao cartão).</numerusform>
            <numerusform>Não salvo: %n erros. Corrija primeiro (F8 lista todos; Enter em um deles leva ao cartão).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Abrir baralho</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 aberto.</translation>
    </message>
    <message>
        <source>Opened %1. Note: %2.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 aberto. Observação: %2.</translation>
    </message>
    <message>
        <source>Preview: the card as agents see it</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Prévia: o cartão como a equipe vê</translation>
    </message>
    <message>
        <source>Problems (F8)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Problemas (F8)</translation>
    </message>
    <message>
        <source>Raise it each time you hand out a new copy</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Aumente a cada nova cópia distribuída</translation>
    </message>
    <message>
        <source>Save deck as</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Salvar baralho como</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 salvo (%2).</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 salvo (%2, %3).</translation>
    </message>
    <message>
        <source>Separate tags with commas. Known tags: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Separe as tags com vírgulas. Tags conhecidas: %1</translation>
    </message>
    <message>
        <source>Show these cards in the agents&apos; card window; nothing is installed or saved (Ctrl+T)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Mostrar estes cartões na janela de cartões da equipe; nada é instalado nem salvo (Ctrl+T)</translation>
    </message>
    <message>
        <source>Start of s&amp;hift</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>No início do t&amp;urno</translation>
    </message>
    <message>
        <source>Su&amp;mmary of changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Resu&amp;mo das mudanças</translation>
    </message>
    <message>
        <source>Supp&amp;ort contact</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Contato de apoio</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>The deck has unsaved changes. Save them?</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>O baralho tem alterações não salvas. Salvar?</translation>
    </message>
    <message>
        <source>Tr&amp;y in the card window</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Testar na &amp;janela de cartões</translation>
    </message>
    <message>
        <source>Trying the deck in the card window: &apos;Another card&apos; goes through every card; Esc closes it.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Testando o baralho na janela de cartões: &apos;Outro cartão&apos; passa por todos os cartões; Esc fecha a janela.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Wei&amp;ght</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Peso</translation>
    </message>
    <message>
        <source>What changed in this version, for IT and agents (the changelog entry for the version number above)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>O que mudou nesta versão, para a TI e a equipe (a entrada do registro de mudanças do número de versão acima)</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who agents can turn to after a hard call (team lead, staff support line). Shown on the &apos;this was a hard one&apos; card and when breathing did not help.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>A quem a equipe pode recorrer depois de uma ligação difícil (líder de equipe, canal de apoio aos funcionários). Aparece no cartão para ligações difíceis e quando a respiração não ajudou.</translation>
    </message>
    <message>
        <source>e.g. Team lead: ext. 2040. Staff support line (free, private): 0800 …</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>ex.: Líder de equipe: ramal 2040. Canal de apoio aos funcionários (gratuito, sigiloso): 0800 …</translation>
    </message>
    <message>
        <source>e.g. recovery, breathing</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>ex.: recovery, breathing</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>erro</translation>
    </message>
    <message>
        <source>its comments and keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>seus comentários e as chaves que o Companion não usa (%1) são mantidos ao salvar</translation>
    </message>
    <message>
        <source>its comments are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>seus comentários são mantidos ao salvar</translation>
    </message>
    <message>
        <source>keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>as chaves que o Companion não usa (%1) são mantidas ao salvar</translation>
    </message>
    <message>
        <source>new deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>baralho novo</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>aviso</translation>
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
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FeedbackWindow</name>
    <message>
        <source>&amp;Close without saving</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>&amp;Fechar sem salvar</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <source>Card feedback (*.toml)</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Feedback dos cartões (*.toml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 already exists. Choose a new name.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Não salvo: %1 já existe. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Save card feedback</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Salvar feedback dos cartões</translation>
    </message>
    <message>
        <source>Saved %1. Nothing was sent anywhere.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>%1 salvo. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Share card feedback — Companion</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Compartilhar feedback dos cartões — Companion</translation>
    </message>
    <message>
        <source>The feedback file, exactly as it would be saved</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>O arquivo de feedback, exatamente como seria salvo</translation>
    </message>
    <message>
        <source>This is everything the file holds: for each card you marked, 1 if you found it helpful and 1 if you hid it. No names, no times, nothing about your voice or your calls. Nothing is sent: if you save it, you decide whether to hand it to your supervisor.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Isto é tudo o que o arquivo contém: para cada cartão que você marcou, 1 se achou útil e 1 se ocultou. Sem nomes, sem horários, nada sobre sua voz ou suas ligações. Nada é enviado: se você salvar, você decide se entrega ao seu líder de equipe.</translation>
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
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 MB</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPolicy</name>
    <message>
        <source>(automatic: follow the system)</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>(automático: igual ao sistema)</translation>
    </message>
    <message>
        <source>A number such as 72.5 (REG_SZ).</source>
        <extracomment>keep 72.5 with its point: Companion reads the value that way. (packaging/admx/generate_admx.py)</extracomment>
        <translation>Um número como 72.5, com ponto (REG_SZ).</translation>
    </message>
    <message>
        <source>A policy value locks the setting: the agent sees it as set by your organisation. An invalid value is ignored and reported by &apos;companion policy show&apos;.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Um valor de política bloqueia a configuração: no Companion ela aparece como “definido pela sua organização”. Um valor inválido é ignorado e informado por &apos;companion policy show&apos;.</translation>
    </message>
    <message>
        <source>A whole number (REG_DWORD).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Um número inteiro (REG_DWORD).</translation>
    </message>
    <message>
        <source>Allow choosing the microphone</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Permitir escolher o microfone</translation>
    </message>
    <message>
        <source>Allow personal decks</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Permitir baralhos pessoais</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Permitido: de %1 a %2.</translation>
    </message>
    <message>
        <source>An absolute folder path (REG_EXPAND_SZ: environment variables such as %USERNAME% are expanded).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Um caminho de pasta absoluto (REG_EXPAND_SZ: variáveis de ambiente como %USERNAME% são expandidas).</translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Opacidade do guia de respiração</translation>
    </message>
    <message>
        <source>Breathing guide screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Tela do guia de respiração</translation>
    </message>
    <message>
        <source>Breathing guide size</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Tamanho do guia de respiração</translation>
    </message>
    <message>
        <source>Breathing tones</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sons de respiração</translation>
    </message>
    <message>
        <source>Close cue cards automatically</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Fechar os cartões de dicas automaticamente</translation>
    </message>
    <message>
        <source>Companion %1 and later</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Companion %1 e versões posteriores</translation>
    </message>
    <message>
        <source>Data folder</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Days data is kept</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Dias que os dados ficam guardados</translation>
    </message>
    <message>
        <source>Deck folders</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Pastas de baralhos</translation>
    </message>
    <message>
        <source>Default breathing pattern</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Técnica de respiração padrão</translation>
    </message>
    <message>
        <source>Default when not configured: %1.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Padrão quando não configurada: %1.</translation>
    </message>
    <message>
        <source>Enabled = true, Disabled = false (REG_DWORD 1/0).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Habilitada = true, Desabilitada = false (REG_DWORD 1/0).</translation>
    </message>
    <message>
        <source>Fewest minutes between offers</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Mínimo de minutos entre sugestões</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>How long an offer stays on screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Quanto tempo uma sugestão fica na tela</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Log detail</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Nível de detalhe do log</translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Most offers per hour</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Máximo de sugestões por hora</translation>
    </message>
    <message>
        <source>Neutral words on screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Palavras neutras na tela</translation>
    </message>
    <message>
        <source>No offers while presenting or in do-not-disturb</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sem sugestões ao apresentar ou no modo Não perturbe</translation>
    </message>
    <message>
        <source>Offer help after tense calls</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sugerir ajuda após ligações tensas</translation>
    </message>
    <message>
        <source>One entry per line (REG_MULTI_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Uma entrada por linha (REG_MULTI_SZ).</translation>
    </message>
    <message>
        <source>One of: %1 (REG_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Um destes valores: %1 (REG_SZ).</translation>
    </message>
    <message>
        <source>Policies for Companion, the on-device wellbeing aid for contact-center agents.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Políticas do Companion, o apoio ao bem-estar para equipes de central de atendimento que roda só no próprio computador.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Horário de silêncio</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Movimento reduzido</translation>
    </message>
    <message>
        <source>Registry value &apos;%1&apos; under %2.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Valor do Registro &apos;%1&apos; em %2.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Silence that ends a call</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Silêncio que encerra uma ligação</translation>
    </message>
    <message>
        <source>Speech that starts a call</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Fala que inicia uma ligação</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Iniciar com o sistema</translation>
    </message>
    <message>
        <source>Tense level</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Limite de tensão</translation>
    </message>
    <message>
        <source>Text (REG_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Texto (REG_SZ).</translation>
    </message>
    <message>
        <source>Time to learn the calm voice</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Tempo para aprender a voz calma</translation>
    </message>
    <message>
        <source>Turn off the demo</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Desativar a demonstração</translation>
    </message>
    <message>
        <source>Welcome and microphone check</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Boas-vindas e teste do microfone</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Tempo de pós-atendimento</translation>
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
        <translation>&amp;Adicionar como novo cartão</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Exportar uma cópia…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Salvar alterações</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>A few cards of your own: what helps you after a hard call (a photo you like, a stretch, a line that steadies you). They come up with the others after a tense call and between calls. Only on this computer.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Alguns cartões seus: o que ajuda você depois de uma ligação difícil (uma foto de que você gosta, um alongamento, uma frase que acalma). Eles aparecem junto com os outros depois de uma ligação tensa e entre ligações. Só neste computador.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s) to %1.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>
            <numerusform>%n cartão copiado para %1.</numerusform>
            <numerusform>%n cartões copiados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Baralhos (*.toml)</translation>
    </message>
    <message>
        <source>Export your cards</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Exportar seus cartões</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Não exportado: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Saved. Note: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Salvo. Observação: %1</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>What helps me — Companion</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>O que me ajuda — Companion</translation>
    </message>
    <message numerus="yes">
        <source>You have %n card(s): remove one first.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>
            <numerusform>Você tem %n cartão: remova um primeiro.</numerusform>
            <numerusform>Você tem %n cartões: remova um primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your cards file cannot be read: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Não é possível ler seu arquivo de cartões: %1</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy turns personal cards off (allow_personal_decks). Ask your team lead or IT if you would like them.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>A política da sua organização desativa os cartões pessoais (allow_personal_decks). Fale com seu líder de equipe ou com a TI se quiser usá-los.</translation>
    </message>
</context>
<context>
    <name>PolicyNotice</name>
    <message>
        <source>%1 (and %2 more: run &apos;companion policy show&apos;)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (e mais %2: execute &apos;companion policy show&apos;)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (ignorado)</translation>
    </message>
    <message>
        <source>%1 (the default, %2, is used)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (vale o valor padrão, %2)</translation>
    </message>
    <message>
        <source>%1 (using defaults)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (valem os valores padrão)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; can only be set by your organisation&apos;s IT policy (ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1: só a política de TI da sua organização pode definir a configuração &apos;%2&apos; (ignorado)</translation>
    </message>
    <message>
        <source>policy:%1: %2 (file ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>policy:%1: %2 (arquivo ignorado)</translation>
    </message>
    <message>
        <source>policy:%1: cannot be read (%2) (source ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>policy:%1: não foi possível ler (%2) (fonte ignorada)</translation>
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
        <source>%1: setting &apos;%2&apos; contains a control character (%3)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; tem um caractere de controle (%3)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has %3 entries; at most %4 allowed</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; tem %3 itens; o máximo é %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has an entry longer than %3 characters</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; tem um item com mais de %3 caracteres</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has an entry with a control character (%3)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; tem um item com um caractere de controle (%3)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; is longer than %3 characters</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; tem mais de %3 caracteres</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a finite number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; precisa de um número finito, não %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a list of text values, e.g. [&quot;C:/Decks&quot;]</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; precisa de uma lista de textos, por exemplo [&quot;C:/Decks&quot;]</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; precisa de um número, não %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a whole number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; precisa de um número inteiro, não %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be an absolute folder path, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; precisa do caminho completo de uma pasta, não %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be at least %3, not %4</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; deve ser no mínimo %3, não %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be at most %3, not %4</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; deve ser no máximo %3, não %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be one of %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; deve ser um destes valores: %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be text, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; precisa de um texto, não %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be true or false, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; deve ser true ou false, não %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must look like &apos;18:00-08:00&apos;, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; deve ter a forma &apos;18:00-08:00&apos;, não %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; names an environment variable that is not set: %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: a configuração &apos;%2&apos; usa uma variável de ambiente que não está definida: %3</translation>
    </message>
    <message>
        <source>%1: unknown setting %2</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: configuração desconhecida %2</translation>
    </message>
    <message>
        <source>Arousal index (0-100, 50 = your usual) above which speech counts as tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nível de tensão (0-100, 50 = seu normal) acima do qual a fala conta como tensa</translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Opacidade do guia de respiração</translation>
    </message>
    <message>
        <source>Breathing guide size in pixels</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Tamanho do guia de respiração em pixels</translation>
    </message>
    <message>
        <source>Breathing guide without scaling animation (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Guia de respiração sem o círculo que cresce e diminui (a configuração do sistema também vale)</translation>
    </message>
    <message>
        <source>Close a cue card after this many seconds (0 = stay until closed)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Fechar um cartão de dicas após estes segundos (0 = fica até você fechar)</translation>
    </message>
    <message>
        <source>Days aggregates are kept before they are deleted</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Dias que os resumos ficam guardados antes de serem excluídos</translation>
    </message>
    <message>
        <source>Detail of the log file: debug, info, warning or error</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nível de detalhe do arquivo de log: debug, info, warning ou error</translation>
    </message>
    <message>
        <source>Extra folders to load cue decks from</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Pastas adicionais de onde carregar baralhos</translation>
    </message>
    <message>
        <source>Fewest minutes between two prompts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Mínimo de minutos entre duas sugestões</translation>
    </message>
    <message>
        <source>Folder for the agent&apos;s data instead of the per-user default, e.g. a folder kept across sign-ins on non-persistent desktops (&apos;&apos; = default; %USERNAME% / $USER expanded)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Pasta para os dados em vez da padrão de cada usuário, por exemplo, uma pasta mantida entre logins em desktops não persistentes (&apos;&apos; = padrão; %USERNAME% / $USER são expandidos)</translation>
    </message>
    <message>
        <source>High-contrast colours in Companion&apos;s windows (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Cores de alto contraste nas janelas do Companion (a configuração do sistema também vale)</translation>
    </message>
    <message>
        <source>How readily a call counts as tense: 1 (rarely) to 5 (readily)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Com que facilidade uma ligação conta como tensa: 1 (raramente) a 5 (com frequência)</translation>
    </message>
    <message>
        <source>Input device name (&apos;&apos; = the system default microphone)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nome do dispositivo de entrada (&apos;&apos; = o microfone padrão do sistema)</translation>
    </message>
    <message>
        <source>Language of Companion&apos;s windows and cards: en, de, es, fr or pt-BR (&apos;&apos; = the system&apos;s language)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Idioma das janelas e cartões do Companion: en, de, es, fr ou pt-BR (&apos;&apos; = o idioma do sistema)</translation>
    </message>
    <message>
        <source>Load decks from the agent&apos;s own folder</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Carregar baralhos da pasta pessoal de quem usa o Companion</translation>
    </message>
    <message>
        <source>Minutes of speech used to learn your calm baseline</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Minutos de fala usados para aprender seu nível de calma</translation>
    </message>
    <message>
        <source>Most prompts in any hour</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Máximo de sugestões por hora</translation>
    </message>
    <message>
        <source>Neutral words on screen: an offer never says that a call was tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Palavras neutras na tela: uma sugestão nunca diz que uma ligação foi tensa</translation>
    </message>
    <message>
        <source>No offers while presenting, in a full-screen app or in do-not-disturb</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sem sugestões ao apresentar, com um app em tela cheia ou no modo Não perturbe</translation>
    </message>
    <message>
        <source>No prompts in this daily window, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = none)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sem sugestões nesta faixa diária, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = nenhuma)</translation>
    </message>
    <message>
        <source>Offer breathing or a card after a tense call</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sugerir respiração ou um cartão depois de uma ligação tensa</translation>
    </message>
    <message>
        <source>Pattern used by &apos;breathe now&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Técnica usada por &apos;Respirar agora&apos;</translation>
    </message>
    <message>
        <source>Refuse &apos;companion --demo&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Recusar &apos;companion --demo&apos;</translation>
    </message>
    <message>
        <source>Screen for the breathing guide (&apos;&apos; = the one with the mouse pointer)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Tela do guia de respiração (&apos;&apos; = a do ponteiro do mouse)</translation>
    </message>
    <message>
        <source>Seconds an ignored offer stays on screen (0 = until answered)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Segundos que uma sugestão ignorada fica na tela (0 = até responder)</translation>
    </message>
    <message>
        <source>Seconds of sustained speech that start a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Segundos de fala contínua que iniciam uma ligação (heurística de fala)</translation>
    </message>
    <message>
        <source>Seconds of wrap-up after a call before back to idle</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Segundos de pós-atendimento depois de uma ligação antes de voltar ao intervalo entre ligações</translation>
    </message>
    <message>
        <source>Seconds without speech that end a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Segundos sem fala que encerram uma ligação (heurística de fala)</translation>
    </message>
    <message>
        <source>Show the welcome and microphone check when Companion first starts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Mostrar as boas-vindas e o teste do microfone na primeira vez que o Companion iniciar</translation>
    </message>
    <message>
        <source>Soft tones at breathing phase changes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sons suaves a cada mudança de fase da respiração</translation>
    </message>
    <message>
        <source>Start Companion when you sign in</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Iniciar o Companion ao entrar no sistema</translation>
    </message>
    <message>
        <source>The agent may choose the input device</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Quem usa o Companion pode escolher o dispositivo de entrada</translation>
    </message>
    <message>
        <source>a huge number</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>um número enorme</translation>
    </message>
    <message>
        <source>change</source>
        <extracomment>where a wrong setting came from: a change made in the settings window : The source :meth:`Settings.replace` names in its errors (&quot;change: setting &apos;x&apos; must ...&quot;). (companion/settings.py)</extracomment>
        <translation>alteração</translation>
    </message>
    <message>
        <source>known settings: %1</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>configurações conhecidas: %1</translation>
    </message>
    <message>
        <source>remove it</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>remova-o</translation>
    </message>
    <message>
        <source>write Windows paths in single quotes, &apos;C:\Decks&apos;, or with forward slashes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>escreva os caminhos do Windows entre aspas simples, &apos;C:\Decks&apos;, ou com barras /</translation>
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
        <translation>%1 (não conectado)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Microfone</translation>
    </message>
    <message>
        <source>&amp;Neutral words on screen</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Palavras &amp;neutras na tela</translation>
    </message>
    <message>
        <source>&amp;Offer help after tense calls</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Sugerir a&amp;juda após ligações tensas</translation>
    </message>
    <message>
        <source>&amp;Quiet hours (HH:MM-HH:MM)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Horário de silêncio (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Movimento redu&amp;zido</translation>
    </message>
    <message>
        <source>&amp;Sensitivity (1 rarely … 5 readily)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Sensibilidade (1 raramente … 5 com frequência)</translation>
    </message>
    <message>
        <source>Breathing &amp;tones</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Sons de &amp;respiração</translation>
    </message>
    <message>
        <source>Companion settings</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Configurações do Companion</translation>
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
        <translation>&amp;Iniciar com o sistema</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Não é possível gravar o arquivo de configurações %1: %2</translation>
    </message>
    <message>
        <source>e.g. 18:00-08:00 (empty = none)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>ex.: 18:00-08:00 (vazio = nenhum)</translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>definido pela sua organização</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1: o banco de dados está danificado (%2)</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1: outro programa está bloqueando o banco de dados</translation>
    </message>
    <message>
        <source>%1: the file or its folder is read-only (%2)</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1: o arquivo ou a pasta dele é somente leitura (%2)</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>um processo desconhecido</translation>
    </message>
    <message>
        <source>cannot compact %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível compactar %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível criar %1</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível criar a pasta de dados %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>não é possível criar o arquivo de bloqueio %1: %2</translation>
    </message>
    <message>
        <source>cannot delete an offer from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível apagar uma sugestão de %1</translation>
    </message>
    <message>
        <source>cannot delete from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível apagar dados de %1</translation>
    </message>
    <message>
        <source>cannot delete the baseline from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível apagar seu nível de calma de %1</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>não é possível bloquear %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível abrir %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível ler %1</translation>
    </message>
    <message>
        <source>cannot read the baseline from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível ler seu nível de calma de %1</translation>
    </message>
    <message>
        <source>cannot set aside the old journal of %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível deixar de lado o diário antigo de %1</translation>
    </message>
    <message>
        <source>cannot update calls in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível atualizar as ligações em %1</translation>
    </message>
    <message>
        <source>cannot update interventions in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível atualizar as sugestões em %1</translation>
    </message>
    <message>
        <source>cannot update offers in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível atualizar as sugestões em %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível gravar em %1</translation>
    </message>
    <message>
        <source>cannot write a call to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível salvar uma ligação em %1</translation>
    </message>
    <message>
        <source>cannot write an offer to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível salvar uma sugestão em %1</translation>
    </message>
    <message>
        <source>cannot write card preferences to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível salvar suas preferências de cartões em %1</translation>
    </message>
    <message>
        <source>cannot write minutes to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível salvar os minutos em %1</translation>
    </message>
    <message>
        <source>cannot write the baseline to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>não é possível salvar seu nível de calma em %1</translation>
    </message>
    <message>
        <source>check permissions of the data folder</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>verifique as permissões da pasta de dados</translation>
    </message>
    <message>
        <source>check that the folder exists and that you may write to it</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>verifique se a pasta existe e se você pode gravar nela</translation>
    </message>
    <message>
        <source>check the data folder&apos;s permissions</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>verifique as permissões da pasta de dados</translation>
    </message>
    <message>
        <source>close other Companion windows or tools using it and try again</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>feche outras janelas do Companion ou programas que o usem e tente de novo</translation>
    </message>
    <message>
        <source>free some space</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>libere espaço</translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>em %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>processo %1</translation>
    </message>
    <message>
        <source>restart Companion: it sets the damaged file aside</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>reinicie o Companion: ele deixa o arquivo danificado de lado</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by another Companion (%2)</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>a pasta de dados %1 está sendo usada por outro Companion (%2)</translation>
    </message>
    <message>
        <source>the data folder must be on a disk or share that supports file locks</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>a pasta de dados precisa estar em um disco ou compartilhamento que aceite bloqueio de arquivos</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>this Companion runs without storing anything, so nothing is counted twice; quit the other one to keep your history here</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>este Companion funciona sem guardar nada, para que nada seja contado duas vezes; feche o outro para manter seu histórico aqui</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Your Companion history %1 was deleted while Companion was running; Companion now keeps it in a new file there.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Seu histórico do Companion %1 foi excluído enquanto o Companion estava aberto; agora o Companion o guarda ali em um arquivo novo.</translation>
    </message>
    <message>
        <source>Your Companion history %1 was replaced by another file while Companion was running; Companion now keeps it in that file there.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Seu histórico do Companion %1 foi substituído por outro arquivo enquanto o Companion estava aberto; agora o Companion o guarda nesse arquivo.</translation>
    </message>
    <message>
        <source>Your Companion history could not be read (%1) and was kept aside as %2; a new, empty history was started.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Não foi possível ler seu histórico do Companion (%1), e ele foi guardado à parte como %2; um histórico novo e vazio foi iniciado.</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>effective settings, where each value came from, policy problems</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>configurações em vigor, de onde veio cada valor, problemas de política</translation>
    </message>
    <message>
        <source>how many rows each table of your history has (no rows)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>quantas linhas cada tabela do seu histórico tem (sem as linhas)</translation>
    </message>
    <message>
        <source>input devices and the one Companion listens to</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>dispositivos de entrada e aquele que o Companion escuta</translation>
    </message>
    <message>
        <source>log file (events and errors, no voice data, no card text)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>arquivo de log (eventos e erros, sem dados de voz nem texto de cartões)</translation>
    </message>
    <message>
        <source>self-test report (is this installation usable?)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>relatório do autoteste (esta instalação pode ser usada?)</translation>
    </message>
    <message>
        <source>the same report as JSON</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>o mesmo relatório em JSON</translation>
    </message>
    <message>
        <source>versions, platform, session kind, folders</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>versões, plataforma, tipo de sessão, pastas</translation>
    </message>
    <message>
        <source>what this bundle is and what it leaves out</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>o que é este pacote e o que ele deixa de fora</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%1: %2</source>
        <extracomment>the tray icon&apos;s tooltip: &quot;Companion: In a call&quot;. (companion/ui/tray.py)</extracomment>
        <translation>%1: %2</translation>
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
        <translation>Em ligação</translation>
    </message>
    <message>
        <source>In a call (running tense)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Em ligação (tensa)</translation>
    </message>
    <message>
        <source>Listening (between calls)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Ouvindo (entre ligações)</translation>
    </message>
    <message>
        <source>Listening paused</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Escuta pausada</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Microfone indisponível</translation>
    </message>
</context>
<context>
    <name>TryCardWindow</name>
    <message>
        <source>This deck has no cards, only a support contact (shown under the support cards of the other decks).</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Este baralho não tem cartões, só um contato de apoio (aparece abaixo dos cartões de apoio dos outros baralhos).</translation>
    </message>
    <message>
        <source>Trying %1</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Testando %1</translation>
    </message>
    <message>
        <source>Trying %1: card %2 of %3. Nothing is installed or saved.</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Testando %1: cartão %2 de %3. Nada é instalado nem salvo.</translation>
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
        <translation>Guia de respiração</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Cartões de dicas</translation>
    </message>
    <message>
        <source>Cue cards are not available (the decks did not load).</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Os cartões de dicas não estão disponíveis (os baralhos não foram carregados).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Painel</translation>
    </message>
    <message>
        <source>The dashboard is not available.</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>O painel não está disponível.</translation>
    </message>
</context>
</TS>
