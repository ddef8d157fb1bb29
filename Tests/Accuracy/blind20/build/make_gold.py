#!/usr/bin/env python3
"""Generates ../gold.json for blind20. Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Vordingborg Økonomiudvalget (SBSYS pdftotext)
ØU="Økonomiudvalget"; D="2025-03-18"; TMU="Teknik- og Miljøudvalget"
meeting("vordingborg-oekonomiudvalget-2025-03-18.txt",ØU,D,"15:00","Mødelokale 1, Vordingborg Rådhus, Valdemarsgade 43",
 ["Henrik Lund Ravn","Mette Kjærsgaard","Søren Bak Olesen","Gitte Ravnholt","Jesper Fog","Anne-Mette Klit","Kasper Due","Lone Vinther"],[
 it(41,"Godkendelse af dagsorden","00.01.00-A00-1-25","approved"),
 it(42,"Økonomisk redegørelse pr. 28. februar 2025","00.30.14-Ø00-2-25","noted",part=["Tina Holst"]),
 it(43,"Anlægsbevilling til ny daginstitution i Præstø","28.09.04-G01-3-24","approved"),
 it(44,"Trafikplan for Vordingborg bymidte","05.13.00-P15-1-24","approved",prior=[(TMU,"2025-03-04",22,"approved")]),
 it(45,"Salg af grund i Kulsbjerg Erhvervspark","82.02.00-G01-7-25","approved",closed=True),
 it(46,"Borgerforslag om gratis bustrafik for folkepensionister","13.05.00-A00-4-25","rejected",prior=[(ØU,"2025-02-18",27,"postponed")]),
 it(47,"Ansøgning om underskudsgaranti til Vordingborg Musikfestival 2025","18.20.00-Ø40-2-25","postponed"),
 it(48,"Status på digitaliseringsstrategien 2024-2027","00.01.00-P22-1-24","discussed"),
 it(49,"Meddelelser","00.22.00-A00-2-25","noted")])
act(ØU,D,42,"Udvalget bad om en orientering om udviklingen på det specialiserede børneområde i 3. kvartal.",
    "orientering om udviklingen på det specialiserede børneområde",[],"2025-09-30","presentation",rng=("2025-07-01","2025-09-30"))
act(ØU,D,44,"Forvaltningen undersøger muligheden for en forsøgsordning med 40 km/t-zoner i Nyråd.",
    "Forvaltningen undersøger muligheden for en forsøgsordning",[("Forvaltningen","unit")],None,source="prior-decision")
act(ØU,D,46,"Borgmesteren retter henvendelse til Movia om mulighederne for en seniorrabat på regionale ruter.",
    "Borgmesteren retter henvendelse til Movia",[("Henrik Lund Ravn","person","Borgmesteren")],None)
act(ØU,D,47,"Sagen udsættes til mødet den 15. april 2025, idet forvaltningen indhenter festivalens reviderede budget.",
    "forvaltningen indhenter festivalens reviderede budget",[("Forvaltningen","unit","forvaltningen")],"2025-04-15")
act(ØU,D,48,"Kommunaldirektør Pia Rosendahl vender tilbage med en prioriteret liste over de resterende projekter inden 1. juni.",
    "Pia Rosendahl vender tilbage med en prioriteret liste",[("Pia Rosendahl","person")],"2025-06-01")
pp(ØU,"2025-02-18",27,"13.05.00-A00-4-25",None,"Udsat til næste møde","prior-decision")
pp(ØU,D,47,"18.20.00-Ø40-2-25","2025-04-15","Sagen udsættes til mødet den 15. april 2025")
op("18.20.00-Ø40-2-25","Ansøgning om underskudsgaranti til Vordingborg Musikfestival 2025",ØU,1,"2025-04-15")
case("05.13.00-P15-1-24","Trafikplan for Vordingborg bymidte",[(TMU,"2025-03-04",22),(ØU,D,44)])
case("13.05.00-A00-4-25","Borgerforslag om gratis bustrafik for folkepensionister",[(ØU,"2025-02-18",27),(ØU,D,46)])
opt(D,42,"at redegørelsen tages til efterretning","Der er iværksat en handleplan på området")
opt(D,43,"at der gives en anlægsbevilling på 24,5 mio. kr","at rådighedsbeløbet frigives","Anbefales over for Byrådet",
    "Byggeriet forventes påbegyndt i august 2025","børnehave Æblehaven nedlægges")
opt(D,44,"at trafikplanen vedtages med de ændringer","Anbefales over for Byrådet med den ændring","etape 2 udskydes til 2027",
    "Etape 1 gennemføres i 2025")
opt(D,46,"Ordningen vil kræve en aftale med Movia","skal derfor behandles politisk")
opt(D,47,"at der gives en underskudsgaranti på 400.000 kr")
opt(D,48,"at udvalget drøfter status")

# ------------------------------------------------------------ B Region Midtjylland Regionsrådet (First Agenda web copy)
RR="Regionsrådet"; D="2025-04-23"; FU="Forretningsudvalget"
meeting("region-midtjylland-regionsraadet-2025-04-23.txt",RR,D,"13:00","Regionshuset Viborg, Skottenborg 26, Regionsrådssalen",[],[
 it(1,"Godkendelse af dagsorden","1-01-72-3-25","approved"),
 it(2,"Regnskab 2024 for Region Midtjylland","1-30-72-18-24","approved",prior=[(FU,"2025-04-08",None,"approved")]),
 it(3,"Udbud af patientbefordring 2026-2030","1-31-72-44-25","referred",prior=[(FU,"2025-04-08",None,"approved")]),
 it(4,"Forslag fra Enhedslisten om minimumsnormering på akutafdelingerne","1-10-72-61-25","rejected"),
 it(5,"Ventetider i psykiatrien - status","1-14-72-9-25","noted",part=["Helle Kudsk"]),
 it(6,"Køb af ejendom til sundhedshus",None,"approved",closed=True),
 it(7,"Regional udviklingsstrategi 2025-2028 - udkast til høring","1-30-72-9-25","postponed"),
 it(8,"Meddelelser","1-01-72-4-25","noted")])
act(RR,D,3,"Sagen sendes tilbage til Forretningsudvalget med henblik på en nærmere belysning af konsekvenserne for borgere i yderområderne.",
    "Sagen sendes tilbage til Forretningsudvalget",[(FU,"body")],None,"referral")
act(RR,D,5,"Administrationen fremlægger en handleplan for nedbringelse af ventetiderne for regionsrådet i september 2025.",
    "Administrationen fremlægger en handleplan for nedbringelse af ventetiderne",[("Administrationen","unit")],"2025-09-30","presentation",
    rng=("2025-09-01","2025-09-30"))
act(RR,D,8,"Regionsrådsformanden retter henvendelse til indenrigs- og sundhedsministeren om finansieringen af driften efter 2026.",
    "retter henvendelse til indenrigs- og sundhedsministeren",[("Anders Kühl Winther","person","Regionsrådsformanden")],None)
pp(RR,D,7,"1-30-72-9-25","2025-05-21","Sagen udsættes til regionsrådets møde den 21. maj 2025")
op("1-30-72-9-25","Regional udviklingsstrategi 2025-2028 - udkast til høring",RR,1,"2025-05-21")
case("1-30-72-18-24","Regnskab 2024 for Region Midtjylland",[(FU,"2025-04-08",None),(RR,D,2)])
case("1-31-72-44-25","Udbud af patientbefordring 2026-2030",[(FU,"2025-04-08",None),(RR,D,3)])
opt(D,2,"Regnskabet skal oversendes til revisionen senest 1. maj 2025","at regnskab 2024 godkendes og oversendes til revisionen",
    "Regionsrådet tiltrådte indstillingen")
opt(D,3,"at udbudsstrategien godkendes","Administrationen foreslår, at opgaven udbydes")
opt(D,5,"at orienteringen tages til efterretning")
opt(D,7,"at udkastet sendes i offentlig høring","Strategien skal sendes i offentlig høring")

# ------------------------------------------------------------ C Skive Teknik- og Miljøudvalget (pdftotext -layout)
D="2025-05-06"
meeting("skive-teknik-og-miljoeudvalget-2025-05-06.txt",TMU,D,"13:00","Mødelokale C, Skive Rådhus, Torvegade 10",
 ["Kristian Brøndum","Birthe Dahl","Jonas Riis","Malene Kirk","Troels Skaarup","Annie Lauge"],[
 it(1,"Godkendelse af dagsorden","25/5521","approved"),
 it(2,"Vintertjenesten - evaluering af sæsonen 2024/25","24/19044","noted"),
 it(3,"Forslag til lokalplan 27-083 for boliger ved Fjordparken, Skive","24/22871","approved"),
 it(4,"Ansøgning om miljøgodkendelse til udvidelse af svinebrug, Krejbjergvej 14","25/1188","rejected"),
 it(5,"Trafiksikkerhed ved Ørslevkloster Skole","25/3409","decided"),
 it(6,"Affaldstakster 2026 - drøftelse","25/4402","postponed"),
 it(7,"Kloakseparering i Balling - tidsplan","25/2977","discussed"),
 it(8,"Erstatningssag vedrørende vejbyggelinje","24/17730","none",closed=True)])
act(TMU,D,5,"Direktøren for Teknik og Miljø vender tilbage med en løsningsmodel og et overslag inden 1. oktober.",
    "vender tilbage med en løsningsmodel og et overslag",[("Peter Rask","person","Direktøren for Teknik og Miljø")],"2025-10-01")
act(TMU,D,7,"Forvaltningen udarbejder en revideret tidsplan til mødet i juni.",
    "Forvaltningen udarbejder en revideret tidsplan",[("Forvaltningen","unit")],"2025-06-30",rng=("2025-06-01","2025-06-30"))
act(TMU,D,7,"Lise Holm følger op over for Skive Forsyning om genetableringen af vejene.",
    "Lise Holm følger op over for Skive Forsyning",[("Lise Holm","person")],None)
pp(TMU,D,6,"25/4402",None,"Punktet blev udsat")
op("25/4402","Affaldstakster 2026 - drøftelse",TMU,1,None)
opt(D,2,"at evalueringen tages til efterretning")
opt(D,3,"at forslaget til lokalplan 27-083 sendes i offentlig høring","Anbefales over for Økonomiudvalget og Byrådet")
opt(D,4,"at der meddeles afslag på ansøgningen","Udvalget meddeler afslag","lugtgeneafstanden ikke kan overholdes")
opt(D,5,"at udvalget drøfter mulige tiltag","Udvalget ønsker en løsning med hævet flade og 40 km/t-zone")
opt(D,6,"at udvalget drøfter taksterne forud for budgetlægningen")
opt(D,7,"at udvalget drøfter sagen","separeringen i Balling er forsinket")

# ------------------------------------------------------------ D Samsø Kommunalbestyrelsen (Odense/Næstved-like web copy)
KB="Kommunalbestyrelsen"; D="2025-06-24"
meeting("samsoe-kommunalbestyrelsen-2025-06-24.txt",KB,D,"19:00","Kommunalbestyrelsens mødesal, Rådhuset, Søtofte 10, Tranebjerg",
 ["Jens Ole Krag","Birgit Aakjær","Niels Wium","Tove Mols","Karsten Lund Ibsen","Helle Brandt","Søren Kyhl","Anna Besser",
  "Ida Frost","Mogens Kær","Jytte Riber"],[
 it(61,"Godkendelse af dagsorden","25/50","approved"),
 it(62,"Meddelelser","25/51","noted"),
 it(63,"Budgetopfølgning pr. 31. maj 2025","25/1034","approved",prior=[(ØU,"2025-06-11",8,"approved")]),
 it(64,"Ny færgehavn i Sælvig - bevilling til forundersøgelse","24/2210","approved"),
 it(65,"Medlemsforslag fra Anna Besser (Ø) om gratis entré i svømmehallen for børn under 12 år","25/1310","referred"),
 it(66,"Lokalplan nr. 67 for sommerhusområde ved Ballen - endelig vedtagelse","24/3390","postponed"),
 it(67,"Valg af nyt medlem til Folkeoplysningsudvalget","25/1401","approved"),
 it(68,"Salg af areal i Tranebjerg Erhvervsområde",None,"approved",closed=True)])
act(KB,D,63,"Administrationen udarbejder en plan for at nedbringe merforbruget på ældreområdet til Økonomiudvalgets møde i august.",
    "Administrationen udarbejder en plan for at nedbringe merforbruget",[("Administrationen","unit")],"2025-08-31",
    source="prior-decision",rng=("2025-08-01","2025-08-31"))
act(KB,D,64,"Administrationen bemyndiges til at indgå aftale med en rådgiver om forundersøgelsen inden for rammen.",
    "Administrationen bemyndiges til at indgå aftale med en rådgiver",[("Administrationen","unit")],None)
act(KB,D,65,"Forslaget oversendes til Kultur- og Fritidsudvalget til videre behandling.",
    "Forslaget oversendes til Kultur- og Fritidsudvalget",[("Kultur- og Fritidsudvalget","body")],None,"referral")
pp(KB,D,66,"24/3390",None,"Sagen genoptages, når Miljøstyrelsens afgørelse om kystbeskyttelsen foreligger")
op("24/3390","Lokalplan nr. 67 for sommerhusområde ved Ballen - endelig vedtagelse",KB,1,None)
case("25/1034","Budgetopfølgning pr. 31. maj 2025",[(ØU,"2025-06-11",8),(KB,D,63)])
opt(D,63,"at budgetopfølgningen godkendes","Indstillingen tiltrådt")
opt(D,64,"at der bevilges 1,2 mio. kr. til en forundersøgelse")
opt(D,66,"at lokalplanen vedtages endeligt")
opt(D,67,"Godkendt, at Karsten Lund Ibsen (A) indtræder i Folkeoplysningsudvalget","Gruppe A har peget på Karsten")

# ------------------------------------------------------------ E Ikast-Brande Børne- og Ungeudvalget (Acadre/Cicero web copy)
BUU="Børne- og Ungeudvalget"; D="2025-02-10"
meeting("ikast-brande-boerne-og-ungeudvalget-2025-02-10.txt",BUU,D,"16:00","Mødelokale 3, Rådhuset, Centerparken 1, Ikast",
 ["Kirsten Ørum","Hans Peter Dal","Lene Brix","Winnie Sørup","Carsten Eg","Pernille Busk"],[
 it(7,"Godkendelse af dagsorden","2025/00012","approved"),
 it(8,"Budgetopfølgning 1 - Børn og Unge","2025/00988","noted"),
 it(9,"Skoledistrikter i Ikast - høring","2024/34364","approved",prior=[(BUU,"2025-01-13",5,"postponed")]),
 it(10,"Ansøgning om dispensation fra klassekvotienten, Bording Skole","2025/01107","approved"),
 it(11,"Dagtilbudsstruktur i Brande","2024/29870","postponed",part=["Lone Kjær"]),
 it(12,"Orientering om trivselsmåling 2024","2025/00745","noted"),
 it(13,"Klage over afgørelse om befordring",None,"none",closed=True)])
act(BUU,D,8,"Forvaltningen udarbejder et notat om udgifterne til specialundervisning uden for kommunen til mødet i april.",
    "Forvaltningen udarbejder et notat om udgifterne til specialundervisning",[("Forvaltningen","unit")],"2025-04-30",
    rng=("2025-04-01","2025-04-30"))
act(BUU,D,12,"Formanden tager kontakt til Ungerådet med henblik på et fællesmøde om resultaterne.",
    "Formanden tager kontakt til Ungerådet",[("Kirsten Ørum","person","Formanden")],None)
pp(BUU,"2025-01-13",5,"2024/34364",None,"Udsat","prior-decision")
pp(BUU,D,11,"2024/29870",None,"Sagen udsættes til næste møde")
op("2024/29870","Dagtilbudsstruktur i Brande",BUU,1,None)
case("2024/34364","Skoledistrikter i Ikast - høring",[(BUU,"2025-01-13",5),(BUU,D,9)])
opt(D,8,"at budgetopfølgningen tages til efterretning")
opt(D,9,"at forslaget sendes i høring hos skolebestyrelserne","Udvalget godkender, at forslaget sendes i høring",
    "Udvalget ønskede et kort over de berørte adresser")
opt(D,10,"at dispensationen gives for skoleåret 2025/26")
opt(D,11,"at udvalget vælger en af de tre modeller")
opt(D,12,"at orienteringen tages til efterretning")

# ------------------------------------------------------------ F Haderslev Beskæftigelsesudvalget (WorkZone-style pdftotext)
BEU="Beskæftigelsesudvalget"; D="2025-09-08"
meeting("haderslev-beskaeftigelsesudvalget-2025-09-08.txt",BEU,D,"15:30","Lokale 1.18, Rådhuset, Gåskærgade 26, Haderslev",
 ["Carl Erik Juhl","Bodil Skau","Merete Lind","Jesper Kamp","Sara Hammer","Niels Kahr"],[
 it(1,"Godkendelse af dagsorden","2025-000114","approved"),
 it(2,"Ledighed og beskæftigelsesindsats, 2. kvartal 2025","2025-009931","noted",part=["Martin Weis"]),
 it(3,"Beskæftigelsesplan 2026","2025-011842","approved"),
 it(4,"Virksomhedsrettet indsats for unge under 30 år - projektansøgning","2025-010577","approved"),
 it(5,"Ændret praksis for sygeopfølgning","2025-008214","postponed"),
 it(6,'Evaluering af projekt "Flere i job i Vojens"',"2024-021107","discussed"),
 it(7,"Personalesag",None,"none",closed=True),
 it(8,"Meddelelser","2025-000115","noted")])
act(BEU,D,6,"Jobcenterchefen vender tilbage med et forslag til videreførelse af de bedste elementer til udvalgets møde den 6. oktober 2025.",
    "Jobcenterchefen vender tilbage med et forslag til videreførelse",[("Martin Weis","person","Jobcenterchefen")],"2025-10-06")
pp(BEU,D,5,"2025-008214","2025-10-06","Udsat til næste møde")
op("2025-008214","Ændret praksis for sygeopfølgning",BEU,1,"2025-10-06")
opt(D,2,"at orienteringen tages til efterretning")
opt(D,3,"Sagen sendes til Økonomiudvalget med anbefaling","godkender planen og sender den videre til")
opt(D,4,"at ansøgningen godkendes","forudsætter en kommunal medfinansiering")
opt(D,5,"at den ændrede praksis godkendes")
opt(D,6,"at udvalget drøfter evalueringen")

# ------------------------------------------------------------ G Nyborg Kultur- og Fritidsudvalget (NetPublicator web copy, eDoc numbers)
KFU="Kultur- og Fritidsudvalget"; D="2025-08-19"
meeting("nyborg-kultur-og-fritidsudvalget-2025-08-19.txt",KFU,D,"16:00","Nyborg Rådhus, Torvet 1, mødelokale 3",
 ["Tina Lykke","Poul Anker Holm","Brian Hviid","Camilla Frost","Henrik Dyhr","Rikke Lassen"],[
 it(1,"Godkendelse af dagsorden","EMN-2025-00011","approved"),
 it(2,"Kulturpuljen 2025, 2. ansøgningsrunde - fordeling","EMN-2025-01984","approved"),
 it(3,"Renovering af Nyborg Bibliotek - projektforslag","EMN-2024-02217","approved"),
 it(4,"Ny model for lokaletilskud til foreninger","EMN-2025-01502","referred"),
 it(5,"Nyborg Voldspil 2026 - aftale om tilskud","EMN-2025-01677","postponed"),
 it(6,"Orientering om sommerens aktiviteter på Nyborg Slot","EMN-2025-01810","noted",part=["Jakob Thorsen"]),
 it(7,"Køb af kunstværk til Borgerservice",None,"none",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(KFU,D,4,"Sagen oversendes til Folkeoplysningsudvalget til udtalelse.",
    "Sagen oversendes til Folkeoplysningsudvalget",[("Folkeoplysningsudvalget","body")],None,"referral")
act(KFU,D,5,"Kulturchef Anne Bagge indhenter et revideret budget fra foreningen.",
    "Anne Bagge indhenter et revideret budget",[("Anne Bagge","person")],None)
act(KFU,D,8,"Forvaltningen undersøger sagen og vender tilbage til udvalget.",
    "Forvaltningen undersøger sagen og vender tilbage",[("Forvaltningen","unit")],None)
pp(KFU,D,5,"EMN-2025-01677","2025-09-16","Sagen udsættes til mødet den 16. september 2025")
op("EMN-2025-01677","Nyborg Voldspil 2026 - aftale om tilskud",KFU,1,"2025-09-16")
opt(D,2,"at puljen fordeles som angivet i bilag 1","Godkendt med den ændring, at Nyborg Jazzklub tildeles")
opt(D,3,"at projektforslaget anbefales over for Økonomiudvalget og Byrådet","Anbefales over for Økonomiudvalget og Byrådet")
opt(D,4,"at udvalget godkender den nye model","Udvalget ønsker foreningernes syn på modellen")
opt(D,5,"at der indgås en aftale for 2026-2028")
opt(D,6,"at orienteringen tages til efterretning")

# ------------------------------------------------------------ H Køge Socialudvalget (pdftotext, WorkZone numbers)
SU="Socialudvalget"; D="2025-10-07"
meeting("koege-socialudvalget-2025-10-07.txt",SU,D,"16:30","Mødelokale Lille Køge, Rådhuset, Torvet 1",
 ["Susanne Winkel","Jørn Hald","Nanna Thy","Ditte Moos","Flemming Ravn","Louise Kamp"],[
 it(84,"Godkendelse af dagsorden","2025-000301","approved"),
 it(85,"Budgetopfølgning pr. 31. august 2025","2025-000944","noted"),
 it(86,"Botilbuddet Solgården - tilsynsrapport","2025-003380","noted"),
 it(87,"Handleplan mod ensomhed blandt voksne med handicap","2025-004417","postponed",prior=[(SU,"2025-09-02",71,"postponed")]),
 it(88,"Takster for ophold på botilbud 2026","2025-005102","approved"),
 it(89,"Ansøgning om støtte fra Foreningen Sorgrummet","2025-005290","rejected"),
 it(90,"Rusmiddelstrategi 2026-2030 - temadrøftelse","2025-004980","discussed",part=["Pia Kold","Omar Said"]),
 it(91,"Sag om magtanvendelse",None,"none",closed=True)])
act(SU,D,86,"Forvaltningen udarbejder en opfølgningsplan til udvalgets møde den 4. november 2025.",
    "Forvaltningen udarbejder en opfølgningsplan",[("Forvaltningen","unit")],"2025-11-04")
act(SU,D,90,"Direktøren for Social og Sundhed vender tilbage med et udkast til strategi inden 1. december.",
    "Direktøren for Social og Sundhed vender tilbage med et udkast",[("Direktøren for Social og Sundhed","role")],"2025-12-01")
pp(SU,"2025-09-02",71,"2025-004417",None,"Sagen udsættes","prior-decision")
pp(SU,D,87,"2025-004417",None,"Sagen udsættes igen, da Handicaprådets høringssvar endnu ikke foreligger")
op("2025-004417","Handleplan mod ensomhed blandt voksne med handicap",SU,2,None)
case("2025-004417","Handleplan mod ensomhed blandt voksne med handicap",[(SU,"2025-09-02",71),(SU,D,87)])
opt(D,85,"at budgetopfølgningen tages til efterretning")
opt(D,86,"at tilsynsrapporten tages til efterretning")
opt(D,87,"Udvalget ønsker Handicaprådets høringssvar forelagt","Sagen genoptages, når høringssvaret er modtaget","at handleplanen godkendes")
opt(D,88,"at taksterne for 2026 anbefales","Anbefales over for Økonomiudvalget og Byrådet")
opt(D,89,"at ansøgningen ikke imødekommes")
opt(D,90,"at udvalget drøfter pejlemærkerne","Udvalget drøfter pejlemærker for den kommende strategi")

# ------------------------------------------------------------ I Morsø Direktionen (hand-made Word document)
DIR="Direktionen"; D="2025-01-15"
meeting("morsoe-direktionen-2025-01-15.txt",DIR,D,"08:30","Direktionens mødelokale, Rådhuset, Jernbanevej 7, Nykøbing Mors",
 ["Bent Skov","Hanne Lodahl","Per Ulsøe"],[
 it(1,"Godkendelse af dagsorden og referat fra mødet den 8. januar",None,"approved"),
 it(2,"Budget 2026 – proces og tidsplan","25/211","approved"),
 it(3,"Revision af indkøbspolitik","24/30112","discussed",part=["Søren Thy"]),
 it(4,"Sygefravær 4. kvartal 2024","24/28804","noted"),
 it(5,"Ny rammeaftale om vikarer","24/29110","postponed"),
 it(6,"Henvendelse fra Mors Erhvervsråd om fælles brandingkampagne","25/180","referred"),
 it(7,"Eventuelt",None,"none")])
act(DIR,D,2,"BS sender tidsplanen til Økonomiudvalget til orientering inden 1. februar.",
    "BS sender tidsplanen til Økonomiudvalget",[("Bent Skov","person","BS")],"2025-02-01")
act(DIR,D,3,"PU og Søren Thy udarbejder et revideret udkast til direktionsmødet den 12. februar.",
    "Søren Thy udarbejder et revideret udkast",[("Per Ulsøe","person","PU"),("Søren Thy","person")],"2025-02-12")
act(DIR,D,4,"HL tager kontakt til lederne på dagtilbudsområdet om fraværsindsatsen.",
    "HL tager kontakt til lederne på dagtilbudsområdet",[("Hanne Lodahl","person","HL")],None)
act(DIR,D,6,"Sagen forelægges Økonomiudvalget på mødet den 29. januar 2025.",
    "Sagen forelægges Økonomiudvalget",[(ØU,"body")],"2025-01-29","referral")
act(DIR,D,6,"BS orienterer borgmesteren inden da.",
    "BS orienterer borgmesteren",[("Bent Skov","person","BS")],"2025-01-29")
pp(DIR,D,5,"24/29110","2025-01-22","Udsat til næste møde")
op("24/29110","Ny rammeaftale om vikarer",DIR,1,"2025-01-22")
opt(D,2,"Direktionen godkendte tidsplanen","Økonomichefen har udarbejdet forslag til tidsplan")
opt(D,6,"Mors Erhvervsråd foreslår en fælles kampagne")

# ------------------------------------------------------------ J Lolland Handicaprådet (Word document, no case numbers)
HR="Handicaprådet"; D="2025-11-12"
meeting("lolland-handicapraadet-2025-11-12.txt",HR,D,"16:00","Rådhuset i Maribo, Vestergade 2, mødelokale 2",
 ["Kirsten Bach","Torben Æbelø","Lis Harboe","Jan Kofod Lund","Helle Skaarup"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 10. september 2025",None,"approved"),
 it(3,"Høring: Kvalitetsstandard for ledsagelse efter servicelovens § 97",None,"decided"),
 it(4,"Tilgængelighed på stationerne i Nakskov og Maribo",None,"discussed"),
 it(5,"Orientering fra Kommunalbestyrelsen",None,"noted"),
 it(6,"Handicappolitik 2026-2029 - proces",None,"postponed"),
 it(7,"Handicapprisen 2025",None,"decided"),
 it(8,"Eventuelt",None,"none")])
act(HR,D,3,"Kirsten Bach og Lis Harboe skriver udkast til høringssvar og sender det til rådets medlemmer inden 20. november.",
    "Lis Harboe skriver udkast til høringssvar",[("Kirsten Bach","person"),("Lis Harboe","person")],"2025-11-20")
act(HR,D,4,"Formanden tager kontakt til Lokaltog A/S om en fælles besigtigelse af stationerne.",
    "Formanden tager kontakt til Lokaltog A/S",[("Kirsten Bach","person","Formanden")],None)
act(HR,D,7,"Torben Æbelø kontakter modtageren inden 1. december.",
    "Torben Æbelø kontakter modtageren",[("Torben Æbelø","person")],"2025-12-01")
pp(HR,D,6,None,None,"Punktet blev udsat")
opt(D,3,"Handicaprådet afgiver høringssvar")
opt(D,7,"Rådet besluttede at tildele årets handicappris")

# ------------------------------------------------------------ K Rudersdal Folkeoplysningsudvalget (First Agenda web copy)
FOU="Folkeoplysningsudvalget"; D="2025-06-10"
meeting("rudersdal-folkeoplysningsudvalget-2025-06-10.txt",FOU,D,"17:00","Mødelokale 2, Rådhuset, Øverødvej 2, Holte",
 ["Peter Brix","Lone Bech","Claus Wendt","Susanne Kragh","Anne Schack","Jakob Hein"],[
 it(1,"Godkendelse af dagsorden","25/102","approved"),
 it(2,"Fordeling af lokaletilskud 2025","25/8812","approved"),
 it(3,"Ansøgning om ekstraordinært tilskud fra Holte Roklub","25/9034","rejected"),
 it(4,"Revision af retningslinjer for udlån af kommunale lokaler","25/7741","postponed"),
 it(5,"Folkeoplysningspolitik 2026-2029 - høringsudkast","25/6620","approved"),
 it(6,"Frivillighedsprisen 2025","25/9300","decided"),
 it(7,"Meddelelser og eventuelt",None,"decided")])
act(FOU,D,6,"Forvaltningen sender indstillingen til Kultur- og Fritidsudvalget inden 1. juli.",
    "Forvaltningen sender indstillingen til Kultur- og Fritidsudvalget",[("Forvaltningen","unit")],"2025-07-01")
act(FOU,D,7,"Susanne Kragh følger op med aftenskolerne om det nye tilmeldingssystem.",
    "Susanne Kragh følger op med aftenskolerne",[("Susanne Kragh","person")],None)
pp(FOU,D,4,"25/7741","2025-09-09","Udsat til næste møde")
op("25/7741","Revision af retningslinjer for udlån af kommunale lokaler",FOU,1,"2025-09-09")
opt(D,2,"at lokaletilskuddet fordeles som foreslået")
opt(D,3,"at ansøgningen ikke imødekommes")
opt(D,4,"at de reviderede retningslinjer godkendes")
opt(D,5,"at Folkeoplysningsudvalget anbefaler udkastet","Udvalget anbefaler udkastet","Oversendes til Kultur- og Fritidsudvalget")
opt(D,6,"Udvalget besluttede at indstille Nærum Boldklubs ungdomsafdeling")

# ------------------------------------------------------------ L Solrød Ungdomsskolebestyrelsen (hand-made Word document)
UB="Ungdomsskolebestyrelsen"; D="2025-09-25"
meeting("solroed-ungdomsskolebestyrelsen-2025-09-25.txt",UB,D,"17:00","Ungdomsskolens mødelokale, Solrød Center 58",
 ["Karen Ehlers","Jens Ravn","Birgitte Sol","Ida Nørby","Mikkel Stær"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser fra ungdomsskolelederen",None,"noted"),
 it(3,"Budgetopfølgning og budget 2026",None,"approved"),
 it(4,"Undervisningstilbud 2025/26 – tilmeldinger",None,"noted"),
 it(5,"Klubtilbud i Havdrup",None,"discussed"),
 it(6,"Revision af ordensreglementet",None,"postponed"),
 it(7,"Evt.",None,"decided")])
act(UB,D,5,"Lars Agger undersøger mulighederne for lokaler på Havdrup Skole og fremlægger et forslag på næste møde.",
    "Lars Agger undersøger mulighederne for lokaler på Havdrup Skole",[("Lars Agger","person")],"2025-11-27")
act(UB,D,7,"Ida og Mikkel planlægger festen sammen med Eva Holt, så den kan holdes fredag den 31. oktober.",
    "Ida og Mikkel planlægger festen sammen med Eva Holt",
    [("Ida Nørby","person","Ida"),("Mikkel Stær","person","Mikkel"),("Eva Holt","person")],"2025-10-31")
pp(UB,D,6,None,"2025-11-27","Udsættes til næste møde")
opt(D,3,"Bestyrelsen godkendte budgetrammen for 2026")
opt(D,7,"Ida Nørby foreslog en halloweenfest")

PEOPLE=[
 ("Henrik Lund Ravn",["borgmester","formand"],["Borgmesteren"]),("Pia Rosendahl",["Kommunaldirektør"],[]),("Tina Holst",["Økonomichef"],[]),
 ("Anders Kühl Winther",["Regionsrådsformand"],["Regionsrådsformanden"]),("Helle Kudsk",["Psykiatridirektør"],[]),
 ("Kristian Brøndum",["formand"],[]),("Peter Rask",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),("Lise Holm",["Vejchef"],[]),
 ("Jens Ole Krag",["borgmester"],["Borgmesteren"]),("Jytte Riber",["stedfortræder"],[]),
 ("Kirsten Ørum",["formand"],["Formanden"]),("Lone Kjær",["Dagtilbudschef"],[]),("Jakob Winther",["Børne- og ungedirektør"],[]),
 ("Carl Erik Juhl",["formand"],["Formanden"]),("Martin Weis",["Jobcenterchef"],["Jobcenterchefen"]),
 ("Tina Lykke",["formand"],[]),("Anne Bagge",["Kulturchef"],[]),("Jakob Thorsen",["Museumsdirektør"],[]),
 ("Susanne Winkel",["formand"],[]),("Pia Kold",["Rusmiddelkonsulent"],[]),("Omar Said",["leder af Rusmiddelcenter Køge"],[]),
 ("Bent Skov",["Kommunaldirektør"],["BS"]),("Hanne Lodahl",["direktør for Børn og Kultur"],["HL"]),("Per Ulsøe",["direktør for Teknik og Miljø"],["PU"]),
 ("Ruth Engelbrecht",["Direktør for Social og Sundhed"],["RE"]),("Maja Holm",["Direktionssekretær","Referent"],["MH"]),("Søren Thy",["Indkøbschef"],[]),
 ("Kirsten Bach",["formand"],["Formanden"]),("Lene Hauge",["Chef for Handicap og Psykiatri","sekretær"],[]),("Torben Æbelø",[],[]),("Lis Harboe",[],[]),
 ("Peter Brix",["formand"],[]),("Claus Wendt",["næstformand"],[]),("Susanne Kragh",[],[]),("Malene Torp",["Fritidschef"],[]),
 ("Karen Ehlers",["formand"],[]),("Lars Agger",["Ungdomsskoleleder","sekretær","Referent"],[]),("Eva Holt",["afdelingsleder"],[]),
 ("Ida Nørby",["elevrepræsentant"],["Ida"]),("Mikkel Stær",["elevrepræsentant"],["Mikkel"]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b20-{i:03d}"
gold=dict(version=1,asOf="2025-12-31",corpusEnd="2025-11-12",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",len(A),"actions",len(OPT),"optional",
      len(P),"postponements",len(OP),"openPostponed",len(C),"cases")
