// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/LiveReceiver.h"

#include "app/http/HttpServer.h"
#include "app/http/ServerThread.h"
#include "app/receiver/CaptureHandler.h"

using namespace Qt::StringLiterals;

namespace Receiver {

class LiveReceiver::Private
{
public:
    explicit Private(Capture::CaptureStore *captureStore) : store(captureStore) { }

    Capture::CaptureStore *store;
    ReceiverOptions options;
    Http::HttpLimits limits;
    QString errorString;

    // The receiver thread and what lives on it: the handler and the server are created and
    // destroyed there.
    Http::ServerThread thread {u"Receiver"_s};
    CaptureHandler *handler = nullptr;
    Http::HttpServer *server = nullptr;
    QHostAddress boundAddress;
    quint16 boundPort = 0;
};

namespace {

QString listenErrorSentence(QAbstractSocket::SocketError error, const QHostAddress &address,
                            quint16 port, const QString &systemText)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return LiveReceiver::tr("Port %1 is already in use by another program. Choose another "
                                "port or stop that program.")
            .arg(port);
    case QAbstractSocket::SocketAccessError:
        return LiveReceiver::tr("Port %1 needs administrator privileges on this computer. Choose "
                                "a port from 1024 to 65535.")
            .arg(port);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return LiveReceiver::tr("%1 is not an address of this computer. Choose 127.0.0.1 (this "
                                "computer only) or one of its network addresses.")
            .arg(address.toString());
    default:
        return LiveReceiver::tr("The receiver could not listen on %1 port %2: %3.")
            .arg(address.toString(), QString::number(port), systemText);
    }
}

} // namespace

LiveReceiver::LiveReceiver(Capture::CaptureStore *store, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(store))
{ }

LiveReceiver::~LiveReceiver()
{
    stop();
}

bool LiveReceiver::start(const ReceiverOptions &options)
{
    if (isRunning())
        stop();
    d->options = options;
    d->errorString.clear();
    d->thread.start();

    bool listening = false;
    QAbstractSocket::SocketError listenError = QAbstractSocket::UnknownSocketError;
    QString systemText;
    d->thread.runBlocking([&] {
        d->handler = new CaptureHandler(d->store, d->thread.context());
        d->handler->setSecretCheck({options.secretHeaderName, options.secretHeaderValue});
        d->handler->setRules(options.rules);
        d->handler->setForwarding(options.forwarding);
        d->server = new Http::HttpServer(d->handler, d->thread.context());
        d->server->setLimits(d->limits);
        listening = d->server->listen(options.address, options.port);
        if (listening) {
            d->boundAddress = d->server->serverAddress();
            d->boundPort = d->server->serverPort();
        } else {
            listenError = d->server->serverError();
            systemText = d->server->errorString();
        }
    });

    if (!listening) {
        stop();
        d->errorString
            = listenErrorSentence(listenError, options.address, options.port, systemText);
        return false;
    }
    emit runningChanged(true);
    return true;
}

void LiveReceiver::stop()
{
    if (!d->thread.isRunning())
        return;
    const bool wasListening = d->boundPort != 0;
    d->thread.runBlocking([this] {
        // The server first: its connections call the handler. Answers still waiting for the
        // store are dropped with their connections (the rows are written all the same).
        delete d->server;
        delete d->handler;
        d->server = nullptr;
        d->handler = nullptr;
    });
    d->thread.stop();
    d->boundAddress = QHostAddress();
    d->boundPort = 0;
    if (wasListening)
        emit runningChanged(false);
}

bool LiveReceiver::isRunning() const
{
    return d->thread.isRunning();
}

ReceiverOptions LiveReceiver::options() const
{
    return d->options;
}

quint16 LiveReceiver::port() const
{
    return d->boundPort;
}

QUrl LiveReceiver::localUrl() const
{
    if (!isRunning())
        return {};
    QHostAddress host = d->boundAddress;
    // "Any" is not a place to send to; this computer is reachable on loopback.
    if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    else if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any || host.isNull())
        host = QHostAddress::LocalHost;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString()); // QUrl brackets an IPv6 address
    url.setPort(d->boundPort);
    url.setPath(u"/"_s);
    return url;
}

QString LiveReceiver::errorString() const
{
    return d->errorString;
}

void LiveReceiver::setSecretCheck(const QByteArray &headerName, const QByteArray &headerValue)
{
    d->options.secretHeaderName = headerName;
    d->options.secretHeaderValue = headerValue;
    // The handler guards its copy with a mutex, so this needs no trip to the receiver thread.
    if (d->handler)
        d->handler->setSecretCheck({headerName, headerValue});
}

void LiveReceiver::setRules(std::shared_ptr<ResponseRules> rules)
{
    d->options.rules = rules;
    if (d->handler)
        d->handler->setRules(std::move(rules));
}

void LiveReceiver::setForwarding(const ForwardTarget &target)
{
    d->options.forwarding = target;
    if (d->handler)
        d->handler->setForwarding(target);
}

void LiveReceiver::setLimits(const Http::HttpLimits &limits)
{
    d->limits = limits;
}

Http::HttpLimits LiveReceiver::limits() const
{
    return d->limits;
}

bool LiveReceiver::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

} // namespace Receiver
