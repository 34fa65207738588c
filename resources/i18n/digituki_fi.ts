<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The value must be between {low} and {high}.</source>
        <translation>Arvon pitää olla välillä {low}–{high}.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>Teksti on liian pitkä: enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>Choose Finnish, Swedish or English.</source>
        <translation>Valitse suomi, ruotsi tai englanti.</translation>
    </message>
    <message>
        <source>This information is needed. Please fill it in.</source>
        <translation>Tämä tieto tarvitaan. Täytä se, kiitos.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Digituki. Install the newest version; nothing was changed.</source>
        <translation>Tämä tietokanta on tallennettu Digitukin uudemmalla versiolla. Asenna uusin versio. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
        <translation>Tietokantaa ei voitu avata. Käynnistä Digituki uudelleen. Jos tämä toistuu, pyydä tukihenkilöäsi katsomaan lokitiedosto.</translation>
    </message>
    <message>
        <source>The item was not found. It may have been removed on another desk.</source>
        <translation>Tietoa ei löytynyt. Se on ehkä poistettu toisella koneella.</translation>
    </message>
    <message>
        <source>Someone changed this at the same time. Please try again.</source>
        <translation>Joku muutti tätä samaan aikaan. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Jokin meni vikaan. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Please check the information you entered.</source>
        <translation>Tarkista antamasi tiedot.</translation>
    </message>
    <message>
        <source>Digituki</source>
        <translation>Digituki</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved work is safe. If it happens again, tell your support person; the details are in the log file:
{path}</source>
        <translation>Tapahtui odottamaton virhe. Tallennetut tiedot ovat tallessa. Jos tämä toistuu, kerro tukihenkilöllesi. Tarkemmat tiedot ovat lokitiedostossa:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Ajanvaraukset</translation>
    </message>
    <message>
        <source>Help log</source>
        <translation>Tukikirjaukset</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <source>Digituki — digital support desk</source>
        <translation>Digituki — digitukipiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Digituki</source>
        <translation>&amp;Tietoja Digitukista</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
        <translation>Tietokantaa ei voitu avata. Käynnistä Digituki uudelleen. Jos tämä toistuu, pyydä tukihenkilöäsi katsomaan lokitiedosto.</translation>
    </message>
    <message>
        <source>The database is not available.</source>
        <translation>Tietokanta ei ole käytettävissä.</translation>
    </message>
    <message>
        <source>About Digituki</source>
        <translation>Tietoja Digitukista</translation>
    </message>
    <message>
        <source>Digituki {version}

For digital-support points: bookings, help log, guides and anonymous statistics.

Data folder: {folder}</source>
        <translation>Digituki {version}

Digitukipisteille: ajanvaraukset, tukikirjaukset, ohjeet ja nimettömät tilastot.

Tietokansio: {folder}</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
        <translation>Tämä Digitukin osa ei ole vielä valmis. Se tulee myöhemmässä versiossa. Jatka siihen asti nykyisellä tavallasi.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekstin koko:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Tietokansio:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <source>This digital-support point</source>
        <translation>Tämä digitukipiste</translation>
    </message>
    <message>
        <source>&amp;Name of the point:</source>
        <translation>&amp;Pisteen nimi:</translation>
    </message>
    <message>
        <source>Name of the point</source>
        <translation>Pisteen nimi</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>&amp;Keep customers&apos; contact details for:</source>
        <translation>&amp;Asiakkaiden yhteystiedot säilytetään:</translation>
    </message>
    <message>
        <source>Days to keep customers&apos; contact details</source>
        <translation>Asiakkaiden yhteystietojen säilytysaika päivinä</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>&amp;Save the point&apos;s details</source>
        <translation>T&amp;allenna pisteen tiedot</translation>
    </message>
    <message>
        <source>Save the point&apos;s details</source>
        <translation>Tallenna pisteen tiedot</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Kieli vaihdettu.</translation>
    </message>
    <message>
        <source>The point&apos;s details were saved.</source>
        <translation>Pisteen tiedot tallennettu.</translation>
    </message>
</context>
</TS>
