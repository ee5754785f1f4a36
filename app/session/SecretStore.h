// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Session {

// Where the API key of each saved connection lives, keyed by connection id. Asynchronous
// because OS keychains are: every answer arrives later on the event loop, and only while the
// context object given with the call still exists (as with ChannexClient), so a closed dialog
// never receives one. A key is never logged, and never written anywhere but the keychain.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    // Whether keys written now survive a restart.
    enum class Persistence {
        Keychain, // in the OS keychain
        ThisRunOnly, // no keychain answered: kept in memory until the app quits
    };
    Q_ENUM(Persistence)

    struct ReadResult
    {
        QString key; // empty when none is stored
        QString error; // a sentence when the keychain failed; empty otherwise
    };
    using ReadDone = std::function<void(const ReadResult &result)>;
    // `error` is empty on success.
    using WriteDone = std::function<void(const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void readKey(const QString &connectionId, QObject *context, ReadDone done) = 0;
    virtual void writeKey(const QString &connectionId, const QString &key, QObject *context,
                          WriteDone done)
        = 0;
    // Removing a key that is not there succeeds.
    virtual void removeKey(const QString &connectionId, QObject *context, WriteDone done) = 0;

    Persistence persistence() const { return m_persistence; }

signals:
    void persistenceChanged(Session::SecretStore::Persistence persistence);

protected:
    void setPersistence(Persistence persistence);
    // Runs `call` from the event loop, unless `context` (this store when null) is destroyed first.
    void later(QObject *context, std::function<void()> call);

private:
    Persistence m_persistence = Persistence::Keychain;
};

} // namespace Session
