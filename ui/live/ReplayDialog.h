// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/delivery/OutgoingRequest.h"
#include "app/handoff/Replay.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ReplayDialog;
}

namespace Gui {

// Replay a capture to any URL, with edits, and show the answer. A non-modal
// window that deletes itself when closed (WA_DeleteOnClose); keep a QPointer to it.
//
// The target URL starts as the one last sent to (QSettings "ReplayDialog/lastTargetUrl"), or the
// captured URL when there is none. Method, headers (in order, duplicates allowed) and a text
// body can be edited; a binary body is shown as hex, read-only, and sent unchanged. Send
// (Ctrl+Return) posts through Delivery::post; the answer's status, headers and body (JSON
// pretty-printed) appear below, a refusal or timeout in a banner.
class ReplayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayDialog)

public:
    explicit ReplayDialog(const Capture::CaptureRecord &record, QWidget *parent = nullptr);
    ~ReplayDialog() override;

    // The request as edited, as Send would send it.
    Handoff::ReplayRequest request() const;
    // Sends the request (what the Send button does); ignored while invalid or sending.
    void send();

signals:
    // After each Send, when the answer (or the failure) is shown.
    void finishedSending(const Delivery::DeliveryResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setHeaders(const Http::HeaderList &headers);
    Http::HeaderList headers() const;
    void addHeader();
    void removeSelectedHeaders();
    void showResult(const Delivery::DeliveryResult &result);
    void updateWidgets();
    // Why Send is not possible now; empty when it is.
    QString problem() const;

    std::unique_ptr<Ui::ReplayDialog> m_ui;
    QByteArray m_binaryBody; // set when the body is binary (sent unchanged)
    bool m_binary = false;
    bool m_sending = false;
    std::optional<Delivery::DeliveryResult> m_result;
};

} // namespace Gui
