#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QKeySequence>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lodestone {

namespace {

QString row(const QString& key, const QString& what)
{
    return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what);
}

QString keys(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

UserGuideDialog::UserGuideDialog(const QString& databasePath, const QString& logFilePath, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_logFilePath(logFilePath), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Lodestone User Guide"));
    m_text->setOpenExternalLinks(false);
    m_text->setHtml(html());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString UserGuideDialog::html() const
{
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Getting started"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Bring reports in with File › Import Files… or Import Folder…, or drop files and folders on the window. "
                     "Lodestone repairs their text, finds the organisations and dated events they describe and shows the "
                     "events on the timeline. An empty database offers the demo corpus to try things out."));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Click a marker to see the event's details, double-click it to read the report behind it, and grade "
                     "reports in the Verification panel. The filter bar narrows the timeline, the tables and the charts "
                     "together."));

    h += QStringLiteral("<h2>%1</h2><table>").arg(tr("Keyboard and mouse"));
    h += row(keys(QKeySequence::Open), tr("Import files"));
    h += row(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)), tr("New database"));
    h += row(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)), tr("Open another database"));
    h += row(tr("Mouse wheel, + and −"), tr("Zoom the timeline around the cursor"));
    h += row(tr("Drag, ← and →"), tr("Move along the timeline"));
    h += row(tr("Shift+wheel, ↑ and ↓"), tr("Scroll through the lanes"));
    h += row(tr("Shift+drag"), tr("Select a time range (it becomes the date filter)"));
    h += row(keys(QKeySequence(Qt::Key_Home)), tr("Fit all events in view"));
    h += row(keys(QKeySequence(Qt::Key_Escape)), tr("Clear the selected event"));
    h += row(keys(QKeySequence::Refresh), tr("Reload from the database"));
    h += row(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)), tr("Mark the selected reports verified"));
    h += row(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)), tr("Mark them disputed"));
    h += row(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)), tr("Mark them rejected"));
    h += row(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)), tr("Mark them unverified"));
    h += row(keys(QKeySequence::Undo) + QStringLiteral(" / ") + keys(QKeySequence::Redo), tr("Undo or redo a verification change"));
    h += row(keys(QKeySequence(Qt::Key_F1)), tr("This guide"));
    h += row(keys(QKeySequence::Quit), tr("Quit"));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><ul>").arg(tr("What the timeline shows"));
    h += QStringLiteral("<li>%1</li>").arg(tr("A <b>hollow circle</b> is an event whose reports are all still unverified."));
    h += QStringLiteral("<li>%1</li>").arg(tr("A <b>filled circle</b> is backed by at least one verified report."));
    h += QStringLiteral("<li>%1</li>").arg(tr("A <b>struck-through, faded marker</b> is disputed, or rejected (the event or its reports)."));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("A <b>bar</b> is an event known only to the month, quarter or year: it spans that whole period."));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("A <b>numbered badge</b> is a cluster of events too close to tell apart at this zoom; zoom in to separate them."));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Colours are categories (policy, export control, quota, partnership…); lanes are categories, organisations "
                     "or a single lane, as chosen above the timeline."));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("The <b>text beside a marker or bar</b> is the event's title, shortened with … where room is short; "
                     "the selected event and the one under the mouse are always named."));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("<b>File › Export Timeline…</b> draws the timeline for the dates, lanes and filter you choose — with "
                     "its axis, lane names, titles, legend and sources — as a PDF, a print-resolution PNG or an SVG."));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2><table>").arg(tr("Where your data lives"));
    h += row(tr("This database"), QDir::toNativeSeparators(m_databasePath).toHtmlEscaped());
    h += QStringLiteral("<tr><td colspan='2'>%1</td></tr>")
             .arg(tr("One SQLite file holds the reports, events, organisations and the whole verification history. "
                     "Copy it with File › Back Up Database… while Lodestone runs; open another one with File › Open Database…."));
    h += row(tr("Settings"), QDir::toNativeSeparators(QSettings().fileName()).toHtmlEscaped());
    if (!m_logFilePath.isEmpty())
        h += row(tr("Log file"), QDir::toNativeSeparators(m_logFilePath).toHtmlEscaped());
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("The command line works on the same files: run <tt>lodestone --help</tt>."));
    return h;
}

} // namespace lodestone
