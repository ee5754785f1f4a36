// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The client of bench_forwarding.sh: sends N small JSON POSTs (a Channex booking webhook) one
// after the other to each of two URLs, on one keep-alive connection per URL, in alternating
// blocks so that both see the same machine, and prints the median and the 99th percentile of the
// time from writing a request to having read its whole answer.
//
// Usage: bench_forward_latency [--requests N] [--block B] DIRECT_URL FORWARDED_URL
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

class Client
{
public:
    explicit Client(const QUrl &url) : m_url(url) { }

    // Nanoseconds for one request and its answer; none when it failed (printed).
    std::optional<qint64> post(const QByteArray &body)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.connectToHost(m_url.host(), quint16(m_url.port(80)));
            if (!m_socket.waitForConnected(5000))
                return fail(m_socket.errorString());
        }
        const QByteArray request = "POST " + m_url.path().toUtf8()
            + " HTTP/1.1\r\nHost: " + m_url.authority().toUtf8()
            + "\r\nContent-Type: application/json\r\nUser-Agent: Channex\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QElapsedTimer timer;
        timer.start();
        m_socket.write(request);
        QByteArray answer;
        qsizetype headerEnd = -1;
        qsizetype length = -1;
        while (headerEnd < 0 || answer.size() < headerEnd + 4 + length) {
            if (!m_socket.waitForReadyRead(10000))
                return fail(u"no answer: "_s + m_socket.errorString());
            answer += m_socket.readAll();
            if (headerEnd < 0 && (headerEnd = answer.indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = answer.first(headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                length = at < 0
                    ? 0
                    : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (!answer.startsWith("HTTP/1.1 2"))
                    return fail(QString::fromLatin1(answer.first(answer.indexOf('\r'))));
            }
        }
        return timer.nsecsElapsed();
    }

private:
    std::optional<qint64> fail(const QString &why)
    {
        QTextStream(stderr) << m_url.toString() << ": " << why << Qt::endl;
        m_socket.abort();
        return std::nullopt;
    }

    QUrl m_url;
    QTcpSocket m_socket;
};

double percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return double(values.at(index)) / 1000.0; // µs
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption requestsOption(u"requests"_s, u"Requests per URL."_s, u"N"_s,
                                            u"10000"_s);
    const QCommandLineOption blockOption(u"block"_s, u"Requests per block."_s, u"B"_s, u"500"_s);
    parser.addOptions({requestsOption, blockOption});
    parser.addPositionalArgument(u"direct"_s, u"The app's URL."_s);
    parser.addPositionalArgument(u"forwarded"_s, u"The receiver's URL, forwarding to it."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        parser.showHelp(2);
    const int requests = parser.value(requestsOption).toInt();
    const int block = std::max(1, parser.value(blockOption).toInt());
    Client direct(QUrl(parser.positionalArguments().at(0)));
    Client forwarded(QUrl(parser.positionalArguments().at(1)));

    QList<qint64> directTimes, forwardedTimes;
    int failed = 0;
    for (int sent = 0; sent < requests; sent += block) {
        for (auto [client, times] :
             {std::pair {&direct, &directTimes}, std::pair {&forwarded, &forwardedTimes}}) {
            for (int i = sent; i < std::min(requests, sent + block); ++i) {
                const QByteArray body
                    = R"({"event":"booking_new","property_id":"716305c4-561a-4561-a187-7f5b8aeb5920","timestamp":"2026-12-07T10:00:00Z","payload":{"booking_id":"b-)"
                    + QByteArray::number(i) + R"(","revision_id":"r-)" + QByteArray::number(i)
                    + R"("}})";
                if (const std::optional<qint64> ns = client->post(body))
                    times->append(*ns);
                else
                    ++failed;
            }
        }
    }
    if (directTimes.isEmpty() || forwardedTimes.isEmpty())
        return 1;
    QTextStream out(stdout);
    out << "| Path | Requests | Median (µs) | p99 (µs) |\n|---|---:|---:|---:|\n";
    out << "| Direct to the app | " << directTimes.size() << " | " << percentile(directTimes, 0.5)
        << " | " << percentile(directTimes, 0.99) << " |\n";
    out << "| Through the receiver, forwarded | " << forwardedTimes.size() << " | "
        << percentile(forwardedTimes, 0.5) << " | " << percentile(forwardedTimes, 0.99) << " |\n";
    out << "\nAdded by forwarding: median "
        << percentile(forwardedTimes, 0.5) - percentile(directTimes, 0.5) << " µs, p99 "
        << percentile(forwardedTimes, 0.99) - percentile(directTimes, 0.99)
        << " µs; failed requests: " << failed << Qt::endl;
    return failed == 0 ? 0 : 1;
}
