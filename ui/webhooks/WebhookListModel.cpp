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

bool isEmptyCell(const Webhook &webhook, int column)
{
    if (column == WebhookListModel::HeadersColumn)
        return WebhookListModel::keysOf(webhook.headers).isEmpty();
    if (column == WebhookListModel::ParamsColumn)
        return WebhookListModel::keysOf(webhook.requestParams).isEmpty();
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

QStringList WebhookListModel::keysOf(const std::optional<KeyValueList> &values)
{
    QStringList keys;
    if (values) {
        for (const KeyValue &entry : *values)
            keys << entry.key;
    }
    return keys;
}

} // namespace Gui
