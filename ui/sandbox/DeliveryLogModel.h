// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/deliveries/DeliveryAttempt.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace Sandbox::Deliveries {
class DeliveryLog;
}

namespace Gui {

// Every attempt of the sandbox's delivery log as a table, oldest first. Follows the log in
// batches, at most every 100 ms, and reads only what is new or still under way, so thousands of
// attempts a second cost the window little.
class DeliveryLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogModel)

public:
    enum Column { Started, Event, Webhook, Attempt, Result, Duration, NextAttempt, ColumnCount };

    // The log is not owned and must outlive the model.
    explicit DeliveryLogModel(Sandbox::Deliveries::DeliveryLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Sandbox::Deliveries::DeliveryAttempt &attemptAt(int row) const { return m_rows.at(row); }
    const QList<Sandbox::Deliveries::DeliveryAttempt> &attempts() const { return m_rows; }
    // The row of an attempt by its sequence number; -1 when not shown.
    int rowOf(quint64 sequence) const;
    // Webhook id → callback URL, for the Webhook column (the session's rows).
    void setWebhookUrls(QHash<QString, QString> urls);

    // Reads what changed in the log now (otherwise on its next announcement).
    void refresh();

    // "503 Service Unavailable. Next attempt at 12:00:01.", "No answer within 30 s." …
    static QString resultText(const Sandbox::Deliveries::DeliveryAttempt &attempt);

signals:
    // After each refresh that read the log (for the chart and the counts).
    void refreshed();

private:
    QPointer<Sandbox::Deliveries::DeliveryLog> m_log;
    QList<Sandbox::Deliveries::DeliveryAttempt> m_rows;
    QHash<QString, QString> m_webhookUrls;
    quint64 m_generation = 0;
    int m_firstOpen = 0; // rows before it are finished and never change again
    QTimer m_batch;
};

} // namespace Gui
