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
            <source>&amp;Keep customers' contact details for:</source>
            <translation>&amp;Asiakkaiden yhteystiedot säilytetään:</translation>
        </message>
        <message>
            <source>Days to keep customers' contact details</source>
            <translation>Asiakkaiden yhteystietojen säilytysaika päivinä</translation>
        </message>
        <message>
            <source> days</source>
            <translation> päivää</translation>
        </message>
        <message>
            <source>&amp;Save the point's details</source>
            <translation>T&amp;allenna pisteen tiedot</translation>
        </message>
        <message>
            <source>Save the point's details</source>
            <translation>Tallenna pisteen tiedot</translation>
        </message>
        <message>
            <source>Language changed.</source>
            <translation>Kieli vaihdettu.</translation>
        </message>
        <message>
            <source>The point's details were saved.</source>
            <translation>Pisteen tiedot tallennettu.</translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>Choose a month from the list.</source>
            <translation>Valitse kuukausi listasta.</translation>
        </message>
        <message>
            <source>The first month must come before the last month.</source>
            <translation>Ensimmäisen kuukauden pitää olla ennen viimeistä kuukautta.</translation>
        </message>
        <message>
            <source>Choose at most ten years at a time.</source>
            <translation>Valitse enintään kymmenen vuotta kerralla.</translation>
        </message>
        <message>
            <source>The coordinator file could not be made. Nothing was saved.</source>
            <translation>Koordinaattorin tiedostoa ei voitu tehdä. Mitään ei tallennettu.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsArea</name>
        <message>
            <source>Statistics</source>
            <translation>Tilastot</translation>
        </message>
        <message>
            <source>Which period</source>
            <translation>Mikä ajanjakso</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Näytä:</translation>
        </message>
        <message>
            <source>Length of the period</source>
            <translation>Ajanjakson pituus</translation>
        </message>
        <message>
            <source>One month</source>
            <translation>Yksi kuukausi</translation>
        </message>
        <message>
            <source>Several months</source>
            <translation>Useita kuukausia</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Koko vuosi</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Kuukausi:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Alkaen:</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Kuukausi</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Ensimmäinen kuukausi</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Päättyen:</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Viimeinen kuukausi</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Vuosi:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Vuosi</translation>
        </message>
        <message>
            <source>The numbers</source>
            <translation>Luvut</translation>
        </message>
        <message>
            <source>Help sessions:</source>
            <translation>Tukikertoja:</translation>
        </message>
        <message>
            <source>Customers:</source>
            <translation>Asiakkaita:</translation>
        </message>
        <message>
            <source>Time spent helping:</source>
            <translation>Tukiaikaa yhteensä:</translation>
        </message>
        <message>
            <source>A typical session:</source>
            <translation>Tavallinen tukikerta:</translation>
        </message>
        <message>
            <source>Volunteer hours:</source>
            <translation>Vapaaehtoisten tunnit:</translation>
        </message>
        <message>
            <source>Privacy:</source>
            <translation>Tietosuoja:</translation>
        </message>
        <message>
            <source>Ta&amp;bles:</source>
            <translation>&amp;Taulukot:</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Taulukot</translation>
        </message>
        <message>
            <source>Numbers of the chosen table</source>
            <translation>Valitun taulukon luvut</translation>
        </message>
        <message>
            <source>Bar chart of the chosen table</source>
            <translation>Valitun taulukon pylväskuvio</translation>
        </message>
        <message>
            <source>Save for the coordination group</source>
            <translation>Tallenna koordinaatioryhmälle</translation>
        </message>
        <message>
            <source>Save &amp;PDF report</source>
            <translation>Tallenna PDF-&amp;raportti</translation>
        </message>
        <message>
            <source>Save PDF report</source>
            <translation>Tallenna PDF-raportti</translation>
        </message>
        <message>
            <source>Save &amp;Excel file (XLSX)</source>
            <translation>Tallenna &amp;Excel-tiedosto (XLSX)</translation>
        </message>
        <message>
            <source>Save Excel file</source>
            <translation>Tallenna Excel-tiedosto</translation>
        </message>
        <message>
            <source>Save &amp;CSV file</source>
            <translation>Tallenna &amp;CSV-tiedosto</translation>
        </message>
        <message>
            <source>Save CSV file</source>
            <translation>Tallenna CSV-tiedosto</translation>
        </message>
        <message>
            <source>Save coor&amp;dinator file</source>
            <translation>Tallenna koor&amp;dinaattorin tiedosto</translation>
        </message>
        <message>
            <source>Save coordinator file</source>
            <translation>Tallenna koordinaattorin tiedosto</translation>
        </message>
        <message>
            <source>Save &amp;all four</source>
            <translation>Tallenna kaikki ne&amp;ljä</translation>
        </message>
        <message>
            <source>Save all four files</source>
            <translation>Tallenna kaikki neljä tiedostoa</translation>
        </message>
        <message>
            <source>&amp;Hide numbers smaller than:</source>
            <translation>P&amp;iilota luvut, jotka ovat pienempiä kuin:</translation>
        </message>
        <message>
            <source>Hide numbers smaller than</source>
            <translation>Piilota luvut, jotka ovat pienempiä kuin</translation>
        </message>
        <message>
            <source>Saved earlier</source>
            <translation>Aiemmin tallennetut</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Lasketaan…</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} t</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Fewer than 10 help sessions: only their number is shown and saved.</source>
            <translation>Alle 10 tukikertaa: vain tukikertojen määrä näytetään ja tallennetaan.</translation>
        </message>
        <message>
            <source>Numbers 1–{k1} are shown as &lt;{k}; × hides a number that could otherwise be worked out from the totals.</source>
            <translation>Luvut 1–{k1} näytetään merkinnällä &lt;{k}. Merkintä × piilottaa luvun, josta pienen luvun voisi muuten laskea summista.</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>piilotettu</translation>
        </message>
        <message>
            <source>This table is not shown: its numbers are too small.</source>
            <translation>Taulukkoa ei näytetä, koska sen luvut ovat liian pieniä.</translation>
        </message>
        <message>
            <source>Age groups were combined so that more numbers can be shown.</source>
            <translation>Ikäryhmiä yhdistettiin, jotta useampi luku voidaan näyttää.</translation>
        </message>
        <message>
            <source>Topics combined into their group: {groups}</source>
            <translation>Aiheet yhdistetty ryhmäksi: {groups}</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>PDF-raportti</translation>
        </message>
        <message>
            <source>Excel file</source>
            <translation>Excel-tiedosto</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-tiedosto</translation>
        </message>
        <message>
            <source>Coordinator file</source>
            <translation>Koordinaattorin tiedosto</translation>
        </message>
        <message>
            <source>Changed after saving</source>
            <translation>Muuttunut tallennuksen jälkeen</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Ajan tasalla</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Ajanjakso</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tiedosto</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Tallennettu</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Choose the folder for the files</source>
            <translation>Valitse kansio tiedostoille</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Tallennetaan…</translation>
        </message>
        <message>
            <source>Saving the files…</source>
            <translation>Tallennetaan tiedostoja…</translation>
        </message>
        <message>
            <source>Saved {files} in {folder}.</source>
            <translation>Tallennettu {files} kansioon {folder}.</translation>
        </message>
        <message>
            <source>The files could not be saved in that folder. Choose another folder.</source>
            <translation>Tiedostoja ei voitu tallentaa siihen kansioon. Valitse toinen kansio.</translation>
        </message>
    </context>
</TS>
