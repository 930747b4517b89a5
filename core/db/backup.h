#pragma once
// Consistent copy of a Lodestone database through SQLite's online backup API, safe while another
// connection or process writes. Blocking; call from any thread except the GUI thread.
#include "model/error.h"

#include <QString>

namespace lodestone {

// Copies the database at source to out. The copy is written to a temporary file next to out and renamed
// into place only when complete, so out is either the old file or a full copy, never half of one.
// The source is opened read-only and checked first (Database::check); it is never modified.
Error backupDatabase(const QString& source, const QString& out);

} // namespace lodestone
