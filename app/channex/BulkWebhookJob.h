// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiError.h"
#include "app/channex/Webhook.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace Channex {

class AccountSession;

// One change applied to many webhooks: enable, disable, delete, duplicate or write, run
// concurrently (Channex has no bulk endpoint) through the AccountSession, so every row changes
// as its answer arrives. A failed item is reported with its error and the job goes on with the
// others; it is not sent again, with one exception. A 429 means Channex did not process the
// call (https://docs.channex.io/api-v.1-documentation/rate-limits): the job stops sending for as
// long as Retry-After says (or backs off), sends those items again, and keeps fewer calls in
// flight from then on; an item refused this way too often is reported like any failure.
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
    // One webhook to create (it has no id) or to update (the webhook with its id), and what a
    // failure of it is called.
    struct Write
    {
        QString label;
        Webhook webhook;
    };
    // Each write as the webhook dialog's Save sends it (the field rules as for a new webhook,
    // or for an edit of the stored row), e.g. the changes of an import.
    static BulkWebhookJob *write(AccountSession *session, const QList<Write> &writes,
                                 QObject *parent = nullptr);

    // At most this many calls at once (default 32).
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    int maxInFlight() const { return m_maxInFlight; }
    // How long to wait after a 429 without Retry-After, doubled for each further one, and the
    // longest wait; the number of 429s one item may get before it counts as failed.
    struct RateLimitPolicy
    {
        int baseDelayMs = 1000;
        int maxDelayMs = 60'000;
        int maxAttempts = 8;
    };
    void setRateLimitPolicy(const RateLimitPolicy &policy) { m_rateLimit = policy; }
    void start();
    // Starts nothing more; calls already sent finish and are counted.
    void cancel();

    int total() const { return int(m_items.size()); }
    int completed() const { return m_completed; }
    int succeeded() const { return m_completed - int(m_failures.size()); }
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finishedEmitted; }
    const QList<Failure> &failures() const { return m_failures; }
    // Items that were refused with 429 at least once and waited (applied or not in the end).
    int waitedItems() const { return int(m_waited.size()); }
    // Sending nothing until Channex's rate limit has passed.
    bool isWaiting() const { return m_waiting; }
    // The new webhooks of a duplicate or write job.
    const QList<Webhook> &created() const { return m_created; }

signals:
    void progress(int completed, int total);
    // Channex asked to slow down: nothing is sent for `milliseconds`, then `items` go again.
    void rateLimited(int milliseconds, int items);
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
    void waitOut(const ApiError &error);
    void finishIfDone();

    QPointer<AccountSession> m_session;
    QList<Item> m_items;
    QList<Failure> m_failures;
    QList<Webhook> m_created;
    int m_next = 0;
    QList<int> m_again; // refused with 429: sent again, before the rest, once the wait is over
    QHash<int, int> m_attempts; // 429s per item
    QSet<int> m_waited;
    bool m_waiting = false;
    int m_consecutiveWaits = 0; // for the backoff without Retry-After
    RateLimitPolicy m_rateLimit;
    int m_inFlight = 0;
    int m_completed = 0;
    int m_maxInFlight = 32;
    bool m_cancelled = false;
    bool m_finishedEmitted = false;
};

} // namespace Channex
