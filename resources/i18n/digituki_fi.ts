<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>BookingActions</name>
        <message>
            <source>&amp;Arrived</source>
            <translation>&amp;Saapui</translation>
        </message>
        <message>
            <source>Start &amp;help</source>
            <translation>Aloita &amp;auttaminen</translation>
        </message>
        <message>
            <source>Did &amp;not come</source>
            <translation>Ei &amp;tullut</translation>
        </message>
        <message>
            <source>Cance&amp;l booking</source>
            <translation>&amp;Peru varaus</translation>
        </message>
        <message>
            <source>Chan&amp;ge</source>
            <translation>&amp;Muuta</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>S&amp;iirrä</translation>
        </message>
        <message>
            <source>Confirmation sl&amp;ip</source>
            <translation>&amp;Vahvistuslappu</translation>
        </message>
        <message>
            <source>Mark the customer as arrived</source>
            <translation>Merkitse, että asiakas saapui</translation>
        </message>
        <message>
            <source>Start helping this customer and open the help log</source>
            <translation>Aloita asiakkaan auttaminen ja avaa tukikirjaus</translation>
        </message>
        <message>
            <source>Mark that the customer did not come</source>
            <translation>Merkitse, että asiakas ei tullut</translation>
        </message>
        <message>
            <source>Cancel the booking</source>
            <translation>Peru varaus</translation>
        </message>
        <message>
            <source>Change the customer's details</source>
            <translation>Muuta asiakkaan tietoja</translation>
        </message>
        <message>
            <source>Move the booking to another time</source>
            <translation>Siirrä varaus toiseen aikaan</translation>
        </message>
        <message>
            <source>Open the confirmation slip to print</source>
            <translation>Avaa vahvistuslappu tulostettavaksi</translation>
        </message>
        <message>
            <source>Marked as arrived.</source>
            <translation>Merkitty saapuneeksi.</translation>
        </message>
        <message>
            <source>Marked: the customer did not come.</source>
            <translation>Merkitty: asiakas ei tullut.</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Peru varaus</translation>
        </message>
        <message>
            <source>Cancel the booking at {time}?</source>
            <translation>Perutaanko varaus ajalta {time}?</translation>
        </message>
        <message>
            <source>The booking was cancelled.</source>
            <translation>Varaus peruttiin.</translation>
        </message>
        <message>
            <source>Help started.</source>
            <translation>Auttaminen aloitettiin.</translation>
        </message>
        <message>
            <source>The booking was changed.</source>
            <translation>Varausta muutettiin.</translation>
        </message>
        <message>
            <source>The booking was moved.</source>
            <translation>Varaus siirrettiin.</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>New booking</source>
            <translation>Uusi varaus</translation>
        </message>
        <message>
            <source>Change booking</source>
            <translation>Muuta varausta</translation>
        </message>
        <message>
            <source>Move booking</source>
            <translation>Siirrä varaus</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Aika:</translation>
        </message>
        <message>
            <source>Time of the appointment</source>
            <translation>Varattava aika</translation>
        </message>
        <message>
            <source>The next free time is chosen already.</source>
            <translation>Seuraava vapaa aika on jo valittu.</translation>
        </message>
        <message>
            <source>Show free times from &amp;date:</source>
            <translation>Näytä vapaat ajat &amp;päivästä:</translation>
        </message>
        <message>
            <source>Show free times from this date</source>
            <translation>Näytä vapaat ajat tästä päivästä alkaen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nimi:</translation>
        </message>
        <message>
            <source>Customer's name</source>
            <translation>Asiakkaan nimi</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>P&amp;uhelin:</translation>
        </message>
        <message>
            <source>Customer's phone number</source>
            <translation>Asiakkaan puhelinnumero</translation>
        </message>
        <message>
            <source>e.g. 040 123 4567</source>
            <translation>esim. 040 123 4567</translation>
        </message>
        <message>
            <source>Needs help &amp;with:</source>
            <translation>&amp;Mihin tarvitsee apua:</translation>
        </message>
        <message>
            <source>Find a topic</source>
            <translation>Etsi aihe</translation>
        </message>
        <message>
            <source>Type to find a topic</source>
            <translation>Kirjoita, niin löydät aiheen</translation>
        </message>
        <message>
            <source>Topics the customer needs help with; Space ticks a topic</source>
            <translation>Aiheet, joihin asiakas tarvitsee apua. Välilyönti valitsee aiheen.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <source>Customer's language</source>
            <translation>Asiakkaan kieli</translation>
        </message>
        <message>
            <source>Needs an &amp;interpreter</source>
            <translation>Tarvitsee &amp;tulkin</translation>
        </message>
        <message>
            <source>&amp;Hearing difficulty</source>
            <translation>Kuu&amp;lo-ongelma</translation>
        </message>
        <message>
            <source>&amp;Vision difficulty</source>
            <translation>Näk&amp;ö-ongelma</translation>
        </message>
        <message>
            <source>Brings own device</source>
            <translation>Tuo oman laitteen</translation>
        </message>
        <message>
            <source>Mobile phon&amp;e</source>
            <translation>Matkapuh&amp;elin</translation>
        </message>
        <message>
            <source>T&amp;ablet</source>
            <translation>Ta&amp;bletti</translation>
        </message>
        <message>
            <source>Laptop &amp;computer</source>
            <translation>Kannetta&amp;va tietokone</translation>
        </message>
        <message>
            <source>Open a confirmation &amp;slip to print</source>
            <translation>Avaa vahvistuslappu tulo&amp;stettavaksi</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation>Va&amp;raa</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Tallenn&amp;a</translation>
        </message>
        <message>
            <source>&amp;Move here</source>
            <translation>&amp;Siirrä tähän</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Sulje tallentamatta</translation>
        </message>
        <message>
            <source>Booked time: {time}</source>
            <translation>Varattu aika: {time}</translation>
        </message>
        <message>
            <source>{time} (free places: {count})</source>
            <translation>{time} (vapaita paikkoja: {count})</translation>
        </message>
        <message>
            <source>There are no free times. Add opening hours in Bookings.</source>
            <translation>Vapaita aikoja ei ole. Lisää aukioloajat Ajanvaraukset-kohdassa.</translation>
        </message>
        <message>
            <source>Choose a time first.</source>
            <translation>Valitse ensin aika.</translation>
        </message>
    </context>
    <context>
        <name>Bookings</name>
        <message>
            <source>Booked</source>
            <translation>Varattu</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Saapunut</translation>
        </message>
        <message>
            <source>Being helped</source>
            <translation>Autetaan nyt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Ei tullut</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Peruttu</translation>
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
            <source>phone</source>
            <translation>puhelin</translation>
        </message>
        <message>
            <source>tablet</source>
            <translation>tabletti</translation>
        </message>
        <message>
            <source>laptop</source>
            <translation>kannettava</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>maanantai</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>tiistai</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>keskiviikko</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>torstai</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>perjantai</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>lauantai</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>sunnuntai</translation>
        </message>
        <message>
            <source>needs an interpreter</source>
            <translation>tarvitsee tulkin</translation>
        </message>
        <message>
            <source>hearing difficulty</source>
            <translation>kuulo-ongelma</translation>
        </message>
        <message>
            <source>vision difficulty</source>
            <translation>näkö-ongelma</translation>
        </message>
        <message>
            <source>brings: {devices}</source>
            <translation>tuo: {devices}</translation>
        </message>
        <message>
            <source>(contact details cannot be read)</source>
            <translation>(yhteystietoja ei voi lukea)</translation>
        </message>
        <message>
            <source>(contact details removed)</source>
            <translation>(yhteystiedot poistettu)</translation>
        </message>
        <message>
            <source>outside opening hours: move or cancel</source>
            <translation>aukioloajan ulkopuolella: siirrä tai peru</translation>
        </message>
        <message>
            <source>This time has already passed. Choose a later time.</source>
            <translation>Tämä aika on jo mennyt. Valitse myöhempi aika.</translation>
        </message>
        <message>
            <source>The point is not open at this time. Choose one of the offered times.</source>
            <translation>Tukipiste ei ole auki tähän aikaan. Valitse jokin tarjotuista ajoista.</translation>
        </message>
        <message>
            <source>This time is already fully booked. Choose another time.</source>
            <translation>Tämä aika on jo täynnä. Valitse toinen aika.</translation>
        </message>
        <message>
            <source>This phone number does not look right. Write it like 040 123 4567 or +358 40 123 4567.</source>
            <translation>Puhelinnumero ei näytä oikealta. Kirjoita se näin: 040 123 4567 tai +358 40 123 4567.</translation>
        </message>
        <message>
            <source>Write the customer's name or phone number (at least one of them).</source>
            <translation>Kirjoita asiakkaan nimi tai puhelinnumero (ainakin toinen).</translation>
        </message>
        <message>
            <source>One of the chosen topics is not in the list.</source>
            <translation>Yksi valituista aiheista ei ole listalla.</translation>
        </message>
        <message>
            <source>Choose one of the options in the list.</source>
            <translation>Valitse jokin listan vaihtoehdoista.</translation>
        </message>
        <message>
            <source>This cannot be done to a booking in its current state.</source>
            <translation>Tätä ei voi tehdä varaukselle, jonka tila on nyt tämä.</translation>
        </message>
        <message>
            <source>Unknown booking state.</source>
            <translation>Tuntematon varauksen tila.</translation>
        </message>
        <message>
            <source>The appointment has not started yet, so it cannot be marked as not come.</source>
            <translation>Aika ei ole vielä alkanut, joten ei voi vielä merkitä, ettei asiakas tullut.</translation>
        </message>
        <message>
            <source>This booking can no longer be changed.</source>
            <translation>Tätä varausta ei voi enää muuttaa.</translation>
        </message>
        <message>
            <source>Only a booked appointment can be moved.</source>
            <translation>Vain varatun ajan voi siirtää.</translation>
        </message>
        <message>
            <source>The end time must be after the start time.</source>
            <translation>Loppumisajan pitää olla alkamisajan jälkeen.</translation>
        </message>
        <message>
            <source>These hours overlap with opening hours already on the list.</source>
            <translation>Nämä ajat menevät päällekkäin listalla jo olevien aukioloaikojen kanssa.</translation>
        </message>
        <message>
            <source>This day is already marked as closed.</source>
            <translation>Tämä päivä on jo merkitty suljetuksi.</translation>
        </message>
        <message>
            <source>The next free time is {when}.</source>
            <translation>Seuraava vapaa aika on {when}.</translation>
        </message>
        <message>
            <source>Digituki</source>
            <translation>Digituki</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Aika</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Wishes and needs</source>
            <translation>Toiveet ja tarpeet</translation>
        </message>
        <message>
            <source>Free places: {count}</source>
            <translation>Vapaita paikkoja: {count}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>no number</source>
            <translation>ei numeroa</translation>
        </message>
    </context>
    <context>
        <name>BookingsArea</name>
        <message>
            <source>Bookings</source>
            <translation>Ajanvaraukset</translation>
        </message>
        <message>
            <source>&amp;New booking (Ctrl+N)</source>
            <translation>&amp;Uusi varaus (Ctrl+N)</translation>
        </message>
        <message>
            <source>New booking</source>
            <translation>Uusi varaus</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>Vii&amp;kko</translation>
        </message>
        <message>
            <source>&amp;Call list</source>
            <translation>Soitt&amp;olista</translation>
        </message>
        <message>
            <source>&amp;Opening hours</source>
            <translation>Aukioloa&amp;jat</translation>
        </message>
        <message>
            <source>Bookings views</source>
            <translation>Varausten näkymät</translation>
        </message>
        <message>
            <source>◀ &amp;Previous week</source>
            <translation>◀ &amp;Edellinen viikko</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Edellinen viikko</translation>
        </message>
        <message>
            <source>This wee&amp;k</source>
            <translation>&amp;Nykyinen viikko</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Nykyinen viikko</translation>
        </message>
        <message>
            <source>Ne&amp;xt week ▶</source>
            <translation>Seu&amp;raava viikko ▶</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Seuraava viikko</translation>
        </message>
        <message>
            <source>Bookings and free times of the week. Enter books a free time.</source>
            <translation>Viikon varaukset ja vapaat ajat. Enter-näppäin varaa vapaan ajan.</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Päivä:</translation>
        </message>
        <message>
            <source>Day of the call list</source>
            <translation>Soittolistan päivä</translation>
        </message>
        <message>
            <source>&amp;Print the call list</source>
            <translation>&amp;Tulosta soittolista</translation>
        </message>
        <message>
            <source>Open the call list as a PDF to print</source>
            <translation>Avaa soittolista PDF-tiedostona tulostettavaksi</translation>
        </message>
        <message>
            <source>Customers to phone</source>
            <translation>Asiakkaat, joille soitetaan</translation>
        </message>
        <message>
            <source>Week {number}: {first} – {last}</source>
            <translation>Viikko {number}: {first} – {last}</translation>
        </message>
        <message>
            <source>No opening hours this week. Set them in the Opening hours tab.</source>
            <translation>Tällä viikolla ei ole aukioloaikoja. Aseta ne Aukioloajat-välilehdellä.</translation>
        </message>
        <message>
            <source>{count} booking(s) are outside the opening hours: move or cancel them.</source>
            <translation>Aukioloajan ulkopuolella olevia varauksia: {count}. Siirrä tai peru ne.</translation>
        </message>
        <message>
            <source>Booked: {time}.</source>
            <translation>Varattu: {time}.</translation>
        </message>
        <message>
            <source>{count} customer(s) to phone.</source>
            <translation>Soitettavia asiakkaita: {count}.</translation>
        </message>
        <message>
            <source>No bookings on this day.</source>
            <translation>Tälle päivälle ei ole varauksia.</translation>
        </message>
    </context>
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
        <name>OpeningHoursEditor</name>
        <message>
            <source>Appointments</source>
            <translation>Ajanvaraus</translation>
        </message>
        <message>
            <source>Length of an &amp;appointment:</source>
            <translation>Ajan pi&amp;tuus:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Length of an appointment in minutes</source>
            <translation>Yhden ajan pituus minuutteina</translation>
        </message>
        <message>
            <source>Customers &amp;at the same time:</source>
            <translation>Asiakkaita &amp;yhtä aikaa:</translation>
        </message>
        <message>
            <source>How many customers can be helped at the same time</source>
            <translation>Kuinka monta asiakasta voidaan auttaa yhtä aikaa</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>T&amp;allenna</translation>
        </message>
        <message>
            <source>Save the appointment length and places</source>
            <translation>Tallenna ajan pituus ja paikkojen määrä</translation>
        </message>
        <message>
            <source>Weekly opening hours</source>
            <translation>Viikoittaiset aukioloajat</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Päivä:</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Viikonpäivä</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Mistä:</translation>
        </message>
        <message>
            <source>Opening time</source>
            <translation>Aukeamisaika</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>Mi&amp;hin:</translation>
        </message>
        <message>
            <source>Closing time</source>
            <translation>Sulkemisaika</translation>
        </message>
        <message>
            <source>Add &amp;hours</source>
            <translation>&amp;Lisää aukioloaika</translation>
        </message>
        <message>
            <source>Add these weekly opening hours</source>
            <translation>Lisää tämä viikoittainen aukioloaika</translation>
        </message>
        <message>
            <source>&amp;Remove selected hours</source>
            <translation>Poi&amp;sta valittu aukioloaika</translation>
        </message>
        <message>
            <source>Remove the selected weekly opening hours</source>
            <translation>Poista valittu viikoittainen aukioloaika</translation>
        </message>
        <message>
            <source>Closed days and extra openings</source>
            <translation>Suljetut päivät ja ylimääräiset aukiolot</translation>
        </message>
        <message>
            <source>Dat&amp;e:</source>
            <translation>P&amp;äivämäärä:</translation>
        </message>
        <message>
            <source>Date of the exception</source>
            <translation>Poikkeuksen päivämäärä</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <source>Extra opening</source>
            <translation>Ylimääräinen aukiolo</translation>
        </message>
        <message>
            <source>Closed or extra opening</source>
            <translation>Suljettu tai ylimääräinen aukiolo</translation>
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation>Al&amp;kaa:</translation>
        </message>
        <message>
            <source>Extra opening starts</source>
            <translation>Ylimääräinen aukiolo alkaa</translation>
        </message>
        <message>
            <source>T&amp;ill:</source>
            <translation>Päätt&amp;yy:</translation>
        </message>
        <message>
            <source>Extra opening ends</source>
            <translation>Ylimääräinen aukiolo päättyy</translation>
        </message>
        <message>
            <source>Add e&amp;xception</source>
            <translation>Lisää poi&amp;kkeus</translation>
        </message>
        <message>
            <source>Add this closed day or extra opening</source>
            <translation>Lisää tämä suljettu päivä tai ylimääräinen aukiolo</translation>
        </message>
        <message>
            <source>Remove selected e&amp;xception</source>
            <translation>Poista valittu poikk&amp;eus</translation>
        </message>
        <message>
            <source>Remove the selected exception</source>
            <translation>Poista valittu poikkeus</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>suljettu</translation>
        </message>
        <message>
            <source>extra opening {start}–{end}</source>
            <translation>ylimääräinen aukiolo {start}–{end}</translation>
        </message>
        <message>
            <source>Bookings to move</source>
            <translation>Siirrettävät varaukset</translation>
        </message>
        <message>
            <source>These bookings no longer fit the opening hours. They were kept: move or cancel them in the week view (they are marked there).

