#pragma once
// Result of reading one input: the documents found in it (to be extracted), the Lodestone objects it carries
// (stored as they are, see InterchangeData), or an error. Plain value type, usable from any thread.
#include "interchange/interchangedata.h"
#include "model/error.h"
#include "model/report.h"

#include <QList>
#include <memory>
#include <utility>

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
    std::shared_ptr<const InterchangeData> interchange; // null when the input carries none

    static ReadResult failure(ErrorCode code, const QString& detail) { return {{}, Error{code, detail}}; }
    bool isEmpty() const { return documents.isEmpty() && (!interchange || interchange->isEmpty()); }
};

} // namespace lodestone
