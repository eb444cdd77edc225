#include "checkpointsettingspage.h"

#include "checkpointsettings.h"
#include "corecontext.h"
#include "dcctrustlistsetting.h"
#include "scansettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::scan {

namespace {
// The spin boxes keep to the ranges ScanSettings::validate() accepts, so a
// person cannot type a value that save() would refuse.
constexpr int kMaxDecodeBudgetMs = 1000;
constexpr int kMaxDuplicateWindowSeconds = 3600;
constexpr int kMinInterKeyMs = 5;
constexpr int kMaxInterKeyMs = 200;
constexpr int kMaxWedgeMinLength = 100;

const QList<QSize> kResolutions {{640, 480}, {1280, 720}, {1920, 1080}};
const QList<qint32> kBaudRates {9600, 19200, 38400, 57600, 115200};

QString sizeText(QSize size)
{
    return QStringLiteral("%1 × %2").arg(size.width()).arg(size.height());
}

// Selects the item holding `value`, adding it first when the stored value
// is not one of the usual choices.
void selectData(QComboBox *box, const QVariant &value, const QString &text)
{
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(text, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}
} // namespace

CheckpointSettingsPage::CheckpointSettingsPage(core::CoreContext &core, QWidget *parent)
    : QWidget(parent), m_core(core)
{
    setObjectName(QStringLiteral("checkpointSettingsPage"));
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);

    m_visitMode = new QComboBox(this);
    m_visitMode->setObjectName(QStringLiteral("visitMode"));
    m_visitMode->addItem(QString(), false);
    m_visitMode->addItem(QString(), true);
    m_maxStayHours = new QSpinBox(this);
    m_maxStayHours->setObjectName(QStringLiteral("maxStayHours"));
    m_maxStayHours->setRange(1, 72);

    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    for (const QSize size : kResolutions)
        m_resolution->addItem(sizeText(size), size);
    m_decodeBudgetMs = new QSpinBox(this);
    m_decodeBudgetMs->setObjectName(QStringLiteral("decodeBudgetMs"));
    m_decodeBudgetMs->setRange(0, kMaxDecodeBudgetMs);
    m_duplicateWindowSeconds = new QSpinBox(this);
    m_duplicateWindowSeconds->setObjectName(QStringLiteral("duplicateWindowSeconds"));
    m_duplicateWindowSeconds->setRange(0, kMaxDuplicateWindowSeconds);
    m_wedgeEnabled = new QCheckBox(this);
    m_wedgeEnabled->setObjectName(QStringLiteral("wedgeEnabled"));
    m_wedgeInterKeyMs = new QSpinBox(this);
    m_wedgeInterKeyMs->setObjectName(QStringLiteral("wedgeInterKeyMs"));
    m_wedgeInterKeyMs->setRange(kMinInterKeyMs, kMaxInterKeyMs);
    m_wedgeMinLength = new QSpinBox(this);
    m_wedgeMinLength->setObjectName(QStringLiteral("wedgeMinLength"));
    m_wedgeMinLength->setRange(1, kMaxWedgeMinLength);
    connect(m_wedgeEnabled, &QCheckBox::toggled, m_wedgeInterKeyMs, &QWidget::setEnabled);
    connect(m_wedgeEnabled, &QCheckBox::toggled, m_wedgeMinLength, &QWidget::setEnabled);
    m_serialPort = new QLineEdit(this);
    m_serialPort->setObjectName(QStringLiteral("serialPort"));
    m_serialBaudRate = new QComboBox(this);
    m_serialBaudRate->setObjectName(QStringLiteral("serialBaudRate"));
    for (const qint32 rate : kBaudRates)
        m_serialBaudRate->addItem(QString::number(rate), rate);

