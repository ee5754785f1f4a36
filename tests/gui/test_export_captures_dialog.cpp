// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog: stored captures written to HAR and JSON Lines files in a temporary
// directory through the real dialog, read back; redaction; a file that cannot be written.
#include "app/capture/CaptureStore.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/unit/capture/CaptureTestSupport.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBanner.h"
#include "ui/live/ExportCapturesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportCapturesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void offersTheScopesWithTheirCounts();
    void selectedToHar();
    void allToJsonLinesWithSuffixAdded();
    void redactedJsonLines();
    void unwritableFileIsShownInTheDialog();
    void everyWidgetIsNamed();

private:
    Gui::ExportCapturesDialog *open(const QList<qint64> &selected,
                                    const Capture::CaptureFilter &filter = {});
    // Clicks Export with `fileName` as the file dialog's answer and waits for the outcome.
    bool exportTo(const QString &fileName);
    static QByteArray read(const QString &fileName);
    QTemporaryDir m_dir;
    Capture::CaptureStore m_store;
    QList<qint64> m_ids;
    std::unique_ptr<Gui::ExportCapturesDialog> m_dialog;
};

void TestExportCapturesDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_store.open(m_dir.filePath(u"captures.sqlite"_s)), qPrintable(m_store.errorString()));
    auto booking = CaptureTest::post(
        R"({"event":"booking","property_id":"p-1","payload":{"customer":{"name":"Ann","mail":"ann@example.org"}}})",
        "/hooks?x=1");
    booking.headers.append(qMakePair("X-Channex-Webhook-Secret"_ba, "s3cr3t"_ba));
    booking.event = u"booking"_s;
    booking.propertyId = u"p-1"_s;
    auto binary = CaptureTest::post(QByteArray("\x00\xff\xfe binary", 10), "/bin");
    auto get = CaptureTest::post({}, "/ping");
    get.method = "GET";
    for (const auto &record : {booking, binary, get}) {
        const qint64 id = CaptureTest::store(m_store, record);
        QVERIFY(id > 0);
        m_ids.append(id);
    }
}

void TestExportCapturesDialog::cleanup()
{
    m_dialog.reset();
}

Gui::ExportCapturesDialog *TestExportCapturesDialog::open(const QList<qint64> &selected,
                                                          const Capture::CaptureFilter &filter)
{
    m_dialog = std::make_unique<Gui::ExportCapturesDialog>(&m_store, selected, filter);
    m_dialog->show();
    return m_dialog.get();
}

bool TestExportCapturesDialog::exportTo(const QString &fileName)
{
    auto *button = GuiTest::byAccessibleName<QPushButton>(m_dialog.get(), u"Export"_s);
    // Export waits for the counts, which come from another thread.
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, 5000))
        return false;
    Gui::FileDialog::setNextFileName(fileName);
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([this] { return !m_dialog->isExporting(); }, 20000);
}

