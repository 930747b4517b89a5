// Switching the language while the app runs, both ways: after View › Language › 简体中文 every menu, action,
// label, button, combo box item, placeholder, tooltip, dock title, tab, table and list header, chart title,
// axis and legend, and the timeline's axis (months) are Chinese; after switching back to English none of them
// is. Combo boxes grow with their texts. The database is empty so every text on screen is the program's own.
#include "charts/chartspanel.h"
#include "common/datahub.h"
#include "common/orgnames.h"
#include "extract/gazetteer.h"
#include "mainwindow.h"
#include "service/queryservice.h"
#include "service/writer.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QActionGroup>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace lodestone;

namespace {

// The .qm files lrelease wrote into the build tree.
QString findQm(const QString& name)
{
    const QDir build = QFileInfo(QStringLiteral(LODESTONE_BIN_DIR)).dir();
    QDirIterator it(build.path(), {name}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

QTranslator* g_translator = nullptr;

QString installLanguage(const QString& code)
{
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    const bool chinese = code.startsWith(QLatin1String("zh"));
    auto* t = new QTranslator;
    if (t->load(findQm(chinese ? QStringLiteral("lodestone_zh_CN.qm") : QStringLiteral("lodestone_en.qm")))) {
        QCoreApplication::installTranslator(t);
        g_translator = t;
    } else {
        delete t;
    }
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates));
    return chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

struct Text {
    QString where;
    QString text;
};

void add(QList<Text>& out, const QString& where, const QString& text)
{
    if (!text.trimmed().isEmpty())
        out << Text{where, text};
}

void addMenu(QList<Text>& out, QMenu* menu, const QString& path)
{
    add(out, path, menu->title());
    for (QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            addMenu(out, a->menu(), path + QLatin1String(" › ") + a->menu()->title());
            continue;
        }
        add(out, path + QLatin1String(" › action"), a->text());
        add(out, path + QLatin1String(" › tooltip"), a->toolTip() == a->text().remove(QLatin1Char('&')) ? QString() : a->toolTip());
    }
}

// Every text the window shows or offers.
QList<Text> allTexts(MainWindow& window)
{
    QList<Text> out;
    add(out, QStringLiteral("window title"), window.windowTitle());
    for (QAction* a : window.menuBar()->actions())
        if (a->menu())
            addMenu(out, a->menu(), a->menu()->title());
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&window) && !qobject_cast<QDockWidget*>(w))
            continue;
        const QString name = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        add(out, name + QLatin1String(" tooltip"), w->toolTip());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(out, name, l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(out, name, b->text());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            add(out, name + QLatin1String(" placeholder"), e->placeholderText());
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                add(out, name + QLatin1String(" item"), c->itemText(i));
        if (auto* d = qobject_cast<QDateEdit*>(w))
            add(out, name + QLatin1String(" special"), d->specialValueText());
        if (auto* d = qobject_cast<QDockWidget*>(w))
            add(out, name + QLatin1String(" dock"), d->windowTitle());
        if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                add(out, name + QLatin1String(" tab"), t->tabText(i));
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model())
            for (int c = 0; c < v->model()->columnCount(); ++c)
                add(out, name + QLatin1String(" header"), v->model()->headerData(c, Qt::Horizontal).toString());
        if (auto* t = qobject_cast<QTreeWidget*>(w))
            for (int c = 0; c < t->columnCount(); ++c)
                add(out, name + QLatin1String(" header"), t->headerItem()->text(c));
    }
    if (auto* charts = window.findChild<ChartsPanel*>()) {
        for (int k = 0; k < kChartKindCount; ++k) {
            QChart* chart = charts->chart(static_cast<ChartKind>(k));
            add(out, QStringLiteral("chart title"), chart->title());
            for (QAbstractAxis* axis : chart->axes()) {
                add(out, QStringLiteral("chart axis title"), axis->titleText());
                if (auto* cat = qobject_cast<QBarCategoryAxis*>(axis))
                    for (const QString& c : cat->categories())
                        add(out, QStringLiteral("chart axis"), c);
            }
            for (QLegendMarker* m : chart->legend()->markers())
                add(out, QStringLiteral("chart legend"), m->label());
        }
    }
    TimelineView* view = window.timeline()->view();
    view->grab();
    for (const QString& label : view->lastPaint().axisLabels)
        add(out, QStringLiteral("timeline axis"), label);
    return out;
}

// Words of the program that are the same in Chinese: names, formats, units.
const QStringList kKeep = {QStringLiteral("Lodestone"), QStringLiteral("English"), QStringLiteral("PDF"), QStringLiteral("PNG"),
                           QStringLiteral("SVG"), QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("STIX"),
                           QStringLiteral("TimelineJS"), QStringLiteral("ISO"), QStringLiteral("RSS"), QStringLiteral("Atom"),
                           QStringLiteral("HTML"), QStringLiteral("Markdown"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Home"),
                           QStringLiteral("dpi"), QStringLiteral("px"), QStringLiteral("Qt"), QStringLiteral("SQLite"),
                           QStringLiteral("Baogang"), QStringLiteral("Group"), QStringLiteral("OFFICIAL")};

QStringList notInLanguage(const QList<Text>& texts, bool chinese, const QString& dbPath)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{3400}-\\x{9FFF}]"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList problems;
    for (const Text& t : texts) {
        QString text = t.text;
        text.remove(dbPath);
        text.remove(QStringLiteral("简体中文")); // the language menu names each language in itself
        text.remove(QStringLiteral("中文"));
        if (!chinese) {
            if (text.contains(cjk))
                problems << QStringLiteral("%1: \"%2\"").arg(t.where, t.text);
            continue;
        }
        for (const QString& k : kKeep)
            text.remove(k);
        if (text.contains(word) && t.text != QStringLiteral("English"))
            problems << QStringLiteral("%1: \"%2\"").arg(t.where, t.text);
    }
    problems.removeDuplicates();
    return problems;
}

