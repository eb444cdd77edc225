#include "cboritem.h"

#include <QCborStreamReader>

namespace pd::core {

std::optional<QCborValue> decodeCborItem(const QByteArray &data)
{
    if (data.isEmpty())
        return std::nullopt;
    QCborStreamReader reader(data);
    QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || reader.currentOffset() != data.size())
        return std::nullopt;
    return value;
}

} // namespace pd::core
