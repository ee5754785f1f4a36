// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureStore.h"

#include "app/capture/CaptureQueries.h"
#include "app/capture/CaptureSchema.h"
#include "app/capture/CaptureWriter.h"
#include "app/capture/PrivateFiles.h"
#include "app/capture/ReadConnections.h"
#include "app/capture/StoreFollower.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

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

    QSqlDatabase readConnection() const { return ReadConnections::forCurrentThread(key, location); }
};

CaptureStore::CaptureStore(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) { }

CaptureStore::~CaptureStore()
{
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
    if (d->writer) {
        d->errorString = tr("The capture store is open already.");
        return false;
    }
    d->location = location;
    d->openNotice.clear();
    if (!location.isShared()
        && !PrivateFiles::prepare(location.filePath(), &d->errorString, &d->openNotice))
        return false;
    // Create or check the schema once here, so that open() can say what is wrong.
    const QString setUpName = u"wc_capture_setup_%1"_s.arg(d->key);
    bool ready = false;
    {
        QSqlDatabase database
            = CaptureSchema::openConnection(setUpName, location, true, &d->errorString);
        ready = database.isOpen() && CaptureSchema::ensure(database, &d->errorString);
        database.close();
    }
    QSqlDatabase::removeDatabase(setUpName);
    if (!ready)
        return false;

    if (!location.isShared()) {
        d->path = QFileInfo(location.filePath()).absoluteFilePath();
        d->location = StoreLocation::file(d->path);
    }
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
    d->writer = std::make_unique<CaptureWriter>(d->location, std::move(callbacks));
    {
        QMutexLocker locker(&d->retentionMutex);
        if (d->retention != Retention())
            d->writer->setRetention(d->retention);
    }
    d->writer->start();
    if (location.isShared()) {
        StoreFollower::Callbacks follow;
        follow.appended = emitAppended;
        follow.updated = emitUpdated;
        follow.changed = emitChanged;
        follow.lost = [this](const QString &error) {
            emit followLost(error);
        };
        follow.regained = [this] {
            emit followRegained();
        };
        d->follower = std::make_unique<StoreFollower>(d->location, std::move(follow));
        d->follower->start();
    }
    return true;
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
