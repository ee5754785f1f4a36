// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiResult.h"
#include "app/channex/Webhook.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TestResultDialog;
}

namespace Gui {

class TestResultView;

// A small non-modal window with the answer of "Test" from the webhooks table. It deletes
// itself when closed (WA_DeleteOnClose); keep a QPointer to it.
class TestResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestResultDialog)

public:
    explicit TestResultDialog(const QString &callbackUrl, QWidget *parent = nullptr);
    ~TestResultDialog() override;

    void setPending();
    void showResult(const Channex::ApiResult<Channex::WebhookTestResult> &result);
    TestResultView *view() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::TestResultDialog> m_ui;
    QString m_callbackUrl;
};

} // namespace Gui
