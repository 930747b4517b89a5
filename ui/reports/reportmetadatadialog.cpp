#include "reportmetadatadialog.h"

#include "common/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lodestone {

ReportMetadataDialog::ReportMetadataDialog(const Report& report, const QString& analyst, QWidget* parent)
    : QDialog(parent), m_report(report), m_analyst(analyst), m_setDate(new QCheckBox(tr("Set the publication date"), this)),
      m_date(new QDateEdit(this)), m_precision(new QComboBox(this)), m_url(new QLineEdit(report.doc.url, this)),
      m_publisher(new QLineEdit(report.doc.publisher, this)), m_note(new QLineEdit(this)), m_current(new QLabel(this))
{
    setWindowTitle(tr("Correct Report Metadata"));
    const auto& published = report.doc.published;
    m_current->setWordWrap(true);
    m_current->setText(published && published->isValid()
                           ? tr("Now: published %1 (%2 precision; %3). Events dated from it are resolved again when it changes.")
                                 .arg(formatSpan(*published), precisionLabel(published->precision), dateRuleLabel(published->rule))
                           : tr("Now: no publication date, so its partial and relative dates are undated. Setting one dates them."));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(published && published->isValid() ? published->start : QDate::currentDate());
    for (Precision p : {Precision::Day, Precision::Month, Precision::Year})
        m_precision->addItem(precisionLabel(p), static_cast<int>(p));
    m_precision->setCurrentIndex(m_precision->findData(static_cast<int>(published ? published->precision : Precision::Day)));
    if (m_precision->currentIndex() < 0)
        m_precision->setCurrentIndex(0);
    m_setDate->setChecked(!published || !published->isValid());
    connect(m_setDate, &QCheckBox::toggled, this, &ReportMetadataDialog::updateDateWidgets);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_setDate->setChecked(true); });
    m_note->setPlaceholderText(tr("Why (recorded with the correction)"));

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_precision);
    auto* form = new QFormLayout;
    form->addRow(QString(), m_setDate);
    auto* dateLabel = new QLabel(tr("&Published:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("Pu&blisher:"), m_publisher);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateDateWidgets();
    resize(520, 260);
}

void ReportMetadataDialog::updateDateWidgets()
{
    m_precision->setEnabled(m_setDate->isChecked());
}

ReportCorrection ReportMetadataDialog::correction() const
{
    ReportCorrection c;
    c.reportId = m_report.id;
    if (m_setDate->isChecked()) {
        const QDate d = m_date->date();
        const QString rule = QStringLiteral("analyst: %1").arg(m_analyst);
        DateSpan span;
        switch (static_cast<Precision>(m_precision->currentData().toInt())) {
        case Precision::Month: span = DateSpan::month(d.year(), d.month(), rule); break;
        case Precision::Year: span = DateSpan::year(d.year(), rule); break;
        default: span = DateSpan::day(d, rule); break;
        }
        const auto& old = m_report.doc.published;
        if (!old || !old->isValid() || !(span == *old) || !old->rule.startsWith(QLatin1String("analyst")))
            c.published = span;
    }
    if (m_url->text().trimmed() != m_report.doc.url)
        c.url = m_url->text().trimmed();
    if (m_publisher->text().trimmed() != m_report.doc.publisher)
        c.publisher = m_publisher->text().trimmed();
    return c;
}

QString ReportMetadataDialog::note() const
{
    return m_note->text().trimmed();
}

void ReportMetadataDialog::setPublished(QDate day, Precision precision)
{
    m_date->setDate(day);
    m_precision->setCurrentIndex(m_precision->findData(static_cast<int>(precision)));
    m_setDate->setChecked(true);
}

void ReportMetadataDialog::setUrl(const QString& url) { m_url->setText(url); }
void ReportMetadataDialog::setPublisher(const QString& publisher) { m_publisher->setText(publisher); }

} // namespace lodestone
