#pragma once

#include <QString>

namespace pd::core {

// Folds Vietnamese text for matching: canonical decomposition, combining
// marks and invisible format characters removed, đ/Đ → d, case folded, white space
// collapsed. "Nguyễn Văn Đức", "NGUYEN VAN DUC" and "nguyễn  văn đức" all
// fold to "nguyen van duc"; tone placement variants (Hoà/Hòa, Thuỷ/Thủy)
// fold alike.
QString fold(QStringView text);

} // namespace pd::core
