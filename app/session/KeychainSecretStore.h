// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/session/SecretStore.h"

#include <QHash>

namespace QKeychain {
class Job;
}

namespace Session {

// API keys in the OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on
// Linux, Keychain on macOS, Credential Manager on Windows. QtKeychain's plaintext fallback stays
// off: a key must never land in a settings file. When no keychain answers (no backend, no
// D-Bus session, a locked-down CI box), keys are kept in memory for this run only and
// persistence() turns to ThisRunOnly, so the window can say so in plain words.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // `service` names the entries in the keychain ("Webhook Console" in the app).
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void readKey(const QString &connectionId, QObject *context, ReadDone done) override;
    void writeKey(const QString &connectionId, const QString &key, QObject *context,
                  WriteDone done) override;
    void removeKey(const QString &connectionId, QObject *context, WriteDone done) override;

private:
    // Starts `job` for `connectionId` and calls `finished` once it is done; the job deletes
    // itself afterwards.
    void run(QKeychain::Job *job, const QString &connectionId, std::function<void()> finished);
    // True when the job failed because no keychain is there at all; switches to this-run-only.
    bool fellBack(const QKeychain::Job *job);

    QString m_service;
    QHash<QString, QString> m_thisRun; // keys kept in memory after the keychain failed
};

} // namespace Session
