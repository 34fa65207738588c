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
        <name>GuideDialog</name>
        <message>
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
    </context>
    <context>
        <name>GuideEditorDialog</name>
        <message>
            <source>New guide</source>
            <translation>Ny guide</translation>
        </message>
        <message>
            <source>Edit guide</source>
            <translation>Redigera guiden</translation>
        </message>
        <message>
            <source>Write a guide for this point. Numbered steps work best.</source>
            <translation>Skriv en guide för den här stödpunkten. Numrerade steg är tydligast.</translation>
        </message>
        <message>
            <source>This guide was written here.</source>
            <translation>Den här guiden har skrivits här.</translation>
        </message>
        <message>
            <source>Your changes stay at this point. Later versions of the guide pack will not overwrite them.</source>
            <translation>Dina ändringar stannar på den här stödpunkten. Nya versioner av guidepaketet skriver inte över dem.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Rubrik:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
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
            <source>Ser&amp;vice:</source>
            <translation>&amp;Tjänst:</translation>
        </message>
        <message>
            <source>Service the guide is about</source>
            <translation>Tjänsten som guiden handlar om</translation>
        </message>
        <message>
            <source>For example: OmaKanta (Kela)</source>
            <translation>Till exempel: MittKanta (FPA)</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Källa:</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>&amp;Reviewed on:</source>
            <translation>&amp;Granskad:</translation>
        </message>
        <message>
            <source>Date the guide was last checked</source>
            <translation>Dagen då guiden senast granskades</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>S&amp;ammanfattning:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>T&amp;opics:</source>
            <translation>Ä&amp;mnen:</translation>
        </message>
        <message>
            <source>Topics of the guide (tick one or more)</source>
            <translation>Guidens ämnen (välj ett eller flera)</translation>
        </message>
        <message>
            <source>&amp;Text (left) and how it will look (right):</source>
            <translation>Te&amp;xt (till vänster) och hur den kommer att se ut (till höger):</translation>
        </message>
        <message>
            <source>Guide text in Markdown</source>
            <translation>Guidens text i Markdown</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Förhandsvisning</translation>
        </message>
        <message>
            <source>Write steps as 1. 2. 3. on their own lines. ## starts a heading, - starts a bullet point, **text** is bold.</source>
            <translation>Skriv stegen på egna rader: 1. 2. 3. Tecknet ## inleder en rubrik, - inleder en punkt i en lista och **text** blir fet.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Spa&amp;ra</translation>
        </message>
        <message>
            <source>Save the guide</source>
            <translation>Spara guiden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Please write a title.</source>
            <translation>Skriv en rubrik för guiden.</translation>
        </message>
        <message>
            <source>Please name the service the guide is about.</source>
            <translation>Skriv vilken tjänst guiden handlar om.</translation>
        </message>
        <message>
            <source>Please tick at least one topic.</source>
            <translation>Välj minst ett ämne.</translation>
        </message>
        <message>
            <source>Please write the steps of the guide.</source>
            <translation>Skriv guidens steg.</translation>
        </message>
        <message>
            <source>The summary is too long.</source>
            <translation>Sammanfattningen är för lång.</translation>
        </message>
        <message>
            <source>This text is too long.</source>
            <translation>Texten är för lång.</translation>
        </message>
    </context>
    <context>
        <name>GuideErrors</name>
        <message>
            <source>The file is not a guide pack. A guide pack is a .zip file.</source>
            <translation>Filen är inte ett guidepaket. Ett guidepaket är en .zip-fil.</translation>
        </message>
        <message>
            <source>The file {entry} in the pack is damaged or locked with a password. Ask for a new copy of the pack.</source>
            <translation>Filen {entry} i paketet är skadad eller låst med ett lösenord. Be om en ny kopia av paketet.</translation>
        </message>
        <message>
            <source>The pack has too many files (at most {limit}).</source>
            <translation>Paketet har för många filer (högst {limit}).</translation>
        </message>
        <message>
            <source>The pack is too large or contains a file that is too large ({entry}).</source>
            <translation>Paketet är för stort eller innehåller en för stor fil ({entry}).</translation>
        </message>
        <message>
            <source>The pack contains a file with an unsafe name ({entry}). It was not opened.</source>
            <translation>Paketet innehåller en fil med ett osäkert namn ({entry}). Paketet öppnades inte.</translation>
        </message>
        <message>
            <source>The pack contains a link to another file ({entry}). It was not opened.</source>
            <translation>Paketet innehåller en länk till en annan fil ({entry}). Paketet öppnades inte.</translation>
        </message>
        <message>
            <source>The pack contains a file that does not belong in a guide pack ({entry}). Only guides (.md), pictures (.png, .jpg, .gif) and pack.yaml are allowed.</source>
            <translation>Paketet innehåller en fil som inte hör till ett guidepaket ({entry}). Endast guider (.md), bilder (.png, .jpg, .gif) och pack.yaml är tillåtna.</translation>
        </message>
        <message>
            <source>The pack contains the same file twice ({entry}).</source>
            <translation>Paketet innehåller samma fil två gånger ({entry}).</translation>
        </message>
        <message>
            <source>The pack has no pack.yaml file telling its name and version.</source>
            <translation>Paketet saknar filen pack.yaml som anger paketets namn och version.</translation>
        </message>
        <message>
            <source>The pack.yaml file must give the pack's id, name and version (a whole number).</source>
            <translation>Filen pack.yaml ska ange paketets id, namn och version (ett heltal).</translation>
        </message>
        <message>
            <source>The file {entry} is not saved as UTF-8 text.</source>
            <translation>Filen {entry} är inte sparad som UTF-8-text.</translation>
        </message>
        <message>
            <source>The picture {entry} is not a real PNG, JPEG or GIF picture.</source>
            <translation>Bilden {entry} är inte en riktig PNG-, JPEG- eller GIF-bild.</translation>
        </message>
        <message>
            <source>The pack uses a name reserved for Digituki's own guides ({pack}).</source>
            <translation>Paketet använder ett namn som är reserverat för Digitukis egna guider ({pack}).</translation>
        </message>
        <message>
            <source>The pack contains no guides.</source>
            <translation>Paketet innehåller inga guider.</translation>
        </message>
        <message>
            <source>Version {installed} of the pack “{pack}” is already in use. Only a newer version can replace it (this file has version {offered}).</source>
            <translation>Version {installed} av paketet ”{pack}” används redan. Bara en nyare version kan ersätta den (den här filen har version {offered}).</translation>
        </message>
        <message>
            <source>Digituki's own guides and the guides written here cannot be removed as a pack.</source>
            <translation>Digitukis egna guider och guiderna som skrivits här kan inte tas bort som ett paket.</translation>
        </message>
        <message>
            <source>The guide {entry} does not start with its details (title, language, topics …) between two --- lines.</source>
            <translation>Guiden {entry} börjar inte med sina uppgifter (rubrik, språk, ämnen …) mellan två rader med ---.</translation>
        </message>
        <message>
            <source>The details at the start of the guide {entry} cannot be read.</source>
            <translation>Uppgifterna i början av guiden {entry} kan inte läsas.</translation>
        </message>
        <message>
            <source>The guide {entry} is missing the “{item}” detail.</source>
            <translation>Guiden {entry} saknar uppgiften ”{item}”.</translation>
        </message>
        <message>
            <source>The “{item}” detail of the guide {entry} is not valid.</source>
            <translation>Uppgiften ”{item}” i guiden {entry} är inte giltig.</translation>
        </message>
        <message>
            <source>The language of the guide {entry} must be fi, sv or en.</source>
            <translation>Språket i guiden {entry} ska vara fi, sv eller en.</translation>
        </message>
        <message>
            <source>The guide {entry} refers to an unknown topic: {topic}.</source>
            <translation>Guiden {entry} hänvisar till ett okänt ämne: {topic}.</translation>
        </message>
        <message>
            <source>The guide {entry} has too many topics (at most {limit}).</source>
            <translation>Guiden {entry} har för många ämnen (högst {limit}).</translation>
        </message>
        <message>
            <source>The short name (slug) of the guide {entry} may only contain a–z, 0–9 and hyphens.</source>
            <translation>Det korta namnet (slug) för guiden {entry} får bara innehålla a–z, 0–9 och bindestreck.</translation>
        </message>
        <message>
            <source>The review date of the guide {entry} must look like 2026-11-20.</source>
            <translation>Granskningsdatumet för guiden {entry} ska skrivas som 2026-11-20.</translation>
        </message>
        <message>
            <source>The version of the guide {entry} must be a whole number.</source>
            <translation>Versionen av guiden {entry} ska vara ett heltal.</translation>
        </message>
        <message>
            <source>The pack has the same guide twice in one language: {entry} and {other}.</source>
            <translation>Paketet har samma guide två gånger på samma språk: {entry} och {other}.</translation>
        </message>
        <message>
            <source>The guide “{slug}” ({language}) already comes from another pack: {pack}.</source>
            <translation>Guiden ”{slug}” ({language}) kommer redan från ett annat paket: {pack}.</translation>
        </message>
        <message>
            <source>This guide already exists in that language.</source>
            <translation>Den här guiden finns redan på det språket.</translation>
        </message>
        <message>
            <source>Only guides written here can be deleted one by one.</source>
            <translation>Bara guider som skrivits här kan tas bort en och en.</translation>
        </message>
        <message>
            <source>There are no guides written here yet, so there is nothing to export.</source>
            <translation>Inga guider har skrivits här ännu, så det finns inget att exportera.</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>⚠ possibly out of date</source>
            <translation>⚠ kan vara föråldrad</translation>
        </message>
        <message>
            <source>★ Favourite</source>
            <translation>★ Favorit</translation>
        </message>
        <message>
            <source>reviewed {date}</source>
            <translation>granskad {date}</translation>
        </message>
    </context>
    <context>
        <name>GuidePanel</name>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Print the guide</source>
            <translation>Skriv ut guiden</translation>
        </message>
        <message>
            <source>Save as PDF &amp;handout…</source>
            <translation>Spara som &amp;PDF för kunden…</translation>
        </message>
        <message>
            <source>Save the guide as a large-print PDF handout</source>
            <translation>Spara guiden med stor text som PDF för kunden</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Redigera…</translation>
        </message>
        <message>
            <source>Edit this guide (the change stays here)</source>
            <translation>Redigera guiden (ändringen stannar på den här stödpunkten)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Ta &amp;bort…</translation>
        </message>
        <message>
            <source>Delete this guide written here</source>
            <translation>Ta bort den här guiden som skrivits här</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Mindre text</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+−)</source>
            <translation>Mindre text (Ctrl+−)</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Större text</translation>
        </message>
        <message>
            <source>Larger text (Ctrl++)</source>
            <translation>Större text (Ctrl++)</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>Guidens text</translation>
        </message>
        <message>
            <source>No guide open</source>
            <translation>Ingen guide är öppen</translation>
        </message>
        <message>
            <source>Search for a guide and choose it from the list.</source>
            <translation>Sök efter en guide och välj den i listan.</translation>
        </message>
        <message>
            <source>☆ Add to fa&amp;vourites</source>
            <translation>☆ Lägg till bland &amp;favoriter</translation>
        </message>
        <message>
            <source>★ Remove from fa&amp;vourites</source>
            <translation>★ Ta bort från &amp;favoriter</translation>
        </message>
        <message>
            <source>Add to favourites</source>
            <translation>Lägg till bland favoriter</translation>
        </message>
        <message>
            <source>Service: {service}</source>
            <translation>Tjänst: {service}</translation>
        </message>
        <message>
            <source>Reviewed {date}</source>
            <translation>Granskad {date}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Källa: {source}</translation>
        </message>
        <message>
            <source>Written here</source>
            <translation>Skriven här</translation>
        </message>
        <message>
            <source>Edited here</source>
            <translation>Redigerad här</translation>
        </message>
        <message>
            <source>Possibly out of date: this guide was last reviewed more than 12 months ago. Check the steps against the service.</source>
            <translation>Kan vara föråldrad: guiden granskades senast för mer än 12 månader sedan. Kontrollera stegen i tjänsten.</translation>
        </message>
        <message>
            <source>Remove from favourites</source>
            <translation>Ta bort från favoriter</translation>
        </message>
        <message>
            <source>Text size {percent} %</source>
            <translation>Textstorlek {percent} %</translation>
        </message>
        <message>
            <source>Added to favourites.</source>
            <translation>Tillagd bland favoriter.</translation>
        </message>
        <message>
            <source>Removed from favourites.</source>
            <translation>Borttagen från favoriter.</translation>
        </message>
        <message>
            <source>Save the guide as a PDF handout</source>
            <translation>Spara guiden som PDF för kunden</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>The handout was saved: {path}</source>
            <translation>Utskriften sparades: {path}</translation>
        </message>
        <message>
            <source>Making the handout…</source>
            <translation>Utskriften görs…</translation>
        </message>
        <message>
            <source>The guide was sent to the printer.</source>
            <translation>Guiden skickades till skrivaren.</translation>
        </message>
        <message>
            <source>The guide was saved.</source>
            <translation>Guiden sparades.</translation>
        </message>
        <message>
            <source>Delete the guide</source>
            <translation>Ta bort guiden</translation>
        </message>
        <message>
            <source>Delete the guide “{title}”? This cannot be undone.</source>
            <translation>Ta bort guiden ”{title}”? Det går inte att ångra.</translation>
        </message>
        <message>
            <source>The guide was deleted.</source>
            <translation>Guiden togs bort.</translation>
        </message>
    </context>
    <context>
        <name>GuidesArea</name>
        <message>
            <source>Guides</source>
            <translation>Guider</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <source>Type a word, for example: valtuutus, resepti, huijaus</source>
            <translation>Skriv ett ord, till exempel: fullmakt, recept, bluff</translation>
        </message>
        <message>
            <source>Search guides</source>
            <translation>Sök guider</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Ämne:</translation>
        </message>
        <message>
            <source>Show guides of this topic</source>
            <translation>Visa guiderna för det här ämnet</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Spr&amp;åk:</translation>
        </message>
        <message>
            <source>Language of the guides</source>
            <translation>Guidernas språk</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alla språk</translation>
        </message>
        <message>
            <source>&amp;Favourites only</source>
            <translation>&amp;Endast favoriter</translation>
        </message>
        <message>
            <source>Show only favourite guides</source>
            <translation>Visa bara favoritguider</translation>
        </message>
        <message>
            <source>Guides found</source>
            <translation>Guider som hittades</translation>
        </message>
        <message>
            <source>&amp;New guide…</source>
            <translation>&amp;Ny guide…</translation>
        </message>
        <message>
            <source>Write a new guide</source>
            <translation>Skriv en ny guide</translation>
        </message>
        <message>
            <source>&amp;Guide packs</source>
            <translation>&amp;Guidepaket</translation>
        </message>
        <message>
            <source>Guide packs: import, export, remove</source>
            <translation>Guidepaket: importera, exportera, ta bort</translation>
        </message>
        <message>
            <source>&amp;Import a guide pack…</source>
            <translation>&amp;Importera ett guidepaket…</translation>
        </message>
        <message>
            <source>E&amp;xport our guides as a pack…</source>
            <translation>E&amp;xportera våra guider som ett paket…</translation>
        </message>
        <message>
            <source>&amp;Remove a guide pack…</source>
            <translation>&amp;Ta bort ett guidepaket…</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Alla ämnen</translation>
        </message>
        <message>
            <source>No guides found. Try a shorter word, another topic or “All languages”.</source>
            <translation>Inga guider hittades. Pröva ett kortare ord, ett annat ämne eller ”Alla språk”.</translation>
        </message>
        <message>
            <source>1 guide</source>
            <translation>1 guide</translation>
        </message>
        <message>
            <source>{count} guides</source>
            <translation>{count} guider</translation>
        </message>
        <message>
            <source>The new guide was saved.</source>
            <translation>Den nya guiden sparades.</translation>
        </message>
        <message>
            <source>Import a guide pack</source>
            <translation>Importera ett guidepaket</translation>
        </message>
        <message>
            <source>Guide packs (*.zip)</source>
            <translation>Guidepaket (*.zip)</translation>
        </message>
        <message>
            <source>The guide pack “{name}” (version {version}) was imported: {added} guides.</source>
            <translation>Guidepaketet ”{name}” (version {version}) importerades: {added} guider.</translation>
        </message>
        <message>
            <source>The guide pack “{name}” was updated to version {version}: {added} new, {updated} updated, {removed} removed.</source>
            <translation>Guidepaketet ”{name}” uppdaterades till version {version}: {added} nya, {updated} uppdaterade, {removed} borttagna.</translation>
        </message>
        <message>
            <source>{count} guides edited here were kept as they were.</source>
            <translation>Guider som redigerats här ({count}) behölls som de var.</translation>
        </message>
        <message>
            <source>The guide pack was not imported. Nothing was changed.</source>
            <translation>Guidepaketet importerades inte. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>Import guide pack</source>
            <translation>Importera guidepaket</translation>
        </message>
        <message>
            <source>Importing the guide pack…</source>
            <translation>Guidepaketet importeras…</translation>
        </message>
        <message>
            <source>Export our guides</source>
            <translation>Exportera våra guider</translation>
        </message>
        <message>
            <source>our-guides</source>
            <translation>vara-guider</translation>
        </message>
        <message>
            <source>Our guides</source>
            <translation>Våra guider</translation>
        </message>
        <message>
            <source>{count} guides were exported to {path}</source>
            <translation>{count} guider exporterades till {path}</translation>
        </message>
        <message>
            <source>Remove guide pack</source>
            <translation>Ta bort guidepaket</translation>
        </message>
        <message>
            <source>No guide packs have been imported.</source>
            <translation>Inga guidepaket har importerats.</translation>
        </message>
        <message>
            <source>{name} (version {version}, {count} guides)</source>
            <translation>{name} (version {version}, {count} guider)</translation>
        </message>
        <message>
            <source>Which guide pack do you want to remove?</source>
            <translation>Vilket guidepaket vill du ta bort?</translation>
        </message>
        <message>
            <source>Remove the guide pack “{name}” and its {count} guides? Guides edited here are kept.</source>
            <translation>Ta bort guidepaketet ”{name}” och dess {count} guider? Guider som redigerats här behålls.</translation>
        </message>
        <message>
            <source>The guide pack was removed ({count} guides).</source>
            <translation>Guidepaketet togs bort ({count} guider).</translation>
        </message>
    </context>
    <context>
        <name>LinkedGuides</name>
        <message>
            <source>G&amp;uides for these topics:</source>
            <translation>G&amp;uider för de här ämnena:</translation>
        </message>
        <message>
            <source>Guides for the chosen topics</source>
            <translation>Guider för de valda ämnena</translation>
        </message>
        <message>
            <source>No guides for these topics yet.</source>
            <translation>Det finns ännu inga guider för de här ämnena.</translation>
        </message>
        <message>
            <source>Choose a topic to see its guides.</source>
            <translation>Välj ett ämne för att se dess guider.</translation>
        </message>
        <message>
            <source>possibly out of date</source>
            <translation>kan vara föråldrad</translation>
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
</TS>
