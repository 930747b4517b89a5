// Store round trips: reports and full-text search (English and Chinese), organisations, events merged
// across reports, verification with its append-only history, and the timeline load.
#include "db/database.h"
#include "extract/gazetteer.h"
#include "ingest/contenthash.h"
#include "query/eventfilter.h"
#include "query/ftstext.h"
#include "store/stores.h"

#include <QTemporaryDir>
#include <algorithm>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

namespace {

ParsedDocument doc(const QString& title, const QString& text, const QString& lang = QStringLiteral("en"))
{
    ParsedDocument d;
    d.title = title;
    d.text = text;
    d.language = lang;
    d.publisher = QStringLiteral("Test Wire");
    d.published = DateSpan::day(QDate(2025, 11, 27), QStringLiteral("meta"));
    d.format = QStringLiteral("text");
    d.repairs = {QStringLiteral("cp874-c1-lost: 3 sequences")};
    return d;
}

ExtractedEvent makeEvent(Category c, QDate day, QStringList orgKeys, const QString& quote)
{
    ExtractedEvent e;
    e.category = c;
    e.title = quote.left(40);
    e.summary = quote;
    e.date = DateSpan::day(day, QStringLiteral("test"));
    for (const QString& k : orgKeys)
        e.organisations << EventOrgRole{k, QStringLiteral("actor")};
    e.evidence = Evidence{0, quote, 0, static_cast<int>(quote.size())};
    e.confidence = 0.8;
    return e;
}

} // namespace

class TestStores final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_s;

    QHash<QString, qint64> orgIds(const QStringList& keys)
    {
        QHash<QString, qint64> ids;
        for (const QString& k : keys)
            ids.insert(k, m_s->orgs.idFor(OrgMention{k, k.mid(5), 0, 0, true}));
        return ids;
    }

