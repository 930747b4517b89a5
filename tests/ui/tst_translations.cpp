// Checks the Chinese translation: the .ts in the source tree is complete and consistent, lupdate finds no
// string in ui/ and app/ that the .ts lacks, and the compiled .qm answers with the .ts translations.
#include "charts/chartbuilder.h"
#include "charts/chartcaptions.h"
#include "common/categorylabels.h"
#include "common/displaytext.h"
#include "reports/admiralty.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kTsName = QStringLiteral("lodestone_zh_CN.ts");
const QString kQmName = QStringLiteral("lodestone_zh_CN.qm");

// One <message> of a .ts file.
struct TsEntry {
    QString context;
    QString source;
    QString comment;
    QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one per numerus form, or one
    bool numerus = false;
    QString where() const { return context + QStringLiteral(" / \"") + source.left(60) + QLatin1Char('"'); }
};

struct TsFile {
    QString language;
    QList<TsEntry> entries;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                out.language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                entry = TsEntry{};
                entry.context = context;
                entry.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (name == u"source") {
                entry.source = xml.readElementText();
            } else if (name == u"comment") {
                entry.comment = xml.readElementText();
            } else if (name == u"translation") {
                entry.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!entry.numerus)
                    entry.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                entry.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.entries << entry;
        }
    }
    if (xml.hasError())
        out.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// %1..%99, %L1, %n, %Ln as they appear in the text.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

QString tsPath()
{
    return QDir(QStringLiteral(LODESTONE_SOURCE_DIR)).filePath(QStringLiteral("translations/") + kTsName);
}

QString findLupdate()
{
    const QStringList candidates = {QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
                                    QStringLiteral("/usr/lib/qt6/bin/lupdate"), QStandardPaths::findExecutable(QStringLiteral("lupdate6"))};
    for (const QString& c : candidates)
        if (!c.isEmpty() && QFileInfo(c).isExecutable())
            return c;
    return {};
}

