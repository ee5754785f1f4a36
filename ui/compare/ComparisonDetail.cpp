// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/ComparisonDetail.h"

#include "ui/common/StatusColours.h"
#include "ui/compare/ComparisonTree.h"

#include <QHeaderView>

#include <algorithm>

using namespace Qt::StringLiterals;
using Channex::KeyValueList;
using Channex::Webhook;
using Side = Transfer::AccountComparison::Side;

namespace Gui {

namespace {

enum Column { FieldColumn, LeftColumn, RightColumn, ColumnCount };

} // namespace

ComparisonDetail::ComparisonDetail(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"comparisonDetail"_s);
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setTextElideMode(Qt::ElideMiddle);
    header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(LeftColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(RightColumn, QHeaderView::Stretch);
    retranslate();
}

void ComparisonDetail::showRow(const Transfer::AccountComparison *comparison, int row)
{
    if (comparison && row >= 0 && row < comparison->rows().size())
        m_comparison = *comparison;
    else
        m_comparison.reset();
    m_row = m_comparison ? row : -1;
    fill();
}

void ComparisonDetail::retranslate()
{
    setAccessibleName(tr("The selected webhook on both sides"));
    fill();
}

void ComparisonDetail::fill()
{
    clear();
    const QString left = m_comparison ? m_comparison->account(Side::Left).name : QString();
    const QString right = m_comparison ? m_comparison->account(Side::Right).name : QString();
    setHeaderLabels({tr("Field"), left.isEmpty() ? tr("Left") : tr("Left: %1").arg(left),
                     right.isEmpty() ? tr("Right") : tr("Right: %1").arg(right)});
    if (!m_comparison)
        return;
    const Transfer::ComparisonRow &row = m_comparison->rows().at(m_row);
    const Webhook *a = m_comparison->webhook(row, Side::Left);
    const Webhook *b = m_comparison->webhook(row, Side::Right);
    const QString absent = tr("(not on this side)");
    const auto yesNo = [this](bool value) {
        return value ? tr("Yes") : tr("No");
    };
    // Names only; a name whose value differs on the other side says so, without either value.
    const auto names = [this](const std::optional<KeyValueList> &mine,
                              const std::optional<KeyValueList> &other, bool headers) {
        if (!mine)
            return tr("none");
        if (mine->isEmpty())
            return tr("none (an empty object)");
        QStringList shown;
        for (const Channex::KeyValue &entry : *mine) {
            const Channex::KeyValue *match = Transfer::findEntry(other, entry.key, headers);
            const bool differs = match && match->value != entry.value;
            shown << (differs ? tr("%1 (value differs)").arg(entry.key) : entry.key);
        }
        return shown.join(u", "_s);
    };
    struct Line
    {
        QString field; // Channex's attribute name, or empty for a line that never differs
        QString label;
        QString left;
        QString right;
    };
    const QString scope = row.global ? tr("Global") : row.propertyTitle;
    const QList<Line> lines {
        {{}, tr("Scope"), a ? scope : absent, b ? scope : absent},
        {u"event_mask"_s, ComparisonTree::fieldName(u"event_mask"_s), a ? a->eventMask : absent,
         b ? b->eventMask : absent},
        {u"is_active"_s, ComparisonTree::fieldName(u"is_active"_s), a ? yesNo(a->isActive) : absent,
         b ? yesNo(b->isActive) : absent},
        {u"send_data"_s, ComparisonTree::fieldName(u"send_data"_s), a ? yesNo(a->sendData) : absent,
         b ? yesNo(b->sendData) : absent},
        {u"headers"_s, ComparisonTree::fieldName(u"headers"_s),
         a ? names(a->headers, b ? b->headers : std::nullopt, true) : absent,
         b ? names(b->headers, a ? a->headers : std::nullopt, true) : absent},
        {u"request_params"_s, ComparisonTree::fieldName(u"request_params"_s),
         a ? names(a->requestParams, b ? b->requestParams : std::nullopt, false) : absent,
         b ? names(b->requestParams, a ? a->requestParams : std::nullopt, false) : absent},
        {{}, tr("Webhook ID"), a ? a->id : absent, b ? b->id : absent},
    };
    QFont bold = font();
    bold.setBold(true);
    for (const Line &line : lines) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(FieldColumn, line.label);
        item->setText(LeftColumn, line.left);
        item->setText(RightColumn, line.right);
        item->setToolTip(LeftColumn, line.left);
        item->setToolTip(RightColumn, line.right);
        if (!line.field.isEmpty() && row.fields.contains(line.field)) {
            item->setFont(FieldColumn, bold);
            item->setData(FieldColumn, Qt::AccessibleTextRole, tr("%1, differs").arg(line.label));
            for (int column : {LeftColumn, RightColumn})
                item->setForeground(column, toneColour(Tone::Warning, palette()));
        }
    }
}

} // namespace Gui
