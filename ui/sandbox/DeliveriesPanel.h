// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QToolBar;

namespace Channex {
class AccountSession;
}
namespace Sandbox {
class SandboxServer;
}

namespace Gui {

class DeliveryLogModel;
class RetryTimelineChart;
class ViewStateOverlay;

// The Deliveries tab of the sandbox connection: every attempt the sandbox made to deliver a fired
// event (the delivery log) in a table, the selected attempt's request and answer, and the
// retries of the latest deliveries on a time line. Its toolbar clears the log and sets how fast
// retries come (Channex's own waits, or shorter ones for trying things out).
class DeliveriesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesPanel)

public:
    // The sandbox is not owned and must outlive the panel.
    explicit DeliveriesPanel(Sandbox::SandboxServer *sandbox, QWidget *parent = nullptr);

    DeliveryLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Made when the panel is first shown (or asked for): the first Qt Charts view costs several
    // milliseconds, which the window's start-up should not pay for a tab not yet opened.
    RetryTimelineChart *chart();
    QAction *clearAction() const { return m_clearAction; }
    QComboBox *retryTimingCombo() const { return m_timing; }
    // Callback URLs by webhook id, from the session's rows (null: the attempt's URL).
    void setSession(Channex::AccountSession *session);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void showSelected();
    void applyRetryTiming();
    void clearLog();

    Sandbox::SandboxServer *m_sandbox;
    DeliveryLogModel *m_model;
    QToolBar *m_toolBar;
    QAction *m_clearAction;
    QLabel *m_timingLabel;
    QComboBox *m_timing;
    QLabel *m_summary;
    QTableView *m_table;
    ViewStateOverlay *m_tableState;
    QPlainTextEdit *m_detail;
    RetryTimelineChart *m_chart = nullptr;
    QWidget *m_chartPlace; // in the splitter until the chart takes its place
    QSplitter *m_splitter;
    QSplitter *m_lowerSplitter;
    QTimer m_redraw; // the chart and the counts, at most every 250 ms
};

} // namespace Gui
