#pragma once
// The bundled demo corpus (resources/demo, compiled in under ":/core/demo"): the report files to import.
// Any thread.
#include <QStringList>

namespace lodestone {

QStringList demoCorpusFiles(); // sorted resource paths, README excluded

} // namespace lodestone
