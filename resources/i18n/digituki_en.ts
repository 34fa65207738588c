<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>Clear the text</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Arrived</translation>
    </message>
    <message>
        <source>Start &amp;help</source>
        <translation>Start &amp;help</translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation>Did &amp;not come</translation>
    </message>
    <message>
        <source>Cance&amp;l booking</source>
        <translation>Cance&amp;l booking</translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation>Chan&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Confirmation sl&amp;ip</source>
        <translation>Confirmation sl&amp;ip</translation>
    </message>
    <message>
        <source>Mark the customer as arrived</source>
        <translation>Mark the customer as arrived</translation>
    </message>
    <message>
        <source>Start helping this customer and open the help log</source>
        <translation>Start helping this customer and open the help log</translation>
    </message>
    <message>
        <source>Mark that the customer did not come</source>
        <translation>Mark that the customer did not come</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details</source>
        <translation>Change the customer&apos;s details</translation>
    </message>
    <message>
        <source>Move the booking to another time</source>
        <translation>Move the booking to another time</translation>
    </message>
    <message>
        <source>Open the confirmation slip to print</source>
        <translation>Open the confirmation slip to print</translation>
    </message>
    <message>
        <source>Marked as arrived.</source>
        <translation>Marked as arrived.</translation>
    </message>
    <message>
        <source>Marked: the customer did not come.</source>
        <translation>Marked: the customer did not come.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Cancel the booking at {time}?</source>
        <translation>Cancel the booking at {time}?</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>The booking was cancelled.</translation>
    </message>
    <message>
        <source>Help started.</source>
        <translation>Help started.</translation>
    </message>
    <message>
        <source>The booking was changed.</source>
        <translation>The booking was changed.</translation>
    </message>
    <message>
        <source>The booking was moved.</source>
        <translation>The booking was moved.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>Change booking</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Move booking</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Time of the appointment</source>
        <translation>Time of the appointment</translation>
    </message>
    <message>
        <source>The next free time is chosen already.</source>
        <translation>The next free time is chosen already.</translation>
    </message>
    <message>
        <source>Show free times from &amp;date:</source>
        <translation>Show free times from &amp;date:</translation>
    </message>
    <message>
        <source>Show free times from this date</source>
        <translation>Show free times from this date</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>Customer&apos;s phone number</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>e.g. 040 123 4567</translation>
    </message>
    <message>
        <source>Needs help &amp;with:</source>
        <translation>Needs help &amp;with:</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Find a topic</translation>
    </message>
    <message>
        <source>Type to find a topic</source>
        <translation>Type to find a topic</translation>
    </message>
    <message>
        <source>Topics the customer needs help with; Space ticks a topic</source>
        <translation>Topics the customer needs help with; Space ticks a topic</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Customer&apos;s language</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Needs an &amp;interpreter</translation>
    </message>
    <message>
        <source>&amp;Hearing difficulty</source>
        <translation>&amp;Hearing difficulty</translation>
    </message>
    <message>
        <source>&amp;Vision difficulty</source>
        <translation>&amp;Vision difficulty</translation>
    </message>
    <message>
        <source>Brings own device</source>
        <translation>Brings own device</translation>
    </message>
    <message>
        <source>Mobile phon&amp;e</source>
        <translation>Mobile phon&amp;e</translation>
    </message>
    <message>
        <source>T&amp;ablet</source>
        <translation>T&amp;ablet</translation>
    </message>
    <message>
        <source>Laptop &amp;computer</source>
        <translation>Laptop &amp;computer</translation>
    </message>
    <message>
        <source>Open a confirmation &amp;slip to print</source>
        <translation>Open a confirmation &amp;slip to print</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Move here</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Booked time: {time}</source>
        <translation>Booked time: {time}</translation>
    </message>
    <message>
        <source>No topic matches what you typed.</source>
        <translation>No topic matches what you typed.</translation>
    </message>
    <message>
        <source>Topic ticked: {topic}. Press Enter to book.</source>
        <translation>Topic ticked: {topic}. Press Enter to book.</translation>
    </message>
    <message>
        <source>The booking has not been saved. Discard what you typed?</source>
        <translation>The booking has not been saved. Discard what you typed?</translation>
    </message>
    <message>
        <source>&amp;Discard the booking</source>
        <translation>&amp;Discard the booking</translation>
    </message>
    <message>
        <source>{time} (free places: {count})</source>
        <translation>{time} (free places: {count})</translation>
    </message>
    <message>
        <source>There are no free times. Add opening hours in Bookings.</source>
        <translation>There are no free times. Add opening hours in Bookings.</translation>
    </message>
    <message>
        <source>Choose a time first.</source>
        <translation>Choose a time first.</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Being helped</source>
        <translation>Being helped</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Other language</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>tablet</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation>needs an interpreter</translation>
    </message>
    <message>
        <source>hearing difficulty</source>
        <translation>hearing difficulty</translation>
    </message>
    <message>
        <source>vision difficulty</source>
        <translation>vision difficulty</translation>
    </message>
    <message>
        <source>brings: {devices}</source>
        <translation>brings: {devices}</translation>
    </message>
    <message>
        <source>(contact details cannot be read)</source>
        <translation>(contact details cannot be read)</translation>
    </message>
    <message>
        <source>Customer, name removed</source>
        <translation>Customer, name removed</translation>
    </message>
    <message>
        <source>(contact details removed)</source>
        <translation>(contact details removed)</translation>
    </message>
    <message>
        <source>outside opening hours: move or cancel</source>
        <translation>outside opening hours: move or cancel</translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time.</source>
        <translation>This time has already passed. Choose a later time.</translation>
    </message>
    <message>
        <source>The point is not open at this time. Choose one of the offered times.</source>
        <translation>The point is not open at this time. Choose one of the offered times.</translation>
    </message>
    <message>
        <source>This time is already fully booked. Choose another time.</source>
        <translation>This time is already fully booked. Choose another time.</translation>
    </message>
    <message>
        <source>This phone number does not look right. Write it like 040 123 4567 or +358 40 123 4567.</source>
        <translation>This phone number does not look right. Write it like 040 123 4567 or +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Write the customer&apos;s name or phone number (at least one of them).</source>
        <translation>Write the customer&apos;s name or phone number (at least one of them).</translation>
    </message>
    <message>
        <source>One of the chosen topics is not in the list.</source>
        <translation>One of the chosen topics is not in the list.</translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation>Choose one of the options in the list.</translation>
    </message>
    <message>
        <source>This cannot be done to a booking in its current state.</source>
        <translation>This cannot be done to a booking in its current state.</translation>
    </message>
    <message>
        <source>Unknown booking state.</source>
        <translation>Unknown booking state.</translation>
    </message>
    <message>
        <source>The appointment has not started yet, so it cannot be marked as not come.</source>
        <translation>The appointment has not started yet, so it cannot be marked as not come.</translation>
    </message>
    <message>
        <source>This booking can no longer be changed.</source>
        <translation>This booking can no longer be changed.</translation>
    </message>
    <message>
        <source>Only a booked appointment can be moved.</source>
        <translation>Only a booked appointment can be moved.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>These hours overlap with opening hours already on the list.</source>
        <translation>These hours overlap with opening hours already on the list.</translation>
    </message>
    <message>
        <source>This day is already marked as closed.</source>
        <translation>This day is already marked as closed.</translation>
    </message>
    <message>
        <source>The next free time is {when}.</source>
        <translation>The next free time is {when}.</translation>
    </message>
    <message>
        <source>Digituki</source>
        <translation>Digituki</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Save the document as</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>No PDF viewer</translation>
    </message>
    <message>
        <source>The document was made, but this computer has no program that opens PDF files. Save it and print it from another computer, or ask your support person to install a PDF viewer.</source>
        <translation>The document was made, but this computer has no program that opens PDF files. Save it and print it from another computer, or ask your support person to install a PDF viewer.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>The document could not be saved there. Choose another folder.</source>
        <translation>The document could not be saved there. Choose another folder.</translation>
    </message>
    <message>
        <source>The document was saved: {path}</source>
        <translation>The document was saved: {path}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Wishes and needs</source>
        <translation>Wishes and needs</translation>
    </message>
    <message>
        <source>Free places: {count}</source>
        <translation>Free places: {count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>no number</translation>
    </message>
</context>
<context>
    <name>BookingsArea</name>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>&amp;New booking (Ctrl+N)</source>
        <translation>&amp;New booking (Ctrl+N)</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Book a time for a customer ({keys})</source>
        <translation>Book a time for a customer ({keys})</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;Call list</source>
        <translation>&amp;Call list</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>C&amp;ustomers</translation>
    </message>
    <message>
        <source>Find a customer, print what we hold, erase their data</source>
        <translation>Find a customer, print what we hold, erase their data</translation>
    </message>
    <message>
        <source>Bookings views</source>
        <translation>Bookings views</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Previous week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>This wee&amp;k</source>
        <translation>This wee&amp;k</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>Ne&amp;xt week ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Bookings and free times of the week. Enter books a free time.</source>
        <translation>Bookings and free times of the week. Enter books a free time.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Day of the call list</source>
        <translation>Day of the call list</translation>
    </message>
    <message>
        <source>&amp;Print the call list</source>
        <translation>&amp;Print the call list</translation>
    </message>
    <message>
        <source>Open the call list as a PDF to print</source>
        <translation>Open the call list as a PDF to print</translation>
    </message>
    <message>
        <source>Customers to phone</source>
        <translation>Customers to phone</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Week {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>No opening hours this week. Set them in the Opening hours tab.</source>
        <translation>No opening hours this week. Set them in the Opening hours tab.</translation>
    </message>
    <message>
        <source>{count} booking(s) are outside the opening hours: move or cancel them.</source>
        <translation>{count} booking(s) are outside the opening hours: move or cancel them.</translation>
    </message>
    <message>
        <source>Booked: {time}.</source>
        <translation>Booked: {time}.</translation>
    </message>
    <message>
        <source>{count} customer(s) to phone.</source>
        <translation>{count} customer(s) to phone.</translation>
    </message>
    <message>
        <source>No bookings on this day.</source>
        <translation>No bookings on this day.</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>The shared database is back.</source>
        <translation>The shared database is back.</translation>
    </message>
    <message>
        <source>Help sessions kept on this computer were sent: {count}.</source>
        <translation>Help sessions kept on this computer were sent: {count}.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. What you see may be out of date.</source>
        <translation>The shared database cannot be reached. What you see may be out of date.</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>Choose two different points to merge.</source>
        <translation>Choose two different points to merge.</translation>
    </message>
    <message>
        <source>That point has already been merged into another one.</source>
        <translation>That point has already been merged into another one.</translation>
    </message>
    <message>
        <source>The file is too large to be a statistics file.</source>
        <translation>The file is too large to be a statistics file.</translation>
    </message>
    <message>
        <source>The file is not a statistics file (wrong text).</source>
        <translation>The file is not a statistics file (wrong text).</translation>
    </message>
    <message>
        <source>The file is damaged or not a statistics file.</source>
        <translation>The file is damaged or not a statistics file.</translation>
    </message>
    <message>
        <source>The file is not a statistics file.</source>
        <translation>The file is not a statistics file.</translation>
    </message>
    <message>
        <source>The file was made by a Digituki version this one does not know.</source>
        <translation>The file was made by a Digituki version this one does not know.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not in the right form.</source>
        <translation>The file&apos;s contents are not in the right form.</translation>
    </message>
    <message>
        <source>The file was damaged or changed after it was saved (checksum).</source>
        <translation>The file was damaged or changed after it was saved (checksum).</translation>
    </message>
    <message>
        <source>The file was changed after the point signed it (signature).</source>
        <translation>The file was changed after the point signed it (signature).</translation>
    </message>
    <message>
        <source>The file uses an unknown topic list.</source>
        <translation>The file uses an unknown topic list.</translation>
    </message>
    <message>
        <source>The file covers more than one month.</source>
        <translation>The file covers more than one month.</translation>
    </message>
    <message>
        <source>The file&apos;s month is impossibly old.</source>
        <translation>The file&apos;s month is impossibly old.</translation>
    </message>
    <message>
        <source>The file&apos;s month is in the future.</source>
        <translation>The file&apos;s month is in the future.</translation>
    </message>
    <message>
        <source>The file says it was made in the future (check the point&apos;s clock).</source>
        <translation>The file says it was made in the future (check the point&apos;s clock).</translation>
    </message>
    <message>
        <source>A number in the file is not a whole number of zero or more.</source>
        <translation>A number in the file is not a whole number of zero or more.</translation>
    </message>
    <message>
        <source>A number in the file is impossibly large.</source>
        <translation>A number in the file is impossibly large.</translation>
    </message>
    <message>
        <source>A table in the file has the wrong form.</source>
        <translation>A table in the file has the wrong form.</translation>
    </message>
    <message>
        <source>A table appears twice in the file.</source>
        <translation>A table appears twice in the file.</translation>
    </message>
    <message>
        <source>A number appears twice in a table.</source>
        <translation>A number appears twice in a table.</translation>
    </message>
    <message>
        <source>The file has far too many numbers.</source>
        <translation>The file has far too many numbers.</translation>
    </message>
    <message>
        <source>A different file with the same identity was imported before. This one was not used.</source>
        <translation>A different file with the same identity was imported before. This one was not used.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The file could not be used.</source>
        <translation>The file could not be used.</translation>
    </message>
</context>
<context>
    <name>CoordinatorArea</name>
    <message>
        <source>Coordinator: the region&apos;s statistics</source>
        <translation>Coordinator: the region&apos;s statistics</translation>
    </message>
    <message>
        <source>Coordinator sections</source>
        <translation>Coordinator sections</translation>
    </message>
    <message>
        <source>&amp;Import files</source>
        <translation>&amp;Import files</translation>
    </message>
    <message>
        <source>&amp;Who has sent</source>
        <translation>&amp;Who has sent</translation>
    </message>
    <message>
        <source>&amp;Regional report</source>
        <translation>&amp;Regional report</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Points</translation>
    </message>
    <message>
        <source>Drag the points&apos; statistics files (.json) or a whole folder here.
Or use the buttons below.</source>
        <translation>Drag the points&apos; statistics files (.json) or a whole folder here.
Or use the buttons below.</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Drop files here</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>A&amp;dd files…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Add a folder</translation>
    </message>
    <message>
        <source>&amp;Review held-back files…</source>
        <translation>&amp;Review held-back files…</translation>
    </message>
    <message>
        <source>Review files held back</source>
        <translation>Review files held back</translation>
    </message>
    <message>
        <source>Accept a point&apos;s new key (or its unsigned files) after checking with it</source>
        <translation>Accept a point&apos;s new key (or its unsigned files) after checking with it</translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation>What happened to each file</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year of the table</source>
        <translation>Year of the table</translation>
    </message>
    <message>
        <source>&amp;Save the table…</source>
        <translation>&amp;Save the table…</translation>
    </message>
    <message>
        <source>Save the table as a file</source>
        <translation>Save the table as a file</translation>
    </message>
    <message>
        <source>Points and months: who has sent their file</source>
        <translation>Points and months: who has sent their file</translation>
    </message>
    <message>
        <source>✓ received   ↻ received, a newer file replaced an older one   ✗ missing   – point closed   · month not over yet   ⚠ signed with a new key</source>
        <translation>✓ received   ↻ received, a newer file replaced an older one   ✗ missing   – point closed   · month not over yet   ⚠ signed with a new key</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>Which period</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Sh&amp;ow:</translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation>Length of the period</translation>
    </message>
    <message>
        <source>One month</source>
        <translation>One month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>{year}, quarter {n}</source>
        <translation>{year}, quarter {n}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ta&amp;bles:</source>
        <translation>Ta&amp;bles:</translation>
    </message>
    <message>
        <source>Tables of the regional report</source>
        <translation>Tables of the regional report</translation>
    </message>
    <message>
        <source>Numbers of the chosen table</source>
        <translation>Numbers of the chosen table</translation>
    </message>
    <message>
        <source>Save the regional report</source>
        <translation>Save the regional report</translation>
    </message>
    <message>
        <source>Save P&amp;DF</source>
        <translation>Save P&amp;DF</translation>
    </message>
    <message>
        <source>Save the regional report as PDF</source>
        <translation>Save the regional report as PDF</translation>
    </message>
    <message>
        <source>Save &amp;Excel (XLSX)</source>
        <translation>Save &amp;Excel (XLSX)</translation>
    </message>
    <message>
        <source>Save the regional report as an Excel file</source>
        <translation>Save the regional report as an Excel file</translation>
    </message>
    <message>
        <source>Save &amp;CSV</source>
        <translation>Save &amp;CSV</translation>
    </message>
    <message>
        <source>Save the regional report as a CSV file</source>
        <translation>Save the regional report as a CSV file</translation>
    </message>
    <message>
        <source>Save combi&amp;ned file</source>
        <translation>Save combi&amp;ned file</translation>
    </message>
    <message>
        <source>Save the combined statistics file for the wider area</source>
        <translation>Save the combined statistics file for the wider area</translation>
    </message>
    <message>
        <source>Save &amp;all four</source>
        <translation>Save &amp;all four</translation>
    </message>
    <message>
        <source>Save all four files</source>
        <translation>Save all four files</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>The chosen point</source>
        <translation>The chosen point</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the point</source>
        <translation>Name of the point</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <source>Municipality of the point</source>
        <translation>Municipality of the point</translation>
    </message>
    <message>
        <source>Sa&amp;ve name</source>
        <translation>Sa&amp;ve name</translation>
    </message>
    <message>
        <source>Save the name and municipality</source>
        <translation>Save the name and municipality</translation>
    </message>
    <message>
        <source>Same point &amp;as:</source>
        <translation>Same point &amp;as:</translation>
    </message>
    <message>
        <source>Point to keep when merging</source>
        <translation>Point to keep when merging</translation>
    </message>
    <message>
        <source>&amp;Merge into the point above</source>
        <translation>&amp;Merge into the point above</translation>
    </message>
    <message>
        <source>Merge the chosen point into the point above</source>
        <translation>Merge the chosen point into the point above</translation>
    </message>
    <message>
        <source>Choose the statistics files</source>
        <translation>Choose the statistics files</translation>
    </message>
    <message>
        <source>Statistics files (*.json);;All files (*)</source>
        <translation>Statistics files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the folder with the statistics files</source>
        <translation>Choose the folder with the statistics files</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importing the files…</source>
        <translation>Importing the files…</translation>
    </message>
    <message>
        <source>No statistics files (.json) were found there, nor in its subfolders. Nothing was imported.</source>
        <translation>No statistics files (.json) were found there, nor in its subfolders. Nothing was imported.</translation>
    </message>
    <message>
        <source>{ok} of {n} file(s) accepted.</source>
        <translation>{ok} of {n} file(s) accepted.</translation>
    </message>
    <message>
        <source>Warning: new signing key</source>
        <translation>Warning: new signing key</translation>
    </message>
    <message>
        <source>{points}: the file was signed with a NEW key. The point may have reinstalled Digituki, or someone else made the file. It is held back and counts nowhere until you accept the new key: call the point and compare the key&apos;s fingerprint first (Review held-back files…).</source>
        <translation>{points}: the file was signed with a NEW key. The point may have reinstalled Digituki, or someone else made the file. It is held back and counts nowhere until you accept the new key: call the point and compare the key&apos;s fingerprint first (Review held-back files…).</translation>
    </message>
    <message>
        <source>Files held back</source>
        <translation>Files held back</translation>
    </message>
    <message>
        <source>{n} file(s) are not signed. They are held back and count nowhere until you accept them (Review held-back files…).</source>
        <translation>{n} file(s) are not signed. They are held back and count nowhere until you accept them (Review held-back files…).</translation>
    </message>
    <message>
        <source>Not signed: an older Digituki, or someone else made it.</source>
        <translation>Not signed: an older Digituki, or someone else made it.</translation>
    </message>
    <message>
        <source>{sign} WARNING: {points} — signed with a NEW key. A reinstall or a forgery: held back until you accept the key. Call the point first.</source>
        <translation>{sign} WARNING: {points} — signed with a NEW key. A reinstall or a forgery: held back until you accept the key. Call the point first.</translation>
    </message>
    <message>
        <source>{point} ({months}) sent files signed with a NEW key.

Key of these files: {new}
Key kept so far: {old}

Call the point and ask them to read out their key&apos;s fingerprint (Settings → Data safety). Accept the new key only if it is the same.</source>
        <translation>{point} ({months}) sent files signed with a NEW key.

Key of these files: {new}
Key kept so far: {old}

Call the point and ask them to read out their key&apos;s fingerprint (Settings → Data safety). Accept the new key only if it is the same.</translation>
    </message>
    <message>
        <source>{point} ({months}) sent files that are NOT SIGNED. Anyone can make such a file. Accept them only if you know the point sent them.</source>
        <translation>{point} ({months}) sent files that are NOT SIGNED. Anyone can make such a file. Accept them only if you know the point sent them.</translation>
    </message>
    <message>
        <source>Accept this point&apos;s files?</source>
        <translation>Accept this point&apos;s files?</translation>
    </message>
    <message>
        <source>Accepted {n} file(s); {counted} now count. The decision is recorded.</source>
        <translation>Accepted {n} file(s); {counted} now count. The decision is recorded.</translation>
    </message>
    <message>
        <source>✓ Imported</source>
        <translation>✓ Imported</translation>
    </message>
    <message>
        <source>↻ Imported, replaced an older file</source>
        <translation>↻ Imported, replaced an older file</translation>
    </message>
    <message>
        <source>= Already imported, nothing changed</source>
        <translation>= Already imported, nothing changed</translation>
    </message>
    <message>
        <source>– Older than the one already imported: not used</source>
        <translation>– Older than the one already imported: not used</translation>
    </message>
    <message>
        <source>⚠ Held back: counts only once you accept it</source>
        <translation>⚠ Held back: counts only once you accept it</translation>
    </message>
    <message>
        <source>✗ Refused</source>
        <translation>✗ Refused</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Point and month</source>
        <translation>Point and month</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{sign} WARNING: signed with a NEW key. Check with the point.</source>
        <translation>{sign} WARNING: signed with a NEW key. Check with the point.</translation>
    </message>
    <message>
        <source>Not signed, although the point&apos;s earlier files were.</source>
        <translation>Not signed, although the point&apos;s earlier files were.</translation>
    </message>
    <message>
        <source>Unknown topics counted under “Other”: {codes}</source>
        <translation>Unknown topics counted under “Other”: {codes}</translation>
    </message>
    <message>
        <source>{n} file(s): {imported} imported, {replaced} replaced an older file, {unchanged} already imported, {rejected} refused.</source>
        <translation>{n} file(s): {imported} imported, {replaced} replaced an older file, {unchanged} already imported, {rejected} refused.</translation>
    </message>
    <message>
        <source>No files imported yet in this session.</source>
        <translation>No files imported yet in this session.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
    <message>
        <source>{month}: {state}</source>
        <translation>{month}: {state}</translation>
    </message>
    <message>
        <source>signed with a new key</source>
        <translation>signed with a new key</translation>
    </message>
    <message>
        <source>No points yet: import their files first.</source>
        <translation>No points yet: import their files first.</translation>
    </message>
    <message>
        <source>{points} point(s); {missing} monthly file(s) missing in {year}.</source>
        <translation>{points} point(s); {missing} monthly file(s) missing in {year}.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Excel file (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel file (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{period}: {sessions} help sessions at {points} point(s) ({bundles} files).</source>
        <translation>{period}: {sessions} help sessions at {points} point(s) ({bundles} files).</translation>
    </message>
    <message>
        <source>Customers: {customers}. Time spent helping: {hours} h.</source>
        <translation>Customers: {customers}. Time spent helping: {hours} h.</translation>
    </message>
    <message>
        <source>Numbers 1–{k1} are shown as &lt;{k} (after adding up all points); × hides a number that could otherwise be worked out.</source>
        <translation>Numbers 1–{k1} are shown as &lt;{k} (after adding up all points); × hides a number that could otherwise be worked out.</translation>
    </message>
    <message>
        <source>Help sessions per point</source>
        <translation>Help sessions per point</translation>
    </message>
    <message>
        <source>Help sessions per municipality</source>
        <translation>Help sessions per municipality</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Not shown: the numbers are too small.</source>
        <translation>Not shown: the numbers are too small.</translation>
    </message>
    <message>
        <source>Change from the month before</source>
        <translation>Change from the month before</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Choose the folder for the files</translation>
    </message>
    <message>
        <source>Saving the files…</source>
        <translation>Saving the files…</translation>
    </message>
    <message>
        <source>Nothing to save: no files from the points for this period.</source>
        <translation>Nothing to save: no files from the points for this period.</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation>Saved {files} in {folder}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>merged into {name}</source>
        <translation>merged into {name}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Mark as op&amp;en again</source>
        <translation>Mark as op&amp;en again</translation>
    </message>
    <message>
        <source>Mark the point as open again</source>
        <translation>Mark the point as open again</translation>
    </message>
    <message>
        <source>Mark as c&amp;losed</source>
        <translation>Mark as c&amp;losed</translation>
    </message>
    <message>
        <source>Mark the point as closed</source>
        <translation>Mark the point as closed</translation>
    </message>
    <message>
        <source>The point&apos;s name was saved.</source>
        <translation>The point&apos;s name was saved.</translation>
    </message>
    <message>
        <source>{name} is marked as closed: it is no longer listed as missing.</source>
        <translation>{name} is marked as closed: it is no longer listed as missing.</translation>
    </message>
    <message>
        <source>{name} is marked as open again.</source>
        <translation>{name} is marked as open again.</translation>
    </message>
    <message>
        <source>Merge two points</source>
        <translation>Merge two points</translation>
    </message>
    <message>
        <source>Treat “{gone}” as the same point as “{keep}” from now on? Its files move to “{keep}”; where both sent the same month, the newer file counts.</source>
        <translation>Treat “{gone}” as the same point as “{keep}” from now on? Its files move to “{keep}”; where both sent the same month, the newer file counts.</translation>
    </message>
    <message>
        <source>Merged: {n} file(s) moved to {keep}.</source>
        <translation>Merged: {n} file(s) moved to {keep}.</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>&amp;Find a customer:</source>
        <translation>&amp;Find a customer:</translation>
    </message>
    <message>
        <source>Name or phone number, e.g. &quot;Aino&quot; or &quot;040 111&quot;</source>
        <translation>Name or phone number, e.g. &quot;Aino&quot; or &quot;040 111&quot;</translation>
    </message>
    <message>
        <source>Find a customer by name or phone number</source>
        <translation>Find a customer by name or phone number</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Customers found</translation>
    </message>
    <message>
        <source>&amp;Their bookings (past, upcoming and cancelled):</source>
        <translation>&amp;Their bookings (past, upcoming and cancelled):</translation>
    </message>
    <message>
        <source>The customer&apos;s bookings</source>
        <translation>The customer&apos;s bookings</translation>
    </message>
    <message>
        <source>Printout &amp;language:</source>
        <translation>Printout &amp;language:</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>Language of the printout</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Print what we hold</source>
        <translation>&amp;Print what we hold</translation>
    </message>
    <message>
        <source>Print what we hold about this customer (PDF)</source>
        <translation>Print what we hold about this customer (PDF)</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>&amp;Erase now…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s data now</source>
        <translation>Erase this customer&apos;s data now</translation>
    </message>
    <message>
        <source>Erase the name, phone number and notes from all their bookings</source>
        <translation>Erase the name, phone number and notes from all their bookings</translation>
    </message>
    <message>
        <source>Type at least two letters of the name or three digits of the number.</source>
        <translation>Type at least two letters of the name or three digits of the number.</translation>
    </message>
    <message>
        <source>No customer found. Names and numbers are kept only {days} days after the visit.</source>
        <translation>No customer found. Names and numbers are kept only {days} days after the visit.</translation>
    </message>
    <message>
        <source>{count} customer(s) found.</source>
        <translation>{count} customer(s) found.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>{past} past, {future} upcoming, {cancelled} cancelled</source>
        <translation>{past} past, {future} upcoming, {cancelled} cancelled</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation>(no phone)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>past</source>
        <translation>past</translation>
    </message>
    <message>
        <source>(a note cannot be opened)</source>
        <translation>(a note cannot be opened)</translation>
    </message>
    <message>
        <source>The printout opened in the PDF viewer. Give it to the customer.</source>
        <translation>The printout opened in the PDF viewer. Give it to the customer.</translation>
    </message>
    <message>
        <source>Erase customer data</source>
        <translation>Erase customer data</translation>
    </message>
    <message>
        <source>Erase the name, phone number and notes of {name} from {count} booking(s) now?</source>
        <translation>Erase the name, phone number and notes of {name} from {count} booking(s) now?</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>this customer</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>The bookings stay without a name; anonymous counts in the statistics stay.</source>
        <translation>The bookings stay without a name; anonymous counts in the statistics stay.</translation>
    </message>
    <message>
        <source>Older backups keep the data until they rotate out (a few weeks).</source>
        <translation>Older backups keep the data until they rotate out (a few weeks).</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) will be cancelled, so the place frees up.</source>
        <translation>{count} upcoming booking(s) will be cancelled, so the place frees up.</translation>
    </message>
    <message>
        <source>&amp;Keep the upcoming appointment(s) without a name</source>
        <translation>&amp;Keep the upcoming appointment(s) without a name</translation>
    </message>
    <message>
        <source>&amp;Erase now</source>
        <translation>&amp;Erase now</translation>
    </message>
    <message>
        <source>Erased the customer&apos;s data from {count} booking(s).</source>
        <translation>Erased the customer&apos;s data from {count} booking(s).</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) cancelled.</source>
        <translation>{count} upcoming booking(s) cancelled.</translation>
    </message>
    <message>
        <source>{count} upcoming booking(s) kept without a name.</source>
        <translation>{count} upcoming booking(s) kept without a name.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Type the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Type the name of the database on the server.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Where the data is kept</source>
        <translation>Where the data is kept</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>This computer only</translation>
    </message>
    <message>
        <source>Shared server (several desks)</source>
        <translation>Shared server (several desks)</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Server name or address</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server port</translation>
    </message>
    <message>
        <source>Database name on the server</source>
        <translation>Database name on the server</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Password on the server</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Test the connection to the server</translation>
    </message>
    <message>
        <source>Type the login name.</source>
        <translation>Type the login name.</translation>
    </message>
    <message>
        <source>Where the &amp;data is kept:</source>
        <translation>Where the &amp;data is kept:</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>Port (&amp;usually 5432):</source>
        <translation>Port (&amp;usually 5432):</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>D&amp;atabase:</translation>
    </message>
    <message>
        <source>Lo&amp;gin name:</source>
        <translation>Lo&amp;gin name:</translation>
    </message>
    <message>
        <source>Login name on the server</source>
        <translation>Login name on the server</translation>
    </message>
    <message>
        <source>Sa&amp;ve and restart…</source>
        <translation>Sa&amp;ve and restart…</translation>
    </message>
    <message>
        <source>Save the database choice and restart</source>
        <translation>Save the database choice and restart</translation>
    </message>
    <message>
        <source>Saved; type a new one to change it</source>
        <translation>Saved; type a new one to change it</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>The connection works. The database is empty: Digituki will set it up at the first start.</source>
        <translation>The connection works. The database is empty: Digituki will set it up at the first start.</translation>
    </message>
    <message>
        <source>The connection works. The point&apos;s data is on the server.</source>
        <translation>The connection works. The point&apos;s data is on the server.</translation>
    </message>
    <message>
        <source>The connection works. The data on the server will be updated for this version at the first start.</source>
        <translation>The connection works. The data on the server will be updated for this version at the first start.</translation>
    </message>
    <message>
        <source>The connection works, but a newer Digituki uses this database. Update Digituki on this computer first.</source>
        <translation>The connection works, but a newer Digituki uses this database. Update Digituki on this computer first.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server name, the port and the network cable or Wi-Fi.</source>
        <translation>The server cannot be reached. Check the server name, the port and the network cable or Wi-Fi.</translation>
    </message>
    <message>
        <source>The server did not accept the login name or the password.</source>
        <translation>The server did not accept the login name or the password.</translation>
    </message>
    <message>
        <source>This login may not use the database. Ask your IT support to give the rights.</source>
        <translation>This login may not use the database. Ask your IT support to give the rights.</translation>
    </message>
    <message>
        <source>The server has no database with this name.</source>
        <translation>The server has no database with this name.</translation>
    </message>
    <message>
        <source>The connection did not work. Ask your IT support.</source>
        <translation>The connection did not work. Ask your IT support.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep the password, so it was not saved. Ask your IT support to set the password up for Digituki.</source>
        <translation>This computer has no safe place to keep the password, so it was not saved. Ask your IT support to set the password up for Digituki.</translation>
    </message>
    <message>
        <source>Saved. The change takes effect when Digituki starts again.</source>
        <translation>Saved. The change takes effect when Digituki starts again.</translation>
    </message>
    <message>
        <source>Restart Digituki?</source>
        <translation>Restart Digituki?</translation>
    </message>
    <message>
        <source>The database choice was saved. Restart Digituki now to use it?</source>
        <translation>The database choice was saved. Restart Digituki now to use it?</translation>
    </message>
    <message>
        <source>Please close Digituki and start it again.</source>
        <translation>Please close Digituki and start it again.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The value must be between {low} and {high}.</source>
        <translation>The value must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>The text is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Choose Finnish, Swedish or English.</source>
        <translation>Choose Finnish, Swedish or English.</translation>
    </message>
    <message>
        <source>Choose the normal or the high-contrast colours.</source>
        <translation>Choose the normal or the high-contrast colours.</translation>
    </message>
    <message>
        <source>This information is needed. Please fill it in.</source>
        <translation>This information is needed. Please fill it in.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {low} characters long.</source>
        <translation>The passphrase must be at least {low} characters long.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>The PIN must be 4 to 12 digits.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Write it like name@example.fi.</source>
        <translation>This e-mail address does not look right. Write it like name@example.fi.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Digituki. Install the newest version; nothing was changed.</source>
        <translation>This database was saved by a newer version of Digituki. Install the newest version; nothing was changed.</translation>
    </message>
    <message>
        <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
        <translation>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</translation>
    </message>
    <message>
        <source>The item was not found. It may have been removed on another desk.</source>
        <translation>The item was not found. It may have been removed on another desk.</translation>
    </message>
    <message>
        <source>Someone changed this at the same time. Please try again.</source>
        <translation>Someone changed this at the same time. Please try again.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Digituki, so it is open for reading only: nothing can be saved. Install the newest version.</source>
        <translation>This database was saved by a newer version of Digituki, so it is open for reading only: nothing can be saved. Install the newest version.</translation>
    </message>
    <message>
        <source>Digituki cannot write to {path} (read-only). Nothing was saved. Ask your support person to make the file and its folder writable.</source>
        <translation>Digituki cannot write to {path} (read-only). Nothing was saved. Ask your support person to make the file and its folder writable.</translation>
    </message>
    <message>
        <source>The disk is full: free space and try again; nothing was lost.</source>
        <translation>The disk is full: free space and try again; nothing was lost.</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</source>
        <translation>Customers&apos; names and phone numbers are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</translation>
    </message>
    <message>
        <source>The coordinator file must be signed, and the point&apos;s signing key is locked with the customers&apos; details. Open them with the point&apos;s passphrase (Settings → Data safety) and export again. Nothing was written.</source>
        <translation>The coordinator file must be signed, and the point&apos;s signing key is locked with the customers&apos; details. Open them with the point&apos;s passphrase (Settings → Data safety) and export again. Nothing was written.</translation>
    </message>
    <message>
        <source>Private notes are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</source>
        <translation>Private notes are locked. Open them with the point&apos;s passphrase (Settings → Data safety). Everything else works as usual.</translation>
    </message>
    <message>
        <source>This is a demo point: its key is public and cannot protect real customers&apos; details. Start a real point in its own data folder. Nothing was changed.</source>
        <translation>This is a demo point: its key is public and cannot protect real customers&apos; details. Start a real point in its own data folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>This data folder holds a real point&apos;s bookings or help log, so demo data is not added to it. Nothing was changed.</source>
        <translation>This data folder holds a real point&apos;s bookings or help log, so demo data is not added to it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>The passphrase is not right. Check it and try again.</translation>
    </message>
    <message>
        <source>The backup could not be made or read. Check that the folder or USB stick has free space and is not write-protected, then try again.</source>
        <translation>The backup could not be made or read. Check that the folder or USB stick has free space and is not write-protected, then try again.</translation>
    </message>
    <message>
        <source>This file is not a working Digituki backup. Nothing was changed.</source>
        <translation>This file is not a working Digituki backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Check the network cable or Wi-Fi; if other desks cannot reach it either, ask your IT support. Start Digituki again when the connection works.</source>
        <translation>The shared database cannot be reached. Check the network cable or Wi-Fi; if other desks cannot reach it either, ask your IT support. Start Digituki again when the connection works.</translation>
    </message>
    <message>
        <source>The database file is damaged. Digituki can bring back the newest backup; the damaged file is kept aside.</source>
        <translation>The database file is damaged. Digituki can bring back the newest backup; the damaged file is kept aside.</translation>
    </message>
    <message>
        <source>Digituki is already open on this data folder ({program}, process {pid} on computer {host}, since {started}). Use the window that is open, or close it first.</source>
        <translation>Digituki is already open on this data folder ({program}, process {pid} on computer {host}, since {started}). Use the window that is open, or close it first.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Digituki can bring back the newest backup; files left beside it are kept aside.</source>
        <translation>The database file is missing or empty. Digituki can bring back the newest backup; files left beside it are kept aside.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
    <message>
        <source>Please check the information you entered.</source>
        <translation>Please check the information you entered.</translation>
    </message>
    <message>
        <source>Digituki</source>
        <translation>Digituki</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved work is safe. If it happens again, tell your support person; the details are in the log file:
{path}</source>
        <translation>Something unexpected happened. Your saved work is safe. If it happens again, tell your support person; the details are in the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Digituki</source>
        <translation>Welcome to Digituki</translation>
    </message>
    <message>
        <source>Tell Digituki about your point. The contact is printed on customers&apos; confirmation slips and handouts.</source>
        <translation>Tell Digituki about your point. The contact is printed on customers&apos; confirmation slips and handouts.</translation>
    </message>
    <message>
        <source>&amp;Name of the point:</source>
        <translation>&amp;Name of the point:</translation>
    </message>
    <message>
        <source>Name of the point</source>
        <translation>Name of the point</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Point&apos;s &amp;phone number:</source>
        <translation>Point&apos;s &amp;phone number:</translation>
    </message>
    <message>
        <source>Point&apos;s phone number</source>
        <translation>Point&apos;s phone number</translation>
    </message>
    <message>
        <source>printed on slips, e.g. 09 123 4567</source>
        <translation>printed on slips, e.g. 09 123 4567</translation>
    </message>
    <message>
        <source>&amp;Where to find us:</source>
        <translation>&amp;Where to find us:</translation>
    </message>
    <message>
        <source>Where to find us</source>
        <translation>Where to find us</translation>
    </message>
    <message>
        <source>e.g. Main library, 2nd floor, information desk</source>
        <translation>e.g. Main library, 2nd floor, information desk</translation>
    </message>
    <message>
        <source>When is the point open for bookings? Tick the days and set the times; you can change them and add closed days later under Bookings → Opening hours.</source>
        <translation>When is the point open for bookings? Tick the days and set the times; you can change them and add closed days later under Bookings → Opening hours.</translation>
    </message>
    <message>
        <source>{day}: opens at</source>
        <translation>{day}: opens at</translation>
    </message>
    <message>
        <source>{day}: closes at</source>
        <translation>{day}: closes at</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Save a &amp;recovery sheet to print…</source>
        <translation>Save a &amp;recovery sheet to print…</translation>
    </message>
    <message>
        <source>Save a recovery sheet to print</source>
        <translation>Save a recovery sheet to print</translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation>Finish &amp;later</translation>
    </message>
    <message>
        <source>Everything can be set later in Settings.</source>
        <translation>Everything can be set later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>S&amp;kip this step</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. The key is kept in this computer&apos;s secure key store. A passphrase is still wise: with it the details can be opened on another computer (at least 10 characters).</source>
        <translation>Customers&apos; names and phone numbers are stored locked. The key is kept in this computer&apos;s secure key store. A passphrase is still wise: with it the details can be opened on another computer (at least 10 characters).</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. This computer has no secure key store, so choose a passphrase for the point (at least 10 characters, for example a short sentence); it is asked once at each start.</source>
        <translation>Customers&apos; names and phone numbers are stored locked. This computer has no secure key store, so choose a passphrase for the point (at least 10 characters, for example a short sentence); it is asked once at each start.</translation>
    </message>
    <message>
        <source>The passphrase is set. Save a recovery sheet to print, then press Finish.</source>
        <translation>The passphrase is set. Save a recovery sheet to print, then press Finish.</translation>
    </message>
</context>
<context>
    <name>FormTab</name>
    <message>
        <source>&amp;Topic: type a word, then press Enter</source>
        <translation>&amp;Topic: type a word, then press Enter</translation>
    </message>
    <message>
        <source>Search for a topic</source>
        <translation>Search for a topic</translation>
    </message>
    <message>
        <source>for example: omakanta, valtuutus, scam</source>
        <translation>for example: omakanta, valtuutus, scam</translation>
    </message>
    <message>
        <source>Matching topics</source>
        <translation>Matching topics</translation>
    </message>
    <message>
        <source>Chosen topics:</source>
        <translation>Chosen topics:</translation>
    </message>
    <message>
        <source>Chosen topics</source>
        <translation>Chosen topics</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Remove topic</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Remove the selected topic</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Start h&amp;our:</source>
        <translation>Start h&amp;our:</translation>
    </message>
    <message>
        <source>Duration (&amp;minutes):</source>
        <translation>Duration (&amp;minutes):</translation>
    </message>
    <message>
        <source>Form of &amp;support:</source>
        <translation>Form of &amp;support:</translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation>Number of &amp;people:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Age:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>Dev&amp;ice:</translation>
    </message>
    <message>
        <source>Acting on &amp;behalf:</source>
        <translation>Acting on &amp;behalf:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Out&amp;come:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Ne&amp;xt step:</translation>
    </message>
    <message>
        <source>Referr&amp;ed to:</source>
        <translation>Referr&amp;ed to:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <source>Private &amp;note:</source>
        <translation>Private &amp;note:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start hour</source>
        <translation>Start hour</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Form of support</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Customer&apos;s age</source>
        <translation>Customer&apos;s age</translation>
    </message>
    <message>
        <source>Language of service</source>
        <translation>Language of service</translation>
    </message>
    <message>
        <source>Device used</source>
        <translation>Device used</translation>
    </message>
    <message>
        <source>Acting on someone&apos;s behalf</source>
        <translation>Acting on someone&apos;s behalf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private note</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only for this point; never sent; deleted automatically</source>
        <translation>Only for this point; never sent; deleted automatically</translation>
    </message>
    <message>
        <source>Restart timer</source>
        <translation>Restart timer</translation>
    </message>
    <message>
        <source>Restart the timer from zero</source>
        <translation>Restart the timer from zero</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <source>Save and log another like this (Ctrl+Shift+S)</source>
        <translation>Save and log another like this (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save and log another session like this</source>
        <translation>Save and log another session like this</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Clea&amp;r</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Undo last save</translation>
    </message>
    <message>
        <source>Undo the last save</source>
        <translation>Undo the last save</translation>
    </message>
    <message>
        <source>Stop correcting</source>
        <translation>Stop correcting</translation>
    </message>
    <message>
        <source>Stop correcting and start a new session</source>
        <translation>Stop correcting and start a new session</translation>
    </message>
    <message>
        <source>Acting on someone&apos;s behalf: the customer logs in with their own codes. For lasting help, Suomi.fi e-Authorizations is the right tool.</source>
        <translation>Acting on someone&apos;s behalf: the customer logs in with their own codes. For lasting help, Suomi.fi e-Authorizations is the right tool.</translation>
    </message>
    <message>
        <source>Banking: never handle the customer&apos;s bank codes or passwords. The customer types them in.</source>
        <translation>Banking: never handle the customer&apos;s bank codes or passwords. The customer types them in.</translation>
    </message>
    <message>
        <source>Out of scope? Refer the customer to Kansalaisneuvonta (citizens&apos; advice), kansalaisneuvonta.fi.</source>
        <translation>Out of scope? Refer the customer to Kansalaisneuvonta (citizens&apos; advice), kansalaisneuvonta.fi.</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translation>OK, hide</translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation>Hide this reminder</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Walk-ins turned away</source>
        <translation>Walk-ins turned away</translation>
    </message>
    <message>
        <source>One click for each customer you could not help today.</source>
        <translation>One click for each customer you could not help today.</translation>
    </message>
    <message>
        <source>Take back the last click</source>
        <translation>Take back the last click</translation>
    </message>
    <message>
        <source>Take back the last turned-away click</source>
        <translation>Take back the last turned-away click</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Topic chosen: {topic}. Press Enter to save.</source>
        <translation>Topic chosen: {topic}. Press Enter to save.</translation>
    </message>
    <message>
        <source>Timer: starts with the first key</source>
        <translation>Timer: starts with the first key</translation>
    </message>
    <message>
        <source>Timer: {minutes} min</source>
        <translation>Timer: {minutes} min</translation>
    </message>
    <message>
        <source>Duration to save: {minutes} min</source>
        <translation>Duration to save: {minutes} min</translation>
    </message>
    <message>
        <source>The session you had not saved when Digituki closed is back. Save it or clear it.</source>
        <translation>The session you had not saved when Digituki closed is back. Save it or clear it.</translation>
    </message>
    <message>
        <source>The private note cannot be opened on this computer; it stays as it is.</source>
        <translation>The private note cannot be opened on this computer; it stays as it is.</translation>
    </message>
    <message>
        <source>You are correcting a session of {date}.</source>
        <translation>You are correcting a session of {date}.</translation>
    </message>
    <message>
        <source>The statistics of this month were already sent.</source>
        <translation>The statistics of this month were already sent.</translation>
    </message>
    <message>
        <source>The form was cleared.</source>
        <translation>The form was cleared.</translation>
    </message>
    <message>
        <source>Correction saved: {topics}.</source>
        <translation>Correction saved: {topics}.</translation>
    </message>
    <message>
        <source>Saved: {topics}, {minutes} min.</source>
        <translation>Saved: {topics}, {minutes} min.</translation>
    </message>
    <message>
        <source>The next one has the same values.</source>
        <translation>The next one has the same values.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Not saved. {reason}</translation>
    </message>
    <message>
        <source>Counted: one customer turned away ({reason}).</source>
        <translation>Counted: one customer turned away ({reason}).</translation>
    </message>
    <message>
        <source>The last turned-away click was taken back.</source>
        <translation>The last turned-away click was taken back.</translation>
    </message>
    <message>
        <source>{reason} (today {count})</source>
        <translation>{reason} (today {count})</translation>
    </message>
    <message>
        <source>Count a customer turned away: {reason}</source>
        <translation>Count a customer turned away: {reason}</translation>
    </message>
    <message>
        <source>Sessions logged: {sessions}. Customers turned away: {turned}.</source>
        <translation>Sessions logged: {sessions}. Customers turned away: {turned}.</translation>
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
        <translation>New guide</translation>
    </message>
    <message>
        <source>Edit guide</source>
        <translation>Edit guide</translation>
    </message>
    <message>
        <source>Write a guide for this point. Numbered steps work best.</source>
        <translation>Write a guide for this point. Numbered steps work best.</translation>
    </message>
    <message>
        <source>This guide was written here.</source>
        <translation>This guide was written here.</translation>
    </message>
    <message>
        <source>Your changes stay at this point. Later versions of the guide pack will not overwrite them.</source>
        <translation>Your changes stay at this point. Later versions of the guide pack will not overwrite them.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>Service the guide is about</source>
        <translation>Service the guide is about</translation>
    </message>
    <message>
        <source>For example: OmaKanta (Kela)</source>
        <translation>For example: OmaKanta (Kela)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Reviewed on:</translation>
    </message>
    <message>
        <source>Date the guide was last checked</source>
        <translation>Date the guide was last checked</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <source>Topics of the guide (tick one or more)</source>
        <translation>Topics of the guide (tick one or more)</translation>
    </message>
    <message>
        <source>&amp;Text (left) and how it will look (right):</source>
        <translation>&amp;Text (left) and how it will look (right):</translation>
    </message>
    <message>
        <source>Guide text in Markdown</source>
        <translation>Guide text in Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Write steps as 1. 2. 3. on their own lines. ## starts a heading, - starts a bullet point, **text** is bold.</source>
        <translation>Write steps as 1. 2. 3. on their own lines. ## starts a heading, - starts a bullet point, **text** is bold.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Save the guide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please write a title.</source>
        <translation>Please write a title.</translation>
    </message>
    <message>
        <source>Please name the service the guide is about.</source>
        <translation>Please name the service the guide is about.</translation>
    </message>
    <message>
        <source>Please tick at least one topic.</source>
        <translation>Please tick at least one topic.</translation>
    </message>
    <message>
        <source>Please write the steps of the guide.</source>
        <translation>Please write the steps of the guide.</translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation>The summary is too long.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
</context>
<context>
    <name>GuideErrors</name>
    <message>
        <source>The file is not a guide pack. A guide pack is a .zip file.</source>
        <translation>The file is not a guide pack. A guide pack is a .zip file.</translation>
    </message>
    <message>
        <source>The file {entry} in the pack is damaged or locked with a password. Ask for a new copy of the pack.</source>
        <translation>The file {entry} in the pack is damaged or locked with a password. Ask for a new copy of the pack.</translation>
    </message>
    <message>
        <source>The pack has too many files (at most {limit}).</source>
        <translation>The pack has too many files (at most {limit}).</translation>
    </message>
    <message>
        <source>The pack is too large or contains a file that is too large ({entry}).</source>
        <translation>The pack is too large or contains a file that is too large ({entry}).</translation>
    </message>
    <message>
        <source>The pack contains a file with an unsafe name ({entry}). It was not opened.</source>
        <translation>The pack contains a file with an unsafe name ({entry}). It was not opened.</translation>
    </message>
    <message>
        <source>The pack contains a link to another file ({entry}). It was not opened.</source>
        <translation>The pack contains a link to another file ({entry}). It was not opened.</translation>
    </message>
    <message>
        <source>The pack contains a file that does not belong in a guide pack ({entry}). Only guides (.md), pictures (.png, .jpg, .gif) and pack.yaml are allowed.</source>
        <translation>The pack contains a file that does not belong in a guide pack ({entry}). Only guides (.md), pictures (.png, .jpg, .gif) and pack.yaml are allowed.</translation>
    </message>
    <message>
        <source>The pack contains the same file twice ({entry}).</source>
        <translation>The pack contains the same file twice ({entry}).</translation>
    </message>
    <message>
        <source>The pack has no pack.yaml file telling its name and version.</source>
        <translation>The pack has no pack.yaml file telling its name and version.</translation>
    </message>
    <message>
        <source>The pack.yaml file must give the pack&apos;s id, name and version (a whole number).</source>
        <translation>The pack.yaml file must give the pack&apos;s id, name and version (a whole number).</translation>
    </message>
    <message>
        <source>The file {entry} is not saved as UTF-8 text.</source>
        <translation>The file {entry} is not saved as UTF-8 text.</translation>
    </message>
    <message>
        <source>The picture {entry} is not a real PNG, JPEG or GIF picture.</source>
        <translation>The picture {entry} is not a real PNG, JPEG or GIF picture.</translation>
    </message>
    <message>
        <source>The pack uses a name reserved for Digituki&apos;s own guides ({pack}).</source>
        <translation>The pack uses a name reserved for Digituki&apos;s own guides ({pack}).</translation>
    </message>
    <message>
        <source>The pack contains no guides.</source>
        <translation>The pack contains no guides.</translation>
    </message>
    <message>
        <source>Version {installed} of the pack “{pack}” is already in use. Only a newer version can replace it (this file has version {offered}).</source>
        <translation>Version {installed} of the pack “{pack}” is already in use. Only a newer version can replace it (this file has version {offered}).</translation>
    </message>
    <message>
        <source>Digituki&apos;s own guides and the guides written here cannot be removed as a pack.</source>
        <translation>Digituki&apos;s own guides and the guides written here cannot be removed as a pack.</translation>
    </message>
    <message>
        <source>The guide {entry} does not start with its details (title, language, topics …) between two --- lines.</source>
        <translation>The guide {entry} does not start with its details (title, language, topics …) between two --- lines.</translation>
    </message>
    <message>
        <source>The details at the start of the guide {entry} cannot be read.</source>
        <translation>The details at the start of the guide {entry} cannot be read.</translation>
    </message>
    <message>
        <source>The guide {entry} is missing the “{item}” detail.</source>
        <translation>The guide {entry} is missing the “{item}” detail.</translation>
    </message>
    <message>
        <source>The “{item}” detail of the guide {entry} is not valid.</source>
        <translation>The “{item}” detail of the guide {entry} is not valid.</translation>
    </message>
    <message>
        <source>The language of the guide {entry} must be fi, sv or en.</source>
        <translation>The language of the guide {entry} must be fi, sv or en.</translation>
    </message>
    <message>
        <source>The guide {entry} refers to an unknown topic: {topic}.</source>
        <translation>The guide {entry} refers to an unknown topic: {topic}.</translation>
    </message>
    <message>
        <source>The guide {entry} has too many topics (at most {limit}).</source>
        <translation>The guide {entry} has too many topics (at most {limit}).</translation>
    </message>
    <message>
        <source>The short name (slug) of the guide {entry} may only contain a–z, 0–9 and hyphens.</source>
        <translation>The short name (slug) of the guide {entry} may only contain a–z, 0–9 and hyphens.</translation>
    </message>
    <message>
        <source>The review date of the guide {entry} must look like 2026-11-20.</source>
        <translation>The review date of the guide {entry} must look like 2026-11-20.</translation>
    </message>
    <message>
        <source>The version of the guide {entry} must be a whole number.</source>
        <translation>The version of the guide {entry} must be a whole number.</translation>
    </message>
    <message>
        <source>The pack has the same guide twice in one language: {entry} and {other}.</source>
        <translation>The pack has the same guide twice in one language: {entry} and {other}.</translation>
    </message>
    <message>
        <source>The guide “{slug}” ({language}) already comes from another pack: {pack}.</source>
        <translation>The guide “{slug}” ({language}) already comes from another pack: {pack}.</translation>
    </message>
    <message>
        <source>This guide already exists in that language.</source>
        <translation>This guide already exists in that language.</translation>
    </message>
    <message>
        <source>Only guides written here can be deleted one by one.</source>
        <translation>Only guides written here can be deleted one by one.</translation>
    </message>
    <message>
        <source>There are no guides written here yet, so there is nothing to export.</source>
        <translation>There are no guides written here yet, so there is nothing to export.</translation>
    </message>
</context>
<context>
    <name>GuideList</name>
    <message>
        <source>⚠ possibly out of date</source>
        <translation>⚠ possibly out of date</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <source>reviewed {date}</source>
        <translation>reviewed {date}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the guide</source>
        <translation>Print the guide</translation>
    </message>
    <message>
        <source>Save as PDF &amp;handout…</source>
        <translation>Save as PDF &amp;handout…</translation>
    </message>
    <message>
        <source>Save the guide as a large-print PDF handout</source>
        <translation>Save the guide as a large-print PDF handout</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit this guide (the change stays here)</source>
        <translation>Edit this guide (the change stays here)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete this guide written here</source>
        <translation>Delete this guide written here</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Smaller text (Ctrl+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Larger text (Ctrl++)</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <source>No guide open</source>
        <translation>No guide open</translation>
    </message>
    <message>
        <source>Search for a guide and choose it from the list.</source>
        <translation>Search for a guide and choose it from the list.</translation>
    </message>
    <message>
        <source>☆ Add to fa&amp;vourites</source>
        <translation>☆ Add to fa&amp;vourites</translation>
    </message>
    <message>
        <source>★ Remove from fa&amp;vourites</source>
        <translation>★ Remove from fa&amp;vourites</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Add to favourites</translation>
    </message>
    <message>
        <source>Service: {service}</source>
        <translation>Service: {service}</translation>
    </message>
    <message>
        <source>Reviewed {date}</source>
        <translation>Reviewed {date}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>Written here</translation>
    </message>
    <message>
        <source>Edited here</source>
        <translation>Edited here</translation>
    </message>
    <message>
        <source>Possibly out of date: this guide was last reviewed more than 12 months ago. Check the steps against the service.</source>
        <translation>Possibly out of date: this guide was last reviewed more than 12 months ago. Check the steps against the service.</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Remove from favourites</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Text size {percent} %</translation>
    </message>
    <message>
        <source>Added to favourites.</source>
        <translation>Added to favourites.</translation>
    </message>
    <message>
        <source>Removed from favourites.</source>
        <translation>Removed from favourites.</translation>
    </message>
    <message>
        <source>Save the guide as a PDF handout</source>
        <translation>Save the guide as a PDF handout</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The handout was saved: {path}</source>
        <translation>The handout was saved: {path}</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Making the handout…</translation>
    </message>
    <message>
        <source>The guide was sent to the printer.</source>
        <translation>The guide was sent to the printer.</translation>
    </message>
    <message>
        <source>The guide was saved.</source>
        <translation>The guide was saved.</translation>
    </message>
    <message>
        <source>Delete the guide</source>
        <translation>Delete the guide</translation>
    </message>
    <message>
        <source>Delete the guide “{title}”? This cannot be undone.</source>
        <translation>Delete the guide “{title}”? This cannot be undone.</translation>
    </message>
    <message>
        <source>The guide was deleted.</source>
        <translation>The guide was deleted.</translation>
    </message>
</context>
<context>
    <name>GuidesArea</name>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Type a word, for example: valtuutus, resepti, huijaus</source>
        <translation>Type a word, for example: valtuutus, resepti, huijaus</translation>
    </message>
    <message>
        <source>Search guides</source>
        <translation>Search guides</translation>
    </message>
    <message>
        <source>Type words to search ({keys} from anywhere)</source>
        <translation>Type words to search ({keys} from anywhere)</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>Show guides of this topic</source>
        <translation>Show guides of this topic</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the guides</source>
        <translation>Language of the guides</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>Order of the guides</source>
        <translation>Order of the guides</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Best match first</translation>
    </message>
    <message>
        <source>Oldest review first</source>
        <translation>Oldest review first</translation>
    </message>
    <message>
        <source>“Oldest review first” shows which guides to check against the services next</source>
        <translation>“Oldest review first” shows which guides to check against the services next</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>&amp;Favourites only</translation>
    </message>
    <message>
        <source>Show only favourite guides</source>
        <translation>Show only favourite guides</translation>
    </message>
    <message>
        <source>Guides found</source>
        <translation>Guides found</translation>
    </message>
    <message>
        <source>&amp;New guide…</source>
        <translation>&amp;New guide…</translation>
    </message>
    <message>
        <source>Write a new guide</source>
        <translation>Write a new guide</translation>
    </message>
    <message>
        <source>&amp;Guide packs</source>
        <translation>&amp;Guide packs</translation>
    </message>
    <message>
        <source>Guide packs: import, export, remove</source>
        <translation>Guide packs: import, export, remove</translation>
    </message>
    <message>
        <source>&amp;Import a guide pack…</source>
        <translation>&amp;Import a guide pack…</translation>
    </message>
    <message>
        <source>E&amp;xport our guides as a pack…</source>
        <translation>E&amp;xport our guides as a pack…</translation>
    </message>
    <message>
        <source>&amp;Remove a guide pack…</source>
        <translation>&amp;Remove a guide pack…</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>No guides found. Try a shorter word, another topic or “All languages”.</source>
        <translation>No guides found. Try a shorter word, another topic or “All languages”.</translation>
    </message>
    <message>
        <source>1 guide</source>
        <translation>1 guide</translation>
    </message>
    <message>
        <source>{count} guides</source>
        <translation>{count} guides</translation>
    </message>
    <message>
        <source>The new guide was saved.</source>
        <translation>The new guide was saved.</translation>
    </message>
    <message>
        <source>Import a guide pack</source>
        <translation>Import a guide pack</translation>
    </message>
    <message>
        <source>Guide packs (*.zip)</source>
        <translation>Guide packs (*.zip)</translation>
    </message>
    <message>
        <source>The guide pack “{name}” (version {version}) was imported: {added} guides.</source>
        <translation>The guide pack “{name}” (version {version}) was imported: {added} guides.</translation>
    </message>
    <message>
        <source>The guide pack “{name}” was updated to version {version}: {added} new, {updated} updated, {removed} removed.</source>
        <translation>The guide pack “{name}” was updated to version {version}: {added} new, {updated} updated, {removed} removed.</translation>
    </message>
    <message>
        <source>{count} guides edited here were kept as they were.</source>
        <translation>{count} guides edited here were kept as they were.</translation>
    </message>
    <message>
        <source>The guide pack was not imported. Nothing was changed.</source>
        <translation>The guide pack was not imported. Nothing was changed.</translation>
    </message>
    <message>
        <source>Import guide pack</source>
        <translation>Import guide pack</translation>
    </message>
    <message>
        <source>Importing the guide pack…</source>
        <translation>Importing the guide pack…</translation>
    </message>
    <message>
        <source>Export our guides</source>
        <translation>Export our guides</translation>
    </message>
    <message>
        <source>our-guides</source>
        <translation>our-guides</translation>
    </message>
    <message>
        <source>Our guides</source>
        <translation>Our guides</translation>
    </message>
    <message>
        <source>{count} guides were exported to {path}</source>
        <translation>{count} guides were exported to {path}</translation>
    </message>
    <message>
        <source>Remove guide pack</source>
        <translation>Remove guide pack</translation>
    </message>
    <message>
        <source>No guide packs have been imported.</source>
        <translation>No guide packs have been imported.</translation>
    </message>
    <message>
        <source>{name} (version {version}, {count} guides)</source>
        <translation>{name} (version {version}, {count} guides)</translation>
    </message>
    <message>
        <source>Which guide pack do you want to remove?</source>
        <translation>Which guide pack do you want to remove?</translation>
    </message>
    <message>
        <source>Remove the guide pack “{name}” and its {count} guides? Guides edited here are kept.</source>
        <translation>Remove the guide pack “{name}” and its {count} guides? Guides edited here are kept.</translation>
    </message>
    <message>
        <source>The guide pack was removed ({count} guides).</source>
        <translation>The guide pack was removed ({count} guides).</translation>
    </message>
</context>
<context>
    <name>HelpLogArea</name>
    <message>
        <source>A correction of a help session has not been saved.</source>
        <translation>A correction of a help session has not been saved.</translation>
    </message>
    <message>
        <source>The help session in the form has not been saved.</source>
        <translation>The help session in the form has not been saved.</translation>
    </message>
    <message>
        <source>Help log</source>
        <translation>Help log</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation>Paper sheet</translation>
    </message>
    <message>
        <source>Volunteers and topics</source>
        <translation>Volunteers and topics</translation>
    </message>
    <message>
        <source>Parts of the help log</source>
        <translation>Parts of the help log</translation>
    </message>
    <message>
        <source>The last save was undone.</source>
        <translation>The last save was undone.</translation>
    </message>
    <message>
        <source>Statistics already sent</source>
        <translation>Statistics already sent</translation>
    </message>
</context>
<context>
    <name>HelpLogErrors</name>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>The duration must be between {low} and {high} minutes.</translation>
    </message>
    <message>
        <source>The date is in the future. Choose today or an earlier day.</source>
        <translation>The date is in the future. Choose today or an earlier day.</translation>
    </message>
    <message>
        <source>The start hour must be between {low} and {high}.</source>
        <translation>The start hour must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Choose at least one topic: type a word in the topic box.</source>
        <translation>Choose at least one topic: type a word in the topic box.</translation>
    </message>
    <message>
        <source>Choose at most {limit} topics.</source>
        <translation>Choose at most {limit} topics.</translation>
    </message>
    <message>
        <source>That topic is not in the list. Choose one from the list.</source>
        <translation>That topic is not in the list. Choose one from the list.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Choose one of the values in the list.</translation>
    </message>
    <message>
        <source>The number of people must be between {low} and {high}.</source>
        <translation>The number of people must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>More than one person is only possible for a group session. Choose &quot;Group session or course&quot; or set the number of people to 1.</source>
        <translation>More than one person is only possible for a group session. Choose &quot;Group session or course&quot; or set the number of people to 1.</translation>
    </message>
    <message>
        <source>Choose where the customer was referred to.</source>
        <translation>Choose where the customer was referred to.</translation>
    </message>
    <message>
        <source>The private note cannot be saved on this computer. Leave it empty.</source>
        <translation>The private note cannot be saved on this computer. Leave it empty.</translation>
    </message>
    <message>
        <source>Add at least one line from the paper sheet first.</source>
        <translation>Add at least one line from the paper sheet first.</translation>
    </message>
    <message>
        <source>On line {line}, the number must be between {low} and {high}.</source>
        <translation>On line {line}, the number must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>A volunteer with this name is already in the list. Add an initial to tell them apart.</source>
        <translation>A volunteer with this name is already in the list. Add an initial to tell them apart.</translation>
    </message>
    <message>
        <source>The &quot;other&quot; topics are always shown, so they cannot be hidden.</source>
        <translation>The &quot;other&quot; topics are always shown, so they cannot be hidden.</translation>
    </message>
    <message>
        <source>Choose a month from the list.</source>
        <translation>Choose a month from the list.</translation>
    </message>
    <message>
        <source>The statistics of {month} were already sent. Change this session anyway? The sent statistics will be marked as out of date, so they can be sent again.</source>
        <translation>The statistics of {month} were already sent. Change this session anyway? The sent statistics will be marked as out of date, so they can be sent again.</translation>
    </message>
</context>
<context>
    <name>HelpLogValues</name>
    <message>
        <source>On site, booked</source>
        <translation>On site, booked</translation>
    </message>
    <message>
        <source>On site, walk-in</source>
        <translation>On site, walk-in</translation>
    </message>
    <message>
        <source>Remote, by phone</source>
        <translation>Remote, by phone</translation>
    </message>
    <message>
        <source>Remote, video call</source>
        <translation>Remote, video call</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Group session or course</source>
        <translation>Group session or course</translation>
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
        <translation>85 or over</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Other language</translation>
    </message>
    <message>
        <source>Own phone</source>
        <translation>Own phone</translation>
    </message>
    <message>
        <source>Own tablet</source>
        <translation>Own tablet</translation>
    </message>
    <message>
        <source>Own computer</source>
        <translation>Own computer</translation>
    </message>
    <message>
        <source>The point&apos;s computer</source>
        <translation>The point&apos;s computer</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>No device</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes, with Suomi.fi e-Authorization</source>
        <translation>Yes, with Suomi.fi e-Authorization</translation>
    </message>
    <message>
        <source>Yes, with a written power of attorney</source>
        <translation>Yes, with a written power of attorney</translation>
    </message>
    <message>
        <source>Yes, as guardian or trustee</source>
        <translation>Yes, as guardian or trustee</translation>
    </message>
    <message>
        <source>Asked to use the customer&apos;s codes: declined</source>
        <translation>Asked to use the customer&apos;s codes: declined</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation>Partly solved</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>Not solved</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nothing more</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Referred onward</translation>
    </message>
    <message>
        <source>The service&apos;s own customer service</source>
        <translation>The service&apos;s own customer service</translation>
    </message>
    <message>
        <source>Kansalaisneuvonta (citizens&apos; advice)</source>
        <translation>Kansalaisneuvonta (citizens&apos; advice)</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Tax Administration</source>
        <translation>Tax Administration</translation>
    </message>
    <message>
        <source>The customer&apos;s bank</source>
        <translation>The customer&apos;s bank</translation>
    </message>
    <message>
        <source>Phone operator</source>
        <translation>Phone operator</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Wellbeing services county</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Another digital-support point</source>
        <translation>Another digital-support point</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>A course</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Somewhere else</translation>
    </message>
    <message>
        <source>Queue full</source>
        <translation>Queue full</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>No volunteer free</source>
        <translation>No volunteer free</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>Digituki is already open</source>
        <translation>Digituki is already open</translation>
    </message>
</context>
<context>
    <name>LinkedGuides</name>
    <message>
        <source>G&amp;uides for these topics:</source>
        <translation>G&amp;uides for these topics:</translation>
    </message>
    <message>
        <source>Guides for the chosen topics</source>
        <translation>Guides for the chosen topics</translation>
    </message>
    <message>
        <source>No guides for these topics yet.</source>
        <translation>No guides for these topics yet.</translation>
    </message>
    <message>
        <source>Choose a topic to see its guides.</source>
        <translation>Choose a topic to see its guides.</translation>
    </message>
    <message>
        <source>possibly out of date</source>
        <translation>possibly out of date</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Help log</source>
        <translation>Help log</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Digituki — digital support desk</source>
        <translation>Digituki — digital support desk</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Digituki — regional coordinator</source>
        <translation>Digituki — regional coordinator</translation>
    </message>
    <message>
        <source>{title} — DEMO (made-up data)</source>
        <translation>{title} — DEMO (made-up data)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Digituki</source>
        <translation>&amp;About Digituki</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Offline: the shared database cannot be reached. Help sessions are kept on this computer and sent when it answers again; bookings need the server.</source>
        <translation>Offline: the shared database cannot be reached. Help sessions are kept on this computer and sent when it answers again; bookings need the server.</translation>
    </message>
    <message>
        <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
        <translation>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</translation>
    </message>
    <message>
        <source>The database is not available.</source>
        <translation>The database is not available.</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Quit anyway?</translation>
    </message>
    <message>
        <source>&amp;Keep it for the next start</source>
        <translation>&amp;Keep it for the next start</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Discard and quit</translation>
    </message>
    <message>
        <source>About Digituki</source>
        <translation>About Digituki</translation>
    </message>
    <message>
        <source>Digituki {version}

For digital-support points: bookings, help log, guides and anonymous statistics.

Data folder: {folder}</source>
        <translation>Digituki {version}

For digital-support points: bookings, help log, guides and anonymous statistics.

Data folder: {folder}</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;New booking</translation>
    </message>
    <message>
        <source>Book a time for a customer</source>
        <translation>Book a time for a customer</translation>
    </message>
    <message>
        <source>&amp;Walk-in customer</source>
        <translation>&amp;Walk-in customer</translation>
    </message>
    <message>
        <source>Start helping a customer who has no booking</source>
        <translation>Start helping a customer who has no booking</translation>
    </message>
    <message>
        <source>&amp;Log help</source>
        <translation>&amp;Log help</translation>
    </message>
    <message>
        <source>Open the help-log form</source>
        <translation>Open the help-log form</translation>
    </message>
    <message>
        <source>&amp;Search guides</source>
        <translation>&amp;Search guides</translation>
    </message>
    <message>
        <source>Go to the guides and type what you are looking for</source>
        <translation>Go to the guides and type what you are looking for</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Undo last save</translation>
    </message>
    <message>
        <source>Take back the help session saved last</source>
        <translation>Take back the help session saved last</translation>
    </message>
</context>
<context>
    <name>ManageTab</name>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>First names or initials only. The names stay on this computer.</source>
        <translation>First names or initials only. The names stay on this computer.</translation>
    </message>
    <message>
        <source>Volunteers of this point</source>
        <translation>Volunteers of this point</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Volunteer&apos;s first name or initials</source>
        <translation>Volunteer&apos;s first name or initials</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Add a volunteer</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Rename the selected volunteer</source>
        <translation>Rename the selected volunteer</translation>
    </message>
    <message>
        <source>Ac&amp;tive or not</source>
        <translation>Ac&amp;tive or not</translation>
    </message>
    <message>
        <source>Mark the selected volunteer active or not</source>
        <translation>Mark the selected volunteer active or not</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Day of the shift</source>
        <translation>Day of the shift</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <source>Volunteer of the shift</source>
        <translation>Volunteer of the shift</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Length of the shift in minutes</source>
        <translation>Length of the shift in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Record the shift</source>
        <translation>&amp;Record the shift</translation>
    </message>
    <message>
        <source>Record the shift</source>
        <translation>Record the shift</translation>
    </message>
    <message>
        <source>Topics shown in the form</source>
        <translation>Topics shown in the form</translation>
    </message>
    <message>
        <source>Untick topics this point never deals with. The &quot;other&quot; topics are always shown. Statistics use the same codes at every point.</source>
        <translation>Untick topics this point never deals with. The &quot;other&quot; topics are always shown. Statistics use the same codes at every point.</translation>
    </message>
    <message>
        <source>Save the topic choices</source>
        <translation>Save the topic choices</translation>
    </message>
    <message>
        <source>{name} (not active)</source>
        <translation>{name} (not active)</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Always shown</translation>
    </message>
    <message>
        <source>The topic choices were saved.</source>
        <translation>The topic choices were saved.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} was added.</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Choose a volunteer in the list first.</translation>
    </message>
    <message>
        <source>The name was changed to {name}.</source>
        <translation>The name was changed to {name}.</translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation>{name} is active again.</translation>
    </message>
    <message>
        <source>{name} is no longer active. Their sessions stay as they are.</source>
        <translation>{name} is no longer active. Their sessions stay as they are.</translation>
    </message>
    <message>
        <source>The shift was recorded.</source>
        <translation>The shift was recorded.</translation>
    </message>
    <message>
        <source>No shifts recorded this month yet.</source>
        <translation>No shifts recorded this month yet.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>not named</translation>
    </message>
    <message>
        <source>{name}: {hours} h {minutes} min</source>
        <translation>{name}: {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>This month: {list}</source>
        <translation>This month: {list}</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Not saved. {reason}</translation>
    </message>
</context>
<context>
    <name>NoticeEditor</name>
    <message>
        <source>Wording of the privacy notice</source>
        <translation>Wording of the privacy notice</translation>
    </message>
    <message>
        <source>Plain words help customers. {point}, {controller}, {contact} and {days} are filled in from the settings. Empty a box to use the default text.</source>
        <translation>Plain words help customers. {point}, {controller}, {contact} and {days} are filled in from the settings. Empty a box to use the default text.</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Not saved. The shared database cannot be reached, and a private note cannot be kept on this computer. Remove the note to keep the session here for now.</source>
        <translation>Not saved. The shared database cannot be reached, and a private note cannot be kept on this computer. Remove the note to keep the session here for now.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. The session was kept on this computer and is sent automatically when the connection is back.</source>
        <translation>The shared database cannot be reached. The session was kept on this computer and is sent automatically when the connection is back.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached: some information is not shown. Help sessions are kept on this computer; bookings need the server.</source>
        <translation>The shared database cannot be reached: some information is not shown. Help sessions are kept on this computer; bookings need the server.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Length of an &amp;appointment:</source>
        <translation>Length of an &amp;appointment:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of an appointment in minutes</source>
        <translation>Length of an appointment in minutes</translation>
    </message>
    <message>
        <source>Customers &amp;at the same time:</source>
        <translation>Customers &amp;at the same time:</translation>
    </message>
    <message>
        <source>How many customers can be helped at the same time</source>
        <translation>How many customers can be helped at the same time</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Save the appointment length and places</source>
        <translation>Save the appointment length and places</translation>
    </message>
    <message>
        <source>Weekly opening hours</source>
        <translation>Weekly opening hours</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <source>Add &amp;hours</source>
        <translation>Add &amp;hours</translation>
    </message>
    <message>
        <source>Add these weekly opening hours</source>
        <translation>Add these weekly opening hours</translation>
    </message>
    <message>
        <source>&amp;Remove selected hours</source>
        <translation>&amp;Remove selected hours</translation>
    </message>
    <message>
        <source>Remove the selected weekly opening hours</source>
        <translation>Remove the selected weekly opening hours</translation>
    </message>
    <message>
        <source>Closed days and extra openings</source>
        <translation>Closed days and extra openings</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <source>Date of the exception</source>
        <translation>Date of the exception</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Extra opening</source>
        <translation>Extra opening</translation>
    </message>
    <message>
        <source>Closed or extra opening</source>
        <translation>Closed or extra opening</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>Extra opening starts</source>
        <translation>Extra opening starts</translation>
    </message>
    <message>
        <source>T&amp;ill:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>Extra opening ends</source>
        <translation>Extra opening ends</translation>
    </message>
    <message>
        <source>Add e&amp;xception</source>
        <translation>Add e&amp;xception</translation>
    </message>
    <message>
        <source>Add this closed day or extra opening</source>
        <translation>Add this closed day or extra opening</translation>
    </message>
    <message>
        <source>Remove selected e&amp;xception</source>
        <translation>Remove selected e&amp;xception</translation>
    </message>
    <message>
        <source>Remove the selected exception</source>
        <translation>Remove the selected exception</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>extra opening {start}–{end}</source>
        <translation>extra opening {start}–{end}</translation>
    </message>
    <message>
        <source>Bookings to move</source>
        <translation>Bookings to move</translation>
    </message>
    <message>
        <source>These bookings no longer fit the opening hours. They were kept: move or cancel them in the week view (they are marked there).

{bookings}</source>
        <translation>These bookings no longer fit the opening hours. They were kept: move or cancel them in the week view (they are marked there).

{bookings}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Opening hours added.</source>
        <translation>Opening hours added.</translation>
    </message>
    <message>
        <source>Select the hours to remove first.</source>
        <translation>Select the hours to remove first.</translation>
    </message>
    <message>
        <source>Opening hours removed.</source>
        <translation>Opening hours removed.</translation>
    </message>
    <message>
        <source>Exception added.</source>
        <translation>Exception added.</translation>
    </message>
    <message>
        <source>Select the exception to remove first.</source>
        <translation>Select the exception to remove first.</translation>
    </message>
    <message>
        <source>Exception removed.</source>
        <translation>Exception removed.</translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <source>Paper sheet for days without a computer</source>
        <translation>Paper sheet for days without a computer</translation>
    </message>
    <message>
        <source>Print the one-page sheet. It has the same topics and questions as the form. Enter the filled sheet below later.</source>
        <translation>Print the one-page sheet. It has the same topics and questions as the form. Enter the filled sheet below later.</translation>
    </message>
    <message>
        <source>&amp;Make the sheet (PDF)…</source>
        <translation>&amp;Make the sheet (PDF)…</translation>
    </message>
    <message>
        <source>Make the paper sheet as a PDF file</source>
        <translation>Make the paper sheet as a PDF file</translation>
    </message>
    <message>
        <source>Enter a filled paper sheet</source>
        <translation>Enter a filled paper sheet</translation>
    </message>
    <message>
        <source>One line for each kind of customer: topic number, age and outcome, and how many customers were like that. The values above apply to the whole sheet.</source>
        <translation>One line for each kind of customer: topic number, age and outcome, and how many customers were like that. The values above apply to the whole sheet.</translation>
    </message>
    <message>
        <source>&amp;Date on the sheet:</source>
        <translation>&amp;Date on the sheet:</translation>
    </message>
    <message>
        <source>Date on the sheet</source>
        <translation>Date on the sheet</translation>
    </message>
    <message>
        <source>Start h&amp;our:</source>
        <translation>Start h&amp;our:</translation>
    </message>
    <message>
        <source>Start hour</source>
        <translation>Start hour</translation>
    </message>
    <message>
        <source>Form of &amp;support:</source>
        <translation>Form of &amp;support:</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Form of support</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of service</source>
        <translation>Language of service</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>Dev&amp;ice:</translation>
    </message>
    <message>
        <source>Device used</source>
        <translation>Device used</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Minutes each</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Lines of the paper sheet</source>
        <translation>Lines of the paper sheet</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>&amp;Add a line</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>&amp;Remove the line</source>
        <translation>&amp;Remove the line</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation>&amp;Save the sheet</translation>
    </message>
    <message>
        <source>Save all lines of the sheet</source>
        <translation>Save all lines of the sheet</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Line {line}: {field}</source>
        <translation>Line {line}: {field}</translation>
    </message>
    <message>
        <source>Customers on the sheet: {count}</source>
        <translation>Customers on the sheet: {count}</translation>
    </message>
    <message>
        <source>Sessions saved from the paper sheet: {count}.</source>
        <translation>Sessions saved from the paper sheet: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Not saved. {reason}</translation>
    </message>
    <message>
        <source>digital-support-sheet</source>
        <translation>digital-support-sheet</translation>
    </message>
    <message>
        <source>Save the paper sheet</source>
        <translation>Save the paper sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was saved as {path}. It opens now so you can print it.</source>
        <translation>The sheet was saved as {path}. It opens now so you can print it.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set the point&apos;s passphrase</source>
        <translation>Set the point&apos;s passphrase</translation>
    </message>
    <message>
        <source>Customers&apos; names and phone numbers are stored locked. Choose a passphrase for this point (at least 10 characters, for example a short sentence). You can print it on a recovery sheet for the point&apos;s lead. Without it, the names cannot be opened on another computer.</source>
        <translation>Customers&apos; names and phone numbers are stored locked. Choose a passphrase for this point (at least 10 characters, for example a short sentence). You can print it on a recovery sheet for the point&apos;s lead. Without it, the names cannot be opened on another computer.</translation>
    </message>
    <message>
        <source>Open customers&apos; details</source>
        <translation>Open customers&apos; details</translation>
    </message>
    <message>
        <source>Type the point&apos;s passphrase to show customers&apos; names and phone numbers. If you do not know it, press Cancel: everything else works, names are shown as –.</source>
        <translation>Type the point&apos;s passphrase to show customers&apos; names and phone numbers. If you do not know it, press Cancel: everything else works, names are shown as –.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
        <translation>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>The privacy notice tells customers what is kept about them, why, for how long and how to use their rights. Print it for the desk or give it on request.</source>
        <translation>The privacy notice tells customers what is kept about them, why, for how long and how to use their rights. Print it for the desk or give it on request.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the notice:</source>
        <translation>Lan&amp;guage of the notice:</translation>
    </message>
    <message>
        <source>Language of the privacy notice</source>
        <translation>Language of the privacy notice</translation>
    </message>
    <message>
        <source>Privacy &amp;notice (PDF)</source>
        <translation>Privacy &amp;notice (PDF)</translation>
    </message>
    <message>
        <source>Open the privacy notice as a PDF</source>
        <translation>Open the privacy notice as a PDF</translation>
    </message>
    <message>
        <source>Edit the &amp;wording…</source>
        <translation>Edit the &amp;wording…</translation>
    </message>
    <message>
        <source>Edit the wording of the privacy notice</source>
        <translation>Edit the wording of the privacy notice</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Warning: the database is on a network drive. Use a folder on this computer so that nothing is lost.</source>
        <translation>Warning: the database is on a network drive. Use a folder on this computer so that nothing is lost.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Save a recovery sheet to print? It holds the passphrase: keep the paper locked away with the point&apos;s lead, and delete the file after printing.</source>
        <translation>Save a recovery sheet to print? It holds the passphrase: keep the paper locked away with the point&apos;s lead, and delete the file after printing.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery sheet saved: {path}</source>
        <translation>Recovery sheet saved: {path}</translation>
    </message>
    <message>
        <source>Digituki</source>
        <translation>Digituki</translation>
    </message>
    <message>
        <source>Digituki was updated. An earlier update had lost the topics of help sessions; they were restored from the backup {backup}, and the statistics count them again. Sessions with their topics back: {count}.</source>
        <translation>Digituki was updated. An earlier update had lost the topics of help sessions; they were restored from the backup {backup}, and the statistics count them again. Sessions with their topics back: {count}.</translation>
    </message>
    <message>
        <source>An earlier update lost the topics of help sessions, and no backup made before it was found. The sessions are kept, but their topics are missing from the statistics. A copy of the database from before that update still holds them: ask your support person. Sessions without topics: {count}.</source>
        <translation>An earlier update lost the topics of help sessions, and no backup made before it was found. The sessions are kept, but their topics are missing from the statistics. A copy of the database from before that update still holds them: ask your support person. Sessions without topics: {count}.</translation>
    </message>
    <message>
        <source>Digituki was updated</source>
        <translation>Digituki was updated</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>The database is missing</translation>
    </message>
    <message>
        <source>The database file is missing or empty, and there is no backup to bring back. Start with a new, empty database? The files left beside it are kept aside for your support person.</source>
        <translation>The database file is missing or empty, and there is no backup to bring back. Start with a new, empty database? The files left beside it are kept aside for your support person.</translation>
    </message>
    <message>
        <source>The database file is damaged and there is no backup to bring back. Ask your support person for help. The damaged file is kept as it is.</source>
        <translation>The database file is damaged and there is no backup to bring back. Ask your support person for help. The damaged file is kept as it is.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Bring back the newest backup from {date} at {time}? Changes made after it are lost. Files left beside the database are kept aside.</source>
        <translation>The database file is missing or empty. Bring back the newest backup from {date} at {time}? Changes made after it are lost. Files left beside the database are kept aside.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The database file is damaged. Bring back the newest backup from {date} at {time}? Changes made after it are lost. The damaged file is kept aside.</source>
        <translation>The database file is damaged. Bring back the newest backup from {date} at {time}? Changes made after it are lost. The damaged file is kept aside.</translation>
    </message>
    <message>
        <source>Bringing back the backup…</source>
        <translation>Bringing back the backup…</translation>
    </message>
    <message>
        <source>Customers&apos; details are hidden while nobody uses Digituki.</source>
        <translation>Customers&apos; details are hidden while nobody uses Digituki.</translation>
    </message>
    <message>
        <source>&amp;Show customers&apos; details</source>
        <translation>&amp;Show customers&apos; details</translation>
    </message>
    <message>
        <source>Show customers&apos; details</source>
        <translation>Show customers&apos; details</translation>
    </message>
    <message>
        <source>Point PIN:</source>
        <translation>Point PIN:</translation>
    </message>
    <message>
        <source>The PIN is not right. Try again.</source>
        <translation>The PIN is not right. Try again.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <source>Set or change the &amp;passphrase…</source>
        <translation>Set or change the &amp;passphrase…</translation>
    </message>
    <message>
        <source>Set or change the point&apos;s passphrase</source>
        <translation>Set or change the point&apos;s passphrase</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Back up now to a folder or USB stick</source>
        <translation>Back up now to a folder or USB stick</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Restore the data from a backup file</source>
        <translation>Restore the data from a backup file</translation>
    </message>
    <message>
        <source>&amp;Hide customers&apos; details after:</source>
        <translation>&amp;Hide customers&apos; details after:</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min without use</translation>
    </message>
    <message>
        <source>Minutes without use before customers&apos; details are hidden</source>
        <translation>Minutes without use before customers&apos; details are hidden</translation>
    </message>
    <message>
        <source>Point P&amp;IN to show them (optional):</source>
        <translation>Point P&amp;IN to show them (optional):</translation>
    </message>
    <message>
        <source>Point PIN, 4 to 12 digits; empty for none</source>
        <translation>Point PIN, 4 to 12 digits; empty for none</translation>
    </message>
    <message>
        <source>4–12 digits; leave empty for none</source>
        <translation>4–12 digits; leave empty for none</translation>
    </message>
    <message>
        <source>Save the &amp;lock settings</source>
        <translation>Save the &amp;lock settings</translation>
    </message>
    <message>
        <source>Save the lock settings</source>
        <translation>Save the lock settings</translation>
    </message>
    <message>
        <source>This is a demo point: its data is made up and its key is public, so it needs no passphrase. Never enter real customers here; start a real point in its own data folder.</source>
        <translation>This is a demo point: its data is made up and its key is public, so it needs no passphrase. Never enter real customers here; start a real point in its own data folder.</translation>
    </message>
    <message>
        <source>Customers&apos; details are locked on this computer. Use the passphrase to open them.</source>
        <translation>Customers&apos; details are locked on this computer. Use the passphrase to open them.</translation>
    </message>
    <message>
        <source>Customers&apos; details cannot be opened: no key. Set a passphrase to start again.</source>
        <translation>Customers&apos; details cannot be opened: no key. Set a passphrase to start again.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s secure key store and protected by the point&apos;s passphrase.</source>
        <translation>The key is kept in this computer&apos;s secure key store and protected by the point&apos;s passphrase.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s secure key store. Set a passphrase so the data can be opened on another computer.</source>
        <translation>The key is kept in this computer&apos;s secure key store. Set a passphrase so the data can be opened on another computer.</translation>
    </message>
    <message>
        <source>This computer has no secure key store: the point&apos;s passphrase is asked once each time Digituki starts.</source>
        <translation>This computer has no secure key store: the point&apos;s passphrase is asked once each time Digituki starts.</translation>
    </message>
    <message>
        <source>This point signs its coordinator files with the key {fingerprint}. If the coordinator asks, read it out on the phone.</source>
        <translation>This point signs its coordinator files with the key {fingerprint}. If the coordinator asks, read it out on the phone.</translation>
    </message>
    <message>
        <source>Old contact details have not been removed yet.</source>
        <translation>Old contact details have not been removed yet.</translation>
    </message>
    <message>
        <source>Old contact details and notes were last removed on {date} at {time}: {count} records cleared.</source>
        <translation>Old contact details and notes were last removed on {date} at {time}: {count} records cleared.</translation>
    </message>
    <message>
        <source>A PIN is set; type a new one to change it</source>
        <translation>A PIN is set; type a new one to change it</translation>
    </message>
    <message>
        <source>The passphrase was saved.</source>
        <translation>The passphrase was saved.</translation>
    </message>
    <message>
        <source>Choose the folder or USB stick for the backup</source>
        <translation>Choose the folder or USB stick for the backup</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Write a backup of all data to {folder}?

The backup holds customers&apos; names and phone numbers (encrypted) until you delete the copy: the retention purge cannot reach a copy outside Digituki&apos;s own folder. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Write a backup of all data to {folder}?

The backup holds customers&apos; names and phone numbers (encrypted) until you delete the copy: the retention purge cannot reach a copy outside Digituki&apos;s own folder. Keep it safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}. It holds customers&apos; details until you delete it.</source>
        <translation>Backup written and checked: {path}. It holds customers&apos; details until you delete it.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Digituki backups (*.sqlite3)</source>
        <translation>Digituki backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Replace all data with the backup {name}? Changes made after the backup are lost. The current data file is kept aside.</source>
        <translation>Replace all data with the backup {name}? Changes made after the backup are lost. The current data file is kept aside.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The lock settings were saved.</source>
        <translation>The lock settings were saved.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Form of support</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Mo&amp;nth:</source>
        <translation>Mo&amp;nth:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Out&amp;come:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Logged sessions</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Correct the selected session</source>
        <translation>Correct the selected session</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Delete the selected session</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>All volunteers</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>Sessions: {count}</source>
        <translation>Sessions: {count}</translation>
    </message>
    <message>
        <source>the statistics of this month were already sent</source>
        <translation>the statistics of this month were already sent</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>Choose a session in the list first.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete the session of {date} ({topics})? You can undo this.</source>
        <translation>Delete the session of {date} ({topics})? You can undo this.</translation>
    </message>
    <message>
        <source>The session was deleted. &quot;Undo last save&quot; brings it back.</source>
        <translation>The session was deleted. &quot;Undo last save&quot; brings it back.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;olours:</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast (black, white, yellow)</source>
        <translation>High contrast (black, white, yellow)</translation>
    </message>
    <message>
        <source>&amp;Use Digituki as:</source>
        <translation>&amp;Use Digituki as:</translation>
    </message>
    <message>
        <source>Use Digituki as</source>
        <translation>Use Digituki as</translation>
    </message>
    <message>
        <source>A digital-support point (the desk)</source>
        <translation>A digital-support point (the desk)</translation>
    </message>
    <message>
        <source>Regional coordinator (collect the points&apos; statistics)</source>
        <translation>Regional coordinator (collect the points&apos; statistics)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>This region (its name heads the regional report)</source>
        <translation>This region (its name heads the regional report)</translation>
    </message>
    <message>
        <source>&amp;Name of the region:</source>
        <translation>&amp;Name of the region:</translation>
    </message>
    <message>
        <source>Name of the region</source>
        <translation>Name of the region</translation>
    </message>
    <message>
        <source>This digital-support point</source>
        <translation>This digital-support point</translation>
    </message>
    <message>
        <source>&amp;Name of the point:</source>
        <translation>&amp;Name of the point:</translation>
    </message>
    <message>
        <source>Name of the point</source>
        <translation>Name of the point</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Point&apos;s &amp;phone number:</source>
        <translation>Point&apos;s &amp;phone number:</translation>
    </message>
    <message>
        <source>Point&apos;s phone number</source>
        <translation>Point&apos;s phone number</translation>
    </message>
    <message>
        <source>printed on slips, e.g. 09 123 4567</source>
        <translation>printed on slips, e.g. 09 123 4567</translation>
    </message>
    <message>
        <source>&amp;Where to find us:</source>
        <translation>&amp;Where to find us:</translation>
    </message>
    <message>
        <source>Where to find us</source>
        <translation>Where to find us</translation>
    </message>
    <message>
        <source>e.g. Main library, 2nd floor, information desk</source>
        <translation>e.g. Main library, 2nd floor, information desk</translation>
    </message>
    <message>
        <source>Point&apos;s &amp;e-mail:</source>
        <translation>Point&apos;s &amp;e-mail:</translation>
    </message>
    <message>
        <source>Point&apos;s e-mail</source>
        <translation>Point&apos;s e-mail</translation>
    </message>
    <message>
        <source>&amp;Keep customers&apos; contact details for:</source>
        <translation>&amp;Keep customers&apos; contact details for:</translation>
    </message>
    <message>
        <source>Days to keep customers&apos; contact details</source>
        <translation>Days to keep customers&apos; contact details</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Customers&apos; usual language of ser&amp;vice:</source>
        <translation>Customers&apos; usual language of ser&amp;vice:</translation>
    </message>
    <message>
        <source>Customers&apos; usual language of service</source>
        <translation>Customers&apos; usual language of service</translation>
    </message>
    <message>
        <source>&amp;Save the point&apos;s details</source>
        <translation>&amp;Save the point&apos;s details</translation>
    </message>
    <message>
        <source>Save the point&apos;s details</source>
        <translation>Save the point&apos;s details</translation>
    </message>
    <message>
        <source>Import a new topic list from the &amp;coordinator…</source>
        <translation>Import a new topic list from the &amp;coordinator…</translation>
    </message>
    <message>
        <source>Import a new topic list from the coordinator</source>
        <translation>Import a new topic list from the coordinator</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Language changed.</translation>
    </message>
    <message>
        <source>Colours changed.</source>
        <translation>Colours changed.</translation>
    </message>
    <message>
        <source>Switch to coordinator mode now? The window changes to the coordinator&apos;s view with its own data. The point&apos;s data stays safe and comes back when you switch back here.</source>
        <translation>Switch to coordinator mode now? The window changes to the coordinator&apos;s view with its own data. The point&apos;s data stays safe and comes back when you switch back here.</translation>
    </message>
    <message>
        <source>Switch back to the digital-support point&apos;s desk now? The coordinator&apos;s data stays safe.</source>
        <translation>Switch back to the digital-support point&apos;s desk now? The coordinator&apos;s data stays safe.</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Change mode</translation>
    </message>
    <message>
        <source>The point&apos;s details were saved.</source>
        <translation>The point&apos;s details were saved.</translation>
    </message>
    <message>
        <source>Choose the topic-list file</source>
        <translation>Choose the topic-list file</translation>
    </message>
    <message>
        <source>Topic-list files (*.json);;All files (*)</source>
        <translation>Topic-list files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Topic list version {version} is now in use ({added} new topics, {changed} changed). The regional reports count earlier statistics under the new topics.</source>
        <translation>Topic list version {version} is now in use ({added} new topics, {changed} changed). The regional reports count earlier statistics under the new topics.</translation>
    </message>
    <message>
        <source>The list is signed by the coordinator key {fingerprint}. This point keeps that key from now on and refuses lists signed by another one. Compare the fingerprint with your coordinator on the phone.</source>
        <translation>The list is signed by the coordinator key {fingerprint}. This point keeps that key from now on and refuses lists signed by another one. Compare the fingerprint with your coordinator on the phone.</translation>
    </message>
    <message>
        <source>This topic list is signed by ANOTHER key than the coordinator&apos;s lists before: {fingerprint}.

Someone else may have made it. Accept it only if your coordinator tells you on the phone that their key changed and reads out the same fingerprint.</source>
        <translation>This topic list is signed by ANOTHER key than the coordinator&apos;s lists before: {fingerprint}.

Someone else may have made it. Accept it only if your coordinator tells you on the phone that their key changed and reads out the same fingerprint.</translation>
    </message>
    <message>
        <source>This topic list is NOT SIGNED: anyone can make such a file.

Accept it only if you are sure it comes from your coordinator.</source>
        <translation>This topic list is NOT SIGNED: anyone can make such a file.

Accept it only if you are sure it comes from your coordinator.</translation>
    </message>
    <message>
        <source>Accept this topic list?</source>
        <translation>Accept this topic list?</translation>
    </message>
    <message>
        <source>This topic list (or a newer one) is already in use.</source>
        <translation>This topic list (or a newer one) is already in use.</translation>
    </message>
    <message>
        <source>This topic list skips a version. Import the coordinator&apos;s earlier topic list first.</source>
        <translation>This topic list skips a version. Import the coordinator&apos;s earlier topic list first.</translation>
    </message>
    <message>
        <source>The file was damaged or changed after it was made.</source>
        <translation>The file was damaged or changed after it was made.</translation>
    </message>
    <message>
        <source>The file was changed after the coordinator signed it.</source>
        <translation>The file was changed after the coordinator signed it.</translation>
    </message>
    <message>
        <source>This file is not a usable topic list from the coordinator.</source>
        <translation>This file is not a usable topic list from the coordinator.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Choose a month from the list.</source>
        <translation>Choose a month from the list.</translation>
    </message>
    <message>
        <source>The first month must come before the last month.</source>
        <translation>The first month must come before the last month.</translation>
    </message>
    <message>
        <source>Choose at most ten years at a time.</source>
        <translation>Choose at most ten years at a time.</translation>
    </message>
    <message>
        <source>The coordinator file could not be made. Nothing was saved.</source>
        <translation>The coordinator file could not be made. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>Which period</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation>Length of the period</translation>
    </message>
    <message>
        <source>One month</source>
        <translation>One month</translation>
    </message>
    <message>
        <source>Several months</source>
        <translation>Several months</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>The numbers</translation>
    </message>
    <message>
        <source>Help sessions:</source>
        <translation>Help sessions:</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Customers:</translation>
    </message>
    <message>
        <source>Time spent helping:</source>
        <translation>Time spent helping:</translation>
    </message>
    <message>
        <source>A typical session:</source>
        <translation>A typical session:</translation>
    </message>
    <message>
        <source>Volunteer hours:</source>
        <translation>Volunteer hours:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Privacy:</translation>
    </message>
    <message>
        <source>Ta&amp;bles:</source>
        <translation>Ta&amp;bles:</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Numbers of the chosen table</source>
        <translation>Numbers of the chosen table</translation>
    </message>
    <message>
        <source>Bar chart of the chosen table</source>
        <translation>Bar chart of the chosen table</translation>
    </message>
    <message>
        <source>Save for the coordination group</source>
        <translation>Save for the coordination group</translation>
    </message>
    <message>
        <source>Save &amp;PDF report</source>
        <translation>Save &amp;PDF report</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <source>Save &amp;Excel file (XLSX)</source>
        <translation>Save &amp;Excel file (XLSX)</translation>
    </message>
    <message>
        <source>Save Excel file</source>
        <translation>Save Excel file</translation>
    </message>
    <message>
        <source>Save &amp;CSV file</source>
        <translation>Save &amp;CSV file</translation>
    </message>
    <message>
        <source>Save CSV file</source>
        <translation>Save CSV file</translation>
    </message>
    <message>
        <source>Save coor&amp;dinator file</source>
        <translation>Save coor&amp;dinator file</translation>
    </message>
    <message>
        <source>Save coordinator file</source>
        <translation>Save coordinator file</translation>
    </message>
    <message>
        <source>Save &amp;all four</source>
        <translation>Save &amp;all four</translation>
    </message>
    <message>
        <source>Save all four files</source>
        <translation>Save all four files</translation>
    </message>
    <message>
        <source>&amp;Hide numbers smaller than:</source>
        <translation>&amp;Hide numbers smaller than:</translation>
    </message>
    <message>
        <source>Hide numbers smaller than</source>
        <translation>Hide numbers smaller than</translation>
    </message>
    <message>
        <source>Saved earlier</source>
        <translation>Saved earlier</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
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
        <translation>Fewer than 10 help sessions: only their number is shown and saved.</translation>
    </message>
    <message>
        <source>Numbers 1–{k1} are shown as &lt;{k}; × hides a number that could otherwise be worked out from the totals.</source>
        <translation>Numbers 1–{k1} are shown as &lt;{k}; × hides a number that could otherwise be worked out from the totals.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>This table is not shown: its numbers are too small.</source>
        <translation>This table is not shown: its numbers are too small.</translation>
    </message>
    <message>
        <source>Age groups were combined so that more numbers can be shown.</source>
        <translation>Age groups were combined so that more numbers can be shown.</translation>
    </message>
    <message>
        <source>Topics combined into their group: {groups}</source>
        <translation>Topics combined into their group: {groups}</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Excel file</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Coordinator file</source>
        <translation>Coordinator file</translation>
    </message>
    <message>
        <source>Changed after saving</source>
        <translation>Changed after saving</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Choose the folder for the files</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saving the files…</source>
        <translation>Saving the files…</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation>Saved {files} in {folder}.</translation>
    </message>
    <message>
        <source>The files could not be saved in that folder. Choose another folder.</source>
        <translation>The files could not be saved in that folder. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>TodayArea</name>
    <message>
        <source>Today: {day}</source>
        <translation>Today: {day}</translation>
    </message>
    <message>
        <source>&amp;Walk-in customer</source>
        <translation>&amp;Walk-in customer</translation>
    </message>
    <message>
        <source>Walk-in customer: start helping without a booking</source>
        <translation>Walk-in customer: start helping without a booking</translation>
    </message>
    <message>
        <source>Start helping a customer who has no booking ({keys})</source>
        <translation>Start helping a customer who has no booking ({keys})</translation>
    </message>
    <message>
        <source>Book a time for a customer ({keys})</source>
        <translation>Book a time for a customer ({keys})</translation>
    </message>
    <message>
        <source>&amp;New booking (Ctrl+N)</source>
        <translation>&amp;New booking (Ctrl+N)</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Today&apos;s bookings and free times</source>
        <translation>Today&apos;s bookings and free times</translation>
    </message>
    <message>
        <source>The point has no opening hours today. Walk-in customers can still be helped.</source>
        <translation>The point has no opening hours today. Walk-in customers can still be helped.</translation>
    </message>
    <message>
        <source>No free times left today.</source>
        <translation>No free times left today.</translation>
    </message>
    <message>
        <source>{time} ({count} free)</source>
        <translation>{time} ({count} free)</translation>
    </message>
    <message>
        <source>Free times today: {times}</source>
        <translation>Free times today: {times}</translation>
    </message>
    <message>
        <source>Booked: {time}.</source>
        <translation>Booked: {time}.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved input</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
</TS>
