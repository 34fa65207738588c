<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>Tyhjennä teksti</translation>
    </message>
</context>
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
        <source>Change the customer&apos;s details</source>
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
        <source>Customer&apos;s name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>P&amp;uhelin:</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
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
        <source>Customer&apos;s language</source>
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
        <translation>&amp;Tallenna</translation>
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
        <source>No topic matches what you typed.</source>
        <translation>Kirjoittamaasi vastaavaa aihetta ei löydy.</translation>
    </message>
    <message>
        <source>Topic ticked: {topic}. Press Enter to book.</source>
        <translation>Aihe valittu: {topic}. Varaa painamalla Enter.</translation>
    </message>
    <message>
        <source>The booking has not been saved. Discard what you typed?</source>
        <translation>Varausta ei ole tallennettu. Hylätäänkö kirjoittamasi tiedot?</translation>
    </message>
    <message>
        <source>&amp;Discard the booking</source>
        <translation>&amp;Hylkää varaus</translation>
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
        <source>Customer, name removed</source>
        <translation>Asiakas, nimi poistettu</translation>
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
        <source>Write the customer&apos;s name or phone number (at least one of them).</source>
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
        <source>Save the document as</source>
        <translation>Tallenna asiakirja nimellä</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Ei PDF-katselinta</translation>
    </message>
    <message>
        <source>The document was made, but this computer has no program that opens PDF files. Save it and print it from another computer, or ask your support person to install a PDF viewer.</source>
        <translation>Asiakirja tehtiin, mutta tällä tietokoneella ei ole ohjelmaa, joka avaa PDF-tiedostoja. Tallenna se ja tulosta toiselta tietokoneelta, tai pyydä tukihenkilöäsi asentamaan PDF-katselin.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Tallenna nimellä…</translation>
    </message>
    <message>
        <source>The document could not be saved there. Choose another folder.</source>
        <translation>Asiakirjaa ei voitu tallentaa sinne. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>The document was saved: {path}</source>
        <translation>Asiakirja tallennettiin: {path}</translation>
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
        <source>Book a time for a customer ({keys})</source>
        <translation>Varaa asiakkaalle aika ({keys})</translation>
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
        <source>C&amp;ustomers</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <source>Find a customer, print what we hold, erase their data</source>
        <translation>Etsi asiakas, tulosta hänen tietonsa, poista tiedot</translation>
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
    <name>ChangeWatcher</name>
    <message>
        <source>The shared database is back.</source>
        <translation>Yhteinen tietokanta toimii taas.</translation>
    </message>
    <message>
        <source>Help sessions kept on this computer were sent: {count}.</source>
        <translation>Tälle tietokoneelle tallennetut tukikerrat lähetettiin: {count}.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. What you see may be out of date.</source>
        <translation>Yhteiseen tietokantaan ei saada yhteyttä. Näkyvät tiedot voivat olla vanhoja.</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>Choose two different points to merge.</source>
        <translation>Valitse kaksi eri pistettä yhdistettäväksi.</translation>
    </message>
    <message>
        <source>That point has already been merged into another one.</source>
        <translation>Tämä piste on jo yhdistetty toiseen pisteeseen.</translation>
    </message>
    <message>
        <source>The file is too large to be a statistics file.</source>
        <translation>Tiedosto on liian suuri ollakseen tilastotiedosto.</translation>
    </message>
    <message>
        <source>The file is not a statistics file (wrong text).</source>
        <translation>Tiedosto ei ole tilastotiedosto (väärä tekstimuoto).</translation>
    </message>
    <message>
        <source>The file is damaged or not a statistics file.</source>
        <translation>Tiedosto on vioittunut tai se ei ole tilastotiedosto.</translation>
    </message>
    <message>
        <source>The file is not a statistics file.</source>
        <translation>Tiedosto ei ole tilastotiedosto.</translation>
    </message>
    <message>
        <source>The file was made by a Digituki version this one does not know.</source>
        <translation>Tiedosto on tehty Digituen versiolla, jota tämä versio ei tunne.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not in the right form.</source>
        <translation>Tiedoston sisältö ei ole oikeassa muodossa.</translation>
    </message>
    <message>
        <source>The file was damaged or changed after it was saved (checksum).</source>
        <translation>Tiedosto on vioittunut tai sitä on muutettu tallennuksen jälkeen (tarkistussumma).</translation>
    </message>
    <message>
        <source>The file was changed after the point signed it (signature).</source>
        <translation>Tiedostoa on muutettu sen jälkeen, kun piste allekirjoitti sen (allekirjoitus).</translation>
    </message>
    <message>
        <source>The file uses an unknown topic list.</source>
        <translation>Tiedostossa on tuntematon aiheluettelo.</translation>
    </message>
    <message>
        <source>The file covers more than one month.</source>
        <translation>Tiedosto kattaa useamman kuin yhden kuukauden.</translation>
    </message>
    <message>
        <source>The file&apos;s month is impossibly old.</source>
        <translation>Tiedoston kuukausi on mahdottoman vanha.</translation>
    </message>
    <message>
        <source>The file&apos;s month is in the future.</source>
        <translation>Tiedoston kuukausi on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The file says it was made in the future (check the point&apos;s clock).</source>
        <translation>Tiedoston mukaan se on tehty tulevaisuudessa (tarkista pisteen tietokoneen kello).</translation>
    </message>
    <message>
        <source>A number in the file is not a whole number of zero or more.</source>
        <translation>Tiedostossa on luku, joka ei ole nolla tai sitä suurempi kokonaisluku.</translation>
    </message>
    <message>
        <source>A number in the file is impossibly large.</source>
        <translation>Tiedostossa on mahdottoman suuri luku.</translation>
    </message>
    <message>
        <source>A table in the file has the wrong form.</source>
        <translation>Tiedoston taulukko on väärän muotoinen.</translation>
    </message>
    <message>
        <source>A table appears twice in the file.</source>
        <translation>Sama taulukko on tiedostossa kahdesti.</translation>
    </message>
    <message>
        <source>A number appears twice in a table.</source>
        <translation>Sama luku on taulukossa kahdesti.</translation>
    </message>
    <message>
        <source>The file has far too many numbers.</source>
        <translation>Tiedostossa on aivan liian monta lukua.</translation>
    </message>
    <message>
        <source>A different file with the same identity was imported before. This one was not used.</source>
        <translation>Aiemmin on tuotu eri tiedosto samalla tunnisteella. Tätä tiedostoa ei käytetty.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Tiedostoa ei voitu lukea.</translation>
    </message>
    <message>
        <source>The file could not be used.</source>
        <translation>Tiedostoa ei voitu käyttää.</translation>
    </message>
</context>
<context>
    <name>CoordinatorArea</name>
    <message>
        <source>Coordinator: the region&apos;s statistics</source>
        <translation>Koordinaattori: alueen tilastot</translation>
    </message>
    <message>
        <source>Coordinator sections</source>
        <translation>Koordinaattorin osiot</translation>
    </message>
    <message>
        <source>&amp;Import files</source>
        <translation>&amp;Tuo tiedostoja</translation>
    </message>
    <message>
        <source>&amp;Who has sent</source>
        <translation>&amp;Kuka on lähettänyt</translation>
    </message>
    <message>
        <source>&amp;Regional report</source>
        <translation>&amp;Alueraportti</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Pisteet</translation>
    </message>
    <message>
        <source>Drag the points&apos; statistics files (.json) or a whole folder here.
Or use the buttons below.</source>
        <translation>Vedä pisteiden tilastotiedostot (.json) tai koko kansio tähän.
