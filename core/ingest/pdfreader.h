#pragma once
// Reads a PDF with poppler-cpp: text of all pages, title from the document info or the first line.
// Pure functions, usable from any thread (each call owns its poppler document).
#include "readresult.h"

#include <QByteArray>

namespace lodestone {

class PdfReader final {
public:
    static ReadResult read(const QByteArray& bytes);
};

} // namespace lodestone
