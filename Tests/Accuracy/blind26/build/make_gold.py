#!/usr/bin/env python3
"""Generates ../gold.json for blind26 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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
def act(com,date,item,sentence,key,owners,due,kind="task",source="decision",rng=None,dueText=None):
    assert key in sentence, (key, sentence)
    a=dict(committee=com,meetingDate=date,item=item,key=key,sentence=sentence,
           owners=[dict(name=o[0],kind=o[1],surface=o[2] if len(o)>2 else o[0]) for o in owners],
           due=due,kind=kind,source=source)
    if dueText: a["dueText"]=dueText
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
IND="indstiller, at"   # optional key for every "<X> indstiller, at ..." line

# ------------------------------------------------------------ A Thisted Økonomiudvalget (SBSYS PDF, pdftotext -layout, X-mark table)
D="2029-01-30"
meeting("thisted-oekonomiudvalget-2029-01-30.txt",ØU,D,"08:30","Mødelokale 1, Thisted Rådhus, Asylgade 30",
 ["Ulla Kjærgaard Holm","Niels Thomsen","Karen Bech Sloth","Jesper Vang","Anne Marie Lind","Søren Hvidbjerg"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-1-29","approved"),
 it(2,"Budgetopfølgning pr. 31. december 2028","00.30.10-S00-2-28","noted"),
 it(3,"Anlægsbevilling - udvidelse af Hanstholm Havn, etape 2","08.01.00-G01-3-28","approved"),
 it(4,"Salg af grund i Snedsted Erhvervsområde","02.34.02-G01-7-28","postponed"),
 it(5,"Ansøgning om lånegaranti - Thisted Idrætscenter","00.32.06-Ø60-1-29","rejected"),
 it(6,"Digitaliseringsstrategi 2029-2032","00.01.10-P22-1-28","approved"),
 it(7,'Kommunal medfinansiering af vandreruten "Kyst til Kyst"',"24.10.00-Ø40-2-28","referred"),
 it(8,"Meddelelser","00.01.00-A00-2-29","noted"),
 it(9,"Køb af ejendom, Vestergade 11",None,"approved",closed=True)])
act(ØU,D,2,"Økonomiafdelingen udarbejder en oversigt over overførsler mellem årene til udvalgets møde den 27. februar 2029.",
    "Økonomiafdelingen udarbejder en oversigt over overførsler",[("Økonomiafdelingen","unit")],"2029-02-27",
    dueText="til udvalgets møde den 27. februar 2029")
act(ØU,D,6,"Kommunaldirektøren fremlægger en status for implementeringen inden udgangen af 2. kvartal 2029.",
    "fremlægger en status for implementeringen",[("Bo Lykkegaard","person","Kommunaldirektøren")],"2029-06-30","presentation",
    dueText="inden udgangen af 2. kvartal 2029")
act(ØU,D,7,"Sagen oversendes til Plan- og Miljøudvalget med henblik på en vurdering af de planmæssige forhold, inden Økonomiudvalget træffer beslutning.",
    "Sagen oversendes til Plan- og Miljøudvalget",[("Plan- og Miljøudvalget","body")],None,"referral")
pp(ØU,D,4,"02.34.02-G01-7-28",None,"Udvalget besluttede at udskyde sagen til mødet i marts")
op("02.34.02-G01-7-28","Salg af grund i Snedsted Erhvervsområde",ØU,1,None)
for n in (2,3,4,5,6,7): opt(D,n,IND)
opt(D,2,"at budgetopfølgningen tages til efterretning")
opt(D,3,"Anbefales over for Byrådet")
opt(D,4,"indhentes en ny vurdering af grunden")
opt(D,5,"Forkastet med 5 stemmer mod 1","For ansøgningen stemte Anne Marie Lind")
opt(D,6,"Godkendt med den tilføjelse","Niels Thomsen (O) forlod mødet")
opt(D,8,"Borgmesteren orienterede om dialogen med Vejdirektoratet")

# ------------------------------------------------------------ B Aabenraa Ældrerådet (eDoc-style web publication)
ÆR="Ældrerådet"; D="2029-02-20"
meeting("aabenraa-aeldreraadet-2029-02-20.txt",ÆR,D,"09:30","Mødelokale 2.12, Aabenraa Rådhus, Skelbækvej 2",
 ["Inge Lund Hansen","Bent Frost","Karin Dall","Verner Thaysen","Else Marie Brodersen","Hans Peter Kock","Grethe Skov",
  "Johannes Lauritzen"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 16. januar 2029",None,"approved"),
 it(3,"Høring: Kvalitetsstandard for madservice 2029","2029-001207","decided"),
 it(4,"Ældrerådsvalg 2029 - planlægning","2028-014455","postponed",prior=[(ÆR,"2029-01-16",5,"postponed")]),
 it(5,"Orientering om demensstrategien","2028-011902","noted",part=["Lone Fisker"]),
 it(6,"Budget 2030 - Ældrerådets ønsker","2029-002261","discussed"),
 it(7,"Henvendelse fra Ældre Sagen Aabenraa om trafiksikkerhed ved plejecentre","2029-002804","referred"),
 it(8,"Eventuelt",None,"none")])
act(ÆR,D,3,"Inge og Bent formulerer høringssvaret og sender det til Social og Sundhed senest 1/3.",
    "formulerer høringssvaret",[("Inge Lund Hansen","person","Inge"),("Bent Frost","person","Bent")],"2029-03-01",
    dueText="senest 1/3")
act(ÆR,D,5,"Rådet ønsker en ny orientering om demensvenlige boligområder i uge 36.",
    "ny orientering om demensvenlige boligområder",[],"2029-09-09","presentation",rng=("2029-09-03","2029-09-09"),
    dueText="i uge 36")
act(ÆR,D,6,"Formanden samler ønskerne og fremsender dem til Social- og Sundhedsudvalget inden udgangen af marts.",
    "Formanden samler ønskerne",[("Inge Lund Hansen","person","Formanden")],"2029-03-31",dueText="inden udgangen af marts")
act(ÆR,D,7,"Henvendelsen oversendes til Teknik- og Miljøudvalget med Ældrerådets opbakning.",
    "Henvendelsen oversendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
pp(ÆR,"2029-01-16",5,"2028-014455",None,"Sagen udsættes til februar","prior-decision")
pp(ÆR,D,4,"2028-014455",None,"Punktet blev udsat igen")
op("2028-014455","Ældrerådsvalg 2029 - planlægning",ÆR,2,None)
case("2028-014455","Ældrerådsvalg 2029 - planlægning",[(ÆR,"2029-01-16",5),(ÆR,D,4)])
opt(D,2,"Referatet blev godkendt med en rettelse")
opt(D,3,"Ældrerådet afgiver høringssvar")
opt(D,6,"Rådet prioriterer flere aktivitetsmedarbejdere")
opt(D,7,"Hans Peter Kock deltog ikke i behandlingen")
opt(D,4,"Valgbestyrelsen skal nedsættes")
opt(D,5,"Demenskoordinatoren orienterer om status")

# ------------------------------------------------------------ C Vejle Teknisk Udvalg (First Agenda PDF, pdftotext without -layout)
TU="Teknisk Udvalg"; D="2029-03-14"
meeting("vejle-teknisk-udvalg-2029-03-14.txt",TU,D,"15:00","Mødelokale 4.07, Vejle Rådhus, Skolegade 1",
 ["Jens Otto Bak","Line Kjærsgaard","Mikael Hvam","Birgitte Ravn","Tue Sørensen","Hanne Fogh"],[
 it(1,"Godkendelse af dagsorden","29/812","approved"),
 it(2,"Orientering om vinterberedskabet 2028/29","28/27740","noted"),
 it(3,"Cykelhandlingsplan 2029","29/1876","approved"),
 it(4,"Spildevandsplan 2029-2033 - forslag til offentlig høring","28/30219","approved"),
 it(5,"Trafiksikkerhedsplan 2029-2033","29/4112","approved"),
 it(6,"Ansøgning om tilladelse til ny overkørsel, Bredstenvej 41","29/2233","rejected"),
 it(7,"Parkeringsstrategi for Vejle Midtby","28/31507","postponed"),
 it(8,"Vejbelysning - udskiftning til LED, etape 3","28/22510","postponed"),
 it(9,"Meddelelser","29/813","decided"),
 it(10,"Erstatning for vejareal ved Horsensvej",None,"approved",closed=True)])
act(TU,D,3,"Forvaltningen udarbejder en prioriteret liste over skolevejsprojekter til udvalgets møde den 13. juni 2029.",
    "Forvaltningen udarbejder en prioriteret liste over skolevejsprojekter",[("Forvaltningen","unit")],"2029-06-13",
    dueText="til udvalgets møde den 13. juni 2029")
act(TU,D,4,"Center for Plan og Miljø afholder informationsmøde for grundejerforeningerne i Bredballe inden den 15. april 2029.",
    "Center for Plan og Miljø afholder informationsmøde",[("Center for Plan og Miljø","unit")],"2029-04-15",
    dueText="inden den 15. april 2029")
act(TU,D,9,"Direktøren for Teknik og Miljø tager kontakt til Vejdirektoratet om støjskærme langs E45 ved Bredballe i uge 12.",
    "tager kontakt til Vejdirektoratet om støjskærme",[("Hans Kristian Dall","person","Direktøren for Teknik og Miljø")],
    "2029-03-25",rng=("2029-03-19","2029-03-25"),dueText="i uge 12")
pp(TU,D,7,"28/31507",None,"Udvalget besluttede at udskyde sagen til mødet i april")
pp(TU,D,8,"28/22510",None,"Sagen afventer tilbud fra yderligere leverandører og genoptages på et senere møde")
op("28/22510","Vejbelysning - udskiftning til LED, etape 3",TU,1,None)
for n in (2,3,4,5,6,7,8): opt(D,n,IND)
opt(D,3,"Godkendt med 5 stemmer mod 1","Imod stemte Birgitte Ravn")
opt(D,4,"Anbefales over for Økonomiudvalget og Byrådet")
opt(D,5,"Anbefales over for Økonomiudvalget og Byrådet")
opt(D,6,"Udvalget meddelte afslag","Et mindretal (C) ønskede at give tilladelse")
opt(D,7,"så Vejle City Forening kan nå at komme med bemærkninger")
opt(D,9,"Direktøren for Teknik og Miljø orienterede om renoveringen")
opt(D,8,"Sagen afventer tilbud fra yderligere leverandører")

# ------------------------------------------------------------ D Vejle Byrådet (web viewer, "Punkt NN · Title", party groups)
BR="Byrådet"; D="2029-04-25"; PMU="Plan- og Miljøudvalget"
BRM=["Anders Krog Villadsen","Jens Otto Bak","Birgitte Ravn","Lone Damgaard","Henrik Steen Møller","Camilla Fisker",
 "Poul Ejnar Lund","Trine Kjeldgaard","Rasmus Uhre",
 "Line Kjærsgaard","Pia Gregersen","Kenneth Sand","Mette Aagaard Friis","Bjarke Lomholt","Susanne Kaas",
 "Morten Illum","Dorthe Wichmann",
 "Tue Sørensen","Charlotte Brink","Niels Erik Thygesen","Marianne Vad",
 "Hanne Fogh","Jakob Rosager","Sofie Wendt","Kasper Ladefoged","Bente Hjorth","Emil Rask","Søren Flink","Ida Marcussen",
 "Ole Brandt"]
assert len(BRM)==30
meeting("vejle-byraadet-2029-04-25.txt",BR,D,"17:00","Byrådssalen, Vejle Rådhus, Skolegade 1",BRM,[
 it(81,"Godkendelse af dagsorden",None,"approved"),
 it(82,"Meddelelser fra borgmesteren",None,"noted"),
 it(83,"Regnskab 2028","29/1190","approved",prior=[(ØU,"2029-04-16",86,"approved")]),
 it(84,"Trafiksikkerhedsplan 2029-2033","29/4112","approved",prior=[(TU,"2029-03-14",5,"approved"),(ØU,"2029-04-16",89,"approved")]),
 it(85,"Parkeringsstrategi for Vejle Midtby","28/31507","approved",
    prior=[(TU,"2029-03-14",7,"postponed"),(TU,"2029-04-11",3,"approved"),(ØU,"2029-04-16",90,"approved")]),
 it(86,"Medlemsforslag fra Kasper Ladefoged (DF) om gratis parkering i weekenderne","29/3350","rejected"),
 it(87,"Lokalplan 1344 for boliger ved Nørreskoven - endelig vedtagelse","28/19003","referred",
    prior=[(PMU,"2029-04-03",41,"approved"),(ØU,"2029-04-16",92,"approved")]),
 it(88,"Anlægsbevilling til ny skole i Vejle Nord","28/25516","postponed",prior=[(ØU,"2029-04-16",95,"approved")]),
 it(89,"Udpegning af medlem til valgbestyrelsen for ældrerådsvalget 2029","29/2901","approved"),
 it(90,"Køb af areal ved Vejle Fjord",None,"approved",closed=True)])
act(BR,D,85,"Teknik og Miljø evaluerer ordningen og forelægger evalueringen for Teknisk Udvalg i 2. kvartal 2030.",
    "Teknik og Miljø evaluerer ordningen",[("Teknik og Miljø","unit")],"2030-06-30","presentation",
    rng=("2030-04-01","2030-06-30"),dueText="i 2. kvartal 2030")
act(BR,D,87,"Sagen sendes tilbage til Plan- og Miljøudvalget med henblik på en ny vurdering af vejadgangen.",
    "Sagen sendes tilbage til Plan- og Miljøudvalget",[(PMU,"body")],None,"referral")
act(BR,D,88,"Borgmesteren indkalder gruppeformændene til et møde om finansieringen inden næste byrådsmøde.",
    "Borgmesteren indkalder gruppeformændene",[("Anders Krog Villadsen","person","Borgmesteren")],"2029-05-30",
    dueText="inden næste byrådsmøde")
pp(BR,D,88,"28/25516","2029-05-30","Sagen udsættes til næste møde")
op("28/25516","Anlægsbevilling til ny skole i Vejle Nord",BR,1,"2029-05-30")
case("29/1190","Regnskab 2028",[(ØU,"2029-04-16",86),(BR,D,83)])
case("29/4112","Trafiksikkerhedsplan 2029-2033",[(TU,"2029-03-14",5),(ØU,"2029-04-16",89),(BR,D,84)])
case("28/31507","Parkeringsstrategi for Vejle Midtby",[(TU,"2029-03-14",7),(TU,"2029-04-11",3),(ØU,"2029-04-16",90),(BR,D,85)])
case("28/19003","Lokalplan 1344 for boliger ved Nørreskoven - endelig vedtagelse",[(PMU,"2029-04-03",41),(ØU,"2029-04-16",92),(BR,D,87)])
case("28/25516","Anlægsbevilling til ny skole i Vejle Nord",[(ØU,"2029-04-16",95),(BR,D,88)])
opt(D,82,"Borgmesteren orienterede om status på Vejle Fjordbroen")
opt(D,83,"Regnskabet blev godkendt og oversendt til revisionen","Anbefales")
opt(D,84,"Anbefales over for Økonomiudvalget og Byrådet","Anbefales")
opt(D,85,"Udvalget besluttede at udskyde sagen til mødet i april","Anbefales over for Økonomiudvalget og Byrådet med den ændring",
    "Vedtaget med 27 stemmer for","Anbefales","Vejle City Forening har i sine bemærkninger")
opt(D,86,"Forslaget blev forkastet","Kasper Ladefoged (DF) foreslår")
opt(D,87,"Anbefales","Søren Flink (K) forlod mødet")
opt(D,88,"Anbefales med 6 stemmer mod 1")
opt(D,89,"Godkendt, at Pia Gregersen (A) udpeges")

# ------------------------------------------------------------ E Norddjurs Hovedudvalget (MED; Word table via pdftotext -layout, "Ad N.")
HU="Hovedudvalget"; D="2029-05-08"
meeting("norddjurs-hovedudvalget-2029-05-08.txt",HU,D,"13:00","Mødelokale Djursland, Rådhuset, Torvet 3, Grenaa",
 ["Jesper Kirk Mortensen","Torben Lynge","Anja Vestergaard","Mette Lindholm Vad","Carsten Brink","Kirsten Holt",
  "Rasmus Overgaard","Pia Hald","Bjarne Sønderby"],[
 it(1,"Godkendelse af dagsorden og referat fra mødet den 13. marts 2029",None,"approved"),
 it(2,"Sygefravær 1. kvartal 2029","29-001182","noted"),
 it(3,"Retningslinjer for hjemmearbejde","29-000877","approved"),
 it(4,"Trivselsmåling 2029 - tidsplan","29-002103","postponed"),
 it(5,"Arbejdsmiljøstrategi 2029-2031","28-014420","approved",part=["Niels Bak"]),
 it(6,"Omstrukturering af rengøringsområdet","29-003015","postponed"),
 it(7,"Personalesag",None,"noted",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(HU,D,2,"HR udarbejder en analyse af langtidssygefraværet på ældreområdet til næste møde.",
    "HR udarbejder en analyse af langtidssygefraværet",[("HR","unit")],"2029-06-12",dueText="til næste møde")
act(HU,D,3,"Mette og Anja tilretter teksten inden den 1. juni 2029.",
    "Mette og Anja tilretter teksten",[("Mette Lindholm Vad","person","Mette"),("Anja Vestergaard","person","Anja")],"2029-06-01",
    dueText="inden den 1. juni 2029")
act(HU,D,5,"Niels Bak fremlægger en handleplan for det psykiske arbejdsmiljø primo september.",
    "Niels Bak fremlægger en handleplan",[("Niels Bak","person")],"2029-09-10","presentation",
    rng=("2029-09-01","2029-09-10"),dueText="primo september")
act(HU,D,8,"Kommunaldirektøren sender en skriftlig orientering til alle lokale MED-udvalg i uge 21.",
    "Kommunaldirektøren sender en skriftlig orientering",[("Jesper Kirk Mortensen","person","Kommunaldirektøren")],
    "2029-05-27",rng=("2029-05-21","2029-05-27"),dueText="i uge 21")
pp(HU,D,4,"29-002103","2029-08-21","Sagen tages op igen i august")
pp(HU,D,6,"29-003015",None,"Punktet blev udsat")
op("29-002103","Trivselsmåling 2029 - tidsplan",HU,1,"2029-08-21")
op("29-003015","Omstrukturering af rengøringsområdet",HU,1,None)
opt(D,3,"Carsten Brink deltog fra dette punkt","godkendte retningslinjerne")
opt(D,6,"Drøftes igen, når konsulentrapporten foreligger")
opt(D,8,"Torben Lynge orienterede")
opt(D,4,"trivselsmåling gennemføres i oktober 2029","Sagen tages op igen i august")
opt(D,6,"Ledelsen har bedt et konsulentfirma")

# ------------------------------------------------------------ F Fanø Kommunalbestyrelsen (small-council Word minutes, prose attendance)
KB="Kommunalbestyrelsen"; D="2029-06-19"; TMU="Teknik- og Miljøudvalget"
meeting("fanoe-kommunalbestyrelsen-2029-06-19.txt",KB,D,"17:00","Kommunalbestyrelsessalen, Fanø Rådhus, Skolevej 5-7, Nordby",
 ["Tove Sandal","Hans Jørgen Riis","Lis Vester","Ejnar Bonde","Bodil Kjeldsen","Peter Klitgaard","Susanne Ibsen",
  "Helle Strand","Martin Rømer","Kristian Mols","Rikke Blom"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser",None,"noted"),
 it(3,"Kvartalsrapport pr. 31. marts 2029","29/0201","noted",prior=[(ØU,"2029-06-05",None,"approved")]),
 it(4,"Ny færgeaftale - forhandlingsmandat","29/0088","postponed"),
 it(5,"Lokalplan 56 for Sønderho Havn - endelig vedtagelse","28/0541","approved",prior=[(TMU,"2029-06-04",None,"approved")]),
 it(6,"Ansøgning om tilskud til Fanø Kunstmuseum","29/0299","rejected"),
 it(7,"Vintervedligeholdelse - ny kontrakt","29/0150","referred"),
 it(8,"Kørsel på stranden ved Fanø Bad","27/0913","postponed"),
 it(9,"Salg af grund på Postvej",None,"approved",closed=True)])
act(KB,D,4,"Borgmesteren genoptager forhandlingerne med Trafikstyrelsen.",
    "Borgmesteren genoptager forhandlingerne med Trafikstyrelsen",[("Tove Sandal","person","Borgmesteren")],None)
act(KB,D,5,"Administrationen annoncerer den endelige vedtagelse senest 1. juli.",
    "Administrationen annoncerer den endelige vedtagelse",[("Administrationen","unit")],"2029-07-01",dueText="senest 1. juli")
act(KB,D,7,"Sagen oversendes til Teknik- og Miljøudvalget til fornyet behandling med henblik på et billigere serviceniveau.",
    "Sagen oversendes til Teknik- og Miljøudvalget",[(TMU,"body")],None,"referral")
pp(KB,D,4,"29/0088","2029-08-21","Sagen udsættes til næste møde")
pp(KB,D,8,"27/0913",None,"Afventer Kystdirektoratets afgørelse")
op("29/0088","Ny færgeaftale - forhandlingsmandat",KB,1,"2029-08-21")
op("27/0913","Kørsel på stranden ved Fanø Bad",KB,1,None)
case("29/0201","Kvartalsrapport pr. 31. marts 2029",[(ØU,"2029-06-05",None),(KB,D,3)])
case("28/0541","Lokalplan 56 for Sønderho Havn - endelig vedtagelse",[(TMU,"2029-06-04",None),(KB,D,5)])
opt(D,2,"Borgmesteren orienterede om de nye vintertakster")
for n in (3,4,5): opt(D,n,"Administrationen indstiller")
opt(D,3,"Anbefales")
opt(D,5,"Vedtaget med 9 stemmer mod 2","Anbefales med 4 stemmer mod 1")
opt(D,6,"Ansøgningen blev ikke imødekommet","Et mindretal (A og Ø) stemte for")

# ------------------------------------------------------------ G Bornholm Erhvervs- og Beskæftigelsesudvalget (Acadre-style PDF, -layout)
EBU="Erhvervs- og Beskæftigelsesudvalget"; D="2029-08-23"
meeting("bornholm-erhvervs-og-beskaeftigelsesudvalget-2029-08-23.txt",EBU,D,"14:00","Mødelokale 3, Ullasvej 23, Rønne",
 ["Morten Riis","Anette Skov","Lene Kofoed","Jens Peder Ipsen","Mads Kure","Trine Holm"],[
 it(1,"Godkendelse af dagsorden","29/11002","approved"),
 it(2,"Beskæftigelsesindsatsen - status juli 2029","29/3318","noted"),
 it(3,"Erhvervsfremme - resultatkontrakt med Business Center Bornholm 2030","29/12877","approved",
    prior=[(EBU,"2029-06-21",None,"postponed")]),
 it(4,"Ansøgning om tilskud fra erhvervspuljen - Svaneke Madfestival","29/13410","rejected"),
 it(5,"Rammeaftale med Campus Bornholm om voksenuddannelse","29/9950","approved"),
 it(6,"Sommerjob for unge 2030","29/14002","postponed"),
 it(7,"Henvendelse fra Destination Bornholm om forlænget turistsæson","29/13777","approved"),
 it(8,"Erhvervslejemål på Rønne Havn",None,"noted",closed=True)])
act(EBU,D,2,"Udvalget ønsker en status på indsatsen for unge ledige på mødet i november.",
    "status på indsatsen for unge ledige",[],"2029-11-30","presentation",rng=("2029-11-01","2029-11-30"),
    dueText="på mødet i november")
act(EBU,D,3,"Administrationen indhenter et revideret budget fra Business Center Bornholm.",
    "Administrationen indhenter et revideret budget",[("Administrationen","unit")],None,source="prior-decision")
act(EBU,D,5,"Center for Erhverv, Job og Uddannelse følger op på aftalen inden udgangen af 1. kvartal 2030.",
    "følger op på aftalen",[("Center for Erhverv, Job og Uddannelse","unit")],"2030-03-31",
    dueText="inden udgangen af 1. kvartal 2030")
pp(EBU,"2029-06-21",None,"29/12877",None,"Sagen udsættes","prior-decision")
pp(EBU,D,6,"29/14002","2029-09-27","Sagen blev udsat til mødet den 27. september 2029")
op("29/14002","Sommerjob for unge 2030",EBU,1,"2029-09-27")
case("29/12877","Erhvervsfremme - resultatkontrakt med Business Center Bornholm 2030",[(EBU,"2029-06-21",None),(EBU,D,3)])
for n in (2,3,4,5): opt(D,n,IND)
opt(D,3,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen med 5 stemmer mod 1","Imod stemte Trine Holm")
opt(D,4,"Udvalget forkastede ansøgningen")
opt(D,5,"Anette Skov (A) deltog ikke i behandlingen")
opt(D,7,"Sagen fremsendes til Kommunalbestyrelsen med anbefaling","Udvalget støtter initiativet")

# ------------------------------------------------------------ H Region Nordjylland Udvalget for Regional Udvikling (web viewer)
RU="Udvalget for Regional Udvikling"; D="2029-09-11"
meeting("region-nordjylland-udvalget-for-regional-udvikling-2029-09-11.txt",RU,D,"09:00",
 "Mødelokale 3, Niels Bohrs Vej 30, Aalborg Øst",
 ["Ole Bundgaard Kirk","Mads Hvass","Lisbeth Krog","Jørgen Vinther Hansen","Amalie Strøm","Poul Erik Skaarup",
  "Karsten Juul Mikkelsen","Henriette Bach"],[
 it(1,"Godkendelse af dagsorden","1-30-72-1-29","approved"),
 it(2,"Meddelelser","1-30-72-2-29","noted"),
 it(3,"Regional udviklingsstrategi - handlingsplan for kollektiv trafik 2030","1-30-72-55-28","approved"),
 it(4,"Jordforurening - prioritering af indsatsen 2030","1-30-72-41-29","approved",prior=[(RU,"2029-06-12",6,"postponed")]),
 it(5,"Ansøgning fra Aalborg Universitet om medfinansiering af klimaforskningsprojekt","1-30-72-88-29","approved",
    part=["Lise Ravnkilde"]),
 it(6,"Kulturaftale Nordjylland 2030-2033","1-30-72-90-29","postponed"),
 it(7,"Uddannelsespulje - fordeling 2030","1-30-72-93-29","approved"),
 it(8,"Salg af aktier i Nordjysk Innovationsselskab A/S",None,"approved",closed=True)])
act(RU,D,3,"Administrationen udarbejder en konsekvensanalyse af køreplansændringerne til udvalgets møde den 9. oktober 2029.",
    "Administrationen udarbejder en konsekvensanalyse",[("Administrationen","unit")],"2029-10-09",
    dueText="til udvalgets møde den 9. oktober 2029")
act(RU,D,5,"Udvalget ønsker en afrapportering fra projektet, når det første projektår er afsluttet.",
    "ønsker en afrapportering fra projektet",[],None,"presentation")
act(RU,D,7,"Direktøren for Regional Udvikling orienterer udvalget om den endelige fordeling inden 15/11.",
    "orienterer udvalget om den endelige fordeling",[("Direktøren for Regional Udvikling","role")],"2029-11-15",
    "presentation",dueText="inden 15/11")
pp(RU,"2029-06-12",6,"1-30-72-41-29",None,"Sagen udsættes, indtil Miljøstyrelsens nye vejledning om PFAS foreligger",
   "prior-decision")
pp(RU,D,6,"1-30-72-90-29",None,"Drøftes igen, når kommunernes tilbagemeldinger foreligger")
op("1-30-72-90-29","Kulturaftale Nordjylland 2030-2033",RU,1,None)
case("1-30-72-41-29","Jordforurening - prioritering af indsatsen 2030",[(RU,"2029-06-12",6),(RU,D,4)])
for n in (3,4,5,7): opt(D,n,IND)
opt(D,2,"Formanden orienterede om mødet med Nordjyllands Trafikselskab")
opt(D,3,"Anbefales over for forretningsudvalget og regionsrådet")
opt(D,5,"Indstillingen blev fulgt")
opt(D,7,"vedtog administrationens indstilling med 7 stemmer mod 1","stemte imod")
opt(D,4,"Administrationen foreslår")
opt(D,6,"Drøftes igen, når kommunernes tilbagemeldinger foreligger")

# ------------------------------------------------------------ I København Børne- og Ungdomsudvalget (KK web form, case number after the title)
BUU="Børne- og Ungdomsudvalget"; D="2029-10-10"
meeting("koebenhavn-boerne-og-ungdomsudvalget-2029-10-10.txt",BUU,D,"15:15","Københavns Rådhus, Udvalgsværelse C",
 ["Signe Dalgaard","Ahmad Sadiq","Jonas Bech Kristensen","Mikkel Kongstad","Katrine Juul","Line Thorsen","Pernille Hjort",
  "Rasmus Winther","Kirsten Damsgaard","Frederik Holm Vinding","Morten Aabye"],[
 it(1,"Anlægsprojekt: Ny skole i Ørestad Syd - projektforslag","2029-0412763","approved"),
 it(2,"Normeringer i daginstitutioner - status 2029","2029-0399120","noted"),
 it(3,"Medlemsforslag om gratis frokost i 0.-3. klasse","2029-0420055","rejected"),
 it(4,"Skolestruktur i Valby - høringssvar","2029-0378811","postponed"),
 it(5,"Budget 2030 - udmøntning af effektiviseringer","2029-0391177","referred"),
 it(6,"Tilsyn med private institutioner - årsrapport 2028","2029-0366402","noted",part=["Marianne Høg"]),
 it(7,"Ungdomsklubbernes åbningstider","2029-0401911","approved"),
 it(8,"Klagesag",None,"approved",closed=True)])
act(BUU,D,2,"Udvalget bad Børne- og Ungdomsforvaltningen om at vende tilbage med en opgørelse fordelt på bydele i december.",
    "vende tilbage med en opgørelse fordelt på bydele",[("Børne- og Ungdomsforvaltningen","unit")],"2029-12-31",
    "presentation",rng=("2029-12-01","2029-12-31"),dueText="i december")
act(BUU,D,5,"Sagen oversendes til Økonomiudvalget til afgørelse.",
    "Sagen oversendes til Økonomiudvalget",[(ØU,"body")],None,"referral")
act(BUU,D,6,"Marianne Høg sender den opdaterede tilsynsmodel til udvalget inden den 1. december 2029.",
    "Marianne Høg sender den opdaterede tilsynsmodel",[("Marianne Høg","person")],"2029-12-01",
    dueText="inden den 1. december 2029")
act(BUU,D,7,"Borgmesteren tager kontakt til Københavns Politi om tryghedsindsatsen i Tingbjerg.",
    "Borgmesteren tager kontakt til Københavns Politi",[("Signe Dalgaard","person","Borgmesteren")],None)
pp(BUU,D,4,"2029-0378811",None,"sagen genoptages på et senere møde")
op("2029-0378811","Skolestruktur i Valby - høringssvar",BUU,1,None)
for n in (1,2,4,5,6,7): opt(D,n,IND)
opt(D,1,"Indstillingen blev anbefalet uden afstemning","Forvaltningen sender efter udvalgets behandling projektforslaget")
opt(D,3,"Forslaget blev forkastet med 4 stemmer mod 7","pålægger forvaltningen at indføre gratis skolefrokost")
opt(D,4,"besluttede at sende forslaget om sammenlægning")
opt(D,5,"Udvalget kunne ikke blive enige")
opt(D,4,"sagen genoptages på et senere møde")
opt(D,7,"Indstillingen blev godkendt med 7 stemmer mod 3","Katrine Juul (B) forlod mødet")

# ------------------------------------------------------------ J Roskilde § 17, stk. 4-udvalg (web copy with pipe tables, "0N. Title")
FRU="§ 17, stk. 4-udvalget om frivillighed"; D="2029-11-27"
meeting("roskilde-17-4-udvalget-om-frivillighed-2029-11-27.txt",FRU,D,"17:00","Mødelokale 1, Roskilde Rådhus, Rådhusbuen 1",
 ["Birthe Sølvsten","Kaj Nørgaard","Torben Hald","Nadia Kjær","Gitte Fogh"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Oplæg fra Frivilligcenter Roskilde","29/22118","noted",part=["Ahmed Nour"]),
 it(3,"Frivillighedspolitik - første udkast","29/22120","discussed"),
 it(4,"Frivilligpris 2030 - kriterier","29/22131","approved"),
 it(5,"Frivilligbørs 2030 i samarbejde med foreningerne","29/22140","postponed"),
 it(6,"Evaluering af borgerinddragelsen","29/22152","discussed"),
 it(7,"Eventuelt",None,"none")])
act(FRU,D,3,"Sekretariatet indarbejder udvalgets bemærkninger i et revideret udkast til mødet den 29. januar 2030.",
    "Sekretariatet indarbejder udvalgets bemærkninger",[("Sekretariatet","unit")],"2030-01-29",
    dueText="til mødet den 29. januar 2030")
act(FRU,D,6,"Nadia Kjær og Gitte Fogh udarbejder et forslag til spørgeskema til sommerferien.",
    "udarbejder et forslag til spørgeskema",[("Nadia Kjær","person"),("Gitte Fogh","person")],None,dueText="til sommerferien")
pp(FRU,D,5,"29/22140","2030-01-29","Punktet udsættes til mødet den 29. januar 2030")
op("29/22140","Frivilligbørs 2030 i samarbejde med foreningerne",FRU,1,"2030-01-29")
opt(D,2,"Udvalget takkede for oplægget")
opt(D,4,"Tiltrådt med den ændring")
opt(D,2,"Frivilligcenter Roskilde fortæller om")
opt(D,5,"Det foreslås at holde en frivilligbørs","Punktet udsættes til mødet den 29. januar 2030")
opt(D,7,"Næste møde afholdes den 29. januar 2030")

PEOPLE=[
 ("Ulla Kjærgaard Holm",["formand"],["Borgmesteren"]),("Bo Lykkegaard",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Tina Overgaard",["Økonomichef","referent"],[]),("Niels Thomsen",[],[]),("Anne Marie Lind",[],[]),
 ("Inge Lund Hansen",["formand"],["Formanden","Inge"]),("Bent Frost",["næstformand"],["Bent"]),
 ("Karin Dall",[],[]),("Lone Fisker",["demenskoordinator"],[]),("Helle Bruhn",["ældrechef"],[]),("Mikkel Juhl",["sekretær","referent"],[]),
 ("Jens Otto Bak",["formand"],[]),("Hans Kristian Dall",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Maja Lindskov",["Chef for Trafik og Veje"],[]),("Peter Juul",["Udvalgssekretær","referent"],[]),("Tue Sørensen",[],[]),
 ("Anders Krog Villadsen",["borgmester"],["Borgmesteren"]),("Ole Brandt",["stedfortræder"],[]),("Søren Flink",[],[]),
 ("Jesper Kirk Mortensen",["Kommunaldirektør","formand"],["Kommunaldirektøren"]),
 ("Mette Lindholm Vad",["næstformand"],["Mette"]),("Anja Vestergaard",["HR-chef"],["Anja"]),
 ("Kirsten Holt",["suppleant"],[]),("Niels Bak",["arbejdsmiljøkonsulent"],[]),("Sidsel Aaby",["HR-konsulent","referent"],[]),
 ("Tove Sandal",["borgmester"],["Borgmesteren"]),("Rikke Blom",["stedfortræder"],[]),("Lis Vester",[],[]),
 ("Erik Bredahl",["kommunaldirektør","referent"],[]),
 ("Morten Riis",["formand"],[]),("Anette Skov",["næstformand"],[]),("Birgit Mogensen",["Centerchef"],["Centerchefen"]),
 ("Jonas Kofod",["Udvalgssekretær","referent"],[]),
 ("Ole Bundgaard Kirk",["formand"],["Formanden"]),("Mads Hvass",[],[]),("Lise Ravnkilde",["professor"],[]),
 ("Søren Mølgaard",["kontorchef"],[]),("Ditte Brix",["fuldmægtig","referent"],[]),
 ("Signe Dalgaard",["børne- og ungdomsborgmester","mødeleder"],["Borgmesteren"]),("Morten Aabye",["suppleant"],[]),
 ("Katrine Juul",[],[]),("Marianne Høg",["tilsynschef"],[]),
 ("Birthe Sølvsten",["formand"],[]),("Torben Hald",["borgerrepræsentant"],[]),("Nadia Kjær",["borgerrepræsentant"],[]),
 ("Gitte Fogh",[],[]),("Ahmed Nour",["centerleder"],[]),("Jakob Wiese",["konsulent","referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b26-{i:03d}"
gold=dict(version=1,asOf="2029-12-31",corpusEnd="2029-11-27",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",len(A),"actions",len(OPT),"optional",
      len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
