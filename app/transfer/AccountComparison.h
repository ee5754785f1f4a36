// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"
#include "app/transfer/ImportPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Transfer {

// One account as a comparison sees it: its webhooks, the properties they belong to (matched by
// title, as a webhook file's), where it is, and the name the person knows it by.
struct ComparedAccount
{
    QString name; // the saved connection's name, for the notes ("Production has no property …")
    QUrl server;
    QList<Channex::Webhook> webhooks;
    QList<Channex::PropertyOption> properties;
};

// One line of a comparison: a webhook found on one side only, or a webhook of each side that
// match (same scope and callback URL, as an import matches them), the same or differing.
struct ComparisonRow
{
    enum class Group { OnlyLeft, OnlyRight, Different, Same };

    Group group = Group::Same;
    bool global = false;
    QString propertyTitle; // of a property webhook
    QString callbackUrl;
    int left = -1; // index into the left account's webhooks; -1 when only on the right
    int right = -1; // index into the right account's webhooks; -1 when only on the left
    QStringList fields; // Different: Channex's names of the attributes that differ
    // Only on one side: what kept it from being matched on the other, when a rule did (a
    // property missing there or found twice, the webhook listed twice); empty otherwise.
    QString note;
};

// Two accounts side by side (docs/webhook-files.md, "Comparing two connections"). Built on the
// import plan, so that what the comparison shows is what copying does: each side's webhooks
// (header and parameter values included) are planned against the other account, properties
// matched by title and webhooks by scope and callback URL (and event mask where two share both).
// A webhook matched in either direction pairs with its counterpart: Same, or Different with the
// fields that differ; the rest are only on their side. Each webhook is on exactly one row.
class AccountComparison
{
    Q_DECLARE_TR_FUNCTIONS(Transfer::AccountComparison)

public:
    enum class Side { Left, Right };
    using Group = ComparisonRow::Group;

    static AccountComparison make(const ComparedAccount &left, const ComparedAccount &right);

    const QList<ComparisonRow> &rows() const { return m_rows; }
    const ComparedAccount &account(Side side) const
    {
        return side == Side::Left ? m_left : m_right;
    }
    int count(Group group) const;
    // The webhook of `row` on `side`; nullptr when the row has none there.
    const Channex::Webhook *webhook(const ComparisonRow &row, Side side) const;

    // What copying the webhooks of the rows at `rowIndexes` from `from` to the other side does,
    // one line per row that has a webhook on `from`, as an import of those webhooks would: the
    // lines come from the plan of every webhook of `from`, so that matching is the comparison's.
    // Header and parameter values go along only `withValues`; without, the target keeps its own
    // values under the same names and new ones are empty, as for a file exported without them.
    ImportPlan copyPlan(const QList<int> &rowIndexes, Side from, bool withValues) const;

private:
    QString noteOf(const ImportLine &line, Side from) const;

    ComparedAccount m_left;
    ComparedAccount m_right;
    QList<ComparisonRow> m_rows;
};

} // namespace Transfer
