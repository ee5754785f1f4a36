#include "app/delivery/HttpDelivery.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Delivery {

namespace {

// Why nothing answered, as the tail of "could not be reached: …".
QString unreachableReason(const QNetworkReply *reply, std::chrono::milliseconds timeout)
{
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        return u"no answer within %1 s"_s.arg(double(timeout.count()) / 1000.0);
    }
    return reply->errorString();
}

} // namespace

QUrl withQueryParams(const QUrl &url, const QList<QPair<QString, QString>> &params)
{
    if (params.isEmpty())
        return url;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[key, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QUrl result = url;
    result.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return result;
}

void post(QNetworkAccessManager *network, const OutgoingRequest &request,
          std::function<void(DeliveryResult)> done)
{
    QNetworkRequest networkRequest(withQueryParams(request.url, request.queryParams));
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!request.userAgent.isEmpty())
        networkRequest.setHeader(QNetworkRequest::UserAgentHeader, request.userAgent);
    QList<QByteArray> given; // lower-case names set from request.headers so far
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (given.contains(lower)) {
            networkRequest.setRawHeader(name, networkRequest.rawHeader(name) + ", " + value);
        } else {
            given.append(lower);
            networkRequest.setRawHeader(name, value);
        }
    }
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setTransferTimeout(int(request.timeout.count()));

    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = nullptr;
    if (request.method == "POST")
        reply = network->post(networkRequest, request.body);
    else if (request.method == "HEAD")
        reply = network->head(networkRequest);
    else
        reply = network->sendCustomRequest(networkRequest, request.method, request.body);
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [reply, clock, timeout = request.timeout, done = std::move(done)] {
                         reply->deleteLater();
                         DeliveryResult result;
                         result.elapsed = std::chrono::milliseconds(clock->elapsed());
                         const QVariant status
                             = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                         if (!status.isValid() || status.toInt() <= 0) {
                             result.timedOut
                                 = reply->error() == QNetworkReply::OperationCanceledError
                                 || reply->error() == QNetworkReply::TimeoutError;
                             result.error = unreachableReason(reply, timeout);
                             done(std::move(result));
                             return;
                         }
                         result.status = status.toInt();
                         result.headers = reply->rawHeaderPairs();
                         result.body = reply->readAll();
                         done(std::move(result));
                     });
}

} // namespace Delivery
