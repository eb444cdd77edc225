#include "peopleimport.h"

#include "corecontext.h"
#include "exceldate.h"
#include "jobcontrol.h"
#include "textfold.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::core {

namespace {
// Header phrases (folded: lower case, no diacritics, đ → d) by field, tried
// in this order so the more specific wins: columns that only look like a
// field come first ("Ngày cấp CCCD" is the card's issue date, "Quan hệ với
// chủ hộ" no district), "Mã xã" is a code before "xã" is a name, "Tên xã" a
// commune before "tên" a person's name. `contains` phrases match whole words
// of the header (words end at spaces and "/"); short, ambiguous words
// ("xã", "quận", "tên", "ấp") must be the whole header.
struct HeaderRule {
    ImportField field;
    QList<QLatin1String> contains;
    QList<QLatin1String> exact;
};

const QList<HeaderRule> &headerRules()
{
    using L = QLatin1String;
    static const QList<HeaderRule> rules {
        {ImportField::Ignore,
         {L("ngay cap"), L("noi cap"), L("ngay het han"), L("co gia tri"), L("ghi chu"),
          L("so thu tu"), L("noi sinh"), L("que quan"), L("dan toc"), L("ton giao"),
          L("nghe nghiep"), L("quan he"), L("email"), L("bhxh"), L("bao hiem")},
         {L("stt"), L("tt"), L("no")}},
        {ImportField::IdKind,
         {L("loai giay to"), L("loai giay"), L("loai dinh danh"), L("id kind"), L("id type"),
          L("document type")},
         {}},
        {ImportField::CommuneCode,
         {L("ma xa"), L("ma phuong"), L("ma don vi hanh chinh"), L("ma dvhc"), L("commune code"),
          L("ward code")},
         {}},
        {ImportField::IdNumber,
         {L("cccd"), L("cmnd"), L("cmt"), L("dinh danh"), L("can cuoc"), L("ho chieu"),
          L("giay to"), L("id number"), L("passport"), L("identity number")},
         {L("id"), L("so id")}},
        {ImportField::Phone,
         {L("dien thoai"), L("sdt"), L("so dt"), L("di dong"), L("phone"), L("mobile"),
          L("telephone")},
         {L("dt"), L("tel")}},
        {ImportField::BirthDate,
         {L("ngay sinh"), L("nam sinh"), L("sinh ngay"), L("date of birth"), L("birth date"),
          L("birthdate"), L("year of birth"), L("dob"), L("birthday")},
         {}},
        {ImportField::Sex, {L("gioi tinh"), L("sex"), L("gender")}, {L("gioi")}},
        {ImportField::Nationality, {L("quoc tich"), L("nationality")}, {}},
        {ImportField::CommuneName,
         {L("xa/phuong"), L("phuong/xa"), L("ten xa"), L("ten phuong"), L("commune"), L("ward")},
         {L("xa"), L("phuong"), L("thi tran"), L("xa phuong")}},
        {ImportField::DistrictName,
         {L("quan/huyen"), L("huyen/quan"), L("ten huyen"), L("ten quan"), L("district")},
         {L("huyen"), L("quan"), L("thi xa"), L("quan huyen")}},
        {ImportField::ProvinceName,
         {L("tinh/thanh pho"), L("tinh/tp"), L("ten tinh"), L("province")},
         {L("tinh"), L("thanh pho"), L("tinh thanh pho"), L("city")}},
        {ImportField::Street,
         {L("dia chi"), L("thon/xom"), L("thon/to"), L("to dan pho"), L("so nha"), L("noi o"),
          L("cho o"), L("thuong tru"), L("tam tru"), L("address"), L("street"), L("hamlet"),
          L("village")},
         {L("thon"), L("xom"), L("ap"), L("ban"), L("to"), L("duong"), L("thon xom")}},
        {ImportField::FullName,
         {L("ho va ten"), L("ho ten"), L("full name"), L("fullname")},
         {L("name")}},
    };
    return rules;
}

// Folded words of a header; "/" kept between words ("Xã/phường" →
// "xa/phuong"), other punctuation dropped.
QString headerWords(QStringView header)
{
    QString words;
    for (const QChar ch : fold(header)) {
        if (ch.isLetterOrNumber() || ch == QLatin1Char('/'))
            words.append(ch);
        else if (!words.isEmpty() && !words.endsWith(QLatin1Char(' ')))
            words.append(QLatin1Char(' '));
    }
    words.replace(QLatin1String(" /"), QLatin1String("/"));
    words.replace(QLatin1String("/ "), QLatin1String("/"));
    return words.trimmed();
}

// Lists that split the name: "Họ", "Họ đệm", "Họ và tên đệm" … then "Tên".
// The parts are joined in column order, unless a whole-name column exists.
bool isNamePartHeader(QStringView header)
{
    static const QStringList parts {QStringLiteral("ho"),         QStringLiteral("ho dem"),
                                    QStringLiteral("ho va dem"),  QStringLiteral("ho va ten dem"),
                                    QStringLiteral("ho ten dem"), QStringLiteral("ten"),
                                    QStringLiteral("ten goi")};
    return parts.contains(headerWords(header));
}

bool isWordBoundary(const QString &words, qsizetype index)
{
    return index < 0 || index >= words.size() || words.at(index) == QLatin1Char(' ')
        || words.at(index) == QLatin1Char('/');
}

bool containsPhrase(const QString &words, QLatin1String phrase)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = words.indexOf(phrase, from);
        if (at < 0)
            return false;
        if (isWordBoundary(words, at - 1) && isWordBoundary(words, at + phrase.size()))
            return true;
        from = at + 1;
    }
}

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
}

