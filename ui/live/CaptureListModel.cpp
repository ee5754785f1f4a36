// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/CaptureListModel.h"

#include "app/capture/CaptureStore.h"
#include "ui/common/StatusColours.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <utility>

using Capture::CaptureFilter;
using Capture::CaptureSummary;
using Capture::Mark;
using Capture::Marks;

namespace Gui {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString durationText(qint64 us)
{
    if (us < 1000)
        return CaptureListModel::tr("%1 µs").arg(us);
    if (us < 1000000)
        return CaptureListModel::tr("%1 ms").arg(QLocale().toString(double(us) / 1000.0, 'f', 1));
    return CaptureListModel::tr("%1 s").arg(QLocale().toString(double(us) / 1000000.0, 'f', 2));
}

} // namespace

CaptureListModel::CaptureListModel(Capture::CaptureStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_search(store), m_pages(store, m_ids)
{
    connect(&m_pages, &CapturePages::pageRead, this, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
    m_incomingTimer.setSingleShot(true);
    m_incomingTimer.setInterval(IncomingDelayMs);
    connect(&m_incomingTimer, &QTimer::timeout, this, &CaptureListModel::applyIncoming);
    connect(store, &Capture::CaptureStore::appended, this, &CaptureListModel::onAppended);
    connect(store, &Capture::CaptureStore::updated, this, &CaptureListModel::onUpdated);
    connect(store, &Capture::CaptureStore::changed, this, &CaptureListModel::reload);
    connect(&m_search, &CaptureSearch::finished, this, &CaptureListModel::showIds);
    connect(&m_search, &CaptureSearch::runningChanged, this, &CaptureListModel::searchingChanged);
    reload();
}

CaptureListModel::~CaptureListModel() = default;

int CaptureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CaptureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaptureListModel::marksText(Marks marks)
{
    QStringList parts;
    if (marks.testFlag(Mark::Rejected))
        parts << tr("rejected by the receiver");
    if (marks.testFlag(Mark::SecretMismatch))
        parts << tr("secret header missing or wrong (answered 401)");
    if (marks.testFlag(Mark::Duplicate))
        parts << tr("duplicate: the same body arrived before for this event and property");
    if (marks.testFlag(Mark::OutOfOrder))
        parts << tr("out of order: its timestamp is earlier than one already received about the "
                    "same booking, ARI record or message thread");
    if (marks.testFlag(Mark::Pinned))
        parts << tr("pinned: kept by Clear and retention");
    if (marks.testFlag(Mark::AnsweredByRule))
        parts << tr("answered by a response rule");
    if (marks.testFlag(Mark::Forwarded))
        parts << tr("forwarded to your app, which gave the answer");
    return parts.join(QStringLiteral("; "));
}

QVariant CaptureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
        && role != Qt::FontRole && role != MarksRole && role != EventRole
        && role != Qt::TextAlignmentRole && role != Qt::DecorationRole
        && role != Qt::AccessibleTextRole)
        return {};
    const CaptureSummary *s = summary(index.row());
    if (!s || s->id == 0)
        return {};
    const bool warning = (s->marks & Capture::AttentionMarks) != Marks();
    switch (role) {
    case MarksRole:
        return int(s->marks);
    case EventRole:
        return s->event;
    case Qt::ForegroundRole:
        if (warning)
            return toneColour(Tone::Warning, QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (s->marks.testFlag(Mark::Pinned)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    // Pinned: bold, a pin before the time, and said in words to screen readers; the time
    // column stays as narrow as a time.
    case Qt::DecorationRole:
        if (index.column() == Time && s->marks.testFlag(Mark::Pinned))
            return QIcon(QStringLiteral(":/icons/pin.svg"));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() != Time)
            return data(index, Qt::DisplayRole);
        return s->marks.testFlag(Mark::Pinned)
            ? tr("%1 (pinned)").arg(data(index, Qt::DisplayRole).toString())
            : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Duration || index.column() == Status)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        const QString marks = marksText(s->marks);
        if (index.column() == Property && !s->propertyId.isEmpty())
            return s->propertyId;
        if (index.column() == Time)
            return QLocale().toString(s->receivedAt.toLocalTime(), QLocale::LongFormat);
        return marks.isEmpty() ? QVariant() : QVariant(marks);
    }
    default:
        break;
    }
    switch (index.column()) {
    case Time: {
        return s->receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    }
    case Method:
        return QString::fromLatin1(s->method);
    case Path:
        return s->path;
    case Event:
        return s->event.isEmpty() ? tr("—") : s->event;
    case Property:
        return propertyText(s->propertyId);
    case Size:
        return sizeText(s->size);
    case Status: {
        QStringList words;
        if (s->marks.testFlag(Mark::Rejected))
            words << tr("rejected");
        if (s->marks.testFlag(Mark::SecretMismatch))
            words << tr("secret");
        if (s->marks.testFlag(Mark::Duplicate))
            words << tr("duplicate");
        if (s->marks.testFlag(Mark::OutOfOrder))
            words << tr("out of order");
        if (s->marks.testFlag(Mark::AnsweredByRule))
            words << tr("rule");
        if (s->marks.testFlag(Mark::Forwarded))
            words << tr("forwarded");
        const QString status = s->status > 0     ? QString::number(s->status)
            : s->marks.testFlag(Mark::Forwarded) ? tr("waiting")
                                                 : tr("closed");
        return words.isEmpty() ? status
                               : tr("%1 · %2").arg(words.join(QStringLiteral(", ")), status);
    }
    case Duration:
        return durationText(s->durationUs);
    default:
        return {};
    }
}

