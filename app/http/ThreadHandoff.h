// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace Http {

// Calls into another thread's event loop. They are QMetaObject::invokeMethod, plus what
// ThreadSanitizer needs: Qt hands the call over inside its own libraries, which Debian does not
// build with -fsanitize=thread, so the tsan preset would see no order between the caller and the
// call and report races that cannot happen. Here the hand-off is announced to it (one channel
// per receiving thread); without TSan the annotations compile to nothing.

// Runs `function` on `context`'s thread, later, and returns at once.
void postToThread(QObject *context, std::function<void()> function);
// Runs `function` on `context`'s thread and waits for it; never call it from that thread.
void runOnThreadBlocking(QObject *context, std::function<void()> function);

} // namespace Http
