#pragma once
// The analyst's name stamped on verifications and corrections: asked once (QInputDialog, defaulting to
// the operating-system user) and remembered in QSettings "analyst/name". GUI thread.
#include <QString>

class QWidget;

namespace lodestone {

class AnalystName final {
public:
    // The remembered name; if none, asks (when parent is given) and remembers the answer. Falls back
    // to the OS user when the dialog is cancelled or no parent is given.
    static QString current(QWidget* parent);
    static QString remembered();           // empty when never set
    static void remember(const QString& name);
    static QString osUser();
    // Shows the dialog even when a name is remembered; returns the (possibly unchanged) name.
    static QString ask(QWidget* parent);
};

} // namespace lodestone
