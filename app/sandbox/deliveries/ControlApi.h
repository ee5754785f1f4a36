// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequestHandler.h"

#include <QString>

namespace Sandbox::Deliveries {

class DeliveryLog;
class Dispatcher;

// The sandbox's own endpoints under /sandbox/v1, beside the Channex API on the same server and
// key (docs/sandbox.md, "Deliveries"): fire an event, read and clear the delivery log. Not
// subject to the injected faults, which stand for a failing Channex, not for the sandbox itself.
// Runs on the sandbox thread.
class ControlApi
{
public:
    static constexpr QLatin1StringView Prefix {"/sandbox/v1"};

    // Neither is owned.
    ControlApi(Dispatcher *dispatcher, DeliveryLog *log);

    // `path` is below the prefix ("/events"); the API key has been checked.
    void handle(const Http::HttpRequest &request, const QString &path,
                const Http::HttpReply &reply);

private:
    Http::HttpResponse fireEvent(const Http::HttpRequest &request);
    Http::HttpResponse listDeliveries() const;
    Http::HttpResponse clearDeliveries();

    Dispatcher *m_dispatcher;
    DeliveryLog *m_log;
};

} // namespace Sandbox::Deliveries
