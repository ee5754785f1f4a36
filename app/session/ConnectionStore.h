// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/session/SavedConnection.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Session {

// The saved connections, in QSettings under "connections/": names and server roots only,
// never a key. The built-in Sandbox is always the first entry; it cannot be renamed or removed,
// so there is always somewhere to go. The first start after 0.1 turns the old single profile
// ("connection/profile", "connection/customRoot") into a saved connection, once.
class ConnectionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStore)

public:
    static QString sandboxId();

    explicit ConnectionStore(QObject *parent = nullptr);

    // The sandbox first, then the others in the order they were added.
    QList<SavedConnection> connections() const;
    std::optional<SavedConnection> find(const QString &id) const;
    // A saved connection whose server root is `root` (Staging, Production or custom).
    std::optional<SavedConnection> findByServerRoot(const QUrl &root) const;

    // Why `connection` cannot be saved (a sentence), or empty when it can.
    static QString problemWith(const SavedConnection &connection);
    // The name a new connection to `profile` gets unless the user types one.
    static QString defaultName(const Channex::ConnectionProfile &profile);

    // Adds a connection with a new id; a blank name becomes defaultName(profile). Returns
    // std::nullopt when problemWith() objects.
    std::optional<SavedConnection> add(const QString &name,
                                       const Channex::ConnectionProfile &profile);
    // Replaces name and profile of the saved connection with the same id. False for unknown ids,
    // the built-in sandbox, and anything problemWith() objects to.
    bool update(const SavedConnection &connection);
    bool rename(const QString &id, const QString &name);
    bool remove(const QString &id);

    // The connection the console opens on; the sandbox when none was used or it was removed.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

signals:
    void changed();

private:
    void load();
    void migrateLegacyProfile();
    void save() const;
    qsizetype indexOf(const QString &id) const;

    QList<SavedConnection> m_saved; // without the built-in sandbox
};

} // namespace Session
