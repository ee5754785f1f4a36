// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/FollowLatest.h"

#include <QItemSelectionModel>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTableView>

namespace Gui {

FollowLatest::FollowLatest(QTableView *list, QObject *parent) : QAction(parent), m_list(list)
{
    setObjectName(QStringLiteral("followLatestAction"));
    setCheckable(true);
    setChecked(true);

    QScrollBar *scrollBar = m_list->verticalScrollBar();
    connect(scrollBar, &QAbstractSlider::actionTriggered, this,
            [this, scrollBar] { setChecked(scrollBar->sliderPosition() >= scrollBar->maximum()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_restoring || !current.isValid() || !m_list->hasFocus())
                    return;
                setChecked(current.row() == m_list->model()->rowCount() - 1);
                // The view did not always bring a row reached with Ctrl+Home into sight (seen on
                // the offscreen platform); asking here makes it certain.
                m_list->scrollTo(current);
            });
    connect(this, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_list->scrollToBottom();
    });
    retranslate();
}

void FollowLatest::retranslate()
{
    setText(tr("&Follow latest"));
    setToolTip(tr("Keep the newest capture in view; scrolling up turns it off"));
}

void FollowLatest::keepInView()
{
    if (isChecked())
        m_list->scrollToBottom();
}

void FollowLatest::restoreCurrent(const QModelIndex &index)
{
    const QScopedValueRollback restoring(m_restoring, true);
    m_list->setCurrentIndex(index);
}

} // namespace Gui
