// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/ReadConnections.h"

#include "app/capture/CaptureSchema.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Capture::ReadConnections {

namespace {

// Every read connection still registered, by name, with its store; guarded by registryMutex.
QMutex registryMutex;
QHash<QString, quint64> &registry()
{
    static QHash<QString, quint64> connections;
    return connections;
}

void removeConnection(const QString &name)
{
    QMutexLocker locker(&registryMutex);
    if (registry().remove(name) > 0)
        QSqlDatabase::removeDatabase(name);
}

// The names this thread opened; its destructor runs as the thread ends.
struct ThreadConnections
{
    QList<QString> names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            removeConnection(name);
    }
};

thread_local ThreadConnections threadConnections;

} // namespace

QSqlDatabase forCurrentThread(quint64 storeKey, const StoreLocation &location)
{
    const QString name = u"wc_capture_read_%1_%2"_s.arg(storeKey).arg(
        reinterpret_cast<quintptr>(QThread::currentThreadId()));
    {
        QMutexLocker locker(&registryMutex);
        if (registry().contains(name)) {
            QSqlDatabase database = QSqlDatabase::database(name, false);
            if (!database.isOpen() && location.isShared())
                database.open(); // dropped after a failed query (CaptureQueries); fails fast
            return database;
        }
        registry().insert(name, storeKey);
    }
    threadConnections.names.append(name);
    // A QThread says it has finished before wait() returns (thread_local destructors run only
    // after that); the destructor stays for threads Qt did not start.
    QObject::connect(
        QThread::currentThread(), &QThread::finished, QThread::currentThread(),
        [name] { removeConnection(name); }, Qt::DirectConnection);
    QString error;
    QSqlDatabase database = CaptureSchema::openConnection(name, location, false, &error);
    if (!database.isOpen())
        qWarning("Capture store: %s", qPrintable(error));
    return database;
}

void removeAll(quint64 storeKey)
{
    QMutexLocker locker(&registryMutex);
    for (auto it = registry().begin(); it != registry().end();) {
        if (it.value() == storeKey) {
            QSqlDatabase::removeDatabase(it.key());
            it = registry().erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace Capture::ReadConnections
