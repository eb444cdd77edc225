#pragma once

#include "error.h"
#include "recognition.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pd::core {

class CoreContext;

// One person of the registry (`person` table, synced, mutable).
struct Person {
    enum class IdKind {
        None,
        Cccd, // chip ID card number, 12 digits (Decree 137/2015/NĐ-CP, Art. 7)
        Cmnd, // old ID card, 9 digits, or 12 in the last series
        Passport, // 6–9 letters and digits, as printed
    };

    QString id; // UUIDv7; empty for a person not yet created
    IdKind idKind = IdKind::None;
    QString idNumber; // normalised: no spaces, passport letters upper case
    QString fullName;
    QString foldedName; // fold(fullName); filled by the store
    BirthDate dateOfBirth;
    Sex sex = Sex::Unknown;
    QString phone; // normalised: digits, "+84" written as "0"
    QString nationality = QStringLiteral("VN"); // ISO 3166-1 alpha-2
    QString communeCode; // GSO commune code of the address; may be empty
    QString street; // house number, street, hamlet (thôn, ấp, tổ)
    qint64 createdAtMs = 0;
    QString createdBy; // app_user id
    qint64 updatedAtMs = 0;
    QString updatedBy;

    // The document a number's shape leaves no doubt about: 12 digits a
    // CCCD, 9 a CMND; None otherwise (a passport or a number still being
    // typed).
    static IdKind idKindOfNumber(QStringView number);

    static QString idKindKey(IdKind kind);
    static std::optional<IdKind> idKindFromKey(QStringView key);
};

// Writes and finds people. Every write is one transaction stamped with the
// device's HLC, origin and a UUIDv7, captured into sync_outbox by the
// triggers, with an audit entry that names the record but never a personal
// value.
class PersonStore {
    Q_DECLARE_TR_FUNCTIONS(pd::core::PersonStore)

public:
    static constexpr int maxNameLength = 200;
    // How far resolveId() follows merges before it calls the chain broken.
    static constexpr int maxMergeHops = 32;

    struct Created {
        Person person;
        bool existed = false; // the id number was already registered: not created
    };

    explicit PersonStore(CoreContext &core);

    // Normalises and checks a person as create() and update() do; error codes
    // "person.name", "person.id_number", "person.cccd_province",
    // "person.cccd_century", "person.cccd_sex", "person.cccd_year",
    // "person.birth_date", "person.phone", "person.commune".
    Result<Person> validate(Person person) const;

    // Creates a person, or returns the one already registered with the same
    // id kind and number (existed = true; nothing is written).
    Result<Created> create(Person person);
    // Saves every field of an existing person (by id).
    Result<Person> update(Person person);

    Result<std::optional<Person>> findById(const QString &id) const;
    Result<std::optional<Person>> findByIdNumber(const QString &idNumber) const;
    Result<QList<Person>> findByPhone(const QString &phone) const;
    // Folded prefix search over full names ("nguyen van a", "ngu thi hoa");
    // exact name first, then names starting with the typed text, then the
    // rest, each alphabetically.
    Result<QList<Person>> searchByName(QStringView text, std::optional<int> birthYear = {},
                                       int limit = 50) const;
    // Other people with the same folded name, date of birth and commune: to
    // confirm or merge before (or after) creating `person`.
    Result<QList<Person>> likelyDuplicates(const Person &person) const;

    // Merges `mergedId` into `keptId`: the merged record is soft-deleted and
    // a person_merge row maps its id to the kept one, so whatever refers to
    // either id stays reachable through resolveId().
    Status merge(const QString &keptId, const QString &mergedId);
    // The id a (possibly merged) person id now stands for.
    Result<QString> resolveId(const QString &id) const;

    static QString normalizeIdNumber(Person::IdKind kind, QStringView text);
    static QString normalizePhone(QStringView text);

private:
    Result<QList<Person>> select(const QString &where, const QVariantList &values,
                                 const QString &orderLimit = {}) const;

    CoreContext &m_core;
};

} // namespace pd::core
