<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Save...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>&amp;Guardar...</translation>
    </message>
    <message>
        <source>A wellbeing aid, not a medical device and not a monitoring tool. It does not diagnose anything, and nobody else sees what it notices.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Una ayuda para tu bienestar, no un dispositivo médico ni una herramienta de supervisión. No diagnostica nada, y nadie más ve lo que nota.</translation>
    </message>
    <message>
        <source>A zip for your helpdesk; you see what is in it first</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Un zip para tu mesa de ayuda; primero ves lo que contiene</translation>
    </message>
    <message>
        <source>About %1</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Create &amp;support bundle...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Crear paquete de &amp;soporte...</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Files in the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Archivos del paquete de soporte</translation>
    </message>
    <message>
        <source>Licensed under the Apache License 2.0.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Con licencia Apache License 2.0.</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Guardar el paquete de soporte</translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to your helpdesk.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Guardado en %1. Entrega este archivo a tu mesa de ayuda.</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Paquete de soporte</translation>
    </message>
    <message>
        <source>These files go into one zip for your helpdesk. Nothing is sent anywhere: you choose where to save it and whom to give it to. It holds no audio, no voice data, none of your history (only how many rows it has) and no card text.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Estos archivos van en un zip para tu mesa de ayuda. No se envía nada: tú eliges dónde guardarlo y a quién dárselo. No contiene audio, ni datos de voz, ni nada de tu historial (solo cuántas filas tiene), ni texto de tarjetas.</translation>
    </message>
    <message>
        <source>What it is</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Your voice never leaves this computer and is never recorded: Companion keeps only per-minute and per-call numbers, on this machine, for a limited time. You can see, export and delete them (companion data ...).</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Tu voz nunca sale de este equipo y nunca se graba: Companion guarda solo números por minuto y por llamada, en este equipo y por un tiempo limitado. Puedes verlos, exportarlos y borrarlos (companion data ...).</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Archivos zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>%1 demo</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation>Demostración de %1</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Tarjetas de consejos</translation>
    </message>
    <message>
        <source>Listening to a simulated shift (no microphone).</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation>Escuchando un turno simulado (sin micrófono).</translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Not keeping a history: %1</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>No se guarda historial: %1</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(companion/app/wiring.py)</extracomment>
        <translation>Iniciar con el sistema</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;About Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Acerca &amp;de Companion</translation>
    </message>
    <message>
        <source>&amp;Breathe now</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Respirar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <source>&amp;Quit Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Salir de Companion</translation>
    </message>
    <message>
        <source>&amp;Resume listening</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Reanudar la escucha</translation>
    </message>
    <message>
        <source>&amp;Welcome and microphone check…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Bienvenida y prueba del micrófono…</translation>
    </message>
    <message>
        <source>Mark call &amp;end</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Marcar &amp;fin de llamada</translation>
    </message>
    <message>
        <source>Mark call &amp;start</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Marcar &amp;inicio de llamada</translation>
    </message>
    <message>
        <source>Pause &amp;until I resume</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pausar hasta &amp;que la reanude</translation>
    </message>
    <message>
        <source>Pause for &amp;15 minutes</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pausar &amp;15 minutos</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Pausar 1 &amp;hora</translation>
    </message>
    <message>
        <source>Recalibrate (new &amp;headset)…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Recalibrar (a&amp;uriculares nuevos)…</translation>
    </message>
    <message>
        <source>Respond to the &amp;offer…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Responder a la su&amp;gerencia…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Share card &amp;feedback…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Compartir &amp;comentarios sobre tarjetas…</translation>
    </message>
    <message>
        <source>Show a &amp;card</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Mostrar una &amp;tarjeta</translation>
    </message>
    <message>
        <source>What helps &amp;me…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Lo que &amp;me ayuda…</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>%1. Breathing and cue cards still work from this menu.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. La respiración y las tarjetas siguen disponibles en este menú.</translation>
    </message>
    <message>
        <source>%1. Companion keeps trying; breathing and cue cards still work.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. Companion lo sigue intentando; la respiración y las tarjetas siguen funcionando.</translation>
    </message>
    <message>
        <source>%1. Use this icon&apos;s menu for breathing, cards and settings.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. Usa el menú de este icono para la respiración, las tarjetas y la configuración.</translation>
    </message>
    <message>
        <source>Companion is running</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Companion está en marcha</translation>
    </message>
    <message>
        <source>Listening again</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Escuchando de nuevo</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Micrófono no disponible</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Micrófono: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings are not available.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>La configuración no está disponible.</translation>
    </message>
    <message>
        <source>There is no offer to respond to right now.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Ahora no hay ninguna sugerencia a la que responder.</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <source>until you resume</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>hasta que la reanudes</translation>
    </message>
