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
    finishIfDone();
}

void BulkWebhookJob::startMore()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && m_next < m_items.size()) {
        const int index = m_next++;
        ++m_inFlight;
        m_items.at(index).run(this, [this, index](std::optional<ApiError> error) {
            onItemDone(index, std::move(error));
        });
    }
}

void BulkWebhookJob::onItemDone(int index, std::optional<ApiError> error)
{
    --m_inFlight;
    ++m_completed;
    if (error)
        m_failures << Failure {m_items.at(index).label, *error};
    emit progress(m_completed, total());
    startMore();
    finishIfDone();
}

void BulkWebhookJob::finishIfDone()
{
    if (m_finishedEmitted || m_inFlight > 0 || (!m_cancelled && m_next < m_items.size()))
        return;
    m_finishedEmitted = true;
    emit finished();
}

} // namespace Channex
