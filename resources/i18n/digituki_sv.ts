<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The value must be between {low} and {high}.</source>
            <translation>Värdet ska vara mellan {low} och {high}.</translation>
        </message>
        <message>
            <source>The text is too long: at most {limit} characters.</source>
            <translation>Texten är för lång: högst {limit} tecken.</translation>
        </message>
        <message>
            <source>Choose Finnish, Swedish or English.</source>
            <translation>Välj finska, svenska eller engelska.</translation>
        </message>
        <message>
            <source>This information is needed. Please fill it in.</source>
            <translation>Den här uppgiften behövs. Fyll i den.</translation>
        </message>
        <message>
            <source>This database was saved by a newer version of Digituki. Install the newest version; nothing was changed.</source>
            <translation>Databasen har sparats med en nyare version av Digituki. Installera den nyaste versionen. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
            <translation>Databasen kunde inte öppnas. Starta om Digituki. Om det händer igen, be din stödperson titta på loggfilen.</translation>
        </message>
        <message>
            <source>The item was not found. It may have been removed on another desk.</source>
            <translation>Uppgiften hittades inte. Den kan ha tagits bort på en annan dator.</translation>
        </message>
        <message>
            <source>Someone changed this at the same time. Please try again.</source>
            <translation>Någon ändrade det här samtidigt. Försök igen.</translation>
        </message>
        <message>
            <source>Something went wrong. Please try again.</source>
            <translation>Något gick fel. Försök igen.</translation>
        </message>
        <message>
            <source>Please check the information you entered.</source>
            <translation>Kontrollera uppgifterna du angav.</translation>
        </message>
        <message>
            <source>Digituki</source>
            <translation>Digituki</translation>
        </message>
        <message>
            <source>Something unexpected happened. Your saved work is safe. If it happens again, tell your support person; the details are in the log file:
{path}</source>
            <translation>Ett oväntat fel inträffade. Det du har sparat är i tryggt förvar. Om det händer igen, berätta för din stödperson. Detaljerna finns i loggfilen:
{path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>Idag</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>Tidsbokningar</translation>
        </message>
        <message>
            <source>Help log</source>
            <translation>Stödloggen</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Guider</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Databasen öppnas…</translation>
        </message>
        <message>
            <source>Digituki — digital support desk</source>
            <translation>Digituki — digistödspunkt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gå till</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Digituki</source>
            <translation>&amp;Om Digituki</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Delar</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
            <translation>Databasen kunde inte öppnas. Starta om Digituki. Om det händer igen, be din stödperson titta på loggfilen.</translation>
        </message>
        <message>
            <source>The database is not available.</source>
            <translation>Databasen är inte tillgänglig.</translation>
        </message>
        <message>
            <source>About Digituki</source>
            <translation>Om Digituki</translation>
        </message>
        <message>
            <source>Digituki {version}

For digital-support points: bookings, help log, guides and anonymous statistics.

Data folder: {folder}</source>
            <translation>Digituki {version}

För digistödspunkter: tidsbokningar, stödlogg, guider och anonym statistik.

Datamapp: {folder}</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
            <translation>Den här delen av Digituki är inte klar ännu. Den kommer i en senare version. Fortsätt tills vidare som du brukar.</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Den här datorn</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Textstorlek:</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Textstorlek</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Datamapp:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datamapp</translation>
        </message>
        <message>
            <source>This digital-support point</source>
            <translation>Den här digistödspunkten</translation>
        </message>
        <message>
            <source>&amp;Name of the point:</source>
            <translation>&amp;Punktens namn:</translation>
        </message>
        <message>
            <source>Name of the point</source>
            <translation>Punktens namn</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Kommun:</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>&amp;Keep customers' contact details for:</source>
            <translation>&amp;Kundernas kontaktuppgifter sparas i:</translation>
        </message>
        <message>
            <source>Days to keep customers' contact details</source>
            <translation>Antal dagar kundernas kontaktuppgifter sparas</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <source>&amp;Save the point's details</source>
            <translation>S&amp;para punktens uppgifter</translation>
        </message>
        <message>
            <source>Save the point's details</source>
            <translation>Spara punktens uppgifter</translation>
        </message>
        <message>
            <source>Language changed.</source>
            <translation>Språket har bytts.</translation>
        </message>
        <message>
            <source>The point's details were saved.</source>
            <translation>Punktens uppgifter har sparats.</translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>Choose a month from the list.</source>
            <translation>Välj en månad i listan.</translation>
        </message>
        <message>
            <source>The first month must come before the last month.</source>
            <translation>Den första månaden måste komma före den sista.</translation>
        </message>
        <message>
            <source>Choose at most ten years at a time.</source>
            <translation>Välj högst tio år åt gången.</translation>
        </message>
        <message>
            <source>The coordinator file could not be made. Nothing was saved.</source>
            <translation>Koordinatorns fil kunde inte skapas. Ingenting sparades.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsArea</name>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Which period</source>
            <translation>Vilken period</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Visa:</translation>
        </message>
        <message>
            <source>Length of the period</source>
            <translation>Periodens längd</translation>
        </message>
        <message>
            <source>One month</source>
            <translation>En månad</translation>
        </message>
        <message>
            <source>Several months</source>
            <translation>Flera månader</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Hela året</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Månad:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Första månaden</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Sista månaden</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>The numbers</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Help sessions:</source>
            <translation>Stödtillfällen:</translation>
        </message>
        <message>
            <source>Customers:</source>
            <translation>Kunder:</translation>
        </message>
        <message>
            <source>Time spent helping:</source>
            <translation>Stödtid totalt:</translation>
        </message>
        <message>
            <source>A typical session:</source>
            <translation>Ett typiskt stödtillfälle:</translation>
        </message>
        <message>
            <source>Volunteer hours:</source>
            <translation>Frivilligas timmar:</translation>
        </message>
        <message>
            <source>Privacy:</source>
            <translation>Dataskydd:</translation>
        </message>
        <message>
            <source>Ta&amp;bles:</source>
            <translation>Ta&amp;beller:</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tabeller</translation>
        </message>
        <message>
            <source>Numbers of the chosen table</source>
            <translation>Talen i den valda tabellen</translation>
        </message>
        <message>
            <source>Bar chart of the chosen table</source>
            <translation>Stapeldiagram över den valda tabellen</translation>
        </message>
        <message>
            <source>Save for the coordination group</source>
            <translation>Spara för koordinationsgruppen</translation>
        </message>
        <message>
            <source>Save &amp;PDF report</source>
            <translation>Spara &amp;PDF-rapport</translation>
        </message>
        <message>
            <source>Save PDF report</source>
            <translation>Spara PDF-rapport</translation>
        </message>
        <message>
            <source>Save &amp;Excel file (XLSX)</source>
            <translation>Spara &amp;Excel-fil (XLSX)</translation>
        </message>
        <message>
            <source>Save Excel file</source>
            <translation>Spara Excel-fil</translation>
        </message>
        <message>
            <source>Save &amp;CSV file</source>
            <translation>Spara &amp;CSV-fil</translation>
        </message>
        <message>
            <source>Save CSV file</source>
            <translation>Spara CSV-fil</translation>
        </message>
        <message>
            <source>Save coor&amp;dinator file</source>
            <translation>Spara koor&amp;dinatorns fil</translation>
        </message>
        <message>
            <source>Save coordinator file</source>
            <translation>Spara koordinatorns fil</translation>
        </message>
        <message>
            <source>Save &amp;all four</source>
            <translation>Spara &amp;alla fyra</translation>
        </message>
        <message>
            <source>Save all four files</source>
            <translation>Spara alla fyra filer</translation>
        </message>
        <message>
            <source>&amp;Hide numbers smaller than:</source>
            <translation>D&amp;ölj tal som är mindre än:</translation>
        </message>
        <message>
            <source>Hide numbers smaller than</source>
            <translation>Dölj tal som är mindre än</translation>
        </message>
        <message>
            <source>Saved earlier</source>
            <translation>Sparade tidigare</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Räknar…</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Fewer than 10 help sessions: only their number is shown and saved.</source>
            <translation>Färre än 10 stödtillfällen: endast antalet visas och sparas.</translation>
        </message>
        <message>
            <source>Numbers 1–{k1} are shown as &lt;{k}; × hides a number that could otherwise be worked out from the totals.</source>
            <translation>Talen 1–{k1} visas som &lt;{k}. × döljer ett tal som annars kunde räknas ut ur summorna.</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>dolt</translation>
        </message>
        <message>
            <source>This table is not shown: its numbers are too small.</source>
            <translation>Tabellen visas inte eftersom talen är för små.</translation>
        </message>
        <message>
            <source>Age groups were combined so that more numbers can be shown.</source>
            <translation>Åldersgrupper slogs ihop så att fler tal kan visas.</translation>
        </message>
        <message>
            <source>Topics combined into their group: {groups}</source>
            <translation>Ämnen sammanslagna till sin grupp: {groups}</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>PDF-rapport</translation>
        </message>
        <message>
            <source>Excel file</source>
            <translation>Excel-fil</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-fil</translation>
        </message>
        <message>
            <source>Coordinator file</source>
            <translation>Koordinatorns fil</translation>
        </message>
        <message>
            <source>Changed after saving</source>
            <translation>Ändrad efter att den sparades</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparad</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Choose the folder for the files</source>
            <translation>Välj mapp för filerna</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <source>Saving the files…</source>
            <translation>Sparar filerna…</translation>
        </message>
        <message>
            <source>Saved {files} in {folder}.</source>
            <translation>Sparade {files} i {folder}.</translation>
        </message>
        <message>
            <source>The files could not be saved in that folder. Choose another folder.</source>
            <translation>Filerna kunde inte sparas i den mappen. Välj en annan mapp.</translation>
        </message>
    </context>
</TS>
