#include "error.h"

namespace lodestone {

QString errorCodeKey(ErrorCode c)
{
    switch (c) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::NotADatabase: return QStringLiteral("not-a-database");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::NewerSchema: return QStringLiteral("newer-schema");
    case ErrorCode::NotWritable: return QStringLiteral("not-writable");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::EmptyInput: return QStringLiteral("empty");
    case ErrorCode::BinaryInput: return QStringLiteral("binary");
    case ErrorCode::TooLarge: return QStringLiteral("too-large");
    case ErrorCode::Truncated: return QStringLiteral("truncated");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Parse: return QStringLiteral("parse");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::Internal: return QStringLiteral("internal");
    case ErrorCode::OverBudget: return QStringLiteral("over-budget");
    case ErrorCode::Refused: return QStringLiteral("refused");
    }
    return QStringLiteral("internal");
}

} // namespace lodestone
