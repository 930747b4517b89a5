// Organisation-name display (English, Chinese, both): the formatter and its fallbacks, the remembered mode,
// the filter bar's type-ahead by any name or alias, every view relabelling at once when View › Organisation
// Names changes (event table, top-organisations chart, timeline lanes), and `export-chart --org-names`.
#include "charts/chartbuilder.h"
#include "charts/chartspanel.h"
#include "common/datahub.h"
#include "common/orgnames.h"
#include "events/eventtablemodel.h"
#include "extract/gazetteer.h"
#include "filters/filterbar.h"
#include "filters/orgcompleter.h"
#include "ingest/democorpus.h"
#include "mainwindow.h"
#include "service/importer.h"
#include "service/queryservice.h"
#include "service/writer.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace lodestone;

namespace {

Organisation org(qint64 id, const QString& en, const QString& zh, const QStringList& aliases)
{
    Organisation o;
    o.id = id;
    o.nameEn = en;
    o.nameZh = zh;
    for (const QString& a : aliases)
        o.aliases << OrgAlias{a, QString(), QStringLiteral("test")};
    return o;
}

// Invented organisations, so the expectations do not depend on the gazetteer.
QList<Organisation> sampleOrgs()
{
    return {org(1, QStringLiteral("Wolfram Valley Group"), QStringLiteral("钨谷集团"), {QStringLiteral("WVG"), QStringLiteral("钨谷")}),
            org(2, QStringLiteral("Northern Lanthanum Works"), QStringLiteral("北镧公司"), {QStringLiteral("Lanthanum North")}),
            org(3, QStringLiteral("Harbour Magnets Ltd"), QString(), {QStringLiteral("HML")}),
            org(4, QString(), QStringLiteral("南方钕业集团"), {QStringLiteral("Southern Neodymium")})};
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LODESTONE_LOG"), QStringLiteral("warn"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("LODESTONE_DB"));
    return env;
}

int runCli(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(LODESTONE_BIN_DIR "/lodestone"), args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(180000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

struct Names {
    QString en;
    QString zh;
};

} // namespace

class TstOrgNames final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lodestone-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_orgnames"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }
    void init() { OrgNames::setMode(OrgNameMode::Both, false); }

    void display_data()
    {
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        const QString en = QStringLiteral("Wolfram Valley Group");
        const QString zh = QStringLiteral("钨谷集团");
        const int E = int(OrgNameMode::English), C = int(OrgNameMode::Chinese), B = int(OrgNameMode::Both);
        QTest::newRow("en / both names") << en << zh << E << en;
        QTest::newRow("zh / both names") << en << zh << C << zh;
        QTest::newRow("both / both names") << en << zh << B << QStringLiteral("Wolfram Valley Group 钨谷集团");
        QTest::newRow("en / only Chinese") << QString() << zh << E << zh;
        QTest::newRow("zh / only English") << en << QString() << C << en;
        QTest::newRow("both / only English") << en << QString() << B << en;
        QTest::newRow("both / only Chinese") << QString() << zh << B << zh;
        QTest::newRow("both / same text twice") << QStringLiteral("BYD") << QStringLiteral("BYD") << B << QStringLiteral("BYD");
        QTest::newRow("both / blank Chinese") << en << QStringLiteral("  ") << B << en;
        QTest::newRow("zh / padded") << QStringLiteral(" X ") << QStringLiteral(" 钨 ") << C << QStringLiteral("钨");
        QTest::newRow("both / nothing") << QString() << QString() << B << QString();
        QTest::newRow("en / nothing") << QString() << QString() << E << QString();
    }

    void display()
    {
        QFETCH(QString, en);
        QFETCH(QString, zh);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        QCOMPARE(OrgNames::display(en, zh, static_cast<OrgNameMode>(mode)), expected);
        // The current-mode overloads and ChartBuilder's label follow the process-wide mode.
        OrgNames::setMode(static_cast<OrgNameMode>(mode), false);
        QCOMPARE(OrgNames::display(en, zh), expected);
        QCOMPARE(ChartBuilder::orgLabel(en, zh), expected);
        Organisation o;
        o.nameEn = en;
        o.nameZh = zh;
        QCOMPARE(OrgNames::display(o), expected);
    }

    void keys()
    {
        for (OrgNameMode m : {OrgNameMode::English, OrgNameMode::Chinese, OrgNameMode::Both})
            QCOMPARE(OrgNames::fromKey(OrgNames::key(m)), std::optional<OrgNameMode>(m));
        QCOMPARE(OrgNames::key(OrgNameMode::Chinese), QStringLiteral("zh"));
        QCOMPARE(OrgNames::fromKey(QStringLiteral(" BOTH ")), std::optional<OrgNameMode>(OrgNameMode::Both));
        QVERIFY(!OrgNames::fromKey(QStringLiteral("fr")));
        QVERIFY(!OrgNames::fromKey(QString()));
    }

    void modeIsRememberedAndAnnounced()
    {
        QSignalSpy spy(OrgNames::notifier(), &OrgNames::modeChanged);
        OrgNames::setMode(OrgNameMode::Chinese);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<OrgNameMode>(), OrgNameMode::Chinese);
        QCOMPARE(QSettings().value(QStringLiteral("ui/orgNames")).toString(), QStringLiteral("zh"));
        OrgNames::setMode(OrgNameMode::Chinese);
        QCOMPARE(spy.count(), 1); // unchanged: no signal
        OrgNames::setMode(OrgNameMode::English, false);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(OrgNames::mode(), OrgNameMode::English);
        QCOMPARE(QSettings().value(QStringLiteral("ui/orgNames")).toString(), QStringLiteral("zh")); // not remembered
    }

