// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/delivery/OutgoingRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Delivery {

// Reads one HTTP/1.1 answer from the bytes a server sends, with llhttp in response mode (the
// parser the HTTP core uses for requests). Framing by Content-Length, chunked coding or the end of
// the connection; interim 1xx answers are skipped; an answer to HEAD has no body. Header names
// keep their case and order. Pure: no sockets, so it is fed from tests as from a connection.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(Delivery::ResponseParser)
    Q_DISABLE_COPY_MOVE(ResponseParser)

public:
    enum class State { Incomplete, Complete, Failed };

    // A body over `maxBodyBytes` fails the answer: a target that streams without end must not
    // fill the memory of the console.
    explicit ResponseParser(bool headRequest = false, qint64 maxBodyBytes = 16 * 1024 * 1024);
    ~ResponseParser();

    State feed(QByteArrayView bytes);
    // The connection ended: completes an answer framed by the end of the connection.
    State finish();
    State state() const { return m_state; }

    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    const HeaderPairs &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    // Why the bytes are no HTTP answer, as a sentence fragment ("the answer was cut off: …");
    // empty unless Failed.
    QString errorString() const { return m_error; }

private:
    struct Llhttp;
    struct Callbacks;

    State fail(const QString &why);
    void startOver();
    void flushHeader();

    std::unique_ptr<Llhttp> m_llhttp;
    bool m_headRequest;
    qint64 m_maxBodyBytes;
    State m_state = State::Incomplete;
    bool m_started = false; // a byte of the answer arrived
    int m_status = 0;
    QByteArray m_reason;
    HeaderPairs m_headers;
    QByteArray m_field;
    QByteArray m_value;
    bool m_inValue = false;
    QByteArray m_body;
    QString m_error;
};

} // namespace Delivery
