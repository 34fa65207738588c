<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The value must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Finnish, Swedish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This information is needed. Please fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Digituki. Install the newest version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not found. It may have been removed on another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this at the same time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the information you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digituki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved work is safe. If it happens again, tell your support person; the details are in the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormTab</name>
    <message>
        <source>&amp;Topic: type a word, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: omakanta, valtuutus, scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start h&amp;our:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (&amp;minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of &amp;support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting on &amp;behalf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referr&amp;ed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting on someone&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for this point; never sent; deleted automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the timer from zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and log another like this (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and log another session like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop correcting and start a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting on someone&apos;s behalf: the customer logs in with their own codes. For lasting help, Suomi.fi e-Authorizations is the right tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banking: never handle the customer&apos;s bank codes or passwords. The customer types them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope? Refer the customer to Kansalaisneuvonta (citizens&apos; advice), kansalaisneuvonta.fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One click for each customer you could not help today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last turned-away click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic chosen: {topic}. Press Enter to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private note cannot be opened on this computer; it stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are correcting a session of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics of this month were already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved: {topics}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {topics}, {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next one has the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: one customer turned away ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last turned-away click was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (today {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a customer turned away: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions logged: {sessions}. Customers turned away: {turned}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpLogArea</name>
    <message>
        <source>Help log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the help log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last save was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics already sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpLogErrors</name>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future. Choose today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start hour must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one topic: type a word in the topic box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most {limit} topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That topic is not in the list. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person is only possible for a group session. Choose &quot;Group session or course&quot; or set the number of people to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the customer was referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private note cannot be saved on this computer. Leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line from the paper sheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On line {line}, the number must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volunteer with this name is already in the list. Add an initial to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;other&quot; topics are always shown, so they cannot be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics of {month} were already sent. Change this session anyway? The sent statistics will be marked as out of date, so they can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpLogValues</name>
    <message>
        <source>On site, booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site, walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote, by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote, video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session or course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25–44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45–64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65–74</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75–84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>85 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point&apos;s computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, with Suomi.fi e-Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, with a written power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, as guardian or trustee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to use the customer&apos;s codes: declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s own customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansalaisneuvonta (citizens&apos; advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another digital-support point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteer free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digituki — digital support desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Digituki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Digituki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digituki {version}

For digital-support points: bookings, help log, guides and anonymous statistics.

Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageTab</name>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names or initials only. The names stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers of this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer&apos;s first name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tive or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected volunteer active or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the shift in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics shown in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick topics this point never deals with. The &quot;other&quot; topics are always shown. Statistics use the same codes at every point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the topic choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic choices were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was changed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer active. Their sessions stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shifts recorded this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <source>Paper sheet for days without a computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the one-page sheet. It has the same topics and questions as the form. Enter the filled sheet below later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the paper sheet as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a filled paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line for each kind of customer: topic number, age and outcome, and how many customers were like that. The values above apply to the whole sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date on the sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start h&amp;our:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of &amp;support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all lines of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers on the sheet: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions saved from the paper sheet: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digital-support-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet was saved as {path}. It opens now so you can print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Mo&amp;nth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statistics of this month were already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of {date} ({topics})? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was deleted. &quot;Undo last save&quot; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This digital-support point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep customers&apos; contact details for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep customers&apos; contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the point&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the point&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point&apos;s details were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
