#include "declarationform.h"

#include "corecontext.h"
#include "declarationsummary.h"
#include "identityfields.h"
#include "personpickerdialog.h"
#include "unitcascadepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::declaration {

namespace {
// Nationalities offered in the list (ISO 3166-1 alpha-2); any other code
// may be typed. Neighbours and the countries most travellers came from.
const QList<QString> &commonNationalities()
{
    static const QList<QString> codes {
        QStringLiteral("VN"), QStringLiteral("CN"), QStringLiteral("LA"), QStringLiteral("KH"),
        QStringLiteral("TH"), QStringLiteral("KR"), QStringLiteral("JP"), QStringLiteral("TW"),
        QStringLiteral("US"), QStringLiteral("RU"), QStringLiteral("FR"), QStringLiteral("AU"),
    };
    return codes;
}

const QList<TravelMeans> &allTravelMeans()
{
    static const QList<TravelMeans> means {
        TravelMeans::None,  TravelMeans::Car,   TravelMeans::Motorbike, TravelMeans::Bus,
        TravelMeans::Train, TravelMeans::Plane, TravelMeans::Ship,      TravelMeans::Other,
    };
    return means;
}

QFormLayout *makeFormLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    // Vietnamese labels are long: a row whose label and field do not fit
    // side by side puts the field under its label instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

QLineEdit *lineEdit(const char *name, QWidget *parent, int maxLength = 200)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setMaxLength(maxLength);
    return edit;
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    // Setting the same text would move the cursor of the field being typed in.
    if (edit->text() != text)
        edit->setText(text);
}

void setBanner(QWidget *widget, const QColor &background, const QColor &text)
{
    widget->setAutoFillBackground(true);
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    widget->setPalette(palette);
}
} // namespace

DeclarationForm::DeclarationForm(core::CoreContext &core, const QString &userId, QWidget *parent)
    : QWidget(parent), m_core(core)
{
    setObjectName(QStringLiteral("declarationForm"));
    m_editor = new DeclarationEditor(core, userId, this);
    buildUi();
    connectInputs();

    connect(m_editor, &DeclarationEditor::loaded, this, &DeclarationForm::refresh);
    connect(m_editor, &DeclarationEditor::unitSuggested, m_address,
            &UnitCascadePicker::setUnitCode);
    connect(m_editor, &DeclarationEditor::notice, this, &DeclarationForm::showNotice);
    connect(m_editor, &DeclarationEditor::checkFailed, this, &DeclarationForm::showCheckFailed);
    connect(m_editor, &DeclarationEditor::draftRestored, this, &DeclarationForm::showDraftRestored);
    connect(m_editor, &DeclarationEditor::draftSaved, this, [this](qint64 atMs) {
        m_draftStatus->setText(tr("Draft kept at %1").arg(timeText(atMs)));
    });
    connect(m_editor, &DeclarationEditor::saved, this, [this](const QString &id) {
        m_errors.clear();
        m_draftBanner->hide();
        m_draftStatus->clear();
        Q_EMIT saved(id);
    });

    // Window-wide, so they work with the focus still in the navigation
    // list; a hidden page's (or the list's, while the form is shown)
    // shortcuts are inactive, as on the checkpoint screen.
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WindowShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &DeclarationForm::save);
    auto *findShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    findShortcut->setContext(Qt::WindowShortcut);
    connect(findShortcut, &QShortcut::activated, this, &DeclarationForm::findPerson);

    retranslateUi();
    refresh();
}

DeclarationForm::~DeclarationForm()
{
    // The editor keeps unsaved typing as a draft when it goes; the widgets
    // it would report that to may already be gone.
    m_editor->disconnect(this);
}

