#include "demopeople.h"

#include "adminunitstore.h"
#include "cccdqr.h"

#include <algorithm>
#include <iterator>

namespace pd::core {

namespace {
// Family names with rough shares in per mille (Nguyễn about 38 %, Trần 11 %,
// Lê 9.5 %, ...), so common names are as common as in a real commune.
struct Weighted {
    const char *name;
    int weight;
};
constexpr Weighted kFamilyNames[] = {
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95},    {"Phạm", 70}, {"Hoàng", 30}, {"Huỳnh", 21},
    {"Phan", 45},    {"Vũ", 20},    {"Võ", 19},    {"Đặng", 21}, {"Bùi", 20},   {"Đỗ", 14},
    {"Hồ", 13},      {"Ngô", 13},   {"Dương", 10}, {"Lý", 5},    {"Đinh", 8},   {"Đào", 7},
    {"Trịnh", 6},    {"Mai", 5},    {"Trương", 6}, {"Lương", 5}, {"Tạ", 3},     {"Hà", 5},
    {"Lâm", 4},      {"Cao", 4},    {"Tô", 3},     {"Quách", 2}, {"Châu", 3},   {"Kiều", 2},
    {"La", 2},       {"Thái", 2},   {"Văn", 2},    {"Chu", 3},   {"Khúc", 1},   {"Lục", 1},
    {"Nông", 2},     {"Triệu", 2},
};
// Middle names: "Văn" and "Thị" repeated so they carry their real weight.
constexpr const char *kMaleMiddle[] = {"Văn",  "Văn",  "Văn",   "Hữu",  "Đức",   "Minh",  "Quang",
                                       "Xuân", "Công", "Thanh", "Ngọc", "Hoàng", "Trọng", "Đình",
                                       "Quốc", "Gia",  "Bảo",   "Tuấn", "Mạnh",  "Duy"};
constexpr const char *kFemaleMiddle[] = {
    "Thị",  "Thị",  "Thị",    "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh",  "Bích",
    "Thúy", "Hồng", "Phương", "Mai", "Diệu", "Bảo", "Khánh", "Hải", "Quỳnh", "Như"};
constexpr const char *kMaleGiven[] = {
    "An",   "Anh",   "Bảo",  "Bình", "Cường", "Dũng",  "Đạt",   "Đức",   "Dương", "Duy",   "Giang",
    "Hải",  "Hậu",   "Hiếu", "Hòa",  "Hoàng", "Hùng",  "Huy",   "Khải",  "Khang", "Khoa",  "Kiên",
    "Lâm",  "Long",  "Lộc",  "Lợi",  "Minh",  "Nam",   "Nghĩa", "Nhân",  "Phát",  "Phong", "Phúc",
    "Quân", "Quang", "Sơn",  "Tài",  "Tâm",   "Thắng", "Thành", "Thiện", "Thịnh", "Tiến",  "Toàn",
    "Trí",  "Trung", "Tuấn", "Tùng", "Việt",  "Vinh",  "Vũ",    "Hưng",  "Khôi",  "Thái",  "Hiển"};
constexpr const char *kFemaleGiven[] = {
    "An",    "Anh",   "Bích", "Châu", "Chi",   "Dung",  "Duyên", "Giang", "Hà",    "Hạnh", "Hằng",
    "Hiền",  "Hoa",   "Hòa",  "Hồng", "Huệ",   "Hương", "Hường", "Huyền", "Lan",   "Liên", "Linh",
    "Loan",  "Ly",    "Mai",  "My",   "Nga",   "Ngân",  "Ngọc",  "Nhung", "Nhi",   "Oanh", "Phương",
    "Quyên", "Quỳnh", "Tâm",  "Thảo", "Thanh", "Thu",   "Thủy",  "Thúy",  "Trang", "Trâm", "Tuyết",
    "Uyên",  "Vân",   "Vy",   "Xuân", "Yến",   "Diệp",  "Khánh", "Lệ",    "Mỹ",    "Nhàn"};

// Share of the population per five-year age band, 0–4 to 90–94, in tenths
// of a per cent (2019 census pyramid, rounded).
constexpr int kAgeBandWeights[] = {80, 83, 73, 68, 69, 80, 83, 78, 73, 66,
                                   59, 53, 44, 33, 20, 13, 10, 6,  3};
constexpr int kAgeBandYears = 5;

// Ten-digit mobile prefixes in use since the 2018 renumbering: Viettel,
// Vinaphone, MobiFone, Vietnamobile, Gmobile.
constexpr const char *kMobilePrefixes[] = {
    "086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038",
    "039", "088", "091", "094", "081", "082", "083", "084", "085", "089", "090",
    "093", "070", "076", "077", "078", "079", "092", "056", "058", "099", "059"};

constexpr const char *kStreets[] = {
    "Trần Hưng Đạo",  "Lê Lợi",        "Nguyễn Trãi",    "Hai Bà Trưng",    "Quang Trung",
    "Lý Thường Kiệt", "Hùng Vương",    "Phan Chu Trinh", "Điện Biên Phủ",   "Nguyễn Huệ",
    "Lê Duẩn",        "Võ Thị Sáu",    "Hoàng Diệu",     "Bà Triệu",        "Ngô Quyền",
    "Lê Hồng Phong",  "Nguyễn Du",     "Trần Phú",       "Phan Đình Phùng", "Lý Tự Trọng",
    "Nguyễn Văn Cừ",  "Tôn Đức Thắng", "Lạc Long Quân",  "Chu Văn An",      "Nguyễn Thị Minh Khai"};
constexpr const char *kVillageWords[] = {"Đông", "Tây",  "Nam",      "Bắc",    "Trung",  "Thượng",
                                         "Hạ",   "Chùa", "Mới",      "Bến",    "Đình",   "Trại",
                                         "Cầu",  "Giữa", "Đồng Lạc", "An Phú", "Phú Thọ"};
constexpr const char *kHighlandVillages[] = {"Nà Phát", "Pá Khoang",    "Co Muông", "Hua Pan",
                                             "Nặm Cắm", "Phiêng Luông", "Khau Vai", "Lũng Cú",
                                             "Nà Sàng", "Mường Hoong"};
constexpr const char *kCentralHighlandVillages[] = {"Buôn Ea Kmar", "Buôn Kô Siêr",  "Buôn Đôn",
                                                    "Plei Ốp",      "Làng Kon Klor", "Buôn Trấp",
                                                    "Plei Chuet",   "Thôn 1",        "Thôn 3"};
constexpr const char *kSouthernHamlets[] = {"Tân Hòa", "Bình An", "Phú Lợi", "Long Thạnh",
                                            "Mỹ Hòa",  "Tân Lập", "An Bình", "Hòa Hưng"};

// Mountain provinces of the north (Hà Giang ... Lạng Sơn, Hòa Bình): "Bản".
constexpr int kNorthernHighlands[] = {2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 20};
// Central Highlands (Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng).
constexpr int kCentralHighlands[] = {62, 64, 66, 67, 68};
// From Bình Phước south, rural hamlets are "ấp".
constexpr int kFirstSouthernProvince = 70;

template<typename T, std::size_t N> bool contains(const T (&list)[N], const T &value)
{
    return std::find(std::begin(list), std::end(list), value) != std::end(list);
}
} // namespace

