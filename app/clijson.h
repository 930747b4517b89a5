#pragma once
// JSON shapes of the command line (CLI.md "JSON shapes"): model values to QJsonObject. Fields may be
// added, never renamed. Pure functions, usable from any thread.
#include "ingest/importresult.h"
#include "model/event.h"
#include "model/organisation.h"
#include "model/report.h"
#include "model/verification.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

namespace lodestone::cli::json {

QJsonValue date(const QDate& d);            // "YYYY-MM-DD" or null
QJsonValue timestamp(const QDateTime& t);   // "YYYY-MM-DDTHH:MM:SSZ" (UTC) or null
QJsonValue text(const QString& s);          // the string, or null when empty

// reports: id, title, publisher, url, published, published_precision, language, status, reliability,
// credibility, events (+ format, imported_at, analyst, verified_at).
QJsonObject report(const Report& r);
// report: the list fields plus text, repairs, organisations, event_ids, source_encoding, published_rule,
// source_path, note.
QJsonObject reportDetail(const Report& r, const QList<Organisation>& orgs, const QList<qint64>& eventIds);
// events: id, category, title, summary, date_start, date_end, precision, date_rule, organisations, reports,
// evidence, verified (+ people, confidence).
QJsonObject event(const Event& e, const QHash<qint64, Report>& reports = {});
// orgs: id, name, name_zh, aliases, kind, parent, events (+ key, country, auto_detected).
QJsonObject organisation(const Organisation& o, const QString& parentName);
// The verification fields: status, reliability, credibility, note.
QJsonObject verificationFields(const Verification& v);
// history: at, analyst, status, reliability, credibility, note, previous{...}, action.
QJsonObject historyEntry(const VerificationLogEntry& e);
// import: one result (file, status, report_id, events, organisations, error, report_ids, duplicates).
QJsonObject importResult(const ImportFileResult& r, const QString& errorText);

} // namespace lodestone::cli::json
