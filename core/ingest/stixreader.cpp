#include "stixreader.h"

#include "extract/sentencesplitter.h"
#include "ingest/filebudget.h"
#include "ingest/stixidentityreader.h"
#include "ingest/stixlodestonereader.h"
#include "interchange/stixbundle.h"
#include "interchange/stixextensions.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lodestone {

namespace {

constexpr qsizetype kMaxSummaryNames = 3;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

QStringList strings(const QJsonObject& o, const char* key)
{
    QStringList out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
        if (v.isString())
            out << v.toString();
    return out;
}

std::optional<QDate> stixDay(const QString& text)
{
    const QDateTime dt = StixBundle::parseTimestamp(text);
    if (!dt.isValid())
        return std::nullopt;
    return dt.date();
}

// The document's date from `published`, with the precision and rule a Lodestone export recorded; a
// Lodestone report whose date was unknown (published = its import time) stays undated.
std::optional<DateSpan> publishedSpan(const QJsonObject& report)
{
    if (str(report, "x_lodestone_published_source") == u"import-time")
        return std::nullopt;
    const auto day = stixDay(str(report, "published"));
    if (!day)
        return std::nullopt;
    const QString rule = str(report, "x_lodestone_published_rule").isEmpty() ? QStringLiteral("meta:stix:published")
                                                                             : str(report, "x_lodestone_published_rule");
    switch (precisionFromKey(str(report, "x_lodestone_published_precision")).value_or(Precision::Day)) {
    case Precision::Month: return DateSpan::month(day->year(), day->month(), rule);
    case Precision::Quarter: return DateSpan::quarter(day->year(), (day->month() - 1) / 3 + 1, rule);
    case Precision::Year: return DateSpan::year(day->year(), rule);
    case Precision::Day: break;
    }
    return DateSpan::day(*day, rule);
}

QString firstUrl(const QJsonObject& o)
{
    for (const QJsonValue& v : o.value(QLatin1String("external_references")).toArray()) {
        const QString url = str(v.toObject(), "url");
        if (!url.isEmpty())
            return url;
    }
    return {};
}

QString noteText(const QJsonObject& note)
{
    const QString abstract = str(note, "abstract");
    const QString content = str(note, "content");
    return abstract.isEmpty() || content.startsWith(abstract) ? content : abstract + u'\n' + content;
}

void appendParagraph(QString& text, const QString& paragraph)
{
    if (paragraph.trimmed().isEmpty())
        return;
    if (!text.isEmpty())
        text += QStringLiteral("\n\n");
    text += paragraph.trimmed();
}

// Which evidence quotes a report's text already holds, without searching the whole text for every quote (100,000
// quotes on one report took a minute). A Lodestone export's quotes are sentences of the report's text, so the
// text's sentences answer most; the rest are searched for while the searches stay within a budget proportional
// to the text, then only compared with the sentences and with the quotes added before.
class EvidenceIndex final {
public:
    explicit EvidenceIndex(const QString& text) : m_text(text), m_searchBudget(64 * (text.size() + 4096))
    {
        for (const Sentence& s : SentenceSplitter::split(text))
            m_seen.insert(text.mid(s.start, s.end - s.start).trimmed());
    }
    // True when the quote is new (not in the text, not added before): the caller appends it.
    bool add(const QString& quote)
    {
        const QString key = quote.trimmed();
        if (m_seen.contains(key))
            return false;
        bool inText = false;
        if (m_searchBudget > 0) {
            m_searchBudget -= m_text.size();
            inText = m_text.contains(key);
        }
        m_seen.insert(key);
        return !inText;
    }

private:
    const QString m_text; // as it was before quotes were appended
    qsizetype m_searchBudget;
    QSet<QString> m_seen;
};

class Bundle final {
public:
    explicit Bundle(const QJsonArray& objects)
    {
        m_objects.reserve(objects.size());
        for (const QJsonValue& v : objects) {
            const QJsonObject o = v.toObject();
            m_objects << o;
            m_byId.insert(str(o, "id"), m_objects.size() - 1);
        }
        // Notes by the objects they are about, in bundle order: one lookup per report instead of a scan of the bundle.
        for (qsizetype i = 0; i < m_objects.size(); ++i) {
            if (str(m_objects.at(i), "type") != u"note")
                continue;
            QStringList refs = strings(m_objects.at(i), "object_refs");
            refs.removeDuplicates();
            for (const QString& ref : refs)
                m_notesAbout[ref].append(i);
        }
    }
    const QList<QJsonObject>& objects() const { return m_objects; }
    QJsonObject byId(const QString& id) const
    {
        const qsizetype i = m_byId.value(id, -1);
        return i < 0 ? QJsonObject() : m_objects.at(i);
    }
    QString publisher(const QJsonObject& o) const
    {
        const QString own = str(o, "x_lodestone_publisher");
        return own.isEmpty() ? str(byId(str(o, "created_by_ref")), "name") : own;
    }

