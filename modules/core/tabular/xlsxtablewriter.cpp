#include "xlsxtablewriter.h"

#include "exceldate.h"

#include <QFile>

#include <xlsxwriter.h>

namespace pd::core {

namespace {
// Excel's default column width (characters) and the padding a header
// needs beside the autofilter's drop-down button.
constexpr double defaultWidth = 8.43;
constexpr double filterButtonChars = 3;
constexpr double maxWidth = 255;
} // namespace

struct XlsxTableWriter::Private {
    QString path;
    Memory memory = Memory::Constant;
    lxw_workbook *workbook = nullptr;
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *integer = nullptr;
    lxw_worksheet *sheet = nullptr;
    QList<TableColumn> columns;
    int rows = 0; // rows written to the current sheet, header included
    bool closed = false;
};

XlsxTableWriter::XlsxTableWriter(QString path, Memory memory) : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->memory = memory;
}

XlsxTableWriter::~XlsxTableWriter()
{
    // Never closed: free the workbook without writing it, so no file (and
    // no half-written one) appears. libxlsxwriter removes its temporary
    // files here too.
    if (d->workbook)
        lxw_workbook_free(d->workbook);
}

Status XlsxTableWriter::failure(int lxwError) const
{
    return fail(QStringLiteral("table.xlsx"),
                tr("Cannot write the Excel file %1: %2.")
                    .arg(d->path, QString::fromUtf8(lxw_strerror(lxw_error(lxwError)))));
}

Status XlsxTableWriter::addSheet(const QString &name, const QList<TableColumn> &columns)
{
    if (d->closed)
        return fail(QStringLiteral("table.closed"), tr("The table file is already closed."));
    if (columns.isEmpty() || columns.size() > maxColumns)
        return fail(QStringLiteral("table.columns"),
                    tr("A sheet needs between 1 and %1 columns.").arg(maxColumns));
    if (!d->workbook) {
        lxw_workbook_options options {};
        options.constant_memory = d->memory == Memory::Constant ? LXW_TRUE : LXW_FALSE;
        const QByteArray fileName = QFile::encodeName(d->path);
        d->workbook = workbook_new_opt(fileName.constData(), &options);
        if (!d->workbook)
            return fail(QStringLiteral("table.xlsx"),
                        tr("Cannot create the Excel file %1.").arg(d->path));
        d->header = workbook_add_format(d->workbook);
        format_set_bold(d->header);
        format_set_bg_color(d->header, 0xDDEBF7);
        format_set_bottom(d->header, LXW_BORDER_THIN);
        format_set_text_wrap(d->header);
        format_set_align(d->header, LXW_ALIGN_VERTICAL_TOP);
        d->date = workbook_add_format(d->workbook);
        format_set_num_format(d->date, "dd/mm/yyyy");
        d->dateTime = workbook_add_format(d->workbook);
        format_set_num_format(d->dateTime, "dd/mm/yyyy hh:mm");
        d->integer = workbook_add_format(d->workbook);
        format_set_num_format(d->integer, "0");
    }
    if (auto ok = finishSheet(); !ok)
        return ok;

    QString sheetName = name.isEmpty() ? tr("Sheet %1").arg(1) : name;
    for (QChar &ch : sheetName) {
        if (QStringView(u"[]:*?/\\").contains(ch))
            ch = QLatin1Char('-');
    }
    sheetName.truncate(maxSheetNameChars);
    const QByteArray sheetUtf8 = sheetName.toUtf8();
    d->sheet = workbook_add_worksheet(d->workbook, sheetUtf8.constData());
    if (!d->sheet)
        return fail(
            QStringLiteral("table.sheet_name"),
            tr("Cannot add the sheet \"%1\" (the name is taken or not allowed).").arg(sheetName));
    d->columns = columns;
    d->rows = 0;

    for (int column = 0; column < columns.size(); ++column) {
        const TableColumn &spec = columns.at(column);
        double width = spec.width;
        if (width <= 0)
            width = std::max(defaultWidth, double(spec.header.size()) + filterButtonChars);
        lxw_format *format = nullptr;
        if (spec.type == TableColumn::Type::Date)
            format = d->date;
        else if (spec.type == TableColumn::Type::DateTime)
            format = d->dateTime;
        if (auto error = worksheet_set_column(d->sheet, lxw_col_t(column), lxw_col_t(column),
                                              std::min(width, maxWidth), format);
            error != LXW_NO_ERROR)
            return failure(error);
        const QByteArray header = spec.header.left(maxCellChars).toUtf8();
        if (auto error = worksheet_write_string(d->sheet, 0, lxw_col_t(column), header.constData(),
                                                d->header);
            error != LXW_NO_ERROR)
            return failure(error);
    }
    // The header stays in view while scrolling.
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->rows = 1;
    return {};
}

