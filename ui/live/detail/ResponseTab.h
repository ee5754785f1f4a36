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

// The Response tab: what the receiver answered, as the sender received it: status with its
// reason and who chose it, every header field written (X-Capture-Id, Content-Length and Date
// included), the body; for a forwarded request, where it went and what the app answered.
class ResponseTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseTab)

public:
    explicit ResponseTab(QWidget *parent = nullptr);

    void showCapture(const Capture::CaptureRecord &record);
    void clear();

    QString statusText() const;
    QString forwardingText() const;
    QString bodyText() const;
    PairTable *headers() const { return m_headers; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::optional<Capture::CaptureRecord> m_record; // without the request's bytes
    QLabel *m_statusLabel;
    QLabel *m_forwardLabel;
    PairTable *m_headers;
    QPlainTextEdit *m_bodyText;
};

} // namespace Gui
