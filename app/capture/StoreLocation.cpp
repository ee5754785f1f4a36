// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/StoreLocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

// libpq's connection keywords that a URL may carry as query parameters
// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-PARAMKEYWORDS), without the
// ones the URL's own parts say (host, port, dbname, user) and without the secrets (password,
// sslpassword), which never go into a URL here.
const QStringList &allowedOptions()
{
    static const QStringList options = {u"application_name"_s,
                                        u"channel_binding"_s,
                                        u"connect_timeout"_s,
                                        u"gssencmode"_s,
                                        u"keepalives"_s,
                                        u"keepalives_count"_s,
                                        u"keepalives_idle"_s,
                                        u"keepalives_interval"_s,
                                        u"krbsrvname"_s,
                                        u"options"_s,
                                        u"passfile"_s,
                                        u"sslcert"_s,
                                        u"sslcompression"_s,
                                        u"sslcrl"_s,
                                        u"sslkey"_s,
                                        u"sslmode"_s,
                                        u"sslrootcert"_s,
                                        u"ssl_min_protocol_version"_s,
                                        u"target_session_attrs"_s,
                                        u"tcp_user_timeout"_s};
    return options;
}

// A libpq connection-string value: quoted, with quotes and backslashes escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u"'"_s + escaped + u"'"_s;
}

} // namespace

QString StoreLocation::passwordRefused()
{
    return tr("The URL carries a password. Leave it out: the password is read from the "
              "PGPASSWORD environment variable or ~/.pgpass (or the keychain, for the window's "
              "shared capture history).");
}

StoreLocation StoreLocation::file(const QString &path)
{
    StoreLocation location;
    location.m_path = path;
    return location;
}

bool StoreLocation::isPostgresUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<StoreLocation> StoreLocation::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (!isPostgresUrl(trimmed)) {
        *error = tr("A shared capture history is a PostgreSQL URL such as "
                    "postgresql://user@host:5432/database.");
        return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("%1 is not a valid URL: %2").arg(trimmed, url.errorString());
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = passwordRefused();
        return std::nullopt;
    }
    StoreLocation location;
    location.m_shared = true;
    location.m_host = url.host();
    location.m_user = url.userName();
    location.m_database = url.path().mid(1); // without the leading slash
    if (url.port() != -1)
        location.m_port = url.port();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host"_s) { // a socket directory, as libpq allows
            location.m_host = value;
        } else if (key == u"password"_s || key == u"sslpassword"_s) {
            *error = passwordRefused();
            return std::nullopt;
        } else if (!allowedOptions().contains(key)) {
            *error = tr("%1 is not a PostgreSQL connection option this console passes on (it "
                        "takes %2).")
                         .arg(key, allowedOptions().join(u", "_s));
            return std::nullopt;
        } else {
            location.m_options.append({key, value});
        }
    }
    if (location.m_database.isEmpty() || location.m_database.contains(u'/')) {
        *error = tr("The URL names no database: add it as the path, e.g. "
                    "postgresql://user@host:5432/webhooks.");
        return std::nullopt;
    }
    if (location.m_host.isEmpty())
        location.m_host = u"localhost"_s;
    return location;
}

QString StoreLocation::connectOptions() const
{
    QStringList options;
    const auto given = [this](const QString &key) {
        return std::any_of(m_options.cbegin(), m_options.cend(),
                           [&key](const auto &option) { return option.first == key; });
    };
    for (const auto &[key, value] : m_options)
        options << key + u'=' + quoted(value);
    // Without them a server that is down behind a firewall keeps a connect, or a query on an
    // open connection, waiting for minutes (libpq's default is to wait forever).
    if (!given(u"connect_timeout"_s))
        options << u"connect_timeout=5"_s;
    if (!given(u"tcp_user_timeout"_s))
        options << u"tcp_user_timeout=10000"_s;
    if (!given(u"application_name"_s))
        options << u"application_name='Webhook Console'"_s;
    return options.join(u';');
}

QString StoreLocation::displayName() const
{
    if (!m_shared)
        return QDir::toNativeSeparators(m_path);
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    if (m_host.startsWith(u'/')) {
        url.setHost(QString());
    } else {
        url.setHost(m_host);
        url.setPort(m_port);
    }
    url.setPath(u"/"_s + m_database);
    QUrlQuery query;
    if (m_host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, m_host);
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

} // namespace Capture
