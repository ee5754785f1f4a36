// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Export Webhooks… and Import Webhooks… in the real window on the sandbox: the file written,
// the preview of every change before anything is sent, the import as a bulk change with its
// progress and summary, and a file that is not one.
#include "app/channex/BulkWebhookJob.h"
#include "app/transfer/WebhookFile.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/common/FileDialog.h"
#include "ui/webhooks/ImportPreviewDialog.h"
#include "ui/webhooks/WebhookActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Gui::FileDialog;
using Gui::ImportPreviewDialog;
using Gui::MessageBox;

namespace {

const QString RoomlinkId = u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s;

bool removeStored(const Console &console, const QString &id)
{
    std::optional<Channex::ApiResult<Channex::Done>> answer;
    QObject context;
    console.observer->deleteWebhook(id, &context, [&answer](Channex::ApiResult<Channex::Done> r) {
        answer.emplace(std::move(r));
    });
    return QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) && answer->ok();
}

QStringList column(const QTreeWidget *list, int column)
{
    QStringList texts;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts << list->topLevelItem(row)->text(column);
    return texts;
}

} // namespace

class TestWebhookTransfer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Exports the console's account (with values) to `name` in the test folder.
    QString exportTo(const Console &console, const QString &name,
                     QMessageBox::StandardButton values)
    {
        const QString path = m_dir.filePath(name);
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(values);
        console.action(u"exportWebhooksAction"_s)->trigger();
        return path;
    }

    static ImportPreviewDialog *openPreview(const Console &console, const QString &path)
    {
        FileDialog::setNextFileName(path);
        console.action(u"importWebhooksAction"_s)->trigger();
        ImportPreviewDialog *preview = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (preview = console.openDialog<ImportPreviewDialog>()) != nullptr; }, 5000);
        return preview;
    }

