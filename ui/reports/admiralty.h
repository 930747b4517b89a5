#pragma once
// Translated labels for verification statuses and the admiralty grading scale (source reliability A–F,
// information credibility 1–6). Stateless helpers, usable from the GUI thread.
#include "model/verification.h"

#include <QCoreApplication>
#include <QStringList>

namespace lodestone {

class Admiralty final {
    Q_DECLARE_TR_FUNCTIONS(Admiralty)
public:
    static QStringList reliabilityCodes();     // "A".."F"
    static QList<int> credibilityCodes();      // 1..6
    static QString reliabilityLabel(const QString& code); // "B — Usually reliable"; empty code: "Not graded"
    static QString credibilityLabel(int code);            // "2 — Probably true"; 0: "Not graded"
    static QString reliabilityMeaning(const QString& code);
    static QString credibilityMeaning(int code);
    static QString statusLabel(VerificationStatus status);
    static QString actionLabel(const QString& action);    // "set", "bulk", "undo", "redo"
    static QList<VerificationStatus> statuses();
};

} // namespace lodestone
