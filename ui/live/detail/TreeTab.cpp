// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/TreeTab.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

TreeTab::TreeTab(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_view(new QTreeView(this)),
      m_model(new JsonTreeModel(this))
{
    setObjectName(u"treeTab"_s);
    m_note->setObjectName(u"treeNote"_s);
    m_note->setWordWrap(true);
    m_view->setObjectName(u"treeView"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->resizeSection(JsonTreeModel::KeyColumn, 220);
    m_view->header()->resizeSection(JsonTreeModel::ValueColumn, 320);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_view, &QWidget::customContextMenuRequested, this, &TreeTab::showContextMenu);
    retranslate();
}

void TreeTab::showBody(const QByteArray &body)
{
    m_parsed.drop();
    m_model->clear();
    m_shown = false;
    if (body.size() <= SyncLimit) {
        present(JsonTreeModel::parse(body));
        return;
    }
    m_busy = true;
    m_parsed.start([body] { return JsonTreeModel::parse(body); });
    retranslate();
}

void TreeTab::clear()
{
    m_parsed.drop();
    m_busy = false;
    m_shown = false;
    m_model->clear();
    retranslate();
}

void TreeTab::present(std::shared_ptr<JsonTreeDocument> document)
{
    m_busy = false;
    m_shown = true;
    m_model->setDocument(std::move(document));
    retranslate();
    emit ready();
}

void TreeTab::copyValue(const QModelIndex &index) const
{
    QApplication::clipboard()->setText(m_model->valueText(index));
}

void TreeTab::copyPath(const QModelIndex &index) const
{
    QApplication::clipboard()->setText(m_model->path(index));
}

void TreeTab::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    // The menu runs its own event loop: another capture may fill the tree meanwhile and delete
    // the node the plain index points at.
    const QPersistentModelIndex kept(index);
    menu.addAction(tr("Copy value"), this, [this, kept] {
        if (kept.isValid())
            copyValue(kept);
    });
    menu.addAction(tr("Copy path"), this, [this, kept] {
        if (kept.isValid())
            copyPath(kept);
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QString TreeTab::note() const
{
    return m_note->text();
}

void TreeTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void TreeTab::retranslate()
{
    m_view->setAccessibleName(tr("JSON tree"));
    m_model->retranslate();
    QString note;
    if (m_busy)
        note = tr("Reading the JSON…");
    else if (m_shown && !m_model->hasDocument())
        note = tr("The body is not a JSON object or array, so there is no tree.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_view->setVisible(!m_shown || m_model->hasDocument());
}

} // namespace Gui