// The name part of an administrative unit for matching: folded, dots and
// commas gone, a number without leading zeros ("Phường 01" and "1" alike).
QString unitKey(QStringView text)
{
    QString key;
    for (const QChar ch : fold(text)) {
        if (ch.isLetterOrNumber())
            key.append(ch);
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char(' ')))
            key.append(QLatin1Char(' '));
    }
    key = key.trimmed();
    QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (isDigits(word)) {
            while (word.size() > 1 && word.startsWith(QLatin1Char('0')))
                word.remove(0, 1);
        }
    }
    return words.join(QLatin1Char(' '));
}

// The key with a leading kind word removed ("xa ban vuoc" → "ban vuoc").
QString withoutKind(const QString &key, const QList<QLatin1String> &kinds)
{
    for (const QLatin1String kind : kinds) {
        if (key.size() > kind.size() + 1 && key.startsWith(kind)
            && key.at(kind.size()) == QLatin1Char(' '))
            return key.mid(kind.size() + 1);
    }
    return key;
}

const QList<QLatin1String> kCommuneKinds {QLatin1String("thi tran"), QLatin1String("xa"),
                                          QLatin1String("phuong"),   QLatin1String("tt"),
                                          QLatin1String("p"),        QLatin1String("x")};
const QList<QLatin1String> kDistrictKinds {QLatin1String("thanh pho"), QLatin1String("thi xa"),
                                           QLatin1String("huyen"),     QLatin1String("quan"),
                                           QLatin1String("tp"),        QLatin1String("tx"),
                                           QLatin1String("h"),         QLatin1String("q")};
const QList<QLatin1String> kProvinceKinds {QLatin1String("thanh pho"), QLatin1String("tinh"),
                                           QLatin1String("tp"), QLatin1String("t")};

// Leading zeros Excel dropped from a number stored as a number (see the
// class comment).
QString restoreIdZeros(const QString &number)
{
    if (!isDigits(number))
        return number;
    if (number.size() == 10 || number.size() == 11)
        return number.rightJustified(12, QLatin1Char('0'));
    if (number.size() == 8)
        return number.rightJustified(9, QLatin1Char('0'));
    return number;
}

QString restorePhoneZero(const QString &phone)
{
    if (isDigits(phone) && phone.size() == 9 && !phone.startsWith(QLatin1Char('0')))
        return QLatin1Char('0') + phone;
    return phone;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// The field of a validate() error code.
QString fieldOfErrorCode(const QString &code)
{
    if (code == QLatin1String("person.name"))
        return QStringLiteral("full_name");
    if (code == QLatin1String("person.birth_date"))
        return QStringLiteral("birth_date");
    if (code == QLatin1String("person.phone"))
        return QStringLiteral("phone");
    if (code == QLatin1String("person.commune"))
        return QStringLiteral("commune");
    return QStringLiteral("id_number");
}
} // namespace

QList<ImportIssue> ImportPreview::issues() const
{
    QList<ImportIssue> all;
    for (const ImportRow &row : rows)
        all += row.issues;
    return all;
}

// Finds communes by name: in the district the row names (looked up in the
// province the row names or the default area's province), else in the
// default district, else anywhere in the default province if the name is
// unique there. Children lists and their folded keys are read once, and
// answers are remembered: a list names the same few communes again and
// again.
class PeopleImport::CommuneResolver {
    Q_DECLARE_TR_FUNCTIONS(pd::core::PeopleImport)

public:
    struct Found {
        QString code;
        QString field; // set on failure: "commune", "district" or "province"
        QString message;
    };

    CommuneResolver(const AdminUnitStore &units, const QString &area) : m_units(units)
    {
        if (const auto unit = area.isEmpty() ? std::nullopt : units.find(area)) {
            if (unit->level == AdminUnit::Level::Province) {
                m_province = *unit;
            } else if (unit->level == AdminUnit::Level::District) {
                m_district = *unit;
                m_province = units.find(unit->parentCode);
            }
        }
    }