QStringList clippedCombos(MainWindow& window)
{
    QStringList out;
    for (QComboBox* c : window.findChildren<QComboBox*>()) {
        if (!c->isVisibleTo(&window))
            continue;
        const int needed = c->fontMetrics().horizontalAdvance(c->currentText()) + 24;
        if (c->width() < needed)
            out << QStringLiteral("%1 %2 px for \"%3\" (%4 px)").arg(c->objectName()).arg(c->width()).arg(c->currentText()).arg(needed);
    }
    return out;
}

void switchTo(MainWindow& window, const QString& code)
{
    QMenu* view = nullptr;
    for (QAction* a : window.menuBar()->actions())
        if (a->menu() && a->menu()->findChild<QMenu*>() && a->menu()->actions().size() > 5)
            view = view ? view : a->menu();
    QAction* target = nullptr;
    for (QActionGroup* g : window.findChildren<QActionGroup*>())
        for (QAction* a : g->actions())
            if (a->data().toString() == code && (code != QLatin1String("en") || a->text() == QLatin1String("English")))
                target = a;
    QVERIFY2(target, qPrintable(code));
    target->trigger();
    QCoreApplication::processEvents();
    QTest::qWait(300); // LanguageChange is posted; panels reload their (empty) data
    QCoreApplication::processEvents();
}

} // namespace

class TstLanguageSwitch final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LodestoneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
        QSettings().clear();
        OrgNames::setMode(OrgNameMode::English, false);
        if (findQm(QStringLiteral("lodestone_zh_CN.qm")).isEmpty())
            QSKIP("no compiled lodestone_zh_CN.qm: build the lodestone target first");
        installLanguage(QStringLiteral("en"));
    }

    void bothWays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        auto gazetteer = Gazetteer::bundled();
        Writer writer(path, gazetteer);
        QVERIFY(!writer.start());
        QueryService queries(path);
        AppContext ctx;
        ctx.writer = &writer;
        ctx.queries = &queries;
        ctx.gazetteer = gazetteer;
        ctx.databasePath = path;
        ctx.language = QStringLiteral("en");
        ctx.setLanguage = installLanguage;
        MainWindow window(ctx);
        window.resize(1500, 920);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(500);
        // Three months on the axis, so it shows month names.
        TimelineView* view = window.timeline()->view();
        view->showRange(QDate(2024, 2, 1).toJulianDay(), QDate(2024, 4, 30).toJulianDay());

        QStringList english = notInLanguage(allTexts(window), false, path);
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("before switching:\n") + english.join(QLatin1Char('\n'))));

        switchTo(window, QStringLiteral("zh_CN"));
        const QList<Text> zh = allTexts(window);
        QStringList problems = notInLanguage(zh, true, path);
        for (const QString& p : problems) // QVERIFY2 cuts long messages
            qInfo().noquote() << "not Chinese:" << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("left in English after switching to Chinese:\n") + problems.join(QLatin1Char('\n'))));
        bool chineseMonth = false;
        for (const Text& t : zh)
            chineseMonth |= t.where == QLatin1String("timeline axis") && t.text.contains(QStringLiteral("月"));
        QVERIFY2(chineseMonth, "the timeline's month axis is not in Chinese");
        QStringList clipped = clippedCombos(window);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));

        switchTo(window, QStringLiteral("en"));
        const QList<Text> en = allTexts(window);
        problems = notInLanguage(en, false, path);
        for (const QString& p : problems)
            qInfo().noquote() << "not English:" << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("left in Chinese after switching back:\n") + problems.join(QLatin1Char('\n'))));
        bool englishMonth = false;
        for (const Text& t : en)
            englishMonth |= t.where == QLatin1String("timeline axis") && (t.text == QLatin1String("Mar") || t.text == QLatin1String("Apr"));
        QVERIFY2(englishMonth, "the timeline's month axis is not in English");
        clipped = clippedCombos(window);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));

        // English plurals come from lodestone_en.qm: "1 category", "3 categories" (never "category(ies)"),
        // and the category button is wide enough for its words and its arrow.
        auto* categories = window.findChild<QToolButton*>(QStringLiteral("categoryFilter"));
        QVERIFY(categories && categories->menu());
        const QList<QAction*> actions = categories->menu()->actions();
        for (int i = 1; i < actions.size(); ++i)
            actions[i]->setChecked(false);
        QCOMPARE(categories->text(), QStringLiteral("1 category"));
        actions[1]->setChecked(true);
        actions[2]->setChecked(true);
        QCOMPARE(categories->text(), QStringLiteral("3 categories"));
        for (QAction* a : actions)
            a->setChecked(true);
        QCOMPARE(categories->text(), QStringLiteral("All categories"));
        QVERIFY(categories->width() >= categories->fontMetrics().horizontalAdvance(categories->text()) + 16);
        window.close();
    }
};

QTEST_MAIN(TstLanguageSwitch)
#include "tst_languageswitch.moc"