// The .qm as the application sees it (embedded under :/i18n), else the one lrelease wrote into the build tree.
QString findQm()
{
    const QString embedded = QStringLiteral(":/i18n/") + kQmName;
    if (QFile::exists(embedded))
        return embedded;
    const QDir build = QFileInfo(QStringLiteral(LODESTONE_BIN_DIR)).dir();
    for (const QString& rel : {QStringLiteral("app/") + kQmName, QStringLiteral("app/.lrelease/") + kQmName, kQmName}) {
        if (QFile::exists(build.filePath(rel)))
            return build.filePath(rel);
    }
    QDirIterator it(build.path(), {kQmName}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

QString describe(const QStringList& problems)
{
    const qsizetype shown = std::min<qsizetype>(problems.size(), 25);
    QString text = QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + problems.mid(0, shown).join(QStringLiteral("\n  "));
    if (shown < problems.size())
        text += QStringLiteral("\n  …");
    return text;
}

} // namespace

class TstTranslations final : public QObject {
    Q_OBJECT

private slots:
    void tsIsComplete();
    void tsIsConsistent();
    void lupdateFindsNothingNew();
    void compiledTranslationMatchesTs();
    void labelsSpeakChinese();
    void qtOwnTranslationInstalled();
};

void TstTranslations::tsIsComplete()
{
    const TsFile ts = readTs(tsPath());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("zh_CN"));
    QVERIFY2(ts.entries.size() > 100, "the .ts holds suspiciously few entries");
    QStringList problems;
    for (const TsEntry& e : ts.entries) {
        if (e.type == u"unfinished")
            problems << QStringLiteral("unfinished: ") + e.where();
        else if (e.type == u"obsolete" || e.type == u"vanished")
            problems << e.type + QStringLiteral(": ") + e.where();
        if (e.translations.isEmpty())
            problems << QStringLiteral("no translation: ") + e.where();
        for (const QString& t : e.translations)
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + e.where();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TstTranslations::tsIsConsistent()
{
    const TsFile ts = readTs(tsPath());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    static const QRegularExpression accelerator(QStringLiteral("&([A-Za-z])"));
    static const QRegularExpression latinLetter(QStringLiteral("[A-Za-z]"));
    QStringList problems;
    for (const TsEntry& e : ts.entries) {
        if (e.numerus && e.translations.size() != 1)
            problems << QStringLiteral("Chinese has one plural form, found %1: ").arg(e.translations.size()) + e.where();
        const QSet<QString> wanted = placeholders(e.source);
        const QRegularExpressionMatch acc = accelerator.match(e.source);
        for (const QString& t : e.translations) {
            const QSet<QString> got = placeholders(t);
            if (got != wanted)
                problems << QStringLiteral("placeholders {%1} became {%2}: ")
                                .arg(QStringList(wanted.cbegin(), wanted.cend()).join(QLatin1Char(',')),
                                     QStringList(got.cbegin(), got.cend()).join(QLatin1Char(','))) +
                                e.where();
            if (acc.hasMatch() && !t.contains(QLatin1Char('&') + acc.captured(1), Qt::CaseInsensitive))
                problems << QStringLiteral("accelerator &%1 lost: ").arg(acc.captured(1)) + e.where();
            if (e.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n')))
                problems << QStringLiteral("final line break differs: ") + e.where();
            // A sentence left in English: the source has words and the translation is the source itself.
            if (t == e.source && e.source.count(latinLetter) > 12)
                problems << QStringLiteral("left in English: ") + e.where();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TstTranslations::lupdateFindsNothingNew()
{
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty())
        QSKIP("lupdate is not installed (package qt6-l10n-tools)");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(kTsName);
    QVERIFY(QFile::copy(tsPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess p;
    p.setWorkingDirectory(QStringLiteral(LODESTONE_SOURCE_DIR));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
                      QStringLiteral("cpp,h"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
    QVERIFY2(p.waitForFinished(180000), "lupdate did not finish within 3 minutes");
    const QString output = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output));

    const TsFile before = readTs(tsPath());
    const TsFile after = readTs(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QStringList problems;
    for (const TsEntry& e : after.entries)
        if (e.type == u"unfinished")
            problems << QStringLiteral("new or changed string without translation: ") + e.where();
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems) + QStringLiteral("\nRun scripts/update-translations and translate them.")));
    // -no-obsolete drops strings gone from the code: the .ts must not keep dead entries either.
    QVERIFY2(after.entries.size() == before.entries.size(),
             qPrintable(QStringLiteral("the .ts has %1 entries, the code %2: run scripts/update-translations")
                            .arg(before.entries.size())
                            .arg(after.entries.size())));
}

void TstTranslations::compiledTranslationMatchesTs()
{
    const QString qm = findQm();
    if (qm.isEmpty())
        QSKIP("no compiled lodestone_zh_CN.qm: build the lodestone target first");
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(QStringLiteral("cannot load %1").arg(qm)));
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    const TsFile ts = readTs(tsPath());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    static const QRegularExpression cjk(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    QStringList problems;
    int chinese = 0;
    for (const TsEntry& e : ts.entries) {
        const QByteArray context = e.context.toUtf8();
        const QByteArray source = e.source.toUtf8();
        const QByteArray comment = e.comment.toUtf8();
        const char* disambiguation = e.comment.isEmpty() ? nullptr : comment.constData();
        if (e.numerus) {
            for (int n : {1, 3, 42}) {
                const QString got = QCoreApplication::translate(context.constData(), source.constData(), disambiguation, n);
                QString expected = e.translations.value(0);
                expected.replace(QStringLiteral("%n"), QString::number(n));
                if (got != expected)
                    problems << QStringLiteral("n=%1 gives \"%2\": ").arg(n).arg(got) + e.where();
            }
        } else {
            const QString got = QCoreApplication::translate(context.constData(), source.constData(), disambiguation);
            if (got != e.translations.value(0))
                problems << QStringLiteral("gives \"%1\": ").arg(got.left(40)) + e.where();
        }
        if (e.translations.value(0).contains(cjk))
            ++chinese;
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 is stale or incomplete; ").arg(qm) + describe(problems)));
    // Nearly every entry is Chinese; the few that are not are names (Qt, SQLite) and pure formats ("%1 · %2").
    QVERIFY2(chinese * 10 >= ts.entries.size() * 9, qPrintable(QStringLiteral("only %1 of %2 translations contain Chinese")
                                                                     .arg(chinese)
                                                                     .arg(ts.entries.size())));
    // The translator is really gone again: the menu title is back to its source text.
    QCOMPARE(QCoreApplication::translate("lodestone::MainWindow", "&File"), QStringLiteral("&File"));
}

// Helpers outside QObject classes pick their translation context by hand; lupdate files a string under the
// context it sees in the code. When the two disagree the .ts is complete but the label stays English.
void TstTranslations::labelsSpeakChinese()
{
    const QString qm = findQm();
    if (qm.isEmpty())
        QSKIP("no compiled lodestone_zh_CN.qm: build the lodestone target first");
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QStringList labels;
    for (int c = 0; c < lodestone::kCategoryCount; ++c)
        labels << lodestone::categoryLabel(static_cast<lodestone::Category>(c));
    for (auto s : lodestone::Admiralty::statuses())
        labels << lodestone::statusLabel(s);
    for (auto p : {lodestone::Precision::Day, lodestone::Precision::Month, lodestone::Precision::Quarter, lodestone::Precision::Year})
        labels << lodestone::precisionLabel(p);
    labels << lodestone::roleLabel(QStringLiteral("actor")) << lodestone::roleLabel(QStringLiteral("mentioned"));
    for (const QString& code : lodestone::Admiralty::reliabilityCodes())
        labels << lodestone::Admiralty::reliabilityMeaning(code);
    for (int code : lodestone::Admiralty::credibilityCodes())
        labels << lodestone::Admiralty::credibilityMeaning(code);
    labels << lodestone::Admiralty::actionLabel(QStringLiteral("bulk"));
    for (int k = 0; k < lodestone::kChartKindCount; ++k)
        labels << lodestone::ChartBuilder::title(static_cast<lodestone::ChartKind>(k));
    for (auto b : {lodestone::ChartBucket::Auto, lodestone::ChartBucket::Week, lodestone::ChartBucket::Year})
        labels << lodestone::ChartBuilder::bucketName(b);
    labels << lodestone::ChartCaptions::filterText(lodestone::EventFilter{}, lodestone::ChartData{})
           << lodestone::ChartCaptions::sourcesText(lodestone::ChartData{});
    QCoreApplication::removeTranslator(&translator);

    static const QRegularExpression cjk(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    QStringList english;
    for (const QString& l : labels)
        if (!l.contains(cjk))
            english << l;
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("left in English: ") + english.join(QStringLiteral(" | "))));
}

void TstTranslations::qtOwnTranslationInstalled()
{
    // app/translations.cpp loads Qt's own strings (standard buttons, file dialogs) for the same language.
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(QDir(dir).filePath(QStringLiteral("qtbase_zh_CN.qm"))))
        QSKIP("qtbase_zh_CN.qm is not installed (package qt6-translations-l10n)");
    QTranslator qt;
    QVERIFY(qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"), dir));
    QVERIFY(!qt.isEmpty());
    const QString cancel = qt.translate("QPlatformTheme", "Cancel");
    QVERIFY2(!cancel.isEmpty() && cancel != QStringLiteral("Cancel"), qPrintable(cancel));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
