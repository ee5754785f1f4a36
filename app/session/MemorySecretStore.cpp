// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/MemorySecretStore.h"

namespace Session {

MemorySecretStore::MemorySecretStore(Persistence reportAs, QObject *parent) : SecretStore(parent)
{
    setPersistence(reportAs);
}

void MemorySecretStore::readKey(const QString &connectionId, QObject *context, ReadDone done)
{
    later(context, [done = std::move(done), key = m_keys.value(connectionId)] {
        if (done)
            done({key, {}});
    });
}

void MemorySecretStore::writeKey(const QString &connectionId, const QString &key, QObject *context,
                                 WriteDone done)
{
    setKey(connectionId, key);
    later(context, [done = std::move(done)] {
        if (done)
            done({});
    });
}

void MemorySecretStore::removeKey(const QString &connectionId, QObject *context, WriteDone done)
{
    m_keys.remove(connectionId);
    later(context, [done = std::move(done)] {
        if (done)
            done({});
    });
}

void MemorySecretStore::setKey(const QString &connectionId, const QString &key)
{
    if (key.isEmpty())
        m_keys.remove(connectionId);
    else
        m_keys.insert(connectionId, key);
}

} // namespace Session
