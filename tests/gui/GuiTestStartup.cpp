// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every GUI test program (tests/gui/CMakeLists.txt): a message box that no test
// answered fails the test that raised it, with what it said, and is answered Cancel so the test
// goes on. (The program's fresh home and settings come from tests/common/TestIsolation.cpp.)
#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QTest>

namespace {

void failUnexpectedMessageBoxes()
{
    Gui::MessageBox::setUnansweredHandler([](const Gui::MessageBox::Request &request) {
        const QString what = QStringLiteral("A message box nobody expected: \"%1\": %2 %3")
                                 .arg(request.title, request.text, request.informativeText);
        QTest::qFail(qPrintable(what), __FILE__, __LINE__);
        return QMessageBox::Cancel;
    });
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(failUnexpectedMessageBoxes)
