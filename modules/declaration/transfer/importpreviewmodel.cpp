#include "importpreviewmodel.h"

#include "adminunitstore.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

namespace pd::declaration {

namespace {
QString sexText(core::Sex sex)
{
    switch (sex) {
    case core::Sex::Male:
        return ImportPreviewModel::tr("Male");
    case core::Sex::Female:
        return ImportPreviewModel::tr("Female");
    case core::Sex::Unknown:
        break;
    }
    return {};
}
} // namespace

ImportPreviewModel::ImportPreviewModel(core::AdminUnitStore &units, QObject *parent)
    : QAbstractTableModel(parent), m_units(units)
{
}

void ImportPreviewModel::setPreview(std::shared_ptr<const core::ImportPreview> preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_preview ? 0 : int(m_preview->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::communeName(const QString &code) const
{
    if (code.isEmpty())
        return {};
    auto it = m_communeNames.constFind(code);
    if (it == m_communeNames.constEnd()) {
        const auto unit = m_units.find(code);
        it = m_communeNames.insert(code, unit ? unit->displayName() : code);
    }
    return *it;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ImportRow &row = m_preview->rows.at(index.row());
    const core::Person &person = row.person;
    switch (role) {
    case StateRole:
        return int(row.state);
    case FileRowRole:
        return row.row;
    case Qt::ForegroundRole:
        if (row.state == core::ImportRow::State::Error)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        if (row.state == core::ImportRow::State::Registered)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const core::ImportIssue &issue : row.issues)
            messages << issue.message;
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                           : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case RowColumn:
        return row.row;
    case StateColumn:
        switch (row.state) {
        case core::ImportRow::State::Ready:
            return tr("Ready");
        case core::ImportRow::State::Error:
            return tr("Error");
        case core::ImportRow::State::Registered:
            return tr("Already registered");
        }
        return {};
    case NameColumn:
        return person.fullName;
    case IdColumn:
        return person.idNumber;
    case BirthColumn:
        return person.dateOfBirth.date.isValid()
            ? person.dateOfBirth.date.toString(QStringLiteral("dd/MM/yyyy"))
            : person.dateOfBirth.year > 0 ? QString::number(person.dateOfBirth.year)
                                          : QString();
    case SexColumn:
        return sexText(person.sex);
    case PhoneColumn:
        return person.phone;
    case CommuneColumn:
        return communeName(person.communeCode);
    case StreetColumn:
        return person.street;
    case ProblemsColumn: {
        QStringList messages;
        for (const core::ImportIssue &issue : row.issues)
            messages << issue.message;
        return messages.join(QLatin1Char(' '));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RowColumn:
        return tr("Row");
    case StateColumn:
        return tr("Status");
    case NameColumn:
        return tr("Full name");
    case IdColumn:
        return tr("ID number");
    case BirthColumn:
        return tr("Date of birth");
    case SexColumn:
        return tr("Sex");
    case PhoneColumn:
        return tr("Phone");
    case CommuneColumn:
        return tr("Commune");
    case StreetColumn:
        return tr("Address");
    case ProblemsColumn:
        return tr("Problems");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(FileRowRole, "fileRow");
    return names;
}

} // namespace pd::declaration
