// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The overlap check in the window: the Warnings column and its tooltip in the webhooks table,
// following every change, and the warning in the webhook dialog before Save (never a block).
#include "app/channex/WebhookCollection.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/common/MessageBanner.h"
#include "ui/webhooks/WebhookDialog.h"
#include "ui/webhooks/WebhookFilterProxy.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Gui::WebhookDialog;
using Gui::WebhookListModel;

namespace {

const QString RoomlinkId = u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s; // global, booking_*
const QString AlpineBookingsId = u"3bf8e192-0aec-4a7f-9cd1-8e9fa0b1c2d3"_s; // "booking"
const QString MapleHttpId = u"f7b4ad5e-c6a8-4c3b-9e9d-4a5f6b7c8d9e"_s; // http, paused

QModelIndex warningCell(const Console &console, const QString &id)
{
    const QAbstractItemModel *model = console.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, WebhookListModel::WarningsColumn);
        if (index.data(WebhookListModel::WebhookIdRole).toString() == id)
            return index;
    }
    return {};
}

QString warningText(const Console &console, const QString &id)
{
    return warningCell(console, id).data().toString();
}

WebhookListModel *sourceModel(const Console &console)
{
    return qobject_cast<WebhookListModel *>(console.panel()->proxy()->sourceModel());
}

bool setMask(const Console &console, const QString &id, const QString &mask)
{
    Channex::Webhook changed = *console.session()->collection()->find(id);
    changed.eventMask = mask;
    bool done = false;
    bool ok = false;
    console.session()->updateWebhook(changed, console.window.get(),
                                     [&](Channex::ApiResult<Channex::Webhook> r) {
                                         ok = r.ok();
                                         done = true;
                                     });
    return QTest::qWaitFor([&done] { return done; }, 10000) && ok;
}

} // namespace