QVariant CaptureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Event:
        return tr("Event");
    case Property:
        return tr("Property");
    case Size:
        return tr("Size");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

QString CaptureListModel::propertyText(const QString &propertyId) const
{
    if (propertyId.isEmpty())
        return {};
    return m_propertyTitle ? m_propertyTitle(propertyId) : propertyId;
}

void CaptureListModel::setPropertyTitles(std::function<QString(const QString &)> title)
{
    m_propertyTitle = std::move(title);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, Property), index(rowCount() - 1, Property));
}

void CaptureListModel::setFilter(const CaptureFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaptureListModel::reload()
{
    if (!m_store)
        return;
    // Off the GUI thread: ten million ids take a while even from an index. The captures
    // announced so far were committed before the search begins, so it lists them (or not,
    // when they were deleted since: a Clear All after their arrival must not bring them back).
    m_incoming.clear();
    m_incomingTimer.stop();
    m_search.start(m_filter);
}

void CaptureListModel::showIds(QList<qint64> ids)
{
    QList<qint64> pending;
    // While paused the rows shown stay where they are: whatever is newer than the newest row
    // shown waits with the rest of the pending ones.
    if (m_paused && !m_ids.isEmpty()) {
        const qint64 newestShown = m_ids.constLast();
        const auto split = std::upper_bound(ids.cbegin(), ids.cend(), newestShown);
        pending = QList<qint64>(split, ids.cend());
        ids.erase(split, ids.cend());
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    endResetModel();
    m_lastSeenId = std::max(m_ids.isEmpty() ? 0 : m_ids.constLast(),
                            pending.isEmpty() ? 0 : pending.constLast());
    if (pending != m_pending) {
        m_pending = std::move(pending);
        emit pendingCountChanged(int(m_pending.size()));
    }
    // Captures that arrived while a search ran.
    if (!m_incoming.isEmpty() && !m_incomingTimer.isActive())
        m_incomingTimer.start();
}

void CaptureListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CaptureListModel::onAppended(const QList<CaptureSummary> &summaries)
{
    if (!m_store || summaries.isEmpty())
        return;
    m_incoming << summaries;
    if (!m_incomingTimer.isActive())
        m_incomingTimer.start();
}

void CaptureListModel::onUpdated(const QList<CaptureSummary> &summaries)
{
    // A forwarded request's answer arrived: the row shows it where it is, filter or not (it
    // matched when it was taken in; a reload decides again).
    for (const CaptureSummary &updated : summaries) {
        const int row = rowOf(updated.id);
        if (row < 0)
            continue;
        m_pages.replace(row, updated);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        emit captureUpdated(updated.id);
    }
}

void CaptureListModel::applyIncoming()
{
    if (m_search.isRunning())
        return; // taken in when its result is shown: it may already hold some of them
    const QList<CaptureSummary> summaries = std::exchange(m_incoming, {});
    if (!m_store || summaries.isEmpty())
        return;
    QList<qint64> fresh;
    if (!m_filter.text.isEmpty() && m_store->isShared()) {
        reload(); // off the GUI thread, the new ones with the rest
        return;
    }
    if (!m_filter.text.isEmpty()) {
        // Text is matched in SQL (bodies are not in the summaries): ask for the new ids only.
        Capture::CaptureFilter newer = m_filter;
        newer.afterId = m_lastSeenId;
        fresh = m_store->ids(newer);
    } else {
        for (const CaptureSummary &s : summaries) {
            if (s.id > m_lastSeenId && m_filter.matches(s))
                fresh << s.id;
        }
    }
    // The text query may already see captures of a later batch: never take one twice.
    for (const CaptureSummary &s : summaries)
        m_lastSeenId = std::max(m_lastSeenId, s.id);
    if (!fresh.isEmpty())
        m_lastSeenId = std::max(m_lastSeenId, fresh.constLast());
    if (fresh.isEmpty())
        return;
    if (m_paused) {
        m_pending << fresh;
        emit pendingCountChanged(int(m_pending.size()));
        return;
    }
    insertIds(fresh);
}

void CaptureListModel::insertIds(const QList<qint64> &ids)
{
    const int first = int(m_ids.size());
    // The last page was fetched shorter than it will be now.
    m_pages.dropFrom(first);
    beginInsertRows({}, first, first + int(ids.size()) - 1);
    m_ids << ids;
    endInsertRows();
}

void CaptureListModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_paused || m_pending.isEmpty())
        return;
    const QList<qint64> pending = std::exchange(m_pending, {});
    insertIds(pending);
    emit pendingCountChanged(0);
}

qint64 CaptureListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int CaptureListModel::rowOf(qint64 id) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

std::optional<CaptureSummary> CaptureListModel::summaryAt(int row) const
{
    const CaptureSummary *s = summary(row);
    if (!s || s->id == 0)
        return std::nullopt;
    return *s;
}

const CaptureSummary *CaptureListModel::summary(int row) const
{
    return m_pages.summary(row);
}

} // namespace Gui
