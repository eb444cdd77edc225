#pragma once

#include <QFlags>
#include <QString>
#include <QStringView>

namespace pd::scan {

// The symbologies PhongDich reads. QR Code carries the CCCD chip-card QR,
// the unified personal QR, EU DCC ("HC1:") and PhongDich's own codes; Data
// Matrix, Code 128 and PDF417 appear on sample tubes, labels and some ID
// documents. Kept apart from ZXing's enum so no header outside the decoder
// includes ZXing.
enum class CodeFormat : unsigned {
    None = 0,
    QRCode = 1u << 0,
    DataMatrix = 1u << 1,
    Code128 = 1u << 2,
    PDF417 = 1u << 3,
};
Q_DECLARE_FLAGS(CodeFormats, CodeFormat)
Q_DECLARE_OPERATORS_FOR_FLAGS(CodeFormats)

inline constexpr CodeFormats kAllCodeFormats = CodeFormats(CodeFormat::QRCode)
    | CodeFormat::DataMatrix | CodeFormat::Code128 | CodeFormat::PDF417;

// ZXing's names ("QRCode", "DataMatrix", "Code128", "PDF417"), used in
// results, JSON and settings; empty for None.
QString codeFormatName(CodeFormat format);
// Case-insensitive, '-' and '_' ignored ("qr-code", "pdf_417"); None when
// the name is not one of the four.
CodeFormat codeFormatFromName(QStringView name);

} // namespace pd::scan
