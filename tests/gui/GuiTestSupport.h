// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

// Helpers for the widget tests: finding widgets the way a screen reader does, by accessible name.
namespace GuiTest {

// The one widget of type T under `root` whose accessible name is `name`; nullptr when there
// is none, and a test failure when there are several (names must be unambiguous).
template<typename T = QWidget> T *byAccessibleName(const QWidget *root, const QString &name)
{
    T *found = nullptr;
    for (T *widget : root->findChildren<T *>()) {
        if (widget->accessibleName() != name)
            continue;
        if (found) {
            qWarning("Two widgets are named \"%s\"", qPrintable(name));
            return nullptr;
        }
        found = widget;
    }
    return found;
}

// Picks the connection called `name` in the window's connection combo, as a user does; false
// when there is none.
inline bool pickConnection(const QWidget *window, const QString &name)
{
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("connectionCombo"));
    const int index = combo ? combo->findText(name) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    return true;
}

} // namespace GuiTest