DemoPeople::DemoPeople(quint32 seed, QDate today)
    : m_random(seed), m_today(today.isValid() ? today : QDate::currentDate())
{
    std::vector<int> weights;
    for (const Weighted &family : kFamilyNames)
        weights.push_back(family.weight);
    m_family = std::discrete_distribution<int>(weights.begin(), weights.end());
    m_ageBand =
        std::discrete_distribution<int>(std::begin(kAgeBandWeights), std::end(kAgeBandWeights));
    m_provinces = provinceCodes();
}

QList<int> DemoPeople::provinceCodes()
{
    QList<int> codes;
    for (int code = 1; code < 100; ++code) {
        if (CccdQr::isProvinceCode(QStringLiteral("0%1").arg(code, 2, 10, QLatin1Char('0'))))
            codes << code;
    }
    return codes;
}

Status DemoPeople::useCommunesOf(const AdminUnitStore &units, const QString &unitCode)
{
    QList<AdminUnit> provinces;
    QList<AdminUnit> districts;
    QList<Commune> communes;
    const auto addCommune = [&](const AdminUnit &unit, int provinceCode) {
        Settlement settlement = Settlement::Rural;
        if (unit.kind != QStringLiteral("Xã"))
            settlement = Settlement::Urban; // Phường, Thị trấn
        else if (contains(kNorthernHighlands, provinceCode))
            settlement = Settlement::NorthernHighland;
        else if (contains(kCentralHighlands, provinceCode))
            settlement = Settlement::CentralHighland;
        else if (provinceCode >= kFirstSouthernProvince)
            settlement = Settlement::Southern;
        communes.append({unit.code, provinceCode, settlement});
    };
    const auto addDistrict = [&](const QString &districtCode, int provinceCode) {
        for (const AdminUnit &commune : units.children(districtCode))
            addCommune(commune, provinceCode);
    };
    const auto addProvince = [&](const QString &provinceCode) {
        for (const AdminUnit &district : units.children(provinceCode))
            addDistrict(district.code, provinceCode.toInt());
    };

    if (unitCode.trimmed().isEmpty()) {
        for (const AdminUnit &province : units.children({}))
            addProvince(province.code);
    } else {
        const auto unit = units.find(unitCode.trimmed());
        if (!unit)
            return fail(QStringLiteral("demo.unit"),
                        tr("Unit %1 is not in the list of administrative units.").arg(unitCode));
        switch (unit->level) {
        case AdminUnit::Level::Province:
            addProvince(unit->code);
            break;
        case AdminUnit::Level::District:
            addDistrict(unit->code, unit->parentCode.toInt());
            break;
        case AdminUnit::Level::Commune: {
            const auto district = units.find(unit->parentCode);
            addCommune(*unit, district ? district->parentCode.toInt() : 0);
            break;
        }
        }
    }
    if (communes.isEmpty())
        return fail(QStringLiteral("demo.unit"), tr("Unit %1 has no communes.").arg(unitCode));
    m_communes = std::move(communes);
    return {};
}

