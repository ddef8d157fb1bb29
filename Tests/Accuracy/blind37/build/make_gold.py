#!/usr/bin/env python3
"""Generates ../gold.json for blind37 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Haderslev Plan- og Miljøudvalget 7 Feb (Prepare PDF, pdftotext raw)
PMU="Plan- og Miljøudvalget"; D="2040-02-07"; D2="2040-03-06"
HLOC="Mødelokale 1.12, Haderslev Rådhus, Gåskærgade 26, 6100 Haderslev"
HJ="Kommuneplantillæg nr. 38 og lokalplan 11-214 for boliger ved Hjelmdal"
HJS="Direktøren for Teknik og Miljø fremlægger en trafikanalyse for Hjelmdalvej på mødet den 6. marts 2040."
meeting("haderslev-plan-og-miljoeudvalget-2040-02-07.txt",PMU,D,"15:00",HLOC,
 ["Jens Kristian Buhl","Lene Sønderby","Mogens Hvas","Anders Juul Krag","Birthe Nørgaard","Tage Rømer"],[
 it(1,"Godkendelse af dagsorden","40/1417","approved"),
 it(2,HJ,"39/28114","postponed"),
 it(3,"Ansøgning om landzonetilladelse til ridehal, Øsby Næsvej 14","40/0733","rejected"),
 it(4,"Spildevandsplan 2040-2052 - forslag til offentlig høring","39/30512","approved"),
 it(5,"Naturpark Lillebælt - status","39/22960","noted",part=["Ida Friis"]),
 it(6,"Vandløbsregulativ for Tørning Å - høringssvar","39/25508","approved",prior=[(PMU,"2039-11-28",9,"postponed")]),
 it(7,"Køb af areal til regnvandsbassin ved Vojens",None,"approved",closed=True),
 it(8,"Meddelelser","40/1418","noted")])
act(PMU,D,2,HJS,"fremlægger en trafikanalyse for Hjelmdalvej",[("Helle Brink Østergaard","person","Direktøren for Teknik og Miljø")],"2040-03-06","presentation")
act(PMU,D,4,"Forvaltningen (Rune Dalsgaard) afholder et informationsmøde for grundejerne i Vojens inden udgangen af april 2040.",
    "afholder et informationsmøde for grundejerne i Vojens",[("Rune Dalsgaard","person","Forvaltningen")],"2040-04-30")
act(PMU,D,5,"Udvalget ønsker en status på naturplejeprojekterne inden udgangen af 3. kvartal 2040.",
    "status på naturplejeprojekterne",[],"2040-09-30","presentation")
act(PMU,D,8,"Sekretariatet v/ Marianne Kjeldsen udsender udvalgets mødeplan for 2041 senest den 1. september 2040.",
    "udsender udvalgets mødeplan for 2041",[("Marianne Kjeldsen","person","Sekretariatet")],"2040-09-01")
pp(PMU,"2039-11-28",9,"39/25508",None,"Sagen udsættes, indtil Miljøstyrelsens udtalelse foreligger","prior-decision")
pp(PMU,D,2,"39/28114","2040-03-06","Sagen udsættes til udvalgets møde den 6. marts 2040")
case("39/25508","Vandløbsregulativ for Tørning Å - høringssvar",[(PMU,"2039-11-28",9),(PMU,D,6)])
case("39/28114",HJ,[(PMU,D,2),(PMU,D2,2)])
opt(D,2,"at forslagene anbefales sendt i offentlig høring i 8 uger","Sagen udsættes til udvalgets møde den 6. marts 2040")
opt(D,3,"at der meddeles afslag på landzonetilladelse","Udvalget meddeler afslag med 4 stemmer mod 1","For at meddele tilladelse stemte Tage Rømer")
opt(D,4,"Godkendt, at forslaget sendes i offentlig høring i 8 uger","Mogens Hvas (O) mødte under behandlingen af punktet")
opt(D,5,"Naturparkkoordinator Ida Friis deltog under punktet","at orienteringen tages til efterretning")
opt(D,6,"at regulativet vedtages endeligt","Sagen udsættes, indtil Miljøstyrelsens udtalelse foreligger")
opt(D,8,"Direktøren for Teknik og Miljø orienterede om sagsbehandlingstiderne")

# ------------------------------------------------------------ B Haderslev Plan- og Miljøudvalget 6 Mar (printervenlig web page)
D=D2
meeting("haderslev-plan-og-miljoeudvalget-2040-03-06.html",PMU,D,"15:00",HLOC,
 ["Jens Kristian Buhl","Lene Sønderby","Mogens Hvas","Solveig Dam","Anders Juul Krag","Birthe Nørgaard","Henriette Lau"],[
 it(1,"Godkendelse af dagsorden","40/2350","approved"),
 it(2,HJ,"39/28114","approved",prior=[(PMU,"2040-02-07",2,"postponed")]),
 it(3,"Lokalplan 14-07 for solcelleanlæg ved Skovby - endelig vedtagelse","39/31870","approved"),
 it(4,"Ansøgninger til Grøn Pulje 2040","40/1988","referred"),
 it(5,"Status på ny indsamlingsordning for madaffald","40/0342","noted",part=["Kirsten Lodahl"]),
 it(6,"Udpegning af medlem til Vandrådet for Lillebælt/Jylland","40/2101","postponed"),
 it(7,"Ekspropriation af del af matr.nr. 12b Hammelev By","40/2277","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(PMU,D,2,HJS,"fremlægger en trafikanalyse for Hjelmdalvej",[("Helle Brink Østergaard","person","Direktøren for Teknik og Miljø")],
    "2040-03-06","presentation",source="prior-decision")
act(PMU,D,4,"Ansøgningerne oversendes til Klimarådet til udtalelse, inden udvalget fordeler puljen.",
    "oversendes til Klimarådet til udtalelse",[("Klimarådet","body")],None,"referral")
act(PMU,D,5,"Forvaltningen (Kirsten Lodahl) undersøger, hvordan sorteringen i etageboligerne kan forbedres, og orienterer udvalget i uge 40.",
    "undersøger, hvordan sorteringen i etageboligerne kan forbedres",[("Kirsten Lodahl","person","Forvaltningen")],"2040-10-07",
    rng=("2040-10-01","2040-10-07"))
pp(PMU,D,6,"40/2101","2040-04-10","Punktet udsættes til næste møde")
op("40/2101","Udpegning af medlem til Vandrådet for Lillebælt/Jylland",PMU,1,"2040-04-10")
opt(D,2,"Sagen udsættes til udvalgets møde den 6. marts 2040","Anbefales over for Økonomiudvalget og Byrådet med 6 stemmer mod 1",
    "Imod stemte Mogens Hvas (O), som ønsker færre boliger","Forvaltningen foreslår en hævet flade")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet med 5 stemmer mod 1","deltog ikke i behandlingen af punktet på grund af inhabilitet")
opt(D,4,"at puljen fordeles som foreslået")
opt(D,5,"Affaldschef Kirsten Lodahl deltog under punktet","at orienteringen tages til efterretning")

# ------------------------------------------------------------ C Faxe Teknik- og Miljøudvalget (SBSYS PDF, pdftotext -layout)
TMU="Teknik- og Miljøudvalget"; D="2040-01-16"
meeting("faxe-teknik-og-miljoeudvalget-2040-01-16.txt",TMU,D,"16:00","Mødelokale 2, Faxe Rådhus, Frederiksgade 9, Haslev",
 ["Pernille Strand","Ole Brandt Hjorth","Søren Munk","Lis Ebbesen","Dorte Fenger","Rasmus Kvist"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-1-40","approved"),
 it(2,"Vintertjeneste - midtvejsstatus for sæson 2039/40","05.01.12-G01-2-39","noted"),
 it(3,"Trafiksikkerhedsplan 2040-2044","05.13.00-P15-1-39","approved"),
 it(4,"Ansøgning om nedklassificering af Lystrupvej til privat fællesvej","05.01.02-P20-7-39","postponed"),
 it(5,"Klage over vedligeholdelse af Tryggevælde Å","06.02.03-K08-2-39","rejected"),
 it(6,"Klimatilpasning i Karise - medfinansiering","06.00.05-P20-3-39","approved",prior=[(TMU,"2039-12-05",7,"discussed")]),
 it(7,"Erstatningssag vedrørende vejbelysning","05.04.00-G01-4-39","approved",closed=True),
 it(8,"Orientering fra direktøren og formanden","00.01.00-A00-2-40","noted")])
act(TMU,D,2,"Vejchefen (AR) fremlægger forslag til et nyt serviceniveau for cykelstier på udvalgets møde i maj.",
    "fremlægger forslag til et nyt serviceniveau for cykelstier",[("Anette Rasmussen","person","Vejchefen")],"2040-05-31","presentation",
    rng=("2040-05-01","2040-05-31"))
act(TMU,D,4,"Administrationen indhenter udtalelsen hos Midt- og Vestsjællands Politi.",
    "indhenter udtalelsen hos Midt- og Vestsjællands Politi",[("Administrationen","unit")],None)
act(TMU,D,6,"Administrationen undersøger muligheden for medfinansiering fra Faxe Forsyning.",
    "undersøger muligheden for medfinansiering fra Faxe Forsyning",[("Administrationen","unit")],None,source="prior-decision")
act(TMU,D,8,"Direktøren for Kultur, Teknik og Miljø sender en skriftlig status på krydset til udvalget primo marts.",
    "sender en skriftlig status på krydset",[("Martin Lykke Holm","person","Direktøren for Kultur, Teknik og Miljø")],"2040-03-10",
    rng=("2040-03-01","2040-03-10"))
pp(TMU,D,4,"05.01.02-P20-7-39",None,"Sagen udsættes, indtil der foreligger en udtalelse fra politiet")
op("05.01.02-P20-7-39","Ansøgning om nedklassificering af Lystrupvej til privat fællesvej",TMU,1,None)
case("06.00.05-P20-3-39","Klimatilpasning i Karise - medfinansiering",[(TMU,"2039-12-05",7),(TMU,D,6)])
opt(D,2,"Direktionen foreslår, at orienteringen tages til efterretning")
opt(D,3,"Direktionen foreslår, at planen godkendes","Godkendt med 5 stemmer mod 1","Imod stemte Dorte Fenger")
opt(D,4,"Direktionen foreslår, at vejen nedklassificeres")
opt(D,5,"Udvalget kan ikke imødekomme klagen")
opt(D,6,"Anbefales over for Økonomiudvalget og Byrådet","anbefaler Økonomiudvalget og Byrådet at give en anlægsbevilling")
opt(D,8,"Direktøren orienterede om, at Vejdirektoratet","Formanden orienterede fra KKR's trafikgruppe")

# ------------------------------------------------------------ D Region Nordjylland, Udvalg for Regional Udvikling (eDoc PDF, raw, cp1252)
URU="Udvalg for Regional Udvikling"; D="2040-04-17"
meeting("region-nordjylland-udvalg-for-regional-udvikling-2040-04-17.txt",URU,D,"13:00",
 "Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst, mødelokale E",
 ["Mette Skov Lauridsen","Knud Erik Bech","Hans Jørgen Tolstrup","Inge Dahl","Jørn Ladefoged","Sara Kjærgaard","Helene Vadstrup"],[
 it(1,"Godkendelse af dagsorden","2040-000412","approved"),
 it(2,"Regional ruteplan for busser 2041","2039-018870","approved"),
 it(3,"Uddannelsespuljen 2040 - fordeling af midler","2040-002207","approved"),
 it(4,"Kulturaftale for Nordjylland 2041-2044","2039-021154","approved",prior=[(URU,"2040-03-12",5,"postponed")]),
 it(5,"Ansøgning fra Aalborg Universitet om medfinansiering af testcenter for havvind","2040-001876","postponed"),
 it(6,"Lejemål til Erhvervshus Nord",None,"approved",closed=True),
 it(7,"Meddelelser og eventuelt","2040-000413","decided")])
act(URU,D,3,"Administrationen (SRB) udsender tilsagnsbreve til ansøgerne senest den 2. maj 2040.",
    "udsender tilsagnsbreve til ansøgerne",[("Susanne Ravn Bak","person","Administrationen")],"2040-05-02")
act(URU,D,5,"Direktøren for Regional Udvikling udarbejder notatet til mødet den 22. maj 2040.",
    "Direktøren for Regional Udvikling udarbejder notatet",[("Peder Vad Jessen","person","Direktøren for Regional Udvikling")],"2040-05-22")
act(URU,D,7,"Sekretariatet v/ Susanne Ravn Bak sender mødeplanen for 2. halvår 2040 til medlemmerne inden udgangen af maj.",
    "sender mødeplanen for 2. halvår 2040 til medlemmerne",[("Susanne Ravn Bak","person","Sekretariatet")],"2040-05-31")
pp(URU,"2040-03-12",5,"2039-021154",None,"Sagen blev udsat med henblik på en drøftelse med KKR Nordjylland","prior-decision")
pp(URU,D,5,"2040-001876","2040-05-22","Sagen udsættes til udvalgets møde den 22. maj 2040")
op("2040-001876","Ansøgning fra Aalborg Universitet om medfinansiering af testcenter for havvind",URU,1,"2040-05-22")
case("2039-021154","Kulturaftale for Nordjylland 2041-2044",[(URU,"2040-03-12",5),(URU,D,4)])
opt(D,2,"Udvalget anbefaler forretningsudvalget og regionsrådet at godkende ruteplanen","Sara Kjærgaard (Ø) tager forbehold")
opt(D,3,"Administrationen indstiller, at puljen fordeles som foreslået")
opt(D,4,"Sagen blev udsat med henblik på en drøftelse med KKR Nordjylland","Udvalget anbefaler kulturaftalen over for forretningsudvalget og regionsrådet")
opt(D,5,"Sagen udsættes til udvalgets møde den 22. maj 2040","Administrationen indstiller, at der gives tilsagn")
opt(D,7,"Formanden orienterede om mødet i Nordjysk Fødevarepartnerskab")

# ------------------------------------------------------------ E Thisted Børne- og Familieudvalget (Acadre PDF, -layout, CRLF)
BFU="Børne- og Familieudvalget"; D="2040-05-10"
meeting("thisted-boerne-og-familieudvalget-2040-05-10.txt",BFU,D,"14:00","Mødelokale 1, Rådhuset, Asylgade 30, Thisted",
 ["Karen Brix Thomsen","Niels Holmgaard","Rikke Stenbjerg","Anja Hvidberg","Thomas Dahlgaard","Lise Bak Jeppesen","Gitte Lodberg"],[
 it(41,"Godkendelse af dagsorden","40/0015","approved"),
 it(42,"Kvalitetsrapport for folkeskolerne 2039/40","39/11873","approved",part=["Jonas Fuglsang"]),
 it(43,"Ny dagtilbudsstruktur i Hanstholm og Frøstrup","39/14442","postponed"),
 it(44,"Ansøgning om tilskud fra Klitmøller Friskole til udvidelse af SFO","40/3012","rejected"),
 it(45,"Budgetopfølgning på anbringelsesområdet","40/1190","noted",prior=[(BFU,"2040-04-12",33,"noted")]),
 it(46,"Klage over afgørelse om tabt arbejdsfortjeneste","40/4120","noted",closed=True),
 it(47,"Meddelelser","40/0016","noted")])
act(BFU,D,43,"Forvaltningen (Kim Lyng) indhenter høringssvar fra forældrebestyrelserne inden den 1. juni 2040.",
    "indhenter høringssvar fra forældrebestyrelserne",[("Kim Lyng","person","Forvaltningen")],"2040-06-01")
act(BFU,D,45,"Forvaltningen fremlægger en handleplan for nedbringelse af merforbruget.",
    "Forvaltningen fremlægger en handleplan for nedbringelse af merforbruget",[("Forvaltningen","unit")],None,"presentation",
    source="prior-decision")
act(BFU,D,45,"Udvalget ønsker en opfølgning på handleplanen på mødet i september.",
    "opfølgning på handleplanen",[],"2040-09-30","presentation",rng=("2040-09-01","2040-09-30"))
act(BFU,D,47,"Børne- og familiechefen indkalder dagplejerne til et dialogmøde i uge 24.",
    "indkalder dagplejerne til et dialogmøde",[("Lars Yde Kjær","person","Børne- og familiechefen")],"2040-06-17",
    rng=("2040-06-11","2040-06-17"))
pp(BFU,D,43,"39/14442",None,"Sagen udsættes, indtil der foreligger en ny befolkningsprognose")
op("39/14442","Ny dagtilbudsstruktur i Hanstholm og Frøstrup",BFU,1,None)
case("40/1190","Budgetopfølgning på anbringelsesområdet",[(BFU,"2040-04-12",33),(BFU,D,45)])
opt(D,42,"Anbefales godkendt over for byrådet","Forvaltningen indstiller, at udvalget anbefaler byrådet")
opt(D,43,"Forvaltningen indstiller, at forslaget godkendes","Høringsfristen for forældrebestyrelserne er 24. maj 2040")
opt(D,44,"Ansøgningen imødekommes ikke","Lise Bak Jeppesen (F) stemte for at imødekomme ansøgningen",
    "Rikke Stenbjerg (V) deltog ikke i behandlingen af punktet")
opt(D,47,"Formanden orienterede om dialogmødet","Børne- og familiechefen orienterede om sygefraværet")

# ------------------------------------------------------------ F Kalundborg Økonomiudvalget (older KMD-like print, -layout)
ØU="Økonomiudvalget"; D="2040-06-20"
meeting("kalundborg-oekonomiudvalget-2040-06-20.txt",ØU,D,"08:00","Mødelokale 1, Kalundborg Rådhus, Holbækvej 141, Kalundborg",
 ["Lars Mørch Frandsen","Anne Brøns","Kim Hjortlund","Jytte Bang Sørensen","Peer Munkholm","Mads Vilstrup"],[
 it(112,"Godkendelse af dagsorden","40/0044","approved"),
 it(113,"Budget 2041-2044 - budgetforslag til 1. behandling","40/2005","approved"),
 it(114,"Salg af byggegrunde i Rørby - prisfastsættelse","40/2876","approved"),
 it(115,"Revision af indkøbspolitikken","39/9915","approved",prior=[(ØU,"2040-05-16",98,"postponed")]),
 it(116,"Henvendelse fra Region Sjælland om busbetjening af Kalundborg Sygehus","40/3118","referred"),
 it(117,"Ansøgning om kommunegaranti - Kalundborg Golfklub","40/3102","postponed"),
 it(118,"Køb af ejendom, Slagelsevej 61","40/3391","approved",closed=True),
 it(119,"Meddelelser","40/0045","noted")])
act(ØU,D,113,"Økonomichefen udarbejder en oversigt over anlægsønskerne til budgetseminaret den 27. august 2040.",
    "udarbejder en oversigt over anlægsønskerne",[("Tommy Lindved","person","Økonomichefen")],"2040-08-27")
act(ØU,D,116,"Sagen oversendes til Teknik- og Miljøudvalget til videre behandling.",
    "Sagen oversendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(ØU,D,117,"Økonomiafdelingen indhenter klubbens regnskaber for 2038 og 2039.",
    "Økonomiafdelingen indhenter klubbens regnskaber",[("Økonomiafdelingen","unit")],None)
act(ØU,D,119,"Kommunaldirektøren fremlægger et forslag til en ny styringsmodel for Økonomiudvalget inden udgangen af 3. kvartal 2040.",
    "fremlægger et forslag til en ny styringsmodel",[("Birgitte Aas Rømer","person","Kommunaldirektøren")],"2040-09-30","presentation")
pp(ØU,"2040-05-16",98,"39/9915",None,"Sagen udsættes","prior-decision")
pp(ØU,D,117,"40/3102","2040-08-15","Sagen udsættes til Økonomiudvalgets møde den 15. august 2040")
op("40/3102","Ansøgning om kommunegaranti - Kalundborg Golfklub",ØU,1,"2040-08-15")
case("39/9915","Revision af indkøbspolitikken",[(ØU,"2040-05-16",98),(ØU,D,115)])
opt(D,113,"Oversendes til 1. behandling i Byrådet","Kommunaldirektøren indstiller, at budgetforslaget oversendes")
opt(D,114,"Anbefales over for Byrådet")
opt(D,115,"Godkendt med 4 stemmer mod 1","Mads Vilstrup (Ø) ønsker krav om overenskomst")
opt(D,117,"Sagen udsættes til Økonomiudvalgets møde den 15. august 2040","Kommunaldirektøren indstiller, at der gives garanti")
opt(D,119,"Kommunaldirektøren orienterede om status på udbuddet")

# ------------------------------------------------------------ G Hjørring Kultur- og Fritidsudvalget (web page, attendance table)
KFU="Kultur- og Fritidsudvalget"; D="2040-08-22"
meeting("hjoerring-kultur-og-fritidsudvalget-2040-08-22.html",KFU,D,"16:30","Lokale 2.17, Rådhuset, Springvandspladsen 5, Hjørring",
 ["Peter Kræmer","Lotte Damgaard","Søren Bach Rytter","Malene Fisker","Ulrik Sejersen","Jesper Thorup"],[
 it(60,"Godkendelse af dagsorden","18.00.00-A00-4-40","approved"),
 it(61,"Kulturstrategi 2041-2044","20.00.00-P22-1-39","approved"),
 it(62,"Ansøgning om underskudsgaranti til Vendsyssel Sommerfestival","20.05.00-Ø54-2-40","rejected"),
 it(63,"Udbygning af Sindal Hallen","20.11.00-G01-6-39","approved",prior=[(KFU,"2040-05-30",44,"postponed")]),
 it(64,"Forlænget åbningstid i Hjørring Svømmehal","18.20.05-G01-1-40","postponed"),
 it(65,"Fordeling af talentmidler 2041","18.15.00-Ø40-1-40","referred"),
 it(66,"Forpagtning af caféen i Hjørring Bibliotek",None,"approved",closed=True),
 it(67,"Eventuelt",None,"decided")])
act(KFU,D,61,"Kultur- og fritidschefen (AMB) tilrettelægger et dialogmøde med kulturinstitutionerne om handleplanen i uge 45.",
    "tilrettelægger et dialogmøde med kulturinstitutionerne",[("Ane Marie Bjerre","person","Kultur- og fritidschefen")],"2040-11-11",
    rng=("2040-11-05","2040-11-11"))
act(KFU,D,65,"Sagen sendes til udtalelse i Idrætsrådet, inden udvalget træffer beslutning.",
    "Sagen sendes til udtalelse i Idrætsrådet",[("Idrætsrådet","body")],None,"referral")
act(KFU,D,67,"Fritidskonsulenten (NB) undersøger forsikringsdækningen og svarer udvalget skriftligt inden den 1. oktober 2040.",
    "undersøger forsikringsdækningen",[("Nikolaj Brandt","person","Fritidskonsulenten")],"2040-10-01")
pp(KFU,"2040-05-30",44,"20.11.00-G01-6-39",None,"Sagen udsættes, indtil der foreligger et revideret anlægsbudget","prior-decision")
pp(KFU,D,64,"18.20.05-G01-1-40","2040-09-19","Sagen udsættes til næste møde")
op("18.20.05-G01-1-40","Forlænget åbningstid i Hjørring Svømmehal",KFU,1,"2040-09-19")
case("20.11.00-G01-6-39","Udbygning af Sindal Hallen",[(KFU,"2040-05-30",44),(KFU,D,63)])
opt(D,61,"Udvalget godkendte strategien og anbefaler den over for byrådet")
opt(D,62,"Ansøgningen blev ikke imødekommet","Et mindretal (Søren Bach Rytter og Jesper Thorup)")
opt(D,63,"Anbefales over for Økonomiudvalget og byrådet")
opt(D,67,"Lotte Damgaard spurgte til vandskaden")

# ------------------------------------------------------------ H Skanderborg Social- og Sundhedsudvalget (web page, accordion items)
SSU="Social- og Sundhedsudvalget"; D="2040-09-13"
meeting("skanderborg-social-og-sundhedsudvalget-2040-09-13.html",SSU,D,"15:00","Udvalgsværelse 3, Skanderborg Rådhus, Adelgade 44, Skanderborg",
 ["Maria Lind Overgaard","Henrik Sandø","Tina Agerskov","Jens Ole Bredal","Pia Lunde Krog","Asger Mølgaard","Dennis Kromann"],[
 it(1,"Godkendelse af dagsorden","40-031201","approved"),
 it(2,"Sundhedspolitik 2041-2045","40-019950","approved"),
 it(3,"Demensvenlig kommune - status","39-014004","noted",part=["Rikke Bøgh"]),
 it(4,"Fordeling af § 18-midler 2041","40-021177","approved"),
 it(5,"Træning på plejecentrene - ændret serviceniveau","40-018808","postponed"),
 it(6,"Udbud af madservice til hjemmeboende","40-016421","approved",prior=[(SSU,"2040-08-16",None,"discussed")]),
 it(7,"Klagesag - hjemmehjælp",None,"noted",closed=True),
 it(8,"Orientering","40-031202","noted")])
act(SSU,D,3,"Udvalget ønsker en status på demensindsatsen på mødet i december.",
    "status på demensindsatsen",[],"2040-12-31","presentation",rng=("2040-12-01","2040-12-31"))
act(SSU,D,5,"Direktøren for Social og Sundhed belyser konsekvenserne for beboerne på de enkelte plejecentre til mødet den 11. oktober 2040.",
    "belyser konsekvenserne for beboerne",[("Ulla Brix Holmgaard","person","Direktøren for Social og Sundhed")],"2040-10-11","presentation")
act(SSU,D,6,"Sundhed og Omsorg sender udbudsmaterialet til høring i Ældrerådet senest den 1. oktober 2040.",
    "sender udbudsmaterialet til høring i Ældrerådet",[("Sundhed og Omsorg","unit")],"2040-10-01")
pp(SSU,D,5,"40-018808","2040-10-11","Udvalget udsætter sagen til mødet den 11. oktober 2040")
op("40-018808","Træning på plejecentrene - ændret serviceniveau",SSU,1,"2040-10-11")
case("40-016421","Udbud af madservice til hjemmeboende",[(SSU,"2040-08-16",None),(SSU,D,6)])
opt(D,2,"Anbefales over for byrådet med 6 stemmer mod 1","Pia Lunde Krog (Ø) stemte imod")
opt(D,3,"at orienteringen tages til efterretning")
opt(D,4,"Tina Agerskov (C) deltog ikke i behandlingen af punktet")
opt(D,6,"Udvalget ønsker mulighed for valg mellem kølemad og varm mad","at udbudsmaterialet godkendes")
opt(D,8,"Direktøren orienterede om rekrutteringen af sygeplejersker")

# ------------------------------------------------------------ I Ikast-Brande Erhvervs- og Vækstudvalget (web page, facts sidebar)
EVU="Erhvervs- og Vækstudvalget"; D="2040-10-01"
meeting("ikast-brande-erhvervs-og-vaekstudvalget-2040-10-01.html",EVU,D,"15:30","Mødelokale Pilen, Rådhuset, Centerparken 1, Ikast",
 ["Ole Bisgaard Kjeld","Trine Vestergaard Mose","Kristian Skals","Morten Lyhne","Anders Lykkegård"],[
 it(1,"Godkendelse af dagsorden","40/38811","approved"),
 it(2,"Erhvervsfremmeaftale 2041 med Erhvervsrådet Herning & Ikast-Brande","40/07719","approved",part=["Lone Sletting"]),
 it(3,"Turismestrategi for Søhøjlandet og Ikast-Brande","39/30311","noted",prior=[(EVU,"2040-09-03",4,"postponed")]),
 it(4,"Ansøgning om erhvervsudviklingsmidler - Brande Iværksætterhus","40/08102","postponed"),
 it(5,"Byggemodning af erhvervsområde ved Herningvej, Ikast","40/06650","referred"),
 it(6,"Salg af erhvervsgrund, Kompasvej 12",None,"approved",closed=True),
 it(7,"Meddelelser","40/38812","noted")])
act(EVU,D,2,"Erhvervschefen (PD) forhandler aftalens effektmål på plads med Erhvervsrådet inden udgangen af november 2040.",
    "forhandler aftalens effektmål på plads",[("Poul Dybdal","person","Erhvervschefen")],"2040-11-30")
act(EVU,D,4,"Administrationen (KLH) beder ansøger om et revideret budget med driftsudgifterne for 2042 og 2043.",
    "beder ansøger om et revideret budget",[("Karina Lund Hviid","person","Administrationen")],None)
act(EVU,D,5,"Sagen oversendes til Plan- og Teknikudvalget til udtalelse om vejadgangen, inden udvalget tager stilling.",
    "Sagen oversendes til Plan- og Teknikudvalget",[("Plan- og Teknikudvalget","body")],None,"referral")
pp(EVU,"2040-09-03",4,"39/30311",None,"Udsat","prior-decision")
pp(EVU,D,4,"40/08102",None,"Sagen udsættes, indtil der foreligger et revideret budget fra ansøger")
op("40/08102","Ansøgning om erhvervsudviklingsmidler - Brande Iværksætterhus",EVU,1,None)
case("39/30311","Turismestrategi for Søhøjlandet og Ikast-Brande",[(EVU,"2040-09-03",4),(EVU,D,3)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","deltog under punktet")
opt(D,4,"at der gives tilsagn om 300.000 kr","Sagen udsættes, indtil der foreligger et revideret budget fra ansøger")
opt(D,5,"Kristian Skals (C) deltog ikke i behandlingen af punktet")
opt(D,7,"Formanden orienterede om Business Region MidtVests møde")

# ------------------------------------------------------------ J Halsnæs Ældrerådet (Word minutes via pandoc, pipe tables)
ÆR="Ældrerådet"; D="2040-11-13"
meeting("halsnaes-aeldreraadet-2040-11-13.md",ÆR,D,"10:00","Byrådssalen, Halsnæs Rådhus, Rådhuspladsen 1, Frederiksværk",
 ["Grethe Bjørnskov","Kaj Ulrik Sand","Inga Lerche","Bent Aagesen","Ruth Winther","Erik Vestergaard Hald"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 9. oktober 2040",None,"approved"),
 it(3,"Høring: Kvalitetsstandard for hjemmepleje 2041","40/11207","decided",part=["Line Gravesen"]),
 it(4,"Budget 2041 - orientering om konsekvenser for ældreområdet","40/10388","noted",part=["Line Gravesen"]),
 it(5,"Seniorboliger i Frederiksværk - ønske om fællesmøde","40/09976","referred",prior=[(ÆR,"2040-09-11",6,"postponed")]),
 it(6,"Ældrerådsvalg 2041 - planlægning","40/11892","postponed"),
 it(7,"Henvendelse fra borger",None,"discussed",closed=True),
 it(8,"Eventuelt",None,"none")])
act(ÆR,D,3,"Formanden og Bent Aagesen formulerer høringssvaret og sender det til forvaltningen senest fredag den 23. november 2040.",
    "formulerer høringssvaret og sender det til forvaltningen",
    [("Grethe Bjørnskov","person","Formanden"),("Bent Aagesen","person")],"2040-11-23")
act(ÆR,D,5,"Sagen fremsendes til Plan- og Miljøudvalget med anmodning om et fællesmøde.",
    "Sagen fremsendes til Plan- og Miljøudvalget",[("Plan- og Miljøudvalget","body")],None,"referral")
act(ÆR,D,6,"Sekretariatet v/ Maja Krogh Nissen indhenter priser på valgmateriale inden næste møde.",
    "indhenter priser på valgmateriale",[("Maja Krogh Nissen","person","Sekretariatet")],"2040-12-11")
pp(ÆR,"2040-09-11",6,"40/09976",None,"Punktet blev udsat, da sagens bilag ikke var udsendt","prior-decision")
pp(ÆR,D,6,"40/11892","2040-12-11","Punktet udsættes til Ældrerådets møde den 11. december 2040")
op("40/11892","Ældrerådsvalg 2041 - planlægning",ÆR,1,"2040-12-11")
case("40/09976","Seniorboliger i Frederiksværk - ønske om fællesmøde",[(ÆR,"2040-09-11",6),(ÆR,D,5)])
opt(D,2,"Referatet blev godkendt uden bemærkninger")
opt(D,3,"Ældrerådet afgiver høringssvar som drøftet på mødet","Rådet er imod rengøring hver tredje uge","Ældrechef Line Gravesen gennemgik udkastet")
opt(D,4,"Ældrechef Line Gravesen orienterede om budgetaftalen")
opt(D,3,"Høringsfristen er den 26. november 2040")

# ------------------------------------------------------------ K Horsens Direktionen (intranet page saved as Markdown)
DIR="Direktionen"; D="2040-12-04"
meeting("horsens-direktionen-2040-12-04.md",DIR,D,"08:30","Direktionsgangen, lokale 3.14, Rådhuset, Rådhustorvet 4, Horsens",
 ["Anders Bille Høyer","Mette Sloth Kragelund","Niels Otto Fabricius","Lise Frost Ammitzbøll"],[
 it(1,"Godkendelse af dagsorden og referat",None,"approved"),
 it(2,"Budgetopfølgning pr. 31. oktober 2040","40/28810","noted"),
 it(3,"Sygefravær og arbejdsmiljø - status","40/27114","discussed",part=["Bo Grundtvig"]),
 it(4,"Ny mødestruktur for chefforum","40/26630","approved",prior=[(DIR,"2040-11-20",5,"postponed")]),
 it(5,"Henvendelse fra Horsens Erhvervsråd om fælles rekruttering","40/29001","postponed"),
 it(6,"Personalesag",None,"noted",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(DIR,D,2,"Økonomi og Styring udarbejder forslag til tilpasninger af serviceområderne til direktionsmødet den 8. januar 2041.",
    "udarbejder forslag til tilpasninger af serviceområderne",[("Økonomi og Styring","unit")],"2041-01-08")
act(DIR,D,3,"HR v/ Bo Grundtvig fremlægger en handleplan for nedbringelse af sygefraværet primo februar 2041.",
    "fremlægger en handleplan for nedbringelse af sygefraværet",[("Bo Grundtvig","person","HR")],"2041-02-10","presentation",
    rng=("2041-02-01","2041-02-10"))
act(DIR,D,4,"MSK og AB præsenterer den nye struktur på chefforum den 17. januar 2041.",
    "præsenterer den nye struktur på chefforum",
    [("Mette Sloth Kragelund","person","MSK"),("Anders Bille Høyer","person","AB")],"2041-01-17","presentation")
act(DIR,D,7,"Sekretariatet (LT) sender udkast til julehilsen til borgmesteren senest den 12. december 2040.",
    "sender udkast til julehilsen til borgmesteren",[("Lene Toft","person","Sekretariatet")],"2040-12-12")
pp(DIR,"2040-11-20",5,"40/26630",None,"Udsat til næste møde","prior-decision")
pp(DIR,D,5,"40/29001","2040-12-18","Punktet udsættes til næste direktionsmøde den 18. december 2040")
op("40/29001","Henvendelse fra Horsens Erhvervsråd om fælles rekruttering",DIR,1,"2040-12-18")
case("40/26630","Ny mødestruktur for chefforum",[(DIR,"2040-11-20",5),(DIR,D,4)])
opt(D,1,"Dagsorden og referat fra 20. november godkendt")
opt(D,5,"så JE kan deltage")
opt(D,7,"AB orienterede om KL's kommunaldirektørforum")

PEOPLE=[
 ("Jens Kristian Buhl",["formand"],[]),("Lene Sønderby",["næstformand"],[]),("Mogens Hvas",[],[]),("Henriette Lau",["stedfortræder"],[]),
 ("Helle Brink Østergaard",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Rune Dalsgaard",["Plan- og byggechef"],[]),("Marianne Kjeldsen",["referent"],[]),("Ida Friis",["Naturparkkoordinator"],[]),
 ("Kirsten Lodahl",["Affaldschef"],[]),
 ("Pernille Strand",["formand"],[]),("Rasmus Kvist",["stedfortræder"],[]),
 ("Martin Lykke Holm",["Direktør for Kultur, Teknik og Miljø"],["Direktøren for Kultur, Teknik og Miljø"]),
 ("Anette Rasmussen",["Vejchef"],["Vejchefen","AR"]),("Lone Friis Madsen",["referent"],[]),
 ("Mette Skov Lauridsen",["formand"],["Formanden"]),("Peder Vad Jessen",["Direktør for Regional Udvikling"],["Direktøren for Regional Udvikling"]),
 ("Susanne Ravn Bak",["kontorchef","referent"],["SRB"]),
 ("Karen Brix Thomsen",["formand"],["Formanden"]),("Gitte Lodberg",["stedfortræder"],[]),("Lars Yde Kjær",["Børne- og familiechef"],["Børne- og familiechefen"]),
 ("Kim Lyng",["sagsbehandler"],[]),("Jonas Fuglsang",["PPR-leder"],[]),("Helle Møller Sand",["referent"],[]),
 ("Lars Mørch Frandsen",["borgmester","formand"],[]),("Birgitte Aas Rømer",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Tommy Lindved",["Økonomichef"],["Økonomichefen"]),("Camilla Dyhr",["referent"],[]),
 ("Peter Kræmer",["formand"],[]),("Jesper Thorup",["stedfortræder"],[]),("Ane Marie Bjerre",["Kultur- og fritidschef"],["Kultur- og fritidschefen","AMB"]),
 ("Nikolaj Brandt",["fritidskonsulent","referent"],["Fritidskonsulenten","NB"]),
 ("Maria Lind Overgaard",["formand"],[]),("Dennis Kromann",["stedfortræder"],[]),
 ("Ulla Brix Holmgaard",["Direktør for Social og Sundhed"],["Direktøren for Social og Sundhed","Direktøren"]),
 ("Kåre Vinding",["sundhedschef"],[]),("Rikke Bøgh",["Demenskoordinator"],[]),("Signe Aabo",["referent"],[]),
 ("Ole Bisgaard Kjeld",["formand"],["Formanden"]),("Anders Lykkegård",["suppleant"],[]),("Lone Sletting",["Direktør, Erhvervsrådet Herning & Ikast-Brande"],[]),
 ("Poul Dybdal",["Erhvervschef"],["Erhvervschefen","PD"]),("Karina Lund Hviid",["Udviklingskonsulent","referent"],["KLH"]),
 ("Grethe Bjørnskov",["formand"],["Formanden"]),("Bent Aagesen",[],[]),("Line Gravesen",["Ældrechef"],["Ældrechefen"]),
 ("Maja Krogh Nissen",["sekretær for Ældrerådet","referent"],[]),
 ("Anders Bille Høyer",["Kommunaldirektør"],["AB"]),("Mette Sloth Kragelund",["direktør for Børn og Uddannelse"],["MSK"]),
 ("Niels Otto Fabricius",["direktør for Teknik og Miljø"],["NOF"]),("Lise Frost Ammitzbøll",["direktør for Social og Sundhed"],["LFA"]),
 ("Jakob Ejlersen",["Direktør for Kultur og Borgerservice"],["JE"]),("Lene Toft",["referent"],["LT"]),("Bo Grundtvig",["HR-chef"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b37-{i:03d}"
gold=dict(version=1,asOf="2040-12-31",corpusEnd="2040-12-04",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
