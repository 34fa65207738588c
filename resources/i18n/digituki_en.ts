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
    <name>Placeholder</name>
    <message>
        <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
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
    <name>Statistics</name>
    <message>
        <source>Choose a month from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month must come before the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most ten years at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator file could not be made. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent helping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;bles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of the chosen table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of the chosen table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for the coordination group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Excel file (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save coor&amp;dinator file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save coordinator file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;all four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all four files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide numbers smaller than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide numbers smaller than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 10 help sessions: only their number is shown and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers 1–{k1} are shown as &lt;{k}; × hides a number that could otherwise be worked out from the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table is not shown: its numbers are too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups were combined so that more numbers can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics combined into their group: {groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be saved in that folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
