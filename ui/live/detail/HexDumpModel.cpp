// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/HexDumpModel.h"

namespace Gui {

HexDumpModel::HexDumpModel(QObject *parent) : QAbstractTableModel(parent) { }

void HexDumpModel::setBytes(const QByteArray &bytes)
{
    beginResetModel();
    m_bytes = bytes;
    endResetModel();
}

int HexDumpModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int((m_bytes.size() + BytesPerRow - 1) / BytesPerRow);
}

int HexDumpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HexDumpModel::cell(int row, int column) const
{
    const qsizetype offset = qsizetype(row) * BytesPerRow;
    if (row < 0 || offset >= m_bytes.size())
        return {};
    const QByteArrayView line = QByteArrayView(m_bytes).sliced(
        offset, qMin<qsizetype>(BytesPerRow, m_bytes.size() - offset));
    switch (column) {
    case OffsetColumn:
        return QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0'));
    case HexColumn: {
        QString hex;
        hex.reserve(BytesPerRow * 3);
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i > 0)
                hex += i == BytesPerRow / 2 ? QStringLiteral("  ") : QStringLiteral(" ");
            hex += QStringLiteral("%1").arg(uchar(line[i]), 2, 16, QLatin1Char('0'));
        }
        return hex;
    }
    case AsciiColumn: {
        QString ascii;
        ascii.reserve(BytesPerRow);
        for (const char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : u'.';
        return ascii;
    }
    }
    return {};
}

QString HexDumpModel::rowText(int row) const
{
    return cell(row, OffsetColumn) + QStringLiteral("  ")
        + cell(row, HexColumn).leftJustified(BytesPerRow * 3, u' ') + QStringLiteral("  |")
        + cell(row, AsciiColumn) + u'|';
}

QVariant HexDumpModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    return cell(index.row(), index.column());
}

QVariant HexDumpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OffsetColumn:
        return tr("Offset");
    case HexColumn:
        return tr("Hex");
    case AsciiColumn:
        return tr("ASCII");
    }
    return {};
}

void HexDumpModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace Gui
