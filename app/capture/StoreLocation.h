// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Capture {

// Where the captures are kept: this console's SQLite file, or a PostgreSQL database that a team
// shares ("Shared capture history", --store URL; docs/capture-store.md). A PostgreSQL location
// never holds a password: libpq reads it from PGPASSWORD or ~/.pgpass, and a URL that carries
// one is refused, as it would end up in shell histories and process lists.
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(Capture::StoreLocation)

public:
    StoreLocation() = default;
    static StoreLocation file(const QString &path);
    // postgresql://[user@]host[:port]/database[?option=value&…] (postgres:// too), libpq's URI
    // form; the options are libpq's connection keywords (sslmode, application_name, …). Empty,
    // with a sentence in *error, for anything else.
    static std::optional<StoreLocation> parse(const QString &url, QString *error);
    // Whether `text` means a PostgreSQL URL (postgresql:// or postgres://) rather than a file.
    static bool isPostgresUrl(const QString &text);

    bool isShared() const { return m_shared; }
    bool isEmpty() const { return !m_shared && m_path.isEmpty(); }
    QString filePath() const { return m_path; } // the SQLite file; empty when shared

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // A password kept outside the URL (the window's keychain entry); empty: libpq's own sources.
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    // For QSqlDatabase::setConnectOptions (QPSQL): the given options, plus a connect timeout and
    // a TCP user timeout unless given, so that an unreachable server is an error within seconds
    // rather than libpq's endless wait.
    QString connectOptions() const;
    // The URL as a person reads it (no password, as none is kept), or the file's native path.
    QString displayName() const;

    friend bool operator==(const StoreLocation &, const StoreLocation &) = default;

private:
    static QString passwordRefused();

    bool m_shared = false;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
    QString m_password;
};

} // namespace Capture
