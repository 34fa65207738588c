<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>Töm texten</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Har kommit</translation>
    </message>
    <message>
        <source>Start &amp;help</source>
        <translation>Börja &amp;hjälpa</translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation>Kom &amp;inte</translation>
    </message>
    <message>
        <source>Cance&amp;l booking</source>
        <translation>&amp;Avboka</translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation>Än&amp;dra</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <source>Confirmation sl&amp;ip</source>
        <translation>Bekräftelse&amp;lapp</translation>
    </message>
    <message>
        <source>Mark the customer as arrived</source>
        <translation>Markera att kunden har kommit</translation>
    </message>
    <message>
        <source>Start helping this customer and open the help log</source>
        <translation>Börja hjälpa kunden och öppna stödloggen</translation>
    </message>
    <message>
        <source>Mark that the customer did not come</source>
        <translation>Markera att kunden inte kom</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details</source>
        <translation>Ändra kundens uppgifter</translation>
    </message>
    <message>
        <source>Move the booking to another time</source>
        <translation>Flytta bokningen till en annan tid</translation>
    </message>
    <message>
        <source>Open the confirmation slip to print</source>
        <translation>Öppna bekräftelselappen för utskrift</translation>
    </message>
    <message>
        <source>Marked as arrived.</source>
        <translation>Markerad som kommen.</translation>
    </message>
    <message>
        <source>Marked: the customer did not come.</source>
        <translation>Markerat: kunden kom inte.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Cancel the booking at {time}?</source>
        <translation>Avboka tiden {time}?</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>Bokningen avbokades.</translation>
    </message>
    <message>
        <source>Help started.</source>
        <translation>Hjälpen har börjat.</translation>
    </message>
    <message>
        <source>The booking was changed.</source>
        <translation>Bokningen ändrades.</translation>
    </message>
    <message>
        <source>The booking was moved.</source>
        <translation>Bokningen flyttades.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Ny bokning</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>Ändra bokning</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Flytta bokning</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>Time of the appointment</source>
        <translation>Tid som bokas</translation>
    </message>
    <message>
        <source>The next free time is chosen already.</source>
        <translation>Nästa lediga tid är redan vald.</translation>
    </message>
    <message>
        <source>Show free times from &amp;date:</source>
        <translation>Visa lediga tider från &amp;datum:</translation>
    </message>
    <message>
        <source>Show free times from this date</source>
        <translation>Visa lediga tider från detta datum</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Kundens namn</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>Kundens telefonnummer</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>t.ex. 040 123 4567</translation>
    </message>
    <message>
        <source>Needs help &amp;with:</source>
        <translation>Behöver hjälp &amp;med:</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Sök ett ämne</translation>
    </message>
    <message>
        <source>Type to find a topic</source>
        <translation>Skriv för att hitta ett ämne</translation>
    </message>
    <message>
        <source>Topics the customer needs help with; Space ticks a topic</source>
        <translation>Ämnen som kunden behöver hjälp med. Mellanslag väljer ett ämne.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Behöver t&amp;olk</translation>
    </message>
    <message>
        <source>&amp;Hearing difficulty</source>
        <translation>&amp;Hörselproblem</translation>
    </message>
    <message>
        <source>&amp;Vision difficulty</source>
        <translation>S&amp;ynproblem</translation>
    </message>
    <message>
        <source>Brings own device</source>
        <translation>Tar med egen apparat</translation>
    </message>
    <message>
        <source>Mobile phon&amp;e</source>
        <translation>Mobiltel&amp;efon</translation>
    </message>
    <message>
        <source>T&amp;ablet</source>
        <translation>Surf&amp;platta</translation>
    </message>
    <message>
        <source>Laptop &amp;computer</source>
        <translation>&amp;Bärbar dator</translation>
    </message>
    <message>
        <source>Open a confirmation &amp;slip to print</source>
        <translation>Öppna bekräftelse&amp;lappen för utskrift</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>Bo&amp;ka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Flytta hit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>Booked time: {time}</source>
        <translation>Bokad tid: {time}</translation>
    </message>
    <message>
        <source>No topic matches what you typed.</source>
        <translation>Inget ämne motsvarar det du skrev.</translation>
    </message>
    <message>
        <source>Topic ticked: {topic}. Press Enter to book.</source>
        <translation>Ämne valt: {topic}. Tryck på Enter för att boka.</translation>
    </message>
    <message>
        <source>The booking has not been saved. Discard what you typed?</source>
        <translation>Bokningen har inte sparats. Vill du förkasta det du skrev?</translation>
    </message>
    <message>
        <source>&amp;Discard the booking</source>
        <translation>&amp;Förkasta bokningen</translation>
    </message>
    <message>
        <source>{time} (free places: {count})</source>
        <translation>{time} (lediga platser: {count})</translation>
    </message>
    <message>
        <source>There are no free times. Add opening hours in Bookings.</source>
        <translation>Det finns inga lediga tider. Lägg till öppettider under Bokningar.</translation>
    </message>
    <message>
        <source>Choose a time first.</source>
        <translation>Välj först en tid.</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Booked</source>
        <translation>Bokad</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Har kommit</translation>
    </message>
    <message>
        <source>Being helped</source>
        <translation>Får hjälp nu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>annat språk</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>surfplatta</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>bärbar dator</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation>behöver tolk</translation>
    </message>
    <message>
        <source>hearing difficulty</source>
        <translation>hörselproblem</translation>
    </message>
    <message>
        <source>vision difficulty</source>
        <translation>synproblem</translation>
    </message>
    <message>
        <source>brings: {devices}</source>
        <translation>tar med: {devices}</translation>
    </message>
    <message>
        <source>(contact details cannot be read)</source>
        <translation>(kontaktuppgifterna kan inte läsas)</translation>
    </message>
    <message>
        <source>Customer, name removed</source>
        <translation>Kund, namnet raderat</translation>
    </message>
    <message>
        <source>(contact details removed)</source>
        <translation>(kontaktuppgifterna har raderats)</translation>
    </message>
    <message>
        <source>outside opening hours: move or cancel</source>
        <translation>utanför öppettiderna: flytta eller avboka</translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time.</source>
        <translation>Den här tiden har redan varit. Välj en senare tid.</translation>
    </message>
    <message>
        <source>The point is not open at this time. Choose one of the offered times.</source>
        <translation>Stödpunkten är inte öppen då. Välj en av de erbjudna tiderna.</translation>
    </message>
    <message>
        <source>This time is already fully booked. Choose another time.</source>
        <translation>Den här tiden är redan fullbokad. Välj en annan tid.</translation>
    </message>
    <message>
        <source>This phone number does not look right. Write it like 040 123 4567 or +358 40 123 4567.</source>
        <translation>Telefonnumret ser inte rätt ut. Skriv det så här: 040 123 4567 eller +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Write the customer&apos;s name or phone number (at least one of them).</source>
        <translation>Skriv kundens namn eller telefonnummer (minst det ena).</translation>
    </message>
    <message>
        <source>One of the chosen topics is not in the list.</source>
        <translation>Ett av de valda ämnena finns inte i listan.</translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation>Välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <source>This cannot be done to a booking in its current state.</source>
        <translation>Det här går inte att göra med bokningen i dess nuvarande läge.</translation>
    </message>
    <message>
        <source>Unknown booking state.</source>
        <translation>Okänt läge för bokningen.</translation>
    </message>
    <message>
        <source>The appointment has not started yet, so it cannot be marked as not come.</source>
        <translation>Tiden har inte börjat ännu, så det går inte att markera att kunden inte kom.</translation>
    </message>
    <message>
        <source>This booking can no longer be changed.</source>
        <translation>Den här bokningen kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Only a booked appointment can be moved.</source>
        <translation>Bara en bokad tid kan flyttas.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Sluttiden måste vara efter starttiden.</translation>
    </message>
    <message>
        <source>These hours overlap with opening hours already on the list.</source>
        <translation>De här tiderna överlappar öppettider som redan finns i listan.</translation>
    </message>
    <message>
        <source>This day is already marked as closed.</source>
        <translation>Den här dagen är redan markerad som stängd.</translation>
    </message>
    <message>
        <source>The next free time is {when}.</source>
        <translation>Nästa lediga tid är {when}.</translation>
    </message>
    <message>
        <source>Digituki</source>
        <translation>Digituki</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Spara dokumentet som</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Ingen PDF-visare</translation>
    </message>
    <message>
        <source>The document was made, but this computer has no program that opens PDF files. Save it and print it from another computer, or ask your support person to install a PDF viewer.</source>
        <translation>Dokumentet skapades, men den här datorn har inget program som öppnar PDF-filer. Spara det och skriv ut från en annan dator, eller be din stödperson installera en PDF-visare.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>The document could not be saved there. Choose another folder.</source>
        <translation>Dokumentet kunde inte sparas där. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The document was saved: {path}</source>
        <translation>Dokumentet sparades: {path}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Wishes and needs</source>
        <translation>Önskemål och behov</translation>
    </message>
    <message>
        <source>Free places: {count}</source>
        <translation>Lediga platser: {count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>inget nummer</translation>
    </message>
</context>
<context>
    <name>BookingsArea</name>
    <message>
        <source>Bookings</source>
        <translation>Tidsbokningar</translation>
    </message>
    <message>
        <source>&amp;New booking (Ctrl+N)</source>
        <translation>&amp;Ny bokning (Ctrl+N)</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Ny bokning</translation>
    </message>
    <message>
        <source>Book a time for a customer ({keys})</source>
        <translation>Boka en tid för en kund ({keys})</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Vecka</translation>
    </message>
    <message>
        <source>&amp;Call list</source>
        <translation>&amp;Ringlista</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>Ö&amp;ppettider</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <source>Find a customer, print what we hold, erase their data</source>
        <translation>Hitta en kund, skriv ut vad vi har, radera uppgifterna</translation>
    </message>
    <message>
        <source>Bookings views</source>
        <translation>Bokningsvyer</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Fö&amp;regående vecka</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>This wee&amp;k</source>
        <translation>Den&amp;na vecka</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denna vecka</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>Nä&amp;sta vecka ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>Bookings and free times of the week. Enter books a free time.</source>
        <translation>Veckans bokningar och lediga tider. Enter bokar en ledig tid.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Day of the call list</source>
        <translation>Ringlistans dag</translation>
    </message>
    <message>
        <source>&amp;Print the call list</source>
        <translation>Skriv &amp;ut ringlistan</translation>
    </message>
    <message>
        <source>Open the call list as a PDF to print</source>
        <translation>Öppna ringlistan som PDF för utskrift</translation>
    </message>
    <message>
        <source>Customers to phone</source>
        <translation>Kunder att ringa</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Vecka {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>No opening hours this week. Set them in the Opening hours tab.</source>
        <translation>Inga öppettider den här veckan. Ange dem under fliken Öppettider.</translation>
    </message>
    <message>
        <source>{count} booking(s) are outside the opening hours: move or cancel them.</source>
        <translation>Bokningar utanför öppettiderna: {count}. Flytta eller avboka dem.</translation>
    </message>
    <message>
        <source>Booked: {time}.</source>
        <translation>Bokad: {time}.</translation>
    </message>
    <message>
        <source>{count} customer(s) to phone.</source>
        <translation>Kunder att ringa: {count}.</translation>
    </message>
    <message>
        <source>No bookings on this day.</source>
        <translation>Inga bokningar den här dagen.</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>The shared database is back.</source>
        <translation>Den gemensamma databasen fungerar igen.</translation>
    </message>
    <message>
        <source>Help sessions kept on this computer were sent: {count}.</source>
        <translation>Stödtillfällen som sparats på den här datorn skickades: {count}.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. What you see may be out of date.</source>
        <translation>Den gemensamma databasen kan inte nås. Det du ser kan vara föråldrat.</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>Choose two different points to merge.</source>
        <translation>Välj två olika punkter att slå ihop.</translation>
    </message>
    <message>
        <source>That point has already been merged into another one.</source>
        <translation>Den punkten har redan slagits ihop med en annan.</translation>
    </message>
    <message>
        <source>The file is too large to be a statistics file.</source>
        <translation>Filen är för stor för att vara en statistikfil.</translation>
    </message>
    <message>
        <source>The file is not a statistics file (wrong text).</source>
        <translation>Filen är ingen statistikfil (fel textformat).</translation>
    </message>
    <message>
        <source>The file is damaged or not a statistics file.</source>
        <translation>Filen är skadad eller ingen statistikfil.</translation>
    </message>
    <message>
        <source>The file is not a statistics file.</source>
        <translation>Filen är ingen statistikfil.</translation>
    </message>
    <message>
        <source>The file was made by a Digituki version this one does not know.</source>
        <translation>Filen är gjord med en Digituki-version som den här inte känner till.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not in the right form.</source>
        <translation>Filens innehåll har inte rätt form.</translation>
    </message>
    <message>
        <source>The file was damaged or changed after it was saved (checksum).</source>
        <translation>Filen har skadats eller ändrats efter att den sparades (kontrollsumma).</translation>
    </message>
    <message>
        <source>The file was changed after the point signed it (signature).</source>
        <translation>Filen har ändrats efter att punkten signerade den (signatur).</translation>
    </message>
    <message>
        <source>The file uses an unknown topic list.</source>
        <translation>Filen använder en okänd ämneslista.</translation>
    </message>
    <message>
        <source>The file covers more than one month.</source>
        <translation>Filen gäller mer än en månad.</translation>
    </message>
    <message>
        <source>The file&apos;s month is impossibly old.</source>
        <translation>Filens månad är omöjligt gammal.</translation>
    </message>
    <message>
        <source>The file&apos;s month is in the future.</source>
        <translation>Filens månad ligger i framtiden.</translation>
    </message>
    <message>
        <source>The file says it was made in the future (check the point&apos;s clock).</source>
        <translation>Enligt filen gjordes den i framtiden (kontrollera punktens klocka).</translation>
    </message>
    <message>
        <source>A number in the file is not a whole number of zero or more.</source>
        <translation>Ett tal i filen är inte ett heltal som är noll eller större.</translation>
    </message>
    <message>
        <source>A number in the file is impossibly large.</source>
        <translation>Ett tal i filen är omöjligt stort.</translation>
    </message>
    <message>
        <source>A table in the file has the wrong form.</source>
        <translation>En tabell i filen har fel form.</translation>
    </message>
    <message>
        <source>A table appears twice in the file.</source>
        <translation>En tabell finns två gånger i filen.</translation>
    </message>
    <message>
        <source>A number appears twice in a table.</source>
        <translation>Ett tal finns två gånger i en tabell.</translation>
    </message>
    <message>
        <source>The file has far too many numbers.</source>
        <translation>Filen har alldeles för många tal.</translation>
    </message>
    <message>
        <source>A different file with the same identity was imported before. This one was not used.</source>
        <translation>En annan fil med samma identitet har importerats tidigare. Den här användes inte.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunde inte läsas.</translation>
    </message>
    <message>
        <source>The file could not be used.</source>
        <translation>Filen kunde inte användas.</translation>
    </message>
</context>
<context>
    <name>CoordinatorArea</name>
    <message>
        <source>Coordinator: the region&apos;s statistics</source>
        <translation>Koordinator: områdets statistik</translation>
    </message>
    <message>
        <source>Coordinator sections</source>
        <translation>Koordinatorns delar</translation>
    </message>
    <message>
        <source>&amp;Import files</source>
        <translation>&amp;Importera filer</translation>
    </message>
    <message>
        <source>&amp;Who has sent</source>
        <translation>&amp;Vem har skickat</translation>
    </message>
    <message>
        <source>&amp;Regional report</source>
        <translation>&amp;Områdesrapport</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punkter</translation>
    </message>
    <message>
        <source>Drag the points&apos; statistics files (.json) or a whole folder here.
Or use the buttons below.</source>
        <translation>Dra punkternas statistikfiler (.json) eller en hel mapp hit.
Eller använd knapparna nedan.</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Släpp filerna här</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>Lägg till fi&amp;ler…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Lägg till filer</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Lägg till en &amp;mapp…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Lägg till en mapp</translation>
    </message>
    <message>
        <source>&amp;Review held-back files…</source>
        <translation>&amp;Granska kvarhållna filer…</translation>
    </message>
    <message>
        <source>Review files held back</source>
        <translation>Granska kvarhållna filer</translation>
    </message>
    <message>
        <source>Accept a point&apos;s new key (or its unsigned files) after checking with it</source>
        <translation>Godkänn stödpunktens nya nyckel (eller dess osignerade filer) efter att ha kontrollerat med stödpunkten</translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation>Vad som hände med varje fil</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Year of the table</source>
        <translation>Tabellens år</translation>
    </message>
    <message>
        <source>&amp;Save the table…</source>
        <translation>&amp;Spara tabellen…</translation>
    </message>
    <message>
        <source>Save the table as a file</source>
        <translation>Spara tabellen som en fil</translation>
    </message>
    <message>
        <source>Points and months: who has sent their file</source>
        <translation>Punkter och månader: vem har skickat sin fil</translation>
    </message>
    <message>
        <source>✓ received   ↻ received, a newer file replaced an older one   ✗ missing   – point closed   · month not over yet   ⚠ signed with a new key</source>
        <translation>✓ mottagen   ↻ mottagen, en nyare fil ersatte en äldre   ✗ saknas   – punkten stängd   · månaden är inte slut än   ⚠ signerad med en ny nyckel</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>Vilken period</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
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
        <source>Quarter</source>
        <translation>Kvartal</translation>
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
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kvartal:</translation>
    </message>
    <message>
        <source>{year}, quarter {n}</source>
        <translation>{year}, kvartal {n}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Ta&amp;bles:</source>
        <translation>Ta&amp;beller:</translation>
    </message>
    <message>
        <source>Tables of the regional report</source>
        <translation>Områdesrapportens tabeller</translation>
    </message>
    <message>
        <source>Numbers of the chosen table</source>
        <translation>Den valda tabellens tal</translation>
    </message>
    <message>
        <source>Save the regional report</source>
        <translation>Spara områdesrapporten</translation>
    </message>
    <message>
        <source>Save P&amp;DF</source>
        <translation>Spara P&amp;DF</translation>
    </message>
    <message>
        <source>Save the regional report as PDF</source>
        <translation>Spara områdesrapporten som PDF</translation>
    </message>
    <message>
        <source>Save &amp;Excel (XLSX)</source>
        <translation>Spara &amp;Excel (XLSX)</translation>
    </message>
    <message>
        <source>Save the regional report as an Excel file</source>
        <translation>Spara områdesrapporten som en Excel-fil</translation>
    </message>
    <message>
        <source>Save &amp;CSV</source>
        <translation>Spara &amp;CSV</translation>
    </message>
    <message>
        <source>Save the regional report as a CSV file</source>
        <translation>Spara områdesrapporten som en CSV-fil</translation>
    </message>
    <message>
        <source>Save combi&amp;ned file</source>
        <translation>Spara sa&amp;mmanslagen fil</translation>
    </message>
    <message>
        <source>Save the combined statistics file for the wider area</source>
        <translation>Spara den sammanslagna statistikfilen för ett större område</translation>
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
        <source>Points</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>The chosen point</source>
        <translation>Den valda punkten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name of the point</source>
        <translation>Punktens namn</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>K&amp;ommun:</translation>
    </message>
    <message>
        <source>Municipality of the point</source>
        <translation>Punktens kommun</translation>
    </message>
    <message>
        <source>Sa&amp;ve name</source>
        <translation>Spara nam&amp;net</translation>
    </message>
    <message>
        <source>Save the name and municipality</source>
        <translation>Spara namn och kommun</translation>
    </message>
    <message>
        <source>Same point &amp;as:</source>
        <translation>Samma punkt s&amp;om:</translation>
    </message>
    <message>
        <source>Point to keep when merging</source>
        <translation>Punkten som blir kvar vid sammanslagning</translation>
    </message>
    <message>
        <source>&amp;Merge into the point above</source>
        <translation>Slå i&amp;hop med punkten ovan</translation>
    </message>
    <message>
        <source>Merge the chosen point into the point above</source>
        <translation>Slå ihop den valda punkten med punkten ovan</translation>
    </message>
    <message>
        <source>Choose the statistics files</source>
        <translation>Välj statistikfilerna</translation>
    </message>
    <message>
        <source>Statistics files (*.json);;All files (*)</source>
        <translation>Statistikfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the folder with the statistics files</source>
        <translation>Välj mappen med statistikfilerna</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Importing the files…</source>
        <translation>Importerar filerna…</translation>
    </message>
    <message>
        <source>No statistics files (.json) were found there, nor in its subfolders. Nothing was imported.</source>
        <translation>Inga statistikfiler (.json) hittades där eller i dess undermappar. Ingenting importerades.</translation>
    </message>
    <message>
        <source>{ok} of {n} file(s) accepted.</source>
        <translation>{ok} av {n} fil(er) godkändes.</translation>
    </message>
    <message>
        <source>Warning: new signing key</source>
        <translation>Varning: ny signeringsnyckel</translation>
    </message>
    <message>
        <source>{points}: the file was signed with a NEW key. The point may have reinstalled Digituki, or someone else made the file. It is held back and counts nowhere until you accept the new key: call the point and compare the key&apos;s fingerprint first (Review held-back files…).</source>
        <translation>{points}: filen är signerad med en NY nyckel. Punkten kan ha installerat om Digituki, eller så har någon annan gjort filen. Den hålls kvar och räknas inte förrän du godkänner den nya nyckeln: ring stödpunkten och jämför nyckelns fingeravtryck först (Granska kvarhållna filer…).</translation>
    </message>
    <message>
        <source>Files held back</source>
        <translation>Kvarhållna filer</translation>
    </message>
    <message>
        <source>{n} file(s) are not signed. They are held back and count nowhere until you accept them (Review held-back files…).</source>
        <translation>{n} fil(er) är inte signerade. De hålls kvar och räknas inte förrän du godkänner dem (Granska kvarhållna filer…).</translation>
    </message>
    <message>
        <source>Not signed: an older Digituki, or someone else made it.</source>
        <translation>Inte signerad: en äldre Digituki, eller så har någon annan gjort den.</translation>
    </message>
    <message>
        <source>{sign} WARNING: {points} — signed with a NEW key. A reinstall or a forgery: held back until you accept the key. Call the point first.</source>
        <translation>{sign} VARNING: {points} — signerad med en NY nyckel. En ominstallation eller en förfalskning: kvarhållen tills du godkänner nyckeln. Ring stödpunkten först.</translation>
    </message>
    <message>
        <source>{point} ({months}) sent files signed with a NEW key.

Key of these files: {new}
Key kept so far: {old}

Call the point and ask them to read out their key&apos;s fingerprint (Settings → Data safety). Accept the new key only if it is the same.</source>
        <translation>{point} ({months}) skickade filer signerade med en NY nyckel.

Nyckel för dessa filer: {new}
Nyckel hittills: {old}

Ring stödpunkten och be dem läsa upp nyckelns fingeravtryck (Inställningar → Datasäkerhet). Godkänn den nya nyckeln bara om den är densamma.</translation>
    </message>
    <message>
        <source>{point} ({months}) sent files that are NOT SIGNED. Anyone can make such a file. Accept them only if you know the point sent them.</source>
        <translation>{point} ({months}) skickade filer som INTE ÄR SIGNERADE. Vem som helst kan göra en sådan fil. Godkänn dem bara om du vet att stödpunkten skickade dem.</translation>
    </message>
    <message>
        <source>Accept this point&apos;s files?</source>
        <translation>Godkänna stödpunktens filer?</translation>
    </message>
    <message>
        <source>Accepted {n} file(s); {counted} now count. The decision is recorded.</source>
        <translation>Godkände {n} fil(er); {counted} räknas nu. Beslutet är registrerat.</translation>
    </message>
    <message>
        <source>✓ Imported</source>
        <translation>✓ Importerad</translation>
    </message>
    <message>
        <source>↻ Imported, replaced an older file</source>
        <translation>↻ Importerad, ersatte en äldre fil</translation>
    </message>
    <message>
        <source>= Already imported, nothing changed</source>
        <translation>= Redan importerad, inget ändrades</translation>
    </message>
    <message>
        <source>– Older than the one already imported: not used</source>
        <translation>– Äldre än den som redan importerats: används inte</translation>
    </message>
    <message>
        <source>⚠ Held back: counts only once you accept it</source>
        <translation>⚠ Kvarhållen: räknas först när du godkänner den</translation>
    </message>
    <message>
        <source>✗ Refused</source>
        <translation>✗ Avvisad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Point and month</source>
        <translation>Punkt och månad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>{sign} WARNING: signed with a NEW key. Check with the point.</source>
        <translation>{sign} VARNING: signerad med en NY nyckel. Kontrollera med punkten.</translation>
    </message>
    <message>
        <source>Not signed, although the point&apos;s earlier files were.</source>
        <translation>Inte signerad, fast punktens tidigare filer var det.</translation>
    </message>
    <message>
        <source>Unknown topics counted under “Other”: {codes}</source>
        <translation>Okända ämnen räknades under ”Annat”: {codes}</translation>
    </message>
    <message>
        <source>{n} file(s): {imported} imported, {replaced} replaced an older file, {unchanged} already imported, {rejected} refused.</source>
        <translation>{n} fil(er): {imported} importerade, {replaced} ersatte en äldre fil, {unchanged} redan importerade, {rejected} avvisade.</translation>
    </message>
    <message>
        <source>No files imported yet in this session.</source>
        <translation>Inga filer har importerats ännu den här gången.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottagen</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersatt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(stängd)</translation>
    </message>
    <message>
        <source>{month}: {state}</source>
        <translation>{month}: {state}</translation>
    </message>
    <message>
        <source>signed with a new key</source>
        <translation>signerad med en ny nyckel</translation>
    </message>
    <message>
        <source>No points yet: import their files first.</source>
        <translation>Inga punkter ännu: importera först deras filer.</translation>
    </message>
    <message>
        <source>{points} point(s); {missing} monthly file(s) missing in {year}.</source>
        <translation>{points} punkt(er); {missing} månadsfil(er) saknas för {year}.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Excel file (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-fil (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Sparade {file}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>{period}: {sessions} help sessions at {points} point(s) ({bundles} files).</source>
        <translation>{period}: {sessions} stödtillfällen vid {points} punkt(er) ({bundles} filer).</translation>
    </message>
    <message>
        <source>Customers: {customers}. Time spent helping: {hours} h.</source>
        <translation>Kunder: {customers}. Tid för hjälp: {hours} h.</translation>
    </message>
    <message>
        <source>Numbers 1–{k1} are shown as &lt;{k} (after adding up all points); × hides a number that could otherwise be worked out.</source>
        <translation>Talen 1–{k1} visas som &lt;{k} (efter att alla punkter lagts ihop); × döljer ett tal som annars kunde räknas ut.</translation>
    </message>
    <message>
        <source>Help sessions per point</source>
        <translation>Stödtillfällen per punkt</translation>
    </message>
    <message>
        <source>Help sessions per municipality</source>
        <translation>Stödtillfällen per kommun</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Not shown: the numbers are too small.</source>
        <translation>Visas inte: talen är för små.</translation>
    </message>
    <message>
        <source>Change from the month before</source>
        <translation>Förändring från föregående månad</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Välj mappen för filerna</translation>
    </message>
    <message>
        <source>Saving the files…</source>
        <translation>Sparar filerna…</translation>
    </message>
    <message>
        <source>Nothing to save: no files from the points for this period.</source>
        <translation>Inget att spara: inga filer från punkterna för den här perioden.</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation>Sparade {files} i {folder}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>merged into {name}</source>
        <translation>sammanslagen med {name}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Mark as op&amp;en again</source>
        <translation>Markera som öpp&amp;en igen</translation>
    </message>
    <message>
        <source>Mark the point as open again</source>
        <translation>Markera punkten som öppen igen</translation>
    </message>
    <message>
        <source>Mark as c&amp;losed</source>
        <translation>Markera som s&amp;tängd</translation>
    </message>
    <message>
        <source>Mark the point as closed</source>
        <translation>Markera punkten som stängd</translation>
    </message>
    <message>
        <source>The point&apos;s name was saved.</source>
        <translation>Punktens namn sparades.</translation>
    </message>
    <message>
        <source>{name} is marked as closed: it is no longer listed as missing.</source>
        <translation>{name} är markerad som stängd: den visas inte längre som saknad.</translation>
    </message>
    <message>
        <source>{name} is marked as open again.</source>
        <translation>{name} är markerad som öppen igen.</translation>
    </message>
    <message>
        <source>Merge two points</source>
        <translation>Slå ihop två punkter</translation>
    </message>
    <message>
        <source>Treat “{gone}” as the same point as “{keep}” from now on? Its files move to “{keep}”; where both sent the same month, the newer file counts.</source>
        <translation>Ska ”{gone}” från och med nu räknas som samma punkt som ”{keep}”? Dess filer flyttas till ”{keep}”; om båda skickat samma månad räknas den nyare filen.</translation>
    </message>
    <message>
        <source>Merged: {n} file(s) moved to {keep}.</source>
        <translation>Sammanslaget: {n} fil(er) flyttades till {keep}.</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>&amp;Find a customer:</source>
        <translation>&amp;Hitta kund:</translation>
    </message>
    <message>
        <source>Name or phone number, e.g. &quot;Aino&quot; or &quot;040 111&quot;</source>
        <translation>Namn eller telefonnummer, t.ex. &quot;Aino&quot; eller &quot;040 111&quot;</translation>
    </message>
    <message>
        <source>Find a customer by name or phone number</source>
        <translation>Hitta en kund med namn eller telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Sök kunder</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Kunder som hittades</translation>
    </message>
    <message>
        <source>&amp;Their bookings (past, upcoming and cancelled):</source>
        <translation>&amp;Bokningar (tidigare, kommande och avbokade):</translation>
    </message>
    <message>
        <source>The customer&apos;s bookings</source>
        <translation>Kundens bokningar</translation>
    </message>
    <message>
        <source>Printout &amp;language:</source>
        <translation>Utskri&amp;ftens språk:</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>Utskriftens språk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>&amp;Print what we hold</source>
        <translation>Skriv &amp;ut kundens uppgifter</translation>
    </message>
    <message>
        <source>Print what we hold about this customer (PDF)</source>
        <translation>Skriv ut uppgifterna vi har om kunden (PDF)</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>Rader&amp;a nu…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s data now</source>
        <translation>Radera kundens uppgifter nu</translation>
    </message>
    <message>
        <source>Erase the name, phone number and notes from all their bookings</source>
        <translation>Raderar namn, telefonnummer och anteckningar från alla kundens bokningar</translation>
    </message>
    <message>
        <source>Type at least two letters of the name or three digits of the number.</source>
        <translation>Skriv minst två bokstäver av namnet eller tre siffror av numret.</translation>
    </message>
    <message>
        <source>No customer found. Names and numbers are kept only {days} days after the visit.</source>
        <translation>Ingen kund hittades. Namn och nummer sparas bara {days} dagar efter besöket.</translation>
    </message>
    <message>
        <source>{count} customer(s) found.</source>
        <translation>{count} kund(er) hittades.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <source>{past} past, {future} upcoming, {cancelled} cancelled</source>
        <translation>{past} tidigare, {future} kommande, {cancelled} avbokade</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation>(ingen telefon)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dag och tid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>kommande</translation>
    </message>
    <message>
        <source>past</source>
        <translation>tidigare</translation>
    </message>
    <message>
        <source>(a note cannot be opened)</source>
        <translation>(en anteckning kan inte öppnas)</translation>
    </message>
    <message>
        <source>The printout opened in the PDF viewer. Give it to the customer.</source>
        <translation>Utskriften öppnades i PDF-visaren. Ge den till kunden.</translation>
    </message>
    <message>
        <source>Erase customer data</source>
        <translation>Radera kunduppgifter</translation>
    </message>
    <message>
        <source>Erase the name, phone number and notes of {name} from {count} booking(s) now?</source>
        <translation>Radera namn, telefonnummer och anteckningar för {name} från {count} bokning(ar) nu?</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>den här kunden</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
    <message>
        <source>The bookings stay without a name; anonymous counts in the statistics stay.</source>
        <translation>Bokningarna blir kvar utan namn; anonyma antal i statistiken blir kvar.</translation>
    </message>
    <message>
        <source>Older backups keep the data until they rotate out (a few weeks).</source>
        <translation>Äldre säkerhetskopior behåller uppgifterna tills de tas bort (några veckor).</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) will be cancelled, so the place frees up.</source>
        <translation>{count} kommande bokning(ar) avbokas, så att tiden blir ledig.</translation>
    </message>
    <message>
        <source>&amp;Keep the upcoming appointment(s) without a name</source>
        <translation>&amp;Behåll kommande tider utan namn</translation>
    </message>
    <message>
        <source>&amp;Erase now</source>
        <translation>&amp;Radera nu</translation>
    </message>
    <message>
        <source>Erased the customer&apos;s data from {count} booking(s).</source>
        <translation>Kundens uppgifter raderades från {count} bokning(ar).</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) cancelled.</source>
        <translation>{count} kommande bokning(ar) avbokades.</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) kept without a name.</source>
        <translation>{count} kommande bokning(ar) behölls utan namn.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Skriv serverns namn eller adress.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Skriv namnet på databasen på servern.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Where the data is kept</source>
        <translation>Var uppgifterna finns</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Bara på den här datorn</translation>
    </message>
    <message>
        <source>Shared server (several desks)</source>
        <translation>Gemensam server (flera datorer)</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Serverns namn eller adress</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Serverns port</translation>
    </message>
    <message>
        <source>Database name on the server</source>
        <translation>Databasens namn på servern</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Lösenord på servern</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Testa förbindelsen</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Testa förbindelsen till servern</translation>
    </message>
    <message>
        <source>Type the login name.</source>
        <translation>Skriv användarnamnet.</translation>
    </message>
    <message>
        <source>Where the &amp;data is kept:</source>
        <translation>&amp;Var uppgifterna finns:</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>Port (&amp;usually 5432):</source>
        <translation>Port (&amp;vanligen 5432):</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>D&amp;atabas:</translation>
    </message>
    <message>
        <source>Lo&amp;gin name:</source>
        <translation>A&amp;nvändarnamn:</translation>
    </message>
    <message>
        <source>Login name on the server</source>
        <translation>Användarnamn på servern</translation>
    </message>
    <message>
        <source>Sa&amp;ve and restart…</source>
        <translation>Spara och starta &amp;om…</translation>
    </message>
    <message>
        <source>Save the database choice and restart</source>
        <translation>Spara valet av databas och starta om</translation>
    </message>
    <message>
        <source>Saved; type a new one to change it</source>
        <translation>Sparat. Skriv ett nytt om du vill byta det.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Ansluter till servern…</translation>
    </message>
    <message>
        <source>The connection works. The database is empty: Digituki will set it up at the first start.</source>
        <translation>Förbindelsen fungerar. Databasen är tom. Digituki tar den i bruk nästa gång programmet startar.</translation>
    </message>
    <message>
        <source>The connection works. The point&apos;s data is on the server.</source>
        <translation>Förbindelsen fungerar. Stödpunktens uppgifter finns på servern.</translation>
    </message>
    <message>
        <source>The connection works. The data on the server will be updated for this version at the first start.</source>
        <translation>Förbindelsen fungerar. Uppgifterna på servern uppdateras för den här versionen nästa gång Digituki startar.</translation>
    </message>
    <message>
        <source>The connection works, but a newer Digituki uses this database. Update Digituki on this computer first.</source>
        <translation>Förbindelsen fungerar, men en nyare Digituki använder den här databasen. Uppdatera först Digituki på den här datorn.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server name, the port and the network cable or Wi-Fi.</source>
        <translation>Servern kan inte nås. Kontrollera serverns namn, porten och nätverkskabeln eller wifi.</translation>
    </message>
    <message>
        <source>The server did not accept the login name or the password.</source>
        <translation>Servern godkände inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>This login may not use the database. Ask your IT support to give the rights.</source>
        <translation>Det här användarnamnet får inte använda databasen. Be IT-stödet om rättigheter.</translation>
    </message>
    <message>
        <source>The server has no database with this name.</source>
        <translation>Servern har ingen databas med det här namnet.</translation>
    </message>
    <message>
        <source>The connection did not work. Ask your IT support.</source>
        <translation>Förbindelsen fungerade inte. Fråga IT-stödet.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep the password, so it was not saved. Ask your IT support to set the password up for Digituki.</source>
        <translation>Den här datorn har ingen säker plats för lösenordet, så det sparades inte. Be IT-stödet ställa in lösenordet för Digituki.</translation>
    </message>
    <message>
        <source>Saved. The change takes effect when Digituki starts again.</source>
        <translation>Sparat. Ändringen träder i kraft när Digituki startas på nytt.</translation>
    </message>
    <message>
        <source>Restart Digituki?</source>
        <translation>Starta om Digituki?</translation>
    </message>
    <message>
        <source>The database choice was saved. Restart Digituki now to use it?</source>
        <translation>Valet av databas sparades. Vill du starta om Digituki nu för att ta det i bruk?</translation>
    </message>
    <message>
        <source>Please close Digituki and start it again.</source>
        <translation>Stäng Digituki och starta programmet på nytt.</translation>
    </message>
</context>
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
        <source>Choose the normal or the high-contrast colours.</source>
        <translation>Välj vanliga färger eller hög kontrast.</translation>
    </message>
    <message>
        <source>This information is needed. Please fill it in.</source>
        <translation>Den här uppgiften behövs. Fyll i den.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {low} characters long.</source>
        <translation>Lösenfrasen måste ha minst {low} tecken.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN-koden måste ha 4–12 siffror.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Write it like name@example.fi.</source>
        <translation>E-postadressen ser inte rätt ut. Skriv den som namn@exempel.fi.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Lösenfraserna är inte likadana. Skriv dem igen.</translation>
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
        <source>This database was saved by a newer version of Digituki, so it is open for reading only: nothing can be saved. Install the newest version.</source>
        <translation>Databasen har sparats med en nyare version av Digituki och är därför öppen endast för läsning: ingenting kan sparas. Installera den senaste versionen.</translation>
    </message>
    <message>
        <source>Digituki cannot write to {path} (read-only). Nothing was saved. Ask your support person to make the file and its folder writable.</source>
        <translation>Digituki kan inte skriva till {path} (skrivskyddad). Inget sparades. Be din stödperson göra filen och dess mapp skrivbara.</translation>
    </message>
    <message>
        <source>The disk is full: free space and try again; nothing was lost.</source>
        <translation>Disken är full: frigör utrymme och försök igen; inget gick förlorat.</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</source>
        <translation>Kundernas namn och telefonnummer är låsta. Öppna dem med stödpunktens lösenfras (Inställningar → Datasäkerhet). Allt annat fungerar som vanligt.</translation>
    </message>
    <message>
        <source>The coordinator file must be signed, and the point&apos;s signing key is locked with the customers&apos; details. Open them with the point&apos;s passphrase (Settings → Data safety) and export again. Nothing was written.</source>
        <translation>Koordinatorfilen måste signeras, och stödpunktens signeringsnyckel är låst tillsammans med kunduppgifterna. Öppna dem med stödpunktens lösenfras (Inställningar → Datasäkerhet) och exportera igen. Inget skrevs.</translation>
    </message>
    <message>
        <source>Private notes are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</source>
        <translation>De privata anteckningarna är låsta. Öppna dem med stödpunktens lösenfras (Inställningar → Datasäkerhet). Allt annat fungerar som vanligt.</translation>
    </message>
    <message>
        <source>This is a demo point: its key is public and cannot protect real customers&apos; details. Start a real point in its own data folder. Nothing was changed.</source>
        <translation>Detta är en demopunkt: dess nyckel är offentlig och kan inte skydda riktiga kunders uppgifter. Starta en riktig punkt i en egen datamapp. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>This data folder holds a real point&apos;s bookings or help log, so demo data is not added to it. Nothing was changed.</source>
        <translation>Den här datamappen innehåller en riktig punkts bokningar eller hjälplogg, så inga demouppgifter läggs till. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>Lösenfrasen är inte rätt. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <source>The backup could not be made or read. Check that the folder or USB stick has free space and is not write-protected, then try again.</source>
        <translation>Säkerhetskopian kunde inte göras eller läsas. Kontrollera att mappen eller USB-minnet har ledigt utrymme och inte är skrivskyddat, och försök sedan igen.</translation>
    </message>
    <message>
        <source>This file is not a working Digituki backup. Nothing was changed.</source>
        <translation>Filen är inte en fungerande säkerhetskopia av Digituki. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Check the network cable or Wi-Fi; if other desks cannot reach it either, ask your IT support. Start Digituki again when the connection works.</source>
        <translation>Den gemensamma databasen kan inte nås. Kontrollera nätverkskabeln eller wifi. Om inte heller de andra datorerna når den, fråga IT-stödet. Starta Digituki på nytt när förbindelsen fungerar.</translation>
    </message>
    <message>
        <source>The database file is damaged. Digituki can bring back the newest backup; the damaged file is kept aside.</source>
        <translation>Databasfilen är skadad. Digituki kan återställa den senaste säkerhetskopian. Den skadade filen sparas åt sidan.</translation>
    </message>
    <message>
        <source>Digituki is already open on this data folder ({program}, process {pid} on computer {host}, since {started}). Use the window that is open, or close it first.</source>
        <translation>Digituki är redan öppet i den här datamappen ({program}, process {pid} på datorn {host}, sedan {started}). Använd fönstret som är öppet, eller stäng det först.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Digituki can bring back the newest backup; files left beside it are kept aside.</source>
        <translation>Databasfilen saknas eller är tom. Digituki kan återställa den senaste säkerhetskopian; filer som lämnats bredvid den sparas åt sidan.</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Digituki</source>
        <translation>Välkommen till Digituki</translation>
    </message>
    <message>
        <source>Tell Digituki about your point. The contact is printed on customers&apos; confirmation slips and handouts.</source>
        <translation>Berätta för Digituki om er punkt. Kontaktuppgifterna skrivs ut på kundernas bokningsbekräftelser och guider.</translation>
    </message>
    <message>
        <source>&amp;Name of the point:</source>
        <translation>Punktens &amp;namn:</translation>
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
        <source>Point&apos;s &amp;phone number:</source>
        <translation>Punktens &amp;telefonnummer:</translation>
    </message>
    <message>
        <source>Point&apos;s phone number</source>
        <translation>Punktens telefonnummer</translation>
    </message>
    <message>
        <source>printed on slips, e.g. 09 123 4567</source>
        <translation>skrivs ut på bekräftelser, t.ex. 09 123 4567</translation>
    </message>
    <message>
        <source>&amp;Where to find us:</source>
        <translation>&amp;Var du hittar oss:</translation>
    </message>
    <message>
        <source>Where to find us</source>
        <translation>Var du hittar oss</translation>
    </message>
    <message>
        <source>e.g. Main library, 2nd floor, information desk</source>
        <translation>t.ex. Huvudbiblioteket, 2 vån., informationsdisken</translation>
    </message>
    <message>
        <source>When is the point open for bookings? Tick the days and set the times; you can change them and add closed days later under Bookings → Opening hours.</source>
        <translation>När är punkten öppen för bokningar? Kryssa för dagarna och ställ in tiderna. Du kan ändra dem och lägga till stängda dagar senare under Bokningar → Öppettider.</translation>
    </message>
    <message>
        <source>{day}: opens at</source>
        <translation>{day}: öppnar</translation>
    </message>
    <message>
        <source>{day}: closes at</source>
        <translation>{day}: stänger</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <source>Save a &amp;recovery sheet to print…</source>
        <translation>Spara ett &amp;återställningsblad att skriva ut…</translation>
    </message>
    <message>
        <source>Save a recovery sheet to print</source>
        <translation>Spara ett återställningsblad att skriva ut</translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation>Slutför &amp;senare</translation>
    </message>
    <message>
        <source>Everything can be set later in Settings.</source>
        <translation>Allt kan ställas in senare under Inställningar.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>&amp;Hoppa över steget</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Steg {n} av {total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. The key is kept in this computer&apos;s secure key store. A passphrase is still wise: with it the details can be opened on another computer (at least 10 characters).</source>
        <translation>Kundernas namn och telefonnummer sparas låsta. Nyckeln förvaras i datorns säkra nyckelförråd. En lösenfras är ändå klok: med den kan uppgifterna öppnas på en annan dator (minst 10 tecken).</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. This computer has no secure key store, so choose a passphrase for the point (at least 10 characters, for example a short sentence); it is asked once at each start.</source>
        <translation>Kundernas namn och telefonnummer sparas låsta. Datorn har inget säkert nyckelförråd, så välj en lösenfras för punkten (minst 10 tecken, till exempel en kort mening). Den frågas en gång vid varje start.</translation>
    </message>
    <message>
        <source>The passphrase is set. Save a recovery sheet to print, then press Finish.</source>
        <translation>Lösenfrasen är inställd. Spara ett återställningsblad att skriva ut och tryck sedan på Klar.</translation>
    </message>
</context>
<context>
    <name>FormTab</name>
    <message>
        <source>&amp;Topic: type a word, then press Enter</source>
        <translation>Ä&amp;mne: skriv ett ord och tryck Enter</translation>
    </message>
    <message>
        <source>Search for a topic</source>
        <translation>Sök ett ämne</translation>
    </message>
    <message>
        <source>for example: omakanta, valtuutus, scam</source>
        <translation>till exempel: mittkanta, fullmakt, bedrägeri</translation>
    </message>
    <message>
        <source>Matching topics</source>
        <translation>Ämnen som passar</translation>
    </message>
    <message>
        <source>Chosen topics:</source>
        <translation>Valda ämnen:</translation>
    </message>
    <message>
        <source>Chosen topics</source>
        <translation>Valda ämnen</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Ta bort ämne</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Ta bort det valda ämnet</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Start h&amp;our:</source>
        <translation>&amp;Klockan (timme):</translation>
    </message>
    <message>
        <source>Duration (&amp;minutes):</source>
        <translation>&amp;Längd (minuter):</translation>
    </message>
    <message>
        <source>Form of &amp;support:</source>
        <translation>&amp;Form av stöd:</translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation>Antal &amp;personer:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Ålder:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>Appara&amp;t:</translation>
    </message>
    <message>
        <source>Acting on &amp;behalf:</source>
        <translation>För någon annans &amp;räkning:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Res&amp;ultat:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;Nästa steg:</translation>
    </message>
    <message>
        <source>Referr&amp;ed to:</source>
        <translation>Hänvisad t&amp;ill:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>Fri&amp;villig:</translation>
    </message>
    <message>
        <source>Private &amp;note:</source>
        <translation>&amp;Egen anteckning:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start hour</source>
        <translation>Starttimme</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Form av stöd</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Antal personer</translation>
    </message>
    <message>
        <source>Customer&apos;s age</source>
        <translation>Kundens ålder</translation>
    </message>
    <message>
        <source>Language of service</source>
        <translation>Betjäningsspråk</translation>
    </message>
    <message>
        <source>Device used</source>
        <translation>Apparat som användes</translation>
    </message>
    <message>
        <source>Acting on someone&apos;s behalf</source>
        <translation>För någon annans räkning</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Egen anteckning</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only for this point; never sent; deleted automatically</source>
        <translation>Bara för den här punkten; skickas aldrig; raderas automatiskt</translation>
    </message>
    <message>
        <source>Restart timer</source>
        <translation>Tidtagning från början</translation>
    </message>
    <message>
        <source>Restart the timer from zero</source>
        <translation>Starta tidtagningen från noll</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Spara besöket</translation>
    </message>
    <message>
        <source>Save and log another like this (Ctrl+Shift+S)</source>
        <translation>Spara och registrera ett likadant till (Ctrl+Skift+S)</translation>
    </message>
    <message>
        <source>Save and log another session like this</source>
        <translation>Spara och registrera ett likadant besök till</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Töm formuläret</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>Ångra senaste sparning</translation>
    </message>
    <message>
        <source>Undo the last save</source>
        <translation>Ångra den senaste sparningen</translation>
    </message>
    <message>
        <source>Stop correcting</source>
        <translation>Sluta rätta</translation>
    </message>
    <message>
        <source>Stop correcting and start a new session</source>
        <translation>Sluta rätta och börja ett nytt besök</translation>
    </message>
    <message>
        <source>Acting on someone&apos;s behalf: the customer logs in with their own codes. For lasting help, Suomi.fi e-Authorizations is the right tool.</source>
        <translation>För någon annans räkning: kunden loggar alltid in med sina egna koder. För varaktig hjälp är Suomi.fi-fullmakter rätt verktyg.</translation>
    </message>
    <message>
        <source>Banking: never handle the customer&apos;s bank codes or passwords. The customer types them in.</source>
        <translation>Bankärenden: hantera aldrig kundens bankkoder eller lösenord. Kunden skriver in dem själv.</translation>
    </message>
    <message>
        <source>Out of scope? Refer the customer to Kansalaisneuvonta (citizens&apos; advice), kansalaisneuvonta.fi.</source>
        <translation>Hör inte till digistödet? Hänvisa kunden till Medborgarrådgivningen, kansalaisneuvonta.fi/sv.</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translation>Okej, dölj</translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation>Dölj den här påminnelsen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Walk-ins turned away</source>
        <translation>Avvisade kunder</translation>
    </message>
    <message>
        <source>One click for each customer you could not help today.</source>
        <translation>Ett klick för varje kund som inte kunde få hjälp i dag.</translation>
    </message>
    <message>
        <source>Take back the last click</source>
        <translation>Ångra senaste klicket</translation>
    </message>
    <message>
        <source>Take back the last turned-away click</source>
        <translation>Ångra senaste avvisningsklicket</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Topic chosen: {topic}. Press Enter to save.</source>
        <translation>Ämne valt: {topic}. Tryck på Enter för att spara.</translation>
    </message>
    <message>
        <source>Timer: starts with the first key</source>
        <translation>Timer: startar vid första tangenttrycket</translation>
    </message>
    <message>
        <source>Timer: {minutes} min</source>
        <translation>Tidtagning: {minutes} min</translation>
    </message>
    <message>
        <source>Duration to save: {minutes} min</source>
        <translation>Längd som sparas: {minutes} min</translation>
    </message>
    <message>
        <source>The session you had not saved when Digituki closed is back. Save it or clear it.</source>
        <translation>Besöket som du inte sparade innan Digituki stängdes är tillbaka. Spara eller töm det.</translation>
    </message>
    <message>
        <source>The private note cannot be opened on this computer; it stays as it is.</source>
        <translation>Den egna anteckningen kan inte öppnas på den här datorn. Den förblir som den är.</translation>
    </message>
    <message>
        <source>You are correcting a session of {date}.</source>
        <translation>Du rättar ett besök från {date}.</translation>
    </message>
    <message>
        <source>The statistics of this month were already sent.</source>
        <translation>Statistiken för den här månaden är redan skickad.</translation>
    </message>
    <message>
        <source>The form was cleared.</source>
        <translation>Formuläret tömdes.</translation>
    </message>
    <message>
        <source>Correction saved: {topics}.</source>
        <translation>Rättelsen sparades: {topics}.</translation>
    </message>
    <message>
        <source>Saved: {topics}, {minutes} min.</source>
        <translation>Sparat: {topics}, {minutes} min.</translation>
    </message>
    <message>
        <source>The next one has the same values.</source>
        <translation>Nästa har samma uppgifter färdigt.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Inte sparat. {reason}</translation>
    </message>
    <message>
        <source>Counted: one customer turned away ({reason}).</source>
        <translation>Räknat: en kund avvisades ({reason}).</translation>
    </message>
    <message>
        <source>The last turned-away click was taken back.</source>
        <translation>Det senaste avvisningsklicket ångrades.</translation>
    </message>
    <message>
        <source>{reason} (today {count})</source>
        <translation>{reason} (i dag {count})</translation>
    </message>
    <message>
        <source>Count a customer turned away: {reason}</source>
        <translation>Räkna en kund som avvisades: {reason}</translation>
    </message>
    <message>
        <source>Sessions logged: {sessions}. Customers turned away: {turned}.</source>
        <translation>Registrerade besök: {sessions}. Avvisade kunder: {turned}.</translation>
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
        <source>The pack.yaml file must give the pack&apos;s id, name and version (a whole number).</source>
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
        <source>The pack uses a name reserved for Digituki&apos;s own guides ({pack}).</source>
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
        <source>Digituki&apos;s own guides and the guides written here cannot be removed as a pack.</source>
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
        <source>Type words to search ({keys} from anywhere)</source>
        <translation>Skriv sökord ({keys} var du än är)</translation>
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
        <source>&amp;Order:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>Order of the guides</source>
        <translation>Guidernas ordning</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Bäst matchande först</translation>
    </message>
    <message>
        <source>Oldest review first</source>
        <translation>Äldsta granskning först</translation>
    </message>
    <message>
        <source>“Oldest review first” shows which guides to check against the services next</source>
        <translation>”Äldsta granskning först” visar vilka guider som ska kontrolleras mot tjänsternas egna anvisningar härnäst</translation>
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
    <name>HelpLogArea</name>
    <message>
        <source>A correction of a help session has not been saved.</source>
        <translation>En rättelse av ett besök har inte sparats.</translation>
    </message>
    <message>
        <source>The help session in the form has not been saved.</source>
        <translation>Besöket i formuläret har inte sparats.</translation>
    </message>
    <message>
        <source>Help log</source>
        <translation>Stödloggen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation>Pappersblankett</translation>
    </message>
    <message>
        <source>Volunteers and topics</source>
        <translation>Frivilliga och ämnen</translation>
    </message>
    <message>
        <source>Parts of the help log</source>
        <translation>Stödloggens delar</translation>
    </message>
    <message>
        <source>The last save was undone.</source>
        <translation>Den senaste sparningen ångrades.</translation>
    </message>
    <message>
        <source>Statistics already sent</source>
        <translation>Statistiken är redan skickad</translation>
    </message>
</context>
<context>
    <name>HelpLogErrors</name>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>Längden ska vara {low}–{high} minuter.</translation>
    </message>
    <message>
        <source>The date is in the future. Choose today or an earlier day.</source>
        <translation>Datumet ligger i framtiden. Välj i dag eller en tidigare dag.</translation>
    </message>
    <message>
        <source>The start hour must be between {low} and {high}.</source>
        <translation>Starttimmen ska vara {low}–{high}.</translation>
    </message>
    <message>
        <source>Choose at least one topic: type a word in the topic box.</source>
        <translation>Välj minst ett ämne: skriv ett ord i ämnesrutan.</translation>
    </message>
    <message>
        <source>Choose at most {limit} topics.</source>
        <translation>Välj högst {limit} ämnen.</translation>
    </message>
    <message>
        <source>That topic is not in the list. Choose one from the list.</source>
        <translation>Det ämnet finns inte i listan. Välj ett ämne i listan.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <source>The number of people must be between {low} and {high}.</source>
        <translation>Antalet personer ska vara {low}–{high}.</translation>
    </message>
    <message>
        <source>More than one person is only possible for a group session. Choose &quot;Group session or course&quot; or set the number of people to 1.</source>
        <translation>Fler än en person går bara för en grupp. Välj &quot;Grupp eller kurs&quot; eller sätt antalet till 1.</translation>
    </message>
    <message>
        <source>Choose where the customer was referred to.</source>
        <translation>Välj vart kunden hänvisades.</translation>
    </message>
    <message>
        <source>The private note cannot be saved on this computer. Leave it empty.</source>
        <translation>Den egna anteckningen kan inte sparas på den här datorn. Lämna den tom.</translation>
    </message>
    <message>
        <source>Add at least one line from the paper sheet first.</source>
        <translation>Lägg först till minst en rad från pappersblanketten.</translation>
    </message>
    <message>
        <source>On line {line}, the number must be between {low} and {high}.</source>
        <translation>På rad {line} ska antalet vara {low}–{high}.</translation>
    </message>
    <message>
        <source>A volunteer with this name is already in the list. Add an initial to tell them apart.</source>
        <translation>En frivillig med det här namnet finns redan i listan. Lägg till en bokstav så att de går att skilja åt.</translation>
    </message>
    <message>
        <source>The &quot;other&quot; topics are always shown, so they cannot be hidden.</source>
        <translation>Annat-ämnena visas alltid och kan inte döljas.</translation>
    </message>
    <message>
        <source>Choose a month from the list.</source>
        <translation>Välj en månad i listan.</translation>
    </message>
    <message>
        <source>The statistics of {month} were already sent. Change this session anyway? The sent statistics will be marked as out of date, so they can be sent again.</source>
        <translation>Statistiken för {month} är redan skickad. Vill du ändra besöket ändå? Den skickade statistiken markeras som föråldrad så att den kan skickas på nytt.</translation>
    </message>
</context>
<context>
    <name>HelpLogValues</name>
    <message>
        <source>On site, booked</source>
        <translation>På plats, bokad tid</translation>
    </message>
    <message>
        <source>On site, walk-in</source>
        <translation>På plats, utan tid</translation>
    </message>
    <message>
        <source>Remote, by phone</source>
        <translation>På distans, per telefon</translation>
    </message>
    <message>
        <source>Remote, video call</source>
        <translation>På distans, videosamtal</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Group session or course</source>
        <translation>Grupp eller kurs</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Under 25</translation>
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
        <translation>85 eller äldre</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Frågades inte</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>annat språk</translation>
    </message>
    <message>
        <source>Own phone</source>
        <translation>Egen telefon</translation>
    </message>
    <message>
        <source>Own tablet</source>
        <translation>Egen surfplatta</translation>
    </message>
    <message>
        <source>Own computer</source>
        <translation>Egen dator</translation>
    </message>
    <message>
        <source>The point&apos;s computer</source>
        <translation>Punktens dator</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Ingen apparat</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes, with Suomi.fi e-Authorization</source>
        <translation>Ja, med Suomi.fi-fullmakt</translation>
    </message>
    <message>
        <source>Yes, with a written power of attorney</source>
        <translation>Ja, med skriftlig fullmakt</translation>
    </message>
    <message>
        <source>Yes, as guardian or trustee</source>
        <translation>Ja, som intressebevakare</translation>
    </message>
    <message>
        <source>Asked to use the customer&apos;s codes: declined</source>
        <translation>Ombads använda kundens koder: vägrade</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Löstes</translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation>Löstes delvis</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>Löstes inte</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Inget mer</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Ny tid</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Hänvisades vidare</translation>
    </message>
    <message>
        <source>The service&apos;s own customer service</source>
        <translation>Tjänstens egen kundtjänst</translation>
    </message>
    <message>
        <source>Kansalaisneuvonta (citizens&apos; advice)</source>
        <translation>Medborgarrådgivningen</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Tax Administration</source>
        <translation>Skatteförvaltningen</translation>
    </message>
    <message>
        <source>The customer&apos;s bank</source>
        <translation>Kundens bank</translation>
    </message>
    <message>
        <source>Phone operator</source>
        <translation>Teleoperatören</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområdet</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Another digital-support point</source>
        <translation>En annan digistödspunkt</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>En kurs</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Någon annanstans</translation>
    </message>
    <message>
        <source>Queue full</source>
        <translation>Kön full</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hör inte till digistödet</translation>
    </message>
    <message>
        <source>No volunteer free</source>
        <translation>Ingen ledig frivillig</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>Digituki is already open</source>
        <translation>Digituki är redan öppet</translation>
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
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Digituki — regional coordinator</source>
        <translation>Digituki – områdets koordinator</translation>
    </message>
    <message>
        <source>{title} — DEMO (made-up data)</source>
        <translation>{title} — DEMO (påhittade uppgifter)</translation>
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
        <source>Offline: the shared database cannot be reached. Help sessions are kept on this computer and sent when it answers again; bookings need the server.</source>
        <translation>Offline: den gemensamma databasen kan inte nås. Stödtillfällen sparas på den här datorn och skickas när den svarar igen; bokningar behöver servern.</translation>
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
        <source>Quit anyway?</source>
        <translation>Avsluta ändå?</translation>
    </message>
    <message>
        <source>&amp;Keep it for the next start</source>
        <translation>&amp;Behåll till nästa start</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Förkasta och avsluta</translation>
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
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Åtgärder</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;Ny bokning</translation>
    </message>
    <message>
        <source>Book a time for a customer</source>
        <translation>Boka en tid för en kund</translation>
    </message>
    <message>
        <source>&amp;Walk-in customer</source>
        <translation>&amp;Kund utan tidsbokning</translation>
    </message>
    <message>
        <source>Start helping a customer who has no booking</source>
        <translation>Börja hjälpa en kund som inte har bokat</translation>
    </message>
    <message>
        <source>&amp;Log help</source>
        <translation>&amp;Registrera hjälp</translation>
    </message>
    <message>
        <source>Open the help-log form</source>
        <translation>Öppna formuläret för hjälpregistrering</translation>
    </message>
    <message>
        <source>&amp;Search guides</source>
        <translation>&amp;Sök guider</translation>
    </message>
    <message>
        <source>Go to the guides and type what you are looking for</source>
        <translation>Gå till guiderna och skriv vad du söker</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>Ån&amp;gra senaste sparning</translation>
    </message>
    <message>
        <source>Take back the help session saved last</source>
        <translation>Ångra det senast sparade besöket</translation>
    </message>
</context>
<context>
    <name>ManageTab</name>
    <message>
        <source>Volunteers</source>
        <translation>Frivilliga</translation>
    </message>
    <message>
        <source>First names or initials only. The names stay on this computer.</source>
        <translation>Bara förnamn eller initialer. Namnen stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Volunteers of this point</source>
        <translation>Punktens frivilliga</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Volunteer&apos;s first name or initials</source>
        <translation>Den frivilligas förnamn eller initialer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Lägg till en frivillig</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Byt na&amp;mn</translation>
    </message>
    <message>
        <source>Rename the selected volunteer</source>
        <translation>Byt namn på den valda frivilliga</translation>
    </message>
    <message>
        <source>Ac&amp;tive or not</source>
        <translation>A&amp;ktiv eller inte</translation>
    </message>
    <message>
        <source>Mark the selected volunteer active or not</source>
        <translation>Markera den valda frivilliga som aktiv eller inte</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Frivilligas timmar</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Day of the shift</source>
        <translation>Passets dag</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>Fri&amp;villig:</translation>
    </message>
    <message>
        <source>Volunteer of the shift</source>
        <translation>Passets frivilliga</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>L&amp;ängd:</translation>
    </message>
    <message>
        <source>Length of the shift in minutes</source>
        <translation>Passets längd i minuter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Record the shift</source>
        <translation>&amp;Registrera passet</translation>
    </message>
    <message>
        <source>Record the shift</source>
        <translation>Registrera passet</translation>
    </message>
    <message>
        <source>Topics shown in the form</source>
        <translation>Ämnen som visas i formuläret</translation>
    </message>
    <message>
        <source>Untick topics this point never deals with. The &quot;other&quot; topics are always shown. Statistics use the same codes at every point.</source>
        <translation>Ta bort krysset för ämnen som punkten aldrig sköter. Annat-ämnena visas alltid. Statistiken använder samma koder vid alla punkter.</translation>
    </message>
    <message>
        <source>Save the topic choices</source>
        <translation>Spara ämnesvalen</translation>
    </message>
    <message>
        <source>{name} (not active)</source>
        <translation>{name} (inte aktiv)</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Utan namn</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Visas alltid</translation>
    </message>
    <message>
        <source>The topic choices were saved.</source>
        <translation>Ämnesvalen sparades.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} lades till.</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Välj först en frivillig i listan.</translation>
    </message>
    <message>
        <source>The name was changed to {name}.</source>
        <translation>Namnet ändrades till {name}.</translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation>{name} är aktiv igen.</translation>
    </message>
    <message>
        <source>{name} is no longer active. Their sessions stay as they are.</source>
        <translation>{name} är inte längre aktiv. Besöken finns kvar som de är.</translation>
    </message>
    <message>
        <source>The shift was recorded.</source>
        <translation>Passet registrerades.</translation>
    </message>
    <message>
        <source>No shifts recorded this month yet.</source>
        <translation>Inga pass har registrerats den här månaden ännu.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>utan namn</translation>
    </message>
    <message>
        <source>{name}: {hours} h {minutes} min</source>
        <translation>{name}: {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>This month: {list}</source>
        <translation>Den här månaden: {list}</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Inte sparat. {reason}</translation>
    </message>
</context>
<context>
    <name>NoticeEditor</name>
    <message>
        <source>Wording of the privacy notice</source>
        <translation>Dataskyddsbeskrivningens formulering</translation>
    </message>
    <message>
        <source>Plain words help customers. {point}, {controller}, {contact} and {days} are filled in from the settings. Empty a box to use the default text.</source>
        <translation>Enkla ord hjälper kunderna. {point}, {controller}, {contact} och {days} fylls i från inställningarna. Töm en ruta för att använda standardtexten.</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Not saved. The shared database cannot be reached, and a private note cannot be kept on this computer. Remove the note to keep the session here for now.</source>
        <translation>Inte sparat. Den gemensamma databasen kan inte nås, och en privat anteckning kan inte sparas på den här datorn. Ta bort anteckningen så sparas stödtillfället här tills vidare.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. The session was kept on this computer and is sent automatically when the connection is back.</source>
        <translation>Den gemensamma databasen kan inte nås. Stödtillfället sparades på den här datorn och skickas automatiskt när förbindelsen fungerar igen.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached: some information is not shown. Help sessions are kept on this computer; bookings need the server.</source>
        <translation>Den gemensamma databasen kan inte nås: en del uppgifter visas inte. Stödtillfällen sparas på den här datorn; bokningar behöver servern.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>Appointments</source>
        <translation>Tidsbokning</translation>
    </message>
    <message>
        <source>Length of an &amp;appointment:</source>
        <translation>En tids &amp;längd:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of an appointment in minutes</source>
        <translation>En tids längd i minuter</translation>
    </message>
    <message>
        <source>Customers &amp;at the same time:</source>
        <translation>Kunder sa&amp;mtidigt:</translation>
    </message>
    <message>
        <source>How many customers can be helped at the same time</source>
        <translation>Hur många kunder som kan få hjälp samtidigt</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>Save the appointment length and places</source>
        <translation>Spara tidens längd och antalet platser</translation>
    </message>
    <message>
        <source>Weekly opening hours</source>
        <translation>Öppettider varje vecka</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <source>Add &amp;hours</source>
        <translation>Lägg till &amp;öppettid</translation>
    </message>
    <message>
        <source>Add these weekly opening hours</source>
        <translation>Lägg till denna öppettid varje vecka</translation>
    </message>
    <message>
        <source>&amp;Remove selected hours</source>
        <translation>Ta &amp;bort vald öppettid</translation>
    </message>
    <message>
        <source>Remove the selected weekly opening hours</source>
        <translation>Ta bort den valda öppettiden</translation>
    </message>
    <message>
        <source>Closed days and extra openings</source>
        <translation>Stängda dagar och extra öppethållning</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>Date of the exception</source>
        <translation>Undantagets datum</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Extra opening</source>
        <translation>Extra öppet</translation>
    </message>
    <message>
        <source>Closed or extra opening</source>
        <translation>Stängt eller extra öppet</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Bör&amp;jar:</translation>
    </message>
    <message>
        <source>Extra opening starts</source>
        <translation>Extra öppet börjar</translation>
    </message>
    <message>
        <source>T&amp;ill:</source>
        <translation>Sl&amp;utar:</translation>
    </message>
    <message>
        <source>Extra opening ends</source>
        <translation>Extra öppet slutar</translation>
    </message>
    <message>
        <source>Add e&amp;xception</source>
        <translation>Lägg till &amp;undantag</translation>
    </message>
    <message>
        <source>Add this closed day or extra opening</source>
        <translation>Lägg till denna stängda dag eller extra öppethållning</translation>
    </message>
    <message>
        <source>Remove selected e&amp;xception</source>
        <translation>Ta bort valt undanta&amp;g</translation>
    </message>
    <message>
        <source>Remove the selected exception</source>
        <translation>Ta bort det valda undantaget</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>extra opening {start}–{end}</source>
        <translation>extra öppet {start}–{end}</translation>
    </message>
    <message>
        <source>Bookings to move</source>
        <translation>Bokningar som ska flyttas</translation>
    </message>
    <message>
        <source>These bookings no longer fit the opening hours. They were kept: move or cancel them in the week view (they are marked there).

{bookings}</source>
        <translation>De här bokningarna passar inte längre in i öppettiderna. De har inte tagits bort: flytta eller avboka dem i veckovyn (de är markerade där).

{bookings}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Opening hours added.</source>
        <translation>Öppettiden har lagts till.</translation>
    </message>
    <message>
        <source>Select the hours to remove first.</source>
        <translation>Välj först öppettiden som ska tas bort.</translation>
    </message>
    <message>
        <source>Opening hours removed.</source>
        <translation>Öppettiden har tagits bort.</translation>
    </message>
    <message>
        <source>Exception added.</source>
        <translation>Undantaget har lagts till.</translation>
    </message>
    <message>
        <source>Select the exception to remove first.</source>
        <translation>Välj först undantaget som ska tas bort.</translation>
    </message>
    <message>
        <source>Exception removed.</source>
        <translation>Undantaget har tagits bort.</translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <source>Paper sheet for days without a computer</source>
        <translation>Pappersblankett för dagar utan dator</translation>
    </message>
    <message>
        <source>Print the one-page sheet. It has the same topics and questions as the form. Enter the filled sheet below later.</source>
        <translation>Skriv ut blanketten på en sida. Den har samma ämnen och frågor som formuläret. Mata in den ifyllda blanketten nedan senare.</translation>
    </message>
    <message>
        <source>&amp;Make the sheet (PDF)…</source>
        <translation>Gör &amp;blanketten (PDF)…</translation>
    </message>
    <message>
        <source>Make the paper sheet as a PDF file</source>
        <translation>Gör pappersblanketten som PDF-fil</translation>
    </message>
    <message>
        <source>Enter a filled paper sheet</source>
        <translation>Mata in en ifylld pappersblankett</translation>
    </message>
    <message>
        <source>One line for each kind of customer: topic number, age and outcome, and how many customers were like that. The values above apply to the whole sheet.</source>
        <translation>En rad för varje slags kund: ämnesnummer, ålder och resultat, och hur många sådana kunder det var. Uppgifterna ovan gäller hela blanketten.</translation>
    </message>
    <message>
        <source>&amp;Date on the sheet:</source>
        <translation>&amp;Datum på blanketten:</translation>
    </message>
    <message>
        <source>Date on the sheet</source>
        <translation>Datum på blanketten</translation>
    </message>
    <message>
        <source>Start h&amp;our:</source>
        <translation>&amp;Klockan (timme):</translation>
    </message>
    <message>
        <source>Start hour</source>
        <translation>Starttimme</translation>
    </message>
    <message>
        <source>Form of &amp;support:</source>
        <translation>&amp;Form av stöd:</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Form av stöd</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language of service</source>
        <translation>Betjäningsspråk</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>Appara&amp;t:</translation>
    </message>
    <message>
        <source>Device used</source>
        <translation>Apparat som användes</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>Fri&amp;villig:</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Minuter var</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hur många</translation>
    </message>
    <message>
        <source>Lines of the paper sheet</source>
        <translation>Pappersblankettens rader</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>&amp;Remove the line</source>
        <translation>Ta bort &amp;raden</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Ta bort den valda raden</translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation>Spara bla&amp;nketten</translation>
    </message>
    <message>
        <source>Save all lines of the sheet</source>
        <translation>Spara blankettens alla rader</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Line {line}: {field}</source>
        <translation>Rad {line}: {field}</translation>
    </message>
    <message>
        <source>Customers on the sheet: {count}</source>
        <translation>Kunder på blanketten: {count}</translation>
    </message>
    <message>
        <source>Sessions saved from the paper sheet: {count}.</source>
        <translation>Besök som sparades från pappersblanketten: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Rad {line}: {reason}</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Inte sparat. {reason}</translation>
    </message>
    <message>
        <source>digital-support-sheet</source>
        <translation>digistod-blankett</translation>
    </message>
    <message>
        <source>Save the paper sheet</source>
        <translation>Spara pappersblanketten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was saved as {path}. It opens now so you can print it.</source>
        <translation>Blanketten sparades: {path}. Den öppnas nu så att du kan skriva ut den.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set the point&apos;s passphrase</source>
        <translation>Ange stödpunktens lösenfras</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. Choose a passphrase for this point (at least 10 characters, for example a short sentence). You can print it on a recovery sheet for the point&apos;s lead. Without it, the names cannot be opened on another computer.</source>
        <translation>Kundernas namn och telefonnummer sparas låsta. Välj en lösenfras för stödpunkten (minst 10 tecken, till exempel en kort mening). Du kan skriva ut den på ett återställningsblad åt stödpunktens ansvariga. Utan den kan namnen inte öppnas på en annan dator.</translation>
    </message>
    <message>
        <source>Open customers&apos; details</source>
        <translation>Öppna kunduppgifterna</translation>
    </message>
    <message>
        <source>Type the point&apos;s passphrase to show customers&apos; names and phone numbers. If you do not know it, press Cancel: everything else works, names are shown as –.</source>
        <translation>Skriv stödpunktens lösenfras så visas kundernas namn och telefonnummer. Om du inte vet den, tryck på Avbryt: allt annat fungerar och namnen visas som –.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
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
    <name>Privacy</name>
    <message>
        <source>(hidden)</source>
        <translation>(dold)</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <source>The privacy notice tells customers what is kept about them, why, for how long and how to use their rights. Print it for the desk or give it on request.</source>
        <translation>Dataskyddsbeskrivningen berättar för kunderna vad som sparas om dem, varför, hur länge och hur de använder sina rättigheter. Skriv ut den för disken eller ge den på begäran.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the notice:</source>
        <translation>Beskrivningens spr&amp;åk:</translation>
    </message>
    <message>
        <source>Language of the privacy notice</source>
        <translation>Dataskyddsbeskrivningens språk</translation>
    </message>
    <message>
        <source>Privacy &amp;notice (PDF)</source>
        <translation>Dataskyddsbeskrivning (&amp;PDF)</translation>
    </message>
    <message>
        <source>Open the privacy notice as a PDF</source>
        <translation>Öppna dataskyddsbeskrivningen som PDF</translation>
    </message>
    <message>
        <source>Edit the &amp;wording…</source>
        <translation>Redigera &amp;formuleringen…</translation>
    </message>
    <message>
        <source>Edit the wording of the privacy notice</source>
        <translation>Redigera dataskyddsbeskrivningens formulering</translation>
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
        <translation>Varning: databasen finns på en nätverksenhet. Använd en mapp på den här datorn så att ingenting går förlorat.</translation>
    </message>
    <message>
        <source>Digituki was updated. An earlier update had lost the topics of help sessions; they were restored from the backup {backup}, and the statistics count them again. Sessions with their topics back: {count}.</source>
        <translation>Digituki uppdaterades. En tidigare uppdatering hade förlorat ämnena för stödtillfällen; de återställdes från säkerhetskopian {backup}, och statistiken räknar dem igen. Tillfällen vars ämnen återställdes: {count}.</translation>
    </message>
    <message>
        <source>An earlier update lost the topics of help sessions, and no backup made before it was found. The sessions are kept, but their topics are missing from the statistics. A copy of the database from before that update still holds them: ask your support person. Sessions without topics: {count}.</source>
        <translation>En tidigare uppdatering förlorade ämnena för stödtillfällen, och ingen säkerhetskopia från tiden före den hittades. Tillfällena finns kvar, men deras ämnen saknas i statistiken. En kopia av databasen från före uppdateringen innehåller dem fortfarande: fråga din stödperson. Tillfällen utan ämnen: {count}.</translation>
    </message>
    <message>
        <source>Digituki was updated</source>
        <translation>Digituki uppdaterades</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Återställningsblad</translation>
    </message>
    <message>
        <source>Save a recovery sheet to print? It holds the passphrase: keep the paper locked away with the point&apos;s lead, and delete the file after printing.</source>
        <translation>Spara ett återställningsblad för utskrift? Det innehåller lösenfrasen: förvara papperet inlåst hos stödpunktens ansvariga och radera filen efter utskriften.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Spara återställningsbladet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery sheet saved: {path}</source>
        <translation>Återställningsbladet har sparats: {path}</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>Databasen saknas</translation>
    </message>
    <message>
        <source>The database file is missing or empty, and there is no backup to bring back. Start with a new, empty database? The files left beside it are kept aside for your support person.</source>
        <translation>Databasfilen saknas eller är tom, och det finns ingen säkerhetskopia att återställa. Börja med en ny, tom databas? Filer som lämnats bredvid den sparas åt sidan åt din stödperson.</translation>
    </message>
    <message>
        <source>The database file is damaged and there is no backup to bring back. Ask your support person for help. The damaged file is kept as it is.</source>
        <translation>Databasfilen är skadad och det finns ingen säkerhetskopia att återställa. Be din stödperson om hjälp. Den skadade filen sparas som den är.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Bring back the newest backup from {date} at {time}? Changes made after it are lost. Files left beside the database are kept aside.</source>
        <translation>Databasfilen saknas eller är tom. Återställa den senaste säkerhetskopian från {date} kl. {time}? Ändringar som gjorts efter den går förlorade. Filer som lämnats bredvid databasen sparas åt sidan.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>The database file is damaged. Bring back the newest backup from {date} at {time}? Changes made after it are lost. The damaged file is kept aside.</source>
        <translation>Databasfilen är skadad. Återställa den senaste säkerhetskopian från {date} kl. {time}? Ändringar som gjorts efter den går förlorade. Den skadade filen sparas åt sidan.</translation>
    </message>
    <message>
        <source>Bringing back the backup…</source>
        <translation>Säkerhetskopian återställs…</translation>
    </message>
    <message>
        <source>Customers&apos; details are hidden while nobody uses Digituki.</source>
        <translation>Kunduppgifterna är dolda eftersom ingen har använt Digituki på en stund.</translation>
    </message>
    <message>
        <source>&amp;Show customers&apos; details</source>
        <translation>&amp;Visa kunduppgifterna</translation>
    </message>
    <message>
        <source>Show customers&apos; details</source>
        <translation>Visa kunduppgifterna</translation>
    </message>
    <message>
        <source>Point PIN:</source>
        <translation>Stödpunktens PIN-kod:</translation>
    </message>
    <message>
        <source>The PIN is not right. Try again.</source>
        <translation>PIN-koden är inte rätt. Försök igen.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation>Datasäkerhet</translation>
    </message>
    <message>
        <source>Set or change the &amp;passphrase…</source>
        <translation>Ange eller byt &amp;lösenfras…</translation>
    </message>
    <message>
        <source>Set or change the point&apos;s passphrase</source>
        <translation>Ange eller byt stödpunktens lösenfras</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>Back up now to a folder or USB stick</source>
        <translation>Säkerhetskopiera nu till en mapp eller ett USB-minne</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restore the data from a backup file</source>
        <translation>Återställ uppgifterna från en säkerhetskopia</translation>
    </message>
    <message>
        <source>&amp;Hide customers&apos; details after:</source>
        <translation>&amp;Dölj kunduppgifterna efter:</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min utan användning</translation>
    </message>
    <message>
        <source>Minutes without use before customers&apos; details are hidden</source>
        <translation>Minuter utan användning innan kunduppgifterna döljs</translation>
    </message>
    <message>
        <source>Point P&amp;IN to show them (optional):</source>
        <translation>Stödpunktens P&amp;IN-kod för att visa dem (frivillig):</translation>
    </message>
    <message>
        <source>Point PIN, 4 to 12 digits; empty for none</source>
        <translation>Stödpunktens PIN-kod, 4–12 siffror; tom för ingen kod</translation>
    </message>
    <message>
        <source>4–12 digits; leave empty for none</source>
        <translation>4–12 siffror; lämna tomt för ingen kod</translation>
    </message>
    <message>
        <source>Save the &amp;lock settings</source>
        <translation>Spara &amp;låsinställningarna</translation>
    </message>
    <message>
        <source>Save the lock settings</source>
        <translation>Spara låsinställningarna</translation>
    </message>
    <message>
        <source>This is a demo point: its data is made up and its key is public, so it needs no passphrase. Never enter real customers here; start a real point in its own data folder.</source>
        <translation>Detta är en demopunkt: uppgifterna är påhittade och nyckeln är offentlig, så ingen lösenfras behövs. För aldrig in riktiga kunder här; starta en riktig punkt i en egen datamapp.</translation>
    </message>
    <message>
        <source>Customers&apos; details are locked on this computer. Use the passphrase to open them.</source>
        <translation>Kunduppgifterna är låsta på den här datorn. Öppna dem med lösenfrasen.</translation>
    </message>
    <message>
        <source>Customers&apos; details cannot be opened: no key. Set a passphrase to start again.</source>
        <translation>Kunduppgifterna kan inte öppnas eftersom nyckeln saknas. Ange en lösenfras för att börja om.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s secure key store and protected by the point&apos;s passphrase.</source>
        <translation>Nyckeln förvaras i datorns säkra nyckelförråd och skyddas av stödpunktens lösenfras.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s secure key store. Set a passphrase so the data can be opened on another computer.</source>
        <translation>Nyckeln förvaras i datorns säkra nyckelförråd. Ange en lösenfras så att uppgifterna kan öppnas också på en annan dator.</translation>
    </message>
    <message>
        <source>This computer has no secure key store: the point&apos;s passphrase is asked once each time Digituki starts.</source>
        <translation>Den här datorn har inget säkert nyckelförråd: stödpunktens lösenfras frågas en gång varje gång Digituki startar.</translation>
    </message>
    <message>
        <source>This point signs its coordinator files with the key {fingerprint}. If the coordinator asks, read it out on the phone.</source>
        <translation>Den här stödpunkten signerar sina koordinatorfiler med nyckeln {fingerprint}. Om koordinatorn frågar, läs upp den per telefon.</translation>
    </message>
    <message>
        <source>Old contact details have not been removed yet.</source>
        <translation>Gamla kontaktuppgifter har inte tagits bort ännu.</translation>
    </message>
    <message>
        <source>Old contact details and notes were last removed on {date} at {time}: {count} records cleared.</source>
        <translation>Gamla kontaktuppgifter och anteckningar togs senast bort {date} kl. {time}: {count} uppgifter rensades.</translation>
    </message>
    <message>
        <source>A PIN is set; type a new one to change it</source>
        <translation>En PIN-kod är angiven; skriv en ny för att byta den</translation>
    </message>
    <message>
        <source>The passphrase was saved.</source>
        <translation>Lösenfrasen sparades.</translation>
    </message>
    <message>
        <source>Choose the folder or USB stick for the backup</source>
        <translation>Välj mapp eller USB-minne för säkerhetskopian</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Write a backup of all data to {folder}?

The backup holds customers&apos; names and phone numbers (encrypted) until you delete the copy: the retention purge cannot reach a copy outside Digituki&apos;s own folder. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Skriva en säkerhetskopia av alla data till {folder}?

Säkerhetskopian innehåller kundernas namn och telefonnummer (krypterade) tills du raderar kopian: den automatiska rensningen når inte kopior utanför Digitukis egen mapp. Förvara den säkert och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}. It holds customers&apos; details until you delete it.</source>
        <translation>Säkerhetskopian är skriven och kontrollerad: {path}. Den innehåller kunduppgifter tills du raderar den.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Säkerhetskopian skrivs…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Välj säkerhetskopian som ska återställas</translation>
    </message>
    <message>
        <source>Digituki backups (*.sqlite3)</source>
        <translation>Digitukis säkerhetskopior (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace all data with the backup {name}? Changes made after the backup are lost. The current data file is kept aside.</source>
        <translation>Ersätta alla uppgifter med säkerhetskopian {name}? Ändringar efter säkerhetskopian går förlorade. Den nuvarande datafilen sparas åt sidan.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Säkerhetskopian återställs…</translation>
    </message>
    <message>
        <source>The lock settings were saved.</source>
        <translation>Låsinställningarna sparades.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Kl.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Form av stöd</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Mo&amp;nth:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>Fri&amp;villig:</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Res&amp;ultat:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Registrerade besök</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Rätta…</translation>
    </message>
    <message>
        <source>Correct the selected session</source>
        <translation>Rätta det valda besöket</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Ta bort det valda besöket</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>Alla frivilliga</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alla resultat</translation>
    </message>
    <message>
        <source>Sessions: {count}</source>
        <translation>Besök: {count}</translation>
    </message>
    <message>
        <source>the statistics of this month were already sent</source>
        <translation>statistiken för den här månaden är redan skickad</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>Välj först ett besök i listan.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Ta bort besök</translation>
    </message>
    <message>
        <source>Delete the session of {date} ({topics})? You can undo this.</source>
        <translation>Ta bort besöket {date} ({topics})? Du kan ångra det.</translation>
    </message>
    <message>
        <source>The session was deleted. &quot;Undo last save&quot; brings it back.</source>
        <translation>Besöket togs bort. &quot;Ångra senaste sparning&quot; tar tillbaka det.</translation>
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
        <source>C&amp;olours:</source>
        <translation>&amp;Färger:</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Färger</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Vanliga</translation>
    </message>
    <message>
        <source>High contrast (black, white, yellow)</source>
        <translation>Hög kontrast (svart, vitt, gult)</translation>
    </message>
    <message>
        <source>&amp;Use Digituki as:</source>
        <translation>&amp;Använd Digituki som:</translation>
    </message>
    <message>
        <source>Use Digituki as</source>
        <translation>Använd Digituki som</translation>
    </message>
    <message>
        <source>A digital-support point (the desk)</source>
        <translation>Digistödspunkt (kundbetjäning)</translation>
    </message>
    <message>
        <source>Regional coordinator (collect the points&apos; statistics)</source>
        <translation>Områdets koordinator (samlar punkternas statistik)</translation>
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
        <source>This region (its name heads the regional report)</source>
        <translation>Det här området (namnet står i områdesrapportens rubrik)</translation>
    </message>
    <message>
        <source>&amp;Name of the region:</source>
        <translation>Områdets &amp;namn:</translation>
    </message>
    <message>
        <source>Name of the region</source>
        <translation>Områdets namn</translation>
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
        <source>Point&apos;s &amp;phone number:</source>
        <translation>Punktens &amp;telefonnummer:</translation>
    </message>
    <message>
        <source>Point&apos;s phone number</source>
        <translation>Punktens telefonnummer</translation>
    </message>
    <message>
        <source>printed on slips, e.g. 09 123 4567</source>
        <translation>skrivs ut på bekräftelser, t.ex. 09 123 4567</translation>
    </message>
    <message>
        <source>&amp;Where to find us:</source>
        <translation>&amp;Var du hittar oss:</translation>
    </message>
    <message>
        <source>Where to find us</source>
        <translation>Var du hittar oss</translation>
    </message>
    <message>
        <source>e.g. Main library, 2nd floor, information desk</source>
        <translation>t.ex. Huvudbiblioteket, 2 vån., informationsdisken</translation>
    </message>
    <message>
        <source>Point&apos;s &amp;e-mail:</source>
        <translation>Punktens &amp;e-post:</translation>
    </message>
    <message>
        <source>Point&apos;s e-mail</source>
        <translation>Punktens e-post</translation>
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
        <source>Customers&apos; usual language of ser&amp;vice:</source>
        <translation>Kundernas vanliga &amp;betjäningsspråk:</translation>
    </message>
    <message>
        <source>Customers&apos; usual language of service</source>
        <translation>Kundernas vanliga betjäningsspråk</translation>
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
        <source>Import a new topic list from the &amp;coordinator…</source>
        <translation>Importera en ny ämneslista från &amp;koordinatorn…</translation>
    </message>
    <message>
        <source>Import a new topic list from the coordinator</source>
        <translation>Importera en ny ämneslista från koordinatorn</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Språket har bytts.</translation>
    </message>
    <message>
        <source>Colours changed.</source>
        <translation>Färgerna har ändrats.</translation>
    </message>
    <message>
        <source>Switch to coordinator mode now? The window changes to the coordinator&apos;s view with its own data. The point&apos;s data stays safe and comes back when you switch back here.</source>
        <translation>Byta till koordinatorläge nu? Fönstret byter till koordinatorns vy med egna uppgifter. Punktens uppgifter förblir trygga och kommer tillbaka när du byter tillbaka här.</translation>
    </message>
    <message>
        <source>Switch back to the digital-support point&apos;s desk now? The coordinator&apos;s data stays safe.</source>
        <translation>Byta tillbaka till digistödspunktens vy nu? Koordinatorns uppgifter förblir trygga.</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Byt läge</translation>
    </message>
    <message>
        <source>The point&apos;s details were saved.</source>
        <translation>Punktens uppgifter har sparats.</translation>
    </message>
    <message>
        <source>Choose the topic-list file</source>
        <translation>Välj ämneslistans fil</translation>
    </message>
    <message>
        <source>Topic-list files (*.json);;All files (*)</source>
        <translation>Ämneslistor (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Topic list version {version} is now in use ({added} new topics, {changed} changed). The regional reports count earlier statistics under the new topics.</source>
        <translation>Ämneslistans version {version} används nu ({added} nya ämnen, {changed} ändrade). Områdesrapporterna räknar tidigare statistik under de nya ämnena.</translation>
    </message>
    <message>
        <source>The list is signed by the coordinator key {fingerprint}. This point keeps that key from now on and refuses lists signed by another one. Compare the fingerprint with your coordinator on the phone.</source>
        <translation>Listan är signerad med koordinatorns nyckel {fingerprint}. Den här stödpunkten behåller nyckeln från och med nu och vägrar listor som signerats med en annan. Jämför fingeravtrycket med din koordinator per telefon.</translation>
    </message>
    <message>
        <source>This topic list is signed by ANOTHER key than the coordinator&apos;s lists before: {fingerprint}.

Someone else may have made it. Accept it only if your coordinator tells you on the phone that their key changed and reads out the same fingerprint.</source>
        <translation>Den här ämneslistan är signerad med en ANNAN nyckel än koordinatorns tidigare listor: {fingerprint}.

Någon annan kan ha gjort den. Godkänn den bara om din koordinator säger per telefon att nyckeln har bytts och läser upp samma fingeravtryck.</translation>
    </message>
    <message>
        <source>This topic list is NOT SIGNED: anyone can make such a file.

Accept it only if you are sure it comes from your coordinator.</source>
        <translation>Den här ämneslistan är INTE SIGNERAD: vem som helst kan göra en sådan fil.

Godkänn den bara om du är säker på att den kommer från din koordinator.</translation>
    </message>
    <message>
        <source>Accept this topic list?</source>
        <translation>Godkänna den här ämneslistan?</translation>
    </message>
    <message>
        <source>This topic list (or a newer one) is already in use.</source>
        <translation>Den här ämneslistan (eller en nyare) används redan.</translation>
    </message>
    <message>
        <source>This topic list skips a version. Import the coordinator&apos;s earlier topic list first.</source>
        <translation>Den här ämneslistan hoppar över en version. Importera först koordinatorns tidigare ämneslista.</translation>
    </message>
    <message>
        <source>The file was damaged or changed after it was made.</source>
        <translation>Filen har skadats eller ändrats efter att den gjordes.</translation>
    </message>
    <message>
        <source>The file was changed after the coordinator signed it.</source>
        <translation>Filen har ändrats efter att koordinatorn signerade den.</translation>
    </message>
    <message>
        <source>This file is not a usable topic list from the coordinator.</source>
        <translation>Filen är ingen användbar ämneslista från koordinatorn.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
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
<context>
    <name>TodayArea</name>
    <message>
        <source>Today: {day}</source>
        <translation>Idag: {day}</translation>
    </message>
    <message>
        <source>&amp;Walk-in customer</source>
        <translation>&amp;Kund utan tidsbokning</translation>
    </message>
    <message>
        <source>Walk-in customer: start helping without a booking</source>
        <translation>Kund utan tidsbokning: börja hjälpa utan bokning</translation>
    </message>
    <message>
        <source>Start helping a customer who has no booking ({keys})</source>
        <translation>Börja hjälpa en kund som inte har bokat ({keys})</translation>
    </message>
    <message>
        <source>Book a time for a customer ({keys})</source>
        <translation>Boka en tid för en kund ({keys})</translation>
    </message>
    <message>
        <source>&amp;New booking (Ctrl+N)</source>
        <translation>&amp;Ny bokning (Ctrl+N)</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Ny bokning</translation>
    </message>
    <message>
        <source>Today&apos;s bookings and free times</source>
        <translation>Dagens bokningar och lediga tider</translation>
    </message>
    <message>
        <source>The point has no opening hours today. Walk-in customers can still be helped.</source>
        <translation>Stödpunkten har inga bokningstider idag. Kunder utan bokning kan ändå få hjälp.</translation>
    </message>
    <message>
        <source>No free times left today.</source>
        <translation>Inga lediga tider kvar idag.</translation>
    </message>
    <message>
        <source>{time} ({count} free)</source>
        <translation>{time} ({count} lediga)</translation>
    </message>
    <message>
        <source>Free times today: {times}</source>
        <translation>Lediga tider idag: {times}</translation>
    </message>
    <message>
        <source>Booked: {time}.</source>
        <translation>Bokad: {time}.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved input</source>
        <translation>Osparade uppgifter</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Förkasta</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Gå tillbaka</translation>
    </message>
</context>
</TS>
