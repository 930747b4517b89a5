#include "pdfreader.h"

#include "datetextparser.h"
#include "filebudget.h"
#include "textreader.h"
#include "util/log.h"

#include <QDateTime>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

namespace lodestone {

namespace {

QString toQString(const poppler::ustring& s)
{
    const poppler::byte_array utf8 = s.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function(
            [](const std::string& msg, void*) { log::ingest()->debug("poppler: {}", msg); }, nullptr);
    });
}

} // namespace

ReadResult PdfReader::read(const QByteArray& bytes)
{
    silencePoppler();
    if (!bytes.startsWith("%PDF-") && !bytes.left(1024).contains("%PDF-"))
        return ReadResult::failure(ErrorCode::Parse, QStringLiteral("pdf header '%PDF-' missing"));
    try {
        std::unique_ptr<poppler::document> doc(
            poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
        if (!doc)
            return ReadResult::failure(ErrorCode::Parse, QStringLiteral("poppler could not load the pdf (damaged)"));
        if (doc->is_locked())
            return ReadResult::failure(ErrorCode::Unsupported, QStringLiteral("pdf is encrypted (password required)"));
        const int pages = doc->pages();
        if (pages <= 0)
            return ReadResult::failure(ErrorCode::Parse, QStringLiteral("pdf has no pages"));
        const FileBudget budget = FileBudgetScope::current();
        if (pages > budget.pdfPages)
            return ReadResult::failure(ErrorCode::OverBudget, QStringLiteral("%1 pages, limit %2")
                                                                  .arg(pages).arg(budget.pdfPages));
        QStringList parts;
        qsizetype chars = 0;
        for (int i = 0; i < pages; ++i) {
            // Between pages: poppler cannot be interrupted inside one, so a page costs at most once over the budget.
            if (Error e = FileBudgetScope::checkTime(QStringLiteral("stopped at page %1 of %2").arg(i + 1).arg(pages)))
                return {{}, e};
            std::unique_ptr<poppler::page> page(doc->create_page(i));
            if (!page)
                continue;
            parts.append(toQString(page->text(poppler::rectf(), poppler::page::physical_layout)).trimmed());
            chars += parts.back().size();
            if (chars > budget.textChars)
                return {{}, FileBudgetScope::tooMuchText(chars)};
        }
        ParsedDocument out;
        out.format = QStringLiteral("pdf");
        out.text = parts.join(QStringLiteral("\n\n")).trimmed();
        out.text.remove(QChar(0x000C));
        if (out.text.isEmpty())
            return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("pdf has no extractable text (scanned?)"));
        out.title = toQString(doc->get_title()).simplified();
        if (out.title.isEmpty())
            out.title = TextReader::shortenTitle(out.text.section(u'\n', 0, 0).trimmed());
        out.publisher = toQString(doc->info_key("Author")).simplified();
        if (!out.publisher.isEmpty())
            out.publisherRule = QStringLiteral("meta:pdf:Author");
        // the info dictionary's dates: when the document was made (a report's publication, as near as a PDF says)
        for (const char* key : {"CreationDate", "ModDate"}) {
            const time_t t = doc->info_date_t(key);
            if (t <= 0)
                continue;
            const QDate day = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(t), Qt::UTC).date();
            if (day.isValid() && day.year() >= 1990 && day <= QDate::currentDate().addDays(1)) {
                out.published = DateSpan::day(day, QStringLiteral("meta:pdf:") + QString::fromLatin1(key));
                break;
            }
        }
        return {{out}, Error::none()};
    } catch (const std::exception& e) {
        return ReadResult::failure(ErrorCode::Parse, QStringLiteral("poppler exception: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        return ReadResult::failure(ErrorCode::Parse, QStringLiteral("poppler exception"));
    }
}

} // namespace lodestone
