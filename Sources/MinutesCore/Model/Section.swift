/// A part of an item under one heading (`Sagsfremstilling`, `Beslutning`, ...).
public struct Section: Hashable, Sendable, Codable {
  /// The known headings of Danish minutes; anything else is `.other` and keeps its heading.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Text before any heading.
    case body
    /// Resume.
    case resume
    /// Sagsfremstilling.
    case caseText
    /// Supplerende sagsfremstilling.
    case supplementaryCaseText
    /// Sagen afgøres endelig af.
    case decidedBy
    /// Lovgrundlag.
    case legalBasis
    /// Vision, politikker og strategier.
    case policies
    /// Økonomi.
    case economy
    /// Andre konsekvenser.
    case otherConsequences
    /// Indstilling, Beslutningspunkter.
    case recommendation
    /// Beslutning, Beslutninger.
    case decision
    /// Bilag.
    case attachments
    /// Sagsforløb: the history of earlier decisions.
    case history
    /// A heading the reader does not know.
    case other
  }

  /// The kind.
  public var kind: Kind
  /// The heading as written (without formatting); empty for `.body`.
  public var heading: String
  /// The text, as paragraphs.
  public var paragraphs: [Paragraph]
  /// The heading's line.
  public var line: Int

  /// Creates a section.
  public init(kind: Kind, heading: String, paragraphs: [Paragraph] = [], line: Int) {
    self.kind = kind
    self.heading = heading
    self.paragraphs = paragraphs
    self.line = line
  }

  /// The paragraphs joined by line breaks.
  public var text: String { paragraphs.map(\.text).joined(separator: "\n") }
}

/// A paragraph, list item or sub-heading of a section.
public struct Paragraph: Hashable, Sendable, Codable {
  /// What the paragraph is.
  public enum Style: String, Hashable, Sendable, Codable {
    case text, bullet, subheading
  }

  /// The text, wrapped lines joined.
  public var text: String
  /// The style.
  public var style: Style
  /// Nesting of a list item (0 for the outermost).
  public var depth: Int
  /// The first line.
  public var line: Int

  /// Creates a paragraph.
  public init(text: String, style: Style = .text, depth: Int = 0, line: Int) {
    self.text = text
    self.style = style
    self.depth = depth
    self.line = line
  }
}

/// An earlier decision quoted in an item: `Beslutning fra Direktionens møde den 25. september
/// 2024, pkt. 8:` and the text under it, or one block of a `Sagsforløb`.
public struct QuotedDecision: Hashable, Sendable, Codable {
  /// How the minutes quote it.
  public enum Form: String, Hashable, Sendable, Codable {
    /// `Beslutning fra <body> den <date>, pkt. N:` and the text up to the next heading.
    case heading
    /// `Udvalg: / Dato: / Punktnummer:` lines in a `Sagsforløb` section.
    case history
  }

  /// The body that decided, genitive removed (`Direktionen`, `HovedMED`).
  public var body: String
  /// The date, corrected when the written one cannot be right.
  public var date: Day?
  /// The date as written, when it was corrected.
  public var writtenDate: Day?
  /// The item number at that meeting, when given.
  public var itemNumber: Int?
  /// The decision text.
  public var paragraphs: [Paragraph]
  /// The quote's header line.
  public var line: Int
  /// The form.
  public var form: Form

  /// Creates a quoted decision.
  public init(
    body: String, date: Day?, writtenDate: Day? = nil, itemNumber: Int?, paragraphs: [Paragraph],
    line: Int, form: Form = .heading
  ) {
    self.body = body
    self.date = date
    self.writtenDate = writtenDate
    self.itemNumber = itemNumber
    self.paragraphs = paragraphs
    self.line = line
    self.form = form
  }

  /// The paragraphs joined by line breaks.
  public var text: String { paragraphs.map(\.text).joined(separator: "\n") }
}

extension Section.Kind {
  /// The kind's name in Danish, as reports and `check` print it.
  public var danishName: String {
    switch self {
    case .body: return "tekst"
    case .resume: return "resumé"
    case .caseText: return "sagsfremstilling"
    case .supplementaryCaseText: return "supplerende sagsfremstilling"
    case .decidedBy: return "kompetence"
    case .legalBasis: return "lovgrundlag"
    case .policies: return "politikker"
    case .economy: return "økonomi"
    case .otherConsequences: return "konsekvenser"
    case .recommendation: return "indstilling"
    case .decision: return "beslutning"
    case .attachments: return "bilag"
    case .history: return "sagsforløb"
    case .other: return "anden overskrift"
    }
  }
}
