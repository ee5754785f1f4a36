// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/WebhookCollection.h"

#include <QSet>

namespace Channex {

WebhookCollection::WebhookCollection(QObject *parent) : QObject(parent) { }

const Webhook *WebhookCollection::find(const QString &id) const
{
    const int row = indexOf(id);
    return row >= 0 ? &m_webhooks.at(row) : nullptr;
}

void WebhookCollection::replaceAll(const QList<Webhook> &fresh)
{
    QSet<QString> freshIds;
    freshIds.reserve(fresh.size());
    for (const Webhook &webhook : fresh)
        freshIds.insert(webhook.id);

    // Remove from the end so that the rows still to be checked keep their numbers.
    for (int row = size() - 1; row >= 0; --row) {
        if (!freshIds.contains(m_webhooks.at(row).id))
            removeRow(row);
    }

    QList<Webhook> added;
    for (const Webhook &webhook : fresh) {
        const int row = indexOf(webhook.id);
        if (row < 0) {
            added << webhook;
        } else if (!(m_webhooks.at(row) == webhook)) {
            m_webhooks[row] = webhook;
            emit rowChanged(row);
        }
    }
    append(added);
}

void WebhookCollection::upsert(const Webhook &webhook)
{
    const int row = indexOf(webhook.id);
    if (row < 0) {
        append({webhook});
    } else if (!(m_webhooks.at(row) == webhook)) {
        m_webhooks[row] = webhook;
        emit rowChanged(row);
    }
}

bool WebhookCollection::remove(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return false;
    removeRow(row);
    return true;
}

void WebhookCollection::setPropertyTitles(QHash<QString, QString> titles)
{
    if (titles == m_propertyTitles)
        return;
    m_propertyTitles = std::move(titles);
    emit propertyTitlesChanged();
}

void WebhookCollection::append(const QList<Webhook> &webhooks)
{
    if (webhooks.isEmpty())
        return;
    const int first = size();
    const int last = first + int(webhooks.size()) - 1;
    emit rowsAboutToBeInserted(first, last);
    m_webhooks.append(webhooks);
    reindexFrom(first);
    emit rowsInserted(first, last);
}

// The id index is right again before rowsRemoved: a slot may look rows up by id.
void WebhookCollection::removeRow(int row)
{
    emit rowsAboutToBeRemoved(row, row);
    m_rowById.remove(m_webhooks.at(row).id);
    m_webhooks.removeAt(row);
    reindexFrom(row);
    emit rowsRemoved(row, row);
}

void WebhookCollection::reindexFrom(int row)
{
    for (int i = row; i < size(); ++i)
        m_rowById.insert(m_webhooks.at(i).id, i);
}

} // namespace Channex
