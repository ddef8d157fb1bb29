#!/usr/bin/env python3
"""Generates ../gold.json for blind24 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
M=[]; A=[]; OPT=[]; P=[]; OP=[]; C=[]
def meeting(src,com,date,st,loc,att,items):
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
    if rng: a["dueRange"]=list(rng)
    A.append(a)
def opt(date,item,*keys):
    for k in keys: OPT.append(dict(meetingDate=date,item=item,key=k))
def pp(com,date,item,jn,target,phrase,source="decision"):
    P.append(dict(journalNumber=jn,committee=com,meetingDate=date,item=item,target=target,phrase=phrase,source=source))
def op(jn,title,com,count,target):
    OP.append(dict(journalNumber=jn,title=title,committee=com,count=count,target=target))
def case(jn,title,apps,standing=False):
    C.append(dict(journalNumber=jn,title=title,standing=standing,appearances=[dict(committee=c,date=d,item=i) for c,d,i in apps]))
ØU="Økonomiudvalget"

# ------------------------------------------------------------ A Herlev Miljø- og Klimaudvalget (First Agenda publishing, accordion)
MKU="Miljø- og Klimaudvalget"; D="2027-01-13"
meeting("herlev-miljoe-og-klimaudvalget-2027-01-13.html",MKU,D,"17:00","Mødelokale 1.22, Herlev Rådhus, Herlev Bygade 90",
 ["Thomas Bak Iversen","Rikke Fjord Holm","Mahmoud Said","Lone Kærgaard","Jesper Vinge","Kenneth Lyng"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-1-27","approved"),
 it(2,"Meddelelser","00.01.00-A00-2-27","noted"),
 it(3,"Trafiksikkerhedsplan 2027-2030","05.13.00-P15-2-26","approved"),
 it(4,"Skybrudsprojekt ved Kildegården","06.02.00-G01-4-26","postponed"),
 it(5,"Ansøgning om udeservering på Herlev Torv","05.07.06-G01-11-26","rejected"),
 it(6,"Affaldsplan 2027-2032","07.00.00-P15-1-26","approved",prior=[(MKU,"2026-12-02",98,"postponed")]),
 it(7,"Status på vejvedligeholdelse 2026","05.01.00-G00-3-26","noted",part=["Søren Aagaard"]),
 it(8,"Salg af areal ved Hjortespring",None,"none",closed=True),
 it(9,"Eventuelt",None,"none")])
act(MKU,D,3,"Forvaltningen undersøger muligheden for 40 km/t-zoner ved alle skoler og vender tilbage inden 1. marts.",
    "Forvaltningen undersøger muligheden for 40 km/t-zoner",[("Forvaltningen","unit")],"2027-03-01")
act(MKU,D,6,"Administrationen bedes udarbejde en kommunikationsplan for den nye ordning for madaffald til mødet i april.",
    "Administrationen bedes udarbejde en kommunikationsplan",[("Administrationen","unit")],"2027-04-30",rng=("2027-04-01","2027-04-30"))
act(MKU,D,7,"Vejchefen vender tilbage med en prioriteret liste over asfaltarbejder for 2027 senest uge 14.",
    "vender tilbage med en prioriteret liste over asfaltarbejder",[("Søren Aagaard","person","Vejchefen")],"2027-04-11",
    "presentation",rng=("2027-04-05","2027-04-11"))
pp(MKU,"2026-12-02",98,"07.00.00-P15-1-26",None,"Udsat","prior-decision")
pp(MKU,D,4,"06.02.00-G01-4-26",None,"Udsat")
op("06.02.00-G01-4-26","Skybrudsprojekt ved Kildegården",MKU,1,None)
case("07.00.00-P15-1-26","Affaldsplan 2027-2032",[(MKU,"2026-12-02",98),(MKU,D,6)])
opt(D,1,"at dagsordenen godkendes")
opt(D,2,"Forvaltningen orienterer om følgende","at meddelelserne tages til efterretning")
opt(D,3,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen","anbefaler, at trafiksikkerhedsplanen godkendes")
opt(D,4,"at projektforslaget godkendes som grundlag for myndighedsbehandlingen",
    "har i december 2026 bedt om, at alternative placeringer undersøges")
opt(D,5,"Ansøgningen blev afvist","ønskede en forsøgsordning i 2027","at ansøgningen afslås")
opt(D,6,"at affaldsplanen vedtages endeligt","Forvaltningen har nu tilføjet et afsnit om storskrald")
opt(D,7,"at orienteringen tages til efterretning")

# ------------------------------------------------------------ B Silkeborg Børne- og Ungeudvalget (Netpublicator, "Punkt N" line)
BUU="Børne- og Ungeudvalget"; D="2027-02-08"
meeting("silkeborg-boerne-og-ungeudvalget-2027-02-08.html",BUU,D,"15:00","Mødelokale 1, Silkeborg Rådhus, Søvej 1",
 ["Signe Lauridsen","Poul Erik Dam","Nadia Holt","Bo Kragh","Charlotte Riis Vang","Kim Aabo","Lea Tang"],[
 it(1,"Godkendelse af dagsorden","27/01204","approved"),
 it(2,"Dagtilbudsstrategi 2027-2030","26/28817","approved"),
 it(3,"Kapacitet på skolerne i Silkeborg Øst","26/30155","postponed"),
 it(4,"Ansøgning fra Gjern Friskole om tilskud til legeplads","27/00812","rejected"),
 it(5,"Tilsynsrapport for dagtilbud 2026","26/31990","noted"),
 it(6,"Sprogvurdering af 3-årige","26/27001","discussed",part=["Mette Ravn"]),
 it(7,"Personalesag",None,"none",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(BUU,D,2,"Forvaltningen inddrager forældrebestyrelserne i udmøntningen og fremlægger en opfølgning til mødet i juni.",
    "Forvaltningen inddrager forældrebestyrelserne i udmøntningen",[("Forvaltningen","unit")],"2027-06-30",
    rng=("2027-06-01","2027-06-30"))
act(BUU,D,5,"Formanden tager kontakt til BUPL Midtjylland om en fælles indsats for rekruttering af pædagoger.",
    "Formanden tager kontakt til BUPL Midtjylland",[("Signe Lauridsen","person","Formanden")],None)
act(BUU,D,6,"Direktøren for Børn og Unge vender tilbage med et forslag til en styrket sprogindsats ultimo maj.",
    "vender tilbage med et forslag til en styrket sprogindsats",[("Anders Kjeldgaard","person","Direktøren for Børn og Unge")],
    "2027-05-31","presentation",rng=("2027-05-16","2027-05-31"))
act(BUU,D,8,"Forvaltningen undersøger sagen og svarer skriftligt.",
    "Forvaltningen undersøger sagen og svarer skriftligt",[("Forvaltningen","unit")],None)
pp(BUU,D,3,"26/30155","2027-04-30","Punktet blev udsat til mødet i april")
op("26/30155","Kapacitet på skolerne i Silkeborg Øst",BUU,1,"2027-04-30")
opt(D,1,"at dagsordenen godkendes")
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","Den første handleplan forelægges udvalget efter sommerferien")
opt(D,3,"hvilken model der skal arbejdes videre med")
opt(D,4,"Udvalget kan ikke imødekomme ansøgningen","stemte for at give et tilskud på 100.000 kr")
opt(D,5,"at tilsynsrapporten tages til efterretning")
opt(D,6,"at udvalget drøfter resultaterne")
opt(D,8,"Poul Erik Dam spurgte til ventelisten")

# ------------------------------------------------------------ C Skanderborg Økonomiudvalget (eDoc/Word HTML export, "Sag nr. NN")
D="2027-03-10"
meeting("skanderborg-oekonomiudvalget-2027-03-10.html",ØU,D,"16:00","Mødelokale 2, Skanderborg Rådhus, Adelgade 44",
 ["Jens Ole Hedegaard","Mette Lysgaard","Anders Brix","Hanne Bjerre","Svend Thygesen","Ib Lauridsen"],[
 it(38,"Godkendelse af dagsorden","2027-000149","approved"),
 it(39,"Meddelelser","2027-000150","noted"),
 it(40,"Regnskab 2026 – foreløbigt resultat","2027-001212","noted"),
 it(41,"Anlægsbevilling – ny daginstitution i Hørning","2026-018733","approved",
    prior=[("Børne- og Ungdomsudvalget","2027-02-17",14,"approved")]),
 it(42,"Salg af erhvervsgrunde i Stilling – udbud","2026-015502","postponed"),
 it(43,"Forslag fra Enhedslisten om gratis bus for unge under 18 år","2027-002040","rejected"),
 it(44,"Digitaliseringsstrategi 2027-2029","2026-020111","approved"),
 it(45,"Budgetprocedure for budget 2028-2031","2027-000877","approved"),
 it(46,"Køb af ejendom",None,"none",closed=True),
 it(47,"Eventuelt","2027-000150","none")])
act(ØU,D,40,"Økonomichefen fremlægger en analyse af merforbruget på det specialiserede socialområde til mødet i maj.",
    "fremlægger en analyse af merforbruget",[("Per Steffensen","person","Økonomichefen")],"2027-05-31","presentation",
    rng=("2027-05-01","2027-05-31"))
act(ØU,D,44,"Administrationen bedes udarbejde en handleplan for brug af kunstig intelligens i sagsbehandlingen inden 1. juni.",
    "Administrationen bedes udarbejde en handleplan for brug af kunstig intelligens",[("Administrationen","unit")],"2027-06-01")
act(ØU,D,45,"Kommunaldirektøren sender tidsplanen for budgetseminarerne til gruppeformændene senest uge 12.",
    "sender tidsplanen for budgetseminarerne til gruppeformændene",[("Louise Hjerrild","person","Kommunaldirektøren")],
    "2027-03-28",rng=("2027-03-22","2027-03-28"))
pp(ØU,D,42,"2026-015502","2027-04-14","Sagen udsættes til næste møde")
op("2026-015502","Salg af erhvervsgrunde i Stilling – udbud",ØU,1,"2027-04-14")
case("2026-018733","Anlægsbevilling – ny daginstitution i Hørning",[("Børne- og Ungdomsudvalget","2027-02-17",14),(ØU,D,41)])
case("2027-000150","Meddelelser",[(ØU,D,39),(ØU,D,47)],standing=True)
opt(D,38,"at dagsordenen godkendes")
opt(D,39,"Borgmesteren orienterede om KKR Midtjyllands møde","Borgmesteren orienterer om aktuelle sager")
opt(D,40,"Det endelige regnskab forelægges Økonomiudvalget og byrådet i april","at orienteringen tages til efterretning")
opt(D,41,"Anbefales over for byrådet","anbefaler byrådet at meddele anlægsbevillingen")
opt(D,42,"at grundene udbydes til salg")
opt(D,43,"Forslaget blev forkastet")
opt(D,44,"at digitaliseringsstrategien godkendes")
opt(D,45,"2. behandling i byrådet den 6. oktober 2027","at budgetproceduren godkendes")
opt(D,47,"Næste møde afholdes onsdag den 14. april 2027")

# ------------------------------------------------------------ D Sønderborg Teknik- og Miljøudvalget (Acadre Web Dagsorden, windows-1252)
TMU="Teknik- og Miljøudvalget"; D="2027-03-22"
meeting("soenderborg-teknik-og-miljoeudvalget-2027-03-22.html",TMU,D,"08:30","Mødelokale 1.1, Sønderborg Rådhus, Rådhustorvet 10",
 ["Erik Lund Jessen","Birgitte Hansen Ravn","Inga Mathiesen","Peter Brodersen Ahle","Annemarie Skov","Tom Grau"],[
 it(23,"Godkendelse af dagsorden","SAG-2027-01020","approved"),
 it(24,"Kollektiv trafik – køreplan 2027/28","SAG-2026-04412","approved"),
 it(25,"Spildevandsplan 2027-2031 – endelig vedtagelse","SAG-2025-03877","approved",prior=[(TMU,"2026-08-17",87,"approved")]),
 it(26,"Vintertjeneste – evaluering af sæsonen 2026/27","SAG-2027-00488","noted"),
 it(27,"Landzonetilladelse til solcelleanlæg ved Bovrup","SAG-2026-05190","postponed"),
 it(28,"Naturpark Nordals – status","SAG-2026-02231","discussed",part=["Lars Kryger"]),
 it(29,"Klage over vejbump på Ulkebøl Landevej","SAG-2027-00902","rejected"),
 it(30,"Ekspropriation ved Augustenborg Landevej",None,"none",closed=True),
 it(31,"Eventuelt",None,"decided")])
act(TMU,D,24,"Forvaltningen drøfter betjeningen af Kegnæs med Sydtrafik og vender tilbage til mødet i juni.",
    "Forvaltningen drøfter betjeningen af Kegnæs med Sydtrafik",[("Forvaltningen","unit")],"2027-06-30",
    rng=("2027-06-01","2027-06-30"))
act(TMU,D,28,"Formanden tager kontakt til Nordals Lokalråd om en fælles borgerdag inden sommerferien.",
    "Formanden tager kontakt til Nordals Lokalråd",[("Erik Lund Jessen","person","Formanden")],None)
act(TMU,D,31,"Administrationen bedes svare skriftligt inden 1. april.",
    "Administrationen bedes svare skriftligt",[("Administrationen","unit")],"2027-04-01")
pp(TMU,D,27,"SAG-2026-05190","2027-05-31","Sagen afventer supplerende miljøscreening og genoptages på mødet i maj")
op("SAG-2026-05190","Landzonetilladelse til solcelleanlæg ved Bovrup",TMU,1,"2027-05-31")
case("SAG-2025-03877","Spildevandsplan 2027-2031 – endelig vedtagelse",[(TMU,"2026-08-17",87),(TMU,D,25)])
opt(D,23,"at dagsordenen godkendes")
opt(D,24,"Indstillingen anbefales godkendt","anbefales godkendt over for Økonomiudvalget og Byrådet")
opt(D,25,"Anbefales over for Økonomiudvalget og Byrådet","Anbefales sendt i offentlig høring")
opt(D,26,"Taget til efterretning")
opt(D,27,"at der meddeles landzonetilladelse på vilkår","Miljøstyrelsen har anbefalet en supplerende screening")
opt(D,29,"Klagen imødekommes ikke","Tom Grau (F) tog forbehold")
opt(D,31,"Birgitte Hansen Ravn spurgte til skiltningen")

# ------------------------------------------------------------ E Kolding Sundheds- og Omsorgsudvalget (SBSYS publishing, ul/li members)
SOU="Sundheds- og Omsorgsudvalget"; D="2027-04-20"
meeting("kolding-sundheds-og-omsorgsudvalget-2027-04-20.html",SOU,D,"16:00","Mødelokale 3.12, Kolding Rådhus, Akseltorv 1",
 ["Ulla Brink","Torben Kloster","Hanne Juul Mikkelsen","Ahmed Bilal","Birthe Schou","Claus Winther","Per Obel","Gitte Ravnholm"],[
 it(47,"Godkendelse af dagsorden","00.01.00-A00-12-27","approved"),
 it(48,"Sundhedspolitik 2027-2031 – høringsudkast","29.00.00-P15-3-26","approved",part=["Nikolaj Brandt"]),
 it(49,"Plejeboliger – kapacitetsanalyse 2027-2035","27.15.00-A00-2-27","postponed"),
 it(50,"Henvendelse fra Ældrerådet om madservice","27.12.00-K09-1-27","noted"),
 it(51,"Tilskud til frivilligt socialt arbejde (§ 18), 1. runde 2027","27.00.00-Ø40-1-27","approved"),
 it(52,"Rehabiliteringscenter Marielund – ombygning","82.06.00-G01-4-26","approved",prior=[(SOU,"2027-02-09",12,"postponed")]),
 it(53,"Demenshandleplan – status","29.09.00-P20-1-26","noted"),
 it(54,"Personalesag",None,"none",closed=True),
 it(55,"Eventuelt",None,"none")])
act(SOU,D,48,"Sundhedschefen præsenterer høringssvarene på udvalgets møde den 15. juni 2027.",
    "Sundhedschefen præsenterer høringssvarene",[("Nikolaj Brandt","person","Sundhedschefen")],"2027-06-15","presentation")
act(SOU,D,50,"Direktøren for Social og Sundhed vender tilbage med en redegørelse for leverandørens kvalitet til mødet i juni.",
    "vender tilbage med en redegørelse for leverandørens kvalitet",
    [("Marianne Thode","person","Direktøren for Social og Sundhed")],"2027-06-15","presentation",rng=("2027-06-01","2027-06-30"))
act(SOU,D,52,"Forvaltningen arrangerer en besigtigelse for udvalget.",
    "Forvaltningen arrangerer en besigtigelse for udvalget",[("Forvaltningen","unit")],None,source="prior-decision")
pp(SOU,"2027-02-09",12,"82.06.00-G01-4-26",None,"Sagen blev udsat med henblik på en besigtigelse","prior-decision")
pp(SOU,D,49,"27.15.00-A00-2-27","2027-06-15","Punktet blev udsat til mødet i juni")
op("27.15.00-A00-2-27","Plejeboliger – kapacitetsanalyse 2027-2035",SOU,1,"2027-06-15")
case("82.06.00-G01-4-26","Rehabiliteringscenter Marielund – ombygning",[(SOU,"2027-02-09",12),(SOU,D,52)])
opt(D,47,"at dagsordenen godkendes")
opt(D,48,"Godkendt til udsendelse i høring","Høringsperioden foreslås at løbe fra 26. april til 24. maj 2027")
opt(D,49,"at analysen indgår i budgetlægningen")
opt(D,50,"Udvalget tog henvendelsen til efterretning")
opt(D,51,"Godkendt med 7 stemmer mod 1","ønskede en større andel til foreninger i landdistrikterne")
opt(D,52,"Anbefales over for Økonomiudvalget og Byrådet","Udvalget besigtigede Marielund den 16. marts 2027")
opt(D,53,"at status tages til efterretning")

# ------------------------------------------------------------ F Randers Byrådet (Umbraco CMS page, "Sag nr. NNN")
BR="Byrådet"; D="2027-05-10"
RBM=["Torben Hjort Skovgaard","Lene Dahl Kirkegaard","Mogens Vestergaard Bro","Anja Rask","Frank Bille","Jette Overgaard",
 "Kasper Nørlund","Susanne Lindberg","Birgit Stoustrup","Rasmus Fenger","Michael Lund","Heidi Krogsgaard",
 "Jens Peter Riis","Søren Elkjær","Dorthe Brandt","Anders Vinkel","Bente Holm Mikkelsen","Christian Dahlgaard","Karina Lynge",
 "Jakob Ebbesen","Leif Sørensen","Hanne Ravn Fisker","Mathias Kjær","Sanne Birk","Ali Hassan","Trine Bak Nordstrøm","Jeppe Lind",
 "Martin Grøn","Kirsten Holt","Maria Søgaard","Ole Friis Kjær"]
assert len(RBM)==31 and len(set(RBM))==31
meeting("randers-byraadet-2027-05-10.html",BR,D,"18:00","Byrådssalen, Rådhuset, Laksetorvet 1, Randers",RBM,[
 it(112,"Godkendelse af dagsorden",None,"approved"),
 it(113,"Lokalplan 712 – Boligområde ved Vorup Enge","26/20318","approved",
    prior=[("Plan- og Miljøudvalget","2027-04-19",61,"approved"),(ØU,"2027-05-03",98,"approved")]),
 it(114,"Regnskab 2026","27/01120","approved"),
 it(115,"Medlemsforslag fra Trine Bak Nordstrøm (F) om gratis tandpleje til unge under 25 år","27/05512","referred"),
 it(116,"Udbud af rengøring i kommunale bygninger","26/28004","postponed"),
 it(117,"Medlemsforslag fra Enhedslisten om klimaregnskab for alle anlægsprojekter","27/06090","rejected"),
 it(118,"Udpegning af nyt medlem til Folkeoplysningsudvalget","27/04431","approved"),
 it(119,"Anlægsbevilling – cykelsti langs Assentoftvej","26/19988","approved"),
 it(120,"Køb af jord ved Paderup",None,"none",closed=True),
 it(121,"Meddelelser",None,"decided")])
act(BR,D,115,"Forslaget oversendes til Sundheds- og Ældreudvalget til videre behandling.",
    "Forslaget oversendes til Sundheds- og Ældreudvalget",[("Sundheds- og Ældreudvalget","body")],None,"referral")
act(BR,D,119,"Teknik og Miljø orienterer de berørte lodsejere inden 1. juli.",
    "Teknik og Miljø orienterer de berørte lodsejere",[("Teknik og Miljø","unit")],"2027-07-01")
act(BR,D,121,"Kommunaldirektøren sender en skriftlig status på havneprojektet til byrådets medlemmer senest uge 22.",
    "Kommunaldirektøren sender en skriftlig status på havneprojektet",[("Kommunaldirektøren","role")],"2027-06-06",
    rng=("2027-05-31","2027-06-06"))
pp(BR,D,116,"26/28004","2027-06-07","Sagen udsættes til byrådets møde den 7. juni 2027")
op("26/28004","Udbud af rengøring i kommunale bygninger",BR,1,"2027-06-07")
case("26/20318","Lokalplan 712 – Boligområde ved Vorup Enge",
     [("Plan- og Miljøudvalget","2027-04-19",61),(ØU,"2027-05-03",98),(BR,D,113)])
opt(D,113,"Godkendt med 26 stemmer mod 4","Byrådet vedtog forslaget til lokalplan 712 den 30. november 2026",
    "at lokalplan 712 vedtages endeligt","Anbefales")
opt(D,114,"Regnskabet oversendes til revisionen","at regnskab 2026 godkendes og oversendes til revisionen")
opt(D,115,"Forvaltningen har ikke nået at beregne udgiften")
opt(D,116,"at udbudsstrategien godkendes")
opt(D,117,"Forslaget blev forkastet")
opt(D,118,"Godkendt, at Anja Rask (A) udpeges","Socialdemokratiet har indstillet Anja Rask")
opt(D,119,"Projektet forudsætter arealerhvervelse")
opt(D,121,"Borgmesteren orienterede om status på Randers Havn")

# ------------------------------------------------------------ G Region Hovedstaden Forretningsudvalget (eDagsorden, entities + &nbsp;)
FU="Forretningsudvalget"; D="2027-06-08"
meeting("region-hovedstaden-forretningsudvalget-2027-06-08.html",FU,D,"15:00",
 "Regionsgården, Kongens Vænge 2, Hillerød, mødelokale H5",
 ["Hanne Søgaard Dahl","Morten Ravnsbæk","Karin Helweg","Aksel Dyhr","Ida Mørkøre","Peter Kjærsgaard Lund","Lise Tønnesen",
  "Jakob Ærenlund","Nina Østerby"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Økonomirapport 1 2027","2027-004512","approved"),
 it(3,"Hospitalsplan 2030 – høringssvar til Indenrigs- og Sundhedsministeriet","2026-031877","postponed"),
 it(4,"Klimaregnskab for regionens hospitaler 2026","2027-002230","approved",
    prior=[("Miljø- og klimaudvalget","2027-05-25",None,"approved")]),
 it(5,"Udbud af liggende patientbefordring","2026-029905","approved"),
 it(6,"Medlemsforslag fra Peter Kjærsgaard Lund (Ø) om gratis parkering for personale","2027-005002","rejected"),
 it(7,"Regional udviklingsstrategi – status på uddannelsesindsatsen","2026-022410","noted"),
 it(8,"Ejendomshandel",None,"none",closed=True),
 it(9,"Eventuelt",None,"decided")])
act(FU,D,4,"Administrationen fremlægger en plan for reduktion af udledningen af lattergas inden 1. oktober 2027.",
    "Administrationen fremlægger en plan for reduktion af udledningen af lattergas",[("Administrationen","unit")],
    "2027-10-01","presentation")
act(FU,D,7,"Regionsdirektøren vender tilbage med et oplæg om erhvervsuddannelser til mødet i september.",
    "vender tilbage med et oplæg om erhvervsuddannelser",[("Camilla Brøgger","person","Regionsdirektøren")],"2027-09-30",
    "presentation",rng=("2027-09-01","2027-09-30"))
act(FU,D,9,"Formanden tager kontakt til Danske Regioner om finansieringen af akutberedskabet.",
    "Formanden tager kontakt til Danske Regioner",[("Hanne Søgaard Dahl","person","Formanden")],None)
pp(FU,D,3,"2026-031877","2027-06-22","Sagen udsættes til næste møde")
op("2026-031877","Hospitalsplan 2030 – høringssvar til Indenrigs- og Sundhedsministeriet",FU,1,"2027-06-22")
case("2027-002230","Klimaregnskab for regionens hospitaler 2026",[("Miljø- og klimaudvalget","2027-05-25",None),(FU,D,4)])
opt(D,1,"at dagsordenen godkendes")
opt(D,2,"Anbefalet","at der gives tillægsbevilling","Merforbruget foreslås delvist dækket")
opt(D,3,"at udkastet til høringssvar godkendes")
opt(D,4,"Anbefalet")
opt(D,5,"Anbefalet","Et mindretal (Ø) kunne ikke anbefale indstillingen","deltog ikke i sagens behandling")
opt(D,6,"Forslaget blev ikke anbefalet","For stemte")
opt(D,7,"Taget til efterretning")

# ------------------------------------------------------------ H Gladsaxe Kultur-, Fritids- og Idrætsudvalget (Sitecore page, cookie banner)
KFI="Kultur-, Fritids- og Idrætsudvalget"; D="2027-08-24"
meeting("gladsaxe-kultur-fritids-og-idraetsudvalget-2027-08-24.html",KFI,D,"17:00",
 "Mødelokale 1, Gladsaxe Rådhus, Rådhus Allé 7, Søborg",
 ["Helle Stougaard","Rasmus Fogh","Nanna Krag","Maja Brixen","Kamilla Vest","Bjørn Elkjær","Sofie Haslund"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Kulturstrategi 2027-2030","26/24011","approved"),
 it(3,"Ansøgning om tilskud til Gladsaxe Musikfestival 2028","27/11090","rejected"),
 it(4,"Renovering af Gladsaxe Svømmehal","26/30012","postponed",prior=[(KFI,"2027-06-15",48,"postponed")]),
 it(5,"Fordeling af lokaletilskud 2028","27/09877","approved",part=["Jonas Kvist"]),
 it(6,"Evaluering af Kulturnat 2027","26/29001","noted",prior=[(KFI,"2026-12-15",112,"approved")]),
 it(7,"Lejekontrakt for Søborg Kulturhus",None,"none",closed=True),
 it(8,"Eventuelt",None,"none")])
act(KFI,D,2,"Forvaltningen udarbejder en handleplan for biblioteksområdet til mødet i november.",
    "Forvaltningen udarbejder en handleplan for biblioteksområdet",[("Forvaltningen","unit")],"2027-11-30",
    rng=("2027-11-01","2027-11-30"))
act(KFI,D,4,"Forvaltningen arrangerer en besigtigelse inden næste møde.",
    "Forvaltningen arrangerer en besigtigelse inden næste møde",[("Forvaltningen","unit")],None)
act(KFI,D,6,"Fritidschefen tager kontakt til Bagsværd Handelsstandsforening om samarbejde om Kulturnat 2028 senest uge 40.",
    "Fritidschefen tager kontakt til Bagsværd Handelsstandsforening",[("Jonas Kvist","person","Fritidschefen")],"2027-10-10",
    rng=("2027-10-04","2027-10-10"))
pp(KFI,"2027-06-15",48,"26/30012",None,"Udsat","prior-decision")
pp(KFI,D,4,"26/30012",None,"Udsat igen, idet udvalget ønsker en besigtigelse af svømmehallen")
op("26/30012","Renovering af Gladsaxe Svømmehal",KFI,2,None)
case("26/30012","Renovering af Gladsaxe Svømmehal",[(KFI,"2027-06-15",48),(KFI,D,4)])
case("26/29001","Evaluering af Kulturnat 2027",[(KFI,"2026-12-15",112),(KFI,D,6)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","anbefaler Økonomiudvalget og Byrådet at godkende kulturstrategien")
opt(D,3,"Ansøgningen blev ikke imødekommet","foreslår, at ansøgningen afslås")
opt(D,4,"hvilken løsning der skal indgå i budgetforhandlingerne")
opt(D,5,"at lokaletilskuddet fordeles som beskrevet")
opt(D,6,"Orienteringen blev taget til efterretning","at evalueringen tages til efterretning")

# ------------------------------------------------------------ I Holstebro Handicaprådet (pandoc from Word, grid tables)
HR="Handicaprådet"; D="2027-09-14"
meeting("holstebro-handicapraadet-2027-09-14.md",HR,D,"16:00","Mødelokale 2, Holstebro Rådhus, Kirkestræde 11",
 ["Lone Stamp","Karsten Uhre","Jens Peder Kold","Pia Kragelund","Hans Jørn Ravnsbjerg","Jakob Skytte"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 1. juni 2027",None,"approved"),
 it(3,"Handleplan for tilgængelighed 2028 – høring","27.00.00-P15-1-27","decided"),
 it(4,"Ledsageordning – ny kvalitetsstandard","27.24.06-G01-2-27","postponed"),
 it(5,"Tilgængelighed ved Holstebro Station","05.13.00-G01-5-26","noted",part=["Nanna Fogh"]),
 it(6,"Tilskud til handicapidræt 2028","27.00.00-Ø40-3-27","approved",prior=[(HR,"2027-06-01",5,"postponed")]),
 it(7,"Orientering fra administrationen",None,"noted"),
 it(8,"Eventuelt",None,"decided")])
act(HR,D,3,"Formanden og Karsten Uhre formulerer høringssvaret og sender det til Social og Sundhed senest den 1. oktober 2027.",
    "Karsten Uhre formulerer høringssvaret",[("Lone Stamp","person","Formanden"),("Karsten Uhre","person")],"2027-10-01")
act(HR,D,5,"Rådet ønsker en status på ombygningen på mødet i december.",
    "status på ombygningen",[],"2027-12-07","presentation",rng=("2027-12-01","2027-12-31"))
act(HR,D,8,"Administrationen bedes undersøge, om antallet af handicappladser kan øges.",
    "Administrationen bedes undersøge",[("Administrationen","unit")],None)
pp(HR,"2027-06-01",5,"27.00.00-Ø40-3-27",None,"Udsat","prior-decision")
pp(HR,D,4,"27.24.06-G01-2-27",None,"afventer byrådets budgetforlig og genoptages, når budget 2028 er vedtaget")
op("27.24.06-G01-2-27","Ledsageordning – ny kvalitetsstandard",HR,1,None)
case("27.00.00-Ø40-3-27","Tilskud til handicapidræt 2028",[(HR,"2027-06-01",5),(HR,D,6)])
opt(D,3,"Handicaprådet afgiver høringssvar som drøftet på mødet","at Handicaprådet drøfter udkastet og afgiver høringssvar")
opt(D,4,"at Handicaprådet afgiver høringssvar")
opt(D,5,"at orienteringen tages til efterretning","Trafikplanlægger Nanna Fogh deltog under punktet")
opt(D,6,"at puljen fordeles som foreslået")
opt(D,7,"Ny handicappolitik sendes i høring i januar 2028")
opt(D,8,"Pia Kragelund spurgte til handicapparkeringen","Næste møde: Tirsdag den 7. december 2027")

# ------------------------------------------------------------ J Horsens Erhvervs- og Beskæftigelsesudvalget (secretariat Markdown)
EBU="Erhvervs- og Beskæftigelsesudvalget"; D="2027-10-05"
meeting("horsens-erhvervs-og-beskaeftigelsesudvalget-2027-10-05.md",EBU,D,"08:00","Udvalgsværelse 2, Horsens Rådhus, Rådhustorvet 4",
 ["Henrik Vad","Louise Brandt","Ayse Kaya","Niels Ole Thrane","Bettina Hald","Ellen Mørup"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Ledighed og beskæftigelse – status august 2027","SAG-2027-00412","noted"),
 it(3,"Beskæftigelsesplan 2028","SAG-2027-00237","approved",prior=[(EBU,"2027-09-07",5,"discussed")]),
 it(4,"Virksomhedsservice – ny organisering","SAG-2027-00598","postponed"),
 it(5,"Ansøgning fra Horsens Erhvervsråd om medfinansiering af iværksætterhus","SAG-2027-00733","approved"),
 it(6,"Unge uden job – tværgående indsats","SAG-2026-01877","discussed",part=["Kasper Holm"]),
 it(7,"Personalesag",None,"none",closed=True),
 it(8,"Eventuelt",None,"none")])
act(EBU,D,3,"Jobcentret indarbejder udvalgets bemærkninger om unge og seniorer i planen.",
    "Jobcentret indarbejder udvalgets bemærkninger",[("Jobcentret","unit")],None,source="prior-decision")
act(EBU,D,5,"Direktøren for Erhverv og Beskæftigelse vender tilbage med en aftale om resultatmål inden 1. december.",
    "vender tilbage med en aftale om resultatmål",[("Tina Kirkegaard","person","Direktøren for Erhverv og Beskæftigelse")],
    "2027-12-01")
act(EBU,D,6,"Formanden tager kontakt til UU Horsens om et fælles dialogmøde.",
    "Formanden tager kontakt til UU Horsens",[("Henrik Vad","person","Formanden")],None)
pp(EBU,D,4,"SAG-2027-00598","2027-11-02","Sagen udsættes til næste møde den 2. november 2027")
op("SAG-2027-00598","Virksomhedsservice – ny organisering",EBU,1,"2027-11-02")
case("SAG-2027-00237","Beskæftigelsesplan 2028",[(EBU,"2027-09-07",5),(EBU,D,3)])
opt(D,2,"At orienteringen tages til efterretning")
opt(D,3,"Anbefales over for byrådet","At udvalget anbefaler byrådet at godkende beskæftigelsesplanen")
opt(D,4,"At den nye organisering godkendes")
opt(D,5,"Godkendt med 5 stemmer mod 1","under forudsætning af en resultataftale")
opt(D,6,"At udvalget drøfter forslaget")

# ------------------------------------------------------------ K Hedensted Kommunalbestyrelsen (pandoc from Word, pipe tables)
KB="Kommunalbestyrelsen"; D="2027-10-27"
HKB=["Ole Vind Kristensen","Lise Skov Hjelm","Claus Bredahl","Anette Thue","Jens Kjær Lassen","Bodil Riis Hedegaard",
 "Kristian Møller Bak","Hanne Grøn Ulsted","Torben Stald","Maiken Fruergaard","Lars Dybdal","Susanne Bruun Vibe","Dorte Svendsen",
 "Rikke Thorsø","Allan Broe","Karin Hoffmann","Erik Bang Nygaard","Mette Kjærgaard Frost","Jonas Hjelmager","Ulla Brogård",
 "Simon Lindquist","Peter Dam Vestergaard","Birthe Lauritzen","Niels Kappel","Kurt Sejer","Anna Maj Holt"]
assert len(HKB)==26 and len(set(HKB))==26
meeting("hedensted-kommunalbestyrelsen-2027-10-27.md",KB,D,"18:00",
 "Kommunalbestyrelsessalen, Hedensted Rådhus, Niels Espes Vej 8",HKB,[
 it(187,"Godkendelse af dagsorden",None,"approved"),
 it(188,"Budget 2028-2031 – 2. behandling","00.30.00-S00-1-27","approved",prior=[(ØU,"2027-10-13",155,"approved")]),
 it(189,"Takster 2028","00.30.10-S00-2-27","approved"),
 it(190,"Kommuneplantillæg nr. 14 – solcellepark ved Stouby","01.02.05-P16-3-26","referred"),
 it(191,"Ny skolestruktur i Tørring-Uldum","17.01.00-P20-1-27","postponed"),
 it(192,"Medlemsforslag fra Dansk Folkeparti om hjemmehjælp hver uge","27.12.00-A00-4-27","rejected"),
 it(193,"Salg af byggegrunde i Hornsyld","02.34.02-G01-2-27","approved"),
 it(194,"Køb af ejendom i Løsning",None,"none",closed=True),
 it(195,"Meddelelser",None,"decided")])
act(KB,D,190,"Sagen sendes tilbage til Udvalget for Teknik med henblik på en ny vurdering af afstandskravene til naboer.",
    "Sagen sendes tilbage til Udvalget for Teknik",[("Udvalget for Teknik","body")],None,"referral")
act(KB,D,193,"Administrationen bedes sætte grundene til salg på kommunens hjemmeside inden 15. november.",
    "Administrationen bedes sætte grundene til salg",[("Administrationen","unit")],"2027-11-15")
act(KB,D,195,"Kommunaldirektøren vender tilbage med en status på rekrutteringen af social- og sundhedspersonale til mødet i januar.",
    "vender tilbage med en status på rekrutteringen",[("Birthe Vissing","person","Kommunaldirektøren")],"2028-01-31",
    "presentation",rng=("2028-01-01","2028-01-31"))
pp(KB,D,191,"17.01.00-P20-1-27",None,
   "Sagen udsættes, indtil høringssvarene fra skolebestyrelserne er behandlet i Børne- og Familieudvalget")
op("17.01.00-P20-1-27","Ny skolestruktur i Tørring-Uldum",KB,1,None)
case("00.30.00-S00-1-27","Budget 2028-2031 – 2. behandling",[(ØU,"2027-10-13",155),(KB,D,188)])
opt(D,187,"dagsordenen godkendes")
opt(D,188,"Vedtaget med 22 stemmer mod 4","Ændringsforslaget blev forkastet","fremsatte ændringsforslag","Anbefales")
opt(D,192,"Forslaget blev forkastet")
opt(D,195,"Kommunaldirektør Birthe Vissing orienterede","Næste møde: Onsdag den 24. november 2027")

# ------------------------------------------------------------ L Lyngby-Taarbæk Social- og Sundhedsudvalget (Markdown, # per item)
SSU="Social- og Sundhedsudvalget"; D="2027-11-23"
meeting("lyngby-taarbaek-social-og-sundhedsudvalget-2027-11-23.md",SSU,D,"17:30","Mødesal 1, Lyngby Rådhus, Lyngby Torv 17",
 ["Mette Hjortkær","Jens Rosenlund","Birgitte Lyng","Sara Ellekær","Torben Mølgaard","Hanne Bonne"],[
 it(89,"Godkendelse af dagsorden",None,"approved"),
 it(90,"Budgetopfølgning 3. kvartal 2027","2027-018822","noted"),
 it(91,"Sundhedshus i Kgs. Lyngby – projektforslag","2026-022015","approved",
    prior=[(SSU,"2027-08-31",71,"postponed"),(SSU,"2027-10-26",82,"postponed")]),
 it(92,"Rusmiddelindsats for unge","2027-014401","discussed",part=["Sofie Wied"]),
 it(93,"Ansøgning om § 18-midler fra Lyngby Frivilligcenter","2027-020031","approved"),
 it(94,"Demensvenlig kommune – handleplan 2028","2027-009912","postponed"),
 it(95,"Klage over visitation til plejebolig",None,"none",closed=True),
 it(96,"Meddelelser",None,"noted"),
 it(97,"Eventuelt",None,"decided")])
act(SSU,D,90,"Forvaltningen undersøger årsagerne til merforbruget på hjemmeplejen og vender tilbage til mødet i januar.",
    "Forvaltningen undersøger årsagerne til merforbruget på hjemmeplejen",[("Forvaltningen","unit")],"2028-01-31",
    rng=("2028-01-01","2028-01-31"))
act(SSU,D,97,"Direktøren for Social og Sundhed sender et notat til udvalget inden 10. december.",
    "Direktøren for Social og Sundhed sender et notat",[("Lars Kiær","person","Direktøren for Social og Sundhed")],"2027-12-10")
pp(SSU,"2027-08-31",71,"2026-022015","2027-10-26","Punktet blev udsat til mødet i oktober","prior-decision")
pp(SSU,"2027-10-26",82,"2026-022015",None,"Udsat","prior-decision")
pp(SSU,D,94,"2027-009912","2027-12-31","Sagen udsættes til udvalgets møde i december")
op("2027-009912","Demensvenlig kommune – handleplan 2028",SSU,1,"2027-12-31")
case("2026-022015","Sundhedshus i Kgs. Lyngby – projektforslag",[(SSU,"2027-08-31",71),(SSU,"2027-10-26",82),(SSU,D,91)])
opt(D,90,"at budgetopfølgningen tages til efterretning")
opt(D,91,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen","Projektet er justeret efter udvalgets ønske")
opt(D,92,"Ungerådgivningen foreslår en indsats på ungdomsuddannelserne","at udvalget drøfter forslagene")
opt(D,96,"Status på rekruttering af sygeplejersker","Invitation til temadag om velfærdsteknologi")
opt(D,97,"Torben Mølgaard spurgte til ventetiden på genoptræning")

PEOPLE=[
 ("Thomas Bak Iversen",["formand"],[]),("Jesper Vinge",[],[]),("Søren Aagaard",["Vejchef"],["Vejchefen"]),
 ("Signe Lauridsen",["formand"],["Formanden"]),("Kim Aabo",["stedfortræder"],[]),
 ("Anders Kjeldgaard",["Direktør for Børn og Unge"],["Direktøren for Børn og Unge"]),("Marie Skou",["dagtilbudschef","referent"],[]),
 ("Mette Ravn",["Sprogkonsulent"],[]),
 ("Jens Ole Hedegaard",["borgmester","formand"],["Borgmesteren"]),("Louise Hjerrild",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Per Steffensen",["økonomichef"],["Økonomichefen"]),("Rune Dam",["sekretariatschef","referent"],[]),
 ("Erik Lund Jessen",["formand"],["Formanden"]),("Inga Mathiesen",[],[]),("Lars Kryger",["Naturvejleder"],[]),
 ("Bjarne Kloppenborg",["Direktør for Teknik og Miljø"],[]),("Helle Ørum",["sekretær"],[]),
 ("Ulla Brink",["formand"],[]),("Claus Winther",[],[]),("Nikolaj Brandt",["Sundhedschef"],["Sundhedschefen"]),
 ("Marianne Thode",["Direktør for Social og Sundhed"],["Direktøren for Social og Sundhed"]),("Line Husum",["chefkonsulent","referent"],[]),
 ("Torben Hjort Skovgaard",["borgmester"],["Borgmesteren"]),("Maria Søgaard",["stedfortræder"],[]),("Ole Friis Kjær",["stedfortræder"],[]),
 ("Michael Lund",[],[]),
 ("Hanne Søgaard Dahl",["formand"],["Formanden"]),("Camilla Brøgger",["Regionsdirektør"],["Regionsdirektøren"]),
 ("Jesper Thing",["koncerndirektør"],[]),("Sara Lindvig",["chefkonsulent","referent"],[]),
 ("Helle Stougaard",["formand"],[]),("Maja Brixen",["stedfortræder"],[]),("Jonas Kvist",["Fritidschef"],["Fritidschefen"]),
 ("Anne Marie Toft",["Kultur- og fritidsdirektør"],[]),("Kristian Bøgh",["udvalgssekretær","referent"],[]),
 ("Lone Stamp",["formand"],["Formanden"]),("Karsten Uhre",[],[]),("Jakob Skytte",["suppleant"],[]),
 ("Trine Bonde",["Handicapkonsulent","referent"],[]),("Nanna Fogh",["Trafikplanlægger"],[]),
 ("Henrik Vad",["formand"],["Formanden"]),("Louise Brandt",["næstformand"],[]),
 ("Tina Kirkegaard",["Direktør for Erhverv og Beskæftigelse"],["Direktøren for Erhverv og Beskæftigelse"]),
 ("Allan Bech",["jobcenterchef","referent"],[]),("Kasper Holm",["Ungechef"],[]),
 ("Ole Vind Kristensen",["borgmester"],[]),("Dorte Svendsen",["stedfortræder"],[]),
 ("Birthe Vissing",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Mette Hjortkær",["formand"],[]),("Lars Kiær",["Direktør for Social og Sundhed"],["Direktøren for Social og Sundhed"]),
 ("Pia Holmstrup",["centerchef","referent"],[]),("Sofie Wied",["Leder af Ungerådgivningen"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b24-{i:03d}"
gold=dict(version=1,asOf="2027-12-31",corpusEnd="2027-11-23",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(x["priorDecisions"]) for m in M for x in m["items"]),"prior decisions",
      sum(len(x["participants"]) for m in M for x in m["items"]),"participants")