    ParsedDocument report(const QJsonObject& r, const QString& sourcePath) const
    {
        ParsedDocument doc;
        doc.format = QStringLiteral("stix");
        doc.title = str(r, "name").simplified();
        doc.url = firstUrl(r);
        if (!doc.url.isEmpty())
            doc.urlRule = QStringLiteral("meta:stix");
        doc.publisher = publisher(r);
        if (!doc.publisher.isEmpty())
            doc.publisherRule = QStringLiteral("meta:stix");
        doc.language = str(r, "lang");
        doc.published = publishedSpan(r);
        doc.sourcePath = QStringLiteral("%1#%2").arg(sourcePath, str(r, "id"));
        doc.sourceId = str(r, "id");
        QString text = r.value(QLatin1String("description")).toString();
        const QString id = str(r, "id");
        for (const qsizetype note : m_notesAbout.value(id))
            appendParagraph(text, noteText(m_objects.at(note)));
        // Evidence sentences of the Lodestone events the report lists: the excerpt in `description` may
        // stop before them, and they are what extraction needs to find the events again.
        EvidenceIndex known(text);
        for (const QString& ref : strings(r, "object_refs")) {
            const QJsonObject o = byId(ref);
            if (str(o, "type") != u"x-lodestone-event")
                continue;
            for (const QJsonValue& ev : o.value(QLatin1String("evidence")).toArray()) {
                const QString quote = str(ev.toObject(), "quote");
                if (!quote.isEmpty() && known.add(quote))
                    appendParagraph(text, quote);
            }
        }
        doc.text = text.trimmed().isEmpty() ? doc.title : text.trimmed();
        return doc;
    }

    // One report for a bundle without `report` objects: its notes and described objects, in bundle order.
    std::optional<ParsedDocument> summary(const QString& sourcePath, const QSet<QString>& skip) const
    {
        ParsedDocument doc;
        doc.format = QStringLiteral("stix");
        doc.sourcePath = sourcePath;
        QStringList names;
        QString text;
        for (const QJsonObject& o : m_objects) {
            if (skip.contains(str(o, "id")))
                continue;
            const QString type = str(o, "type");
            const QString name = str(o, "name");
            QString body;
            if (type == u"note")
                body = noteText(o);
            else if (type != u"relationship" && type != u"sighting")
                body = str(o, "description");
            if (body.isEmpty())
                continue;
            if (!name.isEmpty())
                names << name;
            appendParagraph(text, name.isEmpty() ? body : QStringLiteral("%1 (%2)\n%3").arg(name, type, body));
            if (doc.publisher.isEmpty())
                doc.publisher = publisher(o);
            if (doc.url.isEmpty())
                doc.url = firstUrl(o);
        }
        if (text.isEmpty())
            return std::nullopt;
        names.removeDuplicates();
        doc.title = names.mid(0, kMaxSummaryNames).join(QStringLiteral("; "));
        if (names.size() > kMaxSummaryNames)
            doc.title += QStringLiteral("; …");
        doc.text = text;
        return doc;
    }

private:
    QList<QJsonObject> m_objects;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, QList<qsizetype>> m_notesAbout;
};

} // namespace

bool StixReader::looksLikeStix(const QString& text)
{
    static const QRegularExpression stix(QStringLiteral("\"type\"\\s*:\\s*\"bundle\"|\"spec_version\"\\s*:\\s*\"2\\."));
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xFEFF))
            continue;
        if (c != u'{')
            return false;
        break;
    }
    return (text.contains(QLatin1String("\"bundle\"")) || text.contains(QLatin1String("\"spec_version\"")))
        && text.contains(stix); // cheap scans first
}

bool StixReader::mentionsLodestoneExtensions(const QByteArray& utf8)
{
    for (const QString& id : {StixExtensions::reportDefinition(), StixExtensions::eventDefinition(), StixExtensions::organisationDefinition()})
        if (utf8.contains(id.toLatin1()))
            return true;
    return false;
}

