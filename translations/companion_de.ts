<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Save...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>A wellbeing aid, not a medical device and not a monitoring tool. It does not diagnose anything, and nobody else sees what it notices.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Eine Hilfe für dein Wohlbefinden, kein Medizinprodukt und kein Überwachungswerkzeug. Es stellt keine Diagnosen, und niemand sonst sieht, was es bemerkt.</translation>
    </message>
    <message>
        <source>A zip for your helpdesk; you see what is in it first</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Eine ZIP-Datei für deinen Helpdesk; du siehst vorher, was drin ist</translation>
    </message>
    <message>
        <source>About %1</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Create &amp;support bundle...</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>&amp;Supportpaket erstellen...</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Files in the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Dateien im Supportpaket</translation>
    </message>
    <message>
        <source>Licensed under the Apache License 2.0.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Lizenziert unter der Apache License 2.0.</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Supportpaket speichern</translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to your helpdesk.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Gespeichert unter %1. Gib diese Datei deinem Helpdesk.</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Supportpaket</translation>
    </message>
    <message>
        <source>These files go into one zip for your helpdesk. Nothing is sent anywhere: you choose where to save it and whom to give it to. It holds no audio, no voice data, none of your history (only how many rows it has) and no card text.</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Diese Dateien kommen in eine ZIP-Datei für deinen Helpdesk. Nichts wird verschickt: Du entscheidest, wo du sie speicherst und wem du sie gibst. Sie enthält kein Audio, keine Stimmdaten, nichts aus deinem Verlauf (nur wie viele Zeilen er hat) und keinen Kartentext.</translation>
    </message>
    <message>
        <source>What it is</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>Your voice never leaves this computer and is never recorded: Companion keeps only per-minute and per-call numbers, on this machine, for a limited time. You can see, export and delete them (companion data ...).</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>Deine Stimme verlässt nie diesen Computer und wird nie aufgenommen: Companion speichert nur Zahlen pro Minute und pro Anruf, auf diesem Rechner und für begrenzte Zeit. Du kannst sie ansehen, exportieren und löschen (companion data ...).</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <extracomment>(companion/ui/about.py)</extracomment>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>%1 demo</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation>%1-Demo</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Impulskarten</translation>
    </message>
    <message>
        <source>Listening to a simulated shift (no microphone).</source>
        <extracomment>(companion/app/lifecycle.py)</extracomment>
        <translation>Hört einer simulierten Schicht zu (kein Mikrofon).</translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Not keeping a history: %1</source>
        <extracomment>(companion/app/parts.py)</extracomment>
        <translation>Es wird kein Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(companion/app/wiring.py)</extracomment>
        <translation>Mit dem System starten</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;About Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Über &amp;Companion</translation>
    </message>
    <message>
        <source>&amp;Breathe now</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Jetzt &amp;atmen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Quit Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Companion &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Resume listening</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Zuhören &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Welcome and microphone check…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Willkommen und Mikrofontest…</translation>
    </message>
    <message>
        <source>Mark call &amp;end</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Anruf&amp;ende markieren</translation>
    </message>
    <message>
        <source>Mark call &amp;start</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Anrufbe&amp;ginn markieren</translation>
    </message>
    <message>
        <source>Pause &amp;until I resume</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Unbefristet pausieren</translation>
    </message>
    <message>
        <source>Pause for &amp;15 minutes</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;15 Minuten pausieren</translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>1 &amp;Stunde pausieren</translation>
    </message>
    <message>
        <source>Recalibrate (new &amp;headset)…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Neu kalibrieren (neues &amp;Headset)…</translation>
    </message>
    <message>
        <source>Respond to the &amp;offer…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Auf den &amp;Vorschlag antworten…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Share card &amp;feedback…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Rückmeldung zu Karten teilen…</translation>
    </message>
    <message>
        <source>Show a &amp;card</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>&amp;Karte zeigen</translation>
    </message>
    <message>
        <source>What helps &amp;me…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation>Was &amp;mir hilft…</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>%1. Breathing and cue cards still work from this menu.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. Atmen und Impulskarten funktionieren weiterhin über dieses Menü.</translation>
    </message>
    <message>
        <source>%1. Companion keeps trying; breathing and cue cards still work.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. Companion versucht es weiter; Atmen und Impulskarten funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>%1. Use this icon&apos;s menu for breathing, cards and settings.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>%1. Über das Menü dieses Symbols erreichst du Atmen, Karten und Einstellungen.</translation>
    </message>
    <message>
        <source>Companion is running</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Companion läuft</translation>
    </message>
    <message>
        <source>Listening again</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Hört wieder zu</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Mikrofon nicht verfügbar</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Mikrofon: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings are not available.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Die Einstellungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>There is no offer to respond to right now.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>Im Moment gibt es keinen Vorschlag, auf den du antworten kannst.</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>until you resume</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation>bis du fortsetzt</translation>
    </message>
