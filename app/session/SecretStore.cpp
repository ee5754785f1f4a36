// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/SecretStore.h"

namespace Session {

SecretStore::SecretStore(QObject *parent) : QObject(parent) { }

SecretStore::~SecretStore() = default;

void SecretStore::setPersistence(Persistence persistence)
{
    if (m_persistence == persistence)
        return;
    m_persistence = persistence;
    emit persistenceChanged(persistence);
}

void SecretStore::later(QObject *context, std::function<void()> call)
{
    // A queued call to the context is dropped by Qt when the context is destroyed before it runs.
    QMetaObject::invokeMethod(context ? context : this, std::move(call), Qt::QueuedConnection);
}

} // namespace Session
