<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <source>This deletes all %n entr(y|ies) in your log, your plans, flare-ups, exercise sessions and answers.</source>
        <translation>
            <numerusform>This deletes all %n entry in your log, your plans, flare-ups, exercise sessions and answers.</numerusform>
            <numerusform>This deletes all %n entries in your log, your plans, flare-ups, exercise sessions and answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseSheet</name>
    <message numerus="yes">
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n rep each side</numerusform>
            <numerusform>%n reps each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) in all (each hug counts, either knee)</source>
        <translation>
            <numerusform>%n rep in all (each hug counts, either knee)</numerusform>
            <numerusform>%n reps in all (each hug counts, either knee)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n s</source>
        <translation>
            <numerusform>hold %n s</numerusform>
            <numerusform>hold %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rest %n s</source>
        <translation>
            <numerusform>rest %n s</numerusform>
            <numerusform>rest %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseTab</name>
    <message numerus="yes">
        <source>%n rep(s) on each side</source>
        <translation>
            <numerusform>%n rep on each side</numerusform>
            <numerusform>%n reps on each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n s</source>
        <translation>
            <numerusform>hold %n s</numerusform>
            <numerusform>hold %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rest %n s</source>
        <translation>
            <numerusform>rest %n s</numerusform>
            <numerusform>rest %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskPolicy</name>
    <message numerus="yes">
        <source>In %n second(s) the app will clear everything and start again for the next person.</source>
        <translation>
            <numerusform>In %n second the app will clear everything and start again for the next person.</numerusform>
            <numerusform>In %n seconds the app will clear everything and start again for the next person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message numerus="yes">
        <source>Showing %1 of %n entr(y|ies).</source>
        <translation>
            <numerusform>Showing %1 of %n entry.</numerusform>
            <numerusform>Showing %1 of %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacingWords</name>
    <message numerus="yes">
        <source>You tried it on %n day(s): %2 %3. The average was about %4 %3, and the plan started at 80% of that: %5 %3 a day.</source>
        <translation>
            <numerusform>You tried it on %n day: %2 %3. The average was about %4 %3, and the plan started at 80% of that: %5 %3 a day.</numerusform>
            <numerusform>You tried it on %n days: %2 %3. The average was about %4 %3, and the plan started at 80% of that: %5 %3 a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it went up by about %1% in %n week(s) without a flare-up</source>
        <translation>
            <numerusform>it went up by about %1% in %n week without a flare-up</numerusform>
            <numerusform>it went up by about %1% in %n weeks without a flare-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it stayed the same for %n week(s)</source>
        <translation>
            <numerusform>it stayed the same for %n week</numerusform>
            <numerusform>it stayed the same for %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it stepped back for a flare-up in %n week(s)</source>
        <translation>
            <numerusform>it stepped back for a flare-up in %n week</numerusform>
            <numerusform>it stepped back for a flare-up in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week you kept to your plan on %1 of %n day(s).</source>
        <translation>
            <numerusform>This week you kept to your plan on %1 of %n day.</numerusform>
            <numerusform>This week you kept to your plan on %1 of %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitTaskDialog</name>
    <message numerus="yes">
        <source>do %n minute(s)</source>
        <translation>
            <numerusform>do %n minute</numerusform>
            <numerusform>do %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rest %n minute(s)</source>
        <translation>
            <numerusform>rest %n minute</numerusform>
            <numerusform>rest %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s); finished after %2:%3 (hours:minutes).</source>
        <translation>
            <numerusform>%n piece; finished after %2:%3 (hours:minutes).</numerusform>
            <numerusform>%n pieces; finished after %2:%3 (hours:minutes).</numerusform>
        </translation>
    </message>
</context>
</TS>
