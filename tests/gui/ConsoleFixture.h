// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real console (controller, window, sandbox) for GUI tests, as on a first start: its own
// settings directory, an in-memory key store, the sandbox's demo account loaded. Dialogs and
// message boxes are found and answered the way a person would, by objectName.
#include "app/capture/CaptureStore.h"
#include "app/channex/AccountSession.h"
#include "app/channex/ChannexClient.h"
#include "app/i18n/Translations.h"
#include "app/receiver/LiveReceiver.h"
#include "app/receiver/ReceiverController.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ConsoleController.h"
#include "app/session/MemorySecretStore.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/webhooks/WebhooksPanel.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace GuiTest {

// Once per test program: English plurals. The program's own home and settings come from
// tests/common/TestIsolation.cpp, and a message box no test answered fails the test
// (GuiTestStartup.cpp).
inline void setUpProgram()
{
    I18n::installTranslations(qApp, QLocale(QLocale::English));
}

// Whether the window gets its Live tab: a capture store in a temporary folder and a receiver
// (not started), as main.cpp gives it.
enum class Live { Without, With };

struct Console
{
    explicit Console(Live live = Live::Without)
    {
        QSettings().clear();
        Gui::MessageBox::clearAsked();
        controller = std::make_unique<Session::ConsoleController>(
            new Session::MemorySecretStore(Session::SecretStore::Persistence::Keychain));
        window = std::make_unique<Gui::MainWindow>(controller.get());
        if (live == Live::With) {
            dataDir = std::make_unique<QTemporaryDir>();
            store = std::make_unique<Capture::CaptureStore>();
            if (!dataDir->isValid()
                || !store->open(Capture::CaptureStore::defaultPath(dataDir->path())))
                return; // not ready
            receiverService = std::make_unique<Receiver::ReceiverController>(store.get());
            receiverService->restoreSettings(controller->secrets());
            receiver = receiverService->receiver();
            window->attachLive(store.get(), receiverService.get());
        }
        controller->start({});
        window->show();
        ready = QTest::qWaitForWindowExposed(window.get())
            && QTest::qWaitFor([this] { return table()->model()->rowCount() == 12; }, 10000);
        if (ready) {
            // A second client, to see what the sandbox stores, as Channex's own UI would.
            observer = std::make_unique<Channex::ChannexClient>(sandbox()->rootUrl(),
                                                                sandbox()->apiKey());
        }
    }

    ~Console()
    {
        window.reset();
        controller.reset();
        receiverService.reset();
        store.reset();
    }

    Sandbox::SandboxServer *sandbox() const { return controller->sandbox(); }
    Channex::AccountSession *session() const { return controller->session(); }
    Gui::WebhooksPanel *panel() const { return window->webhooksPanel(); }
    QTableView *table() const
    {
        return window->findChild<QTableView *>(QStringLiteral("webhooksTable"));
    }
    QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }

    // Selects the table row of this webhook, as a click does.
    bool select(const QString &webhookId) const
    {
        panel()->selectWebhook(webhookId);
        return panel()->currentWebhookId() == webhookId;
    }

    // The webhooks the sandbox stores now, fetched over HTTP by the observer client; empty,
    // with the reason in listProblem, when the list could not be fetched.
    QList<Channex::Webhook> stored() const
    {
        std::optional<Channex::ApiResult<QList<Channex::Webhook>>> answer;
        QObject context;
        observer->listWebhooks(&context, [&answer](Channex::ApiResult<QList<Channex::Webhook>> r) {
            answer.emplace(std::move(r));
        });
        // Generous: on a loaded machine the sandbox thread may be slow to get the CPU.
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000)) {
            listProblem = QStringLiteral("the sandbox did not list its webhooks within 20 s");
            return {};
        }
        if (!answer->ok()) {
            listProblem = answer->error().message();
            return {};
        }
        listProblem.clear();
        return answer->value();
    }

    std::optional<Channex::Webhook> storedById(const QString &id) const
    {
        for (const Channex::Webhook &webhook : stored()) {
            if (webhook.id == id)
                return webhook;
        }
        return std::nullopt;
    }

    std::optional<Channex::Webhook> storedByUrl(const QString &url) const
    {
        for (const Channex::Webhook &webhook : stored()) {
            if (webhook.callbackUrl == url)
                return webhook;
        }
        return std::nullopt;
    }

    // The top-level widget of this class that is visible now (a dialog the action opened).
    template<typename T> T *openDialog() const
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> dataDir;
    std::unique_ptr<Capture::CaptureStore> store;
    std::unique_ptr<Receiver::ReceiverController> receiverService;
    Receiver::LiveReceiver *receiver = nullptr; // the service's
    std::unique_ptr<Session::ConsoleController> controller;
    std::unique_ptr<Gui::MainWindow> window;
    std::unique_ptr<Channex::ChannexClient> observer;
    mutable QString listProblem; // why the last stored() came back empty
    bool ready = false;
};

// Demo data (app/sandbox/DemoData.cpp): a property webhook of Harbour View Hotel.
inline const QString HarbourWebhookId = QStringLiteral("a9a88747-767e-458c-99e0-9212fcfb0b39");
inline const QString HarbourView = QStringLiteral("716305c4-561a-4561-a187-7f5b8aeb5920");

} // namespace GuiTest
