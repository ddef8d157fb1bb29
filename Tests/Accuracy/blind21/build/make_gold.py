#!/usr/bin/env python3
"""Generates ../gold.json for blind21. Run: python3 build/make_gold.py"""
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


# ------------------------------------------------------------ A Vejle Økonomiudvalget (pdftotext, flattened two-column header)
ØU="Økonomiudvalget"; D="2025-02-25"
meeting("vejle-oekonomiudvalget-2025-02-25.txt",ØU,D,"14:00","Byrådssalen, Vejle Rådhus, Skolegade 1",
 ["Jens Erik Dalgaard","Marianne Skov Toft","Lars Bundgaard","Hanne Aaberg","Kim Søby Nygaard","Peter Munk Hyldig",
  "Signe Louv","Rasmus Thygesen"],[
 it(51,"Godkendelse af dagsorden","25/1021","approved"),
 it(52,"Regnskab 2024 - foreløbigt resultat","24/20417","noted"),
 it(53,"Anlægsbevilling til renovering af Vejle Stadion","24/18802","approved"),
 it(54,"Udbud af rengøring på kommunale institutioner 2026-2030","24/22951","approved",prior=[(ØU,"2025-01-21",14,"postponed")]),
 it(55,"Køb af ejendom, matr.nr. 12a Bredballe By, Hover","25/1877","approved",closed=True),
 it(56,"Henvendelse fra Vejle Boldklub om kommunegaranti","25/0944","rejected"),
 it(57,"Budgetproces 2026-2029","25/0612","approved",part=["Line Riis"]),
 it(58,"Klimahandleplan - status 2024","23/30118","postponed"),
 it(59,"Meddelelser","25/1022","noted")])
act(ØU,D,52,"Udvalget ønsker en status på anlægsprojekterne i Vejle Midtby på mødet i maj.",
    "status på anlægsprojekterne i Vejle Midtby",[],"2025-05-31","presentation",rng=("2025-05-01","2025-05-31"))
act(ØU,D,54,"Forvaltningen belyser konsekvenserne for de nuværende rengøringsmedarbejdere.",
    "Forvaltningen belyser konsekvenserne",[("Forvaltningen","unit")],None,source="prior-decision")
act(ØU,D,57,"Kommunaldirektøren udarbejder et oplæg om demografiudviklingen til budgetseminaret den 3. april 2025.",
    "udarbejder et oplæg om demografiudviklingen",[("Birgitte Frost","person","Kommunaldirektøren")],"2025-04-03")
act(ØU,D,59,"Borgmesteren tager kontakt til Vejdirektoratet om tidsplanen for den nye tilslutning ved Vejle N.",
    "Borgmesteren tager kontakt til Vejdirektoratet",[("Jens Erik Dalgaard","person","Borgmesteren")],None)
pp(ØU,"2025-01-21",14,"24/22951",None,"Udsat","prior-decision")
pp(ØU,D,58,"23/30118","2025-03-25","Punktet udsættes til mødet den 25. marts 2025")
op("23/30118","Klimahandleplan - status 2024",ØU,1,"2025-03-25")
case("24/22951","Udbud af rengøring på kommunale institutioner 2026-2030",[(ØU,"2025-01-21",14),(ØU,D,54)])
opt(D,52,"at orienteringen om det foreløbige regnskab tages til efterretning")
opt(D,53,"at der gives en anlægsbevilling på 38,0 mio. kr","Anbefales over for Byrådet")
opt(D,54,"at udbudsstrategien godkendes","Forvaltningen foreslår et nyt udbud","Godkendt med den ændring, at kontraktperioden")
opt(D,56,"Økonomiudvalget kan ikke imødekomme henvendelsen","Et mindretal (V) stemte for at undersøge en lejemodel")
opt(D,57,"at budgetprocessen godkendes")

