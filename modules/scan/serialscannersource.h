#pragma once

#include "scanlinesplitter.h"

#include <QObject>
#include <QSerialPort>
#include <QStringList>

namespace pd::scan {

// A handheld scanner in serial mode (USB CDC/virtual COM port, or RS-232):
// each scan arrives as one line. Keeps keystrokes out of the picture
// entirely, and reads non-ASCII payloads byte for byte, which keyboard mode
// cannot. The scanner's baud rate is usually 9600 (its manual's default).
class SerialScannerSource : public QObject {
    Q_OBJECT

public:
    static constexpr qint32 defaultBaudRate = 9600;

    explicit SerialScannerSource(QObject *parent = nullptr);
    ~SerialScannerSource() override;

    // Names to offer in the settings ("ttyACM0", "COM3").
    static QStringList availablePorts();

    QString portName() const { return m_portName; }
    void setPortName(const QString &name) { m_portName = name; }
    qint32 baudRate() const { return m_baudRate; }
    void setBaudRate(qint32 baudRate) { m_baudRate = baudRate; }

    bool isOpen() const { return m_port.isOpen(); }
    // False with a translated reason (also sent by failed()) when the port
    // cannot be opened.
    bool open(QString *error = nullptr);
    void close();

Q_SIGNALS:
    // One scan, bytes as the scanner sent them, without the line end.
    void scanned(const QByteArray &payload);
    void failed(const QString &reason);

private:
    void readAvailable();

    QSerialPort m_port;
    QString m_portName;
    qint32 m_baudRate = defaultBaudRate;
    ScanLineSplitter m_splitter;
};

} // namespace pd::scan
