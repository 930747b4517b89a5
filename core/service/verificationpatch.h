#pragma once
// What a tagging action changes in a report's verification: only the fields that are set; the rest keep
// their previous values. Plain value type, usable from any thread.
#include "model/verification.h"

#include <optional>

namespace lodestone {

struct VerificationPatch final {
    std::optional<VerificationStatus> status;
    std::optional<QString> reliability; // "A".."F" or empty to clear
    std::optional<int> credibility;     // 1..6, 0 to clear
    std::optional<QString> note;
    QString analyst;

    Verification applyTo(const Verification& previous) const
    {
        Verification v = previous;
        if (status)
            v.status = *status;
        if (reliability)
            v.reliability = *reliability;
        if (credibility)
            v.credibility = *credibility;
        if (note)
            v.note = *note;
        v.analyst = analyst;
        v.at = QDateTime();
        return v;
    }
    bool isValid() const
    {
        static const QString letters = QStringLiteral("ABCDEF");
        if (reliability && !reliability->isEmpty() && (reliability->size() != 1 || !letters.contains(*reliability)))
            return false;
        return !credibility || (*credibility >= 0 && *credibility <= 6);
    }
};

} // namespace lodestone
