#include "codeissuer.h"

#include "cardtext.h"
#include "corecontext.h"
#include "pdcodesigner.h"
#include "pdkeystore.h"

#include <QHash>

namespace pd::declaration {

namespace {

// Cards show the local date the clerk sees on the office calendar.
QDate localDate(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

} // namespace

CodeIssuer::CodeIssuer(core::CoreContext &core) : CodeIssuer(core, Policy {}) { }

CodeIssuer::CodeIssuer(core::CoreContext &core, Policy policy) : m_core(core), m_policy(policy) { }

core::Result<QString> CodeIssuer::sign(const core::PdCodeContent &content)
{
    if (!m_key) {
        const core::Result<core::PdKeyPair> key = core::PdKeyStore(m_core).ensureDeviceKey();
        if (!key)
            return std::unexpected(key.error());
        m_key = *key;
    }
    return core::PdCodeSigner(*m_key).sign(content);
}

core::Result<QList<PersonCard>> CodeIssuer::signCards(const QList<core::Person> &people)
{
    // Whole seconds: the code keeps seconds, and the printed dates must
    // agree with what a checkpoint reads back.
    const QDateTime issuedAt =
        QDateTime::fromSecsSinceEpoch(m_core.clock().nowMs() / 1000, Qt::UTC);
    const QDateTime expiresAt = m_policy.personValidityDays > 0
        ? issuedAt.addDays(m_policy.personValidityDays)
        : QDateTime();
    // A sheet is usually one commune's people: look each commune up once.
    QHash<QString, QString> communeNames;

    QList<PersonCard> cards;
    cards.reserve(people.size());
    for (const core::Person &person : people) {
        if (person.id.isEmpty())
            return core::fail(QStringLiteral("print.no_person_id"),
                              tr("Save the person before printing a card."));
        core::PdCodeContent content;
        content.type = core::PdCodeContent::Type::Person;
        content.issuedAt = issuedAt;
        content.expiresAt = expiresAt;
        content.recordId = person.id;
        content.fullName = person.fullName;
        content.dateOfBirth = person.dateOfBirth;
        content.sex = person.sex;
        content.idNumber = person.idNumber;
        content.phone = person.phone;
        content.unitCode = person.communeCode;
        const core::Result<QString> payload = sign(content);
        if (!payload)
            return std::unexpected(payload.error());

        if (!person.communeCode.isEmpty() && !communeNames.contains(person.communeCode))
            communeNames.insert(person.communeCode,
                                CardText::shortUnitPath(m_core.adminUnits(), person.communeCode));
        PersonCard card;
        card.personId = person.id;
        card.payload = *payload;
        card.fullName = person.fullName;
        card.maskedIdNumber = CardText::maskIdNumber(person.idNumber);
        card.birthDate = CardText::birthDate(person.dateOfBirth);
        card.commune = communeNames.value(person.communeCode);
        card.issueDate = localDate(issuedAt);
        card.validUntil = localDate(expiresAt);
        cards << card;
    }
    return cards;
}

core::Result<VenuePoster> CodeIssuer::signPoster(const VenueDetails &venue)
{
    const QString name = venue.name.simplified();
    if (name.isEmpty())
        return core::fail(QStringLiteral("print.venue_name"), tr("Enter the venue's name."));
    // The commune is what tracing groups check-ins by; a poster without it
    // would make every visit there unplaceable.
    if (venue.unitCode.isEmpty() || !m_core.adminUnits().find(venue.unitCode))
        return core::fail(QStringLiteral("print.venue_unit"),
                          tr("Choose the commune the venue is in."));

    const QDateTime issuedAt =
        QDateTime::fromSecsSinceEpoch(m_core.clock().nowMs() / 1000, Qt::UTC);
    core::PdCodeContent content;
    content.type = core::PdCodeContent::Type::Venue;
    content.issuedAt = issuedAt;
    if (m_policy.venueValidityDays > 0)
        content.expiresAt = issuedAt.addDays(m_policy.venueValidityDays);
    content.recordId = venue.recordId.isEmpty() ? m_core.ids().next() : venue.recordId;
    content.venueName = name;
    content.venueKind = venue.kind;
    content.address = venue.street.simplified();
    content.unitCode = venue.unitCode;
    const core::Result<QString> payload = sign(content);
    if (!payload)
        return std::unexpected(payload.error());

    VenuePoster poster;
    poster.recordId = content.recordId;
    poster.payload = *payload;
    poster.name = name;
    poster.kind = venue.kind;
    poster.street = content.address;
    poster.unitPath = m_core.adminUnits().fullPath(venue.unitCode);
    poster.issueDate = localDate(issuedAt);
    poster.validUntil = localDate(content.expiresAt);
    return poster;
}

core::Status CodeIssuer::recordCardsIssued(const QList<PersonCard> &cards)
{
    const auto key = core::PdKeyStore(m_core).deviceKey();
    if (!key)
        return std::unexpected(key.error());
    const QString keyId = *key ? QString::fromLatin1((*key)->keyId().toHex()) : QString();
    return m_core.database().transaction([&]() -> core::Status {
        for (const PersonCard &card : cards) {
            const core::Status recorded =
                m_core.audit().record(QStringLiteral("card.issue"), QStringLiteral("person"),
                                      card.personId, QStringLiteral("kid=") + keyId);
            if (!recorded)
                return recorded;
        }
        return {};
    });
}

core::Status CodeIssuer::recordPosterIssued(const VenuePoster &poster)
{
    const auto key = core::PdKeyStore(m_core).deviceKey();
    if (!key)
        return std::unexpected(key.error());
    const QString keyId = *key ? QString::fromLatin1((*key)->keyId().toHex()) : QString();
    return m_core.database().transaction([&]() -> core::Status {
        return m_core.audit().record(QStringLiteral("poster.issue"), QStringLiteral("venue"),
                                     poster.recordId, QStringLiteral("kid=") + keyId);
    });
}

} // namespace pd::declaration
