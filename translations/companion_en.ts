<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BreathingGuide</name>
        <message numerus="yes">
            <source>%1, %n second(s)</source>
            <extracomment>(companion/ui/breathing_overlay.py)</extracomment>
            <translation>
                <numerusform>%1, %n second</numerusform>
                <numerusform>%1, %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptWindow</name>
        <message numerus="yes">
            <source>&amp;Breathe (%n s)</source>
            <extracomment>(companion/ui/prompt.py)</extracomment>
            <translation>
                <numerusform>&amp;Breathe (%n s)</numerusform>
                <numerusform>&amp;Breathe (%n s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Snooze offers for %n min</source>
            <extracomment>(companion/ui/prompt.py)</extracomment>
            <translation>
                <numerusform>&amp;Snooze offers for %n min</numerusform>
                <numerusform>&amp;Snooze offers for %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeWindow</name>
        <message numerus="yes">
            <source>Learn your calm voice again? Companion forgets what it learned and listens to your next %n minute(s) of speech. Do this after changing headset or microphone.</source>
            <extracomment>(companion/ui/welcome.py)</extracomment>
            <translation>
                <numerusform>Learn your calm voice again? Companion forgets what it learned and listens to your next %n minute of speech. Do this after changing headset or microphone.</numerusform>
                <numerusform>Learn your calm voice again? Companion forgets what it learned and listens to your next %n minutes of speech. Do this after changing headset or microphone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next, Companion learns how your voice sounds when you are calm, from your first %n minute(s) of speech, on calls or between them. Until then it makes no offers.</source>
            <extracomment>(companion/ui/welcome.py)</extracomment>
            <translation>
                <numerusform>Next, Companion learns how your voice sounds when you are calm, from your first %n minute of speech, on calls or between them. Until then it makes no offers.</numerusform>
                <numerusform>Next, Companion learns how your voice sounds when you are calm, from your first %n minutes of speech, on calls or between them. Until then it makes no offers.</numerusform>
            </translation>
        </message>
    </context>
</TS>
