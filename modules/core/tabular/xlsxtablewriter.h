#pragma once

#include "tablewriter.h"

#include <QCoreApplication>

#include <memory>

namespace pd::core {

// A real Excel workbook through libxlsxwriter: per sheet a bold header row
// that stays in view (frozen) with an autofilter over the table, the
// columns' widths, dates as Excel dates (dd/mm/yyyy, dd/mm/yyyy hh:mm) and
// numbers as numbers, so the district can sort and filter at once.
//
// The file appears only at close(); destroying the writer before that
// leaves no file. In constant-memory mode (the default) each row goes to a
// temporary file as soon as the next starts and strings are written inline,
// so a 100,000-row export stays small in memory; otherwise strings are
// shared (smaller files, everything held until close()).
class XlsxTableWriter final : public TableWriter {
    Q_DECLARE_TR_FUNCTIONS(pd::core::XlsxTableWriter)

public:
    // Excel's limits (Excel specifications and limits).
    static constexpr int maxRows = 1'048'576;
    static constexpr int maxColumns = 16'384;
    static constexpr int maxCellChars = 32'767;
    static constexpr int maxSheetNameChars = 31;

    enum class Memory { Constant, Shared };

    explicit XlsxTableWriter(QString path, Memory memory = Memory::Constant);
    ~XlsxTableWriter() override;
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    // Sheet names longer than 31 characters are cut; []:*?/\ become "-".
    Status addSheet(const QString &name, const QList<TableColumn> &columns) override;
    // Text longer than Excel's 32,767 characters a cell is cut.
    Status addRow(const QVariantList &cells) override;
    Status close() override;

private:
    struct Private;
    Status finishSheet();
    Status failure(int lxwError) const;

    std::unique_ptr<Private> d;
};

} // namespace pd::core
