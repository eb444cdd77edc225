#include "enroldialog.h"

#include "backgroundjob.h"
#include "corecontext.h"
#include "enrolment.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace pd::app {

EnrolDialog::EnrolDialog(core::CoreContext &core, QWidget *parent) : QDialog(parent), m_core(core)
{
    setWindowTitle(tr("Connect to the provincial server"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://phongdich.example.gov.vn"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("enrolCode"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("deviceName"));
    if (auto settings = m_core.settings().load())
        m_name->setText(settings->deviceName);
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("caCertificate"));
    m_certificate->setPlaceholderText(tr("Optional: the province's own CA certificate (.pem)"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &EnrolDialog::chooseCertificate);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(browse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("enrolError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_url);
    form->addRow(tr("One-time code:"), m_code);
    form->addRow(tr("Device name:"), m_name);
    form->addRow(tr("CA certificate:"), certificateRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

void EnrolDialog::setServerUrl(const QString &url)
{
    m_url->setText(url);
}

void EnrolDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

void EnrolDialog::chooseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt)"));
    if (!path.isEmpty())
        m_certificate->setText(path);
}

void EnrolDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EnrolDialog::accept()
{
    if (m_job)
        return;
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        showError(tr("Server address: enter an address such as https://phongdich.example.gov.vn."));
        m_url->setFocus();
        return;
    }
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        showError(tr("One-time code: enter the code the province gave you."));
        m_code->setFocus();
        return;
    }
    QString certificate;
    if (const QString path = m_certificate->text().trimmed(); !path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("CA certificate: the file cannot be read."));
            return;
        }
        certificate = QString::fromLatin1(file.readAll());
    }
    showError({});
    m_buttons->setEnabled(false);
    const QString name = m_name->text().trimmed();
    m_job = new core::BackgroundJob(
        m_core,
        [url, code, name, certificate](core::CoreContext &core,
                                       core::JobControl &) -> core::Status {
            auto enrolled = sync::enrol(core, url, code, name, certificate);
            if (!enrolled)
                return std::unexpected(enrolled.error());
            return {};
        },
        this);
    connect(m_job, &core::BackgroundJob::finished, this, [this] {
        const core::Status status = m_job->status();
        m_job->deleteLater();
        m_job = nullptr;
        m_buttons->setEnabled(true);
        if (!status) {
            showError(status.error().message);
            return;
        }
        QDialog::accept();
    });
    m_job->start();
}

} // namespace pd::app
