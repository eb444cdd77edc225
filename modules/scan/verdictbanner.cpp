#include "verdictbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::scan {

namespace {
struct Colours {
    QColor background;
    QColor text;
};

// White on dark green and red, black on amber: each pair is above 4.5:1
// contrast (WCAG AA), and the laptop screens at checkpoints are often in
// daylight.
Colours coloursFor(VerdictBanner::State state)
{
    switch (state) {
    case VerdictBanner::State::Green:
        return {QColor(0x1b, 0x6e, 0x34), Qt::white};
    case VerdictBanner::State::Amber:
        return {QColor(0xf5, 0xb3, 0x01), Qt::black};
    case VerdictBanner::State::Red:
        return {QColor(0xb7, 0x1c, 0x1c), Qt::white};
    case VerdictBanner::State::Ready:
        break;
    }
    return {QColor(0xe3, 0xe8, 0xec), QColor(0x26, 0x32, 0x38)};
}

// The colour is not the only sign: heavy check mark, warning sign, heavy
// multiplication x.
QString symbolFor(VerdictBanner::State state)
{
    switch (state) {
    case VerdictBanner::State::Green:
        return QStringLiteral("\u2714");
    case VerdictBanner::State::Amber:
        return QStringLiteral("\u26a0");
    case VerdictBanner::State::Red:
        return QStringLiteral("\u2716");
    case VerdictBanner::State::Ready:
        break;
    }
    return {};
}

VerdictBanner::State stateFor(CheckpointVerdict::Light light)
{
    switch (light) {
    case CheckpointVerdict::Light::Green:
        return VerdictBanner::State::Green;
    case CheckpointVerdict::Light::Amber:
        return VerdictBanner::State::Amber;
    case CheckpointVerdict::Light::Red:
        break;
    }
    return VerdictBanner::State::Red;
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_symbol = new QLabel(this);
    m_symbol->setObjectName(QStringLiteral("verdictSymbol"));
    m_symbol->setFont(scaledFont(font(), 4.0, true));
    m_symbol->setAlignment(Qt::AlignCenter);
    m_symbol->setFixedWidth(m_symbol->fontMetrics().horizontalAdvance(QStringLiteral("\u2716")) * 3
                            / 2);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("verdictTitle"));
    m_title->setFont(scaledFont(font(), 2.2, true));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("verdictName"));
    m_name->setFont(scaledFont(font(), 1.8, true));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("verdictReason"));
    m_reason->setFont(scaledFont(font(), 1.2, false));
    // Long names and reasons wrap or are cut, never widen the window.
    for (QLabel *label : {m_title, m_name, m_reason}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setTextFormat(Qt::PlainText);
    }
    m_reason->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_name);
    text->addWidget(m_reason);
    text->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_symbol);
    layout->addLayout(text, 1);

    // Room for all three lines whatever is shown, so the page below never
    // jumps when a verdict comes or goes.
    const int bannerHeight = layout->contentsMargins().top() + layout->contentsMargins().bottom()
        + m_title->fontMetrics().height() + m_name->fontMetrics().height()
        + 2 * m_reason->fontMetrics().height() + 3 * text->spacing();
    setFixedHeight(qMax(bannerHeight, m_symbol->fontMetrics().height() + 16));

    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &VerdictBanner::clear);
    applyColours();
    retranslateUi();
}

QString VerdictBanner::title() const
{
    return m_title->text();
}

QString VerdictBanner::name() const
{
    return m_name->text();
}

QString VerdictBanner::reason() const
{
    return m_reason->text();
}

void VerdictBanner::showVerdict(const CheckpointVerdict &verdict)
{
    present(stateFor(verdict.light), verdict.title, verdict.name, verdict.reason);
}

void VerdictBanner::showFailure(const QString &message)
{
    present(State::Red, tr("Not recorded — scan again"), QString(), message);
}

void VerdictBanner::clear()
{
    m_holdTimer.stop();
    if (m_state == State::Ready)
        return;
    m_state = State::Ready;
    applyColours();
    retranslateUi();
    Q_EMIT stateChanged(m_state);
}

void VerdictBanner::present(State state, const QString &title, const QString &name,
                            const QString &reason)
{
    m_state = state;
    m_title->setText(title);
    m_name->setText(name);
    m_reason->setText(reason);
    m_symbol->setText(symbolFor(state));
    setAccessibleName(QStringList {title, name, reason}.join(QLatin1Char('\n')).trimmed());
    applyColours();
    m_holdTimer.start(m_holdMs);
    Q_EMIT stateChanged(m_state);
}

void VerdictBanner::applyColours()
{
    const Colours colours = coloursFor(m_state);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, colours.background);
    palette.setColor(QPalette::WindowText, colours.text);
    setPalette(palette);
}

void VerdictBanner::retranslateUi()
{
    if (m_state != State::Ready)
        return; // a verdict keeps the words it was given until it goes
    m_symbol->clear();
    m_title->setText(tr("Ready to scan"));
    m_name->clear();
    m_reason->setText(tr("Show the code to the camera or scan it with the handheld scanner. "
                         "No code: F2."));
    setAccessibleName(m_title->text());
}

void VerdictBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace pd::scan
