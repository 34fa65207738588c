<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../digituki/ui/errors.py" line="25" />
            <source>The value must be between {low} and {high}.</source>
            <translation>Arvon pitää olla välillä {low}–{high}.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="26" />
            <source>The text is too long: at most {limit} characters.</source>
            <translation>Teksti on liian pitkä: enintään {limit} merkkiä.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="27" />
            <source>Choose Finnish, Swedish or English.</source>
            <translation>Valitse suomi, ruotsi tai englanti.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="28" />
            <source>This information is needed. Please fill it in.</source>
            <translation>Tämä tieto tarvitaan. Täytä se, kiitos.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="35" />
            <source>This database was saved by a newer version of Digituki. Install the newest version; nothing was changed.</source>
            <translation>Tämä tietokanta on tallennettu Digitukin uudemmalla versiolla. Asenna uusin versio. Mitään ei muutettu.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="40" />
            <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
            <translation>Tietokantaa ei voitu avata. Käynnistä Digituki uudelleen. Jos tämä toistuu, pyydä tukihenkilöäsi katsomaan lokitiedosto.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="45" />
            <source>The item was not found. It may have been removed on another desk.</source>
            <translation>Tietoa ei löytynyt. Se on ehkä poistettu toisella koneella.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="48" />
            <source>Someone changed this at the same time. Please try again.</source>
            <translation>Joku muutti tätä samaan aikaan. Yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="52" />
            <source>Something went wrong. Please try again.</source>
            <translation>Jokin meni vikaan. Yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="73" />
            <source>Please check the information you entered.</source>
            <translation>Tarkista antamasi tiedot.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="79" />
            <location filename="../../digituki/ui/errors.py" line="90" />
            <source>Digituki</source>
            <translation>Digituki</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/errors.py" line="91" />
            <source>Something unexpected happened. Your saved work is safe. If it happens again, tell your support person; the details are in the log file:
{path}</source>
            <translation>Tapahtui odottamaton virhe. Tallennetut tiedot ovat tallessa. Jos tämä toistuu, kerro tukihenkilöllesi. Tarkemmat tiedot ovat lokitiedostossa:
{path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="45" />
            <source>Today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="46" />
            <source>Bookings</source>
            <translation>Ajanvaraukset</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="47" />
            <source>Help log</source>
            <translation>Tukikirjaukset</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="48" />
            <source>Guides</source>
            <translation>Ohjeet</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="49" />
            <source>Statistics</source>
            <translation>Tilastot</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="52" />
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="92" />
            <location filename="../../digituki/ui/main_window.py" line="171" />
            <source>Opening the database…</source>
            <translation>Avataan tietokantaa…</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="128" />
            <source>Digituki — digital support desk</source>
            <translation>Digituki — digitukipiste</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="129" />
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="130" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="131" />
            <source>&amp;Go</source>
            <translation>&amp;Siirry</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="132" />
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="133" />
            <source>&amp;About Digituki</source>
            <translation>&amp;Tietoja Digitukista</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="134" />
            <source>Areas</source>
            <translation>Osiot</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="179" />
            <source>Ready</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="188" />
            <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
            <translation>Tietokantaa ei voitu avata. Käynnistä Digituki uudelleen. Jos tämä toistuu, pyydä tukihenkilöäsi katsomaan lokitiedosto.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="199" />
            <source>The database is not available.</source>
            <translation>Tietokanta ei ole käytettävissä.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="242" />
            <source>About Digituki</source>
            <translation>Tietoja Digitukista</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/main_window.py" line="243" />
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
            <location filename="../../digituki/ui/widgets/placeholder.py" line="63" />
            <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
            <translation>Tämä Digitukin osa ei ole vielä valmis. Se tulee myöhemmässä versiossa. Jatka siihen asti nykyisellä tavallasi.</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="47" />
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="48" />
            <source>This computer</source>
            <translation>Tämä tietokone</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="49" />
            <source>&amp;Language:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="50" />
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="51" />
            <source>&amp;Text size:</source>
            <translation>&amp;Tekstin koko:</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="52" />
            <source>Text size</source>
            <translation>Tekstin koko</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="53" />
            <source>Data folder:</source>
            <translation>Tietokansio:</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="54" />
            <source>Data folder</source>
            <translation>Tietokansio</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="55" />
            <source>This digital-support point</source>
            <translation>Tämä digitukipiste</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="56" />
            <source>&amp;Name of the point:</source>
            <translation>&amp;Pisteen nimi:</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="57" />
            <source>Name of the point</source>
            <translation>Pisteen nimi</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="58" />
            <source>&amp;Municipality:</source>
            <translation>&amp;Kunta:</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="59" />
            <source>Municipality</source>
            <translation>Kunta</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="60" />
            <source>&amp;Keep customers' contact details for:</source>
            <translation>&amp;Asiakkaiden yhteystiedot säilytetään:</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="61" />
            <source>Days to keep customers' contact details</source>
            <translation>Asiakkaiden yhteystietojen säilytysaika päivinä</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="62" />
            <source> days</source>
            <translation> päivää</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="63" />
            <source>&amp;Save the point's details</source>
            <translation>T&amp;allenna pisteen tiedot</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="64" />
            <source>Save the point's details</source>
            <translation>Tallenna pisteen tiedot</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="76" />
            <source>Language changed.</source>
            <translation>Kieli vaihdettu.</translation>
        </message>
        <message>
            <location filename="../../digituki/ui/settings/widget.py" line="111" />
            <source>The point's details were saved.</source>
            <translation>Pisteen tiedot tallennettu.</translation>
        </message>
    </context>
</TS>