    Found resolve(const QString &communeText, const QString &districtText,
                  const QString &provinceText)
    {
        const QString memoKey =
            communeText + QChar(0x1F) + districtText + QChar(0x1F) + provinceText;
        auto it = m_answers.constFind(memoKey);
        if (it == m_answers.constEnd())
            it = m_answers.insert(memoKey, lookUp(communeText, districtText, provinceText));
        return *it;
    }

private:
    struct Keyed {
        AdminUnit unit;
        QString nameKey; // "ban vuoc"
        QString fullKey; // "xa ban vuoc"
    };

    Found lookUp(const QString &communeText, QString districtText, QString provinceText)
    {
        QString communeName = communeText;
        // "Xã Bản Vược, Huyện Bát Xát, Lào Cai" in one cell.
        const QStringList parts = communeText.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (parts.size() > 1) {
            communeName = parts.at(0);
            if (districtText.isEmpty())
                districtText = parts.at(1);
            if (provinceText.isEmpty() && parts.size() > 2)
                provinceText = parts.at(2);
        }

        std::optional<AdminUnit> province = m_province;
        if (!provinceText.trimmed().isEmpty()) {
            const QList<AdminUnit> found = match(children({}), provinceText, kProvinceKinds);
            if (found.size() != 1)
                return {{},
                        QStringLiteral("province"),
                        tr("Province: no province of that name in the GSO list.")};
            province = found.first();
        }
        std::optional<AdminUnit> district =
            province && m_province && province->code == m_province->code ? m_district
                                                                         : std::nullopt;
        if (!districtText.trimmed().isEmpty()) {
            QList<Keyed> candidates;
            if (province) {
                candidates = children(province->code);
            } else {
                for (const Keyed &each : children({}))
                    candidates += children(each.unit.code);
            }
            const QList<AdminUnit> found = match(candidates, districtText, kDistrictKinds);
            if (found.isEmpty())
                return {{},
                        QStringLiteral("district"),
                        province ? tr("District: no district of that name in %1.")
                                       .arg(province->displayName())
                                 : tr("District: no district of that name in the GSO list.")};
            if (found.size() > 1)
                return {{},
                        QStringLiteral("district"),
                        tr("District: several districts have that name; add the province or "
                           "choose the default province.")};
            district = found.first();
        }

        QList<Keyed> communes;
        QString where;
        if (district) {
            communes = children(district->code);
            where = district->displayName();
        } else if (province) {
            for (const Keyed &each : children(province->code))
                communes += children(each.unit.code);
            where = province->displayName();
        } else {
            return {{},
                    QStringLiteral("commune"),
                    tr("Commune: choose the district (or province) in which commune names are "
                       "looked up, or give a district column.")};
        }
        const QList<AdminUnit> found = match(communes, communeName, kCommuneKinds);
        if (found.isEmpty())
            return {{},
                    QStringLiteral("commune"),
                    tr("Commune: no commune of that name in %1.").arg(where)};
        if (found.size() > 1)
            return {
                {},
                QStringLiteral("commune"),
                tr("Commune: several communes of %1 have that name; add the district.").arg(where)};
        return {found.first().code, {}, {}};
    }

    const QList<Keyed> &children(const QString &code)
    {
        auto it = m_children.find(code);
        if (it == m_children.end()) {
            QList<Keyed> keyed;
            for (const AdminUnit &unit : m_units.children(code))
                keyed.append({unit, unitKey(unit.name), unitKey(unit.displayName())});
            it = m_children.insert(code, std::move(keyed));
        }
        return *it;
    }

    static QList<AdminUnit> match(const QList<Keyed> &units, const QString &text,
                                  const QList<QLatin1String> &kinds)
    {
        const QString key = unitKey(text);
        if (key.isEmpty())
            return {};
        // Kind and name first: "Xã Yên Viên" is not "Thị trấn Yên Viên" of
        // the same district (Gia Lâm has both); then the name alone.
        QList<AdminUnit> found;
        for (const Keyed &each : units) {
            if (each.fullKey == key)
                found.append(each.unit);
        }
        if (!found.isEmpty())
            return found;
        const QString bare = withoutKind(key, kinds);
        for (const Keyed &each : units) {
            if (each.nameKey == key || each.nameKey == bare)
                found.append(each.unit);
        }
        return found;
    }

    const AdminUnitStore &m_units;
    std::optional<AdminUnit> m_province;
    std::optional<AdminUnit> m_district;
    QHash<QString, QList<Keyed>> m_children;
    QHash<QString, Found> m_answers;
};

