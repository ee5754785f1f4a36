// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/KeychainSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace Session {

namespace {

// Whether the caller of a store call still wants the answer: its context may be gone by the time
// the keychain answers. The store itself still records what happened (a fallback key) then.
struct Caller
{
    explicit Caller(QObject *context) : context(context), guarded(context != nullptr) { }
    bool wantsAnswer() const { return !guarded || context; }

    QPointer<QObject> context;
    bool guarded;
};

QString failureSentence(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("Access to the keychain was declined, so the API key was "
                                       "not read or saved there.");
    case QKeychain::AccessDenied:
        return KeychainSecretStore::tr("The keychain refused access to the API key (%1).")
            .arg(job->errorString());
    default:
        return KeychainSecretStore::tr("The keychain failed: %1").arg(job->errorString());
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{ }

void KeychainSecretStore::run(QKeychain::Job *job, const QString &connectionId,
                              std::function<void()> finished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(connectionId);
    connect(job, &QKeychain::Job::finished, this, std::move(finished));
    job->start();
}

bool KeychainSecretStore::fellBack(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // What Secret Service reports when its D-Bus service is missing or does not answer.
    case QKeychain::OtherError:
        setPersistence(Persistence::ThisRunOnly);
        return true;
    default:
        return false;
    }
}

void KeychainSecretStore::readKey(const QString &connectionId, QObject *context, ReadDone done)
{
    if (m_thisRun.contains(connectionId) || persistence() == Persistence::ThisRunOnly) {
        later(context, [done = std::move(done), key = m_thisRun.value(connectionId)] {
            done({key, {}});
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    run(job, connectionId, [this, job, connectionId, caller = Caller(context), done] {
        ReadResult result;
        if (job->error() == QKeychain::NoError)
            result.key = job->textData();
        else if (fellBack(job))
            result.key = m_thisRun.value(connectionId);
        else if (job->error() != QKeychain::EntryNotFound)
            result.error = failureSentence(job);
        if (caller.wantsAnswer())
            done(result);
    });
}

void KeychainSecretStore::writeKey(const QString &connectionId, const QString &key,
                                   QObject *context, WriteDone done)
{
    const auto report = [caller = Caller(context), done](const QString &error) {
        if (done && caller.wantsAnswer())
            done(error);
    };
    if (persistence() == Persistence::ThisRunOnly) {
        m_thisRun.insert(connectionId, key);
        later(context, [report] { report({}); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(key);
    run(job, connectionId, [this, job, connectionId, key, report] {
        if (job->error() == QKeychain::NoError) {
            m_thisRun.remove(connectionId);
            report({});
        } else if (fellBack(job)) {
            m_thisRun.insert(connectionId, key);
            report({});
        } else {
            report(failureSentence(job));
        }
    });
}

void KeychainSecretStore::removeKey(const QString &connectionId, QObject *context, WriteDone done)
{
    const auto report = [caller = Caller(context), done](const QString &error) {
        if (done && caller.wantsAnswer())
            done(error);
    };
    m_thisRun.remove(connectionId);
    if (persistence() == Persistence::ThisRunOnly) {
        later(context, [report] { report({}); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    run(job, connectionId, [this, job, report] {
        const bool gone = job->error() == QKeychain::NoError
            || job->error() == QKeychain::EntryNotFound || fellBack(job);
        report(gone ? QString() : failureSentence(job));
    });
}

} // namespace Session
