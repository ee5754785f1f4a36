// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/KeyValueModel.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// The same dots for every value: their number would tell the secret's length.
constexpr QStringView MaskedText = u"••••••••";

} // namespace

KeyValueModel::KeyValueModel(const QString &nameHeader, QObject *parent)
    : QAbstractTableModel(parent), m_nameHeader(nameHeader),
      m_problemIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{ }

void KeyValueModel::setEntries(const Channex::KeyValueList &entries)
{
    beginResetModel();
    m_entries = entries;
    m_problems.clear();
    endResetModel();
    emit entriesChanged();
}

int KeyValueModel::appendEntry(const Channex::KeyValue &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << entry;
    endInsertRows();
    emit entriesChanged();
    return row;
}

void KeyValueModel::setValue(int row, const QString &value)
{
    setData(index(row, ValueColumn), value);
}

void KeyValueModel::setNameHeader(const QString &title)
{
    m_nameHeader = title;
    // The Value title and the hidden-value text are translated when asked for: repaint them too.
    emit headerDataChanged(Qt::Horizontal, NameColumn, ValueColumn);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

void KeyValueModel::setValuesMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

void KeyValueModel::setRowProblems(const QMap<int, QString> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, ValueColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Channex::KeyValue &entry = m_entries.at(index.row());
    const bool name = index.column() == NameColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (name)
            return entry.key;
        return m_masked && !entry.value.isEmpty() ? MaskedText.toString() : entry.value;
    case Qt::EditRole:
        return name ? entry.key : entry.value;
    case Qt::AccessibleTextRole:
        if (!name && m_masked && !entry.value.isEmpty())
            return tr("Hidden value");
        return {};
    case Qt::DecorationRole:
        return name && m_problems.contains(index.row()) ? QVariant(m_problemIcon) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return m_problems.value(index.row());
    default:
        return {};
    }
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Channex::KeyValue &entry = m_entries[index.row()];
    QString &field = index.column() == NameColumn ? entry.key : entry.value;
    const QString text = value.toString();
    if (text == field)
        return true;
    field = text;
    emit dataChanged(index, index);
    emit entriesChanged();
    return true;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? m_nameHeader : tr("Value");
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index)
        | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    m_problems.clear(); // recomputed by the owner from the new rows
    endRemoveRows();
    emit entriesChanged();
    return true;
}

} // namespace Gui
