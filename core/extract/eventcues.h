#pragma once
// Event vocabulary loaded once from resources/extract: topic cue phrases per category (event_cues.json:
// what a sentence is about, weighted), happening triggers with their argument rules (triggers.json: what
// happened — "raise* ... price*", "签署 ... 协议"), boilerplate and commentary markers. Immutable after load:
// safe to share across threads.
#include "model/category.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace lodestone {

// How a trigger relates to the sentence's other parts.
enum class TriggerKind {
    Happening, // the sentence's own happening ("raised its list price", "was established")
    Report,    // a reporting clause ("the ministry said on Friday", "according to a notice on"): dates the content
    Effect,    // a rule taking effect ("will take effect from August 1"): dated by the date after it, future allowed
    Meeting,   // talks, meetings, visits: a happening whose category comes from its topic, else "other"
};

struct Cue final {
    Category category = Category::Other;
    QString text;            // as written in the data file
    double weight = 0.0;
    QString verb;            // headline verb form ("sign cooperation agreement"), may be empty
    bool objectInside = false;
    bool chinese = false;
    // English: groups (split at "...") of words, each word a list of alternatives ("raise*|lift*");
    // Chinese: groups of alternatives.
    QList<QList<QStringList>> parts;
    // triggers only
    bool trigger = false;
    QString rule;            // the trigger's rule id ("price-change"), shown with the event
    TriggerKind kind = TriggerKind::Happening;
    bool topical = false;    // category comes from the sentence's topic (fallback: category, if any)
    bool hasFallback = false;
    bool specific = false;   // names its happening alone (may take the date of a related dated event)
    bool futureOk = false;   // "will require permits from Dec 1" is still a happening
    QString verbZh;          // Chinese headline verb ("上调")
    bool clauseTitle = false; // the pattern starts with its object ("prices ... rose"): the headline is the clause
};

struct CueHit final {
    const Cue* cue = nullptr;
    int start = 0;      // offsets relative to the scanned view
    int end = 0;
    int firstWordEnd = 0;
};

// Everything the cue tables say about one sentence (one tokenisation, one lower-casing).
struct CueScan final {
    QList<CueHit> hits;     // topic cues
    QList<CueHit> triggers; // happening triggers (idioms already removed)
    int commentary = 0;
    bool boilerplate = false;
};

class EventCues final {
public:
    // The bundled vocabulary (loaded on first use; empty tables and an error log when it is missing).
    static const EventCues& bundled();
    // cues: event_cues.json; triggers: triggers.json (may be empty: no triggers).
    static std::shared_ptr<const EventCues> fromJson(const QByteArray& cues, const QByteArray& triggers = {},
                                                     QString* error = nullptr);

    CueScan scan(QStringView sentence) const;
    // All cue matches in a sentence (overlaps allowed; the classifier weighs them).
    QList<CueHit> match(QStringView sentence) const;
    // Number of commentary markers ("this signals", "may", ...) in a sentence.
    int commentaryCount(QStringView sentence) const;
    bool isBoilerplate(QStringView sentence) const;
    // Hedges ("is expected to", "may", "拟") in the words before a trigger: the happening is not stated as fact.
    bool isHedged(QStringView before) const;
    // A date right after these words is a comparison point ("up 4% from August"), not the event's date.
    bool isComparisonLead(QStringView before) const;

    QString titleTemplate(Category c, bool chinese) const;
    // Past-tense verb -> headline base form ("signed" -> "sign"); empty when unknown.
    QString baseVerb(const QString& lowerWord) const { return m_verbs.value(lowerWord); }
    int triggerCount() const { return static_cast<int>(m_triggers.cues.size()); }

private:
    EventCues() = default;
    struct Table {
        std::vector<Cue> cues;
        QHash<quint64, QList<int>> byEnglishKey; // first 3 letters of the first word (lower case), packed
        QHash<QChar, QList<int>> byChineseChar;
        bool caseSensitive = false;
        int englishGap = 6; // words "..." may skip
    };
    struct Tok {
        int start;
        int end;
    };
    static void addCue(Table& t, Cue cue);
    static QList<Tok> tokenize(QStringView s);
    static QList<CueHit> matchTable(const Table& t, QStringView s, const QList<Tok>& toks);
    bool loadTriggers(const QByteArray& json, QString* error);

    Table m_cues;
    Table m_triggers;
    Table m_commentary;
    Table m_boilerplate;
    QList<QRegularExpression> m_boilerplateRx;
    QRegularExpression m_hedge;
    QRegularExpression m_comparison;
    QHash<QString, QString> m_verbs;
    QHash<int, QString> m_titleEn;
    QHash<int, QString> m_titleZh;
};

} // namespace lodestone
