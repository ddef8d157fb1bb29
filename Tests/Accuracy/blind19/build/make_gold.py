import json, os
M=[]; A=[]; OPT=[]; P=[]; OP=[]; C=[]
def meeting(src,com,date,st,loc,att,items):
    M.append(dict(source=src,committee=com,date=date,startTime=st,location=loc,attendees=att,
      items=[dict(number=n,title=t,journalNumber=j,closed=cl,outcome=o,participants=pa,priorDecisions=[dict(body=b,date=d,item=i,outcome=oc) for b,d,i,oc in pr])
             for (n,t,j,cl,o,pa,pr) in items]))
def it(n,t,j=None,o="none",closed=False,part=(),prior=()):
    return (n,t,j,closed,o,list(part),list(prior))
def act(com,date,item,key,owners,due,kind="task",source="decision",rng=None):
    a=dict(committee=com,meetingDate=date,item=item,key=key,
           owners=[dict(name=o[0],kind=o[1],surface=o[2] if len(o)>2 else o[0]) for o in owners],
           due=due,kind=kind,source=source)
    if rng: a["dueRange"]=list(rng)
    A.append(a)
def opt(date,item,key): OPT.append(dict(meetingDate=date,item=item,key=key))
def pp(com,date,item,jn,target,phrase,source="decision"):
    P.append(dict(journalNumber=jn,committee=com,meetingDate=date,item=item,target=target,phrase=phrase,source=source))
def case(jn,title,apps,standing=False):
    C.append(dict(journalNumber=jn,title=title,standing=standing,appearances=[dict(committee=c,date=d,item=i) for c,d,i in apps]))