private slots:
    void init()
    {
        m_s.reset();
        m_db.reset();
        Error error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())),
                              Database::Mode::ReadWrite, &error);
        QVERIFY2(m_db, qPrintable(error.detail));
        m_s = std::make_unique<Stores>(*m_db);
    }

    void reportRoundTrip()
    {
        const ParsedDocument d = doc(QStringLiteral("Quota notice"), QStringLiteral("The ministry set the 2024 quota."));
        const qint64 id = m_s->reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
        const auto r = m_s->reports.get(id);
        QVERIFY(r);
        QCOMPARE(r->doc.title, d.title);
        QCOMPARE(r->doc.text, d.text);
        QCOMPARE(r->doc.repairs, d.repairs);
        QVERIFY(r->doc.published);
        QCOMPARE(r->doc.published->start, QDate(2025, 11, 27));
        QCOMPARE(r->verification.status, VerificationStatus::Unverified);
        QCOMPARE(m_s->reports.findByHash(contentHash(QStringLiteral("  The ministry   set the 2024 quota.\n"))), id);
        QCOMPARE(m_s->reports.list({}).size(), 1);
    }

    void searchEnglishAndChinese()
    {
        const ParsedDocument en = doc(QStringLiteral("Export licences"), QStringLiteral("Gallium exporters now need licences."));
        const ParsedDocument zh = doc(QStringLiteral("包钢动态"), QStringLiteral("包钢集团与中国移动签署战略合作协议，推进稀土产业数字化。"),
                                      QStringLiteral("zh"));
        const qint64 a = m_s->reports.insert(en, contentHash(en.text), QDateTime::currentDateTimeUtc());
        const qint64 b = m_s->reports.insert(zh, contentHash(zh.text), QDateTime::currentDateTimeUtc());
        QCOMPARE(m_s->reports.searchIds(QStringLiteral("gallium licences")), QList<qint64>{a});
        QCOMPARE(m_s->reports.searchIds(QStringLiteral("包钢")), QList<qint64>{b});
        QCOMPARE(m_s->reports.searchIds(QStringLiteral("稀土")), QList<qint64>{b});
        QCOMPARE(m_s->reports.searchIds(QStringLiteral("战略合作")), QList<qint64>{b});
        QCOMPARE(m_s->reports.searchIds(QStringLiteral("包")), QList<qint64>{b});
        QVERIFY(m_s->reports.searchIds(QStringLiteral("钢稀")).isEmpty());
        QVERIFY(m_s->reports.searchIds(QStringLiteral("\"unbalanced OR (")).isEmpty());
        const auto hits = m_s->reports.search(QStringLiteral("稀土"), 5);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().snippet.contains(QStringLiteral("稀土")));
    }

    // The report table's query: statuses filter, ranked search with the limit inside FTS, excerpts only
    // when asked, and ReportQuery::forFilter mapping the shared filter (verifiedOnly, statuses, search).
    void listFiltersRanksAndExcerpts()
    {
        struct Row {
            QString title, text;
            VerificationStatus status;
        };
        const QList<Row> rows{
            {QStringLiteral("Gallium note"), QStringLiteral("Gallium prices rose. Gallium gallium gallium licences were issued."),
             VerificationStatus::Verified},
            {QStringLiteral("Market wrap"), QStringLiteral("A long market wrap about many metals, with one mention of gallium at the end."),
             VerificationStatus::Disputed},
            {QStringLiteral("稀土周报"), QStringLiteral("本周稀土价格平稳，包钢集团维持挂牌价。"), VerificationStatus::Unverified},
            {QStringLiteral("Undated gallium memo"), QStringLiteral("Gallium stock levels at a smelter."), VerificationStatus::Rejected},
        };
        QList<qint64> ids;
        for (const Row& r : rows) {
            ParsedDocument d = doc(r.title, r.text);
            d.published.reset(); // undated reports are listed like the others
            ids << m_s->reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
            Verification v;
            v.status = r.status;
            QVERIFY(m_s->verifications.set(ids.back(), v, QStringLiteral("set")));
        }
        auto listed = [this](const ReportQuery& q) {
            QList<qint64> out;
            for (const Report& r : m_s->reports.list(q))
                out << r.id;
            return out;
        };
        ReportQuery q;
        QCOMPARE(listed(q), ids);
        q.statuses = {VerificationStatus::Disputed, VerificationStatus::Rejected};
        QCOMPARE(listed(q), (QList<qint64>{ids[1], ids[3]}));
        q.status = VerificationStatus::Verified; // and-ed with the set: nothing
        QVERIFY(listed(q).isEmpty());

        // Unranked search (the CLI): by id, no excerpt.
        ReportQuery s;
        s.search = QStringLiteral("gallium");
        QCOMPARE(listed(s), (QList<qint64>{ids[0], ids[1], ids[3]}));
        QVERIFY(m_s->reports.list(s).first().doc.text.isEmpty());
        // Ranked with a limit: the best match first, the limit applies after the status filter.
        s.rankBySearch = true;
        s.snippets = true;
        s.limit = 2;
        const QList<Report> ranked = m_s->reports.list(s);
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.first().id, ids[0]);
        QVERIFY(ranked.first().doc.text.contains(QStringLiteral("Gallium")));
        s.statuses = {VerificationStatus::Disputed, VerificationStatus::Rejected};
        QCOMPARE(listed(s).size(), 2);
        QVERIFY(!listed(s).contains(ids[0]));
        s.statuses.clear();
        // Past the window only the newest matches are scored: the oldest gallium report drops out.
        s.limit = 10;
        s.rankWindow = 2;
        const QList<qint64> windowed = listed(s);
        QCOMPARE(windowed.size(), 2);
        QVERIFY(windowed.contains(ids[1]) && windowed.contains(ids[3]));
        s.rankWindow = 3;
        QCOMPARE(listed(s).size(), 3);
        s.rankWindow = -1;
        s.search = QStringLiteral("稀土");
        const QList<Report> zh = m_s->reports.list(s);
        QCOMPARE(zh.size(), 1);
        QVERIFY(zh.first().doc.text.contains(QStringLiteral("稀土")));
        s.search = QStringLiteral("(((");
        QVERIFY(listed(s).isEmpty()); // nothing searchable: no match rather than everything

        EventFilter f;
        f.search = QStringLiteral("gallium");
        f.from = QDate(2030, 1, 1); // event dates do not hide reports
        ReportQuery g = ReportQuery::forFilter(f, 50, 1000);
        QVERIFY(g.rankBySearch && g.snippets);
        QCOMPARE(g.limit, 50);
        QCOMPARE(listed(g).size(), 3);
        f.verifiedOnly = true;
        QCOMPARE(listed(ReportQuery::forFilter(f, 50, 1000)), QList<qint64>{ids[0]});
        f.statuses = {VerificationStatus::Disputed};
        QVERIFY(listed(ReportQuery::forFilter(f, 50, 1000)).isEmpty());
        f = EventFilter{};
        f.statuses = {VerificationStatus::Unverified, VerificationStatus::Rejected};
        g = ReportQuery::forFilter(f, 50, 1000);
        QVERIFY(!g.snippets && !g.rankBySearch);
        QCOMPARE(g.limit, 1000);
        QCOMPARE(listed(g), (QList<qint64>{ids[2], ids[3]}));

        // countMatches: what the list would hold without its limit and rank window.
        ReportQuery c;
        c.search = QStringLiteral("gallium");
        c.limit = 1;
        c.rankWindow = 1;
        QCOMPARE(m_s->reports.countMatches(c), qint64(3));
        c.statuses = {VerificationStatus::Verified, VerificationStatus::Disputed};
        QCOMPARE(m_s->reports.countMatches(c), qint64(2));
        c.ids = {ids[1], ids[2]};
        QCOMPARE(m_s->reports.countMatches(c), qint64(1));
        c.ids.clear();
        c.status = VerificationStatus::Rejected; // and-ed with the set above: nothing
        QCOMPARE(m_s->reports.countMatches(c), qint64(0));
        c = ReportQuery{};
        c.search = QStringLiteral("(((");
        QCOMPARE(m_s->reports.countMatches(c), qint64(0));
        c.search.clear();
        QCOMPARE(m_s->reports.countMatches(c), qint64(4));
        c.statuses = {VerificationStatus::Unverified, VerificationStatus::Rejected};
        QCOMPARE(m_s->reports.countMatches(c), qint64(2));
    }

    void segmentation()
    {
        QCOMPARE(fts::segment(QStringLiteral("包钢集团")).simplified(), QStringLiteral("包钢 钢集 集团"));
        QCOMPARE(fts::segment(QStringLiteral("Baogang 包钢")).simplified(), QStringLiteral("Baogang 包钢"));
        QCOMPARE(fts::matchExpression(QStringLiteral("rare earth")), QStringLiteral("\"rare\" \"earth\""));
        QVERIFY(fts::matchExpression(QStringLiteral("   ")).isEmpty());
    }

    void eventsMergeAcrossReports()
    {
        const ParsedDocument d1 = doc(QStringLiteral("A"), QStringLiteral("first report text"));
        const ParsedDocument d2 = doc(QStringLiteral("B"), QStringLiteral("second report text"));
        const qint64 r1 = m_s->reports.insert(d1, contentHash(d1.text), QDateTime::currentDateTimeUtc());
        const qint64 r2 = m_s->reports.insert(d2, contentHash(d2.text), QDateTime::currentDateTimeUtc());
        const auto ids = orgIds({QStringLiteral("auto:alpha"), QStringLiteral("auto:beta"), QStringLiteral("auto:gamma")});
        const auto e1 = m_s->events.store(r1, makeEvent(Category::Partnership, QDate(2025, 11, 25), {QStringLiteral("auto:alpha"), QStringLiteral("auto:beta")}, QStringLiteral("Alpha and Beta signed.")), ids);
        QVERIFY(!e1.merged);
        const auto e2 = m_s->events.store(r2, makeEvent(Category::Partnership, QDate(2025, 11, 25), {QStringLiteral("auto:beta")}, QStringLiteral("Beta confirmed the deal.")), ids);
        QVERIFY(e2.merged);
        QCOMPARE(e2.eventId, e1.eventId);
        // Different category, or no shared organisation, or another day: separate events.
        QVERIFY(!m_s->events.store(r2, makeEvent(Category::MarketPrice, QDate(2025, 11, 25), {QStringLiteral("auto:beta")}, QStringLiteral("Beta raised prices.")), ids).merged);
        QVERIFY(!m_s->events.store(r2, makeEvent(Category::Partnership, QDate(2025, 11, 25), {QStringLiteral("auto:gamma")}, QStringLiteral("Gamma signed too.")), ids).merged);
        QVERIFY(!m_s->events.store(r2, makeEvent(Category::Partnership, QDate(2025, 3, 2), {QStringLiteral("auto:alpha")}, QStringLiteral("Alpha signed in March.")), ids).merged);
        const auto ev = m_s->events.get(e1.eventId);
        QVERIFY(ev);
        QCOMPARE(ev->reports.size(), 2);
        QCOMPARE(ev->evidence.size(), 2);
        QCOMPARE(ev->organisations.size(), 2);
        QCOMPARE(m_s->events.count(), 4);

        EventFilter f;
        f.categories = {Category::Partnership};
        QCOMPARE(m_s->events.list(f, {}).size(), 3);
        f.from = QDate(2025, 11, 1);
        QCOMPARE(m_s->events.list(f, {}).size(), 2);
        f.orgIds = {ids.value(QStringLiteral("auto:gamma"))};
        QCOMPARE(m_s->events.list(f, {}).size(), 1);
        EventFilter verified;
        verified.verifiedOnly = true;
        QCOMPARE(m_s->events.list(verified, {}).size(), 0);
        Verification v;
        v.status = VerificationStatus::Verified;
        m_s->verifications.set(r1, v, QStringLiteral("set"));
        QCOMPARE(m_s->events.list(verified, {}).size(), 1);
        QVERIFY(m_s->events.get(e1.eventId)->verified());

        const TimelineData t = m_s->events.loadTimeline();
        QCOMPARE(t.entries.size(), size_t(4));
        QCOMPARE(t.links.offsets.size(), size_t(5));
        int verifiedEntries = 0;
        for (const auto& e : t.entries)
            verifiedEntries += (e.flags & TimelineEntry::Verified) ? 1 : 0;
        QCOMPARE(verifiedEntries, 1);
    }

    void verificationHistoryIsAppendOnly()
    {
        const ParsedDocument d = doc(QStringLiteral("V"), QStringLiteral("verification text"));
        const qint64 id = m_s->reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
        Verification v;
        v.status = VerificationStatus::Verified;
        v.reliability = QStringLiteral("B");
        v.credibility = 2;
        v.analyst = QStringLiteral("kim");
        v.note = QStringLiteral("matches the ministry notice");
        QVERIFY(m_s->verifications.set(id, v, QStringLiteral("set")));
        v.status = VerificationStatus::Disputed;
        QVERIFY(m_s->verifications.set(id, v, QStringLiteral("set")));
        const auto h = m_s->verifications.history(id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].previous.status, VerificationStatus::Unverified);
        QCOMPARE(h[1].previous.status, VerificationStatus::Verified);
        QCOMPARE(h[1].value.status, VerificationStatus::Disputed);
        QVERIFY_THROWS_EXCEPTION(SQLite::Exception, m_db->sql().exec("UPDATE verification_log SET note = 'x'"));
        QVERIFY_THROWS_EXCEPTION(SQLite::Exception, m_db->sql().exec("DELETE FROM verification_log"));
        QCOMPARE(m_s->verifications.history(id).size(), 2);
        QVERIFY(!m_s->verifications.set(987654, v, QStringLiteral("set")));
        // Pages: after an entry, a limit, an offset.
        QCOMPARE(m_s->verifications.historyPage(id, h[0].id, -1, 0).size(), 1);
        QCOMPARE(m_s->verifications.historyPage(id, 0, 1, 0).value(0).id, h[0].id);
        QCOMPARE(m_s->verifications.historyPage(id, 0, 5, 1).value(0).id, h[1].id);
        QCOMPARE(m_s->verifications.historyPage(id, h[1].id, -1, 0).size(), 0);
    }

    // Organisations listed a page at a time, each after the last of the one before, come out as one list() does
    // (names that tie, a missing English name, aliases kept).
    void organisationPagesMatchTheList()
    {
        orgIds({QStringLiteral("test:alpha"), QStringLiteral("test:beta"), QStringLiteral("test:gamma")});
        m_s->orgs.idFor(OrgMention{QStringLiteral("test:tie1"), QStringLiteral("Same Name"), 0, 0, true});
        m_s->orgs.idFor(OrgMention{QStringLiteral("test:tie2"), QStringLiteral("Same Name"), 0, 0, true});
        m_s->orgs.clearCache();
        const QList<Organisation> all = m_s->orgs.list();
        QVERIFY(all.size() >= 5);
        for (const int pageSize : {1, 2, 3}) {
            QList<Organisation> paged;
            std::optional<Organisation> last;
            for (;;) {
                const QList<Organisation> page = m_s->orgs.listPage(pageSize, 0, last ? &*last : nullptr);
                paged += page;
                if (page.size() < pageSize)
                    break;
                last = page.back();
            }
            QCOMPARE(paged.size(), all.size());
            for (qsizetype i = 0; i < all.size(); ++i) {
                QCOMPARE(paged[i].id, all[i].id);
                QCOMPARE(paged[i].aliases.size(), all[i].aliases.size());
            }
        }
        QCOMPARE(m_s->orgs.listPage(2, 1, nullptr).value(0).id, all[1].id);
        QCOMPARE(m_s->orgs.listPage(0, 0, nullptr).size(), 0);
    }

    // #17: a search that names an organisation — by any of its names, in either language — also finds the
    // reports that call it by another name; a search that names no organisation is the plain text search.
    void searchFindsAnOrganisationByAnyName()
    {
        const QByteArray json = R"({"version": 1, "organisations": [
            {"key": "kestrel-metals", "name_en": "Kestrel Metals Corporation", "name_zh": "红隼金属集团", "kind": "company",
             "country": "CN", "parent": "", "aliases": [{"text": "Kestrel Metals", "lang": "en"}, {"text": "红隼金属", "lang": "zh"}]}]})";
        QString error;
        const auto gazetteer = Gazetteer::fromJson(json, &error);
        QVERIFY2(gazetteer, qPrintable(error));
        m_s->orgs.syncGazetteer(*gazetteer);
        const ParsedDocument en = doc(QStringLiteral("Magnet plant"), QStringLiteral("Kestrel Metals opened a magnet plant in the spring."));
        const ParsedDocument zh = doc(QStringLiteral("红隼动态"), QStringLiteral("红隼金属集团宣布扩大稀土分离产能。"), QStringLiteral("zh"));
        const ParsedDocument other = doc(QStringLiteral("Prices"), QStringLiteral("Oxide prices rose by three percent."));
        const qint64 a = m_s->reports.insert(en, contentHash(en.text), QDateTime::currentDateTimeUtc());
        const qint64 b = m_s->reports.insert(zh, contentHash(zh.text), QDateTime::currentDateTimeUtc());
        const qint64 c = m_s->reports.insert(other, contentHash(other.text), QDateTime::currentDateTimeUtc());
        auto sorted = [](QList<qint64> ids) {
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        // The Chinese short name finds the English report, and the English name the Chinese one.
        QCOMPARE(sorted(m_s->reports.searchIds(QStringLiteral("红隼金属"))), (QList<qint64>{a, b}));
        QCOMPARE(sorted(m_s->reports.searchIds(QStringLiteral("Kestrel Metals"))), (QList<qint64>{a, b}));
        QCOMPARE(sorted(m_s->reports.searchIds(QStringLiteral("kestrel metals corporation"))), (QList<qint64>{a, b}));
        ReportQuery q;
        q.search = QStringLiteral("红隼金属集团");
        QCOMPARE(m_s->reports.countMatches(q), 2);
        // Not an organisation's name: only the text decides.
        QCOMPARE(m_s->reports.searchIds(QStringLiteral("magnet plant")), QList<qint64>{a});
        QVERIFY(!m_s->reports.searchIds(QStringLiteral("oxide")).contains(a));
        QCOMPARE(m_s->reports.searchIds(QStringLiteral("oxide")), QList<qint64>{c});
    }

    void organisationsResolveByAnyName()
    {
        const qint64 id = m_s->orgs.idFor(OrgMention{QStringLiteral("auto:hunan example materials co., ltd."),
                                                     QStringLiteral("Hunan Example Materials Co., Ltd."), 0, 0, true});
        QCOMPARE(m_s->orgs.resolveNames({QStringLiteral("hunan example materials co., ltd.")}), QList<qint64>{id});
        QCOMPARE(m_s->orgs.resolveNames({QStringLiteral("Hunan Example")}), QList<qint64>{id});
        QVERIFY(m_s->orgs.resolveNames({QStringLiteral("nobody at all")}).isEmpty());
        QVERIFY(m_s->orgs.get(id)->autoDetected);
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
