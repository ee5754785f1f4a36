// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/SandboxServer.h"

#include "app/http/HttpServer.h"
#include "app/http/ServerThread.h"
#include "app/http/ThreadHandoff.h"
#include "app/sandbox/DemoData.h"
#include "app/sandbox/SandboxApi.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/SandboxTestCall.h"
#include "app/sandbox/deliveries/ControlApi.h"
#include "app/sandbox/deliveries/DeliveryLog.h"
#include "app/sandbox/deliveries/Dispatcher.h"
#include "app/sandbox/deliveries/RetrySchedule.h"

#include <QPointer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Sandbox {

struct SandboxServer::Private
{
    // Settings, read on the sandbox thread only while start() blocks.
    QString apiKey = SandboxServer::demoApiKey();
    bool demoData = true;
    int generatedWebhooks = 0;
    std::chrono::milliseconds testCallTimeout = TestCall::DefaultTimeout;
    double retryScale = 1.0;
    std::chrono::milliseconds deliveryTimeout = Deliveries::RetrySchedule::DefaultTimeout;

    // On the controlling thread; written by the dispatcher on the sandbox thread.
    Deliveries::DeliveryLog log;

    Http::FaultInjector faults;
    std::atomic<int> requestCount {0};

    // The sandbox thread and what lives on it: store, api and server are created and destroyed
    // there.
    Http::ServerThread thread {u"Sandbox"_s};
    SandboxStore *store = nullptr;
    SandboxApi *api = nullptr;
    Http::HttpServer *server = nullptr;
    Deliveries::Dispatcher *dispatcher = nullptr;
    std::unique_ptr<Deliveries::ControlApi> control;

    QHostAddress address;
    quint16 port = 0;
    QString errorString;

    // Runs `function` on the sandbox thread and waits for it.
    void runOnThread(std::function<void()> function) { thread.runBlocking(std::move(function)); }
};

QString SandboxServer::demoApiKey()
{
    return u"sandbox-demo-key"_s;
}

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) { }

SandboxServer::~SandboxServer()
{
    stop();
}

void SandboxServer::setApiKey(const QString &key)
{
    d->apiKey = key;
    if (isRunning())
        d->runOnThread([this, key] { d->api->setApiKey(key); });
}

QString SandboxServer::apiKey() const
{
    return d->apiKey;
}

void SandboxServer::setDemoDataEnabled(bool enabled)
{
    d->demoData = enabled;
}

void SandboxServer::addGeneratedWebhooks(int count)
{
    if (!isRunning()) {
        d->generatedWebhooks += count;
        return;
    }
    d->runOnThread([this, count] { DemoData::addGeneratedWebhooks(*d->store, count); });
}

void SandboxServer::setTestCallTimeout(std::chrono::milliseconds timeout)
{
    d->testCallTimeout = timeout;
    if (isRunning())
        d->runOnThread([this, timeout] { d->api->setTestCallTimeout(timeout); });
}

void SandboxServer::setRetryScale(double scale)
{
    d->retryScale = scale;
    if (isRunning())
        d->runOnThread([this, scale] { d->dispatcher->setRetryScale(scale); });
}

double SandboxServer::retryScale() const
{
    return d->retryScale;
}

void SandboxServer::setDeliveryTimeout(std::chrono::milliseconds timeout)
{
    d->deliveryTimeout = timeout;
    if (isRunning())
        d->runOnThread([this, timeout] { d->dispatcher->setTimeout(timeout); });
}

Deliveries::DeliveryLog *SandboxServer::deliveryLog() const
{
    return &d->log;
}

void SandboxServer::fire(const Deliveries::FireRequest &request, QObject *context,
                         std::function<void(const Deliveries::FireOutcome &)> accepted,
                         std::function<void()> firstAttemptsSettled)
{
    // Back on this object's thread; the context is checked there, where it lives.
    const QPointer<QObject> guard(context);
    const auto back = [this, guard](std::function<void()> function) {
        Http::postToThread(this, [guard, function = std::move(function)] {
            if (guard)
                function();
        });
    };
    if (!isRunning()) {
        Deliveries::FireOutcome outcome;
        outcome.errors.insert(u"sandbox"_s, {u"is not running"_s});
        back([accepted = std::move(accepted), outcome] { accepted(outcome); });
        return;
    }
    Http::postToThread(d->thread.context(),
                       [this, request, back, accepted = std::move(accepted),
                        settled = std::move(firstAttemptsSettled)] {
                           std::function<void()> onSettled;
                           if (settled)
                               onSettled = [back, settled] {
                                   back(settled);
                               };
                           const Deliveries::FireOutcome outcome
                               = d->dispatcher->fire(request, onSettled);
                           back([accepted, outcome] { accepted(outcome); });
                       });
}

void SandboxServer::clearDeliveries()
{
    if (isRunning())
        d->runOnThread([this] { d->dispatcher->clear(); });
    else
        d->log.clear();
}

int SandboxServer::pendingDeliveryCount() const
{
    int count = 0;
    if (isRunning())
        d->runOnThread([this, &count] { count = d->dispatcher->pendingCount(); });
    return count;
}

bool SandboxServer::start(const QHostAddress &address, quint16 port)
{
    if (isRunning())
        return true;

    d->errorString.clear();
    d->thread.start();

    bool listening = false;
    QString listenError;
    d->runOnThread([&] {
        d->store = new SandboxStore(DemoData::organizationId());
        if (d->demoData)
            DemoData::load(*d->store);
        DemoData::addGeneratedWebhooks(*d->store, d->generatedWebhooks);

        d->api = new SandboxApi(d->store, &d->faults, d->thread.context());
        d->api->setApiKey(d->apiKey);
        d->api->setRequestCounter(&d->requestCount);
        d->api->setTestCallTimeout(d->testCallTimeout);
        d->dispatcher = new Deliveries::Dispatcher(d->store, &d->log, d->thread.context());
        d->dispatcher->setRetryScale(d->retryScale);
        d->dispatcher->setTimeout(d->deliveryTimeout);
        d->control = std::make_unique<Deliveries::ControlApi>(d->dispatcher, &d->log);
        d->api->setControlApi(d->control.get());
        d->server = new Http::HttpServer(d->api, d->thread.context());

        listening = d->server->listen(address, port);
        if (listening) {
            d->address = d->server->serverAddress();
            d->port = d->server->serverPort();
        } else {
            listenError = d->server->errorString();
        }
    });

    if (!listening) {
        stop();
        d->errorString = tr("The sandbox could not listen on %1 port %2: %3. Choose another "
                            "port, or close the program that is using it.")
                             .arg(address.toString(), QString::number(port), listenError);
        return false;
    }
    return true;
}

void SandboxServer::stop()
{
    if (!d->thread.isRunning())
        return;
    d->runOnThread([this] {
        // The server first: it calls the api, which uses the dispatcher and the store.
        delete d->server;
        delete d->api;
        d->control.reset();
        delete d->dispatcher;
        delete d->store;
        d->server = nullptr;
        d->api = nullptr;
        d->dispatcher = nullptr;
        d->store = nullptr;
    });
    d->thread.stop();
    d->port = 0;
}

bool SandboxServer::isRunning() const
{
    return d->thread.isRunning();
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

QUrl SandboxServer::rootUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(d->address.toString());
    url.setPort(d->port);
    return url;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

Http::FaultInjector &SandboxServer::faults()
{
    return d->faults;
}

int SandboxServer::apiRequestCount() const
{
    return d->requestCount.load();
}

} // namespace Sandbox
