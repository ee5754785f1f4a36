// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QCoreApplication>
#include <QString>

namespace Gui {

// How a capture's answer is told, the same in the Overview and Response tabs: the status, and
// who chose it (the default answer, a response rule, the app it was forwarded to).
class AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(Gui::AnswerText)

public:
    // "503 Service Unavailable, as the rule “busy” says"; "Waiting for your app…".
    static QString summary(const Capture::CaptureRecord &record);
    // For a forwarded capture: where it was sent on and what came back, or empty.
    static QString forwarding(const Capture::CaptureRecord &record);
    // Whether the answer reads as success (2xx) for its colour.
    static bool isSuccess(const Capture::CaptureRecord &record);
};

} // namespace Gui
