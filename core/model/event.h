#pragma once
// Events as found by extraction (ExtractedEvent) and as stored with links (Event).
// Plain value types, usable from any thread.
#include "category.h"
#include "datespan.h"
#include "eventtiming.h"
#include "verification.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lodestone {

// Below this confidence an event is shown as uncertain (a weak trigger, a borrowed date or organisation).
inline constexpr double kLowConfidence = 0.55;

struct Evidence final {
    Evidence() = default;
    Evidence(qint64 report, QString text, int from, int to) : reportId(report), quote(std::move(text)), start(from), end(to) {}

    qint64 reportId = 0;
    QString quote;   // the sentence that proves the event
    int start = 0;   // character offsets (QString/UTF-16 units) into the report text
    int end = 0;     // exclusive
    QString trigger; // the words that made the event ("raised ... listed prices"); empty for an analyst's event
    QString rule;    // how extraction read them: trigger rule, category source, date source
    double confidence = 0.0; // extraction's confidence in this reading (0 when unknown)
};

struct OrgMention final {
    QString key;     // gazetteer key, or "auto:<normalised>" for a detected name
    QString name;    // surface form as written
    int start = 0;
    int end = 0;
    bool autoDetected = false;
};

struct PersonMention final {
    QString name;
    QString role;    // e.g. "Party Secretary and Chair"
    QString orgKey;  // organisation the role belongs to, if known
};

struct EventOrgRole final {
    QString key;     // organisation key
    QString role;    // "actor", "partner", "subject", "host", "regulator", "mentioned"
};

struct ExtractedEvent final {
    Category category = Category::Other;
    QString title;
    QString summary;
    DateSpan date;           // invalid (no start/end) when the event is undated; the rule still says why
    EventTiming timing = EventTiming::Reported; // planned / effective-from: a date after the report's publication
    QList<EventOrgRole> organisations;
    QList<PersonMention> people;
    double confidence = 0.0; // 0..1
    Evidence evidence;       // reportId filled when stored
    QStringList amounts;     // figures the evidence states ("$400 million", "570,000-575,000 yuan/mt", "4%")

    bool undated() const { return !date.isValid(); }
};

struct EventOrgLink final {
    qint64 orgId = 0;
    QString name;
    QString nameZh;
    QString role;
};

struct EventReportLink final {
    qint64 reportId = 0;
    VerificationStatus status = VerificationStatus::Unverified;
};

struct Event final {
    qint64 id = 0;
    Category category = Category::Other;
    QString title;
    QString summary;
    DateSpan date;           // invalid when undated (no day known: the analyst can date it)
    EventTiming timing = EventTiming::Reported;
    double confidence = 0.0;
    bool rejected = false;   // analyst marked it false
    QList<EventOrgLink> organisations;
    QList<EventReportLink> reports;
    QList<Evidence> evidence;
    QList<PersonMention> people;
    QStringList amounts;

    bool lowConfidence() const { return confidence < kLowConfidence; }

    bool undated() const { return !date.isValid(); }

    bool verified() const
    {
        for (const auto& r : reports)
            if (r.status == VerificationStatus::Verified) return true;
        return false;
    }
};

} // namespace lodestone
