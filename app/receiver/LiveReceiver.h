// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpLimits.h"
#include "app/receiver/forward/Forwarding.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Capture {
class CaptureStore;
}

namespace Receiver {

class ResponseRules;

// Where and how the receiver listens, and the secret check.
struct ReceiverOptions
{
    QHostAddress address = QHostAddress::LocalHost; // anything else is an explicit choice
    quint16 port = 0; // 0: any free port
    QByteArray secretHeaderName; // empty: no secret check
    QByteArray secretHeaderValue;
    std::shared_ptr<ResponseRules> rules; // null: none
    ForwardTarget forwarding; // empty: requests are not sent on
};

// The live receiver: the HTTP core on a thread of its own, every request stored in the
// capture store before it is answered. A request is answered 2xx only after its row committed;
// when the store cannot write (disk full, database locked) it is answered 503. A request failing
// the secret check is answered 401, marked, and still captured. Requests the HTTP core refuses
// (400, 413, 431, …) are captured too, marked Rejected.
//
// Threading: the receiver object and its functions belong to the thread that created it (the
// GUI thread); the server and its requests run on the receiver's own thread.
class LiveReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveReceiver)

public:
    // The store is not owned and must outlive the receiver.
    explicit LiveReceiver(Capture::CaptureStore *store, QObject *parent = nullptr);
    ~LiveReceiver() override;

    // False with errorString() a person can act on: the port is in use, the port needs
    // privileges, the address is not one of this machine's.
    bool start(const ReceiverOptions &options);
    void stop();
    bool isRunning() const;

    ReceiverOptions options() const;
    quint16 port() const; // the bound port (resolves 0) while running
    // http://127.0.0.1:PORT/ (the bound address; 127.0.0.1 for "any")
    QUrl localUrl() const;
    QString errorString() const;

    // Change the secret check, the rules and forwarding, also while running; the next request
    // uses them.
    void setSecretCheck(const QByteArray &headerName, const QByteArray &headerValue);
    void setRules(std::shared_ptr<ResponseRules> rules);
    void setForwarding(const ForwardTarget &target);

    // The HTTP limits (body, headers, timeouts, connection cap) the next start() uses; the
    // defaults are in HttpLimits.h. Tests shorten the timeouts.
    void setLimits(const Http::HttpLimits &limits);
    Http::HttpLimits limits() const;

    // Loopback addresses (127.0.0.0/8, ::1) reach only this computer; the panel warns for any
    // other, including 0.0.0.0 ("every network this computer is on").
    static bool isLoopback(const QHostAddress &address);

signals:
    void runningChanged(bool running);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Receiver
