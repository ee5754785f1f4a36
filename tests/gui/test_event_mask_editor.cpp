// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The event mask editor: checklist and raw text kept in step both ways, the ARI filter
// builder, unknown names kept and flagged, the legacy alias, and "All events".
#include "app/payloads/EventCatalog.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/webhooks/EventMaskEditor.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Gui::EventMaskEditor;

class TestEventMaskEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EventMaskEditor> m_editor;

    QLineEdit *maskEdit() const
    {
        return GuiTest::byAccessibleName<QLineEdit>(m_editor.get(), u"Event mask"_s);
    }
    QTreeWidget *tree() const
    {
        return GuiTest::byAccessibleName<QTreeWidget>(m_editor.get(), u"Events"_s);
    }
    QCheckBox *allCheck() const
    {
        return GuiTest::byAccessibleName<QCheckBox>(m_editor.get(), u"All events"_s);
    }
    QGroupBox *ariBox() const { return m_editor->findChild<QGroupBox *>(u"ariFilterBox"_s); }
    QLineEdit *roomTypes() const
    {
        return GuiTest::byAccessibleName<QLineEdit>(m_editor.get(), u"Room type IDs"_s);
    }
    QLineEdit *ratePlans() const
    {
        return GuiTest::byAccessibleName<QLineEdit>(m_editor.get(), u"Rate plan IDs"_s);
    }
    QCheckBox *restriction(const QString &name) const
    {
        return GuiTest::byAccessibleName<QCheckBox>(m_editor.get(), u"Restriction "_s + name);
    }
    QString problemText() const
    {
        auto *label = m_editor->findChild<QLabel *>(u"eventMaskProblems"_s);
        return label->isVisible() ? label->text() : QString();
    }

    // The item showing `text` in the Event column (a group title or an event name).
    QTreeWidgetItem *item(const QString &text) const
    {
        const QList<QTreeWidgetItem *> found
            = tree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.size() == 1 ? found.first() : nullptr;
    }
    bool isChecked(const QString &event) const
    {
        QTreeWidgetItem *i = item(event);
        return i && i->checkState(0) == Qt::Checked;
    }
    // What a click on the item's check box does.
    void click(const QString &text)
    {
        QTreeWidgetItem *i = item(text);
        QVERIFY2(i, qPrintable(text));
        QVERIFY2(i->flags().testFlag(Qt::ItemIsEnabled), qPrintable(text));
        QVERIFY(i->flags().testFlag(Qt::ItemIsUserCheckable));
        i->setCheckState(0, i->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }
    // A click on a check box's indicator (its middle may lie past its label, outside the
    // clickable part, when a layout makes it wide).
    static void clickBox(QCheckBox *box)
    {
        QVERIFY(box && box->isVisible());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }
    QStringList checkedEvents() const
    {
        QStringList names;
        for (const Payloads::EventInfo &info : Payloads::EventCatalog::events()) {
            if (isChecked(info.name))
                names << info.name;
        }
        return names;
    }

private slots:

    void init()
    {
        m_editor = std::make_unique<EventMaskEditor>();
        m_editor->resize(760, 560);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        QVERIFY(maskEdit());
        QVERIFY(tree());
        QVERIFY(allCheck());
    }

    void cleanup() { m_editor.reset(); }

    void showsEveryCatalogueEventWithItsDescriptionInSixGroups()
    {
        QCOMPARE(tree()->topLevelItemCount(), 7); // six groups and the hidden "Not recognised"
        QStringList groups;
        int events = 0;
        for (int g = 0; g < tree()->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree()->topLevelItem(g);
            if (group->isHidden())
                continue;
            groups << group->text(0);
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem *event = group->child(i);
                QVERIFY2(!event->text(1).isEmpty(), qPrintable(event->text(0)));
                QVERIFY2(!event->text(1).contains(u'`'), qPrintable(event->text(1)));
                ++events;
            }
        }
        QCOMPARE(groups,
                 QStringList({u"Bookings"_s, u"Availability, rates and restrictions"_s,
                              u"Messages and reviews"_s, u"Airbnb requests"_s,
                              u"Channels and sync"_s, u"Property"_s}));
        QCOMPARE(events, 28);
        QCOMPARE(events, int(Payloads::EventCatalog::events().size()));
        QCOMPARE(item(u"booking_new"_s)->text(1),
                 u"Will be triggered only for Booking Revisions with status “new”."_s);
        QCOMPARE(item(u"review"_s)->parent()->text(0), u"Messages and reviews"_s);
        QCOMPARE(item(u"sync_error"_s)->parent()->text(0), u"Channels and sync"_s);
    }

    void checklistWritesTheText()
    {
        QSignalSpy changed(m_editor.get(), &EventMaskEditor::maskChanged);
        click(u"booking_new"_s);
        QCOMPARE(maskEdit()->text(), u"booking_new"_s);
        click(u"message"_s);
        QCOMPARE(maskEdit()->text(), u"booking_new;message"_s);
        QCOMPARE(m_editor->mask(), u"booking_new;message"_s);
        click(u"booking_new"_s);
        QCOMPARE(maskEdit()->text(), u"message"_s);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.last().first().toString(), u"message"_s);
        QCOMPARE(checkedEvents(), QStringList {u"message"_s});
    }

    void aGroupChecksAllItsEvents()
    {
        click(u"Airbnb requests"_s);
        QCOMPARE(maskEdit()->text(),
                 u"reservation_request;alteration_request;"
                 "accepted_reservation;declined_reservation"_s);
        QCOMPARE(item(u"Airbnb requests"_s)->checkState(0), Qt::Checked);
        click(u"alteration_request"_s);
        QCOMPARE(item(u"Airbnb requests"_s)->checkState(0), Qt::PartiallyChecked);
        click(u"Airbnb requests"_s); // partial → all
        QCOMPARE(maskEdit()->text().split(u';').size(), 4);
        click(u"Airbnb requests"_s);
        QCOMPARE(maskEdit()->text(), QString());
        QVERIFY(problemText().contains(u"Choose at least one event"_s));
    }

    void typingUpdatesTheChecklistWithoutMovingTheCursor()
    {
        maskEdit()->setFocus();
        QTest::keyClicks(maskEdit(), u"booking_new;ari"_s);
        QCOMPARE(checkedEvents(), QStringList({u"ari"_s, u"booking_new"_s}));
        QCOMPARE(m_editor->mask(), u"booking_new;ari"_s);
        QVERIFY(ariBox()->isVisible());

        // Type into the middle of the text: the cursor stays where the user is typing.
        maskEdit()->setCursorPosition(7); // after "booking"
        QTest::keyClick(maskEdit(), Qt::Key_Backspace);
        QTest::keyClick(maskEdit(), Qt::Key_Backspace);
        QTest::keyClick(maskEdit(), Qt::Key_Backspace);
        QTest::keyClick(maskEdit(), Qt::Key_Backspace); // "boo_new;ari"
        QTest::keyClicks(maskEdit(), u"king"_s);
        QCOMPARE(maskEdit()->text(), u"booking_new;ari"_s);
        QCOMPARE(maskEdit()->cursorPosition(), 7);
        QCOMPARE(checkedEvents(), QStringList({u"ari"_s, u"booking_new"_s}));
    }

    void whitespaceTypedIsKeptUntilTheChecklistRewritesIt()
    {
        QTest::keyClicks(maskEdit(), u"message ; review"_s);
        QCOMPARE(m_editor->mask(), u"message ; review"_s);
        QCOMPARE(checkedEvents(), QStringList({u"message"_s, u"review"_s}));
        click(u"inquiry"_s);
        QCOMPARE(maskEdit()->text(), u"message;review;inquiry"_s);
    }

    void ariSegmentsFromTheText()
    {
        m_editor->setMask(u"booking;ari:rate,stop_sell:rt-1,rt-2:*"_s);
        QVERIFY(isChecked(u"ari"_s));
        QVERIFY(ariBox()->isVisible());
        QVERIFY(restriction(u"rate"_s)->isChecked());
        QVERIFY(restriction(u"stop_sell"_s)->isChecked());
        QVERIFY(!restriction(u"availability"_s)->isChecked());
        QCOMPARE(roomTypes()->text(), u"rt-1, rt-2"_s);
        QCOMPARE(ratePlans()->text(), QString());
        QCOMPARE(problemText(), QString());
    }

    void ariSegmentsToTheText()
    {
        m_editor->setMask(u"ari"_s);
        QVERIFY(ariBox()->isVisible());
        clickBox(restriction(u"availability"_s));
        QCOMPARE(maskEdit()->text(), u"ari:availability:*:*"_s);
        clickBox(restriction(u"max_stay"_s));
        QCOMPARE(maskEdit()->text(), u"ari:availability,max_stay:*:*"_s);

        roomTypes()->setFocus();
        QTest::keyClicks(roomTypes(), u"rt-1, "_s);
        QCOMPARE(maskEdit()->text(), u"ari:availability,max_stay:rt-1:*"_s);
        QCOMPARE(roomTypes()->text(), u"rt-1, "_s); // not rewritten under the user's cursor
        QTest::keyClicks(roomTypes(), u"rt-2"_s);
        QTest::keyClicks(ratePlans(), u"rp-9"_s);
        QCOMPARE(maskEdit()->text(), u"ari:availability,max_stay:rt-1,rt-2:rp-9"_s);

        // Emptied again: the plain event, not "ari:*:*:*".
        clickBox(restriction(u"availability"_s));
        clickBox(restriction(u"max_stay"_s));
        roomTypes()->clear();
        QTest::keyClicks(roomTypes(), u" "_s);
        ratePlans()->clear();
        QTest::keyClicks(ratePlans(), u" "_s);
        QCOMPARE(maskEdit()->text(), u"ari"_s);
    }

    void ariFilterSurvivesUncheckingAri()
    {
        m_editor->setMask(u"message;ari:rate:*:*"_s);
        click(u"ari"_s);
        QCOMPARE(maskEdit()->text(), u"message"_s);
        QVERIFY(!ariBox()->isVisible());
        click(u"ari"_s);
        QCOMPARE(maskEdit()->text(), u"message;ari:rate:*:*"_s);
    }

    void unknownRestrictionsAreKeptByTheBuilder()
    {
        m_editor->setMask(u"ari:rate,frobnicate:*:*"_s);
        QVERIFY(problemText().contains(u"'frobnicate' is not an ARI restriction"_s));
        clickBox(restriction(u"stop_sell"_s));
        QCOMPARE(maskEdit()->text(), u"ari:rate,frobnicate,stop_sell:*:*"_s);
        clickBox(restriction(u"rate"_s));
        QCOMPARE(maskEdit()->text(), u"ari:frobnicate,stop_sell:*:*"_s);
    }

    void namedRoomTypesAndRatePlans()
    {
        m_editor->setRoomTypes({{u"rt-1"_s, u"Deluxe Double"_s}, {u"rt-2"_s, u"Twin"_s}});
        m_editor->setMask(u"ari:*:rt-2,rt-x:*"_s);
        auto *names = m_editor->findChild<QLabel *>(u"ariRoomTypesNames"_s);
        QVERIFY(names->isVisible());
        QCOMPARE(names->text(), u"Twin, rt-x (unknown ID)"_s);
        auto *chooser
            = GuiTest::byAccessibleName<QPushButton>(m_editor.get(), u"Choose room types"_s);
        QVERIFY(chooser && chooser->isVisible());
        // Choosing from the menu writes the ID.
        QMenu *menu = chooser->menu();
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 2);
        QVERIFY(!menu->actions().at(0)->isChecked());
        QVERIFY(menu->actions().at(1)->isChecked());
        menu->actions().at(0)->setChecked(true);
        QCOMPARE(maskEdit()->text(), u"ari:*:rt-2,rt-x,rt-1:*"_s);
        // Without names the IDs are typed.
        QVERIFY(!GuiTest::byAccessibleName<QPushButton>(m_editor.get(), u"Choose rate plans"_s)
                     ->isVisible());
    }

    void unknownNamesAreKeptAndFlagged()
    {
        m_editor->setMask(u"booking_new;xyz;Booking"_s);
        QTreeWidgetItem *unknown = item(u"Not recognised"_s);
        QVERIFY(unknown && !unknown->isHidden());
        QCOMPARE(unknown->childCount(), 2);
        QCOMPARE(unknown->child(0)->text(0), u"xyz"_s);
        QCOMPARE(unknown->child(0)->text(1), u"Not a documented Channex event: xyz"_s);
        QCOMPARE(unknown->child(0)->checkState(0), Qt::Checked);
        QVERIFY(!unknown->child(0)->icon(0).isNull());
        QVERIFY(problemText().contains(u"'xyz' is not a documented Channex event"_s));
        QVERIFY(problemText().contains(u"did you mean 'booking'?"_s));
        QVERIFY(!isChecked(u"booking"_s));

        // Clicks elsewhere keep them, in place.
        click(u"message"_s);
        QCOMPARE(maskEdit()->text(), u"booking_new;xyz;Booking;message"_s);
        click(u"booking_new"_s);
        QCOMPARE(maskEdit()->text(), u"xyz;Booking;message"_s);
        // Only unchecking one removes it.
        click(u"xyz"_s);
        QCOMPARE(maskEdit()->text(), u"Booking;message"_s);
        QCOMPARE(item(u"Not recognised"_s)->childCount(), 1);

        const auto problems = m_editor->problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().isError()); // kept and sent: a warning, not a refusal
    }

    void filterOnAnotherEventIsKeptAsUnknown()
    {
        m_editor->setMask(u"booking:x;message"_s);
        QVERIFY(item(u"booking:x"_s));
        QVERIFY(!isChecked(u"booking"_s));
        click(u"review"_s);
        QCOMPARE(maskEdit()->text(), u"booking:x;message;review"_s);
    }

    void legacyDisconnectAliasIsRecognisedAndKeptAsWritten()
    {
        m_editor->setMask(u"disconnected_channel"_s);
        QVERIFY(isChecked(u"disconnect_channel"_s));
        QVERIFY(item(u"Not recognised"_s)->isHidden());
        QVERIFY(item(u"disconnect_channel"_s)->text(1).contains(u"disconnected_channel"_s));
        click(u"booking"_s);
        QCOMPARE(maskEdit()->text(), u"disconnected_channel;booking"_s);
        click(u"disconnect_channel"_s);
        QCOMPARE(maskEdit()->text(), u"booking"_s);
        click(u"disconnect_channel"_s);
        QCOMPARE(maskEdit()->text(), u"booking;disconnect_channel"_s);
    }

    void allEvents()
    {
        m_editor->setMask(u"booking_new;review"_s);
        clickBox(allCheck());
        QCOMPARE(maskEdit()->text(), u"*"_s);
        QCOMPARE(checkedEvents().size(), 28);
        QVERIFY(!item(u"booking_new"_s)->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY(!ariBox()->isVisible());
        // Unchecking "All" gives back what was checked before.
        clickBox(allCheck());
        QCOMPARE(maskEdit()->text(), u"booking_new;review"_s);
        QVERIFY(item(u"booking_new"_s)->flags().testFlag(Qt::ItemIsEnabled));

        maskEdit()->clear();
        QTest::keyClicks(maskEdit(), u"*"_s);
        QVERIFY(allCheck()->isChecked());
        QCOMPARE(checkedEvents().size(), 28);
        QCOMPARE(problemText(), QString());
    }

    void starMixedWithNamesIsKeptAndReported()
    {
        m_editor->setMask(u"*;ari"_s);
        QVERIFY(allCheck()->isChecked());
        QVERIFY(problemText().contains(u"'*' already includes every event"_s));
        clickBox(allCheck());
        QCOMPARE(maskEdit()->text(), u"ari"_s);
    }

    void setMaskRoundTripsCanonicalMasks_data()
    {
        QTest::addColumn<QString>("mask");
        QTest::newRow("all") << u"*"_s;
        QTest::newRow("names") << u"booking_new;booking_cancellation;message"_s;
        QTest::newRow("ari filter") << u"ari:rate,stop_sell:*:96a44e07-2158-43e4-8baa"_s;
        QTest::newRow("unknown") << u"sync_error;not_an_event"_s;
        QTest::newRow("legacy") << u"disconnected_channel"_s;
    }

    void setMaskRoundTripsCanonicalMasks()
    {
        QFETCH(QString, mask);
        QSignalSpy changed(m_editor.get(), &EventMaskEditor::maskChanged);
        m_editor->setMask(mask);
        QCOMPARE(maskEdit()->text(), mask);
        QCOMPARE(m_editor->mask(), mask);
        QCOMPARE(changed.size(), 1);
        if (allCheck()->isChecked()) {
            QVERIFY(!item(u"updated_channel"_s)->flags().testFlag(Qt::ItemIsEnabled));
            return;
        }
        // A click that changes nothing in meaning (check + uncheck) writes the same text.
        click(u"updated_channel"_s);
        QVERIFY(m_editor->mask().endsWith(u";updated_channel"_s));
        click(u"updated_channel"_s);
        QCOMPARE(m_editor->mask(), mask);
    }

    void findNarrowsTheListByNameOrDescription()
    {
        auto *find = GuiTest::byAccessibleName<QLineEdit>(m_editor.get(), u"Find event"_s);
        QVERIFY(find);
        QTest::keyClicks(find, u"airbnb"_s);
        QVERIFY(!item(u"reservation_request"_s)->isHidden());
        QVERIFY(!item(u"inquiry"_s)->isHidden()); // "Airbnb specific" in its description
        QVERIFY(!item(u"disconnect_listing"_s)->isHidden());
        QVERIFY(item(u"booking_new"_s)->isHidden());
        QVERIFY(item(u"Bookings"_s)->isHidden());
        find->clear();
        QVERIFY(!item(u"booking_new"_s)->isHidden());
    }
};

QTEST_MAIN(TestEventMaskEditor)
#include "test_event_mask_editor.moc"
