#pragma once
// Output helpers of the command line: UTF-8 text on stdout/stderr, one JSON document, and the words
// that explain a core Error to the user. Main thread of the CLI.
#include "model/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lodestone::cli {

// Control characters other than newline and tab are printed as escapes (printableText).
void writeOut(const QString& text);
void writeErr(const QString& text);
// Our own terminal control (the progress line): written as it is. Never pass data from outside.
void writeTerminalControl(const QString& text);
// One compact JSON document and a newline on stdout.
void writeJson(const QJsonArray& array);
void writeJson(const QJsonObject& object);
// A JSON array written element by element as pages of a listing are read: "[", the elements, "]\n".
void beginJsonArray();
void writeJsonElement(const QJsonObject& object, bool first);
void endJsonArray();
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
