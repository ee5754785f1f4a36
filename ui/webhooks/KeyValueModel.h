// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QMap>

namespace Gui {

// Rows of a webhook's headers or request params for KeyValueEditor: name and value columns,
// values shown as dots while masked (the edit role always holds the real text), and a
// problem per row shown as an icon and tooltip on the name.
class KeyValueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueModel)

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    KeyValueModel(const QString &nameHeader, QObject *parent = nullptr);

    void setEntries(const Channex::KeyValueList &entries);
    const Channex::KeyValueList &entries() const { return m_entries; }
    // Appends a row and returns its index.
    int appendEntry(const Channex::KeyValue &entry);
    void setValue(int row, const QString &value);

    // The first column's title ("Name"), again after a change of language.
    void setNameHeader(const QString &title);
    void setValuesMasked(bool masked);
    bool valuesMasked() const { return m_masked; }
    // Row → sentence; rows without one are fine.
    void setRowProblems(const QMap<int, QString> &problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    // The user (or the owner) changed the rows.
    void entriesChanged();

private:
    QString m_nameHeader;
    Channex::KeyValueList m_entries;
    QMap<int, QString> m_problems;
    bool m_masked = false;
    QIcon m_problemIcon;
};

} // namespace Gui
