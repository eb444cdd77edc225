#include "credentials.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace pd::sync::server::credentials {

namespace {
constexpr char kCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int kCodeAlphabetSize = sizeof(kCodeAlphabet) - 1;
constexpr int kCodeGroups = 3;
constexpr int kCodeGroupLength = 4;
} // namespace

QString newToken()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newEnrollCode()
{
    QString code;
    for (int group = 0; group < kCodeGroups; ++group) {
        if (group > 0)
            code += QLatin1Char('-');
        for (int i = 0; i < kCodeGroupLength; ++i)
            code +=
                QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(kCodeAlphabetSize)]);
    }
    return code;
}

QString normalizeEnrollCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber())
            code += c.toUpper();
    }
    return code;
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace pd::sync::server::credentials
