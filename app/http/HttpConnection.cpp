// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/HttpConnection.h"

#include "app/http/GracefulClose.h"
#include "app/http/HttpRequestHandler.h"
#include "app/http/ReplyMailbox.h"
#include "app/http/ReplyTarget.h"
#include "app/http/ResponseWriter.h"
#include "app/http/SocketWrite.h"

#include <QTcpSocket>
#include <QTimer>

#include <atomic>

namespace Http {

namespace {

// Reading stops while the pipeline is full or answers are backed up in the socket. By then we
// hold at most one slice in the parser and Qt's read buffer, which is capped; the rest stays in
// the kernel, and its full receive window stops the client (TCP backpressure).
constexpr qint64 kReadChunk = qint64(64) * 1024;
constexpr qint64 kReadBufferSize = 4 * kReadChunk;
// How long a closing connection keeps draining input so the client can read our last answer.
constexpr int kLingerMs = 2000;

quint64 nextConnectionId()
{
    static std::atomic<quint64> last {0};
    return ++last;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestHandler *handler,
                               const HttpLimits &limits, QObject *parent,
                               std::shared_ptr<ReplyMailbox> mailbox)
    : QObject(parent), m_socket(socket), m_handler(handler), m_limits(limits), m_parser(limits),
      m_peerAddress(socket->peerAddress()), m_peerPort(socket->peerPort()),
      m_connectionId(nextConnectionId()), m_idleTimer(new QTimer(this)),
      m_requestTimer(new QTimer(this)), m_writeTimer(new QTimer(this)),
      m_ownMailbox(mailbox ? nullptr : std::make_shared<ReplyMailbox>(this)),
      m_replyTarget(
          std::make_shared<ReplyTarget>(this, mailbox ? std::move(mailbox) : m_ownMailbox))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferSize);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(limits.idleTimeoutMs);
    m_requestTimer->setSingleShot(true);
    m_requestTimer->setInterval(limits.requestTimeoutMs);
    m_writeTimer->setSingleShot(true);
    m_writeTimer->setInterval(limits.writeTimeoutMs);

    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        m_closing = true;
        m_idleTimer->stop();
        m_requestTimer->stop();
        m_writeTimer->stop();
        emit closed();
    });
    connect(m_idleTimer, &QTimer::timeout, this, &HttpConnection::finish);
    connect(m_requestTimer, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);
    // The client stopped reading: its answers would hold memory and a connection slot forever.
    connect(m_writeTimer, &QTimer::timeout, this, &HttpConnection::abort);

    m_idleTimer->start();
    // Queued: answering may close the connection, and closed() must not fire inside the
    // constructor, before the server could connect to it.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    m_replyTarget->detach();
    if (m_ownMailbox)
        m_ownMailbox->detach();
}

void HttpConnection::abort()
{
    m_closing = true;
    m_idleTimer->stop();
    m_requestTimer->stop();
    m_writeTimer->stop();
    m_socket->abort();
}

// The single pump: write what is ready, read what fits, dispatch what was read. Handlers may
// answer synchronously from inside dispatchRequests(); that re-entry only flags another round,
// so a long pipeline never recurses.
void HttpConnection::process()
{
    if (m_closing)
        return;
    if (m_processing) {
        m_processAgain = true;
        return;
    }
    m_processing = true;
    bool requestCompleted = false;
    do {
        m_processAgain = false;
        writeReadyResponses();
        if (m_closing)
            break;
        requestCompleted = readInput() || requestCompleted;
        dispatchRequests();
    } while (m_processAgain && !m_closing);
    m_processing = false;

    if (!m_closing) {
        sendContinueIfAwaited();
        updateTimers(requestCompleted);
    }
}

void HttpConnection::writeReadyResponses()
{
    while (!m_pending.empty() && m_pending.front().bytes) {
        const PendingResponse pending = std::move(m_pending.front());
        m_pending.pop_front();
        if (pending.drop) {
            abort();
            return;
        }
        writeToSocket(m_socket, *pending.bytes);
        if (pending.close) {
            finish();
            return;
        }
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_closing)
        return; // closeGracefully() watches the last bytes
    // Progress: the stall timer starts afresh if answers are still waiting, and reading resumes
    // once the backlog is under the limit.
    m_writeTimer->stop();
    process();
}

bool HttpConnection::readInput()
{
    if (m_inputClosed) {
        m_socket->readAll(); // nothing after the last request is answered
        return false;
    }
    bool requestCompleted = false;
    while (!m_inputClosed && pipelineHasRoom() && outputHasRoom()
           && m_socket->bytesAvailable() > 0) {
        // Sized to what is there: read(kReadChunk) allocates the whole 64 KiB for a 300-byte
        // request, and glibc consolidates its free lists on every allocation that large.
        const RequestParser::State state
            = m_parser.feed(m_socket->read(qMin(m_socket->bytesAvailable(), kReadChunk)));
        if (m_parser.hasRequests()) {
            for (HttpRequest &request : m_parser.takeRequests()) {
                request.peerAddress = m_peerAddress;
                request.peerPort = m_peerPort;
                request.connectionId = m_connectionId;
                m_undispatched.push_back(std::move(request));
            }
            requestCompleted = true;
            m_continueSent = false;
        }
        if (state == RequestParser::State::Error)
            reject(m_parser.errorStatus(), m_parser.errorReason());
        else if (state == RequestParser::State::Closed)
            m_inputClosed = true;
    }
    return requestCompleted;
}

