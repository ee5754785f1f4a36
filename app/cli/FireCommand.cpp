// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/FireCommand.h"

#include "app/cli/CommandLine.h"
#include "app/delivery/HttpDelivery.h"
#include "app/payloads/FilledSample.h"
#include "app/sandbox/SandboxTestCall.h"
#include "app/sandbox/deliveries/RetrySchedule.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

Delivery::OutgoingRequest requestFor(const QString &event, const QUrl &target,
                                     const QString &propertyId)
{
    Delivery::OutgoingRequest request;
    request.url = target;
    // The headers of a sandbox delivery to a webhook without headers of its own.
    request.headers = Sandbox::TestCall::requestHeaders(Channex::Webhook {});
    request.body = QJsonDocument(Payloads::FilledSample::envelope(
                                     event, propertyId, Sandbox::TestCall::timestampNow()))
                       .toJson(QJsonDocument::Compact);
    request.timeout = Sandbox::Deliveries::RetrySchedule::DefaultTimeout;
    return request;
}

void printAnswer(const Delivery::DeliveryResult &result, QTextStream &out)
{
    out << "HTTP/1.1 " << result.status;
    if (!result.reason.isEmpty())
        out << ' ' << QString::fromLatin1(result.reason);
    out << '\n';
    for (const auto &[name, value] : result.headers)
        out << QString::fromLatin1(name) << ": " << QString::fromUtf8(value) << '\n';
    out << '\n' << QString::fromUtf8(result.body);
    if (!result.body.isEmpty() && !result.body.endsWith('\n'))
        out << '\n';
    out.flush();
}

} // namespace

int runFire(const QString &event, const QUrl &target, const QString &propertyId, QTextStream &out,
            QTextStream &err)
{
    std::optional<Delivery::DeliveryResult> answer;
    QEventLoop loop;
    Delivery::send(requestFor(event, target, propertyId), nullptr,
                   [&answer, &loop](const Delivery::DeliveryResult &result) {
                       answer = result;
                       loop.quit();
                   });
    loop.exec();

    const QString where = target.toDisplayString();
    if (!answer->answered()) {
        err << CommandLine::tr("Could not deliver %1 to %2: %3.").arg(event, where, answer->error)
            << Qt::endl;
        return 1;
    }
    printAnswer(*answer, out);
    if (answer->status >= 200 && answer->status < 300)
        return 0;
    err << CommandLine::tr("%1 answered %2 to %3, not a 2xx.")
               .arg(where)
               .arg(answer->status)
               .arg(event)
        << Qt::endl;
    return 1;
}

} // namespace Cli
