// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "ui/live/FollowLatest.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace Capture {
class CaptureStore;
}
namespace Channex {
class PropertyDirectory;
}
namespace Receiver {
class ReceiverController;
}

namespace Gui {

class CaptureActions;
class CaptureDetailView;
class CaptureFilterBar;
class CaptureListModel;
class DeliveryChart;
class LiveStats;
class ReceiverBar;
class ViewStateOverlay;

// The live panel: the receiver's controls, the filter bar and actions, the captured
// list (backed by the store) with follow-latest and pause, the selected capture's detail, and
// the chart of deliveries per minute with counts per event.
class LivePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePanel)

public:
    // Neither owned; both must outlive the panel.
    LivePanel(Capture::CaptureStore *store, Receiver::ReceiverController *receiver,
              QWidget *parent = nullptr);

    CaptureListModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    CaptureDetailView *detailView() const { return m_detail; }
    DeliveryChart *chart() const { return m_chart; }
    CaptureActions *actions() const { return m_actions; }
    QAction *followAction() const { return m_followAction; }
    QAction *pauseAction() const { return m_pauseAction; }

    // Property names for the list and the detail (the session's directory); null: ids only.
    void setPropertyDirectory(Channex::PropertyDirectory *directory);

    bool isFollowing() const;
    void setFollowing(bool follow);
    bool isPaused() const;
    void setPaused(bool paused);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public slots:
    void focusFilter();
    // Selects capture `id` and shows its detail (a test's capture, from the test result): the
    // filters are cleared when they hide it, and it is selected once the list has it.
    void showCapture(qint64 id);
    // Counts and chart now; otherwise they follow the store (LiveStats).
    void refreshStats();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void updatePauseIndicator();
    void updateListState(); // the count under the list, and what an empty list says
    void updatePropertyNames();

    Capture::CaptureStore *m_store;
    Receiver::ReceiverController *m_receiver;
    ReceiverBar *m_receiverBar;
    CaptureFilterBar *m_filterBar;
    CaptureListModel *m_model;
    QTableView *m_list;
    CaptureDetailView *m_detail;
    DeliveryChart *m_chart;
    CaptureActions *m_actions;
    QToolBar *m_toolBar;
    FollowLatest *m_followAction = nullptr;
    QAction *m_pauseAction;
    QAction *m_resumeAction;
    QLabel *m_countLabel;
    ViewStateOverlay *m_listState;
    QSplitter *m_splitter;
    QSplitter *m_listSplitter;
    LiveStats *m_stats = nullptr;
    QPointer<Channex::PropertyDirectory> m_properties;
    qint64 m_shownId = 0; // the capture in the detail view
    qint64 m_wantedId = 0; // showCapture()'s, until the list has it
    bool selectWanted();
    QList<qint64> m_selectedIds; // the selection across a reload
    Capture::Marks m_shownMarks; // its marks when the list was last reset
};

} // namespace Gui