# ------------------------------------------------------------ B Læsø Kommunalbestyrelsen (web copy, Punkt N - Title)
KB="Kommunalbestyrelsen"; D="2025-03-27"
meeting("laesoe-kommunalbestyrelsen-2025-03-27.txt",KB,D,"19:00","Mødesalen, Læsø Rådhus, Doktorvejen 2, Byrum",
 ["Karsten Nørgaard","Lene Bjerregaard","Ole Vestergaard","Birthe Kusk","Henning Fog","Jan Hald","Grethe Lund",
  "Poul Erik Bang","Svend Åge Karlsen"],[
 it(1,"Godkendelse af dagsorden","25/101","approved"),
 it(2,"Meddelelser fra borgmesteren","25/102","noted"),
 it(3,"Færgeforbindelsen Frederikshavn-Læsø - ny kontrakt 2026-2033","24/1187","approved",prior=[(ØU,"2025-03-19",7,"approved")]),
 it(4,"Ansøgning om tilskud til Læsø Saltsyderi","25/233","rejected"),
 it(5,"Spildevandsplan 2025-2030 - endelig vedtagelse","24/902","approved"),
 it(6,"Medlemsforslag fra Jan Hald (F) om havnefoged på Østerby Havn","25/260","referred"),
 it(7,"Kommuneplantillæg nr. 4 for Vesterø Havn","24/1530","postponed"),
 it(8,"Salg af byggegrund i Vesterø",None,"approved",closed=True)])
act(KB,D,3,"Borgmesteren tager kontakt til Transportministeriet om statens tilskud til færgedriften efter 2026.",
    "Borgmesteren tager kontakt til Transportministeriet",[("Karsten Nørgaard","person","Borgmesteren")],None)
act(KB,D,5,"Teknisk afdeling sender planen til Miljøstyrelsen inden 15. april.",
    "Teknisk afdeling sender planen til Miljøstyrelsen",[("Teknisk afdeling","unit")],"2025-04-15")
act(KB,D,6,"Forslaget oversendes til Teknik- og Miljøudvalget til videre behandling.",
    "Forslaget oversendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(KB,D,7,"Administrationen indhenter en udtalelse fra Kystdirektoratet inden da.",
    "Administrationen indhenter en udtalelse fra Kystdirektoratet",[("Administrationen","unit")],"2025-04-24")
pp(KB,D,7,"24/1530","2025-04-24","Udsat til næste møde")
op("24/1530","Kommuneplantillæg nr. 4 for Vesterø Havn",KB,1,"2025-04-24")
case("24/1187","Færgeforbindelsen Frederikshavn-Læsø - ny kontrakt 2026-2033",[(ØU,"2025-03-19",7),(KB,D,3)])
opt(D,3,"at udkastet til kontrakt godkendes")
opt(D,4,"at ansøgningen ikke imødekommes")
opt(D,5,"at spildevandsplanen vedtages endeligt")
opt(D,7,"at kommuneplantillægget vedtages endeligt")

# ------------------------------------------------------------ C Hjørring Miljø- og Teknikudvalget (pdftotext -layout, number on its own line)
MTU="Miljø- og Teknikudvalget"; D="2025-04-02"
meeting("hjoerring-miljoe-og-teknikudvalget-2025-04-02.txt",MTU,D,"08:30","Mødelokale M.2.12, Rådhuset, Springvandspladsen 5, Hjørring",
 ["Anders Ulvsgaard","Jonna Kvist","Mikael Sand","Louise Brandt","Bo Hvass","Kirsten Dalby"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-22-25","approved"),
 it(2,"Revision af vandløbsregulativer 2025","06.02.03-P19-2-24","approved"),
 it(3,"Forslag til lokalplan 1.34.2 for boliger ved Frederikshavnsvej","01.02.05-P16-9-24","approved"),
 it(4,"Trafiksikkerhedsplan 2025-2028","05.13.00-P22-1-25","discussed",part=["Søren Bech"]),
 it(5,"Ansøgning om landzonetilladelse til shelterplads ved Lønstrup","01.03.03-P19-41-25","rejected"),
 it(6,"Affaldsplan 2025-2030 - høringssvar","07.00.00-P15-3-24","postponed"),
 it(7,"Klimatilpasning og kystsikring i Lønstrup - status","06.00.00-A00-5-25","noted"),
 it(8,"Erstatningskrav efter vejarbejde på Østergade","05.01.00-G01-5-25","discussed",closed=True)])
act(MTU,D,2,"Natur og Miljø sender regulativerne i offentlig høring og orienterer lodsejerne skriftligt.",
    "Natur og Miljø sender regulativerne i offentlig høring",[("Natur og Miljø","unit")],None)
act(MTU,D,4,"Vej og Park udarbejder en prioriteret liste over skolevejsprojekter til mødet i juni.",
    "Vej og Park udarbejder en prioriteret liste",[("Vej og Park","unit")],"2025-06-30",rng=("2025-06-01","2025-06-30"))
