// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/WebhookTest.h"

#include "app/channex/AccountSession.h"
#include "app/receiver/ArrivalWatch.h"
#include "ui/common/TestResultView.h"

#include <QPointer>

namespace Gui {

void runWebhookTest(Channex::AccountSession *session, Receiver::ReceiverController *receiver,
                    const Channex::Webhook &webhook, TestResultView *view, ShowTestResult show)
{
    // Watching starts before the call, so the capture it makes is seen however fast it comes.
    auto *watch = new Receiver::ArrivalWatch(receiver, webhook.callbackUrl, view);
    session->testWebhook(
        webhook, view,
        [view, watch, show](const Channex::ApiResult<Channex::WebhookTestResult> &result) {
            if (show)
                show(result);
            else
                view->setResult(result);
            if (!watch->isWatching() || !result.ok()) {
                watch->deleteLater();
                return;
            }
            view->setArrivalLooking();
            watch->finish(result.value().statusCode,
                          [view = QPointer<TestResultView>(view)](
                              const std::optional<Capture::CaptureSummary> &arrival) {
                              if (view)
                                  view->setArrival(arrival);
                          });
        });
}

} // namespace Gui
