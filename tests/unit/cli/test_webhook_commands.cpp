// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real executable's webhook modes against sandboxes this test starts, as a support person
// would run them: --api-url to a sandbox with its key in CHANNEX_API_KEY (or --sandbox), without
// a display. Export from one account and import into another, a dry run, the same file twice,
// the overlap check, and every exit code.
#include "app/channex/ChannexClient.h"
#include "app/sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

// A sandbox account on loopback, and a client to see and change what it stores.
struct Account
{
    explicit Account(bool demoData = true)
    {
        server.setDemoDataEnabled(demoData);
        started = server.start();
        client = std::make_unique<Channex::ChannexClient>(server.rootUrl(), server.apiKey());
    }

    template<typename T, typename Call> std::optional<Channex::ApiResult<T>> await(Call call)
    {
        QObject context;
        std::optional<Channex::ApiResult<T>> result;
        call(&context, [&result](Channex::ApiResult<T> r) { result.emplace(std::move(r)); });
        [[maybe_unused]] const bool done
            = QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
        return result;
    }

    QList<Channex::Webhook> webhooks()
    {
        const auto listed = await<QList<Channex::Webhook>>(
            [this](QObject *c, auto done) { client->listWebhooks(c, done); });
        return listed && listed->ok() ? listed->value() : QList<Channex::Webhook> {};
    }

    bool remove(const QString &id)
    {
        const auto done
            = await<Channex::Done>([&](QObject *c, auto cb) { client->deleteWebhook(id, c, cb); });
        return done && done->ok();
    }

    bool update(const Channex::Webhook &webhook)
    {
        const auto done = await<Channex::Webhook>(
            [&](QObject *c, auto cb) { client->updateWebhook(webhook, c, cb); });
        return done && done->ok();
    }

    QStringList apiUrl() const { return {u"--api-url"_s, server.rootUrl().toString()}; }

    Sandbox::SandboxServer server;
    std::unique_ptr<Channex::ChannexClient> client;
    bool started = false;
};

// The account's webhooks without their ids, which differ between accounts.
QStringList contents(const QList<Channex::Webhook> &webhooks)
{
    QStringList lines;
    for (const Channex::Webhook &w : webhooks) {
        QStringList headers;
        for (const Channex::KeyValue &entry : w.headers.value_or(Channex::KeyValueList {}))
            headers << entry.key + u'=' + entry.value;
        lines << QStringList {w.propertyId,
                              w.callbackUrl,
                              w.eventMask,
                              QString::number(w.isActive),
                              QString::number(w.sendData),
                              headers.join(u',')}
                     .join(u' ');
    }
    lines.sort();
    return lines;
}

const QString HarbourWebhookId = u"a9a88747-767e-458c-99e0-9212fcfb0b39"_s;
const QString RoomlinkId = u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s;
const QString AlpineRmsId = u"c41e7a2b-93d5-4f0e-8b6a-1d2c3e4f5a6b"_s;

} // namespace

class TestWebhookCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs the executable without a display, with `key` (when given) as CHANNEX_API_KEY.
    static Run run(const QStringList &arguments, const QString &key = {},
                   const QByteArray &input = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"CHANNEX_API_KEY"_s})
            environment.remove(name);
        if (!key.isEmpty())
            environment.insert(u"CHANNEX_API_KEY"_s, key);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WC_EXECUTABLE), arguments);
        Run result;
        if (!process.waitForStarted(10000))
            return result;
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        // The sandboxes answer from their own threads: waiting here blocks nothing they need.
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QJsonObject readJson(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object()
                                            : QJsonObject();
    }

    static QStringList linesStartingWith(const Run &run, const QString &word)
    {
        QStringList found;
        for (const QString &line : run.lines()) {
            if (line.startsWith(word + u' '))
                found << line;
        }
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exportWritesTheDocumentedFile()
    {
        Account account;
        QVERIFY(account.started);
        const QString file = path(u"export.json"_s);
        const Run plain = run(QStringList {u"--export-webhooks"_s, file} + account.apiUrl(),
                              account.server.apiKey());
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.err.contains(u"--with-secrets"_s), qPrintable(plain.err));
        QJsonObject root = readJson(file);
        QCOMPARE(root.value(u"format"_s).toString(), u"webhook-console/webhooks"_s);
        QCOMPARE(root.value(u"format_version"_s).toInt(), 1);
        QCOMPARE(root.value(u"server"_s).toString(), account.server.rootUrl().toString());
        QVERIFY(!root.value(u"exported_at"_s).toString().isEmpty());
        const QJsonArray webhooks = root.value(u"webhooks"_s).toArray();
        QCOMPARE(webhooks.size(), 12);
        QVERIFY(webhooks.at(0)
                    .toObject()
                    .value(u"headers"_s)
                    .toObject()
                    .value(u"X-Channex-Webhook-Secret"_s)
                    .isNull());

        // With --with-secrets the values are in; to standard output with "-".
        const Run secrets = run(QStringList {u"--export-webhooks"_s, u"-"_s, u"--with-secrets"_s}
                                    + account.apiUrl(),
                                account.server.apiKey());
        QCOMPARE(secrets.exitCode, 0);
        root = QJsonDocument::fromJson(secrets.out.toUtf8()).object();
        QCOMPARE(root.value(u"webhooks"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"headers"_s)
                     .toObject()
                     .value(u"X-Channex-Webhook-Secret"_s)
                     .toString(),
                 u"hv-3f9a1c7e5b2d4a6c"_s);
    }

    void exportExitCodes()
    {
        Account account;
        QVERIFY(account.started);
        // No key: a usage error that names the variable.
        const Run noKey = run(QStringList {u"--export-webhooks"_s, u"-"_s} + account.apiUrl());
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY2(noKey.err.contains(u"CHANNEX_API_KEY"_s), qPrintable(noKey.err));
        // A key the server refuses: the account cannot be read.
        const Run refused = run(QStringList {u"--export-webhooks"_s, u"-"_s} + account.apiUrl(),
                                u"not-the-key"_s);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"Could not read the webhooks of"_s),
                 qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        // A file that cannot be written.
        const Run unwritable
            = run(QStringList {u"--export-webhooks"_s, path(u"no/such/folder/x.json"_s)}
                      + account.apiUrl(),
                  account.server.apiKey());
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(u"Could not write"_s), qPrintable(unwritable.err));
        // Neither --api-url nor --sandbox: a usage error before anything is read.
        const Run noAccount = run({u"--export-webhooks"_s, u"-"_s}, account.server.apiKey());
        QCOMPARE(noAccount.exitCode, 2);
        QVERIFY(noAccount.err.contains(u"--sandbox"_s));
    }

    void anAccountBroughtInStepWithAnother()
    {
        Account source;
        Account target;
        QVERIFY(source.started && target.started);
        // The target drifted: two webhooks gone, one paused with another mask.
        QVERIFY(target.remove(HarbourWebhookId));
        QVERIFY(target.remove(RoomlinkId));
        Channex::Webhook drifted;
        for (const Channex::Webhook &w : target.webhooks()) {
            if (w.id == AlpineRmsId)
                drifted = w;
        }
        drifted.isActive = false;
        drifted.eventMask = u"ari"_s;
        QVERIFY(target.update(drifted));

        const QString file = path(u"source.json"_s);
        QCOMPARE(
            run(QStringList {u"--export-webhooks"_s, file, u"--with-secrets"_s} + source.apiUrl(),
                source.server.apiKey())
                .exitCode,
            0);

        // A dry run says what would change and changes nothing.
        const Run dry
            = run(QStringList {u"--import-webhooks"_s, file, u"--dry-run"_s} + target.apiUrl(),
                  target.server.apiKey());
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(linesStartingWith(dry, u"create"_s).size(), 2);
        QCOMPARE(linesStartingWith(dry, u"update"_s),
                 QStringList {u"update [Alpine Lodge Zermatt] "
                              "https://revenue.alpinelodge.ch/api/ari-feed — event_mask, "
                              "is_active"_s});
        QCOMPARE(linesStartingWith(dry, u"unchanged"_s).size(), 9);
        QVERIFY(dry.out.contains(u"Dry run: nothing was sent."_s));
        QCOMPARE(target.webhooks().size(), 10);

        const Run applied = run(QStringList {u"--import-webhooks"_s, file} + target.apiUrl(),
                                target.server.apiKey());
        QCOMPARE(applied.exitCode, 0);
        QVERIFY2(applied.out.contains(u"Applied 3 of 3 changes."_s), qPrintable(applied.out));
        QCOMPARE(contents(target.webhooks()), contents(source.webhooks()));

        // The same file again changes nothing: every line unchanged, only reads sent.
        const int before = target.server.apiRequestCount();
        const Run again = run(QStringList {u"--import-webhooks"_s, file} + target.apiUrl(),
                              target.server.apiKey());
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(linesStartingWith(again, u"unchanged"_s).size(), 12);
        QVERIFY(!again.out.contains(u"Applied"_s));
        QCOMPARE(target.server.apiRequestCount() - before, 2); // the list and the property names
    }

    void whatCannotBeImportedIsSkippedAndTheRestApplied()
    {
        Account source;
        Account empty(false);
        QVERIFY(source.started && empty.started);
        const QString file = path(u"plain.json"_s);
        QCOMPARE(run(QStringList {u"--export-webhooks"_s, file} + source.apiUrl(),
                     source.server.apiKey())
                     .exitCode,
                 0);
        const Run imported = run(QStringList {u"--import-webhooks"_s, file} + empty.apiUrl(),
                                 empty.server.apiKey());
        QCOMPARE(imported.exitCode, 1);
        const QStringList skipped = linesStartingWith(imported, u"skipped"_s);
        QCOMPARE(skipped.size(), 9);
        QVERIFY2(skipped.contains(u"skipped [Harbour View Hotel] "
                                  "https://pms.example-hotel.com/channex/webhooks — this account "
                                  "has no property called “Harbour View Hotel”"_s),
                 qPrintable(skipped.join(u'\n')));
        // The global webhooks arrive, their secrets left empty, and the lines say so.
        const QStringList created = linesStartingWith(imported, u"create"_s);
        QCOMPARE(created.size(), 3);
        QVERIFY(created.contains(u"create [Global] https://hooks.roomlink-pms.io/v2/channex/"
                                 "bookings — header Authorization has no value in the file: left "
                                 "empty; parameter account has no value in the file: left "
                                 "empty"_s));
        QCOMPARE(empty.webhooks().size(), 3);
    }

    void aFileThatIsNotOneIsRefusedBeforeTheAccountIsRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("captures") << "{\"event\":\"booking\"}\n"_ba
                                  << u"is not a Webhook Console webhook file"_s;
        QTest::newRow("newer")
            << "{\"format\":\"webhook-console/webhooks\",\"format_version\":3, \"webhooks\":[]}"_ba
            << u"is version 3 of the webhook file format"_s;
    }

    void aFileThatIsNotOneIsRefusedBeforeTheAccountIsRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        Account account;
        QVERIFY(account.started);
        const QString file = path(u"other.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Run refused = run(QStringList {u"--import-webhooks"_s, file} + account.apiUrl(),
                                account.server.apiKey());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"other.json"_s));
        QCOMPARE(account.server.apiRequestCount(), 0);

        const Run missing
            = run(QStringList {u"--import-webhooks"_s, path(u"missing.json"_s)} + account.apiUrl(),
                  account.server.apiKey());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"Could not read"_s));
    }

    void importFromStandardInput()
    {
        Account account;
        QVERIFY(account.started);
        const Run exported = run(QStringList {u"--export-webhooks"_s, u"-"_s} + account.apiUrl(),
                                 account.server.apiKey());
        QCOMPARE(exported.exitCode, 0);
        const Run imported = run(QStringList {u"--import-webhooks"_s, u"-"_s} + account.apiUrl(),
                                 account.server.apiKey(), exported.out.toUtf8());
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(linesStartingWith(imported, u"unchanged"_s).size(), 12);
    }

    void checkFindsOverlaps()
    {
        Account demo;
        QVERIFY(demo.started);
        const Run checked
            = run(QStringList {u"--check-webhooks"_s} + demo.apiUrl(), demo.server.apiKey());
        QCOMPARE(checked.exitCode, 1);
        // The demo's global webhooks share events with property webhooks of the same account.
        QVERIFY2(checked.lines().contains(
                     u"Global and property webhook share events: [Global] "
                     "https://hooks.roomlink-pms.io/v2/channex/bookings; [Harbour View Hotel] "
                     "https://pms.example-hotel.com/channex/webhooks (booking_new, "
                     "booking_modification, booking_cancellation)"_s),
                 qPrintable(checked.out));
        for (const QString &line : checked.lines())
            QVERIFY2(line.startsWith(u"Global and property webhook share events: [Global] "_s),
                     qPrintable(line));

        // Twice to one URL: a copy of a webhook with the same scope, URL and an event in common.
        Channex::Webhook copy = demo.webhooks().constFirst();
        copy.id.clear();
        copy.eventMask = u"booking"_s;
        copy.headers.reset();
        const auto created = demo.await<Channex::Webhook>(
            [&](QObject *c, auto cb) { demo.client->createWebhook(copy, c, cb); });
        QVERIFY(created && created->ok());
        const Run twice
            = run(QStringList {u"--check-webhooks"_s} + demo.apiUrl(), demo.server.apiKey());
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.lines().contains(
                     u"Same events delivered twice to one URL: [Harbour View Hotel] "
                     "https://pms.example-hotel.com/channex/webhooks; [Harbour View Hotel] "
                     "https://pms.example-hotel.com/channex/webhooks (booking)"_s),
                 qPrintable(twice.out));

        Account empty(false);
        QVERIFY(empty.started);
        const Run clean
            = run(QStringList {u"--check-webhooks"_s} + empty.apiUrl(), empty.server.apiKey());
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.isEmpty());

        const Run unreadable
            = run(QStringList {u"--check-webhooks"_s} + empty.apiUrl(), u"wrong"_s);
        QCOMPARE(unreadable.exitCode, 3);
    }

    void theEmbeddedSandbox()
    {
        const Run checked = run({u"--check-webhooks"_s, u"--sandbox"_s});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY(!checked.lines().isEmpty());
        const Run exported = run({u"--export-webhooks"_s, u"-"_s, u"--sandbox"_s},
                                 u"a-production-key-never-used"_s);
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(exported.out.toUtf8())
                     .object()
                     .value(u"webhooks"_s)
                     .toArray()
                     .size(),
                 12);
        // The demo account's own file, into a fresh demo account: nothing to do.
        const Run dry = run({u"--import-webhooks"_s, u"-"_s, u"--sandbox"_s, u"--dry-run"_s}, {},
                            exported.out.toUtf8());
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(linesStartingWith(dry, u"unchanged"_s).size(), 12);
    }

    void usageErrorsExitTwoWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("with-secrets alone") << QStringList {u"--with-secrets"_s};
        QTest::newRow("dry-run with export")
            << QStringList {u"--export-webhooks"_s, u"-"_s, u"--sandbox"_s, u"--dry-run"_s};
        QTest::newRow("two modes")
            << QStringList {u"--check-webhooks"_s, u"--export-webhooks"_s, u"-"_s, u"--sandbox"_s};
        QTest::newRow("receiver port")
            << QStringList {u"--check-webhooks"_s, u"--sandbox"_s, u"--receiver-port"_s, u"0"_s};
        QTest::newRow("no account") << QStringList {u"--import-webhooks"_s, u"x.json"_s};
    }

    void usageErrorsExitTwoWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        const Run refused = run(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"--help"_s));
    }
};

QTEST_GUILESS_MAIN(TestWebhookCommands)
#include "test_webhook_commands.moc"
