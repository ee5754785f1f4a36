// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/transfer/AccountComparison.h"

#include <QTreeWidget>

#include <optional>

namespace Gui {

// The rows of a comparison under their groups (only on the left, only on the right, different,
// the same), each with its scope, callback URL and what differs (the fields, never a header or
// parameter value) or why it has no counterpart. Filtered by group and by text; a new
// comparison of the same accounts keeps the selection.
class ComparisonTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonTree)

public:
    // What the Show box offers.
    enum class Show { All, Differences, OnlyLeft, OnlyRight, Different, Same };

    explicit ComparisonTree(QWidget *parent = nullptr);

    void setComparison(const Transfer::AccountComparison &comparison);
    void clearComparison();
    const std::optional<Transfer::AccountComparison> &comparison() const { return m_comparison; }
    void setShow(Show show);
    void setFilterText(const QString &text);
    // Indexes into the comparison's rows of the selected rows that are shown.
    QList<int> selectedRows() const;
    // The row of the current item, or -1 (a group heading, nothing).
    int currentRow() const;
    void retranslate();

    // "Event mask" for "event_mask": Channex's attribute names in the words of the webhook dialog.
    static QString fieldName(const QString &attribute);
    // What the Differences column says of `row`.
    static QString differenceText(const Transfer::ComparisonRow &row);

private:
    void fill();
    void applyFilter();
    QString groupTitle(Transfer::ComparisonRow::Group group, int count) const;

    std::optional<Transfer::AccountComparison> m_comparison;
    Show m_show = Show::All;
    QString m_text;
};

} // namespace Gui
