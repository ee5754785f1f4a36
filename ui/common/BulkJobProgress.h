// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Channex {
class BulkWebhookJob;
}

namespace Gui {

// How every bulk change runs in the console (docs/editing.md): a BulkWebhookJob with what it is
// doing, a progress bar and Stop while it runs, a word when Channex's rate limit makes it wait,
// and at the end either what was done, or a summary naming each failure and why. The webhooks
// table's bulk actions and import show it in the main window's status bar; Compare Connections
// in its own window.
class BulkJobProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJobProgress)

public:
    explicit BulkJobProgress(QWidget *parent = nullptr);

    void retranslate();

    // Runs `job`, taking it over: `doing` while it runs, then `done` (with a word on rate-limit
    // waits) through succeeded(), or a summary titled `failedTitle` when anything failed or was
    // not sent. One job at a time.
    void run(Channex::BulkWebhookJob *job, const QString &doing, const QString &done,
             const QString &failedTitle);
    // The job running, or null.
    Channex::BulkWebhookJob *job() const { return m_job; }
    // Forgets the running job (its session went away and its calls will not answer): no summary.
    void abandon();
    // Stops the running job, without a summary at its end (the window is closing).
    void stopQuietly();

    // What closing a window asks while a job runs: its title, the sentence for `total` webhooks
    // of which `completed` are done, what is lost, and the button that stops and leaves.
    struct LeaveQuestion
    {
        QString title;
        std::function<QString(int total, int completed)> running;
        QString consequence;
        QString leave;
    };
    // True when no job runs, or when the person chose to stop it (then stopped quietly); false
    // to keep running and stay. Keep Running is the default answer.
    bool confirmLeaving(QWidget *window, const LeaveQuestion &question);

signals:
    // The job has ended and this widget is hidden; the summary, if any, follows.
    void ended();
    // Everything was applied: `message` says what, for `timeoutMs` in a status bar.
    void succeeded(const QString &message, int timeoutMs);

private:
    void finish(const QString &done, const QString &failedTitle);

    QPointer<Channex::BulkWebhookJob> m_job;
    bool m_quiet = false;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_stop;
};

} // namespace Gui