PeopleImport::PeopleImport(CoreContext &core) : m_core(core) { }

QList<ImportField> PeopleImport::allFields()
{
    return {ImportField::Ignore,      ImportField::FullName,    ImportField::IdKind,
            ImportField::IdNumber,    ImportField::BirthDate,   ImportField::Sex,
            ImportField::Phone,       ImportField::Nationality, ImportField::Street,
            ImportField::CommuneCode, ImportField::CommuneName, ImportField::DistrictName,
            ImportField::ProvinceName};
}

QString PeopleImport::fieldKey(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return QStringLiteral("ignore");
    case ImportField::FullName:
        return QStringLiteral("full_name");
    case ImportField::IdKind:
        return QStringLiteral("id_kind");
    case ImportField::IdNumber:
        return QStringLiteral("id_number");
    case ImportField::BirthDate:
        return QStringLiteral("birth_date");
    case ImportField::Sex:
        return QStringLiteral("sex");
    case ImportField::Phone:
        return QStringLiteral("phone");
    case ImportField::Nationality:
        return QStringLiteral("nationality");
    case ImportField::Street:
        return QStringLiteral("street");
    case ImportField::CommuneCode:
        return QStringLiteral("commune_code");
    case ImportField::CommuneName:
        return QStringLiteral("commune");
    case ImportField::DistrictName:
        return QStringLiteral("district");
    case ImportField::ProvinceName:
        return QStringLiteral("province");
    }
    return {};
}

QString PeopleImport::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return tr("(not imported)");
    case ImportField::FullName:
        return tr("Full name");
    case ImportField::IdKind:
        return tr("ID kind");
    case ImportField::IdNumber:
        return tr("ID number");
    case ImportField::BirthDate:
        return tr("Date of birth");
    case ImportField::Sex:
        return tr("Sex");
    case ImportField::Phone:
        return tr("Phone");
    case ImportField::Nationality:
        return tr("Nationality");
    case ImportField::Street:
        return tr("House number, street, hamlet");
    case ImportField::CommuneCode:
        return tr("Commune code");
    case ImportField::CommuneName:
        return tr("Commune (name)");
    case ImportField::DistrictName:
        return tr("District (name)");
    case ImportField::ProvinceName:
        return tr("Province (name)");
    }
    return {};
}

ImportField PeopleImport::guessField(QStringView header)
{
    const QString words = headerWords(header);
    if (words.isEmpty())
        return ImportField::Ignore;
    for (const HeaderRule &rule : headerRules()) {
        for (const QLatin1String phrase : rule.exact) {
            if (words == phrase)
                return rule.field;
        }
        for (const QLatin1String phrase : rule.contains) {
            if (containsPhrase(words, phrase))
                return rule.field;
        }
    }
    return ImportField::Ignore;
}

QList<ImportField> PeopleImport::autoMapping(const QStringList &headers)
{
    QList<ImportField> mapping;
    QList<ImportField> taken;
    QList<qsizetype> nameParts;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (isNamePartHeader(headers.at(i))) {
            nameParts.append(i);
            mapping.append(ImportField::Ignore);
            continue;
        }
        ImportField field = guessField(headers.at(i));
        if (field != ImportField::Street && taken.contains(field))
            field = ImportField::Ignore;
        if (field != ImportField::Ignore)
            taken.append(field);
        mapping.append(field);
    }
    if (!taken.contains(ImportField::FullName)) {
        for (const qsizetype i : std::as_const(nameParts))
            mapping[i] = ImportField::FullName;
    }
    return mapping;
}

QString PeopleImport::cellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = cell.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QMetaType::QDate:
        return cell.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default:
        break;
    }
    return cell.toString().simplified();
}

std::optional<BirthDate> PeopleImport::parseBirthDate(const QVariant &cell)
{
    if (!cell.isValid())
        return BirthDate {};
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return BirthDate::fromDate(cell.toDate());
    case QMetaType::QDateTime:
        return BirthDate::fromDate(cell.toDateTime().date());
    case QMetaType::Double:
    case QMetaType::Float: {
        // A number: a year typed in a number cell, or a date whose cell lost
        // its date format (an Excel serial).
        const double number = cell.toDouble();
        if (number == std::floor(number) && number >= 1000 && number <= 9999)
            return BirthDate::fromYear(int(number));
        if (const auto date = ExcelDate::toDate(number))
            return BirthDate::fromDate(*date);
        return std::nullopt;
    }
    default:
        break;
    }
    const QString text = cell.toString().trimmed();
    if (text.isEmpty())
        return BirthDate {};
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})$"));
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?:[T ].*)?$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(?:\\.\\d+)?$"));
    if (const auto m = yearOnly.match(text); m.hasMatch())
        return BirthDate::fromYear(m.captured(1).toInt());
    QDate date;
    if (const auto m = dayFirst.match(text); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto m2 = yearFirst.match(text); m2.hasMatch())
        date = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
    else if (serial.match(text).hasMatch())
        date = ExcelDate::toDate(text.toDouble()).value_or(QDate());
    if (!date.isValid())
        return std::nullopt;
    return BirthDate::fromDate(date);
}

