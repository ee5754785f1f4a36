// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/payloads/PayloadCheck.h"
#include "ui/common/LatestJob.h"
#include "ui/live/detail/DetailWorkers.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace Gui {

// The Overview tab: what the capture is (event, property, user, payload timestamp), when and
// from where it came, what we answered, its marks as sentences, and the check of its body
// against the documented shape of its event. The check parses the body: off the GUI thread
// for big bodies.
class OverviewTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)

public:
    explicit OverviewTab(QWidget *parent = nullptr);

    // `origin`: where the capture came from, when the console knows (a sandbox delivery's
    // attempt), a sentence shown first among its marks; empty: nothing is said.
    void showCapture(const Capture::CaptureRecord &record, const QString &origin = {});
    void clear();
    void setPropertyNames(const QHash<QString, QString> &idToTitle);

    QString fieldText(const QString &objectName) const;
    QStringList markSentences() const;
    QString checkText() const;
    bool checkPassed() const { return m_check && m_check->passed(); }
    bool checkDone() const { return m_check.has_value(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void renderMarks();
    void renderCheck();
    QLabel *addField(const QString &objectName);

    std::optional<Capture::CaptureRecord> m_record;
    std::optional<Payloads::PayloadCheckResult> m_check;
    QHash<QString, QString> m_propertyNames;
    QString m_origin;
    LatestJob<Payloads::PayloadCheckResult> m_checking {
        detailWorkers(), this, [this](const Payloads::PayloadCheckResult &check) {
            m_check = check;
            render();
        }};

    QFormLayout *m_form;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_values;
    QVBoxLayout *m_marks;
    QLabel *m_checkLabel;
};

} // namespace Gui
