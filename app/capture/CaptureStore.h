// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureFilter.h"
#include "app/capture/CaptureRecord.h"
#include "app/capture/StoreLocation.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Capture {

// How many captures to keep. Zero means no limit, the default. Pinned captures are kept
// whatever the retention says.
struct Retention
{
    qint64 maxCount = 0;
    qint64 maxAgeDays = 0;
    friend bool operator==(const Retention &, const Retention &) = default;
};

// Deliveries in one minute for one event, for the chart.
struct MinuteCount
{
    QDateTime minute; // UTC, seconds zero
    QString event; // empty: not a Channex payload
    qint64 count = 0;
};

struct EventCount
{
    QString event; // empty: not a Channex payload
    qint64 count = 0;
};

// The durable capture store: one SQLite database in WAL mode, written by a thread of its
// own with group commit (every append that arrives while a transaction is being written goes
// into the next one), read through a separate connection on the calling thread. The SQL stays
// portable (plain types, no SQLite-only functions outside the connection set-up), so a team can
// share one PostgreSQL database instead (StoreLocation, SharedStore, StoreFollower).
//
// Threading: append() may be called from any thread. Its `done` runs on the store's writer
// thread after the transaction holding the row has committed, or failed. The write operations
// (setPinned, remove, clear, setRetention) are queued to the writer thread as well. The read
// functions run on the calling thread through that thread's own connection. Signals are emitted
// from the writer thread; connect them with a receiver context (queued to it).
class CaptureStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureStore)

public:
    explicit CaptureStore(QObject *parent = nullptr);
    ~CaptureStore() override; // writes what is queued, then stops the writer thread

    // Opens (creating when absent) the database file and starts the writer thread. False with
    // errorString() when the file cannot be opened or is not a capture database.
    bool open(const QString &databasePath);
    // The same for a file or a shared store (PostgreSQL: the schema is made when the database is
    // empty; a follower thread reports what other writers commit, docs/capture-store.md).
    bool open(const StoreLocation &location);
    // The same without waiting on this thread for a shared store's server: `done` runs on this
    // object's thread once the store is open and this console listens to its commits, or once
    // opening failed (errorString()). A file is opened at once, `done` following in the event
    // loop. The window opens a shared history this way, so a slow server does not freeze it.
    void openInBackground(const StoreLocation &location, std::function<void(bool opened)> done);
    // On an open shared store whose database has pg_trgm: builds the text search's trigram
    // indexes when missing, on a thread and connection of their own (PostgresTextSearch). The
    // window asks for it, where the text filter is used; closing the store cancels a build.
    void buildSearchIndexes();
    bool isBuildingSearchIndexes() const;
    bool isOpen() const;
    QString databasePath() const; // the file's absolute path; empty for a shared store
    StoreLocation location() const;
    // Whether several consoles share it: Clear All and retention are then the team's.
    bool isShared() const;
    // The file's native path or the shared store's URL, for sentences.
    QString displayName() const;
    QString errorString() const;
    // What open() changed that a person should hear of once (files made private), or empty.
    QString openNotice() const;
    // While a shared store's follower cannot reach the server: the sentence followLost() said.
    QString followLostError() const;

    // The default file: captures.sqlite in the application data directory (or --data-dir).
    static QString defaultPath(const QString &dataDirectory);

    // --- Writing (any thread) ---

    // `stored` is the record as written: id set, Duplicate/OutOfOrder marks decided. On failure
    // (disk full, database locked, store closed) `error` says why and stored.id is 0.
    using AppendDone = std::function<void(const CaptureRecord &stored, const QString &error)>;
    void append(CaptureRecord record, AppendDone done = {});

    // The answer of a capture stored before its answer was known (a forwarded request waits for
    // the app): `record` is the stored one (its id) with status, response, note, duration and
    // `forwarded` now filled in; the rest of the row is left as it is. `done` runs on the
    // writer thread after the commit, with a sentence when it failed; updated() follows.
    using AnswerDone = std::function<void(const QString &error)>;
    void updateAnswer(CaptureRecord record, AnswerDone done = {});

    void setPinned(const QList<qint64> &ids, bool pinned);
    void remove(const QList<qint64> &ids);
    // Removes every capture that is not pinned.
    void clear();
    // Applied at once and after every commit.
    void setRetention(const Retention &retention);
    Retention retention() const;

    // --- Reading (calling thread) ---

    // Ids matching the filter, oldest first.
    QList<qint64> ids(const CaptureFilter &filter) const;
    qint64 count(const CaptureFilter &filter = {}) const;
    // Summaries of the given ids, in the order given; ids no longer stored are skipped.
    QList<CaptureSummary> summaries(const QList<qint64> &ids) const;
    std::optional<CaptureRecord> load(qint64 id) const;
    // Calls `visit` for each matching capture, oldest first, one at a time (exports);
    // stops when it returns false.
    void forEach(const CaptureFilter &filter,
                 const std::function<bool(const CaptureRecord &)> &visit) const;
    QList<EventCount> eventCounts(const CaptureFilter &filter = {}) const;
    QList<MinuteCount> perMinute(const QDateTime &since) const;

signals:
    // After each commit: the rows it added (oldest first).
    void appended(const QList<Capture::CaptureSummary> &summaries);
    // After an answer was written into rows already announced (updateAnswer()).
    void updated(const QList<Capture::CaptureSummary> &summaries);
    // After pin, remove, clear or retention changed stored rows: lists reload.
    void changed();
    // A write failed (the requests in it were answered 503); emitted once until a write
    // succeeds again, which emits writeRecovered().
    void writeFailed(const QString &error);
    void writeRecovered();
    // A shared store: this console no longer hears of other writers' commits (the server is
    // down or unreachable); once each until it is back, which emits followRegained() and then
    // changed(), so that lists catch up.
    void followLost(const QString &error);
    void followRegained();

private:
    bool beginOpening(const StoreLocation &location);
    static bool prepareSchema(const StoreLocation &location, quint64 key, QString *error,
                              bool *searchIndexesMissing);
    void stopIndexing();
    // Starts the writer and, for a shared store, the follower (`listening` as StoreFollower's).
    void startWriting(std::function<void()> listening);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Capture
