// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/delivery/HttpDelivery.h"

#include "app/delivery/ResponseParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace Delivery {

namespace {

// One request on one connection; deletes itself once `done` ran or its context went away.
class DeliveryCall final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Delivery::DeliveryCall)

public:
    DeliveryCall(const OutgoingRequest &request, QObject *context,
                 std::function<void(DeliveryResult)> done)
        : m_url(withQueryParams(request.url, request.queryParams)), m_timeout(request.timeout),
          m_parser(request.method == "HEAD"), m_context(context), m_hasContext(context),
          m_done(std::move(done))
    {
        m_result.sentRequest = wireRequest(request);
        if (context)
            connect(context, &QObject::destroyed, this, [this] { end(); });
    }

    void start()
    {
        m_clock.start();
        const QString scheme = m_url.scheme();
        if (!m_url.isValid() || m_url.host().isEmpty()
            || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))) {
            // Reported from the event loop, as every other outcome.
            QTimer::singleShot(0, this, [this] {
                fail(tr("%1 is not an http:// or https:// address").arg(m_url.toDisplayString()));
            });
            return;
        }
        const bool tls = scheme == QLatin1StringView("https");
        m_socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        m_socket->setProxy(QNetworkProxy::NoProxy);
        connect(m_socket, &QAbstractSocket::readyRead, this, &DeliveryCall::read);
        connect(m_socket, &QAbstractSocket::disconnected, this, &DeliveryCall::closed);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, &DeliveryCall::socketError);
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may end the call 5 % early
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_result.timedOut = true;
            fail(tr("no answer within %1 s").arg(double(m_timeout.count()) / 1000.0));
        });
        m_timer.start(m_timeout);
        const quint16 port = quint16(m_url.port(tls ? 443 : 80));
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
            connect(ssl, &QSslSocket::encrypted, this, &DeliveryCall::write);
            connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                fail(tr("the TLS certificate of %1 was refused: %2")
                         .arg(m_url.host(), errors.value(0).errorString()));
            });
            ssl->connectToHostEncrypted(m_url.host(), port);
        } else {
            connect(m_socket, &QAbstractSocket::connected, this, &DeliveryCall::write);
            m_socket->connectToHost(m_url.host(), port);
        }
    }

private:
    void write() { m_socket->write(m_result.sentRequest); }

    void read()
    {
        if (m_parser.feed(m_socket->readAll()) != ResponseParser::State::Incomplete)
            settle();
    }

    void closed()
    {
        if (m_finished)
            return;
        read();
        if (!m_finished) {
            m_parser.finish();
            settle();
        }
    }

    void socketError(QAbstractSocket::SocketError error)
    {
        if (m_finished)
            return;
        switch (error) {
        case QAbstractSocket::RemoteHostClosedError:
            // An answer may end with the connection; a reset before any answer ends here too.
            closed();
            return;
        case QAbstractSocket::ConnectionRefusedError:
            fail(tr("the connection to %1 port %2 was refused: nothing listens there")
                     .arg(m_url.host())
                     .arg(m_url.port(m_url.scheme() == QLatin1StringView("https") ? 443 : 80)));
            return;
        case QAbstractSocket::HostNotFoundError:
            fail(tr("the host %1 was not found (DNS)").arg(m_url.host()));
            return;
        case QAbstractSocket::SslHandshakeFailedError:
            fail(tr("the TLS handshake with %1 failed: %2")
                     .arg(m_url.host(), m_socket->errorString()));
            return;
        default:
            fail(m_socket->errorString());
            return;
        }
    }

    void settle()
    {
        if (m_finished)
            return;
        if (m_parser.state() == ResponseParser::State::Failed) {
            fail(m_parser.errorString());
            return;
        }
        if (m_parser.state() != ResponseParser::State::Complete)
            return;
        m_result.status = m_parser.status();
        m_result.reason = m_parser.reason();
        m_result.headers = m_parser.headers();
        m_result.body = m_parser.body();
        finish();
    }

    void fail(const QString &why)
    {
        if (m_finished)
            return;
        m_result.error = why;
        finish();
    }

    void finish()
    {
        m_finished = true;
        m_result.elapsed = std::chrono::milliseconds(m_clock.elapsed());
        if (m_context || !m_hasContext)
            m_done(std::move(m_result));
        end();
    }

    void end()
    {
        m_finished = true;
        m_timer.stop();
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
        }
        deleteLater();
    }

    QUrl m_url;
    std::chrono::milliseconds m_timeout;
    ResponseParser m_parser;
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(DeliveryResult)> m_done;
    QAbstractSocket *m_socket = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    DeliveryResult m_result;
    bool m_finished = false;
};

} // namespace

void send(const OutgoingRequest &request, QObject *context,
          std::function<void(DeliveryResult)> done)
{
    auto *call = new DeliveryCall(request, context, std::move(done));
    call->start();
}

} // namespace Delivery
