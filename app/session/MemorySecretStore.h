// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/session/SecretStore.h"

#include <QHash>

namespace Session {

// Keys in memory only: the store of the unit tests, and what KeychainSecretStore falls back to
// when no keychain answers. Answers asynchronously like a real keychain, so code tested with it
// cannot rely on an answer arriving during the call.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    // `reportAs` is what persistence() says: tests stand in for a working keychain with
    // Persistence::Keychain, the fallback is honest with ThisRunOnly.
    explicit MemorySecretStore(Persistence reportAs = Persistence::ThisRunOnly,
                               QObject *parent = nullptr);

    void readKey(const QString &connectionId, QObject *context, ReadDone done) override;
    void writeKey(const QString &connectionId, const QString &key, QObject *context,
                  WriteDone done) override;
    void removeKey(const QString &connectionId, QObject *context, WriteDone done) override;

    // Synchronous access for the fallback and for tests.
    bool contains(const QString &connectionId) const { return m_keys.contains(connectionId); }
    QString key(const QString &connectionId) const { return m_keys.value(connectionId); }
    void setKey(const QString &connectionId, const QString &key);
    // Tests: pretend the keychain went away (or came back).
    void reportPersistence(Persistence persistence) { setPersistence(persistence); }

private:
    QHash<QString, QString> m_keys;
};

} // namespace Session
