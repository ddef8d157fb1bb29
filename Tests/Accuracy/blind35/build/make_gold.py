#!/usr/bin/env python3
"""Generates ../gold.json for blind35 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Region Midtjylland Forretningsudvalget (WorkZone-like, pdftotext without -layout)
FU="Forretningsudvalget"; D="2038-01-19"
meeting("region-midtjylland-forretningsudvalget-2038-01-19.txt",FU,D,"13:00",
 "Regionshuset Viborg, Skottenborg 26, 8800 Viborg, mødelokale F5",
 ["Bent Holmgaard Lund","Marie Kaae","Thorkild Sejersen","Jens Ove Riis","Lisa Frandsen","Kristoffer Bladt",
  "Signe Mølgaard","Asger Thygesen","Mette Lyngsø","Ib Kjærulff","Rune Damsgaard","Karen Sloth Vium"],[
 it(1,"Godkendelse af dagsorden","1-30-72-1-38","approved"),
 it(2,"Meddelelser","1-30-72-2-38","noted"),
 it(3,"Budgetopfølgning pr. 30. november 2037","1-30-72-14-38","approved"),
 it(4,"Akutklinik i Skive - udvidet åbningstid","1-30-72-233-37","postponed",
    prior=[("Udvalg for nære sundhedstilbud","2038-01-06",5,"approved")]),
 it(5,"Regional udviklingsstrategi 2038-2041 - høringsudkast","1-30-72-301-37","approved"),
 it(6,"Takster for egenbetaling til patientbefordring 2038","1-30-72-19-38","rejected"),
 it(7,"Samarbejdsaftale med Aarhus Universitet om forskningsinfrastruktur","1-30-72-7-38","postponed"),
 it(8,"Køb af ejendom ved Regionshospitalet Gødstrup",None,"approved",closed=True),
 it(9,"Eventuelt",None,"decided")])
act(FU,D,3,"Regionsdirektøren fremlægger en plan for nedbringelse af merforbruget på hospitalerne på forretningsudvalgets møde den 16. februar 2038.",
    "fremlægger en plan for nedbringelse af merforbruget",[("Lise Bjerregaard Holm","person","Regionsdirektøren")],"2038-02-16","presentation",
    dueText="på forretningsudvalgets møde den 16. februar 2038")
act(FU,D,4,"Hospitalsenhed Midt redegør for bemandingen af akutklinikken i weekenderne.",
    "Hospitalsenhed Midt redegør for bemandingen",[("Hospitalsenhed Midt","unit")],None)
act(FU,D,9,"Koncerndirektøren sender forretningsudvalget et notat om ventetiderne på psykiatrisk udredning primo marts.",
    "sender forretningsudvalget et notat om ventetiderne",[("Mads Hvilsom","person","Koncerndirektøren")],"2038-03-10",
    rng=("2038-03-01","2038-03-10"),dueText="primo marts")
pp(FU,D,4,"1-30-72-233-37","2038-02-16","Sagen udsættes til forretningsudvalgets møde den 16. februar 2038")
pp(FU,D,7,"1-30-72-7-38",None,"Punktet trækkes fra dagsordenen og behandles på et senere møde")
op("1-30-72-233-37","Akutklinik i Skive - udvidet åbningstid",FU,1,"2038-02-16")
op("1-30-72-7-38","Samarbejdsaftale med Aarhus Universitet om forskningsinfrastruktur",FU,1,None)
case("1-30-72-233-37","Akutklinik i Skive - udvidet åbningstid",[("Udvalg for nære sundhedstilbud","2038-01-06",5),(FU,D,4)])
opt(D,2,"Regionsdirektøren orienterede om status på forhandlingerne")
opt(D,3,"at budgetopfølgningen tages til efterretning","Indstillingen blev anbefalet")
opt(D,4,"Udvalget anbefalede indstillingen","bemandingen i weekenderne skal beskrives nærmere","at den udvidede åbningstid godkendes")
opt(D,5,"Anbefales over for regionsrådet","kunne ikke anbefale indstillingen","Strategien skal i offentlig høring i 8 uger")
opt(D,6,"blev forkastet med 10 stemmer mod 2")
opt(D,9,"Formanden orienterede om mødet med sundhedsministeren")

# ------------------------------------------------------------ B Holbæk Klima- og Miljøudvalget (Prepare-like, pdftotext -layout)
KMU="Klima- og Miljøudvalget"; D="2038-02-16"
meeting("holbaek-klima-og-miljoeudvalget-2038-02-16.txt",KMU,D,"16:00","Mødelokale 1.14, Holbæk Rådhus, Kanalstræde 2",
 ["Anette Brøndum","Kasper Lund Hviid","Jan Kirkegaard","Hafsa Durmaz","Preben Skov-Larsen","Mogens Tved"],[
 it(12,"Godkendelse af dagsorden","38-000418","approved"),
 it(13,"Klimahandleplan 2038 - status","38-000377","noted",part=["Sara Weng"]),
 it(14,"Spildevandsplan 2038-2042 - forslag","38-000122","approved"),
 it(15,"Vandløbsregulativ for Tuse Å - revision","37-009915","approved",prior=[(KMU,"2038-01-12",None,"approved")]),
 it(16,"Ansøgning om dispensation fra naturbeskyttelseslinjen, Orø","38-000256","postponed"),
 it(17,"Henteordning for haveaffald","38-000301","postponed"),
 it(18,"Erstatning efter fredning af Tempelkrogen",None,"approved",closed=True),
 it(19,"Meddelelser","38-000419","decided")])
act(KMU,D,13,"Center for Klima og Miljø fremlægger en status på CO2-regnskabet for kommunens bygninger i uge 40.",
    "fremlægger en status på CO2-regnskabet",[("Center for Klima og Miljø","unit")],"2038-10-10","presentation",
    rng=("2038-10-04","2038-10-10"),dueText="i uge 40")
act(KMU,D,17,"Administrationen udarbejder et alternativ med finansiering over gebyret til næste møde.",
    "Administrationen udarbejder et alternativ med finansiering over gebyret",[("Administrationen","unit")],"2038-03-16",
    dueText="til næste møde")
act(KMU,D,19,"Forvaltningschefen sender udvalget en oversigt over de forurenede grunde i kommunen inden udgangen af 3. kvartal.",
    "sender udvalget en oversigt over de forurenede grunde",[("Morten Ulstrup","person","Forvaltningschefen")],"2038-09-30",
    dueText="inden udgangen af 3. kvartal")
pp(KMU,D,16,"38-000256",None,"sagen tages op igen, når afgørelsen foreligger")
pp(KMU,D,17,"38-000301","2038-03-16","Beslutningen udskydes til næste møde")
op("38-000256","Ansøgning om dispensation fra naturbeskyttelseslinjen, Orø",KMU,1,None)
op("38-000301","Henteordning for haveaffald",KMU,1,"2038-03-16")
case("37-009915","Vandløbsregulativ for Tuse Å - revision",[(KMU,"2038-01-12",None),(KMU,D,15)])
opt(D,13,"at orienteringen tages til efterretning")
opt(D,14,"Anbefales over for Økonomiudvalget og Byrådet","kunne ikke anbefale forslaget","skal efter byrådets godkendelse i offentlig høring")
opt(D,15,"Udvalget besluttede at sende udkastet til bemærkninger hos lodsejerne","at regulativet sendes i offentlig høring",
    "strækningen ved Tuse Næs vedligeholdes som hidtil")
opt(D,16,"Udvalget afventer Fredningsnævnets afgørelse")
opt(D,17,"at henteordningen indføres fra 1. april 2038")
opt(D,19,"Forvaltningschefen orienterede om status på jordforureningen")

# ------------------------------------------------------------ C Samsø Økonomiudvalget (Word template saved as text, Windows-1252)
ØU="Økonomiudvalget"; D="2038-03-09"
meeting("samsoe-oekonomiudvalget-2038-03-09.txt",ØU,D,"14:00","Mødelokale 1, Samsø Rådhus, Søtofte 10, Tranebjerg",
 ["Marcel Holm Bech","Ruth Enevoldsen","Jeppe Sørig","Svend Åge Bisgård","Kristine Vang"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Havneudvidelse i Ballen – anlægsbevilling","38/311","approved",prior=[("Teknik- og Miljøudvalget","2038-02-23",None,"approved")]),
 it(3,"Samsø Energiakademi – driftsaftale 2038-2041","38/187","postponed"),
 it(4,"Budgetlægning 2039 – tidsplan","38/402","approved"),
 it(5,"Ansøgning om tilskud til Samsø Musikfestival 2038","38/356","rejected"),
 it(6,"Salg af Besser Skole","38/290","postponed"),
 it(7,"Personalesag",None,"approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(ØU,D,2,"Borgmesteren tager kontakt til Trafikstyrelsen om medfinansiering inden udgangen af april 2038.",
    "Borgmesteren tager kontakt til Trafikstyrelsen",[("Marcel Holm Bech","person","Borgmesteren")],"2038-04-30",
    dueText="inden udgangen af april 2038")
act(ØU,D,4,"Kommunaldirektøren udsender tidsplanen til kommunalbestyrelsen i uge 11.",
    "Kommunaldirektøren udsender tidsplanen",[("Helene Vestergård Lau","person","Kommunaldirektøren")],"2038-03-21",
    rng=("2038-03-15","2038-03-21"),dueText="i uge 11")
act(ØU,D,6,"Økonomichefen indhenter en ny vurdering fra to ejendomsmæglere.",
    "Økonomichefen indhenter en ny vurdering",[("Jakob Brix","person","Økonomichefen")],None)
pp(ØU,D,3,"38/187",None,"Sagen berostilles, indtil Energistyrelsen har truffet afgørelse om puljen")
pp(ØU,D,6,"38/290","2038-04-13","besluttede at udskyde sagen til mødet den 13. april 2038")
op("38/187","Samsø Energiakademi – driftsaftale 2038-2041",ØU,1,None)
op("38/290","Salg af Besser Skole",ØU,1,"2038-04-13")
case("38/311","Havneudvidelse i Ballen – anlægsbevilling",[("Teknik- og Miljøudvalget","2038-02-23",None),(ØU,D,2)])
opt(D,1,"deltog som stedfortræder for Anna Lindbjerg")
opt(D,2,"Anbefales over for kommunalbestyrelsen","at der gives en anlægsbevilling på 11,8 mio. kr.")
opt(D,3,"en ny aftale afhænger af svaret")
opt(D,4,"Tidsplanen lægger op til budgetseminar")
opt(D,5,"Ansøgningen blev afvist","stemte for at yde et tilskud")

# ------------------------------------------------------------ D Kalundborg Børne- og Ungeudvalget (SBSYS-like, pdftotext -layout, CRLF)
BUU="Børne- og Ungeudvalget"; D="2038-04-06"
meeting("kalundborg-boerne-og-ungeudvalget-2038-04-06.txt",BUU,D,"15:00","Mødelokale 3, Rådhuset, Holbækvej 141 B, Kalundborg",
 ["Bodil Krogh Smed","Carsten Juhl","Henrik Dalsgaard","Ditte Brink","Rasmus Agger","Hans-Jørgen Birk"],[
 it(22,"Godkendelse af dagsorden","00.01.00-A00-14-38","approved"),
 it(23,"Kvalitetsrapport for folkeskolerne 2036/37","17.01.10-P05-2-38","noted"),
 it(24,"Dagtilbudsstruktur i Høng og Gørlev","28.09.00-P20-1-38","postponed",prior=[(BUU,"2038-03-02",None,"approved")]),
 it(25,"Nye retningslinjer for tilskud til lejrskoler","17.01.15-G01-3-38","approved"),
 it(26,"Ansøgning om optagelse uden for skoledistrikt, Svebølle Skole","17.02.05-G01-11-38","rejected"),
 it(27,"Skolebuskørsel 2038/39","13.05.10-G01-4-38","postponed"),
 it(28,"Klage over visitation til specialtilbud","17.13.00-K09-2-38","noted",closed=True),
 it(29,"Meddelelser","00.01.00-A00-15-38","noted")])
act(BUU,D,23,"Skolechefen fremlægger en handleplan for de tre skoler med lavest trivsel på udvalgets møde den 8. juni 2038.",
    "fremlægger en handleplan for de tre skoler",[("Mette Frost Høyer","person","Skolechefen")],"2038-06-08","presentation",
    dueText="på udvalgets møde den 8. juni 2038")
act(BUU,D,24,"Direktøren inviterer forældrebestyrelserne i Høng til et dialogmøde inden den 23. april 2038.",
    "inviterer forældrebestyrelserne i Høng til et dialogmøde",[("Ulrik Sand","person","Direktøren")],"2038-04-23",
    dueText="inden den 23. april 2038")
act(BUU,D,29,"Formanden tager kontakt til Kalundborg Gymnasium om et fælles forløb for 10. klasse.",
    "Formanden tager kontakt til Kalundborg Gymnasium",[("Bodil Krogh Smed","person","Formanden")],None)
pp(BUU,D,24,"28.09.00-P20-1-38","2038-05-04","Sagen udsættes til udvalgets møde den 4. maj 2038")
pp(BUU,D,27,"13.05.10-G01-4-38",None,"Sagen genoptages, når Movia har fremsendt køreplanerne")
op("28.09.00-P20-1-38","Dagtilbudsstruktur i Høng og Gørlev",BUU,1,"2038-05-04")
op("13.05.10-G01-4-38","Skolebuskørsel 2038/39",BUU,1,None)
case("28.09.00-P20-1-38","Dagtilbudsstruktur i Høng og Gørlev",[(BUU,"2038-03-02",None),(BUU,D,24)])
opt(D,23,"Udvalget skal drøfte kvalitetsrapporten","at kvalitetsrapporten tages til efterretning")
opt(D,24,"Godkendt, at forslaget sendes i høring i forældrebestyrelserne","at den nye struktur godkendes")
opt(D,25,"Godkendt med 5 stemmer mod 1")
opt(D,26,"Udvalget kan ikke imødekomme ansøgningen")
opt(D,29,"Direktøren orienterede om sygefraværet i dagtilbuddene")

# ------------------------------------------------------------ E Gladsaxe Økonomiudvalget 10 May (modern single-page site saved with menus)
GØU="Økonomiudvalget"; D="2038-05-10"; JV="2038-0039117"; JVT="Salg af ejendommen Vandtårnsvej 62"
meeting("gladsaxe-oekonomiudvalget-2038-05-10.html",GØU,D,"17:00","Mødesal 1, Gladsaxe Rådhus, Rådhus Allé 7, Søborg",
 ["Malene Fog Dalsgaard","Niels Kromann Lund","Sanne Ibsen","Yasmin Rahimi","Peter Ørum","Birgitte Lehmann","Aksel Bondo","Troels Munk"],[
 it(84,"Godkendelse af dagsorden","2038-0040211","approved"),
 it(85,"Kvartalsrapport 1. kvartal 2038","2038-0035870","noted"),
 it(86,JVT,JV,"postponed"),
 it(87,"Renovering af Gladsaxe Sportscenter - anlægsbevilling","2038-0029954","approved",
    prior=[("Kultur-, Fritids- og Idrætsudvalget","2038-04-26",None,"approved")]),
 it(88,"Medlemsforslag fra Peter Ørum (Ø) om gratis bus for unge under 18 år","2038-0041502","referred"),
 it(89,"Udbud af rengøring på kommunens institutioner - tidsplan","2038-0038120","postponed"),
 it(90,"Køb af areal ved Bagsværd Station",None,"approved",closed=True),
 it(91,"Eventuelt",None,"none")])
act(GØU,D,85,"Kommunaldirektøren sender udvalget en opdateret prognose for overførslerne inden udgangen af juni.",
    "sender udvalget en opdateret prognose for overførslerne",[("Ida Marstrand","person","Kommunaldirektøren")],"2038-06-30",
    dueText="inden udgangen af juni")
act(GØU,D,86,"Administrationen belyser, om ejendommen kan sælges med en klausul om almene boliger.",
    "Administrationen belyser, om ejendommen kan sælges",[("Administrationen","unit")],None)
act(GØU,D,88,"Forslaget oversendes til Trafik- og Teknikudvalget til videre behandling.",
    "Forslaget oversendes til Trafik- og Teknikudvalget",[("Trafik- og Teknikudvalget","body")],None,"referral")
pp(GØU,D,86,JV,"2038-06-07","Sagen sendes tilbage til administrationen med henblik på genoptagelse på Økonomiudvalgets møde den 7. juni 2038")
pp(GØU,D,89,"2038-0038120",None,"Behandles på et senere møde")
op("2038-0038120","Udbud af rengøring på kommunens institutioner - tidsplan",GØU,1,None)
case("2038-0029954","Renovering af Gladsaxe Sportscenter - anlægsbevilling",[("Kultur-, Fritids- og Idrætsudvalget","2038-04-26",None),(GØU,D,87)])
case(JV,JVT,[(GØU,D,86),(GØU,"2038-06-07",102)])
opt(D,85,"at kvartalsrapporten tages til efterretning")
opt(D,86,"at ejendommen udbydes til salg")
opt(D,87,"Anbefales over for Byrådet","at der gives en anlægsbevilling på 36 mio. kr.")
opt(D,88,"foreslår, at kommunen betaler buskort","forlod mødet efter behandlingen af dette punkt")

# ------------------------------------------------------------ F Gladsaxe Økonomiudvalget 7 June (print view of the same site)
D="2038-06-07"
meeting("gladsaxe-oekonomiudvalget-2038-06-07.html",GØU,D,"17:00","Mødesal 1, Gladsaxe Rådhus, Rådhus Allé 7, Søborg",
 ["Malene Fog Dalsgaard","Niels Kromann Lund","Sanne Ibsen","Yasmin Rahimi","Peter Ørum","Birgitte Lehmann","Aksel Bondo","Lene Hvidtfeldt"],[
 it(101,"Godkendelse af dagsorden","2038-0046001","approved"),
 it(102,JVT,JV,"approved",prior=[(GØU,"2038-05-10",86,"postponed")]),
 it(103,"Budget 2039 - budgetforudsætninger","2038-0044710","approved"),
 it(104,"Kommunegaranti for lån til Gladsaxe Fjernvarme","2038-0043388","approved"),
 it(105,"Frikommuneforsøg om ældrepleje - ansøgning","2038-0045190","postponed"),
 it(106,"Personalesag",None,"noted",closed=True),
 it(107,"Meddelelser fra borgmesteren",None,"decided"),
 it(108,"Eventuelt",None,"none")])
act(GØU,D,102,"Administrationen belyser, om ejendommen kan sælges med en klausul om almene boliger.",
    "Administrationen belyser, om ejendommen kan sælges",[("Administrationen","unit")],None,source="prior-decision")
act(GØU,D,102,"Administrationen gennemfører udbuddet og forelægger det vindende bud for udvalget ultimo oktober.",
    "Administrationen gennemfører udbuddet",[("Administrationen","unit")],"2038-10-31","presentation",
    rng=("2038-10-21","2038-10-31"),dueText="ultimo oktober")
act(GØU,D,104,"Borgmesteren underretter Gladsaxe Fjernvarmes bestyrelse om betingelserne for garantien.",
    "Borgmesteren underretter Gladsaxe Fjernvarmes bestyrelse",[("Malene Fog Dalsgaard","person","Borgmesteren")],None)
act(GØU,D,107,"Kommunaldirektøren undersøger mulighederne for fælles indkøb af elbusser med Gentofte og Lyngby-Taarbæk og vender tilbage på næste møde.",
    "undersøger mulighederne for fælles indkøb af elbusser",[("Ida Marstrand","person","Kommunaldirektøren")],"2038-08-16",
    dueText="på næste møde")
pp(GØU,D,105,"2038-0045190","2038-08-16","Sagen udsættes til næste møde")
op("2038-0045190","Frikommuneforsøg om ældrepleje - ansøgning",GØU,1,"2038-08-16")
opt(D,102,"Godkendt, at ejendommen udbydes til salg","Administrationen har undersøgt",
    "at ejendommen udbydes til salg med en klausul om almene boliger")
opt(D,103,"Anbefales over for Byrådet","Et mindretal (Ø) stemte imod","deltog fra kl. 17.30")
opt(D,107,"Borgmesteren orienterede om KKR Hovedstadens møde")
opt(D,108,"næste ordinære møde holdes mandag den 16. august 2038")

# ------------------------------------------------------------ G Struer Social- og Sundhedsudvalget (older table-laid-out site)
SSU="Social- og Sundhedsudvalget"; D="2038-06-22"
meeting("struer-social-og-sundhedsudvalget-2038-06-22.html",SSU,D,"16:00","Mødelokale 2, Struer Rådhus, Østergade 11-15",
 ["Lone Bjerregaard Dahl","Kim Overgaard","Frode Lykke","Marianne Hvam","Jesper Berg Kold","Ulla Stidsen","Birthe Ravn"],[
 it(1,"Godkendelse af dagsorden","38/08127","approved"),
 it(2,"Budgetopfølgning pr. 31. maj 2038","38/07311","noted"),
 it(3,"Sundhedspolitik 2038-2042","38/04402","approved",part=["Anja Møller Toft"]),
 it(4,"Ansøgning om tilskud efter servicelovens § 18, Struer Frivilligcenter","38/06655","approved"),
 it(5,"Ombygning af Plejecenter Bremdal","37/21190","postponed",prior=[(SSU,"2038-05-04",7,"postponed")]),
 it(6,"Værdighedspolitik 2039 - drøftelse","38/07020","discussed"),
 it(7,"Henvendelse fra Ældre Sagen Struer om træningstilbud","38/07544","rejected"),
 it(8,"Klage over afgørelse om hjemmehjælp",None,"noted",closed=True),
 it(9,"Eventuelt",None,"none")])
act(SSU,D,2,"Direktøren fremlægger forslag til tilpasninger på socialpsykiatrien på udvalgets møde den 23. august 2038.",
    "fremlægger forslag til tilpasninger på socialpsykiatrien",[("Poul Erik Kvist","person","Direktøren")],"2038-08-23","presentation",
    dueText="på udvalgets møde den 23. august 2038")
act(SSU,D,6,"Formanden og Ulla Stidsen udarbejder et oplæg til temamøde i uge 36.",
    "udarbejder et oplæg til temamøde",[("Lone Bjerregaard Dahl","person","Formanden"),("Ulla Stidsen","person")],"2038-09-12",
    rng=("2038-09-06","2038-09-12"),dueText="i uge 36")
act(SSU,D,7,"Sundhed og Omsorg svarer Ældre Sagen Struer skriftligt.",
    "Sundhed og Omsorg svarer Ældre Sagen Struer skriftligt",[("Sundhed og Omsorg","unit")],None)
pp(SSU,"2038-05-04",7,"37/21190",None,"Sagen blev udsat","prior-decision")
pp(SSU,D,5,"37/21190","2038-08-23","Sagen udskydes til udvalgets møde den 23. august 2038")
op("37/21190","Ombygning af Plejecenter Bremdal",SSU,2,"2038-08-23")
case("37/21190","Ombygning af Plejecenter Bremdal",[(SSU,"2038-05-04",7),(SSU,D,5)])
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet","gennemgik høringssvarene")
opt(D,4,"Der bevilges 60.000 kr.")
opt(D,5,"idet udvalget ønskede at besigtige plejecentret","Udvalget besigtigede plejecentret")
opt(D,6,"forlod mødet kl. 18.10")
opt(D,7,"Udvalget kan ikke imødekomme henvendelsen")

# ------------------------------------------------------------ H Ringkøbing-Skjern Kultur- og Fritidsudvalget (Acadre-like, pdftotext without -layout)
KFU="Kultur- og Fritidsudvalget"; D="2038-08-24"
meeting("ringkoebing-skjern-kultur-og-fritidsudvalget-2038-08-24.txt",KFU,D,"15:30","Mødelokale 2, Rådhuset, Ved Fjorden 6, Ringkøbing",
 ["Pernille Bruun Hedegaard","Søren Lodahl","Heidi Skaarup","Mikael Bøgh","Inga Bjerre","Leif Ravnkilde","Ole Kjeldsen"],[
 it(61,"Godkendelse af dagsorden","38-12790","approved"),
 it(62,"Fordeling af kulturmidler 2039","38-11402","approved"),
 it(63,"Driftsaftale med Ringkøbing Museum 2039-2042","38-08815","approved",prior=[(KFU,"2038-06-15",49,"postponed")]),
 it(64,"Anlægstilskud til ny hal i Hvide Sande","38-10077","postponed"),
 it(65,"Sti langs Ringkøbing Fjord mellem Stauning og Skjern Enge","38-09930","referred"),
 it(66,"Ansøgning om underskudsgaranti, Skjern Rock Festival","38-12011","rejected"),
 it(67,"Lejeaftale for Skjern Bio","38-14470","approved",closed=True),
 it(68,"Orientering fra kultur- og fritidschefen","38-12791","decided")])
act(KFU,D,63,"Administrationen forhandler med museets bestyrelse om tilskuddets størrelse.",
    "Administrationen forhandler med museets bestyrelse",[("Administrationen","unit")],None,source="prior-decision")
act(KFU,D,64,"Formanden tager kontakt til Hvide Sande Hallen om en reduceret projektering.",
    "Formanden tager kontakt til Hvide Sande Hallen",[("Pernille Bruun Hedegaard","person","Formanden")],None)
act(KFU,D,65,"Sagen oversendes til Teknik- og Miljøudvalget med henblik på finansiering af vedligeholdelsen.",
    "Sagen oversendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(KFU,D,68,"Kultur- og fritidschefen sender udvalget en evaluering af Fjordfestival 2038 senest den 1. oktober 2038.",
    "sender udvalget en evaluering af Fjordfestival 2038",[("Kristian Lyng","person","Kultur- og fritidschefen")],"2038-10-01",
    dueText="senest den 1. oktober 2038")
pp(KFU,"2038-06-15",49,"38-08815",None,"Udsat","prior-decision")
pp(KFU,D,64,"38-10077","2038-11-23","Sagen tages op igen på udvalgets møde i november")
op("38-10077","Anlægstilskud til ny hal i Hvide Sande",KFU,1,"2038-11-23")
case("38-08815","Driftsaftale med Ringkøbing Museum 2039-2042",[(KFU,"2038-06-15",49),(KFU,D,63)])
opt(D,62,"Inga Bjerre (C) undlod at stemme","at kulturmidlerne fordeles som foreslået")
opt(D,64,"mødte kl. 16.15 og deltog fra og med dette punkt")
opt(D,66,"Ansøgningen afvises","stemte for at imødekomme ansøgningen")
opt(D,68,"Kultur- og fritidschefen orienterede om sommerens aktiviteter","Mødeplan for resten af 2038")

# ------------------------------------------------------------ I Hørsholm Ældrerådet (pandoc from .docx, grid tables)
ÆR="Ældrerådet"; D="2038-09-15"
meeting("hoersholm-aeldreraadet-2038-09-15.md",ÆR,D,"10:00","Mødelokale 2, Hørsholm Rådhus, Ådalsparkvej 2",
 ["Inger Lund Kjærgaard","Poul Henning Riis","Karen-Margrethe Ulstrup Bendtsen","Aase Højland","Jørgen Kilde","Vibeke Stald","Grethe Wiborg"],[
 it(1,"Godkendelse af dagsorden og referat",None,"approved"),
 it(2,"Meddelelser fra formanden",None,"noted"),
 it(3,"Høring: Budget 2039-2042 for Sundhed og Omsorg","38/1077","decided"),
 it(4,"Kvalitetsstandard for rehabilitering 2039","38/0954","noted",prior=[(ÆR,"2038-08-18",None,"postponed")]),
 it(5,"Plejeboligplan 2039-2050","38/1122","discussed"),
 it(6,"Ældrerådsvalg 2039 - forberedelse","38/1140","postponed"),
 it(7,"Indstilling til Hørsholm Kommunes Frivilligpris 2038",None,"approved",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(ÆR,D,3,"Næstformanden skriver høringssvaret og sender det til Center for Sundhed og Omsorg senest fredag den 24. september 2038.",
    "skriver høringssvaret og sender det til Center for Sundhed og Omsorg",[("Poul Henning Riis","person","Næstformanden")],"2038-09-24",
    dueText="senest fredag den 24. september 2038")
act(ÆR,D,5,"Centerchefen fremlægger den endelige tidsplan for de nye plejeboliger på Ældrerådets møde i november.",
    "fremlægger den endelige tidsplan for de nye plejeboliger",[("Jan Rosenkilde","person","Centerchefen")],"2038-11-30","presentation",
    rng=("2038-11-01","2038-11-30"),dueText="på Ældrerådets møde i november")
act(ÆR,D,8,"Sekretæren undersøger sagen og orienterer på næste møde.",
    "Sekretæren undersøger sagen",[("Mia Lykkegaard","person","Sekretæren")],"2038-10-20",dueText="på næste møde")
pp(ÆR,"2038-08-18",None,"38/0954",None,"Punktet blev udsat","prior-decision")
pp(ÆR,D,6,"38/1140","2038-10-20","Punktet behandles på næste møde")
op("38/1140","Ældrerådsvalg 2039 - forberedelse",ÆR,1,"2038-10-20")
case("38/0954","Kvalitetsstandard for rehabilitering 2039",[(ÆR,"2038-08-18",None),(ÆR,D,4)])
opt(D,1,"Dagsorden og referat fra mødet den 18. august 2038 blev godkendt")
opt(D,2,"Formanden orienterede om Danske Ældreråds temadag","orienterede fra brugerrådet")
opt(D,3,"Ældrerådet afgiver høringssvar")
opt(D,4,"Ældrerådet ønskede at se det reviderede udkast","har ingen yderligere bemærkninger")
opt(D,5,"gennemgik prognosen")
opt(D,8,"Aase Højland spurgte til ventetiden på genoptræning")

# ------------------------------------------------------------ J Faaborg-Midtfyn Hovedudvalget (intranet wiki page)
HMU="Hovedudvalget"; D="2038-10-12"
meeting("faaborg-midtfyn-hovedudvalget-2038-10-12.md",HMU,D,"09:00","Rådhuset i Ringe, mødelokale Svanninge",
 ["Morten Bülow Aagaard","Sidsel Hvid","Annemette Fisker","Peder Kamp","Tage Winther","Rasmus Hejlskov","Jette Mose","Kim Vestergaard","Dorthe Lindahl"],[
 it(1,"Godkendelse af dagsorden og referat",None,"approved"),
 it(2,"Sygefravær 2. kvartal 2038","38/22108","noted",part=["Lotte Brandt"]),
 it(3,"Retningslinjer for hjemmearbejde","38/19960","approved",prior=[(HMU,"2038-09-07",4,"postponed")]),
 it(4,"Trivselsmåling 2039 – tidsplan","38/22150","postponed"),
 it(5,"Budget 2039 – konsekvenser for medarbejderne","38/21877","discussed"),
 it(6,"Personalesag",None,"noted",closed=True),
 it(7,"Eventuelt",None,"none")])
act(HMU,D,2,"HR-chefen udarbejder en analyse af korttidsfraværet på ældreområdet inden udgangen af 4. kvartal.",
    "udarbejder en analyse af korttidsfraværet",[("Annemette Fisker","person","HR-chefen")],"2038-12-31",
    dueText="inden udgangen af 4. kvartal")
act(HMU,D,3,"HR og Løn lægger de nye retningslinjer på intranettet senest 1. november 2038.",
    "HR og Løn lægger de nye retningslinjer på intranettet",[("HR og Løn","unit")],"2038-11-01",dueText="senest 1. november 2038")
act(HMU,D,5,"@Morten Bülow Aagaard orienterer de lokale MED-udvalg om budgetaftalen i uge 43.",
    "orienterer de lokale MED-udvalg om budgetaftalen",[("Morten Bülow Aagaard","person")],"2038-10-31",
    rng=("2038-10-25","2038-10-31"),dueText="i uge 43")
pp(HMU,"2038-09-07",4,"38/19960",None,"Udsat","prior-decision")
pp(HMU,D,4,"38/22150","2038-12-14","tages op igen på mødet den 14. december 2038")
op("38/22150","Trivselsmåling 2039 – tidsplan",HMU,1,"2038-12-14")
case("38/19960","Retningslinjer for hjemmearbejde",[(HMU,"2038-09-07",4),(HMU,D,3)])
opt(D,1,"Tage Winther deltog som stedfortræder for Lene Bork")
opt(D,3,"Arbejdstagersiden drøfter udkastet i baglandet","Godkendt med arbejdstagersidens ændringsforslag")
opt(D,4,"Punktet afventer KL's nye spørgeramme")
opt(D,5,"Sidsel Hvid gennemgik budgetaftalen")

# ------------------------------------------------------------ K Odder Handicaprådet (minutes sent as a plain Markdown mail)
HR="Handicaprådet"; D="2038-11-10"
meeting("odder-handicapraadet-2038-11-10.md",HR,D,"16:30","Mødelokale 1, Odder Rådhus, Rådhusgade 3",
 ["Ellen Haahr","Villy Kjær","Gitte Sandholm","Birte Lauersen","Hanne Mølgaard Friis","Pia Brandt"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Tilgængelighed på Odder Station","38-0352","noted",prior=[(HR,"2038-09-08",None,"postponed")]),
 it(3,"Høring: Kvalitetsstandarder for socialpsykiatrien 2039","38-0401","decided"),
 it(4,"Handicappolitik 2039-2042","38-0452","postponed"),
 it(5,"Ansøgning om midler fra Handicaprådets pulje","38-0460","approved"),
 it(6,"Indstilling til Odder Kommunes Handicappris 2038",None,"approved",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(HR,D,2,"Sundheds- og omsorgschefen følger op over for Midttrafik og giver rådet en status primo februar.",
    "følger op over for Midttrafik",[("Kasper Frølund","person","Sundheds- og omsorgschefen")],"2039-02-10",
    rng=("2039-02-01","2039-02-10"),dueText="primo februar")
act(HR,D,3,"Formanden skriver svaret og sender det inden fredag den 19. november 2038.",
    "Formanden skriver svaret",[("Ellen Haahr","person","Formanden")],"2038-11-19",dueText="inden fredag den 19. november 2038")
act(HR,D,7,"Lise undersøger det og melder tilbage på næste møde.",
    "Lise undersøger det og melder tilbage",[("Lise Hornbæk","person","Lise")],"2038-12-08",dueText="på næste møde")
pp(HR,"2038-09-08",None,"38-0352",None,"Rådet afventer svar fra Midttrafik, og punktet tages op igen, når svaret foreligger","prior-decision")
pp(HR,D,4,"38-0452","2038-12-08","Punktet blev udsat til næste møde")
op("38-0452","Handicappolitik 2039-2042",HR,1,"2038-12-08")
case("38-0352","Tilgængelighed på Odder Station",[(HR,"2038-09-08",None),(HR,D,2)])
opt(D,1,"deltog som suppleant for Rune Stenbjerg")
opt(D,2,"Rådet tog orienteringen til efterretning","Kasper gennemgik svaret")
opt(D,3,"Rådet afgiver høringssvar")
opt(D,5,"Rådet bevilgede 5.000 kr.")
opt(D,6,"Navnet offentliggøres ved prisoverrækkelsen")
opt(D,7,"Hanne spurgte, om kommunens nye hjemmeside er testet")

PEOPLE=[
 ("Bent Holmgaard Lund",["formand"],[]),("Lise Bjerregaard Holm",["Regionsdirektør"],["Regionsdirektøren"]),
 ("Mads Hvilsom",["koncerndirektør"],["Koncerndirektøren"]),("Karen Sloth Vium",[],[]),("Jens Ove Riis",[],[]),
 ("Anette Brøndum",["formand"],[]),("Morten Ulstrup",["Forvaltningschef for Klima og Miljø"],["Forvaltningschefen"]),
 ("Sara Weng",["Klimakoordinator"],[]),("Mogens Tved",[],[]),
 ("Marcel Holm Bech",["borgmester","formand"],["Borgmesteren"]),("Helene Vestergård Lau",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Jakob Brix",["Økonomichef","referent"],["Økonomichefen","JB"]),("Kristine Vang",["stedfortræder"],[]),
 ("Bodil Krogh Smed",["formand"],["Formanden"]),("Ulrik Sand",["Børne- og ungedirektør"],["Direktøren"]),
 ("Mette Frost Høyer",["Skolechef"],["Skolechefen"]),("Ditte Brink",[],[]),
 ("Malene Fog Dalsgaard",["borgmester","formand"],["Borgmesteren","Formanden"]),("Ida Marstrand",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Aksel Bondo",[],[]),("Sanne Ibsen",[],[]),
 ("Lone Bjerregaard Dahl",["formand"],["Formanden"]),("Poul Erik Kvist",["Direktør for Social og Sundhed"],["Direktøren"]),
 ("Anja Møller Toft",["sundhedschef"],[]),("Birthe Ravn",["stedfortræder"],[]),("Ulla Stidsen",[],[]),
 ("Pernille Bruun Hedegaard",["formand"],["Formanden"]),("Kristian Lyng",["Kultur- og fritidschef"],["Kultur- og fritidschefen"]),
 ("Ole Kjeldsen",["stedfortræder"],[]),
 ("Inger Lund Kjærgaard",["formand"],["Formanden"]),("Poul Henning Riis",["næstformand"],["Næstformanden"]),
 ("Jan Rosenkilde",["Centerchef for Sundhed og Omsorg"],["Centerchefen"]),("Mia Lykkegaard",["sekretær","referent"],["Sekretæren"]),
 ("Morten Bülow Aagaard",["Kommunaldirektør","formand"],["@Morten Bülow Aagaard"]),("Annemette Fisker",["HR-chef"],["HR-chefen"]),
 ("Tage Winther",["stedfortræder"],[]),("Lotte Brandt",["Arbejdsmiljøkonsulent"],[]),
 ("Ellen Haahr",["formand"],["Formanden"]),("Kasper Frølund",["Sundheds- og omsorgschef"],["Sundheds- og omsorgschefen","Kasper"]),
 ("Lise Hornbæk",["sekretær"],["Lise","undertegnede"]),("Pia Brandt",["suppleant"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b35-{i:03d}"
gold=dict(version=1,asOf="2038-12-31",corpusEnd="2038-11-10",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