# ---------------------------------------------------------------- A Favrskov ØU
ØU="Økonomiudvalget"; D="2025-03-10"
meeting("favrskov-oekonomiudvalget-2025-03-10.txt",ØU,D,"15:30","Mødelokale 1, Favrskov Rådhus, Hinnerup",
 ["Lars Gram Mikkelsen","Birgit Hald","Torben Ager","Susanne Bjerre","Peter Holst Lund","Jeppe Rønn"],[
 it(1,"Godkendelse af dagsorden","25/540","approved"),
 it(2,"Økonomirapport pr. 31. januar 2025","25/1877","noted",part=["Hans-Jørgen Lauridsen"]),
 it(3,"Anlægsbevilling til renovering af Hadsten Svømmehal","24/21344","approved"),
 it(4,"Udmøntning af pulje til grøn omstilling i lokalsamfundene","25/2011","postponed"),
 it(5,"Tillægsbevilling til vintertjeneste 2024/25","25/2314","approved"),
 it(6,"Borgerforslag om gratis parkering i Hadsten bymidte","25/1502","referred"),
 it(7,"Køb af ejendom i Hammel","25/2256","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(ØU,D,2,"Forvaltningen fremlægger en opdateret prognose for ældreområdet",[("Forvaltningen","unit")],"2025-04-07","presentation")
act(ØU,D,4,"Forvaltningen udarbejder til mødet en oversigt over de ansøgte projekter",[("Forvaltningen","unit")],"2025-04-07")
act(ØU,D,5,"Udvalget anmoder Teknik- og Miljøudvalget om at evaluere serviceniveauet",[("Teknik- og Miljøudvalget","body")],"2025-12-31")
act(ØU,D,6,"Sagen oversendes til Teknik- og Miljøudvalget til videre behandling",[("Teknik- og Miljøudvalget","body")],None,"referral")
pp(ØU,D,4,"25/2011","2025-04-07","Sagen udsættes til Økonomiudvalgets møde den 7. april 2025")
for i,k in [(2,"at økonomirapporten tages til efterretning"),(3,"at der gives en anlægsbevilling på 12,4 mio. kr."),
            (3,"at rådighedsbeløbet frigives"),(3,"Indstilles til Byrådets godkendelse"),(3,"svømmeundervisning flyttes til Hinnerup Svømmehal"),
            (3,"Arbejdet forventes udført fra juni til december 2025"),
            (4,"at puljen udmøntes som foreslået"),(5,"at der gives en tillægsbevilling på 3,1 mio. kr."),(5,"Indstilles til Byrådets godkendelse"),
            (5,"Beløbet foreslås finansieret af kassebeholdningen"),
            (6,"at Økonomiudvalget drøfter borgerforslaget"),(6,"skal derfor behandles politisk"),(6,"Forslaget vil kræve ny skiltning")]:
    opt(D,i,k)

# ---------------------------------------------------------------- B Favrskov Byråd
BY="Byrådet"; D="2025-03-26"
meeting("favrskov-byraadet-2025-03-26.txt",BY,D,"18:00","Byrådssalen, Favrskov Rådhus",[],[
 it(1,"Godkendelse af dagsorden","25/541","approved"),
 it(2,"Meddelelser","25/542","noted"),
 it(3,"Tillægsbevilling til vintertjeneste 2024/25","25/2314","approved",prior=[(ØU,"2025-03-10",5,"approved")]),
 it(4,"Anlægsbevilling til renovering af Hadsten Svømmehal","24/21344","approved",prior=[(ØU,"2025-03-10",3,"approved")]),
 it(5,"Forslag til lokalplan 1187 for boliger ved Sønderskovvej, Hinnerup - vedtagelse","24/9934","referred",
    prior=[("Teknik- og Miljøudvalget","2025-03-04",None,"approved")]),
 it(6,"Beslutningsforslag fra Susanne Bjerre (F) om etablering af et ungeråd","25/2290","rejected"),
 it(7,"Salg af erhvervsgrund i Hadsten Nord","25/1990","none",closed=True)])
act(BY,D,3,"Udvalget anmoder Teknik- og Miljøudvalget om at evaluere serviceniveauet",[("Teknik- og Miljøudvalget","body")],"2025-12-31",source="prior-decision")
act(BY,D,5,"Sagen sendes tilbage til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
for i,k in [(3,"at der gives en tillægsbevilling på 3,1 mio. kr."),(3,"Indstilles til Byrådets godkendelse"),(3,"Beløbet foreslås finansieret af kassebeholdningen"),
            (4,"at der gives en anlægsbevilling på 12,4 mio. kr."),(4,"at rådighedsbeløbet frigives"),(4,"Indstilles til Byrådets godkendelse"),
            (4,"Arbejdet forventes udført fra juni til december 2025"),
            (5,"at lokalplan 1187 vedtages endeligt"),(6,"Byrådet beslutter at etablere et ungeråd"),
            (2,"Borgmesteren orienterede om status på forhandlingerne")]:
    opt(D,i,k)

# ---------------------------------------------------------------- C Svendborg KMU
KMU="Klima- og Miljøudvalget"; D="2024-06-04"
meeting("svendborg-klima-og-miljoeudvalget-2024-06-04.txt",KMU,D,"08:15","Mødelokale 3, Rådhuset, Ramsherred 5, Svendborg",
 ["Jens Erik Borch","Hanne Sletting","Mikael Krog","Camilla Lund","Per Thorø","Ib Gormsen"],[
 it(62,"Godkendelse af dagsorden","00.22.04-A00-3-24","approved"),
 it(63,"Vandløbsregulativ for Syltemade Å - endelig vedtagelse","06.02.03-P19-4-23","approved",prior=[(KMU,"2024-05-07",51,"postponed")]),
 it(64,"Ansøgning om dispensation fra strandbeskyttelseslinjen, Bregninge Strand, Tåsinge","01.05.10-P19-12-24","rejected"),
 it(65,"Klimaplan 2030 - status på handlingsplanen","13.00.00-A00-2-24","noted",part=["Sofie Brandt"]),
 it(66,"Affaldsplan 2025-2036 - udkast til offentlig høring","07.00.00-P15-1-24","postponed",prior=[(KMU,"2024-05-07",55,"postponed")]),
 it(67,"Trafiksikkerhedsplan 2024-2028","05.01.00-P15-2-24","referred"),
 it(68,"Meddelelser","00.22.04-A00-4-24","noted"),
 it(69,"Erhvervelse af areal til regnvandsbassin ved Vestergade",None,"none",closed=True)])
act(KMU,D,65,"Forvaltningen forelægger en revideret handlingsplan for udvalget i oktober 2024",[("Forvaltningen","unit")],"2024-10-31","presentation",rng=("2024-10-01","2024-10-31"))
act(KMU,D,66,"Svendborg Affald inviteres til mødet",[("Svendborg Affald","external")],"2024-06-25","presentation")
act(KMU,D,67,"Udkastet sendes til udtalelse i Handicaprådet og Ældrerådet",[("Handicaprådet","body"),("Ældrerådet","body")],None,"referral")
pp(KMU,"2024-05-07",51,"06.02.03-P19-4-23",None,"Udsat","prior-decision")
pp(KMU,"2024-05-07",55,"07.00.00-P15-1-24",None,"Udsat til næste møde","prior-decision")
pp(KMU,D,66,"07.00.00-P15-1-24","2024-06-25","Sagen udsættes til udvalgets møde den 25. juni 2024")
for i,k in [(63,"Udvalget ønsker en besigtigelse af vandløbet"),(63,"Udvalget skal tage stilling til endelig vedtagelse"),
            (63,"Forvaltningen indstiller, at regulativet vedtages endeligt"),(64,"Forvaltningen indstiller, at der meddeles afslag"),
            (64,"Udvalget meddeler afslag på ansøgningen"),(65,"Forvaltningen indstiller, at orienteringen tages til efterretning"),
            (66,"Udvalget skal godkende, at udkast til ny affaldsplan sendes i offentlig høring"),(66,"Affaldsplanen skal vedtages inden udgangen af 2024"),
            (66,"Forvaltningen indstiller, at udkastet til affaldsplan sendes i offentlig høring"),
            (67,"Forvaltningen indstiller, at udvalget godkender trafiksikkerhedsplanen")]:
    opt(D,i,k)
case("06.02.03-P19-4-23","Vandløbsregulativ for Syltemade Å - endelig vedtagelse",[(KMU,"2024-05-07",51),(KMU,D,63)])
case("07.00.00-P15-1-24","Affaldsplan 2025-2036 - udkast til offentlig høring",[(KMU,"2024-05-07",55),(KMU,D,66)])
OP.append(dict(journalNumber="07.00.00-P15-1-24",title="Affaldsplan 2025-2036 - udkast til offentlig høring",committee=KMU,count=2,target="2024-06-25"))

# ---------------------------------------------------------------- D Kalundborg SSU
SSU="Social- og Sundhedsudvalget"; D="2024-11-13"
meeting("kalundborg-social-og-sundhedsudvalget-2024-11-13.txt",SSU,D,"14:00","Mødelokale 2.14, Rådhuset, Holbækvej 141, Kalundborg",
 ["Jette Brinch","Ole Sand Madsen","Kamilla Berg","Henrik Skov","Winnie Mørk"],[
 it(1,"Godkendelse af dagsorden","2024-000213","approved"),
 it(2,"Budgetopfølgning 3 - Social og Sundhed","2024-004512","noted",part=["Karina Lund","Mads Hjort"]),
 it(3,"Kvalitetsstandarder for personlig og praktisk hjælp 2025","2024-003877","approved"),
 it(4,"Forslag fra Kamilla Berg (F) om gratis tandpleje til hjemløse","2024-005233","decided"),
 it(5,"Status på rekruttering i ældreplejen","2024-002961","discussed",part=["Tine Bak"]),
 it(6,"Temadrøftelse: Demensstrategi 2025-2028","2024-005120","postponed"),
 it(7,"Meddelelser","2024-000214","noted"),
 it(8,"Eventuelt","2024-000215","decided")])
act(SSU,D,3,"Standarderne sendes i høring i Ældrerådet og Handicaprådet",[("Ældrerådet","body"),("Handicaprådet","body")],"2024-12-06","referral")
act(SSU,D,4,"bede administrationen om en sag om mulighederne",[("Administrationen","unit","administrationen")],"2025-02-28",rng=("2025-02-01","2025-02-28"))
act(SSU,D,8,"Administrationen vender tilbage med et skriftligt svar",[("Administrationen","unit")],None)
pp(SSU,D,6,"2024-005120","2024-12-11","Punktet udsættes til udvalgets temamøde den 11. december 2024")
OP.append(dict(journalNumber="2024-005120",title="Temadrøftelse: Demensstrategi 2025-2028",committee=SSU,count=1,target="2024-12-11"))
for i,k in [(2,"Direktionen indstiller, at budgetopfølgningen tages til efterretning"),(2,"Der er iværksat en handleplan"),
            (3,"Kvalitetsstandarderne skal revideres årligt"),(3,"Direktionen indstiller, at udkastet til kvalitetsstandarder"),
            (3,"Godkendt med den ændring, at afsnittet om klippekort præciseres"),
            (4,"Udvalget drøfter muligheden for at etablere et gratis tandplejetilbud"),
            (5,"Direktionen indstiller, at udvalget drøfter status"),(6,"Udvalget skal drøfte de overordnede rammer"),
            (6,"Direktionen indstiller, at udvalget drøfter rammerne"),(7,"det nye akutteam er i drift fra 1. december 2024")]:
    opt(D,i,k)

# ---------------------------------------------------------------- E Tønder BSU
BSU="Børne- og Skoleudvalget"; D="2024-09-02"
meeting("toender-boerne-og-skoleudvalget-2024-09-02.txt",BSU,D,"16:00","Mødelokale A, Tønder Rådhus",
 ["Kirsten Bøg","Mia Toft","Lasse Fogh","Gunnar Hald","Rikke Åberg","Kenneth Winther"],[
 it(1,"Godkendelse af dagsorden","24/13290","approved"),
 it(2,"Fremtidig skolestruktur i Tønder Kommune","24/4410","approved",part=["Anders Kirk","Maja Friis"],prior=[(BSU,"2024-08-05",None,"discussed")]),
 it(3,"Ansøgning om tilskud til lejrskole for 6. årgang, Bredebro Skole","24/12876","rejected"),
 it(4,"Kvalitetsrapport for skoleåret 2023/24","24/9121","postponed"),
 it(5,"Dagtilbudspolitik 2025-2028 - udkast","24/11050","referred"),
 it(6,"Meddelelser","24/13291","noted"),
 it(7,"Personalesag",None,"none",closed=True)])
act(BSU,D,2,"Forvaltningen udarbejder en tidsplan for implementeringen",[("Forvaltningen","unit")],"2024-10-07",rng=("2024-10-01","2024-10-31"))
act(BSU,D,5,"Udvalget oversender udkastet til Handicaprådet",[("Handicaprådet","body")],None,"referral")
pp(BSU,D,4,"24/9121","2024-10-07","Punktet udsættes til udvalgets møde den 7. oktober 2024")
OP.append(dict(journalNumber="24/9121",title="Kvalitetsrapport for skoleåret 2023/24",committee=BSU,count=1,target="2024-10-07"))
case("24/4410","Fremtidig skolestruktur i Tønder Kommune",[(BSU,"2024-08-05",None),(BSU,D,2)])
for i,k in [(2,"Udvalget ønsker sagen genoptaget"),(2,"Udvalget skal nu anbefale en model"),(2,"Udvalget anbefaler model B"),
            (2,"indstiller, at udvalget anbefaler en af de tre modeller"),(3,"indstiller, at ansøgningen ikke imødekommes"),
            (3,"Lejrskoler finansieres af skolernes egne budgetter"),
            (4,"hvor skolelederne deltager"),(4,"indstiller, at udvalget drøfter kvalitetsrapporten"),(5,"indstiller, at udkastet sendes i offentlig høring"),
            (2,"Gunnar Hald (DF) tager forbehold")]:
    opt(D,i,k)

# ---------------------------------------------------------------- F Gribskov KB
KB="Kommunalbestyrelsen"; D="2025-01-27"
kb_att=["Michael Sandby","Trine Egetved","Kristian Bøgh","Bente Skytte","Jannich Petersen","Anne Dyhr","Pia Foght","Rasmus Holm",
 "Brian Lund","Karen Holst","Morten Bang","Helle Bruun","Torben Kjær","Susan Ravn","Lars Nørgaard","Camilla Sten","Henrik Moos",
 "Birgitte Aas","Kenneth Holm","Line Friis","Poul Hein","Maja Stenbæk","Jens Kromann","Dorte Lorentzen","Mona Lind"]
meeting("gribskov-kommunalbestyrelsen-2025-01-27.txt",KB,D,"18:00","Byrådssalen, Rådhuset, Helsinge",kb_att,[
 it(1,"Godkendelse af dagsorden","25/188","approved"),
 it(2,"Udpegning af nyt medlem til Folkeoplysningsudvalget","24/24318","approved"),
 it(3,"Frigivelse af anlægsmidler til cykelsti mellem Græsted og Mårum","24/21877","approved",prior=[(ØU,"2025-01-15",4,"approved")]),
 it(4,"Ændring af styrelsesvedtægt - 2. behandling","24/19840","approved",prior=[(KB,"2024-12-16",12,"approved"),(ØU,"2025-01-15",6,"approved")]),
 it(5,"Medlemsforslag fra Anne Dyhr (Ø) om plantning af 10.000 træer","25/412","referred"),
 it(6,"Lokalplan 412 for butikker i Helsinge Nord - endelig vedtagelse","24/8805","postponed",prior=[("Planudvalget","2025-01-13",8,"approved")]),
 it(7,"Salg af ejendommen Østergade 12, Helsinge",None,"approved",closed=True)])
act(KB,D,3,"Cykelstien skal være klar til brug senest 1. oktober 2025",[],"2025-10-01","milestone")
act(KB,D,4,"Administrationen sender den ændrede styrelsesvedtægt til Ankestyrelsen",[("Administrationen","unit")],None)
act(KB,D,5,"Forslaget oversendes til Klima- og Miljøudvalget",[("Klima- og Miljøudvalget","body")],None,"referral")
act(KB,D,6,"Administrationen indhenter til mødet en detailhandelsanalyse",[("Administrationen","unit")],"2025-02-24")
pp(KB,D,6,"24/8805","2025-02-24","Sagen udsættes til Kommunalbestyrelsens møde den 24. februar 2025")
OP.append(dict(journalNumber="24/8805",title="Lokalplan 412 for butikker i Helsinge Nord - endelig vedtagelse",committee=KB,count=1,target="2025-02-24"))
case("24/21877","Frigivelse af anlægsmidler til cykelsti mellem Græsted og Mårum",[(ØU,"2025-01-15",4),(KB,D,3)])
case("24/19840","Ændring af styrelsesvedtægt - 2. behandling",[(KB,"2024-12-16",12),(ØU,"2025-01-15",6),(KB,D,4)])
case("24/8805","Lokalplan 412 for butikker i Helsinge Nord - endelig vedtagelse",[("Planudvalget","2025-01-13",8),(KB,D,6)])
for i,k in [(2,"Administrationen indstiller, at Kommunalbestyrelsen udpeger Rasmus Holm"),(2,"Gruppe A har peget på Rasmus Holm"),
            (3,"Administrationen indstiller, at anlægsmidlerne"),(4,"Administrationen indstiller, at ændringen af styrelsesvedtægten"),
            (4,"Ændringer i styrelsesvedtægten skal behandles på to møder"),(4,"lægges sammen til ét udvalg"),
            (5,"Kommunalbestyrelsen beslutter, at der i løbet af 2025 og 2026 plantes 10.000 træer"),
            (6,"Administrationen indstiller, at lokalplan 412 vedtages endeligt")]:
    opt(D,i,k)

# ---------------------------------------------------------------- G Hammel menighedsråd
MR="Menighedsrådet"; D="2025-02-13"
meeting("hammel-menighedsraadet-2025-02-13.txt",MR,D,"19:00","Konfirmandstuen, Hammel Præstegård",
 ["Inger Lykke Mortensen","Svend Aage Bech","Birthe Kjeldsen","Poul Erik Dam","Hanne Vestergaard","Jørgen Lund","Maria Fogh","Dorthe Krogh"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse og underskrift af referat fra mødet den 16. januar 2025",None,"approved"),
 it(3,"Meddelelser",None,"noted"),
 it(4,"Kvartalsrapport for 4. kvartal 2024",None,"approved"),
 it(5,"Kalkmalerierne i koret - konservatorens rapport",None,"discussed"),
 it(6,"Sogneudflugt 2025",None,"decided"),
 it(7,"Ansøgning om lån af kirken til koncert med Hammel Kammerkor",None,"approved"),
 it(8,"Ny vedtægt for Hammel Kirkegård",None,"postponed"),
 it(9,"Eventuelt",None,"none")])
act(MR,D,3,"Poul Erik indhenter tilbud på reparation af tagrenden",[("Poul Erik Dam","person","Poul Erik")],"2025-03-01")
act(MR,D,5,"Jørgen kontakter Nationalmuseet",[("Jørgen Lund","person","Jørgen")],"2025-03-13")
act(MR,D,6,"Svend Aage og Hanne planlægger udflugten",[("Svend Aage Bech","person","Svend Aage"),("Hanne Vestergaard","person","Hanne")],"2025-05-01")
act(MR,D,7,"Praktiske aftaler med korets dirigent",[("Dorthe Krogh","person","Dorthe")],None)
pp(MR,D,8,None,"2025-03-13","Udsat til næste møde")
for i,k in [(3,"Stiftet holder kursus for nye menighedsrådsmedlemmer"),(3,"varetager embedsforretningerne"),
            (3,"Der er bevilget 45.000 kr."),(5,"der ikke skal gøres noget, før der foreligger en faglig vurdering"),
            (6,"Det blev besluttet at holde sogneudflugt"),(3,"Maria holder vinterferie i uge 8"),(7,"Koncerten holdes søndag den 6. april 2025")]:
    opt(D,i,k)

# ---------------------------------------------------------------- H Gjern lokalråd
LR="Lokalrådet"; D="2024-10-08"
meeting("gjern-lokalraadet-2024-10-08.txt",LR,D,"19:30","Gjern Medborgerhus, lokale 2",
 ["Anne Marie Holt","Bo Rasmussen","Karsten Nyborg","Lise Dahl","Ebbe Juul"],[
 it(1,"Velkomst og godkendelse af dagsorden",None,"approved"),
 it(2,"Landdistriktspuljen - ansøgning om shelterplads ved Gjern Å",None,"decided"),
 it(3,"Trafiksikkerhed på Søbyvej",None,"decided"),
 it(4,"Juletræstænding lørdag 30/11",None,"decided"),
 it(5,"Ny hjemmeside",None,"postponed"),
 it(6,"Evt.",None,"none")])
act(LR,D,2,"Anne Marie og Ebbe skriver ansøgningen færdig inden 25. oktober",[("Anne Marie Holt","person","Anne Marie"),("Ebbe Juul","person","Ebbe")],"2024-10-25")
act(LR,D,3,"Bo tager kontakt til Silkeborg Kommunes trafikafdeling",[("Bo Rasmussen","person","Bo")],"2024-11-12")
act(LR,D,4,"Karsten bestiller juletræ",[("Karsten Nyborg","person","Karsten")],None,rng=("2024-11-30","2024-11-30"))
act(LR,D,4,"Lise kontakter spejderne",[("Lise Dahl","person","Lise")],None,rng=("2024-11-30","2024-11-30"))
act(LR,D,4,"Plakater hænges op i uge 46",[("Tove Iversen","person","Tove")],"2024-11-17",rng=("2024-11-11","2024-11-17"))
pp(LR,D,5,None,"2024-11-12","Udskudt til næste møde")
for i,k in [(2,"Vi søger 75.000 kr."),(2,"Ansøgningsfrist er 1. november"),(2,"Anne Marie orienterede om puljen"),
            (3,"Vi var enige om at bede kommunen om en hastighedsmåling"),(4,"Vi gentager sidste års koncept"),
            (6,"Gjern Borgerforening holder generalforsamling")]:
    opt(D,i,k)

# ---------------------------------------------------------------- I Ådalsskolen
SB="Skolebestyrelsen"; D="2025-01-21"
meeting("aadalsskolen-skolebestyrelsen-2025-01-21.txt",SB,D,"17:00","Personalerummet, afd. Nord",
 ["Camilla Skou","Rune Bertelsen","Louise Hjorth","Peter Damgaard","Anna Wind","Mette Hove","Jakob Ris","Freja Lassen","Søren Lindberg","Birgitte Krog"],[
 it(1,"Godkendelse af dagsorden og referat fra 10. december",None,"approved"),
 it(2,"Nyt fra ledelsen",None,"noted"),
 it(3,"Budget 2025",None,"discussed"),
 it(4,"Principper for lektier og lektiehjælp",None,"discussed"),
 it(5,"Trivselsmåling 2024",None,"noted"),
 it(6,"Mobilpolitik - evaluering",None,"postponed"),
 it(7,"Forårskoncert og skolefest",None,"decided"),
 it(8,"Opgaveliste",None,"none"),
 it(9,"Evt.",None,"none")])
act(SB,D,5,"BK præsenterer resultaterne for 7.-9. årgang",[("Birgitte Krog","person","BK")],"2025-02-25","presentation")
act(SB,D,8,"Udkast til reviderede principper for lektier",[("Søren Lindberg","person","SL"),("Mette Hove","person","MH")],"2025-02-25")
act(SB,D,8,"Vagtplan for kaffe og kage til forårskoncerten",[("Camilla Skou","person","CS")],"2025-03-01")
act(SB,D,8,"Artikel om bestyrelsens arbejde til Aula",[("Rune Bertelsen","person","RB"),("Anna Wind","person","AW")],"2025-02-09",rng=("2025-02-03","2025-02-09"))
pp(SB,D,6,None,"2025-02-25","Punktet blev udsat til næste møde")
for i,k in [(2,"To nye lærere starter 1. februar"),(2,"Forsikringen dækker"),(2,"Skolen deltager i kommunens forsøg med læsebånd"),
            (3,"som skal indhentes over to år"),(3,"Lejrskolerne skal fastholdes"),(4,"Der er ønske om færre skriftlige lektier"),
            (4,"Se opgavelisten"),(7,"skolebestyrelsen står for kaffe og kage"),(7,"Bestyrelsen besluttede, at forårskoncerten holdes")]:
    opt(D,i,k)

# ---------------------------------------------------------------- J Grundejerforeningen Kærgården
GF="Bestyrelsen"; D="2025-04-22"
meeting("grundejerforeningen-kaergaarden-bestyrelsen-2025-04-22.txt",GF,D,"19:00","Hos Jytte Friis, Kærgårdsvej 31",
 ["Ole Bak","Jytte Friis","Henrik Maag","Susanne Vind","Per Dalsgaard"],[
 it(1,"Referat fra sidste møde",None,"approved"),
 it(2,"Økonomi",None,"noted"),
 it(3,"Generalforsamling 2025",None,"decided"),
 it(4,"Asfaltering af Kærgårdsvej",None,"decided"),
 it(5,"Beskæring af beplantning på fællesarealerne",None,"postponed"),
 it(6,"Evt.",None,"decided")])
act(GF,D,2,"Rykkere til de 7 restanter sendes inden 1. maj",[("Jytte Friis","person","Jytte")],"2025-05-01")
act(GF,D,3,"Indkaldelse med dagsorden og regnskab udsendes senest 8. maj",[("Ole Bak","person","Ole")],"2025-05-08")
act(GF,D,4,"Vestjysk Asfalt udfører arbejdet i uge 23",[("Vestjysk Asfalt","external")],"2025-06-08",rng=("2025-06-02","2025-06-08"))
act(GF,D,4,"Henrik sender i uge 21 besked til beboerne",[("Henrik Maag","person","Henrik")],"2025-05-25",rng=("2025-05-19","2025-05-25"))
act(GF,D,5,"Susanne indhenter inden næste møde overslag",[("Susanne Vind","person","Susanne")],"2025-06-10")
act(GF,D,6,"Per undersøger interessen i foreningens Facebook-gruppe",[("Per Dalsgaard","person","Per")],None)
act(GF,D,6,"Ole skriver et indlæg til næste nyhedsbrev",[("Ole Bak","person","Ole")],None)
pp(GF,D,5,None,"2025-06-10","Punktet udsættes til næste bestyrelsesmøde")
for i,k in [(3,"Generalforsamlingen afholdes torsdag den 22. maj"),(3,"Bestyrelsen foreslår uændret kontingent"),
            (3,"Per er villig til at stille op"),(3,"modtager genvalg"),(4,"Bestyrelsen besluttede at vælge tilbuddet"),
            (6,"Per foreslog et loppemarked")]:
    opt(D,i,k)

# ---------------------------------------------------------------- K Skovby IF
IF="Bestyrelsen"; D="2024-08-27"
meeting("skovby-if-bestyrelsen-2024-08-27.txt",IF,D,"19:30","klubhuset",
 ["Mikkel Juhl","Karina Poulsen","Thomas Hedegaard","Line Storm","Ahmad Nouri"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Opfølgning fra sidste møde",None,"noted"),
 it(3,"Økonomi v/ Karina",None,"noted"),
 it(4,"Nyt banelys på kunstgræsbanen",None,"decided"),
 it(5,"Sæsonafslutning/klubfest",None,"decided"),
 it(6,"Trænerkurser i DGI",None,"postponed"),
 it(7,"Evt.",None,"decided")])
act(IF,D,3,"KP sender rykker til restanter inden 15. september",[("Karina Poulsen","person","KP")],"2024-09-15")
act(IF,D,3,"KP får serviceaftalen på hjertestarteren på plads",[("Karina Poulsen","person","KP")],"2024-09-30")
act(IF,D,4,"AN og MJ skriver ansøgningen",[("Ahmad Nouri","person","AN"),("Mikkel Juhl","person","MJ")],"2024-10-01")
act(IF,D,4,"TH indhenter et ekstra tilbud fra en elinstallatør",[("Thomas Hedegaard","person","TH")],None)
act(IF,D,5,"LS booker hallen inden udgangen af uge 37",[("Line Storm","person","LS")],"2024-09-15",rng=("2024-09-09","2024-09-15"))
act(IF,D,7,"TH laver en nøgleliste til næste møde",[("Thomas Hedegaard","person","TH")],"2024-09-24")
pp(IF,D,6,None,"2024-09-24","Udsat til næste møde")
for i,k in [(2,"Nye net til håndboldmålene"),(2,"Aftale med Skovby Skole om hallen"),(2,"Hjertestarter ved klubhuset"),
            (3,"23 medlemmer mangler at betale"),(4,"Vi søger Lokale og Anlægsfonden"),(4,"foreningen selv lægger 100.000 kr."),
            (5,"Alle afdelinger bidrager med en frivillig"),(5,"Klubfesten holdes lørdag d. 16. november"),
            (7,"Der mangler 2 nøgler til redskabsrummet")]:
    opt(D,i,k)

# ---------------------------------------------------------------- L Odder Ældreråd
ÆR="Ældrerådet"; D="2025-05-15"
meeting("odder-aeldreraadet-2025-05-15.txt",ÆR,D,"09:30","Mødelokale 3, Odder Rådhus",
 ["Grethe Munk","Erik Thygesen","Aase Hvid","Villy Brandt","Inga Sørensen","Bent Mørup"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 10. april 2025",None,"approved"),
 it(3,"Høring - Kvalitetsstandard for madservice 2026",None,"decided",part=["Tina Gram"]),
 it(4,"Orientering fra Sundheds- og Omsorgsudvalget",None,"noted"),
 it(5,"Ældrerådsvalg 2025",None,"decided"),
 it(6,"Seniorernes Dag 2025",None,"postponed"),
 it(7,"Eventuelt",None,"decided")])
act(ÆR,D,3,"Formanden og Erik udarbejder høringssvaret",[("Grethe Munk","person","Formanden"),("Erik Thygesen","person","Erik")],"2025-06-01")
act(ÆR,D,5,"Villy og Aase laver en opstillingsfolder",[("Villy Brandt","person","Villy"),("Aase Hvid","person","Aase")],"2025-09-01")
act(ÆR,D,5,"Grethe bestiller annoncer om valgmødet i Odder Avis",[("Grethe Munk","person","Grethe")],"2025-09-30")
act(ÆR,D,7,"Ældrerådet sender et brev til Teknik- og Miljøudvalget",[("Ældrerådet","body")],None)
pp(ÆR,D,6,None,"2025-06-12","Udsættes til mødet i juni")
for i,k in [(3,"Ældrerådet drøftede udkastet og afgiver høringssvar"),(3,"Valgfriheden mellem to retter hilses velkommen"),
            (3,"Prisstigningen bør ikke gennemføres"),(3,"Der bør være en fast kontaktperson i køkkenet"),
            (5,"Valget afholdes som fremmødevalg"),(5,"Ældrerådet besluttede at holde et offentligt valgmøde"),
            (4,"Grethe orienterede fra udvalgets møde den 6. maj")]:
    opt(D,i,k)

# ---------------------------------------------------------------- cross-meeting cases (Favrskov) and 24/9934, 25/2011
case("25/2314","Tillægsbevilling til vintertjeneste 2024/25",[(ØU,"2025-03-10",5),(BY,"2025-03-26",3)])
case("24/21344","Anlægsbevilling til renovering af Hadsten Svømmehal",[(ØU,"2025-03-10",3),(BY,"2025-03-26",4)])
case("24/9934","Forslag til lokalplan 1187 for boliger ved Sønderskovvej, Hinnerup - vedtagelse",[("Teknik- og Miljøudvalget","2025-03-04",None),(BY,"2025-03-26",5)])
OP.insert(0,dict(journalNumber="25/2011",title="Udmøntning af pulje til grøn omstilling i lokalsamfundene",committee=ØU,count=1,target="2025-04-07"))


PEOPLE=[
 ("Hans-Jørgen Lauridsen",["Økonomichef"],[]),("Mette Vinding",["Kommunaldirektør"],[]),("Rikke Sand",["Økonomikonsulent","Referent"],[]),
 ("Lars Gram Mikkelsen",["formand"],[]),("Birgit Hald",["næstformand"],[]),("Kim Thorup",["Stedfortræder"],[]),
 ("Jens Erik Borch",["formand"],[]),("Sofie Brandt",["Klimakoordinator"],[]),("Søren Wulff",["Direktør for Teknik og Miljø"],[]),
 ("Jette Brinch",["formand"],[]),("Karina Lund",["Økonomichef"],[]),("Mads Hjort",["controller"],[]),("Tine Bak",["HR-chef"],[]),
 ("Anders Kirk",["Skolechef"],["Skolechefen"]),("Maja Friis",["konsulent"],[]),
 ("Michael Sandby",["borgmester"],[]),("Mona Lind",["stedfortræder"],[]),("Nina Balle",["Kommunaldirektør"],[]),
 ("Inger Lykke Mortensen",["formand"],[]),("Poul Erik Dam",["kirkeværge"],["Poul Erik","Kirkeværgen"]),("Jørgen Lund",[],["Jørgen"]),
 ("Svend Aage Bech",["næstformand"],["Svend Aage"]),("Hanne Vestergaard",["sekretær","Referent"],["Hanne"]),("Maria Fogh",["sognepræst"],["Maria","Præsten"]),
 ("Dorthe Krogh",["medarbejderrepræsentant"],["Dorthe"]),("Birthe Kjeldsen",["kasserer"],["Birthe","Kassereren"]),
 ("Anne Marie Holt",["formand"],["Anne Marie"]),("Ebbe Juul",[],["Ebbe"]),("Bo Rasmussen",[],["Bo"]),("Karsten Nyborg",["referent"],["Karsten"]),
 ("Lise Dahl",[],["Lise"]),("Tove Iversen",[],["Tove"]),
 ("Camilla Skou",["formand"],["CS"]),("Rune Bertelsen",[],["RB"]),("Anna Wind",[],["AW"]),("Mette Hove",[],["MH"]),
 ("Søren Lindberg",["Skoleleder"],["SL"]),("Birgitte Krog",["viceskoleleder","Referent"],["BK"]),
 ("Ole Bak",["formand"],["Ole"]),("Jytte Friis",["kasserer"],["Jytte"]),("Henrik Maag",[],["Henrik"]),("Susanne Vind",["Referent"],["Susanne"]),
 ("Per Dalsgaard",["suppleant"],["Per"]),
 ("Mikkel Juhl",["formand"],["MJ"]),("Karina Poulsen",["kasserer"],["KP","Karina"]),("Thomas Hedegaard",[],["TH"]),("Line Storm",["Referent"],["LS"]),
 ("Ahmad Nouri",[],["AN"]),("Rasmus Brink",[],["RB"]),
 ("Grethe Munk",["formand"],["Grethe","Formanden"]),("Erik Thygesen",["næstformand"],["Erik"]),("Villy Brandt",[],["Villy"]),("Aase Hvid",[],["Aase"]),
 ("Tina Gram",["Afdelingsleder for Madservice"],[]),("Lotte Riis",["sekretær for Ældrerådet","Referent"],[]),
]
SENT=json.load(open(os.path.join(os.path.dirname(__file__), "sent.json"),encoding="utf-8"))
for i,a in enumerate(A,1):
    a["id"]=f"b19-{i:03d}"
    if a["id"] in SENT: a["sentence"]=SENT[a["id"]]
gold=dict(version=1,asOf="2025-12-31",corpusEnd="2025-05-15",meetings=M,actions=A,optionalActions=OPT,postponements=P,openPostponed=OP,cases=C,
  people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(os.path.dirname(__file__), "..", "gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"open",len(C),"cases")
