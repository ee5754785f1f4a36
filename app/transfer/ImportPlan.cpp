// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/transfer/ImportPlan.h"

#include "app/channex/EventMask.h"
#include "app/channex/WebhookLabel.h"
#include "app/channex/WebhookRules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Transfer {

namespace {

using Action = ImportLine::Action;
using Channex::KeyValue;
using Channex::KeyValueList;
using Channex::Webhook;
using Channex::WebhookRules;

QString scopeKey(bool global, const QString &propertyId)
{
    return global ? QString() : propertyId;
}

QString matchKey(const QString &scope, const QString &url)
{
    return scope + u'\n' + url;
}

QString scopeOf(const Webhook &webhook)
{
    return scopeKey(webhook.isGlobalScope(), webhook.propertyId);
}

// Two masks are the same when they hold the same entries, in any order ("ari;booking" is
// "booking;ari"): that is what tells two webhooks with one scope and URL apart.
QSet<QString> maskEntries(const QString &text)
{
    const Channex::EventMask mask = Channex::EventMask::parse(text);
    QSet<QString> entries;
    if (mask.isAll())
        entries.insert(u"*"_s);
    for (const Channex::EventMask::Entry &entry : mask.entries())
        entries.insert(Channex::EventMask::formatEntry(entry));
    return entries;
}

bool sameMask(const QString &a, const QString &b)
{
    return maskEntries(a) == maskEntries(b);
}

// The file's entries with each value it left out taken from `current` (the account's webhook),
// or empty when `current` has no such name; the line's notes say which.
std::optional<KeyValueList> merge(const std::optional<FileEntries> &file,
                                  const std::optional<KeyValueList> &current, bool headers,
                                  ImportLine &line)
{
    if (!file)
        return std::nullopt;
    KeyValueList merged;
    merged.reserve(file->size());
    for (const FileEntry &entry : *file) {
        if (entry.value) {
            merged << KeyValue {entry.key, *entry.value};
            continue;
        }
        const KeyValue *kept = findEntry(current, entry.key, headers);
        line.leftOut << ImportLine::LeftOut {headers, entry.key, kept != nullptr};
        if (kept) {
            merged << KeyValue {entry.key, kept->value};
            line.notes << (headers ? ImportPlan::tr("header %1 has no value in the file: the value "
                                                    "here is kept")
                                   : ImportPlan::tr("parameter %1 has no value in the file: the "
                                                    "value here is kept"))
                              .arg(entry.key);
        } else {
            merged << KeyValue {entry.key, QString()};
            line.notes << (headers
                               ? ImportPlan::tr("header %1 has no value in the file: left empty")
                               : ImportPlan::tr("parameter %1 has no value in the file: left "
                                                "empty"))
                              .arg(entry.key);
        }
    }
    return merged;
}

// Channex answers objects, whose member order means nothing: compared in key order.
std::optional<KeyValueList> inKeyOrder(std::optional<KeyValueList> values)
{
    if (values) {
        std::stable_sort(values->begin(), values->end(),
                         [](const KeyValue &a, const KeyValue &b) { return a.key < b.key; });
    }
    return values;
}

bool sameEntries(const std::optional<KeyValueList> &a, const std::optional<KeyValueList> &b)
{
    return inKeyOrder(a) == inKeyOrder(b);
}

// The first error of the field rules, as for the same change made in the window.
QString ruleError(const Webhook &webhook, const Webhook *stored)
{
    const WebhookRules::Problems problems = WebhookRules::check(webhook, stored);
    const auto error = std::find_if(problems.cbegin(), problems.cend(),
                                    [](const WebhookRules::Problem &p) { return p.isError(); });
    return error == problems.cend() ? QString() : error->message;
}

void planCreate(ImportLine &line, const FileWebhook &entry, const QString &propertyId)
{
    Webhook webhook;
    webhook.callbackUrl = entry.callbackUrl;
    webhook.eventMask = entry.eventMask;
    webhook.isGlobal = entry.isGlobal();
    webhook.propertyId = propertyId;
    webhook.isActive = entry.isActive;
    webhook.sendData = entry.sendData;
    webhook.headers = merge(entry.headers, std::nullopt, true, line);
    webhook.requestParams = merge(entry.requestParams, std::nullopt, false, line);
    line.reason = ruleError(webhook, nullptr);
    line.action = line.reason.isEmpty() ? Action::Create : Action::Skipped;
    line.skip = line.reason.isEmpty() ? ImportLine::Skip::None : ImportLine::Skip::Refused;
    line.webhook = webhook;
}

void planUpdate(ImportLine &line, const FileWebhook &entry, const Webhook &current)
{
    Webhook webhook = current;
    webhook.eventMask = entry.eventMask;
    webhook.isActive = entry.isActive;
    webhook.sendData = entry.sendData;
    webhook.headers = merge(entry.headers, current.headers, true, line);
    webhook.requestParams = merge(entry.requestParams, current.requestParams, false, line);
    line.fields = ImportPlan::changedFields(current, webhook);
    line.matchedId = current.id;
    line.webhook = webhook;
    if (line.fields.isEmpty()) {
        line.action = Action::Unchanged;
        return;
    }
    line.reason = ruleError(webhook, &current);
    line.action = line.reason.isEmpty() ? Action::Update : Action::Skipped;
    if (!line.reason.isEmpty()) {
        line.skip = ImportLine::Skip::Refused;
        line.fields.clear();
    }
}

} // namespace

