// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ConnectionProfile.h"
#include "app/transfer/AccountComparison.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Channex {
class AccountSession;
}
namespace Session {
class ConsoleController;
}

namespace Gui {

// One side of Compare Connections: a saved connection's account, loaded as the window loads the
// one in use (every page of webhooks and the property names, through an AccountSession of its
// own, as HeadlessAccount does without a window), whether or not it is the connection in use.
// Says where it stands: loading, a sentence (a wrong key, no network, no key stored, the property
// names missing), or loaded.
class CompareSide final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSide)

public:
    enum class State { Empty, Loading, Failed, Loaded };

    explicit CompareSide(Session::ConsoleController *controller, QObject *parent = nullptr);
    ~CompareSide() override;

    // Opens the saved connection `connectionId` (the previous account is dropped at once).
    void open(const QString &connectionId);
    // Reads the account again (opening it again when it could not be opened).
    void reload();

    QString connectionId() const { return m_connectionId; }
    // The saved connection now points elsewhere than when it was opened (edited in Manage
    // connections): open() it again.
    bool isOutdated() const;
    QString connectionName() const;
    State state() const { return m_state; }
    // Why it could not be loaded (Failed): a sentence for the window.
    QString problem() const { return m_problem; }
    Channex::AccountSession *session() const { return m_session; }
    // The account as a comparison sees it (Loaded).
    Transfer::ComparedAccount account() const;

signals:
    void changed();

private:
    void openSession(const QUrl &root, const QString &key);
    void onSessionState();
    void setState(State state, const QString &problem = {});

    Session::ConsoleController *m_controller;
    QString m_connectionId;
    Channex::ConnectionProfile m_profile; // as it was when opened
    QPointer<Channex::AccountSession> m_session;
    quint64 m_generation = 0; // an answer for an earlier open() is ignored
    State m_state = State::Empty;
    QString m_problem;
};

} // namespace Gui
