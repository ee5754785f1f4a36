// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpServer.h"
#include "app/sandbox/deliveries/DeliveryLog.h"
#include "tests/unit/sandbox/SandboxTestSupport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// Helpers of the delivery tests: a sandbox whose account has the demo properties but no webhook
// yet, real HTTP targets on loopback that answer as scripted, and synchronous firing.
namespace DeliveryTest {

using namespace Qt::StringLiterals;
using namespace SandboxTest;

inline const QString CasaDelSol = u"605f075a-74ad-4bb5-a3f0-7a306e2c04fe"_s;

// An endpoint that records every request (and when it came) and answers from a script: one
// entry per request, then `fallback`. 0 never answers; -1 drops the connection unanswered.
class ScriptedTarget final : public Http::HttpRequestHandler
{
public:
    static constexpr int Stall = 0;
    static constexpr int Drop = -1;

    ScriptedTarget() { m_clock.start(); }

    QList<Http::HttpRequest> requests;
    QList<qint64> arrivals; // ms on this target's clock
    QList<int> script;
    int fallback = 200;
    QByteArray body = "ok"_ba;

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        requests.append(request);
        arrivals.append(m_clock.elapsed());
        const int status = script.isEmpty() ? fallback : script.takeFirst();
        if (status == Stall) {
            m_stalled.append(std::move(reply));
            return;
        }
        Http::HttpResponse response = Http::HttpResponse::text(status > 0 ? status : 200, body);
        response.dropConnection = status == Drop;
        reply(response);
    }

    int stalledCount() const { return int(m_stalled.size()); }
    QJsonObject bodyOf(int index) const
    {
        return QJsonDocument::fromJson(requests.at(index).body).object();
    }

private:
    QElapsedTimer m_clock;
    QList<Http::HttpReply> m_stalled;
};

// Answers every connection with bytes that are no HTTP answer, then closes it.
class GarbageTarget final : public QTcpServer
{
public:
    int connections = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("\x01\x02 not http at all\r\n\r\n");
            socket->disconnectFromHost();
        });
    }
};

// A loopback port nothing listens on (free a moment ago).
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

struct SandboxFixture
{
    SandboxFixture()
    {
        server = std::make_unique<::Sandbox::SandboxServer>();
        if (!server->start())
            return;
        client = std::make_unique<ApiClient>(server->rootUrl());
        // The demo properties stay; their webhooks go, so only a test's own webhooks receive.
        const ApiReply list = client->get(Webhooks, u"pagination[limit]=100"_s);
        for (const QString &id : idsOf(list.json().value("data"_L1).toArray()))
            client->send("DELETE", Webhooks + u'/' + id);
        ready = totalOf(client->get(Webhooks)) == 0;
    }

    // Creates a webhook (property webhook of Harbour View unless `attributes` say otherwise,
    // active, sending data) and returns its id; empty when the sandbox refused it.
    QString addWebhook(const QString &url, const QString &mask, QJsonObject attributes = {})
    {
        QJsonObject webhook {{u"property_id"_s, HarbourView},
                             {u"callback_url"_s, url},
                             {u"event_mask"_s, mask},
                             {u"is_active"_s, true},
                             {u"send_data"_s, true}};
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            webhook.insert(it.key(), it.value());
        const ApiReply reply = client->post(Webhooks, wrapped(webhook));
        return reply.json().value("data"_L1).toObject().value("id"_L1).toString();
    }

    // Fires on the sandbox thread, as the window does, and waits for the answer.
    ::Sandbox::Deliveries::FireOutcome fire(const ::Sandbox::Deliveries::FireRequest &request)
    {
        std::optional<::Sandbox::Deliveries::FireOutcome> outcome;
        QObject context;
        server->fire(request, &context,
                     [&outcome](const ::Sandbox::Deliveries::FireOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10'000))
            return {};
        return outcome.value_or(::Sandbox::Deliveries::FireOutcome {});
    }

    QList<::Sandbox::Deliveries::DeliveryAttempt> attempts() const
    {
        return server->deliveryLog()->attempts();
    }
    int finishedAttempts() const
    {
        int count = 0;
        for (const auto &attempt : attempts())
            count += attempt.finished ? 1 : 0;
        return count;
    }

    std::unique_ptr<::Sandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    bool ready = false;
};

// A target server on a free loopback port, with the URL of `path` on it.
struct Target
{
    Target() : server(std::make_unique<Http::HttpServer>(&handler)) { server->listen(); }
    QString url(const QString &path = u"/hook"_s) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(server->serverPort()).arg(path);
    }

    ScriptedTarget handler;
    std::unique_ptr<Http::HttpServer> server;
};

} // namespace DeliveryTest