act(MTU,D,7,"Direktøren for Teknik og Miljø fremlægger et forslag til kystsikring ved Lønstrup i 3. kvartal 2025.",
    "fremlægger et forslag til kystsikring ved Lønstrup",[("Claus Vestergaard","person","Direktøren for Teknik og Miljø")],
    "2025-09-30","presentation",rng=("2025-07-01","2025-09-30"))
pp(MTU,D,6,"07.00.00-P15-3-24",None,"Punktet udsættes")
op("07.00.00-P15-3-24","Affaldsplan 2025-2030 - høringssvar",MTU,1,None)
opt(D,2,"at udkastene til regulativer sendes i offentlig høring")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet","at forslaget sendes i offentlig høring i 4 uger")
opt(D,4,"at udvalget drøfter prioriteringen af projekterne")
opt(D,5,"Udvalget meddeler afslag","at der meddeles afslag","stemte for at give tilladelsen")
opt(D,6,"at affaldsplanen anbefales vedtaget")
opt(D,7,"at orienteringen tages til efterretning","Kystdirektoratet har givet tilsagn om medfinansiering")

# ------------------------------------------------------------ D Region Nordjylland Forretningsudvalget (web copy, Åbent/Lukket punkt, J.nr.)
FU="Forretningsudvalget"; D="2025-05-20"
meeting("region-nordjylland-forretningsudvalget-2025-05-20.txt",FU,D,"09:30","Mødelokale D1, Regionshuset, Niels Bohrs Vej 30, Aalborg Øst",
 ["Bodil Kragh","Ulrik Sejer","Lise Mørk","Johnny Ravn","Peder Vinther","Mikkel Bøgh","Gitte Sand","Troels Klit"],[
 it(1,"Godkendelse af dagsorden","2025-000144","approved"),
 it(2,"Økonomirapport pr. 30. april 2025","2025-003918","noted"),
 it(3,"Regionsrådets mødeplan 2026","2025-004402","approved"),
 it(4,"Aalborg Universitetshospital, Syd - byggeregnskab for etape 2","2019-021377","approved",
    prior=[("Udvalg for Sundhed","2025-05-07",4,"approved")]),
 it(5,"Forslag fra Enhedslisten om gratis parkering ved sygehusene","2025-004877","rejected"),
 it(6,"Nordjyllands Trafikselskab - takster 2026","2025-004930","referred"),
 it(7,"Psykiatriplan 2025-2029","2024-018273","postponed",part=["Hanne Lund Vester"]),
 it(8,"Lejemål til administration i Hjørring",None,"approved",closed=True),
 it(9,"Eventuelt",None,"decided")])
act(FU,D,2,"Administrationen forelægger en plan for budgetoverholdelse på det præhospitale område på mødet i august.",
    "Administrationen forelægger en plan for budgetoverholdelse",[("Administrationen","unit")],"2025-08-31","presentation",
    rng=("2025-08-01","2025-08-31"))
act(FU,D,6,"Sagen henvises til Udvalg for Regional Udvikling, inden forretningsudvalget træffer beslutning.",
    "Sagen henvises til Udvalg for Regional Udvikling",[("Udvalg for Regional Udvikling","body")],None,"referral")
act(FU,D,9,"Formanden retter henvendelse til Danske Regioner om finansieringen af akutlægebilen i Thy.",
    "Formanden retter henvendelse til Danske Regioner",[("Bodil Kragh","person","Formanden")],None)
pp(FU,D,7,"2024-018273",None,"Sagen udsættes til næste møde")
op("2024-018273","Psykiatriplan 2025-2029",FU,1,None)
case("2019-021377","Aalborg Universitetshospital, Syd - byggeregnskab for etape 2",[("Udvalg for Sundhed","2025-05-07",4),(FU,D,4)])
opt(D,2,"at økonomirapporten tages til efterretning")
opt(D,3,"over for regionsrådet anbefaler mødeplanen for 2026")
opt(D,4,"at byggeregnskabet godkendes","Indstillingen anbefales")

# ------------------------------------------------------------ E Struer Direktionen (hand-made Word minutes)
DIR="Direktionen"; D="2025-06-04"
meeting("struer-direktionen-2025-06-04.txt",DIR,D,"09:00","Direktionens kontor, Rådhuset, Østergade 11-15, Struer",
 ["Helle Bonde","Niels Kirk","Lone Ahlmann"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Budget 2026 – reduktionsforslag","25/3301","discussed"),
 it(3,"Sygefravær 1. kvartal 2025","25/2144","noted",part=["Birgit Lykke"]),
 it(4,"Ny politik for hjemmearbejde","25/2780","postponed"),
 it(5,"Henvendelse fra Struer Erhvervsråd om fælles erhvervsstrategi","25/3412","approved"),
 it(6,"Rekruttering af social- og sundhedspersonale","25/1905","discussed"),
 it(7,"Eventuelt",None,"none")])
