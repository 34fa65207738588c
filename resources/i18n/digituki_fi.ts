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
            <source>The pack.yaml file must give the pack's id, name and version (a whole number).</source>
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
            <source>The pack uses a name reserved for Digituki's own guides ({pack}).</source>
            <translation>Paketti käyttää nimeä, joka on varattu Digitukin omille ohjeille ({pack}).</translation>
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
            <source>Digituki's own guides and the guides written here cannot be removed as a pack.</source>
            <translation>Digitukin omia ohjeita ja täällä kirjoitettuja ohjeita ei voi poistaa pakettina.</translation>
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
</TS>
