#!/usr/bin/env python3
"""Generates ../gold.json for blind36 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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
def act(com,date,item,sentence,key,owners,due,kind="task",source="decision",rng=None,table=False):
    assert key in sentence, (key, sentence)
    a=dict(committee=com,meetingDate=date,item=item,key=key,sentence=sentence,
           owners=[dict(name=o[0],kind=o[1],surface=o[2] if len(o)>2 else o[0]) for o in owners],
           due=due,kind=kind,source=source)
    if rng: a["dueRange"]=list(rng)
    if table: a["tableRow"]=True   # the sentence is a table cell; check.py accepts its words in order
    A.append(a)
def opt(date,item,*keys):
    for k in keys: OPT.append(dict(meetingDate=date,item=item,key=k))
def pp(com,date,item,jn,target,phrase,source="decision"):
    P.append(dict(journalNumber=jn,committee=com,meetingDate=date,item=item,target=target,phrase=phrase,source=source))
def op(jn,title,com,count,target):
    OP.append(dict(journalNumber=jn,title=title,committee=com,count=count,target=target))
def case(jn,title,apps,standing=False):
    C.append(dict(journalNumber=jn,title=title,standing=standing,appearances=[dict(committee=c,date=d,item=i) for c,d,i in apps]))

# ------------------------------------------------------------ A Lolland Øudvalget (note-tool Markdown export, "## N. Title")
ØUD="Øudvalget"; D="2039-02-15"
meeting("lolland-oeudvalget-2039-02-15.md",ØUD,D,"17:00","Femø Forsamlingshus, Femø Bygade 12",
 ["Kirsten Holm","Bent Aagaard","Poul Erik Sønderby","Jette Mols"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser",None,"noted"),
 it(3,"Sommerfartplan 2039 for Femø- og Fejøfærgerne","39/0212","approved",part=["Ole Brandt"],
    prior=[(ØUD,"2039-01-18",3,"postponed")]),
 it(4,"Ø-støttepuljen 2039 – fordeling","39/0388","approved"),
 it(5,"Bredbånd på Askø og Lilleø","39/0140","postponed"),
 it(6,"Ansøgning om flyttetilskud",None,"approved",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(ØUD,D,3,"Anja beder om tallene.","Anja beder om tallene",[("Anja Riis","person","Anja")],None,source="prior-decision")
act(ØUD,D,3,"Anja indhenter en pris på den ekstra fredagsafgang hos Lolland Færgefart",
    "Anja indhenter en pris på den ekstra fredagsafgang",[("Anja Riis","person","Anja")],"2039-03-01")
act(ØUD,D,5,"Poul Erik rykker Norlys for svar på udbygningen primo marts",
    "Poul Erik rykker Norlys for svar",[("Poul Erik Sønderby","person","Poul Erik")],"2039-03-10",rng=("2039-03-01","2039-03-10"))
act(ØUD,D,7,"Kirsten og Bent skriver til borgmesteren om busforbindelsen fra Kragenæs inden næste møde.",
    "skriver til borgmesteren om busforbindelsen",[("Kirsten Holm","person","Kirsten"),("Bent Aagaard","person","Bent")],"2039-04-19")
act(ØUD,D,7,"Jette spurgte til affaldsordningen på Askø – Anja undersøger det til næste gang.",
    "Anja undersøger det til næste gang",[("Anja Riis","person","Anja")],"2039-04-19")
pp(ØUD,"2039-01-18",3,"39/0212",None,"Udsat, indtil Lolland Færgefart har sendt passagertal for 2038","prior-decision")
pp(ØUD,D,5,"39/0140","2039-04-19","Punktet udsættes til næste møde")
op("39/0140","Bredbånd på Askø og Lilleø",ØUD,1,"2039-04-19")
case("39/0212","Sommerfartplan 2039 for Femø- og Fejøfærgerne",[(ØUD,"2039-01-18",3),(ØUD,D,3)])
opt(D,2,"vi inviterer til kaffe","Teknik- og Miljøudvalget behandler færgetaksterne i marts")
opt(D,3,"Øudvalget anbefaler model B over for Teknik- og Miljøudvalget","Bent tager forbehold for udgiften",
    "Ole sender passagertal for 2038","Ole Brandt gennemgik dem")
opt(D,4,"Bent Aagaard stemte imod tilskuddet")

# ------------------------------------------------------------ B Bornholm Beredskabskommissionen (Prepare PDF via pdftotext -layout)
BK="Beredskabskommissionen"; D="2039-03-16"
meeting("bornholm-beredskabskommissionen-2039-03-16.txt",BK,D,"14:00",
 "Bornholms Brand & Redning, Mødelokale Hammeren, Sandemandsvej 1, Rønne",
 ["Kasper Lindholm","Rikke Hjorth","Helle Brink","Anne Sofie Thorup"],[
 it(9,"Godkendelse af dagsorden","39/00401","approved"),
 it(10,"Budgetopfølgning pr. 28. februar 2039","39/00512","noted"),
 it(11,"Risikobaseret dimensionering - handleplan 2039-2040","38/12877","approved"),
 it(12,"Indkøb af termisk drone til røgdykkerindsats","39/01180","postponed"),
 it(13,"Præhospital indsats - samarbejde med Region Hovedstaden om akutbil på Nordbornholm","39/00977","referred"),
 it(14,"Brandsyn på Hammershus - revideret plan","38/14410","approved",prior=[(BK,"2039-01-26",4,"postponed")]),
 it(15,"Meddelelser","39/00403","noted"),
 it(16,"Ansættelse af viceberedskabschef","39/01022","approved",closed=True)])
act(BK,D,11,"Aftale med Bornholms Energi og Forsyning om slukningsvand fra havnene i Gudhjem og Allinge",
    "Aftale med Bornholms Energi og Forsyning om",[("Morten Kofoed","person","MK")],"2039-06-19",
    rng=("2039-06-13","2039-06-19"),table=True)
act(BK,D,11,"Fuldskalaøvelse med Bornholms Lufthavn","Fuldskalaøvelse med Bornholms Lufthavn",
    [("Line Dam","person","LD")],"2039-06-30",rng=("2039-04-01","2039-06-30"),table=True)
act(BK,D,11,"Rekrutteringskampagne for deltidsbrandfolk i Nexø","Rekrutteringskampagne for deltidsbrandfolk i Nexø",
    [("Morten Kofoed","person","Beredskabschefen")],"2039-09-01",table=True)
act(BK,D,12,"Beredskabschefen indhenter et tilbud mere fra en dansk leverandør inden mødet.",
    "Beredskabschefen indhenter et tilbud mere",[("Morten Kofoed","person","Beredskabschefen")],"2039-06-08")
act(BK,D,13,"Sagen oversendes til Sundheds- og Forebyggelsesudvalget til udtalelse, inden kommissionen tager stilling.",
    "Sagen oversendes til Sundheds- og Forebyggelsesudvalget",[("Sundheds- og Forebyggelsesudvalget","body")],None,"referral")
act(BK,D,14,"Beredskabschefen undersøger med Slots- og Kulturstyrelsen, om brandsynet kan lægges uden for turistsæsonen.",
    "Beredskabschefen undersøger med Slots- og Kulturstyrelsen",[("Morten Kofoed","person","Beredskabschefen")],None,
    source="prior-decision")
pp(BK,D,12,"39/01180","2039-06-08","Sagen udsættes til kommissionens møde den 8. juni 2039")
pp(BK,"2039-01-26",4,"38/14410",None,"Udsat","prior-decision")
op("39/01180","Indkøb af termisk drone til røgdykkerindsats",BK,1,"2039-06-08")
case("38/14410","Brandsyn på Hammershus - revideret plan",[(BK,"2039-01-26",4),(BK,D,14)])
opt(D,10,"at budgetopfølgningen tages til efterretning")
opt(D,11,"Anbefales over for kommunalbestyrelsen","at handleplanen godkendes og anbefales")
opt(D,12,"at dronen indkøbes inden for anlægsrammen")
opt(D,14,"Rikke Hjorth forlod mødet under punktet","at den reviderede plan godkendes")
opt(D,15,"Formanden orienterede om KKR Hovedstadens","Politidirektøren orienterede")

# ------------------------------------------------------------ C Samsø Havnebestyrelsen (e-mail body with signature)
HB="Havnebestyrelsen"; ØU="Økonomiudvalget"; D="2039-04-12"
FLYDEBRO="08.03.00-G01-2-39"
meeting("samsoe-havnebestyrelsen-2039-04-12.txt",HB,D,"16:30","havnekontoret, Ballen Havn",
 ["Marianne Krogh","Søren Lund","Ib Holm","Lotte Friis","Henrik Møller"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Havnefogedens orientering",None,"noted"),
 it(3,"Havnetakster for lystbåde 2040 - første drøftelse","08.03.00-P20-1-39","discussed",part=["Anne Tved"]),
 it(4,"Ny flydebro i Ballen Havn - anlægsbevilling",FLYDEBRO,"referred",part=["Anne Tved"],
    prior=[(HB,"2039-03-08",6,"postponed")]),
 it(5,"Oprensning af sejlrenden i Langør Havn","08.03.00-G01-5-39","postponed"),
 it(6,"Opsigelse af bådplads pga. restance",None,"approved",closed=True),
 it(7,"Eventuelt",None,"none")])
act(HB,D,2,"Niels sætter nye skilte op ved slæbestedet inden 1. maj.","Niels sætter nye skilte op ved slæbestedet",
    [("Niels Brink","person","Niels")],"2039-05-01")
act(HB,D,3,"Anne og Niels regner på model 2 med rabat for fastliggere til næste møde.","regner på model 2 med rabat for fastliggere",
    [("Anne Tved","person","Anne"),("Niels Brink","person","Niels")],"2039-06-07")
act(HB,D,4,"Havnefogeden indhenter to tilbud, så bestyrelsen har et sammenligningsgrundlag.","Havnefogeden indhenter to tilbud",
    [("Niels Brink","person","Havnefogeden")],None,source="prior-decision")
act(HB,D,4,"Da finansieringen kræver en tillægsbevilling, oversendes sagen til Økonomiudvalget.","oversendes sagen til Økonomiudvalget",
    [(ØU,"body")],None,"referral")
pp(HB,"2039-03-08",6,FLYDEBRO,None,"Sagen udsat","prior-decision")
pp(HB,D,5,"08.03.00-G01-5-39","2039-06-07","Udsat til mødet i juni")
op("08.03.00-G01-5-39","Oprensning af sejlrenden i Langør Havn",HB,1,"2039-06-07")
opt(D,2,"Bestyrelsen tog orienteringen til efterretning","Niels orienterede om vinterens skader")
opt(D,3,"Bestyrelsen hælder til model 2")
opt(D,4,"Havnebestyrelsen anbefaler tilbuddet fra Nordisk Pontonbyg")
opt(D,6,"Bestyrelsen godkendte opsigelsen")

# ------------------------------------------------------------ D Samsø Økonomiudvalget (SBSYS PDF via pdftotext, labels in a column)
D="2039-05-11"
meeting("samsoe-oekonomiudvalget-2039-05-11.txt",ØU,D,"08:30","Mødelokale 1, Rådhuset, Søtofte 10, Tranebjerg",
 ["Jens Kold","Lise Bjerre","Anna Vinther","Hans Nørgaard"],[
 it(36,"Godkendelse af dagsorden","00.01.00-A00-5-39","approved"),
 it(37,"Regnskab 2038 - endelig godkendelse","00.30.10-S55-1-39","approved"),
 it(38,"Ny flydebro i Ballen Havn - anlægsbevilling",FLYDEBRO,"approved",prior=[(HB,"2039-04-12",4,"referred")]),
 it(39,"Budgetproces og tidsplan for budget 2040-2043","00.30.00-Ø00-2-39","approved"),
 it(40,"Ansøgning om lån til Samsø Energiakademi","24.10.00-Ø60-3-39","rejected"),
 it(41,"Salg af Kolby Kås Skole","82.08.00-G10-1-38","postponed"),
 it(42,"Deltagelse i Business Region Aarhus 2040-2043","24.00.00-A00-4-39","referred"),
 it(43,"Meddelelser","00.01.00-A00-6-39","noted"),
 it(44,"Køb af ejendom i Nordby","82.02.00-G10-3-39","approved",closed=True)])
act(ØU,D,38,"Teknik & Miljø fremlægger en driftsaftale for flydebroen inden udgangen af 3. kvartal.",
    "Teknik & Miljø fremlægger en driftsaftale for flydebroen",[("Teknik & Miljø","unit")],"2039-09-30","presentation")
act(ØU,D,39,"Direktøren udsender tidsplanen til fagudvalgene i uge 22.","Direktøren udsender tidsplanen til fagudvalgene",
    [("Birgit Lauesen","person","Direktøren")],"2039-06-05",rng=("2039-05-30","2039-06-05"))
act(ØU,D,42,"Sagen sendes til udtalelse i Erhvervs- og Turismeudvalget, inden Økonomiudvalget tager stilling.",
    "Sagen sendes til udtalelse i Erhvervs- og Turismeudvalget",[("Erhvervs- og Turismeudvalget","body")],None,"referral")
act(ØU,D,43,"Borgmesteren orienterer kommunalbestyrelsen om forhandlingerne på mødet den 26. maj.",
    "Borgmesteren orienterer kommunalbestyrelsen om forhandlingerne",[("Jens Kold","person","Borgmesteren")],"2039-05-26","presentation")
pp(ØU,D,41,"82.08.00-G10-1-38","2039-06-15","Sagen udsættes til Økonomiudvalgets møde den 15. juni 2039")
op("82.08.00-G10-1-38","Salg af Kolby Kås Skole",ØU,1,"2039-06-15")
case(FLYDEBRO,"Ny flydebro i Ballen Havn - anlægsbevilling",[(HB,"2039-03-08",6),(HB,"2039-04-12",4),(ØU,D,38)])
opt(D,37,"Anbefales over for Kommunalbestyrelsen","at regnskab 2038 anbefales godkendt")
opt(D,38,"oversendes sagen til Økonomiudvalget","Havnebestyrelsen anbefaler tilbuddet","Imod stemte Hans Nørgaard",
    "Anbefales over for Kommunalbestyrelsen med 3 stemmer mod 1","at der gives en anlægsbevilling")
opt(D,40,"Ansøgningen imødekommes ikke","Anna Vinther (SF) stemte for","deltog ikke i behandlingen af sagen")
opt(D,43,"Borgmesteren orienterede om forhandlingerne med Transportministeriet")

# ------------------------------------------------------------ E Region Nordjylland Udvalg for Regional Udvikling (First Agenda publication page)
URU="Udvalg for Regional Udvikling"; D="2039-05-23"
meeting("region-nordjylland-udvalg-for-regional-udvikling-2039-05-23.html",URU,D,"13:00",
 "Mødelokale Rebild, Regionshuset, Niels Bohrs Vej 30, Aalborg Ø",
 ["Ole Krabbe","Dorthe Bach Nielsen","Per Rønn","Mette Lund","Kim Thestrup","Lone Aasted"],[
 it(1,"Godkendelse af dagsorden","2039-004117","approved"),
 it(2,"Regional udviklingsstrategi 2040-2043 - procesplan","2039-002980","approved"),
 it(3,"Regionale busruter 2040 - NT's forslag til besparelser","2039-003305","referred"),
 it(4,"Uddannelsespuljen 2039 - ansøgninger i 1. runde","2039-001846","approved"),
 it(5,"Klimatilpasning ved Limfjorden - fælles projekt med kommunerne","2038-017720","postponed"),
 it(6,"Jordforureningsindsatsen 2039 - prioritering af grundvandstruede lokaliteter","2038-021154","approved",
    prior=[(URU,"2039-04-25",7,"postponed")]),
 it(7,"Kulturaftale Nordjylland 2040-2043","2039-000812","approved"),
 it(8,"Udbud af rådgivning om erhvervsfremme","2039-003990","approved",closed=True),
 it(9,"Eventuelt",None,"none")])
act(URU,D,2,"Administrationen tilrettelægger et dialogmøde med kommunerne i løbet af efteråret.",
    "Administrationen tilrettelægger et dialogmøde med kommunerne",[("Administrationen","unit")],"2039-11-30",
    rng=("2039-09-01","2039-11-30"))
act(URU,D,3,"Sagen oversendes til KKR Nordjylland med henblik på en fælles indstilling om de regionale ruter i Vesthimmerland og Thy.",
    "Sagen oversendes til KKR Nordjylland",[("KKR Nordjylland","body")],None,"referral")
act(URU,D,6,"Administrationen udarbejder en oversigt over de grundvandstruede lokaliteter fordelt på kommuner.",
    "Administrationen udarbejder en oversigt over de grundvandstruede lokaliteter",[("Administrationen","unit")],None,
    source="prior-decision")
act(URU,D,7,"Formanden og næstformanden deltager i forhandlingsmødet med Kulturministeriet medio oktober.",
    "deltager i forhandlingsmødet med Kulturministeriet",
    [("Ole Krabbe","person","Formanden"),("Dorthe Bach Nielsen","person","næstformanden")],"2039-10-20",
    rng=("2039-10-11","2039-10-20"))
pp(URU,D,5,"2038-017720",None,"Punktet udsættes, indtil Kystdirektoratet har afsluttet sin screening")
pp(URU,"2039-04-25",7,"2038-021154",None,"Udsat","prior-decision")
op("2038-017720","Klimatilpasning ved Limfjorden - fælles projekt med kommunerne",URU,1,None)
case("2038-021154","Jordforureningsindsatsen 2039 - prioritering af grundvandstruede lokaliteter",[(URU,"2039-04-25",7),(URU,D,6)])
opt(D,2,"Regionaldirektøren indstiller, at procesplanen godkendes")
opt(D,4,"Godkendt med 5 stemmer mod 1","Imod stemte Kim Thestrup")
opt(D,5,"at regionen deltager i projektet")
opt(D,7,"Anbefales over for forretningsudvalget og regionsrådet","anbefaler forretningsudvalget og regionsrådet")

# ------------------------------------------------------------ F Haderslev Kirkegårdsudvalget (Word saved as text, Windows-1252)
KGU="Kirkegårdsudvalget"; D="2039-06-09"
meeting("haderslev-kirkegaardsudvalget-2039-06-09.txt",KGU,D,"15:00",
 "Kirkegårdskontoret, Vestre Kirkegård, Ribe Landevej 40, Haderslev",
 ["Anne Marie Bøgh","Jens Hansen","Hanne Lorenzen","Birgit Nissen","Arne Bruhn"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 24. marts 2039",None,"approved"),
 it(3,"Takster for gravsteder og ydelser 2040","39/11840","approved"),
 it(4,"Naturgravplads på Vestre Kirkegård","38/20991","approved",prior=[(KGU,"2039-03-24",5,"discussed")]),
 it(5,"Ansøgning om mindesten for omkomne fiskere","39/12004","rejected"),
 it(6,"Renovering af kapellet på Haderslev Kirkegård","39/09917","postponed"),
 it(7,"Personalesag",None,"approved",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(KGU,D,4,"Kirkegårdslederen indhenter skitser fra to landskabsarkitekter.","Kirkegårdslederen indhenter skitser",
    [("Poul Erik Thomsen","person","Kirkegårdslederen")],None,source="prior-decision")
act(KGU,D,4,"Kirkegårdslederen og Hanne udarbejder en informationsfolder til pårørende inden 1. september.",
    "udarbejder en informationsfolder til pårørende",
    [("Poul Erik Thomsen","person","Kirkegårdslederen"),("Hanne Lorenzen","person","Hanne")],"2039-09-01")
act(KGU,D,6,"Teknik og Miljø bestiller tilstandsrapporten hos en ekstern rådgiver.","Teknik og Miljø bestiller tilstandsrapporten",
    [("Teknik og Miljø","unit")],None)
act(KGU,D,8,"Kirkegårdslederen anmelder forholdet til politiet og sørger for nye låse på redskabshuset før sommerferien.",
    "Kirkegårdslederen anmelder forholdet til politiet",[("Poul Erik Thomsen","person","Kirkegårdslederen")],"2039-06-24",
    rng=("2039-06-20","2039-07-01"))
pp(KGU,D,6,"39/09917",None,"Sagen udsættes til efter sommerferien, når tilstandsrapporten foreligger")
op("39/09917","Renovering af kapellet på Haderslev Kirkegård",KGU,1,None)
case("38/20991","Naturgravplads på Vestre Kirkegård",[(KGU,"2039-03-24",5),(KGU,D,4)])
opt(D,2,"Referatet blev godkendt og underskrevet")
opt(D,3,"Taksterne anbefales over for Klima- og Teknikudvalget","at taksterne anbefales")
opt(D,4,"Udvalget ønsker at se to skitser","Udvalget valgte skitse B")
opt(D,5,"Ansøgningen kan ikke imødekommes","Et mindretal (Jens Hansen)")
opt(D,8,"Formanden orienterede om hærværk","Birgit Nissen orienterede om provstiudvalgets budgetsamråd")

# ------------------------------------------------------------ G Fanø Kommunalbestyrelsen (Acadre PDF via pdftotext, labels in a column)
KB="Kommunalbestyrelsen"; D="2039-08-25"
meeting("fanoe-kommunalbestyrelsen-2039-08-25.txt",KB,D,"18:00","Byrådssalen, Fanø Rådhus, Skolevej 5-7, Nordby",
 ["Susanne Fabricius","Jakob Rindom","Marianne Sønderho","Rasmus Vind","Lise Kromann","Henning Bøgh","Tove Lund",
  "Carsten Mørk","Karen Hvid","Peter Ravn","Asger Nordby","Inge Thaning","Niels Kåre Bilstrup","Ida Fenger"],[
 it(110,"Godkendelse af dagsorden","39/1401","approved"),
 it(111,"Meddelelser fra borgmesteren","39/1402","noted"),
 it(112,"Budget 2040-2043 - 1. behandling","39/0588","approved"),
 it(113,"Færgeforbindelsen Esbjerg-Nordby - ny driftskontrakt","38/2210","approved",prior=[(ØU,"2039-08-16",88,"approved")]),
 it(114,"Lokalplan 2039-02 for Sønderho Havn - endelig vedtagelse","39/0311","approved"),
 it(115,"Kystbeskyttelse ved Rindby Strand - ansøgning fra grundejerforeningen","39/1277","postponed"),
 it(116,"Forslag fra Carsten Mørk (Ø) om gratis færge for unge under 25 år","39/1380","referred"),
 it(117,"Landdistriktspuljen 2039 - 2. uddeling","39/0954","approved"),
 it(118,"Eventuelt","39/1403","none"),
 it(119,"Salg af byggegrund på Kirkevejen, Nordby","39/1290","approved",closed=True)])
act(KB,D,111,"Kommunaldirektøren sender en opdateret tidsplan for skoleprojektet til kommunalbestyrelsen ultimo september.",
    "Kommunaldirektøren sender en opdateret tidsplan for skoleprojektet",[("Jesper Høeg","person","Kommunaldirektøren")],
    "2039-09-30",rng=("2039-09-21","2039-09-30"))
act(KB,D,113,"Borgmesteren og kommunaldirektøren forhandler de endelige vilkår med FanøFærgen ApS på plads senest den 1. oktober 2039.",
    "forhandler de endelige vilkår med FanøFærgen ApS",
    [("Susanne Fabricius","person","Borgmesteren"),("Jesper Høeg","person","kommunaldirektøren")],"2039-10-01")
act(KB,D,115,"Teknik og Miljø indhenter en udtalelse fra Kystdirektoratet inden mødet.",
    "Teknik og Miljø indhenter en udtalelse fra Kystdirektoratet",[("Teknik og Miljø","unit")],"2039-09-29")
act(KB,D,116,"Forslaget oversendes til Økonomiudvalget til videre behandling i forbindelse med budget 2040.",
    "Forslaget oversendes til Økonomiudvalget",[(ØU,"body")],None,"referral")
pp(KB,D,115,"39/1277","2039-09-29","Sagen udsættes til kommunalbestyrelsens møde den 29. september 2039")
op("39/1277","Kystbeskyttelse ved Rindby Strand - ansøgning fra grundejerforeningen",KB,1,"2039-09-29")
case("38/2210","Færgeforbindelsen Esbjerg-Nordby - ny driftskontrakt",[(ØU,"2039-08-16",88),(KB,D,113)])
opt(D,111,"Borgmesteren orienterede om status for den nye skole")
opt(D,112,"Budgetforslaget oversendes til 2. behandling","Økonomiudvalget har den 16. august 2039 behandlet budgetforslaget")
opt(D,113,"Godkendt med 12 stemmer mod 2","Økonomiudvalget anbefaler kommunalbestyrelsen at godkende kontraktudkastet")
opt(D,114,"Lokalplanen blev vedtaget endeligt")
opt(D,116,"har den 8. august 2039 anmodet om at få forslaget optaget")

# ------------------------------------------------------------ H Morsø Fælleskommunalt Færgeudvalg (Teams/Loop page export)
FFU="Fælleskommunalt Færgeudvalg"; D="2039-09-09"
meeting("morsoe-faelleskommunalt-faergeudvalg-2039-09-09.md",FFU,D,"09:30",
 "Mødelokale Fur, Morsø Rådhus, Jernbanevej 7, Nykøbing Mors + Teams",
 ["Hans Kjeldgaard","Lene Thybo","Birgitte Vust","Karin Fur","Mogens Løgstør"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Driftsstatus og passagertal 1. halvår 2039","39/2881","noted",part=["Frank Egtved"]),
 it(3,"Fælles takststruktur 2040","39/1907","postponed",part=["Frank Egtved"]),
 it(4,"Ny færge til Hvalpsund–Sundsøre – udbudsmateriale","38/4410","approved",prior=[(FFU,"2039-06-10",5,"discussed")]),
 it(5,"Samarbejdsaftale 2040–2043 – revision","39/2210","referred"),
 it(6,"Klage over aflysninger på Feggesund",None,"noted",closed=True),
 it(7,"Eventuelt",None,"none")])
act(FFU,D,2,"Sende passagertal pr. måned til de fire kommuner","Sende passagertal pr. måned til de fire kommuner",
    [("Frank Egtved","person")],"2039-10-09",rng=("2039-10-03","2039-10-09"),table=True)
act(FFU,D,3,"Beregne konsekvensen af model 2 for pendlerne","Beregne konsekvensen af model 2 for pendlerne",
    [("Sara Hvidbjerg","person")],"2039-11-25",table=True)
act(FFU,D,4,"Sekretariatet udarbejder et udkast til udbudsmateriale i samarbejde med Skive og Vesthimmerland.",
    "Sekretariatet udarbejder et udkast til udbudsmateriale",[("Sekretariatet","unit")],None,source="prior-decision")
act(FFU,D,5,"Sagen oversendes til Kommunaldirektørkredsen for de fire kommuner med henblik på en fælles anbefaling.",
    "Sagen oversendes til Kommunaldirektørkredsen",[("Kommunaldirektørkredsen","body")],None,"referral")
pp(FFU,D,3,"39/1907","2039-11-25","Udsat til næste møde")
op("39/1907","Fælles takststruktur 2040",FFU,1,"2039-11-25")
case("38/4410","Ny færge til Hvalpsund–Sundsøre – udbudsmateriale",[(FFU,"2039-06-10",5),(FFU,D,4)])
opt(D,2,"Frank gennemgik driften")
opt(D,3,"Frank præsenterede to modeller")
opt(D,4,"anbefaler byrådene i Skive og Vesthimmerland at afsætte anlægsmidlerne","Udvalget godkendte udbudsmaterialet")

# ------------------------------------------------------------ I Læsø Teknik- og Miljøudvalget (eDoc PDF via pdftotext, CRLF)
TMU="Teknik- og Miljøudvalget"; D="2039-09-27"
meeting("laesoe-teknik-og-miljoeudvalget-2039-09-27.txt",TMU,D,"13:00","Mødelokalet, Rådhuset, Doktorvejen 2, Byrum",
 ["Tom Wolf","Jytte Østergaard","Henning Brandt","Mette Vestergaard","Stine Thorup"],[
 it(1,"Godkendelse af dagsorden","EMN-2039-00931","approved"),
 it(2,"Vesterø Havn - renovering af kajanlæg, etape 2","EMN-2038-01177","approved",part=["Bjarne Sand"],
    prior=[(TMU,"2039-08-30",6,"postponed")]),
 it(3,"Vintertjeneste 2039/40 - regulativ og ruteplan","EMN-2039-00712","approved"),
 it(4,"Spildevandsplan - tillæg nr. 4 for Østerby","EMN-2039-00455","approved"),
 it(5,"Storskraldsordning på Læsø","EMN-2039-00318","postponed"),
 it(6,"Ansøgning om dispensation fra strandbeskyttelseslinjen, Syrodde","EMN-2039-00877","rejected"),
 it(7,"Erstatningssag - skade på vej","EMN-2039-00890","approved",closed=True),
 it(8,"Orientering og eventuelt","EMN-2039-00932","decided")])
act(TMU,D,2,"Havnechefen fremlægger tre løsningsforslag med priser.","Havnechefen fremlægger tre løsningsforslag",
    [("Bjarne Sand","person","Havnechefen")],None,"presentation",source="prior-decision")
act(TMU,D,3,"Vej og Park udsender ruteplanen til entreprenørerne primo november.","Vej og Park udsender ruteplanen til entreprenørerne",
    [("Vej og Park","unit")],"2039-11-10",rng=("2039-11-01","2039-11-10"))
act(TMU,D,4,"KJ sender tillægget i offentlig høring i uge 41.","KJ sender tillægget i offentlig høring",
    [("Karen Juul","person","KJ")],"2039-10-16",rng=("2039-10-10","2039-10-16"))
act(TMU,D,8,"Tom og Jytte følger op på sagen om færdselsreglerne på Rønnerne og giver en status på næste møde.",
    "følger op på sagen om færdselsreglerne på Rønnerne",
    [("Tom Wolf","person","Tom"),("Jytte Østergaard","person","Jytte")],"2039-10-25")
pp(TMU,"2039-08-30",6,"EMN-2038-01177",None,"Udsat til næste møde","prior-decision")
pp(TMU,D,5,"EMN-2039-00318",None,"Punktet udsættes, indtil den nye affaldsaftale med Frederikshavn Kommune er på plads")
op("EMN-2039-00318","Storskraldsordning på Læsø",TMU,1,None)
case("EMN-2038-01177","Vesterø Havn - renovering af kajanlæg, etape 2",[(TMU,"2039-08-30",6),(TMU,D,2)])
opt(D,2,"Forslag 2 godkendes","Anlægsbevillingen anbefales over for Økonomiudvalget","Havnechefen har udarbejdet tre løsningsforslag")
opt(D,4,"at forslaget til tillæg sendes i offentlig høring i 8 uger")
opt(D,6,"Udvalget meddeler afslag")
opt(D,8,"Formanden orienterede om mødet med Naturstyrelsen")

# ------------------------------------------------------------ J Lemvig Landdistriktsrådet (municipal CMS page)
LDR="Landdistriktsrådet"; D="2039-10-19"
meeting("lemvig-landdistriktsraadet-2039-10-19.html",LDR,D,"19:00","Harboøre Centret, Mødesal 2, Nørre Allé 3, Harboøre",
 ["Jens Kirk","Gitte Smed","Ole Dam Nørgaard","Inger Bach","Lars Tjørnelund","Anne Lise Vestergaard"],[
 it(1,"Godkendelse af dagsorden","39-2101","approved"),
 it(2,"Landdistriktspuljen 2040 - kriterier for ansøgning","39-1102","approved"),
 it(3,"Cykelsti mellem Harboøre og Thyborøn - status","38-2277","noted",part=["Thomas Brix"],
    prior=[(LDR,"2039-09-14",4,"postponed")]),
 it(4,"Forslag om fælles busordning for lokalområderne","39-1984","referred"),
 it(5,"Nedrivningspuljen 2040 - prioritering af ejendomme","39-2044","postponed"),
 it(6,"Henvendelse vedrørende en konkret ejendom","39-2050","noted",closed=True),
 it(7,"Eventuelt",None,"none")])
act(LDR,D,2,"Signe sender kriterierne til lokalrådene inden 1/11.","Signe sender kriterierne til lokalrådene",
    [("Signe Lodahl","person","Signe")],"2039-11-01")
act(LDR,D,3,"Formanden indhenter en status fra Teknik og Miljø.","Formanden indhenter en status fra Teknik og Miljø",
    [("Jens Kirk","person","Formanden")],None,source="prior-decision")
act(LDR,D,3,"Rådet ønsker en ny status i 1. kvartal 2040.","Rådet ønsker en ny status",[],"2040-03-31","presentation",
    rng=("2040-01-01","2040-03-31"))
act(LDR,D,4,"Forslaget oversendes til Teknik- og Miljøudvalget, som har ansvaret for den kollektive trafik.",
    "Forslaget oversendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
pp(LDR,"2039-09-14",4,"38-2277",None,"Udsat","prior-decision")
pp(LDR,D,5,"39-2044","2039-12-07","Udsættes til næste møde")
op("39-2044","Nedrivningspuljen 2040 - prioritering af ejendomme",LDR,1,"2039-12-07")
case("38-2277","Cykelsti mellem Harboøre og Thyborøn - status",[(LDR,"2039-09-14",4),(LDR,D,3)])
opt(D,2,"Landdistriktsrådet anbefaler kriterierne over for Økonomiudvalget")
opt(D,3,"Taget til efterretning","Vejingeniør Thomas Brix fra Teknik og Miljø deltog under punktet")

# ------------------------------------------------------------ K Region Sjælland Sundhedskoordinationsudvalget (Netpublicator viewer page)
SKU="Sundhedskoordinationsudvalget"; D="2039-11-21"
meeting("region-sjaelland-sundhedskoordinationsudvalget-2039-11-21.html",SKU,D,"10:00",
 "Regionshuset, Alléen 15, Sorø - mødelokale 1.12",
 ["Anette Birk","Claus Vraa","Mikkel Rye","Tina Gram","Hanne Brogaard","Sofie Marker"],[
 it(1,"Godkendelse af dagsorden","39-008810","approved"),
 it(2,"Sundhedsaftale 2040-2043 - udkast til politisk del","39-007713","approved"),
 it(3,"Akutfunktioner i kommunerne - fælles kvalitetsstandarder","39-004402","approved",
    prior=[(SKU,"2039-09-26",4,"discussed")]),
 it(4,"Fælles indsats for borgere med KOL - status","38-019926","noted"),
 it(5,"Lægedækning i Odsherred og Lolland","39-006120","referred"),
 it(6,"Fælles sundhedshus i Holbæk - ansøgning om midler fra Sundhedsklyngepuljen","39-007001","postponed"),
 it(7,"Forhandlinger med PLO-Sjælland om §2-aftale","39-008002","noted",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(SKU,D,2,"Sekretariatet udsender høringsbrevet senest 1. december 2039.","Sekretariatet udsender høringsbrevet",
    [("Sekretariatet","unit")],"2039-12-01")
act(SKU,D,3,"Formandskabet præsenterer standarderne på KKR Sjællands møde i december.",
    "Formandskabet præsenterer standarderne",
    [("Anette Birk","person","Formandskabet"),("Mikkel Rye","person","Formandskabet")],"2039-12-31","presentation",
    rng=("2039-12-01","2039-12-31"))
act(SKU,D,5,"Sagen oversendes til Praksisplanudvalget med henblik på et forslag til en fælles rekrutteringsindsats.",
    "Sagen oversendes til Praksisplanudvalget",[("Praksisplanudvalget","body")],None,"referral")
act(SKU,D,8,"Sundhedsdirektøren vender tilbage med en vurdering af ventetiderne ultimo januar.",
    "Sundhedsdirektøren vender tilbage med en vurdering af ventetiderne",[("Peter Grau","person","Sundhedsdirektøren")],
    "2040-01-31","presentation",rng=("2040-01-21","2040-01-31"))
pp(SKU,D,6,"39-007001","2040-02-06","Punktet udsættes til udvalgets første møde i 2040")
op("39-007001","Fælles sundhedshus i Holbæk - ansøgning om midler fra Sundhedsklyngepuljen",SKU,1,"2040-02-06")
case("39-004402","Akutfunktioner i kommunerne - fælles kvalitetsstandarder",[(SKU,"2039-09-26",4),(SKU,D,3)])
opt(D,2,"Sekretariatet indstiller, at udkastet godkendes og sendes i høring")
opt(D,3,"Udvalget ønsker sagen genoptaget, når evalueringen fra VIVE foreligger")
opt(D,4,"Orienteringen blev taget til efterretning")
opt(D,8,"Claus Vraa spurgte til ventetiden")

PEOPLE=[
 ("Kirsten Holm",["formand"],["Kirsten"]),("Bent Aagaard",[],["Bent"]),("Poul Erik Sønderby",["byrådsmedlem"],["Poul Erik"]),
 ("Jette Mols",["suppleant"],[]),("Anja Riis",["landdistriktskoordinator","referent"],["Anja"]),("Ole Brandt",["færgekaptajn"],["Ole"]),
 ("Kasper Lindholm",["borgmester","formand"],["Formanden"]),("Rikke Hjorth",["næstformand"],[]),("Helle Brink",["politidirektør"],["Politidirektøren"]),
 ("Anne Sofie Thorup",["suppleant"],[]),("Morten Kofoed",["Beredskabschef"],["Beredskabschefen","MK"]),("Line Dam",["chefkonsulent","referent"],["LD"]),
 ("Marianne Krogh",["formand"],[]),("Niels Brink",["Havnefoged","referent"],["Havnefogeden","Niels","NB"]),("Anne Tved",[],["Anne"]),
 ("Jens Kold",["borgmester","formand"],["Borgmesteren"]),("Birgit Lauesen",["Kommunaldirektør"],["Direktøren"]),("Tobias Skov",["økonomichef"],[]),
 ("Ole Krabbe",["formand"],["Formanden"]),("Dorthe Bach Nielsen",["næstformand"],["næstformanden"]),("Kurt Nyborg",["Regionaldirektør"],["Regionaldirektøren"]),
 ("Birgitte Dall",["borgmester","observatør"],[]),("Sanne Bjerg",["kontorchef","referent"],[]),
 ("Anne Marie Bøgh",["formand"],["Formanden"]),("Hanne Lorenzen",[],["Hanne"]),("Poul Erik Thomsen",["Kirkegårdsleder","sekretær"],["Kirkegårdslederen"]),
 ("Susanne Fabricius",["borgmester"],["Borgmesteren"]),("Jesper Høeg",["kommunaldirektør"],["Kommunaldirektøren"]),("Ida Fenger",["stedfortræder"],[]),
 ("Louise Winther",["sekretariatschef","referent"],[]),
 ("Hans Kjeldgaard",["formand"],[]),("Lene Thybo",["næstformand"],[]),("Karin Fur",["suppleant"],[]),("Sara Hvidbjerg",["sekretær"],["Sara H."]),
 ("Frank Egtved",["driftschef"],["Frank"]),
 ("Tom Wolf",["formand"],["Tom","Formanden"]),("Jytte Østergaard",[],["Jytte"]),("Stine Thorup",["stedfortræder"],[]),
 ("Bjarne Sand",["Havnechef"],["Havnechefen"]),("Karen Juul",["Miljømedarbejder"],["KJ"]),("Ulrik Bang",["Teknisk chef"],[]),
 ("Jens Kirk",["formand"],["Formanden"]),("Signe Lodahl",["Landdistriktskoordinator","sekretær"],["Signe"]),("Thomas Brix",["Vejingeniør"],[]),
 ("Anette Birk",["formand"],[]),("Mikkel Rye",["borgmester","næstformand"],[]),("Hanne Brogaard",["stedfortræder"],[]),
 ("Peter Grau",["Sundhedsdirektør"],["Sundhedsdirektøren"]),("Mia Friis",["chefkonsulent","referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b36-{i:03d}"
gold=dict(version=1,asOf="2039-12-31",corpusEnd="2039-11-21",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases")