act(DIR,D,2,"NK og LA udarbejder reduktionsforslag for deres områder til direktionsmødet den 18. juni.",
    "udarbejder reduktionsforslag for deres områder",[("Niels Kirk","person","NK"),("Lone Ahlmann","person","LA")],"2025-06-18")
act(DIR,D,3,"HR-chefen følger op med de fire arbejdspladser med det højeste fravær.",
    "HR-chefen følger op med de fire arbejdspladser",[("Birgit Lykke","person","HR-chefen")],None)
act(DIR,D,5,"Kommunaldirektøren tager sagen op på borgmestermødet den 10. juni.",
    "Kommunaldirektøren tager sagen op på borgmestermødet",[("Helle Bonde","person","Kommunaldirektøren")],"2025-06-10")
act(DIR,D,6,"HB orienterer JT om drøftelsen.",
    "HB orienterer JT om drøftelsen",[("Helle Bonde","person","HB")],None)
pp(DIR,D,4,"25/2780",None,"Udsættes til efter sommerferien")
op("25/2780","Ny politik for hjemmearbejde",DIR,1,None)
opt(D,2,"Økonomichefen har beregnet et behov for reduktioner")
opt(D,4,"så JT kan deltage i drøftelsen")
opt(D,5,"Direktionen kan anbefale en fælles strategi")

# ------------------------------------------------------------ F Syddjurs Børne- og Familieudvalget (web copy, Pkt. N through the year)
BFU="Børne- og Familieudvalget"; D="2025-08-13"
meeting("syddjurs-boerne-og-familieudvalget-2025-08-13.txt",BFU,D,"15:00","Mødelokale 1, Rådhuset, Lundbergsvej 2, Ebeltoft",
 ["Mette Kjær Hansen","Rasmus Brøndum","Birgitte Juul","Lars Ørnsholt","Hans Peter Drejer"],[
 it(104,"Godkendelse af dagsorden","25/14001","approved"),
 it(105,"Budgetopfølgning pr. 30. juni 2025","25/14812","noted"),
 it(106,"Skolestruktur på Mols - høring","24/31540","approved",prior=[(BFU,"2025-06-11",92,"postponed")]),
 it(107,"Takster for dagpleje og daginstitutioner 2026","25/15220","approved"),
 it(108,"Ansøgning om udvidet åbningstid i SFO Rønde","25/13388","rejected"),
 it(109,"Sprogindsats på 0-6-årsområdet","25/12907","postponed",part=["Susanne Fisker"]),
 it(110,"Klage over afgørelse om skoleskift",None,"noted",closed=True),
 it(111,"Orientering og eventuelt","25/14002","decided")])
act(BFU,D,105,"Udvalget ønsker en status på udgifterne til anbringelser på mødet i oktober.",
    "status på udgifterne til anbringelser",[],"2025-10-31","presentation",rng=("2025-10-01","2025-10-31"))
act(BFU,D,106,"Forvaltningen arrangerer et borgermøde i Knebel, inden sagen genoptages.",
    "Forvaltningen arrangerer et borgermøde i Knebel",[("Forvaltningen","unit")],None,source="prior-decision")
act(BFU,D,111,"Forvaltningen vender tilbage med en status på rekrutteringen af pædagoger i 4. kvartal.",
    "Forvaltningen vender tilbage med en status på rekrutteringen",[("Forvaltningen","unit")],"2025-12-31","presentation",
    rng=("2025-10-01","2025-12-31"))
pp(BFU,"2025-06-11",92,"24/31540",None,"Udsat","prior-decision")
pp(BFU,D,109,"25/12907","2025-09-10","Sagen udsættes til udvalgets møde den 10. september 2025")
op("25/12907","Sprogindsats på 0-6-årsområdet",BFU,1,"2025-09-10")
case("24/31540","Skolestruktur på Mols - høring",[(BFU,"2025-06-11",92),(BFU,D,106)])
opt(D,105,"at budgetopfølgningen tages til efterretning")
opt(D,106,"at udvalget træffer beslutning om skolestrukturen")
opt(D,107,"Anbefales over for Økonomiudvalget og Byrådet","at taksterne for 2026 anbefales godkendt")
opt(D,108,"Et mindretal (F) ønskede at imødekomme ansøgningen")
opt(D,111,"Formanden orienterede om KL's børne- og ungetopmøde")

