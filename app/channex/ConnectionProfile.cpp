// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/ConnectionProfile.h"

using namespace Qt::StringLiterals;

namespace Channex {

namespace {

constexpr QLatin1StringView ApiPrefix {"/api/v1"};

struct KindKey
{
    ConnectionProfile::Kind kind = ConnectionProfile::Kind::Sandbox;
    QLatin1StringView key;
};

constexpr KindKey KindKeys[] = {
    {ConnectionProfile::Kind::Sandbox, QLatin1StringView("sandbox")},
    {ConnectionProfile::Kind::Staging, QLatin1StringView("staging")},
    {ConnectionProfile::Kind::Production, QLatin1StringView("production")},
    {ConnectionProfile::Kind::Custom, QLatin1StringView("custom")},
};

QUrl fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

QUrl ConnectionProfile::stagingRoot()
{
    return QUrl(u"https://staging.channex.io"_s);
}

QUrl ConnectionProfile::productionRoot()
{
    return QUrl(u"https://app.channex.io"_s);
}

bool ConnectionProfile::isProductionServer(const QUrl &serverRoot)
{
    // https://docs.channex.io/api-v.1-documentation/api-reference names the production hosts.
    const QString host = serverRoot.host().toLower();
    return host == productionRoot().host() || host == "secure.channex.io"_L1;
}

QUrl ConnectionProfile::serverRoot() const
{
    switch (kind) {
    case Kind::Sandbox:
        return {};
    case Kind::Staging:
        return stagingRoot();
    case Kind::Production:
        return productionRoot();
    case Kind::Custom:
        return customRoot;
    }
    return {};
}

QString ConnectionProfile::displayName() const
{
    switch (kind) {
    case Kind::Sandbox:
        return tr("Sandbox (built-in demo)");
    case Kind::Staging:
        return tr("Channex Staging");
    case Kind::Production:
        return tr("Channex Production");
    case Kind::Custom:
        return tr("Custom server");
    }
    return {};
}

QString ConnectionProfile::settingsKey() const
{
    for (const KindKey &entry : KindKeys) {
        if (entry.kind == kind)
            return entry.key;
    }
    return {};
}

ConnectionProfile ConnectionProfile::fromSettingsKey(const QString &key, const QUrl &customRoot)
{
    ConnectionProfile profile; // unknown keys fall back to the sandbox, which always works
    for (const KindKey &entry : KindKeys) {
        if (entry.key == key)
            profile.kind = entry.kind;
    }
    if (profile.kind == Kind::Custom)
        profile.customRoot = customRoot;
    return profile;
}

QList<ConnectionProfile::Kind> ConnectionProfile::allKinds()
{
    return {Kind::Sandbox, Kind::Staging, Kind::Production, Kind::Custom};
}

QUrl ConnectionProfile::normalizeServerRoot(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QString example = u"https://channex.example.com"_s;
    if (trimmed.isEmpty())
        return fail(error, tr("Enter the server address, for example %1.").arg(example));

    // Without "://" QUrl reads "host:8080" as scheme "host"; ask for the full form instead.
    if (!trimmed.contains("://"_L1))
        return fail(error,
                    tr("Enter the full address including https://, for example %1.").arg(example));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(error,
                    tr("'%1' is not a valid address. Enter it like %2.").arg(trimmed, example));
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return fail(error,
                    tr("Only http:// and https:// addresses can be used, not %1://.").arg(scheme));
    if (url.host().isEmpty())
        return fail(error, tr("The address has no server name. Enter it like %1.").arg(example));
    if (!url.userInfo().isEmpty())
        return fail(error,
                    tr("Remove the user name and password from the address; the API key "
                       "goes in its own field."));
    if (url.hasQuery() || url.hasFragment())
        return fail(error,
                    tr("Remove the '?' or '#' part from the address; enter only the "
                       "server root, like %1.")
                        .arg(example));

    // Users often paste the API base from the docs; the profile keeps the root only.
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(ApiPrefix))
        path.chop(ApiPrefix.size());
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setScheme(scheme);
    url.setPath(path);
    return url;
}

} // namespace Channex
