// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpServer.h"

#include <QByteArray>

#include <memory>

// Helpers shared by the HTTP server tests.
namespace TestServer {

inline QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

// A server listening on a free loopback port.
inline std::unique_ptr<Http::HttpServer> start(Http::HttpRequestHandler *handler,
                                               const Http::HttpLimits &limits = {})
{
    auto server = std::make_unique<Http::HttpServer>(handler);
    server->setLimits(limits);
    if (!server->listen())
        qWarning("listen failed: %s", qPrintable(server->errorString()));
    return server;
}

} // namespace TestServer
