#pragma once

#include "channex/Webhook.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Channex {

// The webhooks of one account as a table (F2). Display text is for people (property names,
// "All events"); SortRole carries the raw value so sorting is by value, not by translated text.
// Header and parameter values are never shown: they often hold secrets.
class WebhookListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListModel)

public:
    enum Column {
        ActiveColumn,
        CallbackUrlColumn,
        EventsColumn,
        ScopeColumn,
        SendDataColumn,
        HeadersColumn,
        ParamsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        SearchTextRole, // everything the text filter searches, lower case
        WebhookIdRole,
        IsGlobalRole,
        IsActiveRole,
    };

    explicit WebhookListModel(QObject *parent = nullptr);

    void setWebhooks(QList<Webhook> webhooks);
    const QList<Webhook> &webhooks() const { return m_webhooks; }
    const Webhook *webhookAt(int row) const;
    // id → property title, used by the Scope column; unknown ids are shown as the id.
    void setPropertyTitles(QHash<QString, QString> titles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString scopeText(const Webhook &webhook) const;

private:
    QVariant displayData(const Webhook &webhook, int column) const;
    QVariant sortData(const Webhook &webhook, int column) const;
    QVariant toolTipData(const Webhook &webhook, int column) const;
    QString searchText(const Webhook &webhook) const;

    QList<Webhook> m_webhooks;
    QHash<QString, QString> m_propertyTitles;
};

} // namespace Channex
