// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureStore.h"

#include "app/capture/CaptureQueries.h"
#include "app/capture/CaptureSchema.h"
#include "app/capture/CaptureWriter.h"
#include "app/capture/PrivateFiles.h"
#include "app/capture/ReadConnections.h"

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
    QString path;
    QString errorString;
    QString openNotice;
    std::unique_ptr<CaptureWriter> writer;
    mutable QMutex retentionMutex;
    Retention retention;

    QSqlDatabase readConnection() const { return ReadConnections::forCurrentThread(key, path); }
};

CaptureStore::CaptureStore(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) { }

CaptureStore::~CaptureStore()
{
    if (d->writer)
        d->writer->stop(); // writes what is queued first
    d->writer.reset();
    ReadConnections::removeAll(d->key);
}

bool CaptureStore::open(const QString &databasePath)
{
    if (d->writer) {
        d->errorString = tr("The capture store is open already.");
        return false;
    }
    const QFileInfo file(databasePath);
    d->openNotice.clear();
    if (!PrivateFiles::prepare(databasePath, &d->errorString, &d->openNotice))
        return false;
    // Create or check the schema once here, so that open() can say what is wrong.
    const QString setUpName = u"wc_capture_setup_%1"_s.arg(d->key);
    bool ready = false;
    {
        QSqlDatabase database
            = CaptureSchema::openConnection(setUpName, databasePath, true, &d->errorString);
        ready = database.isOpen() && CaptureSchema::ensure(database, &d->errorString);
        database.close();
    }
    QSqlDatabase::removeDatabase(setUpName);
    if (!ready)
        return false;

    d->path = file.absoluteFilePath();
    d->errorString.clear();
    CaptureWriter::Callbacks callbacks;
    callbacks.appended = [this](const QList<CaptureSummary> &rows) {
        emit appended(rows);
    };
    callbacks.updated = [this](const QList<CaptureSummary> &rows) {
        emit updated(rows);
    };
    callbacks.changed = [this] {
        emit changed();
    };
    callbacks.writeFailed = [this](const QString &error) {
        emit writeFailed(error);
    };
    callbacks.writeRecovered = [this] {
        emit writeRecovered();
    };
    d->writer = std::make_unique<CaptureWriter>(d->path, std::move(callbacks));
    {
        QMutexLocker locker(&d->retentionMutex);
        if (d->retention != Retention())
            d->writer->setRetention(d->retention);
    }
    d->writer->start();
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
