#pragma once

#include "declarationeditor.h"
#include "fielderrors.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace pd::core {
class CoreContext;
}

namespace pd::declaration {

class IdentityFields;

class UnitCascadePicker;

// The health declaration form in the order of the national form
// (tokhaiyte.vn), in a scroll area so it fits a 1366×768 laptop. It shows a
// DeclarationEditor and passes every edit to it; a failed check puts the
// message under the field it names and moves the focus there. Ctrl+S
// saves. A scanned code (handheld scanner, camera: wired by the app)
// arrives through applyPayload() or applyRecognition().
class DeclarationForm : public QWidget {
    Q_OBJECT

public:
    DeclarationForm(core::CoreContext &core, const QString &userId, QWidget *parent = nullptr);
    ~DeclarationForm() override;

    DeclarationEditor &editor() { return *m_editor; }
    FieldErrors &fieldErrors() { return m_errors; }
    // The message of a check that names no field (e.g. the write failed).
    QString generalError() const;
    QString noticeText() const;
    bool isDraftBannerShown() const;
    UnitCascadePicker *addressPicker() const { return m_address; }

    // See DeclarationEditor::startNew/startCorrection: a draft of this user
    // is restored first, with a banner to discard it.
    void startNew(const Declaration &prefill = {});
    void startCorrection(const Declaration &original);

public Q_SLOTS:
    bool save();
    // False when the code carries no person (noticeText() says so).
    bool applyRecognition(const core::Recognition &recognition);
    bool applyPayload(const QByteArray &payload);
    void findPerson();
    // Asks what to do with unsaved typing, then emits closed().
    void requestClose();

Q_SIGNALS:
    void saved(const QString &declarationId);
    void closed();
    // The clerk wants to read a CCCD or personal QR with the camera.
    void cameraScanRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void connectInputs();
    void retranslateUi();
    void refresh();
    void updateSections();
    void clearAddress();
    void showCheckFailed(const FieldError &error);
    void showDraftRestored(qint64 savedAtMs);
    void showNotice(const QString &message);
    QString timeText(qint64 ms) const;
    QString nationalityCode() const;
    void setNationalityCode(const QString &code);

    core::CoreContext &m_core;
    DeclarationEditor *m_editor = nullptr;
    FieldErrors m_errors;
    bool m_refreshing = false;

    QLabel *m_title = nullptr;
    QLabel *m_scanHint = nullptr;
    QFrame *m_draftBanner = nullptr;
    QLabel *m_draftText = nullptr;
    QPushButton *m_discardDraft = nullptr;
    QLabel *m_notice = nullptr;
    QScrollArea *m_scroll = nullptr;

    QGroupBox *m_declarationGroup = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_onBehalf = nullptr;
    QLabel *m_onBehalfNameLabel = nullptr;
    QLineEdit *m_onBehalfName = nullptr;

    QGroupBox *m_personGroup = nullptr;
    std::unique_ptr<IdentityFields> m_identity;
    QLabel *m_nationalityLabel = nullptr;
    QComboBox *m_nationality = nullptr;
    QLabel *m_addressLabel = nullptr;
    UnitCascadePicker *m_address = nullptr;
    QLabel *m_streetLabel = nullptr;
    QLineEdit *m_street = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;

    QGroupBox *m_healthGroup = nullptr;
    QCheckBox *m_visitedPlaces = nullptr;
    QLineEdit *m_placesText = nullptr;
    QLabel *m_symptomsLabel = nullptr;
    QList<QCheckBox *> m_symptoms;
    QLabel *m_symptomsTextLabel = nullptr;
    QLineEdit *m_symptomsText = nullptr;
    QLabel *m_exposuresLabel = nullptr;
    QList<QCheckBox *> m_exposures;

    QGroupBox *m_vaccineGroup = nullptr;
    QLabel *m_dosesLabel = nullptr;
    QSpinBox *m_doses = nullptr;
    QLabel *m_lastDoseLabel = nullptr;
    QLineEdit *m_lastDose = nullptr;

    QGroupBox *m_travelGroup = nullptr;
    QLabel *m_travelFromLabel = nullptr;
    QLineEdit *m_travelFrom = nullptr;
    QLabel *m_travelMeansLabel = nullptr;
    QComboBox *m_travelMeans = nullptr;
    QLabel *m_vehicleLabel = nullptr;
    QLineEdit *m_vehicle = nullptr;
    QLabel *m_travelDateLabel = nullptr;
    QLineEdit *m_travelDate = nullptr;

    QLabel *m_generalError = nullptr;
    QLabel *m_draftStatus = nullptr;
    QPushButton *m_findPerson = nullptr;
    QPushButton *m_cameraScan = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace pd::declaration
