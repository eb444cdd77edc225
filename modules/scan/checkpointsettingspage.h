#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::core {
class CoreContext;
}

namespace pd::scan {

// Admin page: how this checkpoint counts visits (CheckpointSettings), how it
// scans (ScanSettings; the camera is chosen on the checkpoint screen) and
// the EU DCC trust list its signatures are checked against. The widgets
// show the stored settings and collect edits; the data file holds them.
class CheckpointSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit CheckpointSettingsPage(core::CoreContext &core, QWidget *parent = nullptr);

public Q_SLOTS:
    // Validates both settings and writes them with an audit entry in one
    // transaction; nothing is written when any part fails.
    void save();
    // Reads a trust list file (the EU gateway's JSON) and stores it when it
    // parses; a file that does not parse keeps the current list.
    void importTrustList(const QString &path);
    void removeTrustList();

Q_SIGNALS:
    void settingsSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void chooseTrustListFile();
    void showTrustList();
    void showMessage(const QString &message, bool error);

    core::CoreContext &m_core;
    QLabel *m_title = nullptr;
    QComboBox *m_visitMode = nullptr;
    QSpinBox *m_maxStayHours = nullptr;
    QComboBox *m_resolution = nullptr;
    QSpinBox *m_decodeBudgetMs = nullptr;
    QSpinBox *m_duplicateWindowSeconds = nullptr;
    QCheckBox *m_wedgeEnabled = nullptr;
    QSpinBox *m_wedgeInterKeyMs = nullptr;
    QSpinBox *m_wedgeMinLength = nullptr;
    QLineEdit *m_serialPort = nullptr;
    QComboBox *m_serialBaudRate = nullptr;
    QWidget *m_trustListRow = nullptr;
    QLabel *m_trustListStatus = nullptr;
    QPushButton *m_importTrustList = nullptr;
    QPushButton *m_removeTrustList = nullptr;
    QList<QLabel *> m_labels;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace pd::scan
