#include "channex/WebhookListModel.h"

#include "channex/EventMask.h"
#include "payloads/EventCatalog.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Channex {

namespace {

QStringList keysOf(const std::optional<KeyValueList> &values)
{
    QStringList keys;
    if (values) {
        for (const KeyValue &entry : *values)
            keys << entry.key;
    }
    return keys;
}

bool isEmptyCell(const Webhook &webhook, int column)
{
    if (column == WebhookListModel::HeadersColumn)
        return keysOf(webhook.headers).isEmpty();
    if (column == WebhookListModel::ParamsColumn)
        return keysOf(webhook.requestParams).isEmpty();
    return false;
}

} // namespace

WebhookListModel::WebhookListModel(QObject *parent) : QAbstractTableModel(parent) { }

void WebhookListModel::setWebhooks(QList<Webhook> webhooks)
{
    beginResetModel();
    m_webhooks = std::move(webhooks);
    endResetModel();
}

const Webhook *WebhookListModel::webhookAt(int row) const
{
    return row >= 0 && row < m_webhooks.size() ? &m_webhooks.at(row) : nullptr;
}

void WebhookListModel::setPropertyTitles(QHash<QString, QString> titles)
{
    m_propertyTitles = std::move(titles);
    if (!m_webhooks.isEmpty()) {
        emit dataChanged(index(0, ScopeColumn), index(rowCount() - 1, ScopeColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, SortRole, SearchTextRole});
    }
}

int WebhookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

int WebhookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookListModel::scopeText(const Webhook &webhook) const
{
    if (webhook.isGlobal || webhook.propertyId.isEmpty())
        return tr("Global (all properties)");
    return m_propertyTitles.value(webhook.propertyId, webhook.propertyId);
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &webhook = m_webhooks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(webhook, index.column());
    case Qt::ToolTipRole:
        return toolTipData(webhook, index.column());
    case Qt::ForegroundRole:
        // Inactive webhooks receive nothing: show them dimmed, like disabled items. "None" in
        // the headers and params columns is dimmed too, so real names stand out.
        if (!webhook.isActive || isEmptyCell(webhook, index.column()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SortRole:
        return sortData(webhook, index.column());
    case SearchTextRole:
        return searchText(webhook);
    case WebhookIdRole:
        return webhook.id;
    case IsGlobalRole:
        return webhook.isGlobal || webhook.propertyId.isEmpty();
    case IsActiveRole:
        return webhook.isActive;
    default:
        return {};
    }
}

QVariant WebhookListModel::displayData(const Webhook &webhook, int column) const
{
    switch (column) {
    case ActiveColumn:
        return webhook.isActive ? tr("Active") : tr("Inactive");
    case CallbackUrlColumn:
        return webhook.callbackUrl;
    case EventsColumn: {
        const EventMask mask = EventMask::parse(webhook.eventMask);
        const QString text = mask.displayText();
        return mask.unknownEvents().isEmpty() ? text : u"⚠ "_s + text;
    }
    case ScopeColumn:
        return scopeText(webhook);
    case SendDataColumn:
        return webhook.sendData ? tr("Full payload") : tr("Event only");
    case HeadersColumn: {
        const QStringList keys = keysOf(webhook.headers);
        return keys.isEmpty() ? tr("None") : keys.join(u", "_s);
    }
    case ParamsColumn: {
        const QStringList keys = keysOf(webhook.requestParams);
        return keys.isEmpty() ? tr("None") : keys.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant WebhookListModel::sortData(const Webhook &webhook, int column) const
{
    switch (column) {
    case ActiveColumn:
        return webhook.isActive;
    case CallbackUrlColumn:
        return webhook.callbackUrl.toLower();
    case EventsColumn:
        return webhook.eventMask;
    case ScopeColumn:
        // Global webhooks sort before any property name.
        return webhook.isGlobal || webhook.propertyId.isEmpty() ? QString()
                                                                : scopeText(webhook).toLower();
    case SendDataColumn:
        return webhook.sendData;
    case HeadersColumn:
        return webhook.headers ? int(webhook.headers->size()) : 0;
    case ParamsColumn:
        return webhook.requestParams ? int(webhook.requestParams->size()) : 0;
    default:
        return {};
    }
}

QVariant WebhookListModel::toolTipData(const Webhook &webhook, int column) const
{
    switch (column) {
    case CallbackUrlColumn:
        return webhook.callbackUrl;
    case EventsColumn: {
        const EventMask mask = EventMask::parse(webhook.eventMask);
        QStringList lines {tr("Event mask: %1").arg(webhook.eventMask)};
        if (!mask.isAll()) {
            for (const QString &name : mask.eventNames()) {
                const QString description = Payloads::EventCatalog::description(name);
                if (!description.isEmpty())
                    lines << u"• %1: %2"_s.arg(name, description);
            }
        }
        const QStringList unknown = mask.unknownEvents();
        if (!unknown.isEmpty())
            lines << tr("Not a documented Channex event: %1").arg(unknown.join(u", "_s));
        return lines.join(u'\n');
    }
    case ScopeColumn:
        if (webhook.isGlobal || webhook.propertyId.isEmpty())
            return tr("Receives events from every property of the account.");
        return tr("Property ID: %1").arg(webhook.propertyId);
    case SendDataColumn:
        return webhook.sendData ? tr("Deliveries include the event payload.")
                                : tr("Deliveries carry only event, property, user and time.");
    case HeadersColumn:
    case ParamsColumn:
        return tr("Values are hidden; open the webhook to see them.");
    default:
        return {};
    }
}

QString WebhookListModel::searchText(const Webhook &webhook) const
{
    QStringList parts {webhook.callbackUrl, webhook.eventMask, scopeText(webhook),
                       webhook.propertyId, webhook.id};
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
    default:
        return {};
    }
}

} // namespace Channex
