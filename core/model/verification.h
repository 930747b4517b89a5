#pragma once
// Verification of a report (admiralty scale) and one entry of its append-only history.
// Plain value types, usable from any thread.
#include <QDateTime>
#include <QString>
#include <optional>

namespace lodestone {

enum class VerificationStatus : int { Unverified = 0, Verified = 1, Disputed = 2, Rejected = 3 };

QString statusKey(VerificationStatus s);
std::optional<VerificationStatus> statusFromKey(const QString& key);

struct Verification final {
    VerificationStatus status = VerificationStatus::Unverified;
    QString reliability;   // "A".."F" or empty
    int credibility = 0;   // 1..6, 0 = not graded
    QString note;
    QString analyst;
    QDateTime at;          // UTC

    bool operator==(const Verification& o) const
    {
        return status == o.status && reliability == o.reliability && credibility == o.credibility &&
               note == o.note && analyst == o.analyst;
    }
};

struct VerificationLogEntry final {
    qint64 id = 0;
    qint64 reportId = 0;
    Verification value;
    Verification previous;
    QString action;        // "set", "undo", "redo", "bulk"
};

} // namespace lodestone
