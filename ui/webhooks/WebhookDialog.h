// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiResult.h"
#include "app/channex/Webhook.h"
#include "app/channex/WebhookOverlaps.h"
#include "app/channex/WebhookRules.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QWidget;

namespace Receiver {
class ReceiverController;
}
namespace Ui {
class WebhookDialog;
}

namespace Gui {

class TestResultView;

// Create or edit one webhook. The dialog only edits values: Save and Test emit the
// webhook as it stands, the owner sends it and answers with accept() (saved), showSaveError()
// or showTestResult(). Nothing typed is lost: errors keep every value, and closing a changed
// dialog asks first. Duplicate is Create with setWebhook() of the original.
//
// New webhooks start Active with Send data on (what a receiver normally wants), JSON null
// headers and params, no property chosen and no events.
class WebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDialog)

public:
    enum class Mode { Create, Edit };

    explicit WebhookDialog(Mode mode, QWidget *parent = nullptr);
    ~WebhookDialog() override;

    Mode mode() const { return m_mode; }
    // The picker's choices, shown sorted by title. May come before or after setWebhook().
    void setProperties(const QList<Channex::PropertyOption> &properties);
    // Initial values. Edit keeps id, organization and protection flag as given; Create (and
    // so Duplicate) drops the id and the protection flag.
    void setWebhook(const Channex::Webhook &webhook);
    // The values as they stand, id included for Edit.
    Channex::Webhook webhook() const;
    // The webhook given to setWebhook(), as Channex holds it (made here or by another tool):
    // values left as they are there are warned about, never refused. Null for a new webhook.
    const Channex::Webhook *storedBasis() const;
    bool isModified() const;

    // While the owner saves or tests: Save and Test are off, the inputs stay editable and
    // `what` ("Saving…") is shown with a busy bar. showSaveError() and showTestResult() end it.
    void setBusy(bool busy, const QString &what = {});
    bool isBusy() const { return m_busy; }
    // A refused save: 422 `details` go next to their fields, anything else to the banner at
    // the top. Every value stays as typed.
    void showSaveError(const Channex::ApiError &error);
    // Test shows "Sending a test call…" in the result area until this arrives.
    void showTestResult(const Channex::ApiResult<Channex::WebhookTestResult> &result);
    TestResultView *testResultView() const;

    // What the hint line above the buttons says.
    QString hint() const;

    // The account's other webhooks (the one edited, by id, is left out), their property titles
    // and whether the account is on Channex's production server: the dialog then warns, above
    // the hint line, of the overlaps these values would have (WebhookOverlaps). A warning,
    // never a reason to keep Save disabled.
    void setOverlapContext(const QList<Channex::Webhook> &account,
                           const QHash<QString, QString> &titles, bool productionServer);
    // The overlap warning as shown (empty when there is none).
    QString overlapWarning() const;

    // "Use live receiver": the receiver whose URL it puts into Callback URL (its public URL when
    // set, else its local one), followed while the dialog is open. Null, or a receiver that is
    // not running, disables the button.
    void setLiveReceiver(Receiver::ReceiverController *receiver);
    // Puts that URL into Callback URL, as the button does.
    void useLiveReceiver();

signals:
    void saveRequested(const Channex::Webhook &webhook);
    void testRequested(const Channex::Webhook &webhook);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    using Field = Channex::WebhookRules::Field;

    void fill(const Channex::Webhook &webhook);
    void fillProperties(const QString &selectedId, bool global);
    void requestSave();
    void requestTest();
    void fieldEdited(const QList<Field> &fields);
    void setTestResultShown(bool shown);
    QString liveReceiverUrl() const;
    void showLiveReceiverUrl();
    void retranslateTestResultToggle();
    void retranslate();
    void updateWidgets();
    void showFieldMessage(QLabel *label, const QStringList &errors, const QStringList &warnings);
    void showOverlaps(const Channex::Webhook &current);
    QStringList serverMessages(Field field) const;
    static QString fieldTitle(Field field);

    std::unique_ptr<Ui::WebhookDialog> m_ui;
    Mode m_mode;
    Channex::Webhook m_initial;
    QList<Channex::PropertyOption> m_properties;
    QMap<Field, QStringList> m_serverDetails; // 422 details not yet edited away
    bool m_busy = false;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_filling = false;
    bool m_storedBasis = false; // setWebhook() gave the values
    QString m_busyText;
    QPointer<Receiver::ReceiverController> m_receiver;
    std::optional<Channex::WebhookOverlaps> m_overlaps;
    QHash<QString, QString> m_titles;
};

} // namespace Gui
