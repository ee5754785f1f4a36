// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WebhookListModel, continued: the words around a row's cells — its tooltips (what each event
// means, why a row is warned about), the column headers, and the text the table's filter
// searches.
#include "app/channex/EventMask.h"
#include "app/payloads/EventCatalog.h"
#include "ui/webhooks/OverlapText.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Gui {

using Channex::EventMask;
using Channex::Webhook;

QVariant WebhookListModel::toolTipData(const Webhook &webhook, int column) const
{
    switch (column) {
    case ActiveColumn:
        return webhook.isActive ? tr("Channex delivers events to this webhook. Untick to pause it.")
                                : tr("Paused: Channex delivers nothing. Tick to resume.");
    case CallbackUrlColumn:
        return tr("%1\nWebhook ID: %2").arg(webhook.callbackUrl, webhook.id);
    case EventsColumn:
        return eventsToolTip(webhook);
    case ScopeColumn:
        if (webhook.isGlobalScope())
            return tr("Receives events from every property of the account.");
        return tr("Property ID: %1").arg(webhook.propertyId);
    case SendDataColumn:
        return webhook.sendData ? tr("Deliveries include the event payload.")
                                : tr("Deliveries carry only event, property, user and time.");
    case HeadersColumn:
    case ParamsColumn: {
        const QStringList keys
            = keysOf(column == HeadersColumn ? webhook.headers : webhook.requestParams);
        if (keys.isEmpty())
            return column == HeadersColumn ? tr("No custom headers.")
                                           : tr("No request parameters.");
        return QString((column == HeadersColumn ? tr("Headers: %1") : tr("Request parameters: %1"))
                           .arg(keys.join(u", "_s))
                       + u'\n' + tr("Values are hidden; open the webhook to see them."));
    }
    case WarningsColumn:
        return OverlapText::toolTip(rowOverlaps(webhook.id), webhook,
                                    m_collection->propertyTitles());
    default:
        return {};
    }
}

// Rich text, so that Qt wraps it at a readable width instead of one very wide line.
QString WebhookListModel::eventsToolTip(const Webhook &webhook) const
{
    const EventMask mask = EventMask::parse(webhook.eventMask);
    QString html = u"<p>"_s
        + tr("Event mask: %1").arg(u"<code>%1</code>"_s.arg(webhook.eventMask.toHtmlEscaped()))
        + u"</p>"_s;
    if (mask.isAll())
        html += u"<p>"_s + tr("Every event of the account, current and future.") + u"</p>"_s;
    QStringList items;
    for (const QString &name : mask.eventNames()) {
        const QString description = Payloads::EventCatalog::description(name);
        if (!description.isEmpty())
            items << u"<li><b>%1</b>: %2</li>"_s.arg(name.toHtmlEscaped(),
                                                     description.toHtmlEscaped());
    }
    if (!items.isEmpty())
        html += u"<ul style=\"margin-left:12px; -qt-list-indent:0\">"_s + items.join(QString())
            + u"</ul>"_s;
    const QStringList unknown = mask.unknownEvents();
    if (!unknown.isEmpty()) {
        html += u"<p>"_s
            + tr("Not a documented Channex event: %1").arg(unknown.join(u", "_s).toHtmlEscaped())
            + u"</p>"_s;
    }
    return u"<qt>"_s + html + u"</qt>"_s;
}

// Everything a person reads in the row (so the filter finds a row by what it shows), plus the
// raw values behind it: "all events" and "booking" find a "*" webhook, "inactive" finds paused
// ones. Header and parameter values are never searched.
QString WebhookListModel::searchText(const Webhook &webhook) const
{
    QStringList parts;
    for (int column = 0; column < ColumnCount; ++column)
        parts << displayData(webhook, column).toString();
    parts << webhook.eventMask << webhook.propertyId << webhook.id;
    const EventMask mask = EventMask::parse(webhook.eventMask);
    QStringList events = mask.eventNames();
    if (mask.isAll()) {
        for (const Payloads::EventInfo &info : Payloads::EventCatalog::events())
            events << info.name;
    } else if (mask.contains(u"booking"_s)) {
        // `booking` is delivered for every booking revision, new, modified or cancelled
        // (https://docs.channex.io/api-v.1-documentation/webhook-collection): a search for
        // booking_new finds it too.
        events << u"booking_new"_s << u"booking_modification"_s << u"booking_cancellation"_s;
    }
    QSet<QString> groups;
    for (const QString &name : std::as_const(events)) {
        if (const Payloads::EventInfo *info = Payloads::EventCatalog::find(name))
            groups.insert(Payloads::EventCatalog::groupTitle(info->group));
    }
    parts << events << groups.values();
    parts << keysOf(webhook.headers) << keysOf(webhook.requestParams);
    return parts.join(u'\n').toLower();
}

QVariant WebhookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActiveColumn:
        return tr("Active");
    case CallbackUrlColumn:
        return tr("Callback URL");
    case EventsColumn:
        return tr("Events");
    case ScopeColumn:
        return tr("Scope");
    case SendDataColumn:
        return tr("Send data");
    case HeadersColumn:
        return tr("Headers");
    case ParamsColumn:
        return tr("Params");
    case IdColumn:
        return tr("Webhook ID");
    case WarningsColumn:
        return tr("Warnings");
    default:
        return {};
    }
}

} // namespace Gui
