// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/WebhookListModel.h"

#include "app/channex/EventMask.h"
#include "app/channex/WebhookCollection.h"
#include "app/payloads/EventCatalog.h"
#include "ui/common/StatusColours.h"
#include "ui/webhooks/OverlapText.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Gui {

using Channex::EventMask;
using Channex::KeyValue;
using Channex::KeyValueList;
using Channex::Webhook;
using Channex::WebhookCollection;

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

WebhookListModel::WebhookListModel(QObject *parent) : QAbstractTableModel(parent)
{
    // One check after a refresh's many row changes, not one per row.
    m_overlapUpdate.setSingleShot(true);
    m_overlapUpdate.setInterval(0);
    connect(&m_overlapUpdate, &QTimer::timeout, this, &WebhookListModel::updateOverlaps);
}

void WebhookListModel::setCollection(WebhookCollection *collection)
{
    if (collection == m_collection)
        return;
    beginResetModel();
    m_searchTexts.clear();
    if (m_collection)
        m_collection->disconnect(this);
    m_collection = collection;
    connectCollection();
    computeOverlaps();
    endResetModel();
}

void WebhookListModel::setProductionServer(bool production)
{
    if (production == m_production)
        return;
    m_production = production;
    overlapsNeedUpdate();
}

QList<Channex::Overlap> WebhookListModel::overlapsOf(const QString &webhookId) const
{
    return rowOverlaps(webhookId);
}

void WebhookListModel::computeOverlaps()
{
    m_overlaps.clear();
    if (!m_collection)
        return;
    for (const Channex::Overlap &overlap :
         Channex::WebhookOverlaps(m_collection->all(), m_production).all()) {
        for (const Webhook &webhook : overlap.webhooks)
            m_overlaps[webhook.id] << overlap;
    }
}

const QList<Channex::Overlap> &WebhookListModel::rowOverlaps(const QString &webhookId) const
{
    static const QList<Channex::Overlap> none;
    const auto found = m_overlaps.constFind(webhookId);
    return found == m_overlaps.cend() ? none : *found;
}

void WebhookListModel::updateOverlaps()
{
    computeOverlaps();
    m_searchTexts.clear(); // the filter finds rows by their warnings too
    if (rowCount() > 0)
        emit dataChanged(index(0, WarningsColumn), index(rowCount() - 1, WarningsColumn));
}

void WebhookListModel::connectCollection()
{
    if (!m_collection)
        return;
    // The collection announces each change before and after it, exactly as the model must.
    connect(m_collection, &WebhookCollection::rowsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(m_collection, &WebhookCollection::rowsInserted, this, [this] {
        endInsertRows();
        overlapsNeedUpdate();
    });
    connect(m_collection, &WebhookCollection::rowsAboutToBeRemoved, this,
            [this](int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_searchTexts.remove(m_collection->at(row).id);
                beginRemoveRows({}, first, last);
            });
    connect(m_collection, &WebhookCollection::rowsRemoved, this, [this] {
        endRemoveRows();
        overlapsNeedUpdate();
    });
    connect(m_collection, &WebhookCollection::rowChanged, this, [this](int row) {
        m_searchTexts.remove(m_collection->at(row).id);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        overlapsNeedUpdate();
    });
    connect(m_collection, &WebhookCollection::propertyTitlesChanged, this,
            &WebhookListModel::allRowsChanged);
    connect(m_collection, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_searchTexts.clear();
        m_overlaps.clear();
        endResetModel();
    });
}

void WebhookListModel::retranslate()
{
    allRowsChanged();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void WebhookListModel::allRowsChanged()
{
    m_searchTexts.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Webhook *WebhookListModel::webhookAt(int row) const
{
    return m_collection && row >= 0 && row < m_collection->size() ? &m_collection->at(row)
                                                                  : nullptr;
}

int WebhookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_collection ? 0 : m_collection->size();
}

int WebhookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookListModel::scopeText(const Webhook &webhook) const
{
    if (webhook.isGlobalScope())
        return tr("Global (all properties)");
    return m_collection
        ? m_collection->propertyTitles().value(webhook.propertyId, webhook.propertyId)
        : webhook.propertyId;
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &webhook = m_collection->at(index.row());
    switch (role) {
    case Qt::CheckStateRole:
        if (index.column() == ActiveColumn)
            return webhook.isActive ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
        return displayData(webhook, index.column());
    case Qt::ToolTipRole:
        return toolTipData(webhook, index.column());
    case Qt::ForegroundRole:
        // Inactive webhooks receive nothing: show them dimmed, like disabled items. "None" in
        // the headers and params columns is dimmed too, so real names stand out.
        if (index.column() == WarningsColumn && !rowOverlaps(webhook.id).isEmpty())
            return toneColour(Tone::Warning, QGuiApplication::palette());
        if (!webhook.isActive || isEmptyCell(webhook, index.column()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SortRole:
        return sortData(webhook, index.column());
    case SearchTextRole: {
        // Built once per row change, not at every keystroke of the filter.
        auto cached = m_searchTexts.constFind(webhook.id);
        if (cached == m_searchTexts.cend())
            cached = m_searchTexts.insert(webhook.id, searchText(webhook));
        return *cached;
    }
    case WebhookIdRole:
        return webhook.id;
    case IsGlobalRole:
        return webhook.isGlobalScope();
    case IsActiveRole:
        return webhook.isActive;
    default:
        return {};
    }
}

bool WebhookListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ActiveColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The row changes when the owner applies the change to the collection, not here: the
    // collection stays the only copy.
    const Webhook &webhook = m_collection->at(index.row());
    const bool active = value.value<Qt::CheckState>() == Qt::Checked;
    if (active != webhook.isActive)
        emit activeToggleRequested(webhook.id, active);
    return true;
}

Qt::ItemFlags WebhookListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ActiveColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
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
    case IdColumn:
        return webhook.id;
    case WarningsColumn:
        return OverlapText::cellText(rowOverlaps(webhook.id), webhook);
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
        return EventMask::parse(webhook.eventMask).displayText().toLower(); // as shown
    case ScopeColumn:
        // Global webhooks sort before any property name.
        return webhook.isGlobalScope() ? QString() : scopeText(webhook).toLower();
    case SendDataColumn:
        return webhook.sendData;
    case HeadersColumn:
        return webhook.headers ? int(webhook.headers->size()) : 0;
    case ParamsColumn:
        return webhook.requestParams ? int(webhook.requestParams->size()) : 0;
    case IdColumn:
        return webhook.id;
    case WarningsColumn:
        return int(rowOverlaps(webhook.id).size());
    default:
        return {};
    }
}

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