# ------------------------------------------------------------ G Kerteminde Social- og Sundhedsudvalget (label/value lines, form feeds)
SSU="Social- og Sundhedsudvalget"; D="2025-09-01"
meeting("kerteminde-social-og-sundhedsudvalget-2025-09-01.txt",SSU,D,"16:00","Mødelokale 3, Kerteminde Rådhus, Hans Schacks Vej 4",
 ["Birte Lund Kofoed","Allan Vinding","Mette Skaarup","Ib Thorsen"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-31-25","approved"),
 it(2,"Orientering om økonomien på ældreområdet","00.30.10-S00-4-25","noted"),
 it(3,"Kvalitetsstandarder for hjemmehjælp 2026","27.12.00-P22-2-25","approved"),
 it(4,"Ny organisering af træningsområdet","29.09.00-A00-3-25","approved",prior=[("Handicaprådet","2025-08-20",5,"approved")]),
 it(5,"Udbygning af Rehabiliteringscenter Kerteminde","82.06.00-G01-1-25","postponed"),
 it(6,"Medlemsforslag om klippekort til plejehjemsbeboere","27.36.00-A00-2-25","rejected"),
 it(7,"Sundhedsaftale - lokal implementeringsplan","29.30.00-P20-1-24","referred"),
 it(8,"Personalesag",None,"none",closed=True)])
act(SSU,D,2,"Social- og sundhedschef Kim Ravnsbæk udarbejder et notat om visitationspraksis i hjemmeplejen til udvalgets møde den 6. oktober 2025.",
    "Kim Ravnsbæk udarbejder et notat om visitationspraksis",[("Kim Ravnsbæk","person")],"2025-10-06")
act(SSU,D,5,"Forvaltningen udarbejder et supplerende notat om driftsudgifterne.",
    "Forvaltningen udarbejder et supplerende notat",[("Forvaltningen","unit")],None)
act(SSU,D,7,"Sagen sendes tilbage til forvaltningen med henblik på at inddrage de praktiserende læger i planen.",
    "Sagen sendes tilbage til forvaltningen",[("Forvaltningen","unit","forvaltningen")],None,"referral")