    m_trustListRow = new QWidget(this);
    m_trustListStatus = new QLabel(m_trustListRow);
    m_trustListStatus->setObjectName(QStringLiteral("trustListStatus"));
    m_importTrustList = new QPushButton(m_trustListRow);
    m_importTrustList->setObjectName(QStringLiteral("importTrustList"));
    connect(m_importTrustList, &QPushButton::clicked, this,
            &CheckpointSettingsPage::chooseTrustListFile);
    m_removeTrustList = new QPushButton(m_trustListRow);
    m_removeTrustList->setObjectName(QStringLiteral("removeTrustList"));
    connect(m_removeTrustList, &QPushButton::clicked, this,
            &CheckpointSettingsPage::removeTrustList);
    auto *trustListLayout = new QHBoxLayout(m_trustListRow);
    trustListLayout->setContentsMargins(0, 0, 0, 0);
    trustListLayout->addWidget(m_trustListStatus, 1);
    trustListLayout->addWidget(m_importTrustList);
    trustListLayout->addWidget(m_removeTrustList);

    auto *form = new QFormLayout;
    const QList<QWidget *> fields {m_visitMode,
                                   m_maxStayHours,
                                   m_resolution,
                                   m_decodeBudgetMs,
                                   m_duplicateWindowSeconds,
                                   m_wedgeEnabled,
                                   m_wedgeInterKeyMs,
                                   m_wedgeMinLength,
                                   m_serialPort,
                                   m_serialBaudRate,
                                   m_trustListRow};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field == m_trustListRow ? static_cast<QWidget *>(m_importTrustList)
                                                : field);
        m_labels << label;
        form->addRow(label, field);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveCheckpointSettings"));
    connect(m_save, &QPushButton::clicked, this, &CheckpointSettingsPage::save);

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

void CheckpointSettingsPage::retranslateUi()
{
    m_title->setText(tr("Checkpoint settings"));
    m_visitMode->setItemText(0, tr("Entry only"));
    m_visitMode->setItemText(1, tr("Entry and exit"));
    const QStringList labels {tr("&Visits"),
                              tr("Record an automatic e&xit after (hours)"),
                              tr("Camera &resolution"),
                              tr("&Decoding time budget (ms)"),
                              tr("&Ignore repeats for (seconds)"),
                              tr("&Keyboard scanner"),
                              tr("Scanner key &interval (ms)"),
                              tr("Shortest sc&an (characters)"),
                              tr("Serial scanner &port"),
                              tr("Serial &baud rate"),
                              tr("EU DCC &trust list")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_decodeBudgetMs->setSpecialValueText(tr("No limit"));
    m_duplicateWindowSeconds->setSpecialValueText(tr("Off"));
    m_wedgeEnabled->setText(tr("Accept codes typed by a USB scanner"));
    m_serialPort->setPlaceholderText(tr("None (e.g. COM3 or /dev/ttyUSB0)"));
    m_importTrustList->setText(tr("Import trust list…"));
    m_removeTrustList->setText(tr("Remove"));
    m_save->setText(tr("&Save"));
    showTrustList();
}

void CheckpointSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CheckpointSettingsPage::load()
{
    auto checkpoint = CheckpointSettings::load(m_core.database());
    if (!checkpoint)
        return showMessage(checkpoint.error().message, true);
    auto scan = ScanSettings::load(m_core.database());
    if (!scan)
        return showMessage(scan.error().message, true);

    m_visitMode->setCurrentIndex(m_visitMode->findData(checkpoint->entryExit));
    m_maxStayHours->setValue(checkpoint->maxStayHours);
    selectData(m_resolution, scan->resolution, sizeText(scan->resolution));
    m_decodeBudgetMs->setValue(scan->decodeBudgetMs);
    m_duplicateWindowSeconds->setValue(scan->duplicateWindowSeconds);
    m_wedgeEnabled->setChecked(scan->wedgeEnabled);
    m_wedgeInterKeyMs->setValue(scan->wedgeInterKeyMs);
    m_wedgeInterKeyMs->setEnabled(scan->wedgeEnabled);
    m_wedgeMinLength->setValue(scan->wedgeMinLength);
    m_wedgeMinLength->setEnabled(scan->wedgeEnabled);
    m_serialPort->setText(scan->serialPort);
    selectData(m_serialBaudRate, scan->serialBaudRate, QString::number(scan->serialBaudRate));
}

void CheckpointSettingsPage::save()
{
    // Start from the stored scan settings: the camera and torch are chosen
    // on the checkpoint screen and must survive a save here.
    auto scan = ScanSettings::load(m_core.database());
    if (!scan)
        return showMessage(scan.error().message, true);
    CheckpointSettings checkpoint;
    checkpoint.entryExit = m_visitMode->currentData().toBool();
    checkpoint.maxStayHours = m_maxStayHours->value();
    scan->resolution = m_resolution->currentData().toSize();
    scan->decodeBudgetMs = m_decodeBudgetMs->value();
    scan->duplicateWindowSeconds = m_duplicateWindowSeconds->value();
    scan->wedgeEnabled = m_wedgeEnabled->isChecked();
    scan->wedgeInterKeyMs = m_wedgeInterKeyMs->value();
    scan->wedgeMinLength = m_wedgeMinLength->value();
    scan->serialPort = m_serialPort->text().trimmed();
    scan->serialBaudRate = m_serialBaudRate->currentData().toInt();

    if (auto valid = CheckpointSettings::validate(checkpoint); !valid)
        return showMessage(valid.error().message, true);
    if (auto valid = ScanSettings::validate(*scan); !valid)
        return showMessage(valid.error().message, true);
    auto saved = m_core.database().transaction([&]() -> core::Status {
        if (auto ok = checkpoint.save(m_core.database()); !ok)
            return ok;
        if (auto ok = scan->save(m_core.database()); !ok)
            return ok;
        return m_core.audit().record(QStringLiteral("settings.save"), QStringLiteral("device"),
                                     m_core.deviceId());
    });
    if (!saved)
        return showMessage(saved.error().message, true);
    showMessage(tr("Settings saved."), false);
    Q_EMIT settingsSaved();
}

void CheckpointSettingsPage::chooseTrustListFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import trust list"), QString(),
                                                      tr("Trust lists (*.json)"));
    if (!path.isEmpty())
        importTrustList(path);
}

