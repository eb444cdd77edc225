#include "settingspage.h"

#include "adminunitpicker.h"
#include "sync/enroldialog.h"
#include "sync/synccontroller.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::app {

SettingsPage::SettingsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);

    m_deviceId = new QLabel(this);
    m_deviceId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deviceName = new QLineEdit(this);
    m_deviceName->setObjectName(QStringLiteral("deviceName"));
    m_location = new AdminUnitPicker(session.core.adminUnits(), this);
    m_venueName = new QLineEdit(this);
    m_retentionDays = new QSpinBox(this);
    m_retentionDays->setObjectName(QStringLiteral("retentionDays"));
    m_retentionDays->setRange(1, 3650);
    m_serverUrl = new QLineEdit(this);
    m_serverUrl->setPlaceholderText(QStringLiteral("https://"));
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("connectServer"));
    connect(m_connect, &QPushButton::clicked, this, &SettingsPage::connectToServer);
    auto *server = new QWidget(this);
    auto *serverRow = new QHBoxLayout(server);
    serverRow->setContentsMargins(0, 0, 0, 0);
    serverRow->addWidget(m_serverUrl, 1);
    serverRow->addWidget(m_connect);
    m_idleLockMinutes = new QSpinBox(this);
    m_idleLockMinutes->setRange(1, 240);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    auto *form = new QFormLayout;
    const QList<QWidget *> fields {m_deviceId,      m_deviceName, m_location,        m_venueName,
                                   m_retentionDays, server,       m_idleLockMinutes, m_language};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field == m_location   ? static_cast<QWidget *>(m_location->lineEdit())
                            : field == server ? static_cast<QWidget *>(m_serverUrl)
                                              : field);
        m_labels << label;
        form->addRow(label, field);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
    retranslateUi();
    load();
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Device settings"));
    const QStringList labels {tr("Device ID"),
                              tr("Device &name"),
                              tr("&Location"),
                              tr("Checkpoint or &venue"),
                              tr("Keep personal data for (&days)"),
                              tr("&Server address"),
                              tr("Lock after idle (&minutes)"),
                              tr("Lan&guage")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_save->setText(tr("&Save"));
    m_connect->setText(tr("Connect…"));
    m_connect->setToolTip(tr("Connect this device to the provincial server with a one-time code"));
}

void SettingsPage::connectToServer()
{
    EnrolDialog dialog(m_session.core, this);
    dialog.setServerUrl(m_serverUrl->text().trimmed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("This device is now connected to the server."), false);
    if (m_session.sync)
        m_session.sync->syncNow(SyncController::Trigger::Manual);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::load()
{
    auto settings = m_session.core.settings().load();
    if (!settings)
        return showMessage(settings.error().message, true);
    m_deviceId->setText(settings->deviceId);
    m_deviceName->setText(settings->deviceName);
    m_location->setCode(settings->locationUnitCode);
    m_venueName->setText(settings->locationName);
    m_retentionDays->setValue(settings->retentionDays);
    m_serverUrl->setText(settings->serverUrl);
    m_idleLockMinutes->setValue(settings->idleLockMinutes);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language)));
}

void SettingsPage::save()
{
    auto settings = m_session.core.settings().load();
    if (!settings)
        return showMessage(settings.error().message, true);
    settings->deviceName = m_deviceName->text();
    settings->locationUnitCode = m_location->code();
    settings->locationName = m_venueName->text();
    settings->retentionDays = m_retentionDays->value();
    settings->serverUrl = m_serverUrl->text().trimmed();
    settings->idleLockMinutes = m_idleLockMinutes->value();
    settings->language = m_language->currentData().toString();
    if (settings->locationUnitCode.isEmpty())
        return showMessage(tr("Location: choose the commune, district or province from the list."),
                           true);

    if (auto saved = m_session.core.saveSettings(*settings); !saved)
        return showMessage(saved.error().message, true);
    showMessage(tr("Settings saved."), false);
    Q_EMIT settingsSaved();
}

void SettingsPage::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_message->setText(message);
}

} // namespace pd::app