bool DemoPeople::chance(double percent)
{
    return std::uniform_real_distribution<double>(0.0, 100.0)(m_random) < percent;
}

int DemoPeople::uniform(int minimum, int maximum)
{
    return std::uniform_int_distribution<int>(minimum, maximum)(m_random);
}

Sex DemoPeople::nextSex()
{
    return chance(50.5) ? Sex::Female : Sex::Male;
}

QString DemoPeople::familyName()
{
    return QString::fromUtf8(kFamilyNames[m_family(m_random)].name);
}

QString DemoPeople::fullName(Sex sex)
{
    const bool female = sex == Sex::Female;
    const auto pick = [this](const auto &list) {
        return QString::fromUtf8(list[uniform(0, int(std::size(list)) - 1)]);
    };
    const QString family = familyName();
    const QString middle = female ? pick(kFemaleMiddle) : pick(kMaleMiddle);
    const QString given = female ? pick(kFemaleGiven) : pick(kMaleGiven);
    return family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

int DemoPeople::nextAge()
{
    return m_ageBand(m_random) * kAgeBandYears + uniform(0, kAgeBandYears - 1);
}

QDate DemoPeople::dateOfBirthAt(int age)
{
    // Born after the (age + 1)th birthday's eve and on or before today's
    // date `age` years ago.
    const QDate first = m_today.addYears(-(age + 1)).addDays(1);
    const QDate last = m_today.addYears(-age);
    return first.addDays(uniform(0, int(first.daysTo(last))));
}

QString DemoPeople::uniqueDigits(const QString &prefix, int digits)
{
    int limit = 1;
    for (int i = 0; i < digits; ++i)
        limit *= 10;
    // A million numbers per prefix: a collision is rare, so a few retries
    // are enough; sequential numbers after that keep it unique for sure.
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString number =
            prefix + QStringLiteral("%1").arg(uniform(0, limit - 1), digits, 10, QLatin1Char('0'));
        if (!m_issued.contains(number)) {
            m_issued.insert(number);
            return number;
        }
    }
    for (int value = 0; value < limit; ++value) {
        const QString number =
            prefix + QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
        if (!m_issued.contains(number)) {
            m_issued.insert(number);
            return number;
        }
    }
    return {}; // every number of the prefix is taken
}

