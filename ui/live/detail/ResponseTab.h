// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace Gui {

class PairTable;

// The Response tab: what the receiver answered: status with its reason, header fields, body.
class ResponseTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseTab)

public:
    explicit ResponseTab(QWidget *parent = nullptr);

    void showCapture(const Capture::CaptureRecord &record);
    void clear();

    QString statusText() const;
    QString bodyText() const;
    PairTable *headers() const { return m_headers; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::optional<int> m_status;
    QByteArray m_body;
    QLabel *m_statusLabel;
    PairTable *m_headers;
    QPlainTextEdit *m_bodyText;
};

} // namespace Gui