class TestOverlapWarnings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpProgram(); }

    void theTableShowsWhereChannexDeliversOtherwise()
    {
        Console console;
        QVERIFY(console.ready);
        QHeaderView *header = console.table()->horizontalHeader();
        // A column of its own, right after Scope.
        QCOMPARE(header->visualIndex(WebhookListModel::WarningsColumn), 2);
        QVERIFY(!header->isSectionHidden(WebhookListModel::WarningsColumn));
        QCOMPARE(
            console.table()->model()->headerData(WebhookListModel::WarningsColumn, Qt::Horizontal),
            QVariant(u"Warnings"_s));

        // The demo's global booking webhook and Harbour View's "*" webhook share three events.
        QTRY_COMPARE(warningText(console, HarbourWebhookId), u"⚠ Wins over global +1"_s);
        QCOMPARE(warningText(console, RoomlinkId), u"⚠ Property wins +1"_s);
        const QString harbourTip
            = warningCell(console, HarbourWebhookId).data(Qt::ToolTipRole).toString();
        QVERIFY2(harbourTip.contains(u"only to this webhook, not to the global webhook "
                                     "https://hooks.roomlink-pms.io/v2/channex/bookings"_s),
                 qPrintable(harbourTip));
        const QString globalTip = warningCell(console, RoomlinkId).data(Qt::ToolTipRole).toString();
        QVERIFY2(globalTip.contains(u"For Harbour View Hotel, Channex delivers booking_new, "
                                    "booking_modification, booking_cancellation only to that "
                                    "property's own webhook"_s),
                 qPrintable(globalTip));
        // A webhook with nothing to say has an empty cell.
        QCOMPARE(warningText(console, AlpineBookingsId), QString());
        // The filter finds them by what the cell says.
        auto *filter = console.window->findChild<QLineEdit *>(u"webhookFilterEdit"_s);
        QTest::keyClicks(filter, u"wins"_s);
        QTRY_COMPARE(console.panel()->visibleCount(), 4);
        console.panel()->clearFilters();
        QTRY_COMPARE(console.panel()->visibleCount(), 12);

        // A change to one webhook changes the warnings of the others it overlapped.
        QVERIFY(setMask(console, HarbourWebhookId, u"review"_s));
        QTRY_COMPARE(warningText(console, HarbourWebhookId), QString());
        QTRY_COMPARE(warningText(console, RoomlinkId), u"⚠ Property wins"_s);

        // Twice to one URL, and a mask with no documented event.
        QVERIFY(setMask(console, AlpineBookingsId, u"bookings"_s));
        QTRY_COMPARE(warningText(console, AlpineBookingsId), u"⚠ No known event"_s);
    }

    void plainHttpIsWarnedAboutOnProductionOnly()
    {
        Console console;
        QVERIFY(console.ready);
        bool done = false;
        console.session()->setActive(MapleHttpId, true, console.window.get(),
                                     [&done](auto) { done = true; });
        QTRY_VERIFY(done);
        QTRY_COMPARE(warningText(console, MapleHttpId), QString());
        sourceModel(console)->setProductionServer(true);
        QTRY_COMPARE(warningText(console, MapleHttpId), u"⚠ Plain http"_s);
        sourceModel(console)->setProductionServer(false);
        QTRY_COMPARE(warningText(console, MapleHttpId), QString());
    }

    void theDialogWarnsBeforeSaveAndStillSaves()
    {
        Console console;
        QVERIFY(console.ready);
        QVERIFY(console.select(AlpineBookingsId));
        console.action(u"editWebhookAction"_s)->trigger();
        QPointer<WebhookDialog> dialog = console.openDialog<WebhookDialog>();
        QVERIFY(dialog);
        auto *banner = dialog->findChild<Gui::MessageBanner *>(u"overlapBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        // Adding booking_new: the global booking webhook no longer gets it for Alpine Lodge.
        auto *mask = dialog->findChild<QLineEdit *>(u"eventMaskEdit"_s);
        mask->selectAll();
        QTest::keyClicks(mask, u"booking;booking_new"_s);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->tone(), Gui::Tone::Warning);
        QVERIFY2(dialog->overlapWarning().contains(
                     u"For this property, Channex delivers booking_new only to this webhook, not "
                     "to the global webhook https://hooks.roomlink-pms.io/v2/channex/bookings."_s),
                 qPrintable(dialog->overlapWarning()));
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(save->isEnabled()); // a warning, not a block

        // Paused, it delivers nothing and takes nothing away.
        auto *active = dialog->findChild<QCheckBox *>(u"activeCheck"_s);
        active->setChecked(false);
        QTRY_VERIFY(!banner->isVisible());
        active->setChecked(true);
        QTRY_VERIFY(banner->isVisible());

        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        const std::optional<Channex::Webhook> stored = console.storedById(AlpineBookingsId);
        QVERIFY(stored);
        QCOMPARE(stored->eventMask, u"booking;booking_new"_s);
        QTRY_COMPARE(warningText(console, AlpineBookingsId), u"⚠ Wins over global"_s);
    }

    void aNewWebhookToTheSameUrlIsDeliveredTwice()
    {
        Console console;
        QVERIFY(console.ready);
        console.action(u"newWebhookAction"_s)->trigger();
        QPointer<WebhookDialog> dialog = console.openDialog<WebhookDialog>();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(u"propertyCombo"_s);
        combo->setCurrentIndex(combo->findText(u"Alpine Lodge Zermatt"_s));
        auto *url = dialog->findChild<QLineEdit *>(u"callbackUrlEdit"_s);
        QTest::keyClicks(url, u"https://pms.alpinelodge.ch/channex/bookings"_s);
        auto *mask = dialog->findChild<QLineEdit *>(u"eventMaskEdit"_s);
        QTest::keyClicks(mask, u"booking"_s);
        QTRY_VERIFY2(dialog->overlapWarning().contains(
                         u"Another webhook of the same scope (Alpine Lodge Zermatt) also sends "
                         "booking to this URL: each of these events arrives twice."_s),
                     qPrintable(dialog->overlapWarning()));
        QVERIFY(dialog->findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
        Gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
    }
};

QTEST_MAIN(TestOverlapWarnings)
#include "test_overlap_warnings.moc"