bool StixReader::looksLikeStix(const QByteArray& utf8)
{
    for (const char c : utf8) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c != '{' && !(static_cast<unsigned char>(c) == 0xEF)) // a BOM is EF BB BF
            return false;
        break;
    }
    // "type" : "bundle", or "spec_version" : "2.x", with any whitespace around the colon.
    auto keyValue = [&utf8](const QByteArray& key, const QByteArray& valuePrefix) {
        for (qsizetype at = utf8.indexOf(key); at >= 0; at = utf8.indexOf(key, at + 1)) {
            qsizetype i = at + key.size();
            while (i < utf8.size() && (utf8[i] == ' ' || utf8[i] == '\t' || utf8[i] == '\n' || utf8[i] == '\r'))
                ++i;
            if (i >= utf8.size() || utf8[i] != ':')
                continue;
            ++i;
            while (i < utf8.size() && (utf8[i] == ' ' || utf8[i] == '\t' || utf8[i] == '\n' || utf8[i] == '\r'))
                ++i;
            if (QByteArrayView(utf8).sliced(i).startsWith(valuePrefix))
                return true;
        }
        return false;
    };
    return keyValue("\"type\"", "\"bundle\"") || keyValue("\"spec_version\"", "\"2.");
}

ReadResult StixReader::read(const QByteArray& utf8, const QString& sourcePath)
{
    QJsonParseError err;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &err);
    if (err.error != QJsonParseError::NoError) {
        // Cut off (rather than broken) when the parser ran out of input.
        const bool truncated = err.offset >= utf8.trimmed().size() - 1
            && (err.error == QJsonParseError::UnterminatedArray || err.error == QJsonParseError::UnterminatedObject
                || err.error == QJsonParseError::UnterminatedString || err.error == QJsonParseError::IllegalValue);
        return ReadResult::failure(truncated ? ErrorCode::Truncated : ErrorCode::Parse,
                                   QStringLiteral("stix bundle: malformed json at offset %1: %2").arg(err.offset).arg(err.errorString()));
    }
    const QJsonObject bundle = json.object();
    if (!json.isObject() || str(bundle, "type") != u"bundle")
        return ReadResult::failure(ErrorCode::Parse, QStringLiteral("not a STIX bundle: the top-level type is \"%1\", not \"bundle\"")
                                                         .arg(str(bundle, "type")));
    // STIX 2.0 put spec_version on the bundle; 2.1 puts it on each object.
    const QString bundleVersion = str(bundle, "spec_version");
    if (!bundleVersion.isEmpty() && bundleVersion != u"2.1")
        return ReadResult::failure(ErrorCode::Unsupported,
                                   QStringLiteral("STIX spec_version %1 is not supported (expected 2.1)").arg(bundleVersion));
    const QJsonArray objects = bundle.value(QLatin1String("objects")).toArray();
    if (objects.isEmpty())
        return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("stix bundle holds no objects"));
    if (objects.size() > FileBudgetScope::current().items)
        return {{}, FileBudgetScope::tooManyItems(objects.size(), QStringLiteral("STIX objects"))};
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonObject o = objects.at(i).toObject();
        if (str(o, "type").isEmpty() || str(o, "id").isEmpty())
            return ReadResult::failure(ErrorCode::Parse, QStringLiteral("stix bundle: object %1 has no type or id").arg(i + 1));
        const QJsonValue version = o.value(QLatin1String("spec_version"));
        if (!version.isUndefined() && version.toString() != u"2.1")
            return ReadResult::failure(ErrorCode::Unsupported,
                                       QStringLiteral("STIX spec_version %1 is not supported (expected 2.1): %2")
                                           .arg(version.isString() ? version.toString() : QStringLiteral("(not a string)"), str(o, "id")));
    }

    const Bundle b(objects);
    ReadResult result;
    // Lodestone's own objects come back as they are; the rest is read as reports to extract.
    auto interchange = std::make_shared<InterchangeData>();
    QSet<QString> used;
    if (std::any_of(b.objects().cbegin(), b.objects().cend(), &StixLodestoneReader::isLodestoneObject))
        if (Error e = StixLodestoneReader::read(b.objects(), interchange.get(), &used))
            return ReadResult::failure(e.code, e.detail);
    for (const QJsonObject& o : b.objects()) {
        if (str(o, "type") != u"report" || used.contains(str(o, "id")))
            continue;
        ParsedDocument doc = b.report(o, sourcePath);
        if (!doc.title.isEmpty() || !doc.text.isEmpty())
            result.documents << doc;
    }
    if (result.documents.isEmpty() && interchange->isEmpty() && StixIdentityReader::isIdentityBundle(b.objects()))
        interchange->organisations = StixIdentityReader::read(b.objects());
    if (result.documents.isEmpty() && interchange->isEmpty()) {
        if (auto doc = b.summary(sourcePath, used))
            result.documents << *doc;
        else
            result.error = Error{ErrorCode::EmptyInput,
                                 QStringLiteral("stix bundle holds no report, no organisation and no object with a description")};
    }
    if (!interchange->isEmpty())
        result.interchange = std::move(interchange);
    return result;
}

} // namespace lodestone
