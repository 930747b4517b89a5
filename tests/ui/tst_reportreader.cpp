// The report reader on a real database: the text is shown as plain text (markup stays literal), and the
// highlighted evidence ranges cover exactly the evidence quotes in text with curly quotes, dashes, CJK
// and a surrogate pair, even when stored offsets are stale; organisations and dates are highlighted,
// tooltips say what a highlight is, and clicks report the event or organisation.
#include "extract/gazetteer.h"
#include "ingest/contenthash.h"
#include "reports/highlighter.h"
#include "reports/reportreader.h"
#include "service/queryservice.h"
#include "service/writer.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

namespace {

using Range = std::pair<int, int>;

// Runs of characters carrying the given property (different values split runs).
QList<std::pair<Range, QVariant>> runsOf(QTextDocument* doc, int property)
{
    QList<std::pair<Range, QVariant>> runs;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QVariant v = f.charFormat().property(property);
            if (!v.isValid())
                continue;
            const int start = f.position();
            const int end = f.position() + f.length();
            if (!runs.isEmpty() && runs.last().first.second == start && runs.last().second == v)
                runs.last().first.second = end;
            else
                runs << std::pair{Range{start, end}, v};
        }
    }
    return runs;
}

} // namespace

class TestReportReader final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QueryService> m_queries;
    QString m_text;
    QStringList m_quotes;
    qint64 m_report = 0;
    QList<qint64> m_events;

