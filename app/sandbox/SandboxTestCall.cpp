#include "app/sandbox/SandboxTestCall.h"

#include "app/channex/EventMask.h"
#include "app/sandbox/SandboxResponses.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Sandbox::TestCall {

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

QString testEvent(const QString &eventMask)
{
    const Channex::EventMask mask = Channex::EventMask::parse(eventMask);
    const QStringList names = mask.eventNames();
    if (mask.isAll() || names.isEmpty())
        return u"booking_new"_s; // the event of Channex's own No-Data example (§9.1)
    return names.constFirst();
}

QString timestampNow()
{
    using namespace std::chrono;
    const qint64 micros
        = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    return time.toString(u"yyyy-MM-ddTHH:mm:ss."_s)
        + QString::number(micros % 1'000'000).rightJustified(6, u'0') + u'Z';
}

QByteArray envelope(const Channex::Webhook &webhook, const QString &propertyId,
                    const QString &timestamp)
{
    QJsonObject object {
        {u"event"_s, testEvent(webhook.eventMask)},
        {u"property_id"_s,
         propertyId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(propertyId)},
        {u"user_id"_s, QJsonValue(QJsonValue::Null)},
        {u"timestamp"_s, timestamp},
    };
    if (webhook.sendData)
        object.insert(u"payload"_s, QJsonObject {{u"test"_s, true}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QUrl targetUrl(const Channex::Webhook &webhook)
{
    QUrl url(webhook.callbackUrl, QUrl::StrictMode);
    if (!webhook.requestParams || webhook.requestParams->isEmpty())
        return url;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const Channex::KeyValue &param : *webhook.requestParams) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(param.key) + '=' + QUrl::toPercentEncoding(param.value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void send(QNetworkAccessManager *network, const Channex::Webhook &webhook,
          const QString &propertyId, std::chrono::milliseconds timeout,
          std::function<void(Http::HttpResponse)> done)
{
    QNetworkRequest request(targetUrl(webhook));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(UserAgent));
    // The webhook's own headers come last, so a user's Authorization or User-Agent wins.
    if (webhook.headers) {
        for (const Channex::KeyValue &header : *webhook.headers)
            request.setRawHeader(header.key.toUtf8(), header.value.toUtf8());
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(timeout.count()));

    QNetworkReply *reply = network->post(request, envelope(webhook, propertyId, timestampNow()));
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [reply, timeout, done = std::move(done)] {
            reply->deleteLater();
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (!status.isValid() || status.toInt() <= 0) {
                done(Responses::validationError(
                    {{u"callback_url"_s,
                      {u"could not be reached: "_s + unreachableReason(reply, timeout)}}}));
                return;
            }
            const QJsonObject answer {{u"status_code"_s, status.toInt()},
                                      {u"body"_s, QString::fromUtf8(reply->readAll())}};
            done(Responses::json(200, answer));
        });
}

} // namespace Sandbox::TestCall
