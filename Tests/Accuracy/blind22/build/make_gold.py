#!/usr/bin/env python3
"""Generates ../gold.json for blind22 (adapted from blind21's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Odense Ældre- og Handicapudvalget (Odense web form, "N. Title.")
ÆHU="Ældre- og Handicapudvalget"; D="2025-01-22"
meeting("odense-aeldre-og-handicapudvalget-2025-01-22.txt",ÆHU,D,"15:00","Udvalgsværelset, Odense Rådhus, Flakhaven 2",
 ["Susanne Krogh","Jakob Lindberg","Ahmad Karimi","Dorte Vind","Peter Frandsen","Lise-Lotte Bak","Morten Dahl"],[
 it(1,"Godkendelse af dagsorden","2025/00311","approved"),
 it(2,"Orientering om ventelister til plejeboliger","2024/41277","noted"),
 it(3,"Kvalitetsstandarder for praktisk hjælp 2025","2024/39904","approved"),
 it(4,"Udvidelse af Plejecenter Ejerslykke med 24 pladser","2024/35120","approved"),
 it(5,"Ansøgning fra Ældre Sagen Odense om lokaletilskud","2025/00977","rejected"),
 it(6,"Handicappolitik 2025-2028 - høringsudkast","2024/38812","postponed"),
 it(7,"Status på rekruttering af social- og sundhedsassistenter","2025/00540","discussed",part=["Anne-Mette Holst"]),
 it(8,"Eventuelt","2025/00312","decided"),
 it(9,"Personalesag","2025/01122","approved",closed=True)])
act(ÆHU,D,2,"Rådmanden vender tilbage med en plan for nedbringelse af ventetiden på udvalgets møde den 12. marts 2025.",
    "vender tilbage med en plan for nedbringelse af ventetiden",[("Susanne Krogh","person","Rådmanden")],"2025-03-12","presentation")
act(ÆHU,D,7,"Udvalget ønsker en status på fastholdelsesindsatsen i 2. kvartal 2025.",
    "status på fastholdelsesindsatsen",[],"2025-06-30","presentation",rng=("2025-04-01","2025-06-30"))
act(ÆHU,D,8,"Ældre- og Handicapforvaltningen undersøger omfanget og orienterer udvalget skriftligt.",
    "Ældre- og Handicapforvaltningen undersøger omfanget",[("Ældre- og Handicapforvaltningen","unit")],None)
pp(ÆHU,D,6,"2024/38812",None,"Sagen udsættes, indtil Handicaprådets høringssvar foreligger")
op("2024/38812","Handicappolitik 2025-2028 - høringsudkast",ÆHU,1,None)
opt(D,2,"at orienteringen tages til efterretning","Udvalget besluttede på mødet den 4/12 2024")
opt(D,3,"at kvalitetsstandarderne for 2025 godkendes","Imod stemte Lise-Lotte Bak","tager forbehold for serviceniveauet")
opt(D,4,"Anbefales over for Økonomiudvalget og Byrådet","at udvalget anbefaler byrådet at give en anlægsbevilling")
opt(D,5,"Ansøgningen imødekommes ikke")
opt(D,6,"at høringsudkastet godkendes")
opt(D,8,"Jakob Lindberg spurgte til brugen af vikarer")

# ------------------------------------------------------------ B Esbjerg Teknik & Byggeudvalget (pdftotext, one line per page)
TBU="Teknik & Byggeudvalget"; D="2025-02-17"
meeting("esbjerg-teknik-og-byggeudvalget-2025-02-17.txt",TBU,D,"15:00","Mødelokale 2.04, Esbjerg Rådhus, Torvegade 74",
 ["Hanne Lykkegaard","Bjarne Toft","Karsten Vibe","Mona Lauritsen","Peder Sand Holm","Ulla Vinkel"],[
 it(1,"Godkendelse af dagsorden","25/1460","approved"),
 it(2,"Trafikplan for Esbjerg Midtby - høring","24/30218","approved",prior=[(TBU,"2025-01-20",7,"postponed")]),
 it(3,"Regulativ for vintertjeneste 2025-2028","25/0881","approved"),
 it(4,"Ansøgning om dispensation fra lokalplan 03-040-0012, Kvaglundparken","25/1022","rejected"),
 it(5,"Byfornyelse i Ribe - pulje 2025","25/1187","postponed"),
 it(6,"Prioritering af cykelstier 2025-2026","24/29911","discussed"),
 it(7,"Havnevej, ekspropriation","24/27004","approved",closed=True),
 it(8,"Orientering fra direktøren","25/1461","noted")])
act(TBU,D,2,"By & Landskab udarbejder en oversigt over parkeringspladser i midtbyen.",
    "By & Landskab udarbejder en oversigt over parkeringspladser",[("By & Landskab","unit")],None,source="prior-decision")
act(TBU,D,6,"Forvaltningen vender tilbage med et revideret prioriteringsforslag på mødet i april.",
    "Forvaltningen vender tilbage med et revideret prioriteringsforslag",[("Forvaltningen","unit")],"2025-04-30","presentation",
    rng=("2025-04-01","2025-04-30"))
act(TBU,D,8,"Direktøren for By & Landskab tager kontakt til Banedanmark om støjskærmen ved Gjesing inden 1. april 2025.",
    "tager kontakt til Banedanmark om støjskærmen",[("Henrik Thaysen","person","Direktøren for By & Landskab")],"2025-04-01")
pp(TBU,"2025-01-20",7,"24/30218",None,"Sagen udsat","prior-decision")
pp(TBU,D,5,"25/1187","2025-03-17","Sagen udsættes til udvalgets møde den 17. marts 2025")
op("25/1187","Byfornyelse i Ribe - pulje 2025",TBU,1,"2025-03-17")
case("24/30218","Trafikplan for Esbjerg Midtby - høring",[(TBU,"2025-01-20",7),(TBU,D,2)])
opt(D,2,"at trafikplanen godkendes")
opt(D,3,"Indstilles godkendt","at regulativet anbefales godkendt af byrådet")
opt(D,4,"Udvalget meddeler afslag","stemte for at meddele dispensation")

# ------------------------------------------------------------ C Region Syddanmark Regionsrådet (web copy, Til toppen)
RR="Regionsrådet"; FU="Forretningsudvalget"; D="2025-03-24"
RRM=["Bo Rasmussen Lind","Jesper Kjær Nielsen","Anders Bøgild","Anne Kirstine Hald","Arne Sønderskov","Benedikte Frøslev",
 "Birgit Sand Ravn","Brian Lykke","Camilla Dreyer","Carsten Eskildsen","Dorthe Wind Holm","Ebbe Kargaard","Erik Toftlund",
 "Frederik Ahlgren","Gitte Brødsgaard","Hans Christian Mørup","Helle Dreyer Aagaard","Henrik Vestbjerg","Inge Marie Thomsen",
 "Jacob Kolind","Jette Skaarup","Karina Juhl","Kim Stoltenberg","Klaus Bøg","Lars Peter Hvid","Lene Strandby",
 "Marianne Ørbæk","Martin Hjortshøj","Merete Kølle","Mikkel Fogh Dam","Niels Frost Jepsen","Ole Ravnholt","Pernille Aaen",
 "Peter Skovsende","Rasmus Thrane","Sanne Lindholt","Søren Kiilerich","Tina Brogaard","Vagn Ilsøe","Lisbeth Vinding"]
assert len(RRM)==40
meeting("region-syddanmark-regionsraadet-2025-03-24.txt",RR,D,"16:00","Regionshuset, Damhaven 12, Vejle - Mødesal 1",RRM,[
 it(1,"Godkendelse af dagsorden","25/3311","approved"),
 it(2,"Meddelelser fra formanden","25/3312","noted"),
 it(3,"Budgetopfølgning pr. 28. februar 2025","25/2140","noted",prior=[(FU,"2025-03-10",None,"approved")]),
 it(4,"Akutberedskab på Ærø og Langeland - ny model","24/28813","approved"),
 it(5,"Psykiatriplan - nye sengepladser i Vejle","24/31002","referred"),
 it(6,"Medlemsforslag fra Klaus Bøg (Ø) om minimumsnormering på fødeafdelingerne","25/2950","rejected"),
 it(7,"Sygehus Lillebælt, Kolding - ombygning af akutmodtagelsen","24/19770","postponed",prior=[(FU,"2025-03-10",None,"postponed")]),
 it(8,"Regional udviklingsstrategi 2024-2027 - handlingsplan for uddannelse","25/1408","approved"),
 it(9,"Salg af ejendom i Haderslev",None,"approved",closed=True),
 it(10,"Eventuelt",None,"none")])
act(RR,D,5,"Sagen henvises til Udvalget for Psykiatri og Social til nærmere behandling, inden regionsrådet træffer beslutning.",
    "Sagen henvises til Udvalget for Psykiatri og Social",[("Udvalget for Psykiatri og Social","body")],None,"referral")
act(RR,D,7,"Administrationen vender tilbage med en revideret tidsplan og økonomi til næste møde.",
    "Administrationen vender tilbage med en revideret tidsplan",[("Administrationen","unit")],"2025-04-28","presentation")
act(RR,D,8,"Regionsrådsformanden tager kontakt til KKR Syddanmark om en fælles uddannelsesindsats for unge uden job.",
    "tager kontakt til KKR Syddanmark",[("Bo Rasmussen Lind","person","Regionsrådsformanden")],None)
pp(FU,"2025-03-10",None,"24/19770",None,"Sagen udsættes","prior-decision")
pp(RR,D,7,"24/19770","2025-04-28","Sagen udsættes til næste møde")
op("24/19770","Sygehus Lillebælt, Kolding - ombygning af akutmodtagelsen",RR,2,"2025-04-28")
case("25/2140","Budgetopfølgning pr. 28. februar 2025",[(FU,"2025-03-10",None),(RR,D,3)])
case("24/19770","Sygehus Lillebælt, Kolding - ombygning af akutmodtagelsen",[(FU,"2025-03-10",None),(RR,D,7)])
opt(D,3,"at budgetopfølgningen tages til efterretning","Anbefalet")
opt(D,4,"at den nye model for akutberedskab godkendes","tager forbehold for den økonomiske ramme")
opt(D,6,"Forslaget blev forkastet")

# ------------------------------------------------------------ D Svendborg Klima- og Miljøudvalget (web accordion, "Punkt N - Title")
KMU="Klima- og Miljøudvalget"; D="2025-04-22"
meeting("svendborg-klima-og-miljoeudvalget-2025-04-22.txt",KMU,D,"16:00","Mødelokale Thurø, Svendborg Rådhus, Ramsherred 5",
 ["Anne-Lise Kromann","Henrik Mølby","Christina Bang","Jens Peder Friis","Sofie Gram"],[
 it(1,"Godkendelse af dagsorden","25/4411","approved"),
 it(2,"Vandhandleplan 2025 - status","24/20903","noted",part=["Kasper Riis"]),
 it(3,"Klimaplan 2030 - delmål for landbruget","24/11276","approved"),
 it(4,"Spildevandsplan - tillæg nr. 6 for Tved","25/1933","approved"),
 it(5,"Ansøgning om tilladelse til vandindvinding, Skårupøre","25/2710","referred"),
 it(6,"Affaldsordning for sommerhuse","25/0468","postponed"),
 it(7,"Naturgenopretning på Tåsinge - jordkøb",None,"approved",closed=True),
 it(8,"Henvendelse fra Thurø Bylaug om trafikstøj","25/2388","rejected"),
 it(9,"Eventuelt",None,"none")])
act(KMU,D,2,"Udvalget ønsker en status på restaureringen af Syltemade Å på mødet i september.",
    "status på restaureringen af Syltemade Å",[],"2025-09-30","presentation",rng=("2025-09-01","2025-09-30"))
act(KMU,D,5,"Sagen sendes til udtalelse i Grønt Råd, inden udvalget træffer afgørelse.",
    "Sagen sendes til udtalelse i Grønt Råd",[("Grønt Råd","body")],None,"referral")
act(KMU,D,6,"Kromann og Gram udarbejder et forslag til en forsøgsordning med storskrald i sommerhusområderne til næste møde.",
    "udarbejder et forslag til en forsøgsordning med storskrald",
    [("Anne-Lise Kromann","person","Kromann"),("Sofie Gram","person","Gram")],"2025-05-27")
act(KMU,D,8,"Vej og Park svarer Thurø Bylaug skriftligt.",
    "Vej og Park svarer Thurø Bylaug skriftligt",[("Vej og Park","unit")],None)
pp(KMU,D,6,"25/0468","2025-05-27","Sagen udsættes til næste møde")
op("25/0468","Affaldsordning for sommerhuse",KMU,1,"2025-05-27")
opt(D,2,"at orienteringen tages til efterretning")
opt(D,3,"at delmålet godkendes","tager forbehold for finansieringen")
opt(D,4,"Anbefales over for Økonomiudvalget og Byrådet","at tillægget anbefales vedtaget endeligt")
opt(D,8,"Udvalget kan ikke imødekomme ønsket")

# ------------------------------------------------------------ E Viborg Beskæftigelsesudvalget (bullet form "• N Title")
BU="Beskæftigelsesudvalget"; D="2025-05-14"
meeting("viborg-beskaeftigelsesudvalget-2025-05-14.txt",BU,D,"08:00","Mødelokale B2.17, Viborg Rådhus, Prinsens Allé 5",
 ["Claus Ellegaard","Birthe Kvist Mogensen","Søren Hald","Marianne Krog","Lene Hyllested","Rasmus Kokholm"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-19-25","approved"),
 it(2,"Ledighedsstatistik april 2025","15.00.00-A00-4-25","noted"),
 it(3,"Beskæftigelsesplan 2026","15.00.00-P15-1-25","approved",prior=[(BU,"2025-04-09",None,"discussed")]),
 it(4,'Projekt "Job i fokus" for sygemeldte',"15.20.00-G01-7-25","approved",part=["Mads Vestergaard"]),
 it(5,"Ansøgning om tilskud fra puljen til socialøkonomiske virksomheder","15.20.12-Ø40-3-25","approved"),
 it(6,"Ungeindsats - samarbejde med Mercantec","17.30.00-A00-2-25","postponed"),
 it(7,"Orientering og eventuelt","00.01.00-A00-20-25","decided")])
act(BU,D,3,"Jobcentret udarbejder et revideret udkast med fokus på unge uden uddannelse.",
    "Jobcentret udarbejder et revideret udkast",[("Jobcentret","unit")],None,source="prior-decision")
act(BU,D,4,"Jobcenterchef Mads Vestergaard fremlægger en midtvejsevaluering af projektet i 1. kvartal 2026.",
    "Mads Vestergaard fremlægger en midtvejsevaluering",[("Mads Vestergaard","person")],"2026-03-31","presentation",
    rng=("2026-01-01","2026-03-31"))
act(BU,D,7,"Forvaltningen vender tilbage med en oversigt over brugen af seniorjob på mødet i juni.",
    "Forvaltningen vender tilbage med en oversigt over brugen af seniorjob",[("Forvaltningen","unit")],"2025-06-30","presentation",
    rng=("2025-06-01","2025-06-30"))
pp(BU,D,6,"17.30.00-A00-2-25",None,"Udsat til næste møde")
op("17.30.00-A00-2-25","Ungeindsats - samarbejde med Mercantec",BU,1,None)
case("15.00.00-P15-1-25","Beskæftigelsesplan 2026",[(BU,"2025-04-09",None),(BU,D,3)])
opt(D,2,"at orienteringen tages til efterretning","tog orienteringen om ledighedsstatistikken til efterretning")
opt(D,3,"at beskæftigelsesplanen for 2026 godkendes")
opt(D,5,"Et mindretal (C) ønskede ikke at yde tilskud")
opt(D,7,"Formanden orienterede om KL's beskæftigelseskonference")

# ------------------------------------------------------------ F Næstved Børne- og Skoleudvalget ("Punkt N: Title", inline decisions)
BSU="Børne- og Skoleudvalget"; D="2025-06-17"
meeting("naestved-boerne-og-skoleudvalget-2025-06-17.txt",BSU,D,"15:30","Mødelokale 3, Næstved Rådhus, Teatergade 8",
 ["Jens Haugaard","Sidsel Krogh","Kenneth Mørup","Nanna Vedel","Ole Bisgaard","Pia Rosendahl"],[
 it(88,"Godkendelse af dagsorden","00.01.00-A00-12-25","approved"),
 it(89,"Kvalitetsrapport for folkeskolen 2024/25","17.01.10-P05-1-25","noted",part=["Lotte Kamp"]),
 it(90,"Skoledistrikter i Næstved Nord - høring","17.02.00-P15-2-24","approved",prior=[(BSU,"2025-05-13",None,"postponed")]),
 it(91,"Ansøgning om tilskud til lejrskole i Tyskland, Holmegaardskolen","17.01.15-G01-4-25","rejected"),
 it(92,"Sommerferietilbud 2025","17.18.00-A00-2-25","noted"),
 it(93,"Ungdomsskolens budget 2026","17.20.00-Ø00-1-25","postponed"),
 it(94,"Klage over befordring",None,"noted",closed=True),
 it(95,"Eventuelt",None,"decided")])
act(BSU,D,89,"Direktøren for Børn og Unge fremlægger en handleplan for elevfraværet på udvalgets møde den 19. august 2025.",
    "fremlægger en handleplan for elevfraværet",[("Lotte Kamp","person","Direktøren for Børn og Unge")],"2025-08-19","presentation")
act(BSU,D,90,"Forvaltningen afholder et dialogmøde med skolebestyrelserne.",
    "Forvaltningen afholder et dialogmøde med skolebestyrelserne",[("Forvaltningen","unit")],None,source="prior-decision")
act(BSU,D,95,"Formanden tager kontakt til Skolelederforeningen om en fælles rekrutteringsindsats.",
    "Formanden tager kontakt til Skolelederforeningen",[("Jens Haugaard","person","Formanden")],None)
pp(BSU,"2025-05-13",None,"17.02.00-P15-2-24",None,"Sagen blev udsat","prior-decision")
pp(BSU,D,93,"17.20.00-Ø00-1-25","2025-08-19","Sagen udsættes til udvalgets møde den 19. august 2025")
op("17.20.00-Ø00-1-25","Ungdomsskolens budget 2026",BSU,1,"2025-08-19")
case("17.02.00-P15-2-24","Skoledistrikter i Næstved Nord - høring",[(BSU,"2025-05-13",None),(BSU,D,90)])
opt(D,90,"Anbefales over for Økonomiudvalget og Byrådet","Mindretallet (Ø og F) stemte imod","Skolebestyrelserne støtter forslaget")
opt(D,91,"Ansøgningen blev ikke imødekommet")
opt(D,95,"Nanna Vedel spurgte til rekrutteringen")

# ------------------------------------------------------------ G Tårnby Kommunalbestyrelsen (PDF, "Sag N" alone, wrapped titles)
KB="Kommunalbestyrelsen"; D="2025-06-26"
meeting("taarnby-kommunalbestyrelsen-2025-06-26.txt",KB,D,"18:00","Byrådssalen, Tårnby Rådhus, Amager Landevej 76, Kastrup",
 ["Allan Bruun","Rikke Salomonsen","Henrik Vinther","Tove Jessen","Per Kastberg","Hans Ove Skov","Anja Lind","Mogens Brix",
  "Signe Holt","Frank Ebbesen","Lotte Grønbech","Kasper Munk","Jan Rygaard","Bettina Kruse","Claus Steen","Mira Haddad",
  "Peter Lund Alsing","Leif Bonde","Kim Hald"],[
 it(57,"Godkendelse af dagsorden","00.01.00-A00-7-25","approved"),
 it(58,"Meddelelser fra borgmesteren","00.01.00-A00-8-25","noted"),
 it(59,"Regnskab 2024 og revisionsberetning","00.32.10-S55-1-25","approved"),
 it(60,"Takster for Tårnby Forsyning 2026 - vand og spildevand","13.00.00-S55-2-25","approved"),
 it(61,"Forslag til lokalplan 102 for boliger og erhverv ved Kastrup Strandpark, Amager Strandvej","01.02.05-P16-4-24","approved"),
 it(62,"Medlemsforslag fra Signe Holt (Ø) om gratis svømning for pensionister","18.00.00-A00-3-25","referred"),
 it(63,"Kastrup Havn - ny klubbygning til sejlklubberne","82.02.00-G01-1-24","postponed",prior=[(ØU,"2025-06-16",None,"approved")]),
 it(64,"Udpegning af nyt medlem til Ældrerådet","27.00.00-A00-2-25","noted"),
 it(65,"Salg af grund på Englandsvej",None,"approved",closed=True)])
act(KB,D,61,"Teknisk Forvaltning afholder et borgermøde i høringsperioden.",
    "Teknisk Forvaltning afholder et borgermøde",[("Teknisk Forvaltning","unit")],None)
act(KB,D,62,"Forslaget oversendes til Kultur- og Fritidsudvalget.",
    "Forslaget oversendes til Kultur- og Fritidsudvalget",[("Kultur- og Fritidsudvalget","body")],None,"referral")
act(KB,D,63,"Borgmesteren tager kontakt til Kystdirektoratet om sagsbehandlingstiden.",
    "Borgmesteren tager kontakt til Kystdirektoratet",[("Allan Bruun","person","Borgmesteren")],None)
pp(KB,D,63,"82.02.00-G01-1-24",None,"Sagen udsættes, indtil der foreligger en afgørelse fra Kystdirektoratet")
op("82.02.00-G01-1-24","Kastrup Havn - ny klubbygning til sejlklubberne",KB,1,None)
case("82.02.00-G01-1-24","Kastrup Havn - ny klubbygning til sejlklubberne",[(ØU,"2025-06-16",None),(KB,D,63)])
opt(D,58,"Borgmesteren orienterede om status på Metroens")
opt(D,59,"at regnskabet og revisionsberetningen godkendes")
opt(D,60,"Vedtaget med 17 stemmer mod 2")
opt(D,61,"tog forbehold for bygningshøjderne","Forslaget skal i offentlig høring i 8 uger")
opt(D,63,"Anbefales")

# ------------------------------------------------------------ H Rebild Økonomiudvalget (pdftotext -layout, numbered through the year)
D="2025-08-27"
meeting("rebild-oekonomiudvalget-2025-08-27.txt",ØU,D,"13:00","Mødelokale 1, Rådhuset, Hobrovej 88, Støvring",
 ["Henrik Aagaard","Susanne Kjær Bundgaard","Lis Kragh","Anders Rønnow","Jette Boel","Kristian Myrup"],[
 it(143,"Godkendelse af dagsorden","25/9005","approved"),
 it(144,"Budget 2026-2029 - administrativt budgetforslag","25/3120","approved"),
 it(145,"Halvårsregnskab 2025","25/3377","noted"),
 it(146,"Anlægsbevilling - ny daginstitution i Støvring Nord","24/11982","approved"),
 it(147,"Salg af Haverslev Skole","24/20611","postponed",prior=[(ØU,"2025-06-18",121,"postponed")]),
 it(148,"Ansøgning om kommunegaranti, Rebild Bakker Golfklub","25/6044","rejected"),
 it(149,"Deltagelse i Business Region North Denmark 2026","24.10.00-A00-2-25","referred"),
 it(150,"Lokalplan 441 for boliger ved Skørping Nord - endelig vedtagelse","25/1160","approved"),
 it(151,"Meddelelser","25/9006","noted"),
 it(152,"Køb af jord ved Suldrup","25/7781","approved",closed=True)])
act(ØU,D,144,"Økonomichef Pia Strand udarbejder et notat om konsekvenserne af udligningsreformen til budgetseminaret den 4. september 2025.",
    "Pia Strand udarbejder et notat om konsekvenserne af udligningsreformen",[("Pia Strand","person")],"2025-09-04")
act(ØU,D,147,"Teknik og Miljø indhenter en ny mæglervurdering.",
    "Teknik og Miljø indhenter en ny mæglervurdering",[("Teknik og Miljø","unit")],None,source="prior-decision")
act(ØU,D,149,"Sagen oversendes til Erhvervsudvalget med henblik på en vurdering af effekterne for virksomhederne i Rebild.",
    "Sagen oversendes til Erhvervsudvalget",[("Erhvervsudvalget","body")],None,"referral")
act(ØU,D,151,"Kommunaldirektøren orienterer udvalget, når forhandlingerne er afsluttet.",
    "Kommunaldirektøren orienterer udvalget",[("Torben Ring","person","Kommunaldirektøren")],None)
pp(ØU,"2025-06-18",121,"24/20611",None,"Udsat","prior-decision")
pp(ØU,D,147,"24/20611","2025-09-24","Sagen udsættes til økonomiudvalgets møde den 24. september 2025")
op("24/20611","Salg af Haverslev Skole",ØU,2,"2025-09-24")
case("24/20611","Salg af Haverslev Skole",[(ØU,"2025-06-18",121),(ØU,D,147)])
opt(D,144,"Oversendes til 1. behandling i Byrådet","at budgetforslaget oversendes til 1. behandling")
opt(D,146,"Anbefales over for Byrådet med 5 stemmer mod 1","Imod stemte Lis Kragh")
opt(D,148,"Ansøgningen imødekommes ikke")
opt(D,150,"Anbefales over for Byrådet")
opt(D,151,"Borgmesteren orienterede om forhandlingerne")

# ------------------------------------------------------------ I Frederiksberg Kultur- og Fritidsudvalget ("Pkt. N Title", one-line header)
KFU="Kultur- og Fritidsudvalget"; D="2025-09-15"
meeting("frederiksberg-kultur-og-fritidsudvalget-2025-09-15.txt",KFU,D,"17:00","Udvalgsværelse 2, Frederiksberg Rådhus",
 ["Karina Bech","Thomas Aagesen","Nanna Friis","Jonas Meldgaard","Simon Kold","Ditte Hvass","Mette Kirk"],[
 it(112,"Godkendelse af dagsorden",None,"approved"),
 it(113,"Forslag til beslutning fra Nanna Friis (Ø) om gratis adgang til Frederiksberg Svømmehal for unge under 18 år","25-31177","rejected"),
 it(114,"Kulturstrategi 2026-2029","25-18760","approved",part=["Helle Juul"]),
 it(115,"Fordeling af lokaletilskud 2026","25-29402","postponed"),
 it(116,"Renovering af Frederiksberg Hallerne - projektforslag","24-40018","approved",
    prior=[("Bygge-, Plan- og Miljøudvalget","2025-08-25",188,"approved")]),
 it(117,"Orientering om besøgstal på bibliotekerne","25-27550","noted"),
 it(118,"Meddelelser",None,"decided"),
 it(119,"Lejemål til øvelokaler i Lindevangen","25-30015","approved",closed=True)])
act(KFU,D,114,"Kultur- og fritidsdirektøren vender tilbage med en plan for borgerinddragelse på udvalgets møde den 27. oktober 2025.",
    "vender tilbage med en plan for borgerinddragelse",[("Helle Juul","person","Kultur- og fritidsdirektøren")],"2025-10-27","presentation")
act(KFU,D,117,"Udvalget ønsker en status på de selvbetjente åbningstider i 1. kvartal 2026.",
    "status på de selvbetjente åbningstider",[],"2026-03-31","presentation",rng=("2026-01-01","2026-03-31"))
act(KFU,D,118,"Formanden tager kontakt til Frederiksberg Boldklub om fordelingen af tider på kunstgræsbanen.",
    "Formanden tager kontakt til Frederiksberg Boldklub",[("Karina Bech","person","Formanden")],None)
pp(KFU,D,115,"25-29402",None,"Punktet udsættes til næste møde")
op("25-29402","Fordeling af lokaletilskud 2026",KFU,1,None)
case("24-40018","Renovering af Frederiksberg Hallerne - projektforslag",[("Bygge-, Plan- og Miljøudvalget","2025-08-25",188),(KFU,D,116)])
opt(D,113,"Beslutningsforslaget blev oversendt til Kultur- og Fritidsudvalget","Forslaget blev ikke vedtaget")
opt(D,114,"at udvalget godkender kulturstrategien","tiltrådte indstillingen")
opt(D,116,"anbefaler projektforslaget over for Magistraten","at udvalget anbefaler projektforslaget","Anbefalet")
opt(D,118,"Formanden orienterede om brugen af kunstgræsbanen")

# ------------------------------------------------------------ J Brøndby Folkeoplysningsudvalget (Word minutes, "Pkt. N:")
FOU="Folkeoplysningsudvalget"; D="2025-10-02"
meeting("broendby-folkeoplysningsudvalget-2025-10-02.txt",FOU,D,"19:00","Mødelokale 4, Brøndby Rådhus, Park Allé 160",
 ["Jørgen Helbo","Bjarne Holm","Tina Petersen","Erol Demir","Inger Vestergaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 28. august 2025",None,"approved"),
 it(3,"Fordeling af aktivitetstilskud 2026","25/008812","approved"),
 it(4,"Ansøgning fra Brøndby Strand Bokseklub om ekstra haltider","25/009130","rejected"),
 it(5,"Revision af retningslinjer for lokaletilskud","25/006645","postponed"),
 it(6,"Evaluering af folkeoplysningspolitikken",None,"discussed"),
 it(7,"Eventuelt",None,"none")])
act(FOU,D,4,"Fritidskonsulent Lars Tange hjælper klubben med at finde alternative træningstider på skolerne.",
    "Lars Tange hjælper klubben",[("Lars Tange","person")],None)
act(FOU,D,5,"Kultur og Fritid indhenter bemærkninger fra foreningerne inden 1. november 2025.",
    "Kultur og Fritid indhenter bemærkninger fra foreningerne",[("Kultur og Fritid","unit")],"2025-11-01")
act(FOU,D,6,"Holm og Vestergaard udarbejder et oplæg til et temamøde for foreningerne til mødet i januar.",
    "udarbejder et oplæg til et temamøde",[("Bjarne Holm","person","Holm"),("Inger Vestergaard","person","Vestergaard")],
    "2026-01-31",rng=("2026-01-01","2026-01-31"))
pp(FOU,D,5,"25/006645","2025-11-13","Udsat til næste møde")
op("25/006645","Revision af retningslinjer for lokaletilskud",FOU,1,"2025-11-13")
opt(D,3,"Bjarne Holm tager forbehold","Administrationen foreslår en forholdsmæssig reduktion")
opt(D,4,"Udvalget kan ikke imødekomme ansøgningen")

# ------------------------------------------------------------ K Vesthimmerland Handicaprådet (web copy, number alone on its line)
HR="Handicaprådet"; D="2025-11-04"
meeting("vesthimmerland-handicapraadet-2025-11-04.txt",HR,D,"14:00","Mødelokale 2, Vesthimmerlands Rådhus, Vestre Boulevard 7, Aars",
 ["Birgitte Storm","Jens Erik Thøgersen","Kirsten Dahl","Aase Krogh","Mette Søgaard","Henning Brix","Grete Lauridsen"],[
 it(1,"Godkendelse af dagsorden","27.00.00-A00-5-25","approved"),
 it(2,"Høring: Kvalitetsstandard for hjælpemidler 2026","27.24.00-P22-1-25","decided"),
 it(3,"Tilgængelighed i Aars Bymidte - orientering om ombygning af busterminalen","05.13.00-G01-2-25","noted",part=["Jonas Berg"]),
 it(4,"Handleplan 2026 for handicappolitikken","27.00.00-P15-2-25","postponed"),
 it(5,"Ansøgning fra Aars Handicapidræt om støtte til stævne","27.00.00-Ø40-3-25","approved"),
 it(6,"Orientering fra byrådsmedlemmerne","27.00.00-A00-6-25","noted"),
 it(7,"Eventuelt",None,"none")])
act(HR,D,2,"Formanden og Kirsten Dahl skriver høringssvaret og sender det til Sundhed og Ældre senest den 12. november 2025.",
    "Kirsten Dahl skriver høringssvaret",[("Birgitte Storm","person","Formanden"),("Kirsten Dahl","person")],"2025-11-12")
act(HR,D,3,"Rådet ønsker en status på ombygningen af busterminalen på mødet i februar.",
    "status på ombygningen af busterminalen",[],"2026-02-28","presentation",rng=("2026-02-01","2026-02-28"))
pp(HR,D,4,"27.00.00-P15-2-25",None,"Punktet udsættes, indtil den nye handicapchef er tiltrådt")
op("27.00.00-P15-2-25","Handleplan 2026 for handicappolitikken",HR,1,None)
opt(D,2,"Handicaprådet afgiver høringssvar med bemærkninger")
opt(D,6,"Jens Erik Thøgersen orienterede om budget 2026")

# ------------------------------------------------------------ L Ærø Beredskabskommissionen (PDF of Word minutes, running header)
BK="Beredskabskommissionen"; D="2025-12-09"
meeting("aeroe-beredskabskommissionen-2025-12-09.txt",BK,D,"10:00","Mødelokalet, Ærø Brand og Redning, Vestergade 60, Marstal",
 ["Lars Elmquist","Bodil Thygesen","Rasmus Kamp","Annette Birch"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Budgetopfølgning for Ærø Brand og Redning, 3. kvartal 2025","25/1718","noted"),
 it(3,"Risikobaseret dimensionering 2026-2029","25/0940","approved"),
 it(4,"Indkøb af ny autosprøjte til Marstal brandstation","25/2231","postponed"),
 it(5,"Vederlag til deltidsansatte brandfolk","25/1502","approved",prior=[(BK,"2025-09-16",6,"discussed")]),
 it(6,"Personalesag",None,"noted",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(BK,D,3,"Beredskabschefen sender planen til udtalelse hos Beredskabsstyrelsen inden den 15. januar 2026.",
    "Beredskabschefen sender planen til udtalelse hos Beredskabsstyrelsen",[("Jan Mørk","person","Beredskabschefen")],"2026-01-15")
act(BK,D,5,"Beredskabschefen undersøger vederlagsniveauet i sammenlignelige ø-kommuner.",
    "Beredskabschefen undersøger vederlagsniveauet",[("Jan Mørk","person","Beredskabschefen")],None,source="prior-decision")
act(BK,D,7,"Borgmesteren tager kontakt til Ærøfærgerne om fælles brandøvelser om bord på færgerne.",
    "Borgmesteren tager kontakt til Ærøfærgerne",[("Lars Elmquist","person","Borgmesteren")],None)
pp(BK,D,4,"25/2231","2026-02-03","Sagen udsættes til kommissionens møde den 3. februar 2026")
op("25/2231","Indkøb af ny autosprøjte til Marstal brandstation",BK,1,"2026-02-03")
case("25/1502","Vederlag til deltidsansatte brandfolk",[(BK,"2025-09-16",6),(BK,D,5)])
opt(D,3,"anbefaler planen over for kommunalbestyrelsen")
opt(D,5,"Godkendt, at vederlaget forhøjes")
opt(D,7,"Annette Birch orienterede")

PEOPLE=[
 ("Susanne Krogh",["rådmand","formand"],["Rådmanden"]),("Morten Dahl",["stedfortræder"],[]),("Tove Rask",["Ældre- og handicapdirektør"],[]),
 ("Anne-Mette Holst",["Rekrutteringschef"],[]),
 ("Hanne Lykkegaard",["formand"],[]),("Henrik Thaysen",["Direktør for By & Landskab"],["Direktøren for By & Landskab"]),
 ("Rikke Høj",["afdelingschef","referent"],[]),
 ("Bo Rasmussen Lind",["formand","regionsrådsformand"],["Regionsrådsformanden"]),("Lisbeth Vinding",["stedfortræder"],[]),
 ("Anne-Lise Kromann",["formand"],["Kromann"]),("Sofie Gram",[],["Gram"]),("Kasper Riis",["Vandløbsmedarbejder"],[]),
 ("Claus Ellegaard",["formand"],["Formanden"]),("Mads Vestergaard",["Jobcenterchef"],[]),
 ("Jens Haugaard",["formand"],["Formanden"]),("Lotte Kamp",["Direktør for Børn og Unge"],["Direktøren for Børn og Unge"]),
 ("Allan Bruun",["borgmester"],["Borgmesteren"]),("Kim Hald",["suppleant"],[]),
 ("Henrik Aagaard",["borgmester","formand"],["Borgmesteren"]),("Torben Ring",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Pia Strand",["økonomichef"],[]),
 ("Karina Bech",["formand"],["Formanden"]),("Mette Kirk",["stedfortræder"],[]),("Helle Juul",["Kultur- og fritidsdirektør"],["Kultur- og fritidsdirektøren"]),
 ("Jørgen Helbo",["formand"],[]),("Lars Tange",["fritidskonsulent","sekretær"],["LT"]),("Bjarne Holm",[],["Holm"]),("Inger Vestergaard",[],["Vestergaard"]),
 ("Birgitte Storm",["formand"],["Formanden"]),("Kirsten Dahl",[],[]),("Grete Lauridsen",["suppleant"],[]),
 ("Maja Vinther",["Handicapkonsulent","sekretær"],[]),("Jonas Berg",["Trafikplanlægger"],[]),
 ("Lars Elmquist",["borgmester","formand"],["Borgmesteren"]),("Jan Mørk",["Beredskabschef","sekretær"],["Beredskabschefen"]),
 ("Annette Birch",["Politiinspektør"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b22-{i:03d}"
gold=dict(version=1,asOf="2025-12-31",corpusEnd="2025-12-09",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",len(A),"actions",len(OPT),"optional",
      len(P),"postponements",len(OP),"openPostponed",len(C),"cases")
