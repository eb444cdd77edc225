#include "declarationeditor.h"

#include "addressmatcher.h"
#include "coderecognizer.h"
#include "corecontext.h"
#include "datetext.h"
#include "pdkeystore.h"
#include "textfold.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDeclarationEditor, "pd.declaration.editor")

namespace pd::declaration {

namespace {
constexpr int draftFormatVersion = 1;

const QString &keyVersion()
{
    static const QString key = QStringLiteral("version");
    return key;
}
const QString &keySavedAt()
{
    static const QString key = QStringLiteral("saved_at_ms");
    return key;
}
const QString &keyDeclaration()
{
    static const QString key = QStringLiteral("declaration");
    return key;
}
const QString &keyTexts()
{
    static const QString key = QStringLiteral("date_texts");
    return key;
}

// The date fields kept as typed, with their draft keys.
const QList<std::pair<FormField, QString>> &dateFields()
{
    static const QList<std::pair<FormField, QString>> fields {
        {FormField::DateOfBirth, QStringLiteral("date_of_birth")},
        {FormField::LastDoseDate, QStringLiteral("last_dose_date")},
        {FormField::TravelDate, QStringLiteral("travel_date")},
    };
    return fields;
}

// The unified QR's identity type as written by the apps that made it
// ("CCCD", "CMND", "HC" for hộ chiếu, ...); otherwise guessed from the
// number's shape.
core::Person::IdKind idKindOf(const QString &identityType, const QString &number)
{
    const QString type = core::fold(identityType).remove(QLatin1Char(' '));
    if (type == QLatin1String("cccd") || type == QLatin1String("cc"))
        return core::Person::IdKind::Cccd;
    if (type == QLatin1String("cmnd") || type == QLatin1String("cmt"))
        return core::Person::IdKind::Cmnd;
    if (type == QLatin1String("hc") || type == QLatin1String("hochieu")
        || type == QLatin1String("passport"))
        return core::Person::IdKind::Passport;
    if (const auto kind = core::Person::idKindOfNumber(number); kind != core::Person::IdKind::None)
        return kind;
    return number.isEmpty() ? core::Person::IdKind::None : core::Person::IdKind::Passport;
}

// A name written in capitals without diacritics (unified QR) is worse than
// the registry's spelling of the same person.
bool isPlainCapitals(const QString &name)
{
    return !name.isEmpty() && name == name.toUpper() && core::fold(name) == name.toLower();
}
} // namespace

DeclarationEditor::DeclarationEditor(core::CoreContext &core, const QString &userId,
                                     QObject *parent)
    : QObject(parent), m_core(core), m_userId(userId), m_store(core), m_people(core)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            saveDraftNow();
    });
}

DeclarationEditor::~DeclarationEditor()
{
    // Whatever was typed since the last autosave is kept on the way out.
    if (m_dirty)
        saveDraftNow();
}

bool DeclarationEditor::startNew(const Declaration &prefill)
{
    Declaration base = prefill;
    base.id.clear();
    base.supersedesId.clear();
    base.supersededBy.clear();
    base.declaredAtMs = 0;
    base.declaredBy.clear();
    return start(base);
}

bool DeclarationEditor::startCorrection(const Declaration &original)
{
    Declaration base = original;
    base.supersedesId = original.id;
    base.id.clear();
    base.supersededBy.clear();
    base.declaredAtMs = 0;
    base.declaredBy.clear();
    return start(base);
}

bool DeclarationEditor::start(const Declaration &base)
{
    m_draftTimer.stop();
    m_base = base;
    m_declaration = base;
    m_dirty = false;
    m_idKindGuessed = false;
    m_restoredDraftAtMs = 0;
    loadDateTexts();
    const bool restored = restoreDraft();
    Q_EMIT loaded();
    if (restored)
        Q_EMIT draftRestored(m_restoredDraftAtMs);
    return restored;
}

void DeclarationEditor::loadDateTexts()
{
    m_dateTexts.clear();
    m_dateTexts.insert(FormField::DateOfBirth,
                       DateText::formatBirthDate(m_declaration.person.dateOfBirth));
    m_dateTexts.insert(FormField::LastDoseDate, DateText::formatDate(m_declaration.lastDoseDate));
    m_dateTexts.insert(FormField::TravelDate, DateText::formatDate(m_declaration.travelDate));
}