QString DemoPeople::cccdNumber(int provinceCode, int birthYear, Sex sex)
{
    // Digit 4: 0/1 for the 1900s (male/female), 2/3 for the 2000s, ...
    const int centuryDigit = (birthYear / 100 - 19) * 2 + (sex == Sex::Female ? 1 : 0);
    const QString prefix = QStringLiteral("0%1%2%3")
                               .arg(provinceCode, 2, 10, QLatin1Char('0'))
                               .arg(centuryDigit)
                               .arg(birthYear % 100, 2, 10, QLatin1Char('0'));
    return uniqueDigits(prefix, 6);
}

QString DemoPeople::mobilePhone()
{
    const auto prefix = kMobilePrefixes[uniform(0, int(std::size(kMobilePrefixes)) - 1)];
    return QString::fromLatin1(prefix)
        + QStringLiteral("%1").arg(uniform(0, 9'999'999), 7, 10, QLatin1Char('0'));
}

QString DemoPeople::streetFor(const Commune &commune)
{
    const auto pick = [this](const auto &list) {
        return QString::fromUtf8(list[uniform(0, int(std::size(list)) - 1)]);
    };
    switch (commune.settlement) {
    case Settlement::Urban: {
        const QString street = pick(kStreets);
        const int house = uniform(1, 250);
        switch (uniform(0, 3)) {
        case 0:
            return QStringLiteral("Số %1 ngõ %2 %3").arg(house).arg(uniform(1, 120)).arg(street);
        case 1:
            return QStringLiteral("Tổ %1, số %2 %3").arg(uniform(1, 40)).arg(house).arg(street);
        default:
            return QStringLiteral("Số %1 %2").arg(house).arg(street);
        }
    }
    case Settlement::NorthernHighland:
        return chance(70) ? QStringLiteral("Bản ") + pick(kHighlandVillages)
                          : QStringLiteral("Thôn %1").arg(uniform(1, 12));
    case Settlement::CentralHighland:
        return pick(kCentralHighlandVillages);
    case Settlement::Southern:
        return chance(50) ? QStringLiteral("Ấp %1").arg(uniform(1, 9))
                          : QStringLiteral("Ấp ") + pick(kSouthernHamlets);
    case Settlement::Rural:
        break;
    }
    switch (uniform(0, 2)) {
    case 0:
        return QStringLiteral("Thôn %1").arg(uniform(1, 12));
    case 1:
        return QStringLiteral("Xóm %1").arg(uniform(1, 15));
    default:
        return QStringLiteral("Thôn ") + pick(kVillageWords);
    }
}

Person DemoPeople::next()
{
    Person person;
    person.sex = nextSex();
    person.fullName = fullName(person.sex);
    const int age = nextAge();
    const QDate dob = dateOfBirthAt(age);
    // About a third of people over 60 have only a year on their papers.
    person.dateOfBirth =
        age >= 60 && chance(30) ? BirthDate::fromYear(dob.year()) : BirthDate::fromDate(dob);

    const Commune *commune =
        m_communes.isEmpty() ? nullptr : &m_communes.at(uniform(0, int(m_communes.size()) - 1));
    // Most people live in the province where their birth was registered.
    const int birthProvince = commune && commune->provinceCode > 0 && chance(80)
        ? commune->provinceCode
        : m_provinces.at(uniform(0, int(m_provinces.size()) - 1));

    // The card is issued from 14; younger children sometimes give their
    // personal identification number (same format).
    if (age >= 14 ? chance(92) : chance(30)) {
        if (age >= 30 && chance(8)) {
            person.idKind = Person::IdKind::Cmnd;
            person.idNumber =
                uniqueDigits(QStringLiteral("0%1").arg(birthProvince, 2, 10, QLatin1Char('0')), 6);
        } else {
            person.idKind = Person::IdKind::Cccd;
            person.idNumber = cccdNumber(birthProvince, person.dateOfBirth.year, person.sex);
        }
        if (person.idNumber.isEmpty())
            person.idKind = Person::IdKind::None;
    }
    if (age >= 15 ? chance(88) : chance(10))
        person.phone = mobilePhone();
    if (commune) {
        person.communeCode = commune->code;
        person.street = streetFor(*commune);
    }
    return person;
}

} // namespace pd::core
