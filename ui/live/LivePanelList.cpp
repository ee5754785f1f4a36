// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LivePanel, continued: its list — which capture the detail shows, following the newest and
// pausing, what the list says when it has no rows, selecting a capture asked for, and the
// layout saved with the window.
#include "app/receiver/ReceiverController.h"
#include "ui/common/ViewStateOverlay.h"
#include "ui/live/CaptureFilterBar.h"
#include "ui/live/CaptureListModel.h"
#include "ui/live/LivePanel.h"
#include "ui/live/LiveStats.h"
#include "ui/live/detail/CaptureDetailView.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace Gui {

namespace {
constexpr quint32 StateVersion = 2;
} // namespace

void LivePanel::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    const bool selected
        = current.isValid() && m_list->selectionModel()->isRowSelected(current.row());
    const qint64 id = selected ? m_model->idAt(current.row()) : 0;
    if (id == 0) {
        m_shownId = 0;
        m_detail->clear();
        return;
    }
    if (id == m_shownId && current.isValid())
        return;
    m_shownId = id;
    m_detail->load(m_store, id);
}

bool LivePanel::isFollowing() const
{
    return m_followAction->isChecked();
}

void LivePanel::setFollowing(bool follow)
{
    m_followAction->setChecked(follow);
}

bool LivePanel::isPaused() const
{
    return m_model->isPaused();
}

void LivePanel::setPaused(bool paused)
{
    m_pauseAction->setChecked(paused);
    m_model->setPaused(paused);
    updatePauseIndicator();
}

void LivePanel::updatePauseIndicator()
{
    const int pending = m_model->pendingCount();
    m_resumeAction->setVisible(m_model->isPaused());
    m_resumeAction->setText(pending > 0 ? tr("%n new — Resume", nullptr, pending)
                                        : tr("Paused — Resume"));
    m_resumeAction->setToolTip(tr("Show the captures that arrived while the list was paused"));
    updateListState();
}

void LivePanel::updateListState()
{
    const int rows = m_model->rowCount();
    m_countLabel->setText(
        m_model->isSearching()
            ? tr("Searching…")
            : tr("%1 capture(s) listed", nullptr, rows).arg(QLocale().toString(rows)));
    if (rows > 0) {
        m_listState->clear();
    } else if (m_model->isSearching()) {
        m_listState->showMessage(tr("Searching the stored captures…"), QString());
    } else if (m_model->isPaused() && m_model->pendingCount() > 0) {
        m_listState->showMessage(tr("The list is paused"),
                                 tr("%n capture(s) arrived since. Resume lists them.", nullptr,
                                    m_model->pendingCount()));
    } else if (!m_model->filter().isEmpty()) {
        m_listState->showMessage(tr("No capture matches the filter"),
                                 tr("Change the filter, or clear it to list every stored capture."),
                                 tr("Clear filters"));
    } else if (const QString url = m_receiver->callbackUrl(); !url.isEmpty()) {
        m_listState->showMessage(tr("Waiting for the first request"),
                                 tr("Point a webhook at %1: every request the receiver gets is "
                                    "stored and listed here as it arrives.")
                                     .arg(url));
    } else {
        m_listState->showMessage(
            tr("No captures yet"),
            tr("Start the receiver above and point a webhook at its URL: every request it gets "
               "is stored and listed here as it arrives."));
    }
}

void LivePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_stats->shown();
}

void LivePanel::refreshStats()
{
    m_stats->refresh();
}

void LivePanel::showCapture(qint64 id)
{
    m_wantedId = id;
    if (selectWanted())
        return;
    if (!m_model->filter().isEmpty())
        m_filterBar->clearFilters(); // reloads; selected when listed
}

bool LivePanel::selectWanted()
{
    if (m_wantedId == 0)
        return false;
    const int row = m_model->rowOf(m_wantedId);
    if (row < 0)
        return false;
    m_wantedId = 0;
    setFollowing(false); // stay on it
    m_list->selectRow(row);
    m_list->scrollTo(m_model->index(row, 0));
    m_list->setFocus();
    return true;
}

void LivePanel::focusFilter()
{
    m_filterBar->focusText();
}

QByteArray LivePanel::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateVersion << m_list->horizontalHeader()->saveState() << m_splitter->saveState()
           << m_listSplitter->saveState() << qint32(m_detail->tabs()->currentIndex());
    return state;
}

void LivePanel::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray header;
    QByteArray splitter;
    QByteArray listSplitter;
    stream >> version >> header >> splitter >> listSplitter;
    if (stream.status() != QDataStream::Ok || version < 1 || version > StateVersion)
        return;
    m_list->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
    m_listSplitter->restoreState(listSplitter);
    // Version 2 added the detail tab last shown (Body, Tree, Raw…).
    qint32 detailTab = 0;
    if (version >= 2 && (stream >> detailTab, stream.status() == QDataStream::Ok) && detailTab >= 0
        && detailTab < m_detail->tabs()->count())
        m_detail->tabs()->setCurrentIndex(detailTab);
}

} // namespace Gui
