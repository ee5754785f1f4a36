// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/SequenceRunner.h"

#include "app/sandbox/SandboxServer.h"

namespace Sandbox::Deliveries {

SequenceRunner::SequenceRunner(SandboxServer *server, QList<FireRequest> steps, QObject *parent)
    : QObject(parent), m_server(server), m_steps(std::move(steps))
{ }

void SequenceRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_next = 0;
    m_results.clear();
    fireNext();
}

void SequenceRunner::fireNext()
{
    if (m_next >= m_steps.size()) {
        m_running = false;
        emit finished(true, {});
        return;
    }
    const int index = m_next++;
    m_server->fire(
        m_steps.at(index), this,
        [this, index](const FireOutcome &outcome) {
            if (!outcome.ok()) {
                m_running = false;
                emit finished(false, outcome.errors);
                return;
            }
            m_results << *outcome.result;
            emit stepAccepted(index, *outcome.result);
        },
        [this] {
            if (m_running)
                fireNext();
        });
}

} // namespace Sandbox::Deliveries
