#include "timelineemptystate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace lodestone {

namespace {
constexpr int kDropMargin = 18; // the dashed drop zone's distance from the edges
}

TimelineEmptyState::TimelineEmptyState(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_about(new QLabel(this)), m_drop(new QLabel(this)),
      m_demoNote(new QLabel(this)), m_files(new QPushButton(this)), m_folder(new QPushButton(this)),
      m_demo(new QPushButton(this))
{
    setObjectName(QStringLiteral("timelineEmptyState"));
    m_files->setObjectName(QStringLiteral("emptyState.importFiles"));
    m_folder->setObjectName(QStringLiteral("emptyState.importFolder"));
    m_demo->setObjectName(QStringLiteral("emptyState.demo"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* l : {m_title, m_about, m_drop, m_demoNote}) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignHCenter);
    }
    QPalette muted = m_drop->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_drop->setPalette(muted);
    m_demoNote->setPalette(muted);
    m_demo->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch(1);
    buttons->addWidget(m_files);
    buttons->addWidget(m_folder);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    // The text sits in a column of bounded width, centred; the labels fill the column so that word wrap
    // gets the column's width (a label placed with an alignment would keep its one-line size hint).
    auto* content = new QWidget(this);
    content->setMaximumWidth(660);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(14);
    column->addWidget(m_title);
    column->addWidget(m_about);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(m_demoNote);
    column->addSpacing(8);
    column->addWidget(m_drop);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 4);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(kDropMargin + 24, kDropMargin + 24, kDropMargin + 24, kDropMargin + 24);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_files, &QPushButton::clicked, this, &TimelineEmptyState::importFilesRequested);
    connect(m_folder, &QPushButton::clicked, this, &TimelineEmptyState::importFolderRequested);
    connect(m_demo, &QPushButton::clicked, this, &TimelineEmptyState::demoRequested);
    retranslate();
}

void TimelineEmptyState::retranslate()
{
    m_title->setText(tr("This database has no reports yet"));
    m_about->setText(tr("Lodestone reads the reports you collect — articles, saved web pages, RSS and Atom feeds, PDFs, "
                        "JSON or CSV lists — repairs their text, finds the organisations they name and the dated events "
                        "they describe, and lays those events out here on a timeline, each linked to the sentence that "
                        "supports it. You then grade and verify the reports and export charts and briefings."));
    m_files->setText(tr("Import files…"));
    m_folder->setText(tr("Import folder…"));
    m_demo->setText(tr("Load the demo corpus"));
    m_demoNote->setText(tr("The demo corpus holds short write-ups of real, public rare-earth supply-chain events, "
                           "so you can try every view before importing your own material."));
    m_drop->setText(tr("…or drop files and folders anywhere on this window."));
}

void TimelineEmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineEmptyState::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    // A dashed drop zone around the message: the whole window accepts dropped files and folders.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Mid), 2.0, Qt::DashLine);
    pen.setDashPattern({6, 4});
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(kDropMargin, kDropMargin, -kDropMargin, -kDropMargin), 12, 12);
}

} // namespace lodestone
