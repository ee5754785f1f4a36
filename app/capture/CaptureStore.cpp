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

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
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
    mutable QMutex followMutex;
    QString followLost; // the follower's sentence while it cannot reach the store

    QSqlDatabase readConnection() const { return ReadConnections::forCurrentThread(key, location); }
};

CaptureStore::CaptureStore(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) { }

CaptureStore::~CaptureStore()
{
    if (d->opening)
        d->opening->wait(); // connect_timeout at most; what it then posts here is dropped
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
    if (!prepareSchema(location, d->key, &error)) {
        d->errorString = error;
        return false;
    }
    startWriting({});
    return true;
}

void CaptureStore::openInBackground(const StoreLocation &location,
                                    std::function<void(bool opened)> done)
{
    if (!location.isShared() || !beginOpening(location)) {
        const bool opened = open(location);
        QMetaObject::invokeMethod(
            this, [done, opened] { done(opened); }, Qt::QueuedConnection);
        return;
    }
    // Connecting and checking the schema wait on the server (connect_timeout at most): a
    // thread of its own does it, and the rest follows on this object's thread.
    d->opening.reset(QThread::create([this, location, done] {
        QString error;
        const bool prepared = prepareSchema(location, d->key, &error);
        QMetaObject::invokeMethod(
            this,
            [this, prepared, error, done] {
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
    if (d->writer || (d->opening && d->opening->isRunning())) {
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

// Creates or checks the schema once here, so that opening can say what is wrong.
bool CaptureStore::prepareSchema(const StoreLocation &location, quint64 key, QString *error)
{
    const QString setUpName = u"wc_capture_setup_%1"_s.arg(key);
    bool ready = false;
    {
        QSqlDatabase database = CaptureSchema::openConnection(setUpName, location, true, error);
        ready = database.isOpen() && CaptureSchema::ensure(database, error);
        // The text search's trigram indexes, where pg_trgm is installed: without them (a build
        // refused, say for want of the table's ownership) the search reads every body.
        QString indexError;
        if (ready && location.isShared()
            && !PostgresTextSearch::ensureIndexes(database, &indexError))
            qWarning("Capture store: the text search's trigram indexes were not built: %s",
                     qPrintable(indexError));
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
