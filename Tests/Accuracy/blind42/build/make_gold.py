#!/usr/bin/env python3
"""Generates ../gold.json for blind42 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py
Attendees are computed as the printed member list less the absent plus the substitutes who came; the check
script verifies that every member, absentee and substitute is printed in the file."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
M=[]; A=[]; OPT=[]; P=[]; OP=[]; C=[]; ROSTER={}
def names(s): return [x.strip() for x in s.split(";") if x.strip()]
def meeting(src,com,date,st,loc,members,absent,subs,items):
    members,absent,subs=names(members),names(absent),names(subs)
    assert len(set(members))==len(members), src
    assert all(a in members for a in absent), (src,absent)
    att=[m for m in members if m not in absent]+subs
    ROSTER[src]=dict(members=members,absent=absent,substitutes=subs)
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
KB="Kommunalbestyrelsen"; BR="Byrådet"; ØU="Økonomiudvalget"

# ------------------------------------------------------------ A Faxe Kommunalbestyrelsen (First Agenda PDF, pdftotext -layout)
D="2045-01-26"
meeting("faxe-kommunalbestyrelsen-2045-01-26.txt",KB,D,"18:00","Byrådssalen, Faxe Rådhus, Frederiksgade 9, Haslev",
 "Ida Ingvardsen; Mikael Holm Frost; Sofie Overgaard; Preben Aagaard Trier; Ulla Mose; Tobias Bech; Frederik Rytter; Ove Barfod;"
 "Annette Ravn; Asta Bruun Pedersen; Bente Jakobsen; Sidse Ulstrup Munk; Eva Aagaard; Finn Bjerre; Linda Gregersen; Signe Holst;"
 "Trine Larsen; Anders Lange Thorup; Else Munk; Lene Klausen; Christian Knudsen; Michael Kruse; Dorthe Lange Ulstrup;"
 "Thomas Norup Dalsgaard; Tommy Buch Husum","Linda Gregersen","Knud Damgaard",[
 it(1,"Godkendelse af dagsorden","45/1107","approved"),
 it(2,"Meddelelser","45/1108","noted"),
 it(3,"Anlægsbevilling - renovering af Haslev Svømmehal","44/20315","approved",prior=[(ØU,"2045-01-18",None,"approved")]),
 it(4,"Lokalplan 1107 for boliger ved Strandvejen, Faxe Ladeplads - endelig vedtagelse","44/11862","approved"),
 it(5,"Medlemsforslag fra Christian Knudsen (Ø) om gratis bus for unge under 18 år","45/1342","referred"),
 it(6,"Ansøgning om kommunegaranti, Faxe Ladeplads Lystbådehavn","44/19977","postponed"),
 it(7,"Spørgsmål fra Anders Lange Thorup (C) om vintertjenesten","45/1519","noted"),
 it(8,"Salg af erhvervsgrund i Haslev Erhvervspark","44/22140","approved",closed=True)])
act(KB,D,3,"Direktøren for Teknik og Miljø fremlægger en tidsplan for lukkeperioden inden udgangen af 1. kvartal 2045.",
    "fremlægger en tidsplan for lukkeperioden",[("Malene Hviid","person","Direktøren for Teknik og Miljø")],"2045-03-31","presentation")
act(KB,D,5,"Sagen tilbagesendes til Økonomiudvalget med henblik på en beregning af de økonomiske konsekvenser.",
    "Sagen tilbagesendes til Økonomiudvalget",[(ØU,"body")],None,"referral")
act(KB,D,6,"Kommunaldirektøren indhenter revisionens udtalelse inden den 13. februar 2045.",
    "Kommunaldirektøren indhenter revisionens udtalelse",[("Stig Dreier Wulff","person","Kommunaldirektøren")],"2045-02-13")
act(KB,D,7,"Administrationen besvarer spørgsmålet skriftligt i uge 6.",
    "Administrationen besvarer spørgsmålet skriftligt",[("Administrationen","unit")],"2045-02-12",rng=("2045-02-06","2045-02-12"))
pp(KB,D,6,"44/19977","2045-02-23","Sagen udsættes til kommunalbestyrelsens møde den 23. februar 2045")
op("44/19977","Ansøgning om kommunegaranti, Faxe Ladeplads Lystbådehavn",KB,1,"2045-02-23")
case("44/20315","Anlægsbevilling - renovering af Haslev Svømmehal",[(ØU,"2045-01-18",None),(KB,D,3)])
opt(D,2,"Borgmesteren orienterede om status på forhandlingerne")
opt(D,3,"Anbefales over for Kommunalbestyrelsen","at der gives en anlægsbevilling på 18,6 mio. kr.","Svømmehallen forventes lukket")
opt(D,4,"Vedtaget med 22 stemmer for og 3 imod","Imod stemte Ø og O")
opt(D,6,"at ansøgningen imødekommes")

# ------------------------------------------------------------ B Lolland Kommunalbestyrelsen (SBSYS beslutningsprotokol, Windows-1252)
D="2045-02-23"
meeting("lolland-kommunalbestyrelsen-2045-02-23.txt",KB,D,"16:00","Byrådssalen, Rådhuset, Jernbanegade 7, Maribo",
 "Britt Uhre; Sofie Brøndum; Asger Valbjørn; Mads Storgaard; Per Mørch; Maja Hauge; Rene Østergaard; Palle Bæk; Mathias Mandrup;"
 "Pernille Thomsen; Vagn Bjerre Skov; Kasper Bech; Benny Kaae; Karsten Brøndum; Marianne Stengaard; Steen Storgaard Nielsen;"
 "Frank Harbo; Tina Nørgaard; Carsten Quist Kruse; Laura Larsen; Line Vestergaard; Kenneth Thomsen; Flemming Mikkelsen; Simon Juul;"
 "Jonas Storgaard Skov; Oliver Overgaard; Vagn Grau; Pernille Bruun; Simon Eriksen","Tina Nørgaard; Oliver Overgaard","Nikolaj Fischer",[
 it(14,"Godkendelse af dagsorden","00.01.00-A00-2-45","approved"),
 it(15,"Meddelelser fra borgmesteren","00.01.00-A00-3-45","noted"),
 it(16,"Ejendomsstrategi 2045-2048","82.00.00-P22-1-44","approved",prior=[(ØU,"2045-02-15",31,"approved")]),
 it(17,"Havneplan for Nakskov Havn","08.00.00-P15-3-44","referred"),
 it(18,"Ansøgning fra Maribo Sejlklub om anlægstilskud til klubhus","04.00.00-Ø40-2-45","rejected"),
 it(19,"Politik for nærdemokrati og lokalråd","00.01.10-P22-1-44","postponed"),
 it(20,"Udpegning af ny stedfortræder til bestyrelsen for Lolland Forsyning A/S","00.22.04-A00-1-45","approved"),
 it(21,"Personalesag","81.03.00-A00-1-45","approved",closed=True)])
act(KB,D,15,"Borgmesteren indkalder gruppeformændene til et møde om budgetprocessen inden udgangen af marts.",
    "Borgmesteren indkalder gruppeformændene",[("Britt Uhre","person","Borgmesteren")],"2045-03-31")
act(KB,D,16,"Kommunaldirektøren udarbejder en salgsplan for de tomme skolebygninger i Horslunde og Søllested primo april.",
    "Kommunaldirektøren udarbejder en salgsplan",[("Per Mikkelsen","person","Kommunaldirektøren")],"2045-04-10",
    rng=("2045-04-01","2045-04-10"))
act(KB,D,17,"Sagen tilbagesendes til Teknik- og Miljøudvalget, idet kommunalbestyrelsen ønsker en ny vurdering af den tunge trafik på Færgevej.",
    "Sagen tilbagesendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(KB,D,19,"Administrationen samler høringssvarene i et notat til Kultur- og Fritidsudvalget inden den 10. marts 2045.",
    "Administrationen samler høringssvarene",[("Administrationen","unit")],"2045-03-10")
pp(KB,D,19,"00.01.10-P22-1-44","2045-03-23","Punktet udsættes til næste møde")
op("00.01.10-P22-1-44","Politik for nærdemokrati og lokalråd",KB,1,"2045-03-23")
case("82.00.00-P22-1-44","Ejendomsstrategi 2045-2048",[(ØU,"2045-02-15",31),(KB,D,16)])
opt(D,15,"Borgmesteren orienterede om mødet med Femern A/S")
opt(D,16,"Anbefales godkendt","at ejendomsstrategien godkendes")
opt(D,17,"at havneplanen godkendes")
opt(D,18,"Ansøgningen blev ikke imødekommet","For at give tilskuddet stemte 6","at ansøgningen ikke imødekommes")
opt(D,20,"Godkendt, at Marianne Stengaard (V) udpeges som stedfortræder")

# ------------------------------------------------------------ C Syddjurs Kommunalbestyrelsen, March (Acadre/Word protocol via pdftotext, CRLF)
SYD=("Frederik Storgaard; Peter Overgaard Hald; Ib Holst; Pernille Iversen; Tove Wulff; Ulrik Ågård; Mathias Damgaard Villadsen;"
 "Hanne Winther; Ingrid Nielsen; Jannik Thorup; Thomas Krag; Christian Nygaard; Else Palsgaard; Åse Bundgaard; Ida Rytter; Maja Hansen;"
 "Ali Plesner; Asta Thorup Nygaard; Tove Gregersen; Bjørn Lykke Søndergaard; Astrid Tang; Else Lind Plesner; Yasmin Vestergaard;"
 "Gunnar Bak; Lars Plesner Bundgaard; Rune Lauridsen; Niels Søndergaard")
D="2045-03-29"
meeting("syddjurs-kommunalbestyrelsen-2045-03-29.txt",KB,D,"19:00","Kommunalbestyrelsens mødesal, Rådhuset, Lundbergsvej 2, Ebeltoft",
 SYD,"Tove Gregersen; Rune Lauridsen","Grethe Riis",[
 it(36,"Godkendelse af dagsorden","45/4120","approved"),
 it(37,"Overførsel af uforbrugte midler fra 2044 til 2045","45/3377","approved",prior=[(ØU,"2045-03-22",52,"approved")]),
 it(38,"Helhedsplan for Ebeltoft Færgehavn","44/18820","postponed"),
 it(39,"Medlemsforslag fra Bjørn Lykke Søndergaard (Ø) om klimatilpasning i Rønde","45/2903","rejected"),
 it(40,"Fremtidig skolestruktur i Rosenholm-området","44/9951","referred"),
 it(41,"Tillægsbevilling til udvidelse af Kolind Hallen","43/22815","postponed"),
 it(42,"Meddelelser","45/4121","noted"),
 it(43,"Køb af ejendom, Hovedgaden 14, Rønde","45/1012","approved",closed=True)])
act(KB,D,37,"Økonomiafdelingen fremlægger en opfølgning på de overførte anlægsmidler i uge 22.",
    "Økonomiafdelingen fremlægger en opfølgning",[("Økonomiafdelingen","unit")],"2045-06-04","presentation",
    rng=("2045-05-29","2045-06-04"))
act(KB,D,38,"Borgmesteren inviterer til borgermøde i Ebeltoft inden den 19. april 2045.",
    "Borgmesteren inviterer til borgermøde",[("Frederik Storgaard","person","Borgmesteren")],"2045-04-19")
act(KB,D,40,"Sagen fremsendes til Børne- og Familieudvalget til fornyet behandling af den fjerde model.",
    "Sagen fremsendes til Børne- og Familieudvalget",[("Børne- og Familieudvalget","body")],None,"referral")
act(KB,D,42,"Kommunaldirektøren sender en status på rekrutteringen til kommunalbestyrelsen inden udgangen af april.",
    "Kommunaldirektøren sender en status på rekrutteringen",[("Ulla Nielsen","person","Kommunaldirektøren")],"2045-04-30")
pp(KB,D,38,"44/18820","2045-04-26","Sagen udsættes til kommunalbestyrelsens møde den 26. april 2045")
pp(KB,D,41,"43/22815",None,"Sagen udsættes, indtil resultatet af den nye licitation foreligger")
op("43/22815","Tillægsbevilling til udvidelse af Kolind Hallen",KB,1,None)
case("45/3377","Overførsel af uforbrugte midler fra 2044 til 2045",[(ØU,"2045-03-22",52),(KB,D,37)])
opt(D,37,"Anbefales","at de uforbrugte midler overføres til 2045")
opt(D,38,"at helhedsplanen godkendes","Ebeltoft Borgerforening har bedt om et borgermøde")
opt(D,39,"Forslaget blev forkastet med 5 stemmer for")
opt(D,40,"Børne- og Familieudvalget indstiller model 2")
opt(D,41,"Astrid Tang (Ø) forlod mødet under behandlingen af punktet","Ny licitation afholdes i april")
opt(D,42,"Kommunaldirektøren orienterede om rekrutteringen")

# ------------------------------------------------------------ D Syddjurs Kommunalbestyrelsen, April (municipal web page, attendance table)
D="2045-04-26"
meeting("syddjurs-kommunalbestyrelsen-2045-04-26.html",KB,D,"19:00","Kommunalbestyrelsens mødesal, Rådhuset, Lundbergsvej 2, Ebeltoft",
 SYD,"Ida Rytter; Lars Plesner Bundgaard","Else Klausen",[
 it(50,"Godkendelse af dagsorden","45/5230","approved"),
 it(51,"Helhedsplan for Ebeltoft Færgehavn","44/18820","approved",prior=[(KB,"2045-03-29",38,"postponed")]),
 it(52,"Budgetproces 2046-2049","45/4877","approved"),
 it(53,"Vandforsyningsplan 2045-2055","44/30126","postponed"),
 it(54,"Ansøgning fra Mols Bjerge Kunstforening om driftstilskud","45/2264","rejected"),
 it(55,"Valg af nyt medlem til Børne- og Familieudvalget","45/5011","approved"),
 it(56,"Eventuelt","45/5231","decided"),
 it(57,"Personalesag","45/5410","noted",closed=True)])
act(KB,D,51,"Direktøren for Plan og Teknik fremlægger en udbudsstrategi for havneområdet på mødet i juni.",
    "fremlægger en udbudsstrategi for havneområdet",[("Jens Munk","person","Direktøren for Plan og Teknik")],"2045-06-30",
    "presentation",rng=("2045-06-01","2045-06-30"))
act(KB,D,52,"Kommunaldirektøren udsender tidsplanen til fagudvalgene senest den 5. maj 2045.",
    "Kommunaldirektøren udsender tidsplanen",[("Ulla Nielsen","person","Kommunaldirektøren")],"2045-05-05")
act(KB,D,56,"Administrationen undersøger sagen og giver et skriftligt svar til alle medlemmer.",
    "Administrationen undersøger sagen",[("Administrationen","unit")],None)
pp(KB,D,53,"44/30126","2045-05-24","Punktet udsættes til næste møde")
op("44/30126","Vandforsyningsplan 2045-2055",KB,1,"2045-05-24")
case("44/18820","Helhedsplan for Ebeltoft Færgehavn",[(KB,"2045-03-29",38),(KB,D,51)])
opt(D,51,"Godkendt med 21 stemmer mod 4","at helhedsplanen godkendes","Borgermødet blev holdt i Ebeltoft Bio",
    "Sagen udsættes til kommunalbestyrelsens møde den 26. april 2045")
opt(D,52,"at tidsplanen og budgetprocessen godkendes","budgetforhandlinger i uge 37")
opt(D,53,"at forslaget sendes i offentlig høring")
opt(D,54,"Ansøgningen imødekommes ikke")
opt(D,55,"Godkendt, at Else Palsgaard (F) indtræder")
opt(D,56,"Rune Lauridsen (M) spurgte til ventetiden")

# ------------------------------------------------------------ E Morsø Kommunalbestyrelsen (Word template, labels in a column)
D="2045-05-22"; TMU="Teknik- og Miljøudvalget"
meeting("morsoe-kommunalbestyrelsen-2045-05-22.txt",KB,D,"19:00","Byrådssalen, Morsø Rådhus, Jernbanevej 7, Nykøbing Mors",
 "Karen Mørch; Inge Holm; Steen Vestergaard Jensen; Susanne Hansen; Bjørn Nygaard; Charlotte Mørch; Palle Ingvardsen Holm; Rune Kragh;"
 "Kim Berg; Annette Toft; Fatima Buch; Tove Kirk; Birgit Slot; Gitte Mejer; Carl Holst; Heidi Winkel; Lars Kristian Holm; Knud Juul;"
 "Åse Okholm; Dennis Thomsen; Jette Rytter Dahl","Heidi Winkel","",[
 it(1,"Godkendelse af dagsorden","45/3805","approved"),
 it(2,"Regnskab 2044 og revisionsberetning","45/1168","approved",part=["Dan Larsen"]),
 it(3,"Lokalplan 2045-03 for Glyngøre Havn, endelig vedtagelse","44/7712","approved",prior=[(TMU,"2045-05-08",44,"approved")]),
 it(4,"Ny dagtilbudsstruktur på Sydmors","44/9240","referred"),
 it(5,"Takster for Morsø Ferieby 2046","45/2291","postponed"),
 it(6,"Salg af Øster Jølby Skole","43/15502","rejected"),
 it(7,"Meddelelser","45/3806","noted"),
 it(8,"Erhvervelse af areal til udvidelse af Erhvervsområde Nord","45/0914","approved",closed=True)])
act(KB,D,3,"Teknisk direktør Jacob Andersen orienterer Glyngøre Havneforening om vedtagelsen inden den 1. juni 2045.",
    "Jacob Andersen orienterer Glyngøre Havneforening",[("Jacob Andersen","person")],"2045-06-01")
act(KB,D,4,"Tilbagesendes til Børne- og Familieudvalget med henblik på en ny høring i Sundsøre-området.",
    "Tilbagesendes til Børne- og Familieudvalget",[("Børne- og Familieudvalget","body")],None,"referral")
act(KB,D,5,"Økonomiafdelingen indhenter en momsvurdering fra Skattestyrelsen i uge 23.",
    "Økonomiafdelingen indhenter en momsvurdering",[("Økonomiafdelingen","unit")],"2045-06-11",rng=("2045-06-05","2045-06-11"))
act(KB,D,7,"Kommunaldirektøren udarbejder et oplæg om den fremtidige brug af Dueholm Kloster til kommunalbestyrelsens temamøde primo september.",
    "Kommunaldirektøren udarbejder et oplæg",[("Louise Ulstrup","person","Kommunaldirektøren")],"2045-09-10","presentation",
    rng=("2045-09-01","2045-09-10"))
pp(KB,D,5,"45/2291","2045-06-19","Udsat til kommunalbestyrelsens møde den 19. juni 2045")
op("45/2291","Takster for Morsø Ferieby 2046",KB,1,"2045-06-19")
case("44/7712","Lokalplan 2045-03 for Glyngøre Havn, endelig vedtagelse",[(TMU,"2045-05-08",44),(KB,D,3)])
opt(D,2,"Statsautoriseret revisor Dan Larsen, BDO, deltog under punktet","at regnskabet og beretningen godkendes")
opt(D,3,"Anbefales","at lokalplanen vedtages")
opt(D,6,"Indstillingen blev forkastet med 7 stemmer for","at skolen sælges til den bydende")
opt(D,7,"Borgmesteren orienterede om Nationalmuseets besøg")

# ------------------------------------------------------------ F Region Nordjylland Regionsrådet (region web page, <details> items)
RR="Regionsrådet"; FU="Forretningsudvalget"; D="2045-06-20"
meeting("region-nordjylland-regionsraadet-2045-06-20.html",RR,D,"14:00","Regionshuset, Niels Bohrs Vej 30, Aalborg Øst, mødesal 1",
 "Signe Skov; Niels Kristian Kruse; Hjalte Gade; Louise Sommer; Gry Søndergaard Kamp; Else Valbjørn; Pernille Bach; Rasmus Ahle;"
 "Lone Hviid; Stig Okholm; Flemming Berg; Rasmus Bundgaard; Marianne Kruse; Eva Reimer; Mette Engberg Hald; Else Jensen; Jane Bak;"
 "Britt Lund Klausen; Charlotte Gade; Bente Knudsen; Åse Hedelund; Frederik Harbo; Tina Kruse Hedegaard; Dennis Kirk; Oliver Ulstrup;"
 "Asta Lauridsen; Britt Ravn; Sanne Tarp; Karsten Bach; Frank Stær; Morten Jensen; Helle Juhl; Mads Fabricius; Henning Jensen;"
 "Thomas Gregersen; Malene Berg; Asta Stær; Linda Harbo; Jakob Fabricius; Lise Kaae; Britt Fogh",
 "Else Jensen; Karsten Bach; Helle Juhl","Marlene Stengaard Sand; Louise Overgaard",[
 it(1,"Godkendelse af dagsorden","2045-006201","approved"),
 it(2,"Økonomirapportering pr. 30. april 2045","2045-002785","noted",prior=[(FU,"2045-06-07",None,"approved")]),
 it(3,"Akutklinik ved Regionshospital Nordjylland, Hjørring","2044-031882","approved",part=["Jesper Dyhr"]),
 it(4,"Praksisplan for almen praksis 2045-2049","2045-001390","referred"),
 it(5,"Regionale busruter 2046","2045-003308","postponed"),
 it(6,"Medlemsforslag fra Mads Fabricius (Ø) om gratis parkering for patienter","2045-005566","rejected"),
 it(7,"Regional udviklingsstrategi - handlingsplan for uddannelse","2044-027140","approved"),
 it(8,"Eventuelt",None,"decided"),
 it(9,"Køb af ejendom i Thisted til sundhedshus","2045-004417","approved",closed=True)])
act(RR,D,3,"Regionsdirektøren fremlægger en samlet finansieringsplan for regionens akutklinikker inden udgangen af 3. kvartal 2045.",
    "Regionsdirektøren fremlægger en samlet finansieringsplan",[("Torben Skytte","person","Regionsdirektøren")],"2045-09-30","presentation")
act(RR,D,4,"Sagen henvises til Udvalget for Nære Sundhedstilbud med henblik på en særskilt vurdering af lægedækningen i yderområderne.",
    "Sagen henvises til Udvalget for Nære Sundhedstilbud",[("Udvalget for Nære Sundhedstilbud","body")],None,"referral")
act(RR,D,7,"Administrationen inddrager ungdomsuddannelserne i arbejdet og afrapporterer til Udvalget for Regional Udvikling i uge 44.",
    "Administrationen inddrager ungdomsuddannelserne",[("Administrationen","unit")],"2045-11-05",rng=("2045-10-30","2045-11-05"))
act(RR,D,8,"Regionsrådsformanden tager kontakt til Aalborg Kommune om parkeringsforholdene.",
    "Regionsrådsformanden tager kontakt til Aalborg Kommune",[("Signe Skov","person","Regionsrådsformanden")],None)
pp(RR,D,5,"2045-003308","2045-09-26","Sagen udsættes til regionsrådets møde den 26. september 2045")
op("2045-003308","Regionale busruter 2046",RR,1,"2045-09-26")
case("2045-002785","Økonomirapportering pr. 30. april 2045",[(FU,"2045-06-07",None),(RR,D,2)])
opt(D,2,"Anbefales","at økonomirapporteringen tages til efterretning")
opt(D,3,"Indstillingen blev godkendt med 33 stemmer mod 7","Hospitalsdirektør Jesper Dyhr deltog under punktet")
opt(D,6,"Forslaget blev ikke vedtaget","For stemte 7")
opt(D,7,"Dennis Kirk (F) forlod mødet efter punktet")
opt(D,8,"Lise Kaae (M) spurgte til parkeringsforholdene")

# ------------------------------------------------------------ G Tønder Byrådet (e-mail with the minutes in the body)
D="2045-08-31"
meeting("toender-byraadet-2045-08-31.txt",BR,D,"17:00","Byrådssalen, Tønder Rådhus, Kongevej 57, Tønder",
 "Ulla Dalsgaard; Tommy Lind; Esben Winkel; Anders Svendsen; Mathias Sand; Stig Frost; Inge Nygaard; Jørgen Norup; Ditte Bak Bech;"
 "Julie Rosendal; Carl Stengaard; Susanne Højer Kirk; Lone Bech Hviid; Simon Dyhr; Hans Mandrup; Benedikte Nissen;"
 "Jørgen Stengaard Eriksen; Ejner Kamp; Asta Østergaard; Henning Valbjørn; Troels Reimer; Christian Iversen Skytte; Jens Husum;"
 "Simon Frost; Preben Poulsen Dahl","Julie Rosendal; Simon Frost","Kirsten Storgaard",[
 it(91,"Godkendelse af dagsorden","45/14230","approved"),
 it(92,"Budget 2046-2049 - 1. behandling","45/6017","approved",prior=[(ØU,"2045-08-22",None,"approved")]),
 it(93,"Klimatilpasning ved Vidåen","44/21877","approved"),
 it(94,"Skolestruktur i Toftlund-området","44/17003","referred"),
 it(95,"Ansøgning om tilskud til Tønder Festival 2046","45/9981","postponed"),
 it(96,"Medlemsforslag fra Troels Reimer (Ø) om gratis parkering i Tønder midtby","45/12011","rejected"),
 it(97,"Meddelelser","45/14231","noted"),
 it(98,"Salg af jord ved Bredebro","45/7405","approved",closed=True)])
act(BR,D,92,"Borgmesteren indkalder partierne til budgetforhandlinger i uge 38.",
    "Borgmesteren indkalder partierne til budgetforhandlinger",[("Ulla Dalsgaard","person","Borgmesteren")],"2045-09-24",
    rng=("2045-09-18","2045-09-24"))
act(BR,D,93,"Teknik og Miljø orienterer lodsejerne langs Vidåen skriftligt inden den 1. oktober 2045.",
    "Teknik og Miljø orienterer lodsejerne",[("Teknik og Miljø","unit")],"2045-10-01")
act(BR,D,94,"Sagen tilbagesendes til Børne- og Uddannelsesudvalget til fornyet behandling, idet byrådet ønsker belyst, hvordan skolebussen kan køre fra Agerskov.",
    "Sagen tilbagesendes til Børne- og Uddannelsesudvalget",[("Børne- og Uddannelsesudvalget","body")],None,"referral")
act(BR,D,97,"Direktøren for Børn og Uddannelse giver byrådet en status på pasningsgarantien i december.",
    "giver byrådet en status på pasningsgarantien",[("Gry Mandrup","person","Direktøren for Børn og Uddannelse")],"2045-12-31",
    "presentation",rng=("2045-12-01","2045-12-31"))
pp(BR,D,95,"45/9981",None,"Udsat")
op("45/9981","Ansøgning om tilskud til Tønder Festival 2046",BR,1,None)
case("45/6017","Budget 2046-2049 - 1. behandling",[(ØU,"2045-08-22",None),(BR,D,92)])
opt(D,92,"Budgetforslaget oversendes til 2. behandling","Indstillingen anbefales","at budgetforslaget oversendes til 2. behandling")
opt(D,93,"at projektet godkendes")
opt(D,95,"Sagen genoptages, når festivalens regnskab for 2045 foreligger")
opt(D,96,"Forslaget blev forkastet","For stemte 2")
opt(D,97,"Kommunaldirektøren orienterede om sygefraværet")

# ------------------------------------------------------------ H Kalundborg Kommunalbestyrelsen (eDoc PDF via pdftotext, two columns flattened)
D="2045-09-27"
meeting("kalundborg-kommunalbestyrelsen-2045-09-27.txt",KB,D,"18:00","Byrådssalen, Rådhuset, Holbækvej 141B, Kalundborg",
 "Svend Bruun Knudsen; Else Nyholm; Ida Madsen; Ali Ingvardsen Nielsen; Arne Skov; Marlene Nørgaard; Brian Jensen; Pernille Weber;"
 "Else Marie Rosendal; Dan Bach; Ali Noes; Lis Bak; Lars Peter Hansen; Marianne Bonde; Astrid Ågård Bundgaard; Finn Østergaard;"
 "Ahmed Lund; Benedikte Poulsen; Maja Holst; Helle Sand; Heidi Lykke; Tobias Madsen; Freja Knudsen; Trine Gade; Allan Kirk;"
 "Jørgen Weber; Jens Mørch; Kenneth Brøndum; Camilla Lillelund","Lis Bak; Heidi Lykke","Astrid Kruse",[
 it(170,"Godkendelse af dagsorden","EMN-2045-02410","approved"),
 it(171,"Budget 2046-2049, 2. behandling","EMN-2045-00577","approved",prior=[(ØU,"2045-09-20",None,"approved")]),
 it(172,"Udvidelse af Kalundborg Havn - ny kaj ved Asnæs","EMN-2044-03391","approved"),
 it(173,"Botilbud til voksne med autisme - udbud","EMN-2045-01873","referred"),
 it(174,"Ny daginstitution i Høng","EMN-2045-00921","postponed",prior=[(KB,"2045-08-30",152,"postponed")]),
 it(175,"Medlemsforslag fra Tobias Madsen (Ø) om solceller på kommunale bygninger","EMN-2045-02288","rejected"),
 it(176,"Meddelelser","EMN-2045-02411","noted"),
 it(177,"Ekspropriation til cykelsti langs Slagelsevej","EMN-2045-01502","approved",closed=True)])
act(KB,D,171,"Administrationen udarbejder en implementeringsplan for budgetaftalens reduktioner inden den 1. december 2045.",
    "Administrationen udarbejder en implementeringsplan",[("Administrationen","unit")],"2045-12-01")
act(KB,D,172,"Direktøren for Teknik og Miljø forhandler en ny aftale med Kalundborg Havn på plads og forelægger den for Økonomiudvalget i november.",
    "forhandler en ny aftale med Kalundborg Havn",[("Mikael Bak Jakobsen","person","Direktøren for Teknik og Miljø")],"2045-11-30",
    rng=("2045-11-01","2045-11-30"))
act(KB,D,173,"Sagen oversendes til Social- og Seniorudvalget, der bemyndiges til at træffe beslutning om model.",
    "Sagen oversendes til Social- og Seniorudvalget",[("Social- og Seniorudvalget","body")],None,"referral")
act(KB,D,176,"Direktøren for Velfærd vender tilbage med en status på ventelisten til plejeboliger på mødet den 25. oktober 2045.",
    "vender tilbage med en status på ventelisten",[("Naja Iversen","person","Direktøren for Velfærd")],"2045-10-25","presentation")
pp(KB,"2045-08-30",152,"EMN-2045-00921",None,"Sagen udsættes","prior-decision")
pp(KB,D,174,"EMN-2045-00921","2045-10-25","Sagen udsættes til kommunalbestyrelsens møde den 25. oktober 2045")
op("EMN-2045-00921","Ny daginstitution i Høng",KB,2,"2045-10-25")
case("EMN-2045-00577","Budget 2046-2049, 2. behandling",[(ØU,"2045-09-20",None),(KB,D,171)])
case("EMN-2045-00921","Ny daginstitution i Høng",[(KB,"2045-08-30",152),(KB,D,174)])
opt(D,171,"Budget 2046-2049 blev vedtaget med 23 stemmer mod 5","Anbefales","at budget 2046-2049 vedtages")
opt(D,172,"at projektet godkendes")
opt(D,174,"Undersøgelsen forventes afsluttet i oktober")
opt(D,175,"Forslaget blev forkastet med 4 stemmer for")
opt(D,176,"Borgmesteren orienterede om Novo Nordisks udvidelse")

# ------------------------------------------------------------ I Haderslev Byrådet (agenda web viewer, "Sag nr. NNN")
D="2045-10-24"
meeting("haderslev-byraadet-2045-10-24.html",BR,D,"18:30","Byrådssalen, Haderslev Rådhus, Gravene 2, Haderslev",
 "Poul Nissen; Åse Ingvardsen Overgaard; Frank Bonde; Jane Slot; Kirsten Winkel; Carl Nørgaard; Jacob Rosendal; Svend Dyhr Madsen;"
 "Klaus Peter Reimer; Christian Tarp; Esben Dalsgaard; Naja Winther Iversen; Palle Rytter; Yasmin Frost; Sanne Kirk; Flemming Tang;"
 "Jette Damgaard Lauridsen; Esben Lillelund; Per Bæk Stær; Lene Palsgaard Kaae; Torben Nissen; Charlotte Winkel; Tove Vinding;"
 "Tina Jeppesen Engberg; Simon Klausen; Sidse Hald; Vagn Harbo; Jette Thygesen; Astrid Villadsen; Søren Schmidt Nørgaard;"
 "Christian Bisgaard","Jette Thygesen; Vagn Harbo","Bente Fogh",[
 it(201,"Godkendelse af dagsorden","45/26601","approved"),
 it(202,"Takster 2046","45/18340","approved",prior=[(ØU,"2045-10-16",188,"approved")]),
 it(203,"Byudvikling på Haderslev Havn - salg af byggefelter","44/30571","postponed"),
 it(204,"Medlemsforslag fra Charlotte Winkel (F) om klimaskov ved Marstrup","45/24980","referred"),
 it(205,"Revideret regulativ for Gels Å","43/08815","approved"),
 it(206,"Plan for plejeboliger 2046-2056","45/11247","approved"),
 it(207,"Ansøgning om dispensation fra bopælspligt, Vojens","45/23311","rejected"),
 it(208,"Navngivning af den tidligere sygehusgrund","45/20012","postponed"),
 it(209,"Meddelelser","45/26602","noted"),
 it(210,"Køb af ejendom, Jomfrustien","45/25119","approved",closed=True)])
act(BR,D,204,"Forslaget oversendes til Klima- og Miljøudvalget til videre behandling.",
    "Forslaget oversendes til Klima- og Miljøudvalget",[("Klima- og Miljøudvalget","body")],None,"referral")
act(BR,D,205,"Teknik og Miljø indkalder lodsejerne til et informationsmøde i uge 46.",
    "Teknik og Miljø indkalder lodsejerne",[("Teknik og Miljø","unit")],"2045-11-19",rng=("2045-11-13","2045-11-19"))
act(BR,D,206,"Direktøren for Social og Sundhed fremlægger en finansieringsmodel for de første 60 pladser senest den 15. januar 2046.",
    "fremlægger en finansieringsmodel",[("Laura Damgaard","person","Direktøren for Social og Sundhed")],"2046-01-15","presentation")
pp(BR,D,203,"44/30571","2045-11-21","Sagen udsættes til næste byrådsmøde den 21. november 2045")
pp(BR,D,208,"45/20012",None,"Sagen udsættes, indtil borgerinddragelsen om områdets fremtid er afsluttet")
op("44/30571","Byudvikling på Haderslev Havn - salg af byggefelter",BR,1,"2045-11-21")
op("45/20012","Navngivning af den tidligere sygehusgrund",BR,1,None)
case("45/18340","Takster 2046",[(ØU,"2045-10-16",188),(BR,D,202)])
opt(D,202,"Anbefales","at taksterne for 2046 godkendes")
opt(D,203,"at byggefelterne sælges til højestbydende")
opt(D,205,"at regulativet vedtages")
opt(D,206,"at planen godkendes")
opt(D,207,"Ansøgningen imødekommes ikke","Et mindretal på 3 (Æ)","Frank Bonde (A) forlod mødet efter sagen")
opt(D,208,"Borgerinddragelsen om områdets fremtidige anvendelse løber til 1. december 2045")
opt(D,209,"Borgmesteren orienterede om Sønderjysk Trafikforums møde")

# ------------------------------------------------------------ J Odsherred Byrådet (pandoc conversion of the Word minutes)
D="2045-11-28"
meeting("odsherred-byraadet-2045-11-28.md",BR,D,"17:00","Byrådssalen, Odsherred Rådhus, Nyvej 22, Højby",
 "Mikael Rosendal; Fatima Juul; Maja Brandt; Gitte Hviid Holst; Allan Andersen Tang; Lene Grøn; Jesper Trier; Kenneth Svendsen Wulff;"
 "Troels Winkel; Arne Gram; Per Ahle; Lene Nørgaard; Annette Gregersen; Mogens Nygaard; Simon Dahl; Camilla Brøndum;"
 "Thomas Palsgaard Krag; Laura Klausen; Jens Rosendal Svendsen; Naja Winkel; Jørgen Rosendal; Erik Rytter Bjerre; Jannik Vestergaard;"
 "Michael Slot; Ahmed Sommer Grau; Sanne Fischer; Gry Kjeldsen; Johnny Klausen; Tove Eriksen","Per Ahle; Tove Eriksen","Rikke Larsen",[
 it(141,"Godkendelse af dagsorden","45-014102","approved"),
 it(142,"Budgetopfølgning pr. 30. september 2045","45-011840","noted",prior=[(ØU,"2045-11-15",201,"approved")]),
 it(143,"Udviklingsplan for Nykøbing Sj. bymidte","44-027715","approved"),
 it(144,"Kloakering af sommerhusområderne ved Sejerø Bugt","43-019902","postponed"),
 it(145,"Medlemsforslag fra Naja Winkel (Ø) om gratis tandpleje for socialt udsatte","45-013377","referred"),
 it(146,"Ansøgning fra Odsherred Teater om forhøjet driftstilskud","45-012260","rejected"),
 it(147,"Meddelelser","45-014103","noted"),
 it(148,"Køb af ejendom i Vig","45-010918","approved",closed=True)])
act(BR,D,143,"Kommunaldirektøren nedsætter en styregruppe med deltagelse af Nykøbing Sj. Handelsstandsforening inden udgangen af uge 50.",
    "Kommunaldirektøren nedsætter en styregruppe",[("Palle Tarp","person","Kommunaldirektøren")],"2045-12-17",
    rng=("2045-12-15","2045-12-17"))
act(BR,D,144,"Center for Teknik og Miljø udarbejder en konsekvensberegning for grundejerne medio januar 2046.",
    "Center for Teknik og Miljø udarbejder en konsekvensberegning",[("Center for Teknik og Miljø","unit")],"2046-01-15",
    rng=("2046-01-10","2046-01-20"))
act(BR,D,145,"Forslaget oversendes til Social- og Sundhedsudvalget.",
    "Forslaget oversendes til Social- og Sundhedsudvalget",[("Social- og Sundhedsudvalget","body")],None,"referral")
pp(BR,D,144,"43-019902","2046-01-30","Sagen udsættes til byrådets møde den 30. januar 2046")
op("43-019902","Kloakering af sommerhusområderne ved Sejerø Bugt",BR,1,"2046-01-30")
case("45-011840","Budgetopfølgning pr. 30. september 2045",[(ØU,"2045-11-15",201),(BR,D,142)])
opt(D,142,"Anbefales","at budgetopfølgningen tages til efterretning")
opt(D,143,"at udviklingsplanen godkendes")
opt(D,144,"at tillæg 4 til spildevandsplanen","Grundejerforeningerne har bedt om en beregning")
opt(D,146,"Ansøgningen imødekommes ikke","Et mindretal (F og Ø)")
opt(D,147,"Borgmesteren orienterede om KKR Sjællands")

# ------------------------------------------------------------ K Stevns Kommunalbestyrelsen (note tool: front matter, callouts, wiki links)
D="2045-12-14"
meeting("stevns-kommunalbestyrelsen-2045-12-14.md",KB,D,"18:00","Mødesalen, Stevns Rådhus, Rådhuspladsen 1, Store Heddinge",
 "Esben Palsgaard; Anne Bech; Mads Fogh; Line Ågård; Mads Plesner Buch; Niels Slot; Christian Mørch; Søren Madsen; Julie Olesen Norup;"
 "Trine Fischer; Britt Marie Tarp; Tove Norup; Ditte Hauge; Lene Ege; Dorthe Bruun; Kasper Thomsen; Rasmus Pihl Vestergaard;"
 "Klaus Jeppesen; Morten Lillelund Søndergaard","Klaus Jeppesen","Annette Reimer",[
 it(1,"Godkendelse af dagsorden","45-2201","approved"),
 it(2,"Anlægsbevilling til ny idrætshal i Hårlev","44-1873","approved",prior=[(ØU,"2045-12-06",188,"approved")]),
 it(3,"Besøgscenter ved Stevns Klint","44-0962","postponed"),
 it(4,"Medlemsforslag fra Dorthe Bruun (Ø) om gratis bus til Stevns Klint i sommerferien","45-2119","rejected"),
 it(5,"Forslag til Kommuneplan 2045 – offentlig høring","43-0410","approved"),
 it(6,"Eventuelt",None,"decided"),
 it(7,"Personalesag","45-1954","noted",closed=True)])
act(KB,D,3,"Borgmesteren tager kontakt til Slots- og Kulturstyrelsen om medfinansiering i januar 2046.",
    "Borgmesteren tager kontakt til Slots- og Kulturstyrelsen",[("Esben Palsgaard","person","Borgmesteren")],"2046-01-31",
    rng=("2046-01-01","2046-01-31"))
act(KB,D,5,"Plan og Byg afholder borgermøder i Store Heddinge og Strøby Egede i uge 3.",
    "Plan og Byg afholder borgermøder",[("Plan og Byg","unit")],"2046-01-21",rng=("2046-01-15","2046-01-21"))
act(KB,D,6,"Kommunaldirektøren undersøger sagen og orienterer kommunalbestyrelsen på næste møde.",
    "Kommunaldirektøren undersøger sagen",[("Eva Lauridsen","person","Kommunaldirektøren")],"2046-01-25")
pp(KB,D,3,"44-0962",None,"Sagen udsættes, indtil svaret fra A.P. Møller Fonden foreligger")
op("44-0962","Besøgscenter ved Stevns Klint",KB,1,None)
case("44-1873","Anlægsbevilling til ny idrætshal i Hårlev",[(ØU,"2045-12-06",188),(KB,D,2)])
opt(D,2,"Anbefales","at der gives anlægsbevilling på 27,4 mio. kr.")
opt(D,4,"Forslaget blev forkastet med 3 stemmer for")
opt(D,3,"svaret ventes i foråret")
opt(D,5,"Forslaget sendes i høring i 10 uger")
opt(D,6,"Kasper Thomsen (O) spurgte til vintervedligeholdelsen")
opt(D,7,"sende referat til lokalrådene")

PEOPLE=[
 ("Ida Ingvardsen",["borgmester"],["Borgmesteren"]),("Knud Damgaard",["stedfortræder"],[]),
 ("Stig Dreier Wulff",["Kommunaldirektør"],["Kommunaldirektøren"]),("Malene Hviid",["direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Jannik Ågård",["sekretariatschef","referent"],[]),
 ("Britt Uhre",["borgmester"],["Borgmesteren"]),("Nikolaj Fischer",["stedfortræder"],[]),("Per Mikkelsen",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Kirsten Nygaard",["økonomichef"],[]),("Maja Eriksen",["chefsekretær","referent"],[]),
 ("Frederik Storgaard",["borgmester"],["Borgmesteren"]),("Grethe Riis",["suppleant"],[]),("Else Klausen",["stedfortræder"],[]),
 ("Ulla Nielsen",["kommunaldirektør"],["Kommunaldirektøren"]),("Jens Munk",["direktør for Plan og Teknik"],["Direktøren for Plan og Teknik"]),
 ("Stig Bak Jepsen",["direktør for Økonomi og Stab"],[]),("Else Ebbesen",["kommunikationskonsulent","referent"],[]),
 ("Karen Mørch",["borgmester"],["Borgmesteren"]),("Louise Ulstrup",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Jacob Andersen",["teknisk direktør"],[]),("Michael Hauge Jepsen",["økonomichef"],[]),("Trine Bonde",["byrådssekretær","referent"],[]),
 ("Dan Larsen",["statsautoriseret revisor"],[]),
 ("Signe Skov",["formand","regionsrådsformand"],["Regionsrådsformanden"]),("Marlene Stengaard Sand",["stedfortræder"],[]),
 ("Louise Overgaard",["stedfortræder"],[]),("Torben Skytte",["Regionsdirektør"],["Regionsdirektøren"]),("Inge Brandt",["sundhedsdirektør"],[]),
 ("Svend Larsen",["koncerndirektør for Regional Udvikling"],[]),("Grethe Kjeldsen",["chefkonsulent","referent"],[]),
 ("Jesper Dyhr",["Hospitalsdirektør"],[]),
 ("Ulla Dalsgaard",["borgmester"],["Borgmesteren"]),("Kirsten Storgaard",["stedfortræder"],[]),("Erik Hansen",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Gry Mandrup",["direktør for Børn og Uddannelse"],["Direktøren for Børn og Uddannelse"]),("Rene Rosendal Jensen",["direktør for Teknik og Miljø"],[]),
 ("Lis Stampe",["byrådssekretær"],[]),
 ("Svend Bruun Knudsen",["borgmester"],["Borgmesteren"]),("Astrid Kruse",["stedfortræder"],[]),("Dennis Vad",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Naja Iversen",["direktør for Velfærd"],["Direktøren for Velfærd"]),("Mikael Bak Jakobsen",["direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Freja Dyhr",["juridisk chef","referent"],[]),
 ("Poul Nissen",["borgmester"],["Borgmesteren"]),("Bente Fogh",["suppleant"],[]),("Tommy Lauridsen",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Laura Damgaard",["direktør for Social og Sundhed"],["Direktøren for Social og Sundhed"]),("Palle Slot",["direktør for Teknik og Miljø"],[]),
 ("Gry Lund",["byrådssekretær"],[]),
 ("Mikael Rosendal",["borgmester"],["Borgmesteren"]),("Rikke Larsen",["stedfortræder"],[]),("Palle Tarp",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Oliver Thygesen",["direktør"],[]),("Heidi Weber",["centerchef for Teknik og Miljø"],[]),("Ditte Bundgaard Krag",["referent"],[]),
 ("Esben Palsgaard",["borgmester"],["Borgmesteren"]),("Annette Reimer",["stedfortræder"],[]),("Eva Lauridsen",["kommunaldirektør"],["Kommunaldirektøren"]),
 ("Simon Wulff Kjeldsen",["direktør"],[]),("Yasmin Kaae",["referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b42-{i:03d}"
gold=dict(version=1,asOf="2045-12-31",corpusEnd="2045-12-14",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
json.dump(ROSTER,open(os.path.join(HERE,"roster.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",len(A),"actions",
      len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(x["priorDecisions"]) for m in M for x in m["items"]),"prior decisions",
      sum(len(x["participants"]) for m in M for x in m["items"]),"participants")
