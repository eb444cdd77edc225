#pragma once

#include "declaration.h"
#include "schema.h"

#include <QHash>

class QSqlQuery;

namespace pd::core {
class CoreContext;
}

namespace pd::declaration {

// What the declaration list shows: everything optional, combined with AND.
struct DeclarationFilter {
    QDate from; // local days, inclusive; invalid = open
    QDate to;
    QString unitCode; // province, district or commune code of the address
    bool anySymptom = false;
    bool anyExposure = false;
    bool includeSuperseded = false; // corrected declarations are hidden by default
    // Name words, each the start of a word of the name, diacritics and case
    // optional ("nguyen van" finds "Nguyễn Văn An"); text with a digit is
    // the start of an ID number or a phone number ("+84 91" as "091").
    QString text;
    // One person's history: declarations made under this id, the id it was
    // merged into, and every id merged into that one.
    QString personId;
};

// The append-only `declaration` table and the clerks' drafts. Saving a
// declaration validates it, finds or creates the person in the registry and
// writes both in one transaction with an audit entry that names the record
// but no personal value.
class DeclarationStore {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::DeclarationStore)

public:
    explicit DeclarationStore(core::CoreContext &core);

    // The module's tables, for CoreContext::open.
    static core::ModuleSchema schema();

    // Every field's check, as save() does, in the form's order; the error's
    // code names the field and its message starts with the field's label.
    // The identity goes through PersonStore::validate ("person.name",
    // "person.id_number", "person.cccd_province", "person.cccd_century",
    // "person.cccd_sex", "person.cccd_year" (the number's digits against the
    // date of birth and sex), "person.birth_date", "person.phone",
    // "person.commune"); then "declaration.on_behalf_name",
    // "declaration.birth_date", "declaration.sex", "declaration.nationality",
    // "declaration.commune", "declaration.email", "declaration.places_text",
    // "declaration.symptoms_text", "declaration.vaccine_doses",
    // "declaration.last_dose_date", "declaration.travel_from",
    // "declaration.travel_means", "declaration.vehicle_number",
    // "declaration.travel_date". Returns the declaration normalised (plates
    // "29A12345", phone "09…", texts trimmed, the on-behalf name and places
    // dropped when the answer is No).
    core::Result<Declaration> validate(Declaration declaration) const;

    // Saves a new declaration by `userId`, now, and discards that user's
    // draft in the same transaction. The person: `person.id` when given (a
    // merged id is followed to the kept record), else the person registered
    // with the ID number, else a new person created from the declared
    // identity. Nothing else in the registry is changed. Audit
    // "declaration.create".
    core::Result<Declaration> save(Declaration declaration, const QString &userId);
    // Saves `correction` as a new declaration that supersedes `oldId`
    // ("declaration.not_found" when there is no such declaration,
    // "declaration.superseded" when it was already corrected: correct the
    // newest version). Without person.id the correction stays with the old
    // declaration's person unless its ID number belongs to another
    // registered person. Audit "declaration.supersede".
    core::Result<Declaration> supersede(const QString &oldId, Declaration correction,
                                        const QString &userId);
    // Saves many declarations in one transaction with one audit entry
    // ("declaration.batch", the count): imports and demo data. Each is
    // validated and its person found or created as save() does; a
    // declaredAtMs already set is kept (paper forms typed in later) but may
    // not be in the future. The first invalid one stops the batch and
    // nothing is written; its error message starts with its position.
    core::Result<QList<Declaration>> saveBatch(QList<Declaration> declarations,
                                               const QString &userId);

    // Any declaration, superseded or not (supersededBy says which).
    core::Result<std::optional<Declaration>> findById(const QString &id) const;
    // Newest first (declaredAtMs, then id). "declaration.filter_unit" when
    // unitCode is not a GSO code.
    core::Result<QList<Declaration>> find(const DeclarationFilter &filter, int limit = 500,
                                          int offset = 0) const;
    core::Result<int> count(const DeclarationFilter &filter) const;

    // Drafts: what a clerk typed and has not saved yet, kept per user on this
    // device (never synced) so a crash or a failed check loses nothing.
    core::Status saveDraft(const QString &userId, const QByteArray &state);
    core::Result<QByteArray> loadDraft(const QString &userId) const;
    core::Status discardDraft(const QString &userId);

private:
    struct UnitPath {
        QString provinceCode;
        QString districtCode;
    };

    core::Result<Declaration> validateAt(Declaration declaration, QDate today) const;
    core::Result<Declaration> write(Declaration declaration, const QString &userId,
                                    const std::optional<Declaration> &superseded);
    core::Status insert(QSqlQuery &statement, const Declaration &declaration);
    core::Result<QString> personIdFor(const Declaration &declaration,
                                      const std::optional<Declaration> &superseded);
    UnitPath unitPathOf(const QString &communeCode) const;
    core::Result<QString> whereOf(const DeclarationFilter &filter, QVariantList &values) const;
    core::Result<QStringList> mergedIds(const QString &personId) const;
    core::Result<QList<Declaration>> select(const QString &where, const QVariantList &values,
                                            const QString &tail = {}) const;

    core::CoreContext &m_core;
    // Province and district of each commune seen: admin units are read-only.
    mutable QHash<QString, UnitPath> m_unitPaths;
};

} // namespace pd::declaration