// Header names are compared as HTTP does (case-insensitively), parameter names exactly, as
// WebhookRules compares them for duplicates.
const Channex::KeyValue *findEntry(const std::optional<Channex::KeyValueList> &values,
                                   const QString &key, bool headers)
{
    if (!values)
        return nullptr;
    const Qt::CaseSensitivity cs = headers ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const auto it
        = std::find_if(values->cbegin(), values->cend(), [&](const Channex::KeyValue &entry) {
              return entry.key.compare(key, cs) == 0;
          });
    return it == values->cend() ? nullptr : &*it;
}

QString ImportLine::label() const
{
    return Channex::webhookLabel(global, propertyTitle, callbackUrl);
}

QString ImportLine::actionText() const
{
    switch (action) {
    case Action::Create:
        return tr("create");
    case Action::Update:
        return tr("update");
    case Action::Unchanged:
        return tr("unchanged");
    case Action::Skipped:
        return tr("skipped");
    }
    return {};
}

QString ImportLine::detailText() const
{
    QStringList parts;
    if (action == Action::Skipped)
        parts << reason;
    else if (action == Action::Update)
        parts << fields.join(u", "_s);
    // An unchanged webhook keeps its values: only what changes needs a word.
    if (action == Action::Create || action == Action::Update)
        parts << notes;
    return parts.join(u"; "_s);
}

QString ImportLine::text() const
{
    const QString detail = detailText();
    return detail.isEmpty() ? tr("%1 %2").arg(actionText(), label())
                            : tr("%1 %2 — %3").arg(actionText(), label(), detail);
}

