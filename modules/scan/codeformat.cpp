#include "codeformat.h"

namespace pd::scan {

QString codeFormatName(CodeFormat format)
{
    switch (format) {
    case CodeFormat::QRCode:
        return QStringLiteral("QRCode");
    case CodeFormat::DataMatrix:
        return QStringLiteral("DataMatrix");
    case CodeFormat::Code128:
        return QStringLiteral("Code128");
    case CodeFormat::PDF417:
        return QStringLiteral("PDF417");
    case CodeFormat::None:
        break;
    }
    return {};
}

CodeFormat codeFormatFromName(QStringView name)
{
    QString folded = name.toString().toLower();
    folded.remove(QLatin1Char('-'));
    folded.remove(QLatin1Char('_'));
    for (CodeFormat format :
         {CodeFormat::QRCode, CodeFormat::DataMatrix, CodeFormat::Code128, CodeFormat::PDF417}) {
        if (codeFormatName(format).toLower() == folded)
            return format;
    }
    return CodeFormat::None;
}

} // namespace pd::scan
