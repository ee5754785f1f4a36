// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/ComparisonTree.h"

#include "ui/common/StatusColours.h"

#include <QHeaderView>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using Transfer::AccountComparison;
using Transfer::ComparisonRow;
using Group = Transfer::ComparisonRow::Group;
using Side = Transfer::AccountComparison::Side;

namespace Gui {

namespace {

enum Column { ScopeColumn, UrlColumn, DifferenceColumn, ColumnCount };
constexpr int RowRole = Qt::UserRole; // index into the comparison's rows; -1 on a heading
constexpr int GroupRole = Qt::UserRole + 1;
constexpr Group Groups[] = {Group::OnlyLeft, Group::OnlyRight, Group::Different, Group::Same};
constexpr int TextColumns[] = {ScopeColumn, UrlColumn, DifferenceColumn}; // what the filter reads

bool shows(ComparisonTree::Show show, Group group)
{
    switch (show) {
    case ComparisonTree::Show::All:
        return true;
    case ComparisonTree::Show::Differences:
        return group != Group::Same;
    case ComparisonTree::Show::OnlyLeft:
        return group == Group::OnlyLeft;
    case ComparisonTree::Show::OnlyRight:
        return group == Group::OnlyRight;
    case ComparisonTree::Show::Different:
        return group == Group::Different;
    case ComparisonTree::Show::Same:
        return group == Group::Same;
    }
    return true;
}

} // namespace

ComparisonTree::ComparisonTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"comparisonTree"_s);
    setColumnCount(ColumnCount);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideMiddle);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    setIndentation(14);
    header()->resizeSection(ScopeColumn, 200);
    header()->resizeSection(UrlColumn, 380);
    retranslate();
}

QString ComparisonTree::fieldName(const QString &attribute)
{
    if (attribute == "event_mask"_L1)
        return tr("Event mask");
    if (attribute == "is_active"_L1)
        return tr("Active");
    if (attribute == "send_data"_L1)
        return tr("Send data");
    if (attribute == "headers"_L1)
        return tr("Headers");
    if (attribute == "request_params"_L1)
        return tr("Request parameters");
    return attribute;
}

QString ComparisonTree::differenceText(const ComparisonRow &row)
{
    if (row.group != Group::Different)
        return row.note;
    QStringList names;
    for (const QString &field : row.fields)
        names << fieldName(field);
    return names.join(u", "_s);
}

void ComparisonTree::retranslate()
{
    setHeaderLabels({tr("Scope"), tr("Callback URL"), tr("Differences")});
    setAccessibleName(tr("Comparison"));
    fill();
}

QString ComparisonTree::groupTitle(Group group, int count) const
{
    const QString left = m_comparison->account(Side::Left).name;
    const QString right = m_comparison->account(Side::Right).name;
    switch (group) {
    case Group::OnlyLeft:
        return tr("Only on the left, in %1: %2").arg(left).arg(count);
    case Group::OnlyRight:
        return tr("Only on the right, in %1: %2").arg(right).arg(count);
    case Group::Different:
        return tr("Different: %1").arg(count);
    case Group::Same:
        return tr("Same: %1").arg(count);
    }
    return {};
}

