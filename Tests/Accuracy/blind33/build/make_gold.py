#!/usr/bin/env python3
"""Generates ../gold.json for blind33 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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
ØU="Økonomiudvalget"; KB="Kommunalbestyrelsen"; TMU="Teknik- og Miljøudvalget"

# ------------------------------------------------------------ A Skive Økonomiudvalget (SBSYS PDF, pdftotext -layout)
D="2036-01-14"
meeting("skive-oekonomiudvalget-2036-01-14.txt",ØU,D,"14:00","Udvalgsværelse 1, Skive Rådhus, Torvegade 10",
 ["Peder Kjærgaard","Lone Brixen","Mette Sørbæk","Anders Hjorth","Karen Lundsgaard","Bent Nørgaard","Rikke Dahl"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-1-36","approved"),
 it(2,"Budgetopfølgning pr. 30. november 2035","00.30.14-S00-11-35","noted"),
 it(3,"Anlægsbevilling - energirenovering af Skive Svømmehal","18.15.00-G01-4-35","approved",
    prior=[("Kultur- og Fritidsudvalget","2035-12-03",None,"approved")]),
 it(4,"Salg af byggegrunde i Glyngøre, etape 2","02.34.02-G10-2-35","approved"),
 it(5,"Ansøgning om underskudsgaranti - Skive Sommerfestival 2036","20.00.00-Ø40-3-36","rejected"),
 it(6,"Digitaliseringsstrategi 2036-2039","00.01.10-P22-1-35","postponed"),
 it(7,"Medlemsforslag fra Karen Lundsgaard (SF) om sund frokost i SFO'erne","28.09.00-A00-1-36","referred"),
 it(8,"Meddelelser","00.01.00-A00-2-36","noted"),
 it(9,"Køb af ejendom, Resenvej 112","02.30.00-G10-6-35","approved",closed=True)])
act(ØU,D,2,"Økonomiafdelingen udarbejder en oversigt over mindreforbruget på anlæg fordelt på projekter til mødet i februar.",
    "Økonomiafdelingen udarbejder en oversigt over mindreforbruget på anlæg",[("Økonomiafdelingen","unit")],
    "2036-02-29","presentation",rng=("2036-02-01","2036-02-29"))
act(ØU,D,3,"Kultur og Fritid indhenter tilbud på solceller på taget af svømmehallen.",
    "Kultur og Fritid indhenter tilbud på solceller",[("Kultur og Fritid","unit")],None,source="prior-decision")
act(ØU,D,6,"Kommunaldirektøren sørger for, at udkastet drøftes i Hovedudvalget.",
    "sørger for, at udkastet drøftes i Hovedudvalget",[("Birgitte Hovmand","person","Kommunaldirektøren")],None)
act(ØU,D,7,"Forslaget oversendes til Børne- og Familieudvalget til videre behandling.",
    "Forslaget oversendes til Børne- og Familieudvalget",[("Børne- og Familieudvalget","body")],None,"referral")
pp(ØU,D,6,"00.01.10-P22-1-35","2036-02-11","Sagen udskydes til Økonomiudvalgets møde den 11. februar 2036")
op("00.01.10-P22-1-35","Digitaliseringsstrategi 2036-2039",ØU,1,"2036-02-11")
case("18.15.00-G01-4-35","Anlægsbevilling - energirenovering af Skive Svømmehal",
     [("Kultur- og Fritidsudvalget","2035-12-03",None),(ØU,D,3)])
opt(D,2,"at budgetopfølgningen tages til efterretning")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet","Anbefales over for Byrådet","at der gives en anlægsbevilling")
opt(D,5,"Ansøgningen blev ikke imødekommet","For at imødekomme ansøgningen stemte Anders Hjorth")
opt(D,6,"at strategien godkendes")
opt(D,7,"har den 2. januar 2036 fremsendt forslag")
opt(D,8,"Borgmesteren orienterede om KKR Midtjyllands møde")

# ------------------------------------------------------------ B Tønder Teknisk Udvalg (SBSYS PDF, pdftotext raw, CRLF)
TU="Teknisk Udvalg"; D="2036-02-12"
meeting("toender-teknisk-udvalg-2036-02-12.txt",TU,D,"15:30","Mødelokale 3, Rådhuset, Kongevej 57, Tønder",
 ["Ove Damgaard","Lise Juhl","Hans Peter Bonde","Søren Fogh"],[
 it(9,"Godkendelse af dagsorden","00.01.00-A00-6-36","approved"),
 it(10,"Vintervedligeholdelse - status for sæsonen 2035/36","05.04.02-P20-1-35","noted",part=["Morten Friis"]),
 it(11,"Klimatilpasningsplan for Højer by","13.03.00-P15-4-35","approved",prior=[(TU,"2035-12-11",112,"postponed")]),
 it(12,"Vejnavn til nyt boligområde i Toftlund","05.00.10-P19-3-36","approved"),
 it(13,"Ansøgning om nedklassificering af Skelbækvej","05.01.08-P20-2-36","rejected"),
 it(14,"Busbetjening af landdistrikterne 2036/37","13.05.00-G01-1-36","postponed"),
 it(15,"Meddelelser","00.01.00-A00-7-36","noted"),
 it(16,"Erstatning for vejudvidelse, Frederikskog","05.01.10-G20-1-35","approved",closed=True)])
act(TU,D,11,"Klima og Kyst udarbejder en tidsplan for anlægsarbejdet.",
    "Klima og Kyst udarbejder en tidsplan for anlægsarbejdet",[("Klima og Kyst","unit")],None)
act(TU,D,14,"Forvaltningen holder møde med lokalrådene i Bredebro og Løgumkloster inden udgangen af marts 2036.",
    "Forvaltningen holder møde med lokalrådene",[("Forvaltningen","unit")],"2036-03-31")
act(TU,D,15,"Direktøren for Teknik og Miljø sender en status på cykelstien mellem Tønder og Møgeltønder til udvalget i uge 12.",
    "sender en status på cykelstien mellem Tønder og Møgeltønder",[("Ulrik Holm","person","Direktøren for Teknik og Miljø")],
    "2036-03-21",rng=("2036-03-17","2036-03-23"))
pp(TU,"2035-12-11",112,"13.03.00-P15-4-35",None,"Sagen genoptages på et senere møde","prior-decision")
pp(TU,D,14,"13.05.00-G01-1-36",None,"Sagen tages op igen, når Sydtrafiks køreplansforslag foreligger")
op("13.05.00-G01-1-36","Busbetjening af landdistrikterne 2036/37",TU,1,None)
case("13.03.00-P15-4-35","Klimatilpasningsplan for Højer by",[(TU,"2035-12-11",112),(TU,D,11)])
opt(D,10,"at orienteringen tages til efterretning","Driftschef Morten Friis deltog under punktet")
opt(D,11,"Anbefales over for Økonomiudvalget og Byrådet","at planen anbefales godkendt","Kystdirektoratets udtalelse forelå")
opt(D,12,"at vejen navngives")
opt(D,13,"Udvalget kan ikke imødekomme ansøgningen")
opt(D,15,"Formanden orienterede om mødet med Vejdirektoratet")

# ------------------------------------------------------------ C Lolland Kommunalbestyrelsen (First Agenda PDF, pdftotext raw, Windows-1252)
D="2036-03-27"
LKB=["Ulla Kjærsgaard","Niels Erik Rask","Pia Bomholt","Anders Lerche","Britt Olsen","Carsten Møller","Dennis Holck",
 "Eva Thygesen","Finn Brøndum","Gitte Lassen","Hanne Skaarup","Ib Kofoed","Karin Søgaard","Kim Lund","Lene Friis",
 "Mads Brobæk","Martin Hou","Nina Glahn","Ole Kirkeby","Poul Erik Sommer","Rasmus Tved","Sanne Hvidberg","Søren Juncker",
 "Torben Bach","Vibeke Lau","Yvonne Strand","Alex Brink","Bente Rye","Ditte Grue","Charlotte Winther"]
assert len(LKB)==30
meeting("lolland-kommunalbestyrelsen-2036-03-27.txt",KB,D,"17:00","Byrådssalen, Rådhuset, Jernbanegade 7, Maribo",LKB,[
 it(33,"Godkendelse af dagsorden","36/604","approved"),
 it(34,"Meddelelser fra borgmesteren","36/605","noted"),
 it(35,"Årsregnskab 2035 - oversendelse til revisionen","35/18210","approved"),
 it(36,"Lokalplan 375 for ferieboliger ved Hummingen - endelig vedtagelse","35/9977","approved",prior=[(ØU,"2036-03-18",92,"approved")]),
 it(37,"Fremtidig skolestruktur - Horslunde Skole","36/1318","postponed"),
 it(38,"Medlemsforslag fra Enhedslisten om gratis færge for unge til Fejø, Femø og Askø","36/1702","referred"),
 it(39,"Salg af erhvervsareal ved Nakskov Havn","35/14420","approved"),
 it(40,"Udpegning af nyt medlem til Folkeoplysningsudvalget","36/1655","approved"),
 it(41,"Salg af jord ved Rødby Havn","35/16081","approved",closed=True)])
act(KB,D,37,"Administrationen indkalder til borgermøde i Horslunde primo april.",
    "Administrationen indkalder til borgermøde i Horslunde",[("Administrationen","unit")],"2036-04-10",rng=("2036-04-01","2036-04-10"))
act(KB,D,38,"Forslaget oversendes til Teknik- og Miljøudvalget.",
    "Forslaget oversendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(KB,D,39,"Borgmesteren og kommunaldirektøren forhandler de endelige vilkår med køberen inden 1. juni 2036.",
    "forhandler de endelige vilkår med køberen",
    [("Ulla Kjærsgaard","person","Borgmesteren"),("Lars Bjerregaard","person","kommunaldirektøren")],"2036-06-01")
pp(KB,D,37,"36/1318","2036-04-24","Sagen trækkes og behandles på kommunalbestyrelsens møde den 24. april 2036")
op("36/1318","Fremtidig skolestruktur - Horslunde Skole",KB,1,"2036-04-24")
case("35/9977","Lokalplan 375 for ferieboliger ved Hummingen - endelig vedtagelse",[(ØU,"2036-03-18",92),(KB,D,36)])
opt(D,34,"Borgmesteren orienterede om status på Femern-forbindelsen")
opt(D,36,"Anbefales","Vedtaget med 25 stemmer mod 5","at lokalplanen vedtages endeligt","Forslaget har været i offentlig høring i 8 uger")
opt(D,37,"Borgmesteren trak sagen")
opt(D,39,"Godkendt med 27 stemmer mod 2")
opt(D,40,"Godkendt, at Britt Olsen (A) udpeges")

# ------------------------------------------------------------ D Stevns Teknik- og Miljøudvalget, May (Word -> pandoc markdown)
D="2036-05-06"
meeting("stevns-teknik-og-miljoeudvalget-2036-05-06.md",TMU,D,"16:00","Mødelokale 1, Stevns Rådhus, Store Heddinge",
 ["Henning Quist","Mie Bach Lassen","Pernille Storm","Jesper Koch","Bo Heilmann"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-4-36","approved"),
 it(2,"Trafiksikkerhedsplan 2036-2040","05.13.00-P15-1-35","postponed"),
 it(3,"Stevns Klint - vedligeholdelse af Klintestien","04.02.00-G01-2-36","approved"),
 it(4,"Spildevandsplan, tillæg nr. 3 for Strøby Egede","06.00.05-P16-3-35","approved",prior=[(TMU,"2036-03-04",19,"approved")]),
 it(5,"Ansøgning om tilskud til vejbelysning, Bøgevej, Hårlev","05.01.08-Ø60-1-36","rejected"),
 it(6,"Haveaffald - ny ordning","07.00.00-P20-2-36","discussed"),
 it(7,"Ekspropriation, Tommestrupvej","05.01.10-G20-2-35","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(TMU,D,2,"Vejingeniør Kasper Lund rykker Vejdirektoratet for et svar.",
    "Kasper Lund rykker Vejdirektoratet for et svar",[("Kasper Lund","person")],None)
act(TMU,D,3,"Centerchefen indgår aftale med Østsjællands Museum om fælles skiltning på den nye strækning inden udgangen af 3. kvartal.",
    "indgår aftale med Østsjællands Museum om fælles skiltning",[("Dorthe Vilsbøll","person","Centerchefen")],"2036-09-30")
act(TMU,D,6,"Forvaltningen vender tilbage med en model for brugerbetaling på afhentning af haveaffald til mødet i september.",
    "Forvaltningen vender tilbage med en model for brugerbetaling",[("Forvaltningen","unit")],"2036-09-30","presentation",
    rng=("2036-09-01","2036-09-30"))
pp(TMU,D,2,"05.13.00-P15-1-35","2036-06-10","Sagen udsættes, indtil Vejdirektoratets svar om krydset ved Rødvig foreligger")
case("05.13.00-P15-1-35","Trafiksikkerhedsplan 2036-2040",[(TMU,D,2),(TMU,"2036-06-10",3)])
case("06.00.05-P16-3-35","Spildevandsplan, tillæg nr. 3 for Strøby Egede",[(TMU,"2036-03-04",19),(TMU,D,4)])
opt(D,2,"at planen anbefales over for")
opt(D,3,"At udvalget godkender, at der afsættes 650.000 kr.")
opt(D,4,"Udvalget anbefaler tillægget over for Økonomiudvalget og","Forslaget sendes i offentlig høring i 8 uger")
opt(D,5,"Ansøgningen afslås","Jesper Koch (Ø) stemte for at imødekomme ansøgningen")
opt(D,6,"Jesper Koch forlod mødet under punktet")

# ------------------------------------------------------------ E Stevns Teknik- og Miljøudvalget, June (printer-friendly web page)
D="2036-06-10"
meeting("stevns-teknik-og-miljoeudvalget-2036-06-10.html",TMU,D,"16:00","Mødelokale 1, Stevns Rådhus, Store Heddinge",
 ["Henning Quist","Mie Bach Lassen","Carl-Erik Dam","Jesper Koch"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-9-36","approved"),
 it(2,"Budgetopfølgning 1. kvartal 2036 - Teknik og Miljø","00.30.14-S00-2-36","noted"),
 it(3,"Trafiksikkerhedsplan 2036-2040","05.13.00-P15-1-35","approved",prior=[(TMU,"2036-05-06",2,"postponed")]),
 it(4,"Vandløbsregulativ for Tryggevælde Å","06.02.03-P20-1-36","postponed"),
 it(5,"Ansøgning fra Rødvig Bådelaug om udvidelse af lystbådehavnen","04.04.00-G01-3-36","referred"),
 it(6,"Tilbudsvurdering, vintertjeneste 2036-2040","05.04.02-G01-1-36","approved",closed=True),
 it(7,"Meddelelser",None,"noted")])
act(TMU,D,3,"Center for Teknik og Miljø orienterer skolebestyrelserne om planen i uge 34.",
    "Center for Teknik og Miljø orienterer skolebestyrelserne",[("Center for Teknik og Miljø","unit")],
    "2036-08-22",rng=("2036-08-18","2036-08-24"))
act(TMU,D,5,"Sagen fremsendes til Økonomiudvalget, da den kræver en tillægsbevilling.",
    "Sagen fremsendes til Økonomiudvalget",[(ØU,"body")],None,"referral")
act(TMU,D,7,"Formanden og Mie Bach Lassen deltager i KL's Teknik- og Miljøkonference og giver et referat på næste møde.",
    "deltager i KL's Teknik- og Miljøkonference",[("Henning Quist","person","Formanden"),("Mie Bach Lassen","person")],"2036-08-12")
pp(TMU,D,4,"06.02.03-P20-1-36","2036-08-12","Punktet afventer Miljøstyrelsens høringssvar og udsættes til næste møde")
op("06.02.03-P20-1-36","Vandløbsregulativ for Tryggevælde Å",TMU,1,"2036-08-12")
opt(D,2,"Taget til efterretning")
opt(D,3,"Vejingeniør Kasper Lund rykker Vejdirektoratet for et svar","Anbefales over for Kommunalbestyrelsen",
    "Vejdirektoratet har den 28. maj 2036 givet samtykke")
opt(D,7,"Formanden orienterede om arbejdet med den fælles kystbeskyttelse")

# ------------------------------------------------------------ F Odsherred Social- og Sundhedsudvalget (First Agenda PDF, pdftotext -layout)
SSU="Social- og Sundhedsudvalget"; D="2036-08-20"
meeting("odsherred-social-og-sundhedsudvalget-2036-08-20.txt",SSU,D,"08:30","Mødelokale A1, Rådhuset, Nyvej 22, Asnæs",
 ["Lone Krag","Mads Thorup","Kurt Ibsen","Ida Wagner","Jonas Kruse","Hans Lykke","Sara Buhl"],[
 it(44,"Godkendelse af dagsorden","36/1120","approved"),
 it(45,"Ældrepolitik 2036-2040 - udkast","36/3894","approved",prior=[(SSU,"2036-06-11",33,"discussed")]),
 it(46,"Budgetopfølgning pr. 30. juni 2036","36/0412","noted"),
 it(47,"Plejecenter Lindevang - ombygning til demensboliger","35/11207","postponed"),
 it(48,"Fordeling af § 18-midler, 2. runde 2036","36/2271","approved"),
 it(49,"Forslag fra Sara Buhl (V) om klippekort til plejehjemsbeboere","36/5009","rejected"),
 it(50,"Orientering om sundhedsklyngen Holbæk","36/4480","noted",part=["Anna Grøn"]),
 it(51,"Personsag","36/5120","noted",closed=True)])
act(SSU,D,45,"Administrationen udarbejder et udkast på baggrund af drøftelsen.",
    "Administrationen udarbejder et udkast",[("Administrationen","unit")],None,source="prior-decision")
act(SSU,D,46,"Ældrechefen fremlægger en handleplan for merforbruget i hjemmeplejen senest i uge 38.",
    "fremlægger en handleplan for merforbruget i hjemmeplejen",[("Jonna Riis","person","Ældrechefen")],
    "2036-09-19","presentation",rng=("2036-09-15","2036-09-21"))
act(SSU,D,50,"Udvalget ønsker en status på udskrivningsforløbene på mødet i december.",
    "status på udskrivningsforløbene",[],"2036-12-31","presentation",rng=("2036-12-01","2036-12-31"))
pp(SSU,D,47,"35/11207",None,"Udvalget afventer Landsbyggefondens tilsagn")
op("35/11207","Plejecenter Lindevang - ombygning til demensboliger",SSU,1,None)
case("36/3894","Ældrepolitik 2036-2040 - udkast",[(SSU,"2036-06-11",33),(SSU,D,45)])
opt(D,45,"Drøftet","at udkastet sendes i høring i Ældrerådet og Handicaprådet")
opt(D,48,"At der fordeles 212.000 kr.")
opt(D,49,"Forslaget faldt med 2 stemmer")
opt(D,50,"Klyngechef Anna Grøn, Holbæk Sygehus, deltog under punktet")

# ------------------------------------------------------------ G Kerteminde Økonomiudvalget (Acadre PDF, pdftotext -layout)
D="2036-09-16"
meeting("kerteminde-oekonomiudvalget-2036-09-16.txt",ØU,D,"16:00","Mødelokale 1, Rådhuset, Hans Schacks Vej 4, Kerteminde",
 ["Mette Rydahl","Peter Hald","Bo Lund Rasmussen","Signe Mose","Allan Juul"],[
 it(111,"Godkendelse af dagsorden","36/1903","approved"),
 it(112,"Budget 2037-2040 - 1. behandling","36/11772","approved"),
 it(113,"Kerteminde Havn - nyt kajanlæg ved Nordkajen","35/20414","postponed"),
 it(114,"Salg af Munkebo Skole, bygning C","35/17730","approved",prior=[(ØU,"2036-08-19",98,"postponed")]),
 it(115,"Anmodning om kommunegaranti - Langeskov Hallerne","36/9041","rejected"),
 it(116,"Ansøgning om medfinansiering af LAG-projekt på Hindsholm","36/10208","referred"),
 it(117,"Orientering fra borgmesteren","36/1904","noted"),
 it(118,"Køb af areal til cykelsti langs Hindsholmvej","36/8660","approved",closed=True)])
act(ØU,D,112,"Økonomichefen udsender et overblik over fagudvalgenes reduktionsforslag senest den 24. september 2036.",
    "udsender et overblik over fagudvalgenes reduktionsforslag",[("Lene Riber","person","Økonomichefen")],"2036-09-24")
act(ØU,D,113,"Direktionen indhenter en uvildig vurdering af anlægsoverslaget inden næste møde.",
    "Direktionen indhenter en uvildig vurdering af anlægsoverslaget",[("Direktionen","unit")],"2036-10-14")
act(ØU,D,116,"Sagen sendes til udtalelse i Erhvervs- og Landdistriktsudvalget, inden Økonomiudvalget træffer beslutning.",
    "Sagen sendes til udtalelse i Erhvervs- og Landdistriktsudvalget",[("Erhvervs- og Landdistriktsudvalget","body")],None,"referral")
act(ØU,D,117,"Borgmesteren inviterer formændene for lokalrådene til dialogmøde i uge 45.",
    "inviterer formændene for lokalrådene til dialogmøde",[("Mette Rydahl","person","Borgmesteren")],
    "2036-11-07",rng=("2036-11-03","2036-11-09"))
pp(ØU,"2036-08-19",98,"35/17730",None,"Udsat","prior-decision")
pp(ØU,D,113,"35/20414",None,"Punktet blev udsat")
op("35/20414","Kerteminde Havn - nyt kajanlæg ved Nordkajen",ØU,1,None)
case("35/17730","Salg af Munkebo Skole, bygning C",[(ØU,"2036-08-19",98),(ØU,D,114)])
opt(D,112,"Oversendes til 1. behandling i Kommunalbestyrelsen","at budgetforslaget oversendes til 1. behandling")
opt(D,114,"Anbefales over for Kommunalbestyrelsen","idet udvalget ønskede en mæglervurdering")
opt(D,115,"Udvalget meddeler afslag","Peter Hald (A) stemte for at give garantien")
opt(D,117,"Borgmesteren orienterede om mødet med Fynbus")

# ------------------------------------------------------------ H Faaborg-Midtfyn Kultur- og Fritidsudvalget (web page, <dl> item facts)
KFU="Kultur- og Fritidsudvalget"; D="2036-10-07"
meeting("faaborg-midtfyn-kultur-og-fritidsudvalget-2036-10-07.html",KFU,D,"17:00","Mødelokale 3, Faaborg-Midtfyn Rådhus, Ringe",
 ["Jesper Thygesen","Helle Brandt","Louise Bager","Arne Dahlgaard","Johan Mølgaard","Kamilla Høj"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-31-36","approved"),
 it(2,"Kulturpuljen 2036 - 3. uddeling","20.00.00-Ø40-6-36","approved"),
 it(3,"Helhedsplan for Faaborg Havnebad","04.04.00-P15-2-35","approved",prior=[(KFU,"2036-09-02",4,"postponed")]),
 it(4,"Ringe Bibliotek - forsøg med udvidet åbningstid","20.02.00-G01-3-36","approved"),
 it(5,"Ansøgning fra Broby Boldklub om tilskud til kunstgræsbane","04.04.10-Ø40-1-36","postponed"),
 it(6,"Revision af folkeoplysningspolitikken","18.00.00-P22-1-36","referred"),
 it(7,"Eventuelt",None,"decided"),
 it(8,"Lejeaftale for Ollerup Gymnastikhal","04.01.00-G00-4-36","approved",closed=True)])
act(KFU,D,3,"Kultur og Fritid indhenter tilbud på driften fra de lokale foreninger inden 1. december 2036.",
    "Kultur og Fritid indhenter tilbud på driften",[("Kultur og Fritid","unit")],"2036-12-01")
act(KFU,D,4,"Kultur- og fritidschefen forelægger en evaluering af forsøget for udvalget ultimo april 2037.",
    "forelægger en evaluering af forsøget",[("Sanne Kock","person","Kultur- og fritidschefen")],
    "2037-04-30","presentation",rng=("2037-04-21","2037-04-30"))
act(KFU,D,6,"Udkastet oversendes til Folkeoplysningsudvalget til udtalelse.",
    "Udkastet oversendes til Folkeoplysningsudvalget",[("Folkeoplysningsudvalget","body")],None,"referral")
act(KFU,D,7,"Administrationen undersøger mulighederne og giver svar pr. mail.",
    "Administrationen undersøger mulighederne",[("Administrationen","unit")],None)
pp(KFU,"2036-09-02",4,"04.04.00-P15-2-35",None,"Sagen udsættes til næste møde","prior-decision")
pp(KFU,D,5,"04.04.10-Ø40-1-36",None,"tages op igen, når budgettet er vedtaget")
op("04.04.10-Ø40-1-36","Ansøgning fra Broby Boldklub om tilskud til kunstgræsbane",KFU,1,None)
case("04.04.00-P15-2-35","Helhedsplan for Faaborg Havnebad",[(KFU,"2036-09-02",4),(KFU,D,3)])
opt(D,2,"Godkendt som indstillet")
opt(D,3,"Udvalget anbefaler helhedsplanen over for Økonomiudvalget og Byrådet","at helhedsplanen anbefales over for")
opt(D,7,"Johan Mølgaard spurgte til vinterbadernes adgang")

# ------------------------------------------------------------ I Morsø Teknik- og Miljøudvalget (old web page, one table per item)
D="2036-11-04"
meeting("morsoe-teknik-og-miljoeudvalget-2036-11-04.html",TMU,D,"13:00","Mødelokale 1, Morsø Rådhus",
 ["Kristian Bjerre","Lise Holm","Kurt Damsgaard","Søren Vestergaard Kjær"],[
 it(96,"Godkendelse af dagsorden","00.01.00-A00-88-36","approved"),
 it(97,"Vandindvindingstilladelse - Nykøbing Mors Vandværk, Kildeplads Nord","13.02.00-P19-2-36","approved"),
 it(98,"Klimasikring af Nykøbing Havn - høringssvar","04.03.00-P20-5-35","approved",prior=[(TMU,"2036-09-09",88,"approved")]),
 it(99,"Vintertjeneste 2036/37 - serviceniveau","05.04.02-P20-1-36","noted"),
 it(100,"Ansøgning om landzonetilladelse, Feggesundvej 41","01.03.03-P19-14-36","rejected"),
 it(101,"Regulativ for husholdningsaffald 2037","07.00.00-G01-3-36","postponed"),
 it(102,"Meddelelser","00.01.00-A00-89-36","noted"),
 it(103,"Tilbud på asfaltarbejder 2037","05.01.00-G01-6-36","approved",closed=True)])
act(TMU,D,97,"Miljø og Natur sender afgørelsen til Naturstyrelsen og Danmarks Naturfredningsforening senest den 18. november 2036.",
    "Miljø og Natur sender afgørelsen til Naturstyrelsen",[("Miljø og Natur","unit")],"2036-11-18")
act(TMU,D,101,"Teknisk chef Ole Sandal gennemgår takstberegningen med Mors Renovation inden den 25. november 2036.",
    "Ole Sandal gennemgår takstberegningen med Mors Renovation",[("Ole Sandal","person")],"2036-11-25")
act(TMU,D,102,"Teknik og Miljø sender en oversigt over de planlagte vejarbejder i 2037 til udvalget i uge 2.",
    "Teknik og Miljø sender en oversigt over de planlagte vejarbejder",[("Teknik og Miljø","unit")],
    "2037-01-09",rng=("2037-01-05","2037-01-11"))
pp(TMU,D,101,"07.00.00-G01-3-36","2036-12-09","Sagen udsættes til udvalgets møde den 9. december 2036")
op("07.00.00-G01-3-36","Regulativ for husholdningsaffald 2037",TMU,1,"2036-12-09")
case("04.03.00-P20-5-35","Klimasikring af Nykøbing Havn - høringssvar",[(TMU,"2036-09-09",88),(TMU,D,98)])
opt(D,97,"at tilladelsen meddeles for 30 år")
opt(D,98,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen","Godkendt, at projektet sendes i offentlig høring")
opt(D,99,"Orienteringen blev taget til efterretning")
opt(D,100,"Ansøgningen afslås","Kurt Damsgaard ønskede at meddele tilladelse")
opt(D,102,"Formanden orienterede om dialogmødet med Vejdirektoratet")

# ------------------------------------------------------------ J Bornholm Børne- og Skoleudvalget (web page, attendance in its own list)
BSU="Børne- og Skoleudvalget"; D="2036-11-19"
meeting("bornholm-boerne-og-skoleudvalget-2036-11-19.html",BSU,D,"15:00","Mødelokale Hammeren, Ullasvej 23, Rønne",
 ["Tanja Lind","Peter Holm Kofoed","Camilla Sonne","Rasmus Blem","Flemming Dam","Mads Hjorth Bech","Kristian Lau"],[
 it(1,"Godkendelse af dagsorden","EMN-2036-01844","approved"),
 it(2,"Skoleindskrivning 2037","EMN-2036-02113","noted",part=["Henrik Vang"]),
 it(3,"Fremtidig skolestruktur i Nexø-området","EMN-2036-00517","postponed"),
 it(4,"Kvalitetsrapport for skoleåret 2035/36","EMN-2036-01209","approved",prior=[(BSU,"2036-10-08",6,"discussed")]),
 it(5,"Ansøgning fra Bornholms Musikskole om ekstra lokaler","EMN-2036-02390","rejected"),
 it(6,"Åbningstider i dagtilbud i sommerferien 2037","EMN-2036-02204","approved"),
 it(7,"Orientering fra formand og direktør","EMN-2036-01845","noted"),
 it(8,"Elevsag",None,"approved",closed=True)])
act(BSU,D,3,"Formanden og næstformanden holder møde med skolebestyrelserne i Nexø, Snogebæk og Balka inden udgangen af november.",
    "holder møde med skolebestyrelserne i Nexø, Snogebæk og Balka",
    [("Tanja Lind","person","Formanden"),("Peter Holm Kofoed","person","næstformanden")],"2036-11-30")
act(BSU,D,6,"Børn og Skole informerer forældrebestyrelserne om de nye åbningstider inden 1. februar 2037.",
    "Børn og Skole informerer forældrebestyrelserne",[("Børn og Skole","unit")],"2037-02-01")
act(BSU,D,7,"Børne- og skoledirektøren fremlægger en analyse af sygefraværet på mødet i februar.",
    "fremlægger en analyse af sygefraværet",[("Trine Ipsen","person","Børne- og skoledirektøren")],
    "2037-02-28","presentation",rng=("2037-02-01","2037-02-28"))
pp(BSU,D,3,"EMN-2036-00517","2037-01-14","Behandlingen af sagen blev udsat til udvalgets møde den 14. januar 2037")
op("EMN-2036-00517","Fremtidig skolestruktur i Nexø-området",BSU,1,"2037-01-14")
case("EMN-2036-01209","Kvalitetsrapport for skoleåret 2035/36",[(BSU,"2036-10-08",6),(BSU,D,4)])
opt(D,2,"Skolechef Henrik Vang deltog under punktet")
opt(D,4,"Udvalget ønsker, at rapporten suppleres med data om elevernes trivsel","Anbefales over for Kommunalbestyrelsen")
opt(D,5,"Udvalget kunne ikke imødekomme ansøgningen","deltog ikke i behandlingen af punktet")
opt(D,6,"At der i uge 29 og 30 etableres fælles pasning")
opt(D,7,"Direktøren orienterede om sygefraværet blandt pædagogerne")

# ------------------------------------------------------------ K Læsø Kommunalbestyrelsen (intranet wiki page, markdown)
D="2036-12-11"
meeting("laesoe-kommunalbestyrelsen-2036-12-11.md",KB,D,"19:00","Byrådssalen, Læsø Rådhus, Byrum",
 ["Bjarne Overgaard","Gunnar Bøgh","Lise Skriver","Henrik Kaas","Anja Vesterby","Poul Krog","Maja Holt","Erik Brandt","Jytte Borg"],[
 it(1,"Godkendelse af dagsorden","36/1201","approved"),
 it(2,"Meddelelser fra borgmesteren","36/1202","noted"),
 it(3,"Takster 2037 - Læsø Færgen og havnene","36/1377","approved"),
 it(4,"Salg af det gamle pakhus på Vesterø Havn","35/962","approved",prior=[(ØU,"2036-11-27",64,"approved")]),
 it(5,"Ansøgning fra Læsø Museum om forhøjet driftstilskud","36/1290","postponed"),
 it(6,"Tillæg nr. 2 til spildevandsplanen - Byrum","36/1104","referred"),
 it(7,"Eventuelt",None,"decided"),
 it(8,"Ansættelse af teknisk chef","36/1388","approved",closed=True)])
act(KB,D,3,"Administrationen annoncerer de nye takster på færgen og i Læsø Posten i løbet af januar.",
    "Administrationen annoncerer de nye takster",[("Administrationen","unit")],"2037-01-31",rng=("2037-01-01","2037-01-31"))
act(KB,D,4,"Borgmesteren underskriver skødet, når kommunens advokat har godkendt det.",
    "Borgmesteren underskriver skødet",[("Bjarne Overgaard","person","Borgmesteren")],None)
act(KB,D,6,"Sagen sendes tilbage til Teknik- og Miljøudvalget til fornyet behandling.",
    "Sagen sendes tilbage til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(KB,D,7,"Kommunaldirektøren svarer skriftligt i uge 51.",
    "Kommunaldirektøren svarer skriftligt",[("Lene Dam","person","Kommunaldirektøren")],"2036-12-19",rng=("2036-12-15","2036-12-21"))
pp(KB,D,5,"36/1290",None,"Sagen afventer museets regnskab for 2036")
op("36/1290","Ansøgning fra Læsø Museum om forhøjet driftstilskud",KB,1,None)
case("35/962","Salg af det gamle pakhus på Vesterø Havn",[(ØU,"2036-11-27",64),(KB,D,4)])
opt(D,2,"Borgmesteren orienterede om status på den nye færge")
opt(D,3,"Godkendt med 7 stemmer for og 2 imod")
opt(D,4,"Anbefales, idet køber skal overtage istandsættelsesforpligtelsen")
opt(D,7,"Maja Holt spurgte til vinterfartplanen")

PEOPLE=[
 ("Peder Kjærgaard",["borgmester","formand"],["Borgmesteren"]),("Rikke Dahl",["stedfortræder"],[]),
 ("Birgitte Hovmand",["Kommunaldirektør"],["Kommunaldirektøren"]),("Ole Flarup",["Økonomichef","referent"],[]),
 ("Hanne Skov Iversen",["sagsansvarlig"],[]),("Jakob Tind",["sagsansvarlig"],[]),
 ("Ove Damgaard",["formand"],["Formanden"]),("Ulrik Holm",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Tina Refslund",["sekretariatsleder","referent"],[]),("Morten Friis",["Driftschef"],[]),
 ("Ulla Kjærsgaard",["borgmester"],["Borgmesteren"]),("Lars Bjerregaard",["Kommunaldirektør"],["kommunaldirektøren"]),
 ("Susanne Frost",["direktør"],[]),("Charlotte Winther",["stedfortræder"],[]),
 ("Henning Quist",["formand"],["Formanden"]),("Bo Heilmann",["stedfortræder"],[]),
 ("Dorthe Vilsbøll",["Centerchef for Teknik og Miljø"],["Centerchefen"]),("Kasper Lund",["vejingeniør","referent"],[]),
 ("Lone Krag",["formand"],[]),("Sara Buhl",["stedfortræder"],[]),("Kim Boysen",["Direktør"],["Direktøren"]),
 ("Jonna Riis",["ældrechef"],["Ældrechefen"]),("Rikke Vang",["sekretær"],[]),("Anna Grøn",["Klyngechef"],[]),
 ("Mette Rydahl",["borgmester","formand"],["Borgmesteren"]),("Jens Bech Ottosen",["kommunaldirektør"],[]),
 ("Lene Riber",["økonomichef"],["Økonomichefen"]),
 ("Jesper Thygesen",["formand"],[]),("Kamilla Høj",["stedfortræder"],[]),
 ("Sanne Kock",["Kultur- og fritidschef"],["Kultur- og fritidschefen"]),("Mikkel Due",["konsulent","referent"],[]),
 ("Kristian Bjerre",["formand"],["Formanden"]),("Ole Sandal",["Teknisk chef"],[]),("Bodil Kragh",["miljøchef"],[]),
 ("Tanja Lind",["formand"],["Formanden"]),("Peter Holm Kofoed",["næstformand"],["næstformanden"]),
 ("Kristian Lau",["stedfortræder"],[]),("Trine Ipsen",["børne- og skoledirektør"],["Børne- og skoledirektøren","Direktøren"]),
 ("Henrik Vang",["skolechef"],[]),("Maria Koefoed",["udvalgssekretær"],[]),
 ("Bjarne Overgaard",["borgmester"],["Borgmesteren"]),("Jytte Borg",["suppleant"],[]),
 ("Lene Dam",["kommunaldirektør"],["Kommunaldirektøren"]),("Pernille Vinther",["sekretær","referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b33-{i:03d}"
gold=dict(version=1,asOf="2036-12-31",corpusEnd="2036-12-11",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
