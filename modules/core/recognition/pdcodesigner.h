#pragma once

#include "pdcode.h"
#include "pdkeypair.h"

namespace pd::core {

// Signs PhongDich codes with one key pair (the device's or the province
// office's); the text goes into a QR code as is (format in pdcode.h).
class PdCodeSigner {
    Q_DECLARE_TR_FUNCTIONS(pd::core::PdCodeSigner)

public:
    explicit PdCodeSigner(PdKeyPair keyPair);

    // "PD1:P…" or "PD1:V…"; fails with "pd.content" on missing or malformed
    // fields and "pd.length" when the content is too long for a small QR.
    Result<QString> sign(const PdCodeContent &content) const;

    const PdKeyPair &keyPair() const { return m_keyPair; }

private:
    PdKeyPair m_keyPair;
};

} // namespace pd::core
