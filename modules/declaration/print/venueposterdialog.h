#pragma once

#include "codeissuer.h"
#include "venueposterdocument.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::core {
class AdminUnitSearchModel;
class CoreContext;
} // namespace pd::core

namespace pd::declaration {

class PrintPanel;

// An A4 poster for a venue or checkpoint: the clerk types its name, picks
// its commune (folded type-ahead over the admin units), the street and
// whether it is a venue or a checkpoint, and saves a PDF or prints. The
// poster is signed and recorded as issued when it is written; the record
// id is made once per dialog, so a reprint from the same dialog names the
// same venue.
class VenuePosterDialog : public QDialog {
    Q_OBJECT

public:
    explicit VenuePosterDialog(core::CoreContext &core, QWidget *parent = nullptr);
    ~VenuePosterDialog() override;

    VenueDetails details() const;
    void setDetails(const VenueDetails &details);
    // The unit the commune field resolved to; empty until one is chosen.
    QString unitCode() const { return m_unitCode; }
    void setUnitCode(const QString &code);

    // Preview, status, and the PDF and printer output (tests drive it).
    PrintPanel &panel() { return *m_panel; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::shared_ptr<const VenuePosterDocument> signedDocument();
    void updatePreview();
    void recordIssued(bool toPdf);
    void retranslateUi();

    core::CoreContext &m_core;
    CodeIssuer m_issuer;
    QString m_recordId;
    QString m_unitCode;
    std::shared_ptr<const VenuePosterDocument> m_pending; // being written
    QTimer m_previewTimer;
    PrintPanel *m_panel = nullptr;

    core::AdminUnitSearchModel *m_unitResults = nullptr;
    QCompleter *m_completer = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_unitLabel = nullptr;
    QLineEdit *m_unit = nullptr;
    QLabel *m_unitPath = nullptr;
    QLabel *m_streetLabel = nullptr;
    QLineEdit *m_street = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace pd::declaration
