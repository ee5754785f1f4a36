#include "ui/live/RetentionConfirm.h"

#include "ui/common/MessageBox.h"

#include <climits>

namespace Gui {

namespace {

// A limit of 0 is "no limit"; a new limit is stricter when it is set and below the old one.
bool stricter(qint64 wanted, qint64 applied)
{
    return wanted > 0 && (applied == 0 || wanted < applied);
}

} // namespace

bool RetentionConfirm::ask(QWidget *parent, const Capture::CaptureStore &store,
                           const Capture::Retention &wanted)
{
    const Capture::Retention applied = store.retention();
    QStringList losses;
    if (stricter(wanted.maxCount, applied.maxCount)) {
        Capture::CaptureFilter pinned;
        pinned.pinnedOnly = true;
        const qint64 unpinned = store.count() - store.count(pinned);
        if (unpinned > wanted.maxCount)
            losses << tr("The oldest %n capture(s) will be deleted now.", nullptr,
                         int(std::min<qint64>(unpinned - wanted.maxCount, INT_MAX)));
    }
    // Counting by age would need a query of its own; any stored capture may be old enough.
    if (stricter(wanted.maxAgeDays, applied.maxAgeDays) && store.count() > 0)
        losses << tr("Captures older than %n day(s) will be deleted now.", nullptr,
                     int(wanted.maxAgeDays));
    if (losses.isEmpty())
        return true;
    MessageBox::Request request;
    request.icon = QMessageBox::Warning;
    request.title = tr("Apply Retention");
    request.text = losses.join(QLatin1Char(' '));
    request.informativeText = tr("Pinned captures are kept. This cannot be undone.");
    request.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    request.defaultButton = QMessageBox::Cancel;
    request.buttonTexts = {{QMessageBox::Yes, tr("&Delete and Apply")}};
    return MessageBox::ask(parent, request) == QMessageBox::Yes;
}

} // namespace Gui
