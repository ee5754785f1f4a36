#pragma once

#include "app/capture/CaptureStore.h"

#include <QCoreApplication>

class QWidget;

namespace Gui {

// Asks before a retention change deletes captures at once, as Delete and Clear do: true when
// nothing would go (the limit is looser, or the store holds less) or the user agreed.
class RetentionConfirm final
{
    Q_DECLARE_TR_FUNCTIONS(Gui::RetentionConfirm)

public:
    static bool ask(QWidget *parent, const Capture::CaptureStore &store,
                    const Capture::Retention &wanted);
};

} // namespace Gui
