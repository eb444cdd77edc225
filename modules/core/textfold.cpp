#include "textfold.h"

namespace pd::core {

QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        switch (ch.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        // Invisible format characters (zero-width space, soft hyphen, BOM)
        // come with pasted text and would split or break matches.
        case QChar::Other_Format:
            continue;
        default:
            break;
        }
        // đ and Đ have no decomposition; U+00D0 (Icelandic eth) is a common
        // stand-in for Đ in legacy fonts and typed text.
        const char16_t u = ch.unicode();
        if (u == u'\u0111' || u == u'\u0110' || u == u'\u00D0' || u == u'\u00F0')
            out.append(QLatin1Char('d'));
        else
            out.append(ch);
    }
    return out.toCaseFolded().simplified();
}

} // namespace pd::core