ImportPlan ImportPlan::make(const WebhookFile &file, const QList<Webhook> &account,
                            const QList<Channex::PropertyOption> &properties)
{
    QHash<QString, QStringList> idsByTitle;
    for (const Channex::PropertyOption &property : properties)
        idsByTitle[property.title] << property.id;
    QHash<QString, QList<int>> accountGroups;
    for (int row = 0; row < account.size(); ++row)
        accountGroups[matchKey(scopeOf(account.at(row)), account.at(row).callbackUrl)] << row;

    // First the scopes, so that every file webhook knows its siblings (same scope and URL).
    ImportPlan plan;
    QList<std::optional<QString>> scopes;
    QHash<QString, QList<int>> fileGroups;
    for (int i = 0; i < file.webhooks.size(); ++i) {
        const FileWebhook &entry = file.webhooks.at(i);
        ImportLine line;
        line.global = entry.isGlobal();
        line.propertyTitle = entry.property ? entry.property->title : QString();
        line.callbackUrl = entry.callbackUrl;
        std::optional<QString> scope;
        if (entry.isGlobal()) {
            scope = QString();
        } else {
            const QStringList ids = idsByTitle.value(entry.property->title);
            if (ids.isEmpty()) {
                line.skip = ImportLine::Skip::NoProperty;
                line.reason
                    = tr("this account has no property called “%1”").arg(entry.property->title);
            } else if (ids.size() > 1) {
                line.skip = ImportLine::Skip::TwoProperties;
                line.reason = tr("this account has more than one property called “%1”, so the "
                                 "import cannot tell which is meant")
                                  .arg(entry.property->title);
            } else {
                scope = ids.constFirst();
            }
        }
        if (scope)
            fileGroups[matchKey(*scope, entry.callbackUrl)] << i;
        scopes << scope;
        plan.lines << line;
    }

    for (int i = 0; i < file.webhooks.size(); ++i) {
        ImportLine &line = plan.lines[i];
        if (!scopes.at(i))
            continue; // skipped: the property
        const FileWebhook &entry = file.webhooks.at(i);
        const QString key = matchKey(*scopes.at(i), entry.callbackUrl);
        const QList<int> siblings = fileGroups.value(key);
        const QList<int> candidates = accountGroups.value(key);
        const bool listedBefore = std::any_of(siblings.cbegin(), siblings.cend(), [&](int j) {
            return j < i && sameMask(file.webhooks.at(j).eventMask, entry.eventMask);
        });
        if (listedBefore) {
            line.skip = ImportLine::Skip::ListedTwice;
            line.reason = tr("the file lists this webhook (scope, URL and event mask) more than "
                             "once; only the first is imported");
            continue;
        }
        int match = -1;
        if (siblings.size() == 1 && candidates.size() == 1) {
            match = candidates.constFirst();
        } else {
            QList<int> sameMasks;
            for (int row : candidates) {
                if (sameMask(account.at(row).eventMask, entry.eventMask))
                    sameMasks << row;
            }
            if (sameMasks.size() > 1) {
                line.skip = ImportLine::Skip::TwoMatches;
                line.reason = tr("this account has more than one webhook with this scope, URL "
                                 "and event mask, so the import cannot tell which to update");
                continue;
            }
            match = sameMasks.isEmpty() ? -1 : sameMasks.constFirst();
        }
        if (match >= 0)
            planUpdate(line, entry, account.at(match));
        else
            planCreate(line, entry, *scopes.at(i));
    }
    return plan;
}

QStringList ImportPlan::changedFields(const Webhook &stored, const Webhook &wanted)
{
    QStringList fields;
    if (wanted.eventMask != stored.eventMask)
        fields << u"event_mask"_s;
    if (wanted.isActive != stored.isActive)
        fields << u"is_active"_s;
    if (wanted.sendData != stored.sendData)
        fields << u"send_data"_s;
    if (!sameEntries(wanted.headers, stored.headers))
        fields << u"headers"_s;
    if (!sameEntries(wanted.requestParams, stored.requestParams))
        fields << u"request_params"_s;
    return fields;
}

int ImportPlan::count(ImportLine::Action action) const
{
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [action](const ImportLine &line) { return line.action == action; }));
}

bool ImportPlan::hasChanges() const
{
    return count(Action::Create) + count(Action::Update) > 0;
}

QString ImportPlan::summary() const
{
    return tr("To create: %1, to update: %2, unchanged: %3, skipped: %4.")
        .arg(count(Action::Create))
        .arg(count(Action::Update))
        .arg(count(Action::Unchanged))
        .arg(count(Action::Skipped));
}

QList<Channex::BulkWebhookJob::Write> ImportPlan::writes() const
{
    QList<Channex::BulkWebhookJob::Write> writes;
    for (const ImportLine &line : lines) {
        if (line.action == Action::Create || line.action == Action::Update)
            writes << Channex::BulkWebhookJob::Write {line.label(), line.webhook};
    }
    return writes;
}

} // namespace Transfer
