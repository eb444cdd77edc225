#pragma once

#include <QObject>
#include <QTranslator>

namespace pd::app {

// Installs the UI language at run time. Vietnamese is the default; widgets
// retranslate themselves on QEvent::LanguageChange.
class LanguageManager : public QObject {
    Q_OBJECT

public:
    static constexpr auto defaultLanguage = "vi";

    explicit LanguageManager(QObject *parent = nullptr);

    // "vi" or "en"; false (and no change) for anything else.
    bool setLanguage(const QString &code);
    const QString &language() const { return m_language; }
    static QStringList available();

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_translator;
    QString m_language;
    bool m_installed = false;
};

} // namespace pd::app