std::optional<Sex> PeopleImport::parseSex(const QVariant &cell)
{
    const QString key = fold(cellText(cell)).remove(QLatin1Char('.'));
    if (key.isEmpty() || key == QLatin1String("khac") || key == QLatin1String("other")
        || key == QLatin1String("khong ro") || key == QLatin1String("unknown"))
        return Sex::Unknown;
    if (key == QLatin1String("nam") || key == QLatin1String("male") || key == QLatin1String("m")
        || key == QLatin1String("trai"))
        return Sex::Male;
    if (key == QLatin1String("nu") || key == QLatin1String("female") || key == QLatin1String("f")
        || key == QLatin1String("gai"))
        return Sex::Female;
    return std::nullopt;
}

std::optional<Person::IdKind> PeopleImport::parseIdKind(const QVariant &cell)
{
    const QString key = fold(cellText(cell)).remove(QLatin1Char('.'));
    if (key.isEmpty())
        return std::nullopt; // infer from the number
    if (key == QLatin1String("cccd") || key.contains(QLatin1String("can cuoc"))
        || key == QLatin1String("ccd") || key == QLatin1String("dinh danh"))
        return Person::IdKind::Cccd;
    if (key == QLatin1String("cmnd") || key == QLatin1String("cmt")
        || key.contains(QLatin1String("chung minh")))
        return Person::IdKind::Cmnd;
    if (key.contains(QLatin1String("ho chieu")) || key == QLatin1String("passport")
        || key == QLatin1String("hc"))
        return Person::IdKind::Passport;
    if (key == QLatin1String("khong") || key == QLatin1String("none"))
        return Person::IdKind::None;
    return std::nullopt;
}

Person::IdKind PeopleImport::inferIdKind(const QString &normalizedNumber)
{
    if (normalizedNumber.isEmpty())
        return Person::IdKind::None;
    if (!isDigits(normalizedNumber))
        return Person::IdKind::Passport;
    // 12 digits: CCCD (12-digit CMND numbers follow the same layout);
    // 9: CMND. Other lengths get the message of the nearer kind.
    return normalizedNumber.size() > 9 ? Person::IdKind::Cccd : Person::IdKind::Cmnd;
}

std::optional<QString> PeopleImport::parseNationality(const QVariant &cell)
{
    const QString text = cellText(cell);
    if (text.isEmpty())
        return QStringLiteral("VN");
    const QString key = fold(text).remove(QLatin1Char('.'));
    static const QHash<QString, QString> names {
        {QStringLiteral("viet nam"), QStringLiteral("VN")},
        {QStringLiteral("vietnam"), QStringLiteral("VN")},
        {QStringLiteral("vnm"), QStringLiteral("VN")},
        {QStringLiteral("trung quoc"), QStringLiteral("CN")},
        {QStringLiteral("china"), QStringLiteral("CN")},
        {QStringLiteral("lao"), QStringLiteral("LA")},
        {QStringLiteral("laos"), QStringLiteral("LA")},
        {QStringLiteral("campuchia"), QStringLiteral("KH")},
        {QStringLiteral("cambodia"), QStringLiteral("KH")},
        {QStringLiteral("thai lan"), QStringLiteral("TH")},
        {QStringLiteral("thailand"), QStringLiteral("TH")},
        {QStringLiteral("han quoc"), QStringLiteral("KR")},
        {QStringLiteral("korea"), QStringLiteral("KR")},
        {QStringLiteral("nhat ban"), QStringLiteral("JP")},
        {QStringLiteral("japan"), QStringLiteral("JP")},
        {QStringLiteral("hoa ky"), QStringLiteral("US")},
        {QStringLiteral("my"), QStringLiteral("US")},
        {QStringLiteral("usa"), QStringLiteral("US")},
        {QStringLiteral("dai loan"), QStringLiteral("TW")},
        {QStringLiteral("taiwan"), QStringLiteral("TW")},
    };
    if (const auto it = names.constFind(key); it != names.constEnd())
        return *it;
    if (key.size() == 2 && key.at(0).isLetter() && key.at(1).isLetter() && key.at(0).unicode() < 128
        && key.at(1).unicode() < 128)
        return key.toUpper();
    return std::nullopt;
}

