#pragma once

#include "tablereader.h"

#include <QStringList>

namespace pd::core {

// Reads one sheet of an Excel workbook (Office Open XML, ECMA-376) without
// Excel: the package is unzipped with ZipArchive and its XML streamed with
// QXmlStreamReader, so a large sheet is never held whole.
//
// - The sheet: the first in xl/workbook.xml, or the one named; its path
//   through the workbook's relationships.
// - Text: shared strings (xl/sharedStrings.xml, rich-text runs joined,
//   phonetic runs left out), inline strings (written by libxlsxwriter in
//   constant-memory mode and by many other tools), formula results.
// - Numbers: doubles; a number whose cell style has a date or time number
//   format (built-in formats 14–22, 27–36, 45–47, 50–58, or a custom format
//   with d/m/y or h/s outside quotes and brackets) is converted from the
//   Excel serial (1900 or 1904 date system) to QDate, QDateTime or QTime.
// - Booleans, errors (as their text, "#N/A"), ISO dates (t="d").
// - Cells without a reference take the next column; rows without a number
//   the next row; missing cells are empty.
class XlsxTableReader final : public TableReader {
    Q_DECLARE_TR_FUNCTIONS(pd::core::XlsxTableReader)

public:
    enum class NumberKind { Number, Date, Time, DateTime };

    explicit XlsxTableReader(QString path, QString sheetName = {});
    ~XlsxTableReader() override;

    // The workbook's sheet names in tab order.
    Result<QStringList> sheetNames();

    Status read(const RowHandler &handler) override;
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_size; }

    // "B12" → 1, "AA3" → 26; -1 without column letters.
    static int columnIndex(QStringView reference);
    // What a number format shows: a date, a time, both or a plain number.
    static NumberKind numberKindOfFormat(QStringView formatCode);
    static NumberKind numberKindOfBuiltin(int numFmtId);

private:
    struct Package;

    QString m_path;
    QString m_sheetName;
    qint64 m_position = 0;
    qint64 m_size = 0;
};

} // namespace pd::core
