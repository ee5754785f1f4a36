// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/rules/ResponseRule.h"

#include "app/payloads/EventCatalog.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Receiver {

bool ResponseRule::matches(QByteArrayView requestMethod, const QString &requestPath,
                           const QString &requestEvent) const
{
    if (!method.isEmpty() && requestMethod.compare(method, Qt::CaseInsensitive) != 0)
        return false;
    if (!path.isEmpty()) {
        const bool prefix = path.endsWith(u'*');
        if (prefix ? !requestPath.startsWith(QStringView(path).chopped(1)) : requestPath != path)
            return false;
    }
    // The old name of an event matches its current one (disconnected_channel).
    return event.isEmpty()
        || (!requestEvent.isEmpty()
            && Payloads::EventCatalog::canonicalName(requestEvent)
                == Payloads::EventCatalog::canonicalName(event));
}

Http::HttpResponse ResponseRule::answer() const
{
    Http::HttpResponse response;
    response.status = status;
    response.headers = headers;
    response.body = body;
    return response;
}

QString ResponseRule::label(int position) const
{
    return name.isEmpty() ? tr("rule %1").arg(position) : name;
}

QString ResponseRule::matcherSummary() const
{
    QStringList parts;
    if (!method.isEmpty())
        parts << QString::fromLatin1(method).toUpper();
    if (!path.isEmpty())
        parts << path;
    if (!event.isEmpty())
        parts << event;
    return parts.isEmpty() ? tr("every request") : parts.join(u" · "_s);
}

} // namespace Receiver
