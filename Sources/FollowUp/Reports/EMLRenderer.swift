import Foundation

/// A complete MIME message (RFC 5322, 2045-2047): `multipart/alternative` with the report as
/// UTF-8 text (a line per row, readable in any font; overdue rows marked `!`) and as HTML (charts as tables, which mail clients draw), quoted-printable,
/// with From, To, Subject, Date and Message-ID; `sendmail -t` sends it as it is.
///
/// Date and Message-ID come from the injected clock, so the same report at the same moment
/// is the same message.
public struct EMLRenderer: TextReportRenderer {
  /// Sender and recipients.
  public var mail: MailHeaders
  /// The Date header.
  public var now: Date

  /// Creates the renderer.
  public init(mail: MailHeaders = MailHeaders(), now: Date = Date(timeIntervalSince1970: 0)) {
    self.mail = mail
    self.now = now
  }

  /// `.eml`.
  public var format: ReportFormat { .eml }

  func write(_ report: Report, to out: inout some TextOutputStream) {
    let time = UTCTime(now)
    var text = ""
    TextRenderer(color: false, layout: .list).write(report, to: &text)
    if report.parts.contains(where: { $0.groups.contains { $0.alerts.contains(true) } }) { text += "\n! = overskredet\n" }
    var html = ""
    HTMLRenderer(chartStyle: .table).write(report, to: &html)
    let to = mail.to.map(MIMEMessage.address)
    let id = MIMEMessage.fingerprint([report.mailSubject, to.joined(separator: ","), time.iso, text])
    let domain = mail.from.address.split(separator: "@").last.map(String.init) ?? "localhost"
    let boundary = "=_followup_" + id
    out.write(MIMEMessage.header("From", MIMEMessage.address(mail.from)))
    if !to.isEmpty { out.write(MIMEMessage.header("To", to.joined(separator: ",\r\n "))) }
    out.write(MIMEMessage.header("Subject", MIMEMessage.encodedText(report.mailSubject)))
    out.write(MIMEMessage.header("Date", time.rfc5322))
    out.write(MIMEMessage.header("Message-ID", "<\(id).\(time.ics)@\(domain)>"))
    out.write(MIMEMessage.header("MIME-Version", "1.0"))
    out.write(MIMEMessage.header("Content-Language", "da"))
    out.write(MIMEMessage.header("Content-Type", "multipart/alternative; boundary=\"\(boundary)\""))
    out.write("\r\n")
    for (type, body) in [("text/plain", text), ("text/html", html)] {
      out.write("--\(boundary)\r\n")
      out.write(MIMEMessage.header("Content-Type", "\(type); charset=utf-8"))
      out.write(MIMEMessage.header("Content-Transfer-Encoding", "quoted-printable"))
      out.write("\r\n")
      out.write(MIMEMessage.quotedPrintable(body))
    }
    out.write("--\(boundary)--\r\n")
  }
}