    void typeAheadFindsByAnyName_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const int E = int(OrgNameMode::English), C = int(OrgNameMode::Chinese), B = int(OrgNameMode::Both);
        QTest::newRow("english name, any case") << B << QStringLiteral("wolfram") << QStringList{QStringLiteral("Wolfram Valley Group 钨谷集团")};
        QTest::newRow("chinese name") << B << QStringLiteral("钨谷集") << QStringList{QStringLiteral("Wolfram Valley Group 钨谷集团")};
        QTest::newRow("english alias") << B << QStringLiteral("wvg") << QStringList{QStringLiteral("Wolfram Valley Group 钨谷集团")};
        QTest::newRow("alias shown in chinese") << C << QStringLiteral("Lanthanum North") << QStringList{QStringLiteral("北镧公司")};
        QTest::newRow("chinese-only org by english alias") << E << QStringLiteral("neodymium") << QStringList{QStringLiteral("南方钕业集团")};
        QTest::newRow("english-only org in chinese mode") << C << QStringLiteral("HML") << QStringList{QStringLiteral("Harbour Magnets Ltd")};
        QTest::newRow("one row per organisation") << E << QStringLiteral("North")
                                 << QStringList{QStringLiteral("Northern Lanthanum Works")};
        QTest::newRow("middle of a name") << E << QStringLiteral("magnets") << QStringList{QStringLiteral("Harbour Magnets Ltd")};
        QTest::newRow("every match, sorted") << E << QStringLiteral("o")
                                          << QStringList{QStringLiteral("Harbour Magnets Ltd"), QStringLiteral("Northern Lanthanum Works"),
                                                         QStringLiteral("Wolfram Valley Group"), QStringLiteral("南方钕业集团")};
        QTest::newRow("nothing") << B << QStringLiteral("cobalt") << QStringList{};
    }

    void typeAheadFindsByAnyName()
    {
        QFETCH(int, mode);
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        OrgNames::setMode(static_cast<OrgNameMode>(mode), false);
        OrgCompleter completer;
        completer.setOrganisations(sampleOrgs());
        QCOMPARE(completer.matches(typed), expected);
    }

    void typeAheadFollowsModeChange()
    {
        OrgCompleter completer;
        completer.setOrganisations(sampleOrgs());
        QCOMPARE(completer.labelOf(2), QStringLiteral("Northern Lanthanum Works 北镧公司"));
        OrgNames::setMode(OrgNameMode::Chinese, false);
        QCOMPARE(completer.labelOf(2), QStringLiteral("北镧公司"));
        QCOMPARE(completer.orgIdForLabel(QStringLiteral("北镧公司")), 2);
        QCOMPARE(completer.orgIdForLabel(QStringLiteral("Northern Lanthanum Works 北镧公司")), 0);
        QCOMPARE(completer.matches(QStringLiteral("lanthanum")), QStringList{QStringLiteral("北镧公司")});
    }

    void filterBarPicksAnOrganisation()
    {
        FilterBar bar;
        bar.setOrganisations(sampleOrgs());
        QLineEdit* edit = nullptr;
        for (QLineEdit* e : bar.findChildren<QLineEdit*>())
            if (e->completer() == bar.organisationCompleter())
                edit = e;
        QVERIFY(edit);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.activateWindow();
        edit->setFocus();
        // Type an alias, pick the first suggestion: the field shows the label and the filter names that id.
        QTest::keyClicks(edit, QStringLiteral("wvg"));
        QAbstractItemView* popup = bar.organisationCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("Wolfram Valley Group 钨谷集团"));
        QCOMPARE(bar.filter().orgIds, QList<qint64>{1});
        QVERIFY(bar.filter().orgNames.isEmpty());

        // The mode changes: the field is relabelled and still means organisation 1, without a filter edit.
        QSignalSpy edited(&bar, &FilterBar::filterEdited);
        OrgNames::setMode(OrgNameMode::Chinese, false);
        QCOMPARE(edit->text(), QStringLiteral("钨谷集团"));
        QCOMPARE(bar.filter().orgIds, QList<qint64>{1});

        // Free text stays a name for the store to resolve.
        edit->setText(QStringLiteral("Lanth"));
        QVERIFY(bar.filter().orgIds.isEmpty());
        QCOMPARE(bar.filter().orgNames, QStringList{QStringLiteral("Lanth")});

        // A filter by id (e.g. from a chart click) shows that organisation's label.
        EventFilter f;
        f.orgIds = {4};
        bar.setFilter(f);
        QCOMPARE(edit->text(), QStringLiteral("南方钕业集团"));
        QCOMPARE(bar.filter().orgIds, QList<qint64>{4});
        QTest::qWait(300); // the debounce interval
        QCOMPARE(edited.count(), 1); // only the free-text edit
    }

    void viewsFollowTheMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        auto gazetteer = Gazetteer::bundled();
        Writer writer(path, gazetteer);
        QVERIFY(!writer.start());
        const ImportSummary summary = Importer(writer, gazetteer).run(demoCorpusFiles());
        QVERIFY(summary.imported > 0);
        QueryService queries(path);
        AppContext ctx;
        ctx.writer = &writer;
        ctx.queries = &queries;
        ctx.gazetteer = gazetteer;
        ctx.databasePath = path;
        ctx.language = QStringLiteral("en");
        OrgNames::setMode(OrgNameMode::Both, false);
        MainWindow window(ctx);
        QSignalSpy orgsLoaded(window.hub(), &DataHub::organisationsLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(orgsLoaded.count() > 0, 20000);
        QHash<qint64, Names> bilingual; // organisations with events and two different names
        for (const Organisation& o : orgsLoaded.last().at(0).value<QList<Organisation>>())
            if (o.eventCount > 0 && !o.nameEn.isEmpty() && !o.nameZh.isEmpty() && o.nameEn != o.nameZh)
                bilingual.insert(o.id, {o.nameEn, o.nameZh});
        QVERIFY2(!bilingual.isEmpty(), "the demo corpus should name gazetteer organisations");

        auto* model = window.findChild<EventTableModel*>();
        auto* charts = window.findChild<ChartsPanel*>();
        auto* timeline = window.findChild<TimelinePanel*>();
        QVERIFY(model && charts && timeline);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        QChart* top = charts->chart(ChartKind::TopOrganisations);
        auto* axis = qobject_cast<QBarCategoryAxis*>(top->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QTRY_VERIFY_WITH_TIMEOUT(!axis->categories().isEmpty(), 20000);
        timeline->findChild<QComboBox*>()->setCurrentIndex(1); // lanes by organisation
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->view()->laneLabels().isEmpty(), 20000);

        // An event row naming a bilingual organisation.
        int row = -1;
        Names names;
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            for (const EventOrgLink& l : model->eventAt(r)->organisations)
                if (bilingual.contains(l.orgId)) {
                    row = r;
                    names = bilingual.value(l.orgId);
                    break;
                }
        QVERIFY(row >= 0);
        const QModelIndex cell = model->index(row, EventTableModel::Organisations);
        const QList<qint64> chartRows = ChartBuilder::rowKeys(top);
        QCOMPARE(chartRows.size(), axis->categories().size());
        QVERIFY(std::any_of(chartRows.cbegin(), chartRows.cend(), [&](qint64 id) { return bilingual.contains(id); }));
        auto laneTexts = [&] {
            QStringList out;
            for (const QString& l : timeline->view()->laneLabels())
                out << l.trimmed();
            return out;
        };

        // Both (the start): "English 中文".
        QVERIFY2(cell.data().toString().contains(names.en + QLatin1Char(' ') + names.zh), qPrintable(cell.data().toString()));
        for (int i = 0; i < chartRows.size(); ++i)
            if (bilingual.contains(chartRows[i]) && bilingual[chartRows[i]].en.size() < 30)
                QCOMPARE(axis->categories().at(i), bilingual[chartRows[i]].en + QLatin1Char(' ') + bilingual[chartRows[i]].zh);
        QVERIFY(laneTexts().contains(names.en + QLatin1Char(' ') + names.zh));

        // View › Organisation Names › Chinese: every view at once, and remembered.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QAction* chinese = window.findChild<QAction*>(QStringLiteral("orgNames.zh"));
        QVERIFY(chinese && chinese->isCheckable());
        chinese->trigger();
        QVERIFY(chinese->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("ui/orgNames")).toString(), QStringLiteral("zh"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(cell.data().toString().contains(names.zh));
        QVERIFY2(!cell.data().toString().contains(names.en), qPrintable(cell.data().toString()));
        for (int i = 0; i < chartRows.size(); ++i)
            if (bilingual.contains(chartRows[i]))
                QCOMPARE(axis->categories().at(i), bilingual[chartRows[i]].zh);
        QVERIFY(laneTexts().contains(names.zh));
        QVERIFY(!laneTexts().contains(names.en + QLatin1Char(' ') + names.zh));

        // English.
        window.findChild<QAction*>(QStringLiteral("orgNames.en"))->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/orgNames")).toString(), QStringLiteral("en"));
        QVERIFY(cell.data().toString().contains(names.en));
        QVERIFY2(!cell.data().toString().contains(names.zh), qPrintable(cell.data().toString()));
        for (int i = 0; i < chartRows.size(); ++i)
            if (bilingual.contains(chartRows[i])) {
                const QString label = axis->categories().at(i);
                QVERIFY2(!label.contains(bilingual[chartRows[i]].zh), qPrintable(label));
                QVERIFY2(bilingual[chartRows[i]].en.startsWith(label.left(20)), qPrintable(label));
            }
        QVERIFY(laneTexts().contains(names.en));
        QVERIFY(!laneTexts().contains(names.zh));
        window.close();
    }

    void cliExportChartOrgNames()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}), 0);
        QByteArray json;
        QCOMPARE(runCli({QStringLiteral("orgs"), QStringLiteral("--db"), db, QStringLiteral("--json")}, &json), 0);
        // The organisation with the most events is on the top-organisations chart; use it when it has two names.
        Names top;
        int most = -1;
        for (const QJsonValue& v : QJsonDocument::fromJson(json).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("events")).toInt() > most) {
                most = o.value(QStringLiteral("events")).toInt();
                top = {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("name_zh")).toString()};
            }
        }
        if (top.zh.isEmpty() || top.en == top.zh || top.en.size() > 40)
            QSKIP("the busiest demo organisation has no separate short Chinese name");
        auto exportSvg = [&](const QString& mode) {
            const QString out = dir.filePath(QStringLiteral("top-%1.svg").arg(mode));
            QStringList args{QStringLiteral("export-chart"), QStringLiteral("--db"), db, QStringLiteral("--chart"),
                             QStringLiteral("top-organisations"), QStringLiteral("--out"), out};
            if (!mode.isEmpty())
                args << QStringLiteral("--org-names") << mode;
            QByteArray err;
            if (runCli(args, nullptr, &err) != 0)
                return QString::fromUtf8(err);
            QFile f(out);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString zh = exportSvg(QStringLiteral("zh"));
        QVERIFY(zh.contains(top.zh));
        QVERIFY(!zh.contains(top.en.toHtmlEscaped()));
        const QString en = exportSvg(QStringLiteral("en"));
        QVERIFY(en.contains(top.en.toHtmlEscaped()));
        QVERIFY(!en.contains(top.zh));
        const QString both = exportSvg(QString()); // default: both
        QVERIFY(both.contains(top.en.toHtmlEscaped()) && both.contains(top.zh));

        QByteArray err;
        QCOMPARE(runCli({QStringLiteral("export-chart"), QStringLiteral("--db"), db, QStringLiteral("--chart"), QStringLiteral("top-organisations"),
                         QStringLiteral("--out"), dir.filePath(QStringLiteral("x.svg")), QStringLiteral("--org-names"), QStringLiteral("fr")},
                        nullptr, &err),
                 2);
        QVERIFY2(QString::fromUtf8(err).contains(QLatin1String("--org-names")), err.constData());
        QByteArray help;
        QCOMPARE(runCli({QStringLiteral("export-chart"), QStringLiteral("--help")}, &help), 0);
        QVERIFY(help.contains("--org-names"));
    }
};

QTEST_MAIN(TstOrgNames)
#include "tst_orgnames.moc"