void CheckpointSettingsPage::importTrustList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showMessage(tr("The trust list file cannot be read: %1").arg(file.errorString()),
                           true);
    const QByteArray json = file.readAll();
    auto saved = m_core.database().transaction([&]() -> core::Status {
        if (auto ok = DccTrustListSetting::save(m_core.database(), json); !ok)
            return ok;
        return m_core.audit().record(QStringLiteral("dcc.trust_list.import"),
                                     QStringLiteral("device"), m_core.deviceId());
    });
    if (!saved)
        return showMessage(tr("The trust list was not imported: %1").arg(saved.error().message),
                           true);
    showTrustList();
    showMessage(tr("Trust list imported."), false);
}

void CheckpointSettingsPage::removeTrustList()
{
    auto cleared = m_core.database().transaction([&]() -> core::Status {
        if (auto ok = DccTrustListSetting::clear(m_core.database()); !ok)
            return ok;
        return m_core.audit().record(QStringLiteral("dcc.trust_list.remove"),
                                     QStringLiteral("device"), m_core.deviceId());
    });
    if (!cleared)
        return showMessage(cleared.error().message, true);
    showTrustList();
    showMessage(tr("Trust list removed."), false);
}

void CheckpointSettingsPage::showTrustList()
{
    auto trustList = DccTrustListSetting::load(m_core.database());
    if (!trustList)
        m_trustListStatus->setText(
            tr("Stored trust list unreadable: %1").arg(trustList.error().message));
    else if (!*trustList)
        m_trustListStatus->setText(tr("None: signatures are not checked"));
    else
        m_trustListStatus->setText(tr("%n signer(s)", nullptr, int((*trustList)->size())));
    // An unreadable list can be removed too.
    m_removeTrustList->setEnabled(!trustList || trustList->has_value());
}

void CheckpointSettingsPage::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_message->setText(message);
}

} // namespace pd::scan
