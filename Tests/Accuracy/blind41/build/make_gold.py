#!/usr/bin/env python3
"""Generates ../gold.json for blind41 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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
BUU="Børne- og Ungeudvalget"; SSU="Social- og Sundhedsudvalget"; TMU="Teknik- og Miljøudvalget"
KPU="Klima- og Planudvalget"; KFU="Kultur- og Fritidsudvalget"; BU="Beskæftigelsesudvalget"

# ------------------------------------------------------------ A Horsens Børne- og Ungeudvalget (Acadre-like PDF, pdftotext without -layout, Windows-1252)
D="2044-01-19"
meeting("horsens-boerne-og-ungeudvalget-2044-01-19.txt",BUU,D,"16:00","Udvalgsværelse 2, Horsens Rådhus, Rådhustorvet 4",
 ["Stine Vad","Mikkel Brask","Lone Hyldgaard","Annika Toft","Kaj Rosenberg","Birgit Hald Madsen","Ulrik Marstrand"],[
 it(1,"Godkendelse af dagsorden","44/102","approved"),
 it(2,"Kapacitetsplan for dagtilbud 2044-2048","43/9120","approved"),
 it(3,"Skolestruktur i Brædstrup-området - høring","43/7781","approved",prior=[(BUU,"2043-11-24",118,"postponed")]),
 it(4,"Sygefravær i dagtilbud - orientering","44/311","noted"),
 it(5,"Ansøgning fra Horsens Ungdomsskole om lokaler i Kildegården","43/9944","postponed"),
 it(6,"Specialklasserække på Stensballeskolen - forsøg","43/8802","approved"),
 it(7,"Eventuelt","44/103","decided"),
 it(8,"Personalesag","44/455","approved",closed=True)])
act(BUU,D,2,"Dagtilbudschefen sender en plan for udvidelsen af Lundum Børnehus til udvalget senest i uge 11.",
    "sender en plan for udvidelsen af Lundum Børnehus",[("Ole Bech","person","Dagtilbudschefen")],"2044-03-20",
    rng=("2044-03-14","2044-03-20"),dueText="senest i uge 11")
act(BUU,D,3,"Forvaltningen udarbejder en trafikanalyse for skolevejene i området.",
    "Forvaltningen udarbejder en trafikanalyse",[("Forvaltningen","unit")],None,source="prior-decision")
act(BUU,D,6,"Forvaltningen v/ Rikke Sloth udarbejder en evaluering af forsøget inden udgangen af 3. kvartal 2044.",
    "udarbejder en evaluering af forsøget",[("Rikke Sloth","person","Rikke Sloth")],"2044-09-30",
    dueText="inden udgangen af 3. kvartal 2044")
act(BUU,D,7,"Skolechefen svarer skriftligt på spørgsmålet inden næste møde.",
    "Skolechefen svarer skriftligt",[("Maria Lindqvist","person","Skolechefen")],"2044-02-23",dueText="inden næste møde")
pp(BUU,"2043-11-24",118,"43/7781",None,"Sagen udsættes, indtil der foreligger en trafikanalyse","prior-decision")
pp(BUU,D,5,"43/9944","2044-02-23","Udsat til næste møde")
op("43/9944","Ansøgning fra Horsens Ungdomsskole om lokaler i Kildegården",BUU,1,"2044-02-23")
case("43/7781","Skolestruktur i Brædstrup-området - høring",[(BUU,"2043-11-24",118),(BUU,D,3)])
opt(D,2,"anbefaler over for Økonomiudvalget og Byrådet, at kapacitetsplanen","at kapacitetsplanen anbefales godkendt")
opt(D,3,"Godkendt med 5 stemmer mod 2","som ønsker overbygningen på Voervadsbro Skole bevaret","at forslaget sendes i høring i skolebestyrelserne")
opt(D,4,"at orienteringen tages til efterretning")
opt(D,5,"at ansøgningen imødekommes")
opt(D,6,"ønskede sin stemme ført til protokols","Mikkel Brask (V) forlod mødet under behandlingen af punktet","at forsøget forlænges")
opt(D,7,"Annika Toft spurgte til frokostordningen","Næste møde holdes tirsdag den 23. februar 2044")

# ------------------------------------------------------------ B Sønderborg Social- og Sundhedsudvalget (eDoc-like PDF, pdftotext -layout, CRLF)
D="2044-02-16"
meeting("soenderborg-social-og-sundhedsudvalget-2044-02-16.txt",SSU,D,"15:00","Mødelokale 1.12, Sønderborg Rådhus, Rådhustorvet 10, Sønderborg",
 ["Inge Lind","Kasper Thorup","Sara Nørgaard","Jens Ulrik Hansen","Anette Krag","Peter Asmussen","Toke Wulff"],[
 it(11,"Godkendelse af dagsorden","EMN-2044-00101","approved"),
 it(12,"Budgetopfølgning pr. 31. januar 2044","EMN-2044-00233","noted"),
 it(13,"Værdighedspolitik 2044-2047","EMN-2043-04410","approved"),
 it(14,"Plejeboliger i Nordborg - udbud","EMN-2043-03877","approved",prior=[(SSU,"2043-12-08",127,"postponed")]),
 it(15,"Tilsynsrapporter for plejecentre 2043","EMN-2044-00519","noted",part=["Anja Brodersen"]),
 it(16,"Ansøgning om § 18-midler fra Foreningen Sind Sønderborg","EMN-2044-00602","rejected"),
 it(17,"Rusmiddelcenter Sønderborg - ny organisering","EMN-2043-04102","postponed"),
 it(18,"Klagesag",None,"noted",closed=True)])
act(SSU,D,13,"Sundhedschefen udarbejder en folder om værdighedspolitikken til borgerne inden 1. maj 2044.",
    "udarbejder en folder om værdighedspolitikken",[("Bjarke Nissen","person","Sundhedschefen")],"2044-05-01")
act(SSU,D,14,"Administrationen indhenter et overslag fra Sønderborg Boligforening på en almen løsning.",
    "Administrationen indhenter et overslag fra Sønderborg Boligforening",[("Administrationen","unit")],None,source="prior-decision")
act(SSU,D,15,"Udvalget ønsker tilsynsrapporterne for hjemmeplejen forelagt primo maj.",
    "tilsynsrapporterne for hjemmeplejen forelagt",[],"2044-05-10","presentation",rng=("2044-05-01","2044-05-10"),dueText="primo maj")
act(SSU,D,17,"Direktøren udarbejder et notat om konsekvenserne for brugerne til mødet den 15. marts 2044.",
    "Direktøren udarbejder et notat om konsekvenserne for brugerne",[("Lise Thygesen","person","Direktøren")],"2044-03-15")
pp(SSU,"2043-12-08",127,"EMN-2043-03877",None,"Udsat til næste møde","prior-decision")
pp(SSU,D,17,"EMN-2043-04102","2044-03-15","Sagen udsættes til udvalgets møde den 15. marts 2044")
op("EMN-2043-04102","Rusmiddelcenter Sønderborg - ny organisering",SSU,1,"2044-03-15")
case("EMN-2043-03877","Plejeboliger i Nordborg - udbud",[(SSU,"2043-12-08",127),(SSU,D,14)])
opt(D,13,"Anbefales over for Økonomiudvalget og Byrådet","at værdighedspolitikken anbefales godkendt")
opt(D,14,"Anbefales over for Økonomiudvalget og Byrådet med 6 stemmer mod 1","Toke Wulff (Ø) stemte imod","at byggeriet udbydes som OPP")
opt(D,16,"Ansøgningen imødekommes ikke","Et mindretal (F og Ø) ønskede at imødekomme ansøgningen")
opt(D,17,"at den nye organisering godkendes")

# ------------------------------------------------------------ C Holbæk Teknik- og Miljøudvalget, March (SBSYS-like PDF, pdftotext -layout)
D="2044-03-09"
meeting("holbaek-teknik-og-miljoeudvalget-2044-03-09.txt",TMU,D,"14:00","Mødelokale E, Holbæk Rådhus, Kanalstræde 2",
 ["Henrik Vorgaard","Tine Ellehammer","Claus Rye","Per Toxværd","Nanna Bork","Erik Skouby"],[
 it(31,"Godkendelse af dagsorden","00.01.00-A00-9-44","approved"),
 it(32,"Trafiksikkerhedsplan 2044-2048","05.13.00-P15-1-43","approved"),
 it(33,"Ny busbetjening af Tuse Næs","13.05.00-G01-2-44","postponed"),
 it(34,"Klimatilpasning i Holbæk Havn - højvandsbeskyttelse, etape 1","06.02.00-P20-4-43","approved",prior=[(TMU,"2044-01-27",9,"discussed")]),
 it(35,"Ansøgning om landzonetilladelse til solcelleanlæg ved Mørkøv","01.03.03-P19-12-44","rejected"),
 it(36,"Meddelelser","00.01.00-A00-10-44","noted"),
 it(37,"Køb af areal til cykelsti langs Ringstedvej","05.01.02-G01-6-43","approved",closed=True)])
act(TMU,D,32,"Afdelingschefen tager kontakt til Politiet om en hastighedsnedsættelse på Tølløsevej inden udgangen af april.",
    "tager kontakt til Politiet om en hastighedsnedsættelse",[("Jeanette Rømer","person","Afdelingschefen")],"2044-04-30",
    dueText="inden udgangen af april")
act(TMU,D,33,"Forvaltningen v/ Kasper Holm indhenter et tilbud fra Movia på en flextur-løsning.",
    "indhenter et tilbud fra Movia",[("Kasper Holm","person","Kasper Holm")],None)
act(TMU,D,34,"Forvaltningen beskriver en etapedeling af projektet.",
    "Forvaltningen beskriver en etapedeling",[("Forvaltningen","unit")],None,source="prior-decision")
act(TMU,D,36,"Direktøren sender notatet om affaldssortering i sommerhusområderne til udvalget i uge 12.",
    "Direktøren sender notatet om affaldssortering",[("Lars Holt Ibsen","person","Direktøren")],"2044-03-27",
    rng=("2044-03-21","2044-03-27"),dueText="i uge 12")
pp(TMU,D,33,"13.05.00-G01-2-44","2044-04-13","Sagen udsættes til udvalgets møde den 13. april 2044")
case("06.02.00-P20-4-43","Klimatilpasning i Holbæk Havn - højvandsbeskyttelse, etape 1",[(TMU,"2044-01-27",9),(TMU,D,34)])
opt(D,32,"Anbefales over for Økonomiudvalget og Byrådet","at trafiksikkerhedsplanen anbefales godkendt","Politiet har i høringen anbefalet")
opt(D,33,"at model 2 med en ny lokallinje anbefales")
opt(D,34,"at etape 1 sendes i offentlig høring")
opt(D,35,"Udvalget meddeler afslag med 4 stemmer","Mindretallet ønskede at meddele tilladelse")
opt(D,36,"Direktøren orienterede om den nye affaldsordning","Meddelelserne blev taget til efterretning")

# ------------------------------------------------------------ D Holbæk Teknik- og Miljøudvalget, April (web print view, collapsed menus)
D="2044-04-13"
meeting("holbaek-teknik-og-miljoeudvalget-2044-04-13.html",TMU,D,"14:00","Mødelokale E, Holbæk Rådhus, Kanalstræde 2",
 ["Henrik Vorgaard","Tine Ellehammer","Claus Rye","Mette Fog","Per Toxværd","Erik Skouby","Lis Holmgren"],[
 it(38,"Godkendelse af dagsorden","00.01.00-A00-13-44","approved"),
 it(39,"Ny busbetjening af Tuse Næs","13.05.00-G01-2-44","approved",prior=[(TMU,"2044-03-09",33,"postponed")]),
 it(40,"Natura 2000-handleplan for Tempelkrog og Bramsnæs Bugt","01.05.10-P15-2-44","referred"),
 it(41,"Vejbelysning - udskiftning til LED, etape 3","05.01.00-G01-7-44","approved"),
 it(42,"Affaldsplan 2045-2056 - forslag","07.00.00-P15-1-44","postponed"),
 it(43,"Meddelelser","00.01.00-A00-14-44","noted"),
 it(44,"Ekspropriation til rundkørsel ved Kalundborgvej","05.01.02-P20-2-44","approved",closed=True)])
act(TMU,D,39,"Trafikplanlæggeren orienterer Lokalrådet for Tuse Næs om den nye lokallinje inden 1. juni 2044.",
    "orienterer Lokalrådet for Tuse Næs",[("Kasper Holm","person","Trafikplanlæggeren")],"2044-06-01")
act(TMU,D,40,"Sagen oversendes til Klima- og Planudvalget med henblik på endelig vedtagelse.",
    "Sagen oversendes til Klima- og Planudvalget",[("Klima- og Planudvalget","body")],None,"referral")
act(TMU,D,43,"Direktøren vender tilbage med en status på rekrutteringen af en ny natur- og miljøchef på næste møde.",
    "Direktøren vender tilbage med en status på rekrutteringen",[("Lars Holt Ibsen","person","Direktøren")],"2044-05-11",
    "presentation",dueText="på næste møde")
pp(TMU,D,42,"07.00.00-P15-1-44","2044-05-11","Punktet udsættes til næste møde")
op("07.00.00-P15-1-44","Affaldsplan 2045-2056 - forslag",TMU,1,"2044-05-11")
case("13.05.00-G01-2-44","Ny busbetjening af Tuse Næs",[(TMU,"2044-03-09",33),(TMU,D,39)])
opt(D,39,"Anbefales over for Økonomiudvalget og Byrådet, idet udgiften","at model 2 anbefales","Sagen udsættes til udvalgets møde den 13. april 2044")
opt(D,40,"Planen skal vedtages endeligt inden 1. juli 2044","at handleplanen anbefales vedtaget endeligt")
opt(D,41,"Anbefales over for Økonomiudvalget og Byrådet med 5 stemmer mod 2","Imod stemte Henrik Vorgaard")
opt(D,42,"at forslaget sendes i offentlig høring i 8 uger")
opt(D,43,"Næste ordinære møde holdes onsdag den 11. maj 2044","Natur- og miljøchef Søren Kaae er fratrådt")

# ------------------------------------------------------------ E Herning Klima- og Planudvalget (First Agenda-like PDF, pdftotext without -layout)
D="2044-05-23"
meeting("herning-klima-og-planudvalget-2044-05-23.txt",KPU,D,"15:30","Mødelokale 3, Herning Rådhus, Torvet 5",
 ["Jens Mose","Birthe Kvist","Martin Dyhr","Pernille Aagaard","Signe Vej"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Kommuneplantillæg nr. 41 og lokalplan 12.B7.2 for boliger ved Fruehøjgaard","2044-002231","approved"),
 it(3,"Klimahandleplan 2044 - status","2044-001187","noted"),
 it(4,"Vandløbsregulativ for Herningsholm Å","2043-009902","postponed",prior=[(KPU,"2044-03-14",6,"postponed")]),
 it(5,"Ansøgning om landzonetilladelse til hestehold, Sinding","2044-003318","approved"),
 it(6,"Udpegning af nye naturområder - Grønt Danmarkskort","2044-000871","referred"),
 it(7,"Meddelelser",None,"noted"),
 it(8,"Køb af ejendom, Gullestrupvej","2044-003901","approved",closed=True)])
act(KPU,D,2,"Planchefen afholder et borgermøde om lokalplanen i høringsperioden, senest i uge 35.",
    "Planchefen afholder et borgermøde om lokalplanen",[("Anders Mørup","person","Planchefen")],"2044-09-04",
    rng=("2044-08-29","2044-09-04"),dueText="senest i uge 35")
act(KPU,D,3,"Klimachefen fremlægger en opdateret CO2-opgørelse for kommunen som virksomhed ultimo september.",
    "Klimachefen fremlægger en opdateret CO2-opgørelse",[("Tove Ahrenkiel","person","Klimachefen")],"2044-09-30",
    "presentation",rng=("2044-09-21","2044-09-30"),dueText="ultimo september")
act(KPU,D,4,"Forvaltningen rykker Miljøstyrelsen for en udtalelse.",
    "Forvaltningen rykker Miljøstyrelsen",[("Forvaltningen","unit")],None)
act(KPU,D,6,"Sagen oversendes til Det Grønne Råd til udtalelse, inden udvalget tager stilling.",
    "Sagen oversendes til Det Grønne Råd",[("Det Grønne Råd","body")],None,"referral")
pp(KPU,"2044-03-14",6,"2043-009902",None,"Sagen blev udsat","prior-decision")
pp(KPU,D,4,"2043-009902",None,"Sagen afventer Miljøstyrelsens udtalelse og genoptages, når den foreligger")
op("2043-009902","Vandløbsregulativ for Herningsholm Å",KPU,2,None)
case("2043-009902","Vandløbsregulativ for Herningsholm Å",[(KPU,"2044-03-14",6),(KPU,D,4)])
opt(D,2,"Udvalget anbefaler over for Økonomiudvalget og Byrådet","at forslagene anbefales over for Økonomiudvalget")
opt(D,3,"at orienteringen tages til efterretning")
opt(D,4,"Udvalget besigtigede strækningen","at regulativet vedtages")
opt(D,5,"Ansøgningen imødekommes med 4 stemmer mod 0","deltog ikke i behandlingen af punktet på grund af inhabilitet")
opt(D,7,"Formanden orienterede om KL's klimatopmøde","Karsten Fog orienterede om status")

# ------------------------------------------------------------ F Faxe Kultur- og Fritidsudvalget (Word template pasted into an e-mail)
D="2044-06-07"
meeting("faxe-kultur-og-fritidsudvalget-2044-06-07.txt",KFU,D,"17:00","Mødelokale Ulla, Faxe Rådhus, Frederiksgade 9, Haslev",
 ["Kim Blom","Susan Pagh","Rikke Dam","Bent Ottesen","Line Holmegaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Fordeling af kulturpuljen, 1. runde 2044","20.00.00-Ø40-2-44","approved"),
 it(3,"Ny hal i Karise - anlægsbevilling","18.20.00-G01-1-43","approved",prior=[(KFU,"2044-05-10",4,"postponed")]),
 it(4,"Revision af folkeoplysningspolitikken","17.01.00-P22-1-44","postponed"),
 it(5,"Biblioteksbetjening i Rønnede","20.03.00-A00-3-44","rejected"),
 it(6,"Eventuelt",None,"decided"),
 it(7,"Forpagtning af cafeen i Haslev Hallerne","18.15.00-G01-2-44","approved",closed=True)])
act(KFU,D,2,"Administrationen orienterer ansøgerne skriftligt inden 1. juli 2044.",
    "Administrationen orienterer ansøgerne skriftligt",[("Administrationen","unit")],"2044-07-01")
act(KFU,D,3,"Kultur og Fritid udarbejder et revideret driftsbudget sammen med hallens bestyrelse.",
    "Kultur og Fritid udarbejder et revideret driftsbudget",[("Kultur og Fritid","unit")],None,source="prior-decision")
act(KFU,D,4,"Kultur- og fritidschefen indkalder Folkeoplysningsudvalget til et ekstraordinært møde i uge 26.",
    "indkalder Folkeoplysningsudvalget til et ekstraordinært møde",[("Mikael Brandt","person","Kultur- og fritidschefen")],
    "2044-07-03",rng=("2044-06-27","2044-07-03"),dueText="i uge 26")
act(KFU,D,6,"Formanden tager sagen op med Teknik og Miljø.",
    "Formanden tager sagen op med Teknik og Miljø",[("Kim Blom","person","Formanden")],None)
pp(KFU,"2044-05-10",4,"18.20.00-G01-1-43",None,"Udsat, idet udvalget ønsker et revideret driftsbudget","prior-decision")
pp(KFU,D,4,"17.01.00-P22-1-44","2044-08-23","Sagen udsættes til udvalgets møde den 23. august 2044")
op("17.01.00-P22-1-44","Revision af folkeoplysningspolitikken",KFU,1,"2044-08-23")
case("18.20.00-G01-1-43","Ny hal i Karise - anlægsbevilling",[(KFU,"2044-05-10",4),(KFU,D,3)])
opt(D,2,"Godkendt som indstillet","Bent Ottesen (V) tog forbehold","At kulturpuljen fordeles som foreslået")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet med 4 stemmer mod 1","Susan Pagh (V) stemte imod","At der gives en anlægsbevilling")
opt(D,5,"Indstillingen blev ikke godkendt","For indstillingen stemte Bent Ottesen","At filialen omlægges til selvbetjening")
opt(D,6,"Rikke Dam spurgte til skiltningen")

# ------------------------------------------------------------ G Silkeborg Beskæftigelsesudvalget (agenda site, attendance in a <dl>)
D="2044-08-15"
meeting("silkeborg-beskaeftigelsesudvalget-2044-08-15.html",BU,D,"15:00","Mødelokale 1.03, Silkeborg Rådhus, Søvej 1",
 ["Anders Krogh","Mona Holt","Erling Vad","Tanja Brix","Ib Riis","Asger Lund","Kirsten Bay"],[
 it(58,"Godkendelse af dagsorden","44-000412","approved"),
 it(59,"Ledighed og jobcentrets resultater, 2. kvartal 2044","44-016301","noted",part=["Morten Kvist"]),
 it(60,"Investeringsmodel for sygedagpengeområdet","44-011287","approved"),
 it(61,"Virksomhedsservice - samarbejdsaftale med Silkeborg Erhvervsråd","44-012090","approved",prior=[(BU,"2044-06-13",49,"postponed")]),
 it(62,'Ungeindsats - projekt "Vejen videre"',"44-014555","referred"),
 it(63,"Seniorjob - kvote 2045","44-016790","postponed"),
 it(64,"Eventuelt",None,"none"),
 it(65,"Klage over afgørelse om ressourceforløb",None,"noted",closed=True)])
act(BU,D,59,"Udvalget ønsker en særskilt analyse af langtidsledigheden blandt borgere over 50 år på mødet i november.",
    "analyse af langtidsledigheden",[],"2044-11-30","presentation",rng=("2044-11-01","2044-11-30"),dueText="på mødet i november")
act(BU,D,60,"Jobcenterchefen afrapporterer på effekten af investeringen hvert halve år, første gang i februar 2045.",
    "Jobcenterchefen afrapporterer på effekten af investeringen",[("Lise Damgaard","person","Jobcenterchefen")],"2045-02-28",
    "presentation",rng=("2045-02-01","2045-02-28"),dueText="første gang i februar 2045")
act(BU,D,62,"Sagen sendes videre til Børne- og Ungeudvalget, da projektet også vedrører ungdomsuddannelsesvejledningen.",
    "Sagen sendes videre til Børne- og Ungeudvalget",[("Børne- og Ungeudvalget","body")],None,"referral")
act(BU,D,63,"Afdelingschefen fremlægger en oversigt over de nuværende seniorjob fordelt på arbejdssteder til mødet den 19. september 2044.",
    "Afdelingschefen fremlægger en oversigt over de nuværende seniorjob",[("Torben Lauesen","person","Afdelingschefen")],
    "2044-09-19","presentation")
pp(BU,"2044-06-13",49,"44-012090",None,"Udvalget udsatte sagen til næste møde","prior-decision")
pp(BU,D,63,"44-016790","2044-09-19","Udsat til mødet den 19. september 2044")
op("44-016790","Seniorjob - kvote 2045",BU,1,"2044-09-19")
case("44-012090","Virksomhedsservice - samarbejdsaftale med Silkeborg Erhvervsråd",[(BU,"2044-06-13",49),(BU,D,61)])
opt(D,59,"Orienteringen blev taget til efterretning","at orienteringen tages til efterretning")
opt(D,60,"anbefaler Økonomiudvalget og Byrådet at godkende investeringsmodellen","at investeringsmodellen anbefales godkendt")
opt(D,61,"Godkendt med 6 stemmer mod 1","Ib Riis (Ø) stemte imod")

# ------------------------------------------------------------ H Hjørring Børne- og Ungeudvalget (agenda site, one facts table per item)
D="2044-09-06"
meeting("hjoerring-boerne-og-ungeudvalget-2044-09-06.html",BUU,D,"14:00","Udvalgsværelse 1, Hjørring Rådhus, Springvandspladsen 5",
 ["Pia Mølgaard Holm","Carsten Brix","Lene Skaarup","Anders Bjerre","Helle Kirkegaard","Mads Lyngby"],[
 it(81,"Godkendelse af dagsorden","2044/00210","approved"),
 it(82,"Kvalitetsrapport for skolerne 2043/44","2044/13377","noted"),
 it(83,"Budget 2045 - udvalgets forslag til omprioriteringer","2044/11020","approved"),
 it(84,"Dagplejen i Sindal - lukning af gæstedagpleje","2044/09871","approved",prior=[(BUU,"2044-08-16",76,"postponed")]),
 it(85,"Forsøg med 4-dages skoleuge i udskolingen - ansøgning fra Bagterpskolen","2044/14002","rejected"),
 it(86,"Ungdomsskolens lokaler i Hirtshals","2044/12890","postponed"),
 it(87,"Meddelelser","2044/00211","noted"),
 it(88,"Personalesag","2044/14876","approved",closed=True)])
act(BUU,D,82,"Skolechefen udarbejder en handleplan for læsning i indskolingen til mødet den 4. oktober 2044.",
    "Skolechefen udarbejder en handleplan for læsning",[("Jesper Frandsen","person","Skolechefen")],"2044-10-04")
act(BUU,D,83,"Administrationen indarbejder udvalgets bemærkninger i budgetmaterialet inden den 15. september 2044.",
    "Administrationen indarbejder udvalgets bemærkninger",[("Administrationen","unit")],"2044-09-15")
act(BUU,D,84,"Dagtilbudschefen orienterer forældrene skriftligt senest den 1. oktober 2044.",
    "Dagtilbudschefen orienterer forældrene skriftligt",[("Nina Vestergaard","person","Dagtilbudschefen")],"2044-10-01")
act(BUU,D,86,"Børne- og ungedirektøren undersøger mulighederne for sambrug med Hirtshals Bibliotek.",
    "undersøger mulighederne for sambrug med Hirtshals Bibliotek",[("Ulla Brøndum","person","Børne- og ungedirektøren")],None)
pp(BUU,"2044-08-16",76,"2044/09871",None,"Sagen genoptages, når forældrebestyrelsens høringssvar foreligger","prior-decision")
pp(BUU,D,86,"2044/12890","2044-10-04","Sagen udsættes til næste møde")
op("2044/12890","Ungdomsskolens lokaler i Hirtshals",BUU,1,"2044-10-04")
case("2044/09871","Dagplejen i Sindal - lukning af gæstedagpleje",[(BUU,"2044-08-16",76),(BUU,D,84)])
opt(D,82,"at kvalitetsrapporten tages til efterretning og oversendes til Byrådet")
opt(D,83,"anbefales over for Økonomiudvalget med 4 stemmer mod 1","Helle Kirkegaard (F) stemte imod")
opt(D,85,"Ansøgningen imødekommes ikke","Et mindretal (F) ønskede at give tilladelse")
opt(D,87,"Formanden orienterede om dialogmødet")

# ------------------------------------------------------------ I Varde Social- og Sundhedsudvalget (Word document saved as HTML)
D="2044-10-11"
meeting("varde-social-og-sundhedsudvalget-2044-10-11.html",SSU,D,"16:00","Mødelokale 2, Varde Rådhus, Bytoften 2",
 ["Bente Vium","Kurt Hessellund","Lotte Birk","Morten Ravn","Mogens Tarp","Niels Ole Bak","Gitte Holst"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Demensstrategi 2045-2048","44/15502","approved"),
 it(3,"Plejecenter Solhøj i Ølgod - 12 nye pladser","44/10098","approved",prior=[(SSU,"2044-09-20",4,"discussed")]),
 it(4,"Ventetider på genoptræning","44/17721","noted",part=["Rasmus Buch"]),
 it(5,"Frivillighedspuljen 2044, 2. uddeling","44/16310","approved"),
 it(6,"Takster for madservice 2045","44/17990","postponed"),
 it(7,"Eventuelt",None,"none"),
 it(8,"Tilsynssag vedrørende privat leverandør af hjemmepleje",None,"noted",closed=True)])
act(SSU,D,2,"Ældrechefen inddrager Ældrerådet og Demensforeningen i implementeringen og giver udvalget en status i 2. kvartal 2045.",
    "Ældrechefen inddrager Ældrerådet og Demensforeningen",[("Hanne Ravnsbæk","person","Ældrechefen")],"2045-06-30",
    rng=("2045-04-01","2045-06-30"),dueText="i 2. kvartal 2045")
act(SSU,D,3,"Forvaltningen undersøger mulighederne for at leje pladserne af Ølgod Boligselskab.",
    "Forvaltningen undersøger mulighederne for at leje pladserne",[("Forvaltningen","unit")],None,source="prior-decision")
act(SSU,D,4,"Udvalget ønsker ventetiderne forelagt igen på mødet den 8. november 2044.",
    "ventetiderne forelagt igen",[],"2044-11-08","presentation")
act(SSU,D,5,"Administrationen giver ansøgerne svar inden udgangen af oktober.",
    "Administrationen giver ansøgerne svar",[("Administrationen","unit")],"2044-10-31",dueText="inden udgangen af oktober")
pp(SSU,D,6,"44/17990","2044-11-08","Sagen udsættes til udvalgets møde den 8. november 2044")
op("44/17990","Takster for madservice 2045",SSU,1,"2044-11-08")
case("44/10098","Plejecenter Solhøj i Ølgod - 12 nye pladser",[(SSU,"2044-09-20",4),(SSU,D,3)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","at demensstrategien anbefales godkendt")
opt(D,3,"Udvalget besluttede med 4 stemmer mod 3 at anbefale model B","For stemte Bente Vium","Imod stemte Kurt Hessellund")
opt(D,4,"Udvalget tog orienteringen til efterretning")

# ------------------------------------------------------------ J Kalundborg Klima- og Planudvalget (pandoc conversion of a .docx)
D="2044-11-21"
meeting("kalundborg-klima-og-planudvalget-2044-11-21.md",KPU,D,"16:00","Mødelokale 6, Kalundborg Rådhus, Holbækvej 141",
 ["Marianne Ask","Søren Damkjær","Jens Ole Winther","Camilla Holck","Preben Sand","Ulla Krarup","Rikke Bonde"],[
 it(101,"Godkendelse af dagsorden","44/36001","approved"),
 it(102,"Forslag til Kommuneplan 2045","44/20114","approved"),
 it(103,"Lokalplan 611 for erhverv ved Kalundborg Øst - endelig vedtagelse","44/24710","approved",prior=[(KPU,"2044-10-24",94,"postponed")]),
 it(104,"Spildevandsplan 2045-2056","44/29981","postponed"),
 it(105,"Medfinansiering af Naturpark Åmosen 2045-2048","44/30122","rejected"),
 it(106,"Status på klimahandleplanen","44/31550","noted",part=["Sune Ravnholt"]),
 it(107,"Meddelelser",None,"noted"),
 it(108,"Køb af ejendom til naturgenopretning ved Tissø","44/33320","approved",closed=True)])
act(KPU,D,102,"Planchefen indarbejder ændringen i forslaget inden den 9. december 2044.",
    "Planchefen indarbejder ændringen i forslaget",[("Louise Kring","person","Planchefen")],"2044-12-09")
act(KPU,D,104,"Sagen fremsendes til Kalundborg Forsyning til udtalelse og genoptages på udvalgets møde den 16. januar 2045.",
    "Sagen fremsendes til Kalundborg Forsyning til udtalelse",[("Kalundborg Forsyning","external")],None,"referral")
act(KPU,D,105,"Direktøren meddeler styregruppen for Naturpark Åmosen udvalgets beslutning inden udgangen af november.",
    "Direktøren meddeler styregruppen for Naturpark Åmosen",[("Bo Egholm","person","Direktøren")],"2044-11-30",
    dueText="inden udgangen af november")
act(KPU,D,106,"Udvalget ønsker en status på solcelleparkerne primo marts 2045.",
    "status på solcelleparkerne",[],"2045-03-10","presentation",rng=("2045-03-01","2045-03-10"),dueText="primo marts 2045")
pp(KPU,"2044-10-24",94,"44/24710",None,"Udsat","prior-decision")
pp(KPU,D,104,"44/29981","2045-01-16","genoptages på udvalgets møde den 16. januar 2045")
op("44/29981","Spildevandsplan 2045-2056",KPU,1,"2045-01-16")
case("44/24710","Lokalplan 611 for erhverv ved Kalundborg Øst - endelig vedtagelse",[(KPU,"2044-10-24",94),(KPU,D,103)])
opt(D,102,"Anbefales over for Økonomiudvalget og Byrådet, idet udvalget ønsker","anbefales vedtaget og sendt i")
opt(D,103,"Anbefales over for Økonomiudvalget og Byrådet med 6 stemmer mod 1","Mindretallet, Søren Damkjær (Ø), kan ikke anbefale","Udvalget ønsker en redegørelse for trafikken","Vejdirektoratet har godkendt den nye tilslutning")
opt(D,105,"Udvalget kan ikke anbefale medfinansieringen","Et mindretal (A) ønskede at anbefale sagen")
opt(D,106,"Orienteringen blev taget til efterretning")
opt(D,107,"Formanden orienterede om mødet med Vejdirektoratet")

# ------------------------------------------------------------ K Skanderborg Kultur- og Fritidsudvalget (intranet wiki page, markdown)
D="2044-12-05"
meeting("skanderborg-kultur-og-fritidsudvalget-2044-12-05.md",KFU,D,"17:00","Mødelokale Ry, Skanderborg Rådhus, Adelgade 44",
 ["Morten Skov","Inger Dalby","Kasper Lindvig","Hanne Juul","Peter Vognsen","Tina Lauge","Jakob Rønde"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Skanderborg Festival - ny aftale om Dyrehaven 2045-2049","20.05.00-G01-3-44","approved"),
 it(3,"Haludbygning i Hørning - prioritering","18.20.00-P20-1-44","postponed",prior=[(KFU,"2044-11-07",5,"postponed")]),
 it(4,"Tilskud til foreningslokaler - ny model","17.01.00-A00-9-44","approved"),
 it(5,"Biblioteksstrategi 2045-2048","20.03.00-P22-1-44","discussed",part=["Maja Lund Kirk"]),
 it(6,"Eventuelt",None,"decided"),
 it(7,"Kulturprisen 2044",None,"approved",closed=True)])
act(KFU,D,2,"Kulturchefen forhandler aftalens bilag om affaldshåndtering på plads med festivalen inden 1. februar 2045.",
    "Kulturchefen forhandler aftalens bilag om affaldshåndtering",[("Anne Mette Bro","person","Kulturchefen")],"2045-02-01")
act(KFU,D,3,"Fritidschefen holder et møde med foreningens bestyrelse primo januar 2045.",
    "Fritidschefen holder et møde med foreningens bestyrelse",[("Søren Eskildsen","person","Fritidschefen")],"2045-01-10",
    rng=("2045-01-01","2045-01-10"),dueText="primo januar 2045")
act(KFU,D,5,"Bibliotekschefen indarbejder udvalgets bemærkninger og fremlægger et revideret udkast på udvalgets møde den 6. marts 2045.",
    "Bibliotekschefen indarbejder udvalgets bemærkninger",[("Maja Lund Kirk","person","Bibliotekschefen")],"2045-03-06","presentation")
act(KFU,D,6,"Formanden sender et brev til Skanderborg Handel om isbanens åbningstider i uge 50.",
    "Formanden sender et brev til Skanderborg Handel",[("Morten Skov","person","Formanden")],"2044-12-18",
    rng=("2044-12-12","2044-12-18"),dueText="i uge 50")
pp(KFU,"2044-11-07",5,"18.20.00-P20-1-44",None,"Sagen udsat til næste møde","prior-decision")
pp(KFU,D,3,"18.20.00-P20-1-44",None,"Sagen udsættes igen og genoptages, når Hørning Idrætsforening har fremsendt en opdateret finansieringsplan")
op("18.20.00-P20-1-44","Haludbygning i Hørning - prioritering",KFU,2,None)
case("18.20.00-P20-1-44","Haludbygning i Hørning - prioritering",[(KFU,"2044-11-07",5),(KFU,D,3)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","At udkastet til aftale anbefales godkendt")
opt(D,4,"Godkendt med 5 stemmer mod 2","Imod stemte Inger Dalby")
opt(D,6,"Jakob Rønde spurgte til isbanen")

PEOPLE=[
 ("Stine Vad",["formand"],[]),("Ulrik Marstrand",["stedfortræder"],[]),("Henning Aaby",["Børne- og ungedirektør"],[]),
 ("Maria Lindqvist",["skolechef"],["Skolechefen"]),("Ole Bech",["dagtilbudschef"],["Dagtilbudschefen"]),("Rikke Sloth",["sagsbehandler"],[]),
 ("Tina Krag",["udvalgssekretær","referent"],[]),
 ("Inge Lind",["formand"],[]),("Sara Nørgaard",["stedfortræder"],[]),("Lise Thygesen",["direktør for Social og Sundhed"],["Direktøren"]),
 ("Bjarke Nissen",["sundhedschef"],["Sundhedschefen"]),("Anja Brodersen",["Kvalitetskonsulent"],[]),("Malene Koch",["sekretær","referent"],[]),
 ("Henrik Vorgaard",["formand"],[]),("Lars Holt Ibsen",["Direktør"],["Direktøren"]),("Jeanette Rømer",["afdelingschef for Vej og Trafik"],["Afdelingschefen"]),
 ("Søren Kaae",["natur- og miljøchef"],[]),("Kasper Holm",["Trafikplanlægger"],["Trafikplanlæggeren"]),("Lis Holmgren",["stedfortræder"],[]),
 ("Birthe Lykke",["udvalgssekretær","referent"],[]),
 ("Jens Mose",["formand"],[]),("Karsten Fog",["Teknisk direktør"],[]),("Anders Mørup",["planchef"],["Planchefen"]),
 ("Tove Ahrenkiel",["klimachef"],["Klimachefen"]),("Line Brøgger",["sekretær"],[]),
 ("Kim Blom",["formand"],["Formanden"]),("Mikael Brandt",["Kultur- og fritidschef"],["Kultur- og fritidschefen"]),("Jonna Skov",["udvalgssekretær","referent"],["JOSKO"]),
 ("Anders Krogh",["formand"],[]),("Kirsten Bay",["stedfortræder"],[]),("Lise Damgaard",["Jobcenterchef"],["Jobcenterchefen"]),
 ("Torben Lauesen",["afdelingschef for Job og Ydelse"],["Afdelingschefen"]),("Morten Kvist",["Analysechef"],[]),
 ("Pia Mølgaard Holm",["formand"],[]),("Ulla Brøndum",["Børne- og ungedirektør"],["Børne- og ungedirektøren"]),
 ("Jesper Frandsen",["skolechef"],["Skolechefen"]),("Nina Vestergaard",["Dagtilbudschef"],["Dagtilbudschefen"]),("Nete Bang",["sekretær"],[]),
 ("Bente Vium",["formand"],[]),("Mogens Tarp",["stedfortræder"],[]),("Kim Aggerholm",["Direktør for Social og Sundhed"],[]),
 ("Hanne Ravnsbæk",["ældrechef"],["Ældrechefen"]),("Rasmus Buch",["Leder af Genoptræningen"],[]),("Pernille Søby",["sekretær","referent"],["PESO"]),
 ("Marianne Ask",["formand"],[]),("Rikke Bonde",["stedfortræder"],[]),("Bo Egholm",["direktør for Teknik og Miljø"],["Direktøren"]),
 ("Louise Kring",["planchef"],["Planchefen"]),("Sune Ravnholt",["Klimakoordinator"],[]),("Ditte Lund",["sekretær"],[]),
 ("Morten Skov",["formand"],["Formanden"]),("Kasper Lindvig",["stedfortræder"],[]),("Anne Mette Bro",["kulturchef"],["Kulturchefen"]),
 ("Søren Eskildsen",["fritidschef"],["Fritidschefen"]),("Maja Lund Kirk",["bibliotekschef"],["Bibliotekschefen"]),("Camilla Juhl",["sekretær","referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b41-{i:03d}"
gold=dict(version=1,asOf="2044-12-31",corpusEnd="2044-12-05",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
