// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/WebhookOverlaps.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Gui {

// What an overlap finding means for one of the webhooks it involves, in words: the table's
// warning cell and tooltip, and the webhook dialog's warning before Save.
class OverlapText
{
    Q_DECLARE_TR_FUNCTIONS(Gui::OverlapText)

public:
    // A sentence from `self`'s side: what Channex does and which other webhook is involved.
    // `titles` maps property ids to titles.
    static QString sentence(const Channex::Overlap &overlap, const Channex::Webhook &self,
                            const QHash<QString, QString> &titles);
    // A few words for a table cell ("Property wins").
    static QString shortText(const Channex::Overlap &overlap, const Channex::Webhook &self);
    // The cell: "⚠ " and the first finding's short text, "+2" for more; empty for none.
    static QString cellText(const QList<Channex::Overlap> &overlaps, const Channex::Webhook &self);
    // Rich text: each finding's sentence as a list item.
    static QString toolTip(const QList<Channex::Overlap> &overlaps, const Channex::Webhook &self,
                           const QHash<QString, QString> &titles);

private:
    static QString eventsText(const Channex::Overlap &overlap);
    static QString scopeText(const Channex::Webhook &webhook,
                             const QHash<QString, QString> &titles);
    static const Channex::Webhook &other(const Channex::Overlap &overlap,
                                         const Channex::Webhook &self);
};

} // namespace Gui
