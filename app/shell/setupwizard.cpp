#include "setupwizard.h"

#include "adminunitpicker.h"
#include "devicesetup.h"
#include "languagemanager.h"
#include "passwordhashing.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QVBoxLayout>

namespace pd::app {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}
} // namespace

SetupWizard::SetupWizard(core::CoreContext &core, LanguageManager &language, QWidget *parent)
    : QWizard(parent), m_core(core), m_language(language)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(LanguagePageId, createLanguagePage());
    setPage(AdminPageId, createAdminPage());
    setPage(DevicePageId, createDevicePage());
    retranslateUi();
    setMinimumSize(560, 420);
}

QWizardPage *SetupWizard::createLanguagePage()
{
    auto *page = new QWizardPage(this);
    m_welcome = new QLabel(page);
    m_welcome->setWordWrap(true);
    m_languageLabel = new QLabel(page);
    m_languageChoice = new QComboBox(page);
    m_languageChoice->setObjectName(QStringLiteral("languageChoice"));
    // Language names are written in their own language, never translated.
    m_languageChoice->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_languageChoice->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageChoice->setCurrentIndex(m_languageChoice->findData(m_language.language()));
    connect(m_languageChoice, &QComboBox::currentIndexChanged, this,
            [this] { m_language.setLanguage(m_languageChoice->currentData().toString()); });

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageChoice);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_welcome);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWizardPage *SetupWizard::createAdminPage()
{
    auto *page = new QWizardPage(this);
    m_displayName = lineEdit("adminDisplayName", page);
    m_username = lineEdit("adminUsername", page);
    m_password = lineEdit("adminPassword", page);
    m_passwordRepeat = lineEdit("adminPasswordRepeat", page);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordRepeat->setEchoMode(QLineEdit::Password);
    m_adminError = errorLabel(page);

    auto *form = new QFormLayout(page);
    for (QLineEdit *edit : {m_displayName, m_username, m_password, m_passwordRepeat}) {
        auto *label = new QLabel(page);
        label->setBuddy(edit);
        m_adminLabels << label;
        form->addRow(label, edit);
    }
    form->addRow(m_adminError);
    return page;
}

QWizardPage *SetupWizard::createDevicePage()
{
    auto *page = new QWizardPage(this);
    m_deviceName = lineEdit("deviceName", page);
    m_deviceName->setText(QSysInfo::machineHostName());
    m_location = new AdminUnitPicker(m_core.adminUnits(), page);
    m_location->setObjectName(QStringLiteral("location"));
    m_venueName = lineEdit("venueName", page);
    m_serverUrl = lineEdit("serverUrl", page);
    m_serverUrl->setPlaceholderText(QStringLiteral("https://"));
    m_deviceError = errorLabel(page);

    auto *form = new QFormLayout(page);
    const QList<QWidget *> fields {m_deviceName, m_location, m_venueName, m_serverUrl};
    for (QWidget *field : fields) {
        auto *label = new QLabel(page);
        label->setBuddy(field == m_location ? static_cast<QWidget *>(m_location->lineEdit())
                                            : field);
        m_deviceLabels << label;
        form->addRow(label, field);
    }
    form->addRow(m_deviceError);
    return page;
}

void SetupWizard::retranslateUi()
{
    setWindowTitle(tr("Set up PhongDich"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    page(LanguagePageId)->setTitle(tr("Welcome"));
    m_welcome->setText(
        tr("This is the first start of PhongDich on this computer. The next steps create the "
           "administrator account and describe where this device is used. Nothing is saved "
           "until you press Finish."));
    m_languageLabel->setText(tr("Language"));

    page(AdminPageId)->setTitle(tr("Administrator account"));
    page(AdminPageId)
        ->setSubTitle(tr("The administrator creates the other users and changes settings."));
    const QStringList adminLabels {tr("Full &name"), tr("&Username"), tr("&Password"),
                                   tr("&Repeat password")};
    for (qsizetype i = 0; i < m_adminLabels.size(); ++i)
        m_adminLabels[i]->setText(adminLabels[i]);

    page(DevicePageId)->setTitle(tr("This device"));
    page(DevicePageId)
        ->setSubTitle(tr("Where the device is used; the server address can be added later."));
    const QStringList deviceLabels {tr("Device &name"), tr("&Location"), tr("Checkpoint or &venue"),
                                    tr("&Server address")};
    for (qsizetype i = 0; i < m_deviceLabels.size(); ++i)
        m_deviceLabels[i]->setText(deviceLabels[i]);
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void SetupWizard::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

bool SetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case AdminPageId: {
        QString message;
        if (m_displayName->text().trimmed().isEmpty())
            message = tr("Full name: enter the administrator's name.");
        else if (auto ok =
                     core::UserStore::validateUsername(m_username->text().trimmed().toLower());
                 !ok)
            message = ok.error().message;
        else if (auto pw = core::UserStore::validatePassword(m_password->text()); !pw)
            message = pw.error().message;
        else if (m_password->text() != m_passwordRepeat->text())
            message = tr("Repeat password: the two passwords differ.");
        showError(m_adminError, message);
        return message.isEmpty();
    }
    case DevicePageId: {
        core::DeviceSettings settings;
        settings.deviceName = m_deviceName->text();
        settings.locationUnitCode = m_location->code();
        settings.locationName = m_venueName->text();
        settings.serverUrl = m_serverUrl->text().trimmed();
        settings.language = m_language.language();
        if (settings.locationUnitCode.isEmpty()) {
            showError(m_deviceError,
                      tr("Location: choose the commune, district or province from the list."));
            return false;
        }
        auto password = preparePasswordOffThread(m_password->text());
        if (!password) {
            showError(m_deviceError, password.error().message);
            return false;
        }
        const core::AdminAccount admin {m_username->text(), m_displayName->text(), *password};
        if (auto ok = core::setUpDevice(m_core, admin, settings); !ok) {
            showError(m_deviceError, ok.error().message);
            return false;
        }
        showError(m_deviceError, {});
        return true;
    }
    default:
        return true;
    }
}

QString SetupWizard::adminUsername() const
{
    return m_username->text().trimmed().toLower();
}

} // namespace pd::app