void DeclarationEditor::changed()
{
    m_dirty = true;
    m_draftTimer.start();
    Q_EMIT edited();
}

void DeclarationEditor::setKind(DeclarationKind kind)
{
    if (m_declaration.kind == kind)
        return;
    m_declaration.kind = kind;
    changed();
}

void DeclarationEditor::setOnBehalf(bool onBehalf)
{
    if (m_declaration.onBehalf == onBehalf)
        return;
    m_declaration.onBehalf = onBehalf;
    changed();
}

void DeclarationEditor::setOnBehalfName(const QString &name)
{
    if (m_declaration.onBehalfName == name)
        return;
    m_declaration.onBehalfName = name;
    changed();
}

void DeclarationEditor::setFullName(const QString &name)
{
    if (m_declaration.person.fullName == name)
        return;
    m_declaration.person.fullName = name;
    changed();
}

void DeclarationEditor::setIdKind(core::Person::IdKind kind)
{
    m_idKindGuessed = false;
    if (m_declaration.person.idKind == kind)
        return;
    m_declaration.person.idKind = kind;
    changed();
}

void DeclarationEditor::setIdNumber(const QString &number)
{
    if (m_declaration.person.idNumber == number)
        return;
    m_declaration.person.idNumber = number;
    // A number of an unmistakable shape chooses its document while none was
    // chosen by hand: 12 digits a CCCD, 9 a CMND (the guess follows the
    // typing, so the 9 digits on the way to 12 do not stick).
    core::Person::IdKind &kind = m_declaration.person.idKind;
    if (kind == core::Person::IdKind::None || m_idKindGuessed) {
        kind = core::Person::idKindOfNumber(number);
        m_idKindGuessed = kind != core::Person::IdKind::None;
    }
    changed();
}

void DeclarationEditor::setDateText(FormField field, const QString &text)
{
    if (m_dateTexts.value(field) == text)
        return;
    m_dateTexts.insert(field, text);
    // An unreadable text leaves the date empty; check() names the field.
    switch (field) {
    case FormField::DateOfBirth:
        m_declaration.person.dateOfBirth =
            DateText::parseBirthDate(text).value_or(core::BirthDate());
        break;
    case FormField::LastDoseDate:
        m_declaration.lastDoseDate = DateText::parseDate(text).value_or(QDate());
        break;
    case FormField::TravelDate:
        m_declaration.travelDate = DateText::parseDate(text).value_or(QDate());
        break;
    default:
        return;
    }
    changed();
}

void DeclarationEditor::setDateOfBirthText(const QString &text)
{
    setDateText(FormField::DateOfBirth, text);
}

void DeclarationEditor::setSex(core::Sex sex)
{
    if (m_declaration.person.sex == sex)
        return;
    m_declaration.person.sex = sex;
    changed();
}

void DeclarationEditor::setNationality(const QString &code)
{
    if (m_declaration.person.nationality == code)
        return;
    m_declaration.person.nationality = code;
    changed();
}

void DeclarationEditor::setCommuneCode(const QString &code)
{
    if (m_declaration.person.communeCode == code)
        return;
    m_declaration.person.communeCode = code;
    changed();
}

void DeclarationEditor::setStreet(const QString &street)
{
    if (m_declaration.person.street == street)
        return;
    m_declaration.person.street = street;
    changed();
}

void DeclarationEditor::setPhone(const QString &phone)
{
    if (m_declaration.person.phone == phone)
        return;
    m_declaration.person.phone = phone;
    changed();
}

void DeclarationEditor::setEmail(const QString &email)
{
    if (m_declaration.email == email)
        return;
    m_declaration.email = email;
    changed();
}

void DeclarationEditor::setVisitedPlaces(bool visited)
{
    if (m_declaration.visitedPlaces == visited)
        return;
    m_declaration.visitedPlaces = visited;
    changed();
}

void DeclarationEditor::setPlacesText(const QString &text)
{
    if (m_declaration.placesText == text)
        return;
    m_declaration.placesText = text;
    changed();
}

void DeclarationEditor::setSymptom(Symptom symptom, bool present)
{
    if (m_declaration.symptoms.testFlag(symptom) == present)
        return;
    m_declaration.symptoms.setFlag(symptom, present);
    changed();
}

void DeclarationEditor::setSymptomsText(const QString &text)
{
    if (m_declaration.symptomsText == text)
        return;
    m_declaration.symptomsText = text;
    changed();
}

