// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/postgres/PostgresServer.h"

#include <QCollator>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr char ServerUser[] = "postgres"; // who runs the server when the test runs as root
constexpr char DatabaseUser[] = "wc";

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// Gives the folder (and what is in it) to the server's user.
bool handOver(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const passwd *account = ::getpwnam(ServerUser);
    if (!account) {
        *error = u"There is no %1 user to run PostgreSQL as."_s.arg(QLatin1StringView(ServerUser));
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0) {
        *error = u"Cannot give %1 to the %2 user."_s.arg(path, QLatin1StringView(ServerUser));
        return false;
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return true;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PostgresServer::PostgresServer() : m_folder(QDir::tempPath() + u"/wc-postgres-XXXXXX"_s) { }

PostgresServer::~PostgresServer()
{
    QString ignored;
    stop(&ignored);
}

QString PostgresServer::binDirectory()
{
    const QString given = qEnvironmentVariable("WC_POSTGRES_BIN");
    if (!given.isEmpty())
        return given;
    QDir versions(u"/usr/lib/postgresql"_s);
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(found.begin(), found.end(), numeric);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const QString bin = versions.filePath(*it + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = binDirectory() + u'/' + program;
    if (runningAsRoot())
        process.start(u"runuser"_s,
                      QStringList {u"-u"_s, QString::fromLatin1(ServerUser), u"--"_s, path}
                          + arguments);
    else
        process.start(path, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"%1 failed: %2"_s.arg(program, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (m_running)
        return true;
    if (binDirectory().isEmpty()) {
        *error = u"PostgreSQL is not installed (Debian: apt-get install postgresql)."_s;
        return false;
    }
    if (!m_folder.isValid() || (runningAsRoot() && !handOver(m_folder.path(), error))) {
        if (error->isEmpty())
            *error = m_folder.errorString();
        return false;
    }
    const QString data = m_folder.filePath(u"data"_s);
    if (!m_initialised) {
        // Trust on loopback: the tests' database user has no password.
        if (!run(u"initdb"_s,
                 {u"-D"_s, data, u"-U"_s, QString::fromLatin1(DatabaseUser), u"-A"_s, u"trust"_s,
                  u"-E"_s, u"UTF8"_s, u"--no-locale"_s, u"--no-sync"_s},
                 error))
            return false;
        m_initialised = true;
        m_port = freePort();
    }
    // fsync off: the tests check what the console does, not the disk; the server is thrown away.
    const QString options
        = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"_s.arg(m_port).arg(
            m_folder.path());
    if (!run(u"pg_ctl"_s,
             {u"start"_s, u"-w"_s, u"-D"_s, data, u"-l"_s, m_folder.filePath(u"server.log"_s),
              u"-o"_s, options},
             error))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::stop(QString *error)
{
    if (!m_running)
        return true;
    if (!run(u"pg_ctl"_s,
             {u"stop"_s, u"-w"_s, u"-m"_s, u"fast"_s, u"-D"_s, m_folder.filePath(u"data"_s)},
             error))
        return false;
    m_running = false;
    return true;
}

Capture::StoreLocation PostgresServer::location(const QString &database) const
{
    QString ignored;
    return *Capture::StoreLocation::parse(url(database), &ignored);
}

QString PostgresServer::url(const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(QLatin1StringView(DatabaseUser))
        .arg(m_port)
        .arg(database);
}

Capture::StoreLocation PostgresServer::createDatabase(const QString &name, QString *error)
{
    const QString connection = u"wc_test_admin_"_s + name;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        admin.setHostName(u"127.0.0.1"_s);
        admin.setPort(m_port);
        admin.setUserName(QString::fromLatin1(DatabaseUser));
        admin.setDatabaseName(u"postgres"_s);
        if (!admin.open()) {
            *error = admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(u"CREATE DATABASE \"%1\""_s.arg(name)))
                *error = query.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return location(name);
}
