// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>

namespace Gui {

// A hex dump of bytes, one row per 16 bytes (Offset, Hex, ASCII), made row by row as the view
// asks: 10 MB stay 10 MB, not a 40 MB string.
class HexDumpModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexDumpModel)

public:
    enum Column { OffsetColumn, HexColumn, AsciiColumn, ColumnCount };
    static constexpr int BytesPerRow = 16;

    explicit HexDumpModel(QObject *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    const QByteArray &bytes() const { return m_bytes; }

    // The row as text: "00000000  7b 22 65 …  |{\"e…|", as copied.
    QString rowText(int row) const;
    QString cell(int row, int column) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QByteArray m_bytes;
};

} // namespace Gui
