#pragma once
// Finds page furniture in a report's text — navigation, breadcrumbs, bylines, share and subscribe lines, date
// and counter lines, captions, contact blocks, related-article tails, repeated headlines — line by line from
// its shape (length, sentence punctuation, separators, repetition, neighbours: the jusText idea) and from
// patterns in resources/extract/furniture.json. The text is never changed: callers mask the ranges found.
// Immutable after load: safe to share across threads.
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <memory>

namespace lodestone {

struct TextRange final {
    int start = 0;
    int end = 0;   // exclusive
    QString why;   // "breadcrumb", "byline", "related tail", ... (shown to the analyst)
};

// What the furniture detector found in one text.
struct TextLayout final {
    QList<TextRange> furniture; // excluded from extraction, sorted, non-overlapping
    QList<TextRange> headlines; // the page's headline as repeated in the text (first copy only)
    QList<TextRange> summaries; // a standfirst repeated by the body: summarises body events

    bool isFurniture(int start, int end) const; // [start, end) lies inside furniture
    bool isHeadline(int pos) const;
    bool isSummary(int pos) const;
    // The text with every furniture range blanked (spaces; line breaks kept), so offsets stay those of text.
    QString masked(const QString& text) const;
};

class PageFurniture final {
public:
    static const PageFurniture& bundled();
    static std::shared_ptr<const PageFurniture> fromJson(const QByteArray& json, QString* error = nullptr);

    // title: the report's title (a line repeating it is the headline, not furniture).
    TextLayout detect(const QString& text, const QString& title = {}) const;

private:
    PageFurniture() = default;
    struct Line;
    QString lineVerdict(const Line& line) const;
    bool isTailMarker(QStringView line) const;

    QList<QPair<QRegularExpression, QString>> m_linePatterns; // whole-line furniture, with the reason
    QList<QPair<QRegularExpression, QString>> m_inline;       // furniture inside a content line
    QRegularExpression m_tail;
    QRegularExpression m_summaryHeading;
    QStringList m_shareWords;
    QStringList m_languageNames;
    QRegularExpression m_dateWords; // month/weekday/time words a date-only line is made of
};

} // namespace lodestone
