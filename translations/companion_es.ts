<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;About Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breathe now</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Companion</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume listening</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome and microphone check…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark call &amp;end</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark call &amp;start</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;until I resume</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for &amp;15 minutes</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for 1 &amp;hour</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalibrate (new &amp;headset)…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to the &amp;offer…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share card &amp;feedback…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;card</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps &amp;me…</source>
        <extracomment>(companion/ui/actions.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>There is no offer to respond to right now.</source>
        <extracomment>(companion/ui/shell.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>%1, %2. %3.</source>
        <extracomment>the breathing guide&apos;s status line: &quot;Breathe in, 4. Breath 2 of 9, 1:12 left.&quot; (%1 the phase word, %2 the seconds counting down, %3 the progress line). (companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n second(s)</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done. %2 Better, Same or Worse (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  Another pattern</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  A longer break</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  Someone to talk to</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second, short sip</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing guide: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing: %1</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the words; press Esc or the close button to stop.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <extracomment>(companion/ui/breathing_view.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel better</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel the same</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel worse</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas for a real break, and who can cover you</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry that did not help.</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry that did not help. What would help? Another pattern, a longer break, or someone to talk to (keys 1, 2, 3).</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a different breathing pattern now</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help?</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team lead, or your organisation&apos;s support line</source>
        <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Learning your calm voice — %1 of %2</source>
        <extracomment>(companion/ui/calibration.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hidden card again [U]</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is hidden. Press U or Undo to bring it back.</source>
        <extracomment>(companion/ui/card_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>&amp;Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>The settings file %1 cannot be written: %2</source>
        <extracomment>(companion/app/live_settings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>&amp;Breathe</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Breathe (%n s)</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze offers for %n min</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take a break</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;card</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute for yourself?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute of slow breathing to settle in?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of tough calls</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short breather or a card, before the next call.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first call</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion offer</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a minute for yourself before the next one?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten minutes away from the phone helps more than a card, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That call sounded tense</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a lot for anyone. A real break helps more than a card: ten minutes away, if you can.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three hard calls in a row</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a real break?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer with the keyboard, open Companion&apos;s tray menu and choose Respond to the offer.</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have handled several tense calls. Take a minute?</source>
        <extracomment>(companion/ui/prompt.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neutral words on screen</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers while &amp;presenting or in do-not-disturb</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer stays on scre&amp;en (seconds, 0 = until answered)</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>(companion/ui/settings_window.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Pause listening</source>
        <extracomment>(companion/ui/tray.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone (set by your organisation):</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recalibrate (new headset)…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a tense call, a small offer appears next to Companion&apos;s tray icon; it never takes your keyboard. To answer it with the keyboard, open the tray menu and choose Respond to the offer. You can pause listening at any time from the same menu, and open this window again with Welcome and microphone check.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion cannot listen on this computer: %1. Breathing and cue cards still work.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion cannot use the microphone: %1. Plug the headset in or choose another microphone; Companion keeps trying.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion looks after you between calls. It notices when your voice sounds tense during a call and, once the call is over, offers a minute of paced breathing or a short cue card. It never interrupts a call.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It listens only to the microphone below, and only on this computer. Your voice is never recorded: Companion keeps nothing but numbers (per call and per minute), and nobody else sees them.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Learn your calm voice again? Companion forgets what it learned and listens to your next %n minute(s) of speech. Do this after changing headset or microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Learning your calm voice</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening is paused. Resume it from the tray menu to check the microphone.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening. Say a few words: the bar moves when Companion hears you.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next, Companion learns how your voice sounds when you are calm, from your first %n minute(s) of speech, on calls or between them. Until then it makes no offers.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalibrate</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what is kept: &amp;Your data</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very quiet. Check that the microphone is not muted, or choose another one.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calm voice is learned. After changing headset, choose Recalibrate.</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone</source>
        <extracomment>(companion/ui/welcome.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
