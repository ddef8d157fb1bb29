#!/usr/bin/env python3
"""Generates ../gold.json for blind39 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
M=[]; A=[]; OPT=[]; P=[]; OP=[]; C=[]
def meeting(src,com,date,st,loc,att,items):
    assert len(set(att))==len(att), "duplicate attendee"
    M.append(dict(source=src,committee=com,date=date,startTime=st,location=loc,attendees=att,
      items=[dict(number=n,title=t,journalNumber=j,closed=cl,outcome=o,participants=pa,
                  priorDecisions=[dict(body=b,date=d,item=i,outcome=oc) for b,d,i,oc in pr])
             for (n,t,j,cl,o,pa,pr) in items]))
def it(n,t,j=None,o="none",closed=False,part=(),prior=()):
    return (n,t,j,closed,o,list(part),list(prior))
def act(com,date,item,sentence,key,owners,due,kind="task",source="decision",rng=None):
    assert key in sentence, (key, sentence)
    a=dict(committee=com,meetingDate=date,item=item,key=key,sentence=sentence,
           owners=[dict(name=o[0],kind=o[1],surface=o[2] if len(o)>2 else o[0]) for o in owners],
           due=due,kind=kind,source=source)
    if rng:
        assert rng[0] <= due <= rng[1]; a["dueRange"]=list(rng)
    A.append(a)
def opt(date,item,*keys):
    for k in keys: OPT.append(dict(meetingDate=date,item=item,key=k))
def pp(com,date,item,jn,target,phrase,source="decision"):
    P.append(dict(journalNumber=jn,committee=com,meetingDate=date,item=item,target=target,phrase=phrase,source=source))
def op(jn,title,com,count,target):
    OP.append(dict(journalNumber=jn,title=title,committee=com,count=count,target=target))
def case(jn,title,apps,standing=False):
    C.append(dict(journalNumber=jn,title=title,standing=standing,appearances=[dict(committee=c,date=d,item=i) for c,d,i in apps]))
BR="Byrådet"; FU="Forretningsudvalget"; ØU="Økonomiudvalget"

# ------------------------------------------------------------ A Aarhus Børn og Unge-udvalget (Word -> pandoc Markdown)
BUU="Børn og Unge-udvalget"; D="2042-02-19"
meeting("aarhus-boern-og-unge-udvalget-2042-02-19.md",BUU,D,"15:00","Aarhus Rådhus, lokale 398",
 ["Karsten Pihl","Jonas Melgaard","Iben Agerbæk","Gitte Dreyer","Lise Smed","Jette Kaya","Emil Hauge Vind","Mette Riis"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Kapacitetsudvidelse på Skjoldhøjskolen og Tovshøjskolen","42/004417-12","referred"),
 it(3,"Dagtilbudsstrategi 2042-2046","42/001988-4","approved"),
 it(4,"Status på sprogvurderinger 2041","42/002076-1","noted",part=["Anders Lange"]),
 it(5,"Ansøgning om tilskud fra Gellerup Ungdomsklub til sommerlejr","42/003102-2","postponed"),
 it(6,"Skolestruktur i Hasle","41/019876-9","approved",prior=[(BUU,"2042-01-15",4,"postponed")]),
 it(7,"Eventuelt",None,"none"),
 it(8,"Personalesag",None,"approved",closed=True)])
act(BUU,D,2,"Sagen oversendes til Magistraten med henblik på en afklaring af finansieringen, inden sagen forelægges byrådet.",
    "Sagen oversendes til Magistraten",[("Magistraten","body")],None,"referral")
act(BUU,D,3,"Direktøren for Børn og Unge fremlægger en implementeringsplan for strategien på udvalgets møde den 16. april 2042.",
    "fremlægger en implementeringsplan for strategien",[("Helle Hesselberg","person","Direktøren for Børn og Unge")],"2042-04-16","presentation")
act(BUU,D,4,"Pædagogisk Afdeling udarbejder en opfølgning på indsatsen for tosprogede børn til udvalget primo juni 2042.",
    "Pædagogisk Afdeling udarbejder en opfølgning",[("Pædagogisk Afdeling","unit")],"2042-06-10","presentation",
    rng=("2042-06-01","2042-06-10"))
act(BUU,D,6,"Forvaltningen afholder et borgermøde i Hasle i uge 14.",
    "Forvaltningen afholder et borgermøde i Hasle",[("Forvaltningen","unit")],"2042-04-06",rng=("2042-03-31","2042-04-06"))
pp(BUU,"2042-01-15",4,"41/019876-9",None,"Sagen udsættes, indtil der foreligger en trafikanalyse","prior-decision")
pp(BUU,D,5,"42/003102-2","2042-03-05","Sagen udsættes til næste møde")
op("42/003102-2","Ansøgning om tilskud fra Gellerup Ungdomsklub til sommerlejr",BUU,1,"2042-03-05")
case("41/019876-9","Skolestruktur i Hasle",[(BUU,"2042-01-15",4),(BUU,D,6)])
case("42/004417-12","Kapacitetsudvidelse på Skjoldhøjskolen og Tovshøjskolen",
     [(BUU,D,2),("Magistraten","2042-03-03",None),(BR,"2042-03-12",2)])
opt(D,2,"Et flertal (A, F og Ø)","Emil Hauge Vind (C) deltog ikke i behandlingen af punktet",
    "at udvidelsen finansieres af den afsatte anlægsramme")
opt(D,3,"Indstillingen blev godkendt med 6 stemmer mod 2","mindretalsudtalelse ført til protokol")
opt(D,4,"at orienteringen tages til efterretning")
opt(D,5,"at ansøgningen imødekommes med 60.000 kr")
opt(D,6,"at der gennemføres en lokal inddragelsesproces","Indstillingen blev godkendt")

# ------------------------------------------------------------ B Aarhus Byrådet (pdftotext -layout, TOC with dotted leaders)
D="2042-03-12"
meeting("aarhus-byraadet-2042-03-12.txt",BR,D,"16:00","Byrådssalen, Aarhus Rådhus",
 ["Tobias Iversen","Nanna Zachariassen Clausen","Camilla Jakobsen Nørskov","Karsten Pihl","Ruth Aabo","Maja Bech",
  "Iben Agerbæk","Gitte Dreyer","Omar Kaae","Torben Damgaard",
  "Trine Brix Sejersen","Bente Havgaard","Jonas Melgaard","Mette Riis","Hans Jakobsen",
  "Freja Jessen","Cecilie Haddad","Lise Smed","Naja Bredahl","Bo Rosendal","Kasper Ravn","Jette Kaya",
  "Poul Svendsen","Camilla Eskildsen Holst","Emil Hauge Vind","Tove Hedegaard","Pernille Hauge",
  "Peter Riis","Ida Vang Storm","Dorthe Gade"],[
 it(1,"Godkendelse af dagsordenen",None,"approved"),
 it(2,"Kapacitetsudvidelse på Skjoldhøjskolen og Tovshøjskolen","42/004417-12","approved",part=["Helle Hesselberg"],
    prior=[(BUU,"2042-02-19",2,"referred"),("Magistraten","2042-03-03",None,"approved")]),
 it(3,"Kommuneplantillæg nr. 12 for Aarhus Ø - endelig vedtagelse","42/000877-6","approved"),
 it(4,"Forslag fra Enhedslisten om gratis buskort til unge under 18 år","42/002455-1","referred"),
 it(5,"Takstændring for Aarhus Vand 2042","42/003311-3","postponed"),
 it(6,"Besvarelse af spørgsmål fra Liberal Alliance om ventetider i PPR","42/002980-2","noted"),
 it(7,"Valg af nyt medlem til Børn og Unge-udvalget","42/003590-1","decided"),
 it(8,"Salg af ejendom på Sønder Allé","42/001204-7","approved",closed=True)])
act(BR,D,2,"Sagen oversendes til Magistraten med henblik på en afklaring af finansieringen, inden sagen forelægges byrådet.",
    "Sagen oversendes til Magistraten",[("Magistraten","body")],None,"referral",source="prior-decision")
act(BR,D,2,"Direktøren for Børn og Unge fremlægger en tidsplan for byggeriet for Børn og Unge-udvalget senest den 22. april 2042.",
    "fremlægger en tidsplan for byggeriet",[("Helle Hesselberg","person","Direktøren for Børn og Unge")],"2042-04-22","presentation")
act(BR,D,3,"Teknik og Miljø offentliggør den endelige vedtagelse senest 1.4.2042.",
    "Teknik og Miljø offentliggør den endelige vedtagelse",[("Teknik og Miljø","unit")],"2042-04-01")
act(BR,D,4,"Forslaget oversendes til behandling i Teknisk Udvalg.",
    "Forslaget oversendes til behandling i Teknisk Udvalg",[("Teknisk Udvalg","body")],None,"referral")
act(BR,D,6,"Rådmanden for Børn og Unge sender en skriftlig opfølgning til byrådets medlemmer inden udgangen af april 2042.",
    "sender en skriftlig opfølgning til byrådets medlemmer",[("Freja Jessen","person","Rådmanden for Børn og Unge")],"2042-04-30")
pp(BR,D,5,"42/003311-3","2042-03-26","Sagen udsættes til byrådets møde den 26. marts 2042")
op("42/003311-3","Takstændring for Aarhus Vand 2042",BR,1,"2042-03-26")
opt(D,2,"Ændringsforslaget blev forkastet med 8 stemmer mod 22","Indstillingen blev herefter vedtaget med 22 stemmer mod 5",
    "Mindretalsudtalelse fra Venstre","Rådmanden for Teknik og Miljø tog forbehold","Magistraten indstiller til byrådet")
opt(D,3,"Vedtaget med 26 stemmer mod 4")
opt(D,4,"Bo Rosendal (Ø) motiverede forslaget","For oversendelse stemte")
opt(D,6,"Besvarelsen blev taget til efterretning","Kasper Ravn (Ø) forlod mødet under behandlingen af punktet")
opt(D,7,"Hans Jakobsen (V) blev valgt som medlem af Børn og Unge-udvalget")

# ------------------------------------------------------------ C Aalborg Byrådet (pdftotext -layout, two columns, labels in a column)
D="2042-04-21"
meeting("aalborg-byraadet-2042-04-21.txt",BR,D,"16:00","Byrådssalen, Aalborg Rådhus, Boulevarden 13",
 ["Martin Bjerre","Johanne Lykke","Yasmin Kamp Quist","Ruth Lynge","Jørgen Kallesøe","Christian Ottosen","Ole Bisgaard",
  "Didde Lynge Degn","Hanne Jessen","Mette Sand","Henrik Fogh Kamp","Pernille Lind","Oliver Mose","Anders Thygesen",
  "Astrid Vestergaard","Rasmus Frost","Frida Clausen","Christian Juhl","Camilla Knudsen","Mads Clausen",
  "Thomas Salomonsen","Villads Svendsen Holst","Lene Stokholm","Jesper Riis","Bo Bisgaard","Leif Schou",
  "Jens Lundsgaard","Inger Svendsen","Tina Winther","Emil Bak"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Regnskab 2041 for Aalborg Kommune","2042-002218","approved"),
 it(3,"BRT-linje 2 - anlægsbevilling","2041-031177","approved"),
 it(4,"Kvalitetsstandarder for hjemmepleje 2042","2042-004512","postponed"),
 it(5,"Medlemsforslag fra SF om klimasikring af Hasseris Å","2042-006031","referred"),
 it(6,"Udpegning af nyt medlem til Ældrerådet","2042-005870","approved"),
 it(7,"Salg af areal på Stigsborg Havnefront","2041-027700","approved",prior=[("Magistraten","2042-04-07",None,"approved")]),
 it(8,"Meddelelser",None,"noted"),
 it(9,"Ekspropriation til BRT-linje 2",None,"approved",closed=True)])
act(BR,D,3,"By- og Landskabsforvaltningen afholder informationsmøder for de berørte grundejere i uge 20.",
    "By- og Landskabsforvaltningen afholder informationsmøder",[("By- og Landskabsforvaltningen","unit")],"2042-05-18",
    rng=("2042-05-12","2042-05-18"))
act(BR,D,5,"Forslaget henvises til Miljø- og Energiudvalget til videre behandling.",
    "Forslaget henvises til Miljø- og Energiudvalget",[("Miljø- og Energiudvalget","body")],None,"referral")
act(BR,D,7,"Stadsdirektøren forhandler de endelige vilkår med køberen og forelægger købsaftalen for Magistraten senest den 30.06.2042.",
    "Stadsdirektøren forhandler de endelige vilkår",[("Rasmus Hvidt","person","Stadsdirektøren")],"2042-06-30")
act(BR,D,8,"Borgmesteren inviterer gruppeformændene til et møde om budgetprocessen primo maj.",
    "Borgmesteren inviterer gruppeformændene",[("Martin Bjerre","person","Borgmesteren")],"2042-05-10",
    rng=("2042-05-01","2042-05-10"))
pp(BR,D,4,"2042-004512","2042-05-19","Sagen udsættes til byrådets møde den 19. maj 2042")
op("2042-004512","Kvalitetsstandarder for hjemmepleje 2042",BR,1,"2042-05-19")
case("2041-027700","Salg af areal på Stigsborg Havnefront",[("Magistraten","2042-04-07",None),(BR,D,7)])
opt(D,2,"Godkendt med 27 stemmer","Magistraten indstiller, at byrådet godkender regnskab 2041")
opt(D,3,"Ændringsforslaget blev forkastet med 6 stemmer mod 24","Indstillingen blev herefter godkendt med 28 stemmer mod 2",
    "Enhedslisten ønskede følgende ført til protokol")
opt(D,6,"Karen Smed udpeges som nyt medlem")
opt(D,7,"Thomas Salomonsen tog forbehold")
opt(D,8,"Borgmesteren orienterede om den kommende budgetproces")

# ------------------------------------------------------------ D Region Midtjylland Forretningsudvalget (pdftotext without -layout)
D="2042-05-13"
meeting("region-midtjylland-forretningsudvalget-2042-05-13.txt",FU,D,"10:00","Regionshuset Viborg, mødelokale F3",
 ["Louise Bisgaard","Fatima Iversen","Søren Bjerre","Tobias Lykke","Jesper Thygesen","Susanne Poulsen Agerbæk","Didde Bruun",
  "Astrid Rask","Iben Winther","Trine Munch","Iben Lauridsen","Vibeke Vestergaard","Frida Kamp","Rikke Quist Gade"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Økonomirapport pr. 31. marts 2042","1-30-72-8-42","noted",part=["Didde Fabricius"]),
 it(3,"Udbygning af akutmodtagelsen på Regionshospitalet Gødstrup","1-01-72-33-41","approved"),
 it(4,"Praksisplan for almen praksis 2042-2045","1-30-74-2-42","referred"),
 it(5,"Midttrafiks budget 2043","1-15-2-42","postponed",prior=[(FU,"2042-04-08",11,"postponed")]),
 it(6,"Regional udviklingsstrategi - handlingsplan 2043","1-30-76-9-42","approved"),
 it(7,"Meddelelser",None,"noted"),
 it(8,"Lejekontrakt for Regionshuset Holstebro",None,"approved",closed=True)])
act(FU,D,2,"Koncerndirektøren udarbejder en plan for nedbringelse af merforbruget på medicinområdet, som forelægges forretningsudvalget inden udgangen af 3. kvartal 2042.",
    "Koncerndirektøren udarbejder en plan for nedbringelse af merforbruget",[("Didde Fabricius","person","Koncerndirektøren")],"2042-09-30","presentation")
act(FU,D,3,"Regionsrådsformanden retter henvendelse til Indenrigs- og Sundhedsministeriet om statslig medfinansiering ultimo maj 2042.",
    "retter henvendelse til Indenrigs- og Sundhedsministeriet",[("Louise Bisgaard","person","Regionsrådsformanden")],"2042-05-31",
    rng=("2042-05-21","2042-05-31"))
act(FU,D,4,"Sagen sendes til Udvalg for nære sundhedstilbud med henblik på en udtalelse, inden den behandles i forretningsudvalget igen.",
    "Sagen sendes til Udvalg for nære sundhedstilbud",[("Udvalg for nære sundhedstilbud","body")],None,"referral")
act(FU,D,6,"Regional Udvikling indkalder til dialogmøde med KKR Midtjylland i uge 24.",
    "Regional Udvikling indkalder til dialogmøde",[("Regional Udvikling","unit")],"2042-06-15",rng=("2042-06-09","2042-06-15"))
pp(FU,"2042-04-08",11,"1-15-2-42",None,"Sagen blev udsat","prior-decision")
pp(FU,D,5,"1-15-2-42",None,"Sagen udsættes, indtil Midttrafiks bestyrelse har behandlet budgetforslaget")
op("1-15-2-42","Midttrafiks budget 2043",FU,2,None)
case("1-15-2-42","Midttrafiks budget 2043",[(FU,"2042-04-08",11),(FU,D,5)])
opt(D,2,"at økonomirapporten tages til efterretning","Astrid Rask deltog ikke i behandlingen af punktet")
opt(D,3,"Indstillingen anbefales over for regionsrådet","Enhedslisten ønskede ført til protokol")
opt(D,6,"at handlingsplanen godkendes")
opt(D,7,"Regionsrådsformanden orienterede om møde med sundhedsministeren")

# ------------------------------------------------------------ E Vejle Byrådet (Windows-1252 pdftotext, "Sag NNN – Title")
D="2042-06-18"
meeting("vejle-byraadet-2042-06-18.txt",BR,D,"17:00","Byrådssalen, Vejle Rådhus, Skolegade 1",
 ["Jonas Vind","Ole Nygaard","Ulla Ravn","Helle Aabo","Søren Gravesen","Lars Nyholm","Martin Özdemir","Yasmin Ulstrup",
  "Asger Fogh Eskildsen","Jette Gravesen","Esben Mose","Camilla Smed","Iben Overgaard","Merete Damgaard","Asger Havgaard",
  "Camilla Pallesen","Laura Zachariassen Ørum","Bjarne Poulsen","Rikke Schou","Gitte Hauge","Martin Smed","Anne Kjærsgaard",
  "Ulla Nyholm Quist","Anders Mathiesen","Esben Stokholm","Kirsten Overgaard Lerche","Palle Vestergaard","Merete Sand",
  "Iben Borup Ravn"],[
 it(112,"Godkendelse af dagsorden","00.01.00-A00-17-42","approved"),
 it(113,"Budget 2043 – tidsplan og rammer","00.30.00-S00-3-42","approved"),
 it(114,"Ændring af styrelsesvedtægten – 1. behandling","00.01.10-A00-1-42","approved"),
 it(115,"Medlemsforslag fra Dansk Folkeparti om gratis parkering i Vejle Midtby","05.13.00-A00-4-42","rejected"),
 it(116,"Kloakseparering i Bredballe","06.00.00-P20-2-41","approved",prior=[("Teknisk Udvalg","2042-06-03",87,"approved")]),
 it(117,"Lokalplan 1422 for boliger ved Vejle Fjord – endelig vedtagelse","01.02.05-P16-7-41","postponed"),
 it(118,"Spørgsmål fra Kirsten Overgaard Lerche (Ø) om vandkvaliteten i Vejle Å","09.00.00-A00-6-42","noted"),
 it(119,"Salg af ejendom, Havnegade 14","82.06.00-G10-5-42","approved",closed=True)])
act(BR,D,113,"Kommunaldirektøren udsender budgetmaterialet til byrådets medlemmer primo september 2042.",
    "Kommunaldirektøren udsender budgetmaterialet",[("Helle Lauridsen","person","Kommunaldirektøren")],"2042-09-10",
    rng=("2042-09-01","2042-09-10"))
act(BR,D,116,"Teknik & Miljø orienterer de berørte grundejere senest 15/8-2042.",
    "Teknik & Miljø orienterer de berørte grundejere",[("Teknik & Miljø","unit")],"2042-08-15")
act(BR,D,118,"Borgmesteren sender et skriftligt svar til byrådet i uge 27.",
    "Borgmesteren sender et skriftligt svar",[("Jonas Vind","person","Borgmesteren")],"2042-07-06",rng=("2042-06-30","2042-07-06"))
pp(BR,D,117,"01.02.05-P16-7-41","2042-08-20","Udsat til næste møde")
op("01.02.05-P16-7-41","Lokalplan 1422 for boliger ved Vejle Fjord – endelig vedtagelse",BR,1,"2042-08-20")
case("06.00.00-P20-2-41","Kloakseparering i Bredballe",[("Teknisk Udvalg","2042-06-03",87),(BR,D,116)])
opt(D,113,"Økonomiudvalget indstiller, at tidsplan og rammer godkendes")
opt(D,114,"Oversendes til 2. behandling i byrådet")
opt(D,115,"Forslaget blev forkastet")
opt(D,116,"Ændringsforslaget blev forkastet med 8 stemmer mod 21","Indstillingen blev godkendt med 27 stemmer mod 2",
    "Protokolbemærkning fra Venstre","Vejle Spildevand A/S gennemfører arbejdet")
opt(D,118,"Borgmesteren besvarede spørgsmålet mundtligt")

# ------------------------------------------------------------ F Silkeborg Økonomiudvalget (intranet wiki page, task lists)
D="2042-07-01"
meeting("silkeborg-oekonomiudvalget-2042-07-01.md",ØU,D,"08:00","Mødelokale 1, Silkeborg Rådhus, Søvej 1",
 ["Sofie Sand","Jørgen Hauge","Ida Yde","Camilla Haddad","Ali Vestergaard","Karsten Agerbæk Mose","Emil Wiborg",
  "Morten Gravesen","Malene Mathiesen","Karsten Bundgaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Budgetopfølgning pr. 31. maj 2042","42/15520","noted"),
 it(3,"Anlægsbevilling til ny skole i Sejs-Svejbæk","41/30917","approved"),
 it(4,"Salg af grunde ved Silkeborg Bad","42/12007","postponed"),
 it(5,"Digitaliseringsstrategi 2042-2045","42/09981","approved",prior=[(BR,"2042-05-26",9,"discussed")]),
 it(6,"Henvendelse fra Silkeborg Håndbold om tilskud til ny hal","42/16634","rejected"),
 it(7,"Personalesag",None,"noted",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(ØU,D,2,"Økonomi og Analyse udarbejder et notat om merforbruget på det specialiserede børneområde til næste møde.",
    "Økonomi og Analyse udarbejder et notat",[("Økonomi og Analyse","unit")],"2042-08-19")
act(ØU,D,4,"Ejendomme & Drift indhenter en ny mæglervurdering inden 1/8.",
    "Ejendomme & Drift indhenter en ny mæglervurdering",[("Ejendomme & Drift","unit")],"2042-08-01")
act(ØU,D,5,"Digitaliseringschef Jakob Sejersen præsenterer en tidsplan for implementeringen i uge 34.",
    "Jakob Sejersen præsenterer en tidsplan",[("Jakob Sejersen","person")],"2042-08-24","presentation",
    rng=("2042-08-18","2042-08-24"))
act(ØU,D,8,"Borgmesteren inviterer formændene for fagudvalgene til budgetseminar d. 28. aug.",
    "Borgmesteren inviterer formændene for fagudvalgene",[("Sofie Sand","person","Borgmesteren")],"2042-08-28")
pp(ØU,D,4,"42/12007","2042-08-19","Udsat til ØU-mødet 19/8")
op("42/12007","Salg af grunde ved Silkeborg Bad",ØU,1,"2042-08-19")
case("42/09981","Digitaliseringsstrategi 2042-2045",[(BR,"2042-05-26",9),(ØU,D,5)])
opt(D,3,"Anbefales over for byrådet med 8 stemmer mod 2","Mindretalsudtalelse fra V")
opt(D,5,"Anbefales over for byrådet")
opt(D,6,"Ansøgningen imødekommes ikke","Et mindretal (C og D) ønskede at tilbyde et lån")
opt(D,8,"Emil Wiborg spurgte til status","Referat sendt til godkendelse hos formanden","Bilag lagt i SBSYS")

# ------------------------------------------------------------ G Randers Byrådet (pdftotext -layout, CRLF, "NN/2042" numbering)
D="2042-08-25"
meeting("randers-byraadet-2042-08-25.txt",BR,D,"17:00","Byrådssalen, Randers Rådhus, Laksetorvet 1",
 ["Didde Friis","Omar Yde","Naja Lynge","Katrine Pihl","Tina Thygesen","Bo Gravesen","Jesper Pallesen","Niels Holst",
  "Ahmed Vilsbøll","Inger Vind","Helle Bruun Hjort","Gitte Sand","Tobias Bech Ørum","Steen Overgaard","Susanne Vind Holmgaard",
  "Malene Brix","Kasper Lange","Hanne Rosendal Udsen","Yasmin Özdemir","Anders Kirkegaard","Lene Quist","Maja Nørskov Ørum",
  "Kirsten Özdemir","Maja Kirkegaard","Freja Mathiesen","Gitte Nygaard","Mads Lundsgaard","Inger Hald","Torben Mathiesen",
  "Ali Bisgaard","Naja Lerche"],[
 it(84,"Godkendelse af dagsorden","42/30011","approved"),
 it(85,"Budget 2043-2046 - 1. behandling","42/19802","approved"),
 it(86,"Renovering af Randers Regnskov","42/20477","approved",prior=[(ØU,"2042-08-11",None,"approved")]),
 it(87,"Spildevandsplan 2042-2050","42/17730","postponed"),
 it(88,"Medlemsforslag fra Enhedslisten om gratis kontingent for børn i familier med lav indkomst","42/24211","referred"),
 it(89,"Besvarelse af spørgsmål om sygefravær i hjemmeplejen","42/25003","noted"),
 it(90,"Takster for Randers Havn 2043","42/23340","postponed"),
 it(91,"Salg af areal ved Randers Havn","42/21906","approved",closed=True)])
act(BR,D,85,"Økonomi og Analyse sender budgetforslaget i høring i MED-udvalgene fredag den 29. august.",
    "sender budgetforslaget i høring i MED-udvalgene",[("Økonomi og Analyse","unit")],"2042-08-29")
act(BR,D,86,"Kultur og Borgerservice indhenter tilbud og forelægger entreprisen for Kultur- og Fritidsudvalget i 4. kvartal 2042.",
    "Kultur og Borgerservice indhenter tilbud",[("Kultur og Borgerservice","unit")],"2042-12-31",rng=("2042-10-01","2042-12-31"))
act(BR,D,88,"Forslaget henvises til behandling i Børne- og Skoleudvalget.",
    "Forslaget henvises til behandling i Børne- og Skoleudvalget",[("Børne- og Skoleudvalget","body")],None,"referral")
act(BR,D,89,"Kommunaldirektøren vender tilbage med en samlet redegørelse ultimo november 2042.",
    "Kommunaldirektøren vender tilbage med en samlet redegørelse",[("Steen Clausen Holmgaard","person","Kommunaldirektøren")],
    "2042-11-30","presentation",rng=("2042-11-21","2042-11-30"))
pp(BR,D,87,"42/17730",None,"Sagen udsættes, indtil Randers Spildevand har fremlagt den reviderede tidsplan")
pp(BR,D,90,"42/23340","2042-09-22","Punktet blev udsat til byrådets møde den 22. september 2042")
op("42/17730","Spildevandsplan 2042-2050",BR,1,None)
op("42/23340","Takster for Randers Havn 2043",BR,1,"2042-09-22")
case("42/20477","Renovering af Randers Regnskov",[(ØU,"2042-08-11",None),(BR,D,86)])
opt(D,85,"Budgetforslaget oversendes til 2. behandling den 8. oktober 2042","at budgetforslaget oversendes til 2")
opt(D,86,"Godkendt med 26 stemmer mod 5","Yasmin Özdemir (C) tog forbehold")
opt(D,88,"For stemte: A, C, F, Ø, B og L")

# ------------------------------------------------------------ H København Teknik- og Miljøudvalget (kk.dk, a facts table per item)
TMU="Teknik- og Miljøudvalget"; D="2042-09-08"
meeting("koebenhavn-teknik-og-miljoeudvalget-2042-09-08.html",TMU,D,"15:00","Københavns Rådhus, Udvalgsværelse B",
 ["Fatima Winther","Anders Holmgaard","Peter Ørum","Hanne Storm","Jesper Munch","Villads Juhl","Dorthe Vang","Susanne Gade",
  "Palle Ottosen","Ida Havgaard","Maja Munch"],[
 it(1,"Godkendelse af dagsorden","2042-0412876","approved"),
 it(2,"Trafiksanering af Nørrebrogade, etape 3","2042-0388120","approved"),
 it(3,"Cykelparkering ved Nørreport Station","2042-0402210","postponed"),
 it(4,"Medlemsforslag om flere træer i Sydhavn","2042-0333987","approved",prior=[(TMU,"2042-08-18",None,"postponed")]),
 it(5,"Høring om Metro-linje M5 - linjeføring på Amager","2042-0419901","referred"),
 it(6,"Status på vinterberedskab 2042/43","2042-0420551","noted"),
 it(7,"Erstatningssag vedr. skybrudsprojekt i Valby","2042-0399018","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(TMU,D,2,"Teknik- og Miljøforvaltningen evaluerer forsøget og forelægger resultatet for udvalget i 2. kvartal 2043.",
    "Teknik- og Miljøforvaltningen evaluerer forsøget",[("Teknik- og Miljøforvaltningen","unit")],"2043-06-30","presentation",
    rng=("2043-04-01","2043-06-30"))
act(TMU,D,4,"Den administrerende direktør for Teknik- og Miljøforvaltningen tager kontakt til By & Havn om plantning på de kommende byggefelter inden den 1. november 2042.",
    "tager kontakt til By & Havn",[("Bo Kaya Gravesen","person","administrerende direktør for Teknik- og Miljøforvaltningen")],"2042-11-01")
act(TMU,D,5,"Udvalget besluttede at oversende sagen til Kultur- og Fritidsudvalget til udtalelse om konsekvenserne for Amager Fælled, inden Teknik- og Miljøudvalget afgiver høringssvar.",
    "oversende sagen til Kultur- og Fritidsudvalget",[("Kultur- og Fritidsudvalget","body")],None,"referral")
act(TMU,D,6,"Udvalget ønsker en status på saltforbruget på mødet den 1. december 2042.",
    "status på saltforbruget",[],"2042-12-01","presentation")
pp(TMU,"2042-08-18",None,"2042-0333987",None,"Sagen blev udsat","prior-decision")
pp(TMU,D,3,"2042-0402210","2042-09-29","Sagen blev udsat til udvalgets møde den 29. september 2042")
op("2042-0402210","Cykelparkering ved Nørreport Station",TMU,1,"2042-09-29")
case("2042-0333987","Medlemsforslag om flere træer i Sydhavn",[(TMU,"2042-08-18",None),(TMU,D,4)])
opt(D,2,"Indstillingen blev godkendt med følgende afstemning","ønskede følgende protokolleret")
opt(D,3,"at der etableres 1.400 nye cykelparkeringspladser")
opt(D,4,"Indstillingen blev godkendt uden afstemning","foreslår, at der plantes 500 nye træer")
opt(D,6,"Orienteringen blev taget til efterretning")

# ------------------------------------------------------------ I Gladsaxe Byrådet (web page with breadcrumb and cookie banner)
D="2042-10-08"
meeting("gladsaxe-byraadet-2042-10-08.html",BR,D,"18:00","Byrådssalen, Gladsaxe Rådhus, Rådhus Allé 7, Søborg",
 ["Anders Munch Toft","Pernille Thygesen Juhl","Torben Dalsgaard","Malene Vang","Yasmin Nyholm","Hanne Bech","Mikkel Bruun",
  "Emil Winther","Lars Kruse","Pernille Bjerre","Jonas Dreyer","Leif Lauridsen Knudsen","Didde Hvidt","Søren Poulsen",
  "Steen Stokholm","Camilla Bak","Palle Eskildsen","Tina Skovgaard","Jakob Toft","Sanne Hauge","Birgitte Hesselberg Frost",
  "Jesper Aabo","Lars Aabo","Inger Skovgaard"],[
 it(150,"Godkendelse af dagsorden","42-00041","approved"),
 it(151,"Budget 2043-2046 - 2. behandling","42-01883","approved"),
 it(152,"Helhedsplan for Mørkhøj Centerkvarter","42-02210","postponed"),
 it(153,"Kvalitetsrapport for folkeskolen 2041/42","42-01597","approved",
    prior=[("Børne- og Undervisningsudvalget","2042-09-23",94,"approved")]),
 it(154,"Medlemsforslag fra Enhedslisten om solceller på kommunale bygninger","42-02046","referred"),
 it(155,"Udpegning af medlem til bestyrelsen for Gladsaxe Ungdomsskole","42-02177","decided"),
 it(156,"Grundsalg, Buddinge Hovedgade",None,"approved",closed=True)])
act(BR,D,151,"Økonomiafdelingen udsender det vedtagne budget til alle institutioner inden udgangen af oktober.",
    "Økonomiafdelingen udsender det vedtagne budget",[("Økonomiafdelingen","unit")],"2042-10-31")
act(BR,D,153,"Direktøren for Børne- og Kulturforvaltningen fremlægger en handleplan for elevernes læsefærdigheder på byrådets møde i januar 2043.",
    "fremlægger en handleplan for elevernes læsefærdigheder",
    [("Johanne Glud Vind","person","Direktøren for Børne- og Kulturforvaltningen")],"2043-01-31","presentation",
    rng=("2043-01-01","2043-01-31"))
act(BR,D,154,"Forslaget oversendes til Miljø- og Klimaudvalget til videre behandling.",
    "Forslaget oversendes til Miljø- og Klimaudvalget",[("Miljø- og Klimaudvalget","body")],None,"referral")
pp(BR,D,152,"42-02210","2042-11-05","Sagen udsættes til byrådets møde den 5. november 2042")
op("42-02210","Helhedsplan for Mørkhøj Centerkvarter",BR,1,"2042-11-05")
case("42-01597","Kvalitetsrapport for folkeskolen 2041/42",[("Børne- og Undervisningsudvalget","2042-09-23",94),(BR,D,153)])
opt(D,151,"Ændringsforslag fra Enhedslisten om at tilbageføre besparelsen","Budgettet blev herefter vedtaget med 18 stemmer mod 6",
    "Venstre afgav følgende mindretalsudtalelse","Budgetforliget mellem A, F, C, B, I og O blev indgået")
opt(D,153,"Anbefales")
opt(D,155,"Camilla Bak (F) blev udpeget")

# ------------------------------------------------------------ J Region Hovedstaden Forretningsudvalget (region's meeting site)
D="2042-11-18"
meeting("region-hovedstaden-forretningsudvalget-2042-11-18.html",FU,D,"14:00","Regionsgården, Kongens Vænge 2, Hillerød, mødelokale H5",
 ["Poul Vestergaard","Hans Kamp","Didde Havgaard","Malene Winther","Iben Gravesen","Frida Engholm Lynge","Anders Bak",
  "Anne Engholm Pallesen","Camilla Aabo","Simon Kallesøe Salomonsen","Jette Sand","Ole Bachmann","Gitte Degn Vang"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Økonomirapport 3 2042","42002233","approved"),
 it(3,"Hospitalsplan 2050 - Nordsjællands Hospital","42001177","approved"),
 it(4,"Akuttelefonen 1813 - ny organisering","42003309","postponed",part=["Niels Nørskov"]),
 it(5,"Regional busplan 2043","42003015","referred"),
 it(6,"Sundhedsaftale - arbejdsplan 2043","42002891","approved",
    prior=[("Udvalget for Forebyggelse og Sundhedssamarbejde","2042-10-28",6,"approved")]),
 it(7,"Ejendomssalg i Hvidovre",None,"approved",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(FU,D,3,"Koncerndirektøren for Sundhed fremlægger en plan for ibrugtagning inden udgangen af 1. kvartal 2043.",
    "fremlægger en plan for ibrugtagning",[("Henrik Bachmann","person","Koncerndirektøren for Sundhed")],"2043-03-31","presentation")
act(FU,D,5,"Sagen oversendes til Udvalget for Trafik og Regional Udvikling til behandling, inden den forelægges forretningsudvalget igen.",
    "Sagen oversendes til Udvalget for Trafik og Regional Udvikling",[("Udvalget for Trafik og Regional Udvikling","body")],None,"referral")
act(FU,D,5,"Koncerndirektøren for Regional Udvikling udarbejder et notat om passagertallene på linje 390R til udvalget senest 5.12.2042.",
    "udarbejder et notat om passagertallene",[("Camilla Vind","person","Koncerndirektøren for Regional Udvikling")],"2042-12-05")
act(FU,D,6,"Administrationen afholder et dialogmøde med kommunerne i Hovedstaden i uge 6 2043.",
    "Administrationen afholder et dialogmøde med kommunerne",[("Administrationen","unit")],"2043-02-08",
    rng=("2043-02-02","2043-02-08"))
act(FU,D,8,"Regionsrådsformanden tager kontakt til Danske Regioner om finansieringen af de nye hospitalsbyggerier.",
    "Regionsrådsformanden tager kontakt til Danske Regioner",[("Poul Vestergaard","person","Regionsrådsformanden")],None)
pp(FU,D,4,"42003309","2042-12-09","Sagen udsættes til forretningsudvalgets møde den 9. december 2042")
op("42003309","Akuttelefonen 1813 - ny organisering",FU,1,"2042-12-09")
case("42002891","Sundhedsaftale - arbejdsplan 2043",[("Udvalget for Forebyggelse og Sundhedssamarbejde","2042-10-28",6),(FU,D,6)])
opt(D,2,"Anbefales over for regionsrådet")
opt(D,3,"Ændringsforslag fra Venstre og Det Konservative Folkeparti","Indstillingen blev anbefalet med 11 stemmer mod 2",
    "ønskede følgende tilføjet til protokollen")
opt(D,6,"Anbefales over for regionsrådet","Hans Kamp (V) deltog ikke i behandlingen af punktet")

# ------------------------------------------------------------ K Gentofte Kommunalbestyrelsen (accessibility-first page, aria labels)
KB="Kommunalbestyrelsen"; D="2042-12-15"
meeting("gentofte-kommunalbestyrelsen-2042-12-15.html",KB,D,"18:00",
 "Kommunalbestyrelsens mødesal, Gentofte Rådhus, Bernstorffsvej 161, Charlottenlund",
 ["Christian Dalsgaard","Leif Bak","Thomas Smed Engholm","Lene Bruun","Gitte Tang Bak","Sofie Rosendal","Maja Eskildsen",
  "Jette Agerbæk","Yasmin Agerbæk","Jørgen Sejersen Damgaard","Kirsten Thorsen","Jakob Vilsbøll","Inger Toft",
  "Oliver Bjerre Bredahl","Ida Bundgaard","Sanne Hesselberg","Astrid Engholm Damgaard","Birgitte Dalsgaard","Ruth Özdemir Ørum"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser fra borgmesteren",None,"noted"),
 it(3,"Forslag til lokalplan 468 for Hellerup Havn","42/027731","approved"),
 it(4,"Takster 2043 på ældreområdet","42/025510","approved",part=["Mikkel Dam Nørgaard"]),
 it(5,"Medlemsforslag fra Enhedslisten om gratis kollektiv trafik for pensionister","42/028800","rejected"),
 it(6,"Ny daginstitution på Ordruphøjvej - anlægsbevilling","42/021104","approved",prior=[(ØU,"2042-12-01",9,"approved")]),
 it(7,"Renovering af Gentofte Hovedbibliotek","42/024455","postponed"),
 it(8,"Køb af ejendom",None,"approved",closed=True)])
act(KB,D,3,"By, Kultur og Miljø afholder borgermøde om lokalplanforslaget onsdag den 14. januar 2043.",
    "By, Kultur og Miljø afholder borgermøde",[("By, Kultur og Miljø","unit")],"2043-01-14")
act(KB,D,4,"Direktøren for Social og Sundhed orienterer Seniorrådet om de nye takster inden jul.",
    "orienterer Seniorrådet om de nye takster",[("Mikkel Dam Nørgaard","person","Direktøren for Social og Sundhed")],"2042-12-24",
    rng=("2042-12-15","2042-12-24"))
act(KB,D,6,"Kommunaldirektøren forelægger en opdateret tidsplan for Økonomiudvalget i februar 2043.",
    "Kommunaldirektøren forelægger en opdateret tidsplan",[("Karen Bjørnholt","person","Kommunaldirektøren")],"2043-02-28",
    "presentation",rng=("2043-02-01","2043-02-28"))
pp(KB,D,7,"42/024455","2043-01-26","Sagen udsættes til kommunalbestyrelsens møde den 26. januar 2043")
op("42/024455","Renovering af Gentofte Hovedbibliotek",KB,1,"2043-01-26")
case("42/021104","Ny daginstitution på Ordruphøjvej - anlægsbevilling",[(ØU,"2042-12-01",9),(KB,D,6)])
opt(D,2,"Borgmesteren orienterede om status på Kystsikringen")
opt(D,3,"Godkendt med 16 stemmer mod 3","Mindretalsudtalelse fra SF og Enhedslisten",
    "Forslaget skal i offentlig høring i 8 uger","at forslaget vedtages og sendes i offentlig høring")
opt(D,5,"Forslaget blev ikke vedtaget")
opt(D,6,"Anbefales")

PEOPLE=[
 ("Karsten Pihl",["formand"],[]),("Helle Hesselberg",["Direktør for Børn og Unge"],["Direktøren for Børn og Unge"]),
 ("Anders Lange",["chef for Pædagogisk Afdeling"],[]),("Naja Clausen",["sekretariatsleder","referent"],[]),
 ("Tobias Iversen",["borgmester"],[]),("Freja Jessen",["rådmand for Børn og Unge"],["Rådmanden for Børn og Unge"]),
 ("Torben Damgaard",["stedfortræder"],[]),("Poul Wiborg",["stadsdirektør"],[]),
 ("Martin Bjerre",["borgmester"],["Borgmesteren"]),("Hanne Jessen",["stedfortræder"],[]),
 ("Rasmus Hvidt",["stadsdirektør"],["Stadsdirektøren"]),("Tove Hauge",["direktør for By og Land"],[]),("Jesper Glud",["byrådssekretær"],[]),
 ("Louise Bisgaard",["regionsrådsformand","formand"],["Regionsrådsformanden"]),
 ("Didde Fabricius",["koncerndirektør"],["Koncerndirektøren"]),("Esben Özdemir Engholm",["koncerndirektør"],[]),
 ("Villads Storm Pallesen",["regionsdirektør"],[]),
 ("Jonas Vind",["borgmester"],["Borgmesteren"]),("Laura Zachariassen Ørum",["stedfortræder"],[]),
 ("Helle Lauridsen",["kommunaldirektør"],["Kommunaldirektøren"]),("Malene Overgaard",["direktør, Teknik & Miljø"],[]),
 ("Emil Mørk",["byrådssekretær"],[]),
 ("Sofie Sand",["borgmester","formand"],["Borgmesteren"]),("Søren Kaya",["kommunaldirektør"],[]),
 ("Jette Skovgaard",["økonomichef"],[]),("Jakob Sejersen",["digitaliseringschef"],[]),("Yasmin Mathiesen",["referent"],["YM"]),
 ("Didde Friis",["borgmester"],[]),("Helle Bruun Hjort",["stedfortræder"],[]),("Hanne Rosendal Udsen",["stedfortræder"],[]),
 ("Steen Clausen Holmgaard",["kommunaldirektør"],["Kommunaldirektøren"]),("Villads Pallesen",["direktør for Kultur og Borgerservice"],[]),
 ("Fatima Winther",["teknik- og miljøborgmester","formand"],[]),("Jesper Munch",["stedfortræder"],[]),
 ("Bo Kaya Gravesen",["administrerende direktør, Teknik- og Miljøforvaltningen"],["Den administrerende direktør for Teknik- og Miljøforvaltningen"]),
 ("Gustav Nordahl",["vicedirektør"],[]),
 ("Anders Munch Toft",["borgmester"],[]),("Yasmin Nyholm",["stedfortræder"],[]),("Søren Juhl",["kommunaldirektør"],[]),
 ("Johanne Glud Vind",["direktør for Børne- og Kulturforvaltningen"],["Direktøren for Børne- og Kulturforvaltningen"]),
 ("Didde Özdemir",["byrådssekretær"],[]),
 ("Poul Vestergaard",["regionsrådsformand","formand"],["Regionsrådsformanden"]),("Rasmus Gade",["regionsdirektør"],[]),
 ("Henrik Bachmann",["koncerndirektør (Sundhed)"],["Koncerndirektøren for Sundhed"]),
 ("Camilla Vind",["koncerndirektør (Regional Udvikling)"],["Koncerndirektøren for Regional Udvikling"]),
 ("Niels Nørskov",["Akutberedskabets direktør"],[]),
 ("Christian Dalsgaard",["borgmester"],[]),("Yasmin Agerbæk",["stedfortræder"],[]),
 ("Karen Bjørnholt",["kommunaldirektør"],["Kommunaldirektøren"]),
 ("Mikkel Dam Nørgaard",["direktør for Social og Sundhed"],["Direktøren for Social og Sundhed"]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b39-{i:03d}"
gold=dict(version=1,asOf="2042-12-31",corpusEnd="2042-12-15",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases")
