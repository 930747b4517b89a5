#pragma once
// The top-level --help and --version texts (translated). Main thread.
#include <QString>

namespace lodestone::app {

QString usageText();
QString versionText();

} // namespace lodestone::app
