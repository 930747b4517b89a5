#pragma once
// Maps a SQLiteCpp exception to a lodestone::Error (code + technical detail naming the file). Any thread.
#include "model/error.h"

namespace SQLite { class Exception; }

namespace lodestone {

Error errorFromSqlite(const SQLite::Exception& e, const QString& path);

} // namespace lodestone
