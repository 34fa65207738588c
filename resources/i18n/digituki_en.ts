<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BookingActions</name>
    <message>
        <source>&amp;Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation sl&amp;ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the customer as arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start helping this customer and open the help log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark that the customer did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the customer&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the booking to another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the confirmation slip to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: the customer did not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next free time is chosen already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show free times from &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show free times from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics the customer needs help with; Space ticks a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearing difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vision difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings own device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phon&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a confirmation &amp;slip to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} (free places: {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no free times. Add opening hours in Bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
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
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brings: {devices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(contact details cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(contact details removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside opening hours: move or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point is not open at this time. Choose one of the offered times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is already fully booked. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number does not look right. Write it like 040 123 4567 or +358 40 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the customer&apos;s name or phone number (at least one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen topics is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done to a booking in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown booking state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has not started yet, so it cannot be marked as not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hours overlap with opening hours already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is already marked as closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next free time is {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digituki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes and needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsArea</name>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New booking (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wee&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings and free times of the week. Enter books a free time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the call list as a PDF to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers to phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opening hours this week. Set them in the Opening hours tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} booking(s) are outside the opening hours: move or cancel them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customer(s) to phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings on this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>The passphrase must be at least {low} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
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
        <source>This database was saved by a newer version of Digituki, so it is open for reading only: nothing can be saved. Install the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made or read. Check that the folder or USB stick has free space and is not write-protected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a working Digituki backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Digituki can bring back the newest backup; the damaged file is kept aside.</source>
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
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <source>New guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a guide for this point. Numbered steps work best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide was written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes stay at this point. Later versions of the guide pack will not overwrite them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service the guide is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: OmaKanta (Kela)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the guide was last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics of the guide (tick one or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text (left) and how it will look (right):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide text in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write steps as 1. 2. 3. on their own lines. ## starts a heading, - starts a bullet point, **text** is bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the service the guide is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick at least one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the steps of the guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideErrors</name>
    <message>
        <source>The file is not a guide pack. A guide pack is a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {entry} in the pack is damaged or locked with a password. Ask for a new copy of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has too many files (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is too large or contains a file that is too large ({entry}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains a file with an unsafe name ({entry}). It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains a link to another file ({entry}). It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains a file that does not belong in a guide pack ({entry}). Only guides (.md), pictures (.png, .jpg, .gif) and pack.yaml are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains the same file twice ({entry}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has no pack.yaml file telling its name and version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack.yaml file must give the pack&apos;s id, name and version (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {entry} is not saved as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture {entry} is not a real PNG, JPEG or GIF picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack uses a name reserved for Digituki&apos;s own guides ({pack}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains no guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {installed} of the pack “{pack}” is already in use. Only a newer version can replace it (this file has version {offered}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digituki&apos;s own guides and the guides written here cannot be removed as a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide {entry} does not start with its details (title, language, topics …) between two --- lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details at the start of the guide {entry} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide {entry} is missing the “{item}” detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “{item}” detail of the guide {entry} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the guide {entry} must be fi, sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide {entry} refers to an unknown topic: {topic}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide {entry} has too many topics (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name (slug) of the guide {entry} may only contain a–z, 0–9 and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date of the guide {entry} must look like 2026-11-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the guide {entry} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has the same guide twice in one language: {entry} and {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide “{slug}” ({language}) already comes from another pack: {pack}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide already exists in that language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only guides written here can be deleted one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no guides written here yet, so there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideList</name>
    <message>
        <source>⚠ possibly out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the guide as a large-print PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this guide (the change stays here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this guide written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a guide and choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Add to fa&amp;vourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Remove from fa&amp;vourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly out of date: this guide was last reviewed more than 12 months ago. Check the steps against the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the guide as a PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout was saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the guide “{title}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesArea</name>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word, for example: valtuutus, resepti, huijaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show guides of this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only favourite guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide packs: import, export, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a guide pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport our guides as a pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove a guide pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides found. Try a shorter word, another topic or “All languages”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new guide was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a guide pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide pack “{name}” (version {version}) was imported: {added} guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide pack “{name}” was updated to version {version}: {added} new, {updated} updated, {removed} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} guides edited here were kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide pack was not imported. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import guide pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the guide pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export our guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our-guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} guides were exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove guide pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide packs have been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (version {version}, {count} guides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which guide pack do you want to remove?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the guide pack “{name}” and its {count} guides? Guides edited here are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide pack was removed ({count} guides).</source>
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
    <name>LinkedGuides</name>
    <message>
        <source>G&amp;uides for these topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides for the chosen topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides for these topics yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic to see its guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly out of date</source>
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
    <name>OpeningHoursEditor</name>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of an &amp;appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of an appointment in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers &amp;at the same time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers can be helped at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the appointment length and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these weekly opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected weekly opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days and extra openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed or extra opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra opening starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra opening ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;xception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this closed day or extra opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected e&amp;xception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra opening {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bookings no longer fit the opening hours. They were kept: move or cancel them in the week view (they are marked there).

{bookings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the hours to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the exception to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception removed.</source>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Set the point&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. Choose a passphrase for this point (at least 10 characters, for example a short sentence). You can print it on a recovery sheet for the point&apos;s lead. Without it, the names cannot be opened on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customers&apos; details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the point&apos;s passphrase to show customers&apos; names and phone numbers. If you do not know it, press Cancel: everything else works, names are shown as –.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
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
    <name>Privacy</name>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Warning: the database is on a network drive. Use a folder on this computer so that nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a recovery sheet to print? It holds the passphrase: keep the paper locked away with the point&apos;s lead, and delete the file after printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digituki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged and there is no backup to bring back. Ask your support person for help. The damaged file is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Bring back the newest backup from {date} at {time}? Changes made after it are lost. The damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing back the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; details are hidden while nobody uses Digituki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show customers&apos; details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers&apos; details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or change the point&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now to a folder or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the data from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide customers&apos; details after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before customers&apos; details are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point P&amp;IN to show them (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point PIN, 4 to 12 digits; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–12 digits; leave empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;lock settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lock settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; details are locked on this computer. Use the passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; details cannot be opened: no key. Set a passphrase to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s secure key store and protected by the point&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s secure key store. Set a passphrase so the data can be opened on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure key store: the point&apos;s passphrase is asked once each time Digituki starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old contact details have not been removed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old contact details and notes were last removed on {date} at {time}: {count} records cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is set; type a new one to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder or USB stick for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup of all data to {folder}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digituki backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all data with the backup {name}? Changes made after the backup are lost. The current data file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock settings were saved.</source>
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
<context>
    <name>TodayArea</name>
    <message>
        <source>Today: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer: start helping without a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New booking (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s bookings and free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point has no opening hours today. Walk-in customers can still be helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free times left today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} ({count} free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times today: {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
