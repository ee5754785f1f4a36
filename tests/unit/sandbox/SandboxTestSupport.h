// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequestHandler.h"
#include "app/sandbox/DemoData.h"
#include "app/sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include <optional>

// Helpers shared by the sandbox tests: a small synchronous API client over real loopback HTTP,
// and a recording HTTP target for the test-call endpoint.
namespace SandboxTest {

using namespace Qt::StringLiterals;

struct ApiReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline QJsonObject parseJson(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

inline const QString HarbourView = u"716305c4-561a-4561-a187-7f5b8aeb5920"_s;
inline const QString AlpineLodge = u"52397a6e-c330-44f4-a293-47042d3a3607"_s;
inline const QString FirstWebhook = u"a9a88747-767e-458c-99e0-9212fcfb0b39"_s;
inline const QString Webhooks = u"/api/v1/webhooks"_s;

inline QStringList idsOf(const QJsonArray &data)
{
    QStringList ids;
    for (const QJsonValue &resource : data)
        ids << resource.toObject().value("id"_L1).toString();
    return ids;
}

inline QStringList demoIds()
{
    QStringList ids;
    for (const auto &webhook : Sandbox::DemoData::webhooks())
        ids << webhook.id;
    return ids;
}

// The smallest valid property webhook.
inline QJsonObject validWebhook()
{
    return {{u"property_id"_s, HarbourView},
            {u"callback_url"_s, u"https://pms.example.com/hooks"_s},
            {u"event_mask"_s, u"booking_new;booking_cancellation"_s}};
}

inline QJsonObject wrapped(const QJsonObject &webhook)
{
    return {{u"webhook"_s, webhook}};
}

inline QJsonObject attributesOf(const ApiReply &reply)
{
    return reply.json().value("data"_L1).toObject().value("attributes"_L1).toObject();
}

inline int totalOf(const ApiReply &reply)
{
    return reply.json().value("meta"_L1).toObject().value("total"_L1).toInt();
}

class ApiClient
{
public:
    explicit ApiClient(const QUrl &root) : m_root(root) { }

    // Starts a request; `key` std::nullopt sends no user-api-key header at all.
    QNetworkReply *start(const QByteArray &verb, const QString &path, const QString &query = {},
                         const QByteArray &body = {},
                         const std::optional<QString> &key = Sandbox::SandboxServer::demoApiKey(),
                         int timeoutMs = 0)
    {
        QUrl url = m_root;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        if (key)
            request.setRawHeader("user-api-key"_ba, key->toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        if (timeoutMs > 0)
            request.setTransferTimeout(timeoutMs);
        return m_network.sendCustomRequest(request, verb, body);
    }

    ApiReply send(const QByteArray &verb, const QString &path, const QString &query = {},
                  const QByteArray &body = {},
                  const std::optional<QString> &key = Sandbox::SandboxServer::demoApiKey())
    {
        return finish(start(verb, path, query, body, key));
    }

    ApiReply get(const QString &path, const QString &query = {})
    {
        return send("GET", path, query);
    }
    ApiReply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    ApiReply put(const QString &path, const QJsonObject &body)
    {
        return send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Waits for the reply (up to 15 s) and collects what it got.
    static ApiReply finish(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(15'000);
        }
        ApiReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.error = reply->error();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

private:
    QUrl m_root;
    QNetworkAccessManager m_network;
};

// An HTTP endpoint that records what it receives and answers a fixed response (or nothing).
class RecordingTarget final : public Http::HttpRequestHandler
{
public:
    QList<Http::HttpRequest> requests;
    Http::HttpResponse answer = Http::HttpResponse::text(200, "ok"_ba);
    bool stall = false;

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        requests.append(request);
        if (stall)
            m_stalled.append(std::move(reply));
        else
            reply(answer);
    }

private:
    QList<Http::HttpReply> m_stalled;
};

} // namespace SandboxTest
