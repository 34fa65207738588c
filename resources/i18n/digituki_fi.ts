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
    <name>FormTab</name>
    <message>
        <source>&amp;Topic: type a word, then press Enter</source>
        <translation>&amp;Aihe: kirjoita sana ja paina Enter</translation>
    </message>
    <message>
        <source>Search for a topic</source>
        <translation>Hae aihetta</translation>
    </message>
    <message>
        <source>for example: omakanta, valtuutus, scam</source>
        <translation>esimerkiksi: omakanta, valtuutus, huijaus</translation>
    </message>
    <message>
        <source>Matching topics</source>
        <translation>Sopivat aiheet</translation>
    </message>
    <message>
        <source>Chosen topics:</source>
        <translation>Valitut aiheet:</translation>
    </message>
    <message>
        <source>Chosen topics</source>
        <translation>Valitut aiheet</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Poista aihe</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Poista valittu aihe</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>Start h&amp;our:</source>
        <translation>&amp;Kellonaika (tunti):</translation>
    </message>
    <message>
        <source>Duration (&amp;minutes):</source>
        <translation>Kesto (&amp;minuutteina):</translation>
    </message>
    <message>
        <source>Form of &amp;support:</source>
        <translation>T&amp;uen muoto:</translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation>R&amp;yhmän koko:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Ikä:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Pa&amp;lvelukieli:</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>Lait&amp;e:</translation>
    </message>
    <message>
        <source>Acting on &amp;behalf:</source>
        <translation>Asioi&amp;nti toisen puolesta:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;Jatko:</translation>
    </message>
    <message>
        <source>Referr&amp;ed to:</source>
        <translation>O&amp;hjattiin:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Vapaaehtoinen:</translation>
    </message>
    <message>
        <source>Private &amp;note:</source>
        <translation>Oma muistiinpano:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Start hour</source>
        <translation>Alkamistunti</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Tuen muoto</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Henkilöiden määrä</translation>
    </message>
    <message>
        <source>Customer&apos;s age</source>
        <translation>Asiakkaan ikä</translation>
    </message>
    <message>
        <source>Language of service</source>
        <translation>Palvelukieli</translation>
    </message>
    <message>
        <source>Device used</source>
        <translation>Käytetty laite</translation>
    </message>
    <message>
        <source>Acting on someone&apos;s behalf</source>
        <translation>Asiointi toisen puolesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Jatko</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Ohjattiin</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vapaaehtoinen</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Oma muistiinpano</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only for this point; never sent; deleted automatically</source>
        <translation>Vain tälle pisteelle; ei lähetetä; poistuu itsestään</translation>
    </message>
    <message>
        <source>Restart timer</source>
        <translation>Ajanotto alusta</translation>
    </message>
    <message>
        <source>Restart the timer from zero</source>
        <translation>Aloita ajanotto alusta</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Tallenna kirjaus</translation>
    </message>
    <message>
        <source>Save and log another like this (Ctrl+Shift+S)</source>
        <translation>Tallenna ja kirjaa toinen samanlainen (Ctrl+Vaihto+S)</translation>
    </message>
    <message>
        <source>Save and log another session like this</source>
        <translation>Tallenna ja kirjaa toinen samanlainen</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Tyhjennä lomake</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>Peru viimeisin tallennus</translation>
    </message>
    <message>
        <source>Undo the last save</source>
        <translation>Peru viimeisin tallennus</translation>
    </message>
    <message>
        <source>Stop correcting</source>
        <translation>Lopeta korjaus</translation>
    </message>
    <message>
        <source>Stop correcting and start a new session</source>
        <translation>Lopeta korjaus ja aloita uusi kirjaus</translation>
    </message>
    <message>
        <source>Acting on someone&apos;s behalf: the customer logs in with their own codes. For lasting help, Suomi.fi e-Authorizations is the right tool.</source>
        <translation>Asiointi toisen puolesta: asiakas kirjautuu aina omilla tunnuksillaan. Pysyvään apuun oikea väline on Suomi.fi-valtuudet.</translation>
    </message>
    <message>
        <source>Banking: never handle the customer&apos;s bank codes or passwords. The customer types them in.</source>
        <translation>Pankkiasiat: älä koskaan käsittele asiakkaan pankkitunnuksia tai salasanoja. Asiakas näppäilee ne itse.</translation>
    </message>
    <message>
        <source>Out of scope? Refer the customer to Kansalaisneuvonta (citizens&apos; advice), kansalaisneuvonta.fi.</source>
        <translation>Ei kuulu digitukeen? Ohjaa asiakas Kansalaisneuvontaan, kansalaisneuvonta.fi.</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translation>Selvä, piilota</translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation>Piilota tämä muistutus</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Walk-ins turned away</source>
        <translation>Käännytetyt asiakkaat</translation>
    </message>
    <message>
        <source>One click for each customer you could not help today.</source>
        <translation>Yksi painallus jokaisesta asiakkaasta, jota ei tänään voitu auttaa.</translation>
    </message>
    <message>
        <source>Take back the last click</source>
        <translation>Peru viimeisin painallus</translation>
    </message>
    <message>
        <source>Take back the last turned-away click</source>
        <translation>Peru viimeisin käännytyspainallus</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei merkitty</translation>
    </message>
    <message>
        <source>Topic chosen: {topic}. Press Enter to save.</source>
        <translation>Aihe valittu: {topic}. Tallenna painamalla Enter.</translation>
    </message>
    <message>
        <source>Timer: {minutes} min</source>
        <translation>Ajanotto: {minutes} min</translation>
    </message>
    <message>
        <source>The private note cannot be opened on this computer; it stays as it is.</source>
        <translation>Omaa muistiinpanoa ei voi avata tällä tietokoneella. Se säilyy ennallaan.</translation>
    </message>
    <message>
        <source>You are correcting a session of {date}.</source>
        <translation>Korjaat kirjausta päivältä {date}.</translation>
    </message>
    <message>
        <source>The statistics of this month were already sent.</source>
        <translation>Tämän kuun tilasto on jo lähetetty.</translation>
    </message>
    <message>
        <source>The form was cleared.</source>
        <translation>Lomake tyhjennettiin.</translation>
    </message>
    <message>
        <source>Correction saved: {topics}.</source>
        <translation>Korjaus tallennettu: {topics}.</translation>
    </message>
    <message>
        <source>Saved: {topics}, {minutes} min.</source>
        <translation>Tallennettu: {topics}, {minutes} min.</translation>
    </message>
    <message>
        <source>The next one has the same values.</source>
        <translation>Seuraavassa on samat tiedot valmiina.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Ei tallennettu. {reason}</translation>
    </message>
    <message>
        <source>Counted: one customer turned away ({reason}).</source>
        <translation>Laskettu: yksi asiakas käännytettiin ({reason}).</translation>
    </message>
    <message>
        <source>The last turned-away click was taken back.</source>
        <translation>Viimeisin käännytyspainallus peruttiin.</translation>
    </message>
    <message>
        <source>{reason} (today {count})</source>
        <translation>{reason} (tänään {count})</translation>
    </message>
    <message>
        <source>Count a customer turned away: {reason}</source>
        <translation>Laske käännytetty asiakas: {reason}</translation>
    </message>
    <message>
        <source>Sessions logged: {sessions}. Customers turned away: {turned}.</source>
        <translation>Kirjauksia: {sessions}. Käännytettyjä asiakkaita: {turned}.</translation>
    </message>
