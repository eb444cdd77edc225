#pragma once

#include "session.h"

#include <QWidget>

class QLabel;

namespace pd::app {

// Version, device and the attributions the data sources require.
class AboutPage : public QWidget {
    Q_OBJECT

public:
    AboutPage(Session &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session &m_session;
    QLabel *m_text = nullptr;
};

} // namespace pd::app