void DeclarationEditor::setExposure(Exposure exposure, bool present)
{
    if (m_declaration.exposures.testFlag(exposure) == present)
        return;
    m_declaration.exposures.setFlag(exposure, present);
    changed();
}

void DeclarationEditor::setVaccineDoses(int doses)
{
    if (m_declaration.vaccineDoses == doses)
        return;
    m_declaration.vaccineDoses = doses;
    changed();
}

void DeclarationEditor::setLastDoseDateText(const QString &text)
{
    setDateText(FormField::LastDoseDate, text);
}

void DeclarationEditor::setTravelFrom(const QString &text)
{
    if (m_declaration.travelFrom == text)
        return;
    m_declaration.travelFrom = text;
    changed();
}

void DeclarationEditor::setTravelMeans(TravelMeans means)
{
    if (m_declaration.travelMeans == means)
        return;
    m_declaration.travelMeans = means;
    changed();
}

void DeclarationEditor::setVehicleNumber(const QString &number)
{
    if (m_declaration.vehicleNumber == number)
        return;
    m_declaration.vehicleNumber = number;
    changed();
}

void DeclarationEditor::setTravelDateText(const QString &text)
{
    setDateText(FormField::TravelDate, text);
}

QString DeclarationEditor::describeUnit(const QString &code) const
{
    return m_core.adminUnits().fullPath(code);
}

bool DeclarationEditor::applyRecognition(const core::Recognition &recognition)
{
    using Kind = core::Recognition::Kind;
    using Verdict = core::Recognition::Verdict;

    if (recognition.verdict == Verdict::Unreadable) {
        Q_EMIT notice(tr("The code could not be read: %1").arg(recognition.reason));
        return false;
    }
    if (recognition.kind == Kind::PdPerson && !recognition.recordId.isEmpty()) {
        auto resolved = m_people.resolveId(recognition.recordId);
        auto found = resolved ? m_people.findById(*resolved)
                              : core::Result<std::optional<core::Person>>(std::nullopt);
        if (found && *found) {
            applyPerson(**found);
            QString message = tr("Filled from the personal QR code: the person's record in the "
                                 "registry.");
            if (!recognition.isValid())
                message += QLatin1Char(' ') + tr("Warning: %1").arg(recognition.reason);
            Q_EMIT notice(message);
            return true;
        }
    }
    const bool personCode = recognition.kind == Kind::Cccd || recognition.kind == Kind::VnUnified
        || recognition.kind == Kind::PdPerson || recognition.kind == Kind::EuDcc;
    if (!personCode || recognition.fullName.trimmed().isEmpty()) {
        Q_EMIT notice(tr("This code does not carry a person's identity: nothing was filled in."));
        return false;
    }

    core::Person &person = m_declaration.person;
    const core::Person previous = person;
    QStringList filled;
    // A scan replaces the identity typed so far; the health answers stay.
    person = core::Person();
    person.nationality = previous.nationality;
    if (!recognition.idNumber.isEmpty()) {
        person.idNumber = recognition.idNumber;
        person.idKind = recognition.kind == Kind::Cccd
            ? core::Person::IdKind::Cccd
            : idKindOf(recognition.identityType, recognition.idNumber);
        filled << tr("ID number");
    }
    person.fullName = recognition.fullName.simplified();
    filled << tr("full name");
    if (!recognition.dateOfBirth.isNull()) {
        person.dateOfBirth = recognition.dateOfBirth;
        filled << tr("date of birth");
    }
    if (recognition.sex != core::Sex::Unknown) {
        person.sex = recognition.sex;
        filled << tr("sex");
    }
    if (!recognition.phone.isEmpty()) {
        person.phone = recognition.phone;
        filled << tr("phone");
    }

    QString addressNote;
    QString suggestedUnit;
    if (!recognition.address.trimmed().isEmpty()) {
        const AddressMatch match = AddressMatcher(m_core.adminUnits()).match(recognition.address);
        person.communeCode = match.communeCode;
        person.street = match.street;
        if (!match.communeCode.isEmpty()) {
            filled << tr("address");
            addressNote = tr("The address was matched to %1.").arg(describeUnit(match.communeCode));
        } else {
            filled << tr("street (the whole address)");
            suggestedUnit = match.unitCode();
            addressNote = suggestedUnit.isEmpty()
                ? tr("The address's commune was not found in the list: choose the province, "
                     "district and commune.")
                : tr("Only %1 was recognised in the address: choose the commune.")
                      .arg(describeUnit(suggestedUnit));
        }
    } else if (!recognition.unitCode.isEmpty()) {
        const auto unit = m_core.adminUnits().find(recognition.unitCode);
        if (unit && unit->level == core::AdminUnit::Level::Commune) {
            person.communeCode = unit->code;
            filled << tr("commune");
        } else if (unit) {
            suggestedUnit = unit->code;
        }
    }

    // The registry may know the person already: declarations then belong
    // to that record, and what the code does not carry is taken from it.
    QString registryNote;
    if (!person.idNumber.isEmpty()) {
        auto existing = m_people.findByIdNumber(
            core::PersonStore::normalizeIdNumber(person.idKind, person.idNumber));
        if (existing && *existing) {
            const core::Person &known = **existing;
            person.id = known.id;
            if (isPlainCapitals(person.fullName)
                && core::fold(person.fullName) == core::fold(known.fullName))
                person.fullName = known.fullName;
            if (person.phone.isEmpty())
                person.phone = known.phone;
            if (person.communeCode.isEmpty() && !known.communeCode.isEmpty()) {
                person.communeCode = known.communeCode;
                person.street = known.street;
                suggestedUnit.clear();
                addressNote = tr("The address was taken from the registry.");
            }
            if (person.sex == core::Sex::Unknown)
                person.sex = known.sex;
            if (person.dateOfBirth.isNull())
                person.dateOfBirth = known.dateOfBirth;
            registryNote = tr("This person is already in the registry.");
        }
    }

    m_dateTexts.insert(FormField::DateOfBirth, DateText::formatBirthDate(person.dateOfBirth));
    changed();
    Q_EMIT loaded();
    if (!suggestedUnit.isEmpty())
        Q_EMIT unitSuggested(suggestedUnit);

    QString source;
    switch (recognition.kind) {
    case Kind::Cccd:
        source = tr("the chip ID card");
        break;
    case Kind::VnUnified:
        source = tr("the personal QR code");
        break;
    case Kind::PdPerson:
        source = tr("the PhongDich personal code");
        break;
    default:
        source = tr("the health certificate");
        break;
    }
    QStringList sentences {
        tr("Filled from %1: %2.").arg(source, filled.join(QStringLiteral(", ")))};
    if (!addressNote.isEmpty())
        sentences << addressNote;
    if (!registryNote.isEmpty())
        sentences << registryNote;
    if (!recognition.isValid() && !recognition.reason.isEmpty())
        sentences << tr("Check the fields: %1").arg(recognition.reason);
    Q_EMIT notice(sentences.join(QLatin1Char(' ')));
    return true;
}

