#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pd::core {

enum class Sex { Unknown, Male, Female };

// A date of birth as identity documents give it: the whole date, or only the
// year (older people without a recorded day; DCC "dob": "1958"; unified QR
// "1958").
struct BirthDate {
    QDate date; // valid when the day is known
    int year = 0; // set whenever anything is known

    static BirthDate fromDate(QDate date) { return {date, date.isValid() ? date.year() : 0}; }
    static BirthDate fromYear(int year) { return {QDate(), year}; }
    bool isNull() const { return year == 0; }
    // "1990-05-17", "1958", or empty.
    QString toIsoString() const;

    friend bool operator==(const BirthDate &, const BirthDate &) = default;
};

// What a scanned payload turned out to be and whether it holds up: the kind,
// a verdict for the checkpoint's green/red light, the checks behind it, one
// reason (a stable code for logs and tests, a translated sentence naming
// the field for people) and the typed fields the code carries.
//
// Produced by CodeRecognizer (and the per-kind parsers it calls); never
// throws and never fails: unreadable input is a result too.
struct Recognition {
    Q_DECLARE_TR_FUNCTIONS(pd::core::Recognition)

public:
    enum class Kind {
        EuDcc, // "HC1:" EU Digital COVID Certificate
        Cccd, // chip ID card (căn cước công dân) QR, Circular 06/2021/TT-BCA
        VnUnified, // unified personal QR, Decision 1405/QĐ-BTTTT
        PdPerson, // PhongDich personal code ("PD1:P...")
        PdVenue, // PhongDich venue or checkpoint code ("PD1:V...")
        Text, // anything else, kept as read
    };
    enum class Verdict {
        Valid, // every check that applies passed
        Invalid, // read, but inconsistent, forged or altered
        Expired, // read and genuine, but past its validity
        Untrusted, // read, but signed by a key this device does not trust
        Unreadable, // looks like a known kind but cannot be decoded
        Unknown, // not a kind PhongDich knows
    };
    enum class Signature { Valid, Invalid, UnknownKey, NotChecked };
    enum class KeyUsage { Ok, Mismatch };

    struct Checks {
        bool decoded = false;
        Signature signature = Signature::NotChecked;
        std::optional<bool> expired; // null: the code has no validity period
        std::optional<KeyUsage> keyUsage; // null: the signer's key has no usage limit
    };

    // The reason code of a result whose checks all passed.
    static QString okCode() { return QStringLiteral("ok"); }

    Kind kind = Kind::Text;
    Verdict verdict = Verdict::Unknown;
    Checks checks;
    QString reasonCode; // "ok", "cccd.province", "pd.signature", "dcc.zlib", ...
    QString reason; // translated; names the field; never a personal value

    // Typed fields; empty (null) when the code does not carry them.
    QString idNumber; // CCCD number, passport or other document number
    QString oldIdNumber; // CCCD: the 9- or 12-digit CMND number it replaced
    QString fullName;
    BirthDate dateOfBirth;
    Sex sex = Sex::Unknown;
    QString address; // CCCD: place of residence
    QDate issueDate; // CCCD
    QString phone; // PhongDich personal code

    // CCCD: the last day the card is valid by the age rule (the Law on
    // Citizen Identification 2014 and the Law on Identification 2023,
    // Art. 21); null when valid for life.
    QDate validUntil;

    // Unified personal QR.
    QString identityType; // LoaiDinhDanh, as written
    QString qid;
    QString extension; // EXT, raw text (may itself contain '|')

    // EU DCC.
    char certificateType = 0; // 'v' vaccination, 't' test, 'r' recovery
    QJsonObject certificateEntry; // the first (only) entry of v/t/r
    QString issuer; // CWT claim 1: issuing country

    // Signed codes (EU DCC, PhongDich): signer key id and validity period.
    QByteArray keyId;
    QDateTime issuedAt;
    QDateTime expiresAt;

    // PhongDich codes.
    QString recordId; // UUID of the person or venue record that printed the code
    QString unitCode; // GSO admin unit (residence, or the venue's commune)
    QString venueName;
    QString venueKind; // "venue" or "checkpoint"

    // Text: the payload as read (lossy UTF-8).
    QString text;

    bool isValid() const { return verdict == Verdict::Valid; }

    // {"kind", "verdict", "checks": {"decoded", "signature", "expired",
    // "key_usage"}, "reason_code", "reason", "fields": {...}}; the shape
    // `phongdich-cli verify` prints.
    QJsonObject toJson() const;
    // The typed fields that are set, snake_case keys (see docs/CODES.md).
    QJsonObject fieldsJson() const;

    // Stable names used in JSON and logs.
    static QString kindName(Kind kind);
    static QString verdictName(Verdict verdict);
    static QString signatureName(Signature signature);
    static QString keyUsageName(KeyUsage usage);
    static QString sexName(Sex sex);

    // A result with no checks passed: `kind`, `verdict`, the reason.
    static Recognition failed(Kind kind, Verdict verdict, QString reasonCode, QString reason);
    // Marks the result valid with the "ok" reason.
    void setValid();
    // Sets verdict and reason unless a reason is already set; parsers call
    // it for each failed check so the first failure is the one reported.
    void reject(Verdict failedVerdict, const QString &code, const QString &message);
};

} // namespace pd::core
