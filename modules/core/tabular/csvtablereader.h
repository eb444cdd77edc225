#pragma once

#include "tablereader.h"

namespace pd::core {

// Reads a CSV file the way lists reach a commune office: saved by Excel
// ("CSV UTF-8", with a byte-order mark), by LibreOffice or by hand. The
// delimiter (comma, semicolon — Excel's list separator under a Vietnamese
// locale — or tab) is taken from the first record; quotes and line breaks
// follow RFC 4180 (CRLF, LF or CR). Text must be UTF-8 (a UTF-16 file with a
// byte-order mark, Excel's "Unicode Text", is read too): bytes that are not
// UTF-8 are almost always Excel's plain "CSV (Comma delimited)" in the
// Windows code page (1258 Vietnamese or 1252), which has already lost or
// mangled Vietnamese letters, so the file is refused with a message saying
// to save it again as CSV UTF-8 rather than guessed at. All cells are text.
class CsvTableReader final : public TableReader {
    Q_DECLARE_TR_FUNCTIONS(pd::core::CsvTableReader)

public:
    // Files larger than this are refused: a commune list is far smaller, and
    // the whole file is decoded in memory.
    static constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;

    explicit CsvTableReader(QString path);
    // Reads `bytes` instead of a file (tests, pasted text).
    static std::unique_ptr<CsvTableReader> fromBytes(QByteArray bytes);

    Status read(const RowHandler &handler) override;
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_size; }

    // The delimiter of the last read().
    QChar delimiter() const { return m_delimiter; }

    // The delimiter that occurs most often outside quotes in the first
    // record; comma when none does.
    static QChar detectDelimiter(QStringView text);
    // The byte offset of the first byte that is not well-formed UTF-8
    // (overlong forms and surrogates included), or -1.
    static qsizetype invalidUtf8Offset(QByteArrayView bytes);

private:
    CsvTableReader() = default;
    Result<QString> decode(const QByteArray &bytes) const;

    QString m_path;
    QByteArray m_bytes;
    bool m_fromBytes = false;
    qint64 m_position = 0;
    qint64 m_size = 0;
    QChar m_delimiter = QLatin1Char(',');
};

} // namespace pd::core
