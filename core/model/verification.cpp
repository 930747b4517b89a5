#include "verification.h"

namespace lodestone {

QString statusKey(VerificationStatus s)
{
    switch (s) {
    case VerificationStatus::Unverified: return QStringLiteral("unverified");
    case VerificationStatus::Verified: return QStringLiteral("verified");
    case VerificationStatus::Disputed: return QStringLiteral("disputed");
    case VerificationStatus::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("unverified");
}

std::optional<VerificationStatus> statusFromKey(const QString& key)
{
    if (key == QLatin1String("unverified")) return VerificationStatus::Unverified;
    if (key == QLatin1String("verified")) return VerificationStatus::Verified;
    if (key == QLatin1String("disputed")) return VerificationStatus::Disputed;
    if (key == QLatin1String("rejected")) return VerificationStatus::Rejected;
    return std::nullopt;
}

} // namespace lodestone
