// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The receiver service behind the Live tab and --serve-receiver: its options and where they are
// kept, the URL "Use live receiver" offers, the secret check, retention, start and stop.
#include "app/capture/CaptureStore.h"
#include "app/receiver/LiveReceiver.h"
#include "app/receiver/ReceiverController.h"
#include "app/session/MemorySecretStore.h"
#include "app/session/SettingsKeys.h"
#include "tests/unit/receiver/ReceiverTestSupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using Receiver::ReceiverController;
namespace SettingsKeys = Session::SettingsKeys;

class TestReceiverController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Capture::CaptureStore> m_store;

    int post(quint16 port, const QByteArray &extraHeaders = {})
    {
        TestClient client(port);
        if (!client.waitForConnected())
            return -1;
        client.send(ReceiverTest::post("/hook", R"({"event":"ari"})"_ba, extraHeaders));
        return ReceiverTest::statusOf(client.nextResponse());
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_store = std::make_unique<Capture::CaptureStore>();
        QVERIFY(m_store->open(m_folder.filePath(
            u"captures-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())))));
    }

    void cleanup() { m_store.reset(); }

    // The window's options survive a restart; the secret's value only in the keychain.
    void optionsAreKeptAndRestored()
    {
        Session::MemorySecretStore secrets(Session::SecretStore::Persistence::Keychain);
        {
            ReceiverController controller(m_store.get());
            controller.restoreSettings(&secrets);
            controller.setAddress(QHostAddress::AnyIPv4);
            controller.setPort(18099);
            controller.setPublicUrl(u"  https://tunnel.example.com/hook "_s);
            controller.setSecretHeaderName(u"X-Secret"_s);
            controller.setSecretValue("s3cret"_ba);
            controller.saveSecretValue();
            controller.setRetention({500, 7});
            QCOMPARE(m_store->retention(), (Capture::Retention {500, 7}));
        }
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"s3cret"_s), qPrintable(key));

        ReceiverController restored(m_store.get());
        QSignalSpy changed(&restored, &ReceiverController::optionsChanged);
        restored.restoreSettings(&secrets);
        QCOMPARE(restored.address(), QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(restored.port(), quint16(18099));
        QCOMPARE(restored.publicUrl(), u"https://tunnel.example.com/hook"_s);
        QCOMPARE(restored.secretHeaderName(), u"X-Secret"_s);
        QCOMPARE(restored.retention(), (Capture::Retention {500, 7}));
        QTRY_COMPARE(restored.secretValue(), "s3cret"_ba); // from the keychain, a moment later
        QVERIFY(restored.isSecretCheckOn());
    }

    // Headless use (no restoreSettings) keeps nothing.
    void headlessOptionsAreNotKept()
    {
        ReceiverController controller(m_store.get());
        controller.setPort(18098);
        controller.setPublicUrl(u"https://tunnel.example.com/"_s);
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    // "Use live receiver": the usable public URL, else the local one; nothing while stopped.
    void callbackUrlFollowsTheReceiver()
    {
        ReceiverController controller(m_store.get());
        QSignalSpy urls(&controller, &ReceiverController::callbackUrlChanged);
        QVERIFY(controller.callbackUrl().isEmpty());
        QVERIFY(controller.start());
        const QString local = controller.localUrl().toString();
        QVERIFY(local.startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(controller.callbackUrl(), local);
        controller.setPublicUrl(u"https://abc.trycloudflare.com/"_s);
        QCOMPARE(controller.callbackUrl(), u"https://abc.trycloudflare.com/"_s);
        controller.setPublicUrl(u"my tunnel"_s);
        QVERIFY(!controller.publicUrlProblem().isEmpty());
        QCOMPARE(controller.callbackUrl(), local);
        controller.stop();
        QVERIFY(controller.callbackUrl().isEmpty());
        QCOMPARE(urls.count(), 4); // local, public, local, none
        QCOMPARE(urls.last().at(0).toString(), QString());
    }

    // The check is on with a header name and a value; a name no request can carry keeps the
    // receiver from running as if it were on.
    void secretCheck()
    {
        ReceiverController controller(m_store.get());
        controller.setSecretHeaderName(u"X-Secret"_s);
        QVERIFY(!controller.isSecretCheckOn()); // no value yet
        QVERIFY(controller.start());
        const quint16 port = controller.receiver()->port();
        QCOMPARE(post(port), 200);
        controller.setSecretValue("right"_ba);
        QVERIFY(controller.isSecretCheckOn());
        QCOMPARE(post(port), 401);
        QCOMPARE(post(port, "X-Secret: right\r\n"_ba), 200);

        QSignalSpy errors(&controller, &ReceiverController::errorChanged);
        controller.setSecretHeaderName(u"X Secret"_s);
        QVERIFY(!controller.isRunning());
        QVERIFY(controller.secretNameProblem().contains(u"a space"_s));
        QCOMPARE(errors.count(), 1);
        QVERIFY(controller.errorString().contains(u"stopped"_s));
        QVERIFY(!controller.start());
        QVERIFY(controller.errorString().contains(u"did not start"_s));
        controller.setSecretHeaderName(QString()); // no check at all is a choice
        QVERIFY(controller.start());
        QVERIFY(controller.errorString().isEmpty());
    }

    // A port in use is said, and nothing runs.
    void portInUse()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost));
        ReceiverController controller(m_store.get());
        controller.setPort(occupier.serverPort());
        QSignalSpy running(&controller, &ReceiverController::runningChanged);
        QVERIFY(!controller.start());
        QVERIFY(!controller.isRunning());
        QVERIFY2(controller.errorString().contains(QString::number(occupier.serverPort())),
                 qPrintable(controller.errorString()));
        QCOMPARE(running.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReceiverController)
#include "test_receiver_controller.moc"
