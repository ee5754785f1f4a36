// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/channex/ApiResult.h"
#include "app/channex/Webhook.h"

#include <QStyle>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Gui {

// What a test call (`POST /webhooks/test`) brought back, readably: the receiver's status
// with its reason phrase and a success or failure mark, and its body (JSON pretty-printed,
// anything else as text); or, when Channex itself refused or could not be reached, the
// error's summary and sentence.
class TestResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestResultView)

public:
    explicit TestResultView(QWidget *parent = nullptr);

    void setResult(const Channex::ApiResult<Channex::WebhookTestResult> &result);
    // "Sending a test call…" while the answer is awaited.
    void setPending();
    void clear();

    QString statusText() const;
    QString detailText() const; // the sentence under the status
    QString bodyText() const;
    // True after a result whose receiver status is 2xx.
    bool succeeded() const { return m_succeeded; }

    // The round trip, when the callback URL is the live receiver (Receiver::ArrivalWatch):
    // "looking" while the capture is awaited, then the capture the test made, or none.
    void setArrivalLooking();
    void setArrival(const std::optional<Capture::CaptureSummary> &arrival);
    QString arrivalText() const;

    // The body as shown: JSON indented, other text unchanged.
    static QString prettyBody(const QString &body);

signals:
    // "Show in Live Tab" was pressed for the capture the test made.
    void showCaptureRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Neutral, Success, Failure };
    void showStatus(QStyle::StandardPixmap icon, Tone tone, const QString &text,
                    const QString &detail);

    void retranslate();

    // What is shown, to show it again in another language.
    std::optional<Channex::ApiResult<Channex::WebhookTestResult>> m_result;
    bool m_pending = false;
    bool m_succeeded = false;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_detail;
    QPlainTextEdit *m_body;
    enum class Arrival { None, Looking, Found, Missing };
    void showArrival();
    Arrival m_arrivalState = Arrival::None;
    Capture::CaptureSummary m_arrival;
    QLabel *m_arrivalLabel;
    QPushButton *m_showArrival;
};

} // namespace Gui
