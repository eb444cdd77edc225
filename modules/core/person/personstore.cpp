#include "personstore.h"

#include "cccdqr.h"
#include "corecontext.h"
#include "foldedsearchindex.h"
#include "textfold.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pd::core {

namespace {
constexpr auto kColumns =
    "p.id, p.id_kind, p.id_number, p.full_name, p.folded_name, p.birth_date, p.sex, p.phone, "
    "p.nationality, p.commune_code, p.street, p.created_at_ms, p.created_by, p.updated_at_ms, "
    "p.updated_by";

Sex sexFromKey(const QString &key)
{
    if (key == QLatin1String("male"))
        return Sex::Male;
    if (key == QLatin1String("female"))
        return Sex::Female;
    return Sex::Unknown;
}

BirthDate birthDateFromIso(const QString &text)
{
    if (text.size() == 4)
        return BirthDate::fromYear(text.toInt());
    return BirthDate::fromDate(QDate::fromString(text, Qt::ISODate));
}

Person personFrom(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toString();
    person.idKind = Person::idKindFromKey(query.value(1).toString()).value_or(Person::IdKind::None);
    person.idNumber = query.value(2).toString();
    person.fullName = query.value(3).toString();
    person.foldedName = query.value(4).toString();
    person.dateOfBirth = birthDateFromIso(query.value(5).toString());
    person.sex = sexFromKey(query.value(6).toString());
    person.phone = query.value(7).toString();
    person.nationality = query.value(8).toString();
    person.communeCode = query.value(9).toString();
    person.street = query.value(10).toString();
    person.createdAtMs = query.value(11).toLongLong();
    person.createdBy = query.value(12).toString();
    person.updatedAtMs = query.value(13).toLongLong();
    person.updatedBy = query.value(14).toString();
    return person;
}

std::unexpected<Error> sqlFailure(const QSqlQuery &query)
{
    return fail(QStringLiteral("person.sql"), query.lastError().text());
}

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
}

// The folded words of a name joined by single spaces: what search and
// duplicate checks compare ("Nguyễn Văn-Đức" → "nguyen van duc").
QString searchWords(QStringView text)
{
    QString words;
    for (const QChar ch : fold(text)) {
        if (ch.isLetterOrNumber())
            words.append(ch);
        else if (!words.isEmpty() && !words.endsWith(QLatin1Char(' ')))
            words.append(QLatin1Char(' '));
    }
    if (words.endsWith(QLatin1Char(' ')))
        words.chop(1);
    return words;
}
} // namespace

Person::IdKind Person::idKindOfNumber(QStringView number)
{
    number = number.trimmed();
    if (number.isEmpty()
        || !std::all_of(number.begin(), number.end(), [](QChar ch) { return ch.isDigit(); }))
        return IdKind::None;
    if (number.size() == 12)
        return IdKind::Cccd;
    return number.size() == 9 ? IdKind::Cmnd : IdKind::None;
}

