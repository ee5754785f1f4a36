// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user hit in the webhooks table, each reproduced on the real
// window: the keyboard leaves the table, Esc and "Clear filters" undo a filter, the row and
// column menus, the Scope column at 800×600, rows that keep their places across a refresh, and
// a status tooltip that forgets an old server's error.
#include "tests/gui/ConsoleFixture.h"
#include "ui/common/ViewStateOverlay.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Gui::WebhookListModel;

namespace {

// Runs `pick` on the popup menu that `open` shows, then closes it (QMenu::exec blocks).
void inPopupMenu(const std::function<void()> &open, const std::function<void(QMenu *)> &pick)
{
    bool seen = false;
    QTimer::singleShot(0, [&seen, pick] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        seen = true;
        pick(menu);
        menu->close();
    });
    open();
    QVERIFY2(seen, "no popup menu was shown");
}

QStringList idsInViewOrder(QTableView *table)
{
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, 0).data(WebhookListModel::WebhookIdRole).toString();
    return ids;
}

} // namespace

class TestTableUsability final : public QObject
{
    Q_OBJECT

private:
private slots:
    void initTestCase() { setUpProgram(); }

    void tabLeavesTheTable()
    {
        Console console;
        QVERIFY(console.ready);
        console.window->activateWindow();
        console.table()->setFocus();
        QTRY_VERIFY(console.table()->hasFocus());
        QTest::keyClick(console.table(), Qt::Key_Tab);
        QVERIFY(!console.table()->hasFocus());
    }

    void escClearsTheFilterAndNoMatchOffersClearFilters()
    {
        Console console;
        QVERIFY(console.ready);
        auto *filter = console.window->findChild<QLineEdit *>(u"webhookFilterEdit"_s);
        QTest::keyClicks(filter, u"harbour"_s);
        QCOMPARE(console.table()->model()->rowCount(), 2);
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(console.table()->model()->rowCount(), 12);

        QTest::keyClicks(filter, u"nothing-matches-this"_s);
        auto *title = console.table()->findChild<QLabel *>(u"viewStateTitle"_s);
        QTRY_COMPARE(title->text(), u"No webhook matches the filter"_s);
        auto *clear = console.table()->findChild<QPushButton *>(u"viewStateAction"_s);
        QVERIFY(clear->isVisible());
        QCOMPARE(clear->text(), u"&Clear filters"_s);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(console.table()->model()->rowCount(), 12);
    }

    void rowMenuCopiesIdsAndUrl()
    {
        Console console;
        QVERIFY(console.ready);
        QVERIFY(console.select(HarbourWebhookId));
        const QRect cell = console.table()->visualRect(console.table()->currentIndex());
        const auto open = [&] {
            emit console.table()->customContextMenuRequested(cell.center());
        };
        inPopupMenu(open, [](QMenu *menu) {
            menu->findChild<QAction *>(u"copyWebhookIdAction"_s)->trigger();
        });
        QCOMPARE(QApplication::clipboard()->text(), HarbourWebhookId);
        inPopupMenu(open, [](QMenu *menu) {
            menu->findChild<QAction *>(u"copyPropertyIdAction"_s)->trigger();
        });
        QCOMPARE(QApplication::clipboard()->text(), HarbourView);
        inPopupMenu(open, [](QMenu *menu) {
            // The row's actions come first: Edit, Test, … are one right-click away.
            QCOMPARE(menu->actions().constFirst()->objectName(), u"editWebhookAction"_s);
            menu->findChild<QAction *>(u"copyCallbackUrlAction"_s)->trigger();
        });
        QVERIFY(QApplication::clipboard()->text().startsWith(u"https://"_s));
    }

    void headerMenuShowsAndHidesColumns()
    {
        Console console;
        QVERIFY(console.ready);
        QHeaderView *header = console.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(WebhookListModel::IdColumn));
        const auto open = [&] {
            emit header->customContextMenuRequested(QPoint(10, 5));
        };
        inPopupMenu(open, [](QMenu *menu) {
            menu->findChild<QAction *>(u"showColumnAction%1"_s.arg(WebhookListModel::IdColumn))
                ->trigger();
        });
        QVERIFY(!header->isSectionHidden(WebhookListModel::IdColumn));
        inPopupMenu(open, [](QMenu *menu) {
            menu->findChild<QAction *>(u"showColumnAction%1"_s.arg(WebhookListModel::EventsColumn))
                ->trigger();
        });
        QVERIFY(header->isSectionHidden(WebhookListModel::EventsColumn));
    }

    void scopeIsOnScreenAt800x600()
    {
        Console console;
        QVERIFY(console.ready);
        console.window->resize(800, 600);
        QHeaderView *header = console.table()->horizontalHeader();
        QCOMPARE(header->visualIndex(WebhookListModel::ScopeColumn), 1);
        const int right = header->sectionViewportPosition(WebhookListModel::ScopeColumn)
            + header->sectionSize(WebhookListModel::ScopeColumn);
        QVERIFY2(right <= console.table()->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(right).arg(console.table()->viewport()->width())));
    }

    void rowsKeepTheirPlacesAcrossARefresh()
    {
        Console console;
        QVERIFY(console.ready);
        // Sorted by Active: many rows share a key, so only a stable order keeps them in place.
        console.table()->sortByColumn(WebhookListModel::ActiveColumn, Qt::AscendingOrder);
        QVERIFY(console.select(HarbourWebhookId));
        const QStringList before = idsInViewOrder(console.table());
        for (int i = 0; i < 3; ++i) {
            console.action(u"refreshAction"_s)->trigger();
            QTRY_COMPARE(console.session()->state(), Channex::AccountSession::State::Loaded);
            QCOMPARE(idsInViewOrder(console.table()), before);
        }
        QCOMPARE(console.panel()->currentWebhookId(), HarbourWebhookId);
    }

    void statusTooltipForgetsAnEarlierError()
    {
        Console console;
        QVERIFY(console.ready);
        auto *status = console.window->findChild<QLabel *>(u"connectionStatusLabel"_s);
        console.sandbox()->faults().failNext(2, 401);
        console.action(u"refreshAction"_s)->trigger();
        QTRY_COMPARE(console.session()->state(), Channex::AccountSession::State::Failed);
        QVERIFY2(status->toolTip().contains(u"key"_s, Qt::CaseInsensitive),
                 qPrintable(status->toolTip()));
        console.action(u"refreshAction"_s)->trigger();
        QTRY_COMPARE(console.session()->state(), Channex::AccountSession::State::Loaded);
        QVERIFY2(!status->toolTip().contains(u"key"_s, Qt::CaseInsensitive),
                 qPrintable(status->toolTip()));
    }
};

QTEST_MAIN(TestTableUsability)
#include "test_table_usability.moc"
