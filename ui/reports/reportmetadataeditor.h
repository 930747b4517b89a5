#pragma once
// The report panel's "Correct…" flow: reads the report on a QueryService pool thread, shows the
// ReportMetadataDialog and writes the correction through the Writer (CorrectionCommands::correctReport, which
// re-resolves the report's events and appends to the correction history). GUI thread.
#include <QObject>
#include <QPointer>

class QWidget;

namespace lodestone {

class QueryService;
class ReportMetadataDialog;
class Writer;

class ReportMetadataEditor final : public QObject {
    Q_OBJECT
public:
    ReportMetadataEditor(Writer& writer, QueryService& queries, QWidget* dialogParent);

    ReportMetadataDialog* openDialog() const; // the dialog while it is open (tests)

public slots:
    void edit(qint64 reportId);

signals:
    void finished(bool ok, const QString& message);

private:
    Writer& m_writer;
    QueryService& m_queries;
    QWidget* m_parent;
    QPointer<ReportMetadataDialog> m_dialog;
};

} // namespace lodestone
