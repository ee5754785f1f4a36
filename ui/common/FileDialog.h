// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Gui {

// File choosers behind a seam, like MessageBox: a test names the file the next call returns.
class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &filter);
    static QString getOpenFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &filter);

    // Test seam: the next call returns `fileName` (empty = the user cancelled) at once.
    static void setNextFileName(const QString &fileName);
};

} // namespace Gui
