#pragma once
// Translated display strings for core vocabularies (status, precision) and date formatting with
// precision, in the current locale. GUI thread (uses tr()).
#include "model/datespan.h"
#include "model/eventtiming.h"
#include "model/verification.h"

#include <QString>

namespace lodestone {

QString statusLabel(VerificationStatus status);
QString precisionLabel(Precision precision);
// An organisation's role in an event ("actor", "partner", ...), translated; unknown keys are returned as they are.
QString roleLabel(const QString& role);
// A date rule key ("en:month-day-year", "fallback:report-year", "meta:html:…", "inferred: copyright year …",
// "analyst") as a short translated explanation; unknown keys are returned as they are.
QString dateRuleLabel(const QString& rule);
// An evidence row's extraction rule for people: the rule's name and how it dated and classed the event, without
// the trigger's whole word list ("report (“said|says|…”) · …" becomes "report · …"); the matched words are
// shown beside it anyway.
QString evidenceRuleLabel(const QString& rule);
// "planned" / "effective from", translated; empty for an event as reported.
QString timingLabel(EventTiming timing);
// "25 Nov 2025", "Nov 2025", "Q4 2025", "2025" depending on precision (DateFormat::span: the chosen style).
QString formatSpan(const DateSpan& span);

} // namespace lodestone
