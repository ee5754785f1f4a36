// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Channex {

// The one copy of an account's webhooks in the console. Everything that changes them
// (a refresh, a save, a delete, a toggle) goes through here, row by row, so views keep their
// selection and scroll position: a refresh updates rows in place, appends new webhooks and
// removes vanished ones instead of starting over. Rows keep their positions across refreshes,
// which also keeps the order of rows with equal sort keys stable.
//
// The signals mirror QAbstractItemModel's so that WebhookListModel can forward them as they are.
class WebhookCollection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookCollection)

public:
    explicit WebhookCollection(QObject *parent = nullptr);

    const QList<Webhook> &all() const { return m_webhooks; }
    int size() const { return int(m_webhooks.size()); }
    const Webhook &at(int row) const { return m_webhooks.at(row); }
    int indexOf(const QString &id) const { return m_rowById.value(id, -1); }
    const Webhook *find(const QString &id) const;

    // Brings the collection to `fresh` (a whole list from the server) with the fewest row
    // changes: known ids change in place, unknown ids are appended in server order, ids that
    // are gone are removed.
    void replaceAll(const QList<Webhook> &fresh);
    // Changes the row with this id, or appends it when the id is new.
    void upsert(const Webhook &webhook);
    bool remove(const QString &id);

    // id → property title, for showing names instead of UUIDs.
    const QHash<QString, QString> &propertyTitles() const { return m_propertyTitles; }
    void setPropertyTitles(QHash<QString, QString> titles);

signals:
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted(int first, int last);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved(int first, int last);
    void rowChanged(int row);
    void propertyTitlesChanged();

private:
    void append(const QList<Webhook> &webhooks);
    void removeRow(int row);
    void reindexFrom(int row);

    QList<Webhook> m_webhooks;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_propertyTitles;
};

} // namespace Channex
