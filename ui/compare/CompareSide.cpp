// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareSide.h"

#include "app/channex/AccountSession.h"
#include "app/channex/ChannexClient.h"
#include "app/channex/PropertyDirectory.h"
#include "app/session/ConnectionStore.h"
#include "app/session/ConsoleController.h"

using Channex::AccountSession;

namespace Gui {

CompareSide::CompareSide(Session::ConsoleController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{ }

CompareSide::~CompareSide()
{
    // The session's client aborts its calls now, before the sandbox it may talk to goes.
    delete m_session;
}

QString CompareSide::connectionName() const
{
    const std::optional<Session::SavedConnection> connection
        = m_controller->connections()->find(m_connectionId);
    return connection ? connection->name : QString();
}

bool CompareSide::isOutdated() const
{
    const std::optional<Session::SavedConnection> connection
        = m_controller->connections()->find(m_connectionId);
    return connection && connection->profile != m_profile;
}

void CompareSide::open(const QString &connectionId)
{
    m_connectionId = connectionId;
    const std::optional<Session::SavedConnection> connection
        = m_controller->connections()->find(connectionId);
    m_profile = connection ? connection->profile : Channex::ConnectionProfile();
    // Deleted now: answers already queued for the old account must not reach this side.
    delete m_session;
    reload();
}

void CompareSide::reload()
{
    if (m_connectionId.isEmpty())
        return;
    if (m_session && m_state != State::Failed) {
        setState(State::Loading);
        m_session->refresh();
        return;
    }
    const quint64 generation = ++m_generation;
    delete m_session;
    setState(State::Loading);
    m_controller->accountAccess(
        m_connectionId, this,
        [this, generation](const Session::ConsoleController::AccountAccess &access) {
            if (generation != m_generation)
                return;
            if (!access.problem.isEmpty())
                setState(State::Failed, access.problem);
            else
                openSession(access.serverRoot, access.apiKey);
        });
}

void CompareSide::openSession(const QUrl &root, const QString &key)
{
    m_session = new AccountSession(root, key, this);
    connect(m_session, &AccountSession::stateChanged, this, &CompareSide::onSessionState);
    m_session->refresh();
}

void CompareSide::onSessionState()
{
    switch (m_session->state()) {
    case AccountSession::State::Idle:
    case AccountSession::State::Loading:
        setState(State::Loading);
        return;
    case AccountSession::State::Failed:
        setState(State::Failed, m_session->lastError().message());
        return;
    case AccountSession::State::Loaded:
        break;
    }
    // Webhooks are matched across accounts by property title: without titles, no comparison.
    if (const std::optional<Channex::ApiError> &names = m_session->propertyNamesError()) {
        setState(State::Failed,
                 tr("The property names could not be read, and the comparison matches "
                    "properties by name: %1")
                     .arg(names->message()));
        return;
    }
    setState(State::Loaded);
}

void CompareSide::setState(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    emit changed();
}

Transfer::ComparedAccount CompareSide::account() const
{
    if (!m_session)
        return {};
    return {connectionName(), m_session->client()->serverRoot(), m_session->webhooks(),
            m_session->properties()->properties()};
}

} // namespace Gui
