// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/PairTable.h"

#include "ui/live/detail/JsonText.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>

namespace Gui {

namespace {

QString fieldText(const QByteArray &bytes)
{
    return JsonText::isPrintableUtf8(bytes) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

} // namespace

PairTable::PairTable(QWidget *parent) : QTableWidget(0, 2, parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

void PairTable::setColumnTitles(const QString &name, const QString &value)
{
    setHorizontalHeaderLabels({name, value});
}

void PairTable::setPairs(const Pairs &pairs)
{
    clearContents();
    setRowCount(int(pairs.size()));
    for (int row = 0; row < pairs.size(); ++row) {
        auto *name = new QTableWidgetItem(pairs[row].first);
        auto *value = new QTableWidgetItem(pairs[row].second);
        value->setToolTip(pairs[row].second);
        setItem(row, 0, name);
        setItem(row, 1, value);
    }
}

QString PairTable::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (int row = 0; row < rowCount(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : rows)
        lines.append(item(row, 0)->text() + QStringLiteral(": ") + item(row, 1)->text());
    return lines.join(u'\n');
}

void PairTable::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

void PairTable::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void PairTable::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, &PairTable::copySelection);
    menu.exec(event->globalPos());
}

PairTable::Pairs PairTable::fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Pairs pairs;
    pairs.reserve(headers.size());
    for (const auto &[name, value] : headers)
        pairs.append({fieldText(name), fieldText(value)});
    return pairs;
}

} // namespace Gui