{bookings}</source>
            <translation>Nämä varaukset eivät enää sovi aukioloaikoihin. Niitä ei poistettu: siirrä tai peru ne viikkonäkymässä (ne on merkitty sinne).

{bookings}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Opening hours added.</source>
            <translation>Aukioloaika lisätty.</translation>
        </message>
        <message>
            <source>Select the hours to remove first.</source>
            <translation>Valitse ensin poistettava aukioloaika.</translation>
        </message>
        <message>
            <source>Opening hours removed.</source>
            <translation>Aukioloaika poistettu.</translation>
        </message>
        <message>
            <source>Exception added.</source>
            <translation>Poikkeus lisätty.</translation>
        </message>
        <message>
            <source>Select the exception to remove first.</source>
            <translation>Valitse ensin poistettava poikkeus.</translation>
        </message>
        <message>
            <source>Exception removed.</source>
            <translation>Poikkeus poistettu.</translation>
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
        <name>TodayArea</name>
        <message>
            <source>Today: {day}</source>
            <translation>Tänään: {day}</translation>
        </message>
        <message>
            <source>&amp;Walk-in customer</source>
            <translation>Asiakas ilman a&amp;janvarausta</translation>
        </message>
        <message>
            <source>Walk-in customer: start helping without a booking</source>
            <translation>Asiakas ilman ajanvarausta: aloita auttaminen ilman varausta</translation>
        </message>
        <message>
            <source>&amp;New booking (Ctrl+N)</source>
            <translation>&amp;Uusi varaus (Ctrl+N)</translation>
        </message>
        <message>
            <source>New booking</source>
            <translation>Uusi varaus</translation>
        </message>
        <message>
            <source>Today's bookings and free times</source>
            <translation>Tämän päivän varaukset ja vapaat ajat</translation>
        </message>
        <message>
            <source>The point has no opening hours today. Walk-in customers can still be helped.</source>
            <translation>Tukipiste ei ole tänään auki varauksille. Ilman varausta tulevia voi silti auttaa.</translation>
        </message>
        <message>
            <source>No free times left today.</source>
            <translation>Tänään ei ole enää vapaita aikoja.</translation>
        </message>
        <message>
            <source>{time} ({count} free)</source>
            <translation>{time} ({count} vapaana)</translation>
        </message>
        <message>
            <source>Free times today: {times}</source>
            <translation>Vapaat ajat tänään: {times}</translation>
        </message>
        <message>
            <source>Booked: {time}.</source>
            <translation>Varattu: {time}.</translation>
        </message>
    </context>
</TS>
