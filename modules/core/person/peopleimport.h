#pragma once

#include "error.h"
#include "personstore.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace pd::core {

class CoreContext;
class JobControl;

// What a column of an imported list holds.
enum class ImportField {
    Ignore,
    FullName,
    IdKind, // "CCCD", "CMND", "Hộ chiếu"; inferred from the number when absent
    IdNumber,
    BirthDate, // a date or a year
    Sex,
    Phone,
    Nationality,
    Street, // house number, street, hamlet; several columns are joined
    CommuneCode, // GSO code
    CommuneName, // looked up in the district (or province) of the row or the default area
    DistrictName,
    ProvinceName,
};

// A list as read from the file: the header row (found among the first rows:
// commune lists often start with a title) and the rows under it, with the
// row numbers the spreadsheet shows.
struct ImportTable {
    QString fileName;
    bool fromCsv = false; // every cell is text (numbers may have lost leading zeros)
    int headerRow = 0;
    QStringList headers; // one per column; "Column C" for an empty header
    QList<TableRow> rows;
};

// One problem with one row: the row number as in the file, the field as a
// stable key ("full_name", "id_number", "birth_date", "sex", "phone",
// "nationality", "commune", "district", "province", "id_kind"), the header
// of the column it came from, a stable code and a translated message that
// names the field. Messages never repeat a cell's value.
struct ImportIssue {
    int row = 0;
    QString field;
    QString column;
    QString code;
    QString message;
};

struct ImportRow {
    enum class State {
        Ready, // valid, not registered yet: will be created
        Error, // at least one issue: never written
        Registered, // the ID number is already in the registry: skipped
    };

    int row = 0;
    State state = State::Ready;
    Person person; // normalised as PersonStore::validate() leaves it
    QList<ImportIssue> issues;
    QString registeredId; // State::Registered: the person already registered
};

struct ImportPreview {
    QList<ImportField> mapping; // the mapping the rows were parsed with
    QList<ImportRow> rows; // data rows with content, in file order
    int ready = 0;
    int errors = 0; // rows in State::Error
    int registered = 0;

    QList<ImportIssue> issues() const;
};

struct ImportSummary {
    int rows = 0; // rows with content
    int created = 0;
    int registered = 0; // skipped: already registered (also when registered since the preview)
    int skippedErrors = 0; // rows with errors left out (valid-rows-only mode)
};

// Imports the commune's existing lists of people (.xlsx, .csv) into the
// registry, in three steps that each run off the UI thread (see
// BackgroundJob) and report progress:
//
// 1. readTable(): the file's rows and its header row;
// 2. preview(): every row parsed with a column mapping (automatic from
//    Vietnamese or English headers, with or without diacritics, or chosen by
//    the clerk), checked with PersonStore::validate() and against the
//    registry. Nothing is written. Rows whose ID number is registered are
//    skipped; a number that repeats within the file is an error on its later
//    rows;
// 3. commit(): the ready rows in ONE transaction, with one audit entry
//    ("people.import", counts only). In strict mode (the default) nothing is
//    written while any row has an error; in valid-rows-only mode the rows
//    with errors are left out. Cancelling rolls everything back.
//
// Cells are read the way clerks' lists hold them: dates as dd/mm/yyyy,
// d/m/yyyy, yyyy-mm-dd, a year alone or an Excel date; sex as Nam/Nữ,
// Male/Female, M/F; communes by GSO code or by name ("Xã Bản Vược", "Bản
// Vược", "Phường 01") in the row's district and province columns or the
// default area. ID numbers and phone numbers that Excel stored as numbers
// (or that went through a CSV) get back the leading zeros Excel dropped: 10
// or 11 digits become a 12-digit CCCD number, 8 digits a 9-digit CMND
// number, 9 digits a 10-digit mobile number.
class PeopleImport {
    Q_DECLARE_TR_FUNCTIONS(pd::core::PeopleImport)

public:
    // The header is looked for among this many first rows.
    static constexpr int headerSearchRows = 20;

    enum class CommitMode { Strict, ValidRowsOnly };

    struct Options {
        QList<ImportField> mapping; // one per header; empty: autoMapping()
        // Province or district code in which commune (and district) names
        // are looked up when a row does not say.
        QString communeArea;
    };

    explicit PeopleImport(CoreContext &core);

    // Reads the first sheet of `path`. Progress in bytes; "job.cancelled"
    // when cancelled.
    static Result<ImportTable> readTable(const QString &path, JobControl *control = nullptr);

    // The field a header names, or Ignore.
    static ImportField guessField(QStringView header);
    // guessField() for every header, each field (but Street) taken once.
    static QList<ImportField> autoMapping(const QStringList &headers);
    static QString fieldKey(ImportField field);
    static QString fieldName(ImportField field); // translated
    static QList<ImportField> allFields();

    // Parses and checks every row; nothing is written.
    Result<ImportPreview> preview(const ImportTable &table, const Options &options,
                                  JobControl *control = nullptr) const;
    // Writes the ready rows of `preview` (see the class comment).
    Result<ImportSummary> commit(const ImportPreview &preview, CommitMode mode,
                                 JobControl *control = nullptr);

    // Cell parsers: std::nullopt when the cell cannot be read; an empty cell
    // is a null BirthDate / Sex::Unknown.
    static std::optional<BirthDate> parseBirthDate(const QVariant &cell);
    static std::optional<Sex> parseSex(const QVariant &cell);
    static std::optional<Person::IdKind> parseIdKind(const QVariant &cell);
    static std::optional<QString> parseNationality(const QVariant &cell);
    // The ID kind a number looks like when the list does not say.
    static Person::IdKind inferIdKind(const QString &normalizedNumber);
    // A cell as text: numbers without a decimal point or exponent, dates
    // dd/mm/yyyy, text simplified.
    static QString cellText(const QVariant &cell);

private:
    class CommuneResolver;

    CoreContext &m_core;
};

} // namespace pd::core
