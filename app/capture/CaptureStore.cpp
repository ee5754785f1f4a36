// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureStore.h"

#include "app/capture/CaptureQueries.h"
#include "app/capture/CaptureSchema.h"
#include "app/capture/CaptureWriter.h"
#include "app/capture/PostgresTextSearch.h"
#include "app/capture/PrivateFiles.h"
#include "app/capture/ReadConnections.h"
#include "app/capture/StoreFollower.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

std::atomic<quint64> nextStoreKey {1};

} // namespace

class CaptureStore::Private
{
public:
    const quint64 key = nextStoreKey.fetch_add(1);
    StoreLocation location;
    QString path;
    QString errorString;
    QString openNotice;
    std::unique_ptr<CaptureWriter> writer;
    std::unique_ptr<StoreFollower> follower;
    mutable QMutex retentionMutex;
    Retention retention;
    std::unique_ptr<QThread> opening; // openInBackground()'s connecting and schema check
    bool openingPending = false; // from openInBackground() until its `done` ran
    bool searchIndexesMissing = false; // pg_trgm is installed, its indexes are not (yet)
    std::unique_ptr<QThread> indexing; // buildSearchIndexes()
    std::atomic<int> indexingBackend {0}; // its PostgreSQL backend's pid, to cancel it
    std::atomic<bool> indexingCancelled {false};
    mutable QMutex followMutex;
    QString followLost; // the follower's sentence while it cannot reach the store

    QSqlDatabase readConnection() const { return ReadConnections::forCurrentThread(key, location); }
};

CaptureStore::CaptureStore(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) { }

CaptureStore::~CaptureStore()
{
    if (d->opening)
        d->opening->wait(); // the server's answer or connect_timeout; what it posts is dropped
    stopIndexing();
    d->follower.reset();
    if (d->writer)
        d->writer->stop(); // writes what is queued first
    d->writer.reset();
    ReadConnections::removeAll(d->key);
}

bool CaptureStore::open(const QString &databasePath)
{
    return open(StoreLocation::file(databasePath));
}

bool CaptureStore::open(const StoreLocation &location)
{
    if (!beginOpening(location))
        return false;
    QString error;
    if (!prepareSchema(location, d->key, &error, &d->searchIndexesMissing)) {
        d->errorString = error;
        return false;
    }
    startWriting({});
    return true;
}

void CaptureStore::openInBackground(const StoreLocation &location,
                                    std::function<void(bool opened)> done)
{
    const auto answer = [this, done](bool opened) {
        QMetaObject::invokeMethod(
            this, [done, opened] { done(opened); }, Qt::QueuedConnection);
    };
    if (!location.isShared()) {
        answer(open(location));
        return;
    }
    if (!beginOpening(location)) {
        answer(false);
        return;
    }
    // Connecting and checking the schema wait on the server (connect_timeout when it does not
    // answer): a thread of its own does it, and the rest follows on this object's thread.
    d->openingPending = true;
    d->opening.reset(QThread::create([this, location, done] {
        QString error;
        bool indexesMissing = false;
        const bool prepared = prepareSchema(location, d->key, &error, &indexesMissing);
        QMetaObject::invokeMethod(
            this,
            [this, prepared, error, indexesMissing, done] {
                d->openingPending = false;
                d->searchIndexesMissing = indexesMissing;
                if (!prepared) {
                    d->errorString = error;
                    done(false);
                    return;
                }
                // Listening first: the lists read what was committed before it.
                startWriting([this, done] {
                    QMetaObject::invokeMethod(
                        this, [done] { done(true); }, Qt::QueuedConnection);
                });
            },
            Qt::QueuedConnection);
    }));
    d->opening->setObjectName(u"CaptureStoreOpening"_s);
    d->opening->start();
}

bool CaptureStore::beginOpening(const StoreLocation &location)
{
    if (d->writer || d->openingPending) {
        d->errorString = tr("The capture store is open already.");
        return false;
    }
    d->location = location;
    d->openNotice.clear();
    if (!location.isShared()
        && !PrivateFiles::prepare(location.filePath(), &d->errorString, &d->openNotice))
        return false;
    if (!location.isShared()) {
        d->path = QFileInfo(location.filePath()).absoluteFilePath();
        d->location = StoreLocation::file(d->path);
    }
    return true;
}

