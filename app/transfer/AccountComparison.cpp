// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/transfer/AccountComparison.h"

#include "app/transfer/WebhookFile.h"

#include <QHash>

#include <algorithm>

namespace Transfer {

namespace {

using Channex::Webhook;
using Skip = ImportLine::Skip;

QHash<QString, QString> titlesOf(const ComparedAccount &account)
{
    QHash<QString, QString> titles;
    for (const Channex::PropertyOption &property : account.properties)
        titles.insert(property.id, property.title);
    return titles;
}

// `from`'s webhooks planned against `to`, as an import of a file exported from `from` would be.
ImportPlan planOf(const ComparedAccount &from, const ComparedAccount &to, bool withValues)
{
    const WebhookFile file = WebhookFileFormat::fromAccount(from.webhooks, titlesOf(from),
                                                            from.server, withValues, {});
    return ImportPlan::make(file, to.webhooks, to.properties);
}

// A copy has no file: its notes say what the import's say of one, of the other connection.
void reword(ImportLine &line, const QString &target)
{
    line.notes.clear();
    for (const ImportLine::LeftOut &left : line.leftOut) {
        if (left.kept) {
            line.notes << (left.header ? AccountComparison::tr("header %1: its value is not "
                                                               "copied, %2 keeps its own")
                                       : AccountComparison::tr("parameter %1: its value is not "
                                                               "copied, %2 keeps its own"))
                              .arg(left.key, target);
        } else {
            line.notes << (left.header ? AccountComparison::tr("header %1: its value is not "
                                                               "copied, left empty")
                                       : AccountComparison::tr("parameter %1: its value is not "
                                                               "copied, left empty"))
                              .arg(left.key);
        }
    }
}

QHash<QString, int> indexById(const QList<Webhook> &webhooks)
{
    QHash<QString, int> indexes;
    for (int i = 0; i < webhooks.size(); ++i)
        indexes.insert(webhooks.at(i).id, i);
    return indexes;
}

} // namespace

AccountComparison AccountComparison::make(const ComparedAccount &left, const ComparedAccount &right)
{
    AccountComparison comparison;
    comparison.m_left = left;
    comparison.m_right = right;
    // With values: two webhooks whose secret header differs are not the same.
    const ImportPlan toRight = planOf(left, right, true);
    const ImportPlan toLeft = planOf(right, left, true);
    const QHash<QString, int> leftIndex = indexById(left.webhooks);
    const QHash<QString, int> rightIndex = indexById(right.webhooks);

    QList<int> pairOfLeft(left.webhooks.size(), -1);
    QList<int> pairOfRight(right.webhooks.size(), -1);
    const auto pair = [&](int i, int j) {
        if (i < 0 || j < 0 || pairOfLeft.at(i) >= 0 || pairOfRight.at(j) >= 0)
            return;
        pairOfLeft[i] = j;
        pairOfRight[j] = i;
    };
    // Either direction may find a match the other cannot: one left webhook and two on the right
    // with its scope, URL and mask is ambiguous from the left, but the right's first one matches.
    for (int i = 0; i < toRight.lines.size(); ++i) {
        if (const QString id = toRight.lines.at(i).matchedId; !id.isEmpty())
            pair(i, rightIndex.value(id, -1));
    }
    for (int j = 0; j < toLeft.lines.size(); ++j) {
        if (const QString id = toLeft.lines.at(j).matchedId; !id.isEmpty())
            pair(leftIndex.value(id, -1), j);
    }

    for (int i = 0; i < left.webhooks.size(); ++i) {
        const ImportLine &line = toRight.lines.at(i);
        ComparisonRow row;
        row.global = line.global;
        row.propertyTitle = line.propertyTitle;
        row.callbackUrl = line.callbackUrl;
        row.left = i;
        row.right = pairOfLeft.at(i);
        if (row.right >= 0) {
            row.fields
                = ImportPlan::changedFields(right.webhooks.at(row.right), left.webhooks.at(i));
            row.group = row.fields.isEmpty() ? Group::Same : Group::Different;
        } else {
            row.group = Group::OnlyLeft;
            row.note = comparison.noteOf(line, Side::Left);
        }
        comparison.m_rows << row;
    }
    for (int j = 0; j < right.webhooks.size(); ++j) {
        if (pairOfRight.at(j) >= 0)
            continue;
        const ImportLine &line = toLeft.lines.at(j);
        ComparisonRow row;
        row.group = Group::OnlyRight;
        row.global = line.global;
        row.propertyTitle = line.propertyTitle;
        row.callbackUrl = line.callbackUrl;
        row.right = j;
        row.note = comparison.noteOf(line, Side::Right);
        comparison.m_rows << row;
    }
    return comparison;
}

// Why a webhook of `from` has no counterpart, in the comparison's words (the import's name "this
// account" and "the file", which here are the two connections).
QString AccountComparison::noteOf(const ImportLine &line, Side from) const
{
    const QString own = account(from).name;
    const QString other = account(from == Side::Left ? Side::Right : Side::Left).name;
    switch (line.skip) {
    case Skip::NoProperty:
        return tr("%1 has no property called “%2”").arg(other, line.propertyTitle);
    case Skip::TwoProperties:
        return tr("%1 has more than one property called “%2”").arg(other, line.propertyTitle);
    case Skip::ListedTwice:
        return tr("%1 has this webhook more than once (the same scope, URL and event mask)")
            .arg(own);
    case Skip::TwoMatches:
        return tr("%1 has more than one webhook with this scope, URL and event mask").arg(other);
    case Skip::Refused:
        return tr("cannot be copied: %1").arg(line.reason);
    case Skip::None:
        break;
    }
    return {};
}

int AccountComparison::count(Group group) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [group](const ComparisonRow &row) { return row.group == group; }));
}

const Webhook *AccountComparison::webhook(const ComparisonRow &row, Side side) const
{
    const int index = side == Side::Left ? row.left : row.right;
    const QList<Webhook> &webhooks = account(side).webhooks;
    return index >= 0 && index < webhooks.size() ? &webhooks.at(index) : nullptr;
}

ImportPlan AccountComparison::copyPlan(const QList<int> &rowIndexes, Side from,
                                       bool withValues) const
{
    const Side to = from == Side::Left ? Side::Right : Side::Left;
    // Every webhook of the source is planned, then only the chosen ones kept: matching a subset
    // alone could pair a webhook that the whole set leaves unmatched (two with one URL).
    const ImportPlan all = planOf(account(from), account(to), withValues);
    ImportPlan plan;
    for (int rowIndex : rowIndexes) {
        if (rowIndex < 0 || rowIndex >= m_rows.size())
            continue;
        const ComparisonRow &row = m_rows.at(rowIndex);
        const int index = from == Side::Left ? row.left : row.right;
        if (index >= 0 && index < all.lines.size()) {
            ImportLine line = all.lines.at(index);
            reword(line, account(to).name);
            // The import's reasons speak of "this account" and "the file"; the rule's own
            // sentence stays.
            if (line.action == ImportLine::Action::Skipped && line.skip != Skip::Refused)
                line.reason = noteOf(line, from);
            plan.lines << line;
        }
    }
    return plan;
}

} // namespace Transfer