bool DeclarationEditor::applyPayload(QByteArrayView payload)
{
    core::CodeRecognizer recognizer(m_core.clock());
    // PhongDich personal codes are verified against this device's trusted
    // keys; without them they are still read, as "untrusted".
    if (auto keys = core::PdKeyStore(m_core).trustedKeys())
        recognizer.setTrustedKeys(std::move(*keys));
    return applyRecognition(recognizer.recognize(payload));
}

void DeclarationEditor::applyPerson(const core::Person &person)
{
    m_declaration.person = person;
    m_dateTexts.insert(FormField::DateOfBirth, DateText::formatBirthDate(person.dateOfBirth));
    changed();
    Q_EMIT loaded();
}

Declaration DeclarationEditor::prepared() const
{
    Declaration declaration = m_declaration;
    if (!declaration.onBehalf)
        declaration.onBehalfName.clear();
    if (!declaration.visitedPlaces)
        declaration.placesText.clear();
    if (declaration.vaccineDoses <= 0)
        declaration.lastDoseDate = QDate();
    if (declaration.kind != DeclarationKind::Checkpoint) {
        declaration.travelFrom.clear();
        declaration.travelMeans = TravelMeans::None;
        declaration.vehicleNumber.clear();
        declaration.travelDate = QDate();
    }
    return declaration;
}

