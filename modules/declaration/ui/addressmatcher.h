#pragma once

#include <QCoreApplication>
#include <QString>

namespace pd::core {
class AdminUnitStore;
}

namespace pd::declaration {

// What AddressMatcher made of an address written as text.
struct AddressMatch {
    QString provinceCode; // empty when not recognised
    QString districtCode;
    QString communeCode; // set only when all three levels agree
    QString street; // what is left for the street field (the whole text without a commune)

    // The most specific unit recognised; empty for none.
    QString unitCode() const
    {
        return !communeCode.isEmpty() ? communeCode
                                      : (!districtCode.isEmpty() ? districtCode : provinceCode);
    }
};

// Reads the place of residence printed on a chip ID card ("Số 12 ngõ 34,
// Phường Phúc Xá, Quận Ba Đình, Hà Nội") into GSO units: the comma-separated
// parts are read from the end, province first, each part compared with the
// children of the unit found before it by folded name, with or without its
// kind ("Phường", "Quận", "TP.", "Tỉnh", ...). A commune is set only when
// province, district and commune all match in that order; whatever comes
// before the commune is the street. When no commune matches, the whole
// text stays in the street field so nothing printed on the card is lost.
class AddressMatcher {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::AddressMatcher)

public:
    explicit AddressMatcher(core::AdminUnitStore &units);

    AddressMatch match(QStringView address) const;

    // Folded text of one address part without its leading kind word
    // ("TP. Hồ Chí Minh" → "ho chi minh", "Phường 01" → "01").
    static QString foldedWithoutKind(QStringView part);

private:
    core::AdminUnitStore &m_units;
};

} // namespace pd::declaration