Result<ImportTable> PeopleImport::readTable(const QString &path, JobControl *control)
{
    auto reader = TableReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    ImportTable table;
    table.fileName = QFileInfo(path).fileName();
    table.fromCsv =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0;
    if (control)
        control->setLabel(tr("Reading %1").arg(table.fileName));
    bool cancelled = false;
    QList<TableRow> rows;
    auto read = (*reader)->read([&](const TableRow &row) {
        rows.append(row);
        if (control) {
            control->setTotal((*reader)->size());
            control->setDone((*reader)->position());
            if (control->isCancelled()) {
                cancelled = true;
                return false;
            }
        }
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    if (cancelled)
        return std::unexpected(JobControl::cancelledError());
    if (rows.isEmpty())
        return fail(QStringLiteral("people_import.empty"),
                    tr("%1 has no rows to import.").arg(table.fileName));

    // The header: the first of the first rows that names a person's name and
    // one more field; else the first row.
    qsizetype headerIndex = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), headerSearchRows); ++i) {
        QStringList texts;
        for (const QVariant &cell : rows.at(i).cells)
            texts << cellText(cell);
        const QList<ImportField> mapping = autoMapping(texts);
        const qsizetype mapped = std::count_if(
            mapping.begin(), mapping.end(), [](ImportField f) { return f != ImportField::Ignore; });
        if (mapping.contains(ImportField::FullName) && mapped >= 2) {
            headerIndex = i;
            break;
        }
    }
    const TableRow &header = rows.at(headerIndex);
    table.headerRow = header.number;
    qsizetype columns = header.cells.size();
    for (qsizetype i = headerIndex + 1; i < rows.size(); ++i)
        columns = std::max(columns, rows.at(i).cells.size());
    for (qsizetype column = 0; column < columns; ++column) {
        const QString text = cellText(header.cells.value(column));
        table.headers << (text.isEmpty() ? tr("Column %1").arg(columnLetters(int(column))) : text);
    }
    table.rows = rows.mid(headerIndex + 1);
    return table;
}

