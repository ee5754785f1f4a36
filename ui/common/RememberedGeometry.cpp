// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RememberedGeometry.h"

#include <QDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace Gui {

void rememberGeometry(QDialog *dialog, QLatin1StringView key)
{
    const QString settingsKey = key;
    // restoreGeometry() keeps a remembered size on the screen; the first size, from the form,
    // must fit too (an 800×600 screen is smaller than some forms).
    if (!dialog->restoreGeometry(QSettings().value(settingsKey).toByteArray()))
        dialog->resize(dialog->size().boundedTo(dialog->screen()->availableGeometry().size()));
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, settingsKey] {
        QSettings().setValue(settingsKey, dialog->saveGeometry());
    });
}

void rememberSplitter(QSplitter *splitter, QLatin1StringView key)
{
    const QString settingsKey = key;
    splitter->restoreState(QSettings().value(settingsKey).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, settingsKey] {
        QSettings().setValue(settingsKey, splitter->saveState());
    });
}

} // namespace Gui
