#pragma once

#include "declaration.h"
#include "declarationstore.h"
#include "formfield.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace pd::core {
class CoreContext;
struct Recognition;
} // namespace pd::core

namespace pd::declaration {

// One failed check of the form: the field it names, the stable code and
// the translated message that names the field.
struct FieldError {
    FormField field = FormField::None;
    QString code;
    QString message;
};

// The declaration being typed, without widgets: every field's setter, the
// pre-fill from a scanned code or a registry record, the checks (the
// store's, with the error mapped to the field), saving or correcting, and
// the clerk's draft. The form widget only shows it.
//
// Drafts: what was typed is saved to the data file (per user, never synced)
// about a second after the last change and at once when a check fails, so
// neither a crash nor a refused save loses anything; start() restores it.
class DeclarationEditor : public QObject {
    Q_OBJECT

public:
    static constexpr int draftDelayMs = 1000;

    DeclarationEditor(core::CoreContext &core, const QString &userId, QObject *parent = nullptr);
    ~DeclarationEditor() override;

    // Starts a new declaration, optionally pre-filled (a person's, a
    // kind). When this user has a draft it is restored instead (returns
    // true) and discardDraft() goes back to `prefill`.
    bool startNew(const Declaration &prefill = {});
    // Starts a correction of a saved declaration: the same fields, saved as a
    // new declaration that supersedes it.
    bool startCorrection(const Declaration &original);

    const Declaration &declaration() const { return m_declaration; }
    bool isCorrection() const { return !m_declaration.supersedesId.isEmpty(); }
    // Changed since started, restored or saved.
    bool isDirty() const { return m_dirty; }
    // Date fields as typed (date of birth, last dose, travel date), which
    // may not be a date yet.
    QString dateText(FormField field) const { return m_dateTexts.value(field); }
    const QString &userId() const { return m_userId; }

    void setKind(DeclarationKind kind);
    void setOnBehalf(bool onBehalf);
    void setOnBehalfName(const QString &name);
    void setFullName(const QString &name);
    void setIdKind(core::Person::IdKind kind);
    // Also guesses the kind from the number while none was chosen.
    void setIdNumber(const QString &number);
    void setDateOfBirthText(const QString &text);
    void setSex(core::Sex sex);
    void setNationality(const QString &code);
    void setCommuneCode(const QString &code);
    void setStreet(const QString &street);
    void setPhone(const QString &phone);
    void setEmail(const QString &email);
    void setVisitedPlaces(bool visited);
    void setPlacesText(const QString &text);
    void setSymptom(Symptom symptom, bool present);
    void setSymptomsText(const QString &text);
    void setExposure(Exposure exposure, bool present);
    void setVaccineDoses(int doses);
    void setLastDoseDateText(const QString &text);
    void setTravelFrom(const QString &text);
    void setTravelMeans(TravelMeans means);
    void setVehicleNumber(const QString &number);
    void setTravelDateText(const QString &text);

    // Fills the identity from a scanned code: a chip ID card (number, name,
    // date of birth, sex, and the address matched to a commune, see
    // AddressMatcher), a unified personal QR (number, name, date of birth)
    // or a PhongDich personal code (the registry record it names). The
    // health answers are kept. Returns false, with notice() saying why,
    // for a code that carries no person.
    bool applyRecognition(const core::Recognition &recognition);
    // Recognises a payload read by a scanner, then applyRecognition().
    bool applyPayload(QByteArrayView payload);
    // Fills the identity from a registry record.
    void applyPerson(const core::Person &person);

    // The form's own checks (dates readable) and then the store's; the
    // first failure, or nullopt when the declaration can be saved.
    std::optional<FieldError> check() const;
    // Checks and saves (or supersedes); on success the draft is discarded
    // and saved() emitted; on failure checkFailed() and the draft is kept.
    bool save();

    // The time the restored draft was saved; 0 when none was restored.
    qint64 restoredDraftAtMs() const { return m_restoredDraftAtMs; }
    // Writes the draft now (also done by the timer and on a failed check).
    bool saveDraftNow();
    // Deletes the draft and goes back to what start was asked for.
    void discardDraft();
    // Deletes the draft and leaves the form (after a save or a cancel).
    void abandon();

    // The declaration as it will be checked and saved: answers of sections
    // switched off (on behalf, places, vaccination, travel) are left out.
    Declaration prepared() const;

Q_SIGNALS:
    // The declaration changed as a whole (start, restore, pre-fill):
    // widgets reload every field.
    void loaded();
    // Any field changed.
    void edited();
    // A scanned address matched a province or district but no commune:
    // the address picker can start there.
    void unitSuggested(const QString &code);
    // What a pre-fill did, or why it did nothing; for the clerk to read.
    void notice(const QString &message);
    void checkFailed(const pd::declaration::FieldError &error);
    void saved(const QString &declarationId);
    void draftSaved(qint64 atMs);
    void draftRestored(qint64 savedAtMs);

private:
    bool start(const Declaration &base);
    void changed();
    bool restoreDraft();
    void setDateText(FormField field, const QString &text);
    void loadDateTexts();
    QString describeUnit(const QString &code) const;

    core::CoreContext &m_core;
    QString m_userId;
    DeclarationStore m_store;
    core::PersonStore m_people;
    Declaration m_base;
    Declaration m_declaration;
    QHash<FormField, QString> m_dateTexts;
    bool m_dirty = false;
    bool m_idKindGuessed = false; // the kind follows the number's shape
    qint64 m_restoredDraftAtMs = 0;
    QTimer m_draftTimer;
};

} // namespace pd::declaration