Result<ImportPreview> PeopleImport::preview(const ImportTable &table, const Options &options,
                                            JobControl *control) const
{
    ImportPreview result;
    result.mapping = options.mapping.isEmpty() ? autoMapping(table.headers) : options.mapping;
    result.mapping.resize(table.headers.size(), ImportField::Ignore);
    if (!result.mapping.contains(ImportField::FullName))
        return fail(QStringLiteral("people_import.no_name_column"),
                    tr("Choose the column that holds the full name."));

    PersonStore store(m_core);
    CommuneResolver communes(m_core.adminUnits(), options.communeArea);
    QSqlQuery registered(m_core.database().connection());
    registered.setForwardOnly(true);
    if (!registered.prepare(QStringLiteral("SELECT id FROM person WHERE id_number = ? "
                                           "AND id_number <> '' AND deleted = 0 "
                                           "ORDER BY id LIMIT 1")))
        return fail(QStringLiteral("people_import.sql"), registered.lastError().text());
    QHash<QString, int> firstRowOfNumber;
    // The header each field is read from (its first column), for messages.
    QHash<ImportField, QString> columnOf;
    for (qsizetype column = 0; column < result.mapping.size(); ++column) {
        if (!columnOf.contains(result.mapping.at(column)))
            columnOf.insert(result.mapping.at(column), table.headers.value(column));
    }

    if (control) {
        control->setLabel(tr("Checking %n row(s)", nullptr, int(table.rows.size())));
        control->setTotal(table.rows.size());
        control->setDone(0);
    }
    result.rows.reserve(table.rows.size());
    for (const TableRow &source : table.rows) {
        if (control) {
            if (control->isCancelled())
                return std::unexpected(JobControl::cancelledError());
            control->advance();
        }
        ImportRow row;
        row.row = source.number;
        Person &person = row.person;
        person.nationality.clear();
        QVariant idKindCell, birthCell, sexCell, nationalityCell;
        QString communeCode, communeName, districtName, provinceName;
        QStringList streetParts;
        bool hasContent = false;

        for (qsizetype column = 0; column < result.mapping.size(); ++column) {
            const ImportField field = result.mapping.at(column);
            if (field == ImportField::Ignore)
                continue;
            const QVariant cell = source.cells.value(column);
            QString text = cellText(cell);
            if (text.isEmpty())
                continue;
            hasContent = true;
            const bool numeric = table.fromCsv || cell.typeId() == QMetaType::Double;
            switch (field) {
            case ImportField::Ignore:
                break;
            case ImportField::FullName: // parts of a split name are joined
                person.fullName =
                    person.fullName.isEmpty() ? text : person.fullName + QLatin1Char(' ') + text;
                break;
            case ImportField::IdKind:
                idKindCell = cell;
                break;
            case ImportField::IdNumber:
                if (text.startsWith(QLatin1Char('\'')))
                    text.remove(0, 1);
                text = PersonStore::normalizeIdNumber(Person::IdKind::Passport, text);
                person.idNumber = numeric ? restoreIdZeros(text) : text;
                break;
            case ImportField::BirthDate:
                birthCell = cell;
                break;
            case ImportField::Sex:
                sexCell = cell;
                break;
            case ImportField::Phone: {
                if (text.startsWith(QLatin1Char('\'')))
                    text.remove(0, 1);
                QString phone = PersonStore::normalizePhone(text);
                if (isDigits(phone) && phone.size() == 11 && phone.startsWith(QLatin1String("84")))
                    phone = QLatin1Char('0') + phone.mid(2);
                person.phone = numeric ? restorePhoneZero(phone) : phone;
                break;
            }
            case ImportField::Nationality:
                nationalityCell = cell;
                break;
            case ImportField::Street:
                streetParts << text;
                break;
            case ImportField::CommuneCode:
                communeCode = isDigits(text) && text.size() < 5
                    ? text.rightJustified(5, QLatin1Char('0'))
                    : text;
                break;
            case ImportField::CommuneName:
                communeName = text;
                break;
            case ImportField::DistrictName:
                districtName = text;
                break;
            case ImportField::ProvinceName:
                provinceName = text;
                break;
            }
        }
        if (!hasContent)
            continue; // a blank line, a total, a signature: not a person

        const auto addIssue = [&](ImportField field, const QString &key, const QString &code,
                                  const QString &message) {
            row.issues.append({row.row, key, columnOf.value(field), code, message});
        };

        person.street = streetParts.join(QLatin1String(", "));
        if (const auto birth = parseBirthDate(birthCell))
            person.dateOfBirth = *birth;
        else
            addIssue(ImportField::BirthDate, QStringLiteral("birth_date"),
                     QStringLiteral("import.birth_date"),
                     tr("Date of birth: not a date; use dd/mm/yyyy, yyyy-mm-dd or the year "
                        "alone."));
        if (const auto sex = parseSex(sexCell))
            person.sex = *sex;
        else
            addIssue(ImportField::Sex, QStringLiteral("sex"), QStringLiteral("import.sex"),
                     tr("Sex: use Nam or Nữ (Male or Female)."));
        if (const auto nationality = parseNationality(nationalityCell))
            person.nationality = *nationality;
        else
            addIssue(ImportField::Nationality, QStringLiteral("nationality"),
                     QStringLiteral("import.nationality"),
                     tr("Nationality: use Việt Nam or a two-letter country code such as VN."));
        if (idKindCell.isValid()) {
            if (const auto kind = parseIdKind(idKindCell))
                person.idKind = *kind;
            else
                addIssue(ImportField::IdKind, QStringLiteral("id_kind"),
                         QStringLiteral("import.id_kind"),
                         tr("ID kind: use CCCD, CMND or Hộ chiếu (passport)."));
        } else {
            person.idKind = inferIdKind(person.idNumber);
        }
        if (person.idKind == Person::IdKind::None && !person.idNumber.isEmpty()
            && idKindCell.isValid())
            person.idKind = inferIdKind(person.idNumber);

        if (!communeCode.isEmpty()) {
            person.communeCode = communeCode;
        } else if (!communeName.isEmpty()) {
            const auto found = communes.resolve(communeName, districtName, provinceName);
            if (found.code.isEmpty()) {
                const ImportField field = found.field == QLatin1String("district")
                    ? ImportField::DistrictName
                    : found.field == QLatin1String("province") ? ImportField::ProvinceName
                                                               : ImportField::CommuneName;
                addIssue(field, found.field, QStringLiteral("import.") + found.field,
                         found.message);
            }
            person.communeCode = found.code;
        }

        auto checked = store.validate(person);
        if (!checked) {
            const QString field = fieldOfErrorCode(checked.error().code);
            const bool reported =
                std::any_of(row.issues.begin(), row.issues.end(),
                            [&field](const ImportIssue &issue) { return issue.field == field; });
            if (!reported) {
                const ImportField column = field == QLatin1String("full_name")
                    ? ImportField::FullName
                    : field == QLatin1String("birth_date") ? ImportField::BirthDate
                    : field == QLatin1String("phone")      ? ImportField::Phone
                    : field == QLatin1String("commune")
                    ? (communeCode.isEmpty() ? ImportField::CommuneName : ImportField::CommuneCode)
                    : ImportField::IdNumber;
                addIssue(column, field, checked.error().code, checked.error().message);
            }
        } else {
            person = std::move(*checked);
        }

        if (row.issues.isEmpty() && !person.idNumber.isEmpty()) {
            registered.addBindValue(person.idNumber);
            if (!registered.exec())
                return fail(QStringLiteral("people_import.sql"), registered.lastError().text());
            if (registered.next()) {
                row.state = ImportRow::State::Registered;
                row.registeredId = registered.value(0).toString();
            }
            registered.finish();
            if (row.state != ImportRow::State::Registered) {
                const auto first = firstRowOfNumber.constFind(person.idNumber);
                if (first != firstRowOfNumber.constEnd())
                    addIssue(ImportField::IdNumber, QStringLiteral("id_number"),
                             QStringLiteral("import.duplicate_in_file"),
                             tr("ID number: the same number is already on row %1 of this file.")
                                 .arg(*first));
                else
                    firstRowOfNumber.insert(person.idNumber, row.row);
            }
        }
        if (!row.issues.isEmpty())
            row.state = ImportRow::State::Error;

        switch (row.state) {
        case ImportRow::State::Ready:
            ++result.ready;
            break;
        case ImportRow::State::Error:
            ++result.errors;
            break;
        case ImportRow::State::Registered:
            ++result.registered;
            break;
        }
        result.rows.append(std::move(row));
    }
    return result;
}

