// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureFilter.h"
#include "app/capture/CaptureRecord.h"
#include "ui/live/CapturePages.h"
#include "ui/live/CaptureSearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Capture {
class CaptureStore;
}

namespace Gui {

// The captured list backed by the store, not by memory: it holds only the ids matching
// the filter and fetches their summaries a page at a time as rows are painted (CapturePages). New
// captures arrive in batches from the store; those that match the filter are inserted at the end in
// one go. While paused, they are held back (nothing is lost) until resume().
class CaptureListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureListModel)

public:
    enum Column { Time, Method, Path, Event, Property, Size, Status, Duration, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, MarksRole, EventRole };

    // The store is not owned and must outlive the model.
    explicit CaptureListModel(Capture::CaptureStore *store, QObject *parent = nullptr);
    ~CaptureListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFilter(const Capture::CaptureFilter &filter);
    const Capture::CaptureFilter &filter() const { return m_filter; }
    // Property id → name (the session's PropertyDirectory); unknown ids show as themselves.
    void setPropertyTitles(std::function<QString(const QString &)> title);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int pendingCount() const { return int(m_pending.size()); }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown
    std::optional<Capture::CaptureSummary> summaryAt(int row) const;

    // Reads the ids of the filter again (after pin, delete, clear or retention). With a text
    // filter the query runs off the GUI thread: the rows shown stay until its result arrives
    // (isSearching() meanwhile), and captures arriving in between are taken in after it.
    void reload();
    bool isSearching() const { return m_search.isRunning(); }
    // The headers and texts in the current language (LanguageChange).
    void retranslate();

    // A sentence for the marks of a capture ("Duplicate, secret mismatch"), empty without any.
    static QString marksText(Capture::Marks marks);

signals:
    void pendingCountChanged(int count);
    // A shown capture's answer was written after it was listed (forwarding): a detail view
    // showing it reads it again.
    void captureUpdated(qint64 id);
    void searchingChanged(bool searching);

private:
    void onAppended(const QList<Capture::CaptureSummary> &summaries);
    void onUpdated(const QList<Capture::CaptureSummary> &summaries);
    void applyIncoming();
    void showIds(QList<qint64> ids); // the filter's ids, from reload() or the search
    void insertIds(const QList<qint64> &ids);
    const Capture::CaptureSummary *summary(int row) const;
    QString propertyText(const QString &propertyId) const;

    QPointer<Capture::CaptureStore> m_store;
    Capture::CaptureFilter m_filter;
    QList<qint64> m_ids; // shown, oldest first
    QList<qint64> m_pending; // arrived while paused
    qint64 m_lastSeenId = 0; // the newest id considered (shown or pending)
    // Commits arrive hundreds of times a second under load; the list takes them in one go at
    // most every IncomingDelayMs, so painting never competes with every commit.
    static constexpr int IncomingDelayMs = 100;
    QList<Capture::CaptureSummary> m_incoming;
    QTimer m_incomingTimer;
    bool m_paused = false;
    std::function<QString(const QString &)> m_propertyTitle;
    CaptureSearch m_search;

    // After m_ids, which it reads.
    mutable CapturePages m_pages;
};

} // namespace Gui