</context>
<context>
    <name>AudioError</name>
    <message>
        <source>close other apps using it, plug in a headset or pick another device in Settings</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>cierra otras apps que lo usen, conecta unos auriculares o elige otro dispositivo en Configuración</translation>
    </message>
    <message>
        <source>listening stopped after an internal error (%1)</source>
        <extracomment>(companion/ui/engine.py)</extracomment>
        <translation>la escucha se detuvo por un error interno (%1)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; could not be opened (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>no se pudo abrir el micrófono &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; delivered no audio after starting for %2 s</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>el micrófono &apos;%1&apos; no envió sonido durante %2 s después de iniciarse</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; is busy or unavailable (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>el micrófono &apos;%1&apos; está ocupado o no disponible (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; is no longer available (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>el micrófono &apos;%1&apos; ya no está disponible (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; not found (available: %2)</source>
        <extracomment>(companion/audio/devices.py)</extracomment>
        <translation>no se encontró el micrófono &apos;%1&apos; (disponibles: %2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; sent no audio for %2 s</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>el micrófono &apos;%1&apos; no envió sonido durante %2 s</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; stopped (unplugged or driver error)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>el micrófono &apos;%1&apos; se detuvo (desconectado o error del controlador)</translation>
    </message>
    <message>
        <source>microphone unavailable: %1</source>
        <extracomment>(companion/ui/engine.py)</extracomment>
        <translation>micrófono no disponible: %1</translation>
    </message>
    <message>
        <source>no microphone could be opened (%1)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>no se pudo abrir ningún micrófono (%1)</translation>
    </message>
    <message>
        <source>no microphone found (the system reports no audio input)</source>
        <extracomment>(companion/audio/devices.py)</extracomment>
        <translation>no se encontró ningún micrófono (el sistema no indica ninguna entrada de audio)</translation>
    </message>
    <message>
        <source>plug in a headset or pick another device in Settings</source>
        <extracomment>(companion/audio/errors.py)</extracomment>
        <translation>conecta unos auriculares o elige otro dispositivo en Configuración</translation>
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
        <translation>%1: listo</translation>
    </message>
    <message>
        <source>%1: done. %2 Better, Same or Worse (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>%1: listo. %2 Mejor, igual o peor (teclas 1, 2, 3).</translation>
    </message>
    <message>
        <source>&amp;1  Another pattern</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;1  Otra técnica</translation>
    </message>
    <message>
        <source>&amp;2  A longer break</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;2  Un descanso más largo</translation>
    </message>
    <message>
        <source>&amp;3  Someone to talk to</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;3  Alguien con quien hablar</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Mejor</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Igual</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Peor</translation>
    </message>
    <message>
        <source>A second, short sip</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Otra inhalación corta</translation>
    </message>
    <message>
        <source>Breath %1 of %2  ·  %3 left</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Respiración %1 de %2  ·  quedan %3</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Breathing guide: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Guía de respiración: %1</translation>
    </message>
    <message>
        <source>Breathing: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Respiración: %1</translation>
    </message>
    <message>
        <source>Follow the words; press Esc or the close button to stop.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Sigue las palabras; presiona Esc o el botón de cerrar para terminar.</translation>
    </message>
    <message>
        <source>Hold</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Retén</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>¿Cómo te sientes ahora?</translation>
    </message>
    <message>
        <source>I feel better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Me siento mejor</translation>
    </message>
    <message>
        <source>I feel the same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Me siento igual</translation>
    </message>
    <message>
        <source>I feel worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Me siento peor</translation>
    </message>
    <message>
        <source>Ideas for a real break, and who can cover you</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Ideas para un descanso de verdad, y quién puede cubrirte</translation>
    </message>
    <message>
        <source>Sorry that did not help.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Qué pena que no haya ayudado.</translation>
    </message>
    <message>
        <source>Sorry that did not help. What would help? Another pattern, a longer break, or someone to talk to (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Qué pena que no haya ayudado. ¿Qué te ayudaría? Otra técnica, un descanso más largo o alguien con quien hablar (teclas 1, 2, 3).</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Detener (Esc)</translation>
    </message>
    <message>
        <source>Try a different breathing pattern now</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Prueba ahora otra técnica de respiración</translation>
    </message>
    <message>
        <source>What would help?</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>¿Qué te ayudaría?</translation>
    </message>
    <message>
        <source>Your team lead, or your organisation&apos;s support line</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Tu líder de equipo o la línea de apoyo de tu organización</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Learning your calm voice — %1 of %2</source>
        <extracomment>(companion/ui/calibration.py)</extracomment>
        <translation>Aprendiendo tu voz en calma — %1 de %2</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Another card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>&amp;Otra tarjeta</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Ú&amp;til</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>After a tough call</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Tras una llamada difícil</translation>
    </message>
    <message>
        <source>Between calls</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Entre llamadas</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the card [Esc]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Cerrar la tarjeta [Esc]</translation>
    </message>
    <message>
        <source>Hi&amp;de this card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Oc&amp;ultar esta tarjeta</translation>
    </message>
    <message>
        <source>Marked helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Marcada como útil</translation>
    </message>
    <message>
        <source>Never show this card again [D]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>No volver a mostrar esta tarjeta [D]</translation>
    </message>
    <message>
        <source>No card to show</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>No hay ninguna tarjeta que mostrar</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>Show a different card [A]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Mostrar otra tarjeta [A]</translation>
    </message>
    <message>
        <source>Show this card more often [P]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Mostrar esta tarjeta más a menudo [P]</translation>
    </message>
    <message>
        <source>Start of shift</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Al inicio del turno</translation>
    </message>
    <message>
        <source>There is no cue card for this moment. Your supervisor can add cards to a deck.</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>No hay ninguna tarjeta de consejos para este momento. Tu líder de equipo puede agregar tarjetas a un mazo.</translation>
    </message>
    <message>
        <source>This card helped; kept on this computer only [H]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Esta tarjeta me ayudó; se guarda solo en este equipo [H]</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Companion cue card</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Tarjeta de consejos de Companion</translation>
    </message>
    <message>
        <source>Cue decks</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Mazos de tarjetas</translation>
    </message>
    <message>
        <source>Show the hidden card again [U]</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Volver a mostrar la tarjeta oculta [U]</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Des&amp;fijar</translation>
    </message>
    <message>
        <source>“%1” is hidden. Press U or Undo to bring it back.</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>“%1” está oculta. Presiona U o Deshacer para recuperarla.</translation>
    </message>
</context>
<context>
    <name>ContentWatcher</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>%1, línea %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (and %n more).</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>
            <numerusform>%1: %2 (y %n problema más).</numerusform>
            <numerusform>%1: %2 (y %n problemas más).</numerusform>
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
        <translation>El archivo no se usa hasta que se corrija.</translation>
    </message>
    <message>
        <source>The last good version stays in use until it is fixed.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>La última versión correcta sigue en uso hasta que se corrija.</translation>
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
            <numerusform>%n día (los datos más antiguos se borran automáticamente)</numerusform>
            <numerusform>%n días (los datos más antiguos se borran automáticamente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Average level on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nivel medio en llamadas</translation>
    </message>
    <message>
        <source>Average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Recuperación media</translation>
    </message>
    <message>
        <source>Breathing finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiración completada</translation>
    </message>
    <message>
        <source>Breathing offered</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiración sugerida</translation>
    </message>
    <message>
        <source>Breathing started</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Respiración iniciada</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Companion keeps only numbers summarising your voice (never audio, never words) on this computer. They stay in your private folder and are never sent anywhere; only you can export them.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Companion guarda en este equipo solo números que resumen tu voz (nunca audio, nunca palabras). Se quedan en tu carpeta privada y nunca se envían; solo tú puedes exportarlos.</translation>
    </message>
    <message>
        <source>Companion: your dashboard</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Companion: tu panel</translation>
    </message>
    <message>
        <source>Cue cards offered / opened</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Tarjetas sugeridas / abiertas</translation>
    </message>
    <message>
        <source>Damaged copy set aside: %1 (removed by &apos;Delete everything&apos;)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Copia dañada apartada: %1 (se elimina con &apos;Borrar todo&apos;)</translation>
    </message>
    <message>
        <source>Date range:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Borrar</translation>
    </message>
    <message numerus="yes">
        <source>Delete everything Companion has stored (and %n damaged cop(y|ies) set aside)? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>¿Borrar todo lo que Companion ha guardado (y %n copia dañada apartada)? No se puede deshacer.</numerusform>
            <numerusform>¿Borrar todo lo que Companion ha guardado (y %n copias dañadas apartadas)? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete everything Companion has stored? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>¿Borrar todo lo que Companion ha guardado? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete everything Companion stored before %1? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>¿Borrar todo lo que Companion guardó antes del %1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete everything before this date…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Borrar todo lo anterior a esta fecha…</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Borrar todo…</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>No se pudo borrar</translation>
    </message>
    <message>
        <source>Delete your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Borrar tus datos</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Borrado</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>Se borró %n fila y se compactó el archivo.</numerusform>
            <numerusform>Se borraron %n filas y se compactó el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file. Removed %1.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>Se borró %n fila y se compactó el archivo. Eliminado: %1.</numerusform>
            <numerusform>Se borraron %n filas y se compactó el archivo. Eliminado: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting removes the rows from the file (it is compacted), not just from view. It cannot be undone. The same is available as &apos;companion data export&apos; and &apos;companion data delete&apos;.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Borrar quita las filas del archivo (que se compacta), no solo de la vista. No se puede deshacer. Lo mismo está disponible como &apos;companion data export&apos; y &apos;companion data delete&apos;.</translation>
    </message>
    <message>
        <source>Export as CSV folder…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportar como carpeta CSV…</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>Export as JSON file…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportar como archivo JSON…</translation>
    </message>
    <message>
        <source>Export as a new folder of CSV files</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportar como una carpeta nueva de archivos CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>No se pudo exportar</translation>
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
            <numerusform>Se exportó %n fila al archivo %1. Ahora te toca guardarlo con cuidado: Companion no sigue ni borra las exportaciones.</numerusform>
            <numerusform>Se exportaron %n filas al archivo %1. Ahora te toca guardarlo con cuidado: Companion no sigue ni borra las exportaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the folder %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>Se exportó %n fila a la carpeta %1. Ahora te toca guardarla con cuidado: Companion no sigue ni borra las exportaciones.</numerusform>
            <numerusform>Se exportaron %n filas a la carpeta %1. Ahora te toca guardarla con cuidado: Companion no sigue ni borra las exportaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>File size:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Tamaño del archivo:</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Archivo JSON (*.json)</translation>
    </message>
    <message>
        <source>Location:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Recuperación más larga</translation>
    </message>
    <message>
        <source>Move the mouse over the chart to see each minute. Wheel: zoom; drag: move; &apos;A&apos; button: whole day.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Pasa el puntero sobre el gráfico para ver cada minuto. Rueda: zoom; arrastrar: mover; botón &apos;A&apos;: todo el día.</translation>
    </message>
    <message>
        <source>Never stored: audio, words or transcripts, who you spoke to, phone numbers. Nothing is sent anywhere: Companion opens no network connections.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nunca se guarda: audio, palabras ni transcripciones, con quién hablaste, números de teléfono. No se envía nada: Companion no abre conexiones de red.</translation>
    </message>
    <message>
        <source>New folder for CSV files (*)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Carpeta nueva para archivos CSV (*)</translation>
    </message>
    <message>
        <source>Next call after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Siguiente llamada tras respiración guiada</translation>
    </message>
    <message>
        <source>Next call after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Siguiente llamada sin respiración guiada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Retention:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Conservación:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Guardado:</translation>
    </message>
    <message>
        <source>Tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Llamadas tensas</translation>
    </message>
    <message>
        <source>The history could not be opened, so nothing is shown here.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>No se pudo abrir el historial, así que aquí no se muestra nada.</translation>
    </message>
    <message>
        <source>This is the demo: its history is a throw-away copy that is deleted when the demo ends. Your own history is not touched.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Esta es la demostración: su historial es una copia temporal que se borra al terminar. Tu propio historial no se toca.</translation>
    </message>
    <message>
        <source>Time on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Tiempo en llamadas</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Semana</translation>
    </message>
    <message>
        <source>What this means</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Your history could not be opened, so there is nothing to show.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>No se pudo abrir tu historial, así que no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>average level on calls (calm = 50)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>nivel medio en llamadas (calma = 50)</translation>
    </message>
    <message>
        <source>average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>recuperación media</translation>
    </message>
    <message>
        <source>breathing offered / started / finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>respiración sugerida / iniciada / completada</translation>
    </message>
    <message>
        <source>breathing/card offers (what, when, outcome, arousal before/after, feeling)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>sugerencias de respiración/tarjetas (qué, cuándo, resultado, tensión antes/después, cómo te sentiste)</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>calls (start, end, how detected, average/peak arousal, tense and recovery seconds)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>llamadas (inicio, fin, cómo se detectaron, tensión media/máxima, segundos de tensión y de recuperación)</translation>
    </message>
    <message>
        <source>cannot delete a damaged copy: %1</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>no se puede borrar una copia dañada: %1</translation>
    </message>
    <message>
        <source>longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>recuperación más larga</translation>
    </message>
    <message>
        <source>next call, after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>siguiente llamada, tras respiración guiada</translation>
    </message>
    <message>
        <source>next call, after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>siguiente llamada, sin respiración guiada</translation>
    </message>
    <message>
        <source>per-minute arousal summaries (lowest/average/highest, seconds of speech)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>resúmenes de tensión por minuto (mínimo/medio/máximo, segundos de habla)</translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>llamadas tensas</translation>
    </message>
    <message>
        <source>your calm voice baseline (a few numbers, never audio)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>tu nivel de calma (unos pocos números, nunca audio)</translation>
    </message>
    <message>
        <source>your pinned/hidden/helpful marks on cue cards</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>tus marcas en las tarjetas (fijada/oculta/útil)</translation>
    </message>
</context>
<context>
    <name>DashboardPlot</name>
    <message>
        <source>%1 s of speech</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1 s de habla</translation>
    </message>
    <message>
        <source>%1, %2 tense</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1, %2 de tensión</translation>
    </message>
    <message>
        <source>%1, recovered in %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1, recuperación en %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1; you felt %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1; te sentiste %2</translation>
    </message>
    <message>
        <source>Arousal (50 = your calm level)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Tensión (50 = tu nivel de calma)</translation>
    </message>
    <message>
        <source>Average on calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Media en llamadas</translation>
    </message>
    <message>
        <source>Breathing at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Respiración a las %1: %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Cue card at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Tarjeta a las %1: %2</translation>
    </message>
    <message>
        <source>Nothing recorded on this day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Nada registrado este día</translation>
    </message>
    <message>
        <source>Time of day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>arousal %1 (lowest %2, highest %3)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tensión %1 (mínima %2, máxima %3)</translation>
    </message>
    <message>
        <source>arousal (mean of each minute)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tensión (media de cada minuto)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>before: %1, at the next call: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>antes: %1, en la siguiente llamada: %2</translation>
    </message>
    <message>
        <source>better</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>mejor</translation>
    </message>
    <message>
        <source>breathing (hollow: not finished)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>respiración (vacío: sin terminar)</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>llamada</translation>
    </message>
    <message>
        <source>call %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>llamada %1</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>cue card</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tarjeta de consejos</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>completada</translation>
    </message>
    <message>
        <source>lowest to highest in the minute</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>de mínimo a máximo en el minuto</translation>
    </message>
    <message>
        <source>not listening</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>sin escuchar</translation>
    </message>
    <message>
        <source>offered, no answer</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>sugerida, sin respuesta</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>omitida</translation>
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
        <translation>detenida antes</translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>llamadas tensas</translation>
    </message>
    <message>
        <source>tense level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>umbral de tensión</translation>
    </message>
    <message>
        <source>tense stretch</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tramo tenso</translation>
    </message>
    <message>
        <source>the same</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>igual</translation>
    </message>
    <message>
        <source>too little speech to tell (%1 s)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>muy poca habla para saberlo (%1 s)</translation>
    </message>
    <message>
        <source>worse</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>peor</translation>
    </message>
    <message>
        <source>your calm level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tu nivel de calma</translation>
    </message>
    <message>
        <source>your calm level (50)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>tu nivel de calma (50)</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>%1 on %2; %3 tense.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>%1 en %2; %3 tensas.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them (was|were) tense (at least %1 s above your tense level of %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n de ellas fue tensa (al menos %1 s por encima de tu umbral de tensión de %2).</numerusform>
            <numerusform>%n de ellas fueron tensas (al menos %1 s por encima de tu umbral de tensión de %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) higher</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n punto por encima</numerusform>
            <numerusform>%n puntos por encima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lower</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n punto por debajo</numerusform>
            <numerusform>%n puntos por debajo</numerusform>
        </translation>
    </message>
    <message>
        <source>After a tense stretch it took you on average %1 to settle back near your calm level (longest %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Después de un tramo tenso tardaste en promedio %1 en volver cerca de tu nivel de calma (lo más largo, %2).</translation>
    </message>
    <message numerus="yes">
        <source>After offers you let pass it was %1 ((once|%n times)).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Después de sugerencias que dejaste pasar, estuvo %1 (%n vez).</numerusform>
            <numerusform>Después de sugerencias que dejaste pasar, estuvo %1 (%n veces).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the start of the next call your voice was %1 after breathing ((once|%n times)).</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Al inicio de la siguiente llamada, tu voz estuvo %1 después de respirar (%n vez).</numerusform>
            <numerusform>Al inicio de la siguiente llamada, tu voz estuvo %1 después de respirar (%n veces).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing was offered (once|%n times); you started %1 and finished %2.</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>La respiración se sugirió %n vez; empezaste %1 y terminaste %2.</numerusform>
            <numerusform>La respiración se sugirió %n veces; empezaste %1 y terminaste %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cue cards were offered (once|%n times); you opened %1.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Se sugirieron tarjetas %n vez; abriste %1.</numerusform>
            <numerusform>Se sugirieron tarjetas %n veces; abriste %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Green circles are breathing sessions (filled = finished, hollow = offered or stopped early); purple diamonds are cue cards.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Los círculos verdes son sesiones de respiración (rellenos = completadas, vacíos = sugeridas o detenidas antes); los rombos morados son tarjetas.</translation>
    </message>
    <message>
        <source>Grey spans are your calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Las franjas grises son tus llamadas.</translation>
    </message>
    <message>
        <source>How your voice sounded at the start of the next call after breathing shows here once a call has followed a breathing break.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Cómo sonó tu voz al inicio de la siguiente llamada después de respirar aparecerá aquí cuando una llamada siga a una pausa de respiración.</translation>
    </message>
    <message>
        <source>No calls were recorded in these seven days.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>No se registraron llamadas en estos siete días.</translation>
    </message>
    <message>
        <source>No recovery time could be measured: the tense stretches lasted until the end of their calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>No se pudo medir el tiempo de recuperación: los tramos tensos duraron hasta el final de sus llamadas.</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day. Companion keeps numbers only while it listens.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Este día no se registró nada. Companion solo guarda números mientras escucha.</translation>
    </message>
    <message>
        <source>Orange spans are tense stretches: minutes in which your voice reached your tense level. A tense call is a call with at least 10 seconds above it.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Las franjas naranjas son tramos tensos: minutos en los que tu voz llegó a tu umbral de tensión. Una llamada tensa tiene al menos 10 segundos por encima de él.</translation>
    </message>
    <message>
        <source>Recovery is how long it took after the last tense stretch of a call until your voice was back near your calm level.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>La recuperación es el tiempo que pasó desde el último tramo tenso de una llamada hasta que tu voz volvió cerca de tu nivel de calma.</translation>
    </message>
    <message>
        <source>That is only a few moments to compare: read it as a hint, not a result.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Son pocos momentos para comparar: tómalo como una pista, no como un resultado.</translation>
    </message>
    <message>
        <source>The change after breathing compares your voice at the end of a call with the start of the next one. It is a rough everyday signal, not a measurement of health.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>El cambio tras respirar compara tu voz al final de una llamada con el inicio de la siguiente. Es una señal cotidiana aproximada, no una medida de salud.</translation>
    </message>
    <message>
        <source>The line is how raised your voice sounded, minute by minute, measured against your own calm voice (50). The shaded band shows the lowest and highest moment of each minute. It comes from pitch, loudness and pace only: never words.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>La línea muestra cuán tensa sonó tu voz, minuto a minuto, comparada con tu propia voz en calma (50). La franja sombreada muestra el momento más bajo y el más alto de cada minuto. Sale solo del tono, el volumen y el ritmo: nunca de las palabras.</translation>
    </message>
    <message>
        <source>The most tense calls were on %1 (%2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>La mayoría de las llamadas tensas fueron el %1 (%2).</translation>
    </message>
    <message>
        <source>This is your own view. It stays on this computer; nobody else sees it. Companion is a wellbeing aid, not a medical device and not a monitoring tool.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Esta es tu vista personal. Se queda en este equipo; nadie más la ve. Companion es una ayuda para tu bienestar, no un dispositivo médico ni una herramienta de supervisión.</translation>
    </message>
    <message numerus="yes">
        <source>You took %n call(s) (%1 on calls); %2</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Atendiste %n llamada (%1 en llamadas); %2</numerusform>
            <numerusform>Atendiste %n llamadas (%1 en llamadas); %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your average level on calls stayed about the same over the week.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Tu nivel medio en las llamadas se mantuvo más o menos igual durante la semana.</translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went down by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Tu nivel medio en las llamadas bajó %n punto de %1 a %2.</numerusform>
            <numerusform>Tu nivel medio en las llamadas bajó %n puntos de %1 a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went up by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Tu nivel medio en las llamadas subió %n punto de %1 a %2.</numerusform>
            <numerusform>Tu nivel medio en las llamadas subió %n puntos de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, above your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Tu voz en las llamadas promedió %1, por encima de tu nivel de calma de %2.</translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, below your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Tu voz en las llamadas promedió %1, por debajo de tu nivel de calma de %2.</translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, close to your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Tu voz en las llamadas promedió %1, cerca de tu nivel de calma de %2.</translation>
    </message>
    <message>
        <source>about the same</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>más o menos igual</translation>
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
        <translation>%1%2 — Editor de mazos de Companion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: card %2: %3</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: tarjeta %2: %3</translation>
    </message>
    <message>
        <source>%1: deck: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: mazo: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
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
        <translation>Tar&amp;jetas</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Tarjeta &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <source>(no id)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>(sin ID)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>A new deck with three example cards. Change them, then save (Ctrl+S).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Un mazo nuevo con tres tarjetas de ejemplo. Cámbialas y luego guarda (Ctrl+S).</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Autoría</translation>
    </message>
    <message>
        <source>Afte&amp;r a tense call</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Tras una llamada ten&amp;sa</translation>
    </message>
    <message>
        <source>After a tense call the agent comes first: such a card needs the tag &apos;recovery&apos;</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Tras una llamada tensa, primero va la persona que atiende: una tarjeta así necesita la etiqueta &apos;recovery&apos;</translation>
    </message>
    <message>
        <source>Bet&amp;ween calls</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Entre &amp;llamadas</translation>
    </message>
    <message numerus="yes">
        <source>Cannot try it yet: %n error(s). Fix them first (F8 lists them).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>Aún no se puede probar: %n error. Corrígelo primero (F8 lo muestra).</numerusform>
            <numerusform>Aún no se puede probar: %n errores. Corrígelos primero (F8 los muestra).</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card deleted. Close without saving to undo.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Tarjeta borrada. Cierra sin guardar para deshacerlo.</translation>
    </message>
    <message>
        <source>Card i&amp;d</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>I&amp;D de la tarjeta</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Mazos de tarjetas (*.toml)</translation>
    </message>
    <message>
        <source>Deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Mazo</translation>
    </message>
    <message>
        <source>Deck &amp;id</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>ID del &amp;mazo</translation>
    </message>
    <message>
        <source>Deck titl&amp;e</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Tít&amp;ulo del mazo</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>How often the card comes up (1 = normal, 2 = twice as often)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Con qué frecuencia aparece la tarjeta (1 = normal, 2 = el doble)</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Subir</translation>
    </message>
    <message>
        <source>No problems: the deck is ready.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Sin problemas: el mazo está listo.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>No se abrió: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>No se guardó: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s). Fix them first (F8 lists them; Enter on one goes to its card).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>No se guardó: %n error. Corrígelo primero (F8 lo muestra; Enter sobre él va a su tarjeta).</numerusform>
            <numerusform>No se guardó: %n errores. Corrígelos primero (F8 los muestra; Enter sobre uno va a su tarjeta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Abrir mazo</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>Opened %1. Note: %2.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Se abrió %1. Nota: %2.</translation>
    </message>
    <message>
        <source>Preview: the card as agents see it</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Vista previa: la tarjeta como la ve el equipo</translation>
    </message>
    <message>
        <source>Problems (F8)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Problemas (F8)</translation>
    </message>
    <message>
        <source>Raise it each time you hand out a new copy</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Súbelo cada vez que repartas una copia nueva</translation>
    </message>
    <message>
        <source>Save deck as</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Guardar mazo como</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Se guardó %1 (%2).</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Se guardó %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Separate tags with commas. Known tags: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Separa las etiquetas con comas. Etiquetas conocidas: %1</translation>
    </message>
    <message>
        <source>Show these cards in the agents&apos; card window; nothing is installed or saved (Ctrl+T)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Mostrar estas tarjetas en la ventana de tarjetas del equipo; no se instala ni se guarda nada (Ctrl+T)</translation>
    </message>
    <message>
        <source>Start of s&amp;hift</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Al inicio del turn&amp;o</translation>
    </message>
    <message>
        <source>Su&amp;mmary of changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Resumen de cambios</translation>
    </message>
    <message>
        <source>Supp&amp;ort contact</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Contacto de apoyo</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>The deck has unsaved changes. Save them?</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>El mazo tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Tr&amp;y in the card window</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Pro&amp;bar en la ventana de tarjetas</translation>
    </message>
    <message>
        <source>Trying the deck in the card window: &apos;Another card&apos; goes through every card; Esc closes it.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Probando el mazo en la ventana de tarjetas: &apos;Otra tarjeta&apos; recorre todas las tarjetas; Esc la cierra.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Wei&amp;ght</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Peso</translation>
    </message>
    <message>
        <source>What changed in this version, for IT and agents (the changelog entry for the version number above)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Qué cambió en esta versión, para TI y el equipo (la entrada del registro de cambios del número de versión de arriba)</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who agents can turn to after a hard call (team lead, staff support line). Shown on the &apos;this was a hard one&apos; card and when breathing did not help.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>A quién puede acudir el equipo tras una llamada difícil (líder de equipo, línea de apoyo al personal). Aparece en la tarjeta para llamadas difíciles y cuando la respiración no ayudó.</translation>
    </message>
    <message>
        <source>e.g. Team lead: ext. 2040. Staff support line (free, private): 0800 …</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>p. ej., Líder de equipo: ext. 2040. Línea de apoyo al personal (gratuita, confidencial): 0800 …</translation>
    </message>
    <message>
        <source>e.g. recovery, breathing</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>p. ej., recovery, breathing</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>error</translation>
    </message>
    <message>
        <source>its comments and keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>sus comentarios y las claves que Companion no usa (%1) se conservan al guardar</translation>
    </message>
    <message>
        <source>its comments are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>sus comentarios se conservan al guardar</translation>
    </message>
    <message>
        <source>keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>las claves que Companion no usa (%1) se conservan al guardar</translation>
    </message>
    <message>
        <source>new deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>mazo nuevo</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>advertencia</translation>
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
        <translation>&amp;Cerrar sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Card feedback (*.toml)</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Comentarios sobre tarjetas (*.toml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 already exists. Choose a new name.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>No se guardó: %1 ya existe. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Save card feedback</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Guardar comentarios sobre tarjetas</translation>
    </message>
    <message>
        <source>Saved %1. Nothing was sent anywhere.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Se guardó %1. No se envió nada.</translation>
    </message>
    <message>
        <source>Share card feedback — Companion</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Compartir comentarios sobre tarjetas — Companion</translation>
    </message>
    <message>
        <source>The feedback file, exactly as it would be saved</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>El archivo de comentarios, tal como se guardaría</translation>
    </message>
    <message>
        <source>This is everything the file holds: for each card you marked, 1 if you found it helpful and 1 if you hid it. No names, no times, nothing about your voice or your calls. Nothing is sent: if you save it, you decide whether to hand it to your supervisor.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Esto es todo lo que contiene el archivo: por cada tarjeta que marcaste, un 1 si te pareció útil y un 1 si la ocultaste. Sin nombres, sin horas, nada sobre tu voz ni tus llamadas. No se envía nada: si lo guardas, tú decides si se lo das a tu líder de equipo.</translation>
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
        <translation>(automático: según el sistema)</translation>
    </message>
    <message>
        <source>A number such as 72.5 (REG_SZ).</source>
        <extracomment>keep 72.5 with its point: Companion reads the value that way. (packaging/admx/generate_admx.py)</extracomment>
        <translation>Un número como 72.5, con punto (REG_SZ).</translation>
    </message>
    <message>
        <source>A policy value locks the setting: the agent sees it as set by your organisation. An invalid value is ignored and reported by &apos;companion policy show&apos;.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Un valor de directiva bloquea el ajuste: en Companion aparece como «definido por tu organización». Un valor no válido se ignora y &apos;companion policy show&apos; lo indica.</translation>
    </message>
    <message>
        <source>A whole number (REG_DWORD).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Un número entero (REG_DWORD).</translation>
    </message>
    <message>
        <source>Allow choosing the microphone</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Permitir elegir el micrófono</translation>
    </message>
    <message>
        <source>Allow personal decks</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Permitir mazos personales</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Permitido: de %1 a %2.</translation>
    </message>
    <message>
        <source>An absolute folder path (REG_EXPAND_SZ: environment variables such as %USERNAME% are expanded).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Una ruta de carpeta absoluta (REG_EXPAND_SZ: las variables de entorno como %USERNAME% se expanden).</translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Opacidad de la guía de respiración</translation>
    </message>
    <message>
        <source>Breathing guide screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Pantalla de la guía de respiración</translation>
    </message>
    <message>
        <source>Breathing guide size</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Tamaño de la guía de respiración</translation>
    </message>
    <message>
        <source>Breathing tones</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Tonos de respiración</translation>
    </message>
    <message>
        <source>Close cue cards automatically</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Cerrar las tarjetas automáticamente</translation>
    </message>
    <message>
        <source>Companion %1 and later</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Companion %1 y versiones posteriores</translation>
    </message>
    <message>
        <source>Data folder</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Days data is kept</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Días que se guardan los datos</translation>
    </message>
    <message>
        <source>Deck folders</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Carpetas de mazos</translation>
    </message>
    <message>
        <source>Default breathing pattern</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Técnica de respiración predeterminada</translation>
    </message>
    <message>
        <source>Default when not configured: %1.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Valor predeterminado si no está configurada: %1.</translation>
    </message>
    <message>
        <source>Enabled = true, Disabled = false (REG_DWORD 1/0).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Habilitada = true, Deshabilitada = false (REG_DWORD 1/0).</translation>
    </message>
    <message>
        <source>Fewest minutes between offers</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Mínimo de minutos entre sugerencias</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Contraste alto</translation>
    </message>
    <message>
        <source>How long an offer stays on screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Cuánto tiempo sigue en pantalla una sugerencia</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Log detail</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Nivel de detalle del registro</translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Most offers per hour</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Máximo de sugerencias por hora</translation>
    </message>
    <message>
        <source>Neutral words on screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Palabras neutrales en pantalla</translation>
    </message>
    <message>
        <source>No offers while presenting or in do-not-disturb</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sin sugerencias al presentar o en No molestar</translation>
    </message>
    <message>
        <source>Offer help after tense calls</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sugerir ayuda tras llamadas tensas</translation>
    </message>
    <message>
        <source>One entry per line (REG_MULTI_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Una entrada por línea (REG_MULTI_SZ).</translation>
    </message>
    <message>
        <source>One of: %1 (REG_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Uno de estos valores: %1 (REG_SZ).</translation>
    </message>
    <message>
        <source>Policies for Companion, the on-device wellbeing aid for contact-center agents.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Directivas de Companion, la ayuda de bienestar para equipos de contact center que funciona solo en el propio equipo.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Horario de silencio</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Movimiento reducido</translation>
    </message>
    <message>
        <source>Registry value &apos;%1&apos; under %2.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Valor del Registro &apos;%1&apos; en %2.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Silence that ends a call</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Silencio que termina una llamada</translation>
    </message>
    <message>
        <source>Speech that starts a call</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Habla que inicia una llamada</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Iniciar con el sistema</translation>
    </message>
    <message>
        <source>Tense level</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Umbral de tensión</translation>
    </message>
    <message>
        <source>Text (REG_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Texto (REG_SZ).</translation>
    </message>
    <message>
        <source>Time to learn the calm voice</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Tiempo para aprender la voz en calma</translation>
    </message>
    <message>
        <source>Turn off the demo</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Desactivar la demostración</translation>
    </message>
    <message>
        <source>Welcome and microphone check</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Bienvenida y prueba del micrófono</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Tiempo de cierre de llamada</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/app/live_settings.py)</extracomment>
        <translation>No se puede escribir el archivo de configuración %1: %2</translation>
    </message>
</context>
<context>
    <name>MyCardsWindow</name>
    <message>
        <source>&amp;Add as a new card</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Agregar como tarjeta nueva</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Exportar una copia…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>A few cards of your own: what helps you after a hard call (a photo you like, a stretch, a line that steadies you). They come up with the others after a tense call and between calls. Only on this computer.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Unas tarjetas propias: lo que te ayuda después de una llamada difícil (una foto que te guste, un estiramiento, una frase que te dé calma). Aparecen con las demás después de una llamada tensa y entre llamadas. Solo en este equipo.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s) to %1.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>
            <numerusform>Se copió %n tarjeta a %1.</numerusform>
            <numerusform>Se copiaron %n tarjetas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Mazos de tarjetas (*.toml)</translation>
    </message>
    <message>
        <source>Export your cards</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Exportar tus tarjetas</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>No se exportó: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. Note: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Guardado. Nota: %1</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>What helps me — Companion</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Lo que me ayuda — Companion</translation>
    </message>
    <message numerus="yes">
        <source>You have %n card(s): remove one first.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>
            <numerusform>Tienes %n tarjeta: quita una primero.</numerusform>
            <numerusform>Tienes %n tarjetas: quita una primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your cards file cannot be read: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>No se puede leer tu archivo de tarjetas: %1</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy turns personal cards off (allow_personal_decks). Ask your team lead or IT if you would like them.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>La política de tu organización desactiva las tarjetas personales (allow_personal_decks). Pregunta a tu líder de equipo o a TI si te gustaría tenerlas.</translation>
    </message>
</context>
<context>
    <name>PolicyNotice</name>
    <message>
        <source>%1 (and %2 more: run &apos;companion policy show&apos;)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (y %2 más: ejecuta &apos;companion policy show&apos;)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (se ignora)</translation>
    </message>
    <message>
        <source>%1 (the default, %2, is used)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (se usa el valor predeterminado, %2)</translation>
    </message>
    <message>
        <source>%1 (using defaults)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (se usan los valores predeterminados)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; can only be set by your organisation&apos;s IT policy (ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; solo la puede definir tu organización con una directiva de TI (se ignora)</translation>
    </message>
    <message>
        <source>policy:%1: %2 (file ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>policy:%1: %2 (se ignora el archivo)</translation>
    </message>
    <message>
        <source>policy:%1: cannot be read (%2) (source ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>policy:%1: no se puede leer (%2) (se ignora esta fuente)</translation>
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
        <translation>Ahora &amp;no</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze offers for %n min</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>
            <numerusform>&amp;Silenciar sugerencias %n min</numerusform>
            <numerusform>&amp;Silenciar sugerencias %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take a break</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Tomar un &amp;descanso</translation>
    </message>
    <message>
        <source>A &amp;card</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Una &amp;tarjeta</translation>
    </message>
    <message>
        <source>A minute for yourself?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>¿Un minuto para ti?</translation>
    </message>
    <message>
        <source>A minute of slow breathing to settle in?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>¿Un minuto de respiración lenta para empezar con calma?</translation>
    </message>
    <message>
        <source>A run of tough calls</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Varias llamadas difíciles</translation>
    </message>
    <message>
        <source>A short breather or a card, before the next call.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Un respiro breve o una tarjeta, antes de la próxima llamada.</translation>
    </message>
    <message>
        <source>Before the first call</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Antes de la primera llamada</translation>
    </message>
    <message>
        <source>Companion offer</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Sugerencia de Companion</translation>
    </message>
    <message>
        <source>Take a minute for yourself before the next one?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>¿Te tomas un minuto para ti antes de la próxima?</translation>
    </message>
    <message>
        <source>Ten minutes away from the phone helps more than a card, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Diez minutos lejos del teléfono ayudan más que una tarjeta, si puedes.</translation>
    </message>
    <message>
        <source>That call sounded tense</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Esa llamada sonó tensa</translation>
    </message>
    <message>
        <source>That is a lot for anyone. A real break helps more than a card: ten minutes away, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Eso es mucho para cualquiera. Un descanso de verdad ayuda más que una tarjeta: diez minutos lejos, si puedes.</translation>
    </message>
    <message>
        <source>Three hard calls in a row</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Tres llamadas difíciles seguidas</translation>
    </message>
    <message>
        <source>Time for a real break?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>¿Hora de un descanso de verdad?</translation>
    </message>
    <message>
        <source>To answer with the keyboard, open Companion&apos;s tray menu and choose Respond to the offer.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Para responder con el teclado, abre el menú del icono de Companion y elige Responder a la sugerencia.</translation>
    </message>
    <message>
        <source>You have handled several tense calls. Take a minute?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Has atendido varias llamadas tensas. ¿Te tomas un minuto?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: setting &apos;%2&apos; contains a control character (%3)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; tiene un carácter de control (%3)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has %3 entries; at most %4 allowed</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; tiene %3 elementos; se permiten %4 como máximo</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has an entry longer than %3 characters</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; tiene un elemento de más de %3 caracteres</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has an entry with a control character (%3)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; tiene un elemento con un carácter de control (%3)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; is longer than %3 characters</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; tiene más de %3 caracteres</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a finite number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; necesita un número finito, no %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a list of text values, e.g. [&quot;C:/Decks&quot;]</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; necesita una lista de textos, por ejemplo [&quot;C:/Decks&quot;]</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; necesita un número, no %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a whole number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; necesita un número entero, no %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be an absolute folder path, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; necesita la ruta completa de una carpeta, no %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be at least %3, not %4</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; debe ser %3 como mínimo, no %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be at most %3, not %4</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; debe ser %3 como máximo, no %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be one of %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; debe ser uno de estos valores: %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be text, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; necesita un texto, no %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be true or false, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; debe ser true o false, no %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must look like &apos;18:00-08:00&apos;, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; debe tener la forma &apos;18:00-08:00&apos;, no %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; names an environment variable that is not set: %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: la opción &apos;%2&apos; usa una variable de entorno que no está definida: %3</translation>
    </message>
    <message>
        <source>%1: unknown setting %2</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: opción desconocida %2</translation>
    </message>
    <message>
        <source>Arousal index (0-100, 50 = your usual) above which speech counts as tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nivel de tensión (0-100, 50 = tu nivel habitual) a partir del cual el habla cuenta como tensa</translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Opacidad de la guía de respiración</translation>
    </message>
    <message>
        <source>Breathing guide size in pixels</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Tamaño de la guía de respiración en píxeles</translation>
    </message>
    <message>
        <source>Breathing guide without scaling animation (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Guía de respiración sin el círculo que crece y se encoge (también se aplica el ajuste del sistema)</translation>
    </message>
    <message>
        <source>Close a cue card after this many seconds (0 = stay until closed)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Cerrar una tarjeta después de estos segundos (0 = se queda hasta que la cierres)</translation>
    </message>
    <message>
        <source>Days aggregates are kept before they are deleted</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Días que se guardan los resúmenes antes de borrarse</translation>
    </message>
    <message>
        <source>Detail of the log file: debug, info, warning or error</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nivel de detalle del archivo de registro: debug, info, warning o error</translation>
    </message>
    <message>
        <source>Extra folders to load cue decks from</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Carpetas adicionales de las que se cargan mazos</translation>
    </message>
    <message>
        <source>Fewest minutes between two prompts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Mínimo de minutos entre dos sugerencias</translation>
    </message>
    <message>
        <source>Folder for the agent&apos;s data instead of the per-user default, e.g. a folder kept across sign-ins on non-persistent desktops (&apos;&apos; = default; %USERNAME% / $USER expanded)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Carpeta para los datos en lugar de la predeterminada de cada usuario, p. ej., una carpeta que se conserva entre inicios de sesión en escritorios no persistentes (&apos;&apos; = predeterminada; se expanden %USERNAME% / $USER)</translation>
    </message>
    <message>
        <source>High-contrast colours in Companion&apos;s windows (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Colores de alto contraste en las ventanas de Companion (también se aplica el ajuste del sistema)</translation>
    </message>
    <message>
        <source>How readily a call counts as tense: 1 (rarely) to 5 (readily)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Con qué facilidad una llamada cuenta como tensa: 1 (pocas veces) a 5 (a menudo)</translation>
    </message>
    <message>
        <source>Input device name (&apos;&apos; = the system default microphone)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nombre del dispositivo de entrada (&apos;&apos; = el micrófono predeterminado del sistema)</translation>
    </message>
    <message>
        <source>Language of Companion&apos;s windows and cards: en, de, es, fr or pt-BR (&apos;&apos; = the system&apos;s language)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Idioma de las ventanas y tarjetas de Companion: en, de, es, fr o pt-BR (&apos;&apos; = el idioma del sistema)</translation>
    </message>
    <message>
        <source>Load decks from the agent&apos;s own folder</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Cargar mazos de la carpeta personal de quien usa Companion</translation>
    </message>
    <message>
        <source>Minutes of speech used to learn your calm baseline</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Minutos de habla para aprender tu nivel de calma</translation>
    </message>
    <message>
        <source>Most prompts in any hour</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Máximo de sugerencias por hora</translation>
    </message>
    <message>
        <source>Neutral words on screen: an offer never says that a call was tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Palabras neutrales en pantalla: una sugerencia nunca dice que una llamada fue tensa</translation>
    </message>
    <message>
        <source>No offers while presenting, in a full-screen app or in do-not-disturb</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sin sugerencias al presentar, con una app a pantalla completa o en No molestar</translation>
    </message>
    <message>
        <source>No prompts in this daily window, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = none)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sin sugerencias en esta franja diaria, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = ninguna)</translation>
    </message>
    <message>
        <source>Offer breathing or a card after a tense call</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sugerir respiración o una tarjeta después de una llamada tensa</translation>
    </message>
    <message>
        <source>Pattern used by &apos;breathe now&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Técnica que usa &apos;Respirar ahora&apos;</translation>
    </message>
    <message>
        <source>Refuse &apos;companion --demo&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Rechazar &apos;companion --demo&apos;</translation>
    </message>
    <message>
        <source>Screen for the breathing guide (&apos;&apos; = the one with the mouse pointer)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Pantalla para la guía de respiración (&apos;&apos; = la que tiene el puntero)</translation>
    </message>
    <message>
        <source>Seconds an ignored offer stays on screen (0 = until answered)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Segundos que una sugerencia ignorada sigue en pantalla (0 = hasta responder)</translation>
    </message>
    <message>
        <source>Seconds of sustained speech that start a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Segundos de habla continua que inician una llamada (heurística de voz)</translation>
    </message>
    <message>
        <source>Seconds of wrap-up after a call before back to idle</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Segundos de cierre de llamada antes de volver a estar entre llamadas</translation>
    </message>
    <message>
        <source>Seconds without speech that end a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Segundos sin habla que terminan una llamada (heurística de voz)</translation>
    </message>
    <message>
        <source>Show the welcome and microphone check when Companion first starts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Mostrar la bienvenida y la prueba del micrófono la primera vez que se inicia Companion</translation>
    </message>
    <message>
        <source>Soft tones at breathing phase changes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Tonos suaves en cada cambio de fase de la respiración</translation>
    </message>
    <message>
        <source>Start Companion when you sign in</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Iniciar Companion al iniciar sesión</translation>
    </message>
    <message>
        <source>The agent may choose the input device</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Quien usa Companion puede elegir el dispositivo de entrada</translation>
    </message>
    <message>
        <source>a huge number</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>un número enorme</translation>
    </message>
    <message>
        <source>change</source>
        <extracomment>where a wrong setting came from: a change made in the settings window : The source :meth:`Settings.replace` names in its errors (&quot;change: setting &apos;x&apos; must ...&quot;). (companion/settings.py)</extracomment>
        <translation>cambio</translation>
    </message>
    <message>
        <source>known settings: %1</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>opciones conocidas: %1</translation>
    </message>
    <message>
        <source>remove it</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>quítalo</translation>
    </message>
    <message>
        <source>write Windows paths in single quotes, &apos;C:\Decks&apos;, or with forward slashes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>escribe las rutas de Windows entre comillas simples, &apos;C:\Decks&apos;, o con barras /</translation>
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
        <translation>%1 (no conectado)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Contraste alto</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Micrófono</translation>
    </message>
    <message>
        <source>&amp;Neutral words on screen</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Palabras &amp;neutrales en pantalla</translation>
    </message>
    <message>
        <source>&amp;Offer help after tense calls</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Sugerir a&amp;yuda tras llamadas tensas</translation>
    </message>
    <message>
        <source>&amp;Quiet hours (HH:MM-HH:MM)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Horario de silencio (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Movimiento &amp;reducido</translation>
    </message>
    <message>
        <source>&amp;Sensitivity (1 rarely … 5 readily)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Sensibilidad (1 pocas veces … 5 a menudo)</translation>
    </message>
    <message>
        <source>Breathing &amp;tones</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>T&amp;onos de respiración</translation>
    </message>
    <message>
        <source>Companion settings</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Configuración de Companion</translation>
    </message>
    <message>
        <source>No offers while &amp;presenting or in do-not-disturb</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Sin sugerencias al &amp;presentar o en No molestar</translation>
    </message>
    <message>
        <source>Offer stays on scre&amp;en (seconds, 0 = until answered)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>La sugerencia sigue en pan&amp;talla (segundos, 0 = hasta responder)</translation>
    </message>
    <message>
        <source>Start with the s&amp;ystem</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Iniciar con el sistema</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>No se puede escribir el archivo de configuración %1: %2</translation>
    </message>
    <message>
        <source>e.g. 18:00-08:00 (empty = none)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>p. ej., 18:00-08:00 (vacío = ninguno)</translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>definido por tu organización</translation>
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
        <translation>%1: la base de datos está dañada (%2)</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1: otro programa tiene bloqueada la base de datos</translation>
    </message>
    <message>
        <source>%1: the file or its folder is read-only (%2)</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1: el archivo o su carpeta es de solo lectura (%2)</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>un proceso desconocido</translation>
    </message>
    <message>
        <source>cannot compact %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede compactar %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>no se puede crear el archivo de bloqueo %1: %2</translation>
    </message>
    <message>
        <source>cannot delete an offer from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede borrar una sugerencia de %1</translation>
    </message>
    <message>
        <source>cannot delete from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede borrar nada de %1</translation>
    </message>
    <message>
        <source>cannot delete the baseline from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede borrar tu nivel de calma de %1</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>no se puede bloquear %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>cannot read the baseline from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede leer tu nivel de calma de %1</translation>
    </message>
    <message>
        <source>cannot set aside the old journal of %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede apartar el diario antiguo de %1</translation>
    </message>
    <message>
        <source>cannot update calls in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se pueden actualizar las llamadas en %1</translation>
    </message>
    <message>
        <source>cannot update interventions in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se pueden actualizar las sugerencias en %1</translation>
    </message>
    <message>
        <source>cannot update offers in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se pueden actualizar las sugerencias en %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <source>cannot write a call to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede guardar una llamada en %1</translation>
    </message>
    <message>
        <source>cannot write an offer to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede guardar una sugerencia en %1</translation>
    </message>
    <message>
        <source>cannot write card preferences to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se pueden guardar tus preferencias de tarjetas en %1</translation>
    </message>
    <message>
        <source>cannot write minutes to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se pueden guardar los minutos en %1</translation>
    </message>
    <message>
        <source>cannot write the baseline to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>no se puede guardar tu nivel de calma en %1</translation>
    </message>
    <message>
        <source>check permissions of the data folder</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>revisa los permisos de la carpeta de datos</translation>
    </message>
    <message>
        <source>check that the folder exists and that you may write to it</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>revisa que la carpeta exista y que puedas escribir en ella</translation>
    </message>
    <message>
        <source>check the data folder&apos;s permissions</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>revisa los permisos de la carpeta de datos</translation>
    </message>
    <message>
        <source>close other Companion windows or tools using it and try again</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>cierra otras ventanas de Companion o programas que la usen y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>free some space</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>libera algo de espacio</translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>proceso %1</translation>
    </message>
    <message>
        <source>restart Companion: it sets the damaged file aside</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>reinicia Companion: aparta el archivo dañado</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by another Companion (%2)</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>otro Companion está usando la carpeta de datos %1 (%2)</translation>
    </message>
    <message>
        <source>the data folder must be on a disk or share that supports file locks</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>la carpeta de datos debe estar en un disco o recurso compartido que admita bloqueos de archivos</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>this Companion runs without storing anything, so nothing is counted twice; quit the other one to keep your history here</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>este Companion funciona sin guardar nada, para que nada se cuente dos veces; cierra el otro para seguir guardando tu historial aquí</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Your Companion history %1 was deleted while Companion was running; Companion now keeps it in a new file there.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Tu historial de Companion %1 se borró mientras Companion estaba abierto; ahora Companion lo guarda ahí en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Your Companion history %1 was replaced by another file while Companion was running; Companion now keeps it in that file there.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Tu historial de Companion %1 se reemplazó por otro archivo mientras Companion estaba abierto; ahora Companion lo guarda en ese archivo.</translation>
    </message>
    <message>
        <source>Your Companion history could not be read (%1) and was kept aside as %2; a new, empty history was started.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>No se pudo leer tu historial de Companion (%1) y se guardó aparte como %2; se empezó un historial nuevo y vacío.</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>effective settings, where each value came from, policy problems</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>configuración vigente, de dónde viene cada valor, problemas de directivas</translation>
    </message>
    <message>
        <source>how many rows each table of your history has (no rows)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>cuántas filas tiene cada tabla de tu historial (sin las filas)</translation>
    </message>
    <message>
        <source>input devices and the one Companion listens to</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>dispositivos de entrada y el que escucha Companion</translation>
    </message>
    <message>
        <source>log file (events and errors, no voice data, no card text)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>archivo de registro (eventos y errores, sin datos de voz ni texto de tarjetas)</translation>
    </message>
    <message>
        <source>self-test report (is this installation usable?)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>informe de autoprueba (¿se puede usar esta instalación?)</translation>
    </message>
    <message>
        <source>the same report as JSON</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>el mismo informe en JSON</translation>
    </message>
    <message>
        <source>versions, platform, session kind, folders</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>versiones, plataforma, tipo de sesión, carpetas</translation>
    </message>
    <message>
        <source>what this bundle is and what it leaves out</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>qué es este paquete y qué deja fuera</translation>
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
        <translation>&amp;Pausar la escucha</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <source>In a call</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>En una llamada</translation>
    </message>
    <message>
        <source>In a call (running tense)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>En una llamada (tensa)</translation>
    </message>
    <message>
        <source>Listening (between calls)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Escuchando (entre llamadas)</translation>
    </message>
    <message>
        <source>Listening paused</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Escucha en pausa</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Micrófono no disponible</translation>
    </message>
</context>
<context>
    <name>TryCardWindow</name>
    <message>
        <source>This deck has no cards, only a support contact (shown under the support cards of the other decks).</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Este mazo no tiene tarjetas, solo un contacto de apoyo (aparece bajo las tarjetas de apoyo de los otros mazos).</translation>
    </message>
    <message>
        <source>Trying %1</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Probando %1</translation>
    </message>
    <message>
        <source>Trying %1: card %2 of %3. Nothing is installed or saved.</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Probando %1: tarjeta %2 de %3. No se instala ni se guarda nada.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>%1 (no conectado)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>&amp;Microphone (set by your organisation):</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Micrófono (definido por tu organización):</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <source>&amp;Recalibrate (new headset)…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Recalibrar (auriculares nuevos)…</translation>
    </message>
    <message>
        <source>After a tense call, a small offer appears next to Companion&apos;s tray icon; it never takes your keyboard. To answer it with the keyboard, open the tray menu and choose Respond to the offer. You can pause listening at any time from the same menu, and open this window again with Welcome and microphone check.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Después de una llamada tensa aparece una pequeña sugerencia junto al icono de Companion; nunca te quita el teclado. Para responder con el teclado, abre el menú del icono de Companion y elige Responder a la sugerencia. En el mismo menú puedes pausar la escucha cuando quieras y volver a abrir esta ventana con Bienvenida y prueba del micrófono.</translation>
    </message>
    <message>
        <source>Companion cannot listen on this computer: %1. Breathing and cue cards still work.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion no puede escuchar en este equipo: %1. La respiración y las tarjetas siguen funcionando.</translation>
    </message>
    <message>
        <source>Companion cannot use the microphone: %1. Plug the headset in or choose another microphone; Companion keeps trying.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion no puede usar el micrófono: %1. Conecta los auriculares o elige otro micrófono; Companion lo sigue intentando.</translation>
    </message>
    <message>
        <source>Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion te escucha.</translation>
    </message>
    <message>
        <source>Companion looks after you between calls. It notices when your voice sounds tense during a call and, once the call is over, offers a minute of paced breathing or a short cue card. It never interrupts a call.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion te acompaña entre llamadas. Nota cuando tu voz suena tensa durante una llamada y, al terminar, te sugiere un minuto de respiración guiada o una breve tarjeta de consejos. Nunca interrumpe una llamada.</translation>
    </message>
    <message>
        <source>It listens only to the microphone below, and only on this computer. Your voice is never recorded: Companion keeps nothing but numbers (per call and per minute), and nobody else sees them.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Solo escucha el micrófono de abajo, y solo en este equipo. Tu voz nunca se graba: Companion guarda solo números (por llamada y por minuto), y nadie más los ve.</translation>
    </message>
    <message numerus="yes">
        <source>Learn your calm voice again? Companion forgets what it learned and listens to your next %n minute(s) of speech. Do this after changing headset or microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>
            <numerusform>¿Volver a aprender tu voz en calma? Companion olvida lo aprendido y vuelve a escuchar durante %n minuto de habla. Hazlo después de cambiar de auriculares o de micrófono.</numerusform>
            <numerusform>¿Volver a aprender tu voz en calma? Companion olvida lo aprendido y vuelve a escuchar durante %n minutos de habla. Hazlo después de cambiar de auriculares o de micrófono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning your calm voice</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Aprender tu voz en calma</translation>
    </message>
    <message>
        <source>Listening is paused. Resume it from the tray menu to check the microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>La escucha está en pausa. Reanúdala desde el menú del icono de Companion para probar el micrófono.</translation>
    </message>
    <message>
        <source>Listening. Say a few words: the bar moves when Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Escuchando. Di unas palabras: la barra se mueve cuando Companion te escucha.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Nivel del micrófono</translation>
    </message>
    <message numerus="yes">
        <source>Next, Companion learns how your voice sounds when you are calm, from your first %n minute(s) of speech, on calls or between them. Until then it makes no offers.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>
            <numerusform>Después, Companion aprende cómo suena tu voz en calma con tu primer %n minuto de habla, en llamadas o entre ellas. Hasta entonces no hace sugerencias.</numerusform>
            <numerusform>Después, Companion aprende cómo suena tu voz en calma con tus primeros %n minutos de habla, en llamadas o entre ellas. Hasta entonces no hace sugerencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Abriendo el micrófono…</translation>
    </message>
    <message>
        <source>Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Recalibrar</translation>
    </message>
    <message>
        <source>See what is kept: &amp;Your data</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Lo que se guarda: &amp;Tus datos</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Very quiet. Check that the microphone is not muted, or choose another one.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Muy bajo. Verifica que el micrófono no esté silenciado o elige otro.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Te damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>What happens next</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Qué pasa después</translation>
    </message>
    <message>
        <source>Your calm voice is learned. After changing headset, choose Recalibrate.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Tu voz en calma ya está aprendida. Si cambias de auriculares, elige Recalibrar.</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Tu micrófono</translation>
    </message>
</context>
<context>
    <name>WindowOpeners</name>
    <message>
        <source>Breathing guide</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Tarjetas de consejos</translation>
    </message>
    <message>
        <source>Cue cards are not available (the decks did not load).</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Las tarjetas no están disponibles (los mazos no se cargaron).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Panel</translation>
    </message>
    <message>
        <source>The dashboard is not available.</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>El panel no está disponible.</translation>
    </message>
</context>
</TS>
