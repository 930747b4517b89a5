// The dock panels are readable at the default layout of a 1366x768 and a 1600x1000 screen: the main window is
// laid out as on a first start, an event and a report are selected, and in the event details, verification
// and report docks no text is cut — every label's text fits its rectangle (wrapped labels: their height for
// the width they got), every list cell fits its column or wraps inside its row, nothing runs past the dock's
// right edge (long URL, long title). With LODESTONE_SHOT_DIR set, each dock is saved as a PNG.
#include "charts/chartspanel.h"
#include <QChartView>
#include "common/datahub.h"
#include "common/wraplabel.h"
#include "events/eventdetailpanel.h"
#include "extract/gazetteer.h"
#include "mainwindow.h"
#include "reports/reportreader.h"
#include "reports/verificationpanel.h"
#include "service/importer.h"
#include "service/queryservice.h"
#include "service/writer.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lodestone;

namespace {

// A report written for this test: a long title, a very long URL without spaces, events with long evidence.
const char* kReport =
    "---\n"
    "title: Kestrel Metals and Orton Magnetics agree to build a rare earth magnet recycling line together in the north of the country\n"
    "publisher: Lodestone test wire\n"
    "url: https://example.invalid/news/2025/03/12/kestrel-metals-and-orton-magnetics-agree-to-build-a-rare-earth-magnet-recycling-line-together-in-the-north-of-the-country-full-report?ref=front-page&utm_campaign=spring\n"
    "published: 2025-03-12\n"
    "language: en\n"
    "---\n"
    "On 12 March 2025, the Ministry of Commerce announced new export controls on gallium and germanium products, "
    "saying that exporters must apply for licences before shipping any of the listed items abroad.\n\n"
    "Northern Rare Earth raised its listed prices for praseodymium-neodymium oxide on 3 April 2025, the company said "
    "in a notice to customers that also covered terbium and dysprosium.\n";

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Problems: texts that do not fit where they are drawn, inside `root`.
QStringList cutTexts(QWidget* root)
{
    QStringList problems;
    const QRect rootRect = root->rect();
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (!l->isVisibleTo(root) || l->text().isEmpty() || l->width() <= 0)
            continue;
        const QRect r = l->contentsRect();
        const QFontMetrics fm(l->font());
        // Inside the panel: a label that runs past the panel's right edge is cut by it.
        const QRect inRoot(l->mapTo(root, QPoint(0, 0)), l->size());
        if (inRoot.right() > rootRect.right() + 1)
            problems << QStringLiteral("%1 runs past the panel's edge (%2 > %3): %4")
                            .arg(describe(l)).arg(inRoot.right()).arg(rootRect.right()).arg(l->text().left(60));
        if (qobject_cast<WrapLabel*>(l)) {
            for (const QString& line : l->text().split(QLatin1Char('\n')))
                if (fm.horizontalAdvance(line) > r.width() + 1)
                    problems << QStringLiteral("%1 line wider than its label: %2").arg(describe(l), line.left(60));
            if (l->heightForWidth(l->width()) > l->height() + 1)
                problems << QStringLiteral("%1 taller than its label: %2").arg(describe(l), l->text().left(60));
        } else if (l->wordWrap()) {
            if (l->heightForWidth(l->width()) > l->height() + 1)
                problems << QStringLiteral("%1 wrapped text taller (%2) than its label (%3): %4")
                                .arg(describe(l)).arg(l->heightForWidth(l->width())).arg(l->height()).arg(l->text().left(60));
        } else if (l->textFormat() == Qt::PlainText || !Qt::mightBeRichText(l->text())) {
            QString shown = l->text();
            if (l->buddy()) // "&Status:" shows as "Status:"
                shown.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&')).replace(QChar(1), QLatin1Char('&'));
            for (const QString& line : shown.split(QLatin1Char('\n')))
                if (fm.horizontalAdvance(line) > r.width() + 1)
                    problems << QStringLiteral("%1 text %2 px in %3 px: %4").arg(describe(l)).arg(fm.horizontalAdvance(line)).arg(r.width()).arg(line.left(60));
        }
    }
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (!b->isVisibleTo(root) || b->text().isEmpty())
            continue;
        if (b->sizeHint().width() > b->width() + 1)
            problems << QStringLiteral("%1 button narrower (%2) than its text needs (%3): %4")
                            .arg(describe(b)).arg(b->width()).arg(b->sizeHint().width()).arg(b->text());
    }
    for (QComboBox* c : root->findChildren<QComboBox*>()) {
        if (!c->isVisibleTo(root))
            continue;
        const int needed = c->fontMetrics().horizontalAdvance(c->currentText()) + 30;
        if (needed > c->width() + 1)
            problems << QStringLiteral("%1 combo box too narrow (%2 < %3): %4").arg(describe(c)).arg(c->width()).arg(needed).arg(c->currentText());
    }
    for (QTreeWidget* t : root->findChildren<QTreeWidget*>()) {
        if (!t->isVisibleTo(root))
            continue;
        const QRect inRoot(t->mapTo(root, QPoint(0, 0)), t->size());
        if (inRoot.right() > rootRect.right() + 1)
            problems << QStringLiteral("%1 runs past the panel's edge").arg(describe(t));
        QHeaderView* h = t->header();
        int total = 0;
        for (int c = 0; c < t->columnCount(); ++c)
            total += h->isSectionHidden(c) ? 0 : h->sectionSize(c);
        if (total > t->viewport()->width() + 1)
            problems << QStringLiteral("%1 columns (%2 px) wider than the list (%3 px)").arg(describe(t)).arg(total).arg(t->viewport()->width());
        for (int c = 0; c < t->columnCount(); ++c) {
            if (h->isSectionHidden(c))
                continue;
            const QString head = t->headerItem()->text(c);
            if (h->fontMetrics().horizontalAdvance(head) + 6 > h->sectionSize(c))
                problems << QStringLiteral("%1 header \"%2\" cut").arg(describe(t), head);
        }
        int rowsHeight = 0;
        for (int i = 0; i < t->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = t->topLevelItem(i);
            const QRect row = t->visualItemRect(item);
            rowsHeight += row.height();
            for (int c = 0; c < t->columnCount(); ++c) {
                const QString text = item->text(c);
                if (text.isEmpty() || h->isSectionHidden(c))
                    continue;
                const int width = h->sectionSize(c) - 8;
                const QRect needed = t->fontMetrics().boundingRect(QRect(0, 0, std::max(1, width), 100000), Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
                if (needed.height() > row.height() + 2)
                    problems << QStringLiteral("%1 cell (%2, %3) needs %4 px, row is %5: %6")
                                    .arg(describe(t)).arg(i).arg(c).arg(needed.height()).arg(row.height()).arg(text.left(60));
            }
        }
        if (rowsHeight + t->header()->height() > t->height() + 2)
            problems << QStringLiteral("%1 rows (%2 px) taller than the list (%3 px): it scrolls inside a scrolling panel")
                            .arg(describe(t)).arg(rowsHeight + t->header()->height()).arg(t->height());
    }
    return problems;
}

} // namespace

