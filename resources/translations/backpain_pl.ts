<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en_GB">
<context>
    <name>AdviceTab</name>
    <message>
        <location filename="../../backpain_desktop/ui/advice_tab.py" line="+336"/>
        <source>Advice topics</source>
        <translation>Tematy porad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Find in advice</source>
        <translation>&amp;Szukaj w poradach</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+93"/>
        <source>Find in advice</source>
        <translation>Szukaj w poradach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find words on every advice page (%1)</source>
        <translation>Szukaj słów na wszystkich stronach porad (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint page…</source>
        <translation>&amp;Drukuj stronę…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print page</source>
        <translation>Drukuj stronę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save page as PDF…</source>
        <translation>&amp;Zapisz stronę jako PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+306"/>
        <source>Save page as PDF</source>
        <translation>Zapisz stronę jako PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Print status</source>
        <translation>Stan drukowania</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Type a word to find</source>
        <translation>Wpisz słowo do znalezienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear find text</source>
        <translation>Wyczyść szukany tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous match</source>
        <translation>Poprzedni wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match</source>
        <translation>Następny wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find</source>
        <translation>Zamknij szukanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find result</source>
        <translation>Wynik szukania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd:</source>
        <translation>Szu&amp;kaj:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Review notice</source>
        <translation>Uwaga o przeglądzie ulotki</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The hospital&apos;s leaflet this advice comes from was due for review in %1. The advice was checked against NHS advice in %2, and it still matched.</source>
        <translation>Ulotka szpitala, z której pochodzą te porady, miała być przejrzana w terminie: %1. Porady porównano z poradami NHS w terminie: %2. Nadal były zgodne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hospital&apos;s leaflet this advice comes from was due for review in %1. Some of it may be out of date: ask your physiotherapist if anything has changed.</source>
        <translation>Ulotka szpitala, z której pochodzą te porady, miała być przejrzana w terminie: %1. Część porad może być nieaktualna. Zapytaj fizjoterapeutę, czy coś się zmieniło.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Advice page</source>
        <translation>Strona porad</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Was this page useful?</source>
        <translation>Czy ta strona była przydatna?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, this page was useful</source>
        <translation>Tak, ta strona była przydatna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, this page was not useful</source>
        <translation>Nie, ta strona nie była przydatna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedback status</source>
        <translation>Stan odpowiedzi</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Open the Pacing tab</source>
        <translation>Otwórz kartę Tempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the Exercises tab</source>
        <translation>Otwórz kartę Ćwiczenia</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Thank you. You can change your answer at any time.</source>
        <translation>Dziękujemy. Możesz zmienić odpowiedź w każdej chwili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You said this page was useful. You can change your answer.</source>
        <translation>Twoja odpowiedź: strona była przydatna. Możesz ją zmienić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You said this page was not useful. You can change your answer.</source>
        <translation>Twoja odpowiedź: strona nie była przydatna. Możesz ją zmienić.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer not saved</source>
        <translation>Odpowiedź nie została zapisana</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2 found)</source>
        <translation>%1 (znaleziono: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found in the advice</source>
        <translation>Nie znaleziono w poradach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found on 1 page</source>
        <translation>Znaleziono na 1 stronie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on %1 pages</source>
        <translation>Znaleziono na stronach: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>From %1 (leaflet %2, due for review %3).</source>
        <translation>Źródło: %1 (ulotka %2, przegląd: %3).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF not saved</source>
        <translation>Nie zapisano pliku PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page could not be saved as a PDF. Check that the folder exists and can be written, then try again.</source>
        <translation>Nie udało się zapisać strony jako PDF. Sprawdź, czy folder istnieje i czy można w nim zapisywać. Potem spróbuj znowu.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/chart_panel.py" line="+26"/>
        <source>2 weeks</source>
        <translation>2 tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 months</source>
        <translation>3 miesiące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the last</source>
        <translation>Pokaż ostatnie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: %1</source>
        <translation>Wykres: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save chart as picture…</source>
        <translation>Zapisz wykres jako obrazek…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the chart…</source>
        <translation>Ładowanie wykresu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart summary</source>
        <translation>Podsumowanie wykresu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart status</source>
        <translation>Stan wykresu</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The chart could not be drawn: %1</source>
        <translation>Nie udało się narysować wykresu: %1</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/data_panel.py" line="+95"/>
        <source>That is the file your log is kept in. Choose another name.</source>
        <translation>W tym pliku jest twój dziennik. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export log</source>
        <translation>Eksportuj dziennik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Arkusz CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log exported to %1.</source>
        <translation>Dziennik wyeksportowano do %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up my data</source>
        <translation>Zrób kopię moich danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Backup (*.sqlite3)</source>
        <translation>Kopia zapasowa (*.sqlite3)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Backup saved as %1.</source>
        <translation>Kopię zapisano jako %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is the file your log is kept in now, not a backup.</source>
        <translation>W tym pliku jest teraz twój dziennik. To nie jest kopia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a backup?</source>
        <translation>Przywrócić z kopii?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your log will be replaced by the one in the backup. A copy of your current log is kept beside it first.</source>
        <translation>Twój dziennik zostanie zastąpiony tym z kopii. Najpierw obok zostanie zapisana kopia obecnego dziennika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not restored: %1 Your current log is unchanged.</source>
        <translation>Nie przywrócono: %1 Twój obecny dziennik się nie zmienił.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored. Your previous log was kept as %1.</source>
        <translation>Przywrócono. Poprzedni dziennik zachowano jako %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored.</source>
        <translation>Przywrócono.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It cannot be undone. Finish, at the top, also clears everything when you leave.</source>
        <translation>Tego nie da się cofnąć. Przycisk Zakończ na górze też czyści wszystko, gdy wychodzisz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot be undone. Make a backup first if you may want them back.</source>
        <translation>Tego nie da się cofnąć. Jeśli możesz ich jeszcze chcieć, najpierw zrób kopię.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all your data?</source>
        <translation>Usunąć wszystkie twoje dane?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This deletes all %n entr(y|ies) in your log, your plans, flare-ups, exercise sessions and answers.</source>
        <translation>
            <numerusform>To usunie %n wpis z twojego dziennika, a także twoje plany, zaostrzenia, sesje ćwiczeń i odpowiedzi.</numerusform>
            <numerusform>To usunie wszystkie %n wpisy z twojego dziennika, a także twoje plany, zaostrzenia, sesje ćwiczeń i odpowiedzi.</numerusform>
            <numerusform>To usunie wszystkie %n wpisów z twojego dziennika, a także twoje plany, zaostrzenia, sesje ćwiczeń i odpowiedzi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete everything</source>
        <translation>Usuń wszystko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was deleted.</source>
        <translation>Nic nie usunięto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All your data has been deleted.</source>
        <translation>Wszystkie twoje dane zostały usunięte.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location line="-174"/>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report for my physiotherapist (PDF)…</source>
        <translation>Raport dla fizjoterapeuty (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export log as CSV…</source>
        <translation>Eksportuj dziennik jako CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up my data…</source>
        <translation>Zrób kopię moich danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup…</source>
        <translation>Przywróć z kopii…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all my data…</source>
        <translation>Usuń wszystkie moje dane…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data status</source>
        <translation>Stan danych</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/log_model.py" line="+191"/>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no note</source>
        <translation>brak notatki</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <comment>amount and unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ExerciseSheet</name>
    <message numerus="yes">
        <location filename="../../backpain_desktop/ui/exercise_sheet.py" line="+37"/>
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n powtórzenie na każdą stronę</numerusform>
            <numerusform>%n powtórzenia na każdą stronę</numerusform>
            <numerusform>%n powtórzeń na każdą stronę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s) in all (each hug counts, either knee)</source>
        <translation>
            <numerusform>%n powtórzenie łącznie (liczy się każde przyciągnięcie, dowolnym kolanem)</numerusform>
            <numerusform>%n powtórzenia łącznie (liczy się każde przyciągnięcie, dowolnym kolanem)</numerusform>
            <numerusform>%n powtórzeń łącznie (liczy się każde przyciągnięcie, dowolnym kolanem)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n powtórzenie</numerusform>
            <numerusform>%n powtórzenia</numerusform>
            <numerusform>%n powtórzeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>hold %n s</source>
        <translation>
            <numerusform>trzymaj %n s</numerusform>
            <numerusform>trzymaj %n s</numerusform>
            <numerusform>trzymaj %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rest %n s</source>
        <translation>
            <numerusform>odpocznij %n s</numerusform>
            <numerusform>odpocznij %n s</numerusform>
            <numerusform>odpocznij %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n seria</numerusform>
            <numerusform>%n serie</numerusform>
            <numerusform>%n serii</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+54"/>
        <source>My back exercises</source>
        <translation>Moje ćwiczenia na plecy</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The numbers are a starting point to check with your physiotherapist. Move slowly and only as far as feels comfortable.</source>
        <translation>Te liczby to propozycja na początek. Sprawdź je z fizjoterapeutą. Ruszaj się powoli i tylko tak daleko, jak ci wygodnie.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Print my exercise sheet</source>
        <translation>Wydrukuj moje ćwiczenia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up here. Ask a member of staff.</source>
        <translation>Tu nie ma drukarki. Zapytaj kogoś z personelu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your exercise sheet was sent to the printer.</source>
        <translation>Twoje ćwiczenia wysłano do drukarki.</translation>
    </message>
</context>
<context>
    <name>ExerciseTab</name>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/common.py" line="+38"/>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One knee or both</source>
        <translation>Jedno kolano albo oba</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rep(s) on each side</source>
        <translation>
            <numerusform>%n powtórzenie na każdą stronę</numerusform>
            <numerusform>%n powtórzenia na każdą stronę</numerusform>
            <numerusform>%n powtórzeń na każdą stronę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n powtórzenie</numerusform>
            <numerusform>%n powtórzenia</numerusform>
            <numerusform>%n powtórzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>hold %n s</source>
        <translation>
            <numerusform>trzymaj %n s</numerusform>
            <numerusform>trzymaj %n s</numerusform>
            <numerusform>trzymaj %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rest %n s</source>
        <translation>
            <numerusform>odpocznij %n s</numerusform>
            <numerusform>odpocznij %n s</numerusform>
            <numerusform>odpocznij %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n seria</numerusform>
            <numerusform>%n serie</numerusform>
            <numerusform>%n serii</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/details.py" line="+46"/>
        <source>Starting position</source>
        <translation>Pozycja wyjściowa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take care</source>
        <translation>Uważaj</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting position: %1</source>
        <translation>Pozycja wyjściowa: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take care: %1</source>
        <translation>Uważaj: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Picture of step %1</source>
        <translation>Obrazek kroku %1</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/display.py" line="+17"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../backpain_desktop/ui/exercises/sessions.py" line="+128"/>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../backpain_desktop/ui/exercises/timer_panel.py" line="+159"/>
        <source>Ready when you are</source>
        <translation>Zacznij, kiedy chcesz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest. Next: %1</source>
        <translation>Odpocznij. Dalej: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get ready</source>
        <translation>Przygotuj się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move slowly</source>
        <translation>Ruszaj się powoli</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../backpain_desktop/ui/exercises/runner.py" line="+158"/>
        <source>Hold</source>
        <translation>Trzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backpain_desktop/ui/exercises/runner.py" line="+2"/>
        <source>And relax</source>
        <translation>I rozluźnij się</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../backpain_desktop/ui/exercises/runner.py" line="+2"/>
        <source>Rest</source>
        <translation>Odpocznij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest before the next set</source>
        <translation>Odpocznij przed następną serią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: %1</source>
        <translation>Pauza: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rep %1 of %2 on each side</source>
        <translation>Powtórzenie %1 z %2 na każdą stronę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rep %1 of %2</source>
        <translation>Powtórzenie %1 z %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set %1 of %2</source>
        <translation>Seria %1 z %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set %1 of %2 done</source>
        <translation>Seria %1 z %2 gotowa</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/exercise_list.py" line="+24"/>
        <location filename="../../backpain_desktop/ui/exercises/layout.py" line="+51"/>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do all five</source>
        <translation>Zrób wszystkie pięć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do all %1</source>
        <translation>Zrób wszystkie (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do all the exercises in a row</source>
        <translation>Zrób wszystkie ćwiczenia po kolei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every exercise in order, with a rest between them</source>
        <translation>Wszystkie ćwiczenia po kolei, z odpoczynkiem między nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Print my exercise sheet</source>
        <translation>Wydrukuj moje ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/layout.py" line="-9"/>
        <source>How to do the exercise</source>
        <translation>Jak robić to ćwiczenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backpain_desktop/ui/exercises/timer_panel.py" line="-112"/>
        <source>Rep timer</source>
        <translation>Licznik powtórzeń</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/numbers.py" line="+31"/>
        <source>Your numbers</source>
        <translation>Twoje liczby</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Change the numbers</source>
        <translation>Zmień liczby</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>Repetitions</source>
        <translation>Powtórzenia</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Hold (seconds)</source>
        <translation>Trzymanie (sekundy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between reps (seconds)</source>
        <translation>Odpoczynek między powtórzeniami (sekundy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to suggested</source>
        <translation>Wróć do propozycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the suggested numbers</source>
        <translation>Wróć do proponowanych liczb</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Repetitions on each side</source>
        <translation>Powtórzenia na każdą stronę</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. These are your own numbers.</source>
        <translation>Zapisano. To są twoje własne liczby.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>These are the suggested numbers.</source>
        <translation>To są proponowane liczby.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+20"/>
        <source>Your numbers: %1</source>
        <translation>Twoje liczby: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>A suggested starting point — check with your physiotherapist: %1.</source>
        <translation>Propozycja na początek. Sprawdź ją z fizjoterapeutą: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are your own numbers.</source>
        <translation>To są twoje własne liczby.</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/runner.py" line="-40"/>
        <source>Paused</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Well done. That&apos;s all.</source>
        <translation>Dobra robota. To wszystko.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1. Get ready.</source>
        <translation>%1. Przygotuj się.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest. Next: %1.</source>
        <translation>Odpocznij. Dalej: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rep %1.</source>
        <translation>Powtórzenie %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <comment>exercise name, then the rep</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <comment>the rep, then the side</comment>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set %1 done. Rest.</source>
        <translation>Seria %1 gotowa. Odpocznij.</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/session_card.py" line="+26"/>
        <source>After the exercise</source>
        <translation>Po ćwiczeniu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you did</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Pain now</source>
        <translation>Ból teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save how your pain is now</source>
        <translation>Zapisz, jaki jest teraz ból</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open the Pacing tab</source>
        <translation>Otwórz kartę Tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Back to the timer</source>
        <translation>Wróć do licznika</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/sessions.py" line="-62"/>
        <location line="+9"/>
        <source>Your numbers were not saved</source>
        <translation>Twoje liczby nie zostały zapisane</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Session not saved</source>
        <translation>Sesja nie została zapisana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 z %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About %1 min.</source>
        <translation>Około %1 min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>It could not be added to your log.</source>
        <translation>Nie udało się dodać tego do twojego dziennika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped before the first rep. Nothing was added to your log.</source>
        <translation>Zatrzymano przed pierwszym powtórzeniem. Nic nie dodano do dziennika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done</source>
        <translation>Dobra robota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is in your Pacing log.</source>
        <translation>Jest w twoim dzienniku na karcie Tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain before you started: %1</source>
        <translation>Ból przed startem: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a number from 0 (no pain) to 10 first.</source>
        <translation>Najpierw wybierz liczbę od 0 (brak bólu) do 10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../backpain_desktop/ui/exercises/tab.py" line="+180"/>
        <source>Not saved.</source>
        <translation>Nie zapisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your pain is higher than before you started. That can happen when you start to exercise again: hurt does not equal harm. If it is more than you can manage, pace yourself: do a little less for now, split it into smaller parts with rests, and build up slowly.</source>
        <translation>Ból jest większy niż przed startem. Tak bywa, gdy znowu zaczynasz ćwiczyć: ból nie oznacza uszkodzenia. Jeśli to więcej, niż dajesz radę, rozkładaj siły: na razie rób trochę mniej, dziel ćwiczenia na mniejsze części z przerwami i dodawaj powoli.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/tab.py" line="+85"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../backpain_desktop/ui/exercises/timer_panel.py" line="+42"/>
        <location line="+76"/>
        <source>Start</source>
        <translation>Zacznij</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/timer_panel.py" line="-98"/>
        <source>Seconds left</source>
        <translation>Zostało sekund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This step</source>
        <translation>Ten krok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This set</source>
        <translation>Ta seria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moving picture of the exercise</source>
        <translation>Ruchomy obrazek ćwiczenia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start or pause</source>
        <translation>Start albo pauza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back a step</source>
        <translation>Krok wstecz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left arrow</source>
        <translation>Strzałka w lewo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this step</source>
        <translation>Pomiń ten krok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right arrow</source>
        <translation>Strzałka w prawo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mute sounds</source>
        <translation>Wycisz dźwięki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>Głos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoken cues</source>
        <translation>Podpowiedzi głosowe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain before you start</source>
        <translation>Ból przed startem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain before you start (optional)</source>
        <translation>Ból przed startem (nieobowiązkowo)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Sound off</source>
        <translation>Dźwięk wyłączony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound on</source>
        <translation>Dźwięk włączony</translation>
    </message>
</context>
<context>
    <name>FigureViewer</name>
    <message>
        <location filename="../../backpain_desktop/ui/figure.py" line="+398"/>
        <source>Step picture</source>
        <translation>Obrazek kroku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step picture, full size</source>
        <translation>Obrazek kroku, pełny rozmiar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture: %1</source>
        <translation>Obrazek: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the big picture</source>
        <translation>Zamknij duży obrazek</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Show this picture bigger</source>
        <translation>Pokaż ten obrazek większy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press to show this picture bigger</source>
        <translation>Naciśnij, żeby powiększyć obrazek</translation>
    </message>
</context>
<context>
    <name>KioskPacingPage</name>
    <message>
        <location filename="../../backpain_desktop/ui/kiosk_pacing.py" line="+107"/>
        <source>Pacing</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pacing in three steps</source>
        <translation>Tempo w trzech krokach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If activity brings pain you cannot bear, pacing can help you keep going without a flare-up.</source>
        <translation>Jeśli ruch daje ból nie do zniesienia, dobre tempo pomoże ci działać dalej bez zaostrzenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice how much you have managed lately, and start from there.</source>
        <translation>Zauważ, ile udało ci się ostatnio zrobić, i zacznij od tego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Split tasks into smaller pieces, with a rest between them.</source>
        <translation>Dziel zadania na mniejsze części, z odpoczynkiem między nimi.</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Build up slowly: about 10% more each week, and only if the last step did not cause a flare-up.</source>
        <translation>Zwiększaj powoli: około 10% więcej co tydzień i tylko wtedy, gdy poprzedni krok nie wywołał zaostrzenia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+251"/>
        <source>Keep to about the same amount each day, by your plan rather than by how the pain feels that day.</source>
        <translation>Rób mniej więcej tyle samo każdego dnia. Kieruj się planem, a nie tym, jak boli danego dnia.</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+251"/>
        <source>Some extra soreness for 20 to 30 minutes after activity is normal. It is not a flare-up.</source>
        <translation>Trochę większy ból przez 20 do 30 minut po ruchu jest normalny. To nie jest zaostrzenie.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Log what you did today</source>
        <translation>Zapisz dzisiejszą czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you do?</source>
        <translation>Jaka to była czynność?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For how long?</source>
        <translation>Jak długo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>minutes</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>How many minutes</source>
        <translation>Ile minut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain before (you can leave it out)</source>
        <translation>Ból przed (możesz pominąć)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain before</source>
        <translation>Ból przed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain after (you can leave it out)</source>
        <translation>Ból po (możesz pominąć)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain after</source>
        <translation>Ból po</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to today&apos;s log</source>
        <translation>Dodaj do dzisiejszego dziennika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log status</source>
        <translation>Stan dziennika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged today</source>
        <translation>Zapisane dziś</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Work out where to start</source>
        <translation>Ustal, od czego zacząć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How would you like to work it out?</source>
        <translation>Jak chcesz to ustalić?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Three times I remember</source>
        <translation>Trzy razy, które pamiętam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A good day and a bad day</source>
        <translation>Dobry dzień i zły dzień</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How many minutes could you do on three different days lately?</source>
        <translation>Ile minut udało ci się ostatnio zrobić w trzy różne dni?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second day</source>
        <translation>Drugi dzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Third day</source>
        <translation>Trzeci dzień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes on day %1</source>
        <translation>Minuty w dniu %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How many minutes can you manage on a good day, and on a bad day?</source>
        <translation>Ile minut dajesz radę w dobry dzień, a ile w zły dzień?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes on a good day</source>
        <translation>Minuty w dobry dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes on a bad day</source>
        <translation>Minuty w zły dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good day</source>
        <translation>Dobry dzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad day</source>
        <translation>Zły dzień</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Work out my plan</source>
        <translation>Ułóż mój plan</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your starting amount</source>
        <translation>Twoja ilość na start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your weekly plan</source>
        <translation>Twój plan na tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my plan</source>
        <translation>Wydrukuj mój plan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tap + to say how many minutes.</source>
        <translation>Dotknij +, żeby podać liczbę minut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not logged. %1</source>
        <translation>Nie zapisano. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2 minutes</source>
        <translation>%1, %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, pain %1 before</source>
        <translation>, ból przed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 after</source>
        <translation>, po: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Today so far:</source>
        <translation>Dziś do tej pory:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is 80% of the average of %1, %2 and %3 minutes, so you start a little below what you have managed.</source>
        <translation>To 80% średniej z %1, %2 i %3 min, więc zaczynasz trochę poniżej tego, co już dajesz radę zrobić.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is halfway between a good day (%1 minutes) and a bad day (%2 minutes).</source>
        <translation>To w połowie między dobrym dniem (%1 min) a złym dniem (%2 min).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap + to give a number of minutes for each day.</source>
        <translation>Dotknij +, żeby podać liczbę minut dla każdego dnia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start with %1 minutes of %2 a day.</source>
        <translation>Zacznij od %1 min dziennie (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week %1, from %2: %3 minutes a day</source>
        <translation>Tydzień %1, od %2: %3 min dziennie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up a week only if the week before did not cause a flare-up.</source>
        <translation>Przejdź do następnego tygodnia tylko wtedy, gdy poprzedni nie wywołał zaostrzenia.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My pacing plan: %1</source>
        <translation>Mój plan tempa: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My pacing plan</source>
        <translation>Mój plan tempa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
</context>
<context>
    <name>KioskPolicy</name>
    <message numerus="yes">
        <location filename="../../backpain_desktop/ui/kiosk.py" line="+347"/>
        <source>In %n second(s) the app will clear everything and start again for the next person.</source>
        <translation>
            <numerusform>Za %n sekundę aplikacja wyczyści wszystko i zacznie od nowa dla następnej osoby.</numerusform>
            <numerusform>Za %n sekundy aplikacja wyczyści wszystko i zacznie od nowa dla następnej osoby.</numerusform>
            <numerusform>Za %n sekund aplikacja wyczyści wszystko i zacznie od nowa dla następnej osoby.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/log_actions.py" line="+26"/>
        <source>Nothing changed.</source>
        <translation>Nic się nie zmieniło.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That entry is already gone.</source>
        <translation>Tego wpisu już nie ma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted %1 %2 of %3 from %4. Undo puts it back.</source>
        <translation>Usunięto %1 %2 (%3) z dnia %4. Cofnij przywraca wpis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put back: %1 of %2.</source>
        <translation>Przywrócono: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/log_panel.py" line="+54"/>
        <source>Show activity</source>
        <translation>Pokaż czynność</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show from</source>
        <translation>Pokaż od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show until</source>
        <translation>Pokaż do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any day</source>
        <translation>dowolny dzień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>Pokaż wszystko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sho&amp;w</source>
        <translation>Po&amp;każ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>D&amp;o</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Logged activities</source>
        <translation>Zapisane czynności</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit selected</source>
        <translation>Zmień wybrany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected</source>
        <translation>Usuń wybrany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log status</source>
        <translation>Stan dziennika</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select an entry in the table first.</source>
        <translation>Najpierw wybierz wpis w tabeli.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All activities</source>
        <translation>Wszystkie czynności</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Showing %1 of %n entr(y|ies).</source>
        <translation>
            <numerusform>Widać %1 z %n wpisu.</numerusform>
            <numerusform>Widać %1 z %n wpisów.</numerusform>
            <numerusform>Widać %1 z %n wpisów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backpain_desktop/ui/main_window.py" line="+81"/>
        <location line="+257"/>
        <source>Sections</source>
        <translation>Części</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Advice</source>
        <translation>Porady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advice</source>
        <translation>&amp;Porady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Exercises</source>
        <translation>Ć&amp;wiczenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pacing</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Scroll up and down</source>
        <translation>Przewiń w górę i w dół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll sideways</source>
        <translation>Przewiń w bok</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/urgent_help.py" line="+22"/>
        <location line="+30"/>
        <source>Get help &amp;urgently</source>
        <translation>Pilna po&amp;moc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to call 999, go to A&amp;E or call 111 (F1)</source>
        <translation>Kiedy dzwonić pod 999, iść na SOR (A&amp;E) albo dzwonić pod 111 (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent help</source>
        <translation>Pilna pomoc</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Get help urgently</source>
        <translation>Pilna pomoc</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/language_choice.py" line="+52"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the app</source>
        <translation>Wybierz język aplikacji</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/reminder_button.py" line="+35"/>
        <source>&amp;Reminders…</source>
        <translation>P&amp;rzypomnienia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise and position-break reminders</source>
        <translation>Przypomnienia o ćwiczeniach i zmianie pozycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
</context>
<context>
    <name>PacingTab</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/tab.py" line="+70"/>
        <source>Pacing</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan</source>
        <translation>Twój plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your log</source>
        <translation>Twój dziennik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1</source>
        <translation>Pokaż: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scroll %1 up and down</source>
        <translation>Przewiń w górę i w dół: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll %1 sideways</source>
        <translation>Przewiń w bok: %1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Not saved yet: please check the messages above.</source>
        <translation>Jeszcze nie zapisano. Sprawdź komunikaty powyżej.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved. %1 What you entered is still here.</source>
        <translation>Nie zapisano. %1 To, co wpisano, nadal tu jest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes saved: %1 %2 of %3.</source>
        <translation>Zapisano zmiany: %1 %2 (%3).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved: %1 %2 of %3.</source>
        <translation>Zapisano: %1 %2 (%3).</translation>
    </message>
</context>
<context>
    <name>PacingWords</name>
    <message numerus="yes">
        <location filename="../../backpain_desktop/ui/pacing/words.py" line="+42"/>
        <source>You tried it on %n day(s): %2 %3. The average was about %4 %3, and the plan started at 80% of that: %5 %3 a day.</source>
        <translation>
            <numerusform>Twoja próba z %n dnia: %2 %3. Średnio to około %4 %3, a plan zaczął się od 80% tego: %5 %3 dziennie.</numerusform>
            <numerusform>Twoje próby z %n dni: %2 %3. Średnio to około %4 %3, a plan zaczął się od 80% tego: %5 %3 dziennie.</numerusform>
            <numerusform>Twoje próby z %n dni: %2 %3. Średnio to około %4 %3, a plan zaczął się od 80% tego: %5 %3 dziennie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>it went up by about %1% in %n week(s) without a flare-up</source>
        <translation>
            <numerusform>rósł o około %1% przez %n tydzień bez zaostrzenia</numerusform>
            <numerusform>rósł o około %1% przez %n tygodnie bez zaostrzenia</numerusform>
            <numerusform>rósł o około %1% przez %n tygodni bez zaostrzenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>it stayed the same for %n week(s)</source>
        <translation>
            <numerusform>nie zmieniał się przez %n tydzień</numerusform>
            <numerusform>nie zmieniał się przez %n tygodnie</numerusform>
            <numerusform>nie zmieniał się przez %n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>it stepped back for a flare-up in %n week(s)</source>
        <translation>
            <numerusform>cofnął się z powodu zaostrzenia w %n tygodniu</numerusform>
            <numerusform>cofnął się z powodu zaostrzenia w %n tygodniach</numerusform>
            <numerusform>cofnął się z powodu zaostrzenia w %n tygodniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>This week you kept to your plan on %1 of %n day(s).</source>
        <translation>
            <numerusform>W tym tygodniu plan udało się utrzymać w %1 z %n dnia.</numerusform>
            <numerusform>W tym tygodniu plan udało się utrzymać w %1 z %n dni.</numerusform>
            <numerusform>W tym tygodniu plan udało się utrzymać w %1 z %n dni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/plan_card.py" line="+23"/>
        <location line="+1"/>
        <source>Today&apos;s plan</source>
        <translation>Plan na dziś</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and chart for</source>
        <translation>Plan i wykres dla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s amount</source>
        <translation>Ilość na dziś</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>How was this worked out?</source>
        <translation>Skąd ta liczba?</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>How today&apos;s amount was worked out</source>
        <translation>Skąd się wzięła dzisiejsza ilość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flare-up status</source>
        <translation>Stan zaostrzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>I&apos;m having a flare-up</source>
        <translation>Mam zaostrzenie</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>When to get help urgently</source>
        <translation>Kiedy szukać pilnej pomocy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My flare-up plan</source>
        <translation>Mój plan na zaostrzenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan status</source>
        <translation>Stan planu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan &amp;for</source>
        <translation>Plan &amp;dla</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Hide how this was worked out</source>
        <translation>Ukryj, skąd ta liczba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My flare-up is over</source>
        <translation>Zaostrzenie minęło</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/plan_panel.py" line="+47"/>
        <location line="+1"/>
        <source>The weeks ahead</source>
        <translation>Następne tygodnie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly plan</source>
        <translation>Plan na tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A day</source>
        <translation>Dziennie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Plan settings</source>
        <translation>Ustawienia planu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build-up each week, percent</source>
        <translation>Wzrost co tydzień, procent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal a day</source>
        <translation>Cel dziennie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means no goal: the plan keeps building up.</source>
        <translation>0 oznacza brak celu: plan dalej rośnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set starting amount…</source>
        <translation>Ustaw ilość na start…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split a task…</source>
        <translation>Podziel zadanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Write my flare-up plan…</source>
        <translation>Napisz mój plan na zaostrzenie…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Plan settings status</source>
        <translation>Stan ustawień planu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build-&amp;up each week</source>
        <translation>&amp;Wzrost co tydzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Goal a day</source>
        <translation>&amp;Cel dziennie</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change my flare-up plan…</source>
        <translation>Zmień mój plan na zaostrzenie…</translation>
    </message>
</context>
<context>
    <name>PlanPresenter</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/plan_presenter.py" line="+85"/>
        <source>No plan yet for %1. Set a starting amount in Your plan.</source>
        <translation>Nie ma jeszcze planu dla: %1. Ustaw ilość na start w części Twój plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a starting amount: from 3 tries on different days, or halfway between a good day and a bad day.</source>
        <translation>Ustaw ilość na start: z 3 prób w różne dni albo w połowie między dobrym a złym dniem.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The weeks ahead assume no new flare-up.</source>
        <translation>Następne tygodnie zakładają, że nie będzie nowego zaostrzenia.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../backpain_desktop/ui/reminders/controller.py" line="+153"/>
        <source>Your pacing plan: {activity} for about {minutes} minutes at a time. Change position for a while, then carry on.</source>
        <translation>Twój plan tempa: {activity} przez około {minutes} min naraz. Zmień na chwilę pozycję, potem rób dalej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to change position</source>
        <translation>Czas zmienić pozycję</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Log an activity</source>
        <translation>Zapisz czynność</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>About {minutes} minutes, when it suits you.</source>
        <translation>Około {minutes} min, kiedy ci pasuje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This reminder was for {time}, while the computer was asleep. </source>
        <translation>To przypomnienie było na {time}, gdy komputer był uśpiony. </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../backpain_desktop/ui/reminders/settings_dialog.py" line="+258"/>
        <source>Time for your back exercises</source>
        <translation>Czas na ćwiczenia na plecy</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Start exercises</source>
        <translation>Zacznij ćwiczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 minutes</source>
        <translation>Przypomnij za 10 minut</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{app} is still running</source>
        <translation>{app} nadal działa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reminders keep coming. To open the app or quit it, use its icon in the tray.</source>
        <translation>Przypomnienia będą dalej przychodzić. Żeby otworzyć albo zamknąć aplikację, użyj jej ikony w zasobniku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your reminders keep coming. To open the app again, click a reminder or start the app again. To stop, turn reminders off in the app.</source>
        <translation>Przypomnienia będą dalej przychodzić. Żeby znowu otworzyć aplikację, kliknij przypomnienie albo uruchom ją ponownie. Żeby to zatrzymać, wyłącz przypomnienia w aplikacji.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reminders are off.</source>
        <translation>Przypomnienia są wyłączone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders are paused until {time}.</source>
        <translation>Przypomnienia są wstrzymane do {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more reminders today.</source>
        <translation>Dziś nie będzie już przypomnień.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next exercise reminder: {day} at {time}.</source>
        <translation>Następne przypomnienie o ćwiczeniach: {day}, {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position breaks every {minutes} minutes while you use the computer.</source>
        <translation>Przerwy na zmianę pozycji co {minutes} min, gdy używasz komputera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position breaks wait for a sitting or standing plan.</source>
        <translation>Przerwy na zmianę pozycji czekają na plan siedzenia albo stania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders are on, but no days and times are chosen yet.</source>
        <translation>Przypomnienia są włączone, ale nie wybrano jeszcze dni i godzin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{app}: reminders are on</source>
        <translation>{app}: przypomnienia są włączone</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders menu</source>
        <translation>Menu przypomnień</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start today&apos;s exercises</source>
        <translation>Zacznij dzisiejsze ćwiczenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause reminders for an hour</source>
        <translation>Wstrzymaj przypomnienia na godzinę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders today</source>
        <translation>Bez przypomnień dzisiaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume reminders</source>
        <translation>Wznów przypomnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder settings…</source>
        <translation>Ustawienia przypomnień…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Zamknij aplikację</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/reminders/settings_dialog.py" line="-184"/>
        <location line="+212"/>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Reminder settings</source>
        <translation>Ustawienia przypomnień</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remind me (the app stays in the tray when its window is closed)</source>
        <translation>Przypominaj mi (aplikacja zostaje w zasobniku po zamknięciu okna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders on</source>
        <translation>Przypomnienia włączone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise reminders</source>
        <translation>Przypomnienia o ćwiczeniach</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder time {n}</source>
        <translation>Godzina przypomnienia {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time {n}</source>
        <translation>Godzina {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to my calendar…</source>
        <translation>Dodaj do mojego kalendarza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <location line="+9"/>
        <source>Add to my calendar</source>
        <translation>Dodaj do mojego kalendarza</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Position breaks</source>
        <translation>Przerwy na zmianę pozycji</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remind me to change position</source>
        <translation>Przypominaj mi o zmianie pozycji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which plan</source>
        <translation>Który plan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quiet hours</source>
        <translation>Godziny ciszy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders from</source>
        <translation>Bez przypomnień od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours on</source>
        <translation>Godziny ciszy włączone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours start</source>
        <translation>Początek godzin ciszy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours end</source>
        <translation>Koniec godzin ciszy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start at login, hidden in the tray</source>
        <translation>Uruchamiaj po zalogowaniu, ukrytą w zasobniku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminder status</source>
        <translation>Stan przypomnień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop shows no tray icons: reminders still appear as notifications. To open the app after closing its window, start it again.</source>
        <translation>Ten pulpit nie pokazuje ikon w zasobniku: przypomnienia nadal pojawią się jako powiadomienia. Żeby otworzyć aplikację po zamknięciu okna, uruchom ją ponownie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your plan today: {activity} for {minutes} minutes at a time. The reminder follows your plan as it builds up each week.</source>
        <translation>Twój plan na dziś: {activity} przez {minutes} min naraz. Przypomnienie idzie za planem, gdy rośnie co tydzień.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a starting amount for sitting or standing on the Pacing tab first; the reminder then follows that plan.</source>
        <translation>Najpierw ustaw ilość na start dla siedzenia albo stania na karcie Tempo. Potem przypomnienie będzie iść za tym planem.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose at least one day and one time first.</source>
        <translation>Najpierw wybierz co najmniej jeden dzień i jedną godzinę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back exercises</source>
        <translation>Ćwiczenia na plecy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your back exercises from {app}. About {minutes} minutes.</source>
        <translation>Twoje ćwiczenia na plecy z aplikacji {app}. Około {minutes} min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file}. Open it with your calendar (Outlook, Google Calendar, Apple Calendar or Thunderbird) to add the reminders.</source>
        <translation>Zapisano {file}. Otwórz ten plik w swoim kalendarzu (Outlook, Kalendarz Google, Kalendarz Apple albo Thunderbird), żeby dodać przypomnienia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start at login could not be changed: {error}</source>
        <translation>Nie udało się zmienić uruchamiania po zalogowaniu: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved.</source>
        <translation>Nie udało się zapisać pliku.</translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/report.py" line="+30"/>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Obrazek PNG (*.png);;Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart saved as %1.</source>
        <translation>Wykres zapisano jako %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No starting amount has been set.</source>
        <translation>Nie ustawiono ilości na start.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report for my physiotherapist</source>
        <translation>Raport dla mojego fizjoterapeuty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report saved as %1.</source>
        <translation>Raport zapisano jako %1.</translation>
    </message>
</context>
<context>
    <name>SplitTaskDialog</name>
    <message numerus="yes">
        <location filename="../../backpain_desktop/ui/pacing_dialogs.py" line="+225"/>
        <source>do %n minute(s)</source>
        <translation>
            <numerusform>rób przez %n minutę</numerusform>
            <numerusform>rób przez %n minuty</numerusform>
            <numerusform>rób przez %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rest %n minute(s)</source>
        <translation>
            <numerusform>odpocznij %n minutę</numerusform>
            <numerusform>odpocznij %n minuty</numerusform>
            <numerusform>odpocznij %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n piece(s); finished after %2:%3 (hours:minutes).</source>
        <translation>
            <numerusform>%n część; koniec po %2:%3 (godziny:minuty).</numerusform>
            <numerusform>%n części; koniec po %2:%3 (godziny:minuty).</numerusform>
            <numerusform>%n części; koniec po %2:%3 (godziny:minuty).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../backpain_desktop/ui/widgets.py" line="+206"/>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Less: %1</source>
        <translation>Mniej: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More: %1</source>
        <translation>Więcej: %1</translation>
    </message>
</context>
<context>
    <name>TapScale</name>
    <message>
        <location line="-84"/>
        <source>Pain</source>
        <translation>Ból</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2 out of 10</source>
        <translation>%1, %2 na 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 no pain</source>
        <translation>0 brak bólu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 worst pain you can imagine</source>
        <translation>10 najgorszy ból, jaki możesz sobie wyobrazić</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You chose %1</source>
        <translation>Twój wybór: %1</translation>
    </message>
</context>
<context>
    <name>TodayForm</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/today_form.py" line="+40"/>
        <location line="+1"/>
        <source>Log an activity</source>
        <translation>Zapisz czynność</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain before you start</source>
        <translation>Ból przed startem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain after</source>
        <translation>Ból po</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>nieobowiązkowo</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+88"/>
        <source>Save entry</source>
        <translation>Zapisz wpis</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Cancel changes</source>
        <translation>Anuluj zmiany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>Stan zapisu</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Ac&amp;tivity</source>
        <translation>&amp;Czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>&amp;Ilość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain &amp;before</source>
        <translation>Ból &amp;przed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain afte&amp;r</source>
        <translation>Ból p&amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the entry from %1.</source>
        <translation>Zmieniasz wpis z dnia %1.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../backpain_desktop/startup.py" line="+273"/>
        <source>The content pack in %1 could not be used, so the standard advice is shown instead. The problem: %2</source>
        <translation>Nie udało się użyć pakietu treści z %1, więc widać zwykłe porady. Problem: %2</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Your log is shown, but new entries cannot be saved because the log or its folder cannot be written:
{folder}
Nothing you saved before has been lost. Check the folder&apos;s permissions, or that the disk is not full or removed, then start the app again.</source>
        <translation>Twój dziennik jest widoczny, ale nowych wpisów nie da się zapisać, bo nie można zapisywać w dzienniku ani w jego folderze:
{folder}
Nic, co zapisano wcześniej, nie przepadło. Sprawdź uprawnienia folderu i czy dysk nie jest pełny albo odłączony. Potem uruchom aplikację jeszcze raz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your log file was damaged, so the copy kept on {day} has been put back. Anything logged after that copy was made is not in it. The damaged file has been kept, not deleted, at:
{moved}</source>
        <translation>Plik twojego dziennika był uszkodzony, więc przywrócono kopię z dnia {day}. Nie ma w niej tego, co zapisano po zrobieniu tej kopii. Uszkodzony plik zachowano, nie usunięto go. Jest tutaj:
{moved}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your log file was damaged and could not be read, so a new, empty log has been started. The old file has been kept, not deleted, at:
{moved}
If you need what was in it, keep that file and ask for help.</source>
        <translation>Plik twojego dziennika był uszkodzony i nie dało się go odczytać, więc zaczęto nowy, pusty dziennik. Stary plik zachowano, nie usunięto go. Jest tutaj:
{moved}
Jeśli potrzebujesz tego, co w nim było, zachowaj ten plik i poproś o pomoc.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your log file is damaged</source>
        <translation>Plik twojego dziennika jest uszkodzony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your log file is damaged and cannot be read. It has been kept aside, not deleted.

A copy of your log from {day} was found. Put that copy back? Anything logged after that copy was made will not be in it.

If you choose not to, a new, empty log is started and the copy is kept.</source>
        <translation>Plik twojego dziennika jest uszkodzony i nie da się go odczytać. Odłożono go na bok, nie usunięto.

Znaleziono kopię twojego dziennika z dnia {day}. Przywrócić tę kopię? Nie będzie w niej tego, co zapisano po zrobieniu kopii.

Jeśli nie chcesz, zacznie się nowy, pusty dziennik, a kopia zostanie zachowana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the copy back</source>
        <translation>Przywróć kopię</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new log</source>
        <translation>Zacznij nowy dziennik</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Cannot start</source>
        <translation>Nie można uruchomić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for your log cannot be created: {folder}</source>
        <translation>Nie można utworzyć folderu na twój dziennik: {folder}</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/app.py" line="+120"/>
        <source>Cannot open your log</source>
        <translation>Nie można otworzyć twojego dziennika</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{app} (read-only: new entries cannot be saved)</source>
        <translation>{app} (tylko do odczytu: nowych wpisów nie da się zapisać)</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../backpain_desktop/ui/chart.py" line="+184"/>
        <location line="+1"/>
        <source>Pacing chart</source>
        <translation>Wykres tempa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount each day</source>
        <translation>Ilość każdego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly average a day</source>
        <translation>Średnia dzienna z tygodnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain (0-10)</source>
        <translation>Ból (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain, 7-day average</source>
        <translation>Ból, średnia z 7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flare-up</source>
        <translation>Zaostrzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boom and bust</source>
        <translation>Huśtawka</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 a day, weekly average</source>
        <translation>%1 dziennie, średnia z tygodnia</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>d MMM</source>
        <comment>date format on the chart: day and month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMM yyyy</source>
        <comment>date format on the chart: month and year</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location filename="../../backpain_desktop/domain/content.py" line="+579"/>
        <source>The leaflet is due for review in %1.</source>
        <translation>Termin przeglądu ulotki: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The leaflet was due for review in %1, so the hospital may change it. We checked this advice against NHS advice in %2. It still matched.</source>
        <translation>Termin przeglądu ulotki minął (%1), więc szpital może ją zmienić. Te porady porównaliśmy z poradami NHS (%2). Nadal były zgodne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The leaflet was due for review in %1. That date has passed. Some of this may now be out of date. Ask your physiotherapist if anything has changed.</source>
        <translation>Termin przeglądu ulotki: %1. Ten termin minął. Część porad może być nieaktualna. Zapytaj fizjoterapeutę, czy coś się zmieniło.</translation>
    </message>
</context>
<context>
    <name>entries</name>
    <message>
        <location filename="../../backpain_desktop/domain/entries.py" line="+15"/>
        <source>Walking</source>
        <translation>Chodzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housework</source>
        <translation>Prace domowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gardening</source>
        <translation>Prace w ogrodzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting</source>
        <translation>Siedzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>Stanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reps</source>
        <translation>powtórzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metres</source>
        <translation>metry</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pain must be a whole number from 0 (no pain) to 10 (worst imaginable).</source>
        <translation>Ból musi być liczbą całkowitą od 0 (brak bólu) do 10 (najgorszy możliwy).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain must be from 0 (no pain) to 10 (worst imaginable).</source>
        <translation>Ból musi być od 0 (brak bólu) do 10 (najgorszy możliwy).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter how many %1.</source>
        <translation>Wpisz, ile (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Enter a number of %1, for example 20.</source>
        <translation>Wpisz liczbę (%1), na przykład 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of %1 must be more than 0.</source>
        <translation>Liczba (%1) musi być większa niż 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more %1 than one entry can hold (at most %2).</source>
        <translation>To za dużo (%1) na jeden wpis (najwyżej %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose or type an activity.</source>
        <translation>Wybierz albo wpisz czynność.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the activity name to %1 characters or fewer.</source>
        <translation>Nazwa czynności może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity name holds a hidden control character that cannot be saved. Please type the name again.</source>
        <translation>W nazwie czynności jest ukryty znak sterujący, którego nie da się zapisać. Wpisz nazwę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose minutes, reps or metres.</source>
        <translation>Wybierz minuty, powtórzenia albo metry.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The note holds a broken character that cannot be saved. Please type the note again.</source>
        <translation>W notatce jest uszkodzony znak, którego nie da się zapisać. Wpisz notatkę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That time is in the future. Log what you have already done.</source>
        <translation>Ten czas jest w przyszłości. Zapisuj to, co już zrobiono.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../backpain_desktop/ui/errors.py" line="+66"/>
        <source>Sorry, something went wrong</source>
        <translation>Przepraszamy, coś poszło nie tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. What you saved before is safe. If this keeps happening, please tell us.</source>
        <translation>Stało się coś niespodziewanego. To, co już zapisano, jest bezpieczne. Jeśli to się powtarza, daj nam znać.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../backpain_desktop/ui/i18n.py" line="+161"/>
        <source>%1 %2</source>
        <comment>month name, then year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../backpain_desktop/ui/kiosk.py" line="-166"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Finish and clear</source>
        <translation>Zakończ i wyczyść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clears everything you did here and starts again for the next person</source>
        <translation>Czyści wszystko, co tu zrobiono, i zaczyna od nowa dla następnej osoby</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clears everything you did here, for the next person</source>
        <translation>Czyści wszystko, co tu zrobiono, dla następnej osoby</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kiosk controls</source>
        <translation>Przyciski kiosku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation>Wielkość tekstu</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <location line="+111"/>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+1"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Tak, nadal tu jestem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Finish now</source>
        <translation>Zakończ teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clears everything and starts again</source>
        <translation>Czyści wszystko i zaczyna od nowa</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Staff: leave kiosk mode</source>
        <translation>Personel: wyjdź z trybu kiosku</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Staff PIN</source>
        <translation>PIN personelu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Wyjdź z trybu kiosku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel, stay in kiosk mode</source>
        <translation>Anuluj, zostań w trybie kiosku</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No staff PIN is set, so anyone with a keyboard can leave kiosk mode. Set one with --set-kiosk-pin.</source>
        <translation>Nie ustawiono PIN-u personelu, więc każdy z klawiaturą może wyjść z trybu kiosku. Ustaw go opcją --set-kiosk-pin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That PIN is not right.</source>
        <translation>Ten PIN jest błędny.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Za dużo błędnych PIN-ów. Spróbuj znowu za %1 s.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Print this page</source>
        <translation>Drukuj tę stronę</translation>
    </message>
</context>
<context>
    <name>pacing</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/words.py" line="-86"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today: about %1 %2 of %3.</source>
        <translation>Dziś: około %1 %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today: about %1 %2 of %3 (held during your flare-up).</source>
        <translation>Dziś: około %1 %2 (%3), bez zwiększania w czasie zaostrzenia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On a good day you managed %1 %3 and on a bad day %2 %3. The plan started halfway between: %4 %3 a day.</source>
        <translation>W dobry dzień udało ci się %1 %3, a w zły dzień %2 %3. Plan zaczął się w połowie: %4 %3 dziennie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backpain_desktop/ui/pacing_dialogs.py" line="-178"/>
        <source>You set %1 %2 a day yourself.</source>
        <translation>Twoja własna ilość: %1 %2 dziennie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That was on %1.</source>
        <translation>To było %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Since then %1.</source>
        <translation>Od tego czasu plan %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So this week (week %1 of your plan) it is %2 %3 a day. Keep to about this much each day, whatever the pain says.</source>
        <translation>W tym tygodniu (tydzień %1 planu) to %2 %3 dziennie. Trzymaj się mniej więcej tej ilości każdego dnia, bez względu na ból.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>amount and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set a starting amount to see your plan on the chart.</source>
        <translation>Ustaw ilość na start, żeby zobaczyć plan na wykresie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your pain after %1 (0-10), averaged over the last 7 days: %2.</source>
        <translation>Ból po czynności %1 (0–10), średnio z ostatnich 7 dni: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same as the week before.</source>
        <translation>Tak samo jak tydzień wcześniej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down %1 from the week before.</source>
        <translation>Mniej o %1 niż tydzień wcześniej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up %1 from the week before.</source>
        <translation>Więcej o %1 niż tydzień wcześniej.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boom-and-bust days in this range: %1 (last on %2).</source>
        <translation>Dni huśtawki w tym okresie: %1 (ostatni: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing logged for %1 yet. Log it on Today and your amounts and pain will show here.</source>
        <translation>Brak wpisów dla: %1. Zapisz je w części Dziś, a ilości i ból pojawią się tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 2 weeks</source>
        <translation>ostatnie 2 tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 3 months</source>
        <translation>ostatnie 3 miesiące</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this range</source>
        <translation>ten okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing logged for %1 in %2. Choose All to see everything.</source>
        <translation>Brak wpisów dla: %1 (okres: %2). Wybierz Wszystko, żeby zobaczyć całość.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No flare-up now. If one starts, press the button: the plan steps back a week and holds until a week without one.</source>
        <translation>Teraz nie ma zaostrzenia. Jeśli się zacznie, naciśnij przycisk: plan cofnie się o tydzień i zatrzyma, aż minie tydzień bez zaostrzenia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flare-up since %1. Your plan has stepped back and is held. Flare-ups usually settle within 2 to 7 days. Some extra soreness for 20 to 30 minutes after activity is normal.</source>
        <translation>Zaostrzenie od %1. Plan cofnął się i stoi w miejscu. Zaostrzenie zwykle mija w ciągu 2 do 7 dni. Trochę większa bolesność przez 20 do 30 minut po wysiłku jest normalna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You have not written a flare-up plan yet (Your plan, Write my flare-up plan).</source>
        <translation>Nie masz jeszcze planu na zaostrzenie (Twój plan, Napisz mój plan na zaostrzenie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What can set it off: %1</source>
        <translation>Co może je wywołać: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My early warning signs: %1</source>
        <translation>Moje pierwsze sygnały: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps me: %1</source>
        <translation>Co mi pomaga: %1</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/pacing_dialogs.py" line="-6"/>
        <source>Your 3 tries were %1 %2. Their average is about %3 %2; 80% of that is %4 %2 a day.</source>
        <translation>Twoje 3 próby: %1 %2. Średnio to około %3 %2. 80% tego to %4 %2 dziennie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Halfway between a good day (%1 %3) and a bad day (%2 %3) is %4 %3 a day.</source>
        <translation>W połowie między dobrym dniem (%1 %3) a złym dniem (%2 %3) jest %4 %3 dziennie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting amount for %1</source>
        <translation>Ilość na start: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the activity on 3 different days and note how much you managed before it became too much. Or think of a good day and a bad day.</source>
        <translation>Spróbuj tej czynności w 3 różne dni. Zapisz, ile udało ci się zrobić, zanim było za dużo. Możesz też pomyśleć o dobrym i złym dniu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From 3 tries on different days</source>
        <translation>Z 3 prób w różne dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halfway between a good day and a bad day</source>
        <translation>W połowie między dobrym a złym dniem</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Day of try %1</source>
        <translation>Dzień próby %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount on try %1</source>
        <translation>Ilość w próbie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try %1</source>
        <translation>Próba %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount on a good day</source>
        <translation>Ilość w dobry dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount on a bad day</source>
        <translation>Ilość w zły dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good day</source>
        <translation>Dobry dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad day</source>
        <translation>Zły dzień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting amount</source>
        <translation>Ilość na start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this amount</source>
        <translation>Użyj tej ilości</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter an amount above 0 for each try, each on a different day.</source>
        <translation>Wpisz ilość większą niż 0 dla każdej próby, każdą w inny dzień.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount above 0 for both days.</source>
        <translation>Wpisz ilość większą niż 0 dla obu dni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start at %1 %2 a day. </source>
        <translation>Zacznij od %1 %2 dziennie. </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My flare-up plan</source>
        <translation>Mój plan na zaostrzenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What can set off a flare-up</source>
        <translation>Co może wywołać zaostrzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My early warning signs</source>
        <translation>Moje pierwsze sygnały</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helps me</source>
        <translation>Co mi pomaga</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write this while you feel well, so it is ready when you need it. Flare-ups usually settle within a few days to a week.</source>
        <translation>Napisz to, gdy czujesz się dobrze, żeby mieć to pod ręką, gdy będzie trzeba. Zaostrzenie zwykle mija w ciągu kilku dni do tygodnia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save plan</source>
        <translation>Zapisz plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Split a task into smaller pieces</source>
        <translation>Podziel zadanie na mniejsze części</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole task, minutes</source>
        <translation>Całe zadanie, minuty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each piece, minutes</source>
        <translation>Każda część, minuty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between pieces, minutes</source>
        <translation>Odpoczynek między częściami, minuty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I want to do (%1)</source>
        <translation>Chcę zrobić (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pieces of</source>
        <translation>W częściach po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting between for</source>
        <translation>Z odpoczynkiem po</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Rozkład</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/dialogs.py" line="+79"/>
        <source>Keep my data</source>
        <translation>Zachowaj moje dane</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/common.py" line="+22"/>
        <source>ddd d MMM</source>
        <comment>date format: day name, day, month</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy</source>
        <comment>date format: day name, day, month, year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>date and time format</comment>
        <translation>ddd d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../backpain_desktop/ui/printing.py" line="+125"/>
        <source>Printable page: %1</source>
        <translation>Strona do druku: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask at the desk to print this, or take a photo of the screen</source>
        <translation>Poproś w recepcji o wydruk albo zrób zdjęcie ekranu</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Close this page</source>
        <translation>Zamknij tę stronę</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The page to print</source>
        <translation>Strona do druku</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../backpain_desktop/ui/report.py" line="+59"/>
        <source>Made on %1 from the person’s own log.</source>
        <translation>Zrobiono %1 z własnego dziennika tej osoby.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average a day (%1)</source>
        <translation>Średnio dziennie (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average pain</source>
        <translation>Średni ból</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercise sessions</source>
        <translation>Sesje ćwiczeń</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pain rose within 2 days</source>
        <translation>ból wzrósł w ciągu 2 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity dropped within 2 days</source>
        <translation>aktywność spadła w ciągu 2 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 against a plan of %3; %4</source>
        <translation>%1: %2, a plan to %3; %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pacing report</source>
        <translation>Raport z karty Tempo</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../backpain_desktop/ui/theme.py" line="+362"/>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller text</source>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal text size</source>
        <translation>Zwykły rozmiar tekstu</translation>
    </message>
</context>
</TS>
