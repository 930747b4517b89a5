#pragma once
// Output helpers of the command line: UTF-8 text on stdout/stderr, one JSON document, and the words
// that explain a core Error to the user. Main thread of the CLI.
#include "model/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lodestone::cli {

void writeOut(const QString& text);
void writeErr(const QString& text);
// One compact JSON document and a newline on stdout.
void writeJson(const QJsonArray& array);
void writeJson(const QJsonObject& object);
bool stderrIsTerminal();

// The technical detail of an error without a leading "<path>: " and on one line.
QString technicalDetail(const Error& error, const QString& path);
// A translated reason for a failed input file, e.g. "empty file: no text found in the file".
QString describeFileError(const Error& error, const QString& path);
// A translated reason why a database cannot be used.
QString describeDatabaseError(const Error& error, const QString& path);

// Prints "lodestone: <file>: <reason>" for an unusable database and returns 2.
int databaseFailure(const Error& error, const QString& path);
// Prints "lodestone: <message>" and returns 2.
int failure(const QString& message);

} // namespace lodestone::cli
