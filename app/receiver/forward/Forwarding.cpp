// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/forward/Forwarding.h"

#include "app/http/HopByHop.h"

using namespace Qt::StringLiterals;

namespace Receiver {

QString Forwarding::problemWith(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty())
        return tr("The forwarding address must be a URL that starts with http:// or https:// "
                  "and names a host, such as http://localhost:3000/webhooks.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The forwarding address must not have a query or a fragment: each request's "
                  "own path and query are added to it.");
    return {};
}

QUrl Forwarding::parse(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    *error = problemWith(url);
    return error->isEmpty() ? url : QUrl();
}

Delivery::OutgoingRequest Forwarding::request(const Capture::CaptureRecord &record,
                                              const ForwardTarget &target)
{
    // The target's path, then the request's target exactly as it arrived (its encoding kept).
    QByteArray base = target.url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (base.endsWith('/'))
        base.chop(1);
    const QByteArray requestTarget = record.target.startsWith('/') ? record.target : "/"_ba;
    Delivery::OutgoingRequest request;
    request.method = record.method;
    request.url = QUrl::fromEncoded(base + requestTarget);
    request.headers = Http::endToEndHeaders(record.headers, Http::KeepHost::No);
    request.body = record.body;
    request.timeout = target.timeout;
    return request;
}

Capture::ForwardedAnswer Forwarding::recorded(const Delivery::OutgoingRequest &sent,
                                              const Delivery::DeliveryResult &result)
{
    Capture::ForwardedAnswer answer;
    answer.url = sent.url.toString(QUrl::FullyEncoded);
    answer.status = result.status;
    answer.headers = result.headers;
    answer.body = result.body;
    answer.error = result.answered() ? QString() : result.error;
    answer.durationUs = qint64(result.elapsed.count()) * 1000;
    return answer;
}

Http::HttpResponse Forwarding::answerFor(const Delivery::DeliveryResult &result, const QUrl &sentTo)
{
    if (result.answered()) {
        Http::HttpResponse answer;
        answer.status = result.status;
        answer.headers = Http::endToEndHeaders(result.headers, Http::KeepHost::Yes);
        answer.body = result.body;
        return answer;
    }
    return Http::HttpResponse::text(result.timedOut ? 504 : 502,
                                    noteFor(result, sentTo).toUtf8() + '\n');
}

QString Forwarding::noteFor(const Delivery::DeliveryResult &result, const QUrl &sentTo)
{
    if (result.answered())
        return {};
    const QString where = sentTo.toDisplayString(QUrl::RemoveQuery);
    return result.timedOut
        ? tr("Forwarded to %1, which did not answer in time (%2); answered 504.")
              .arg(where, result.error)
        : tr("Forwarded to %1, which did not answer (%2); answered 502.").arg(where, result.error);
}

} // namespace Receiver