QString Person::idKindKey(IdKind kind)
{
    switch (kind) {
    case IdKind::Cccd:
        return QStringLiteral("cccd");
    case IdKind::Cmnd:
        return QStringLiteral("cmnd");
    case IdKind::Passport:
        return QStringLiteral("passport");
    case IdKind::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Person::IdKind> Person::idKindFromKey(QStringView key)
{
    for (const IdKind kind : {IdKind::None, IdKind::Cccd, IdKind::Cmnd, IdKind::Passport}) {
        if (key == idKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

PersonStore::PersonStore(CoreContext &core) : m_core(core) { }

QString PersonStore::normalizeIdNumber(Person::IdKind kind, QStringView text)
{
    QString number;
    for (const QChar ch : text) {
        if (!ch.isSpace() && ch != QLatin1Char('.') && ch != QLatin1Char('-'))
            number.append(ch);
    }
    return kind == Person::IdKind::Passport ? number.toUpper() : number;
}

QString PersonStore::normalizePhone(QStringView text)
{
    QString phone;
    for (const QChar ch : text) {
        if (ch.isDigit() || (ch == QLatin1Char('+') && phone.isEmpty()))
            phone.append(ch);
        else if (!ch.isSpace() && ch != QLatin1Char('.') && ch != QLatin1Char('-')
                 && ch != QLatin1Char('(') && ch != QLatin1Char(')'))
            return text.toString(); // left as typed so validate() rejects it
    }
    if (phone.startsWith(QLatin1String("+84")))
        phone = QLatin1Char('0') + phone.mid(3);
    return phone;
}

Result<Person> PersonStore::validate(Person person) const
{
    person.fullName = person.fullName.simplified();
    person.foldedName = searchWords(person.fullName);
    person.idNumber = normalizeIdNumber(person.idKind, person.idNumber);
    person.phone = normalizePhone(person.phone);
    person.street = person.street.simplified();
    person.nationality = person.nationality.trimmed().toUpper();
    if (person.nationality.isEmpty())
        person.nationality = QStringLiteral("VN");

    if (person.foldedName.isEmpty())
        return fail(QStringLiteral("person.name"), tr("Full name: required."));
    if (person.fullName.size() > maxNameLength)
        return fail(QStringLiteral("person.name"),
                    tr("Full name: use at most %1 characters.").arg(maxNameLength));

    const BirthDate &dob = person.dateOfBirth;
    if (!dob.isNull()) {
        const int thisYear = QDateTime::fromMSecsSinceEpoch(m_core.clock().nowMs()).date().year();
        if (dob.year < 1900 || dob.year > thisYear
            || (dob.date.isValid() && dob.date.year() != dob.year))
            return fail(QStringLiteral("person.birth_date"),
                        tr("Date of birth: not a plausible date."));
    }

    const QString &number = person.idNumber;
    switch (person.idKind) {
    case Person::IdKind::None:
        if (!number.isEmpty())
            return fail(QStringLiteral("person.id_number"),
                        tr("ID number: choose the kind of document first."));
        break;
    case Person::IdKind::Cmnd:
        if (!isDigits(number) || (number.size() != 9 && number.size() != 12))
            return fail(QStringLiteral("person.id_number"),
                        tr("ID number: an old ID card (CMND) number has 9 or 12 digits."));
        break;
    case Person::IdKind::Passport: {
        const bool alnum = std::all_of(number.begin(), number.end(), [](QChar ch) {
            return (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) || ch.isDigit();
        });
        if (!alnum || number.size() < 6 || number.size() > 9)
            return fail(QStringLiteral("person.id_number"),
                        tr("ID number: a passport number has 6 to 9 letters and digits."));
        break;
    }
    case Person::IdKind::Cccd: {
        // Decree 137/2015/NĐ-CP, Art. 7 (see cccdqr.h): province of birth
        // registration, century and sex, year of birth, six random digits.
        if (!isDigits(number) || number.size() != CccdQr::idLength)
            return fail(QStringLiteral("person.id_number"),
                        tr("ID number: a chip ID card (CCCD) number has 12 digits."));
        if (!CccdQr::isProvinceCode(QStringView(number).first(3)))
            return fail(QStringLiteral("person.cccd_province"),
                        tr("ID number: digits 1–3 are not a province code."));
        // Without a date of birth only the sex rule can be checked.
        const auto mismatch = CccdQr::checkNumber(
            number, dob.isNull() ? CccdQr::birthYearOf(number) : dob.year, person.sex);
        switch (mismatch) {
        case CccdQr::NumberMismatch::None:
            break;
        case CccdQr::NumberMismatch::Century:
            return fail(QStringLiteral("person.cccd_century"),
                        tr("ID number: digit 4 (century and sex) does not match the date "
                           "of birth."));
        case CccdQr::NumberMismatch::BirthYear:
            return fail(QStringLiteral("person.cccd_year"),
                        tr("ID number: digits 5–6 do not match the year of birth."));
        case CccdQr::NumberMismatch::Sex:
            return fail(QStringLiteral("person.cccd_sex"),
                        tr("ID number: digit 4 (century and sex) does not match the sex."));
        }
        break;
    }
    }

    if (!person.phone.isEmpty()) {
        const bool plausible = person.phone.startsWith(QLatin1Char('+'))
            ? isDigits(QStringView(person.phone).mid(1)) && person.phone.size() >= 8
                && person.phone.size() <= 16
            : isDigits(person.phone) && person.phone.size() >= 9 && person.phone.size() <= 11;
        if (!plausible)
            return fail(QStringLiteral("person.phone"),
                        tr("Phone: use 9 to 11 digits, or + and the country code."));
    }

    if (!person.communeCode.isEmpty()) {
        const auto unit = m_core.adminUnits().find(person.communeCode);
        if (!unit || unit->level != AdminUnit::Level::Commune)
            return fail(QStringLiteral("person.commune"),
                        tr("Address: the commune code is not a commune of the GSO list."));
    }
    return person;
}

Result<PersonStore::Created> PersonStore::create(Person candidate)
{
    auto checked = validate(std::move(candidate));
    if (!checked)
        return std::unexpected(checked.error());
    Person person = std::move(*checked);

    if (!person.idNumber.isEmpty()) {
        auto existing = findByIdNumber(person.idNumber);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return Created {std::move(**existing), true};
    }

    person.id = m_core.ids().next();
    person.createdAtMs = person.updatedAtMs = m_core.clock().nowMs();
    person.createdBy = person.updatedBy = m_core.audit().actorId();

    auto written = m_core.database().transaction([&]() -> Status {
        auto hlc = m_core.hlc().now();
        if (!hlc)
            return std::unexpected(hlc.error());
        if (auto ok = m_core.database().exec(
                QStringLiteral(
                    "INSERT INTO person(id, hlc, origin, id_kind, id_number, full_name, "
                    "folded_name, birth_date, birth_year, sex, phone, nationality, commune_code, "
                    "street, created_at_ms, created_by, updated_at_ms, updated_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {person.id, *hlc, m_core.deviceId(), Person::idKindKey(person.idKind),
                 person.idNumber, person.fullName, person.foldedName,
                 person.dateOfBirth.toIsoString(), person.dateOfBirth.year,
                 Recognition::sexName(person.sex), person.phone, person.nationality,
                 person.communeCode, person.street, person.createdAtMs, person.createdBy,
                 person.updatedAtMs, person.updatedBy});
            !ok)
            return ok;
        return m_core.audit().record(QStringLiteral("person.create"), QStringLiteral("person"),
                                     person.id);
    });
    if (!written)
        return std::unexpected(written.error());
    return Created {std::move(person), false};
}

Result<Person> PersonStore::update(Person candidate)
{
    auto checked = validate(std::move(candidate));
    if (!checked)
        return std::unexpected(checked.error());
    Person person = std::move(*checked);

    auto stored = findById(person.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(QStringLiteral("person.not_found"), tr("No such person."));
    if (!person.idNumber.isEmpty() && person.idNumber != (*stored)->idNumber) {
        auto other = findByIdNumber(person.idNumber);
        if (!other)
            return std::unexpected(other.error());
        if (*other && (*other)->id != person.id)
            return fail(QStringLiteral("person.id_number_taken"),
                        tr("ID number: already registered to another person; merge the two "
                           "records instead."));
    }
    person.createdAtMs = (*stored)->createdAtMs;
    person.createdBy = (*stored)->createdBy;
    person.updatedAtMs = m_core.clock().nowMs();
    person.updatedBy = m_core.audit().actorId();

    auto written = m_core.database().transaction([&]() -> Status {
        auto hlc = m_core.hlc().now();
        if (!hlc)
            return std::unexpected(hlc.error());
        if (auto ok = m_core.database().exec(
                QStringLiteral("UPDATE person SET hlc = ?, origin = ?, id_kind = ?, "
                               "id_number = ?, full_name = ?, folded_name = ?, birth_date = ?, "
                               "birth_year = ?, sex = ?, phone = ?, nationality = ?, "
                               "commune_code = ?, street = ?, updated_at_ms = ?, updated_by = ? "
                               "WHERE id = ? AND deleted = 0"),
                {*hlc, m_core.deviceId(), Person::idKindKey(person.idKind), person.idNumber,
                 person.fullName, person.foldedName, person.dateOfBirth.toIsoString(),
                 person.dateOfBirth.year, Recognition::sexName(person.sex), person.phone,
                 person.nationality, person.communeCode, person.street, person.updatedAtMs,
                 person.updatedBy, person.id});
            !ok)
            return ok;
        return m_core.audit().record(QStringLiteral("person.update"), QStringLiteral("person"),
                                     person.id);
    });
    if (!written)
        return std::unexpected(written.error());
    return person;
}

Result<QList<Person>> PersonStore::select(const QString &where, const QVariantList &values,
                                          const QString &orderLimit) const
{
    QSqlQuery query(m_core.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM person p %2 %3")
                      .arg(QLatin1String(kColumns), where, orderLimit));
    Database::bindValues(query, values);
    if (!query.exec())
        return sqlFailure(query);
    QList<Person> people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

Result<std::optional<Person>> PersonStore::findById(const QString &id) const
{
    auto people = select(QStringLiteral("WHERE p.id = ? AND p.deleted = 0"), {id});
    if (!people)
        return std::unexpected(people.error());
    if (people->isEmpty())
        return std::optional<Person>();
    return std::optional<Person>(people->first());
}

Result<std::optional<Person>> PersonStore::findByIdNumber(const QString &idNumber) const
{
    // Digits are the same whatever the kind; a passport number is stored
    // upper case.
    const QString number = normalizeIdNumber(Person::IdKind::Passport, idNumber);
    if (number.isEmpty())
        return std::optional<Person>();
    // The oldest record first: the one others were (or will be) merged into.
    auto people = select(QStringLiteral("WHERE p.id_number = ? AND p.id_number <> '' "
                                        "AND p.deleted = 0"),
                         {number}, QStringLiteral("ORDER BY p.id LIMIT 1"));
    if (!people)
        return std::unexpected(people.error());
    if (people->isEmpty())
        return std::optional<Person>();
    return std::optional<Person>(people->first());
}

Result<QList<Person>> PersonStore::findByPhone(const QString &phone) const
{
    const QString normalized = normalizePhone(phone);
    if (normalized.isEmpty())
        return QList<Person>();
    return select(QStringLiteral("WHERE p.phone = ? AND p.phone <> '' AND p.deleted = 0"),
                  {normalized}, QStringLiteral("ORDER BY p.folded_name, p.id LIMIT 200"));
}

Result<QList<Person>> PersonStore::searchByName(QStringView text, std::optional<int> birthYear,
                                                int limit) const
{
    const QString expression = FoldedSearchIndex::matchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return QList<Person>();
    const QString words = searchWords(text);
    QString where = QStringLiteral("JOIN person_fts f ON f.rowid = p.rowid "
                                   "WHERE person_fts MATCH ? AND p.deleted = 0");
    QVariantList values {expression};
    if (birthYear) {
        where += QStringLiteral(" AND p.birth_year = ?");
        values << *birthYear;
    }
    values << words << words.size() << words << limit;
    return select(where, values,
                  QStringLiteral("ORDER BY p.folded_name = ? DESC, substr(p.folded_name, 1, ?) = ? "
                                 "DESC, p.folded_name, p.birth_year, p.id LIMIT ?"));
}

Result<QList<Person>> PersonStore::likelyDuplicates(const Person &person) const
{
    const QString folded =
        searchWords(person.fullName.isEmpty() ? person.foldedName : person.fullName);
    if (folded.isEmpty() || person.dateOfBirth.isNull() || person.communeCode.isEmpty())
        return QList<Person>();
    return select(QStringLiteral("WHERE p.folded_name = ? AND p.birth_year = ? "
                                 "AND p.birth_date = ? AND p.commune_code = ? AND p.deleted = 0 "
                                 "AND p.id <> ?"),
                  {folded, person.dateOfBirth.year, person.dateOfBirth.toIsoString(),
                   person.communeCode, person.id},
                  QStringLiteral("ORDER BY p.id LIMIT 50"));
}

Status PersonStore::merge(const QString &keptId, const QString &mergedId)
{
    return m_core.database().transaction([&]() -> Status {
        auto kept = findById(keptId);
        if (!kept)
            return std::unexpected(kept.error());
        auto merged = findById(mergedId);
        if (!merged)
            return std::unexpected(merged.error());
        if (!*kept || !*merged)
            return fail(QStringLiteral("person.not_found"), tr("No such person."));
        if (keptId == mergedId)
            return fail(QStringLiteral("person.merge_self"),
                        tr("Merge: choose two different people."));

        auto hlc = m_core.hlc().now();
        if (!hlc)
            return std::unexpected(hlc.error());
        const qint64 nowMs = m_core.clock().nowMs();
        const QString &actor = m_core.audit().actorId();
        if (auto ok = m_core.database().exec(
                QStringLiteral("UPDATE person SET hlc = ?, origin = ?, deleted = 1, "
                               "updated_at_ms = ?, updated_by = ? WHERE id = ?"),
                {*hlc, m_core.deviceId(), nowMs, actor, mergedId});
            !ok)
            return ok;
        const QString mergeId = m_core.ids().next();
        if (auto ok = m_core.database().exec(
                QStringLiteral("INSERT INTO person_merge(id, hlc, origin, merged_id, kept_id, "
                               "merged_by, merged_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {mergeId, *hlc, m_core.deviceId(), mergedId, keptId, actor, nowMs});
            !ok)
            return ok;
        return m_core.audit().record(QStringLiteral("person.merge"), QStringLiteral("person"),
                                     keptId, QStringLiteral("merged %1").arg(mergedId));
    });
}

Result<QString> PersonStore::resolveId(const QString &id) const
{
    QSqlQuery query(m_core.database().connection());
    query.prepare(QStringLiteral(
        "SELECT kept_id FROM person_merge WHERE merged_id = ? AND deleted = 0 ORDER BY hlc DESC "
        "LIMIT 1"));
    QString current = id;
    for (int hop = 0; hop <= maxMergeHops; ++hop) {
        query.addBindValue(current);
        if (!query.exec())
            return sqlFailure(query);
        if (!query.next())
            return current;
        current = query.value(0).toString();
        query.finish();
    }
    return fail(QStringLiteral("person.merge_chain"),
                tr("Merge: the chain of merged records is too long or loops."));
}

} // namespace pd::core
