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
        <translation>I dag</translation>
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
        <source>Timer: {minutes} min</source>
        <translation>Tidtagning: {minutes} min</translation>
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
    <name>HelpLogArea</name>
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
        <translation>Kommunen</translation>
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
    <name>Placeholder</name>
    <message>
        <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
        <translation>Den här delen av Digituki är inte klar ännu. Den kommer i en senare version. Fortsätt tills vidare som du brukar.</translation>
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
        <translation>Ämn&amp;e:</translation>
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
        <source>&amp;Save the point&apos;s details</source>
        <translation>S&amp;para punktens uppgifter</translation>
    </message>
    <message>
        <source>Save the point&apos;s details</source>
        <translation>Spara punktens uppgifter</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Språket har bytts.</translation>
    </message>
    <message>
        <source>The point&apos;s details were saved.</source>
        <translation>Punktens uppgifter har sparats.</translation>
    </message>
</context>
</TS>
