#pragma once

#include "clock.h"
#include "dccverifier.h"
#include "pdtrustedkeys.h"
#include "recognition.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace pd::core {

// Recognises what a scanned payload is and checks it, with the trust
// material of this device (EU DCC trust list, trusted PhongDich keys) and
// an injected clock. The payload is what the scanner read, as UTF-8 bytes.
//
// Dispatch, after normalize():
//   "HC1:"                  → EU DCC (DccVerifier)
//   "PD" digits ":"         → PhongDich code (PdCodeVerifier)
//   third field a date/year → unified personal QR (UnifiedQr)
//   digits '|' …            → CCCD QR (CccdQr)
//   anything else           → text, verdict unknown
//
// Every step is a pure function of (payload, trust, time), so the static
// recognize() is what fuzzers and tests call.
class CodeRecognizer {
    Q_DECLARE_TR_FUNCTIONS(pd::core::CodeRecognizer)

public:
    explicit CodeRecognizer(const Clock &clock = Clock::system());

    void setDccTrustList(DccTrustList trustList) { m_dccTrustList = std::move(trustList); }
    void clearDccTrustList() { m_dccTrustList.reset(); }
    void setTrustedKeys(PdTrustedKeys keys) { m_trustedKeys = std::move(keys); }
    const PdTrustedKeys &trustedKeys() const { return m_trustedKeys; }

    // At the clock's current time.
    Recognition recognize(QByteArrayView payload) const;

    // `dccTrustList` may be null (DCC signatures are then not checked);
    // `at` decides expiry and "in the future", its local date is "today"
    // for document dates.
    static Recognition recognize(QByteArrayView payload, const DccTrustList *dccTrustList,
                                 const PdTrustedKeys &trustedKeys, const QDateTime &at);

    // Scanner noise removed: a leading UTF-8 byte order mark and trailing
    // CR/LF (keyboard-wedge scanners end with Enter).
    static QByteArrayView normalize(QByteArrayView payload);

    // The EU DCC verifier's result in Recognition's terms.
    static Recognition fromDcc(const DccResult &dcc);

private:
    const Clock &m_clock;
    std::optional<DccTrustList> m_dccTrustList;
    PdTrustedKeys m_trustedKeys;
};

} // namespace pd::core
