// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/transfer/ImportPlan.h"

#include <QTreeWidget>

namespace Gui {

// An import plan, one row per webhook: the change (create and update stand out, skipped warns,
// unchanged is greyed), the scope, the callback URL, and the fields, notes or reason. Shown
// before anything is sent, by the import preview and by Compare Connections' copy preview.
class ImportPlanList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPlanList)

public:
    explicit ImportPlanList(QWidget *parent = nullptr);

    void setPlan(const Transfer::ImportPlan &plan);
    // The headers and rows in the current language (LanguageChange).
    void retranslate();

private:
    void fillLines();

    Transfer::ImportPlan m_plan;
};

} // namespace Gui
