// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headers and request-params editors: per-row validation from WebhookRules shown at
// the row, null vs {} kept apart, hidden values, and "Add secret header".
#include "tests/gui/GuiTestSupport.h"
#include "ui/common/MessageBox.h"
#include "ui/webhooks/KeyValueEditor.h"
#include "ui/webhooks/KeyValueModel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Channex::KeyValue;
using Channex::KeyValueList;
using Gui::KeyValueEditor;
using ListKind = Channex::WebhookRules::ListKind;

class TestKeyValueEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KeyValueEditor> m_editor;

    void make(ListKind kind)
    {
        m_editor = std::make_unique<KeyValueEditor>();
        m_editor->setKind(kind);
        m_editor->resize(640, 320);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }
    QTableView *table() const
    {
        return GuiTest::byAccessibleName<QTableView>(
            m_editor.get(),
            m_editor->kind() == ListKind::Headers ? u"Headers"_s : u"Request parameters"_s);
    }
    QAbstractButton *button(const QString &name) const
    {
        return GuiTest::byAccessibleName<QAbstractButton>(m_editor.get(), name);
    }
    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return table()->model()->index(row, column).data(role).toString();
    }
    QString problemLine() const
    {
        const auto labels = m_editor->findChildren<QLabel *>(QRegularExpression(u"Problems$"_s));
        return labels.size() == 1 && labels.first()->isVisible() ? labels.first()->text()
                                                                 : QString();
    }
    bool rowFlagged(int row) const
    {
        const QModelIndex name = table()->model()->index(row, 0);
        return !name.data(Qt::DecorationRole).isNull()
            && !name.data(Qt::ToolTipRole).toString().isEmpty();
    }
    // Types into a cell the way a user does: select it, type, press Return.
    void type(int row, int column, const QString &text)
    {
        const QModelIndex index = table()->model()->index(row, column);
        table()->setCurrentIndex(index);
        table()->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cell(row, column, Qt::EditRole), text);
    }

