#pragma once
// Event cue phrases per category (English and Chinese, weighted), boilerplate and commentary markers,
// loaded once from ":/core/extract/event_cues.json". Immutable after load: safe to share across threads.
#include "model/category.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace lodestone {

struct Cue final {
    Category category = Category::Other;
    QString text;            // as written in the data file
    double weight = 0.0;
    QString verb;            // headline verb form ("sign cooperation agreement"), may be empty
    bool objectInside = false;
    bool chinese = false;
    QList<QStringList> parts; // English: word groups separated by "..."; Chinese: one string per group
};

struct CueHit final {
    const Cue* cue = nullptr;
    int start = 0;      // offsets relative to the scanned view
    int end = 0;
    int firstWordEnd = 0;
};

// Everything the cue tables say about one sentence (one tokenisation, one lower-casing).
struct CueScan final {
    QList<CueHit> hits;
    int commentary = 0;
    bool boilerplate = false;
};

class EventCues final {
public:
    // The bundled cue data (loaded on first use; empty tables and an error log when it is missing).
    static const EventCues& bundled();
    static std::shared_ptr<const EventCues> fromJson(const QByteArray& json, QString* error = nullptr);

    CueScan scan(QStringView sentence) const;
    // All cue matches in a sentence (overlaps allowed; the classifier weighs them).
    QList<CueHit> match(QStringView sentence) const;
    // Number of commentary markers ("this signals", "may", ...) in a sentence.
    int commentaryCount(QStringView sentence) const;
    bool isBoilerplate(QStringView sentence) const;

    QString titleTemplate(Category c, bool chinese) const;
    // Past-tense verb -> headline base form ("signed" -> "sign"); empty when unknown.
    QString baseVerb(const QString& lowerWord) const { return m_verbs.value(lowerWord); }

private:
    EventCues() = default;
    struct Table {
        std::vector<Cue> cues;
        QHash<quint64, QList<int>> byEnglishKey; // first 3 letters of the first word (lower case), packed
        QHash<QChar, QList<int>> byChineseChar;
        bool caseSensitive = false;
    };
    struct Tok {
        int start;
        int end;
    };
    static void addCue(Table& t, Cue cue);
    static QList<Tok> tokenize(QStringView s);
    static QList<CueHit> matchTable(const Table& t, QStringView s, const QList<Tok>& toks);

    Table m_cues;
    Table m_commentary;
    Table m_boilerplate;
    QList<QRegularExpression> m_boilerplateRx;
    QHash<QString, QString> m_verbs;
    QHash<int, QString> m_titleEn;
    QHash<int, QString> m_titleZh;
};

} // namespace lodestone
