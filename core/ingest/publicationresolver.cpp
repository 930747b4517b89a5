#include "publicationresolver.h"

#include "datelinefinder.h"
#include "extract/dateresolver.h"
#include "knownhosts.h"
#include "urldate.h"
#include "wiredateline.h"

#include <QList>

namespace lodestone {

namespace {

// Trust of each source; a gap of 10 between them.
enum Trust : int {
    kCopyright = 10,
    kWire = 30,
    kUpdated = 40,
    kUrl = 50,
    kPlainDateline = 60,
    kPublishedDateline = 70,
    kReader = 80,
    kAnalyst = 100,
};

struct Source {
    DateSpan span;
    int trust = 0;
};

bool within(const DateSpan& inner, const DateSpan& outer)
{
    return outer.start <= inner.start && inner.end <= outer.end;
}

QString iso(QDate d) { return d.toString(Qt::ISODate); }

// The copyright-year inference: year precision, referenced to the latest dated statement of that year.
std::optional<Source> copyrightSource(const ParsedDocument& doc, QDate today, QDate* reference)
{
    if (!doc.copyrightYear) return std::nullopt;
    const int year = *doc.copyrightYear;
    if (year < 1990 || year > today.year()) return std::nullopt;
    const QDate yearEnd(year, 12, 31);
    QDate latest;
    for (const DateMention& m : DateResolver::find(doc.text, yearEnd)) {
        if (m.span.precision != Precision::Day || m.span.start.year() != year || DateResolver::needsReference(m.span.rule))
            continue;
        if (m.surface.contains(QChar(0x00A9)) || m.surface.contains(QLatin1String("Copyright"), Qt::CaseInsensitive)) continue;
        if (!latest.isValid() || m.span.start > latest) latest = m.span.start;
    }
    Source s;
    s.trust = kCopyright;
    s.span = DateSpan::year(year);
    s.span.rule = latest.isValid() ? QStringLiteral("inferred: copyright year %1; not before %2, the latest dated statement in the text")
                                         .arg(year).arg(iso(latest))
                                   : QStringLiteral("inferred: copyright year %1").arg(year);
    if (reference) *reference = latest.isValid() ? latest : std::min(yearEnd, today);
    return s;
}

// The year of a wire dateline's month and day: from the other sources (the first that holds such a day), else
// the latest full date the text states (the report is not older than what it reports).
std::optional<Source> wireSource(const ParsedDocument& doc, const QList<Source>& others, QDate today)
{
    const std::optional<WireDate> wire = WireDateline::find(doc.text);
    if (!wire) return std::nullopt;
    for (const Source& o : others) {
        // the month of a day-only dateline ("(北京29日讯)") must come from another source too
        const int month = wire->month ? wire->month : (o.span.precision <= Precision::Month ? o.span.start.month() : 0);
        if (!month) continue;
        for (int y = o.span.start.year(); y <= o.span.end.year(); ++y) {
            if (!QDate::isValid(y, month, wire->day)) continue;
            const QDate d(y, month, wire->day);
            if (d >= o.span.start && d <= o.span.end && d <= today)
                return Source{DateSpan::day(d, QStringLiteral("text:wire-dateline \"%1\" (year from %2)").arg(wire->surface, o.span.rule)), kWire};
        }
    }
    if (!wire->month) return std::nullopt;
    QDate latest;
    for (const DateMention& m : DateResolver::find(doc.text, today)) {
        if (m.span.precision != Precision::Day || DateResolver::needsReference(m.span.rule) || m.span.start > today) continue;
        if (!latest.isValid() || m.span.start > latest) latest = m.span.start;
    }
    if (!latest.isValid()) return std::nullopt;
    int y = latest.year();
    if (!QDate::isValid(y, wire->month, wire->day) || QDate(y, wire->month, wire->day) < latest) ++y;
    if (!QDate::isValid(y, wire->month, wire->day) || QDate(y, wire->month, wire->day) > today) return std::nullopt;
    return Source{DateSpan::day(QDate(y, wire->month, wire->day),
                                QStringLiteral("text:wire-dateline \"%1\" (year from the latest dated statement, %2)")
                                    .arg(wire->surface, iso(latest))),
                  kWire};
}

void resolveUrlAndPublisher(ParsedDocument& doc)
{
    if (doc.url.trimmed().isEmpty()) {
        const QString line = DatelineFinder::urlLine(doc.text);
        if (!line.isEmpty()) {
            doc.url = line;
            doc.urlRule = QStringLiteral("text:url-line");
        }
    } else if (doc.urlRule.isEmpty()) {
        doc.urlRule = QStringLiteral("reader");
    }
    // the site's own name (reader metadata) beats the host table, which beats a copyright holder
    const bool ownName = !doc.publisher.trimmed().isEmpty() && doc.publisherRule != u"text:copyright-line";
    if (!ownName) {
        if (const auto known = KnownHosts::bundled().publisherFor(doc.url)) {
            doc.publisher = known->first;
            doc.publisherRule = QStringLiteral("known-host:") + known->second;
        }
    }
    if (!doc.publisher.trimmed().isEmpty() && doc.publisherRule.isEmpty()) doc.publisherRule = QStringLiteral("reader");
}

} // namespace

bool PublicationResolver::isAnalystRule(const QString& rule)
{
    return rule.startsWith(QLatin1String("analyst"));
}

bool PublicationResolver::isReaderRule(const QString& rule)
{
    return rule.startsWith(QLatin1String("meta:")) || rule.startsWith(QLatin1String("feed:"));
}

std::optional<QDate> PublicationResolver::resolve(ParsedDocument& doc, QDate today)
{
    if (!today.isValid()) today = QDate::currentDate();
    resolveUrlAndPublisher(doc);
    if (doc.published && !doc.published->isValid()) doc.published.reset();
    auto referenceOf = [&](const DateSpan& s) -> QDate {
        return s.precision == Precision::Day ? s.start : std::min(s.end, today);
    };
    if (doc.published && isAnalystRule(doc.published->rule)) return referenceOf(*doc.published);

    QList<Source> sources; // most trusted first once sorted
    if (doc.published) sources.append({*doc.published, kReader});
    const QList<Dateline> datelines = DatelineFinder::find(doc.text, today);
    for (const Dateline::Kind kind : {Dateline::Kind::Published, Dateline::Kind::Plain, Dateline::Kind::Updated}) {
        QList<Dateline> ofKind;
        for (const Dateline& d : datelines)
            if (d.kind == kind) ofKind.append(d);
        if (const auto best = DatelineFinder::best(ofKind)) {
            const int trust = kind == Dateline::Kind::Published ? kPublishedDateline
                              : kind == Dateline::Kind::Plain  ? kPlainDateline
                                                               : kUpdated;
            sources.append({best->span, trust});
        }
    }
    if (auto url = UrlDate::find(doc.url, today)) sources.append({*url, kUrl});
    QDate copyrightReference;
    if (auto c = copyrightSource(doc, today, &copyrightReference)) sources.append(*c);
    std::sort(sources.begin(), sources.end(), [](const Source& a, const Source& b) { return a.trust > b.trust; });
    if (auto wire = wireSource(doc, sources, today)) sources.append(*wire);
    std::sort(sources.begin(), sources.end(), [](const Source& a, const Source& b) { return a.trust > b.trust; });
    // a publication date after today is a misreading
    sources.erase(std::remove_if(sources.begin(), sources.end(), [&](const Source& s) { return s.span.start > today; }),
                  sources.end());
    if (sources.isEmpty()) {
        doc.published.reset();
        return std::nullopt;
    }
    DateSpan chosen = sources.first().span;
    const int chosenTrust = sources.first().trust;
    // a less trusted source that is more specific and agrees (lies inside) refines the date
    const Source* finer = nullptr;
    for (qsizetype i = 1; i < sources.size(); ++i) { // by index: `finer` points into `sources` itself
        const Source& s = sources.at(i);
        if (s.span.precision < chosen.precision && within(s.span, chosen) && (!finer || s.span.precision < finer->span.precision))
            finer = &s;
    }
    if (finer) {
        chosen = DateSpan{finer->span.start, finer->span.end, finer->span.precision,
                          QStringLiteral("%1 (refines %2)").arg(finer->span.rule, sources.first().span.rule)};
    } else if (chosen.precision == Precision::Day) {
        // say so when a trusted day-precise source disagrees
        for (qsizetype i = 1; i < sources.size(); ++i) {
            const Source& s = sources.at(i);
            if (s.trust >= kUrl && s.span.precision == Precision::Day && s.span.start != chosen.start) {
                chosen.rule += QStringLiteral("; %1 says %2").arg(s.span.rule, iso(s.span.start));
                break;
            }
        }
    }
    doc.published = chosen;
    if (chosenTrust == kCopyright && !finer && copyrightReference.isValid()) return copyrightReference;
    return referenceOf(chosen);
}

} // namespace lodestone