Voit myös käyttää alla olevia painikkeita.</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Pudota tiedostot tähän</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>Lisää tie&amp;dostoja…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Lisää tiedostoja</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Lisää &amp;kansio…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Lisää kansio</translation>
    </message>
    <message>
        <source>&amp;Review held-back files…</source>
        <translation>&amp;Tarkista pidätetyt tiedostot…</translation>
    </message>
    <message>
        <source>Review files held back</source>
        <translation>Tarkista pidätetyt tiedostot</translation>
    </message>
    <message>
        <source>Accept a point&apos;s new key (or its unsigned files) after checking with it</source>
        <translation>Hyväksy tukipisteen uusi avain (tai sen allekirjoittamattomat tiedostot), kun olet tarkistanut asian tukipisteeltä</translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation>Mitä kullekin tiedostolle tapahtui</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Vuosi:</translation>
    </message>
    <message>
        <source>Year of the table</source>
        <translation>Taulukon vuosi</translation>
    </message>
    <message>
        <source>&amp;Save the table…</source>
        <translation>&amp;Tallenna taulukko…</translation>
    </message>
    <message>
        <source>Save the table as a file</source>
        <translation>Tallenna taulukko tiedostoksi</translation>
    </message>
    <message>
        <source>Points and months: who has sent their file</source>
        <translation>Pisteet ja kuukaudet: kuka on lähettänyt tiedostonsa</translation>
    </message>
    <message>
        <source>✓ received   ↻ received, a newer file replaced an older one   ✗ missing   – point closed   · month not over yet   ⚠ signed with a new key</source>
        <translation>✓ saatu   ↻ saatu, uudempi tiedosto korvasi vanhemman   ✗ puuttuu   – piste suljettu   · kuukausi ei ole vielä päättynyt   ⚠ allekirjoitettu uudella avaimella</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>Mikä ajanjakso</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
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
        <source>Quarter</source>
        <translation>Vuosineljännes</translation>
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
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>V&amp;uosineljännes:</translation>
    </message>
    <message>
        <source>{year}, quarter {n}</source>
        <translation>{year}, {n}. vuosineljännes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Ta&amp;bles:</source>
        <translation>Ta&amp;ulukot:</translation>
    </message>
    <message>
        <source>Tables of the regional report</source>
        <translation>Alueraportin taulukot</translation>
    </message>
    <message>
        <source>Numbers of the chosen table</source>
        <translation>Valitun taulukon luvut</translation>
    </message>
    <message>
        <source>Save the regional report</source>
        <translation>Tallenna alueraportti</translation>
    </message>
    <message>
        <source>Save P&amp;DF</source>
        <translation>Tallenna &amp;PDF</translation>
    </message>
    <message>
        <source>Save the regional report as PDF</source>
        <translation>Tallenna alueraportti PDF-tiedostona</translation>
    </message>
    <message>
        <source>Save &amp;Excel (XLSX)</source>
        <translation>Tallenna &amp;Excel (XLSX)</translation>
    </message>
    <message>
        <source>Save the regional report as an Excel file</source>
        <translation>Tallenna alueraportti Excel-tiedostona</translation>
    </message>
    <message>
        <source>Save &amp;CSV</source>
        <translation>Tallenna &amp;CSV</translation>
    </message>
    <message>
        <source>Save the regional report as a CSV file</source>
        <translation>Tallenna alueraportti CSV-tiedostona</translation>
    </message>
    <message>
        <source>Save combi&amp;ned file</source>
        <translation>Tallenna &amp;yhdistetty tiedosto</translation>
    </message>
    <message>
        <source>Save the combined statistics file for the wider area</source>
        <translation>Tallenna yhdistetty tilastotiedosto laajemmalle alueelle</translation>
    </message>
    <message>
        <source>Save &amp;all four</source>
        <translation>Tallenna &amp;kaikki neljä</translation>
    </message>
    <message>
        <source>Save all four files</source>
        <translation>Tallenna kaikki neljä tiedostoa</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>The chosen point</source>
        <translation>Valittu piste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Name of the point</source>
        <translation>Pisteen nimi</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>Municipality of the point</source>
        <translation>Pisteen kunta</translation>
    </message>
    <message>
        <source>Sa&amp;ve name</source>
        <translation>Tallenna ni&amp;mi</translation>
    </message>
    <message>
        <source>Save the name and municipality</source>
        <translation>Tallenna nimi ja kunta</translation>
    </message>
    <message>
        <source>Same point &amp;as:</source>
        <translation>Sama piste &amp;kuin:</translation>
    </message>
    <message>
        <source>Point to keep when merging</source>
        <translation>Piste, joka jää yhdistettäessä</translation>
    </message>
    <message>
        <source>&amp;Merge into the point above</source>
        <translation>&amp;Yhdistä yllä valittuun pisteeseen</translation>
    </message>
    <message>
        <source>Merge the chosen point into the point above</source>
        <translation>Yhdistä valittu piste yllä valittuun pisteeseen</translation>
    </message>
    <message>
        <source>Choose the statistics files</source>
        <translation>Valitse tilastotiedostot</translation>
    </message>
    <message>
        <source>Statistics files (*.json);;All files (*)</source>
        <translation>Tilastotiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Choose the folder with the statistics files</source>
        <translation>Valitse kansio, jossa tilastotiedostot ovat</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <source>Importing the files…</source>
        <translation>Tuodaan tiedostoja…</translation>
    </message>
    <message>
        <source>No statistics files (.json) were found there, nor in its subfolders. Nothing was imported.</source>
        <translation>Sieltä eikä sen alikansioista löytynyt yhtään tilastotiedostoa (.json). Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>{ok} of {n} file(s) accepted.</source>
        <translation>{ok}/{n} tiedostoa hyväksyttiin.</translation>
    </message>
    <message>
        <source>Warning: new signing key</source>
        <translation>Varoitus: uusi allekirjoitusavain</translation>
    </message>
    <message>
        <source>{points}: the file was signed with a NEW key. The point may have reinstalled Digituki, or someone else made the file. It is held back and counts nowhere until you accept the new key: call the point and compare the key&apos;s fingerprint first (Review held-back files…).</source>
        <translation>{points}: tiedosto on allekirjoitettu UUDELLA avaimella. Tukipiste on ehkä asentanut Digituen uudelleen, tai tiedoston on tehnyt joku muu. Tiedosto on pidätetty eikä sitä lasketa mihinkään, ennen kuin hyväksyt uuden avaimen: soita ensin tukipisteeseen ja vertaa avaimen sormenjälkeä (Tarkista pidätetyt tiedostot…).</translation>
    </message>
    <message>
        <source>Files held back</source>
        <translation>Pidätetyt tiedostot</translation>
    </message>
    <message>
        <source>{n} file(s) are not signed. They are held back and count nowhere until you accept them (Review held-back files…).</source>
        <translation>{n} tiedosto(a) ei ole allekirjoitettu. Ne on pidätetty eikä niitä lasketa mihinkään, ennen kuin hyväksyt ne (Tarkista pidätetyt tiedostot…).</translation>
    </message>
    <message>
        <source>Not signed: an older Digituki, or someone else made it.</source>
        <translation>Ei allekirjoitettu: vanhempi Digituki, tai tiedoston on tehnyt joku muu.</translation>
    </message>
    <message>
        <source>{sign} WARNING: {points} — signed with a NEW key. A reinstall or a forgery: held back until you accept the key. Call the point first.</source>
        <translation>{sign} VAROITUS: {points} — allekirjoitettu UUDELLA avaimella. Uudelleenasennus tai väärennös: pidätetty, kunnes hyväksyt avaimen. Soita ensin tukipisteeseen.</translation>
    </message>
    <message>
        <source>{point} ({months}) sent files signed with a NEW key.

Key of these files: {new}
Key kept so far: {old}

Call the point and ask them to read out their key&apos;s fingerprint (Settings → Data safety). Accept the new key only if it is the same.</source>
        <translation>{point} ({months}) lähetti tiedostoja, jotka on allekirjoitettu UUDELLA avaimella.

Näiden tiedostojen avain: {new}
Tähän asti käytetty avain: {old}

