// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sequences of the Fire dialog: a booking's life, a duplicate, out-of-order ARI changes; and
// the runner that fires a sequence's steps in order into a real target.
#include "app/sandbox/deliveries/SequenceRunner.h"
#include "app/sandbox/deliveries/Sequences.h"
#include "tests/unit/sandbox/DeliveryTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DeliveryTest;
using Sandbox::Deliveries::FireRequest;
using Sandbox::Deliveries::SequenceRunner;
namespace Sequences = Sandbox::Deliveries::Sequences;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 4), QTime(10, 0, 0, 250), Qt::UTC);

QStringList eventsOf(const QList<FireRequest> &steps)
{
    QStringList events;
    for (const FireRequest &step : steps)
        events << step.event;
    return events;
}

} // namespace

class TestSandboxSequences final : public QObject
{
    Q_OBJECT

private slots:
    void bookingLifeHasANewRevisionAndALaterTimeEachStep();
    void duplicateIsTheSameBodyTwice();
    void outOfOrderSendsTheLaterChangeFirst();
    void singleKeepsTheEditedPayload();
    void runnerDeliversTheStepsInOrder();
    void duplicateArrivesTwiceByteForByte();
    void runnerStopsAtARefusedStep();
};

void TestSandboxSequences::bookingLifeHasANewRevisionAndALaterTimeEachStep()
{
    const QList<FireRequest> steps
        = Sequences::steps(Sequences::Kind::BookingLife, {u"ari"_s, CasaDelSol, {}, {}}, Now);
    QCOMPARE(eventsOf(steps),
             (QStringList {u"booking_new"_s, u"booking"_s, u"booking_modification"_s, u"booking"_s,
                           u"booking_cancellation"_s, u"booking"_s}));
    QSet<QString> revisions;
    QString bookingId;
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).propertyId, CasaDelSol);
        if (i % 2 == 0) {
            // Channex documents the specific events without data.
            QVERIFY(!steps.at(i).payload);
            QCOMPARE(steps.at(i).timestamp, steps.at(i + 1).timestamp);
            continue;
        }
        const QJsonObject payload = steps.at(i).payload->toObject();
        QCOMPARE(payload.value("property_id"_L1).toString(), CasaDelSol);
        if (bookingId.isEmpty())
            bookingId = payload.value("booking_id"_L1).toString();
        QCOMPARE(payload.value("booking_id"_L1).toString(), bookingId);
        revisions.insert(payload.value("revision_id"_L1).toString());
    }
    QCOMPARE(revisions.size(), 3);
    QVERIFY(steps.at(0).timestamp < steps.at(2).timestamp);
    QVERIFY(steps.at(2).timestamp < steps.at(4).timestamp);
    QCOMPARE(steps.at(0).timestamp, u"2026-05-04T10:00:00.250000Z"_s);
}

void TestSandboxSequences::duplicateIsTheSameBodyTwice()
{
    const QList<FireRequest> steps
        = Sequences::steps(Sequences::Kind::Duplicate, {u"message"_s, CasaDelSol, {}, {}}, Now);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).payload, steps.at(1).payload);
    QCOMPARE(steps.at(0).timestamp, steps.at(1).timestamp);
    QVERIFY(steps.at(0).payload.has_value());
    QCOMPARE(steps.at(0).payload->toObject().value("property_id"_L1).toString(), CasaDelSol);
}

void TestSandboxSequences::outOfOrderSendsTheLaterChangeFirst()
{
    const QList<FireRequest> steps
        = Sequences::steps(Sequences::Kind::OutOfOrder, {u"booking"_s, CasaDelSol, {}, {}}, Now);
    QCOMPARE(eventsOf(steps), (QStringList {u"ari"_s, u"ari"_s}));
    QVERIFY(steps.at(0).timestamp > steps.at(1).timestamp);
    const QJsonObject later = steps.at(0).payload->toArray().at(0).toObject();
    const QJsonObject earlier = steps.at(1).payload->toArray().at(0).toObject();
    QCOMPARE(later.value("availability"_L1).toInt(), 0);
    QCOMPARE(earlier.value("availability"_L1).toInt(), 1);
    // About the same thing: the same date, room type and rate plan.
    for (const char *key : {"date", "room_type_id", "rate_plan_id"})
        QCOMPARE(later.value(QLatin1StringView(key)), earlier.value(QLatin1StringView(key)));
}

void TestSandboxSequences::singleKeepsTheEditedPayload()
{
    const QJsonValue edited(QJsonObject {{u"x"_s, 1}});
    const QList<FireRequest> steps
        = Sequences::steps(Sequences::Kind::Single, {u"review"_s, CasaDelSol, edited, {}}, Now);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0).payload, std::optional<QJsonValue>(edited));
    QCOMPARE(steps.at(0).event, u"review"_s);
}

void TestSandboxSequences::runnerDeliversTheStepsInOrder()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ready);
    Target target;
    sandbox.addWebhook(target.url(), u"*"_s, {{u"property_id"_s, CasaDelSol}});
    SequenceRunner runner(sandbox.server.get(),
                          Sequences::steps(Sequences::Kind::BookingLife, {{}, CasaDelSol, {}, {}},
                                           QDateTime::currentDateTimeUtc()));
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QSignalSpy accepted(&runner, &SequenceRunner::stepAccepted);
    runner.start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(accepted.size(), 6);
    QCOMPARE(runner.results().size(), 6);
    QCOMPARE(target.handler.requests.size(), 6);
    QStringList received;
    QString previous;
    for (int i = 0; i < 6; ++i) {
        const QJsonObject body = target.handler.bodyOf(i);
        received << body.value("event"_L1).toString();
        QVERIFY(body.value("timestamp"_L1).toString() >= previous);
        previous = body.value("timestamp"_L1).toString();
    }
    QCOMPARE(received,
             (QStringList {u"booking_new"_s, u"booking"_s, u"booking_modification"_s, u"booking"_s,
                           u"booking_cancellation"_s, u"booking"_s}));
}

void TestSandboxSequences::duplicateArrivesTwiceByteForByte()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ready);
    Target target;
    sandbox.addWebhook(target.url(), u"review"_s);
    SequenceRunner runner(sandbox.server.get(),
                          Sequences::steps(Sequences::Kind::Duplicate,
                                           {u"review"_s, HarbourView, {}, {}},
                                           QDateTime::currentDateTimeUtc()));
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    runner.start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(target.handler.requests.size(), 2);
    QCOMPARE(target.handler.requests.at(0).body, target.handler.requests.at(1).body);
    // Two deliveries of one body: two events as far as the log knows.
    QTRY_COMPARE(sandbox.finishedAttempts(), 2);
    QVERIFY(sandbox.attempts().at(0).eventId != sandbox.attempts().at(1).eventId);
}

void TestSandboxSequences::runnerStopsAtARefusedStep()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ready);
    SequenceRunner runner(sandbox.server.get(),
                          {FireRequest {u"booking"_s, HarbourView, {}, {}},
                           FireRequest {u"booking"_s, u"not-a-property"_s, {}, {}},
                           FireRequest {u"booking"_s, HarbourView, {}, {}}});
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    runner.start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(runner.results().size(), 1);
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(TestSandboxSequences)
#include "test_sandbox_sequences.moc"
