// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/ConnectionStore.h"

#include "app/session/SettingsKeys.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;
using Channex::ConnectionProfile;

namespace Session {

namespace {

SavedConnection builtInSandbox()
{
    return {ConnectionStore::sandboxId(), ConnectionProfile().displayName(), ConnectionProfile()};
}

} // namespace

QString ConnectionStore::sandboxId()
{
    return u"sandbox"_s;
}

ConnectionStore::ConnectionStore(QObject *parent) : QObject(parent)
{
    load();
    migrateLegacyProfile();
}

QList<SavedConnection> ConnectionStore::connections() const
{
    return QList<SavedConnection> {builtInSandbox()} + m_saved;
}

std::optional<SavedConnection> ConnectionStore::find(const QString &id) const
{
    if (id == sandboxId())
        return builtInSandbox();
    const qsizetype index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional(m_saved.at(index));
}

std::optional<SavedConnection> ConnectionStore::findByServerRoot(const QUrl &root) const
{
    for (const SavedConnection &connection : m_saved) {
        if (!connection.isSandbox() && connection.profile.serverRoot() == root)
            return connection;
    }
    return std::nullopt;
}

QString ConnectionStore::problemWith(const SavedConnection &connection)
{
    if (connection.name.trimmed().isEmpty())
        return tr("Enter a name for the connection.");
    if (connection.profile.kind == ConnectionProfile::Kind::Custom) {
        // Only what normalizeServerRoot() produces is stored, so it is restored exactly.
        QString error;
        const QUrl root = ConnectionProfile::normalizeServerRoot(
            connection.profile.customRoot.toString(), &error);
        if (root.isEmpty())
            return error;
        if (root != connection.profile.customRoot)
            return tr("Enter the server root as %1.").arg(root.toString());
    }
    return {};
}

QString ConnectionStore::defaultName(const ConnectionProfile &profile)
{
    // The host, and the port when it is not the scheme's own: two local servers on one host are
    // two connections ("127.0.0.1:8089", "127.0.0.1:9").
    const QUrl &root = profile.customRoot;
    if (profile.kind == ConnectionProfile::Kind::Custom && !root.host().isEmpty()) {
        const int defaultPort = root.scheme() == QLatin1StringView("http") ? 80 : 443;
        return root.port(defaultPort) == defaultPort
            ? root.host()
            : QStringLiteral("%1:%2").arg(root.host()).arg(root.port());
    }
    return profile.displayName();
}

std::optional<SavedConnection> ConnectionStore::add(const QString &name,
                                                    const ConnectionProfile &profile)
{
    SavedConnection connection;
    connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connection.name = name.trimmed().isEmpty() ? defaultName(profile) : name.trimmed();
    connection.profile = profile;
    if (profile.kind != ConnectionProfile::Kind::Custom)
        connection.profile.customRoot.clear();
    if (!problemWith(connection).isEmpty())
        return std::nullopt;
    m_saved.append(connection);
    save();
    emit changed();
    return connection;
}

bool ConnectionStore::update(const SavedConnection &connection)
{
    const qsizetype index = indexOf(connection.id);
    if (index < 0 || !problemWith(connection).isEmpty())
        return false;
    SavedConnection stored = connection;
    stored.name = connection.name.trimmed();
    if (stored.profile.kind != ConnectionProfile::Kind::Custom)
        stored.profile.customRoot.clear();
    if (m_saved.at(index) == stored)
        return true;
    m_saved[index] = stored;
    save();
    emit changed();
    return true;
}

bool ConnectionStore::rename(const QString &id, const QString &name)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    SavedConnection renamed = m_saved.at(index);
    renamed.name = name;
    return update(renamed);
}

bool ConnectionStore::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_saved.removeAt(index);
    save();
    emit changed();
    return true;
}

QString ConnectionStore::lastUsedId() const
{
    const QString id = QSettings().value(SettingsKeys::LastUsedConnection).toString();
    return find(id) ? id : sandboxId();
}

void ConnectionStore::setLastUsedId(const QString &id)
{
    QSettings().setValue(SettingsKeys::LastUsedConnection, id);
}

qsizetype ConnectionStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_saved.size(); ++i) {
        if (m_saved.at(i).id == id)
            return i;
    }
    return -1;
}

void ConnectionStore::load()
{
    QSettings settings;
    const int count = settings.beginReadArray(SettingsKeys::Connections);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedConnection connection;
        connection.id = settings.value(SettingsKeys::ConnectionId).toString();
        connection.name = settings.value(SettingsKeys::ConnectionName).toString();
        // Stored as text and read back strictly: the root comes back exactly as it was saved.
        connection.profile = ConnectionProfile::fromSettingsKey(
            settings.value(SettingsKeys::ConnectionKind).toString(),
            QUrl(settings.value(SettingsKeys::ConnectionServerRoot).toString(), QUrl::StrictMode));
        // A hand-edited or damaged entry is skipped rather than opened half-understood.
        if (connection.id.isEmpty() || connection.id == sandboxId() || indexOf(connection.id) >= 0
            || !problemWith(connection).isEmpty())
            continue;
        m_saved.append(connection);
    }
    settings.endArray();
}

void ConnectionStore::save() const
{
    QSettings settings;
    settings.remove(SettingsKeys::Connections); // an array shrinks only when rewritten
    settings.beginWriteArray(SettingsKeys::Connections, int(m_saved.size()));
    for (int i = 0; i < m_saved.size(); ++i) {
        const SavedConnection &connection = m_saved.at(i);
        settings.setArrayIndex(i);
        settings.setValue(SettingsKeys::ConnectionId, connection.id);
        settings.setValue(SettingsKeys::ConnectionName, connection.name);
        settings.setValue(SettingsKeys::ConnectionKind, connection.profile.settingsKey());
        if (connection.profile.kind == ConnectionProfile::Kind::Custom)
            settings.setValue(SettingsKeys::ConnectionServerRoot,
                              connection.profile.customRoot.toString(QUrl::FullyEncoded));
    }
    settings.endArray();
}

void ConnectionStore::migrateLegacyProfile()
{
    QSettings settings;
    if (!settings.contains(SettingsKeys::LegacyProfile))
        return;
    // 0.1 wrote the root as a QUrl variant, and only while a custom profile was in use.
    ConnectionProfile legacy = ConnectionProfile::fromSettingsKey(
        settings.value(SettingsKeys::LegacyProfile).toString(),
        settings.value(SettingsKeys::LegacyCustomRoot).toUrl());
    QString ignored;
    if (legacy.kind == ConnectionProfile::Kind::Custom)
        legacy.customRoot
            = ConnectionProfile::normalizeServerRoot(legacy.customRoot.toString(), &ignored);
    settings.remove(SettingsKeys::LegacyProfile);
    settings.remove(SettingsKeys::LegacyCustomRoot);
    if (legacy.kind == ConnectionProfile::Kind::Sandbox)
        return;
    std::optional<SavedConnection> migrated = findByServerRoot(legacy.serverRoot());
    if (!migrated)
        migrated = add(QString(), legacy);
    if (migrated)
        setLastUsedId(migrated->id);
}

} // namespace Session
