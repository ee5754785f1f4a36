// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/StoreFollower.h"

#include "app/capture/CaptureQueries.h"
#include "app/capture/CaptureSchema.h"
#include "app/capture/SharedStore.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

std::atomic<quint64> nextFollowerNumber {1};
constexpr int HeartbeatMs = 1000;

} // namespace

class StoreFollower::Listener final : public QObject
{
public:
    Listener(const StoreLocation &location, Callbacks callbacks)
        : m_location(location), m_callbacks(std::move(callbacks)),
          m_name(u"wc_capture_follower_%1"_s.arg(nextFollowerNumber.fetch_add(1)))
    { }

    // On the follower's thread.
    void begin()
    {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(HeartbeatMs);
        QObject::connect(m_heartbeat, &QTimer::timeout, this, [this] { beat(); });
        m_heartbeat->start();
        listen();
    }

    void end()
    {
        delete m_heartbeat;
        m_heartbeat = nullptr;
        disconnectFromStore();
    }

private:
    bool listen()
    {
        QString error;
        m_database = CaptureSchema::openConnection(m_name, m_location, false, &error);
        if (!m_database.isOpen()
            || !m_database.driver()->subscribeToNotification(
                QString::fromLatin1(SharedStore::NotifyChannel))) {
            if (error.isEmpty())
                error = m_database.driver()->lastError().text();
            disconnectFromStore();
            setLost(error);
            return false;
        }
        QObject::connect(m_database.driver(), &QSqlDriver::notification, this,
                         [this](const QString &, QSqlDriver::NotificationSource,
                                const QVariant &payload) { received(payload.toString()); });
        return true;
    }

    void disconnectFromStore()
    {
        if (m_database.isValid()) {
            m_database.close();
            m_database = QSqlDatabase();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    void beat()
    {
        if (!m_database.isValid()) { // lost: try again, and catch up once back
            if (listen())
                setRegained();
            return;
        }
        QSqlQuery query(m_database);
        if (query.exec(u"SELECT 1"_s))
            return;
        const QString error = query.lastError().text();
        query = QSqlQuery();
        disconnectFromStore();
        setLost(error);
    }

    void received(const QString &payload)
    {
        const QStringList parts = payload.split(u' ');
        const QString kind = parts.value(0);
        if (kind == u"a"_s && parts.size() == 3) {
            const QList<CaptureSummary> rows = CaptureQueries::summariesBetween(
                m_database, parts.at(1).toLongLong(), parts.at(2).toLongLong());
            if (!rows.isEmpty() && m_callbacks.appended)
                m_callbacks.appended(rows);
        } else if (kind == u"u"_s && parts.size() == 2) {
            const QList<CaptureSummary> rows
                = CaptureQueries::summaries(m_database, {parts.at(1).toLongLong()});
            if (!rows.isEmpty() && m_callbacks.updated)
                m_callbacks.updated(rows);
        } else if (kind == u"c"_s && m_callbacks.changed) {
            m_callbacks.changed();
        }
    }

    void setLost(const QString &error)
    {
        if (std::exchange(m_lost, true))
            return;
        if (m_callbacks.lost)
            m_callbacks.lost(
                QCoreApplication::translate("Capture::CaptureStore",
                                            "The shared capture history %1 cannot be reached "
                                            "(%2). New captures appear again when it is back.")
                    .arg(m_location.displayName(), error.trimmed()));
    }

    void setRegained()
    {
        if (!std::exchange(m_lost, false))
            return;
        if (m_callbacks.regained)
            m_callbacks.regained();
        if (m_callbacks.changed) // what was committed meanwhile
            m_callbacks.changed();
    }

    const StoreLocation m_location;
    const Callbacks m_callbacks;
    const QString m_name;
    QSqlDatabase m_database;
    QTimer *m_heartbeat = nullptr;
    bool m_lost = false;
};

StoreFollower::StoreFollower(const StoreLocation &location, Callbacks callbacks)
    : m_listener(new Listener(location, std::move(callbacks)))
{
    m_thread.setObjectName(u"StoreFollower"_s);
    m_listener->moveToThread(&m_thread);
}

StoreFollower::~StoreFollower()
{
    if (m_thread.isRunning()) {
        Listener *listener = m_listener;
        QMetaObject::invokeMethod(
            listener,
            [listener] {
                listener->end();
                delete listener;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_listener;
    }
}

void StoreFollower::start()
{
    m_thread.start();
    Listener *listener = m_listener;
    QMetaObject::invokeMethod(
        listener, [listener] { listener->begin(); }, Qt::BlockingQueuedConnection);
}

void StoreFollower::start(std::function<void()> listening)
{
    m_thread.start();
    Listener *listener = m_listener;
    QMetaObject::invokeMethod(listener, [listener, listening = std::move(listening)] {
        listener->begin();
        if (listening)
            listening();
    });
}

} // namespace Capture