void HttpConnection::dispatchRequests()
{
    while (!m_undispatched.empty() && !m_closing && outputHasRoom()
           && m_pending.size() < size_t(qMax(1, m_limits.maxPipelinedRequests))) {
        const HttpRequest request = std::move(m_undispatched.front());
        m_undispatched.pop_front();

        PendingResponse pending;
        pending.sequence = m_nextSequence++;
        pending.headRequest = request.method == "HEAD";
        pending.keepAlive = request.keepAlive;
        pending.http10 = request.versionMajor == 1 && request.versionMinor == 0;
        m_pending.push_back(pending);

        // Any thread may reply, at any time (HttpRequestHandler.h): the target runs the delivery
        // here at once, queues it here from another thread, or drops it once we are gone.
        m_handler->handleRequest(
            request,
            [this, target = m_replyTarget,
             sequence = pending.sequence](const HttpResponse &response) {
                target->deliver([this, sequence, response] { deliver(sequence, response); });
            });
        // A synchronous answer goes out at once, so that outputHasRoom() counts it.
        writeReadyResponses();
    }

    if (m_rejection && m_undispatched.empty() && !m_closing) {
        PendingResponse pending;
        pending.sequence = m_nextSequence++;
        pending.close = true;
        pending.bytes = serializeResponse(*m_rejection, {.close = true});
        m_pending.push_back(std::move(pending));
        m_rejection.reset();
        m_processAgain = true;
    }
}

void HttpConnection::deliver(quint64 sequence, const HttpResponse &response)
{
    if (m_closing)
        return;
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [sequence](const auto &p) { return p.sequence == sequence; });
    if (it == m_pending.end() || it->bytes)
        return; // answered twice: the first answer stands
    if (response.dropConnection) {
        it->drop = true;
        it->bytes = QByteArray();
        process();
        return;
    }
    it->close = !it->keepAlive || wantsClose(response);
    it->bytes = serializeResponse(response,
                                  {.headRequest = it->headRequest,
                                   .close = it->close,
                                   .http10KeepAlive = it->http10 && !it->close});
    process();
}

void HttpConnection::reject(int status, const QString &reason)
{
    m_inputClosed = true;
    m_requestTimer->stop();
    m_rejection = HttpResponse::text(status, reason.toUtf8() + '\n');
    m_processAgain = true;

    RejectedRequest rejection;
    rejection.status = status;
    rejection.reason = reason;
    const QByteArray bytes = m_parser.pendingBytes();
    rejection.bytes = bytes.first(qMin(bytes.size(), RejectedRequest::MaxBytes));
    rejection.bytesTruncated = bytes.size() > RejectedRequest::MaxBytes;
    rejection.receivedAt = m_parser.pendingSince().isValid() ? m_parser.pendingSince()
                                                             : QDateTime::currentDateTimeUtc();
    rejection.peerAddress = m_peerAddress;
    rejection.peerPort = m_peerPort;
    rejection.connectionId = m_connectionId;
    m_handler->rejected(rejection);
    emit requestRejected(status, reason);
}

void HttpConnection::sendContinueIfAwaited()
{
    // A 100 Continue must not overtake the answers to earlier pipelined requests.
    if (m_continueSent || m_inputClosed || !m_pending.empty() || !m_undispatched.empty()
        || !m_parser.expectsContinue()) {
        return;
    }
    writeToSocket(m_socket, continueResponse());
    m_continueSent = true;
}

void HttpConnection::updateTimers(bool requestCompleted)
{
    // The request timer runs from a request's first byte, not from its latest one, so a client
    // trickling bytes (slow loris) cannot keep the connection forever.
    if (!m_parser.isRequestInProgress())
        m_requestTimer->stop();
    else if (requestCompleted || !m_requestTimer->isActive())
        m_requestTimer->start();

    if (!isIdle())
        m_idleTimer->stop();
    else if (!m_idleTimer->isActive())
        m_idleTimer->start();

    if (m_socket->bytesToWrite() == 0)
        m_writeTimer->stop();
    else if (!m_writeTimer->isActive())
        m_writeTimer->start();
}

void HttpConnection::onRequestTimeout()
{
    if (m_closing || m_inputClosed || !m_parser.isRequestInProgress())
        return;
    reject(408,
           tr("The client did not send its complete request within %n ms; it may be too "
              "slow or stalled.",
              nullptr, m_limits.requestTimeoutMs));
    process();
}

void HttpConnection::finish()
{
    m_closing = true;
    m_idleTimer->stop();
    m_requestTimer->stop();
    m_writeTimer->stop();
    m_pending.clear();
    m_undispatched.clear();
    closeGracefully(m_socket, {.writeTimeoutMs = m_limits.writeTimeoutMs, .lingerMs = kLingerMs});
}

bool HttpConnection::pipelineHasRoom() const
{
    return m_pending.size() + m_undispatched.size()
        < size_t(qMax(1, m_limits.maxPipelinedRequests));
}

bool HttpConnection::outputHasRoom() const
{
    return m_socket->bytesToWrite() <= m_limits.maxBufferedOutputBytes;
}

// Answers still waiting in the socket are not idleness: the write timer watches those.
bool HttpConnection::isIdle() const
{
    return !m_inputClosed && m_pending.empty() && m_undispatched.empty()
        && !m_parser.isRequestInProgress() && m_socket->bytesToWrite() == 0;
}

} // namespace Http
