#include "serialscannersource.h"

#include "scanlogging.h"

#include <QSerialPortInfo>

namespace pd::scan {

SerialScannerSource::SerialScannerSource(QObject *parent) : QObject(parent)
{
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScannerSource::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        // Unplugging the scanner is a ResourceError; the port is useless after it.
        if (error == QSerialPort::ResourceError) {
            const QString reason = tr("The scanner on %1 was disconnected.").arg(m_portName);
            close();
            Q_EMIT failed(reason);
        }
    });
}

SerialScannerSource::~SerialScannerSource()
{
    close();
}

QStringList SerialScannerSource::availablePorts()
{
    QStringList names;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        names << info.portName();
    return names;
}

bool SerialScannerSource::open(QString *error)
{
    close();
    m_port.setPortName(m_portName);
    QString reason;
    if (m_portName.isEmpty()) {
        reason = tr("No serial port chosen for the scanner.");
    } else if (!m_port.open(QIODevice::ReadOnly)) {
        reason = tr("Cannot open the scanner on %1: %2").arg(m_portName, m_port.errorString());
    } else if (!m_port.setBaudRate(m_baudRate) || !m_port.setDataBits(QSerialPort::Data8)
               || !m_port.setParity(QSerialPort::NoParity)
               || !m_port.setStopBits(QSerialPort::OneStop)) {
        reason = tr("Cannot set up the scanner port %1: %2").arg(m_portName, m_port.errorString());
        m_port.close();
    }
    if (!reason.isEmpty()) {
        qCWarning(lcScan).noquote() << reason;
        if (error)
            *error = reason;
        Q_EMIT failed(reason);
        return false;
    }
    qCInfo(lcScan).noquote() << "Serial scanner open on" << m_portName;
    return true;
}

void SerialScannerSource::close()
{
    if (m_port.isOpen())
        m_port.close();
    m_splitter.clear();
}

void SerialScannerSource::readAvailable()
{
    for (const QByteArray &line : m_splitter.feed(m_port.readAll())) {
        qCDebug(lcScan) << "Serial scan of" << line.size() << "bytes";
        Q_EMIT scanned(line);
    }
}

} // namespace pd::scan
