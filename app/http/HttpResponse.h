// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequest.h"

#include <QByteArray>

class QJsonDocument;

namespace Http {

// What a handler answers. The server adds Content-Length, Date and Connection itself.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    // Close the connection at this response's turn without writing anything: a peer that
    // vanishes mid-call (the sandbox's Close fault). Earlier pipelined answers are still sent.
    bool dropConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse text(int status, const QByteArray &body);
    // Standard reason phrase for a status code ("Not Found"); "Unknown" when not standard.
    static QByteArray reasonPhrase(int status);
    // "200 OK", or just "599" for a status without a known reason phrase.
    static QString statusText(int status);
};

} // namespace Http
