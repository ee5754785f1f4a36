// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

class QModelIndex;
class QTableView;

namespace Gui {

// "Follow latest" for the captured list, like a terminal: while checked the newest capture
// stays in view. A scroll up by the user turns it off and back to the end turns it on; so does
// picking a row with the keys or the mouse: above the last row it stops (the capture being read
// stays in view), on the last row it starts.
class FollowLatest final : public QAction
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowLatest)

public:
    // `list` has its model set already.
    explicit FollowLatest(QTableView *list, QObject *parent = nullptr);

    void retranslate();
    // Scrolls to the newest capture if following; after rows arrived or the list reloaded.
    void keepInView();
    // Makes `index` current without counting it as the user's pick (after a reload).
    void restoreCurrent(const QModelIndex &index);

private:
    QTableView *m_list;
    bool m_restoring = false;
};

} // namespace Gui
