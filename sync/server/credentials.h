#pragma once

#include <QString>

namespace pd::sync::server {

// The secrets of docs/SYNC.md "Enrolment": a one-time code an operator reads
// out to a device and the token the device then holds. The server keeps only
// their SHA-256, so a copy of its database enrols or impersonates nobody.
namespace credentials {

// 32 random bytes, base64url without padding.
QString newToken();
// 12 characters in groups of four ("K7QM-2XHD-9PWA") from an alphabet
// without 0/O and 1/I/L, which are misread when a code is read out: 60 bits.
QString newEnrollCode();
// What a typed code means: upper case, without separators or spaces.
QString normalizeEnrollCode(const QString &typed);
// Lower-case hex SHA-256 of the UTF-8 text.
QString sha256Hex(const QString &text);

} // namespace credentials

} // namespace pd::sync::server