</context>
<context>
    <name>HelpLogArea</name>
    <message>
        <source>Help log</source>
        <translation>Tukikirjaukset</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uusi kirjaus</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Kirjaukset</translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation>Paperilomake</translation>
    </message>
    <message>
        <source>Volunteers and topics</source>
        <translation>Vapaaehtoiset ja aiheet</translation>
    </message>
    <message>
        <source>Parts of the help log</source>
        <translation>Tukikirjausten osat</translation>
    </message>
    <message>
        <source>The last save was undone.</source>
        <translation>Viimeisin tallennus peruttiin.</translation>
    </message>
    <message>
        <source>Statistics already sent</source>
        <translation>Tilasto on jo lähetetty</translation>
    </message>
</context>
<context>
    <name>HelpLogErrors</name>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>Keston pitää olla {low}–{high} minuuttia.</translation>
    </message>
    <message>
        <source>The date is in the future. Choose today or an earlier day.</source>
        <translation>Päivä on tulevaisuudessa. Valitse tämä päivä tai aiempi päivä.</translation>
    </message>
    <message>
        <source>The start hour must be between {low} and {high}.</source>
        <translation>Kellonajan tunnin pitää olla {low}–{high}.</translation>
    </message>
    <message>
        <source>Choose at least one topic: type a word in the topic box.</source>
        <translation>Valitse ainakin yksi aihe: kirjoita sana aihe-kenttään.</translation>
    </message>
    <message>
        <source>Choose at most {limit} topics.</source>
        <translation>Valitse enintään {limit} aihetta.</translation>
    </message>
    <message>
        <source>That topic is not in the list. Choose one from the list.</source>
        <translation>Aihetta ei ole listalla. Valitse aihe listalta.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Valitse jokin listan vaihtoehdoista.</translation>
    </message>
    <message>
        <source>The number of people must be between {low} and {high}.</source>
        <translation>Henkilöiden määrän pitää olla {low}–{high}.</translation>
    </message>
    <message>
        <source>More than one person is only possible for a group session. Choose &quot;Group session or course&quot; or set the number of people to 1.</source>
        <translation>Useampi henkilö on mahdollinen vain ryhmälle. Valitse &quot;Ryhmä tai kurssi&quot; tai laita määräksi 1.</translation>
    </message>
    <message>
        <source>Choose where the customer was referred to.</source>
        <translation>Valitse, minne asiakas ohjattiin.</translation>
    </message>
    <message>
        <source>The private note cannot be saved on this computer. Leave it empty.</source>
        <translation>Omaa muistiinpanoa ei voi tallentaa tällä tietokoneella. Jätä se tyhjäksi.</translation>
    </message>
    <message>
        <source>Add at least one line from the paper sheet first.</source>
        <translation>Lisää ensin vähintään yksi rivi paperilomakkeelta.</translation>
    </message>
    <message>
        <source>On line {line}, the number must be between {low} and {high}.</source>
        <translation>Rivillä {line} määrän pitää olla {low}–{high}.</translation>
    </message>
    <message>
        <source>A volunteer with this name is already in the list. Add an initial to tell them apart.</source>
        <translation>Tämän niminen vapaaehtoinen on jo listalla. Lisää nimeen kirjain, jotta heidät erottaa.</translation>
    </message>
    <message>
        <source>The &quot;other&quot; topics are always shown, so they cannot be hidden.</source>
        <translation>Muu-aiheet näytetään aina, eikä niitä voi piilottaa.</translation>
    </message>
    <message>
        <source>Choose a month from the list.</source>
        <translation>Valitse kuukausi listalta.</translation>
    </message>
    <message>
        <source>The statistics of {month} were already sent. Change this session anyway? The sent statistics will be marked as out of date, so they can be sent again.</source>
        <translation>Kuukauden {month} tilasto on jo lähetetty. Muutetaanko kirjausta silti? Lähetetty tilasto merkitään vanhentuneeksi, jotta sen voi lähettää uudelleen.</translation>
    </message>
