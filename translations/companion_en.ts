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
        <name>ContentWatcher</name>
        <message numerus="yes">
            <source>%1: %2 (and %n more).</source>
            <extracomment>(companion/ui/content_watcher.py)</extracomment>
            <translation>
                <numerusform>%1: %2 (and %n more).</numerusform>
                <numerusform>%1: %2 (and %n more).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <source>%n day(s) (older data is deleted automatically)</source>
            <extracomment>(companion/ui/dashboard.py)</extracomment>
            <translation>
                <numerusform>%n day (older data is deleted automatically)</numerusform>
                <numerusform>%n days (older data is deleted automatically)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <extracomment>(companion/ui/dashboard.py)</extracomment>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete everything Companion has stored (and %n damaged cop(y|ies) set aside)? This cannot be undone.</source>
            <extracomment>(companion/ui/dashboard.py)</extracomment>
            <translation>
                <numerusform>Delete everything Companion has stored (and %n damaged copy set aside)? This cannot be undone.</numerusform>
                <numerusform>Delete everything Companion has stored (and %n damaged copies set aside)? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n row(s) and compacted the file.</source>
            <extracomment>(companion/ui/dashboard.py)</extracomment>
            <translation>
                <numerusform>Deleted %n row and compacted the file.</numerusform>
                <numerusform>Deleted %n rows and compacted the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n row(s) and compacted the file. Removed %1.</source>
            <extracomment>(companion/ui/dashboard.py)</extracomment>
            <translation>
                <numerusform>Deleted %n row and compacted the file. Removed %1.</numerusform>
                <numerusform>Deleted %n rows and compacted the file. Removed %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to the file %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
            <extracomment>(companion/ui/dashboard.py)</extracomment>
            <translation>
                <numerusform>Exported %n row to the file %1. It is now yours to keep safe: Companion does not track or delete exports.</numerusform>
                <numerusform>Exported %n rows to the file %1. It is now yours to keep safe: Companion does not track or delete exports.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to the folder %1. It is now yours to keep safe: Companion does not track or delete exports.</source>
            <extracomment>(companion/ui/dashboard.py)</extracomment>
            <translation>
                <numerusform>Exported %n row to the folder %1. It is now yours to keep safe: Companion does not track or delete exports.</numerusform>
                <numerusform>Exported %n rows to the folder %1. It is now yours to keep safe: Companion does not track or delete exports.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardSummary</name>
        <message numerus="yes">
            <source>%n call(s)</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them (was|were) tense (at least %1 s above your tense level of %2).</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>%n of them was tense (at least %1 s above your tense level of %2).</numerusform>
                <numerusform>%n of them were tense (at least %1 s above your tense level of %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) higher</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>%n point higher</numerusform>
                <numerusform>%n points higher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) lower</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>%n point lower</numerusform>
                <numerusform>%n points lower</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After offers you let pass it was %1 ((once|%n times)).</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>After offers you let pass it was %1 (once).</numerusform>
                <numerusform>After offers you let pass it was %1 (%n times).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At the start of the next call your voice was %1 after breathing ((once|%n times)).</source>
            <extracomment>(once|%n times) are English's words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>At the start of the next call your voice was %1 after breathing (once).</numerusform>
                <numerusform>At the start of the next call your voice was %1 after breathing (%n times).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Breathing was offered (once|%n times); you started %1 and finished %2.</source>
            <extracomment>(once|%n times) are English's words for one and for several times. (companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>Breathing was offered once; you started %1 and finished %2.</numerusform>
                <numerusform>Breathing was offered %n times; you started %1 and finished %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cue cards were offered (once|%n times); you opened %1.</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>Cue cards were offered once; you opened %1.</numerusform>
                <numerusform>Cue cards were offered %n times; you opened %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You took %n call(s) (%1 on calls); %2</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>You took %n call (%1 on calls); %2</numerusform>
                <numerusform>You took %n calls (%1 on calls); %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your average level on calls went down by %n point(s) from %1 to %2.</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>Your average level on calls went down by %n point from %1 to %2.</numerusform>
                <numerusform>Your average level on calls went down by %n points from %1 to %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your average level on calls went up by %n point(s) from %1 to %2.</source>
            <extracomment>(companion/ui/dashboard_summary.py)</extracomment>
            <translation>
                <numerusform>Your average level on calls went up by %n point from %1 to %2.</numerusform>
                <numerusform>Your average level on calls went up by %n points from %1 to %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeckEditor</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <extracomment>(companion/ui/deck_editor.py)</extracomment>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <extracomment>(companion/ui/deck_editor.py)</extracomment>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot try it yet: %n error(s). Fix them first (F8 lists them).</source>
            <extracomment>(companion/ui/deck_editor.py)</extracomment>
            <translation>
                <numerusform>Cannot try it yet: %n error. Fix them first (F8 lists them).</numerusform>
                <numerusform>Cannot try it yet: %n errors. Fix them first (F8 lists them).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n error(s). Fix them first (F8 lists them; Enter on one goes to its card).</source>
            <extracomment>(companion/ui/deck_editor.py)</extracomment>
            <translation>
                <numerusform>Not saved: %n error. Fix them first (F8 lists them; Enter on one goes to its card).</numerusform>
                <numerusform>Not saved: %n errors. Fix them first (F8 lists them; Enter on one goes to its card).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
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
        <name>MyCardsWindow</name>
        <message numerus="yes">
            <source>Copied %n card(s) to %1.</source>
            <extracomment>(companion/ui/my_cards.py)</extracomment>
            <translation>
                <numerusform>Copied %n card to %1.</numerusform>
                <numerusform>Copied %n cards to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n card(s): remove one first.</source>
            <extracomment>(companion/ui/my_cards.py)</extracomment>
            <translation>
                <numerusform>You have %n card: remove one first.</numerusform>
                <numerusform>You have %n cards: remove one first.</numerusform>
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
