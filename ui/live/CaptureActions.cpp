// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/CaptureActions.h"

#include "app/capture/CaptureStore.h"
#include "app/handoff/Curl.h"
#include "ui/common/MessageBox.h"
#include "ui/live/CaptureListModel.h"
#include "ui/live/detail/DetailWorkers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Gui {

CaptureActions::CaptureActions(Capture::CaptureStore *store, CaptureListModel *model,
                               QTableView *view, QWidget *window)
    : QObject(window), m_store(store), m_model(model), m_view(view), m_window(window)
{
    m_pin = makeAction(QStringLiteral("pinCaptureAction"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_delete = makeAction(QStringLiteral("deleteCaptureAction"), QKeySequence::Delete);
    m_clear = makeAction(QStringLiteral("clearCapturesAction"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_copyCurl = makeAction(QStringLiteral("copyCurlAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_export = makeAction(QStringLiteral("exportCapturesAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_replay = makeAction(QStringLiteral("replayCaptureAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // The list's keys: in the search field Delete keeps its usual meaning.
    for (QAction *action : {m_pin, m_delete, m_copyCurl, m_replay}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    connect(m_pin, &QAction::triggered, this, &CaptureActions::togglePinned);
    connect(m_delete, &QAction::triggered, this, &CaptureActions::deleteSelected);
    connect(m_clear, &QAction::triggered, this, &CaptureActions::clearAll);
    connect(m_copyCurl, &QAction::triggered, this, &CaptureActions::copyAsCurl);
    connect(m_export, &QAction::triggered, this, &CaptureActions::exportCaptures);
    connect(m_replay, &QAction::triggered, this, &CaptureActions::replayCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaptureActions::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaptureActions::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CaptureActions::updateActions);
    connect(m_model, &CaptureListModel::pendingCountChanged, this, &CaptureActions::updateActions);
    retranslate();
    updateActions();
}

QAction *CaptureActions::makeAction(const QString &objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}

QList<QAction *> CaptureActions::rowActions() const
{
    return {m_copyCurl, m_replay, m_export, m_pin, m_delete, m_clear};
}

void CaptureActions::retranslate()
{
    const auto key = [](QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    m_pin->setText(allSelectedPinned() ? tr("Un&pin") : tr("&Pin"));
    m_pin->setToolTip(
        tr("Keep the selected captures through Clear and retention (%1)").arg(key(m_pin)));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(tr("Delete the selected captures (%1)").arg(key(m_delete)));
    m_clear->setText(tr("C&lear All…"));
    m_clear->setToolTip(tr("Delete every capture except the pinned ones (%1)").arg(key(m_clear)));
    m_copyCurl->setText(tr("Copy as c&URL"));
    m_copyCurl->setToolTip(
        tr("Copy a curl command that sends this request again (%1)").arg(key(m_copyCurl)));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(
        tr("Save the selected or all captures as JSON Lines, HAR or CSV (%1)").arg(key(m_export)));
    m_replay->setText(tr("&Replay…"));
    m_replay->setToolTip(
        tr("Send this request again to any URL, with edits (%1)").arg(key(m_replay)));
}

QList<qint64> CaptureActions::selectedIds() const
{
    QList<qint64> ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model->idAt(index.row()))
            ids << id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 CaptureActions::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row())
        ? m_model->idAt(current.row())
        : 0;
}

void CaptureActions::withCurrentRecord(std::function<void(const Capture::CaptureRecord &)> use)
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    auto *reading = new QFutureWatcher<std::optional<Capture::CaptureRecord>>(this);
    connect(reading, &QFutureWatcherBase::finished, this, [this, reading, use] {
        reading->deleteLater();
        const std::optional<Capture::CaptureRecord> record = reading->result();
        if (record)
            use(*record);
        else
            emit statusMessage(tr("That capture is no longer stored."));
    });
    Capture::CaptureStore *store = m_store;
    // Not Qt's global pool, which the window's painting waits on (DetailWorkers.h).
    reading->setFuture(QtConcurrent::run(detailWorkers(), [store, id] { return store->load(id); }));
}

bool CaptureActions::allSelectedPinned() const
{
    if (!m_view->selectionModel())
        return false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    return std::all_of(rows.cbegin(), rows.cend(), [this](const QModelIndex &index) {
        return Capture::Marks::fromInt(index.data(CaptureListModel::MarksRole).toInt())
            .testFlag(Capture::Mark::Pinned);
    });
}

void CaptureActions::updateActions()
{
    const qsizetype selected
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows().size() : 0;
    m_pin->setEnabled(selected > 0);
    m_pin->setText(allSelectedPinned() ? tr("Un&pin") : tr("&Pin"));
    m_delete->setEnabled(selected > 0);
    // A filter that lists nothing does not mean the store is empty: Clear All and Export (which
    // offers every capture) stay available then.
    const bool anyStored
        = m_model->rowCount() > 0 || m_model->pendingCount() > 0 || !m_model->filter().isEmpty();
    m_clear->setEnabled(anyStored);
    m_copyCurl->setEnabled(selected == 1);
    m_replay->setEnabled(selected == 1);
    m_export->setEnabled(anyStored);
}

void CaptureActions::togglePinned()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        m_store->setPinned(ids, !allSelectedPinned());
}

void CaptureActions::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    MessageBox::Request request;
    request.icon = QMessageBox::Warning;
    request.title = tr("Delete Captures");
    request.text = tr("Delete %n capture(s)?", nullptr, int(ids.size()));
    request.informativeText = tr("They are removed from the capture database. This cannot be "
                                 "undone.");
    request.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    request.defaultButton = QMessageBox::Cancel;
    request.buttonTexts = {{QMessageBox::Yes, tr("&Delete")}};
    if (MessageBox::ask(m_window, request) == QMessageBox::Yes)
        m_store->remove(ids);
}

void CaptureActions::clearAll()
{
    MessageBox::Request request;
    request.icon = QMessageBox::Warning;
    request.title = tr("Clear Captures");
    if (m_store->isShared()) {
        // A team action: every console and receiver on the store loses them.
        request.text = tr("Delete every capture that is not pinned from the shared capture "
                          "history, for everyone who uses it?");
        request.informativeText = tr("The history is shared through %1: the captures disappear "
                                     "from your colleagues' consoles too. Pinned captures are "
                                     "kept. This cannot be undone.")
                                      .arg(m_store->displayName());
    } else {
        request.text = tr("Delete every capture that is not pinned?");
        request.informativeText = tr("Pinned captures are kept. This cannot be undone.");
    }
    request.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    request.defaultButton = QMessageBox::Cancel;
    request.buttonTexts = {{QMessageBox::Yes, tr("C&lear")}};
    if (MessageBox::ask(m_window, request) == QMessageBox::Yes)
        m_store->clear();
}

} // namespace Gui

namespace Gui {

void CaptureActions::copyAsCurl()
{
    withCurrentRecord([this](const Capture::CaptureRecord &record) {
        // The capture's own Host header gives the URL: the command sends it where it was sent.
        QApplication::clipboard()->setText(Handoff::curlCommand(record));
        // Named as the list shows it (its id is not shown anywhere).
        const QString what = record.event.isEmpty()
            ? QString::fromLatin1(record.method) + u' ' + record.path()
            : record.event;
        const QString when
            = record.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        emit statusMessage(
            tr("Copied a curl command that sends the %1 of %2 again.").arg(what, when));
    });
}

} // namespace Gui