private slots:
    void initTestCase()
    {
        setUpProgram();
        QVERIFY(m_dir.isValid());
    }

    void exportWritesTheFile()
    {
        Console console;
        QVERIFY(console.ready);
        QVERIFY(console.action(u"exportWebhooksAction"_s)->isEnabled());
        MessageBox::clearAsked();
        const QString path = exportTo(console, u"demo.json"_s, QMessageBox::Yes);
        // Asked first whether the values go along.
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY(MessageBox::asked().constFirst().text.contains(u"values"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"webhook-console/webhooks"_s);
        const QJsonArray webhooks = root.value(u"webhooks"_s).toArray();
        QCOMPARE(webhooks.size(), 12);
        QCOMPARE(webhooks.at(0)
                     .toObject()
                     .value(u"headers"_s)
                     .toObject()
                     .value(u"X-Channex-Webhook-Secret"_s),
                 QJsonValue(u"hv-3f9a1c7e5b2d4a6c"_s));
        QVERIFY2(console.window->statusBar()->currentMessage().contains(u"demo.json"_s),
                 qPrintable(console.window->statusBar()->currentMessage()));

        // Names only: the values are null.
        const QString names = exportTo(console, u"names.json"_s, QMessageBox::No);
        QFile namesFile(names);
        QVERIFY(namesFile.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(namesFile.readAll())
                    .object()
                    .value(u"webhooks"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"headers"_s)
                    .toObject()
                    .value(u"X-Channex-Webhook-Secret"_s)
                    .isNull());
    }

    void importShowsThePlanBeforeSendingAnything()
    {
        Console console;
        QVERIFY(console.ready);
        const QString path = exportTo(console, u"before.json"_s, QMessageBox::Yes);
        QVERIFY(removeStored(console, HarbourWebhookId));
        QVERIFY(removeStored(console, RoomlinkId));
        console.window->refresh();
        QTRY_COMPARE(console.table()->model()->rowCount(), 10);

        const int requests = console.sandbox()->apiRequestCount();
        QPointer<ImportPreviewDialog> preview = openPreview(console, path);
        QVERIFY(preview);
        auto *list = preview->findChild<QTreeWidget *>(u"importPlanList"_s);
        QCOMPARE(list->topLevelItemCount(), 12);
        QCOMPARE(column(list, 0).count(u"create"_s), 2);
        QCOMPARE(column(list, 0).count(u"unchanged"_s), 10);
        QVERIFY(column(list, 1).contains(u"Harbour View Hotel"_s));
        QVERIFY(preview->findChild<QLabel *>(u"importSummaryLabel"_s)
                    ->text()
                    .contains(u"To create: 2"_s));
        // Nothing was sent to show it.
        QCOMPARE(console.sandbox()->apiRequestCount(), requests);

        auto *importButton = preview->findChild<QPushButton *>(u"importButton"_s);
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY(!preview);
        QTRY_VERIFY(!console.window->webhookActions()->runningJob());
        QTRY_COMPARE(console.table()->model()->rowCount(), 12);
        QCOMPARE(console.stored().size(), 12);
        QVERIFY2(console.window->statusBar()->currentMessage().contains(
                     u"Imported: 2 created, 0 updated."_s),
                 qPrintable(console.window->statusBar()->currentMessage()));
        const std::optional<Channex::Webhook> back
            = console.storedByUrl(u"https://pms.example-hotel.com/channex/webhooks"_s);
        QVERIFY(back);
        QCOMPARE(back->headers->constFirst().value, u"hv-3f9a1c7e5b2d4a6c"_s);

        // The same file again: nothing to change, so only Close.
        preview = openPreview(console, path);
        QVERIFY(preview);
        QVERIFY(!preview->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
        auto *close = preview->findChild<QPushButton *>(u"cancelButton"_s);
        QCOMPARE(close->text(), u"Close"_s);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!preview);
    }

    void cancelSendsNothing()
    {
        Console console;
        QVERIFY(console.ready);
        const QString path = exportTo(console, u"cancel.json"_s, QMessageBox::Yes);
        QVERIFY(removeStored(console, RoomlinkId));
        console.window->refresh();
        QTRY_COMPARE(console.table()->model()->rowCount(), 11);
        QPointer<ImportPreviewDialog> preview = openPreview(console, path);
        QVERIFY(preview);
        const int requests = console.sandbox()->apiRequestCount();
        QTest::mouseClick(preview->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!preview);
        QVERIFY(!console.window->webhookActions()->runningJob());
        QCOMPARE(console.sandbox()->apiRequestCount(), requests);
        QCOMPARE(console.table()->model()->rowCount(), 11);
    }

    void aRefusalIsNamedInTheSummaryAndTheRestIsImported()
    {
        Console console;
        QVERIFY(console.ready);
        const QString path = exportTo(console, u"refused.json"_s, QMessageBox::Yes);
        QVERIFY(removeStored(console, HarbourWebhookId));
        QVERIFY(removeStored(console, RoomlinkId));
        console.window->refresh();
        QTRY_COMPARE(console.table()->model()->rowCount(), 10);
        QPointer<ImportPreviewDialog> preview = openPreview(console, path);
        QVERIFY(preview);

        console.sandbox()->faults().refuseNext({{u"callback_url"_s, {u"is not reachable"_s}}});
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(preview->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!console.window->webhookActions()->runningJob());
        QTRY_COMPARE(MessageBox::asked().size(), 1);
        const MessageBox::Request summary = MessageBox::asked().constFirst();
        QCOMPARE(summary.title, u"Some webhooks were not imported"_s);
        QVERIFY2(summary.text.contains(u"1 of 2"_s), qPrintable(summary.text));
        QVERIFY2(summary.informativeText.contains(u"is not reachable"_s),
                 qPrintable(summary.informativeText));
        QVERIFY(summary.detailedText.startsWith(u"["_s));
        QTRY_COMPARE(console.table()->model()->rowCount(), 11);
    }

    void aFileThatIsNotOneSaysWhy()
    {
        Console console;
        QVERIFY(console.ready);
        const QString path = m_dir.filePath(u"captures.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"event\":\"booking\"}\n");
        file.close();
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(path);
        console.action(u"importWebhooksAction"_s)->trigger();
        QCOMPARE(MessageBox::asked().size(), 1);
        const QString text = MessageBox::asked().constFirst().text;
        QVERIFY2(text.contains(u"captures.jsonl is not a Webhook Console webhook file"_s),
                 qPrintable(text));
        QVERIFY(!console.openDialog<ImportPreviewDialog>());
    }
};

QTEST_MAIN(TestWebhookTransfer)
#include "test_webhook_transfer.moc"
