#pragma once
// Result of reading one input: the documents found in it, or an error. Plain value type, usable from any thread.
#include "model/error.h"
#include "model/report.h"

#include <QList>
#include <memory>

namespace lodestone {

class ListStream;

struct ReadResult final {
    ReadResult() = default;
    ReadResult(QList<ParsedDocument> docs, Error err) : documents(std::move(docs)), error(std::move(err)) {}

    QList<ParsedDocument> documents;
    Error error;
    // A long list read a part at a time (DocumentReader::Parts): `documents` is the first part, the rest come
    // from DocumentReader::readPart. Null otherwise.
    std::shared_ptr<ListStream> more;

    static ReadResult failure(ErrorCode code, const QString& detail) { return {{}, Error{code, detail}}; }
};

} // namespace lodestone
