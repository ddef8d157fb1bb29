#!/usr/bin/env python3
"""Generates ../gold.json for blind34 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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
ØU="Økonomiudvalget"; KB="Kommunalbestyrelsen"

# ------------------------------------------------------------ A Thisted Byrådet (First Agenda beslutningsprotokol, pdftotext -layout)
BY="Byrådet"; D="2037-01-27"
meeting("thisted-byraadet-2037-01-27.txt",BY,D,"16:00","Byrådssalen, Thisted Rådhus, Asylgade 30",
 ["Niels Jørgen Bonde","Hanne Lyngs","Peter Skov Kristensen","Jens Bach","Marianne Thygesen","Ove Mortensen","Lene Sloth",
  "Søren Hvidbjerg","Gitte Kjærgaard","Anders Vestervig","Mette Nørgaard Bak","Karsten Hjardemål","Birthe Rask",
  "Mogens Klitgaard","Helle Vang","Thomas Sennels","Inge Lise Fjerritslev","Bo Hillerslev","Jesper Agger","Susanne Ræhr",
  "Henrik Vigsø","Lotte Harboøre","Claus Koldby","Dorthe Snedsted","Erik Østerild","Pia Tilsted","Poul Erik Nørgaard"],[
 it(1,"Godkendelse af dagsorden","00.22.04-A00-1-37","approved"),
 it(2,"Boligsocial helhedsplan for Tingstrup - kommunal medfinansiering","03.00.00-Ø00-2-36","approved",
    prior=[(ØU,"2037-01-14",None,"approved")]),
 it(3,"Anlægsbevilling - renovering af Thisted Svømmehal","00.30.14-Ø00-4-36","postponed"),
 it(4,"Forslag til Lokalplan nr. 531 for boliger ved Silstrup Strand","01.02.05-P16-1-37","referred"),
 it(5,"Medlemsforslag fra Enhedslisten og SF om gratis bustransport for unge under 25 år","13.05.00-A00-1-37","rejected"),
 it(6,"Budgetproces 2038-2041","00.30.00-S00-1-37","approved"),
 it(7,"Meddelelser","00.22.04-A00-2-37","decided"),
 it(8,"Salg af erhvervsgrund på Hanstholm Havn","82.06.02-G01-3-36","approved",closed=True)])
act(BY,D,2,"Borgmesteren tager kontakt til Landsbyggefonden om den endelige tilsagnsramme.",
    "Borgmesteren tager kontakt til Landsbyggefonden",[("Niels Jørgen Bonde","person","Borgmesteren")],None)
act(BY,D,4,"Sagen tilbagesendes til Teknik- og Miljøudvalget med henblik på en ny vurdering af bebyggelsesprocenten og bygningshøjderne.",
    "Sagen tilbagesendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(BY,D,6,"Økonomi og Personale udsender budgetkalenderen til fagudvalgene i uge 8.",
    "Økonomi og Personale udsender budgetkalenderen",[("Økonomi og Personale","unit")],"2037-02-22",
    rng=("2037-02-16","2037-02-22"))
act(BY,D,7,"Kommunaldirektøren udsender en status på bredbåndsudrulningen i landdistrikterne primo marts.",
    "Kommunaldirektøren udsender en status på bredbåndsudrulningen",[("Anne Thorup","person","Kommunaldirektøren")],
    "2037-03-10",rng=("2037-03-01","2037-03-10"))
pp(BY,D,3,"00.30.14-Ø00-4-36","2037-02-24","Sagen udsættes til byrådets møde den 24. februar 2037")
op("00.30.14-Ø00-4-36","Anlægsbevilling - renovering af Thisted Svømmehal",BY,1,"2037-02-24")
case("03.00.00-Ø00-2-36","Boligsocial helhedsplan for Tingstrup - kommunal medfinansiering",[(ØU,"2037-01-14",None),(BY,D,2)])
opt(D,2,"Direktionen indstiller, at kommunen medfinansierer","Anbefales","Mindretallet (O) tager forbehold",
    "Godkendt med 23 stemmer mod 3","Mindretallet (O og D) finder")
opt(D,3,"Direktionen indstiller, at der gives en anlægsbevilling")
opt(D,5,"Forslaget blev forkastet med 4 stemmer for","Et flertal (V, A, C, O, D og B) lagde vægt på")
opt(D,6,"Direktionen indstiller, at budgetprocessen og tidsplanen godkendes")
opt(D,7,"Borgmesteren orienterede om mødet med Vejdirektoratet")

# ------------------------------------------------------------ B Region Midtjylland Regionsrådet (agenda viewer copied from the browser)
RR="Regionsrådet"; FU="Forretningsudvalget"; D="2037-02-25"
RRM=["Anders Kjærsgaard Lund","Tove Ringgaard","Mikkel Brandt Sørensen","Annette Hvalsø","Bjarne Gudmand","Camilla Ørum",
 "Christian Lysgaard","Dennis Bøgh","Dorte Mølgaard","Erik Nørbæk","Esben Kjeldsen","Flemming Rask","Gitte Sahl","Hanne Fjelsø",
 "Heidi Kvorning","Henrik Busk","Ib Thaarup","Ida Marie Sejr","Jan Tranum","Jette Salling","Johannes Lyng","Karen Vium",
 "Kasper Gjern","Kim Fårup","Lars Ørskov","Line Vrold","Lone Skals","Louise Hammel","Mads Ry Kjærulff","Maria Tange",
 "Martin Rindsholm","Morten Hald Laursen","Nina Gjessø","Ole Sporup","Rasmus Låsby","Sara Hvorslev","Søren Ulstrup",
 "Trine Bording","Ulrik Vinderslev","Carsten Hjort"]
assert len(RRM)==40
meeting("region-midtjylland-regionsraadet-2037-02-25.txt",RR,D,"13:00",
 "Regionshuset Viborg, Skottenborg 26, 8800 Viborg, Regionsrådssalen",RRM,[
 it(1,"Godkendelse af dagsorden","1-01-72-1-37","approved"),
 it(2,"Meddelelser","1-01-72-2-37","noted"),
 it(3,"Akutklinik i Grenaa - ny åbningstid","1-30-76-12-36","approved",prior=[(FU,"2037-02-10",None,"approved")]),
 it(4,"Besparelse på regional busrute 912X Grenaa-Aarhus","1-35-12-4-37","referred"),
 it(5,"Medlemsforslag fra Enhedslisten om gratis tandpleje for unge på 18-21 år","1-30-20-3-37","rejected"),
 it(6,"Anlægsbevilling - renovering af sengeafsnit, Regionshospitalet Horsens","1-31-72-28-35","postponed"),
 it(7,"Uddannelsespuljen 2037 - fordeling af midler","1-15-1-5-37","approved"),
 it(8,"Køb af ejendom ved Hospitalsenhed Vest, Gødstrup","1-31-71-2-37","approved",closed=True),
 it(9,"Eventuelt",None,"none")])
act(RR,D,3,"Regionsdirektøren fremlægger en plan for rekruttering af akutlæger til Grenaa på regionsrådets møde i juni.",
    "fremlægger en plan for rekruttering af akutlæger",[("Malene Storgaard","person","Regionsdirektøren")],"2037-06-30",
    "presentation",rng=("2037-06-01","2037-06-30"))
act(RR,D,4,"Sagen sendes i høring hos KKR Midtjylland med svarfrist den 15. april 2037, inden regionsrådet træffer beslutning.",
    "Sagen sendes i høring hos KKR Midtjylland",[("KKR Midtjylland","external")],"2037-04-15","referral")
act(RR,D,6,"Administrationen udarbejder et revideret anlægsbudget til forretningsudvalgets møde den 10. marts 2037.",
    "Administrationen udarbejder et revideret anlægsbudget",[("Administrationen","unit")],"2037-03-10")
act(RR,D,7,"Regional Udvikling afrapporterer på projekterne inden udgangen af 3. kvartal 2037.",
    "Regional Udvikling afrapporterer på projekterne",[("Regional Udvikling","unit")],"2037-09-30",
    rng=("2037-07-01","2037-09-30"))
pp(RR,D,6,"1-31-72-28-35","2037-03-24","Sagen udsættes til regionsrådets møde den 24. marts 2037")
op("1-31-72-28-35","Anlægsbevilling - renovering af sengeafsnit, Regionshospitalet Horsens",RR,1,"2037-03-24")
case("1-30-76-12-36","Akutklinik i Grenaa - ny åbningstid",[(FU,"2037-02-10",None),(RR,D,3)])
opt(D,2,"Regionsrådsformanden orienterede om det kommende møde","Meddelelserne blev taget til efterretning")
opt(D,3,"Administrationen foreslår, at akutklinikken","Indstillingen anbefales","kunne ikke anbefale indstillingen",
    "Indstillingen blev godkendt med 32 stemmer mod 8","Mindretallet (F, Ø og Å) ønskede følgende ført til referat",
    "Vi kan ikke medvirke til at forringe nærheden")
opt(D,5,"Forslaget blev ikke vedtaget")
opt(D,7,"Administrationen foreslår, at der gives tilsagn")

# ------------------------------------------------------------ C Kalundborg Økonomiudvalget (SBSYS-like PDF, pdftotext raw, CRLF)
D="2037-03-11"
meeting("kalundborg-oekonomiudvalget-2037-03-11.txt",ØU,D,"08:00","Mødelokale 1, Kalundborg Rådhus, Holbækvej 141B",
 ["Henrik Kjærgaard Olsen","Lene Dalsgaard","Jørn Madsbøll","Camilla Refslund","Bo Stenstrup","Karina Rørby","Tue Asnæs",
  "Mona Kaldred"],[
 it(41,"Godkendelse af dagsorden","37/00412","approved"),
 it(42,"Regnskab 2036 - foreløbigt resultat","37/02210","noted"),
 it(43,"Anlægsbevilling til ny daginstitution i Svebølle","36/14502","postponed",part=["Jens Ole Bildsø"]),
 it(44,"Udbud af rengøring på kommunale institutioner 2038-2041","37/00978","approved"),
 it(45,"Høring over Region Sjællands forslag til trafikplan 2037-2040","37/01566","referred"),
 it(46,"Ansøgning om underskudsgaranti - Kalundborg Jazzfestival 2037","37/01977","rejected",
    prior=[("Kultur- og Fritidsudvalget","2037-02-24",18,"approved")]),
 it(47,"Orientering fra kommunaldirektøren","37/00413","noted"),
 it(48,"Køb af ejendom, Slagelsevej 12","37/03011","approved",closed=True)])
act(ØU,D,42,"Økonomi og Personale udarbejder et notat om overførslerne på anlæg til udvalgets møde den 8. april 2037.",
    "Økonomi og Personale udarbejder et notat om overførslerne",[("Økonomi og Personale","unit")],"2037-04-08")
act(ØU,D,43,"Teknisk direktør bestiller trafikvurderingen inden udgangen af marts.",
    "bestiller trafikvurderingen",[("Jens Ole Bildsø","person","Teknisk direktør")],"2037-03-31")
act(ØU,D,45,"Sagen oversendes til Klima- og Miljøudvalget med henblik på et samlet høringssvar.",
    "Sagen oversendes til Klima- og Miljøudvalget",[("Klima- og Miljøudvalget","body")],None,"referral")
act(ØU,D,47,"Sekretariatet indkalder til temamøde om budget 2038 i uge 16.",
    "Sekretariatet indkalder til temamøde om budget 2038",[("Sekretariatet","unit")],"2037-04-19",
    rng=("2037-04-13","2037-04-19"))
pp(ØU,D,43,"36/14502",None,"Sagen udsættes, indtil der foreligger en uafhængig trafikvurdering af vejadgangen fra Svebøllevej")
case("37/01977","Ansøgning om underskudsgaranti - Kalundborg Jazzfestival 2037",
     [("Kultur- og Fritidsudvalget","2037-02-24",18),(ØU,D,46)])
opt(D,42,"Direktionen indstiller, at orienteringen tages til efterretning")
opt(D,43,"Direktionen indstiller over for Kommunalbestyrelsen")
opt(D,44,"Anbefales over for Kommunalbestyrelsen med 6 stemmer mod 2","Imod stemte: F og Ø")
opt(D,46,"Kultur- og Fritidsudvalget anbefaler, at der ydes en underskudsgaranti","Ansøgningen imødekommes ikke",
    "ønskede at følge Kultur- og")
opt(D,47,"Kommunaldirektøren orienterede om status på rekrutteringen")

# ------------------------------------------------------------ D Kalundborg Kommunalbestyrelsen (municipal publishing site, HTML)
D="2037-04-22"
meeting("kalundborg-kommunalbestyrelsen-2037-04-22.html",KB,D,"18:00","Byrådssalen, Kalundborg Rådhus",
 ["Henrik Kjærgaard Olsen","Lene Dalsgaard","Jørn Madsbøll","Camilla Refslund","Bo Stenstrup","Jesper Ulkerup","Karina Rørby",
  "Tue Asnæs","Mona Kaldred","Allan Raklev","Birte Ubby","Charlotte Føllenslev","Dan Melby","Ejnar Værslev","Frank Mørkøv",
  "Gunver Bjergsted","Hans Jørgen Reersø","Ingrid Havnsø","Jannik Drosselmose","Leif Gørslev","Malene Ubberup",
  "Pernille Tissø","René Ulstrup","Sanne Viskinge","Thomas Lerchenborg","Anne Marie Bjerge"],[
 it(61,"Godkendelse af dagsorden","37/04501","approved"),
 it(62,"Anlægsbevilling til ny daginstitution i Svebølle","36/14502","approved",prior=[(ØU,"2037-04-08",71,"approved")]),
 it(63,"Lokalplan 612 - Boliger ved Kalundborg Fjord, endelig vedtagelse","37/01102","approved"),
 it(64,"Medlemsforslag fra Mona Kaldred (Ø) om klimaregnskab for kommunens indkøb","37/03987","referred"),
 it(65,"Kommunegaranti for lån til Kalundborg Forsyning A/S","37/02866","approved"),
 it(66,"Ændring af styrelsesvedtægten - nyt udvalg for landdistrikter","37/03410","postponed"),
 it(67,"Meddelelser","37/04502","noted"),
 it(68,"Salg af byggegrunde i Rørby",None,"approved",closed=True)])
act(KB,D,62,"Skolechefen orienterer de berørte forældrebestyrelser om tidsplanen inden 1. juni 2037.",
    "Skolechefen orienterer de berørte forældrebestyrelser",[("Maja Holmstrup","person","Skolechefen")],"2037-06-01")
act(KB,D,63,"Plan og Byg offentliggør den vedtagne lokalplan senest den 6. maj 2037.",
    "Plan og Byg offentliggør den vedtagne lokalplan",[("Plan og Byg","unit")],"2037-05-06")
act(KB,D,64,"Forslaget oversendes til Økonomiudvalget til videre behandling.",
    "Forslaget oversendes til Økonomiudvalget",[(ØU,"body")],None,"referral")
act(KB,D,66,"Kommunaldirektøren udarbejder et forslag til kommissorium for udvalget til Økonomiudvalgets møde i maj.",
    "Kommunaldirektøren udarbejder et forslag til kommissorium",[("Søren Gørlev","person","Kommunaldirektøren")],
    "2037-05-31",rng=("2037-05-01","2037-05-31"))
pp(KB,D,66,"37/03410","2037-05-27","Punktet udsættes til kommunalbestyrelsens møde den 27. maj 2037")
op("37/03410","Ændring af styrelsesvedtægten - nyt udvalg for landdistrikter",KB,1,"2037-05-27")
case("36/14502","Anlægsbevilling til ny daginstitution i Svebølle",
     [(ØU,"2037-03-11",43),(ØU,"2037-04-08",71),(KB,D,62)])
opt(D,62,"Direktionen indstiller, at der gives en anlægsbevilling","Anbefales","Godkendt med 23 stemmer mod 3",
    "kan ikke støtte bevillingen","Sagen blev udsat på Økonomiudvalgets møde i marts")
opt(D,63,"Lokalplanforslaget har været i offentlig høring i 8 uger")
opt(D,67,"Borgmesteren orienterede om Kalundborg Symbiosens nye partnerskab")

# ------------------------------------------------------------ E Lolland Forsyning A/S, bestyrelsen (Word document saved as web page)
BLF="Bestyrelsen for Lolland Forsyning A/S"; D="2037-05-13"
meeting("lolland-forsyning-bestyrelsen-2037-05-13.html",BLF,D,"15:00","Mødelokale Fjorden, Lolland Forsyning, Industrivej 8, Nakskov",
 ["Per Højbjerg Vestergaard","Anette Dannemare","Søren Errindlev","Jonas Sandby","Tina Holeby","Rasmus Ryde"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Årsrapport 2036","37-0012","approved"),
 it(3,"Prisloft og takster 2038 - forudsætninger","37-0029","noted"),
 it(4,"Renovering af Nakskov Renseanlæg - valg af entreprenør","36-0187","approved",part=["Allan Nysted"],
    prior=[(BLF,"2037-03-18",5,"postponed")]),
 it(5,"Klimatilpasning ved Maribo Søndersø - samarbejdsaftale med Lolland Kommune","37-0066","postponed"),
 it(6,"Orientering fra direktionen",None,"noted"),
 it(7,"Personalesag",None,"noted",closed=True),
 it(8,"Eventuelt",None,"none")])
act(BLF,D,3,"HM udarbejder et takstforslag for 2038 til bestyrelsesmødet i september.",
    "udarbejder et takstforslag for 2038",[("Helle Maribo","person","HM")],"2037-09-30",rng=("2037-09-01","2037-09-30"))
act(BLF,D,4,"KR underskriver kontrakten, når standstill-perioden er udløbet.",
    "KR underskriver kontrakten",[("Kim Rødby","person","KR")],None)
act(BLF,D,5,"Direktøren sender bestyrelsens bemærkninger til forvaltningen i Lolland Kommune i uge 21.",
    "Direktøren sender bestyrelsens bemærkninger",[("Kim Rødby","person","Direktøren")],"2037-05-24",
    rng=("2037-05-18","2037-05-24"))
pp(BLF,"2037-03-18",5,"36-0187",None,"Bestyrelsen udsatte valget af entreprenør","prior-decision")
pp(BLF,D,5,"37-0066","2037-06-24","Punktet udsættes til næste bestyrelsesmøde")
op("37-0066","Klimatilpasning ved Maribo Søndersø - samarbejdsaftale med Lolland Kommune",BLF,1,"2037-06-24")
case("36-0187","Renovering af Nakskov Renseanlæg - valg af entreprenør",[(BLF,"2037-03-18",5),(BLF,D,4)])
opt(D,2,"Direktionen indstiller, at bestyrelsen godkender","Bestyrelsen godkendte årsrapporten")
opt(D,3,"Bestyrelsen tog orienteringen til efterretning")
opt(D,4,"Direktionen indstiller, at kontrakten tildeles","Bestyrelsen godkendte indstillingen med 5 stemmer mod 1",
    "Søren Errindlev stemte imod")
opt(D,6,"KR orienterede om sygefraværet")

# ------------------------------------------------------------ F Stevns Kommunalbestyrelsen (eDoc-like PDF, pdftotext, labels glued)
D="2037-06-18"
meeting("stevns-kommunalbestyrelsen-2037-06-18.txt",KB,D,"18:30","Kommunalbestyrelsessalen, Rådhuset, Store Heddinge",
 ["Jesper Strøby","Anne Lise Hårlev","Bent Rødvig","Dorthe Lyderslev","Erik Magleby","Frederik Højerup","Gitte Tommestrup",
  "Hans Henrik Holtug","Inge Varpelev","Jakob Klippinge","Lars Gjorslev","Maja Kongsted","Niels Endeslev","Ole Sigerslev",
  "Pia Hellested","Rasmus Tøllevad","Signe Lyng","Thomas Bramsnæs"],[
 it(94,"Godkendelse af dagsorden","37-001120","approved"),
 it(95,"Spørgetid for borgerne","37-001121","none"),
 it(96,"Budgetopfølgning 2, 2037","37-004471","approved"),
 it(97,"Kystsikring ved Strøby Egede - anlægsbevilling","36-009874","referred",
    prior=[("Teknik- og Miljøudvalget","2037-06-02",51,"approved")]),
 it(98,"Ny skolestruktur i Stevns Kommune - udsendelse i høring","37-002290","approved",part=["Mikkel Hove"]),
 it(99,"Ansøgning om kommunegaranti - Stevns Golfklub","37-003058","postponed"),
 it(100,"Meddelelser","37-001122","decided"),
 it(101,"Erhvervelse af areal til cykelsti, Højerupvej","37-003771","approved",closed=True)])
act(KB,D,96,"Økonomi og Personale udarbejder en handleplan for merforbruget på det specialiserede børneområde til Økonomiudvalgets møde den 12. august 2037.",
    "Økonomi og Personale udarbejder en handleplan for merforbruget",[("Økonomi og Personale","unit")],"2037-08-12")
act(KB,D,97,"Sagen tilbagesendes til Teknik- og Miljøudvalget, idet kommunalbestyrelsen ønsker en nærmere belysning af fordelingen af udgifterne mellem kommunen og grundejerne.",
    "Sagen tilbagesendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(KB,D,98,"Skolechefen afholder borgermøder i alle tre skoledistrikter inden udgangen af august.",
    "Skolechefen afholder borgermøder",[("Mikkel Hove","person","Skolechefen")],"2037-08-31")
act(KB,D,100,"Kommunaldirektøren sender en opdateret tidsplan for rådhusbyggeriet til kommunalbestyrelsen senest fredag i uge 26.",
    "Kommunaldirektøren sender en opdateret tidsplan",[("Henriette Sømarke","person","Kommunaldirektøren")],"2037-06-26")
pp(KB,D,99,"37-003058","2037-08-27","Sagen udsættes til kommunalbestyrelsens møde den 27. august 2037")
op("37-003058","Ansøgning om kommunegaranti - Stevns Golfklub",KB,1,"2037-08-27")
case("36-009874","Kystsikring ved Strøby Egede - anlægsbevilling",
     [("Teknik- og Miljøudvalget","2037-06-02",51),(KB,D,97)])
opt(D,95,"Der var ingen spørgsmål")
opt(D,96,"Økonomiudvalget indstiller, at budgetopfølgningen godkendes")
opt(D,97,"Anbefales","Ole Sigerslev (D) tager forbehold")
opt(D,98,"Børne- og Skoleudvalget indstiller, at forslaget sendes i høring","Godkendt med 12 stemmer mod 6",
    "Imod stemte A og Ø","Forslaget sendes i høring hos skolebestyrelserne og Handicaprådet")
opt(D,100,"Borgmesteren orienterede om dialogen med Vejdirektoratet")

# ------------------------------------------------------------ G Skive Folkeoplysningsudvalget (municipal website, second publisher)
FOU="Folkeoplysningsudvalget"; KFU="Kultur- og Fritidsudvalget"; D="2037-08-20"
meeting("skive-folkeoplysningsudvalget-2037-08-20.html",FOU,D,"19:00","Mødelokale 3, Skive Rådhus, Torvegade 10",
 ["Lisbeth Durup","Birgit Dommerby","Hanne Hald","Kristian Balling","Susanne Fur","Yusuf Karaca","Peter Jebjerg",
  "Morten Lihme"],[
 it(1,"Godkendelse af dagsorden","37/09101","approved"),
 it(2,"Fordeling af lokaletilskud 2038","37/09188","postponed"),
 it(3,"Ansøgning fra Skive Svømmeklub om ekstra bassintid","37/10025","rejected"),
 it(4,"Folkeoplysningspolitik 2038-2041 - høring","37/09154","decided",part=["Signe Rønbjerg"],
    prior=[(KFU,"2037-06-09",44,"referred")]),
 it(5,"Puljen til nye aktiviteter - ansøgninger 2. halvår 2037","37/09960","approved"),
 it(6,"Fordeling af haltider i Skive-Hallerne 2037/38","37/10117","referred"),
 it(7,"Klage over afslag på aktivitetstilskud",None,"rejected",closed=True),
 it(8,"Eventuelt",None,"none")])
act(FOU,D,3,"JH undersøger sammen med klubben mulighederne for bassintid i Glyngøre Svømmehal inden næste møde.",
    "JH undersøger sammen med klubben mulighederne",[("Jakob Hem","person","JH")],"2037-09-24")
act(FOU,D,4,"Formanden og sekretæren formulerer høringssvaret og sender det til Kultur- og Fritidsudvalget senest den 4. september 2037.",
    "formulerer høringssvaret",[("Lisbeth Durup","person","Formanden"),("Jakob Hem","person","sekretæren")],"2037-09-04")
act(FOU,D,6,"Sagen fremsendes til Kultur- og Fritidsudvalget til afgørelse med Folkeoplysningsudvalgets anbefaling af den foreslåede fordeling.",
    "Sagen fremsendes til Kultur- og Fritidsudvalget",[(KFU,"body")],None,"referral")
pp(FOU,D,2,"37/09188","2037-09-24","Udvalget udsatte punktet til mødet den 24. september 2037")
op("37/09188","Fordeling af lokaletilskud 2038",FOU,1,"2037-09-24")
case("37/09154","Folkeoplysningspolitik 2038-2041 - høring",[(KFU,"2037-06-09",44),(FOU,D,4)])
opt(D,2,"Kultur og Fritid indstiller, at tilskuddet reduceres")
opt(D,3,"Udvalget kunne ikke imødekomme ansøgningen","erklærede sig inhabil")
opt(D,4,"Udkastet sendes i høring i Folkeoplysningsudvalget","Folkeoplysningsudvalget afgiver høringssvar",
    "ønsker afsnittet om de selvorganiserede aktiviteter styrket")
opt(D,5,"Godkendt med 5 stemmer mod 3","Mindretallet (Hanne Hald, Kristian Balling og Peter Jebjerg)")

# ------------------------------------------------------------ H Fredensborg Ældrerådet (minutes sent as an e-mail)
ÆR="Ældrerådet"; SSU="Social- og Sundhedsudvalget"; D="2037-09-08"
meeting("fredensborg-aeldreraadet-2037-09-08.txt",ÆR,D,"09:30","Mødelokale Esrum, Fredensborg Rådhus, Egevang 2, Kokkedal",
 ["Jørgen Nivå","Inger Humlebæk","Poul Karlebo","Lis Grønholt","Aksel Havreholm","Grethe Dageløkke","Bent Asminderød"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Høring: Budget 2038-2041 for ældreområdet","37/20417","decided"),
 it(3,"Kvalitetsstandard for madservice 2038","37/19930","approved",part=["Vibeke Tokkekøb"],
    prior=[(SSU,"2037-08-17",83,"referred")]),
 it(4,"Seniorbofællesskab i Humlebæk - status","37/15263","noted"),
 it(5,"Ældrerådsvalget 2037","37/22871","postponed"),
 it(6,"Henvendelse om forhold på et plejecenter",None,"discussed",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(ÆR,D,2,"JØN og IH skriver høringssvaret færdigt og sender det til Sundhed og Omsorg senest den 14. september 2037.",
    "skriver høringssvaret færdigt",[("Jørgen Nivå","person","JØN"),("Inger Humlebæk","person","IH")],"2037-09-14")
act(ÆR,D,3,"Ældrechefen sender en oversigt over klager over madservicen til rådet inden udgangen af oktober.",
    "Ældrechefen sender en oversigt over klager",[("Vibeke Tokkekøb","person","Ældrechefen")],"2037-10-31")
act(ÆR,D,5,"BK rykker Valgsekretariatet for materialet i uge 38.",
    "BK rykker Valgsekretariatet",[("Birthe Kokkedal","person","BK")],"2037-09-20",rng=("2037-09-14","2037-09-20"))
act(ÆR,D,7,"Formanden tager emnet op på dialogmødet med Social- og Sundhedsudvalget den 29. september 2037.",
    "Formanden tager emnet op på dialogmødet",[("Jørgen Nivå","person","Formanden")],"2037-09-29")
pp(ÆR,D,5,"37/22871","2037-10-06","Punktet blev udsat til næste møde den 6. oktober 2037")
op("37/22871","Ældrerådsvalget 2037",ÆR,1,"2037-10-06")
case("37/19930","Kvalitetsstandard for madservice 2038",[(SSU,"2037-08-17",83),(ÆR,D,3)])
opt(D,2,"Ældrerådet afgiver høringssvar")
opt(D,3,"Sagen sendes i høring i Ældrerådet og Handicaprådet","Ældrerådet anbefaler kvalitetsstandarden")
opt(D,4,"Formanden orienterede om, at byggeriet er forsinket")
opt(D,7,"Lis Grønholt foreslog")

# ------------------------------------------------------------ I Morsø Kommunalbestyrelse (Acadre-like PDF, pdftotext -layout, Windows-1252)
D="2037-10-05"
meeting("morsoe-kommunalbestyrelsen-2037-10-05.txt",KB,D,"19:00","Byrådssalen, Morsø Rådhus, Jernbanevej 7, Nykøbing Mors",
 ["Hans Ove Sejerslev","Karina Øster","Jens Erslev","Lone Vils","Martin Karby","Bodil Redsted","Erling Tødsø","Helle Sundby",
  "Niels Ejerslev","Anne Mette Flade","Jørgen Sønder Dråby","Kurt Outrup","Susanne Ørding","Tina Vejerslev","Bjarne Elsø",
  "Henrik Agerø","Lise Nees","Carsten Feggeklit","Gudrun Skallerup","Jonas Dragstrup"],[
 it(103,"Godkendelse af dagsorden","37/14001","approved"),
 it(104,"Budget 2038-2041 – 2. behandling","37/08812","approved"),
 it(105,"Takster 2038","37/08813","approved"),
 it(106,"Kommuneplantillæg nr. 14 og lokalplan for solcelleanlæg ved Sejerslev","36/21177","postponed",
    prior=[(ØU,"2037-09-28",141,"approved")]),
 it(107,"Medlemsforslag fra Bjarne Elsø (Ø) om gratis skolemælk","37/16640","referred"),
 it(108,"Udpegning af nyt medlem til Folkeoplysningsudvalget","37/16102","approved"),
 it(109,"Meddelelser fra borgmesteren","37/14002","noted"),
 it(110,"Køb af ejendom, Vestergade 22, Nykøbing Mors","37/17203","approved",closed=True)])
act(KB,D,104,"Økonomi og Analyse udmønter budgetaftalens effektiviseringer i en samlet plan, der forelægges Økonomiudvalget primo december.",
    "Økonomi og Analyse udmønter budgetaftalens effektiviseringer",[("Økonomi og Analyse","unit")],"2037-12-10",
    rng=("2037-12-01","2037-12-10"))
act(KB,D,106,"Teknik og Miljø afholder et borgermøde i Sejerslev den 21. oktober 2037.",
    "Teknik og Miljø afholder et borgermøde i Sejerslev",[("Teknik og Miljø","unit")],"2037-10-21")
act(KB,D,107,"Forslaget oversendes til Børne- og Familieudvalget til videre behandling.",
    "Forslaget oversendes til Børne- og Familieudvalget",[("Børne- og Familieudvalget","body")],None,"referral")
act(KB,D,109,"Kommunaldirektøren inviterer kommunalbestyrelsen til et temamøde om forbindelsen inden udgangen af november.",
    "Kommunaldirektøren inviterer kommunalbestyrelsen til et temamøde",[("Trine Mollerup","person","Kommunaldirektøren")],
    "2037-11-30")
pp(KB,D,106,"36/21177","2037-11-02","Sagen udsættes til kommunalbestyrelsens møde den 2. november 2037")
op("36/21177","Kommuneplantillæg nr. 14 og lokalplan for solcelleanlæg ved Sejerslev",KB,1,"2037-11-02")
case("36/21177","Kommuneplantillæg nr. 14 og lokalplan for solcelleanlæg ved Sejerslev",[(ØU,"2037-09-28",141),(KB,D,106)])
opt(D,104,"Økonomiudvalget indstiller, at budgetforslaget","Budgetforslaget blev vedtaget med 17 stemmer mod 3",
    "Enhedslisten og SF ønskede følgende ført til protokollen","Danmarksdemokraterne stemte imod")
opt(D,106,"Anbefales")
opt(D,108,"Godkendt, at Lise Nees (B) udpeges")
opt(D,109,"Borgmesteren orienterede om status for Limfjordsforbindelsen")

# ------------------------------------------------------------ J Læsø Kommunalbestyrelse (intranet wiki page exported to Markdown)
TU="Teknisk Udvalg"; D="2037-11-12"
meeting("laesoe-kommunalbestyrelsen-2037-11-12.md",KB,D,"17:00","Mødesalen, Læsø Rådhus, Doktorvejen 2, Byrum",
 ["Karsten Byrum","Tove Vesterø","Henning Østerby","Lone Holtemmen","Ib Kringelhøj","Signe Lynget","Jens Peter Hornfiskrøn",
  "Mads Langerodde","Bo Rønnerne"],[
 it(1,"Godkendelse af dagsorden","37/1101","approved"),
 it(2,"Færgebetjening 2038, køreplan og takster","37/0944","approved"),
 it(3,"Ny affaldsordning for husholdninger og sommerhuse","37/0612","referred",prior=[(TU,"2037-10-28",31,"approved")]),
 it(4,"Havneudvidelse i Vesterø Havn","36/2290","postponed",part=["Erik Nordmark"]),
 it(5,"Ansøgning om tilskud til Læsø Saltsyderi","37/1022","rejected"),
 it(6,"Orientering fra kommunaldirektøren","37/1102","noted"),
 it(7,"Personalesag",None,"approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(KB,D,2,"Borgmesteren tager kontakt til Transportministeriet om statstilskuddet til færgedriften i uge 48.",
    "Borgmesteren tager kontakt til Transportministeriet",[("Karsten Byrum","person","Borgmesteren")],"2037-11-29",
    rng=("2037-11-23","2037-11-29"))
act(KB,D,3,"Sagen sendes i høring hos Læsø Erhvervsforening og Læsø Turistforening med frist den 4. december 2037.",
    "Sagen sendes i høring hos Læsø Erhvervsforening",
    [("Læsø Erhvervsforening","external"),("Læsø Turistforening","external")],"2037-12-04","referral")
act(KB,D,4,"Havnefogeden rykker Kystdirektoratet for udtalelsen.",
    "Havnefogeden rykker Kystdirektoratet",[("Erik Nordmark","person","Havnefogeden")],None)
pp(KB,D,4,"36/2290","2037-12-10","Punktet udsættes til næste møde")
op("36/2290","Havneudvidelse i Vesterø Havn",KB,1,"2037-12-10")
case("37/0612","Ny affaldsordning for husholdninger og sommerhuse",[(TU,"2037-10-28",31),(KB,D,3)])
opt(D,2,"Godkendt med 7 stemmer mod 2","Læsø Listen stemte imod")
opt(D,3,"Udvalget anbefaler model B")
opt(D,5,"Ansøgningen imødekommes ikke","Mads Langerodde (F) ønskede at imødekomme ansøgningen")
opt(D,6,"Kommunaldirektøren orienterede om rekrutteringen")

# ------------------------------------------------------------ K Fanø Kommunalbestyrelse (note tool export, Obsidian-style Markdown)
D="2037-12-08"
meeting("fanoe-kommunalbestyrelsen-2037-12-08.md",KB,D,"17:00","Byrådssalen, Fanø Rådhus, Skolevej 5-7, Nordby",
 ["Sofie Nordby Kjær","Allan Sønderho","Birgit Albuen","Claus Grådyb","Dorthe Hønen","Emil Kikkebjerg","Grete Rindby",
  "Hans Peter Klitten","Kaj Mellemtoft","Laila Kromose"],[
 it(81,"Godkendelse af dagsorden","37/2201","approved"),
 it(82,"Anlægsbevilling – renovering af Sønderho Havn","36/1870","approved",prior=[(ØU,"2037-11-24",115,"approved")]),
 it(83,"Samarbejdsaftale med Esbjerg Kommune om Fanø Færgefart","37/1988","referred"),
 it(84,"Lokalplan 2037-03 for sommerhusområdet ved Fanø Bad","37/0871","postponed"),
 it(85,"Medlemsforslag fra Jytte Halen (Ø) om gratis parkering for fastboende i Nordby","37/2150","rejected"),
 it(86,"Meddelelser","37/2202","decided"),
 it(87,"Salg af grund, Kirkevej 14, Nordby","37/2166","approved",closed=True)])
act(KB,D,82,"TS indhenter tilbud fra mindst tre entreprenører inden udgangen af januar.",
    "TS indhenter tilbud fra mindst tre entreprenører",[("Torsten Slunden","person","TS")],"2038-01-31")
act(KB,D,83,"Sagen sendes tilbage til Økonomiudvalget med henblik på en genforhandling af afsnittet om vintersejladsen.",
    "Sagen sendes tilbage til Økonomiudvalget",[(ØU,"body")],None,"referral")
act(KB,D,84,"Borgmesteren rykker Kystdirektoratet for tilladelsen.",
    "Borgmesteren rykker Kystdirektoratet",[("Sofie Nordby Kjær","person","Borgmesteren")],None)
act(KB,D,86,"LV sender mødekalenderen for 2038 ud i uge 51.",
    "LV sender mødekalenderen for 2038",[("Lene Vadehav","person","LV")],"2037-12-20",rng=("2037-12-14","2037-12-20"))
pp(KB,D,84,"37/0871","2038-01-19","Udsat til mødet i januar")
op("37/0871","Lokalplan 2037-03 for sommerhusområdet ved Fanø Bad",KB,1,"2038-01-19")
case("36/1870","Anlægsbevilling – renovering af Sønderho Havn",[(ØU,"2037-11-24",115),(KB,D,82)])
opt(D,82,"Anbefales med 3 stemmer mod 2","Godkendt med 6 stemmer mod 3","A og O ønskede ført til referat")
opt(D,85,"Forslaget blev forkastet","Forslaget blev behandlet, selv om forslagsstilleren havde meldt afbud")
opt(D,86,"Borgmesteren orienterede om juleudsmykningen")

PEOPLE=[
 ("Niels Jørgen Bonde",["borgmester"],["Borgmesteren"]),("Poul Erik Nørgaard",["stedfortræder"],[]),
 ("Anne Thorup",["kommunaldirektør"],["Kommunaldirektøren"]),("Lars Hvid",["økonomichef"],["LH"]),
 ("Anders Kjærsgaard Lund",["formand","regionsrådsformand"],["Regionsrådsformanden"]),("Carsten Hjort",["stedfortræder"],[]),
 ("Malene Storgaard",["regionsdirektør"],["Regionsdirektøren"]),("Poul Vestbjerg",["koncerndirektør"],[]),
 ("Henrik Kjærgaard Olsen",["borgmester","formand"],["Borgmesteren"]),("Søren Gørlev",["kommunaldirektør"],["Kommunaldirektøren"]),
 ("Rikke Bregninge",["økonomichef","referent"],[]),("Jens Ole Bildsø",["teknisk direktør"],["Teknisk direktør"]),
 ("Maja Holmstrup",["skolechef"],["Skolechefen"]),("Anne Marie Bjerge",["stedfortræder"],[]),("Ulla Bakke",["sekretariatschef","referent"],[]),
 ("Per Højbjerg Vestergaard",["formand"],[]),("Kim Rødby",["adm. direktør"],["KR","Direktøren"]),
 ("Helle Maribo",["økonomichef"],["HM"]),("Birgitte Lindet",["referent"],["BL"]),("Allan Nysted",["driftschef"],[]),
 ("Jesper Strøby",["borgmester"],["Borgmesteren"]),("Henriette Sømarke",["kommunaldirektør"],["Kommunaldirektøren"]),
 ("Mikkel Hove",["skolechef"],["Skolechefen"]),
 ("Lisbeth Durup",["formand"],["Formanden"]),("Birgit Dommerby",["suppleant"],[]),("Jakob Hem",["fritidskonsulent","sekretær"],["JH","sekretæren"]),
 ("Signe Rønbjerg",["kultur- og fritidschef"],[]),
 ("Jørgen Nivå",["formand"],["JØN","Formanden"]),("Inger Humlebæk",["næstformand"],["IH"]),
 ("Vibeke Tokkekøb",["ældrechef"],["Ældrechefen"]),("Birthe Kokkedal",["sekretær","referent"],["BK"]),
 ("Hans Ove Sejerslev",["borgmester"],["Borgmesteren"]),("Trine Mollerup",["kommunaldirektør"],["Kommunaldirektøren"]),
 ("Jonas Dragstrup",["stedfortræder"],[]),
 ("Karsten Byrum",["borgmester"],["Borgmesteren"]),("Bo Rønnerne",["suppleant"],[]),("Pia Østerby",["kommunaldirektør"],["Kommunaldirektøren"]),
 ("Erik Nordmark",["havnefoged"],["Havnefogeden"]),
 ("Sofie Nordby Kjær",["borgmester"],["Borgmesteren"]),("Lene Vadehav",["kommunaldirektør"],["LV"]),
 ("Torsten Slunden",["teknisk chef"],["TS"]),("Carina Vestkant",["referent"],["CV"]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b34-{i:03d}"
gold=dict(version=1,asOf="2037-12-31",corpusEnd="2037-12-08",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
