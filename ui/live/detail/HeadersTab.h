// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QWidget>

class QLabel;

namespace Gui {

class PairTable;

// The Headers tab: the request's header fields in arrival order, duplicates and the names'
// case kept, as the HTTP core received them; below them the trailer fields of a chunked body.
class HeadersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersTab)

public:
    explicit HeadersTab(QWidget *parent = nullptr);

    void showCapture(const Capture::CaptureRecord &record);
    void clear();
    PairTable *table() const { return m_table; }
    PairTable *trailersTable() const { return m_trailersTable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    qsizetype m_count = -1; // -1: nothing shown
    QLabel *m_summary;
    PairTable *m_table;
    QLabel *m_trailersLabel; // shown only when the chunked body ended with trailer fields
    PairTable *m_trailersTable;
};

} // namespace Gui