QByteArray TestExportCapturesDialog::read(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestExportCapturesDialog::offersTheScopesWithTheirCounts()
{
    Capture::CaptureFilter posts;
    posts.method = "POST";
    auto *dialog = open({m_ids.at(0)}, posts);
    auto *selected = GuiTest::byAccessibleName<QRadioButton>(dialog, u"Selected captures"_s);
    auto *matching
        = GuiTest::byAccessibleName<QRadioButton>(dialog, u"Captures matching the filter"_s);
    auto *all = GuiTest::byAccessibleName<QRadioButton>(dialog, u"All stored captures"_s);
    QVERIFY(selected && matching && all);
    QVERIFY(selected->isChecked());
    QVERIFY(selected->text().contains(u"(1)"_s));
    // Counted off the GUI thread (a shared store's server may be slow).
    QTRY_VERIFY(matching->text().contains(u"(2)"_s));
    QTRY_VERIFY(all->text().contains(u"(3)"_s));

    // Nothing selected and no filter: all, the others off.
    auto *second = open({});
    QVERIFY(GuiTest::byAccessibleName<QRadioButton>(second, u"All stored captures"_s)->isChecked());
    QVERIFY(!GuiTest::byAccessibleName<QRadioButton>(second, u"Selected captures"_s)->isEnabled());
    QVERIFY(!GuiTest::byAccessibleName<QRadioButton>(second, u"Captures matching the filter"_s)
                 ->isEnabled());

    // A filter matching nothing says so and cannot export.
    Capture::CaptureFilter none;
    none.method = "DELETE";
    auto *third = open({}, none);
    QTRY_VERIFY(
        third->findChild<QLabel *>(u"hintLabel"_s)->text().contains(u"No capture matches"_s));
    QVERIFY(!GuiTest::byAccessibleName<QPushButton>(third, u"Export"_s)->isEnabled());
}

void TestExportCapturesDialog::selectedToHar()
{
    auto *dialog = open({m_ids.at(0), m_ids.at(1)});
    GuiTest::byAccessibleName<QComboBox>(dialog, u"Format"_s)->setCurrentIndex(1);
    QCOMPARE(dialog->format(), Handoff::Format::Har);
    QSignalSpy exported(dialog, &Gui::ExportCapturesDialog::exported);
    const QString fileName = m_dir.filePath(u"selected.har"_s);
    QVERIFY(exportTo(fileName));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->exportedCount(), 2);

    const QJsonObject log
        = QJsonDocument::fromJson(read(fileName)).object().value("log"_L1).toObject();
    QCOMPARE(log.value("version"_L1).toString(), u"1.2"_s);
    const QJsonArray entries = log.value("entries"_L1).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value("request"_L1).toObject().value("url"_L1).toString(),
             u"http://127.0.0.1/hooks?x=1"_s);
    const QJsonObject postData
        = entries.at(1).toObject().value("request"_L1).toObject().value("postData"_L1).toObject();
    QCOMPARE(QByteArray::fromBase64(postData.value("text"_L1).toString().toLatin1()),
             QByteArray("\x00\xff\xfe binary", 10));
}

void TestExportCapturesDialog::allToJsonLinesWithSuffixAdded()
{
    auto *dialog = open({m_ids.at(0)});
    GuiTest::byAccessibleName<QRadioButton>(dialog, u"All stored captures"_s)->setChecked(true);
    QCOMPARE(dialog->format(), Handoff::Format::JsonLines);
    QVERIFY(exportTo(m_dir.filePath(u"everything"_s)));
    QCOMPARE(dialog->exportedFile(), m_dir.filePath(u"everything.jsonl"_s));
    const QList<QByteArray> lines = read(dialog->exportedFile()).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(line.value("id"_L1).toInteger(), m_ids.at(i));
    }
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value("method"_L1).toString(), u"GET"_s);
    QVERIFY(lines.at(0).contains("s3cr3t")); // not redacted unless asked
}

void TestExportCapturesDialog::redactedJsonLines()
{
    auto *dialog = open({m_ids.at(0)});
    GuiTest::byAccessibleName<QCheckBox>(dialog, u"Redact secrets and guest personal data"_s)
        ->setChecked(true);
    const QString fileName = m_dir.filePath(u"redacted.jsonl"_s);
    QVERIFY(exportTo(fileName));
    const QByteArray text = read(fileName);
    QCOMPARE(text.count('\n'), 1);
    QVERIFY(!text.contains("s3cr3t"));
    QVERIFY(!text.contains("ann@example.org"));
    QVERIFY(text.contains("[redacted]"));
    QCOMPARE(QJsonDocument::fromJson(text).object().value("redacted"_L1).toBool(), true);
}

void TestExportCapturesDialog::unwritableFileIsShownInTheDialog()
{
    auto *dialog = open({m_ids.at(0)});
    const QString fileName = m_dir.filePath(u"missing-folder/out.jsonl"_s);
    QVERIFY(exportTo(fileName));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    auto *banner = GuiTest::byAccessibleName<Gui::MessageBanner>(dialog, u"Error"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"out.jsonl"_s), qPrintable(banner->text()));
    QVERIFY(!QFile::exists(fileName));
    // The user can try again at once.
    QVERIFY(GuiTest::byAccessibleName<QPushButton>(dialog, u"Export"_s)->isEnabled());
}

void TestExportCapturesDialog::everyWidgetIsNamed()
{
    auto *dialog = open({m_ids.at(0)});
    int interactive = 0;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (widget->window() != dialog || !widget->focusPolicy()
            || widget->parentWidget()->inherits("QComboBox"))
            continue;
        ++interactive;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(interactive >= 7);
}

QTEST_MAIN(TestExportCapturesDialog)
#include "test_export_captures_dialog.moc"