void DeclarationForm::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_scanHint = new QLabel(this);
    m_scanHint->setObjectName(QStringLiteral("scanHint"));
    m_scanHint->setWordWrap(true);

    m_draftBanner = new QFrame(this);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    setBanner(m_draftBanner, QColor(0xff, 0xf0, 0xc2), QColor(0x5d, 0x40, 0x00));
    m_draftText = new QLabel(m_draftBanner);
    m_draftText->setObjectName(QStringLiteral("draftText"));
    m_draftText->setWordWrap(true);
    m_discardDraft = new QPushButton(m_draftBanner);
    m_discardDraft->setObjectName(QStringLiteral("discardDraft"));
    auto *bannerLayout = new QHBoxLayout(m_draftBanner);
    bannerLayout->addWidget(m_draftText, 1);
    bannerLayout->addWidget(m_discardDraft);
    m_draftBanner->hide();

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setMargin(6);
    setBanner(m_notice, QColor(0xe3, 0xf0, 0xfb), QColor(0x0d, 0x3c, 0x61));
    m_notice->hide();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("formContent"));

    // 1. Who declares, where.
    m_declarationGroup = new QGroupBox(content);
    auto *declarationForm = makeFormLayout(m_declarationGroup);
    m_kindLabel = new QLabel(m_declarationGroup);
    m_kind = new QComboBox(m_declarationGroup);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(QString(), int(DeclarationKind::Commune));
    m_kind->addItem(QString(), int(DeclarationKind::Checkpoint));
    m_kindLabel->setBuddy(m_kind);
    declarationForm->addRow(m_kindLabel, m_kind);
    m_onBehalf = new QCheckBox(m_declarationGroup);
    m_onBehalf->setObjectName(QStringLiteral("onBehalf"));
    declarationForm->addRow(m_onBehalf);
    m_onBehalfNameLabel = new QLabel(m_declarationGroup);
    m_onBehalfName = lineEdit("onBehalfName", m_declarationGroup);
    m_onBehalfNameLabel->setBuddy(m_onBehalfName);
    declarationForm->addRow(m_onBehalfNameLabel,
                            m_errors.wrap(FormField::OnBehalfName, m_onBehalfName));

    // 2. The person.
    m_personGroup = new QGroupBox(content);
    auto *personForm = makeFormLayout(m_personGroup);
    m_identity = std::make_unique<IdentityFields>(personForm, m_errors, m_personGroup);

    m_nationalityLabel = new QLabel(m_personGroup);
    m_nationality = new QComboBox(m_personGroup);
    m_nationality->setObjectName(QStringLiteral("nationality"));
    m_nationality->setEditable(true);
    m_nationality->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &code : commonNationalities())
        m_nationality->addItem(QString(), code);
    m_nationalityLabel->setBuddy(m_nationality);
    m_nationality->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    personForm->addRow(m_nationalityLabel, m_errors.wrap(FormField::Nationality, m_nationality));

    m_addressLabel = new QLabel(m_personGroup);
    m_address = new UnitCascadePicker(m_core.adminUnits(), m_personGroup);
    m_address->setObjectName(QStringLiteral("addressPicker"));
    m_addressLabel->setBuddy(m_address->provinceEdit());
    personForm->addRow(m_addressLabel,
                       m_errors.wrap(FormField::Commune, m_address, m_address->provinceEdit()));

    m_streetLabel = new QLabel(m_personGroup);
    m_street = lineEdit("street", m_personGroup);
    m_streetLabel->setBuddy(m_street);
    personForm->addRow(m_streetLabel, m_errors.wrap(FormField::Street, m_street));

    m_phoneLabel = new QLabel(m_personGroup);
    m_phone = lineEdit("phone", m_personGroup, 20);
    m_phoneLabel->setBuddy(m_phone);
    personForm->addRow(m_phoneLabel, m_errors.wrap(FormField::Phone, m_phone));

    m_emailLabel = new QLabel(m_personGroup);
    m_email = lineEdit("email", m_personGroup);
    m_emailLabel->setBuddy(m_email);
    personForm->addRow(m_emailLabel, m_errors.wrap(FormField::Email, m_email));

    // 3. The last 14 days.
    m_healthGroup = new QGroupBox(content);
    auto *healthForm = makeFormLayout(m_healthGroup);
    m_visitedPlaces = new QCheckBox(m_healthGroup);
    m_visitedPlaces->setObjectName(QStringLiteral("visitedPlaces"));
    healthForm->addRow(m_visitedPlaces);
    m_placesText = lineEdit("placesText", m_healthGroup, 1000);
    healthForm->addRow(m_errors.wrap(FormField::PlacesText, m_placesText));

    m_symptomsLabel = new QLabel(m_healthGroup);
    m_symptomsLabel->setWordWrap(true);
    healthForm->addRow(m_symptomsLabel);
    auto *symptomsBox = new QWidget(m_healthGroup);
    auto *symptomsGrid = new QGridLayout(symptomsBox);
    symptomsGrid->setContentsMargins(12, 0, 0, 0);
    const QList<Symptom> symptoms = Declaration::allSymptoms();
    for (int i = 0; i < symptoms.size(); ++i) {
        auto *box = new QCheckBox(symptomsBox);
        box->setObjectName(QStringLiteral("symptom_") + Declaration::symptomKey(symptoms.at(i)));
        m_symptoms << box;
        // Two columns: the six short symptom names fit any width.
        symptomsGrid->addWidget(box, i / 2, i % 2);
    }
    healthForm->addRow(m_errors.wrap(FormField::SymptomChecks, symptomsBox, m_symptoms.first()));
    m_symptomsTextLabel = new QLabel(m_healthGroup);
    m_symptomsText = lineEdit("symptomsText", m_healthGroup, 1000);
    m_symptomsTextLabel->setBuddy(m_symptomsText);
    healthForm->addRow(m_symptomsTextLabel, m_errors.wrap(FormField::SymptomsText, m_symptomsText));

    m_exposuresLabel = new QLabel(m_healthGroup);
    m_exposuresLabel->setWordWrap(true);
    healthForm->addRow(m_exposuresLabel);
    auto *exposuresBox = new QWidget(m_healthGroup);
    auto *exposuresLayout = new QVBoxLayout(exposuresBox);
    exposuresLayout->setContentsMargins(12, 0, 0, 0);
    for (const Exposure exposure : Declaration::allExposures()) {
        auto *box = new QCheckBox(exposuresBox);
        box->setObjectName(QStringLiteral("exposure_") + Declaration::exposureKey(exposure));
        m_exposures << box;
        exposuresLayout->addWidget(box);
    }
    healthForm->addRow(m_errors.wrap(FormField::ExposureChecks, exposuresBox, m_exposures.first()));

    // 4. Vaccination.
    m_vaccineGroup = new QGroupBox(content);
    auto *vaccineForm = makeFormLayout(m_vaccineGroup);
    m_dosesLabel = new QLabel(m_vaccineGroup);
    m_doses = new QSpinBox(m_vaccineGroup);
    m_doses->setObjectName(QStringLiteral("vaccineDoses"));
    m_doses->setRange(0, 10);
    m_doses->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    m_dosesLabel->setBuddy(m_doses);
    vaccineForm->addRow(m_dosesLabel, m_errors.wrap(FormField::VaccineDoses, m_doses));
    m_lastDoseLabel = new QLabel(m_vaccineGroup);
    m_lastDose = lineEdit("lastDoseDate", m_vaccineGroup, 10);
    m_lastDose->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_lastDoseLabel->setBuddy(m_lastDose);
    vaccineForm->addRow(m_lastDoseLabel, m_errors.wrap(FormField::LastDoseDate, m_lastDose));

    // 5. Domestic travel, for checkpoint declarations.
    m_travelGroup = new QGroupBox(content);
    m_travelGroup->setObjectName(QStringLiteral("travelGroup"));
    auto *travelForm = makeFormLayout(m_travelGroup);
    m_travelFromLabel = new QLabel(m_travelGroup);
    m_travelFrom = lineEdit("travelFrom", m_travelGroup);
    m_travelFromLabel->setBuddy(m_travelFrom);
    travelForm->addRow(m_travelFromLabel, m_errors.wrap(FormField::TravelFrom, m_travelFrom));
    m_travelMeansLabel = new QLabel(m_travelGroup);
    m_travelMeans = new QComboBox(m_travelGroup);
    m_travelMeans->setObjectName(QStringLiteral("travelMeans"));
    for (const TravelMeans means : allTravelMeans())
        m_travelMeans->addItem(QString(), int(means));
    m_travelMeansLabel->setBuddy(m_travelMeans);
    m_travelMeans->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    travelForm->addRow(m_travelMeansLabel, m_errors.wrap(FormField::TravelMeans, m_travelMeans));
    m_vehicleLabel = new QLabel(m_travelGroup);
    m_vehicle = lineEdit("vehicleNumber", m_travelGroup, 40);
    m_vehicleLabel->setBuddy(m_vehicle);
    travelForm->addRow(m_vehicleLabel, m_errors.wrap(FormField::VehicleNumber, m_vehicle));
    m_travelDateLabel = new QLabel(m_travelGroup);
    m_travelDate = lineEdit("travelDate", m_travelGroup, 10);
    m_travelDate->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_travelDateLabel->setBuddy(m_travelDate);
    travelForm->addRow(m_travelDateLabel, m_errors.wrap(FormField::TravelDate, m_travelDate));

    auto *contentLayout = new QVBoxLayout(content);
    for (QGroupBox *group :
         {m_declarationGroup, m_personGroup, m_healthGroup, m_vaccineGroup, m_travelGroup})
        contentLayout->addWidget(group);
    contentLayout->addStretch();
    // Fields as wide as a page of text reads badly on a wide screen.
    content->setMaximumWidth(900);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);

    m_generalError = FieldErrors::makeMessageLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    m_findPerson = new QPushButton(this);
    m_findPerson->setObjectName(QStringLiteral("findPerson"));
    // The camera belongs to pd_scan: the app answers this request (see
    // DeclarationScanBridge) and hands the code back through applyPayload().
    m_cameraScan = new QPushButton(this);
    m_cameraScan->setObjectName(QStringLiteral("cameraScan"));
    connect(m_cameraScan, &QPushButton::clicked, this, &DeclarationForm::cameraScanRequested);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelDeclaration"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveDeclaration"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &DeclarationForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &DeclarationForm::requestClose);
    connect(m_findPerson, &QPushButton::clicked, this, &DeclarationForm::findPerson);
    connect(m_discardDraft, &QPushButton::clicked, this, [this] {
        m_editor->discardDraft();
        m_draftBanner->hide();
        m_draftStatus->clear();
        m_errors.clear();
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_cameraScan);
    header->addWidget(m_findPerson);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_draftStatus, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    // Aligned with the list it replaces in the page.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_scanHint);
    layout->addWidget(m_draftBanner);
    layout->addWidget(m_notice);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_generalError);
    layout->addLayout(buttons);
}

