#pragma once

#include <QByteArray>
#include <QString>

namespace pd::sync::server {

// A PostgreSQL array literal ('{"a","b"}'), built element by element. A
// whole batch's column then travels as one bound text value, cast in the
// SQL (`?::text[]`, `unnest(...)`): one short statement that PostgreSQL
// plans once, where a multi-row VALUES list has thousands of parameters
// that the driver formats into the statement text.
class PgArrayLiteral {
public:
    void appendText(QStringView text);
    void appendInteger(qint64 value);
    void appendBytes(const QByteArray &bytes); // for a bytea[]
    QString text() const { return QLatin1Char('{') + m_elements + QLatin1Char('}'); }

private:
    void separate();

    QString m_elements;
};

} // namespace pd::sync::server
