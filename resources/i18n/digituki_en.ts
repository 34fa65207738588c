<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../digituki/ui/errors.py" line="25"/>
        <source>The value must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="26"/>
        <source>The text is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="27"/>
        <source>Choose Finnish, Swedish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="28"/>
        <source>This information is needed. Please fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="35"/>
        <source>This database was saved by a newer version of Digituki. Install the newest version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="40"/>
        <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="45"/>
        <source>The item was not found. It may have been removed on another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="48"/>
        <source>Someone changed this at the same time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="52"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="73"/>
        <source>Please check the information you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="79"/>
        <location filename="../../digituki/ui/errors.py" line="90"/>
        <source>Digituki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/errors.py" line="91"/>
        <source>Something unexpected happened. Your saved work is safe. If it happens again, tell your support person; the details are in the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="45"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="46"/>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="47"/>
        <source>Help log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="48"/>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="49"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="52"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="92"/>
        <location filename="../../digituki/ui/main_window.py" line="171"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="128"/>
        <source>Digituki — digital support desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="131"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="133"/>
        <source>&amp;About Digituki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="134"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="179"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="188"/>
        <source>The database could not be opened. Restart Digituki; if this happens again, ask your support person to look at the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="199"/>
        <source>The database is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="242"/>
        <source>About Digituki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/main_window.py" line="243"/>
        <source>Digituki {version}

For digital-support points: bookings, help log, guides and anonymous statistics.

Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../digituki/ui/widgets/placeholder.py" line="63"/>
        <source>This part of Digituki is not ready yet. It will come in a later version. Until then, please keep using your current way of working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="47"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="48"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="49"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="50"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="51"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="52"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="53"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="54"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="55"/>
        <source>This digital-support point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="56"/>
        <source>&amp;Name of the point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="57"/>
        <source>Name of the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="58"/>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="59"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="60"/>
        <source>&amp;Keep customers&apos; contact details for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="61"/>
        <source>Days to keep customers&apos; contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="62"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="63"/>
        <source>&amp;Save the point&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="64"/>
        <source>Save the point&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="76"/>
        <source>Language changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digituki/ui/settings/widget.py" line="111"/>
        <source>The point&apos;s details were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
