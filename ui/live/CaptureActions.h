// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QKeySequence;
class QTableView;
class QWidget;

namespace Capture {
class CaptureStore;
}

namespace Gui {

class CaptureListModel;

// What a person can do to captures: Pin/Unpin, Delete, Clear all (pinned are
// kept), Copy as cURL, Export…, Replay…, from the panel's toolbar, the row context menu and the
// keyboard. Deleting and clearing ask first.
class CaptureActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureActions)

public:
    // The actions act on the rows selected in `view` (showing `model`); `window` parents dialogs.
    CaptureActions(Capture::CaptureStore *store, CaptureListModel *model, QTableView *view,
                   QWidget *window);

    QAction *clearAction() const { return m_clear; }
    QAction *exportAction() const { return m_export; }
    QList<QAction *> rowActions() const;
    // The account's property names, for exports that name them (CSV).
    void setPropertyNames(QHash<QString, QString> idToTitle)
    {
        m_propertyNames = std::move(idToTitle);
    }
    // The ids of the selected rows, ascending.
    QList<qint64> selectedIds() const;

    void retranslate();
    // The list's selection changed: enable what applies to it.
    void updateActions();

public slots:
    void togglePinned();
    void deleteSelected();
    void clearAll();
    void copyAsCurl();
    void exportCaptures();
    void replayCurrent();

signals:
    // A short outcome for the status bar ("Copied a curl command").
    void statusMessage(const QString &text);

private:
    QHash<QString, QString> m_propertyNames;
    QAction *makeAction(const QString &objectName, const QKeySequence &shortcut);
    qint64 currentId() const;
    // Runs `use` with the current capture, read from the store off the GUI thread (a shared
    // store's server may be slow); says so in the status bar when it is gone.
    void withCurrentRecord(std::function<void(const Capture::CaptureRecord &)> use);
    bool allSelectedPinned() const;

    Capture::CaptureStore *m_store;
    CaptureListModel *m_model;
    QTableView *m_view;
    QWidget *m_window;
    QAction *m_pin;
    QAction *m_delete;
    QAction *m_clear;
    QAction *m_copyCurl;
    QAction *m_export;
    QAction *m_replay;
};

} // namespace Gui
