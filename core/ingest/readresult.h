#pragma once
// Result of reading one input: the documents found in it, or an error. Plain value type, usable from any thread.
#include "model/error.h"
#include "model/report.h"

#include <QList>

namespace lodestone {

struct ReadResult final {
    QList<ParsedDocument> documents;
    Error error;

    static ReadResult failure(ErrorCode code, const QString& detail) { return {{}, Error{code, detail}}; }
};

} // namespace lodestone
