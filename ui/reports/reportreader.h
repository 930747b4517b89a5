#pragma once
// Read-only reader for one report: metadata (title, publisher, URL opened only on click, published date
// with precision and rule, language, encoding and repairs) and the repaired text as plain text with
// organisations, dates and event evidence highlighted. GUI thread; the report is loaded and the mentions
// recomputed on QueryService's pool.
#include "highlighter.h"
#include "model/report.h"
#include "service/generation.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace lodestone {

class Gazetteer;
class WrapLabel;
class QueryService;

class ReportReader final : public QWidget {
    Q_OBJECT
public:
    ReportReader(QueryService& queries, std::shared_ptr<const Gazetteer> gazetteer, QWidget* parent = nullptr);

    qint64 currentReport() const { return m_current; }
    const QList<HighlightSpan>& highlights() const { return m_spans; }
    QTextBrowser* textView() const { return m_text; }

public slots:
    void setReport(qint64 reportId); // DataHub::reportSelected
    void reload();

signals:
    void eventClicked(qint64 eventId);
    // "Correct…": the analyst wants to correct this report's publication date, URL or publisher.
    void correctRequested(qint64 reportId);
    void organisationClicked(const QString& key);
    void loaded(qint64 reportId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showReport(const Report& report, const QList<HighlightSpan>& spans);
    void clearView(const QString& message);
    void retranslate();
    void openLink(const QUrl& url);
    void openUrl(); // the report's URL, in the browser (http and https only)

    QueryService& m_queries;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    WrapLabel* m_title;
    QLabel* m_meta;
    QLabel* m_url;
    QToolButton* m_correct;
    QLabel* m_repairs;
    QTextBrowser* m_text;
    qint64 m_current = 0;
    QString m_currentUrl;
    QList<HighlightSpan> m_spans;
    Generation m_gen;
};

} // namespace lodestone