std::optional<FieldError> DeclarationEditor::check() const
{
    const Declaration declaration = prepared();
    const QString dobText = m_dateTexts.value(FormField::DateOfBirth);
    if (!DateText::parseBirthDate(dobText))
        return FieldError {FormField::DateOfBirth, QStringLiteral("form.date_of_birth"),
                           tr("Date of birth: type the date as dd/mm/yyyy, or the year alone.")};
    if (declaration.vaccineDoses > 0
        && !DateText::parseDate(m_dateTexts.value(FormField::LastDoseDate)))
        return FieldError {FormField::LastDoseDate, QStringLiteral("form.last_dose_date"),
                           tr("Date of the last dose: type the date as dd/mm/yyyy.")};
    if (declaration.kind == DeclarationKind::Checkpoint
        && !DateText::parseDate(m_dateTexts.value(FormField::TravelDate)))
        return FieldError {FormField::TravelDate, QStringLiteral("form.travel_date"),
                           tr("Travel date: type the date as dd/mm/yyyy.")};
    auto checked = m_store.validate(declaration);
    if (!checked)
        return FieldError {fieldForErrorCode(checked.error().code), checked.error().code,
                           checked.error().message};
    return std::nullopt;
}

bool DeclarationEditor::save()
{
    if (const auto error = check()) {
        // What was typed is kept at once: the clerk may walk away now.
        saveDraftNow();
        Q_EMIT checkFailed(*error);
        return false;
    }
    const Declaration declaration = prepared();
    auto written = declaration.supersedesId.isEmpty()
        ? m_store.save(declaration, m_userId)
        : m_store.supersede(declaration.supersedesId, declaration, m_userId);
    if (!written) {
        saveDraftNow();
        Q_EMIT checkFailed(FieldError {fieldForErrorCode(written.error().code),
                                       written.error().code, written.error().message});
        return false;
    }
    m_draftTimer.stop();
    m_dirty = false;
    if (auto discarded = m_store.discardDraft(m_userId); !discarded)
        qCWarning(lcDeclarationEditor) << "draft not discarded:" << discarded.error().code;
    m_restoredDraftAtMs = 0;
    m_declaration = *written;
    Q_EMIT saved(written->id);
    return true;
}

bool DeclarationEditor::saveDraftNow()
{
    m_draftTimer.stop();
    const qint64 nowMs = m_core.clock().nowMs();
    QJsonObject texts;
    for (const auto &[field, key] : dateFields())
        texts.insert(key, m_dateTexts.value(field));
    const QJsonObject state {
        {keyVersion(), draftFormatVersion},
        {keySavedAt(), nowMs},
        {keyDeclaration(), m_declaration.toJson()},
        {keyTexts(), texts},
    };
    auto written = m_store.saveDraft(m_userId, QJsonDocument(state).toJson(QJsonDocument::Compact));
    if (!written) {
        // Logged by code only: the draft holds personal data.
        qCWarning(lcDeclarationEditor) << "draft not saved:" << written.error().code;
        return false;
    }
    m_dirty = false;
    Q_EMIT draftSaved(nowMs);
    return true;
}

bool DeclarationEditor::restoreDraft()
{
    auto draft = m_store.loadDraft(m_userId);
    if (!draft || draft->isEmpty())
        return false;
    const QJsonObject state = QJsonDocument::fromJson(*draft).object();
    if (state.value(keyVersion()).toInt() != draftFormatVersion
        || !state.value(keyDeclaration()).isObject()) {
        qCWarning(lcDeclarationEditor) << "unreadable draft ignored";
        return false;
    }
    m_declaration = Declaration::fromJson(state.value(keyDeclaration()).toObject());
    loadDateTexts();
    const QJsonObject texts = state.value(keyTexts()).toObject();
    for (const auto &[field, key] : dateFields()) {
        if (texts.contains(key))
            m_dateTexts.insert(field, texts.value(key).toString());
    }
    m_restoredDraftAtMs = qint64(state.value(keySavedAt()).toDouble());
    return true;
}

void DeclarationEditor::discardDraft()
{
    m_draftTimer.stop();
    if (auto discarded = m_store.discardDraft(m_userId); !discarded)
        qCWarning(lcDeclarationEditor) << "draft not discarded:" << discarded.error().code;
    m_declaration = m_base;
    m_dirty = false;
    m_restoredDraftAtMs = 0;
    loadDateTexts();
    Q_EMIT loaded();
}

void DeclarationEditor::abandon()
{
    m_draftTimer.stop();
    if (auto discarded = m_store.discardDraft(m_userId); !discarded)
        qCWarning(lcDeclarationEditor) << "draft not discarded:" << discarded.error().code;
    m_dirty = false;
    m_restoredDraftAtMs = 0;
}

} // namespace pd::declaration
