// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/StoreLocation.h"

#include <QString>
#include <QTemporaryDir>

// A real, throwaway PostgreSQL server for one test program: `initdb` into a temporary folder,
// started with `pg_ctl` on a free port of 127.0.0.1 (and its socket in that folder), stopped and
// removed by the destructor. The server refuses to run as root, so as root (CI) its programs run
// as the `postgres` user through runuser, which owns the folder. Debian keeps the programs in
// /usr/lib/postgresql/<version>/bin, off PATH; WC_POSTGRES_BIN names another folder.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer(); // stops the server

    // initdb (once) and start; false with a sentence in *error.
    bool start(QString *error);
    // pg_ctl stop -m fast: connections are cut, as when the server goes down.
    bool stop(QString *error);
    bool isRunning() const { return m_running; }

    // A new, empty database; its location (user `wc`, no password: the server trusts loopback).
    Capture::StoreLocation createDatabase(const QString &name, QString *error);
    Capture::StoreLocation location(const QString &database) const;
    QString url(const QString &database) const;
    int port() const { return m_port; }

    // The folder with initdb and pg_ctl, or empty when PostgreSQL is not installed.
    static QString binDirectory();

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;

    QTemporaryDir m_folder;
    int m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
};