private slots:

    void cleanup()
    {
        m_editor.reset();
        Gui::MessageBox::clearAsked();
    }

    void modelPassesTheTester()
    {
        Gui::KeyValueModel model(u"Name"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}});
        model.appendEntry({u"C"_s, u"3"_s});
        model.setValuesMasked(true);
        model.setRowProblems({{1, u"bad"_s}});
        QVERIFY(model.setData(model.index(0, 1), u"x"_s));
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.entries(), KeyValueList({{u"C"_s, u"3"_s}}));
    }

    void namesAndButtonsAreAccessible_data()
    {
        QTest::addColumn<ListKind>("kind");
        QTest::addColumn<QStringList>("buttons");
        QTest::newRow("headers") << ListKind::Headers
                                 << QStringList {u"Add header"_s, u"Remove header"_s,
                                                 u"Add secret header"_s, u"Show header values"_s};
        QTest::newRow("params") << ListKind::RequestParams
                                << QStringList {u"Add parameter"_s, u"Remove parameter"_s,
                                                u"Show parameter values"_s};
    }

    void namesAndButtonsAreAccessible()
    {
        QFETCH(ListKind, kind);
        QFETCH(QStringList, buttons);
        make(kind);
        QVERIFY(table());
        for (const QString &name : buttons)
            QVERIFY2(button(name) && button(name)->isVisible(), qPrintable(name));
        QCOMPARE(kind == ListKind::RequestParams, !button(u"Add secret header"_s)->isVisible());
        for (QAbstractButton *b : m_editor->findChildren<QAbstractButton *>()) {
            if (table()->isAncestorOf(b))
                continue; // the table's own corner button
            QVERIFY2(!b->objectName().isEmpty() && !b->accessibleName().isEmpty(),
                     qPrintable(b->text()));
        }
    }

    void headerRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // empty: accepted

        QTest::newRow("token") << u"X-Api-Token"_s << u"secret value, with spaces"_s << QString();
        QTest::newRow("token punctuation") << u"X_a!#$%&'*+.^`|~1"_s << u"v"_s << QString();
        QTest::newRow("space in name") << u"X Api"_s << u"v"_s << u"is not a header name"_s;
        QTest::newRow("colon in name") << u"X-Api:"_s << u"v"_s << u"is not a header name"_s;
        QTest::newRow("non-ASCII name") << u"X-Größe"_s << u"v"_s << u"is not a header name"_s;
        QTest::newRow("empty name") << QString() << u"v"_s << u"Header 1 has no name"_s;
        QTest::newRow("CR LF in value")
            << u"X-A"_s << u"a\r\nX-Injected: 1"_s << u"contains a line break"_s;
        QTest::newRow("LF in name") << u"X-A\nB"_s << u"v"_s << u"contains a line break"_s;
        QTest::newRow("NUL in value") << u"X-A"_s << u"a"_s + QChar(0) << u"line break"_s;
    }

    void headerRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        make(ListKind::Headers);
        m_editor->setValues(KeyValueList {{name, value}});
        const auto problems = m_editor->problems();
        if (problem.isEmpty()) {
            QVERIFY(problems.isEmpty());
            QVERIFY(!rowFlagged(0));
            QCOMPARE(problemLine(), QString());
            return;
        }
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().isError());
        QCOMPARE(problems.first().row, 0);
        QVERIFY2(problems.first().message.contains(problem), qPrintable(problems.first().message));
        QVERIFY(rowFlagged(0));
        QCOMPARE(cell(0, 0, Qt::ToolTipRole), problems.first().message);
        QVERIFY(problemLine().contains(problem));
    }

    void typedHeadersAreChecked()
    {
        make(ListKind::Headers);
        QSignalSpy changed(m_editor.get(), &KeyValueEditor::valuesChanged);
        QTest::mouseClick(button(u"Add header"_s), Qt::LeftButton);
        // Add opens the new row's name for typing.
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, u"X Bad"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cell(0, 0), u"X Bad"_s); // the delegate commits on the next event loop turn
        QVERIFY(rowFlagged(0));
        QVERIFY(problemLine().contains(u"“X Bad” is not a header name"_s));
        type(0, 0, u"X-Good"_s);
        QVERIFY(!rowFlagged(0));
        QCOMPARE(problemLine(), QString());
        QVERIFY(changed.size() >= 3);
        QCOMPARE(m_editor->values(), std::optional(KeyValueList {{u"X-Good"_s, QString()}}));
    }

    void duplicateKeysAreFlaggedAtTheSecondRow()
    {
        make(ListKind::Headers);
        m_editor->setValues(
            KeyValueList {{u"X-Token"_s, u"a"_s}, {u"Accept"_s, u"b"_s}, {u"x-token"_s, u"c"_s}});
        QVERIFY(!rowFlagged(0));
        QVERIFY(!rowFlagged(1));
        QVERIFY(rowFlagged(2));
        QVERIFY(problemLine().contains(u"The header “x-token” is listed twice."_s));
        // Kept as typed: the editor never merges or drops a row.
        QCOMPARE(m_editor->values()->size(), 3);

        // Parameters are case-sensitive, and any non-empty name is allowed.
        make(ListKind::RequestParams);
        m_editor->setValues(KeyValueList {{u"page size"_s, u"1"_s}, {u"Page size"_s, u"2"_s}});
        QVERIFY(m_editor->problems().isEmpty());
        m_editor->setValues(KeyValueList {{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}});
        QVERIFY(rowFlagged(1));
        QVERIFY(problemLine().contains(u"The parameter “a” is listed twice."_s));
        m_editor->setValues(KeyValueList {{u"a"_s, u"1\n2"_s}});
        QVERIFY(problemLine().contains(u"line break"_s));
    }

    void nullAndEmptyStayApart()
    {
        make(ListKind::Headers);
        m_editor->setValues(std::nullopt);
        QCOMPARE(m_editor->values(), std::nullopt);
        m_editor->setValues(KeyValueList {});
        QVERIFY(m_editor->values().has_value());
        QVERIFY(m_editor->values()->isEmpty());

        // Touched but emptied again: null stays null, {} stays {}.
        m_editor->setValues(std::nullopt);
        QTest::mouseClick(button(u"Add header"_s), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_editor->values()->size(), 1);
        QVERIFY(problemLine().contains(u"Header 1 has no name"_s));
        table()->selectRow(0);
        QTest::mouseClick(button(u"Remove header"_s), Qt::LeftButton);
        QCOMPARE(m_editor->values(), std::nullopt);
        QCOMPARE(problemLine(), QString());

        m_editor->setValues(KeyValueList {{u"X-A"_s, u"1"_s}});
        table()->selectRow(0);
        QTest::mouseClick(button(u"Remove header"_s), Qt::LeftButton);
        QVERIFY(m_editor->values().has_value());
        QVERIFY(m_editor->values()->isEmpty()); // the user cleared them: {}
    }

    void removeNeedsASelection()
    {
        make(ListKind::RequestParams);
        m_editor->setValues(KeyValueList {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}});
        QVERIFY(!button(u"Remove parameter"_s)->isEnabled());
        table()->selectionModel()->select(table()->model()->index(0, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table()->selectionModel()->select(table()->model()->index(2, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(button(u"Remove parameter"_s)->isEnabled());
        QTest::mouseClick(button(u"Remove parameter"_s), Qt::LeftButton);
        QCOMPARE(m_editor->values(), std::optional(KeyValueList {{u"b"_s, u"2"_s}}));
    }

    void headerValuesAreHiddenUntilShown()
    {
        make(ListKind::Headers);
        m_editor->setValues(KeyValueList {{u"Authorization"_s, u"Bearer abc"_s}, {u"X-E"_s, {}}});
        QVERIFY(m_editor->valuesMasked());
        QCOMPARE(cell(0, 1), u"••••••••"_s);
        QCOMPARE(cell(1, 1), QString()); // nothing to hide
        QCOMPARE(cell(0, 1, Qt::EditRole), u"Bearer abc"_s);
        QCOMPARE(cell(0, 1, Qt::AccessibleTextRole), u"Hidden value"_s);

        // A hidden value is typed hidden too.
        const QModelIndex value = table()->model()->index(0, 1);
        table()->setCurrentIndex(value);
        table()->edit(value);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->echoMode(), QLineEdit::Password);
        QCOMPARE(editor->text(), u"Bearer abc"_s);
        QTest::keyClick(editor, Qt::Key_Escape);

        QTest::mouseClick(button(u"Show header values"_s), Qt::LeftButton);
        QVERIFY(!m_editor->valuesMasked());
        QCOMPARE(cell(0, 1), u"Bearer abc"_s);
        QTest::mouseClick(button(u"Show header values"_s), Qt::LeftButton);
        QCOMPARE(cell(0, 1), u"••••••••"_s);

        make(ListKind::RequestParams);
        m_editor->setValues(KeyValueList {{u"account"_s, u"acme"_s}});
        QVERIFY(!m_editor->valuesMasked());
        QCOMPARE(cell(0, 1), u"acme"_s);
    }

    void secretHeaderIs32RandomBytesAndCanBeCopied()
    {
        make(ListKind::Headers);
        m_editor->setValues(std::nullopt);
        QTest::mouseClick(button(u"Add secret header"_s), Qt::LeftButton);
        const auto values = m_editor->values();
        QVERIFY(values && values->size() == 1);
        QCOMPARE(values->first().key, u"X-Channex-Webhook-Secret"_s);
        const QString secret = values->first().value;
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(secret).hasMatch(),
                 qPrintable(secret));
        QCOMPARE(QByteArray::fromHex(secret.toLatin1()).size(), KeyValueEditor::SecretBytes);
        QVERIFY(m_editor->problems().isEmpty());
        QCOMPARE(cell(0, 1), u"••••••••"_s); // not shown just because it is new

        // Offered to copy, and copied with a confirmation.
        auto *copy = button(u"Copy secret"_s);
        QVERIFY(copy && copy->isVisible());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        auto *message = m_editor->findChild<QLabel *>(u"headersSecretMessage"_s);
        QVERIFY(message->text().contains(u"on the clipboard"_s));

        // Two secrets are never the same.
        QVERIFY(KeyValueEditor::generateSecret() != KeyValueEditor::generateSecret());
    }

    void anExistingSecretIsReplacedOnlyAfterAsking()
    {
        make(ListKind::Headers);
        m_editor->setValues(
            KeyValueList {{u"Accept"_s, u"json"_s}, {u"x-channex-webhook-secret"_s, u"old"_s}});

        Gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(button(u"Add secret header"_s), Qt::LeftButton);
        QCOMPARE(Gui::MessageBox::asked().size(), 1);
        QVERIFY(Gui::MessageBox::asked().first().text.contains(u"Replace"_s));
        QCOMPARE(m_editor->values()->at(1).value, u"old"_s);

        Gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button(u"Add secret header"_s), Qt::LeftButton);
        QCOMPARE(m_editor->values()->size(), 2); // replaced in place, not a duplicate
        QCOMPARE(m_editor->values()->at(1).key, u"x-channex-webhook-secret"_s);
        QCOMPARE(m_editor->values()->at(1).value.size(), 64);
    }
};

QTEST_MAIN(TestKeyValueEditor)
#include "test_key_value_editor.moc"