</context>
<context>
    <name>HelpLogValues</name>
    <message>
        <source>On site, booked</source>
        <translation>Paikan päällä, ajanvaraus</translation>
    </message>
    <message>
        <source>On site, walk-in</source>
        <translation>Paikan päällä, ilman aikaa</translation>
    </message>
    <message>
        <source>Remote, by phone</source>
        <translation>Etänä, puhelimessa</translation>
    </message>
    <message>
        <source>Remote, video call</source>
        <translation>Etänä, videopuhelussa</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <source>Group session or course</source>
        <translation>Ryhmä tai kurssi</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Alle 25</translation>
    </message>
    <message>
        <source>25–44</source>
        <translation>25–44</translation>
    </message>
    <message>
        <source>45–64</source>
        <translation>45–64</translation>
    </message>
    <message>
        <source>65–74</source>
        <translation>65–74</translation>
    </message>
    <message>
        <source>75–84</source>
        <translation>75–84</translation>
    </message>
    <message>
        <source>85 or over</source>
        <translation>85 tai yli</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ei kysytty</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>muu kieli</translation>
    </message>
    <message>
        <source>Own phone</source>
        <translation>Oma puhelin</translation>
    </message>
    <message>
        <source>Own tablet</source>
        <translation>Oma tabletti</translation>
    </message>
    <message>
        <source>Own computer</source>
        <translation>Oma tietokone</translation>
    </message>
    <message>
        <source>The point&apos;s computer</source>
        <translation>Pisteen tietokone</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Ei laitetta</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Yes, with Suomi.fi e-Authorization</source>
        <translation>Kyllä, Suomi.fi-valtuuksilla</translation>
    </message>
    <message>
        <source>Yes, with a written power of attorney</source>
        <translation>Kyllä, paperisella valtakirjalla</translation>
    </message>
    <message>
        <source>Yes, as guardian or trustee</source>
        <translation>Kyllä, edunvalvojana</translation>
    </message>
    <message>
        <source>Asked to use the customer&apos;s codes: declined</source>
        <translation>Pyydettiin käyttämään asiakkaan tunnuksia: kieltäydyin</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation>Ratkesi osittain</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>Ei ratkennut</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Ei jatkoa</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Uusi aika</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Ohjattiin eteenpäin</translation>
    </message>
    <message>
        <source>The service&apos;s own customer service</source>
        <translation>Palvelun oma asiakaspalvelu</translation>
    </message>
    <message>
        <source>Kansalaisneuvonta (citizens&apos; advice)</source>
        <translation>Kansalaisneuvonta</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Tax Administration</source>
        <translation>Verohallinto</translation>
    </message>
    <message>
        <source>The customer&apos;s bank</source>
        <translation>Asiakkaan pankki</translation>
    </message>
    <message>
        <source>Phone operator</source>
        <translation>Puhelinoperaattori</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Another digital-support point</source>
        <translation>Toinen digitukipiste</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>Kurssi</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Muualle</translation>
    </message>
    <message>
        <source>Queue full</source>
        <translation>Jono täynnä</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Ei kuulu digitukeen</translation>
    </message>
    <message>
        <source>No volunteer free</source>
        <translation>Ei vapaata vapaaehtoista</translation>
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
    <name>ManageTab</name>
    <message>
        <source>Volunteers</source>
        <translation>Vapaaehtoiset</translation>
    </message>
    <message>
        <source>First names or initials only. The names stay on this computer.</source>
        <translation>Vain etunimi tai nimikirjaimet. Nimet pysyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Volunteers of this point</source>
        <translation>Pisteen vapaaehtoiset</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Volunteer&apos;s first name or initials</source>
        <translation>Vapaaehtoisen etunimi tai nimikirjaimet</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Lisää vapaaehtoinen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Nimeä &amp;uudelleen</translation>
    </message>
    <message>
        <source>Rename the selected volunteer</source>
        <translation>Nimeä valittu vapaaehtoinen uudelleen</translation>
    </message>
    <message>
        <source>Ac&amp;tive or not</source>
        <translation>&amp;Mukana tai ei</translation>
    </message>
    <message>
        <source>Mark the selected volunteer active or not</source>
        <translation>Merkitse valittu vapaaehtoinen mukana olevaksi tai ei</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Vapaaehtoisten tunnit</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>Day of the shift</source>
        <translation>Vuoron päivä</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Vapaaehtoinen:</translation>
    </message>
    <message>
        <source>Volunteer of the shift</source>
        <translation>Vuoron vapaaehtoinen</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Kesto:</translation>
    </message>
    <message>
        <source>Length of the shift in minutes</source>
        <translation>Vuoron kesto minuutteina</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Record the shift</source>
        <translation>Kirj&amp;aa vuoro</translation>
    </message>
    <message>
        <source>Record the shift</source>
        <translation>Kirjaa vuoro</translation>
    </message>
    <message>
        <source>Topics shown in the form</source>
        <translation>Lomakkeella näkyvät aiheet</translation>
    </message>
    <message>
        <source>Untick topics this point never deals with. The &quot;other&quot; topics are always shown. Statistics use the same codes at every point.</source>
        <translation>Poista rasti aiheista, joita tässä pisteessä ei koskaan käsitellä. Muu-aiheet näkyvät aina. Tilastoissa on samat koodit kaikissa pisteissä.</translation>
    </message>
    <message>
        <source>Save the topic choices</source>
        <translation>Tallenna aihevalinnat</translation>
    </message>
    <message>
        <source>{name} (not active)</source>
        <translation>{name} (ei mukana)</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Ei nimeä</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Näytetään aina</translation>
    </message>
    <message>
        <source>The topic choices were saved.</source>
        <translation>Aihevalinnat tallennettiin.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} lisättiin.</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Valitse ensin vapaaehtoinen listalta.</translation>
    </message>
    <message>
        <source>The name was changed to {name}.</source>
        <translation>Nimeksi muutettiin {name}.</translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation>{name} on taas mukana.</translation>
    </message>
    <message>
        <source>{name} is no longer active. Their sessions stay as they are.</source>
        <translation>{name} ei ole enää mukana. Hänen kirjauksensa säilyvät ennallaan.</translation>
    </message>
    <message>
        <source>The shift was recorded.</source>
        <translation>Vuoro kirjattiin.</translation>
    </message>
    <message>
        <source>No shifts recorded this month yet.</source>
        <translation>Tässä kuussa ei ole vielä kirjattu vuoroja.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ei nimeä</translation>
    </message>
    <message>
        <source>{name}: {hours} h {minutes} min</source>
        <translation>{name}: {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>This month: {list}</source>
        <translation>Tässä kuussa: {list}</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Ei tallennettu. {reason}</translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <source>Paper sheet for days without a computer</source>
        <translation>Paperilomake päiville ilman tietokonetta</translation>
    </message>
    <message>
        <source>Print the one-page sheet. It has the same topics and questions as the form. Enter the filled sheet below later.</source>
        <translation>Tulosta yhden sivun lomake. Siinä on samat aiheet ja kysymykset kuin tässä. Syötä täytetty lomake myöhemmin alla.</translation>
    </message>
    <message>
        <source>&amp;Make the sheet (PDF)…</source>
        <translation>Tee paperilo&amp;make (PDF)…</translation>
    </message>
    <message>
        <source>Make the paper sheet as a PDF file</source>
        <translation>Tee paperilomake PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>Enter a filled paper sheet</source>
        <translation>Syötä täytetty paperilomake</translation>
    </message>
    <message>
        <source>One line for each kind of customer: topic number, age and outcome, and how many customers were like that. The values above apply to the whole sheet.</source>
        <translation>Yksi rivi kutakin asiakastyyppiä kohti: aiheen numero, ikä ja tulos sekä montako tällaista asiakasta oli. Yllä olevat tiedot koskevat koko lomaketta.</translation>
    </message>
    <message>
        <source>&amp;Date on the sheet:</source>
        <translation>Lomakkeen &amp;päivä:</translation>
    </message>
    <message>
        <source>Date on the sheet</source>
        <translation>Lomakkeen päivä</translation>
    </message>
    <message>
        <source>Start h&amp;our:</source>
        <translation>&amp;Kellonaika (tunti):</translation>
    </message>
    <message>
        <source>Start hour</source>
        <translation>Alkamistunti</translation>
    </message>
    <message>
        <source>Form of &amp;support:</source>
        <translation>T&amp;uen muoto:</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Tuen muoto</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Pa&amp;lvelukieli:</translation>
    </message>
    <message>
        <source>Language of service</source>
        <translation>Palvelukieli</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>Lait&amp;e:</translation>
    </message>
    <message>
        <source>Device used</source>
        <translation>Käytetty laite</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Vapaaehtoinen:</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vapaaehtoinen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Minuuttia kukin</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Montako</translation>
    </message>
    <message>
        <source>Lines of the paper sheet</source>
        <translation>Paperilomakkeen rivit</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>Lisää &amp;rivi</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>&amp;Remove the line</source>
        <translation>Poista r&amp;ivi</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Poista valittu rivi</translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation>Tallen&amp;na lomake</translation>
    </message>
    <message>
        <source>Save all lines of the sheet</source>
        <translation>Tallenna lomakkeen kaikki rivit</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei merkitty</translation>
    </message>
    <message>
        <source>Line {line}: {field}</source>
        <translation>Rivi {line}: {field}</translation>
    </message>
    <message>
        <source>Customers on the sheet: {count}</source>
        <translation>Asiakkaita lomakkeella: {count}</translation>
    </message>
    <message>
        <source>Sessions saved from the paper sheet: {count}.</source>
        <translation>Paperilomakkeelta tallennettiin kirjauksia: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Rivi {line}: {reason}</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Ei tallennettu. {reason}</translation>
    </message>
    <message>
        <source>digital-support-sheet</source>
        <translation>digituki-lomake</translation>
    </message>
    <message>
        <source>Save the paper sheet</source>
        <translation>Tallenna paperilomake</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was saved as {path}. It opens now so you can print it.</source>
        <translation>Lomake tallennettiin: {path}. Se avautuu nyt, niin voit tulostaa sen.</translation>
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
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Klo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Tuen muoto</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vapaaehtoinen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tilasto</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Mo&amp;nth:</source>
        <translation>&amp;Kuukausi:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Vapaaehtoinen:</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vapaaehtoinen</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Kirjatut tukikerrat</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>Kor&amp;jaa…</translation>
    </message>
    <message>
        <source>Correct the selected session</source>
        <translation>Korjaa valittu kirjaus</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Poista valittu kirjaus</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>Kaikki vapaaehtoiset</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Kaikki tulokset</translation>
    </message>
    <message>
        <source>Sessions: {count}</source>
        <translation>Kirjauksia: {count}</translation>
    </message>
    <message>
        <source>the statistics of this month were already sent</source>
        <translation>tämän kuun tilasto on jo lähetetty</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>Valitse ensin kirjaus listalta.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Poista kirjaus</translation>
    </message>
    <message>
        <source>Delete the session of {date} ({topics})? You can undo this.</source>
        <translation>Poistetaanko kirjaus {date} ({topics})? Voit perua poiston.</translation>
    </message>
    <message>
        <source>The session was deleted. &quot;Undo last save&quot; brings it back.</source>
        <translation>Kirjaus poistettiin. &quot;Peru viimeisin tallennus&quot; tuo sen takaisin.</translation>
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
