// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QTableWidget>

namespace Gui {

// A read-only two-column table of name/value pairs (headers, query parameters) in the order
// given, duplicates kept. Ctrl+C and the context menu copy the selected rows as "name: value"
// lines.
class PairTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairTable)

public:
    using Pairs = QList<QPair<QString, QString>>;

    explicit PairTable(QWidget *parent = nullptr);

    void setPairs(const Pairs &pairs);
    void setColumnTitles(const QString &name, const QString &value);
    // The selected rows (all rows when none is selected) as "name: value" lines.
    QString selectedText() const;
    void copySelection() const;

    // Header fields as text: names and values as received (Latin-1 where they are not UTF-8).
    static Pairs fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace Gui
