#include "reportreader.h"

#include "common/deliver.h"
#include "common/displaytext.h"
#include "common/wraplabel.h"
#include "extract/gazetteer.h"
#include "service/queryservice.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace lodestone {

namespace {

struct ReaderData final {
    std::optional<Report> report;
    QList<HighlightSpan> furniture;
    QList<OrgMention> mentions;
    QList<DateMention> dates;
    QList<Event> events;
};

// The URL with a zero-width space after each separator, so the label can wrap it there.
QString breakableUrl(const QString& url)
{
    QString out;
    out.reserve(url.size() + url.size() / 4);
    for (const QChar c : url) {
        out += c;
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('&') || c == QLatin1Char('=') ||
            c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('%'))
            out += QChar(0x200B);
    }
    return out;
}

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReportReader::ReportReader(QueryService& queries, std::shared_ptr<const Gazetteer> gazetteer, QWidget* parent)
    : QWidget(parent), m_queries(queries), m_gazetteer(std::move(gazetteer)), m_title(new WrapLabel(3, this)), m_meta(plainLabel(this)),
      m_url(new QLabel(this)), m_correct(new QToolButton(this)), m_repairs(plainLabel(this)), m_text(new QTextBrowser(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The URL wraps anywhere (break opportunities after its separators), so a long address never widens the dock;
    // it opens in the browser only when clicked, and only for http(s).
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setTextFormat(Qt::PlainText);
    m_url->setWordWrap(true);
    m_url->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_url->setCursor(Qt::PointingHandCursor);
    QFont linkFont = m_url->font();
    linkFont.setUnderline(true);
    m_url->setFont(linkFont);
    m_url->setForegroundRole(QPalette::Link);
    m_url->installEventFilter(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_repairs->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setUndoRedoEnabled(false);
    m_text->setReadOnly(true);
    m_text->setAcceptRichText(false);
    m_text->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto* metaRow = new QHBoxLayout;
    metaRow->addWidget(m_meta, 1);
    metaRow->addWidget(m_correct, 0, Qt::AlignTop);
    layout->addLayout(metaRow);
    layout->addWidget(m_url);
    retranslate();
    m_correct->setEnabled(false);
    connect(m_correct, &QToolButton::clicked, this, [this] { emit correctRequested(m_current); });
    layout->addWidget(m_repairs);
    layout->addWidget(m_text, 1);

    connect(m_text, &QTextBrowser::anchorClicked, this, &ReportReader::openLink);
    clearView(tr("Select a report to read it."));
}

void ReportReader::setReport(qint64 reportId)
{
    if (reportId == m_current)
        return;
    m_current = reportId;
    reload();
}

void ReportReader::reload()
{
    const qint64 id = m_current;
    const quint64 gen = m_gen.next();
    if (id <= 0) {
        clearView(tr("Select a report to read it."));
        return;
    }
    auto gazetteer = m_gazetteer;
    deliver(this, m_queries.run([id, gazetteer](ReadContext& ctx) {
        ReaderData d;
        d.report = ctx.stores.reports.get(id);
        if (!d.report)
            return d;
        const QString& text = d.report->doc.text;
        d.furniture = ReportHighlighter::furniture(text, d.report->doc.title);
        if (gazetteer) // as the import read them: none from furniture but the report's own source
            for (const OrgMention& m : gazetteer->findMentions(text)) {
                const Organisation* known = m.autoDetected ? nullptr : gazetteer->byKey(m.key);
                const bool inFurniture = std::any_of(d.furniture.cbegin(), d.furniture.cend(), [&](const HighlightSpan& f) {
                    return f.start <= m.start && m.end <= f.end;
                });
                if (!inFurniture || (known && known->kind == u"media"))
                    d.mentions << m;
            }
        // against the publication date only: without one, partial and relative dates stay unplaced
        const auto& published = d.report->doc.published;
        d.dates = DateResolver::findForReport(text, published && published->isValid() ? std::optional<QDate>(published->end) : std::nullopt);
        for (qint64 eventId : ctx.stores.events.idsForReport(id))
            if (auto ev = ctx.stores.events.get(eventId))
                d.events << *ev;
        return d;
    }),
        [this, gen, id](const ReaderData& d) {
        if (!m_gen.isCurrent(gen))
            return;
        if (!d.report) {
            clearView(tr("Report %1 is not in the database.").arg(id));
            return;
        }
        // furniture first: highlights of what was read go on top of it
        showReport(*d.report, d.furniture + ReportHighlighter::compute(d.report->doc.text, id, d.events, d.mentions, d.dates, m_gazetteer.get()));
        emit loaded(id);
    },
        [this, gen](const std::exception& e) {
        if (m_gen.isCurrent(gen))
            clearView(tr("Could not load the report: %1").arg(QString::fromUtf8(e.what())));
    });
}

void ReportReader::clearView(const QString& message)
{
    m_spans.clear();
    m_correct->setEnabled(false);
    m_title->setFullText(QString());
    m_meta->setText(message);
    m_url->hide();
    m_repairs->hide();
    m_text->setPlainText(QString());
}

void ReportReader::showReport(const Report& r, const QList<HighlightSpan>& spans)
{
    const ParsedDocument& d = r.doc;
    m_correct->setEnabled(true);
    m_title->setFullText(d.title.isEmpty() ? tr("(untitled report %1)").arg(r.id) : d.title);
    QStringList meta;
    if (!d.publisher.isEmpty())
        meta << d.publisher;
    if (d.published && d.published->isValid())
        meta << tr("published %1 (%2 precision, rule %3)")
                    .arg(formatSpan(*d.published), precisionLabel(d.published->precision),
                         dateRuleLabel(d.published->rule));
    else
        meta << tr("publication date unknown");
    if (!d.language.isEmpty())
        meta << tr("language %1").arg(d.language);
    if (!d.sourceEncoding.isEmpty())
        meta << tr("encoding %1").arg(d.sourceEncoding);
    if (!d.format.isEmpty())
        meta << tr("format %1").arg(d.format);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_currentUrl = d.url;
    m_url->setVisible(!d.url.isEmpty());
    m_url->setText(breakableUrl(d.url));
    m_url->setToolTip(tr("Open %1 in the web browser").arg(d.url));
    if (d.repairs.isEmpty()) {
        m_repairs->hide();
    } else {
        m_repairs->setText(tr("The text was repaired after decoding from %1: %2")
                               .arg(d.sourceEncoding.isEmpty() ? tr("an unknown encoding") : d.sourceEncoding,
                                    d.repairs.join(QStringLiteral("; "))));
        m_repairs->show();
    }
    // QTextDocument turns "\r\n" into one paragraph break; keep one character per UTF-16 unit so the
    // stored offsets still address the document.
    QString display = d.text;
    for (qsizetype i = 0; i + 1 < display.size(); ++i)
        if (display.at(i) == QLatin1Char('\r') && display.at(i + 1) == QLatin1Char('\n'))
            display[i] = QLatin1Char(' ');
    m_text->setPlainText(display);
    ReportHighlighter::apply(m_text->document(), spans);
    m_spans = spans;
}

void ReportReader::openLink(const QUrl& url)
{
    if (url.scheme() != QLatin1String("lodestone"))
        return; // report text is never navigated to
    const QString path = url.path();
    if (path.startsWith(QLatin1String("event/")))
        emit eventClicked(path.mid(6).toLongLong());
    else if (path.startsWith(QLatin1String("org/")))
        emit organisationClicked(QUrl::fromPercentEncoding(path.mid(4).toUtf8()));
}

void ReportReader::retranslate()
{
    m_correct->setText(tr("Correct…"));
    m_correct->setToolTip(tr("Correct the publication date, URL or publisher; the report's events are dated again"));
}

void ReportReader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_correct) {
        retranslate();
        reload(); // the metadata line is worded in the language
    }
    QWidget::changeEvent(event);
}

void ReportReader::openUrl()
{
    const QUrl url(m_currentUrl);
    if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        QDesktopServices::openUrl(url);
}

bool ReportReader::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_url && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        openUrl();
        return true;
    }
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = m_text->cursorForPosition(help->pos());
        const QString tip = cursor.charFormat().toolTip();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_text->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lodestone
