#include "languagemanager.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::app {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

QStringList LanguageManager::available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    if (code == m_language)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (m_translator.load(QStringLiteral(":/i18n/phongdich_") + code))
        m_installed = QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(
        QLocale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                code == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedStates));
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace pd::app
