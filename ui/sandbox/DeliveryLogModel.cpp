// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandbox/DeliveryLogModel.h"

#include "app/http/HttpResponse.h"
#include "app/sandbox/deliveries/DeliveryLog.h"
#include "ui/common/StatusColours.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace Gui {

using Sandbox::Deliveries::DeliveryAttempt;

namespace {

QString clockTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

Tone toneOf(const DeliveryAttempt &attempt)
{
    switch (attempt.outcome()) {
    case DeliveryAttempt::Outcome::Delivered:
        return Tone::Success;
    case DeliveryAttempt::Outcome::Refused:
    case DeliveryAttempt::Outcome::WillRetry:
        return Tone::Warning;
    case DeliveryAttempt::Outcome::GaveUp:
        return Tone::Error;
    case DeliveryAttempt::Outcome::Sending:
        break;
    }
    return Tone::Normal;
}

} // namespace

DeliveryLogModel::DeliveryLogModel(Sandbox::Deliveries::DeliveryLog *log, QObject *parent)
    : QAbstractTableModel(parent), m_log(log)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(100);
    connect(&m_batch, &QTimer::timeout, this, &DeliveryLogModel::refresh);
    connect(log, &Sandbox::Deliveries::DeliveryLog::changed, this, [this] {
        if (!m_batch.isActive())
            m_batch.start();
    });
    refresh();
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DeliveryLogModel::rowOf(quint64 sequence) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), sequence,
        [](const DeliveryAttempt &attempt, quint64 wanted) { return attempt.sequence < wanted; });
    return it != m_rows.cend() && it->sequence == sequence ? int(it - m_rows.cbegin()) : -1;
}

void DeliveryLogModel::setWebhookUrls(QHash<QString, QString> urls)
{
    m_webhookUrls = std::move(urls);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Webhook), index(rowCount() - 1, Webhook));
}

void DeliveryLogModel::refresh()
{
    m_batch.stop();
    if (!m_log)
        return;
    const quint64 generation = m_log->generation();
    if (generation != m_generation) {
        beginResetModel();
        m_generation = generation;
        m_rows = m_log->attempts();
        m_firstOpen = 0;
        endResetModel();
    } else {
        // The log drops its oldest attempts past its limit: so does the table.
        const quint64 oldest = m_log->oldestSequence();
        int dropped = 0;
        while (dropped < m_rows.size() && (oldest == 0 || m_rows.at(dropped).sequence < oldest))
            ++dropped;
        if (dropped > 0) {
            beginRemoveRows({}, 0, dropped - 1);
            m_rows.remove(0, dropped);
            m_firstOpen = std::max(0, m_firstOpen - dropped);
            endRemoveRows();
        }
        // Only what may have changed: the attempts from the oldest one still under way.
        const quint64 from = m_firstOpen < m_rows.size()
            ? m_rows.at(m_firstOpen).sequence
            : (m_rows.isEmpty() ? 0 : m_rows.constLast().sequence + 1);
        QList<DeliveryAttempt> appended;
        for (const DeliveryAttempt &attempt : m_log->attemptsFrom(from)) {
            const int row = rowOf(attempt.sequence);
            if (row < 0) {
                appended << attempt;
            } else if (m_rows.at(row).finished != attempt.finished) {
                m_rows[row] = attempt;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        if (!appended.isEmpty()) {
            beginInsertRows({}, rowCount(), rowCount() + int(appended.size()) - 1);
            m_rows.append(appended);
            endInsertRows();
        }
    }
    while (m_firstOpen < m_rows.size() && m_rows.at(m_firstOpen).finished)
        ++m_firstOpen;
    emit refreshed();
}

QString DeliveryLogModel::resultText(const DeliveryAttempt &attempt)
{
    QString text;
    if (!attempt.finished)
        return tr("Sending…");
    if (attempt.status > 0)
        text = Http::HttpResponse::statusText(attempt.status);
    else
        text = attempt.error;
    switch (attempt.outcome()) {
    case DeliveryAttempt::Outcome::WillRetry:
        return tr("%1 Next attempt at %2.", "a status or an error sentence, then a time")
            .arg(attempt.status > 0 ? text + QLatin1Char('.') : text,
                 QLocale().toString(attempt.nextAttemptAt.toLocalTime().time(),
                                    QLocale::LongFormat));
    case DeliveryAttempt::Outcome::GaveUp:
        return tr("%1 Last attempt: not tried again.")
            .arg(attempt.status > 0 ? text + QLatin1Char('.') : text);
    case DeliveryAttempt::Outcome::Refused:
        return tr("%1 (final: not tried again)").arg(text);
    case DeliveryAttempt::Outcome::Delivered:
    case DeliveryAttempt::Outcome::Sending:
        break;
    }
    return text;
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DeliveryAttempt &attempt = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Result) {
        const Tone tone = toneOf(attempt);
        return tone == Tone::Normal ? QVariant()
                                    : QVariant(toneColour(tone, QApplication::palette()));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Attempt || index.column() == Duration))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Webhook)
        return attempt.url;
    if (role == Qt::ToolTipRole && index.column() != Result)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Started:
        return clockTime(attempt.startedAt);
    case Event:
        return attempt.event;
    case Webhook:
        return m_webhookUrls.value(attempt.webhookId, attempt.url);
    case Attempt:
        return attempt.attempt;
    case Result:
        return resultText(attempt);
    case Duration:
        return attempt.finished ? tr("%1 ms").arg(attempt.durationMs) : QString();
    case NextAttempt:
        return attempt.nextAttemptAt.isValid() ? clockTime(attempt.nextAttemptAt) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Started:
        return tr("Started");
    case Event:
        return tr("Event");
    case Webhook:
        return tr("Webhook");
    case Attempt:
        return tr("Attempt");
    case Result:
        return tr("Result");
    case Duration:
        return tr("Took");
    case NextAttempt:
        return tr("Next attempt");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Gui