Result<ImportSummary> PeopleImport::commit(const ImportPreview &preview, CommitMode mode,
                                           JobControl *control)
{
    if (preview.errors > 0 && mode == CommitMode::Strict)
        return fail(QStringLiteral("people_import.errors"),
                    tr("%n row(s) have errors; nothing was imported. Correct them in the file, or "
                       "choose to import only the valid rows.",
                       nullptr, preview.errors));

    ImportSummary summary;
    summary.rows = int(preview.rows.size());
    summary.skippedErrors = preview.errors;
    if (control) {
        control->setLabel(tr("Saving %n person(s)", nullptr, preview.ready));
        control->setTotal(preview.ready);
        control->setDone(0);
    }

    Database &database = m_core.database();
    const QString actor = m_core.audit().actorId();
    const qint64 nowMs = m_core.clock().nowMs();
    auto written = database.transaction([&]() -> Status {
        // One prepared statement for every row: the same columns and values
        // as PersonStore::create(), without its per-person audit entry (the
        // import has one, with counts).
        QSqlQuery exists(database.connection());
        exists.setForwardOnly(true);
        QSqlQuery insert(database.connection());
        if (!exists.prepare(QStringLiteral("SELECT 1 FROM person WHERE id_number = ? "
                                           "AND id_number <> '' AND deleted = 0 LIMIT 1"))
            || !insert.prepare(QStringLiteral(
                "INSERT INTO person(id, hlc, origin, id_kind, id_number, full_name, "
                "folded_name, birth_date, birth_year, sex, phone, nationality, commune_code, "
                "street, created_at_ms, created_by, updated_at_ms, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return fail(QStringLiteral("people_import.sql"), insert.lastError().text());

        for (const ImportRow &row : preview.rows) {
            if (row.state != ImportRow::State::Ready)
                continue;
            if (control) {
                if (control->isCancelled())
                    return std::unexpected(JobControl::cancelledError());
                control->advance();
            }
            const Person &person = row.person;
            if (!person.idNumber.isEmpty()) {
                // Registered since the preview (another clerk, a sync).
                exists.addBindValue(person.idNumber);
                if (!exists.exec())
                    return fail(QStringLiteral("people_import.sql"), exists.lastError().text());
                const bool found = exists.next();
                exists.finish();
                if (found) {
                    ++summary.registered;
                    continue;
                }
            }
            auto hlc = m_core.hlc().now();
            if (!hlc)
                return std::unexpected(hlc.error());
            Database::bindValues(
                insert,
                {m_core.ids().next(), *hlc, m_core.deviceId(), Person::idKindKey(person.idKind),
                 person.idNumber, person.fullName, person.foldedName,
                 person.dateOfBirth.toIsoString(), person.dateOfBirth.year,
                 Recognition::sexName(person.sex), person.phone, person.nationality,
                 person.communeCode, person.street, nowMs, actor, nowMs, actor});
            if (!insert.exec())
                return fail(QStringLiteral("people_import.sql"), insert.lastError().text());
            ++summary.created;
        }
        summary.registered += preview.registered;
        return m_core.audit().record(
            QStringLiteral("people.import"), QStringLiteral("person"), QString(),
            QStringLiteral("rows %1, created %2, already registered %3, skipped with errors %4")
                .arg(summary.rows)
                .arg(summary.created)
                .arg(summary.registered)
                .arg(summary.skippedErrors));
    });
    if (!written)
        return std::unexpected(written.error());
    return summary;
}

} // namespace pd::core