void DeclarationForm::connectInputs()
{
    // Edits go to the editor; refresh() (editor → widgets) sets
    // m_refreshing so its own changes are not sent back.
    const auto guard = [this](auto &&apply) {
        return [this, apply](auto &&...args) {
            if (!m_refreshing)
                apply(args...);
        };
    };
    DeclarationEditor *e = m_editor;
    connect(m_kind, &QComboBox::currentIndexChanged, this, guard([this, e](int) {
                e->setKind(DeclarationKind(m_kind->currentData().toInt()));
                updateSections();
            }));
    connect(m_onBehalf, &QCheckBox::toggled, this, guard([this, e](bool on) {
                e->setOnBehalf(on);
                updateSections();
            }));
    connect(m_onBehalfName, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setOnBehalfName(t); }));
    connect(m_identity->fullName, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setFullName(t); }));
    connect(m_identity->idKind, &QComboBox::currentIndexChanged, this, guard([this, e](int) {
                e->setIdKind(core::Person::IdKind(m_identity->idKind->currentData().toInt()));
            }));
    connect(m_identity->idNumber, &QLineEdit::textEdited, this, guard([this, e](const QString &t) {
                e->setIdNumber(t);
                m_refreshing = true;
                m_identity->idKind->setCurrentIndex(
                    m_identity->idKind->findData(int(e->declaration().person.idKind)));
                m_refreshing = false;
            }));
    connect(m_identity->dateOfBirth, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setDateOfBirthText(t); }));
    connect(m_identity->sex, &QComboBox::currentIndexChanged, this, guard([this, e](int) {
                e->setSex(core::Sex(m_identity->sex->currentData().toInt()));
            }));
    connect(m_nationality, &QComboBox::currentTextChanged, this,
            guard([this, e](const QString &) { e->setNationality(nationalityCode()); }));
    connect(m_address, &UnitCascadePicker::communeCodeChanged, this,
            guard([e](const QString &code) { e->setCommuneCode(code); }));
    connect(m_street, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setStreet(t); }));
    connect(m_phone, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setPhone(t); }));
    connect(m_email, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setEmail(t); }));
    connect(m_visitedPlaces, &QCheckBox::toggled, this, guard([this, e](bool on) {
                e->setVisitedPlaces(on);
                updateSections();
            }));
    connect(m_placesText, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setPlacesText(t); }));
    const QList<Symptom> symptoms = Declaration::allSymptoms();
    for (int i = 0; i < symptoms.size(); ++i) {
        const Symptom symptom = symptoms.at(i);
        connect(m_symptoms.at(i), &QCheckBox::toggled, this,
                guard([e, symptom](bool on) { e->setSymptom(symptom, on); }));
    }
    connect(m_symptomsText, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setSymptomsText(t); }));
    const QList<Exposure> exposures = Declaration::allExposures();
    for (int i = 0; i < exposures.size(); ++i) {
        const Exposure exposure = exposures.at(i);
        connect(m_exposures.at(i), &QCheckBox::toggled, this,
                guard([e, exposure](bool on) { e->setExposure(exposure, on); }));
    }
    connect(m_doses, &QSpinBox::valueChanged, this, guard([this, e](int doses) {
                e->setVaccineDoses(doses);
                updateSections();
            }));
    connect(m_lastDose, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setLastDoseDateText(t); }));
    connect(m_travelFrom, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setTravelFrom(t); }));
    connect(m_travelMeans, &QComboBox::currentIndexChanged, this, guard([this, e](int) {
                e->setTravelMeans(TravelMeans(m_travelMeans->currentData().toInt()));
            }));
    connect(m_vehicle, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setVehicleNumber(t); }));
    connect(m_travelDate, &QLineEdit::textEdited, this,
            guard([e](const QString &t) { e->setTravelDateText(t); }));
}

