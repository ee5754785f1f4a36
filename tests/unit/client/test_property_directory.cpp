// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Property options and the PropertyDirectory built from them, against a real sandbox.

#include "app/channex/ChannexClient.h"
#include "app/channex/PropertyDirectory.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/unit/client/ClientTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Channex;
using namespace ClientTest;
using namespace Qt::StringLiterals;

namespace {

const QString AlpineLodge = u"52397a6e-c330-44f4-a293-47042d3a3607"_s;

} // namespace

class TestPropertyDirectory : public QObject
{
    Q_OBJECT

private slots:
    void optionsListTheDemoProperties();
    void refreshGivesNamesByTitle();
    void failedRefreshKeepsEarlierNames();
    void newerRefreshWins();
};

void TestPropertyDirectory::optionsListTheDemoProperties()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    const auto result = await<QList<PropertyOption>>(
        [&](QObject *context, auto done) { sandbox.client->listPropertyOptions(context, done); });
    WC_VERIFY_OK(result);
    QCOMPARE(result->value().size(), 5);
    const auto harbour = std::find_if(result->value().cbegin(), result->value().cend(),
                                      [](const PropertyOption &p) { return p.id == HarbourView; });
    QVERIFY(harbour != result->value().cend());
    QCOMPARE(harbour->title, u"Harbour View Hotel"_s);
    QCOMPARE(harbour->currency, u"GBP"_s);
}

void TestPropertyDirectory::refreshGivesNamesByTitle()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    PropertyDirectory directory;
    QVERIFY(!directory.isLoaded());
    QCOMPARE(directory.title(HarbourView), HarbourView); // nothing loaded yet: the id

    QSignalSpy changed(&directory, &PropertyDirectory::changed);
    QSignalSpy failed(&directory, &PropertyDirectory::failed);
    directory.refresh(sandbox.client.get());
    QVERIFY(directory.isLoading());
    QVERIFY(changed.wait(5000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(directory.isLoaded());
    QVERIFY(!directory.isLoading());

    QCOMPARE(directory.title(HarbourView), u"Harbour View Hotel"_s);
    QCOMPARE(directory.title(AlpineLodge), u"Alpine Lodge Zermatt"_s);
    const QString unknown = u"00000000-0000-0000-0000-000000000000"_s;
    QCOMPARE(directory.title(unknown), unknown);
    QVERIFY(!directory.contains(unknown));
    QCOMPARE(directory.property(AlpineLodge)->currency, u"CHF"_s);

    QStringList titles;
    for (const PropertyOption &property : directory.properties())
        titles << property.title;
    QCOMPARE(
        titles,
        (QStringList {u"Alpine Lodge Zermatt"_s, u"Casa del Sol Sevilla"_s, u"Harbour View Hotel"_s,
                      u"Maple Street Inn"_s, u"Pousada Praia Azul"_s}));
}

void TestPropertyDirectory::failedRefreshKeepsEarlierNames()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.setMaxRetries(0);
    PropertyDirectory directory;
    QSignalSpy changed(&directory, &PropertyDirectory::changed);
    QSignalSpy failed(&directory, &PropertyDirectory::failed);
    directory.refresh(sandbox.client.get());
    QVERIFY(changed.wait(5000));

    sandbox.server.faults().failNext(1, 403);
    directory.refresh(sandbox.client.get());
    QVERIFY(failed.wait(5000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Forbidden);
    QVERIFY(directory.isLoaded());
    QCOMPARE(directory.title(HarbourView), u"Harbour View Hotel"_s);
}

void TestPropertyDirectory::newerRefreshWins()
{
    // The first answer is slow and fails; the second refresh succeeds. Only the second counts.
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.setMaxRetries(0);
    sandbox.server.faults().failNext(1, 500);
    PropertyDirectory directory;
    QSignalSpy changed(&directory, &PropertyDirectory::changed);
    QSignalSpy failed(&directory, &PropertyDirectory::failed);

    directory.refresh(sandbox.client.get());
    directory.refresh(sandbox.client.get());
    QVERIFY(changed.wait(5000));
    // Both answers are in once nothing is pending; the failure was superseded.
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.client->pendingCalls(), 0, 5000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(directory.title(HarbourView), u"Harbour View Hotel"_s);
}

QTEST_GUILESS_MAIN(TestPropertyDirectory)
#include "test_property_directory.moc"
