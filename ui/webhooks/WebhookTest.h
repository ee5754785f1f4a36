// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiResult.h"
#include "app/channex/Webhook.h"

#include <functional>

namespace Channex {
class AccountSession;
}
namespace Receiver {
class ReceiverController;
}

namespace Gui {

class TestResultView;

// "Test", from the webhook dialog or the table: Channex's test call for `webhook`, its answer
// shown in `view`, and, when the callback URL is the live receiver, the capture the call made
// beside it (Receiver::ArrivalWatch), which the view offers to show in the Live tab. `show` puts
// the answer into the view (the dialog also ends its busy state); by default the view's
// setResult(). Nothing runs once `view` is gone.
using ShowTestResult
    = std::function<void(const Channex::ApiResult<Channex::WebhookTestResult> &result)>;
void runWebhookTest(Channex::AccountSession *session, Receiver::ReceiverController *receiver,
                    const Channex::Webhook &webhook, TestResultView *view,
                    ShowTestResult show = {});

} // namespace Gui
