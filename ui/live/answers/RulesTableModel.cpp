// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/answers/RulesTableModel.h"

#include "app/http/HttpResponse.h"

#include <QLocale>

using Receiver::ResponseRule;

namespace Gui {

RulesTableModel::RulesTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void RulesTableModel::setRules(const QList<ResponseRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    m_counts.clear();
    endResetModel();
}

void RulesTableModel::setRule(int row, const ResponseRule &rule)
{
    if (row < 0 || row >= m_rules.size() || m_rules.at(row) == rule)
        return;
    m_rules[row] = rule;
    m_counts.clear(); // the counts belong to the rules as they were applied
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RulesTableModel::addRule(const ResponseRule &rule)
{
    const int row = int(m_rules.size());
    beginInsertRows({}, row, row);
    m_rules.append(rule);
    m_counts.clear();
    endInsertRows();
    return row;
}

void RulesTableModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    m_counts.clear();
    endRemoveRows();
}

void RulesTableModel::moveRule(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_rules.size() || to >= m_rules.size())
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_rules.move(from, to);
    m_counts.clear();
    endMoveRows();
}

void RulesTableModel::setAnsweredCounts(const QList<int> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts.size() == m_rules.size() ? counts : QList<int>();
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, Answered), index(rowCount() - 1, Answered));
}

int RulesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RulesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const ResponseRule &rule = m_rules.at(index.row());
    switch (index.column()) {
    case Name:
        return rule.label(index.row() + 1);
    case Matches:
        return rule.matcherSummary();
    case Answer: {
        const QString status = Http::HttpResponse::statusText(rule.status);
        return rule.delayMs > 0 ? tr("%1 after %2 ms").arg(status, QLocale().toString(rule.delayMs))
                                : status;
    }
    case Limit: {
        QStringList parts;
        if (rule.times)
            parts << tr("%n time(s)", nullptr, *rule.times);
        if (rule.percent)
            parts << tr("%1 % of requests").arg(QLocale().toString(*rule.percent));
        return parts.isEmpty() ? tr("always") : parts.join(QStringLiteral(", "));
    }
    case Answered:
        if (m_counts.isEmpty())
            return tr("not applied yet");
        if (rule.times && m_counts.at(index.row()) >= *rule.times)
            return tr("%1 (spent)").arg(m_counts.at(index.row()));
        return QLocale().toString(m_counts.at(index.row()));
    default:
        return {};
    }
}

QVariant RulesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Rule");
    case Matches:
        return tr("Matches");
    case Answer:
        return tr("Answer");
    case Limit:
        return tr("How often");
    case Answered:
        return tr("Answered");
    default:
        return {};
    }
}

void RulesTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Gui
