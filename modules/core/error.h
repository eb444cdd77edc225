#pragma once

#include <QString>
#include <QVariant>

#include <expected>

namespace pd::core {

// The failure every core call reports instead of throwing: a stable code that
// tests and logs match on, and a translated message to show a person. The
// message never carries personal data, so it may be logged too.
struct Error {
    QString code;
    QString message;
};

template<typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected(Error {std::move(code), std::move(message)});
}

} // namespace pd::core
