#pragma once

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace pd::core {

// Base45 (RFC 9285): two bytes as three characters of the 45 that QR
// alphanumeric mode stores in 5.5 bits each. The EU DCC carries its zlib
// data this way after "HC1:" (eHealth Network hcert spec., "Transport
// Encodings").
class Base45 {
    Q_DECLARE_TR_FUNCTIONS(pd::core::Base45)

public:
    static QByteArray encode(QByteArrayView data);

    // Fails with "dcc.base45" on a character outside the alphabet (lower
    // case included: the alphabet is upper case only), on a length of 3n+1
    // and on a group whose value does not fit its bytes (> 65535 for three
    // characters, > 255 for a final pair): RFC 9285 section 4.
    static Result<QByteArray> decode(QByteArrayView text);
};

} // namespace pd::core
