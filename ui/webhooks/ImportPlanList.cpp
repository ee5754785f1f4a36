// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/ImportPlanList.h"

#include "ui/common/StatusColours.h"

#include <QCoreApplication>
#include <QHeaderView>

using Action = Transfer::ImportLine::Action;

namespace Gui {

namespace {

// The texts keep the translation context of the import preview, where this list was first
// shown, so that their translations carry over.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ImportPreviewDialog)
};

enum Column { ChangeColumn, ScopeColumn, UrlColumn, DetailColumn, ColumnCount };

Tone toneOf(Action action)
{
    switch (action) {
    case Action::Create:
    case Action::Update:
        return Tone::Success;
    case Action::Skipped:
        return Tone::Warning;
    case Action::Unchanged:
        break;
    }
    return Tone::Normal;
}

} // namespace

ImportPlanList::ImportPlanList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("importPlanList"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTextElideMode(Qt::ElideMiddle);
    header()->setStretchLastSection(true);
    header()->resizeSection(ChangeColumn, 90);
    header()->resizeSection(ScopeColumn, 170);
    header()->resizeSection(UrlColumn, 330);
    retranslate();
}

void ImportPlanList::setPlan(const Transfer::ImportPlan &plan)
{
    m_plan = plan;
    fillLines();
}

void ImportPlanList::retranslate()
{
    setHeaderLabels(
        {Texts::tr("Change"), Texts::tr("Scope"), Texts::tr("Callback URL"), Texts::tr("Details")});
    fillLines();
}

void ImportPlanList::fillLines()
{
    clear();
    for (const Transfer::ImportLine &line : m_plan.lines) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(ChangeColumn, line.actionText());
        item->setText(ScopeColumn,
                      line.global ? Texts::tr("Global (all properties)") : line.propertyTitle);
        item->setText(UrlColumn, line.callbackUrl);
        item->setText(DetailColumn, line.detailText());
        item->setToolTip(UrlColumn, line.callbackUrl);
        item->setToolTip(DetailColumn, line.detailText());
        if (const Tone tone = toneOf(line.action); tone != Tone::Normal)
            item->setForeground(ChangeColumn, toneColour(tone, palette()));
        if (line.action == Action::Unchanged) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
}

} // namespace Gui