void ComparisonTree::setComparison(const AccountComparison &comparison)
{
    // The selection by webhook ids, so that it survives a reload: a row copied across keeps the
    // id of the side it was copied from.
    QSet<QString> selectedIds;
    const auto idsOf = [this](const AccountComparison &from, int index) {
        QStringList ids;
        const ComparisonRow &row = from.rows().at(index);
        if (const Channex::Webhook *w = from.webhook(row, Side::Left))
            ids << u"L"_s + w->id;
        if (const Channex::Webhook *w = from.webhook(row, Side::Right))
            ids << u"R"_s + w->id;
        return ids;
    };
    const bool first = !m_comparison;
    if (m_comparison) {
        for (int index : selectedRows()) {
            for (const QString &id : idsOf(*m_comparison, index))
                selectedIds.insert(id);
        }
    }
    m_comparison = comparison;
    fill();
    if (first) {
        // The first row in view, so that the detail shows something and the keys move from it.
        for (int i = 0; i < topLevelItemCount() && !currentItem(); ++i) {
            if (QTreeWidgetItem *heading = topLevelItem(i);
                !heading->isHidden() && heading->childCount() > 0)
                setCurrentItem(heading->child(0));
        }
    }
    if (selectedIds.isEmpty())
        return;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const QStringList ids = idsOf(*m_comparison, item->data(0, RowRole).toInt());
            if (std::any_of(ids.cbegin(), ids.cend(),
                            [&](const QString &id) { return selectedIds.contains(id); })) {
                item->setSelected(true);
                if (!currentItem() || !currentItem()->isSelected())
                    setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
            }
        }
    }
}

void ComparisonTree::clearComparison()
{
    m_comparison.reset();
    fill();
}

void ComparisonTree::setShow(Show show)
{
    m_show = show;
    applyFilter();
}

void ComparisonTree::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    applyFilter();
}

void ComparisonTree::fill()
{
    clear();
    if (!m_comparison)
        return;
    const QList<ComparisonRow> &rows = m_comparison->rows();
    // Within a group: global webhooks first, then by property, then by URL.
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rows](int a, int b) {
        const ComparisonRow &x = rows.at(a);
        const ComparisonRow &y = rows.at(b);
        if (x.global != y.global)
            return x.global;
        if (const int c = x.propertyTitle.localeAwareCompare(y.propertyTitle); c != 0)
            return c < 0;
        return x.callbackUrl < y.callbackUrl;
    });
    QFont bold = font();
    bold.setBold(true);
    for (const Group group : Groups) {
        auto *heading = new QTreeWidgetItem(this);
        heading->setText(ScopeColumn, groupTitle(group, m_comparison->count(group)));
        heading->setData(0, RowRole, -1);
        heading->setData(0, GroupRole, int(group));
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFont(ScopeColumn, bold);
        heading->setFirstColumnSpanned(true);
        for (int index : order) {
            const ComparisonRow &row = rows.at(index);
            if (row.group != group)
                continue;
            auto *item = new QTreeWidgetItem(heading);
            item->setData(0, RowRole, index);
            item->setText(ScopeColumn, row.global ? tr("Global") : row.propertyTitle);
            item->setText(UrlColumn, row.callbackUrl);
            item->setToolTip(UrlColumn, row.callbackUrl);
            const QString difference = differenceText(row);
            item->setText(DifferenceColumn, difference);
            item->setToolTip(DifferenceColumn, difference);
            if (group == Group::Different)
                item->setForeground(DifferenceColumn, toneColour(Tone::Warning, palette()));
        }
        heading->setExpanded(true);
    }
    applyFilter();
}

void ComparisonTree::applyFilter()
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = topLevelItem(i);
        const bool groupShown = shows(m_show, Group(heading->data(0, GroupRole).toInt()));
        int visible = 0;
        for (int j = 0; j < heading->childCount(); ++j) {
            QTreeWidgetItem *item = heading->child(j);
            const bool matches
                = m_text.isEmpty()
                || std::any_of(std::begin(TextColumns), std::end(TextColumns), [&](int column) {
                       return item->text(column).contains(m_text, Qt::CaseInsensitive);
                   });
            item->setHidden(!groupShown || !matches);
            if (item->isHidden())
                item->setSelected(false);
            else
                ++visible;
        }
        heading->setHidden(visible == 0);
    }
}

QList<int> ComparisonTree::selectedRows() const
{
    QList<int> rows;
    for (const QTreeWidgetItem *item : selectedItems()) {
        if (const int index = item->data(0, RowRole).toInt(); index >= 0 && !item->isHidden())
            rows << index;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

int ComparisonTree::currentRow() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && !item->isHidden() ? item->data(0, RowRole).toInt() : -1;
}

} // namespace Gui