Soita tukipisteeseen ja pyydä heitä lukemaan avaimensa sormenjälki (Asetukset → Tietoturva). Hyväksy uusi avain vain, jos se on sama.</translation>
    </message>
    <message>
        <source>{point} ({months}) sent files that are NOT SIGNED. Anyone can make such a file. Accept them only if you know the point sent them.</source>
        <translation>{point} ({months}) lähetti tiedostoja, joita EI OLE ALLEKIRJOITETTU. Kuka tahansa voi tehdä sellaisen tiedoston. Hyväksy ne vain, jos tiedät tukipisteen lähettäneen ne.</translation>
    </message>
    <message>
        <source>Accept this point&apos;s files?</source>
        <translation>Hyväksytäänkö tukipisteen tiedostot?</translation>
    </message>
    <message>
        <source>Accepted {n} file(s); {counted} now count. The decision is recorded.</source>
        <translation>Hyväksyttiin {n} tiedosto(a); {counted} lasketaan nyt mukaan. Päätös on kirjattu.</translation>
    </message>
    <message>
        <source>✓ Imported</source>
        <translation>✓ Tuotu</translation>
    </message>
    <message>
        <source>↻ Imported, replaced an older file</source>
        <translation>↻ Tuotu, korvasi vanhemman tiedoston</translation>
    </message>
    <message>
        <source>= Already imported, nothing changed</source>
        <translation>= Tuotu jo aiemmin, mikään ei muuttunut</translation>
    </message>
    <message>
        <source>– Older than the one already imported: not used</source>
        <translation>– Vanhempi kuin jo tuotu tiedosto: ei käytetty</translation>
    </message>
    <message>
        <source>⚠ Held back: counts only once you accept it</source>
        <translation>⚠ Pidätetty: lasketaan vasta, kun hyväksyt sen</translation>
    </message>
    <message>
        <source>✗ Refused</source>
        <translation>✗ Hylätty</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Point and month</source>
        <translation>Piste ja kuukausi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>{sign} WARNING: signed with a NEW key. Check with the point.</source>
        <translation>{sign} VAROITUS: allekirjoitettu UUDELLA avaimella. Tarkista asia pisteestä.</translation>
    </message>
    <message>
        <source>Not signed, although the point&apos;s earlier files were.</source>
        <translation>Ei allekirjoitettu, vaikka pisteen aiemmat tiedostot olivat.</translation>
    </message>
    <message>
        <source>Unknown topics counted under “Other”: {codes}</source>
        <translation>Tuntemattomat aiheet laskettiin kohtaan ”Muu”: {codes}</translation>
    </message>
    <message>
        <source>{n} file(s): {imported} imported, {replaced} replaced an older file, {unchanged} already imported, {rejected} refused.</source>
        <translation>{n} tiedostoa: {imported} tuotu, {replaced} korvasi vanhemman, {unchanged} tuotu jo aiemmin, {rejected} hylätty.</translation>
    </message>
    <message>
        <source>No files imported yet in this session.</source>
        <translation>Tiedostoja ei ole vielä tuotu tällä kerralla.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>saatu</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>korvattu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(suljettu)</translation>
    </message>
    <message>
        <source>{month}: {state}</source>
        <translation>{month}: {state}</translation>
    </message>
    <message>
        <source>signed with a new key</source>
        <translation>allekirjoitettu uudella avaimella</translation>
    </message>
    <message>
        <source>No points yet: import their files first.</source>
        <translation>Pisteitä ei vielä ole: tuo ensin niiden tiedostot.</translation>
    </message>
    <message>
        <source>{points} point(s); {missing} monthly file(s) missing in {year}.</source>
        <translation>{points} pistettä; vuodelta {year} puuttuu {missing} kuukausitiedostoa.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <source>Excel file (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-tiedosto (*.xlsx);;CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Tallennettu: {file}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <source>{period}: {sessions} help sessions at {points} point(s) ({bundles} files).</source>
        <translation>{period}: {sessions} tukikertaa {points} pisteessä ({bundles} tiedostoa).</translation>
    </message>
    <message>
        <source>Customers: {customers}. Time spent helping: {hours} h.</source>
        <translation>Asiakkaita: {customers}. Aikaa auttamiseen: {hours} h.</translation>
    </message>
    <message>
        <source>Numbers 1–{k1} are shown as &lt;{k} (after adding up all points); × hides a number that could otherwise be worked out.</source>
        <translation>Luvut 1–{k1} näytetään muodossa &lt;{k} (kun kaikki pisteet on laskettu yhteen); × piilottaa luvun, jonka voisi muuten päätellä.</translation>
    </message>
    <message>
        <source>Help sessions per point</source>
        <translation>Tukikerrat pisteittäin</translation>
    </message>
    <message>
        <source>Help sessions per municipality</source>
        <translation>Tukikerrat kunnittain</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Not shown: the numbers are too small.</source>
        <translation>Ei näytetä: luvut ovat liian pieniä.</translation>
    </message>
    <message>
        <source>Change from the month before</source>
        <translation>Muutos edellisestä kuukaudesta</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Valitse kansio tiedostoille</translation>
    </message>
    <message>
        <source>Saving the files…</source>
        <translation>Tallennetaan tiedostoja…</translation>
    </message>
    <message>
        <source>Nothing to save: no files from the points for this period.</source>
        <translation>Ei tallennettavaa: tältä ajalta ei ole pisteiden tiedostoja.</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation>Tallennettu {files} kansioon {folder}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tiedostoja</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>merged into {name}</source>
        <translation>yhdistetty: {name}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoinna</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Mark as op&amp;en again</source>
        <translation>Merkitse &amp;avoimeksi</translation>
    </message>
    <message>
        <source>Mark the point as open again</source>
        <translation>Merkitse piste taas avoimeksi</translation>
    </message>
    <message>
        <source>Mark as c&amp;losed</source>
        <translation>Merkitse &amp;suljetuksi</translation>
    </message>
    <message>
        <source>Mark the point as closed</source>
        <translation>Merkitse piste suljetuksi</translation>
    </message>
    <message>
        <source>The point&apos;s name was saved.</source>
        <translation>Pisteen nimi tallennettiin.</translation>
    </message>
    <message>
        <source>{name} is marked as closed: it is no longer listed as missing.</source>
        <translation>{name} on merkitty suljetuksi: sitä ei enää näytetä puuttuvana.</translation>
    </message>
    <message>
        <source>{name} is marked as open again.</source>
        <translation>{name} on merkitty taas avoimeksi.</translation>
    </message>
    <message>
        <source>Merge two points</source>
        <translation>Yhdistä kaksi pistettä</translation>
    </message>
    <message>
        <source>Treat “{gone}” as the same point as “{keep}” from now on? Its files move to “{keep}”; where both sent the same month, the newer file counts.</source>
        <translation>Käsitelläänkö ”{gone}” tästä lähtien samana pisteenä kuin ”{keep}”? Sen tiedostot siirtyvät pisteelle ”{keep}”. Jos molemmat lähettivät saman kuukauden, uudempi tiedosto lasketaan.</translation>
    </message>
    <message>
        <source>Merged: {n} file(s) moved to {keep}.</source>
        <translation>Yhdistetty: {n} tiedostoa siirtyi pisteelle {keep}.</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>&amp;Find a customer:</source>
        <translation>&amp;Etsi asiakas:</translation>
    </message>
    <message>
        <source>Name or phone number, e.g. &quot;Aino&quot; or &quot;040 111&quot;</source>
        <translation>Nimi tai puhelinnumero, esim. &quot;Aino&quot; tai &quot;040 111&quot;</translation>
    </message>
    <message>
        <source>Find a customer by name or phone number</source>
        <translation>Etsi asiakas nimellä tai puhelinnumerolla</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Löytyneet asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Their bookings (past, upcoming and cancelled):</source>
        <translation>&amp;Varaukset (menneet, tulevat ja perutut):</translation>
    </message>
    <message>
        <source>The customer&apos;s bookings</source>
        <translation>Asiakkaan varaukset</translation>
    </message>
    <message>
        <source>Printout &amp;language:</source>
        <translation>Tulosteen k&amp;ieli:</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>Tulosteen kieli</translation>
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
        <source>&amp;Print what we hold</source>
        <translation>&amp;Tulosta asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Print what we hold about this customer (PDF)</source>
        <translation>Tulosta tiedot, jotka meillä on tästä asiakkaasta (PDF)</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>Poista &amp;nyt…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s data now</source>
        <translation>Poista tämän asiakkaan tiedot nyt</translation>
    </message>
    <message>
        <source>Erase the name, phone number and notes from all their bookings</source>
        <translation>Poistaa nimen, puhelinnumeron ja muistiinpanot kaikista asiakkaan varauksista</translation>
    </message>
    <message>
        <source>Type at least two letters of the name or three digits of the number.</source>
        <translation>Kirjoita vähintään kaksi kirjainta nimestä tai kolme numeroa puhelinnumerosta.</translation>
    </message>
    <message>
        <source>No customer found. Names and numbers are kept only {days} days after the visit.</source>
        <translation>Asiakasta ei löytynyt. Nimet ja numerot säilytetään vain {days} päivää käynnin jälkeen.</translation>
    </message>
    <message>
        <source>{count} customer(s) found.</source>
        <translation>{count} asiakas(ta) löytyi.</translation>
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
        <source>Bookings</source>
        <translation>Varaukset</translation>
    </message>
    <message>
        <source>{past} past, {future} upcoming, {cancelled} cancelled</source>
        <translation>{past} mennyttä, {future} tulevaa, {cancelled} peruttua</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation>(ei puhelinta)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Päivä ja aika</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>tuleva</translation>
    </message>
    <message>
        <source>past</source>
        <translation>mennyt</translation>
    </message>
    <message>
        <source>(a note cannot be opened)</source>
        <translation>(muistiinpanoa ei voi avata)</translation>
    </message>
    <message>
        <source>The printout opened in the PDF viewer. Give it to the customer.</source>
        <translation>Tuloste avautui PDF-katseluun. Anna se asiakkaalle.</translation>
    </message>
    <message>
        <source>Erase customer data</source>
        <translation>Asiakkaan tietojen poisto</translation>
    </message>
    <message>
        <source>Erase the name, phone number and notes of {name} from {count} booking(s) now?</source>
        <translation>Poistetaanko asiakkaan {name} nimi, puhelinnumero ja muistiinpanot {count} varauksesta nyt?</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>tämä asiakas</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>The bookings stay without a name; anonymous counts in the statistics stay.</source>
        <translation>Varaukset jäävät ilman nimeä; nimettömät lukumäärät säilyvät tilastoissa.</translation>
    </message>
    <message>
        <source>Older backups keep the data until they rotate out (a few weeks).</source>
        <translation>Vanhemmissa varmuuskopioissa tiedot säilyvät, kunnes kopiot vanhenevat ja poistuvat (muutama viikko).</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) will be cancelled, so the place frees up.</source>
        <translation>{count} tulevaa varausta perutaan, jotta aika vapautuu muille.</translation>
    </message>
    <message>
        <source>&amp;Keep the upcoming appointment(s) without a name</source>
        <translation>&amp;Säilytä tulevat ajat ilman nimeä</translation>
    </message>
    <message>
        <source>&amp;Erase now</source>
        <translation>&amp;Poista nyt</translation>
    </message>
    <message>
        <source>Erased the customer&apos;s data from {count} booking(s).</source>
        <translation>Asiakkaan tiedot poistettiin {count} varauksesta.</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) cancelled.</source>
        <translation>{count} tulevaa varausta peruttiin.</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) kept without a name.</source>
        <translation>{count} tulevaa varausta säilytettiin ilman nimeä.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Kirjoita palvelimen nimi tai osoite.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Kirjoita palvelimella olevan tietokannan nimi.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>Where the data is kept</source>
        <translation>Missä tiedot ovat</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Vain tällä tietokoneella</translation>
    </message>
    <message>
        <source>Shared server (several desks)</source>
        <translation>Yhteinen palvelin (monta tietokonetta)</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Palvelimen nimi tai osoite</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Palvelimen portti</translation>
    </message>
    <message>
        <source>Database name on the server</source>
        <translation>Tietokannan nimi palvelimella</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Salasana palvelimella</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Kokeile yhteyttä</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Kokeile yhteyttä palvelimeen</translation>
    </message>
    <message>
        <source>Type the login name.</source>
        <translation>Kirjoita käyttäjätunnus.</translation>
    </message>
    <message>
        <source>Where the &amp;data is kept:</source>
        <translation>&amp;Missä tiedot ovat:</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>Pal&amp;velin:</translation>
    </message>
    <message>
        <source>Port (&amp;usually 5432):</source>
        <translation>Portti (&amp;yleensä 5432):</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>Tieto&amp;kanta:</translation>
    </message>
    <message>
        <source>Lo&amp;gin name:</source>
        <translation>Käyttäjä&amp;tunnus:</translation>
    </message>
    <message>
        <source>Login name on the server</source>
        <translation>Käyttäjätunnus palvelimella</translation>
    </message>
    <message>
        <source>Sa&amp;ve and restart…</source>
        <translation>Tallenna ja käynnistä &amp;uudelleen…</translation>
    </message>
    <message>
        <source>Save the database choice and restart</source>
        <translation>Tallenna tietokannan valinta ja käynnistä uudelleen</translation>
    </message>
    <message>
        <source>Saved; type a new one to change it</source>
        <translation>Tallennettu. Kirjoita uusi, jos haluat vaihtaa sen.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Yhdistetään palvelimeen…</translation>
    </message>
    <message>
        <source>The connection works. The database is empty: Digituki will set it up at the first start.</source>
        <translation>Yhteys toimii. Tietokanta on tyhjä. Digituki ottaa sen käyttöön, kun se käynnistyy seuraavan kerran.</translation>
    </message>
    <message>
        <source>The connection works. The point&apos;s data is on the server.</source>
        <translation>Yhteys toimii. Tukipisteen tiedot ovat palvelimella.</translation>
    </message>
    <message>
        <source>The connection works. The data on the server will be updated for this version at the first start.</source>
        <translation>Yhteys toimii. Palvelimen tiedot päivitetään tälle versiolle, kun Digituki käynnistyy seuraavan kerran.</translation>
    </message>
    <message>
        <source>The connection works, but a newer Digituki uses this database. Update Digituki on this computer first.</source>
        <translation>Yhteys toimii, mutta tätä tietokantaa käyttää uudempi Digituki. Päivitä ensin Digituki tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server name, the port and the network cable or Wi-Fi.</source>
        <translation>Palvelimeen ei saada yhteyttä. Tarkista palvelimen nimi, portti ja verkkojohto tai wifi.</translation>
    </message>
    <message>
        <source>The server did not accept the login name or the password.</source>
        <translation>Palvelin ei hyväksynyt käyttäjätunnusta tai salasanaa.</translation>
    </message>
    <message>
        <source>This login may not use the database. Ask your IT support to give the rights.</source>
        <translation>Tällä käyttäjätunnuksella ei ole lupaa käyttää tietokantaa. Pyydä IT-tukea antamaan oikeudet.</translation>
    </message>
    <message>
        <source>The server has no database with this name.</source>
        <translation>Palvelimella ei ole tämännimistä tietokantaa.</translation>
    </message>
    <message>
        <source>The connection did not work. Ask your IT support.</source>
        <translation>Yhteys ei toiminut. Kysy IT-tuelta.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep the password, so it was not saved. Ask your IT support to set the password up for Digituki.</source>
        <translation>Tällä tietokoneella ei ole turvallista paikkaa salasanalle, joten sitä ei tallennettu. Pyydä IT-tukea asettamaan salasana Digitukea varten.</translation>
    </message>
    <message>
        <source>Saved. The change takes effect when Digituki starts again.</source>
        <translation>Tallennettu. Muutos tulee voimaan, kun Digituki käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Restart Digituki?</source>
        <translation>Käynnistetäänkö Digituki uudelleen?</translation>
    </message>
    <message>
        <source>The database choice was saved. Restart Digituki now to use it?</source>
        <translation>Tietokannan valinta tallennettiin. Käynnistetäänkö Digituki nyt uudelleen, jotta valinta tulee käyttöön?</translation>
    </message>
    <message>
        <source>Please close Digituki and start it again.</source>
        <translation>Sulje Digituki ja käynnistä se uudelleen.</translation>
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
        <source>Choose the normal or the high-contrast colours.</source>
        <translation>Valitse tavalliset värit tai suuri kontrasti.</translation>
    </message>
    <message>
        <source>This information is needed. Please fill it in.</source>
        <translation>Tämä tieto tarvitaan. Täytä se, kiitos.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {low} characters long.</source>
        <translation>Tunnuslauseessa pitää olla vähintään {low} merkkiä.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN-koodissa pitää olla 4–12 numeroa.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Write it like name@example.fi.</source>
        <translation>Sähköpostiosoite ei näytä oikealta. Kirjoita se muodossa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Tunnuslauseet eivät ole samat. Kirjoita ne uudelleen.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Digituki. Install the newest version; nothing was changed.</source>
        <translation>Tämä tietokanta on tallennettu Digituen uudemmalla versiolla. Asenna uusin versio. Mitään ei muutettu.</translation>
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
        <source>This database was saved by a newer version of Digituki, so it is open for reading only: nothing can be saved. Install the newest version.</source>
        <translation>Tämä tietokanta on tallennettu Digituen uudemmalla versiolla, joten sen voi vain lukea: mitään ei voi tallentaa. Asenna uusin versio.</translation>
    </message>
    <message>
        <source>Digituki cannot write to {path} (read-only). Nothing was saved. Ask your support person to make the file and its folder writable.</source>
        <translation>Digituki ei voi kirjoittaa kohteeseen {path} (vain luku). Mitään ei tallennettu. Pyydä tukihenkilöäsi sallimaan kirjoitus tiedostoon ja sen kansioon.</translation>
    </message>
    <message>
        <source>The disk is full: free space and try again; nothing was lost.</source>
        <translation>Levy on täynnä: vapauta tilaa ja yritä uudelleen; mitään ei menetetty.</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</source>
        <translation>Asiakkaiden nimet ja puhelinnumerot ovat lukossa. Avaa ne tukipisteen tunnuslauseella (Asetukset → Tietoturva). Kaikki muu toimii tavallisesti.</translation>
    </message>
    <message>
        <source>The coordinator file must be signed, and the point&apos;s signing key is locked with the customers&apos; details. Open them with the point&apos;s passphrase (Settings → Data safety) and export again. Nothing was written.</source>
        <translation>Koordinaattoritiedosto on allekirjoitettava, ja tukipisteen allekirjoitusavain on lukittu asiakastietojen kanssa. Avaa ne tukipisteen tunnuslauseella (Asetukset → Tietoturva) ja vie uudelleen. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Private notes are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</source>
        <translation>Yksityiset muistiinpanot ovat lukossa. Avaa ne tukipisteen tunnuslauseella (Asetukset → Tietoturva). Kaikki muu toimii tavallisesti.</translation>
    </message>
    <message>
        <source>This is a demo point: its key is public and cannot protect real customers&apos; details. Start a real point in its own data folder. Nothing was changed.</source>
        <translation>Tämä on esittelypiste: sen avain on julkinen, eikä se voi suojata oikeiden asiakkaiden tietoja. Aloita oikea piste omassa datakansiossaan. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>This data folder holds a real point&apos;s bookings or help log, so demo data is not added to it. Nothing was changed.</source>
        <translation>Tässä datakansiossa on oikean pisteen varauksia tai tukikirjauksia, joten esittelytietoja ei lisätä siihen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>Tunnuslause ei ole oikein. Tarkista se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The backup could not be made or read. Check that the folder or USB stick has free space and is not write-protected, then try again.</source>
        <translation>Varmuuskopiota ei voitu tehdä tai lukea. Tarkista, että kansiossa tai USB-tikulla on tilaa eikä se ole kirjoitussuojattu. Yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>This file is not a working Digituki backup. Nothing was changed.</source>
        <translation>Tämä tiedosto ei ole toimiva Digituen varmuuskopio. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Check the network cable or Wi-Fi; if other desks cannot reach it either, ask your IT support. Start Digituki again when the connection works.</source>
        <translation>Yhteiseen tietokantaan ei saada yhteyttä. Tarkista verkkojohto tai wifi. Jos muutkaan tietokoneet eivät saa yhteyttä, kysy IT-tuelta. Käynnistä Digituki uudelleen, kun yhteys toimii.</translation>
    </message>
    <message>
        <source>The database file is damaged. Digituki can bring back the newest backup; the damaged file is kept aside.</source>
        <translation>Tietokantatiedosto on vioittunut. Digituki voi palauttaa uusimman varmuuskopion. Vioittunut tiedosto säilytetään erillään.</translation>
    </message>
    <message>
        <source>Digituki is already open on this data folder ({program}, process {pid} on computer {host}, since {started}). Use the window that is open, or close it first.</source>
        <translation>Digituki on jo auki tässä datakansiossa ({program}, prosessi {pid} tietokoneella {host}, alkaen {started}). Käytä avoinna olevaa ikkunaa tai sulje se ensin.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Digituki can bring back the newest backup; files left beside it are kept aside.</source>
        <translation>Tietokantatiedosto puuttuu tai on tyhjä. Digituki voi palauttaa uusimman varmuuskopion; sen viereen jääneet tiedostot säilytetään sivussa.</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Digituki</source>
        <translation>Tervetuloa Digitukeen</translation>
    </message>
    <message>
        <source>Tell Digituki about your point. The contact is printed on customers&apos; confirmation slips and handouts.</source>
        <translation>Kerro Digitukelle pisteestänne. Yhteystiedot tulostuvat asiakkaiden varausvahvistuksiin ja ohjeisiin.</translation>
    </message>
    <message>
        <source>&amp;Name of the point:</source>
        <translation>Pisteen &amp;nimi:</translation>
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
        <source>Point&apos;s &amp;phone number:</source>
        <translation>Pisteen &amp;puhelinnumero:</translation>
    </message>
    <message>
        <source>Point&apos;s phone number</source>
        <translation>Pisteen puhelinnumero</translation>
    </message>
    <message>
        <source>printed on slips, e.g. 09 123 4567</source>
        <translation>tulostuu vahvistuksiin, esim. 09 123 4567</translation>
    </message>
    <message>
        <source>&amp;Where to find us:</source>
        <translation>&amp;Mistä meidät löytää:</translation>
    </message>
    <message>
        <source>Where to find us</source>
        <translation>Mistä meidät löytää</translation>
    </message>
    <message>
        <source>e.g. Main library, 2nd floor, information desk</source>
        <translation>esim. Pääkirjasto, 2. krs, neuvonta</translation>
    </message>
    <message>
        <source>When is the point open for bookings? Tick the days and set the times; you can change them and add closed days later under Bookings → Opening hours.</source>
        <translation>Milloin piste on auki varauksille? Valitse päivät ja aseta ajat. Voit muuttaa niitä ja lisätä suljettuja päiviä myöhemmin kohdassa Varaukset → Aukioloajat.</translation>
    </message>
    <message>
        <source>{day}: opens at</source>
        <translation>{day}: avautuu</translation>
    </message>
    <message>
        <source>{day}: closes at</source>
        <translation>{day}: sulkeutuu</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Uudelleen:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>Save a &amp;recovery sheet to print…</source>
        <translation>Tallenna tulostettava &amp;palautusarkki…</translation>
    </message>
    <message>
        <source>Save a recovery sheet to print</source>
        <translation>Tallenna tulostettava palautusarkki</translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation>Viimeistele &amp;myöhemmin</translation>
    </message>
    <message>
        <source>Everything can be set later in Settings.</source>
        <translation>Kaiken voi asettaa myöhemmin Asetuksissa.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>&amp;Ohita tämä vaihe</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Vaihe {n}/{total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. The key is kept in this computer&apos;s secure key store. A passphrase is still wise: with it the details can be opened on another computer (at least 10 characters).</source>
        <translation>Asiakkaiden nimet ja puhelinnumerot tallennetaan lukittuina. Avain säilytetään tämän tietokoneen suojatussa avainsäilössä. Tunnuslause on silti viisasta asettaa: sen avulla tiedot voi avata toisella tietokoneella (vähintään 10 merkkiä).</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. This computer has no secure key store, so choose a passphrase for the point (at least 10 characters, for example a short sentence); it is asked once at each start.</source>
        <translation>Asiakkaiden nimet ja puhelinnumerot tallennetaan lukittuina. Tässä tietokoneessa ei ole suojattua avainsäilöä, joten valitse pisteelle tunnuslause (vähintään 10 merkkiä, esimerkiksi lyhyt lause). Se kysytään kerran jokaisella käynnistyskerralla.</translation>
    </message>
    <message>
        <source>The passphrase is set. Save a recovery sheet to print, then press Finish.</source>
        <translation>Tunnuslause on asetettu. Tallenna tulostettava palautusarkki ja paina sitten Valmis.</translation>
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
        <translation>&amp;Kieli:</translation>
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
        <source>Timer: starts with the first key</source>
        <translation>Ajastin: käynnistyy ensimmäisestä näppäilystä</translation>
    </message>
    <message>
        <source>Timer: {minutes} min</source>
        <translation>Ajanotto: {minutes} min</translation>
    </message>
    <message>
        <source>Duration to save: {minutes} min</source>
        <translation>Tallennettava kesto: {minutes} min</translation>
    </message>
    <message>
        <source>The session you had not saved when Digituki closed is back. Save it or clear it.</source>
        <translation>Käynti, jota et tallentanut ennen Digituen sulkemista, on palautettu. Tallenna tai tyhjennä se.</translation>
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
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Ohje</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <source>New guide</source>
        <translation>Uusi ohje</translation>
    </message>
    <message>
        <source>Edit guide</source>
        <translation>Muokkaa ohjetta</translation>
    </message>
    <message>
        <source>Write a guide for this point. Numbered steps work best.</source>
        <translation>Kirjoita ohje tälle tukipisteelle. Numeroidut vaiheet ovat selkeimpiä.</translation>
    </message>
    <message>
        <source>This guide was written here.</source>
        <translation>Tämä ohje on kirjoitettu täällä.</translation>
    </message>
    <message>
        <source>Your changes stay at this point. Later versions of the guide pack will not overwrite them.</source>
        <translation>Muutoksesi jäävät vain tähän tukipisteeseen. Ohjepaketin uudet versiot eivät korvaa niitä.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
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
        <source>Ser&amp;vice:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <source>Service the guide is about</source>
        <translation>Palvelu, jota ohje koskee</translation>
    </message>
    <message>
        <source>For example: OmaKanta (Kela)</source>
        <translation>Esimerkiksi: OmaKanta (Kela)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>&amp;Reviewed on:</source>
        <translation>Ta&amp;rkistettu:</translation>
    </message>
    <message>
        <source>Date the guide was last checked</source>
        <translation>Päivä, jolloin ohje viimeksi tarkistettiin</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Yhteenveto:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Aiheet:</translation>
    </message>
    <message>
        <source>Topics of the guide (tick one or more)</source>
        <translation>Ohjeen aiheet (valitse yksi tai useampi)</translation>
    </message>
    <message>
        <source>&amp;Text (left) and how it will look (right):</source>
        <translation>T&amp;eksti (vasemmalla) ja miltä se näyttää (oikealla):</translation>
    </message>
    <message>
        <source>Guide text in Markdown</source>
        <translation>Ohjeen teksti Markdown-muodossa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Write steps as 1. 2. 3. on their own lines. ## starts a heading, - starts a bullet point, **text** is bold.</source>
        <translation>Kirjoita vaiheet omille riveilleen: 1. 2. 3. Merkki ## aloittaa otsikon, - aloittaa luettelokohdan ja **teksti** on lihavoitu.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Tallenna ohje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Please write a title.</source>
        <translation>Kirjoita ohjeelle otsikko.</translation>
    </message>
    <message>
        <source>Please name the service the guide is about.</source>
        <translation>Kirjoita palvelu, jota ohje koskee.</translation>
    </message>
    <message>
        <source>Please tick at least one topic.</source>
        <translation>Valitse vähintään yksi aihe.</translation>
    </message>
    <message>
        <source>Please write the steps of the guide.</source>
        <translation>Kirjoita ohjeen vaiheet.</translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation>Yhteenveto on liian pitkä.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Teksti on liian pitkä.</translation>
    </message>
</context>
<context>
    <name>GuideErrors</name>
    <message>
        <source>The file is not a guide pack. A guide pack is a .zip file.</source>
        <translation>Tiedosto ei ole ohjepaketti. Ohjepaketti on .zip-tiedosto.</translation>
    </message>
    <message>
        <source>The file {entry} in the pack is damaged or locked with a password. Ask for a new copy of the pack.</source>
        <translation>Paketin tiedosto {entry} on vioittunut tai lukittu salasanalla. Pyydä paketista uusi kopio.</translation>
    </message>
    <message>
        <source>The pack has too many files (at most {limit}).</source>
        <translation>Paketissa on liian monta tiedostoa (enintään {limit}).</translation>
    </message>
    <message>
        <source>The pack is too large or contains a file that is too large ({entry}).</source>
        <translation>Paketti on liian suuri, tai siinä on liian suuri tiedosto ({entry}).</translation>
    </message>
    <message>
        <source>The pack contains a file with an unsafe name ({entry}). It was not opened.</source>
        <translation>Paketissa on tiedosto, jonka nimi ei ole turvallinen ({entry}). Pakettia ei avattu.</translation>
    </message>
    <message>
        <source>The pack contains a link to another file ({entry}). It was not opened.</source>
        <translation>Paketissa on linkki toiseen tiedostoon ({entry}). Pakettia ei avattu.</translation>
    </message>
    <message>
        <source>The pack contains a file that does not belong in a guide pack ({entry}). Only guides (.md), pictures (.png, .jpg, .gif) and pack.yaml are allowed.</source>
        <translation>Paketissa on tiedosto, joka ei kuulu ohjepakettiin ({entry}). Sallittuja ovat vain ohjeet (.md), kuvat (.png, .jpg, .gif) ja pack.yaml.</translation>
    </message>
    <message>
        <source>The pack contains the same file twice ({entry}).</source>
        <translation>Paketissa on sama tiedosto kahdesti ({entry}).</translation>
    </message>
    <message>
        <source>The pack has no pack.yaml file telling its name and version.</source>
        <translation>Paketista puuttuu pack.yaml-tiedosto, joka kertoo paketin nimen ja version.</translation>
    </message>
    <message>
        <source>The pack.yaml file must give the pack&apos;s id, name and version (a whole number).</source>
        <translation>Tiedostossa pack.yaml pitää olla paketin tunnus (id), nimi ja versio (kokonaisluku).</translation>
    </message>
    <message>
        <source>The file {entry} is not saved as UTF-8 text.</source>
        <translation>Tiedostoa {entry} ei ole tallennettu UTF-8-tekstinä.</translation>
    </message>
    <message>
        <source>The picture {entry} is not a real PNG, JPEG or GIF picture.</source>
        <translation>Kuva {entry} ei ole oikea PNG-, JPEG- tai GIF-kuva.</translation>
    </message>
    <message>
        <source>The pack uses a name reserved for Digituki&apos;s own guides ({pack}).</source>
        <translation>Paketti käyttää nimeä, joka on varattu Digituen omille ohjeille ({pack}).</translation>
    </message>
    <message>
        <source>The pack contains no guides.</source>
        <translation>Paketissa ei ole yhtään ohjetta.</translation>
    </message>
    <message>
        <source>Version {installed} of the pack “{pack}” is already in use. Only a newer version can replace it (this file has version {offered}).</source>
        <translation>Paketin ”{pack}” versio {installed} on jo käytössä. Sen voi korvata vain uudemmalla versiolla (tässä tiedostossa on versio {offered}).</translation>
    </message>
    <message>
        <source>Digituki&apos;s own guides and the guides written here cannot be removed as a pack.</source>
        <translation>Digituen omia ohjeita ja täällä kirjoitettuja ohjeita ei voi poistaa pakettina.</translation>
    </message>
    <message>
        <source>The guide {entry} does not start with its details (title, language, topics …) between two --- lines.</source>
        <translation>Ohjeen {entry} alussa ei ole sen tietoja (otsikko, kieli, aiheet …) kahden --- -rivin välissä.</translation>
    </message>
    <message>
        <source>The details at the start of the guide {entry} cannot be read.</source>
        <translation>Ohjeen {entry} alussa olevia tietoja ei voi lukea.</translation>
    </message>
    <message>
        <source>The guide {entry} is missing the “{item}” detail.</source>
        <translation>Ohjeesta {entry} puuttuu tieto ”{item}”.</translation>
    </message>
    <message>
        <source>The “{item}” detail of the guide {entry} is not valid.</source>
        <translation>Ohjeen {entry} tieto ”{item}” ei kelpaa.</translation>
    </message>
    <message>
        <source>The language of the guide {entry} must be fi, sv or en.</source>
        <translation>Ohjeen {entry} kielen pitää olla fi, sv tai en.</translation>
    </message>
    <message>
        <source>The guide {entry} refers to an unknown topic: {topic}.</source>
        <translation>Ohjeessa {entry} on tuntematon aihe: {topic}.</translation>
    </message>
    <message>
        <source>The guide {entry} has too many topics (at most {limit}).</source>
        <translation>Ohjeessa {entry} on liian monta aihetta (enintään {limit}).</translation>
    </message>
    <message>
        <source>The short name (slug) of the guide {entry} may only contain a–z, 0–9 and hyphens.</source>
        <translation>Ohjeen {entry} lyhyessä nimessä (slug) saa olla vain kirjaimia a–z, numeroita 0–9 ja yhdysmerkkejä.</translation>
    </message>
    <message>
        <source>The review date of the guide {entry} must look like 2026-11-20.</source>
        <translation>Ohjeen {entry} tarkistuspäivän pitää olla muotoa 2026-11-20.</translation>
    </message>
    <message>
        <source>The version of the guide {entry} must be a whole number.</source>
        <translation>Ohjeen {entry} version pitää olla kokonaisluku.</translation>
    </message>
    <message>
        <source>The pack has the same guide twice in one language: {entry} and {other}.</source>
        <translation>Paketissa on sama ohje kahdesti samalla kielellä: {entry} ja {other}.</translation>
    </message>
    <message>
        <source>The guide “{slug}” ({language}) already comes from another pack: {pack}.</source>
        <translation>Ohje ”{slug}” ({language}) tulee jo toisesta paketista: {pack}.</translation>
    </message>
    <message>
        <source>This guide already exists in that language.</source>
        <translation>Tämä ohje on jo olemassa sillä kielellä.</translation>
    </message>
    <message>
        <source>Only guides written here can be deleted one by one.</source>
        <translation>Vain täällä kirjoitettuja ohjeita voi poistaa yksitellen.</translation>
    </message>
    <message>
        <source>There are no guides written here yet, so there is nothing to export.</source>
        <translation>Täällä ei ole vielä kirjoitettu ohjeita, joten vietävää ei ole.</translation>
    </message>
</context>
<context>
    <name>GuideList</name>
    <message>
        <source>⚠ possibly out of date</source>
        <translation>⚠ voi olla vanhentunut</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Suosikki</translation>
    </message>
    <message>
        <source>reviewed {date}</source>
        <translation>tarkistettu {date}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Print the guide</source>
        <translation>Tulosta ohje</translation>
    </message>
    <message>
        <source>Save as PDF &amp;handout…</source>
        <translation>Ta&amp;llenna PDF-tulosteeksi…</translation>
    </message>
    <message>
        <source>Save the guide as a large-print PDF handout</source>
        <translation>Tallenna ohje isolla tekstillä PDF-tiedostoksi asiakkaalle</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Edit this guide (the change stays here)</source>
        <translation>Muokkaa ohjetta (muutos jää vain tähän tukipisteeseen)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>P&amp;oista…</translation>
    </message>
    <message>
        <source>Delete this guide written here</source>
        <translation>Poista tämä täällä kirjoitettu ohje</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Pienempi teksti</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Pienempi teksti (Ctrl+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Suurempi teksti (Ctrl++)</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Ohjeen teksti</translation>
    </message>
    <message>
        <source>No guide open</source>
        <translation>Ohjetta ei ole avattu</translation>
    </message>
    <message>
        <source>Search for a guide and choose it from the list.</source>
        <translation>Hae ohjetta ja valitse se luettelosta.</translation>
    </message>
    <message>
        <source>☆ Add to fa&amp;vourites</source>
        <translation>☆ Lisää &amp;suosikkeihin</translation>
    </message>
    <message>
        <source>★ Remove from fa&amp;vourites</source>
        <translation>★ Poista &amp;suosikeista</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Lisää suosikkeihin</translation>
    </message>
    <message>
        <source>Service: {service}</source>
        <translation>Palvelu: {service}</translation>
    </message>
    <message>
        <source>Reviewed {date}</source>
        <translation>Tarkistettu {date}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Lähde: {source}</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>Kirjoitettu täällä</translation>
    </message>
    <message>
        <source>Edited here</source>
        <translation>Muokattu täällä</translation>
    </message>
    <message>
        <source>Possibly out of date: this guide was last reviewed more than 12 months ago. Check the steps against the service.</source>
        <translation>Voi olla vanhentunut: ohje on tarkistettu viimeksi yli 12 kuukautta sitten. Tarkista vaiheet palvelusta.</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Poista suosikeista</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tekstin koko {percent} %</translation>
    </message>
    <message>
        <source>Added to favourites.</source>
        <translation>Lisätty suosikkeihin.</translation>
    </message>
    <message>
        <source>Removed from favourites.</source>
        <translation>Poistettu suosikeista.</translation>
    </message>
    <message>
        <source>Save the guide as a PDF handout</source>
        <translation>Tallenna ohje PDF-tulosteeksi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>The handout was saved: {path}</source>
        <translation>Tuloste tallennettiin: {path}</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Tehdään tulostetta…</translation>
    </message>
    <message>
        <source>The guide was sent to the printer.</source>
        <translation>Ohje lähetettiin tulostimelle.</translation>
    </message>
    <message>
        <source>The guide was saved.</source>
        <translation>Ohje tallennettiin.</translation>
    </message>
    <message>
        <source>Delete the guide</source>
        <translation>Poista ohje</translation>
    </message>
    <message>
        <source>Delete the guide “{title}”? This cannot be undone.</source>
        <translation>Poistetaanko ohje ”{title}”? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>The guide was deleted.</source>
        <translation>Ohje poistettiin.</translation>
    </message>
</context>
<context>
    <name>GuidesArea</name>
    <message>
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Type a word, for example: valtuutus, resepti, huijaus</source>
        <translation>Kirjoita sana, esimerkiksi: valtuutus, resepti, huijaus</translation>
    </message>
    <message>
        <source>Search guides</source>
        <translation>Hae ohjeita</translation>
    </message>
    <message>
        <source>Type words to search ({keys} from anywhere)</source>
        <translation>Kirjoita hakusanoja ({keys} mistä tahansa)</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>Show guides of this topic</source>
        <translation>Näytä tämän aiheen ohjeet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Language of the guides</source>
        <translation>Ohjeiden kieli</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Järjestys:</translation>
    </message>
    <message>
        <source>Order of the guides</source>
        <translation>Ohjeiden järjestys</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Parhaiten vastaavat ensin</translation>
    </message>
    <message>
        <source>Oldest review first</source>
        <translation>Pisimpään tarkistamatta ensin</translation>
    </message>
    <message>
        <source>“Oldest review first” shows which guides to check against the services next</source>
        <translation>”Pisimpään tarkistamatta ensin” näyttää, mitkä ohjeet kannattaa seuraavaksi tarkistaa palvelujen omista ohjeista</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>&amp;Vain suosikit</translation>
    </message>
    <message>
        <source>Show only favourite guides</source>
        <translation>Näytä vain suosikkiohjeet</translation>
    </message>
    <message>
        <source>Guides found</source>
        <translation>Löytyneet ohjeet</translation>
    </message>
    <message>
        <source>&amp;New guide…</source>
        <translation>&amp;Uusi ohje…</translation>
    </message>
    <message>
        <source>Write a new guide</source>
        <translation>Kirjoita uusi ohje</translation>
    </message>
    <message>
        <source>&amp;Guide packs</source>
        <translation>Ohje&amp;paketit</translation>
    </message>
    <message>
        <source>Guide packs: import, export, remove</source>
        <translation>Ohjepaketit: tuo, vie, poista</translation>
    </message>
    <message>
        <source>&amp;Import a guide pack…</source>
        <translation>&amp;Tuo ohjepaketti…</translation>
    </message>
    <message>
        <source>E&amp;xport our guides as a pack…</source>
        <translation>&amp;Vie omat ohjeet pakettina…</translation>
    </message>
    <message>
        <source>&amp;Remove a guide pack…</source>
        <translation>&amp;Poista ohjepaketti…</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <source>No guides found. Try a shorter word, another topic or “All languages”.</source>
        <translation>Ohjeita ei löytynyt. Kokeile lyhyempää sanaa, toista aihetta tai valintaa ”Kaikki kielet”.</translation>
    </message>
    <message>
        <source>1 guide</source>
        <translation>1 ohje</translation>
    </message>
    <message>
        <source>{count} guides</source>
        <translation>{count} ohjetta</translation>
    </message>
    <message>
        <source>The new guide was saved.</source>
        <translation>Uusi ohje tallennettiin.</translation>
    </message>
    <message>
        <source>Import a guide pack</source>
        <translation>Tuo ohjepaketti</translation>
    </message>
    <message>
        <source>Guide packs (*.zip)</source>
        <translation>Ohjepaketit (*.zip)</translation>
    </message>
    <message>
        <source>The guide pack “{name}” (version {version}) was imported: {added} guides.</source>
        <translation>Ohjepaketti ”{name}” (versio {version}) tuotiin: {added} ohjetta.</translation>
    </message>
    <message>
        <source>The guide pack “{name}” was updated to version {version}: {added} new, {updated} updated, {removed} removed.</source>
        <translation>Ohjepaketti ”{name}” päivitettiin versioon {version}: {added} uutta, {updated} päivitettyä, {removed} poistettua.</translation>
    </message>
    <message>
        <source>{count} guides edited here were kept as they were.</source>
        <translation>Täällä muokatut ohjeet ({count}) säilytettiin ennallaan.</translation>
    </message>
    <message>
        <source>The guide pack was not imported. Nothing was changed.</source>
        <translation>Ohjepakettia ei tuotu. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Import guide pack</source>
        <translation>Tuo ohjepaketti</translation>
    </message>
    <message>
        <source>Importing the guide pack…</source>
        <translation>Tuodaan ohjepakettia…</translation>
    </message>
    <message>
        <source>Export our guides</source>
        <translation>Vie omat ohjeet</translation>
    </message>
    <message>
        <source>our-guides</source>
        <translation>omat-ohjeet</translation>
    </message>
    <message>
        <source>Our guides</source>
        <translation>Omat ohjeet</translation>
    </message>
    <message>
        <source>{count} guides were exported to {path}</source>
        <translation>{count} ohjetta vietiin tiedostoon {path}</translation>
    </message>
    <message>
        <source>Remove guide pack</source>
        <translation>Poista ohjepaketti</translation>
    </message>
    <message>
        <source>No guide packs have been imported.</source>
        <translation>Ohjepaketteja ei ole tuotu.</translation>
    </message>
    <message>
        <source>{name} (version {version}, {count} guides)</source>
        <translation>{name} (versio {version}, {count} ohjetta)</translation>
    </message>
    <message>
        <source>Which guide pack do you want to remove?</source>
        <translation>Minkä ohjepaketin haluat poistaa?</translation>
    </message>
    <message>
        <source>Remove the guide pack “{name}” and its {count} guides? Guides edited here are kept.</source>
        <translation>Poistetaanko ohjepaketti ”{name}” ja sen {count} ohjetta? Täällä muokatut ohjeet säilytetään.</translation>
    </message>
    <message>
        <source>The guide pack was removed ({count} guides).</source>
        <translation>Ohjepaketti poistettiin ({count} ohjetta).</translation>
    </message>
</context>
<context>
    <name>HelpLogArea</name>
    <message>
        <source>A correction of a help session has not been saved.</source>
        <translation>Käynnin korjausta ei ole tallennettu.</translation>
    </message>
    <message>
        <source>The help session in the form has not been saved.</source>
        <translation>Lomakkeella olevaa käyntiä ei ole tallennettu.</translation>
    </message>
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
    <name>Instance</name>
    <message>
        <source>Digituki is already open</source>
        <translation>Digituki on jo auki</translation>
    </message>
</context>
<context>
    <name>LinkedGuides</name>
    <message>
        <source>G&amp;uides for these topics:</source>
        <translation>Oh&amp;jeet näihin aiheisiin:</translation>
    </message>
    <message>
        <source>Guides for the chosen topics</source>
        <translation>Valittujen aiheiden ohjeet</translation>
    </message>
    <message>
        <source>No guides for these topics yet.</source>
        <translation>Näihin aiheisiin ei vielä ole ohjeita.</translation>
    </message>
    <message>
        <source>Choose a topic to see its guides.</source>
        <translation>Valitse aihe, niin näet sen ohjeet.</translation>
    </message>
    <message>
        <source>possibly out of date</source>
        <translation>voi olla vanhentunut</translation>
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
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Digituki — regional coordinator</source>
        <translation>Digituki – alueen koordinaattori</translation>
    </message>
    <message>
        <source>{title} — DEMO (made-up data)</source>
        <translation>{title} — DEMO (keksittyä tietoa)</translation>
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
        <translation>&amp;Tietoja Digituesta</translation>
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
        <source>Offline: the shared database cannot be reached. Help sessions are kept on this computer and sent when it answers again; bookings need the server.</source>
        <translation>Ei yhteyttä: yhteiseen tietokantaan ei saada yhteyttä. Tukikerrat säilytetään tällä tietokoneella ja lähetetään, kun yhteys palaa; ajanvaraukset tarvitsevat palvelimen.</translation>
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
        <source>Quit anyway?</source>
        <translation>Lopetetaanko silti?</translation>
    </message>
    <message>
        <source>&amp;Keep it for the next start</source>
        <translation>&amp;Säilytä seuraavaan käynnistykseen</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Hylkää ja lopeta</translation>
    </message>
    <message>
        <source>About Digituki</source>
        <translation>Tietoja Digituesta</translation>
    </message>
    <message>
        <source>Digituki {version}

For digital-support points: bookings, help log, guides and anonymous statistics.

Data folder: {folder}</source>
        <translation>Digituki {version}

Digitukipisteille: ajanvaraukset, tukikirjaukset, ohjeet ja nimettömät tilastot.

Tietokansio: {folder}</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>To&amp;iminnot</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;Uusi varaus</translation>
    </message>
    <message>
        <source>Book a time for a customer</source>
        <translation>Varaa asiakkaalle aika</translation>
    </message>
    <message>
        <source>&amp;Walk-in customer</source>
        <translation>Asiakas ilman a&amp;janvarausta</translation>
    </message>
    <message>
        <source>Start helping a customer who has no booking</source>
        <translation>Aloita sellaisen asiakkaan auttaminen, jolla ei ole varausta</translation>
    </message>
    <message>
        <source>&amp;Log help</source>
        <translation>&amp;Kirjaa tukikerta</translation>
    </message>
    <message>
        <source>Open the help-log form</source>
        <translation>Avaa tukikirjauksen lomake</translation>
    </message>
    <message>
        <source>&amp;Search guides</source>
        <translation>&amp;Etsi ohjeita</translation>
    </message>
    <message>
        <source>Go to the guides and type what you are looking for</source>
        <translation>Siirry ohjeisiin ja kirjoita, mitä etsit</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Peru viimeisin tallennus</translation>
    </message>
    <message>
        <source>Take back the help session saved last</source>
        <translation>Peru viimeksi tallennettu tukikerta</translation>
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
    <name>NoticeEditor</name>
    <message>
        <source>Wording of the privacy notice</source>
        <translation>Tietosuojaselosteen sanamuoto</translation>
    </message>
    <message>
        <source>Plain words help customers. {point}, {controller}, {contact} and {days} are filled in from the settings. Empty a box to use the default text.</source>
        <translation>Selkeä kieli auttaa asiakkaita. {point}, {controller}, {contact} ja {days} täytetään asetuksista. Tyhjennä kenttä, niin käytetään oletustekstiä.</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Not saved. The shared database cannot be reached, and a private note cannot be kept on this computer. Remove the note to keep the session here for now.</source>
        <translation>Ei tallennettu. Yhteiseen tietokantaan ei saada yhteyttä, eikä yksityistä muistiinpanoa voi säilyttää tällä tietokoneella. Poista muistiinpano, niin tukikerta säilytetään täällä siihen asti.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. The session was kept on this computer and is sent automatically when the connection is back.</source>
        <translation>Yhteiseen tietokantaan ei saada yhteyttä. Tukikerta säilytettiin tällä tietokoneella, ja se lähetetään itsestään, kun yhteys palaa.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached: some information is not shown. Help sessions are kept on this computer; bookings need the server.</source>
        <translation>Yhteiseen tietokantaan ei saada yhteyttä: osa tiedoista ei näy. Tukikerrat säilytetään tällä tietokoneella; ajanvaraukset tarvitsevat palvelimen.</translation>
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
        <translation>&amp;Kieli:</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Set the point&apos;s passphrase</source>
        <translation>Aseta tukipisteen tunnuslause</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. Choose a passphrase for this point (at least 10 characters, for example a short sentence). You can print it on a recovery sheet for the point&apos;s lead. Without it, the names cannot be opened on another computer.</source>
        <translation>Asiakkaiden nimet ja puhelinnumerot tallennetaan lukittuina. Valitse tukipisteelle tunnuslause (vähintään 10 merkkiä, esimerkiksi lyhyt lause). Voit tulostaa sen palautusarkille tukipisteen vastaavalle. Ilman sitä nimiä ei voi avata toisella tietokoneella.</translation>
    </message>
    <message>
        <source>Open customers&apos; details</source>
        <translation>Avaa asiakkaiden tiedot</translation>
    </message>
    <message>
        <source>Type the point&apos;s passphrase to show customers&apos; names and phone numbers. If you do not know it, press Cancel: everything else works, names are shown as –.</source>
        <translation>Kirjoita tukipisteen tunnuslause, niin asiakkaiden nimet ja puhelinnumerot näkyvät. Jos et tiedä sitä, paina Peruuta: kaikki muu toimii, ja nimien kohdalla näkyy –.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Uudelleen:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
        <translation>Tämä Digituen osa ei ole vielä valmis. Se tulee myöhemmässä versiossa. Jatka siihen asti nykyisellä tavallasi.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>(hidden)</source>
        <translation>(piilotettu)</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <source>The privacy notice tells customers what is kept about them, why, for how long and how to use their rights. Print it for the desk or give it on request.</source>
        <translation>Tietosuojaseloste kertoo asiakkaille, mitä heistä tallennetaan, miksi, kuinka kauan ja miten he voivat käyttää oikeuksiaan. Tulosta se tiskille tai anna pyydettäessä.</translation>
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
        <source>Lan&amp;guage of the notice:</source>
        <translation>Selosteen k&amp;ieli:</translation>
    </message>
    <message>
        <source>Language of the privacy notice</source>
        <translation>Tietosuojaselosteen kieli</translation>
    </message>
    <message>
        <source>Privacy &amp;notice (PDF)</source>
        <translation>Tietosuojaseloste (&amp;PDF)</translation>
    </message>
    <message>
        <source>Open the privacy notice as a PDF</source>
        <translation>Avaa tietosuojaseloste PDF-tiedostona</translation>
    </message>
    <message>
        <source>Edit the &amp;wording…</source>
        <translation>Muokkaa &amp;sanamuotoa…</translation>
    </message>
    <message>
        <source>Edit the wording of the privacy notice</source>
        <translation>Muokkaa tietosuojaselosteen sanamuotoa</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Digituki</source>
        <translation>Digituki</translation>
    </message>
    <message>
        <source>Warning: the database is on a network drive. Use a folder on this computer so that nothing is lost.</source>
        <translation>Varoitus: tietokanta on verkkolevyllä. Käytä tämän tietokoneen kansiota, jotta mitään ei katoa.</translation>
    </message>
    <message>
        <source>Digituki was updated. An earlier update had lost the topics of help sessions; they were restored from the backup {backup}, and the statistics count them again. Sessions with their topics back: {count}.</source>
        <translation>Digituki päivitettiin. Aiempi päivitys oli hävittänyt tukikertojen aiheet; ne palautettiin varmuuskopiosta {backup}, ja tilastot laskevat ne taas mukaan. Tukikertoja, joiden aiheet palautettiin: {count}.</translation>
    </message>
    <message>
        <source>An earlier update lost the topics of help sessions, and no backup made before it was found. The sessions are kept, but their topics are missing from the statistics. A copy of the database from before that update still holds them: ask your support person. Sessions without topics: {count}.</source>
        <translation>Aiempi päivitys hävitti tukikertojen aiheet, eikä ennen sitä tehtyä varmuuskopiota löytynyt. Tukikerrat ovat tallessa, mutta niiden aiheet puuttuvat tilastoista. Ennen päivitystä tehty kopio tietokannasta sisältää ne yhä: kysy tukihenkilöltäsi. Tukikertoja ilman aiheita: {count}.</translation>
    </message>
    <message>
        <source>Digituki was updated</source>
        <translation>Digituki päivitettiin</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Palautusarkki</translation>
    </message>
    <message>
        <source>Save a recovery sheet to print? It holds the passphrase: keep the paper locked away with the point&apos;s lead, and delete the file after printing.</source>
        <translation>Tallennetaanko palautusarkki tulostettavaksi? Siinä on tunnuslause: säilytä paperi lukitussa paikassa tukipisteen vastaavalla ja poista tiedosto tulostamisen jälkeen.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Tallenna palautusarkki</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery sheet saved: {path}</source>
        <translation>Palautusarkki tallennettu: {path}</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>Tietokanta puuttuu</translation>
    </message>
    <message>
        <source>The database file is missing or empty, and there is no backup to bring back. Start with a new, empty database? The files left beside it are kept aside for your support person.</source>
        <translation>Tietokantatiedosto puuttuu tai on tyhjä, eikä palautettavaa varmuuskopiota ole. Aloitetaanko uudella, tyhjällä tietokannalla? Sen viereen jääneet tiedostot säilytetään sivussa tukihenkilöäsi varten.</translation>
    </message>
    <message>
        <source>The database file is damaged and there is no backup to bring back. Ask your support person for help. The damaged file is kept as it is.</source>
        <translation>Tietokantatiedosto on vioittunut, eikä palautettavaa varmuuskopiota ole. Pyydä apua tukihenkilöltäsi. Vioittunut tiedosto säilytetään sellaisenaan.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Bring back the newest backup from {date} at {time}? Changes made after it are lost. Files left beside the database are kept aside.</source>
        <translation>Tietokantatiedosto puuttuu tai on tyhjä. Palautetaanko uusin varmuuskopio ({date} klo {time})? Sen jälkeen tehdyt muutokset menetetään. Tietokannan viereen jääneet tiedostot säilytetään sivussa.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <source>The database file is damaged. Bring back the newest backup from {date} at {time}? Changes made after it are lost. The damaged file is kept aside.</source>
        <translation>Tietokantatiedosto on vioittunut. Palautetaanko uusin varmuuskopio ({date} klo {time})? Sen jälkeen tehdyt muutokset menetetään. Vioittunut tiedosto säilytetään erillään.</translation>
    </message>
    <message>
        <source>Bringing back the backup…</source>
        <translation>Palautetaan varmuuskopiota…</translation>
    </message>
    <message>
        <source>Customers&apos; details are hidden while nobody uses Digituki.</source>
        <translation>Asiakkaiden tiedot on piilotettu, koska Digitukea ei ole käytetty hetkeen.</translation>
    </message>
    <message>
        <source>&amp;Show customers&apos; details</source>
        <translation>&amp;Näytä asiakkaiden tiedot</translation>
    </message>
    <message>
        <source>Show customers&apos; details</source>
        <translation>Näytä asiakkaiden tiedot</translation>
    </message>
    <message>
        <source>Point PIN:</source>
        <translation>Tukipisteen PIN-koodi:</translation>
    </message>
    <message>
        <source>The PIN is not right. Try again.</source>
        <translation>PIN-koodi ei ole oikein. Yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation>Tietoturva</translation>
    </message>
    <message>
        <source>Set or change the &amp;passphrase…</source>
        <translation>Aseta tai vaihda &amp;tunnuslause…</translation>
    </message>
    <message>
        <source>Set or change the point&apos;s passphrase</source>
        <translation>Aseta tai vaihda tukipisteen tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <source>Back up now to a folder or USB stick</source>
        <translation>Varmuuskopioi nyt kansioon tai USB-tikulle</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Restore the data from a backup file</source>
        <translation>Palauta tiedot varmuuskopiotiedostosta</translation>
    </message>
    <message>
        <source>&amp;Hide customers&apos; details after:</source>
        <translation>&amp;Piilota asiakkaiden tiedot, kun:</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min ilman käyttöä</translation>
    </message>
    <message>
        <source>Minutes without use before customers&apos; details are hidden</source>
        <translation>Minuutit ilman käyttöä ennen kuin asiakkaiden tiedot piilotetaan</translation>
    </message>
    <message>
        <source>Point P&amp;IN to show them (optional):</source>
        <translation>Tukipisteen P&amp;IN-koodi tietojen näyttämiseen (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>Point PIN, 4 to 12 digits; empty for none</source>
        <translation>Tukipisteen PIN-koodi, 4–12 numeroa; tyhjä, jos ei koodia</translation>
    </message>
    <message>
        <source>4–12 digits; leave empty for none</source>
        <translation>4–12 numeroa; jätä tyhjäksi, jos et halua koodia</translation>
    </message>
    <message>
        <source>Save the &amp;lock settings</source>
        <translation>Tallenna &amp;lukituksen asetukset</translation>
    </message>
    <message>
        <source>Save the lock settings</source>
        <translation>Tallenna lukituksen asetukset</translation>
    </message>
    <message>
        <source>This is a demo point: its data is made up and its key is public, so it needs no passphrase. Never enter real customers here; start a real point in its own data folder.</source>
        <translation>Tämä on esittelypiste (demo): sen tiedot on keksitty ja sen avain on julkinen, joten tunnuslausetta ei tarvita. Älä koskaan kirjaa tänne oikeita asiakkaita; aloita oikea piste omassa datakansiossaan.</translation>
    </message>
    <message>
        <source>Customers&apos; details are locked on this computer. Use the passphrase to open them.</source>
        <translation>Asiakkaiden tiedot ovat lukossa tällä tietokoneella. Avaa ne tunnuslauseella.</translation>
    </message>
    <message>
        <source>Customers&apos; details cannot be opened: no key. Set a passphrase to start again.</source>
        <translation>Asiakkaiden tietoja ei voi avata, koska avainta ei ole. Aseta tunnuslause, niin voit aloittaa uudelleen.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s secure key store and protected by the point&apos;s passphrase.</source>
        <translation>Avain on tämän tietokoneen suojatussa avainsäilössä, ja tukipisteen tunnuslause suojaa sitä.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s secure key store. Set a passphrase so the data can be opened on another computer.</source>
        <translation>Avain on tämän tietokoneen suojatussa avainsäilössä. Aseta tunnuslause, jotta tiedot voi avata myös toisella tietokoneella.</translation>
    </message>
    <message>
        <source>This computer has no secure key store: the point&apos;s passphrase is asked once each time Digituki starts.</source>
        <translation>Tässä tietokoneessa ei ole suojattua avainsäilöä. Tukipisteen tunnuslause kysytään kerran aina, kun Digituki käynnistyy.</translation>
    </message>
    <message>
        <source>This point signs its coordinator files with the key {fingerprint}. If the coordinator asks, read it out on the phone.</source>
        <translation>Tämä tukipiste allekirjoittaa koordinaattoritiedostonsa avaimella {fingerprint}. Jos koordinaattori kysyy, lue se puhelimessa.</translation>
    </message>
    <message>
        <source>Old contact details have not been removed yet.</source>
        <translation>Vanhoja yhteystietoja ei ole vielä poistettu.</translation>
    </message>
    <message>
        <source>Old contact details and notes were last removed on {date} at {time}: {count} records cleared.</source>
        <translation>Vanhat yhteystiedot ja muistiinpanot poistettiin viimeksi {date} klo {time}: {count} tietoa tyhjennettiin.</translation>
    </message>
    <message>
        <source>A PIN is set; type a new one to change it</source>
        <translation>PIN-koodi on asetettu; kirjoita uusi, jos haluat vaihtaa sen</translation>
    </message>
    <message>
        <source>The passphrase was saved.</source>
        <translation>Tunnuslause tallennettiin.</translation>
    </message>
    <message>
        <source>Choose the folder or USB stick for the backup</source>
        <translation>Valitse kansio tai USB-tikku varmuuskopiolle</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Write a backup of all data to {folder}?

The backup holds customers&apos; names and phone numbers (encrypted) until you delete the copy: the retention purge cannot reach a copy outside Digituki&apos;s own folder. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Kirjoitetaanko varmuuskopio kaikista tiedoista kansioon {folder}?

Varmuuskopiossa on asiakkaiden nimet ja puhelinnumerot (salattuina), kunnes poistat kopion: säilytysajan mukainen poisto ei ulotu Digituen oman kansion ulkopuolisiin kopioihin. Säilytä kopio turvassa ja poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}. It holds customers&apos; details until you delete it.</source>
        <translation>Varmuuskopio kirjoitettu ja tarkistettu: {path}. Siinä on asiakkaiden tiedot, kunnes poistat sen.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Kirjoitetaan varmuuskopiota…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Valitse palautettava varmuuskopio</translation>
    </message>
    <message>
        <source>Digituki backups (*.sqlite3)</source>
        <translation>Digituen varmuuskopiot (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Replace all data with the backup {name}? Changes made after the backup are lost. The current data file is kept aside.</source>
        <translation>Korvataanko kaikki tiedot varmuuskopiolla {name}? Varmuuskopion jälkeen tehdyt muutokset menetetään. Nykyinen tietotiedosto säilytetään erillään.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Palautetaan varmuuskopiota…</translation>
    </message>
    <message>
        <source>The lock settings were saved.</source>
        <translation>Lukituksen asetukset tallennettiin.</translation>
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
        <translation>Tilastot</translation>
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
        <translation>P&amp;oista…</translation>
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
        <source>C&amp;olours:</source>
        <translation>&amp;Värit:</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Värit</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Tavalliset</translation>
    </message>
    <message>
        <source>High contrast (black, white, yellow)</source>
        <translation>Suuri kontrasti (musta, valkoinen, keltainen)</translation>
    </message>
    <message>
        <source>&amp;Use Digituki as:</source>
        <translation>&amp;Digituen käyttötapa:</translation>
    </message>
    <message>
        <source>Use Digituki as</source>
        <translation>Digituen käyttötapa</translation>
    </message>
    <message>
        <source>A digital-support point (the desk)</source>
        <translation>Digitukipiste (asiakaspalvelu)</translation>
    </message>
    <message>
        <source>Regional coordinator (collect the points&apos; statistics)</source>
        <translation>Alueen koordinaattori (kerää pisteiden tilastot)</translation>
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
        <source>This region (its name heads the regional report)</source>
        <translation>Tämä alue (nimi näkyy alueraportin otsikossa)</translation>
    </message>
    <message>
        <source>&amp;Name of the region:</source>
        <translation>Alueen &amp;nimi:</translation>
    </message>
    <message>
        <source>Name of the region</source>
        <translation>Alueen nimi</translation>
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
        <source>Point&apos;s &amp;phone number:</source>
        <translation>Pisteen &amp;puhelinnumero:</translation>
    </message>
    <message>
        <source>Point&apos;s phone number</source>
        <translation>Pisteen puhelinnumero</translation>
    </message>
    <message>
        <source>printed on slips, e.g. 09 123 4567</source>
        <translation>tulostuu vahvistuksiin, esim. 09 123 4567</translation>
    </message>
    <message>
        <source>&amp;Where to find us:</source>
        <translation>&amp;Mistä meidät löytää:</translation>
    </message>
    <message>
        <source>Where to find us</source>
        <translation>Mistä meidät löytää</translation>
    </message>
    <message>
        <source>e.g. Main library, 2nd floor, information desk</source>
        <translation>esim. Pääkirjasto, 2. krs, neuvonta</translation>
    </message>
    <message>
        <source>Point&apos;s &amp;e-mail:</source>
        <translation>Pisteen &amp;sähköposti:</translation>
    </message>
    <message>
        <source>Point&apos;s e-mail</source>
        <translation>Pisteen sähköposti</translation>
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
        <source>Customers&apos; usual language of ser&amp;vice:</source>
        <translation>Asiakkaiden tavallinen asiointi&amp;kieli:</translation>
    </message>
    <message>
        <source>Customers&apos; usual language of service</source>
        <translation>Asiakkaiden tavallinen asiointikieli</translation>
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
        <source>Import a new topic list from the &amp;coordinator…</source>
        <translation>Tuo uusi aiheluettelo &amp;koordinaattorilta…</translation>
    </message>
    <message>
        <source>Import a new topic list from the coordinator</source>
        <translation>Tuo uusi aiheluettelo koordinaattorilta</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Kieli vaihdettu.</translation>
    </message>
    <message>
        <source>Colours changed.</source>
        <translation>Värit vaihdettu.</translation>
    </message>
    <message>
        <source>Switch to coordinator mode now? The window changes to the coordinator&apos;s view with its own data. The point&apos;s data stays safe and comes back when you switch back here.</source>
        <translation>Vaihdetaanko koordinaattoritilaan nyt? Ikkuna vaihtuu koordinaattorin näkymään, jolla on omat tietonsa. Pisteen tiedot säilyvät turvassa ja palaavat, kun vaihdat takaisin täältä.</translation>
    </message>
    <message>
        <source>Switch back to the digital-support point&apos;s desk now? The coordinator&apos;s data stays safe.</source>
        <translation>Vaihdetaanko takaisin digitukipisteen näkymään nyt? Koordinaattorin tiedot säilyvät turvassa.</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Vaihda käyttötapaa</translation>
    </message>
    <message>
        <source>The point&apos;s details were saved.</source>
        <translation>Pisteen tiedot tallennettu.</translation>
    </message>
    <message>
        <source>Choose the topic-list file</source>
        <translation>Valitse aiheluettelon tiedosto</translation>
    </message>
    <message>
        <source>Topic-list files (*.json);;All files (*)</source>
        <translation>Aiheluettelotiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Topic list version {version} is now in use ({added} new topics, {changed} changed). The regional reports count earlier statistics under the new topics.</source>
        <translation>Aiheluettelon versio {version} on nyt käytössä ({added} uutta aihetta, {changed} muuttunutta). Alueraporteissa aiemmat tilastot lasketaan uusien aiheiden alle.</translation>
    </message>
    <message>
        <source>The list is signed by the coordinator key {fingerprint}. This point keeps that key from now on and refuses lists signed by another one. Compare the fingerprint with your coordinator on the phone.</source>
        <translation>Luettelo on allekirjoitettu koordinaattorin avaimella {fingerprint}. Tämä tukipiste pitää avaimen tästä lähtien ja hylkää toisella avaimella allekirjoitetut luettelot. Vertaa sormenjälkeä koordinaattorisi kanssa puhelimessa.</translation>
    </message>
    <message>
        <source>This topic list is signed by ANOTHER key than the coordinator&apos;s lists before: {fingerprint}.

Someone else may have made it. Accept it only if your coordinator tells you on the phone that their key changed and reads out the same fingerprint.</source>
        <translation>Tämä aiheluettelo on allekirjoitettu ERI avaimella kuin koordinaattorin aiemmat luettelot: {fingerprint}.

Sen on voinut tehdä joku muu. Hyväksy se vain, jos koordinaattorisi kertoo puhelimessa avaimensa vaihtuneen ja lukee saman sormenjäljen.</translation>
    </message>
    <message>
        <source>This topic list is NOT SIGNED: anyone can make such a file.

Accept it only if you are sure it comes from your coordinator.</source>
        <translation>Tätä aiheluetteloa EI OLE ALLEKIRJOITETTU: kuka tahansa voi tehdä sellaisen tiedoston.

Hyväksy se vain, jos olet varma, että se tulee koordinaattoriltasi.</translation>
    </message>
    <message>
        <source>Accept this topic list?</source>
        <translation>Hyväksytäänkö tämä aiheluettelo?</translation>
    </message>
    <message>
        <source>This topic list (or a newer one) is already in use.</source>
        <translation>Tämä aiheluettelo (tai uudempi) on jo käytössä.</translation>
    </message>
    <message>
        <source>This topic list skips a version. Import the coordinator&apos;s earlier topic list first.</source>
        <translation>Tästä aiheluettelosta puuttuu välistä versio. Tuo ensin koordinaattorin aiempi aiheluettelo.</translation>
    </message>
    <message>
        <source>The file was damaged or changed after it was made.</source>
        <translation>Tiedosto on vioittunut tai sitä on muutettu sen tekemisen jälkeen.</translation>
    </message>
    <message>
        <source>The file was changed after the coordinator signed it.</source>
        <translation>Tiedostoa on muutettu sen jälkeen, kun koordinaattori allekirjoitti sen.</translation>
    </message>
    <message>
        <source>This file is not a usable topic list from the coordinator.</source>
        <translation>Tämä tiedosto ei ole käyttökelpoinen koordinaattorin aiheluettelo.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Choose a month from the list.</source>
        <translation>Valitse kuukausi listalta.</translation>
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
        <translation>&amp;Mistä:</translation>
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
        <translation>Mi&amp;hin:</translation>
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
        <source>Start helping a customer who has no booking ({keys})</source>
        <translation>Aloita sellaisen asiakkaan auttaminen, jolla ei ole varausta ({keys})</translation>
    </message>
    <message>
        <source>Book a time for a customer ({keys})</source>
        <translation>Varaa asiakkaalle aika ({keys})</translation>
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
        <source>Today&apos;s bookings and free times</source>
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
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved input</source>
        <translation>Tallentamattomia tietoja</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Palaa takaisin</translation>
    </message>
</context>
</TS>
