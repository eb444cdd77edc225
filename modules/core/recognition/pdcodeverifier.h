#pragma once

#include "pdtrustedkeys.h"
#include "recognition.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>

namespace pd::core {

// Checks a PhongDich code offline (format in pdcode.h). The first failure
// decides the verdict, in this order: not decodable → unreadable; no
// trusted key with the code's key id → untrusted; signature does not
// verify with any of them → invalid; the key may not sign this type →
// invalid; issued more than a day after `at` → invalid; past its expiry →
// expired.
class PdCodeVerifier {
    Q_DECLARE_TR_FUNCTIONS(pd::core::PdCodeVerifier)

public:
    // Checkpoint clocks drift; a code issued up to this far ahead of the
    // checking device's clock is still accepted.
    static constexpr qint64 maxClockSkewSecs = 24 * 60 * 60;

    static Recognition verify(QByteArrayView text, const PdTrustedKeys &trustedKeys,
                              const QDateTime &at);
};

} // namespace pd::core