void DeclarationForm::retranslateUi()
{
    m_title->setText(m_editor->isCorrection() ? tr("Correct a health declaration")
                                              : tr("New health declaration"));
    m_scanHint->setText(tr("Scan the person's CCCD or personal QR code with the scanner to fill "
                           "in their identity, or find them in the registry (Ctrl+F)."));
    m_discardDraft->setText(tr("&Discard draft"));

    m_declarationGroup->setTitle(tr("Declaration"));
    m_kindLabel->setText(tr("Taken at:"));
    m_kind->setItemText(0, tr("Commune office"));
    m_kind->setItemText(1, tr("Checkpoint (with travel details)"));
    m_onBehalf->setText(tr("Declared on behalf of this person by someone else"));
    m_onBehalfNameLabel->setText(tr("Declared by:"));
    m_onBehalfName->setPlaceholderText(tr("Name of the person declaring, and relation"));

    m_personGroup->setTitle(tr("Personal information"));
    m_identity->retranslateUi();
    m_nationalityLabel->setText(tr("Nationality:"));
    {
        const QString current = m_editor->declaration().person.nationality;
        const QSignalBlocker blocker(m_nationality);
        const QStringList names {tr("Viet Nam"),      tr("China"),  tr("Laos"),   tr("Cambodia"),
                                 tr("Thailand"),      tr("Korea"),  tr("Japan"),  tr("Taiwan"),
                                 tr("United States"), tr("Russia"), tr("France"), tr("Australia")};
        for (int i = 0; i < m_nationality->count() && i < names.size(); ++i)
            m_nationality->setItemText(
                i,
                QStringLiteral("%1 (%2)").arg(names.at(i), m_nationality->itemData(i).toString()));
        setNationalityCode(current);
    }
    m_nationality->setToolTip(tr("Choose, or type the two-letter country code"));
    m_addressLabel->setText(tr("Address:"));
    m_streetLabel->setText(tr("House number, s&treet:"));
    m_street->setPlaceholderText(tr("House number, street, hamlet (thôn, ấp, tổ)"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_emailLabel->setText(tr("E-&mail:"));

    m_healthGroup->setTitle(tr("In the last 14 days"));
    m_visitedPlaces->setText(tr("Visited other provinces, cities or countries"));
    m_placesText->setPlaceholderText(tr("Where, and when"));
    m_symptomsLabel->setText(tr("Symptoms (tick every one the person has had):"));
    const QList<Symptom> symptoms = Declaration::allSymptoms();
    for (int i = 0; i < symptoms.size(); ++i)
        m_symptoms.at(i)->setText(DeclarationSummary::symptomName(symptoms.at(i)));
    m_symptomsTextLabel->setText(tr("Other symptoms:"));
    m_exposuresLabel->setText(tr("Close contact with:"));
    const QList<Exposure> exposures = Declaration::allExposures();
    for (int i = 0; i < exposures.size(); ++i)
        m_exposures.at(i)->setText(DeclarationSummary::exposureName(exposures.at(i)));

    m_vaccineGroup->setTitle(tr("COVID-19 vaccination"));
    m_dosesLabel->setText(tr("Doses received:"));
    m_lastDoseLabel->setText(tr("Date of the last dose:"));
    m_lastDose->setPlaceholderText(tr("dd/mm/yyyy"));

    m_travelGroup->setTitle(tr("Domestic travel"));
    m_travelFromLabel->setText(tr("Coming from:"));
    m_travelFrom->setPlaceholderText(tr("Province, district or place of departure"));
    m_travelMeansLabel->setText(tr("Travelling by:"));
    for (int i = 0; i < m_travelMeans->count(); ++i)
        m_travelMeans->setItemText(
            i,
            DeclarationSummary::travelMeansName(TravelMeans(m_travelMeans->itemData(i).toInt())));
    m_vehicleLabel->setText(tr("Vehicle number:"));
    m_vehicle->setPlaceholderText(tr("Number plate, flight or train number"));
    m_travelDateLabel->setText(tr("Travel date:"));
    m_travelDate->setPlaceholderText(tr("dd/mm/yyyy"));

    m_findPerson->setText(tr("&Find person…"));
    m_cameraScan->setText(tr("Scan with &camera…"));
    m_findPerson->setToolTip(tr("Search the registry by name, ID number or phone (Ctrl+F)"));
    m_cancel->setText(tr("Close"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the declaration (Ctrl+S)"));
    if (m_editor->restoredDraftAtMs() > 0 && !m_draftBanner->isHidden())
        showDraftRestored(m_editor->restoredDraftAtMs());
}

void DeclarationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString DeclarationForm::nationalityCode() const
{
    const QString text = m_nationality->currentText().trimmed();
    const int index = m_nationality->findText(text);
    if (index >= 0)
        return m_nationality->itemData(index).toString();
    return text.toUpper();
}

void DeclarationForm::setNationalityCode(const QString &code)
{
    const int index = m_nationality->findData(code.isEmpty() ? QStringLiteral("VN") : code);
    if (index >= 0)
        m_nationality->setCurrentIndex(index);
    else
        m_nationality->setEditText(code);
}

void DeclarationForm::refresh()
{
    m_refreshing = true;
    const Declaration &d = m_editor->declaration();
    const core::Person &p = d.person;
    m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
    m_onBehalf->setChecked(d.onBehalf);
    setTextIfDifferent(m_onBehalfName, d.onBehalfName);
    setTextIfDifferent(m_identity->fullName, p.fullName);
    m_identity->idKind->setCurrentIndex(m_identity->idKind->findData(int(p.idKind)));
    setTextIfDifferent(m_identity->idNumber, p.idNumber);
    setTextIfDifferent(m_identity->dateOfBirth, m_editor->dateText(FormField::DateOfBirth));
    m_identity->sex->setCurrentIndex(m_identity->sex->findData(int(p.sex)));
    setNationalityCode(p.nationality);
    // An empty commune keeps a province or district the clerk already chose.
    if (!p.communeCode.isEmpty() || !m_address->communeCode().isEmpty())
        m_address->setCommuneCode(p.communeCode);
    setTextIfDifferent(m_street, p.street);
    setTextIfDifferent(m_phone, p.phone);
    setTextIfDifferent(m_email, d.email);
    m_visitedPlaces->setChecked(d.visitedPlaces);
    setTextIfDifferent(m_placesText, d.placesText);
    const QList<Symptom> symptoms = Declaration::allSymptoms();
    for (int i = 0; i < symptoms.size(); ++i)
        m_symptoms.at(i)->setChecked(d.symptoms.testFlag(symptoms.at(i)));
    setTextIfDifferent(m_symptomsText, d.symptomsText);
    const QList<Exposure> exposures = Declaration::allExposures();
    for (int i = 0; i < exposures.size(); ++i)
        m_exposures.at(i)->setChecked(d.exposures.testFlag(exposures.at(i)));
    m_doses->setValue(d.vaccineDoses);
    setTextIfDifferent(m_lastDose, m_editor->dateText(FormField::LastDoseDate));
    setTextIfDifferent(m_travelFrom, d.travelFrom);
    m_travelMeans->setCurrentIndex(m_travelMeans->findData(int(d.travelMeans)));
    setTextIfDifferent(m_vehicle, d.vehicleNumber);
    setTextIfDifferent(m_travelDate, m_editor->dateText(FormField::TravelDate));
    m_title->setText(m_editor->isCorrection() ? tr("Correct a health declaration")
                                              : tr("New health declaration"));
    updateSections();
    m_refreshing = false;
}

void DeclarationForm::updateSections()
{
    const Declaration &d = m_editor->declaration();
    m_onBehalfNameLabel->setEnabled(d.onBehalf);
    m_onBehalfName->setEnabled(d.onBehalf);
    m_placesText->setEnabled(d.visitedPlaces);
    m_lastDoseLabel->setEnabled(d.vaccineDoses > 0);
    m_lastDose->setEnabled(d.vaccineDoses > 0);
    m_travelGroup->setVisible(d.kind == DeclarationKind::Checkpoint);
}

void DeclarationForm::startNew(const Declaration &prefill)
{
    m_errors.clear();
    m_generalError->hide();
    m_notice->hide();
    m_draftBanner->hide();
    m_draftStatus->clear();
    clearAddress();
    m_editor->startNew(prefill);
    m_scroll->ensureVisible(0, 0);
    m_identity->fullName->setFocus(Qt::OtherFocusReason);
}

void DeclarationForm::startCorrection(const Declaration &original)
{
    m_errors.clear();
    m_generalError->hide();
    m_notice->hide();
    m_draftBanner->hide();
    m_draftStatus->clear();
    clearAddress();
    m_editor->startCorrection(original);
    m_scroll->ensureVisible(0, 0);
    m_identity->fullName->setFocus(Qt::OtherFocusReason);
}

void DeclarationForm::clearAddress()
{
    // A province or district chosen for the last declaration (without a
    // commune, so not in it) must not carry over to the next one.
    m_refreshing = true;
    m_address->setCommuneCode({});
    m_refreshing = false;
}

bool DeclarationForm::save()
{
    m_errors.clear();
    m_generalError->hide();
    return m_editor->save();
}

void DeclarationForm::showCheckFailed(const FieldError &error)
{
    if (error.field == FormField::Commune)
        m_errors.setFocusTarget(FormField::Commune, m_address->firstEmptyEdit());
    if (m_errors.show(error.field, error.message)) {
        if (QLabel *label = m_errors.messageLabel(error.field)) {
            // The message and its field both in view.
            QTimer::singleShot(0, this, [this, label] {
                m_scroll->ensureWidgetVisible(label->parentWidget(), 20, 60);
            });
            m_scroll->ensureWidgetVisible(label->parentWidget(), 20, 60);
        }
        m_generalError->hide();
        return;
    }
    m_generalError->setText(error.message);
    m_generalError->show();
}

QString DeclarationForm::generalError() const
{
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

QString DeclarationForm::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

bool DeclarationForm::isDraftBannerShown() const
{
    return !m_draftBanner->isHidden();
}

QString DeclarationForm::timeText(qint64 ms) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_core.clock().nowMs()).date();
    return at.date() == today ? at.toString(QStringLiteral("HH:mm"))
                              : at.toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

void DeclarationForm::showDraftRestored(qint64 savedAtMs)
{
    m_draftText->setText(tr("A draft from %1 was restored: nothing typed was lost. Check it and "
                            "save, or discard it.")
                             .arg(timeText(savedAtMs)));
    m_draftBanner->show();
}

void DeclarationForm::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

bool DeclarationForm::applyRecognition(const core::Recognition &recognition)
{
    m_errors.clear();
    return m_editor->applyRecognition(recognition);
}

bool DeclarationForm::applyPayload(const QByteArray &payload)
{
    m_errors.clear();
    return m_editor->applyPayload(payload);
}

void DeclarationForm::findPerson()
{
    PersonPickerDialog dialog(m_core, this);
    const core::Person &typed = m_editor->declaration().person;
    dialog.setQuery(!typed.idNumber.isEmpty() ? typed.idNumber : typed.fullName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto person = dialog.selectedPerson()) {
        m_editor->applyPerson(*person);
        showNotice(tr("Filled from the registry: %1.").arg(person->fullName));
    }
}

void DeclarationForm::requestClose()
{
    if (m_editor->isDirty() || m_editor->restoredDraftAtMs() > 0) {
        QMessageBox box(QMessageBox::Question, tr("Close the declaration"),
                        tr("This declaration has not been saved. Keep it as a draft to finish "
                           "later, or discard it?"),
                        QMessageBox::NoButton, this);
        QPushButton *keep = box.addButton(tr("&Keep draft"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == keep)
            m_editor->saveDraftNow();
        else if (box.clickedButton() == discard)
            m_editor->abandon();
        else
            return;
    }
    Q_EMIT closed();
}

} // namespace pd::declaration