</context>
<context>
    <name>AudioError</name>
    <message>
        <source>close other apps using it, plug in a headset or pick another device in Settings</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>schließe andere Apps, die es nutzen, schließe ein Headset an oder wähle in den Einstellungen ein anderes Gerät</translation>
    </message>
    <message>
        <source>listening stopped after an internal error (%1)</source>
        <extracomment>(companion/ui/engine.py)</extracomment>
        <translation>Zuhören nach einem internen Fehler beendet (%1)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; could not be opened (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>Mikrofon &apos;%1&apos; konnte nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; delivered no audio after starting for %2 s</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>Mikrofon &apos;%1&apos; hat nach dem Start %2 s lang keinen Ton geliefert</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; is busy or unavailable (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>Mikrofon &apos;%1&apos; ist belegt oder nicht verfügbar (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; is no longer available (%2)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>Mikrofon &apos;%1&apos; ist nicht mehr verfügbar (%2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; not found (available: %2)</source>
        <extracomment>(companion/audio/devices.py)</extracomment>
        <translation>Mikrofon &apos;%1&apos; nicht gefunden (verfügbar: %2)</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; sent no audio for %2 s</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>Mikrofon &apos;%1&apos; hat %2 s lang keinen Ton geliefert</translation>
    </message>
    <message>
        <source>microphone &apos;%1&apos; stopped (unplugged or driver error)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>Mikrofon &apos;%1&apos; hat aufgehört (ausgesteckt oder Treiberfehler)</translation>
    </message>
    <message>
        <source>microphone unavailable: %1</source>
        <extracomment>(companion/ui/engine.py)</extracomment>
        <translation>Mikrofon nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>no microphone could be opened (%1)</source>
        <extracomment>(companion/audio/mic_source.py)</extracomment>
        <translation>kein Mikrofon konnte geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>no microphone found (the system reports no audio input)</source>
        <extracomment>(companion/audio/devices.py)</extracomment>
        <translation>kein Mikrofon gefunden (das System meldet keinen Audioeingang)</translation>
    </message>
    <message>
        <source>plug in a headset or pick another device in Settings</source>
        <extracomment>(companion/audio/errors.py)</extracomment>
        <translation>schließe ein Headset an oder wähle in den Einstellungen ein anderes Gerät</translation>
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
            <numerusform>%1, %n Sekunde</numerusform>
            <numerusform>%1, %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>%1: done. %2 Better, Same or Worse (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>%1: fertig. %2 Besser, gleich oder schlechter (Tasten 1, 2, 3).</translation>
    </message>
    <message>
        <source>&amp;1  Another pattern</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;1  Andere Atemtechnik</translation>
    </message>
    <message>
        <source>&amp;2  A longer break</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;2  Eine längere Pause</translation>
    </message>
    <message>
        <source>&amp;3  Someone to talk to</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;3  Jemand zum Reden</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Besser</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Gleich</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>&amp;Schlechter</translation>
    </message>
    <message>
        <source>A second, short sip</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Noch ein kurzer Atemzug</translation>
    </message>
    <message>
        <source>Breath %1 of %2  ·  %3 left</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Atemzug %1 von %2  ·  noch %3</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathing guide: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Atemanleitung: %1</translation>
    </message>
    <message>
        <source>Breathing: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Atmen: %1</translation>
    </message>
    <message>
        <source>Follow the words; press Esc or the close button to stop.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Folge den Worten; mit Esc oder dem Schließen-Knopf hörst du auf.</translation>
    </message>
    <message>
        <source>Hold</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation>Wie fühlst du dich jetzt?</translation>
    </message>
    <message>
        <source>I feel better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Mir geht es besser</translation>
    </message>
    <message>
        <source>I feel the same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Mir geht es wie vorher</translation>
    </message>
    <message>
        <source>I feel worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Mir geht es schlechter</translation>
    </message>
    <message>
        <source>Ideas for a real break, and who can cover you</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Ideen für eine echte Pause – und wer dich vertreten kann</translation>
    </message>
    <message>
        <source>Sorry that did not help.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Schade, dass es nicht geholfen hat.</translation>
    </message>
    <message>
        <source>Sorry that did not help. What would help? Another pattern, a longer break, or someone to talk to (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Schade, dass es nicht geholfen hat. Was würde helfen? Eine andere Atemtechnik, eine längere Pause oder jemand zum Reden (Tasten 1, 2, 3).</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Try a different breathing pattern now</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Jetzt eine andere Atemtechnik ausprobieren</translation>
    </message>
    <message>
        <source>What would help?</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Was würde helfen?</translation>
    </message>
    <message>
        <source>Your team lead, or your organisation&apos;s support line</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation>Deine Teamleitung oder die Anlaufstelle deiner Organisation</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Learning your calm voice — %1 of %2</source>
        <extracomment>(companion/ui/calibration.py)</extracomment>
        <translation>Lernt deine ruhige Stimme kennen — %1 von %2</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Another card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>&amp;Andere Karte</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>&amp;Hilfreich</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>A&amp;nheften</translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>After a tough call</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Nach einem schwierigen Anruf</translation>
    </message>
    <message>
        <source>Between calls</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Zwischen Anrufen</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the card [Esc]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Karte schließen [Esc]</translation>
    </message>
    <message>
        <source>Hi&amp;de this card</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Karte aus&amp;blenden</translation>
    </message>
    <message>
        <source>Marked helpful</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Als hilfreich markiert</translation>
    </message>
    <message>
        <source>Never show this card again [D]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Diese Karte nie wieder zeigen [D]</translation>
    </message>
    <message>
        <source>No card to show</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Keine Karte vorhanden</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Show a different card [A]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Eine andere Karte zeigen [A]</translation>
    </message>
    <message>
        <source>Show this card more often [P]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Diese Karte öfter zeigen [P]</translation>
    </message>
    <message>
        <source>Start of shift</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Zu Schichtbeginn</translation>
    </message>
    <message>
        <source>There is no cue card for this moment. Your supervisor can add cards to a deck.</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Für diesen Moment gibt es keine Impulskarte. Deine Teamleitung kann einem Kartenset Karten hinzufügen.</translation>
    </message>
    <message>
        <source>This card helped; kept on this computer only [H]</source>
        <extracomment>(companion/ui/card_view.py)</extracomment>
        <translation>Diese Karte hat geholfen; bleibt nur auf diesem Computer [H]</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>&amp;Pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>A&amp;nheften</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Companion cue card</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Companion-Impulskarte</translation>
    </message>
    <message>
        <source>Cue decks</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Kartensets</translation>
    </message>
    <message>
        <source>Show the hidden card again [U]</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>Ausgeblendete Karte wieder zeigen [U]</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>“%1” is hidden. Press U or Undo to bring it back.</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation>„%1“ ist ausgeblendet. Drück U oder „Rückgängig“, um die Karte zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>ContentWatcher</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>%1, Zeile %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (and %n more).</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>
            <numerusform>%1: %2 (und %n weiteres Problem).</numerusform>
            <numerusform>%1: %2 (und %n weitere Probleme).</numerusform>
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
        <translation>Die Datei wird erst verwendet, wenn sie korrigiert ist.</translation>
    </message>
    <message>
        <source>The last good version stays in use until it is fixed.</source>
        <extracomment>(companion/ui/content_watcher.py)</extracomment>
        <translation>Bis zur Korrektur bleibt die letzte funktionierende Version in Gebrauch.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (older data is deleted automatically)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n Tag (ältere Daten werden automatisch gelöscht)</numerusform>
            <numerusform>%n Tage (ältere Daten werden automatisch gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Average level on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ø Anspannung in Anrufen</translation>
    </message>
    <message>
        <source>Average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ø Erholungszeit</translation>
    </message>
    <message>
        <source>Breathing finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Atemübung beendet</translation>
    </message>
    <message>
        <source>Breathing offered</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Atemübung vorgeschlagen</translation>
    </message>
    <message>
        <source>Breathing started</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Atemübung begonnen</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Companion keeps only numbers summarising your voice (never audio, never words) on this computer. They stay in your private folder and are never sent anywhere; only you can export them.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Companion speichert auf diesem Computer nur Zahlen, die deine Stimme zusammenfassen (nie Audio, nie Worte). Sie bleiben in deinem privaten Ordner und werden nie verschickt; nur du kannst sie exportieren.</translation>
    </message>
    <message>
        <source>Companion: your dashboard</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Companion: deine Übersicht</translation>
    </message>
    <message>
        <source>Cue cards offered / opened</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Impulskarten vorgeschlagen / geöffnet</translation>
    </message>
    <message>
        <source>Damaged copy set aside: %1 (removed by &apos;Delete everything&apos;)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Beschädigte Kopie beiseitegelegt: %1 (wird mit &apos;Alles löschen&apos; entfernt)</translation>
    </message>
    <message>
        <source>Date range:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete everything Companion has stored (and %n damaged cop(y|ies) set aside)? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>Alles löschen, was Companion gespeichert hat (und %n beiseitegelegte beschädigte Kopie)? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Alles löschen, was Companion gespeichert hat (und %n beiseitegelegte beschädigte Kopien)? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete everything Companion has stored? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Alles löschen, was Companion gespeichert hat? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete everything Companion stored before %1? This cannot be undone.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Alles löschen, was Companion vor dem %1 gespeichert hat? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete everything before this date…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Alles vor diesem Datum löschen…</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Alles löschen…</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delete your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Deine Daten löschen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n Zeile gelöscht und die Datei verdichtet.</numerusform>
            <numerusform>%n Zeilen gelöscht und die Datei verdichtet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) and compacted the file. Removed %1.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n Zeile gelöscht und die Datei verdichtet. Entfernt: %1.</numerusform>
            <numerusform>%n Zeilen gelöscht und die Datei verdichtet. Entfernt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting removes the rows from the file (it is compacted), not just from view. It cannot be undone. The same is available as &apos;companion data export&apos; and &apos;companion data delete&apos;.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Löschen entfernt die Zeilen aus der Datei (sie wird verdichtet), nicht nur aus der Ansicht. Das lässt sich nicht rückgängig machen. Dasselbe geht mit &apos;companion data export&apos; und &apos;companion data delete&apos;.</translation>
    </message>
    <message>
        <source>Export as CSV folder…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Als CSV-Ordner exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Export as JSON file…</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Als JSON-Datei exportieren…</translation>
    </message>
    <message>
        <source>Export as a new folder of CSV files</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Als neuen Ordner mit CSV-Dateien exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the file %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n Zeile in die Datei %1 exportiert. Sie liegt jetzt in deiner Hand: Companion verfolgt und löscht Exporte nicht.</numerusform>
            <numerusform>%n Zeilen in die Datei %1 exportiert. Sie liegt jetzt in deiner Hand: Companion verfolgt und löscht Exporte nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to the folder %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>
            <numerusform>%n Zeile in den Ordner %1 exportiert. Er liegt jetzt in deiner Hand: Companion verfolgt und löscht Exporte nicht.</numerusform>
            <numerusform>%n Zeilen in den Ordner %1 exportiert. Er liegt jetzt in deiner Hand: Companion verfolgt und löscht Exporte nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>File size:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Dateigröße:</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>JSON-Datei (*.json)</translation>
    </message>
    <message>
        <source>Location:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Längste Erholungszeit</translation>
    </message>
    <message>
        <source>Move the mouse over the chart to see each minute. Wheel: zoom; drag: move; &apos;A&apos; button: whole day.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Fahr mit der Maus über das Diagramm, um jede Minute zu sehen. Mausrad: zoomen; Ziehen: verschieben; Schaltfläche &apos;A&apos;: ganzer Tag.</translation>
    </message>
    <message>
        <source>Never stored: audio, words or transcripts, who you spoke to, phone numbers. Nothing is sent anywhere: Companion opens no network connections.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nie gespeichert: Audio, Worte oder Mitschriften, mit wem du gesprochen hast, Telefonnummern. Nichts wird verschickt: Companion öffnet keine Netzwerkverbindungen.</translation>
    </message>
    <message>
        <source>New folder for CSV files (*)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Neuer Ordner für CSV-Dateien (*)</translation>
    </message>
    <message>
        <source>Next call after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nächster Anruf nach Atemübung</translation>
    </message>
    <message>
        <source>Next call after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Nächster Anruf ohne Atemübung</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Retention:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Angespannte Anrufe</translation>
    </message>
    <message>
        <source>The history could not be opened, so nothing is shown here.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Der Verlauf konnte nicht geöffnet werden, daher wird hier nichts angezeigt.</translation>
    </message>
    <message>
        <source>This is the demo: its history is a throw-away copy that is deleted when the demo ends. Your own history is not touched.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Das ist die Demo: Ihr Verlauf ist eine Wegwerfkopie, die am Ende der Demo gelöscht wird. Dein eigener Verlauf bleibt unberührt.</translation>
    </message>
    <message>
        <source>Time on calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Zeit in Anrufen</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Woche</translation>
    </message>
    <message>
        <source>What this means</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>Your data</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Your history could not be opened, so there is nothing to show.</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Dein Verlauf konnte nicht geöffnet werden, daher gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>average level on calls (calm = 50)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ø Anspannung in Anrufen (ruhig = 50)</translation>
    </message>
    <message>
        <source>average recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Ø Erholungszeit</translation>
    </message>
    <message>
        <source>breathing offered / started / finished</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Atemübung vorgeschlagen / begonnen / beendet</translation>
    </message>
    <message>
        <source>breathing/card offers (what, when, outcome, arousal before/after, feeling)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Vorschläge für Atmen/Karten (was, wann, Ergebnis, Anspannung vorher/nachher, Befinden)</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>calls (start, end, how detected, average/peak arousal, tense and recovery seconds)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Anrufe (Beginn, Ende, wie erkannt, mittlere/höchste Anspannung, Sekunden angespannt und bis zur Erholung)</translation>
    </message>
    <message>
        <source>cannot delete a damaged copy: %1</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>eine beschädigte Kopie lässt sich nicht löschen: %1</translation>
    </message>
    <message>
        <source>longest recovery</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>längste Erholungszeit</translation>
    </message>
    <message>
        <source>next call, after breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>nächster Anruf, nach Atemübung</translation>
    </message>
    <message>
        <source>next call, after no breathing</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>nächster Anruf, ohne Atemübung</translation>
    </message>
    <message>
        <source>per-minute arousal summaries (lowest/average/highest, seconds of speech)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>Anspannung pro Minute (niedrigster/mittlerer/höchster Wert, Sekunden Sprechzeit)</translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>angespannte Anrufe</translation>
    </message>
    <message>
        <source>your calm voice baseline (a few numbers, never audio)</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>dein Ruhewert (ein paar Zahlen, nie Audio)</translation>
    </message>
    <message>
        <source>your pinned/hidden/helpful marks on cue cards</source>
        <extracomment>(companion/ui/dashboard.py)</extracomment>
        <translation>deine Markierungen an Impulskarten (angeheftet/ausgeblendet/hilfreich)</translation>
    </message>
</context>
<context>
    <name>DashboardPlot</name>
    <message>
        <source>%1 s of speech</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1 s Sprechzeit</translation>
    </message>
    <message>
        <source>%1, %2 tense</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1, %2 angespannt</translation>
    </message>
    <message>
        <source>%1, recovered in %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1, erholt in %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1; you felt %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>%1; dein Befinden: %2</translation>
    </message>
    <message>
        <source>Arousal (50 = your calm level)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Anspannung (50 = dein Ruhewert)</translation>
    </message>
    <message>
        <source>Average on calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Ø in Anrufen</translation>
    </message>
    <message>
        <source>Breathing at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Atmen um %1: %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Cue card at %1: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Impulskarte um %1: %2</translation>
    </message>
    <message>
        <source>Nothing recorded on this day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>An diesem Tag nichts erfasst</translation>
    </message>
    <message>
        <source>Time of day</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>arousal %1 (lowest %2, highest %3)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Anspannung %1 (niedrigste %2, höchste %3)</translation>
    </message>
    <message>
        <source>arousal (mean of each minute)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Anspannung (Mittel jeder Minute)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>before: %1, at the next call: %2</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>vorher: %1, beim nächsten Anruf: %2</translation>
    </message>
    <message>
        <source>better</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>besser</translation>
    </message>
    <message>
        <source>breathing (hollow: not finished)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Atemübung (hohl: nicht beendet)</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>call %1</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>cue card</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Impulskarte</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>lowest to highest in the minute</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>niedrigster bis höchster Wert der Minute</translation>
    </message>
    <message>
        <source>not listening</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>hört nicht zu</translation>
    </message>
    <message>
        <source>offered, no answer</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>vorgeschlagen, keine Antwort</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>started</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>stopped early</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>früher beendet</translation>
    </message>
    <message>
        <source>tense calls</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>angespannte Anrufe</translation>
    </message>
    <message>
        <source>tense level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>Anspannungsschwelle</translation>
    </message>
    <message>
        <source>tense stretch</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>angespannte Phase</translation>
    </message>
    <message>
        <source>the same</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>wie vorher</translation>
    </message>
    <message>
        <source>too little speech to tell (%1 s)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>zu wenig Sprechen für eine Aussage (%1 s)</translation>
    </message>
    <message>
        <source>worse</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>your calm level</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>dein Ruhewert</translation>
    </message>
    <message>
        <source>your calm level (50)</source>
        <extracomment>(companion/ui/dashboard_plot.py)</extracomment>
        <translation>dein Ruhewert (50)</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>%1 on %2; %3 tense.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>%1 an %2; %3 angespannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them (was|were) tense (at least %1 s above your tense level of %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n davon war angespannt (mindestens %1 s über deiner Anspannungsschwelle von %2).</numerusform>
            <numerusform>%n davon waren angespannt (mindestens %1 s über deiner Anspannungsschwelle von %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) higher</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n Punkt höher</numerusform>
            <numerusform>%n Punkte höher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lower</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>%n Punkt niedriger</numerusform>
            <numerusform>%n Punkte niedriger</numerusform>
        </translation>
    </message>
    <message>
        <source>After a tense stretch it took you on average %1 to settle back near your calm level (longest %2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Nach einer angespannten Phase hast du im Schnitt %1 gebraucht, um wieder nahe an deinen Ruhewert zu kommen (am längsten %2).</translation>
    </message>
    <message numerus="yes">
        <source>After offers you let pass it was %1 ((once|%n times)).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Nach Vorschlägen, die du ausgelassen hast, lag sie %1 (%n Mal).</numerusform>
            <numerusform>Nach Vorschlägen, die du ausgelassen hast, lag sie %1 (%n Mal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the start of the next call your voice was %1 after breathing ((once|%n times)).</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Zu Beginn des nächsten Anrufs lag deine Stimme nach dem Atmen %1 (%n Mal).</numerusform>
            <numerusform>Zu Beginn des nächsten Anrufs lag deine Stimme nach dem Atmen %1 (%n Mal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing was offered (once|%n times); you started %1 and finished %2.</source>
        <extracomment>(once|%n times) are English&apos;s words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Atmen wurde %n Mal vorgeschlagen; du hast %1 begonnen und %2 beendet.</numerusform>
            <numerusform>Atmen wurde %n Mal vorgeschlagen; du hast %1 begonnen und %2 beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cue cards were offered (once|%n times); you opened %1.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Impulskarten wurden %n Mal vorgeschlagen; du hast %1 geöffnet.</numerusform>
            <numerusform>Impulskarten wurden %n Mal vorgeschlagen; du hast %1 geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Green circles are breathing sessions (filled = finished, hollow = offered or stopped early); purple diamonds are cue cards.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Grüne Kreise sind Atemübungen (gefüllt = beendet, hohl = vorgeschlagen oder früher beendet); lila Rauten sind Impulskarten.</translation>
    </message>
    <message>
        <source>Grey spans are your calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Graue Bereiche sind deine Anrufe.</translation>
    </message>
    <message>
        <source>How your voice sounded at the start of the next call after breathing shows here once a call has followed a breathing break.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Wie deine Stimme zu Beginn des nächsten Anrufs nach dem Atmen klang, erscheint hier, sobald auf eine Atempause ein Anruf gefolgt ist.</translation>
    </message>
    <message>
        <source>No calls were recorded in these seven days.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>In diesen sieben Tagen wurden keine Anrufe erfasst.</translation>
    </message>
    <message>
        <source>No recovery time could be measured: the tense stretches lasted until the end of their calls.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Es ließ sich keine Erholungszeit messen: Die angespannten Phasen dauerten bis zum Ende ihrer Anrufe.</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day. Companion keeps numbers only while it listens.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>An diesem Tag wurde nichts erfasst. Companion speichert Zahlen nur, während es zuhört.</translation>
    </message>
    <message>
        <source>Orange spans are tense stretches: minutes in which your voice reached your tense level. A tense call is a call with at least 10 seconds above it.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Orange Bereiche sind angespannte Phasen: Minuten, in denen deine Stimme deine Anspannungsschwelle erreichte. Ein angespannter Anruf hat mindestens 10 Sekunden darüber.</translation>
    </message>
    <message>
        <source>Recovery is how long it took after the last tense stretch of a call until your voice was back near your calm level.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Erholung ist die Zeit nach der letzten angespannten Phase eines Anrufs, bis deine Stimme wieder nahe an deinem Ruhewert war.</translation>
    </message>
    <message>
        <source>That is only a few moments to compare: read it as a hint, not a result.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Das sind nur wenige Momente zum Vergleichen: Lies es als Hinweis, nicht als Ergebnis.</translation>
    </message>
    <message>
        <source>The change after breathing compares your voice at the end of a call with the start of the next one. It is a rough everyday signal, not a measurement of health.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Die Veränderung nach dem Atmen vergleicht deine Stimme am Ende eines Anrufs mit dem Beginn des nächsten. Sie ist ein grober Alltagshinweis, keine Gesundheitsmessung.</translation>
    </message>
    <message>
        <source>The line is how raised your voice sounded, minute by minute, measured against your own calm voice (50). The shaded band shows the lowest and highest moment of each minute. It comes from pitch, loudness and pace only: never words.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Die Linie zeigt, wie angespannt deine Stimme Minute für Minute klang, gemessen an deiner eigenen ruhigen Stimme (50). Das schattierte Band zeigt den niedrigsten und den höchsten Moment jeder Minute. Sie beruht nur auf Tonhöhe, Lautstärke und Tempo: nie auf Worten.</translation>
    </message>
    <message>
        <source>The most tense calls were on %1 (%2).</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Die meisten angespannten Anrufe gab es am %1 (%2).</translation>
    </message>
    <message>
        <source>This is your own view. It stays on this computer; nobody else sees it. Companion is a wellbeing aid, not a medical device and not a monitoring tool.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Das ist deine eigene Ansicht. Sie bleibt auf diesem Computer; niemand sonst sieht sie. Companion ist eine Hilfe für dein Wohlbefinden, kein Medizinprodukt und kein Überwachungswerkzeug.</translation>
    </message>
    <message numerus="yes">
        <source>You took %n call(s) (%1 on calls); %2</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Du hattest %n Anruf (%1 in Anrufen); %2</numerusform>
            <numerusform>Du hattest %n Anrufe (%1 in Anrufen); %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your average level on calls stayed about the same over the week.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Deine durchschnittliche Anspannung in Anrufen blieb über die Woche etwa gleich.</translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went down by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Deine durchschnittliche Anspannung in Anrufen sank von %1 bis %2 um %n Punkt.</numerusform>
            <numerusform>Deine durchschnittliche Anspannung in Anrufen sank von %1 bis %2 um %n Punkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your average level on calls went up by %n point(s) from %1 to %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>
            <numerusform>Deine durchschnittliche Anspannung in Anrufen stieg von %1 bis %2 um %n Punkt.</numerusform>
            <numerusform>Deine durchschnittliche Anspannung in Anrufen stieg von %1 bis %2 um %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, above your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Deine Stimme lag in Anrufen im Schnitt bei %1, über deinem Ruhewert von %2.</translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, below your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Deine Stimme lag in Anrufen im Schnitt bei %1, unter deinem Ruhewert von %2.</translation>
    </message>
    <message>
        <source>Your voice on calls averaged %1, close to your own calm level of %2.</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>Deine Stimme lag in Anrufen im Schnitt bei %1, nahe an deinem Ruhewert von %2.</translation>
    </message>
    <message>
        <source>about the same</source>
        <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
        <translation>etwa gleich</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>%1 / %2 characters</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>%1%2 — Companion deck editor</source>
        <extracomment>the deck editor&apos;s title: the file name, &quot; *&quot; when it has unsaved changes. (companion/ui/deck_editor.py)</extracomment>
        <translation>%1%2 — Kartenset-Editor von Companion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: card %2: %3</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: Karte %2: %3</translation>
    </message>
    <message>
        <source>%1: deck: %2</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1: Kartenset: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Versi&amp;on</translation>
    </message>
    <message>
        <source>(no id)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>(ohne ID)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>A new deck with three example cards. Change them, then save (Ctrl+S).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ein neues Kartenset mit drei Beispielkarten. Ändere sie und speichere dann (Strg+S).</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Verfasst von</translation>
    </message>
    <message>
        <source>Afte&amp;r a tense call</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Nach einem angespannten Anr&amp;uf</translation>
    </message>
    <message>
        <source>After a tense call the agent comes first: such a card needs the tag &apos;recovery&apos;</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Nach einem angespannten Anruf geht es zuerst um die Person am Telefon: Eine solche Karte braucht das Schlagwort &apos;recovery&apos;</translation>
    </message>
    <message>
        <source>Bet&amp;ween calls</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Zwis&amp;chen Anrufen</translation>
    </message>
    <message numerus="yes">
        <source>Cannot try it yet: %n error(s). Fix them first (F8 lists them).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>Noch nicht ausprobierbar: %n Fehler. Behebe ihn zuerst (F8 zeigt ihn).</numerusform>
            <numerusform>Noch nicht ausprobierbar: %n Fehler. Behebe sie zuerst (F8 zeigt sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card deleted. Close without saving to undo.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Karte gelöscht. Schließ ohne Speichern, um das rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Card i&amp;d</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Karten-I&amp;D</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Kartensets (*.toml)</translation>
    </message>
    <message>
        <source>Deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Kartenset</translation>
    </message>
    <message>
        <source>Deck &amp;id</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Set-&amp;ID</translation>
    </message>
    <message>
        <source>Deck titl&amp;e</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Set-Tit&amp;el</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>How often the card comes up (1 = normal, 2 = twice as often)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Wie oft die Karte erscheint (1 = normal, 2 = doppelt so oft)</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>No problems: the deck is ready.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Keine Probleme: Das Kartenset ist fertig.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s). Fix them first (F8 lists them; Enter on one goes to its card).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>
            <numerusform>Nicht gespeichert: %n Fehler. Behebe ihn zuerst (F8 zeigt ihn; Eingabe darauf springt zu seiner Karte).</numerusform>
            <numerusform>Nicht gespeichert: %n Fehler. Behebe sie zuerst (F8 zeigt sie; Eingabe auf einem springt zu seiner Karte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Kartenset öffnen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Opened %1. Note: %2.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 geöffnet. Hinweis: %2.</translation>
    </message>
    <message>
        <source>Preview: the card as agents see it</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Vorschau: die Karte, wie das Team sie sieht</translation>
    </message>
    <message>
        <source>Problems (F8)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Probleme (F8)</translation>
    </message>
    <message>
        <source>Raise it each time you hand out a new copy</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Bei jeder neuen Weitergabe erhöhen</translation>
    </message>
    <message>
        <source>Save deck as</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Kartenset speichern unter</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>%1 gespeichert (%2, %3).</translation>
    </message>
    <message>
        <source>Separate tags with commas. Known tags: %1</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Schlagwörter mit Kommas trennen. Bekannte Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Show these cards in the agents&apos; card window; nothing is installed or saved (Ctrl+T)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Diese Karten im Kartenfenster zeigen, wie das Team sie sieht; nichts wird installiert oder gespeichert (Strg+T)</translation>
    </message>
    <message>
        <source>Start of s&amp;hift</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Zu Sc&amp;hichtbeginn</translation>
    </message>
    <message>
        <source>Su&amp;mmary of changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Zusammenfassung der Änderungen</translation>
    </message>
    <message>
        <source>Supp&amp;ort contact</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ans&amp;prechperson</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>The deck has unsaved changes. Save them?</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Das Kartenset hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Tr&amp;y in the card window</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Im Kartenfenster ausp&amp;robieren</translation>
    </message>
    <message>
        <source>Trying the deck in the card window: &apos;Another card&apos; goes through every card; Esc closes it.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Das Kartenset wird im Kartenfenster ausprobiert: &apos;Andere Karte&apos; geht alle Karten durch; Esc schließt es.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Wei&amp;ght</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>&amp;Gewichtung</translation>
    </message>
    <message>
        <source>What changed in this version, for IT and agents (the changelog entry for the version number above)</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Was sich in dieser Version geändert hat, für die IT und das Team (der Changelog-Eintrag zur Versionsnummer oben)</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who agents can turn to after a hard call (team lead, staff support line). Shown on the &apos;this was a hard one&apos; card and when breathing did not help.</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>An wen sich das Team nach einem schwierigen Anruf wenden kann (Teamleitung, interne Beratungsstelle). Erscheint auf der Karte für schwierige Anrufe und wenn Atmen nicht geholfen hat.</translation>
    </message>
    <message>
        <source>e.g. Team lead: ext. 2040. Staff support line (free, private): 0800 …</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>z. B. Teamleitung: Durchwahl 2040. Beratungshotline (kostenlos, vertraulich): 0800 …</translation>
    </message>
    <message>
        <source>e.g. recovery, breathing</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>z. B. recovery, breathing</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>its comments and keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>seine Kommentare und Schlüssel, die Companion nicht nutzt (%1), bleiben beim Speichern erhalten</translation>
    </message>
    <message>
        <source>its comments are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>seine Kommentare bleiben beim Speichern erhalten</translation>
    </message>
    <message>
        <source>keys Companion does not use (%1) are kept when you save</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Schlüssel, die Companion nicht nutzt (%1), bleiben beim Speichern erhalten</translation>
    </message>
    <message>
        <source>new deck</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>neues Kartenset</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>(companion/ui/deck_editor.py)</extracomment>
        <translation>Warnung</translation>
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
        <translation>Ohne Speichern s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Card feedback (*.toml)</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Rückmeldung zu Karten (*.toml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 already exists. Choose a new name.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Nicht gespeichert: %1 gibt es schon. Wähle einen neuen Namen.</translation>
    </message>
    <message>
        <source>Save card feedback</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Rückmeldung zu Karten speichern</translation>
    </message>
    <message>
        <source>Saved %1. Nothing was sent anywhere.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>%1 gespeichert. Es wurde nichts verschickt.</translation>
    </message>
    <message>
        <source>Share card feedback — Companion</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Rückmeldung zu Karten teilen — Companion</translation>
    </message>
    <message>
        <source>The feedback file, exactly as it would be saved</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Die Rückmeldungsdatei, genau so, wie sie gespeichert würde</translation>
    </message>
    <message>
        <source>This is everything the file holds: for each card you marked, 1 if you found it helpful and 1 if you hid it. No names, no times, nothing about your voice or your calls. Nothing is sent: if you save it, you decide whether to hand it to your supervisor.</source>
        <extracomment>(companion/ui/feedback_window.py)</extracomment>
        <translation>Das ist alles, was die Datei enthält: für jede markierte Karte eine 1, wenn du sie hilfreich fandest, und eine 1, wenn du sie ausgeblendet hast. Keine Namen, keine Zeiten, nichts über deine Stimme oder deine Anrufe. Nichts wird verschickt: Wenn du sie speicherst, entscheidest du, ob du sie deiner Teamleitung gibst.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>&amp;Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Neu &amp;kalibrieren</translation>
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
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>(companion/ui/i18n.py)</extracomment>
        <translation>%1 Min. %2 s</translation>
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
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPolicy</name>
    <message>
        <source>(automatic: follow the system)</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>(automatisch: wie das System)</translation>
    </message>
    <message>
        <source>A number such as 72.5 (REG_SZ).</source>
        <extracomment>keep 72.5 with its point: Companion reads the value that way. (packaging/admx/generate_admx.py)</extracomment>
        <translation>Eine Zahl wie 72.5, mit Punkt (REG_SZ).</translation>
    </message>
    <message>
        <source>A policy value locks the setting: the agent sees it as set by your organisation. An invalid value is ignored and reported by &apos;companion policy show&apos;.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Ein Richtlinienwert sperrt die Einstellung: In Companion steht dann „von deiner Organisation festgelegt“. Ein ungültiger Wert wird ignoriert und von &apos;companion policy show&apos; gemeldet.</translation>
    </message>
    <message>
        <source>A whole number (REG_DWORD).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Eine ganze Zahl (REG_DWORD).</translation>
    </message>
    <message>
        <source>Allow choosing the microphone</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Wahl des Mikrofons erlauben</translation>
    </message>
    <message>
        <source>Allow personal decks</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Eigene Kartensets erlauben</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Erlaubt: %1 bis %2.</translation>
    </message>
    <message>
        <source>An absolute folder path (REG_EXPAND_SZ: environment variables such as %USERNAME% are expanded).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Ein absoluter Ordnerpfad (REG_EXPAND_SZ: Umgebungsvariablen wie %USERNAME% werden ersetzt).</translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Deckkraft der Atemanleitung</translation>
    </message>
    <message>
        <source>Breathing guide screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Bildschirm der Atemanleitung</translation>
    </message>
    <message>
        <source>Breathing guide size</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Größe der Atemanleitung</translation>
    </message>
    <message>
        <source>Breathing tones</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Atemtöne</translation>
    </message>
    <message>
        <source>Close cue cards automatically</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Impulskarten automatisch schließen</translation>
    </message>
    <message>
        <source>Companion %1 and later</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Companion %1 oder neuer</translation>
    </message>
    <message>
        <source>Data folder</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Days data is kept</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Aufbewahrungsdauer der Daten</translation>
    </message>
    <message>
        <source>Deck folders</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Ordner für Kartensets</translation>
    </message>
    <message>
        <source>Default breathing pattern</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Standard-Atemtechnik</translation>
    </message>
    <message>
        <source>Default when not configured: %1.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Standardwert, wenn nicht konfiguriert: %1.</translation>
    </message>
    <message>
        <source>Enabled = true, Disabled = false (REG_DWORD 1/0).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Aktiviert = true, Deaktiviert = false (REG_DWORD 1/0).</translation>
    </message>
    <message>
        <source>Fewest minutes between offers</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Mindestabstand zwischen Vorschlägen</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>How long an offer stays on screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Wie lange ein Vorschlag sichtbar bleibt</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Log detail</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Detailgrad des Protokolls</translation>
    </message>
    <message>
        <source>Microphone</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Most offers per hour</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Höchstens so viele Vorschläge pro Stunde</translation>
    </message>
    <message>
        <source>Neutral words on screen</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Neutrale Worte am Bildschirm</translation>
    </message>
    <message>
        <source>No offers while presenting or in do-not-disturb</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Keine Vorschläge beim Präsentieren oder bei „Nicht stören“</translation>
    </message>
    <message>
        <source>Offer help after tense calls</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Nach angespannten Anrufen Hilfe vorschlagen</translation>
    </message>
    <message>
        <source>One entry per line (REG_MULTI_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Ein Eintrag pro Zeile (REG_MULTI_SZ).</translation>
    </message>
    <message>
        <source>One of: %1 (REG_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Einer dieser Werte: %1 (REG_SZ).</translation>
    </message>
    <message>
        <source>Policies for Companion, the on-device wellbeing aid for contact-center agents.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Richtlinien für Companion, die Hilfe zum Wohlbefinden für Contact-Center-Teams, die nur auf dem eigenen Gerät läuft.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Registry value &apos;%1&apos; under %2.</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Registrierungswert &apos;%1&apos; unter %2.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>Silence that ends a call</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Stille, die einen Anruf beendet</translation>
    </message>
    <message>
        <source>Speech that starts a call</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Sprechen, das einen Anruf beginnt</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Mit dem System starten</translation>
    </message>
    <message>
        <source>Tense level</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Anspannungsschwelle</translation>
    </message>
    <message>
        <source>Text (REG_SZ).</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Text (REG_SZ).</translation>
    </message>
    <message>
        <source>Time to learn the calm voice</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Zeit zum Lernen der ruhigen Stimme</translation>
    </message>
    <message>
        <source>Turn off the demo</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Demo ausschalten</translation>
    </message>
    <message>
        <source>Welcome and microphone check</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Willkommen und Mikrofontest</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <extracomment>(packaging/admx/generate_admx.py)</extracomment>
        <translation>Dauer der Nachbearbeitung</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/app/live_settings.py)</extracomment>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MyCardsWindow</name>
    <message>
        <source>&amp;Add as a new card</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Als neue Karte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Kopie exportieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>A few cards of your own: what helps you after a hard call (a photo you like, a stretch, a line that steadies you). They come up with the others after a tense call and between calls. Only on this computer.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Ein paar eigene Karten: was dir nach einem schwierigen Anruf hilft (ein Foto, das du magst, eine Dehnung, ein Satz, der dir Halt gibt). Sie erscheinen mit den anderen nach einem angespannten Anruf und zwischen Anrufen. Nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s) to %1.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>
            <numerusform>%n Karte nach %1 kopiert.</numerusform>
            <numerusform>%n Karten nach %1 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cue decks (*.toml)</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Kartensets (*.toml)</translation>
    </message>
    <message>
        <source>Export your cards</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Deine Karten exportieren</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Note: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Gespeichert. Hinweis: %1</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>What helps me — Companion</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Was mir hilft — Companion</translation>
    </message>
    <message numerus="yes">
        <source>You have %n card(s): remove one first.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>
            <numerusform>Du hast %n Karte: Entferne zuerst eine.</numerusform>
            <numerusform>Du hast %n Karten: Entferne zuerst eine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your cards file cannot be read: %1</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Deine Kartendatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy turns personal cards off (allow_personal_decks). Ask your team lead or IT if you would like them.</source>
        <extracomment>(companion/ui/my_cards.py)</extracomment>
        <translation>Die Richtlinie deiner Organisation schaltet eigene Karten aus (allow_personal_decks). Frag deine Teamleitung oder die IT, wenn du sie nutzen möchtest.</translation>
    </message>
</context>
<context>
    <name>PolicyNotice</name>
    <message>
        <source>%1 (and %2 more: run &apos;companion policy show&apos;)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (und %2 weitere: &apos;companion policy show&apos; zeigt sie)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (ignoriert)</translation>
    </message>
    <message>
        <source>%1 (the default, %2, is used)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (der Standardwert %2 gilt)</translation>
    </message>
    <message>
        <source>%1 (using defaults)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1 (es gelten die Standardwerte)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; can only be set by your organisation&apos;s IT policy (ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; kann nur deine Organisation per IT-Richtlinie festlegen (ignoriert)</translation>
    </message>
    <message>
        <source>policy:%1: %2 (file ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>policy:%1: %2 (Datei ignoriert)</translation>
    </message>
    <message>
        <source>policy:%1: cannot be read (%2) (source ignored)</source>
        <extracomment>(companion/policy.py)</extracomment>
        <translation>policy:%1: kann nicht gelesen werden (%2) (Quelle ignoriert)</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>&amp;Breathe</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>&amp;Atmen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Breathe (%n s)</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>
            <numerusform>&amp;Atmen (%n s)</numerusform>
            <numerusform>&amp;Atmen (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze offers for %n min</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>
            <numerusform>Vorschläge %n Min. aus&amp;setzen</numerusform>
            <numerusform>Vorschläge %n Min. aus&amp;setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take a break</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>&amp;Pause machen</translation>
    </message>
    <message>
        <source>A &amp;card</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Eine &amp;Karte</translation>
    </message>
    <message>
        <source>A minute for yourself?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Eine Minute für dich?</translation>
    </message>
    <message>
        <source>A minute of slow breathing to settle in?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Eine Minute ruhig atmen, um anzukommen?</translation>
    </message>
    <message>
        <source>A run of tough calls</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Mehrere schwierige Anrufe</translation>
    </message>
    <message>
        <source>A short breather or a card, before the next call.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Kurz durchatmen oder eine Karte, vor dem nächsten Anruf.</translation>
    </message>
    <message>
        <source>Before the first call</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Vor dem ersten Anruf</translation>
    </message>
    <message>
        <source>Companion offer</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Companion-Vorschlag</translation>
    </message>
    <message>
        <source>Take a minute for yourself before the next one?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Nimmst du dir vor dem nächsten eine Minute für dich?</translation>
    </message>
    <message>
        <source>Ten minutes away from the phone helps more than a card, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Zehn Minuten weg vom Telefon helfen mehr als eine Karte, wenn es geht.</translation>
    </message>
    <message>
        <source>That call sounded tense</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Der Anruf klang angespannt</translation>
    </message>
    <message>
        <source>That is a lot for anyone. A real break helps more than a card: ten minutes away, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Das ist wirklich viel. Eine echte Pause hilft mehr als eine Karte: zehn Minuten weg, wenn es geht.</translation>
    </message>
    <message>
        <source>Three hard calls in a row</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Drei schwierige Anrufe hintereinander</translation>
    </message>
    <message>
        <source>Time for a real break?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Zeit für eine echte Pause?</translation>
    </message>
    <message>
        <source>To answer with the keyboard, open Companion&apos;s tray menu and choose Respond to the offer.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Um per Tastatur zu antworten, öffne das Menü des Companion-Symbols und wähle „Auf den Vorschlag antworten“.</translation>
    </message>
    <message>
        <source>You have handled several tense calls. Take a minute?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation>Du hattest mehrere angespannte Anrufe. Nimmst du dir eine Minute?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: setting &apos;%2&apos; contains a control character (%3)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; enthält ein Steuerzeichen (%3)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has %3 entries; at most %4 allowed</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; hat %3 Einträge; erlaubt sind höchstens %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has an entry longer than %3 characters</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; hat einen Eintrag mit mehr als %3 Zeichen</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; has an entry with a control character (%3)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; hat einen Eintrag mit einem Steuerzeichen (%3)</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; is longer than %3 characters</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a finite number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; braucht eine endliche Zahl, nicht %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a list of text values, e.g. [&quot;C:/Decks&quot;]</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; braucht eine Liste von Texten, z. B. [&quot;C:/Decks&quot;]</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; braucht eine Zahl, nicht %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be a whole number, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; braucht eine ganze Zahl, nicht %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be an absolute folder path, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; braucht einen vollständigen Ordnerpfad, nicht %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be at least %3, not %4</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; muss mindestens %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be at most %3, not %4</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; darf höchstens %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be one of %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; muss einer dieser Werte sein: %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be text, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; braucht einen Text, nicht %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must be true or false, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; muss true oder false sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; must look like &apos;18:00-08:00&apos;, not %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; muss so aussehen: &apos;18:00-08:00&apos;, nicht %3</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; names an environment variable that is not set: %3</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: Die Einstellung &apos;%2&apos; nennt eine Umgebungsvariable, die nicht gesetzt ist: %3</translation>
    </message>
    <message>
        <source>%1: unknown setting %2</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>%1: unbekannte Einstellung %2</translation>
    </message>
    <message>
        <source>Arousal index (0-100, 50 = your usual) above which speech counts as tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Anspannungswert (0-100, 50 = dein Normalwert), ab dem Sprechen als angespannt zählt</translation>
    </message>
    <message>
        <source>Breathing guide opacity</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Deckkraft der Atemanleitung</translation>
    </message>
    <message>
        <source>Breathing guide size in pixels</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Größe der Atemanleitung in Pixeln</translation>
    </message>
    <message>
        <source>Breathing guide without scaling animation (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Atemanleitung ohne wachsenden und schrumpfenden Kreis (die Systemeinstellung gilt auch)</translation>
    </message>
    <message>
        <source>Close a cue card after this many seconds (0 = stay until closed)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Impulskarte nach so vielen Sekunden schließen (0 = bleibt, bis du sie schließt)</translation>
    </message>
    <message>
        <source>Days aggregates are kept before they are deleted</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Tage, die die Zusammenfassungen aufbewahrt werden, bevor sie gelöscht werden</translation>
    </message>
    <message>
        <source>Detail of the log file: debug, info, warning or error</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Detailgrad der Protokolldatei: debug, info, warning oder error</translation>
    </message>
    <message>
        <source>Extra folders to load cue decks from</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Weitere Ordner, aus denen Kartensets geladen werden</translation>
    </message>
    <message>
        <source>Fewest minutes between two prompts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Mindestabstand zwischen zwei Vorschlägen in Minuten</translation>
    </message>
    <message>
        <source>Folder for the agent&apos;s data instead of the per-user default, e.g. a folder kept across sign-ins on non-persistent desktops (&apos;&apos; = default; %USERNAME% / $USER expanded)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Ordner für die Daten statt des Standardordners pro Benutzerkonto, z. B. ein Ordner, der auf nicht persistenten Desktops über Anmeldungen hinweg erhalten bleibt (&apos;&apos; = Standard; %USERNAME% / $USER werden ersetzt)</translation>
    </message>
    <message>
        <source>High-contrast colours in Companion&apos;s windows (the system setting also applies)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Kontrastreiche Farben in den Fenstern von Companion (die Systemeinstellung gilt auch)</translation>
    </message>
    <message>
        <source>How readily a call counts as tense: 1 (rarely) to 5 (readily)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Wie schnell ein Anruf als angespannt zählt: 1 (selten) bis 5 (oft)</translation>
    </message>
    <message>
        <source>Input device name (&apos;&apos; = the system default microphone)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Name des Eingabegeräts (&apos;&apos; = Standardmikrofon des Systems)</translation>
    </message>
    <message>
        <source>Language of Companion&apos;s windows and cards: en, de, es, fr or pt-BR (&apos;&apos; = the system&apos;s language)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sprache der Fenster und Karten von Companion: en, de, es, fr oder pt-BR (&apos;&apos; = Sprache des Systems)</translation>
    </message>
    <message>
        <source>Load decks from the agent&apos;s own folder</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Kartensets aus dem eigenen Ordner der Person laden, die Companion nutzt</translation>
    </message>
    <message>
        <source>Minutes of speech used to learn your calm baseline</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Minuten Sprechzeit, aus denen dein Ruhewert gelernt wird</translation>
    </message>
    <message>
        <source>Most prompts in any hour</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Höchstens so viele Vorschläge pro Stunde</translation>
    </message>
    <message>
        <source>Neutral words on screen: an offer never says that a call was tense</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Neutrale Worte am Bildschirm: Ein Vorschlag sagt nie, dass ein Anruf angespannt war</translation>
    </message>
    <message>
        <source>No offers while presenting, in a full-screen app or in do-not-disturb</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Keine Vorschläge beim Präsentieren, in einer Vollbild-App oder bei „Nicht stören“</translation>
    </message>
    <message>
        <source>No prompts in this daily window, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = none)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Keine Vorschläge in diesem täglichen Zeitfenster, &apos;HH:MM-HH:MM&apos; (&apos;&apos; = keines)</translation>
    </message>
    <message>
        <source>Offer breathing or a card after a tense call</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Nach einem angespannten Anruf Atmen oder eine Karte vorschlagen</translation>
    </message>
    <message>
        <source>Pattern used by &apos;breathe now&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Atemtechnik für &apos;Jetzt atmen&apos;</translation>
    </message>
    <message>
        <source>Refuse &apos;companion --demo&apos;</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>&apos;companion --demo&apos; ablehnen</translation>
    </message>
    <message>
        <source>Screen for the breathing guide (&apos;&apos; = the one with the mouse pointer)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Bildschirm für die Atemanleitung (&apos;&apos; = der mit dem Mauszeiger)</translation>
    </message>
    <message>
        <source>Seconds an ignored offer stays on screen (0 = until answered)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sekunden, die ein unbeantworteter Vorschlag sichtbar bleibt (0 = bis zur Antwort)</translation>
    </message>
    <message>
        <source>Seconds of sustained speech that start a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sekunden durchgehenden Sprechens, die einen Anruf beginnen (Sprach-Heuristik)</translation>
    </message>
    <message>
        <source>Seconds of wrap-up after a call before back to idle</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sekunden Nachbearbeitung nach einem Anruf, bevor wieder „zwischen Anrufen“ gilt</translation>
    </message>
    <message>
        <source>Seconds without speech that end a call (speech heuristic)</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Sekunden ohne Sprechen, die einen Anruf beenden (Sprach-Heuristik)</translation>
    </message>
    <message>
        <source>Show the welcome and microphone check when Companion first starts</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Beim ersten Start „Willkommen und Mikrofontest“ zeigen</translation>
    </message>
    <message>
        <source>Soft tones at breathing phase changes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Leise Töne beim Wechsel der Atemphase</translation>
    </message>
    <message>
        <source>Start Companion when you sign in</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Companion bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>The agent may choose the input device</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>Die Person, die Companion nutzt, darf das Eingabegerät wählen</translation>
    </message>
    <message>
        <source>a huge number</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>eine riesige Zahl</translation>
    </message>
    <message>
        <source>change</source>
        <extracomment>where a wrong setting came from: a change made in the settings window : The source :meth:`Settings.replace` names in its errors (&quot;change: setting &apos;x&apos; must ...&quot;). (companion/settings.py)</extracomment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>known settings: %1</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>bekannte Einstellungen: %1</translation>
    </message>
    <message>
        <source>remove it</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>entferne es</translation>
    </message>
    <message>
        <source>write Windows paths in single quotes, &apos;C:\Decks&apos;, or with forward slashes</source>
        <extracomment>(companion/settings.py)</extracomment>
        <translation>schreibe Windows-Pfade in einfachen Anführungszeichen, &apos;C:\Decks&apos;, oder mit Schrägstrichen /</translation>
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
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Mikrofon</translation>
    </message>
    <message>
        <source>&amp;Neutral words on screen</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Neutrale Worte am Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Offer help after tense calls</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Nach angespannten Anrufen &amp;Hilfe vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Quiet hours (HH:MM-HH:MM)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Ruhezeiten (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Weniger Bewegung</translation>
    </message>
    <message>
        <source>&amp;Sensitivity (1 rarely … 5 readily)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>&amp;Empfindlichkeit (1 selten … 5 oft)</translation>
    </message>
    <message>
        <source>Breathing &amp;tones</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Atem&amp;töne</translation>
    </message>
    <message>
        <source>Companion settings</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Companion-Einstellungen</translation>
    </message>
    <message>
        <source>No offers while &amp;presenting or in do-not-disturb</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Keine Vorschläge beim &amp;Präsentieren oder bei „Nicht stören“</translation>
    </message>
    <message>
        <source>Offer stays on scre&amp;en (seconds, 0 = until answered)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Vorschlag bleibt &amp;sichtbar (Sekunden, 0 = bis zur Antwort)</translation>
    </message>
    <message>
        <source>Start with the s&amp;ystem</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Mit dem S&amp;ystem starten</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>e.g. 18:00-08:00 (empty = none)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>z. B. 18:00-08:00 (leer = keine)</translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation>von deiner Organisation festgelegt</translation>
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
        <translation>%1: Die Datenbank ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1: Ein anderes Programm sperrt die Datenbank</translation>
    </message>
    <message>
        <source>%1: the file or its folder is read-only (%2)</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1: Die Datei oder ihr Ordner ist schreibgeschützt (%2)</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>ein unbekannter Prozess</translation>
    </message>
    <message>
        <source>cannot compact %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1 kann nicht verkleinert werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>die Sperrdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot delete an offer from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Ein Vorschlag kann nicht aus %1 gelöscht werden</translation>
    </message>
    <message>
        <source>cannot delete from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Aus %1 kann nichts gelöscht werden</translation>
    </message>
    <message>
        <source>cannot delete the baseline from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Dein Ruhewert kann nicht aus %1 gelöscht werden</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the baseline from %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Dein Ruhewert kann nicht aus %1 gelesen werden</translation>
    </message>
    <message>
        <source>cannot set aside the old journal of %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Das alte Journal von %1 kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>cannot update calls in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Anrufe in %1 können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot update interventions in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Vorschläge in %1 können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot update offers in %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Vorschläge in %1 können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write a call to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Ein Anruf kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot write an offer to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Ein Vorschlag kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot write card preferences to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Deine Karteneinstellungen können nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot write minutes to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Minutenwerte können nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot write the baseline to %1</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Dein Ruhewert kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>check permissions of the data folder</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>prüfe die Berechtigungen des Datenordners</translation>
    </message>
    <message>
        <source>check that the folder exists and that you may write to it</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>prüfe, ob der Ordner existiert und du darin schreiben darfst</translation>
    </message>
    <message>
        <source>check the data folder&apos;s permissions</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>prüfe die Berechtigungen des Datenordners</translation>
    </message>
    <message>
        <source>close other Companion windows or tools using it and try again</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>schließe andere Companion-Fenster oder Programme, die sie nutzen, und versuche es noch einmal</translation>
    </message>
    <message>
        <source>free some space</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>schaffe etwas Platz auf dem Datenträger</translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>restart Companion: it sets the damaged file aside</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>starte Companion neu: Es legt die beschädigte Datei beiseite</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by another Companion (%2)</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>der Datenordner %1 wird von einem anderen Companion verwendet (%2)</translation>
    </message>
    <message>
        <source>the data folder must be on a disk or share that supports file locks</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>der Datenordner muss auf einem Laufwerk oder einer Freigabe liegen, die Dateisperren unterstützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>this Companion runs without storing anything, so nothing is counted twice; quit the other one to keep your history here</source>
        <extracomment>(companion/store/lock.py)</extracomment>
        <translation>dieses Companion läuft, ohne etwas zu speichern, damit nichts doppelt gezählt wird; beende das andere, damit dein Verlauf hier weitergeführt wird</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Your Companion history %1 was deleted while Companion was running; Companion now keeps it in a new file there.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Dein Companion-Verlauf %1 wurde gelöscht, während Companion lief; Companion führt ihn jetzt dort in einer neuen Datei weiter.</translation>
    </message>
    <message>
        <source>Your Companion history %1 was replaced by another file while Companion was running; Companion now keeps it in that file there.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Dein Companion-Verlauf %1 wurde durch eine andere Datei ersetzt, während Companion lief; Companion führt ihn jetzt in dieser Datei weiter.</translation>
    </message>
    <message>
        <source>Your Companion history could not be read (%1) and was kept aside as %2; a new, empty history was started.</source>
        <extracomment>(companion/store/store.py)</extracomment>
        <translation>Dein Companion-Verlauf konnte nicht gelesen werden (%1) und wurde als %2 beiseitegelegt; ein neuer, leerer Verlauf hat begonnen.</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>effective settings, where each value came from, policy problems</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>geltende Einstellungen, woher jeder Wert kommt, Probleme mit Richtlinien</translation>
    </message>
    <message>
        <source>how many rows each table of your history has (no rows)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>wie viele Zeilen jede Tabelle deines Verlaufs hat (keine Zeilen selbst)</translation>
    </message>
    <message>
        <source>input devices and the one Companion listens to</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>Eingabegeräte und das, dem Companion zuhört</translation>
    </message>
    <message>
        <source>log file (events and errors, no voice data, no card text)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>Protokolldatei (Ereignisse und Fehler, keine Stimmdaten, kein Kartentext)</translation>
    </message>
    <message>
        <source>self-test report (is this installation usable?)</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>Selbsttest-Bericht (ist diese Installation nutzbar?)</translation>
    </message>
    <message>
        <source>the same report as JSON</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>derselbe Bericht als JSON</translation>
    </message>
    <message>
        <source>versions, platform, session kind, folders</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>Versionen, Plattform, Art der Sitzung, Ordner</translation>
    </message>
    <message>
        <source>what this bundle is and what it leaves out</source>
        <extracomment>(companion/diagnostics/bundle.py)</extracomment>
        <translation>was dieses Paket ist und was es weglässt</translation>
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
        <translation>Zuhören &amp;pausieren</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <source>In a call</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Anruf läuft</translation>
    </message>
    <message>
        <source>In a call (running tense)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Anruf läuft (angespannt)</translation>
    </message>
    <message>
        <source>Listening (between calls)</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Hört zu (zwischen Anrufen)</translation>
    </message>
    <message>
        <source>Listening paused</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Zuhören pausiert</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <extracomment>(companion/ui/icons.py)</extracomment>
        <translation>Mikrofon nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>TryCardWindow</name>
    <message>
        <source>This deck has no cards, only a support contact (shown under the support cards of the other decks).</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Dieses Kartenset hat keine Karten, nur eine Ansprechperson (sie erscheint unter den Unterstützungskarten der anderen Kartensets).</translation>
    </message>
    <message>
        <source>Trying %1</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Ausprobieren: %1</translation>
    </message>
    <message>
        <source>Trying %1: card %2 of %3. Nothing is installed or saved.</source>
        <extracomment>(companion/ui/deck_try.py)</extracomment>
        <translation>Ausprobieren: %1, Karte %2 von %3. Nichts wird installiert oder gespeichert.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Microphone (set by your organisation):</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Mikrofon (von deiner Organisation festgelegt):</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>&amp;Recalibrate (new headset)…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>&amp;Neu kalibrieren (neues Headset)…</translation>
    </message>
    <message>
        <source>After a tense call, a small offer appears next to Companion&apos;s tray icon; it never takes your keyboard. To answer it with the keyboard, open the tray menu and choose Respond to the offer. You can pause listening at any time from the same menu, and open this window again with Welcome and microphone check.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Nach einem angespannten Anruf erscheint neben dem Companion-Symbol ein kleiner Vorschlag; er nimmt dir nie die Tastatur weg. Um per Tastatur zu antworten, öffne das Menü des Companion-Symbols und wähle „Auf den Vorschlag antworten“. Im selben Menü kannst du das Zuhören jederzeit pausieren und dieses Fenster mit „Willkommen und Mikrofontest“ wieder öffnen.</translation>
    </message>
    <message>
        <source>Companion cannot listen on this computer: %1. Breathing and cue cards still work.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion kann auf diesem Computer nicht zuhören: %1. Atmen und Impulskarten funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Companion cannot use the microphone: %1. Plug the headset in or choose another microphone; Companion keeps trying.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion kann das Mikrofon nicht nutzen: %1. Schließ das Headset an oder wähle ein anderes Mikrofon; Companion versucht es weiter.</translation>
    </message>
    <message>
        <source>Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion hört dich.</translation>
    </message>
    <message>
        <source>Companion looks after you between calls. It notices when your voice sounds tense during a call and, once the call is over, offers a minute of paced breathing or a short cue card. It never interrupts a call.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Companion kümmert sich zwischen den Anrufen um dich. Es merkt, wenn deine Stimme während eines Anrufs angespannt klingt, und bietet dir nach dem Anruf eine Minute geführtes Atmen oder eine kurze Impulskarte an. Einen Anruf unterbricht es nie.</translation>
    </message>
    <message>
        <source>It listens only to the microphone below, and only on this computer. Your voice is never recorded: Companion keeps nothing but numbers (per call and per minute), and nobody else sees them.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Es hört nur auf das Mikrofon unten, und nur auf diesem Computer. Deine Stimme wird nie aufgenommen: Companion speichert nur Zahlen (pro Anruf und pro Minute), und niemand sonst sieht sie.</translation>
    </message>
    <message numerus="yes">
        <source>Learn your calm voice again? Companion forgets what it learned and listens to your next %n minute(s) of speech. Do this after changing headset or microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>
            <numerusform>Deine ruhige Stimme neu kennenlernen? Companion vergisst, was es gelernt hat, und hört während %n Minute Sprechzeit neu zu. Mach das nach einem Wechsel von Headset oder Mikrofon.</numerusform>
            <numerusform>Deine ruhige Stimme neu kennenlernen? Companion vergisst, was es gelernt hat, und hört während %n Minuten Sprechzeit neu zu. Mach das nach einem Wechsel von Headset oder Mikrofon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning your calm voice</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Deine ruhige Stimme kennenlernen</translation>
    </message>
    <message>
        <source>Listening is paused. Resume it from the tray menu to check the microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Das Zuhören ist pausiert. Setz es im Menü des Companion-Symbols fort, um das Mikrofon zu prüfen.</translation>
    </message>
    <message>
        <source>Listening. Say a few words: the bar moves when Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Hört zu. Sag ein paar Worte: Der Balken bewegt sich, wenn Companion dich hört.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Mikrofonpegel</translation>
    </message>
    <message numerus="yes">
        <source>Next, Companion learns how your voice sounds when you are calm, from your first %n minute(s) of speech, on calls or between them. Until then it makes no offers.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>
            <numerusform>Als Nächstes lernt Companion, wie deine Stimme klingt, wenn du ruhig bist: aus deiner ersten %n Minute Sprechzeit, in Anrufen oder dazwischen. Bis dahin macht es keine Vorschläge.</numerusform>
            <numerusform>Als Nächstes lernt Companion, wie deine Stimme klingt, wenn du ruhig bist: aus deinen ersten %n Minuten Sprechzeit, in Anrufen oder dazwischen. Bis dahin macht es keine Vorschläge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Mikrofon wird geöffnet…</translation>
    </message>
    <message>
        <source>Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Neu kalibrieren</translation>
    </message>
    <message>
        <source>See what is kept: &amp;Your data</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Was gespeichert wird: &amp;Deine Daten</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Very quiet. Check that the microphone is not muted, or choose another one.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Sehr leise. Prüf, ob das Mikrofon stummgeschaltet ist, oder wähle ein anderes.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>What happens next</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Your calm voice is learned. After changing headset, choose Recalibrate.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Deine ruhige Stimme ist gelernt. Wähle nach einem Headset-Wechsel „Neu kalibrieren“.</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation>Dein Mikrofon</translation>
    </message>
</context>
<context>
    <name>WindowOpeners</name>
    <message>
        <source>Breathing guide</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Atemanleitung</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Impulskarten</translation>
    </message>
    <message>
        <source>Cue cards are not available (the decks did not load).</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Impulskarten sind nicht verfügbar (die Kartensets wurden nicht geladen).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The dashboard is not available.</source>
        <extracomment>(companion/ui/openers.py)</extracomment>
        <translation>Die Übersicht ist nicht verfügbar.</translation>
    </message>
</context>
</TS>
