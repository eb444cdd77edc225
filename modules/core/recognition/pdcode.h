#pragma once

#include "error.h"
#include "recognition.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace pd::core {

// What a PhongDich code says: a person (the printed card of someone without
// a phone) or a venue/checkpoint (the poster a visitor scans).
struct PdCodeContent {
    enum class Type { Person, Venue };
    enum class VenueKind { Venue = 1, Checkpoint = 2 };

    Type type = Type::Person;
    QDateTime issuedAt; // required; kept to the second
    QDateTime expiresAt; // optional
    QString recordId; // optional UUID of the declaration or venue record

    // Person
    QString fullName; // required for a person
    BirthDate dateOfBirth;
    Sex sex = Sex::Unknown;
    QString idNumber;
    QString phone;

    // Both: residence of a person, location of a venue.
    QString address;
    QString unitCode; // GSO admin unit code (2, 3 or 5 digits)

    // Venue
    QString venueName; // required for a venue
    VenueKind venueKind = VenueKind::Venue;
};

// The PhongDich code format, version 1 (docs/CODES.md has the same text):
//
//   text     = "PD1:" TYPE BASE45(kid ‖ claims ‖ signature)
//   TYPE     = "P" (person) / "V" (venue or checkpoint)
//   kid      = 4 bytes: SHA-256(signer's Ed25519 public key)[0..3]
//   claims   = one CBOR map (RFC 8949) with small integer keys, below
//   signature= 64 bytes: Ed25519 (RFC 8032) over
//              ASCII("PD1:" TYPE) ‖ kid ‖ claims
//
// Base45 (RFC 9285) keeps the whole text, prefix included, in the QR
// alphanumeric set, so a person card fits a version 8–10 QR code. The
// signature covers the prefix, so neither the version nor the type can be
// swapped. The claims map (keys not listed are ignored by this version but
// still covered by the signature, so fields can be added without a new
// version):
//
//    1 issued at      uint  Unix seconds, UTC (required)
//    2 expires at     uint  Unix seconds, UTC
//    3 record id      bstr  16 bytes: UUID of the record behind the code
//   10 full name      tstr  person (required for P), as written, NFC
//   11 date of birth  tstr  "YYYY-MM-DD" or "YYYY"
//   12 sex            uint  ISO/IEC 5218: 0 not known, 1 male, 2 female
//   13 id number      tstr  CCCD, passport or other document number
//   14 phone          tstr
//   15 address        tstr  person's residence / venue's street address
//   16 unit code      tstr  GSO admin unit code (residence / location)
//   20 venue name     tstr  venue (required for V)
//   23 venue kind     uint  1 venue, 2 checkpoint
//
// A checkpoint verifies offline against the public keys it trusts (its
// own, its province's, other devices' of the province): no trusted key with
// that kid → untrusted; a key that does not verify → invalid (forged or
// altered); a key not allowed to sign this type → invalid (key usage).
class PdCode {
    Q_DECLARE_TR_FUNCTIONS(pd::core::PdCode)

public:
    static constexpr int version = 1;
    // Longest text accepted or produced: a QR version 25 at error
    // correction M; a PhongDich card never comes near it.
    static constexpr int maxTextLength = 1200;
    // Longest text claim, in characters.
    static constexpr int maxClaimLength = 200;

    // "PD1:P" or "PD1:V".
    static QByteArray prefix(PdCodeContent::Type type);
    // Starts with "PD", digits and ':' (any version).
    static bool hasPrefix(QByteArrayView text);
    // The type the text claims by its prefix, when it is a version 1 code.
    static std::optional<PdCodeContent::Type> typeOf(QByteArrayView text);

    // The claims map, after checking the content (required fields, lengths,
    // date and unit formats).
    static Result<QByteArray> encodeClaims(const PdCodeContent &content);

    struct Parsed {
        PdCodeContent content;
        QByteArray keyId;
        QByteArray signedMessage; // ASCII prefix ‖ kid ‖ claims
        QByteArray signature;
    };
    // Splits and decodes the text; does not verify the signature. Error
    // codes: pd.prefix, pd.version, pd.type, pd.length, pd.base45,
    // pd.truncated, pd.cbor, pd.claim.
    static Result<Parsed> parse(QByteArrayView text);
};

} // namespace pd::core
