#pragma once

#include <QByteArray>
#include <QCborValue>

#include <optional>

namespace pd::core {

// Decodes exactly one CBOR data item (RFC 8949) that fills all of `data`:
// nullopt when the item is not well formed, is cut short or is followed by
// more bytes. QCborValue::fromCbor(QByteArray) alone stops after the first
// item and ignores what follows, which a signed envelope must not allow.
std::optional<QCborValue> decodeCborItem(const QByteArray &data);

} // namespace pd::core
