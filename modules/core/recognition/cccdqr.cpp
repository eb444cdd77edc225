#include "cccdqr.h"

#include "payloadtext.h"
#include "textfold.h"

#include <QList>

#include <algorithm>
#include <array>

namespace pd::core {

namespace {
using Verdict = Recognition::Verdict;

// The 63 GSO province codes of 2021 (resources/data/admin_units.csv, level
// 1). CCCD numbers keep these codes whatever later mergers do to provinces.
constexpr std::array<int, 63> kProvinceCodes = {
    1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
    34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66,
    67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
};

// Ages at which a card must be renewed (Art. 21 of each law).
constexpr std::array<int, 3> kRenewalAges2014 = {25, 40, 60};
constexpr std::array<int, 4> kRenewalAges2023 = {14, 25, 40, 60};
// The Law on Identification 2023 took effect on 1 July 2024.
QDate law2023EffectiveDate()
{
    return QDate(2024, 7, 1);
}
constexpr int kRenewalGraceYears = 2;

template<std::size_t N> QDate firstRenewal(const std::array<int, N> &ages, QDate dob, QDate issued)
{
    for (const int age : ages) {
        const QDate due = dob.addYears(age);
        if (issued < due.addYears(-kRenewalGraceYears))
            return due;
    }
    return {};
}

Recognition unreadable(const QString &code, const QString &reason)
{
    return Recognition::failed(Recognition::Kind::Cccd, Verdict::Unreadable, code, reason);
}
} // namespace

bool CccdQr::looksLike(QByteArrayView payload)
{
    const qsizetype firstBar = payload.indexOf('|');
    if (firstBar < 0)
        return false;
    const QByteArrayView first = payload.first(firstBar).trimmed();
    // 12 digits when right; a few more or fewer is a misread card, not text.
    if (payloadtext::isDigits(first) && first.size() >= 8 && first.size() <= 16)
        return true;
    const QList<QByteArray> fields = payload.toByteArray().split('|');
    if (fields.size() < fieldCount)
        return false;
    const QByteArrayView dateOfBirth = QByteArrayView(fields.at(3)).trimmed();
    return dateOfBirth.size() == 8 && payloadtext::isDigits(dateOfBirth);
}

bool CccdQr::isProvinceCode(QStringView threeDigits)
{
    if (threeDigits.size() != 3 || !payloadtext::isDigits(threeDigits)
        || threeDigits.front() != QLatin1Char('0'))
        return false;
    const int code = threeDigits.mid(1).toInt();
    return std::binary_search(kProvinceCodes.begin(), kProvinceCodes.end(), code);
}

QDate CccdQr::validUntil(QDate dateOfBirth, QDate issueDate)
{
    if (!dateOfBirth.isValid() || !issueDate.isValid())
        return {};
    if (issueDate >= law2023EffectiveDate())
        return firstRenewal(kRenewalAges2023, dateOfBirth, issueDate);
    return firstRenewal(kRenewalAges2014, dateOfBirth, issueDate);
}

int CccdQr::birthYearOf(QStringView idNumber)
{
    return 1900 + (idNumber.at(3).digitValue() / 2) * 100 + idNumber.mid(4, 2).toInt();
}

CccdQr::NumberMismatch CccdQr::checkNumber(QStringView idNumber, int birthYear, Sex sex)
{
    const int digit4 = idNumber.at(3).digitValue();
    const int century = 1900 + (digit4 / 2) * 100;
    if (birthYear < century || birthYear >= century + 100)
        return NumberMismatch::Century;
    const Sex digitSex = digit4 % 2 == 0 ? Sex::Male : Sex::Female;
    if (sex != Sex::Unknown && digitSex != sex)
        return NumberMismatch::Sex;
    if (idNumber.mid(4, 2).toInt() != birthYear % 100)
        return NumberMismatch::BirthYear;
    return NumberMismatch::None;
}

Sex CccdQr::parseSex(QStringView text)
{
    const QString folded = fold(text);
    if (folded == QLatin1String("nam"))
        return Sex::Male;
    if (folded == QLatin1String("nu"))
        return Sex::Female;
    return Sex::Unknown;
}

Recognition CccdQr::recognize(QByteArrayView payload, QDate today)
{
    const std::optional<QString> decoded = payloadtext::decodeUtf8(payload);
    if (!decoded)
        return unreadable(QStringLiteral("cccd.encoding"),
                          tr("Chip ID card QR: the text is not valid UTF-8."));
    const QStringList fields = decoded->split(QLatin1Char('|'));
    if (fields.size() < fieldCount)
        return unreadable(
            QStringLiteral("cccd.fields"),
            tr("Chip ID card QR: %n of 7 fields present.", nullptr, int(fields.size())));

    Recognition result;
    result.kind = Recognition::Kind::Cccd;
    result.checks.decoded = true;
    const auto field = [&fields](int index) {
        return fields.at(index).trimmed().normalized(QString::NormalizationForm_C);
    };

    // Field 1: the personal identification number.
    result.idNumber = field(0);
    const bool idWellFormed =
        result.idNumber.size() == idLength && payloadtext::isDigits(result.idNumber);
    if (!idWellFormed)
        result.reject(Verdict::Invalid, QStringLiteral("cccd.id_length"),
                      tr("ID number: 12 digits expected."));
    else if (!isProvinceCode(QStringView(result.idNumber).first(3)))
        result.reject(Verdict::Invalid, QStringLiteral("cccd.province"),
                      tr("ID number: digits 1–3 are not a province code."));

    // Field 2: the old CMND number, 9 digits (12 for those issued 2012–2016).
    result.oldIdNumber = field(1);
    if (!result.oldIdNumber.isEmpty()
        && (!payloadtext::isDigits(result.oldIdNumber)
            || (result.oldIdNumber.size() != 9 && result.oldIdNumber.size() != 12)))
        result.reject(Verdict::Invalid, QStringLiteral("cccd.old_id"),
                      tr("Old ID number: 9 or 12 digits expected."));

    result.fullName = field(2).simplified();
    if (result.fullName.isEmpty())
        result.reject(Verdict::Invalid, QStringLiteral("cccd.full_name"),
                      tr("Full name: missing."));

    const QDate dob = payloadtext::parseDdMmYyyy(field(3));
    result.dateOfBirth = BirthDate::fromDate(dob);
    if (!dob.isValid())
        result.reject(Verdict::Invalid, QStringLiteral("cccd.date_of_birth"),
                      tr("Date of birth: not a real date in the form ddMMyyyy."));
    else if (dob > today)
        result.reject(Verdict::Invalid, QStringLiteral("cccd.birth_in_future"),
                      tr("Date of birth: in the future."));

    result.sex = parseSex(field(4));
    if (result.sex == Sex::Unknown)
        result.reject(Verdict::Invalid, QStringLiteral("cccd.sex"),
                      tr("Sex: \"Nam\" or \"Nữ\" expected."));

    result.address = field(5).simplified();
    if (result.address.isEmpty())
        result.reject(Verdict::Invalid, QStringLiteral("cccd.address"),
                      tr("Place of residence: missing."));

    const QDate issued = payloadtext::parseDdMmYyyy(field(6));
    result.issueDate = issued;
    if (!issued.isValid())
        result.reject(Verdict::Invalid, QStringLiteral("cccd.issue_date"),
                      tr("Issue date: not a real date in the form ddMMyyyy."));
    else if (dob.isValid() && issued < dob)
        result.reject(Verdict::Invalid, QStringLiteral("cccd.issue_before_birth"),
                      tr("Issue date: before the date of birth."));
    else if (issued > today)
        result.reject(Verdict::Invalid, QStringLiteral("cccd.issue_in_future"),
                      tr("Issue date: in the future."));

    // Cross-checks of the number against the date of birth and the sex.
    if (idWellFormed && dob.isValid()) {
        switch (checkNumber(result.idNumber, dob.year(), result.sex)) {
        case NumberMismatch::None:
            break;
        case NumberMismatch::Century:
            result.reject(Verdict::Invalid, QStringLiteral("cccd.century"),
                          tr("ID number: digit 4 (century and sex) does not match the date of "
                             "birth."));
            break;
        case NumberMismatch::Sex:
            result.reject(Verdict::Invalid, QStringLiteral("cccd.sex_digit"),
                          tr("ID number: digit 4 (century and sex) does not match the sex."));
            break;
        case NumberMismatch::BirthYear:
            result.reject(Verdict::Invalid, QStringLiteral("cccd.birth_year"),
                          tr("ID number: digits 5–6 (year of birth) do not match the date of "
                             "birth."));
            break;
        }
    }

    if (dob.isValid() && issued.isValid() && issued >= dob) {
        result.validUntil = validUntil(dob, issued);
        result.checks.expired = result.validUntil.isValid() && today > result.validUntil;
        if (*result.checks.expired)
            result.reject(Verdict::Expired, QStringLiteral("cccd.expired"),
                          tr("Valid until: the card is past the age at which it had to be "
                             "renewed."));
    }

    if (result.reasonCode.isEmpty())
        result.setValid();
    return result;
}

} // namespace pd::core
