// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace Gui {

// The threads that parse and format big capture bodies. Not QThreadPool::globalInstance():
// Qt's raster paint engine hands parts of its painting to the global pool and waits for them,
// so seconds of parsing there would stall every repaint of the window (measured: 0.8 s).
QThreadPool *detailWorkers();

} // namespace Gui
