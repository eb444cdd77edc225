#pragma once

#include "error.h"
#include "pdkeypair.h"
#include "personcard.h"
#include "personstore.h"
#include "venueposter.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pd::core {
class CoreContext;
}

namespace pd::declaration {

// Makes the signed PhongDich codes (docs/CODES.md) that cards and posters
// carry, with this device's key (PdKeyStore::ensureDeviceKey: made and
// trusted on first use, so the device's own checkpoint accepts them), and
// records that they were issued.
//
// Signing and recording are separate steps: a dialog signs to show a
// preview, and only a PDF that was written or a job that went to the
// printer is an issued card. record*() writes one audit entry per code
// ("card.issue" / "poster.issue", entity = the record id, detail = the
// signer's key id) in one transaction; no name or number is written.
class CodeIssuer {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::CodeIssuer)

public:
    struct Policy {
        // A person card proves who someone is, not their health: test and
        // vaccination status are checked separately, so it needs no short
        // life. A year bounds how long a lost or outdated card (moved, new
        // phone, corrected name) keeps verifying, matches the yearly review
        // of commune registers, and costs one reprint per person a year.
        int personValidityDays = 365;
        // A poster names a place, not a person, and hangs at its door for
        // as long as the place operates; reprinting the thousands of scan
        // points of a province on a deadline is what a fixed expiry would
        // cost. 0: no expiry; a withdrawn venue's key is distrusted instead.
        int venueValidityDays = 0;
    };

    explicit CodeIssuer(core::CoreContext &core);
    CodeIssuer(core::CoreContext &core, Policy policy);

    const Policy &policy() const { return m_policy; }

    // One card per person, in order, issued now (the context's clock). The
    // code carries name, date of birth, sex, document number, phone and
    // commune code, which is what a checkpoint records; the street is left
    // out (smaller code, less on a card handed around). Errors:
    // "print.no_person_id" (a person not saved yet), a key store error, or
    // the signer's "pd.content"/"pd.length".
    core::Result<QList<PersonCard>> signCards(const QList<core::Person> &people);
    // Errors: "print.venue_name", "print.venue_unit", or the signer's.
    core::Result<VenuePoster> signPoster(const VenueDetails &venue);

    core::Status recordCardsIssued(const QList<PersonCard> &cards);
    core::Status recordPosterIssued(const VenuePoster &poster);

private:
    core::Result<QString> sign(const core::PdCodeContent &content);

    core::CoreContext &m_core;
    Policy m_policy;
    std::optional<core::PdKeyPair> m_key; // looked up once per issuer
};

} // namespace pd::declaration