Status XlsxTableWriter::addRow(const QVariantList &cells)
{
    if (!d->sheet)
        return fail(QStringLiteral("table.no_sheet"), tr("No sheet to write the row to."));
    if (d->rows >= maxRows)
        return fail(QStringLiteral("table.too_many_rows"),
                    tr("A sheet holds at most %1 rows; choose a shorter period.").arg(maxRows));
    const auto row = lxw_row_t(d->rows);
    const int count = int(std::min(cells.size(), d->columns.size()));
    for (int column = 0; column < count; ++column) {
        const QVariant &cell = cells.at(column);
        if (!cell.isValid() || cell.isNull())
            continue;
        const auto col = lxw_col_t(column);
        const TableColumn::Type type = d->columns.at(column).type;
        const int typeId = cell.typeId();
        lxw_error error = LXW_NO_ERROR;
        if (type == TableColumn::Type::Date
            && (typeId == QMetaType::QDate || typeId == QMetaType::QDateTime)) {
            const QDate date =
                typeId == QMetaType::QDate ? cell.toDate() : cell.toDateTime().toLocalTime().date();
            error = worksheet_write_number(d->sheet, row, col, ExcelDate::fromDate(date), d->date);
        } else if (type == TableColumn::Type::DateTime && typeId == QMetaType::QDateTime) {
            error = worksheet_write_number(d->sheet, row, col,
                                           ExcelDate::fromDateTime(cell.toDateTime()), d->dateTime);
        } else if (type == TableColumn::Type::DateTime && typeId == QMetaType::QDate) {
            error = worksheet_write_number(d->sheet, row, col, ExcelDate::fromDate(cell.toDate()),
                                           d->dateTime);
        } else if (type == TableColumn::Type::Integer
                   && (typeId == QMetaType::Int || typeId == QMetaType::LongLong
                       || typeId == QMetaType::UInt || typeId == QMetaType::ULongLong)) {
            error =
                worksheet_write_number(d->sheet, row, col, double(cell.toLongLong()), d->integer);
        } else if (type == TableColumn::Type::Number
                   && (typeId == QMetaType::Double || typeId == QMetaType::Float
                       || typeId == QMetaType::Int || typeId == QMetaType::LongLong)) {
            error = worksheet_write_number(d->sheet, row, col, cell.toDouble(), nullptr);
        } else if (type == TableColumn::Type::Bool && typeId == QMetaType::Bool) {
            error = worksheet_write_boolean(d->sheet, row, col, cell.toBool() ? 1 : 0, nullptr);
        } else {
            const QString text = cell.toString();
            if (text.isEmpty())
                continue;
            const QByteArray utf8 = text.left(maxCellChars).toUtf8();
            error = worksheet_write_string(d->sheet, row, col, utf8.constData(), nullptr);
        }
        if (error != LXW_NO_ERROR)
            return failure(error);
    }
    ++d->rows;
    return {};
}

Status XlsxTableWriter::finishSheet()
{
    if (!d->sheet)
        return {};
    // Autofilter over the header and every data row (at least the header).
    if (auto error = worksheet_autofilter(d->sheet, 0, 0, lxw_row_t(std::max(d->rows - 1, 0)),
                                          lxw_col_t(d->columns.size() - 1));
        error != LXW_NO_ERROR)
        return failure(error);
    d->sheet = nullptr;
    return {};
}

Status XlsxTableWriter::close()
{
    if (d->closed)
        return {};
    if (!d->workbook)
        return fail(QStringLiteral("table.no_sheet"),
                    tr("An Excel file needs at least one sheet."));
    if (auto ok = finishSheet(); !ok)
        return ok;
    d->closed = true;
    lxw_workbook *workbook = std::exchange(d->workbook, nullptr);
    // workbook_close() writes the file and frees the workbook, also on error.
    if (auto error = workbook_close(workbook); error != LXW_NO_ERROR) {
        QFile::remove(d->path);
        return failure(error);
    }
    return {};
}

} // namespace pd::core