// Creates or checks the schema once here, so that opening can say what is wrong; on a shared
// store also says whether the text search's indexes are wanted and missing.
bool CaptureStore::prepareSchema(const StoreLocation &location, quint64 key, QString *error,
                                 bool *searchIndexesMissing)
{
    const QString setUpName = u"wc_capture_setup_%1"_s.arg(key);
    bool ready = false;
    {
        QSqlDatabase database = CaptureSchema::openConnection(setUpName, location, true, error);
        ready = database.isOpen() && CaptureSchema::ensure(database, error);
        *searchIndexesMissing
            = ready && location.isShared() && PostgresTextSearch::indexesMissing(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(setUpName);
    return ready;
}

void CaptureStore::startWriting(std::function<void()> listening)
{
    const StoreLocation &location = d->location;
    d->errorString.clear();
    // On a shared store the follower reports every commit, this console's own included, in the
    // order they committed; the writer reports only its failures.
    const auto emitAppended = [this](const QList<CaptureSummary> &rows) {
        emit appended(rows);
    };
    const auto emitUpdated = [this](const QList<CaptureSummary> &rows) {
        emit updated(rows);
    };
    const auto emitChanged = [this] {
        emit changed();
    };
    CaptureWriter::Callbacks callbacks;
    if (!location.isShared()) {
        callbacks.appended = emitAppended;
        callbacks.updated = emitUpdated;
        callbacks.changed = emitChanged;
    }
    callbacks.writeFailed = [this](const QString &error) {
        emit writeFailed(error);
    };
    callbacks.writeRecovered = [this] {
        emit writeRecovered();
    };
    d->writer = std::make_unique<CaptureWriter>(location, std::move(callbacks));
    {
        QMutexLocker locker(&d->retentionMutex);
        if (d->retention != Retention())
            d->writer->setRetention(d->retention);
    }
    d->writer->start();
    if (!location.isShared())
        return;
    StoreFollower::Callbacks follow;
    follow.appended = emitAppended;
    follow.updated = emitUpdated;
    follow.changed = emitChanged;
    follow.lost = [this](const QString &error) {
        {
            QMutexLocker locker(&d->followMutex);
            d->followLost = error;
        }
        emit followLost(error);
    };
    follow.regained = [this] {
        {
            QMutexLocker locker(&d->followMutex);
            d->followLost.clear();
        }
        emit followRegained();
    };
    d->follower = std::make_unique<StoreFollower>(location, std::move(follow));
    if (listening)
        d->follower->start(std::move(listening));
    else
        d->follower->start();
}

void CaptureStore::buildSearchIndexes()
{
    if (!d->searchIndexesMissing || !d->writer || d->indexing)
        return;
    // A connection of its own on a thread of its own: on a large history the build takes
    // minutes, while the store is in use (CREATE INDEX CONCURRENTLY); closing the store cancels
    // it, and the next console to open the store builds it again.
    const StoreLocation location = d->location;
    const QString name = u"wc_capture_indexing_%1"_s.arg(d->key);
    d->indexing.reset(QThread::create([this, location, name] {
        {
            QString error;
            QSqlDatabase database = CaptureSchema::openConnection(name, location, false, &error);
            if (database.isOpen()) {
                QSqlQuery pid(database);
                if (pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next())
                    d->indexingBackend = pid.value(0).toInt();
                if (!d->indexingCancelled && !PostgresTextSearch::ensureIndexes(database, &error)
                    && !d->indexingCancelled)
                    qWarning("Capture store: the text search's trigram indexes were not built: %s",
                             qPrintable(error));
                d->indexingBackend = 0;
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }));
    d->indexing->setObjectName(u"CaptureStoreIndexing"_s);
    d->indexing->start();
}

void CaptureStore::stopIndexing()
{
    if (!d->indexing)
        return;
    d->indexingCancelled = true;
    // A cancel reaches only a statement that runs: sent again until the thread ends (the
    // build's statements follow each other), from a connection of its own.
    const QString name = u"wc_capture_cancel_%1"_s.arg(d->key);
    for (int attempt = 0; attempt < 50 && !d->indexing->wait(QDeadlineTimer(200)); ++attempt) {
        const int backend = d->indexingBackend;
        if (backend == 0)
            continue;
        QString error;
        QSqlDatabase database = CaptureSchema::openConnection(name, d->location, false, &error);
        if (database.isOpen())
            QSqlQuery(database).exec(u"SELECT pg_cancel_backend(%1)"_s.arg(backend));
        database.close();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    d->indexing->wait();
    d->indexing.reset();
}

bool CaptureStore::isBuildingSearchIndexes() const
{
    return d->indexing && d->indexing->isRunning();
}

QString CaptureStore::followLostError() const
{
    QMutexLocker locker(&d->followMutex);
    return d->followLost;
}

bool CaptureStore::isOpen() const
{
    return d->writer != nullptr;
}

QString CaptureStore::databasePath() const
{
    return d->path;
}

StoreLocation CaptureStore::location() const
{
    return d->location;
}

bool CaptureStore::isShared() const
{
    return d->location.isShared();
}

QString CaptureStore::displayName() const
{
    return d->location.displayName();
}

QString CaptureStore::errorString() const
{
    return d->errorString;
}

QString CaptureStore::openNotice() const
{
    return d->openNotice;
}

QString CaptureStore::defaultPath(const QString &dataDirectory)
{
    return dataDirectory + u"/captures.sqlite"_s;
}

void CaptureStore::append(CaptureRecord record, AppendDone done)
{
    if (!record.receivedAt.isValid())
        record.receivedAt = QDateTime::currentDateTimeUtc();
    if (!d->writer) {
        record.id = 0;
        if (done)
            done(record, tr("The capture store is not open."));
        return;
    }
    d->writer->append(std::move(record), std::move(done));
}

void CaptureStore::updateAnswer(CaptureRecord record, AnswerDone done)
{
    if (!d->writer) {
        if (done)
            done(tr("The capture store is not open."));
        return;
    }
    d->writer->updateAnswer(std::move(record), std::move(done));
}

void CaptureStore::setPinned(const QList<qint64> &ids, bool pinned)
{
    if (d->writer)
        d->writer->setPinned(ids, pinned);
}

void CaptureStore::remove(const QList<qint64> &ids)
{
    if (d->writer)
        d->writer->remove(ids);
}

void CaptureStore::clear()
{
    if (d->writer)
        d->writer->clear();
}

void CaptureStore::setRetention(const Retention &retention)
{
    {
        QMutexLocker locker(&d->retentionMutex);
        d->retention = retention;
    }
    if (d->writer)
        d->writer->setRetention(retention);
}

Retention CaptureStore::retention() const
{
    QMutexLocker locker(&d->retentionMutex);
    return d->retention;
}

QList<qint64> CaptureStore::ids(const CaptureFilter &filter) const
{
    if (!d->writer)
        return {};
    QSqlDatabase database = d->readConnection();
    return CaptureQueries::ids(database, filter);
}

qint64 CaptureStore::count(const CaptureFilter &filter) const
{
    if (!d->writer)
        return 0;
    QSqlDatabase database = d->readConnection();
    return CaptureQueries::count(database, filter);
}

QList<CaptureSummary> CaptureStore::summaries(const QList<qint64> &ids) const
{
    if (!d->writer)
        return {};
    QSqlDatabase database = d->readConnection();
    return CaptureQueries::summaries(database, ids);
}

std::optional<CaptureRecord> CaptureStore::load(qint64 id) const
{
    if (!d->writer)
        return std::nullopt;
    QSqlDatabase database = d->readConnection();
    return CaptureQueries::load(database, id);
}

void CaptureStore::forEach(const CaptureFilter &filter,
                           const std::function<bool(const CaptureRecord &)> &visit) const
{
    if (!d->writer)
        return;
    QSqlDatabase database = d->readConnection();
    CaptureQueries::forEach(database, filter, visit);
}

QList<EventCount> CaptureStore::eventCounts(const CaptureFilter &filter) const
{
    if (!d->writer)
        return {};
    QSqlDatabase database = d->readConnection();
    return CaptureQueries::eventCounts(database, filter);
}

QList<MinuteCount> CaptureStore::perMinute(const QDateTime &since) const
{
    if (!d->writer)
        return {};
    QSqlDatabase database = d->readConnection();
    return CaptureQueries::perMinute(database, since);
}

} // namespace Capture