private slots:
    void initTestCase()
    {
        m_gazetteer = Gazetteer::bundled();
        QVERIFY(m_gazetteer);
        const QString path = m_dir.filePath(QStringLiteral("reader.sqlite"));
        m_writer = std::make_unique<Writer>(path, m_gazetteer);
        QVERIFY(!m_writer->start());
        m_queries = std::make_unique<QueryService>(path);

        m_quotes = {QStringLiteral("“The allocation won’t change,” a spokesperson for Shenghe Resources said on 4 March 2025 — twice."),
                    QStringLiteral("厦门钨业于2025年3月5日宣布扩产计划。"),
                    QStringLiteral("Trading in 𠀀-grade oxide — “a niche” — resumed on 6 March 2025.")};
        m_text = QStringLiteral("Allocation notes <b>not bold</b>\n\nEarly paragraph with no event.\r\n") + m_quotes[0] +
                 QStringLiteral(" Then ") + m_quotes[1] + QStringLiteral("\n") + m_quotes[2] + QStringLiteral("\nEnd.");
        const QString text = m_text;
        const QStringList quotes = m_quotes;
        const auto stored = m_writer->submit([text, quotes](WriteContext& ctx) {
            SQLite::Transaction tx(ctx.db.sql());
            ParsedDocument d;
            d.title = QStringLiteral("Allocation notes");
            d.publisher = QStringLiteral("Test Desk");
            d.url = QStringLiteral("https://example.org/notes");
            d.text = text;
            d.language = QStringLiteral("en");
            d.sourceEncoding = QStringLiteral("windows-1252");
            d.repairs = {QStringLiteral("cp1252-mojibake: 5 sequences")};
            d.published = DateSpan::day(QDate(2025, 3, 7), QStringLiteral("meta:test"));
            const qint64 reportId = ctx.stores.reports.insert(d, contentHash(text), QDateTime::currentDateTimeUtc());
            QHash<QString, qint64> orgIds;
            orgIds.insert(QStringLiteral("shenghe-resources"), *ctx.stores.orgs.idForKey(QStringLiteral("shenghe-resources")));
            QList<qint64> events;
            for (int i = 0; i < quotes.size(); ++i) {
                ExtractedEvent e;
                e.category = i == 1 ? Category::InvestmentProject : Category::ProductionQuota;
                e.title = QStringLiteral("Test event %1").arg(i);
                e.date = DateSpan::day(QDate(2025, 3, 4 + i), QStringLiteral("test"));
                e.organisations << EventOrgRole{QStringLiteral("shenghe-resources"), QStringLiteral("actor")};
                const int start = static_cast<int>(text.indexOf(quotes[i]));
                // The third evidence has stale offsets: the reader must find it by its quote.
                const int shift = i == 2 ? 3 : 0;
                e.evidence = Evidence{0, quotes[i], start + shift, start + shift + static_cast<int>(quotes[i].size())};
                events << ctx.stores.events.store(reportId, e, orgIds).eventId;
            }
            tx.commit();
            return std::pair{reportId, events};
        }).result();
        m_report = stored.first;
        m_events = stored.second;
        QCOMPARE(m_events.size(), 3);
        QVERIFY(m_events[0] != m_events[1] && m_events[1] != m_events[2]);
    }

    void showsPlainTextWithExactEvidence()
    {
        ReportReader reader(*m_queries, m_gazetteer);
        QSignalSpy loaded(&reader, &ReportReader::loaded);
        reader.setReport(m_report);
        QTRY_COMPARE(loaded.count(), 1); // may arrive synchronously when the read is quick
        QTextDocument* doc = reader.textView()->document();
        // Plain text: the markup is literal and every character keeps its offset.
        QCOMPARE(doc->characterCount() - 1, static_cast<int>(m_text.size()));
        QVERIFY(doc->toPlainText().contains(QStringLiteral("<b>not bold</b>")));
        QVERIFY(!reader.textView()->openLinks());

        const auto runs = runsOf(doc, ReportHighlighter::EventIdProperty);
        QCOMPARE(runs.size(), m_quotes.size());
        for (int i = 0; i < m_quotes.size(); ++i) {
            const int start = static_cast<int>(m_text.indexOf(m_quotes[i]));
            QCOMPARE(runs[i].first, (Range{start, start + static_cast<int>(m_quotes[i].size())}));
            QCOMPARE(runs[i].second.toLongLong(), m_events[i]);
            QTextCursor c(doc);
            c.setPosition(runs[i].first.first);
            c.setPosition(runs[i].first.second, QTextCursor::KeepAnchor);
            QCOMPARE(c.selectedText(), m_quotes[i]);
        }
    }

    void highlightsOrganisationsAndDates()
    {
        ReportReader reader(*m_queries, m_gazetteer);
        QSignalSpy loaded(&reader, &ReportReader::loaded);
        reader.setReport(m_report);
        QTRY_COMPARE(loaded.count(), 1); // may arrive synchronously when the read is quick
        QTextDocument* doc = reader.textView()->document();
        const auto orgRuns = runsOf(doc, ReportHighlighter::OrgKeyProperty);
        const QList<OrgMention> mentions = m_gazetteer->findMentions(m_text);
        QVERIFY(!mentions.isEmpty());
        QCOMPARE(orgRuns.size(), mentions.size());
        bool shenghe = false;
        for (int i = 0; i < mentions.size(); ++i) {
            QCOMPARE(orgRuns[i].first, (Range{mentions[i].start, mentions[i].end}));
            QCOMPARE(orgRuns[i].second.toString(), mentions[i].key);
            shenghe = shenghe || mentions[i].key == QStringLiteral("shenghe-resources");
        }
        QVERIFY(shenghe);
        const auto dateRuns = runsOf(doc, ReportHighlighter::DateProperty);
        const QList<DateMention> dates = DateResolver::find(m_text, QDate(2025, 3, 7));
        QVERIFY(dates.size() >= 3);
        QCOMPARE(dateRuns.size(), dates.size());
        for (int i = 0; i < dates.size(); ++i)
            QCOMPARE(dateRuns[i].first, (Range{dates[i].start, dates[i].end}));

        // Tooltips say what each highlight is.
        const int evidencePos = static_cast<int>(m_text.indexOf(QStringLiteral("twice")));
        QTextCursor c(doc);
        c.setPosition(evidencePos + 1);
        QVERIFY(c.charFormat().toolTip().contains(QStringLiteral("Test event 0")));
        const int orgPos = static_cast<int>(m_text.indexOf(QStringLiteral("Shenghe")));
        c.setPosition(orgPos + 1);
        QVERIFY(c.charFormat().toolTip().contains(QStringLiteral("Shenghe")));

        // Metadata, including the repair note, is shown as plain text.
        bool repairNote = false;
        for (QLabel* label : reader.findChildren<QLabel*>())
            repairNote = repairNote || (label->text().contains(QStringLiteral("windows-1252")) &&
                                        label->text().contains(QStringLiteral("cp1252-mojibake")));
        QVERIFY(repairNote);
    }

    void clicksSelectEventsAndOrganisations()
    {
        ReportReader reader(*m_queries, m_gazetteer);
        reader.resize(900, 700);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QSignalSpy loaded(&reader, &ReportReader::loaded);
        reader.setReport(m_report);
        QTRY_COMPARE(loaded.count(), 1);
        QSignalSpy events(&reader, &ReportReader::eventClicked);
        QSignalSpy orgs(&reader, &ReportReader::organisationClicked);
        QTextBrowser* view = reader.textView();
        const auto clickAt = [view](int pos) {
            QTextCursor c(view->document());
            c.setPosition(pos);
            view->setTextCursor(c);
            view->ensureCursorVisible();
            const QPoint p = view->cursorRect(c).center() + QPoint(2, 0);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, p);
        };
        clickAt(static_cast<int>(m_text.indexOf(QStringLiteral("扩产"))));
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.first().first().toLongLong(), m_events[1]);
        clickAt(static_cast<int>(m_text.indexOf(QStringLiteral("Shenghe"))) + 2);
        QCOMPARE(orgs.count(), 1);
        QCOMPARE(orgs.first().first().toString(), QStringLiteral("shenghe-resources"));
        // Plain text outside highlights is not a link.
        clickAt(static_cast<int>(m_text.indexOf(QStringLiteral("Early paragraph"))) + 3);
        QCOMPARE(events.count() + orgs.count(), 2);
    }

    void unknownReport()
    {
        ReportReader reader(*m_queries, m_gazetteer);
        QSignalSpy loaded(&reader, &ReportReader::loaded);
        reader.setReport(987654);
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(reader.highlights().isEmpty());
        QVERIFY(reader.textView()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestReportReader)
#include "tst_reportreader.moc"
