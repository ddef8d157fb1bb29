import MinutesCore
import Testing

@Suite struct SentenceAndNameTests {
  @Test func sentencesSurviveAbbreviations() {
    let s = SentenceSplitter.sentences(
      "Tidsplanen er, at forløbet er klar den 1. november 2024. HR-konsulenten fremsender f.eks. et notat jf. pkt. 3 kl. 10.00 m.v. Det afklares bl.a. om det går.")
    #expect(s.count == 3)
    #expect(s[0] == "Tidsplanen er, at forløbet er klar den 1. november 2024.")
    #expect(s[1].hasPrefix("HR-konsulenten fremsender f.eks."))
  }

  @Test func theNumberOfAnItemOpeningASentenceIsNoEnd() {
    // "Punkt 28." opening a sentence numbers the item it is about; "punkt 4." inside one may end it.
    #expect(SentenceSplitter.sentences("Punkt 28. Aftale med Lejerbo 13/39690 udsat. Dagsordenen godkendt.").count == 2)
    #expect(SentenceSplitter.sentences("Godkendt. Sag nr. 7. Valg af formand udsat.").count == 2)
    #expect(SentenceSplitter.sentences("Vi behandlede punkt 4. Det blev godkendt.").count == 2)
  }

  @Test func initialsAreNoSentenceEnd() {
    #expect(SentenceSplitter.sentences("Elisabeth B. Christensen deltager. Det er godt.").count == 2)
    // Initials run together are one name; lower-case abbreviations so written still end a sentence.
    #expect(
      SentenceSplitter.sentences("Godkendt. J.P. Christiansen kontakter Vejdirektoratet. H.C. Andersen sender referatet.")
        == ["Godkendt.", "J.P. Christiansen kontakter Vejdirektoratet.", "H.C. Andersen sender referatet."])
    #expect(SentenceSplitter.sentences("Udgifter til kaffe m.v. Det blev godkendt.").count == 2)
  }

  @Test(arguments: [
    ("Chef for Økonomi og HR Ove Weller Nielsen", "Ove Weller Nielsen", "Chef for Økonomi og HR"),
    ("IT-sikkerhedskonsulent & DPO Nadia Kynde Rahbek", "Nadia Kynde Rahbek", "IT-sikkerhedskonsulent & DPO"),
    ("Kommunal Projektleder Lene Kudsk", "Lene Kudsk", "Kommunal Projektleder"),
    ("Udviklingschef Lars Klemensen", "Lars Klemensen", "Udviklingschef"),
    // The area of a title after its `for` is no name; a holder's name after it is.
    ("Direktøren for Nære Sundhedstilbud", nil, "Direktøren for Nære Sundhedstilbud"),
    ("Direktør for Teknik og Miljø Peter Rask", "Peter Rask", "Direktør for Teknik og Miljø"),
  ] as [(String, String?, String)])
  func namesAndRoles(_ c: (String, String?, String)) {
    let (name, role) = NameGrammar.splitNameAndRole(c.0)
    #expect(name == c.1)
    #expect(role == c.2)
  }

  @Test func titleWithAndIsOneRole() {
    let m = NameGrammar.mentions(in: "HR-konsulent Ditte Ågård Pedersen og Konsulent og Arbejdsmiljøleder Alice Ervolder Olesen")
    #expect(m.map(\.name) == ["Ditte Ågård Pedersen", "Alice Ervolder Olesen"])
    #expect(m.map(\.role) == ["HR-konsulent", "Konsulent og Arbejdsmiljøleder"])
  }

  @Test func foldingReadsAaAsÅ() {
    #expect(DanishFolding.key("Ditte Aagård Pedersen") == DanishFolding.key("Ditte Ågård Pedersen"))
    #expect(DanishFolding.key("Fagchef for Job- og Borgerservice") == "fagchef for job og borgerservice")
  }
}
