#include "admiralty.h"

#include "common/displaytext.h"

namespace lodestone {

QStringList Admiralty::reliabilityCodes()
{
    return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F")};
}

QList<int> Admiralty::credibilityCodes()
{
    return {1, 2, 3, 4, 5, 6};
}

QString Admiralty::reliabilityMeaning(const QString& code)
{
    if (code == QLatin1String("A")) return tr("Completely reliable");
    if (code == QLatin1String("B")) return tr("Usually reliable");
    if (code == QLatin1String("C")) return tr("Fairly reliable");
    if (code == QLatin1String("D")) return tr("Not usually reliable");
    if (code == QLatin1String("E")) return tr("Unreliable");
    if (code == QLatin1String("F")) return tr("Reliability cannot be judged");
    return tr("Not graded");
}

QString Admiralty::credibilityMeaning(int code)
{
    switch (code) {
    case 1: return tr("Confirmed by other sources");
    case 2: return tr("Probably true");
    case 3: return tr("Possibly true");
    case 4: return tr("Doubtful");
    case 5: return tr("Improbable");
    case 6: return tr("Truth cannot be judged");
    default: return tr("Not graded");
    }
}

QString Admiralty::reliabilityLabel(const QString& code)
{
    if (code.isEmpty())
        return reliabilityMeaning(code);
    return tr("%1 — %2").arg(code, reliabilityMeaning(code));
}

QString Admiralty::credibilityLabel(int code)
{
    if (code <= 0)
        return credibilityMeaning(0);
    return tr("%1 — %2").arg(code).arg(credibilityMeaning(code));
}

QString Admiralty::statusLabel(VerificationStatus status)
{
    return lodestone::statusLabel(status);
}

QString Admiralty::actionLabel(const QString& action)
{
    if (action == QLatin1String("set")) return tr("set");
    if (action == QLatin1String("bulk")) return tr("bulk");
    if (action == QLatin1String("undo")) return tr("undo");
    if (action == QLatin1String("redo")) return tr("redo");
    return action;
}

QList<VerificationStatus> Admiralty::statuses()
{
    return {VerificationStatus::Unverified, VerificationStatus::Verified, VerificationStatus::Disputed, VerificationStatus::Rejected};
}

} // namespace lodestone