pp(SSU,D,5,"82.06.00-G01-1-25","2025-10-06","Udsættes til næste møde")
op("82.06.00-G01-1-25","Udbygning af Rehabiliteringscenter Kerteminde",SSU,1,"2025-10-06")
case("29.09.00-A00-3-25","Ny organisering af træningsområdet",[("Handicaprådet","2025-08-20",5),(SSU,D,4)])
opt(D,2,"at orienteringen tages til efterretning")
opt(D,3,"at kvalitetsstandarderne for 2026 godkendes","Godkendt med den ændring, at rengøring fortsat tilbydes")
opt(D,4,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen","Handicaprådet anbefaler forslaget","at den nye organisering anbefales")
opt(D,6,"Ib Thorsen (O) foreslår et klippekort")

# ------------------------------------------------------------ H Egedal Plan- og Boligudvalget (web copy, "Punkt N" on its own line)
PBU="Plan- og Boligudvalget"; D="2025-10-14"
meeting("egedal-plan-og-boligudvalget-2025-10-14.txt",PBU,D,"17:00","Mødelokale Stenløse, Egedal Rådhus, Dronning Dagmars Vej 200, Ølstykke",
 ["Lars Holten","Pernille Sejr","Morten Kamp","Signe Rode","Erik Bonde"],[
 it(1,"Godkendelse af dagsorden","25-17001","approved"),
 it(2,"Lokalplan 2025-07 for boliger ved Stenløse Syd, delområde 3 - forslag","25-9921","approved"),
 it(3,"Almene boliger i Ølstykke Stationsby - skema A","25-14410","approved"),
 it(4,"Områdefornyelse i Smørumnedre","25-15533","discussed"),
 it(5,"Henvendelse fra Grundejerforeningen Ganløse Eng om trafikstøj","25-16002","rejected"),
 it(6,"Planstrategi 2027 - proces","25-16120","postponed"),
 it(7,"Boligsocial helhedsplan for Egedal Centret 2026-2029","25-11873","approved",
    prior=[("Social- og Seniorudvalget","2025-09-30",88,"approved")]),
 it(8,"Køb af areal til regnvandsbassin ved Veksø","25-16307","approved",closed=True),
 it(9,"Eventuelt",None,"none")])
act(PBU,D,4,"Plan og Byg vender tilbage med et forslag til områdefornyelse i 1. kvartal 2026.",
    "Plan og Byg vender tilbage med et forslag til områdefornyelse",[("Plan og Byg","unit")],"2026-03-31",
    rng=("2026-01-01","2026-03-31"))
act(PBU,D,5,"Formanden besvarer henvendelsen skriftligt.",
    "Formanden besvarer henvendelsen skriftligt",[("Lars Holten","person","Formanden")],None)
pp(PBU,D,6,"25-16120",None,"Punktet blev ikke behandlet og udsættes")
op("25-16120","Planstrategi 2027 - proces",PBU,1,None)
case("25-11873","Boligsocial helhedsplan for Egedal Centret 2026-2029",[("Social- og Seniorudvalget","2025-09-30",88),(PBU,D,7)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","at forslaget sendes i offentlig høring i 6 uger")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet med 3 stemmer mod 1","Erik Bonde (Ø) ønskede en højere andel af små boliger")
opt(D,5,"Udvalget kan ikke imødekomme ønsket om en støjskærm")
opt(D,7,"Anbefales over for Økonomiudvalget og Byrådet")

# ------------------------------------------------------------ I Sorø Erhvervs- og Beskæftigelsesudvalget (pdftotext -layout, Sag N: Title)
EBU="Erhvervs- og Beskæftigelsesudvalget"; D="2025-11-18"
meeting("soroe-erhvervs-og-beskaeftigelsesudvalget-2025-11-18.txt",EBU,D,"16:30","Mødelokale 1, Sorø Rådhus, Rådhusvej 8",
 ["Tina Rosendal","Sune Lindahl","Birgitte Holm","Rikke Østergaard"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-40-25","approved"),
 it(2,"Ledighedsudviklingen, 3. kvartal 2025","15.00.00-A00-6-25","noted",part=["Anja Fuglsang"]),
 it(3,"Erhvervsfremmeaftale med Business Sorø 2026","24.10.00-G01-2-25","approved",prior=[(ØU,"2025-11-05",142,"referred")]),
 it(4,"Ungeindsats 2026 - handleplan","15.20.00-P20-2-25","approved"),
 it(5,"Projekt Flere Faglærte - forlængelse","15.20.12-G01-1-24","postponed"),
 it(6,"Ansøgning om tilskud til iværksætterhus i Dianalund","24.10.00-Ø40-9-25","referred"),
 it(7,"Eventuelt",None,"none")])
act(EBU,D,2,"Jobcenterchefen udarbejder en analyse af langtidsledigheden blandt ledige over 50 år til mødet i januar.",
    "Jobcenterchefen udarbejder en analyse af langtidsledigheden",[("Anja Fuglsang","person","Jobcenterchefen")],"2026-01-31",
    rng=("2026-01-01","2026-01-31"))
act(EBU,D,4,"Forvaltningen vender tilbage med en status på handleplanen i 2. kvartal 2026.",
    "Forvaltningen vender tilbage med en status på handleplanen",[("Forvaltningen","unit")],"2026-06-30","presentation",
    rng=("2026-04-01","2026-06-30"))
act(EBU,D,6,"Sagen oversendes til Økonomiudvalget.",
    "Sagen oversendes til Økonomiudvalget",[(ØU,"body")],None,"referral")
pp(EBU,D,5,"15.20.12-G01-1-24","2025-12-09","Sagen udsættes til næste møde")
op("15.20.12-G01-1-24","Projekt Flere Faglærte - forlængelse",EBU,1,"2025-12-09")
case("24.10.00-G01-2-25","Erhvervsfremmeaftale med Business Sorø 2026",[(ØU,"2025-11-05",142),(EBU,D,3)])
opt(D,2,"at orienteringen tages til efterretning")
opt(D,3,"Udvalget anbefaler aftalen over for Økonomiudvalget","Sagen sendes til udtalelse i Erhvervs- og Beskæftigelsesudvalget",
    "at udvalget anbefaler aftalen over for Økonomiudvalget")
opt(D,4,"at handleplanen godkendes")
opt(D,6,"Udvalget har ikke midler til formålet")

# ------------------------------------------------------------ J Billund Byrådet (VE-like "N.Title (B)", one decision block per body)
BR="Byrådet"; D="2025-10-28"; PMU="Plan- og Miljøudvalget"
meeting("billund-byraadet-2025-10-28.txt",BR,D,"18:30","Byrådssalen, Billund Rådhus, Jorden Rundt 1, Grindsted",
 ["Stig Ravnholt","Anne Marie Sønderby","Ejnar Kragelund","Birgit Jessen","Christian Dyhr","Helle Frimodt","Kristian Boel",
  "Lene Ravn Agerbo","Martin Strand","Mette Lund Hald","Niels Bach Ørum","Ole Skov Brink","Poul Erik Hedegaard","Rikke Nees",
  "Susanne Grøn","Thomas Lauge","Ulrik Damgaard","Vibeke Hald","Aksel Toft","Bjarne Vest"],[
 it(1,"Godkendelse af dagsorden","25/16010","approved"),
 it(2,"Budget 2026-2029 - 2. behandling","25/7702","approved"),
 it(3,"Takster 2026","25/7710","approved"),
 it(4,"Anlægsbevilling til cykelsti mellem Grindsted og Billund","24/20355","approved",
    prior=[(PMU,"2025-10-08",None,"approved"),(ØU,"2025-10-21",None,"approved")]),
 it(5,"Medlemsforslag fra Rikke Nees (Ø) om økologi i kommunale køkkener","25/15874","rejected"),
 it(6,"Ændring af styrelsesvedtægt","25/14977","postponed"),
 it(7,"Orientering om passagertal i Billund Lufthavn","25/16222","noted"),
 it(8,"Valg af nyt medlem til Børne- og Familieudvalget","25/16301","approved"),
 it(9,"Salg af erhvervsgrund i Lufthavnsparken",None,"approved",closed=True)])
act(BR,D,3,"Økonomi og Styring offentliggør taksterne på kommunens hjemmeside inden 1. december.",
    "Økonomi og Styring offentliggør taksterne",[("Økonomi og Styring","unit")],"2025-12-01")
act(BR,D,7,"Borgmesteren tager kontakt til lufthavnens bestyrelse om udviklingen af nye ruter.",
    "Borgmesteren tager kontakt til lufthavnens bestyrelse",[("Stig Ravnholt","person","Borgmesteren")],None)
pp(BR,D,6,"25/14977","2025-11-25","Sagen udsættes til byrådets møde den 25. november 2025")
op("25/14977","Ændring af styrelsesvedtægt",BR,1,"2025-11-25")
case("24/20355","Anlægsbevilling til cykelsti mellem Grindsted og Billund",[(PMU,"2025-10-08",None),(ØU,"2025-10-21",None),(BR,D,4)])
opt(D,2,"Budgettet blev vedtaget med 19 stemmer mod 1")
opt(D,8,"Godkendt, at Aksel Toft (V) indtræder i Børne- og Familieudvalget")

# ------------------------------------------------------------ K Odsherred Ældrerådet (Word minutes of a council, no case numbers)
ÆR="Ældrerådet"; D="2025-01-28"
meeting("odsherred-aeldreraadet-2025-01-28.txt",ÆR,D,"13:00","Mødelokale 5, Rådhuset, Nyvej 22, Asnæs",
 ["Inger Sommer","Bent Skjold","Gudrun Ravn","Poul Egeberg","Else Marie Kold","Hanne Brink"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 10. december 2024",None,"approved"),
 it(3,"Høring: Kvalitetsstandard for madservice 2025",None,"decided",part=["Karina Møller"]),
 it(4,"Budget 2026 – Ældrerådets ønsker",None,"discussed"),
 it(5,"Ældrerådsvalget i november 2025",None,"noted"),
 it(6,"Besøg på plejecentrene",None,"postponed"),
 it(7,"Henvendelse om flextrafik til dagcentre",None,"referred"),
 it(8,"Eventuelt",None,"none")])
act(ÆR,D,3,"Inger Sommer og Poul Egeberg formulerer høringssvaret og sender det til forvaltningen senest fredag den 7. februar.",
    "Poul Egeberg formulerer høringssvaret",[("Inger Sommer","person"),("Poul Egeberg","person")],"2025-02-07")
act(ÆR,D,4,"Bent Skjold samler ønskerne og fremlægger dem på næste møde.",
    "Bent Skjold samler ønskerne",[("Bent Skjold","person")],"2025-03-25")
act(ÆR,D,7,"Henvendelsen sendes videre til Handicaprådet, som har flextrafik på sit næste møde.",
    "Henvendelsen sendes videre til Handicaprådet",[("Handicaprådet","body")],None,"referral")
pp(ÆR,D,6,None,None,"Punktet udsættes til mødet i april")
opt(D,3,"Ældrerådet afgiver høringssvar med bemærkninger")

# ------------------------------------------------------------ L Høje-Taastrup Integrationsrådet (web copy, "Ad pkt. N:")
IR="Integrationsrådet"; D="2025-12-03"
meeting("hoeje-taastrup-integrationsraadet-2025-12-03.txt",IR,D,"17:00","Høje-Taastrup Rådhus, Bygaden 2, mødelokale 2.3",
 ["Amina Farah","Jonas Friis","Hamid Rezaei","Torben Kragh","Sanne Dahl"],[
 it(1,"Velkomst og godkendelse af dagsorden",None,"approved"),
 it(2,"Orientering fra formanden",None,"noted"),
 it(3,"Integrationsprisen 2025",None,"decided"),
 it(4,"Sprogcaféer på biblioteket",None,"discussed"),
 it(5,"Høringssvar til Integrationspolitik 2026-2029",None,"postponed"),
 it(6,"Samarbejde med de boligsociale helhedsplaner",None,"noted",part=["Kasper Nymand"]),
 it(7,"Eventuelt",None,"none")])
act(IR,D,3,"Amina Farah kontakter prismodtageren inden 15. december.",
    "Amina Farah kontakter prismodtageren",[("Amina Farah","person")],"2025-12-15")
act(IR,D,4,"Sekretæren inviterer bibliotekschefen til næste møde.",
    "Sekretæren inviterer bibliotekschefen",[("Mette Holmgaard","person","Sekretæren")],"2026-03-04")
pp(IR,D,5,None,None,"Punktet udsættes")
opt(D,3,"Rådet besluttede at tildele prisen til lektiecaféen i Gadehavegård")

PEOPLE=[
 ("Jens Erik Dalgaard",["borgmester","formand"],["Borgmesteren"]),("Birgitte Frost",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Anders Holk",["Økonomichef"],[]),("Line Riis",["Budgetchef"],[]),
 ("Karsten Nørgaard",["borgmester"],["Borgmesteren"]),("Svend Åge Karlsen",["stedfortræder"],[]),
 ("Anders Ulvsgaard",["formand"],[]),("Claus Vestergaard",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Søren Bech",["Trafikplanlægger"],[]),("Dorthe Lyng",["Sekretariatsleder","referent"],[]),
 ("Bodil Kragh",["formand","Regionsrådsformand"],["Formanden"]),("Hanne Lund Vester",["Psykiatridirektør"],[]),
 ("Helle Bonde",["Kommunaldirektør"],["HB","Kommunaldirektøren"]),("Niels Kirk",["Direktør for Børn og Familie"],["NK"]),
 ("Lone Ahlmann",["Direktør for Teknik og Miljø"],["LA"]),("Jesper Tang",["Direktør for Social og Sundhed"],["JT"]),
 ("Sara Winther",["direktionssekretær","Referent"],["SW"]),("Birgit Lykke",["HR-chef"],["HR-chefen"]),
 ("Mette Kjær Hansen",["formand"],["Formanden"]),("Hans Peter Drejer",["stedfortræder"],[]),("Susanne Fisker",["Dagtilbudschef"],[]),
 ("Birte Lund Kofoed",["formand"],[]),("Kim Ravnsbæk",["Social- og sundhedschef"],[]),
 ("Lars Holten",["formand"],["Formanden"]),("Morten Kamp",[],[]),
 ("Tina Rosendal",["formand","Mødeleder"],[]),("Anja Fuglsang",["Jobcenterchef"],["Jobcenterchefen"]),
 ("Stig Ravnholt",["Borgmester"],["Borgmesteren"]),("Bjarne Vest",["stedfortræder"],[]),
 ("Inger Sommer",["formand"],["Formanden"]),("Bent Skjold",["næstformand"],[]),("Poul Egeberg",[],[]),
 ("Pia Lerche",["sekretær","referent"],[]),("Karina Møller",["Ældrechef"],[]),
 ("Amina Farah",["formand"],[]),("Mette Holmgaard",["Integrationskonsulent","sekretær"],["Sekretæren"]),("Kasper Nymand",["Boligsocial leder"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b21-{i:03d}"
gold=dict(version=1,asOf="2025-12-31",corpusEnd="2025-12-03",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",len(A),"actions",len(OPT),"optional",
      len(P),"postponements",len(OP),"openPostponed",len(C),"cases")
