// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/receiver/rules/ResponseRule.h"

#include <QAbstractTableModel>
#include <QList>

namespace Gui {

// The response rules being edited, one row each in the order they are tried, with how many
// requests each answered since the rules were last applied.
class RulesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesTableModel)

public:
    enum Column { Name, Matches, Answer, Limit, Answered, ColumnCount };

    explicit RulesTableModel(QObject *parent = nullptr);

    QList<Receiver::ResponseRule> rules() const { return m_rules; }
    void setRules(const QList<Receiver::ResponseRule> &rules);
    Receiver::ResponseRule rule(int row) const { return m_rules.value(row); }
    void setRule(int row, const Receiver::ResponseRule &rule);
    int addRule(const Receiver::ResponseRule &rule); // the new row
    void removeRule(int row);
    void moveRule(int from, int to);
    // Counts of the rules in use; shown only while the edited rules are those rules.
    void setAnsweredCounts(const QList<int> &counts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

private:
    QList<Receiver::ResponseRule> m_rules;
    QList<int> m_counts; // empty: the edited rules are not the ones in use
};

} // namespace Gui
