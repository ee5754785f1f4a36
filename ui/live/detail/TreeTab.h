// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/LatestJob.h"
#include "ui/live/detail/DetailWorkers.h"
#include "ui/live/detail/JsonTreeModel.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTreeView;

namespace Gui {

// The Tree tab: the JSON body as a collapsible tree (Key, Value, Type) over a lazy model, with
// "Copy value" and "Copy path" in the context menu. The body is checked and its top level
// listed on a worker thread when it is big.
class TreeTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeTab)

public:
    static constexpr qsizetype SyncLimit = 256 * 1024;

    explicit TreeTab(QWidget *parent = nullptr);

    void showBody(const QByteArray &body);
    void clear();

    bool isBusy() const { return m_busy; }
    JsonTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString note() const;
    void copyValue(const QModelIndex &index) const;
    void copyPath(const QModelIndex &index) const;

signals:
    void ready();

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(std::shared_ptr<JsonTreeDocument> document);
    void showContextMenu(const QPoint &position);
    void retranslate();

    bool m_busy = false;
    bool m_shown = false;
    LatestJob<std::shared_ptr<JsonTreeDocument>> m_parsed {
        detailWorkers(), this, [this](std::shared_ptr<JsonTreeDocument> document) {
            present(std::move(document));
        }};
    QLabel *m_note;
    QTreeView *m_view;
    JsonTreeModel *m_model;
};

} // namespace Gui
