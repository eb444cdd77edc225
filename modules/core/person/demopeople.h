#pragma once

#include "personstore.h"

#include <QDate>
#include <QSet>

#include <random>

namespace pd::core {

class AdminUnitStore;

// Realistic, reproducible people for demo data files, benchmarks and tests:
// the same seed gives the same people. Every person passes
// PersonStore::validate():
// - names drawn with their real frequencies (Nguyễn about 38 %, Trần 11 %,
//   ...), with diacritics; the middle name agrees with the sex ("Thị" is a
//   woman's, "Văn" a man's);
// - ages shaped like the 2019 census pyramid; people over 60 sometimes have
//   only a year of birth, as on old papers;
// - a CCCD number for most people from 14 (some children have one too: the
//   personal identification number), made as Decree 137/2015/NĐ-CP, Art. 7
//   says: "0" + a real GSO province code (mostly the province they live in),
//   century/sex digit, the two last digits of the birth year, six random
//   digits; unique within one generator; a few old 9-digit CMND numbers;
// - a mobile number with a prefix a Vietnamese network really uses;
// - when communes are loaded, a real commune code and a street address or a
//   hamlet that suits it (a house number and street in a ward or town,
//   "Thôn"/"Xóm"/"Bản"/"Ấp" in a rural commune).
class DemoPeople {
    Q_DECLARE_TR_FUNCTIONS(pd::core::DemoPeople)

public:
    // `today` fixes ages and dates of birth (use the data file's clock).
    explicit DemoPeople(quint32 seed, QDate today = QDate::currentDate());

    // Addresses from now on are in the communes under `unitCode` (a
    // province, district or commune code of the GSO list; empty: the whole
    // country). Without this call people have no commune. Error
    // "demo.unit" when the code is not in the list.
    Status useCommunesOf(const AdminUnitStore &units, const QString &unitCode = {});
    qsizetype communeCount() const { return m_communes.size(); }

    // The next person (id empty, nothing written).
    Person next();

    // Parts of a person, for callers that need only one of them.
    Sex nextSex();
    QString fullName(Sex sex);
    QString familyName();
    QString mobilePhone();
    // A CCCD number consistent with the birth year and sex, unique within
    // this generator; `provinceCode` is a GSO province code (1..96).
    QString cccdNumber(int provinceCode, int birthYear, Sex sex);
    // A date of birth for someone aged `age` on `today`.
    QDate dateOfBirthAt(int age);
    int nextAge();

    // An ID number this generator must not hand out (already registered in
    // the data file the people go to).
    void reserveIdNumber(const QString &idNumber) { m_issued.insert(idNumber); }

    // The 63 GSO province codes (what CCCD digits 2–3 may hold).
    static QList<int> provinceCodes();

    // The generator's random source, for callers that draw more (other
    // fields of demo records) and want them reproducible with the same seed.
    std::mt19937 &random() { return m_random; }
    // True with probability percent/100.
    bool chance(double percent);
    int uniform(int minimum, int maximum);

private:
    enum class Settlement { Urban, Rural, NorthernHighland, CentralHighland, Southern };
    struct Commune {
        QString code;
        int provinceCode = 0;
        Settlement settlement = Settlement::Rural;
    };

    QString streetFor(const Commune &commune);
    QString uniqueDigits(const QString &prefix, int digits);

    std::mt19937 m_random;
    QDate m_today;
    std::discrete_distribution<int> m_family;
    std::discrete_distribution<int> m_ageBand;
    QList<Commune> m_communes;
    QList<int> m_provinces;
    QSet<QString> m_issued;
};

} // namespace pd::core
