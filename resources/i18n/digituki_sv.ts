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
        <source>&amp;Keep customers&apos; contact details for:</source>
        <translation>&amp;Kundernas kontaktuppgifter sparas i:</translation>
    </message>
    <message>
        <source>Days to keep customers&apos; contact details</source>
        <translation>Antal dagar kundernas kontaktuppgifter sparas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Save the point&apos;s details</source>
        <translation>S&amp;para punktens uppgifter</translation>
    </message>
    <message>
        <source>Save the point&apos;s details</source>
        <translation>Spara punktens uppgifter</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Språket har bytts.</translation>
    </message>
    <message>
        <source>The point&apos;s details were saved.</source>
        <translation>Punktens uppgifter har sparats.</translation>
    </message>
</context>
</TS>
