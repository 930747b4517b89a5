#include "eventexportcontroller.h"

#include "common/dateformat.h"

#include "common/categorylabels.h"
#include "common/datahub.h"
#include "common/deliver.h"
#include "interchange/exportsource.h"
#include "reports/analystname.h"
#include "service/queryservice.h"
#include "util/log.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>
#include <algorithm>

namespace lodestone {

namespace {

struct ExportOutcome {
    int events = 0;
    Error error;
};

struct FormatChoice {
    InterchangeFormat format;
    QString filter; // file dialog filter, translated
    const char* suffix;
};

QList<FormatChoice> formatChoices()
{
    return {{InterchangeFormat::Csv, EventExportController::tr("CSV spreadsheet (*.csv)"), "csv"},
            {InterchangeFormat::Json, EventExportController::tr("JSON (*.json)"), "json"},
            {InterchangeFormat::Stix, EventExportController::tr("STIX 2.1 bundle (*.json)"), "json"},
            {InterchangeFormat::TimelineJs, EventExportController::tr("TimelineJS (*.json)"), "json"}};
}

} // namespace

EventExportController::EventExportController(DataHub& hub, QWidget* dialogParent)
    : QObject(dialogParent), m_hub(hub), m_dialogParent(dialogParent)
{
}

void EventExportController::exportWithDialog()
{
    QSettings settings;
    const QList<FormatChoice> choices = formatChoices();
    QStringList filters;
    for (const FormatChoice& c : choices)
        filters << c.filter;
    const int last = std::clamp(settings.value(QStringLiteral("export/eventFormat"), 0).toInt(), 0, int(choices.size()) - 1);
    QString selected = filters.at(last);
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString name = QStringLiteral("lodestone-events-%1.%2")
                             .arg(QDate::currentDate().toString(Qt::ISODate), QString::fromLatin1(choices.at(last).suffix));
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Events"), QDir(folder).filePath(name),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const int index = std::max<int>(0, int(filters.indexOf(selected)));
    const FormatChoice& choice = choices.at(index);
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QString::fromLatin1(choice.suffix);
    settings.setValue(QStringLiteral("export/eventFormat"), index);
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    exportTo(path, choice.format);
}

void EventExportController::exportTo(const QString& path, InterchangeFormat format)
{
    const EventFilter filter = m_hub.filter();
    EventExporter::Options options;
    options.headline = tr("Lodestone events");
    if (format == InterchangeFormat::Stix) { // the bundle names who shares it: the analyst's name, without asking
        options.author = AnalystName::remembered();
        if (options.author.isEmpty())
            options.author = AnalystName::osUser();
    }
    options.groupLabels = allCategoryLabels();
    const QString introDate = DateFormat::day(QDate::currentDate());
    deliver(this, m_hub.queries().run([filter, format, path, options, introDate](ReadContext& ctx) mutable {
        const ExportPayload payload = ExportSource::gather(ctx.stores, filter, format);
        ExportSource::apply(payload, options);
        options.intro = EventExportController::tr("%n events exported on %1", nullptr, int(payload.events.size())).arg(introDate);
        ExportOutcome outcome;
        outcome.events = int(payload.interchange ? payload.interchange->events.size() : payload.events.size());
        outcome.error = EventExporter::write(payload.events, format, path, options);
        return outcome;
    }),
        [this, path](const ExportOutcome& o) {
        if (o.error) {
            log::get("ui.export")->error("event export to {} failed: {}", path.toStdString(), o.error.detail.toStdString());
            const QString message = tr("The events could not be written to %1.\n\n%2").arg(QDir::toNativeSeparators(path), o.error.detail);
            if (m_dialogParent && m_dialogParent->isVisible())
                QMessageBox::warning(m_dialogParent, tr("Export Events"), message);
            emit finished(false, message);
            return;
        }
        emit finished(true, tr("%n events written to %1", nullptr, o.events).arg(QDir::toNativeSeparators(path)));
    },
        [this](const std::exception& e) {
        emit finished(false, tr("The events could not be exported: %1").arg(QString::fromUtf8(e.what())));
    });
}

} // namespace lodestone
