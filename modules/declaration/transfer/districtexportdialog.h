#pragma once

#include "districtexport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pd::core {
class BackgroundJob;
class CoreContext;
} // namespace pd::core

namespace pd::declaration {

class AdminAreaEdit;

// One-click export of a district's declarations and arrivals (Lào Cai's
// daily list): the district (the device's own by default), the days (today
// by default), the format and the folder; the file is named by district and
// days. The export runs as a core::BackgroundJob with a progress bar and
// Cancel; the result names the files written.
class DistrictExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit DistrictExportDialog(core::CoreContext &core, QWidget *parent = nullptr);
    ~DistrictExportDialog() override;

    void setDistrict(const QString &code);
    void setFolder(const QString &folder);
    void setRange(QDate from, QDate to);
    void setFormat(DistrictExport::Format format);
    bool isRunning() const;
    // The files of the last export that succeeded.
    const QStringList &writtenFiles() const { return m_writtenFiles; }

public Q_SLOTS:
    void startExport();
    void reject() override;

Q_SIGNALS:
    void exported(const QStringList &files);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    QString targetPath() const;
    void finishExport();

    core::CoreContext &m_core;
    AdminAreaEdit *m_district = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_fileName = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QLabel *m_districtLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_folderLabel = nullptr;
    std::unique_ptr<core::BackgroundJob> m_job;
    std::shared_ptr<DistrictExport::Summary> m_summary;
    QStringList m_writtenFiles;
};

} // namespace pd::declaration
