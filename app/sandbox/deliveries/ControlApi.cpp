// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/ControlApi.h"

#include "app/sandbox/SandboxResponses.h"
#include "app/sandbox/deliveries/ControlJson.h"
#include "app/sandbox/deliveries/DeliveryLog.h"
#include "app/sandbox/deliveries/Dispatcher.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox::Deliveries {

ControlApi::ControlApi(Dispatcher *dispatcher, DeliveryLog *log)
    : m_dispatcher(dispatcher), m_log(log)
{ }

void ControlApi::handle(const Http::HttpRequest &request, const QString &path,
                        const Http::HttpReply &reply)
{
    const QByteArray method = request.method == "HEAD" ? "GET"_ba : request.method;
    if (path == "/events"_L1 && method == "POST")
        return reply(fireEvent(request));
    if (path == "/deliveries"_L1 && method == "GET")
        return reply(listDeliveries());
    if (path == "/deliveries"_L1 && method == "DELETE")
        return reply(clearDeliveries());
    reply(Responses::notFound());
}

Http::HttpResponse ControlApi::fireEvent(const Http::HttpRequest &request)
{
    QStringList problems;
    const std::optional<FireRequest> fire = ControlJson::readFireRequest(request.body, &problems);
    if (!fire)
        return Responses::badRequest(problems);
    const FireOutcome outcome = m_dispatcher->fire(*fire);
    if (!outcome.ok())
        return Responses::validationError(outcome.errors);
    return Responses::json(202, {{u"data"_s, ControlJson::fireResult(*outcome.result)}});
}

Http::HttpResponse ControlApi::listDeliveries() const
{
    QJsonArray data;
    for (const DeliveryAttempt &attempt : m_log->attempts())
        data.append(ControlJson::attempt(attempt));
    return Responses::json(200, {{u"data"_s, data}});
}

Http::HttpResponse ControlApi::clearDeliveries()
{
    m_dispatcher->clear();
    return Responses::json(200, {{u"meta"_s, QJsonObject {{u"message"_s, u"Success"_s}}}});
}

} // namespace Sandbox::Deliveries
