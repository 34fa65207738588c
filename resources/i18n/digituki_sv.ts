<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
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
            <source>Change the customer's details</source>
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
            <source>Customer's name</source>
            <translation>Kundens namn</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Tele&amp;fon:</translation>
        </message>
        <message>
            <source>Customer's phone number</source>
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
            <source>Customer's language</source>
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
            <source>Write the customer's name or phone number (at least one of them).</source>
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
            <translation>Bokningar</translation>
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
            <source>&amp;New booking (Ctrl+N)</source>
            <translation>&amp;Ny bokning (Ctrl+N)</translation>
        </message>
        <message>
            <source>New booking</source>
            <translation>Ny bokning</translation>
        </message>
        <message>
            <source>Today's bookings and free times</source>
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
</TS>
