#include "payloadtext.h"

#include <QDate>
#include <QStringDecoder>

namespace pd::core::payloadtext {

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QDate parseDdMmYyyy(QStringView text)
{
    if (text.size() != 8 || !isDigits(text))
        return {};
    const int day = text.mid(0, 2).toInt();
    const int month = text.mid(2, 2).toInt();
    const int year = text.mid(4, 4).toInt();
    return QDate(year, month, day); // invalid for 31 February and the like
}

BirthDate parseIsoBirthDate(QStringView text)
{
    if (text.size() == 4 && isDigits(text))
        return BirthDate::fromYear(text.toInt());
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const QStringView year = text.first(4), month = text.sliced(5, 2), day = text.sliced(8, 2);
    if (!isDigits(year) || !isDigits(month) || !isDigits(day))
        return {};
    return BirthDate::fromDate(QDate(year.toInt(), month.toInt(), day.toInt()));
}

} // namespace pd::core::payloadtext
