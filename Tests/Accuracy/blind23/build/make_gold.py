#!/usr/bin/env python3
"""Generates ../gold.json for blind23 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Herlev Kommunalbestyrelsen (Word -> PDF, pdftotext -layout, attendance table)
KB="Kommunalbestyrelsen"; D="2026-01-28"
meeting("herlev-kommunalbestyrelsen-2026-01-28.txt",KB,D,"18:00","Byrådssalen, Herlev Rådhus, Herlev Bygade 90",
 ["Mette Kjærsgaard","Rune Lykkeberg","Bilal Yousef","Karen Strøbæk","Niels Halberg","Pia Gormsen","Christian Hjorth",
  "Tina Arendrup","Jakob Ditlevsen","Susanne Ravnsborg","Morten Vilstrup","Ali Demirci","Birthe Nørløv","Frank Ulstrup",
  "Sanne Glerup","Poul Erik Dam","Ida Rosenkvist","Jesper Friis"],[
 it(1,"Godkendelse af dagsorden","00.22.04-A00-1-26","approved"),
 it(2,"Meddelelser fra borgmesteren","00.22.04-A00-2-26","noted"),
 it(3,"Budgetopfølgning pr. 31. december 2025","00.30.14-Ø00-12-25","approved",prior=[(ØU,"2026-01-20",None,"approved")]),
 it(4,"Lokalplan 118 for Herlev Hovedgade 40-52 - endelig vedtagelse","01.02.05-P16-3-24","approved",
    prior=[("Klima- og Miljøudvalget","2026-01-12",None,"approved"),(ØU,"2026-01-20",None,"approved")]),
 it(5,"Forslag fra Ali Demirci (Ø) om gratis frokostordning i alle daginstitutioner","28.09.00-A00-1-26","rejected"),
 it(6,"Herlev Idrætscenter - anlægsbevilling til ny kunstgræsbane","04.04.00-G01-2-25","postponed",prior=[(ØU,"2026-01-20",None,"approved")]),
 it(7,"Valg af nyt medlem til Folkeoplysningsudvalget","00.01.00-A00-3-26","approved"),
 it(8,"Partnerskabsaftale med Herlev Gymnasium og HF om ungeindsats","17.30.00-A00-2-26","approved"),
 it(9,"Eventuelt",None,"decided"),
 it(10,"Salg af byggegrund, Marielundvej","82.04.00-G10-1-25","approved",closed=True)])
act(KB,D,4,"Direktøren for Teknik og Miljø følger op på trafiksikkerheden i krydset Herlev Hovedgade/Tvedvangen og orienterer Klima- og Miljøudvalget inden udgangen af april.",
    "følger op på trafiksikkerheden i krydset",[("Gitte Bladt","person","Direktøren for Teknik og Miljø")],"2026-04-30")
act(KB,D,8,"Kommunalbestyrelsen bad administrationen om at afrapportere resultaterne af partnerskabet i 4. kvartal 2026.",
    "afrapportere resultaterne af partnerskabet",[("Administrationen","unit","administrationen")],"2026-12-31","presentation",
    rng=("2026-10-01","2026-12-31"))
act(KB,D,9,"Borgmesteren tager kontakt til Movia om busbetjeningen af Herlev Hospital i aftentimerne.",
    "Borgmesteren tager kontakt til Movia",[("Mette Kjærsgaard","person","Borgmesteren")],None)
pp(KB,D,6,"04.04.00-G01-2-25",None,"Sagen blev trukket af dagsordenen og behandles på et senere møde")
op("04.04.00-G01-2-25","Herlev Idrætscenter - anlægsbevilling til ny kunstgræsbane",KB,1,None)
case("00.30.14-Ø00-12-25","Budgetopfølgning pr. 31. december 2025",[(ØU,"2026-01-20",None),(KB,D,3)])
case("01.02.05-P16-3-24","Lokalplan 118 for Herlev Hovedgade 40-52 - endelig vedtagelse",
     [("Klima- og Miljøudvalget","2026-01-12",None),(ØU,"2026-01-20",None),(KB,D,4)])
case("04.04.00-G01-2-25","Herlev Idrætscenter - anlægsbevilling til ny kunstgræsbane",[(ØU,"2026-01-20",None),(KB,D,6)])
opt(D,2,"Borgmesteren orienterede om driften af letbanen")
opt(D,3,"at budgetopfølgningen godkendes","Anbefales")
opt(D,4,"Vedtaget med 15 stemmer","Anbefales, idet Ø tager forbehold","Ændringen kræver ikke fornyet høring",
    "Administrationen foreslår, at den højeste bygning nedsættes","at lokalplan 118 vedtages endeligt")
opt(D,5,"Forslaget blev forkastet")
opt(D,6,"at der gives en anlægsbevilling")
opt(D,7,"Godkendt, at Bilal Yousef (A) indtræder","Gruppe A har peget på Bilal Yousef")
opt(D,8,"Kommunen stiller en UU-vejleder til rådighed","at partnerskabsaftalen godkendes")
opt(D,9,"Tina Arendrup (C) spurgte til busbetjeningen")

# ------------------------------------------------------------ B Silkeborg Hovedudvalget (MED; Word minutes saved as text)
HU="Hovedudvalget"; D="2026-02-10"
meeting("silkeborg-hovedudvalget-2026-02-10.txt",HU,D,"13:00","Mødelokale 1.14, Silkeborg Rådhus, Søvej 1",
 ["Henning Klitgaard","Birgit Stenholt","Claus Bjerregaard","Lone Bak","Anja Thorsø","Per Munkholm","Ditte Kvist",
  "Jesper Raun","Kenneth Ølgaard","Hanne Tvilling","Susie Brandt"],[
 it(1,"Godkendelse af dagsorden og referat fra mødet den 9. december 2025",None,"approved"),
 it(2,"Politik for hjemmearbejde","81.00.00-P22-3-25","postponed"),
 it(3,"Sygefravær 2025 - status og indsatser","81.14.00-A00-1-26","noted"),
 it(4,"APV 2026 - tidsplan","81.08.00-P20-1-26","approved"),
 it(5,"Budget 2027 - inddragelse af MED-systemet","00.30.00-A00-5-26","postponed"),
 it(6,"Orientering fra direktionen",None,"noted"),
 it(7,"Eventuelt",None,"none")])
act(HU,D,2,"HR udarbejder et revideret udkast, der indarbejder medarbejdersidens bemærkninger (ansvarlig: Lone Bak, frist: 20. marts).",
    "HR udarbejder et revideret udkast",[("Lone Bak","person")],"2026-03-20")
act(HU,D,3,"Analyse af langtidssygefraværet på ældreområdet | Birgit | uge 12",
    "Analyse af langtidssygefraværet på ældreområdet",[("Birgit Stenholt","person","Birgit")],"2026-03-22",
    rng=("2026-03-16","2026-03-22"))
act(HU,D,3,"Oplæg til fælles trivselsdag for alle arbejdspladser | Anja | primo juni",
    "Oplæg til fælles trivselsdag",[("Anja Thorsø","person","Anja")],"2026-06-10",rng=("2026-06-01","2026-06-10"))
act(HU,D,3,"Opdatering af fraværsstatistikken på intranettet | HR | løbende",
    "Opdatering af fraværsstatistikken",[("HR","unit")],None)
act(HU,D,4,"Sekretariatet indkalder de lokale MED-formænd til et informationsmøde om APV'en i uge 14.",
    "Sekretariatet indkalder de lokale MED-formænd",[("Sekretariatet","unit")],"2026-04-05",rng=("2026-03-30","2026-04-05"))
pp(HU,D,2,"81.00.00-P22-3-25","2026-04-16","Hovedudvalget ønsker sagen genoptaget på mødet i april")
pp(HU,D,5,"00.30.00-A00-5-26","2026-04-16","Afventer Økonomiudvalgets beslutning om budgetprocessen og genoptages på næste møde")
op("00.30.00-A00-5-26","Budget 2027 - inddragelse af MED-systemet",HU,1,"2026-04-16")
case("81.00.00-P22-3-25","Politik for hjemmearbejde",[(HU,D,2),(ØU,"2026-05-11",99)])
opt(D,1,"Dagsorden og referat blev godkendt")
opt(D,2,"Lone Bak gennemgik udkastet","Medarbejdersiden ønsker en klarere formulering")
opt(D,3,"Hovedudvalget tog status til efterretning","Anja Thorsø fremhævede","Claus Bjerregaard fortalte om erfaringerne")
opt(D,4,"Tidsplanen blev godkendt","HR foreslår, at spørgeskemaet sendes ud i uge 17",
    "de lokale MED-udvalg udarbejder handleplaner inden 1. oktober 2026")
opt(D,5,"Økonomiudvalget skal den 16. februar 2026 fastlægge budgetprocessen","Medarbejdersiden ønsker, at høringen i august forlænges")
opt(D,6,"Henning Klitgaard orienterede om","Birgit Stenholt orienterede om","Orienteringen blev taget til efterretning")
opt(D,7,"Per Munkholm spurgte til status på den nye lønpolitik","der kommer et udkast i løbet af foråret")

# ------------------------------------------------------------ C Kolding Børne- og Uddannelsesudvalget (eDoc web; title line before "Sag nr. N")
BUU="Børne- og Uddannelsesudvalget"; D="2026-03-09"
meeting("kolding-boerne-og-uddannelsesudvalget-2026-03-09.txt",BUU,D,"15:30","Mødelokale 3, Kolding Rådhus, Akseltorv 1",
 ["Jane Kølbæk","Jonas Riber","Hanne Damkjær","Mikkel Sølvsten","Rikke Brøndum","Kim Haarbo","Anja Lindqvist"],[
 it(1,"Godkendelse af dagsorden","EMN-2026-00101","approved"),
 it(2,"Meddelelser",None,"noted"),
 it(3,"Kvalitetsrapport 2024/25 for folkeskolerne","EMN-2025-03318","approved",prior=[(BUU,"2026-02-09",5,"postponed")]),
 it(4,"Skoledistrikter i Sdr. Bjert og Vonsild","EMN-2025-02877","approved"),
 it(5,"Ansøgning fra Børnenes Kontor Kolding om lokaletilskud","EMN-2026-00270","rejected"),
 it(6,"Dagtilbudsstruktur i Christiansfeld","EMN-2025-04102","postponed"),
 it(7,"Ungdomsskolens sommeraktiviteter 2026","EMN-2026-00388","noted"),
 it(8,"Mobilfri skoledag i de kommunale skoler","EMN-2026-00511","approved"),
 it(9,"Eventuelt",None,"none")])
act(BUU,D,3,"Forvaltningen udarbejder en handleplan for de fire skoler med den laveste trivselsscore til mødet i juni.",
    "Forvaltningen udarbejder en handleplan",[("Forvaltningen","unit")],"2026-06-30",rng=("2026-06-01","2026-06-30"))
act(BUU,D,7,"Udvalget ønsker en evaluering af aktiviteterne på mødet i oktober.",
    "evaluering af aktiviteterne",[],"2026-10-31","presentation",rng=("2026-10-01","2026-10-31"))
act(BUU,D,8,"Formanden kontakter skolebestyrelsesformændene om implementeringen senest 15/4.",
    "Formanden kontakter skolebestyrelsesformændene",[("Jane Kølbæk","person","Formanden")],"2026-04-15")
pp(BUU,"2026-02-09",5,"EMN-2025-03318",None,"Udsat","prior-decision")
pp(BUU,D,6,"EMN-2025-04102","2026-04-13","Behandlingen blev udskudt")
op("EMN-2025-04102","Dagtilbudsstruktur i Christiansfeld",BUU,1,"2026-04-13")
case("EMN-2025-03318","Kvalitetsrapport 2024/25 for folkeskolerne",[(BUU,"2026-02-09",5),(BUU,D,3)])
opt(D,2,"Formanden orienterede om KL's børne- og ungetopmøde","Skolechefen orienterede om")
opt(D,3,"Rapporten skal drøftes i byrådet inden 1. maj 2026","foreslår, at kvalitetsrapporten godkendes")
opt(D,4,"Anbefales over for Økonomiudvalget og Byrådet","Et mindretal (O) kan ikke anbefale ændringen")
opt(D,5,"Afslag, jf. forslaget")
opt(D,6,"Sagen forventes behandlet på mødet den 13. april 2026","Hanne Damkjær (C) deltog ikke i behandlingen af punktet",
    "Modellerne er sendt i høring i forældrebestyrelserne")
opt(D,8,"Forslaget er dermed vedtaget","A og F begrunder deres stemme")

# ------------------------------------------------------------ D Region Sjælland Regionsrådet (web, members grouped by party)
RR="Regionsrådet"; FU="Forretningsudvalget"; D="2026-04-23"
RRM=["Jesper Dalgas","Marianne Ulfeldt","Kasper Grønbæk","Susanne Ebbesen","Torben Kærgaard","Lise Holmegaard","Nikolaj Vester",
 "Henrik Aarøe","Camilla Thorup","Mogens Fladbæk",
 "Lars Kjær Hedegaard","Anne Dorthe Friis","Pernille Vrå","Steen Kildegaard","Jeanette Dybdal","Poul Bak Mogensen",
 "Charlotte Heisel","Jan Kruse",
 "Birgitte Rønsholdt","Michael Ahlefeldt","Trine Ulvsgaard","Bo Stenstrup","Helle Koch",
 "Rasmus Brejning","Gitte Sandholm","Ib Tornøe","Sofie Kragelund","Mads Linnet",
 "Karin Møllgaard","Emil Østerby","Kurt Lauridsen","Jytte Grøndahl","Frode Bisgaard","Preben Sønnichsen","Lene Agerskov",
 "Anders Bundgaard","Malthe Riis","Vivi Strandgaard","Niels Grum","Asta Brinch"]
assert len(RRM)==40 and len(set(RRM))==40
meeting("region-sjaelland-regionsraadet-2026-04-23.txt",RR,D,"14:00","Mødesalen, Regionshuset, Alleen 15, 4180 Sorø",RRM,[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser",None,"noted"),
 it(3,"Regnskab 2025 for Region Sjælland","26-000871","approved",prior=[(FU,"2026-04-14",None,"approved")]),
 it(4,"Akutklinik i Holbæk - ny åbningstid","25-011320","postponed",prior=[(FU,"2026-04-14",None,"approved")]),
 it(5,"Trafikbestilling 2027 - regionale busruter","26-000433","approved"),
 it(6,"Medlemsforslag fra Karin Møllgaard (Ø) om gratis parkering for pårørende","26-001190","rejected"),
 it(7,"Udviklingsstrategi 2027-2030 - udkast til høring","25-019902","approved"),
 it(8,"Salg af ejendom, Kirkevej 6, Vordingborg","25-017750","approved"),
 it(9,"Erstatningssag vedrørende patienttransport",None,"approved",closed=True),
 it(10,"Eventuelt",None,"none")])
act(RR,D,4,"Regionsrådet bad administrationen om at belyse konsekvenserne for ambulanceberedskabet i Holbæk-området til næste møde.",
    "belyse konsekvenserne for ambulanceberedskabet",[("Administrationen","unit","administrationen")],"2026-05-21","presentation")
act(RR,D,7,"Koncerndirektionen fremlægger en plan for borgerinddragelse på regionsrådets temamøde den 11. juni 2026.",
    "Koncerndirektionen fremlægger en plan for borgerinddragelse",[("Koncerndirektionen","unit")],"2026-06-11","presentation")
pp(RR,D,4,"25-011320","2026-05-21","Sagen udsættes til næste møde")
op("25-011320","Akutklinik i Holbæk - ny åbningstid",RR,1,"2026-05-21")
case("26-000871","Regnskab 2025 for Region Sjælland",[(FU,"2026-04-14",None),(RR,D,3)])
case("25-011320","Akutklinik i Holbæk - ny åbningstid",[(FU,"2026-04-14",None),(RR,D,4)])
opt(D,2,"Regionsrådsformanden orienterede om dialogmødet","Næste ordinære møde i regionsrådet holdes")
opt(D,3,"Anbefales","at regnskabet for 2025 godkendes")
opt(D,4,"at åbningstiden ændres som beskrevet")
opt(D,5,"Enhedslisten ønskede følgende ført til protokol","Regionen skal inden 1. maj 2026 bestille")
opt(D,6,"Forslaget blev forkastet")
opt(D,7,"Udkastet sendes i offentlig høring i 8 uger","at udkastet sendes i høring")
opt(D,8,"Kurt Lauridsen (Æ) deltog ikke i behandlingen","Godkendt med 37 stemmer mod 2")

# ------------------------------------------------------------ E Silkeborg Økonomiudvalget (SBSYS PDF via pdftotext, numbered through the year)
D="2026-05-11"
meeting("silkeborg-oekonomiudvalget-2026-05-11.txt",ØU,D,"14:00","Byrådssalen, Silkeborg Rådhus, Søvej 1",
 ["Jacob Hougaard","Anne-Grethe Lund","Bjarne Kvist","Louise Fibiger","Steffen Nørgaard","Tove Damgaard","Jens Peter Lyng",
  "Gry Madsbøl"],[
 it(98,"Godkendelse af dagsorden","00.22.04-A00-14-26","approved"),
 it(99,"Politik for hjemmearbejde","81.00.00-P22-3-25","approved"),
 it(100,"Regnskab 2025 - overførsler til 2026","00.30.14-Ø00-3-26","approved"),
 it(101,"Ansøgning om kommunegaranti, Gjern Hallen","00.32.06-Ø60-2-26","rejected"),
 it(102,"Salg af Drewsensvej 31 (tidligere skolebygning)","82.01.00-G10-4-25","postponed",prior=[(ØU,"2026-03-16",61,"postponed")]),
 it(103,"Budget 2027 - budgetforudsætninger","00.30.00-Ø00-2-26","approved"),
 it(104,"Digitaliseringsstrategi 2026-2029","00.01.10-P15-1-26","postponed"),
 it(105,"Meddelelser","00.22.04-A00-15-26","noted"),
 it(106,"Køb af ejendom i Kjellerup",None,"approved",closed=True)])
act(ØU,D,99,"Kommunaldirektøren evaluerer politikken og forelægger evalueringen for Hovedudvalget og Økonomiudvalget i maj 2027.",
    "Kommunaldirektøren evaluerer politikken",[("Henning Klitgaard","person","Kommunaldirektøren")],"2027-05-31","presentation",
    rng=("2027-05-01","2027-05-31"))
act(ØU,D,102,"Økonomiudvalget bad forvaltningen om at indhente en ny mæglervurdering.",
    "indhente en ny mæglervurdering",[("Forvaltningen","unit","forvaltningen")],None,source="prior-decision")
act(ØU,D,103,"Økonomichef Erik Sejersen udsender det tekniske budgetgrundlag til alle byrådsmedlemmer inden 1. juni 2026.",
    "Erik Sejersen udsender det tekniske budgetgrundlag",[("Erik Sejersen","person")],"2026-06-01")
pp(ØU,"2026-03-16",61,"82.01.00-G10-4-25",None,"Sagen udsættes til næste møde","prior-decision")
pp(ØU,D,102,"82.01.00-G10-4-25",None,"Beslutningen udsættes, til der foreligger et udkast til lokalplan")
pp(ØU,D,104,"00.01.10-P15-1-26",None,"Sagen tages op igen, når den nye fællesoffentlige digitaliseringsstrategi")
op("82.01.00-G10-4-25","Salg af Drewsensvej 31 (tidligere skolebygning)",ØU,2,None)
op("00.01.10-P15-1-26","Digitaliseringsstrategi 2026-2029",ØU,1,None)
case("82.01.00-G10-4-25","Salg af Drewsensvej 31 (tidligere skolebygning)",[(ØU,"2026-03-16",61),(ØU,D,102)])
opt(D,99,"Anbefales over for Byrådet","Hovedudvalget drøftede et første udkast","anbefalede Hovedudvalget det reviderede udkast")
opt(D,100,"Anbefales over for Byrådet med 7 stemmer")
opt(D,101,"Ansøgningen afvises","Mindretallet (F og Ø)")
opt(D,102,"Plan og Byg forventer at have klar i udkast","at ejendommen udbydes til salg")
opt(D,104,"at Økonomiudvalget anbefaler strategien")
opt(D,105,"Borgmesteren orienterede om dialogmødet")

# ------------------------------------------------------------ F Randers Miljø- og Teknikudvalget (Acadre web, zero-padded "04. Title")
MTU="Miljø- og Teknikudvalget"; D="2026-06-08"
meeting("randers-miljoe-og-teknikudvalget-2026-06-08.txt",MTU,D,"15:00","Mødelokale 1, Rådhuset, Laksetorvet, Randers",
 ["Frank Nørgaard","Lisbeth Saxild","Karsten Bonde","Marie Østerlund","Henrik Kloster","Jonna Brask"],[
 it(1,"Godkendelse af dagsorden","26/1007","approved"),
 it(2,"Klimatilpasning ved Gudenåen - status på diget ved Vorup Enge","25/18843","noted"),
 it(3,"Ansøgning om udsættelse af betalingsfrist for vejbidrag, Tronholmen Erhverv ApS","26/4410","approved"),
 it(4,"Trafiksikkerhedsplan 2026-2030","25/20112","approved"),
 it(5,"Spildevandsplan - tillæg 4 for Assentoft","25/9981","approved"),
 it(6,"Affaldsplan 2026-2032","25/14470","postponed"),
 it(7,"Parkeringsstrategi for Randers Midtby","26/2013","approved"),
 it(8,"Ekspropriation til cykelsti langs Hadsundvej","26/3301","approved",closed=True),
 it(9,"Orientering fra direktøren","26/1008","noted")])
act(MTU,D,2,"Udvalget ønsker en status på diget til mødet i september.",
    "status på diget",[],"2026-09-30","presentation",rng=("2026-09-01","2026-09-30"))
act(MTU,D,4,"Udvalget bad forvaltningen om at udarbejde et skitseprojekt for en sikker skolevej ved Vestervangsskolen inden udgangen af september.",
    "udarbejde et skitseprojekt for en sikker skolevej",[("Forvaltningen","unit","forvaltningen")],"2026-09-30")
act(MTU,D,7,"Formanden inviterer Randers City til et dialogmøde om strategien i uge 26.",
    "Formanden inviterer Randers City",[("Frank Nørgaard","person","Formanden")],"2026-06-28",rng=("2026-06-22","2026-06-28"))
pp(MTU,D,6,"25/14470",None,"Punktet blev udsat")
op("25/14470","Affaldsplan 2026-2032",MTU,1,None)
opt(D,2,"Forvaltningen forventer, at den sidste etape kan sættes i gang","Til efterretning")
opt(D,3,"Udsættelse af betalingsfrist godkendt","Vejbidraget forfalder herefter")
opt(D,4,"Anbefales over for Økonomiudvalget og Byrådet")
opt(D,5,"Sagen blev udsat på mødet den 4. maj 2026")
opt(D,6,"at forslaget sendes i offentlig høring i 8 uger")
opt(D,7,"Henrik Kloster (C) ønskede følgende mindretalsudtalelse","Strategien er godkendt")
opt(D,9,"Direktøren orienterede om status")

# ------------------------------------------------------------ G Skanderborg Fritids- og Kulturudvalget (WordPress page, "N – Title")
FKU="Fritids- og Kulturudvalget"; D="2026-06-24"
meeting("skanderborg-fritids-og-kulturudvalget-2026-06-24.txt",FKU,D,"16:00","Mødelokale Morten Børup, Skanderborg Rådhus, Adelgade 44",
 ["Kirsten Ubbesen","Torsten Heltoft","Jan Fjordvald","Pernille Kryger","Otto Sejrup","Dorthe Viborg"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Kulturpulje 2026, 2. ansøgningsrunde","26/8810","approved"),
 it(3,"Ny hal i Ry - skitseprojekt","25/31207","approved",prior=[(FKU,"2026-05-20",33,"postponed")]),
 it(4,"Bibliotekernes åbningstider - selvbetjening om søndagen","26/2290","postponed"),
 it(5,"Skanderborg Festival - samarbejdsaftale 2027-2029","26/5102","approved"),
 it(6,"Evaluering af Kulturnatten 2025","26/1932","noted"),
 it(7,"Ansøgning fra Galten Rideklub om anlægstilskud","26/6093","rejected"),
 it(8,"Eventuelt",None,"none")])
act(FKU,D,2,"Administrationen meddeler tilsagn og afslag til ansøgerne senest 10/7.",
    "Administrationen meddeler tilsagn og afslag",[("Administrationen","unit")],"2026-07-10")
act(FKU,D,3,"Formanden og Torsten Heltoft holder dialogmødet med foreningen.",
    "Torsten Heltoft holder dialogmødet",[("Kirsten Ubbesen","person","Formanden"),("Torsten Heltoft","person")],None,
    source="prior-decision")
act(FKU,D,6,"Pernille og Jan deltager i arbejdsgruppen for Kulturnat 2026 og giver udvalget en status til mødet i september.",
    "deltager i arbejdsgruppen for Kulturnat 2026",[("Pernille Kryger","person","Pernille"),("Jan Fjordvald","person","Jan")],
    "2026-09-30",rng=("2026-09-01","2026-09-30"))
pp(FKU,"2026-05-20",33,"25/31207",None,"ønsker sagen genoptaget på mødet i juni","prior-decision")
pp(FKU,D,4,"26/2290","2026-08-19","Sagen udsættes til næste møde, hvor Ungerådets høringssvar foreligger")
op("26/2290","Bibliotekernes åbningstider - selvbetjening om søndagen",FKU,1,"2026-08-19")
case("25/31207","Ny hal i Ry - skitseprojekt",[(FKU,"2026-05-20",33),(FKU,D,3)])
opt(D,2,"Godkendt, idet der gives tilskud til 7 af 11","at tilskuddene fordeles som foreslået")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet med en anlægsramme","Udvalget drøftede skitseprojektet")
opt(D,4,"at forsøget godkendes")
opt(D,5,"Otto Sejrup (Ø) stemte imod")
opt(D,6,"Evalueringen blev taget til efterretning")
opt(D,7,"Rideklubben opfordres til at søge igen i 2027","Ansøgningen blev ikke imødekommet")
opt(D,8,"Næste møde: Onsdag den 19. august 2026")

# ------------------------------------------------------------ H Holstebro Sundheds- og Omsorgsudvalget (Word -> PDF, "§ NN. Title")
SOU="Sundheds- og Omsorgsudvalget"; D="2026-08-18"
meeting("holstebro-sundheds-og-omsorgsudvalget-2026-08-18.txt",SOU,D,"08:30","Mødelokale 3, Holstebro Rådhus, Kirkestræde 11",
 ["Anders Kvorning","Birgitte Lemvig","Svend Aage Hvam","Rikke Møller","Anne Sofie Tang","Jørn Bundgaard"],[
 it(31,"Godkendelse af dagsorden","26/011203","approved"),
 it(32,"Status på sundhedsreformen - det nye sundhedsråd for Vestjylland","25/028812","noted"),
 it(33,"Kvalitetsstandard for madservice 2027","26/004417","approved"),
 it(34,"Plejecenter Lystrup - renovering af produktionskøkken","25/031550","postponed"),
 it(35,"Forebyggelsesstrategi 2026-2030","25/019004","approved",prior=[(SOU,"2026-06-16",27,"discussed")]),
 it(36,"Tilsynsrapporter fra Styrelsen for Patientsikkerhed, 1. halvår 2026","26/012290","noted"),
 it(37,"Ansøgning om tilskud fra Demensforeningen Holstebro-Struer","26/013005","rejected"),
 it(38,"Personalesag",None,"noted",closed=True),
 it(39,"Eventuelt",None,"decided")])
act(SOU,D,32,"Sundheds- og omsorgschefen giver udvalget en status, når sundhedsrådets forretningsorden er vedtaget.",
    "giver udvalget en status, når sundhedsrådets forretningsorden er vedtaget",
    [("Lene Thyssen","person","Sundheds- og omsorgschefen")],None,"presentation")
act(SOU,D,33,"Omsorgsafdelingen sender standarden til Ældrerådet til orientering senest 1/9.",
    "Omsorgsafdelingen sender standarden til Ældrerådet",[("Omsorgsafdelingen","unit")],"2026-09-01")
act(SOU,D,39,"Formanden kontakter Regionshospitalet Gødstrup om udskrivningsforløbene for ældre medicinske patienter.",
    "Formanden kontakter Regionshospitalet Gødstrup",[("Anders Kvorning","person","Formanden")],None)
pp(SOU,D,34,"25/031550",None,"Udsat")
op("25/031550","Plejecenter Lystrup - renovering af produktionskøkken",SOU,1,None)
case("25/019004","Forebyggelsesstrategi 2026-2030",[(SOU,"2026-06-16",27),(SOU,D,35)])
opt(D,32,"Udvalget tog orienteringen til efterretning","Forvaltningen forventer, at den kan vedtages")
opt(D,33,"overgangen til kølemad udskydes til 1. april 2027","at kvalitetsstandarden godkendes")
opt(D,34,"at udvalget drøfter de to modeller")
opt(D,35,"Udkastet sendes i høring i Ældrerådet og Handicaprådet","Et mindretal (O) kan ikke anbefale",
    "Anbefales over for Økonomiudvalget og Byrådet")
opt(D,37,"Ansøgningen kan ikke imødekommes")
opt(D,39,"Birgitte Lemvig (A) spurgte til")

# ------------------------------------------------------------ I Horsens Erhvervs- og Beskæftigelsesudvalget (First Agenda web, "Punkt N. Title")
EBU="Erhvervs- og Beskæftigelsesudvalget"; D="2026-09-14"
meeting("horsens-erhvervs-og-beskaeftigelsesudvalget-2026-09-14.txt",EBU,D,"16:00","Udvalgsværelse 2, Horsens Rådhus, Rådhustorvet 4",
 ["Per Husted","Søren Elmgaard","Mette Bach","Lotte Kirkeby","Heidi Brogaard","Ib Rasmussen","Nanna Trier"],[
 it(1,"Godkendelse af dagsorden","2026-004412","approved"),
 it(2,"Ledighed og beskæftigelse - månedsstatus august 2026","2026-021170","noted"),
 it(3,"Erhvervsfremmeaftale med Business Horsens 2027-2028","2026-009815","approved",prior=[(EBU,"2026-08-17",None,"postponed")]),
 it(4,'Ungeindsatsen "Fra ung til job" - status',"2026-014402","noted",part=["Karina Lund"]),
 it(5,"Virksomhedsrettet indsats for sygedagpengemodtagere","2026-017733","approved"),
 it(6,"Erhvervsstrategi 2030 - udkast","2026-011090","discussed"),
 it(7,"Forslag fra Nanna Trier (F) om jobrotation på ældreområdet","2026-019921","rejected"),
 it(8,"Horsens Erhvervshavn - anmodning om forlænget høringsfrist","2026-020004","approved"),
 it(9,"Eventuelt",None,"none")])
act(EBU,D,4,"Jobcentret fremlægger en evaluering af indsatsen for udvalget i 1. kvartal 2027.",
    "Jobcentret fremlægger en evaluering af indsatsen",[("Jobcentret","unit")],"2027-03-31","presentation",
    rng=("2027-01-01","2027-03-31"))
act(EBU,D,5,"Jobcenterchefen sørger for, at indsatsen er i gang senest 1. november 2026.",
    "Jobcenterchefen sørger for, at indsatsen er i gang",[("Anette Viuf","person","Jobcenterchefen")],"2026-11-01")
act(EBU,D,6,"Administrationen færdiggør udkastet på baggrund af drøftelsen og forelægger det for udvalget den 12. oktober 2026.",
    "Administrationen færdiggør udkastet",[("Administrationen","unit")],"2026-10-12","presentation")
pp(EBU,"2026-08-17",None,"2026-009815",None,"Sagen blev sendt tilbage til administrationen og genoptages","prior-decision")
case("2026-009815","Erhvervsfremmeaftale med Business Horsens 2027-2028",[(EBU,"2026-08-17",None),(EBU,D,3)])
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet","Sagen blev sendt tilbage til administrationen")
opt(D,4,"Teamleder Karina Lund fortalte om erfaringerne")
opt(D,5,"at indsatsen godkendes")
opt(D,7,"Forslaget blev ikke vedtaget")
opt(D,8,"Godkendt, at fristen for kommunens høringssvar udskydes","Administrationen har brug for mere tid")

# ------------------------------------------------------------ J Hedensted Udvalget for Plan og Klima (Netpublicator web, "Dagsordenspunkt N" + title line)
UPK="Udvalget for Plan og Klima"; D="2026-10-06"
meeting("hedensted-udvalget-for-plan-og-klima-2026-10-06.txt",UPK,D,"15:00",
 "Mødelokale Juelsminde, Hedensted Rådhus, Niels Espes Vej 8, 8722 Hedensted",
 ["Carsten Højbo","Jørgen Skov","Tina Lauge","Morten Dyhr","Sara Holmsgaard","Villy Bæk","Leif Andersen"],[
 it(1,"Godkendelse af dagsorden","26/0114","approved"),
 it(2,"Lokalplan 1187 for boliger ved Løsning Nord - forslag","25/14420","approved"),
 it(3,"Klimaplan - status på CO2-reduktion 2025","24/20331","noted",part=["Emil Hvass"]),
 it(4,"Vandløbsregulativ for Hedensted Bæk - revision","25/08870","approved",prior=[(UPK,"2026-09-08",7,"postponed")]),
 it(5,"Ansøgning om landzonetilladelse til hestepension, Glud","26/3018","rejected"),
 it(6,"Trafikplan for Juelsminde Havn","26/1552","postponed"),
 it(7,"Naturpark Vejle Fjord - medfinansiering 2027","26/4470","approved"),
 it(8,"Køb af areal til regnvandsbassin, Hornsyld","26/2988","approved",closed=True),
 it(9,"Eventuelt",None,"none")])
act(UPK,D,2,"Plan og Byg afholder borgermøde i Løsning Hallen i uge 45.",
    "Plan og Byg afholder borgermøde",[("Plan og Byg","unit")],"2026-11-08",rng=("2026-11-02","2026-11-08"))
act(UPK,D,7,"Udvalget bad formanden om at rette henvendelse til Vejle Kommune om en fælles ansøgning til Friluftsrådet.",
    "rette henvendelse til Vejle Kommune",[("Carsten Højbo","person","formanden")],None)
pp(UPK,"2026-09-08",7,"25/08870",None,"Sagen udsættes, til lodsejermødet har været afholdt","prior-decision")
pp(UPK,D,6,"26/1552","2026-11-10","Udsat, jf. punkt 1")
op("26/1552","Trafikplan for Juelsminde Havn",UPK,1,"2026-11-10")
case("25/08870","Vandløbsregulativ for Hedensted Bæk - revision",[(UPK,"2026-09-08",7),(UPK,D,4)])
opt(D,1,"dog udsættes punkt 6 til næste møde")
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet, at forslaget sendes","at sende forslaget i offentlig høring")
opt(D,3,"Udvalget ønsker, at status fremover forelægges to gange om året","Orienteringen blev taget til efterretning")
opt(D,4,"Lodsejermødet blev holdt","at udkastet til regulativ sendes i offentlig høring")
opt(D,5,"Landzonetilladelse kan ikke gives","Tina Lauge (O) stemte imod afslaget")
opt(D,7,"Naturparken vil søge Friluftsrådet")
opt(D,9,"Næste møde afholdes")

# ------------------------------------------------------------ K Region Hovedstaden Trafik- og Miljøudvalget (web, headings in capitals)
TMU="Trafik- og Miljøudvalget"; D="2026-11-03"
meeting("region-hovedstaden-trafik-og-miljoeudvalget-2026-11-03.txt",TMU,D,"15:00",
 "Regionsgården, Kongens Vænge 2, 3400 Hillerød, mødelokale H6",
 ["Sidse Brøndsted","Marc Vinther","Hanne Ravn-Jakobsen","Omar Jaber","Lise Rugaard","Thomas Holmenlund","Janni Frost",
  "Nadia Aalund"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Jordforurening: prioritering af indsatsen 2027","26018842","approved"),
 it(3,"Busrute 150S og 300S - køreplansændringer","26022107","approved",prior=[(TMU,"2026-10-05",4,"postponed")]),
 it(4,"Letbanen på Ring 3 - passagertal og driftsøkonomi","25041108","noted"),
 it(5,"Medlemsforslag fra Lise Rugaard (Ø) om gratis bus for unge under 18 år","26024470","rejected"),
 it(6,"Klimastrategi - delmål for transport","26019930","postponed"),
 it(7,"Råstofplan 2028 - høring af kommunerne","26011560","approved"),
 it(8,"Kontrakt om jordrensning, Glostrup",None,"approved",closed=True),
 it(9,"Eventuelt",None,"none")])
act(TMU,D,2,"Administrationen vender tilbage med en oversigt over grundvandstruede boligområder til udvalgets møde i februar 2027.",
    "vender tilbage med en oversigt over grundvandstruede boligområder",[("Administrationen","unit")],"2027-02-28","presentation",
    rng=("2027-02-01","2027-02-28"))
act(TMU,D,4,"Sidse Brøndsted tager kontakt til bestyrelsen for Hovedstadens Letbane med henblik på et fælles møde om driftsøkonomien.",
    "Sidse Brøndsted tager kontakt til bestyrelsen for Hovedstadens Letbane",[("Sidse Brøndsted","person")],None)
act(TMU,D,7,"Udvalget bad administrationen om at holde et dialogmøde med Gribskov og Halsnæs kommuner inden udgangen af januar 2027.",
    "holde et dialogmøde med Gribskov og Halsnæs kommuner",[("Administrationen","unit","administrationen")],"2027-01-31")
pp(TMU,"2026-10-05",4,"26022107",None,"Sagen udsættes til mødet i november","prior-decision")
pp(TMU,D,6,"26019930","2026-12-01","Udvalget besluttede at udsætte sagen til mødet i december")
op("26019930","Klimastrategi - delmål for transport",TMU,1,"2026-12-01")
case("26022107","Busrute 150S og 300S - køreplansændringer",[(TMU,"2026-10-05",4),(TMU,D,3)])
opt(D,2,"Anbefales over for forretningsudvalget og regionsrådet")
opt(D,3,"Udvalget ønsker en vurdering af konsekvenserne for pendlere")
opt(D,4,"Taget til efterretning")
opt(D,5,"Forslaget er dermed forkastet","Thomas Holmenlund (B) deltog ikke i behandlingen")
opt(D,7,"at forslaget sendes i høring hos kommunerne")

# ------------------------------------------------------------ L Sønderborg Byrådet (Acadre PDF via pdftotext, "NNN  Title")
BR="Byrådet"; D="2026-12-16"
BRM=["Kasper Holm Thorup","Erik Lauritsen","Bjarne Hansen Lind","Susanne Dall Nielsen","Mikkel Warming","Tove Clausen",
 "Lars Ole Jepsen","Rikke Tarp","Helge Ravn","Gitte Petersen Bork","Jesper Lund Hald","Marianne Krogh Møller","Peder Iversen",
 "Ulla Thygesen","Claus Skov Larsen","Kirsten Hansen-Thomsen","Dieter Jessen","Anke Paulsen","Torben Westergaard","Lene Bonde",
 "Flemming Hass","Birgitte Mose","Niels Aagaard Vad","Hanne Kloppenborg","Maja Kærsgaard","Poul Erik Bøgh","Karsten Dyhr",
 "Ingrid Asmussen","Camilla Vang","Henrik Brodersen"]
assert len(BRM)==30 and len(set(BRM))==30
meeting("soenderborg-byraadet-2026-12-16.txt",BR,D,"17:00","Byrådssalen, Sønderborg Rådhus, Rådhustorvet 10",BRM,[
 it(301,"Godkendelse af dagsorden","26/41877","approved"),
 it(302,"Budgetopfølgning pr. 31. oktober 2026","26/39011","approved",prior=[(ØU,"2026-12-08",None,"approved")]),
 it(303,"Takster for affald 2027 - Sønderborg Forsyning","26/35520","approved"),
 it(304,"Lokalplan nr. 32.3-118 for boliger på Havnegade, Nordborg - endelig vedtagelse","25/28840","approved"),
 it(305,"Medlemsforslag fra Maja Kærsgaard (Ø) om minimumsnormering i dagplejen","26/40022","rejected"),
 it(306,"Salg af byggegrunde i Guderup - salgspriser 2027","26/33108","approved"),
 it(307,"Sønderborg Lufthavn - tilskud til ruten til København 2027","26/37445","postponed"),
 it(308,"Udpegning af medlemmer til Sundhedsrådet for Sønderjylland","26/38890","approved"),
 it(309,"Køb af ejendom, Augustenborg Landevej",None,"approved",closed=True),
 it(310,"Meddelelser",None,"noted")])
act(BR,D,302,"Direktionen fremlægger en plan for at nedbringe merforbruget på det specialiserede socialområde på byrådets møde i februar 2027.",
    "Direktionen fremlægger en plan for at nedbringe merforbruget",[("Direktionen","unit")],"2027-02-28","presentation",
    rng=("2027-02-01","2027-02-28"))
act(BR,D,304,"Teknik og Miljø orienterer de naboer, der har afgivet høringssvar, om vedtagelsen senest 15/1.",
    "Teknik og Miljø orienterer de naboer",[("Teknik og Miljø","unit")],"2027-01-15")
act(BR,D,307,"Borgmesteren tager kontakt til Transportministeriet om statens tilskud til flyruten.",
    "Borgmesteren tager kontakt til Transportministeriet",[("Kasper Holm Thorup","person","Borgmesteren")],None)
pp(BR,D,307,"26/37445","2027-01-27","Sagen udsættes til byrådets møde den 27. januar 2027")
op("26/37445","Sønderborg Lufthavn - tilskud til ruten til København 2027",BR,1,"2027-01-27")
case("26/39011","Budgetopfølgning pr. 31. oktober 2026",[(ØU,"2026-12-08",None),(BR,D,302)])
opt(D,302,"Anbefales godkendt","at budgetopfølgningen godkendes")
opt(D,303,"Godkendt med 27 stemmer mod 3")
opt(D,304,"at lokalplanen vedtages endeligt")
opt(D,305,"Forslaget er forkastet")
opt(D,306,"Erik Lauritsen (V) deltog ikke i behandlingen","at prisen sættes ned med 15 procent")
opt(D,307,"hvor den blev udsat","at der gives et tilskud på 7,2 mio. kr.")
opt(D,308,"Godkendt, at borgmesteren og Tove Clausen (A) udpeges")
opt(D,310,"Borgmesteren orienterede om julebelysningen")

PEOPLE=[
 ("Mette Kjærsgaard",["borgmester"],["Borgmesteren"]),("Jesper Friis",["stedfortræder"],[]),
 ("Gitte Bladt",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),("Kasper Thorhauge",["Kommunaldirektør"],[]),
 ("Lotte Aabo",["referent"],[]),
 ("Henning Klitgaard",["Kommunaldirektør","formand (Hovedudvalget)"],["Kommunaldirektøren"]),
 ("Birgit Stenholt",["Direktør for Social og Sundhed"],["Birgit"]),("Lone Bak",["HR-chef"],[]),
 ("Anja Thorsø",["næstformand (Hovedudvalget)","FOA"],["Anja"]),("Susie Brandt",["stedfortræder"],[]),
 ("Erik Sejersen",["Økonomichef"],[]),("Mette Hougaard",["referent"],[]),
 ("Jane Kølbæk",["formand"],["Formanden"]),("Mikkel Sølvsten",[],[]),("Søren Kvist Madsen",["Børne- og uddannelsesdirektør"],[]),
 ("Jesper Dalgas",["regionsrådsformand"],["Regionsrådsformanden"]),("Niels Grum",["stedfortræder"],[]),("Asta Brinch",["stedfortræder"],[]),
 ("Jacob Hougaard",["borgmester","formand"],["Borgmesteren"]),
 ("Frank Nørgaard",["formand"],["Formanden"]),("Peter Vinkel",["Direktør for Miljø og Teknik"],["Direktøren"]),
 ("Kirsten Ubbesen",["formand"],["Formanden"]),("Torsten Heltoft",["næstformand"],[]),("Pernille Kryger",[],["Pernille"]),
 ("Jan Fjordvald",[],["Jan"]),("Signe Lykke",["Kultur- og fritidschef"],[]),
 ("Anders Kvorning",["formand"],["Formanden"]),("Lene Thyssen",["Sundheds- og omsorgschef"],["Sundheds- og omsorgschefen"]),
 ("Per Husted",["formand"],[]),("Anette Viuf",["jobcenterchef"],["Jobcenterchefen"]),("Karina Lund",["Teamleder"],[]),
 ("Thomas Ladegaard",["Direktør for Job og Velfærd"],[]),
 ("Carsten Højbo",["formand"],["formanden"]),("Leif Andersen",["stedfortræder"],[]),("Emil Hvass",["Klimakoordinator"],[]),
 ("Sidse Brøndsted",["formand"],[]),("Kristian Brahe",["Enhedschef"],[]),
 ("Kasper Holm Thorup",["borgmester"],["Borgmesteren"]),("Henrik Brodersen",["stedfortræder"],[]),
 ("Pernille Schmidt",["Byrådssekretær","referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b23-{i:03d}"
gold=dict(version=1,asOf="2026-12-31",corpusEnd="2026-12-16",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
