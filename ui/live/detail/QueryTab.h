// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QWidget>

class QLabel;

namespace Gui {

class PairTable;

// The Query tab: the target's query parameters, decoded, in order; a sentence when there are
// none.
class QueryTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryTab)

public:
    explicit QueryTab(QWidget *parent = nullptr);

    void showCapture(const Capture::CaptureRecord &record);
    void clear();
    PairTable *table() const { return m_table; }
    QString emptyText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    qsizetype m_count = -1; // -1: nothing shown
    QLabel *m_empty;
    PairTable *m_table;
};

} // namespace Gui
