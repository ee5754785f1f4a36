// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/BulkWebhookJob.h"

#include "app/channex/AccountSession.h"
#include "app/channex/WebhookCollection.h"

#include <QTimer>

namespace Channex {

namespace {

// The account's session went away (the window switched connections): nothing more is sent.
ApiError sessionGone()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.technical = QStringLiteral("the connection was closed before this change was sent");
    return error;
}

} // namespace

BulkWebhookJob::BulkWebhookJob(AccountSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{ }

QString BulkWebhookJob::labelOf(const QString &id) const
{
    const Webhook *webhook = m_session->collection()->find(id);
    return webhook ? webhook->callbackUrl : id;
}

BulkWebhookJob *BulkWebhookJob::setActive(AccountSession *session, const QStringList &ids,
                                          bool active, QObject *parent)
{
    auto *job = new BulkWebhookJob(session, parent);
    for (const QString &id : ids) {
        const Webhook *webhook = session->collection()->find(id);
        if (webhook && webhook->isActive == active)
            continue; // already as asked: nothing to send
        job->m_items << Item {
            job->labelOf(id), [job, id, active](QObject *context, Report report) {
                if (!job->m_session)
                    return report(sessionGone());
                job->m_session->setActive(id, active, context, [report](ApiResult<Webhook> result) {
                    report(result.ok() ? std::nullopt : std::optional(result.error()));
                });
            }};
    }
    return job;
}

BulkWebhookJob *BulkWebhookJob::remove(AccountSession *session, const QStringList &ids,
                                       QObject *parent)
{
    auto *job = new BulkWebhookJob(session, parent);
    for (const QString &id : ids) {
        job->m_items << Item {
            job->labelOf(id), [job, id](QObject *context, Report report) {
                if (!job->m_session)
                    return report(sessionGone());
                job->m_session->deleteWebhook(id, context, [report](ApiResult<Done> result) {
                    // Deleted elsewhere already: the goal is reached.
                    const bool gone
                        = result.ok() || result.error().kind == ApiError::Kind::NotFound;
                    report(gone ? std::nullopt : std::optional(result.error()));
                });
            }};
    }
    return job;
}

BulkWebhookJob *BulkWebhookJob::duplicate(AccountSession *session, const Webhook &webhook,
                                          const QStringList &propertyIds, const QStringList &labels,
                                          QObject *parent)
{
    auto *job = new BulkWebhookJob(session, parent);
    for (qsizetype i = 0; i < propertyIds.size(); ++i) {
        Webhook copy = webhook;
        copy.id.clear();
        copy.isGlobal = false;
        copy.propertyId = propertyIds.at(i);
        job->m_items << Item {labels.value(i, propertyIds.at(i)),
                              [job, copy, webhook](QObject *context, Report report) {
                                  if (!job->m_session)
                                      return report(sessionGone());
                                  // Only the property is new: the rest is the original's, as
                                  // Channex holds it.
                                  job->m_session->createWebhook(
                                      copy, context,
                                      [job, report](ApiResult<Webhook> result) {
                                          if (result.ok())
                                              job->m_created << result.value();
                                          report(result.ok() ? std::nullopt
                                                             : std::optional(result.error()));
                                      },
                                      &webhook);
                              }};
    }
    return job;
}

BulkWebhookJob *BulkWebhookJob::write(AccountSession *session, const QList<Write> &writes,
                                      QObject *parent)
{
    auto *job = new BulkWebhookJob(session, parent);
    for (const Write &write : writes) {
        const Webhook webhook = write.webhook;
        job->m_items << Item {write.label, [job, webhook](QObject *context, Report report) {
                                  if (!job->m_session)
                                      return report(sessionGone());
                                  auto done = [job, report, created = webhook.id.isEmpty()](
                                                  ApiResult<Webhook> r) {
                                      if (r.ok() && created)
                                          job->m_created << r.value();
                                      report(r.ok() ? std::nullopt : std::optional(r.error()));
                                  };
                                  if (webhook.id.isEmpty())
                                      job->m_session->createWebhook(webhook, context, done);
                                  else
                                      job->m_session->updateWebhook(webhook, context, done);
                              }};
    }
    return job;
}

void BulkWebhookJob::start()
{
    if (m_items.isEmpty()) {
        // Nothing to send: still finish, asynchronously, like a job that had work.
        QTimer::singleShot(0, this, &BulkWebhookJob::finishIfDone);
        return;
    }
    startMore();
}

void BulkWebhookJob::cancel()
{
    m_cancelled = true;
    m_waiting = false; // what waits for the rate limit is not sent
    finishIfDone();
}

void BulkWebhookJob::startMore()
{
    while (!m_cancelled && !m_waiting && m_inFlight < m_maxInFlight
           && (!m_again.isEmpty() || m_next < m_items.size())) {
        const int index = m_again.isEmpty() ? m_next++ : m_again.takeFirst();
        ++m_inFlight;
        m_items.at(index).run(this, [this, index](std::optional<ApiError> error) {
            onItemDone(index, std::move(error));
        });
    }
}

void BulkWebhookJob::onItemDone(int index, std::optional<ApiError> error)
{
    --m_inFlight;
    if (error && error->kind == ApiError::Kind::RateLimited && !m_cancelled
        && ++m_attempts[index] < m_rateLimit.maxAttempts) {
        m_waited.insert(index);
        m_again << index;
        waitOut(*error);
        return;
    }
    if (!error)
        m_consecutiveWaits = 0;
    ++m_completed;
    if (error)
        m_failures << Failure {m_items.at(index).label, *error};
    emit progress(m_completed, total());
    startMore();
    finishIfDone();
}

// Nothing is sent until Channex's Retry-After has passed (else a doubling backoff), and the job
// keeps half as many calls in flight from then on: the items refused go again first.
void BulkWebhookJob::waitOut(const ApiError &error)
{
    if (m_waiting)
        return; // the calls still in flight met the same limit: one wait covers them
    m_waiting = true;
    m_maxInFlight = qMax(1, m_maxInFlight / 2);
    const qint64 backoff = qint64(m_rateLimit.baseDelayMs) << qMin(m_consecutiveWaits++, 16);
    const qint64 delay = qMin<qint64>(
        error.retryAfterSeconds >= 0 ? qint64(error.retryAfterSeconds) * 1000 : backoff,
        m_rateLimit.maxDelayMs);
    emit rateLimited(int(delay), int(m_again.size()));
    // Precise: a coarse timer may fire up to 5 % early, before Retry-After has passed.
    QTimer::singleShot(int(delay), Qt::PreciseTimer, this, [this] {
        m_waiting = false;
        startMore();
        finishIfDone();
    });
}

void BulkWebhookJob::finishIfDone()
{
    if (m_finishedEmitted || m_inFlight > 0 || m_waiting
        || (!m_cancelled && (m_next < m_items.size() || !m_again.isEmpty())))
        return;
    m_finishedEmitted = true;
    emit finished();
}

} // namespace Channex
