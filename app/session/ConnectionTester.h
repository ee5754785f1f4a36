// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Channex {
class ChannexClient;
}

namespace Session {

// "Test connection": one cheap authenticated GET against a server root with a key, and a
// sentence that names what is wrong (bad key, no network, TLS, wrong host, not a Channex server).
// Nothing is retried: the point is to see the first failure as it is.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    struct Result
    {
        bool ok = false;
        int webhookCount = 0; // when ok
        Channex::ApiError error; // when not ok
        QString host;

        // One sentence for the dialog: what works, or what is wrong and what to do.
        QString sentence() const;
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a test still running is abandoned (its result never arrives).
    void test(const QUrl &serverRoot, const QString &apiKey);
    void cancel();
    bool isRunning() const;

signals:
    void finished(const Session::ConnectionTester::Result &result);

private:
    QPointer<Channex::ChannexClient> m_client;
};

} // namespace Session
