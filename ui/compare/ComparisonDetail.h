// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/transfer/AccountComparison.h"

#include <QTreeWidget>

#include <optional>

namespace Gui {

// One row of a comparison, its two webhooks side by side, field by field: scope, event mask,
// active, send data, the names of headers and request parameters (a value is never shown: a
// name whose value differs says so), and the webhook ids. The fields that differ stand out.
class ComparisonDetail final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDetail)

public:
    explicit ComparisonDetail(QWidget *parent = nullptr);

    // Row `row` of `comparison`; -1 (or no comparison) shows nothing.
    void showRow(const Transfer::AccountComparison *comparison, int row);
    void retranslate();

private:
    void fill();

    std::optional<Transfer::AccountComparison> m_comparison;
    int m_row = -1;
};

} // namespace Gui
