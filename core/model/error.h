#pragma once
// Error value returned by core: a code plus technical detail; ui and CLI turn it into words.
// Plain value type, usable from any thread.
#include <QString>

namespace lodestone {

enum class ErrorCode : int {
    None = 0,
    NotADatabase,
    Corrupt,
    NewerSchema,
    NotWritable,
    Io,
    EmptyInput,
    BinaryInput,
    TooLarge,
    Truncated,
    Unsupported,
    Parse,
    NotFound,
    InvalidArgument,
    Cancelled,
    DiskFull,
    Locked,
    Internal,
    OverBudget, // a file needed more time, text, pages or objects than one file may take
    Refused,    // not read on purpose: a symlink leaving the imported folder, a device or FIFO, an unusable name
};

struct Error final {
    ErrorCode code = ErrorCode::None;
    QString detail; // technical, English

    explicit operator bool() const { return code != ErrorCode::None; }
    static Error none() { return {}; }
};

QString errorCodeKey(ErrorCode c);

} // namespace lodestone
