// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiError.h"
#include "app/channex/Webhook.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace Channex {

class AccountSession;

// One change applied to many webhooks: enable, disable, delete or duplicate, run
// concurrently (Channex has no bulk endpoint) through the AccountSession, so every row changes
// as its answer arrives. Never retried: a failed item is reported with its error, and the job
// goes on with the others.
class BulkWebhookJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkWebhookJob)

public:
    struct Failure
    {
        QString label; // what the item was about: a callback URL, or a property name
        ApiError error;
    };

    static BulkWebhookJob *setActive(AccountSession *session, const QStringList &ids, bool active,
                                     QObject *parent = nullptr);
    static BulkWebhookJob *remove(AccountSession *session, const QStringList &ids,
                                  QObject *parent = nullptr);
    // Copies of `webhook` for each property; `labels` are the properties' names, in order.
    static BulkWebhookJob *duplicate(AccountSession *session, const Webhook &webhook,
                                     const QStringList &propertyIds, const QStringList &labels,
                                     QObject *parent = nullptr);

    // At most this many calls at once (default 32).
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    void start();
    // Starts nothing more; calls already sent finish and are counted.
    void cancel();

    int total() const { return int(m_items.size()); }
    int completed() const { return m_completed; }
    int succeeded() const { return m_completed - int(m_failures.size()); }
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finishedEmitted; }
    const QList<Failure> &failures() const { return m_failures; }
    // The new webhooks of a duplicate job.
    const QList<Webhook> &created() const { return m_created; }

signals:
    void progress(int completed, int total);
    void finished();

private:
    using Report = std::function<void(std::optional<ApiError>)>;
    struct Item
    {
        QString label;
        std::function<void(QObject *context, Report report)> run;
    };

    BulkWebhookJob(AccountSession *session, QObject *parent);
    QString labelOf(const QString &id) const;
    void startMore();
    void onItemDone(int index, std::optional<ApiError> error);
    void finishIfDone();

    QPointer<AccountSession> m_session;
    QList<Item> m_items;
    QList<Failure> m_failures;
    QList<Webhook> m_created;
    int m_next = 0;
    int m_inFlight = 0;
    int m_completed = 0;
    int m_maxInFlight = 32;
    bool m_cancelled = false;
    bool m_finishedEmitted = false;
};

} // namespace Channex
