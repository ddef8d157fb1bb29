#!/usr/bin/env python3
"""Generates ../gold.json for blind29 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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
ØU="Økonomiudvalget"; RR="Regionsrådet"; FU="Forretningsudvalget"; MAG="Magistraten"

# ------------------------------------------------------------ A København Teknik- og Miljøudvalget (kk.dk page saved as HTML)
TMU="Teknik- og Miljøudvalget"; D="2032-06-14"
meeting("koebenhavn-teknik-og-miljoeudvalget-2032-06-14.html",TMU,D,"15:15","Københavns Rådhus, Udvalgsværelse 1 (1.08)",
 ["Karen Mølgaard","Ida Skovbjerg","Tobias Hjort","Omar Khalil","Anders Klitgaard","Troels Ravn","Lasse Bindslev",
  "Peter Westh","Rikke Tofte","Emil Brahe"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Renovering af Knippelsbro - anlægsbevilling","2032-0038822","referred"),
 it(3,"Parkeringsstrategi for Indre By","2032-0029381","postponed"),
 it(4,"Medlemsforslag om gratis parkering for håndværkere","2032-0044090","rejected"),
 it(5,"Høringssvar om Vejdirektoratets VVM-redegørelse for Østlig Ringvej","2032-0040756","approved"),
 it(6,'Forslag til lokalplan "Valby Maskinfabrik"',"2031-0087110","approved",prior=[(TMU,"2032-05-03",None,"postponed")]),
 it(7,"Orientering om vintertjenesten 2031/32","2032-0036604","noted",part=["Nikolaj Brandt"]),
 it(8,"Ekspropriation til cykelsti langs Bispebjerg Parkallé","2032-0035519","approved",closed=True)])
act(TMU,D,2,"Sagen oversendes til Økonomiudvalget med henblik på finansiering i overførselssagen.",
    "Sagen oversendes til Økonomiudvalget",[(ØU,"body")],None,"referral")
act(TMU,D,3,"Teknik- og miljøborgmesteren inviterer Dansk Erhverv og Indre By Lokaludvalg til et dialogmøde, inden sagen genoptages.",
    "inviterer Dansk Erhverv og Indre By Lokaludvalg til et dialogmøde",[("Karen Mølgaard","person","Teknik- og miljøborgmesteren")],None)
act(TMU,D,5,"Forvaltningen sender høringssvaret til Vejdirektoratet senest den 1. juli 2032.",
    "Forvaltningen sender høringssvaret til Vejdirektoratet",[("Forvaltningen","unit")],"2032-07-01")
act(TMU,D,7,"Udvalget bad forvaltningen om at vende tilbage med en status på saltforbruget og alternative tømidler primo oktober.",
    "vende tilbage med en status på saltforbruget",[("Forvaltningen","unit","forvaltningen")],"2032-10-10","presentation",
    rng=("2032-10-01","2032-10-10"))
pp(TMU,"2032-05-03",None,"2031-0087110",None,"Sagen blev udsat","prior-decision")
pp(TMU,D,3,"2032-0029381","2032-08-23","Sagen udsættes til udvalgets møde den 23. august 2032")
op("2032-0029381","Parkeringsstrategi for Indre By",TMU,1,"2032-08-23")
case("2031-0087110",'Forslag til lokalplan "Valby Maskinfabrik"',[(TMU,"2032-05-03",None),(TMU,D,6)])
opt(D,2,"Udvalget kunne ikke anvise finansiering inden for egen ramme","at udvalget over for Økonomiudvalget og Borgerrepræsentationen anbefaler")
opt(D,4,"Medlemsforslaget blev forkastet","Der blev begæret afstemning")
opt(D,5,"Indstillingen blev godkendt uden afstemning med den tilføjelse","at udvalget godkender forvaltningens udkast")
opt(D,6,"Forvaltningen har siden undersøgt muligheden","Indstillingen blev godkendt uden afstemning")
opt(D,7,"Orienteringen blev taget til efterretning","at udvalget tager orienteringen til efterretning")

# ------------------------------------------------------------ B København Borgerrepræsentationen (beslutningsprotokol, pdftotext -layout)
BR="Borgerrepræsentationen"; D="2032-08-26"
BRM=["Camilla Thorsø","Laila Mahmoud","Rune Kloster","Birthe Vognsen","Tobias Hjort","Ida Skovbjerg","Omar Khalil",
 "Signe Brask","Finn Lauesen","Maria Hedegaard","Kristoffer Dam","Kasper Lindqvist",                      # A 12 (Lindqvist for Bjerregaard)
 "Anders Klitgaard","Yasmin Farah","Mikael Borup","Tine Ahrenkiel","Jakob Frisk","Nanna Leth","Troels Ravn",
 "Hanna Wendt","Ulrik Stenbæk","Rosa Holmgaard",                                                           # Ø 10 (Holmgaard for Frydendahl)
 "Jonas Wiborg","Karen Mølgaard","Lasse Bindslev","Zeynep Aydin","Mads Overgaard","Julie Kragelund","Thomas Hesselberg",
 "Eva Dreyer","Simon Ahlefeldt",                                                                           # F 9
 "Nikolaj Ry","Charlotte Bagge","Peter Westh","Louise Holck","Morten Skaarup","Annika Bruhn",               # V 6
 "Frederik Rosenstand","Cecilie Buch","Oliver Graae","Helene Tvede","Christian Lerche","Anne Sofie Vinding", # C 6 (Kjeldsen away)
 "Mathias Lund-Hansen","Rikke Tofte","Asger Møllerup","Katrine Vad",                                        # B 4
 "Sebastian Hviid","Line Ørsted","Emil Brahe","Victor Kaas","Josefine Bille","Bent Overby","Pia Hammershøj"]
assert len(BRM)==54 and len(set(BRM))==54
meeting("koebenhavn-borgerrepraesentationen-2032-08-26.txt",BR,D,"17:30","Borgerrepræsentationens mødesal, Københavns Rådhus",BRM,[
 it(1,"Valg af medlem til Teknik- og Miljøudvalget","2032-0061203","approved"),
 it(2,"Renovering af Knippelsbro - anlægsbevilling","2032-0038822","approved",prior=[(ØU,"2032-08-16",None,"approved")]),
 it(3,"Medlemsforslag om flere lærepladser i kommunens egne institutioner","2032-0059944","referred"),
 it(4,"Indkøbs- og udbudspolitik 2033-2036","2032-0047210","approved"),
 it(5,"Rengøring på skoler og institutioner - hjemtagelse","2032-0050127","postponed"),
 it(6,"Forespørgselsdebat om trygheden på Nørrebro","2032-0062540","discussed"),
 it(7,"Salg af ejendommen Bispebjerg Bakke 14","2032-0052218","approved",closed=True)])
act(BR,D,2,"Teknik- og Miljøforvaltningen forelægger en plan for trafikafviklingen i byggeperioden for Teknik- og Miljøudvalget i uge 40.",
    "forelægger en plan for trafikafviklingen i byggeperioden",[("Teknik- og Miljøforvaltningen","unit")],"2032-10-03","presentation",
    rng=("2032-09-27","2032-10-03"))
act(BR,D,3,"Forslaget oversendes til Beskæftigelses- og Integrationsudvalget.",
    "Forslaget oversendes til Beskæftigelses- og Integrationsudvalget",[("Beskæftigelses- og Integrationsudvalget","body")],None,"referral")
act(BR,D,4,"Økonomiforvaltningen afrapporterer på politikkens mål om lokale leverandører til Økonomiudvalget inden udgangen af 1. kvartal 2033.",
    "Økonomiforvaltningen afrapporterer på politikkens mål",[("Økonomiforvaltningen","unit")],"2033-03-31","presentation")
act(BR,D,6,"Overborgmesteren tager initiativ til et møde med Københavns Politi og Bydelsmødrene om trygheden på Nørrebro inden udgangen af september.",
    "tager initiativ til et møde med Københavns Politi",[("Camilla Thorsø","person","Overborgmesteren")],"2032-09-30")
pp(BR,D,5,"2032-0050127","2032-09-09","Sagen udsættes til Borgerrepræsentationens møde den 9. september 2032")
op("2032-0050127","Rengøring på skoler og institutioner - hjemtagelse",BR,1,"2032-09-09")
case("2032-0038822","Renovering af Knippelsbro - anlægsbevilling",[(TMU,"2032-06-14",2),(ØU,"2032-08-16",None),(BR,D,2)])
opt(D,1,"Indstillingen blev godkendt uden afstemning","Økonomiforvaltningen indstiller")
opt(D,2,"Indstillingen blev godkendt","Indstillingen blev anbefalet uden afstemning",
    "Teknik- og Miljøudvalget behandlede sagen den 14. juni 2032 og oversendte den til Økonomiudvalget","Der blev begæret afstemning")
opt(D,3,"Borgerrepræsentationen pålægger Beskæftigelses- og Integrationsudvalget at udarbejde en plan",
    "Der var enighed om, at forslaget ikke skulle sættes til afstemning")
opt(D,5,"Efter anmodning fra Det Konservative Folkeparti blev sagen udsat","Børne- og Ungdomsudvalget indstiller")
opt(D,6,"Overborgmesteren besvarede forespørgslen","Debatten blev afsluttet")

# ------------------------------------------------------------ C Aarhus Magistraten (beslutningsprotokol, pdftotext without -layout)
D="2032-01-26"
meeting("aarhus-magistraten-2032-01-26.txt",MAG,D,"10:00","Magistratens mødelokale, Aarhus Rådhus",
 ["Jakob Ravnsborg","Line Kjærsgaard","Peter Hauge","Mette Bloch Lund","Søren Tolstrup"],[
 it(1,"Godkendelse af dagsorden","32/000219","approved"),
 it(2,"Meddelelser fra borgmesteren","32/000220","noted"),
 it(3,"Ny parkeringsnorm for Aarhus Ø","31/061842","approved",prior=[(MAG,"2032-01-12",None,"postponed")]),
 it(4,"Udbud af kollektiv trafik - rute 2A og 3A","32/001377","postponed"),
 it(5,"Handleplan for hjemløse 2032-2035","31/058810","approved"),
 it(6,"Henvendelse fra Aarhus Festuge om underskudsgaranti","32/000981","rejected"),
 it(7,"Direktørstilling i Børn og Unge","32/001102","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(MAG,D,2,"Borgmesterens Afdeling udsender et notat om status til byrådets medlemmer i uge 6.",
    "Borgmesterens Afdeling udsender et notat om status",[("Borgmesterens Afdeling","unit")],"2032-02-08",rng=("2032-02-02","2032-02-08"))
act(MAG,D,3,"Teknik og Miljø udarbejder et supplerende notat om konsekvenserne for de almene boligorganisationer.",
    "Teknik og Miljø udarbejder et supplerende notat",[("Teknik og Miljø","unit")],None,source="prior-decision")
act(MAG,D,4,"Rådmanden for Teknik og Miljø drøfter finansieringen af elbusserne med Midttrafik inden næste møde.",
    "drøfter finansieringen af elbusserne med Midttrafik",[("Søren Tolstrup","person","Rådmanden for Teknik og Miljø")],"2032-02-09")
act(MAG,D,5,"Sociale Forhold og Beskæftigelse fremlægger en midtvejsstatus for Socialudvalget primo marts 2033.",
    "Sociale Forhold og Beskæftigelse fremlægger en midtvejsstatus",[("Sociale Forhold og Beskæftigelse","unit")],"2033-03-10",
    "presentation",rng=("2033-03-01","2033-03-10"))
pp(MAG,"2032-01-12",None,"31/061842",None,"Udsat","prior-decision")
pp(MAG,D,4,"32/001377","2032-02-09","Sagen udsættes til næste møde")
op("32/001377","Udbud af kollektiv trafik - rute 2A og 3A",MAG,1,"2032-02-09")
case("31/061842","Ny parkeringsnorm for Aarhus Ø",[(MAG,"2032-01-12",None),(MAG,D,3)])
opt(D,2,"Borgmesteren orienterede om forhandlingerne","Magistraten tog orienteringen til efterretning")
opt(D,3,"Indstillingen blev tiltrådt og oversendes til Byrådet","tog forbehold for finansieringen af mobilitetshuset",
    "Teknik og Miljø indstiller")
opt(D,4,"Midttrafik skal have kommunens beslutning","Teknik og Miljø indstiller")
opt(D,5,"Indstillingen blev tiltrådt med den ændring","Sociale Forhold og Beskæftigelse indstiller")
opt(D,6,"Magistraten kunne ikke imødekomme henvendelsen","stemte for at yde garantien")

# ------------------------------------------------------------ D Region Hovedstaden Regionsrådet (agenda site saved as HTML)
D="2032-02-10"
RHM=["Lars Gammelgaard","Dorthe Krebs","Henrik Aabo","Mette Vestergård Riis","Kenneth Birk","Susanne Wiberg","Jan Thorhauge",
 "Lone Pilgaard","Bilal Aziz","Gitte Skovlund","Michael Rye",
 "Birgitte Frejlev","Anette Holmsgaard","Christian Brøns","Hanne Lerche Bak","Jesper Sommer","Marianne Busk",
 "Martin Gravesen","Ulla Krag","Jens Ole Bech","Søs Halkier","Niels Ebdrup","Trine Valbjørn","Carl Emil Moltke",
 "Vibeke Storgaard","Kim Lundsgaard","Amira Salah","Rasmus Bech Holst","Ditte Aagaard",
 "Thomas Sandvad","Nina Rahbek","Sofie Rosenkrantz","Lise Hedelund","Peter Kølby","Anne Marie Falk",
 "Kristian Gylling","Eva Ravnkilde","Mathias Borch","Laura Dyhr","Erling Vad"]
assert len(RHM)==40 and len(set(RHM))==40
meeting("region-hovedstaden-regionsraadet-2032-02-10.html",RR,D,"17:00","Regionsgården, Kongens Vænge 2, 3400 Hillerød, mødesal 1",RHM,[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser fra regionsrådsformanden","32000118","noted"),
 it(3,"Udbygning af akutmodtagelsen på Herlev Hospital - projektforslag","31009871","approved",prior=[(FU,"2032-01-27",None,"approved")]),
 it(4,"Medlemsforslag fra Enhedslisten om gratis tandpleje til unge op til 25 år","32001027","referred"),
 it(5,"Trafikbestilling 2033 - regionale busruter","32000412","postponed"),
 it(6,"Salg af del af Gentofte Hospitals matrikel","31011450","approved",closed=True),
 it(7,"Medlemsforslag fra Liberal Alliance om udlicitering af planlagte operationer","32001140","rejected"),
 it(8,"Sundhedsaftale 2032-2035 med kommunerne i Region Hovedstaden","31010233","approved")])
act(RR,D,3,"Administrationen forelægger en revideret tidsplan for ibrugtagningen for regionsrådet inden udgangen af 2. kvartal 2032.",
    "Administrationen forelægger en revideret tidsplan",[("Administrationen","unit")],"2032-06-30","presentation")
act(RR,D,4,"Forslaget fremsendes til Sundhedsudvalget med henblik på en samlet vurdering af økonomien.",
    "Forslaget fremsendes til Sundhedsudvalget",[("Sundhedsudvalget","body")],None,"referral")
act(RR,D,5,"Regionsrådsformanden retter henvendelse til transportministeren om statens medfinansiering inden regionsrådets møde den 16. marts 2032.",
    "retter henvendelse til transportministeren",[("Lars Gammelgaard","person","Regionsrådsformanden")],"2032-03-16")
act(RR,D,8,"Koncerndirektør Pia Falkenberg orienterer regionsrådet om implementeringen på mødet i september.",
    "Pia Falkenberg orienterer regionsrådet om implementeringen",[("Pia Falkenberg","person")],"2032-09-30","presentation",
    rng=("2032-09-01","2032-09-30"))
pp(RR,D,5,"32000412",None,"Sagen blev udsat, indtil Movias budgetforslag for 2033 foreligger")
op("32000412","Trafikbestilling 2033 - regionale busruter",RR,1,None)
case("31009871","Udbygning af akutmodtagelsen på Herlev Hospital - projektforslag",[(FU,"2032-01-27",None),(RR,D,3)])
opt(D,2,"Regionsrådsformanden orienterede om status")
opt(D,3,"Indstillingen blev godkendt med 34 stemmer mod 6","Anbefalet","at projektforslaget for udbygning")
opt(D,4,"har stillet forslag om, at regionen afsætter midler")
opt(D,7,"Forslaget blev forkastet med 2 stemmer mod 38")

# ------------------------------------------------------------ E Region Midtjylland Regionsrådet (old table site, windows-1252)
D="2032-04-28"
RMM=["Jesper Brandt Holm","Karin Juel Nørgaard","Ole Bank Friis","Helle Sejersen","Bo Kjærulff","Lise Damgaard","Torben Iversen",
 "Hanne Skytte","Jamal Hussein","Mona Ellegaard","Rune Boesen","Tina Kaas Juhl",
 "Kasper Hvidkjær","Marianne Riis Lund","Dorte Hyllested","Lars Krarup","Bente Aalund","Søren Vesterby","Anne Grethe Wiese",
 "Jens Bach Kristiansen","Camilla Tind","Morten Højer","Kirsten Ladefoged","Palle Nymand","Sara Vestbjerg",
 "Pernille Bang","Mikkel Stavnsbjerg","Kurt Ravnholt","Asbjørn Lykke","Ronja Møller",
 "Nikolaj Grue","Anja Kloppenborg","Frej Sandholt","Ellen Tarp","Gustav Hedegaard","Per Hjelmager",
 "Ida Winther","Malthe Kjeldgaard","Louise Staal","Bjarke Hald"]
assert len(RMM)==40 and len(set(RMM))==40
meeting("region-midtjylland-regionsraadet-2032-04-28.html",RR,D,"10:00","Regionshuset Viborg, Skottenborg 26, 8800 Viborg, mødesal 1",RMM,[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Budgetrevision pr. 31. marts 2032","1-30-72-12-32","approved",prior=[(FU,"2032-04-20",4,"approved")]),
 it(3,"Hospitalsenheden Vest – fødeafsnittet i Holstebro","1-31-72-44-31","approved"),
 it(4,"Forundersøgelse af letbane mellem Aarhus H og Brabrand","1-15-4-22-31","postponed"),
 it(5,"Forslag fra Dansk Folkeparti om gratis parkering ved hospitalerne","1-01-8-3-32","rejected"),
 it(6,"Udkast til trafikplan for de regionale busruter 2033-2036","1-15-0-19-32","referred"),
 it(7,"Eventuelt",None,"none"),
 it(8,"Køb af ejendom ved Regionshospitalet Gødstrup","1-36-4-7-32","approved",closed=True)])
act(RR,D,3,"Regionsdirektøren udarbejder en plan for transport af fødende fra Nordvestjylland inden udgangen af 3. kvartal 2032.",
    "udarbejder en plan for transport af fødende",[("Mette Lauritsen","person","Regionsdirektøren")],"2032-09-30")
act(RR,D,4,"Administrationen indhenter Aarhus Kommunes bemærkninger til finansieringsmodellen inden 15. maj 2032.",
    "Administrationen indhenter Aarhus Kommunes bemærkninger",[("Administrationen","unit")],"2032-05-15")
act(RR,D,6,"Sagen oversendes til Udvalg for Regional Udvikling, som bedes inddrage kommunerne i Kontaktudvalget, inden regionsrådet tager stilling.",
    "Sagen oversendes til Udvalg for Regional Udvikling",[("Udvalg for Regional Udvikling","body")],None,"referral")
pp(RR,D,4,"1-15-4-22-31","2032-05-26","Sagen udsættes til regionsrådets møde den 26. maj 2032")
op("1-15-4-22-31","Forundersøgelse af letbane mellem Aarhus H og Brabrand",RR,1,"2032-05-26")
case("1-30-72-12-32","Budgetrevision pr. 31. marts 2032",[(FU,"2032-04-20",4),(RR,D,2)])
opt(D,2,"Indstillingen blev tiltrådt","Anbefalet","Administrationen foreslår, at budgetrevisionen godkendes")
opt(D,3,"Indstillingen blev godkendt med 27 stemmer mod 13","ønskede deres stemmeafgivning protokolleret")
opt(D,5,"Forslaget blev ikke vedtaget")

# ------------------------------------------------------------ F Aalborg Magistraten (intranet wiki page, Markdown)
D="2032-04-19"
meeting("aalborg-magistraten-2032-04-19.md",MAG,D,"09:00","Magistratssalen, Aalborg Rådhus, Gammeltorv 2",
 ["Thomas Kjærbye","Lene Vadstrup","Kristian Bøgh","Hanne Dalsgaard","Mikkel Egebjerg","Jens Rask Vinther","Sidsel Brun",
  "Poul Haubro","Maja Thim","Randi Kold"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Skolestruktur i Aalborg Øst","2031-118204","approved"),
 it(3,"Erhvervsstrategi 2032-2036","2032-004518","postponed"),
 it(4,"Ældreboliger i Nørresundby - skema A","2031-097733","approved",prior=[("Ældre- og Handicapudvalget","2032-04-07",6,"approved")]),
 it(5,"Henvendelse fra Aalborg Zoo om anlægstilskud til ny savanne","2032-006102","referred"),
 it(6,"Status på klimaplan 2030","2031-120988","noted"),
 it(7,"Personalesag - Skoleforvaltningen","2032-005930","noted",closed=True),
 it(8,"Eventuelt",None,"none")])
act(MAG,D,2,"Skoleforvaltningen holder dialogmøder med skolebestyrelserne og forældrerådene i uge 19.",
    "Skoleforvaltningen holder dialogmøder med skolebestyrelserne",[("Skoleforvaltningen","unit")],"2032-05-09",rng=("2032-05-03","2032-05-09"))
act(MAG,D,3,"Borgmesteren og rådmanden for By og Land drøfter placeringen af de havnenære erhvervsarealer med Aalborg Havn inden næste behandling.",
    "drøfter placeringen af de havnenære erhvervsarealer",
    [("Thomas Kjærbye","person","Borgmesteren"),("Jens Rask Vinther","person","rådmanden for By og Land")],"2032-05-10")
act(MAG,D,5,"Henvendelsen sendes videre til Sundheds- og Kulturudvalget til udtalelse.",
    "Henvendelsen sendes videre til Sundheds- og Kulturudvalget",[("Sundheds- og Kulturudvalget","body")],None,"referral")
act(MAG,D,6,"Miljø- og Energiforvaltningen fremlægger en opdateret CO2-opgørelse ultimo juni.",
    "Miljø- og Energiforvaltningen fremlægger en opdateret CO2-opgørelse",[("Miljø- og Energiforvaltningen","unit")],"2032-06-30",
    "presentation",rng=("2032-06-21","2032-06-30"))
pp(MAG,D,3,"2032-004518","2032-05-10","Punktet udsættes til Magistratens møde den 10. maj 2032")
op("2032-004518","Erhvervsstrategi 2032-2036",MAG,1,"2032-05-10")
case("2031-097733","Ældreboliger i Nørresundby - skema A",[("Ældre- og Handicapudvalget","2032-04-07",6),(MAG,D,4)])
opt(D,2,"Anbefales over for Byrådet","kunne ikke anbefale indstillingen","Skoleforvaltningen indstiller")
opt(D,4,"Anbefales over for Byrådet","Anbefalet")
opt(D,6,"Taget til efterretning")

# ------------------------------------------------------------ G Randers Miljø- og Teknikudvalget (First Agenda-like PDF, -layout)
MTU="Miljø- og Teknikudvalget"; D="2032-03-15"
meeting("randers-miljoe-og-teknikudvalget-2032-03-15.txt",MTU,D,"15:30","Udvalgsværelse 2, Rådhuset, Laksetorvet 1, Randers",
 ["Mogens Nyhus","Britt Holmstrup","Carsten Lykkegaard","Inge Vestbo","Hans Ejner Brix","Lotte Hammel"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-14-32","approved"),
 it(2,"Vejplan 2032-2036","05.01.00-P15-3-31","approved"),
 it(3,"Klimatilpasning i Randers Midtby - skybrudsprojekt ved Storegade","13.03.00-G01-6-31","approved",prior=[(MTU,"2032-02-16",None,"postponed")]),
 it(4,"Ansøgning om landzonetilladelse til solcelleanlæg ved Assentoft","01.03.03-P19-44-31","rejected"),
 it(5,"Takster for affald 2032 - regulering","07.00.00-S55-2-32","postponed"),
 it(6,"Henvendelse fra Dronningborg Borgerforening om trafiksikkerhed","05.13.00-G01-8-32","referred"),
 it(7,"Ekspropriation af areal til Nordre Ringvej","05.01.10-P20-1-32","approved",closed=True),
 it(8,"Meddelelser","00.01.00-A00-15-32","noted")])
act(MTU,D,2,"Direktøren for Miljø og Teknik sender vejplanen i høring hos vejlaugene inden udgangen af april.",
    "sender vejplanen i høring hos vejlaugene",[("Søren Aakjær","person","Direktøren for Miljø og Teknik")],"2032-04-30")
act(MTU,D,3,"Forvaltningen beregner konsekvenserne for fjernvarmeledningerne.",
    "Forvaltningen beregner konsekvenserne for fjernvarmeledningerne",[("Forvaltningen","unit")],None,source="prior-decision")
act(MTU,D,5,"Forvaltningen fremlægger sagen igen på udvalgets møde i maj.",
    "Forvaltningen fremlægger sagen igen",[("Forvaltningen","unit")],"2032-05-31","presentation",rng=("2032-05-01","2032-05-31"))
act(MTU,D,6,"Henvendelsen fremsendes til Færdselssikkerhedsudvalget med henblik på en udtalelse.",
    "Henvendelsen fremsendes til Færdselssikkerhedsudvalget",[("Færdselssikkerhedsudvalget","body")],None,"referral")
pp(MTU,"2032-02-16",None,"13.03.00-G01-6-31",None,"Sagen udsættes","prior-decision")
pp(MTU,D,5,"07.00.00-S55-2-32",None,"Sagen udsættes, indtil Randers Forsynings bestyrelse har behandlet takstforslaget")
op("07.00.00-S55-2-32","Takster for affald 2032 - regulering",MTU,1,None)
case("13.03.00-G01-6-31","Klimatilpasning i Randers Midtby - skybrudsprojekt ved Storegade",[(MTU,"2032-02-16",None),(MTU,D,3)])
opt(D,2,"Godkendt med 4 stemmer","Direktøren for Miljø og Teknik indstiller","at vejplanen godkendes")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet","Forvaltningen har efterfølgende beregnet en merudgift",
    "Direktøren for Miljø og Teknik indstiller")
opt(D,4,"Udvalget meddeler afslag på landzonetilladelse")
opt(D,8,"Formanden orienterede om KL's Teknik- og Miljøtopmøde","Til orientering")

# ------------------------------------------------------------ H Region Sjælland Forretningsudvalget (Word/SBSYS PDF, pdftotext, CRLF)
D="2032-05-18"
meeting("region-sjaelland-forretningsudvalget-2032-05-18.txt",FU,D,"13:00","Regionshuset, Alléen 15, 4180 Sorø, mødelokale 1",
 ["Birgit Holmenlund","Jens Ravnborg","Kirsten Abildtrup","Flemming Hald","Nadia Sørup","Claus Tønnesen","Marianne Svejstrup",
  "Per Nørgaard Hansen","Lise Bøgelund","Asger Kanstrup","Dorthe Lindvig","Janne Rytter"],[
 it(1,"Godkendelse af dagsorden","32-000104","approved"),
 it(2,"Økonomirapport 1 2032","32-003318","approved"),
 it(3,"Nyt psykiatrisk sengeafsnit i Vordingborg - anlægsbevilling","31-019877","approved",
    prior=[("Psykiatri- og Socialudvalget","2032-05-04",None,"approved")]),
 it(4,"Ansøgning fra Sorø Kommune om medfinansiering af sundhedshus","32-002961","rejected"),
 it(5,"Udbud af siddende patientbefordring","31-022410","postponed"),
 it(6,"Medlemsforslag fra Enhedslisten om hjemtagelse af rengøringen på Holbæk Sygehus","32-003507","referred"),
 it(7,"Forlængelse af lejekontrakt","32-001876","approved",closed=True),
 it(8,"Eventuelt","32-000105","decided")])
act(FU,D,2,"Administrationen udarbejder forslag til håndtering af merforbruget på medicin til budgetseminaret den 15. juni 2032.",
    "Administrationen udarbejder forslag til håndtering af merforbruget",[("Administrationen","unit")],"2032-06-15")
act(FU,D,5,"Koncerndirektøren indhenter en juridisk vurdering af udbudsmaterialet inden mødet den 8. juni 2032.",
    "indhenter en juridisk vurdering af udbudsmaterialet",[("Rasmus Wendelboe","person","Koncerndirektøren")],"2032-06-08")
act(FU,D,6,"Sagen oversendes til Sundhedsudvalget, som bedes komme med en vurdering inden sommerferien.",
    "Sagen oversendes til Sundhedsudvalget",[("Sundhedsudvalget","body")],None,"referral")
act(FU,D,8,"Administrationen sender et notat til udvalgets medlemmer i uge 23.",
    "Administrationen sender et notat til udvalgets medlemmer",[("Administrationen","unit")],"2032-06-06",rng=("2032-05-31","2032-06-06"))
pp(FU,D,5,"31-022410","2032-06-08","Sagen udsættes til forretningsudvalgets møde den 8. juni 2032")
op("31-022410","Udbud af siddende patientbefordring",FU,1,"2032-06-08")
case("31-019877","Nyt psykiatrisk sengeafsnit i Vordingborg - anlægsbevilling",[("Psykiatri- og Socialudvalget","2032-05-04",None),(FU,D,3)])
opt(D,2,"Anbefales over for regionsrådet","Administrationen indstiller")
opt(D,3,"Anbefales over for regionsrådet med 10 stemmer mod 2","Anbefales","Administrationen indstiller")
opt(D,4,"Forretningsudvalget kan ikke imødekomme ansøgningen")
opt(D,5,"erklærede sig inhabil")
opt(D,8,"Jens Ravnborg bad om en orientering")

# ------------------------------------------------------------ I Region Nordjylland Sundhedsudvalget (eDoc-like PDF, -layout, label column)
SU="Sundhedsudvalget"; D="2032-09-07"
meeting("region-nordjylland-sundhedsudvalget-2032-09-07.txt",SU,D,"14:00","Niels Bohrs Vej 30, 9220 Aalborg Øst, mødelokale 1.12",
 ["Ulla Kirkeby","Bent Vorgod","Ane Kragh Hansen","Søren Thyregod","Mette Lykke Rask","Jørn Badstue","Lars Emil Nørby","Karen Bundgaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Ventetider i kræftpakkerne - status","2032-009921","noted",part=["Mads Hvidberg"]),
 it(3,"Akutklinikken i Thisted - udvidede åbningstider","2032-010233","approved",prior=[(SU,"2032-08-10",6,"postponed")]),
 it(4,"Praksisplan for almen praksis 2033-2036 - høringsudkast","2032-008457","postponed"),
 it(5,"Henvendelse fra Hjørring Kommune om fælles sundhedshus i Sindal","2032-011870","referred"),
 it(6,"Forslag fra Lars Emil Nørby (Ø) om flere jordemødre på Aalborg Universitetshospital","2032-011902","rejected"),
 it(7,"Klagesag",None,"noted",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(SU,D,2,"Sundhedsdirektøren fremlægger en handleplan for overholdelse af forløbstiderne på udvalgets møde den 2. november 2032.",
    "fremlægger en handleplan for overholdelse af forløbstiderne",[("Lone Bisgaard","person","Sundhedsdirektøren")],"2032-11-02","presentation")
act(SU,D,4,"Administrationen samler kommunernes bemærkninger til næste møde.",
    "Administrationen samler kommunernes bemærkninger",[("Administrationen","unit")],"2032-10-04")
act(SU,D,5,"Henvendelsen sendes videre til Forretningsudvalget, da sagen vedrører regionens anlægsbudget.",
    "Henvendelsen sendes videre til Forretningsudvalget",[(FU,"body")],None,"referral")
act(SU,D,8,"Formanden og Bent Vorgod deltager i Danske Regioners sundhedskonference og giver et referat på næste møde.",
    "giver et referat på næste møde",[("Ulla Kirkeby","person","Formanden"),("Bent Vorgod","person")],"2032-10-04","presentation")
pp(SU,"2032-08-10",6,"2032-010233",None,"Sagen udsat til næste møde","prior-decision")
pp(SU,D,4,"2032-008457","2032-10-04","Udsat til næste møde")
op("2032-008457","Praksisplan for almen praksis 2033-2036 - høringsudkast",SU,1,"2032-10-04")
case("2032-010233","Akutklinikken i Thisted - udvidede åbningstider",[(SU,"2032-08-10",6),(SU,D,3)])
opt(D,2,"Taget til efterretning","Administrationen indstiller, at orienteringen tages til efterretning")
opt(D,3,"Karen Bundgaard (O) stemte imod")
opt(D,6,"Forslaget blev ikke imødekommet")

# ------------------------------------------------------------ J Horsens Børne- og Uddannelsesudvalget (Outlook e-mail saved as text, windows-1252)
BUU="Børne- og Uddannelsesudvalget"; D="2032-10-05"
meeting("horsens-boerne-og-uddannelsesudvalget-2032-10-05.txt",BUU,D,"16:00","Mødelokale B, Horsens Rådhus, Rådhustorvet 4",
 ["Ole Mølgaard","Camilla Fisker","Peder Juhl","Mads Kvorning","Hanne Sønderby","Leon Aagaard","Bjørn Skovgaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Ny skole i Stensballe – placering","32/09876","approved",prior=[(BUU,"2032-08-31",None,"postponed")]),
 it(3,"Budgetopfølgning pr. 31. august 2032","32/12207","noted"),
 it(4,"Ansøgning fra Lundskolen om ekstra lejrskoletilskud","32/13390","rejected"),
 it(5,"Handleplan mod ufrivilligt skolefravær","32/11034","postponed"),
 it(6,"Henvendelse fra forældrerådet i Specialcenter Horsens","32/14553","referred"),
 it(7,"Personalesag",None,"approved",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(BUU,D,2,"Forvaltningen undersøger trafikforholdene ved begge grunde.",
    "Forvaltningen undersøger trafikforholdene",[("Forvaltningen","unit")],None,source="prior-decision")
act(BUU,D,5,"Skolechefen inviterer skolebestyrelsesformændene til et dialogmøde inden udgangen af oktober.",
    "inviterer skolebestyrelsesformændene til et dialogmøde",[("Rikke Dam","person","Skolechefen")],"2032-10-31")
act(BUU,D,6,"Henvendelsen oversendes til Handicaprådet til udtalelse.",
    "Henvendelsen oversendes til Handicaprådet",[("Handicaprådet","body")],None,"referral")
act(BUU,D,8,"Formanden sender udvalgets ønsker til budgetforhandlingerne til borgmesteren senest fredag i uge 41.",
    "sender udvalgets ønsker til budgetforhandlingerne",[("Ole Mølgaard","person","Formanden")],"2032-10-08")
pp(BUU,"2032-08-31",None,"32/09876",None,"Udsat","prior-decision")
pp(BUU,D,5,"32/11034","2032-11-02","Sagen udsættes til udvalgets møde den 2. november 2032")
op("32/11034","Handleplan mod ufrivilligt skolefravær",BUU,1,"2032-11-02")
case("32/09876","Ny skole i Stensballe – placering",[(BUU,"2032-08-31",None),(BUU,D,2)])
opt(D,2,"Udvalget anbefaler over for Økonomiudvalget og Byrådet","stemte imod")
opt(D,3,"Taget til efterretning")
opt(D,4,"Ansøgningen blev afvist")

# ------------------------------------------------------------ K Vejle Økonomiudvalget (Acadre-like PDF, pdftotext without -layout)
D="2032-11-23"
meeting("vejle-oekonomiudvalget-2032-11-23.txt",ØU,D,"15:00","Mødelokale 1, Vejle Rådhus, Skolegade 1",
 ["Mikael Sønderskov","Trine Kjærgaard","Kaj Refslund","Anette Bro","Henrik Vinding","Pia Gejl","Signe Aalykke","Jens Bjerre"],[
 it(310,"Godkendelse af dagsorden","00.22.04-A00-41-32","approved"),
 it(311,"Budgetopfølgning 3 - 2032","00.30.10-S55-3-32","noted"),
 it(312,"Salg af storparceller i Bredballe Strand","02.34.02-G01-12-31","approved",prior=[(ØU,"2032-10-26",None,"postponed")]),
 it(313,"Anlægsbevilling til Vejle Fjordbad","04.02.00-G01-3-32","postponed"),
 it(314,"Medlemsforslag fra Jens Bjerre (Ø) om gratis bybusser for unge under 18 år","13.05.00-A00-2-32","rejected"),
 it(315,"Ansøgning om kommunegaranti til Vejle Boldklubs træningscenter","00.32.20-Ø60-5-32","referred"),
 it(316,"Køb af ejendom i Jelling","02.34.01-G01-4-32","approved",closed=True),
 it(317,"Orientering fra borgmesteren","00.22.04-A00-42-32","noted")])
act(ØU,D,312,"Udvikling og Erhverv bedes indhente en ny vurdering fra en ejendomsmægler.",
    "Udvikling og Erhverv bedes indhente en ny vurdering",[("Udvikling og Erhverv","unit")],None,source="prior-decision")
act(ØU,D,313,"Kommunaldirektøren orienterer udvalget om dialogen med Realdania på mødet i januar.",
    "orienterer udvalget om dialogen med Realdania",[("Anne Lykkegaard","person","Kommunaldirektøren")],"2033-01-31","presentation",
    rng=("2033-01-01","2033-01-31"))
act(ØU,D,315,"Sagen sendes til udtalelse i Kultur- og Idrætsudvalget, inden Økonomiudvalget træffer beslutning.",
    "Sagen sendes til udtalelse i Kultur- og Idrætsudvalget",[("Kultur- og Idrætsudvalget","body")],None,"referral")
act(ØU,D,317,"Borgmesteren tager kontakt til Vejdirektoratet om tidsplanen for udvidelsen inden 15. december 2032.",
    "Borgmesteren tager kontakt til Vejdirektoratet",[("Mikael Sønderskov","person","Borgmesteren")],"2032-12-15")
pp(ØU,"2032-10-26",None,"02.34.02-G01-12-31",None,"Udsat","prior-decision")
pp(ØU,D,313,"04.02.00-G01-3-32",None,"Sagen udsættes, indtil Realdanias endelige tilsagn om medfinansiering foreligger")
op("04.02.00-G01-3-32","Anlægsbevilling til Vejle Fjordbad",ØU,1,None)
case("02.34.02-G01-12-31","Salg af storparceller i Bredballe Strand",[(ØU,"2032-10-26",None),(ØU,D,312)])
opt(D,311,"Taget til efterretning","Kommunaldirektøren indstiller")
opt(D,312,"Anbefales over for Byrådet","Udvikling og Erhverv har siden indhentet en vurdering","Kommunaldirektøren indstiller")
opt(D,314,"Forslaget blev forkastet med 1 stemme mod 7")
opt(D,317,"Borgmesteren orienterede om forhandlingerne","Til orientering")

PEOPLE=[
 ("Karen Mølgaard",["teknik- og miljøborgmester","formand"],["Teknik- og miljøborgmesteren"]),("Jesper Hald",["administrerende direktør"],[]),
 ("Nikolaj Brandt",["driftschef"],[]),
 ("Camilla Thorsø",["overborgmester"],["Overborgmesteren"]),("Finn Lauesen",["formand for Borgerrepræsentationen"],[]),
 ("Kasper Lindqvist",["stedfortræder"],[]),("Rosa Holmgaard",["stedfortræder"],[]),
 ("Jakob Ravnsborg",["borgmester"],["Borgmesteren"]),("Søren Tolstrup",["rådmand for Teknik og Miljø"],["Rådmanden for Teknik og Miljø"]),
 ("Kirsten Vang",["stadsdirektør"],[]),("Anders Kyhl",["direktør for Teknik og Miljø"],[]),
 ("Lars Gammelgaard",["regionsrådsformand"],["Regionsrådsformanden"]),("Marianne Busk",["stedfortræder"],[]),
 ("Pia Falkenberg",["koncerndirektør"],[]),
 ("Jesper Brandt Holm",["regionsrådsformand"],[]),("Kurt Ravnholt",["stedfortræder"],[]),
 ("Mette Lauritsen",["regionsdirektør"],["Regionsdirektøren"]),
 ("Thomas Kjærbye",["borgmester"],["Borgmesteren"]),("Jens Rask Vinther",["rådmand, By og Land"],["rådmanden for By og Land"]),
 ("Mogens Nyhus",["formand"],["Formanden"]),("Søren Aakjær",["direktør for Miljø og Teknik"],["Direktøren for Miljø og Teknik"]),
 ("Birgit Holmenlund",["regionsrådsformand","formand"],[]),("Rasmus Wendelboe",["koncerndirektør"],["Koncerndirektøren"]),
 ("Helle Krogsbøl",["regionsdirektør"],[]),
 ("Ulla Kirkeby",["formand"],["Formanden"]),("Lone Bisgaard",["sundhedsdirektør"],["Sundhedsdirektøren"]),("Mads Hvidberg",["cheflæge"],[]),
 ("Ole Mølgaard",["formand"],["Formanden"]),("Bjørn Skovgaard",["stedfortræder"],[]),("Rikke Dam",["skolechef"],["Skolechefen"]),
 ("Jesper Nørskov",["børne- og uddannelsesdirektør"],[]),
 ("Mikael Sønderskov",["borgmester","formand"],["Borgmesteren"]),("Anne Lykkegaard",["kommunaldirektør"],["Kommunaldirektøren"]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b29-{i:03d}"
gold=dict(version=1,asOf="2032-12-31",corpusEnd="2032-11-23",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",len(A),"actions",
      len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions")
