// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequestHandler.h"

#include <QMutex>
#include <QTimer>

// Answers by path: /hold keeps the reply until the test releases it, /delay/<ms> answers after a
// timer, /big/<bytes> answers that many bytes, /drop drops the connection, anything else echoes
// method, target and body. A `close` query item (or the path /close) asks to end the connection.
class TestHandler final : public Http::HttpRequestHandler
{
public:
    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        const QString path = request.path();
        if (path == QLatin1StringView("/hold")) {
            m_held.append({request.target, std::move(reply)});
            return;
        }
        if (path.startsWith(QLatin1StringView("/delay/"))) {
            const QByteArray target = request.target;
            QTimer::singleShot(path.mid(7).toInt(),
                               [reply, target] { reply(Http::HttpResponse::text(200, target)); });
            return;
        }
        lock.unlock();
        Http::HttpResponse response = Http::HttpResponse::text(
            200,
            request.method + ' ' + request.target
                + (request.body.isEmpty() ? QByteArray() : ' ' + request.body));
        if (path.startsWith(QLatin1StringView("/big/")))
            response.body = QByteArray(path.mid(5).toInt(), 'b');
        response.dropConnection = path == QLatin1StringView("/drop");
        if (path == QLatin1StringView("/close")
            || request.query().hasQueryItem(QStringLiteral("close"))) {
            response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        }
        reply(response);
    }

    void rejected(const Http::RejectedRequest &rejection) override
    {
        QMutexLocker lock(&m_mutex);
        m_rejections.append(rejection);
    }
    QList<Http::RejectedRequest> rejections()
    {
        QMutexLocker lock(&m_mutex);
        return m_rejections;
    }

    int requestCount()
    {
        QMutexLocker lock(&m_mutex);
        return int(m_requests.size());
    }
    Http::HttpRequest request(int index)
    {
        QMutexLocker lock(&m_mutex);
        return m_requests.at(index);
    }
    int heldCount()
    {
        QMutexLocker lock(&m_mutex);
        return int(m_held.size());
    }
    // Hands the held replies to the caller, which may call them from any thread.
    QList<QPair<QByteArray, Http::HttpReply>> takeHeld()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_held, {});
    }
    // Answers every held request with its own target; safe from any thread.
    void releaseHeld()
    {
        QMutexLocker lock(&m_mutex);
        const auto held = std::exchange(m_held, {});
        lock.unlock();
        for (const auto &[target, reply] : held)
            reply(Http::HttpResponse::text(200, target));
    }

private:
    QMutex m_mutex;
    QList<Http::HttpRequest> m_requests;
    QList<QPair<QByteArray, Http::HttpReply>> m_held;
    QList<Http::RejectedRequest> m_rejections;
};