class TstPanelLayout final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QueryService> m_queries;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LodestoneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_panellayout"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db = m_dir.filePath(QStringLiteral("panels.sqlite"));
        m_gazetteer = Gazetteer::bundled();
        m_writer = std::make_unique<Writer>(m_db, m_gazetteer);
        QVERIFY(!m_writer->start());
        const QString file = m_dir.filePath(QStringLiteral("report.md"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kReport);
        f.close();
        const ImportSummary summary = Importer(*m_writer, m_gazetteer).run({file});
        QCOMPARE(summary.imported, 1);
        m_queries = std::make_unique<QueryService>(m_db);
    }

    void docksAreReadable_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void docksAreReadable()
    {
        QFETCH(QSize, screen);
        QSettings().clear();
        AppContext ctx;
        ctx.writer = m_writer.get();
        ctx.queries = m_queries.get();
        ctx.gazetteer = m_gazetteer;
        ctx.databasePath = m_db;
        ctx.language = QStringLiteral("en");
        MainWindow window(ctx);
        // The size a first start picks on this screen (MainWindow::restoreLayout: 1500x920 or 92 % of it).
        window.resize(std::min(1500, screen.width() * 92 / 100), std::min(920, screen.height() * 92 / 100));
        QSignalSpy events(window.hub(), &DataHub::eventsLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 20000);
        const auto rows = events.last().first().value<QList<Event>>();
        QVERIFY2(!rows.isEmpty(), "the test report gave no event");
        QTest::qWait(100); // the first-start dock sizes are applied after the first layout pass

        auto* detail = window.findChild<EventDetailPanel*>();
        auto* reader = window.findChild<ReportReader*>();
        auto* verification = window.findChild<VerificationPanel*>();
        QVERIFY(detail && reader && verification);
        QSignalSpy detailLoaded(detail, &EventDetailPanel::loaded);
        QSignalSpy readerLoaded(reader, &ReportReader::loaded);
        QSignalSpy verificationLoaded(verification, &VerificationPanel::loaded);
        // The event with the longest evidence.
        const Event* longest = &rows.first();
        for (const Event& e : rows)
            if (!e.evidence.isEmpty() && (longest->evidence.isEmpty() || e.evidence.first().quote.size() > longest->evidence.first().quote.size()))
                longest = &e;
        window.hub()->selectEvent(longest->id);
        window.hub()->selectReport(longest->reports.first().reportId);
        QTRY_VERIFY_WITH_TIMEOUT(!detailLoaded.isEmpty() && !readerLoaded.isEmpty() && !verificationLoaded.isEmpty(), 20000);

        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QStringList problems;
        for (const char* name : {"dock.eventdetail", "dock.reader", "dock.verification"}) {
            auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(name));
            QVERIFY(dock);
            dock->raise();
            QTest::qWait(150); // layouts settle (wrapped heights need a pass after the width is known)
            QCoreApplication::processEvents();
            auto* scroll = qobject_cast<QScrollArea*>(dock->widget());
            QWidget* panel = scroll ? scroll->widget() : dock->widget();
            QVERIFY(panel->isVisible());
            if (scroll) // nothing wider than the dock: the panel is scrolled only vertically
                if (panel->width() > scroll->viewport()->width() + 1)
                    problems << QStringLiteral("%1: panel %2 px wide in a %3 px dock").arg(QLatin1String(name)).arg(panel->width()).arg(scroll->viewport()->width());
            for (const QString& p : cutTexts(panel))
                problems << QLatin1String(name) + QLatin1String(": ") + p;
            const QString dir = qEnvironmentVariable("LODESTONE_SHOT_DIR");
            if (!dir.isEmpty())
                dock->grab().save(dir + QStringLiteral("/%1-%2.png").arg(QLatin1String(name), tag));
        }
        // The charts dock at its default height shows every chart whole, axes included: none is cut at the
        // dock's edge (they go side by side when two rows would not fit).
        {
            auto* dock = window.findChild<QDockWidget*>(QStringLiteral("dock.charts"));
            QVERIFY(dock);
            dock->raise();
            QTest::qWait(150);
            QCoreApplication::processEvents();
            auto* scroll = qobject_cast<QScrollArea*>(dock->widget());
            QVERIFY(scroll);
            auto* charts = qobject_cast<ChartsPanel*>(scroll->widget());
            QVERIFY(charts);
            for (int k = 0; k < kChartKindCount; ++k) {
                QWidget* view = charts->view(static_cast<ChartKind>(k));
                const QRect r(view->mapTo(scroll->viewport(), QPoint(0, 0)), view->size());
                if (!scroll->viewport()->rect().contains(r))
                    problems << QStringLiteral("chart %1: %2x%3 at (%4,%5) is cut by the %6x%7 dock")
                                    .arg(k).arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y())
                                    .arg(scroll->viewport()->width()).arg(scroll->viewport()->height());
                if (view->height() < 110)
                    problems << QStringLiteral("chart %1 is only %2 px high").arg(k).arg(view->height());
            }
            const QString dir = qEnvironmentVariable("LODESTONE_SHOT_DIR");
            if (!dir.isEmpty())
                dock->grab().save(dir + QStringLiteral("/dock.charts-%1.png").arg(tag));
        }
        // The details say what the issue asked for: the whole title, the date with its precision, the evidence.
        QStringList detailTexts;
        for (QLabel* l : detail->findChildren<QLabel*>())
            detailTexts << l->text();
        QVERIFY(detailTexts.contains(longest->title));
        // The verification dock names the report by its title.
        QVERIFY(verification->findChild<QLabel*>(QStringLiteral("reportTitle"))->isVisibleTo(verification));
        QVERIFY(qobject_cast<WrapLabel*>(verification->findChild<QLabel*>(QStringLiteral("reportTitle")))->fullText().startsWith(QStringLiteral("Kestrel Metals")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        window.close();
    }
};

QTEST_MAIN(TstPanelLayout)
#include "tst_panellayout.moc"
