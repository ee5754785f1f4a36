// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ChannexClient::listWebhooks: page 1 tells how many pages there are, the rest are fetched
// concurrently (bounded) and assembled in page order.

#include "app/channex/ChannexClient.h"
#include "app/channex/JsonApiCodec.h"
#include "app/channex/ReplyErrorMapper.h"

#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Channex {

struct ChannexClient::ListJob
{
    QPointer<QObject> context;
    Callback<QList<Webhook>> done;
    QList<QList<Webhook>> pages; // index = page number - 1
    int pageCount = 1;
    int nextPage = 1;
    int received = 0;
    QList<ChannexTransport::CallHandle> calls; // to abandon the rest when one page fails
    bool finished = false;

    int inFlight() const { return nextPage - 1 - received; }
};

QUrl ChannexClient::listPageUrl(int page, int limit) const
{
    // Brackets stay literal (QUrl does not encode them in a query): Channex accepts both forms,
    // and QUrlQuery on the sandbox side only matches the literal one.
    QUrlQuery query;
    query.addQueryItem(u"pagination[page]"_s, QString::number(page));
    query.addQueryItem(u"pagination[limit]"_s, QString::number(limit));
    QUrl url = endpoint(u"/webhooks"_s);
    url.setQuery(query);
    return url;
}

void ChannexClient::listWebhooks(QObject *context, Callback<QList<Webhook>> done)
{
    auto job = std::make_shared<ListJob>();
    job->context = context;
    job->done = std::move(done);
    job->pages.resize(1);
    requestListPage(job, job->nextPage++);
}

void ChannexClient::requestListPage(const std::shared_ptr<ListJob> &job, int page)
{
    // Each page carries the caller's context, so destroying it aborts every page in flight.
    job->calls.append(start("GET"_ba, listPageUrl(page), {}, job->context.data(),
                            [this, job, page](ApiResult<QByteArray> result) {
                                onListPage(job, page, std::move(result));
                            }));
}

void ChannexClient::onListPage(const std::shared_ptr<ListJob> &job, int page,
                               ApiResult<QByteArray> result)
{
    if (job->finished)
        return;
    ++job->received;
    if (!result.ok()) {
        finishList(job, result.error());
        return;
    }
    QString problem;
    std::optional<JsonApi::WebhookPage> parsed
        = JsonApi::parseWebhookList(result.value(), &problem);
    if (!parsed) {
        ApiError error = ReplyErrorMapper::malformed(problem);
        error.host = m_serverRoot.host();
        finishList(job, std::move(error));
        return;
    }

    if (page == 1) {
        const JsonApi::PageMeta &meta = parsed->meta;
        if (meta.total < 0 || meta.total > maxListTotal) {
            ApiError error = ReplyErrorMapper::malformed(
                u"meta.total %1 is outside 0…%2"_s.arg(meta.total).arg(maxListTotal));
            error.host = m_serverRoot.host();
            finishList(job, std::move(error));
            return;
        }
        // The server may cap the limit lower than asked; its own `limit` sizes the pages.
        const int pageSize = meta.limit > 0 ? meta.limit : pageLimit;
        job->pageCount = qMax(1, (meta.total + pageSize - 1) / pageSize);
        job->pages.resize(job->pageCount);
    }
    // A later page may report another total when webhooks were created or deleted while we
    // read. We keep the plan made from page 1 and return what the pages held (duplicates that
    // shifted across a page boundary are dropped below): the list is as fresh as a single read
    // can be, and the next refresh corrects it, whereas restarting could loop on a busy account.
    job->pages[page - 1] = std::move(parsed->webhooks);

    if (job->received == job->pageCount) {
        QList<Webhook> all;
        QSet<QString> seen;
        for (QList<Webhook> &pageWebhooks : job->pages) {
            for (Webhook &webhook : pageWebhooks) {
                if (!seen.contains(webhook.id)) {
                    seen.insert(webhook.id);
                    all.append(std::move(webhook));
                }
            }
        }
        finishList(job, std::move(all));
        return;
    }
    while (job->nextPage <= job->pageCount && job->inFlight() < m_maxConcurrentPages)
        requestListPage(job, job->nextPage++);
}

void ChannexClient::finishList(const std::shared_ptr<ListJob> &job,
                               ApiResult<QList<Webhook>> result)
{
    job->finished = true;
    for (const ChannexTransport::CallHandle &call : std::exchange(job->calls, {}))
        m_transport->abandon(call);
    // Pages only call back while the context lives, so it is alive here.
    job->done(std::move(result));
}

} // namespace Channex
