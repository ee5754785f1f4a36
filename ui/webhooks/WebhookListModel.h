// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"
#include "app/channex/WebhookCollection.h"
#include "app/channex/WebhookOverlaps.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace Gui {

using Channex::Webhook;
using Channex::WebhookCollection;

// The webhooks of one account as a table: a view on the account's WebhookCollection, whose
// row-level changes it forwards, so a refresh or an edit keeps selection and scroll. Display
// text is for people (property names, "All events"); SortRole carries the raw value so sorting
// is by value, not by translated text. Header and parameter values are never shown: they often
// hold secrets. The Warnings column shows the overlap check (WebhookOverlaps) of the whole
// account, computed once after a burst of row changes rather than at each.
class WebhookListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListModel)

public:
    // Scope comes second: at 800×600 the property name must be on screen.
    enum Column {
        ActiveColumn,
        ScopeColumn,
        CallbackUrlColumn,
        EventsColumn,
        SendDataColumn,
        HeadersColumn,
        ParamsColumn,
        IdColumn, // hidden by default; the header menu shows it
        // Last in the model, so that a header state saved before it existed still restores;
        // the panel shows it after Scope.
        WarningsColumn,
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

    // The rows shown; nullptr shows none. Not owned.
    void setCollection(WebhookCollection *collection);
    WebhookCollection *collection() const { return m_collection; }
    const Webhook *webhookAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString scopeText(const Webhook &webhook) const;
    // Whether the account is on Channex's production server (plain http is warned about there).
    void setProductionServer(bool production);
    // The overlap findings that involve this webhook, as the Warnings column shows them.
    QList<Channex::Overlap> overlapsOf(const QString &webhookId) const;
    // The language changed: every cell and title is asked for again.
    void retranslate();

    // The names of headers or parameters (their values are never shown in the table).
    static QStringList keysOf(const std::optional<Channex::KeyValueList> &values);

signals:
    // The user ticked or cleared the Active box of a row; the owner decides (and may refuse).
    void activeToggleRequested(const QString &webhookId, bool active);

private:
    void connectCollection();
    QVariant displayData(const Webhook &webhook, int column) const;
    QVariant sortData(const Webhook &webhook, int column) const;
    QVariant toolTipData(const Webhook &webhook, int column) const;
    QString eventsToolTip(const Webhook &webhook) const;
    QString searchText(const Webhook &webhook) const;

    void allRowsChanged();
    void overlapsNeedUpdate() { m_overlapUpdate.start(); }
    void computeOverlaps();
    void updateOverlaps();
    const QList<Channex::Overlap> &rowOverlaps(const QString &webhookId) const;

    QPointer<WebhookCollection> m_collection;
    // What the filter searches, per webhook id, kept until the row changes.
    mutable QHash<QString, QString> m_searchTexts;
    bool m_production = false;
    // By webhook id: at once for a new collection, else once after a burst of row changes
    // (a refresh changes many rows; checking after each would be quadratic).
    QHash<QString, QList<Channex::Overlap>> m_overlaps;
    QTimer m_overlapUpdate;
};

} // namespace Gui
