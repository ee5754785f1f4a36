// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/BulkWebhookJob.h"
#include "app/channex/Webhook.h"
#include "app/transfer/WebhookFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Transfer {

// What importing one webhook of a file into an account does.
struct ImportLine
{
    Q_DECLARE_TR_FUNCTIONS(Transfer::ImportLine)

public:
    enum class Action { Create, Update, Unchanged, Skipped };
    // Which rule skipped a webhook (Skipped only; None otherwise).
    enum class Skip {
        None,
        NoProperty, // the account has no property with the file's title
        TwoProperties, // the account has the title twice
        ListedTwice, // the file lists the same scope, URL and event mask before
        TwoMatches, // the account has two webhooks with that scope, URL and event mask
        Refused, // the field rules refuse the values
    };

    Action action = Action::Skipped;
    Skip skip = Skip::None;
    bool global = false;
    QString propertyTitle; // of a property webhook, as the file names it
    QString callbackUrl;
    QStringList fields; // Update: Channex's names of the attributes that change
    QStringList notes; // values the file left out: what happens to them
    // A header or parameter value the file left out (null): whether the account's value under
    // that name is kept, else it is left empty. What `notes` says, for callers that word it
    // otherwise (a copy between two accounts has no file).
    struct LeftOut
    {
        bool header = true; // else a request parameter
        QString key;
        bool kept = false;

        friend bool operator==(const LeftOut &, const LeftOut &) = default;
    };
    QList<LeftOut> leftOut;
    QString reason; // Skipped: why, as a sentence fragment
    Channex::Webhook webhook; // Create and Update: what is sent (an Update carries the id)
    // The id of the account's webhook this one was matched with (Update, Unchanged, and an
    // update the field rules refuse); empty when none was.
    QString matchedId;

    // "[Harbour View Hotel] https://…", "[Global] https://…": which webhook the line is about.
    QString label() const;
    // The line as the command line prints it: "update [Global] https://… — event_mask, is_active".
    QString text() const;
    // "create", "update", "unchanged", "skipped" (translated).
    QString actionText() const;
    // What follows the label: the fields and notes of a create or update, the reason of a skip
    // (empty for an unchanged webhook).
    QString detailText() const;
};

// The effect of importing a file into an account, line by line, before anything is sent
// (docs/webhook-files.md):
// - properties are matched by title (ids differ between accounts); a title the account has
//   twice, or not at all, skips the webhook and says so;
// - webhooks are matched by scope and callback URL; where two share both (in the file or in the
//   account), by event mask as well, and a file webhook whose mask none has is created;
// - a matched webhook is updated in the fields that differ, or left unchanged; an unmatched one
//   is created; the import never deletes;
// - a value the file left out (null) keeps the account's value for that name, or is empty for
//   a name the account's webhook does not have, and the line says so;
// - values the field rules refuse (WebhookRules, as for an edit in the window) skip the webhook.
// Importing the file again right after plans no change.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(Transfer::ImportPlan)

public:
    QList<ImportLine> lines;

    static ImportPlan make(const WebhookFile &file, const QList<Channex::Webhook> &account,
                           const QList<Channex::PropertyOption> &properties);

    // Channex's names of the attributes an update of `stored` to `wanted` changes, in the order
    // event_mask, is_active, send_data, headers, request_params (headers and parameters compared
    // as objects: their order means nothing, null is not {}).
    static QStringList changedFields(const Channex::Webhook &stored,
                                     const Channex::Webhook &wanted);

    int count(ImportLine::Action action) const;
    bool hasChanges() const;
    // "2 to create, 1 to update, 8 unchanged, 1 skipped."
    QString summary() const;
    // The creates and updates, for BulkWebhookJob::write, labelled as their lines.
    QList<Channex::BulkWebhookJob::Write> writes() const;
};

// The entry named `key` in `values`, or null: header names compared as HTTP does
// (case-insensitively), parameter names exactly, as WebhookRules compares them for duplicates.
const Channex::KeyValue *findEntry(const std::optional<Channex::KeyValueList> &values,
                                   const QString &key, bool headers);

} // namespace Transfer
