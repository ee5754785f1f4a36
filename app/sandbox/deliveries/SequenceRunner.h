// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/deliveries/FireRequest.h"

#include <QList>
#include <QObject>

namespace Sandbox {
class SandboxServer;
}

namespace Sandbox::Deliveries {

// Fires the steps of a sequence one after the other on a SandboxServer: a step is fired once the
// first attempt of every delivery of the step before has ended, so a healthy target receives them
// in order (retries of a failed step still come later, as they would from Channex). Lives on the
// server's thread (the GUI thread in the window).
class SequenceRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceRunner)

public:
    // The server is not owned and must outlive the runner.
    SequenceRunner(SandboxServer *server, QList<FireRequest> steps, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    int stepCount() const { return int(m_steps.size()); }
    // Deliveries and suppressions of every step accepted so far.
    const QList<FireResult> &results() const { return m_results; }

signals:
    // Step `index` (from 0) was fired and accepted: its deliveries are under way.
    void stepAccepted(int index, const Sandbox::Deliveries::FireResult &result);
    // All steps ran (ok), or one was refused: `errors` says why (field → messages).
    void finished(bool ok, const QMap<QString, QStringList> &errors);

private:
    void fireNext();

    SandboxServer *m_server;
    QList<FireRequest> m_steps;
    QList<FireResult> m_results;
    int m_next = 0;
    bool m_running = false;
};

} // namespace Sandbox::Deliveries
