#!/usr/bin/env python3
"""Generates ../gold.json for blind28 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Region Sjælland, regional udvalg (eDoc-type PDF via pdftotext, labels above values)
RUK="Udvalget for Regional Udvikling og Klima"; D="2031-01-20"
meeting("region-sjaelland-udvalget-for-regional-udvikling-og-klima-2031-01-20.txt",RUK,D,"13:00",
 "Regionshuset, Alléen 15, 4180 Sorø, mødelokale 1.14",
 ["Heino Krogsgaard","Mette Lundbye Friis","Tobias Rahbek","Lærke Bonnesen","Said Amiri","Gitte Faurholt",
  "Poul Henning Vedsted","Birte Winkel"],[
 it(1,"Godkendelse af dagsorden","EMN-2031-00031","approved"),
 it(2,"Regional udviklingsstrategi 2031-2034 - høringssvar fra kommunerne","EMN-2030-01877","approved",
    prior=[(RUK,"2030-12-02",9,"approved")]),
 it(3,"Regionalbusrute 250R Holbæk-Ringsted - fremtidig drift","EMN-2030-02210","postponed",
    prior=[(RUK,"2030-12-02",5,"postponed")]),
 it(4,"Klimatilpasning langs Køge Bugt - regional medfinansiering","EMN-2030-02456","approved"),
 it(5,"Ansøgning fra Sjællands Erhvervsnetværk om driftstilskud 2031","EMN-2031-00102","rejected"),
 it(6,"Status på uddannelsesdækning i Vestsjælland","EMN-2030-01990","noted",part=["Rikke Stavnsbjerg"]),
 it(7,"Eventuelt","EMN-2031-00032","none"),
 it(8,"Leje af lokaler til Regional Udvikling","EMN-2031-00140","approved",closed=True)])
act(RUK,D,2,"Administrationen arrangerer et dialogmøde med KKR Sjælland i høringsperioden.",
    "Administrationen arrangerer et dialogmøde med KKR Sjælland",[("Administrationen","unit")],None,source="prior-decision")
act(RUK,D,3,"Administrationen udarbejder til det møde et notat om passagertal og alternative linjeføringer i samarbejde med Movia.",
    "notat om passagertal og alternative linjeføringer",[("Administrationen","unit")],"2031-03-03")
act(RUK,D,5,"Enheden for Regional Udvikling sender et begrundet afslag til ansøger.",
    "Enheden for Regional Udvikling sender et begrundet afslag",[("Enheden for Regional Udvikling","unit")],None)
act(RUK,D,6,"Udvalget ønsker en fornyet status, når optagetallene for 2031 foreligger i august.",
    "Udvalget ønsker en fornyet status",[],"2031-08-31","presentation",rng=("2031-08-01","2031-08-31"))
pp(RUK,"2030-12-02",5,"EMN-2030-02210",None,"Udsat","prior-decision")
pp(RUK,D,3,"EMN-2030-02210","2031-03-03","Sagen blev ikke færdigbehandlet og genoptages på udvalgets møde den 3. marts 2031")
op("EMN-2030-02210","Regionalbusrute 250R Holbæk-Ringsted - fremtidig drift",RUK,2,"2031-03-03")
case("EMN-2030-01877","Regional udviklingsstrategi 2031-2034 - høringssvar fra kommunerne",[(RUK,"2030-12-02",9),(RUK,D,2)])
case("EMN-2030-02210","Regionalbusrute 250R Holbæk-Ringsted - fremtidig drift",[(RUK,"2030-12-02",5),(RUK,D,3)])
opt(D,2,"Anbefales over for forretningsudvalget og regionsrådet","Udvalget godkendte, at udkastet sendes i høring",
      "Administrationen indstiller, at udvalget anbefaler")
opt(D,3,"Administrationen indstiller, at ruten videreføres")
opt(D,4,"Anbefales over for forretningsudvalget og regionsrådet","Poul Henning Vedsted (D) stemte imod",
      "Administrationen indstiller, at udvalget anbefaler")
opt(D,5,"Udvalget kunne ikke anbefale ansøgningen","Administrationen indstiller, at ansøgningen imødekommes")
opt(D,6,"Administrationen indstiller, at orienteringen tages til efterretning")

# ------------------------------------------------------------ B Tønder Kommunalbestyrelsen (web copy, CRLF, "§ N.", attendees by party)
KB="Kommunalbestyrelsen"; ØU="Økonomiudvalget"; D="2031-02-27"
meeting("toender-kommunalbestyrelsen-2031-02-27.txt",KB,D,"17:00","Byrådssalen, Rådhuset, Kongevej 57, Tønder",
 ["Anders Kjær Lauritsen","Bente Juul Hansen","Carsten Møldrup","Dorthe Brink","Erik Schack Sørensen","Frida Nørgaard",
  "Gunnar Toft Lund","Hanne Vestergaard Riis","Ib Kragelund","Jane Paulsen","Lisbeth Ravn","Mads Ølgaard",
  "Niels Jessen Thomsen","Ole Brodersen","Pia Carstensen","Rolf Hinrichsen","Søren Bøje","Uffe Kjærgaard",
  "Vibeke Skov Holm","Winnie Lykke","Yusuf Demir","Asger Friis Mathiesen","Britt Tranberg","Cecilie Rask"],[
 it(14,"Godkendelse af dagsorden","31/00211","approved"),
 it(15,"Meddelelser","31/00212","noted"),
 it(16,"Ændring af styrelsesvedtægten - udvalgsstruktur","31/00387","approved"),
 it(17,"Forslag til lokalplan 3.071 for boliger ved Ribelandevej i Skærbæk","30/14220","approved"),
 it(18,"Anlægsbevilling til renovering af Løgumkloster Svømmehal","30/09811","postponed",
    prior=[(ØU,"2031-02-13",None,"approved")]),
 it(19,"Medlemsforslag fra Winnie Lykke (F) om gratis frugt i dagtilbud","31/01555","rejected"),
 it(20,"Tønder Festival 2031 - aftale om brug af kommunale arealer","31/01610","referred"),
 it(21,"Køb af ejendom, Vestergade","31/01702","approved",closed=True)])
act(KB,D,15,"Kommunaldirektøren sender en skriftlig status på udbuddet af madservice til kommunalbestyrelsens medlemmer inden udgangen af marts.",
    "sender en skriftlig status på udbuddet af madservice",[("Lone Wind Kristiansen","person","Kommunaldirektøren")],"2031-03-31")
act(KB,D,17,"Planafdelingen holder et borgermøde i Skærbæk i uge 12.",
    "Planafdelingen holder et borgermøde i Skærbæk",[("Planafdelingen","unit")],"2031-03-23",rng=("2031-03-17","2031-03-23"))
act(KB,D,18,"Borgmesteren og Bente Juul Hansen tager en dialog med Løgumkloster Svømmeklub om en eventuel egenfinansiering.",
    "tager en dialog med Løgumkloster Svømmeklub",
    [("Anders Kjær Lauritsen","person","Borgmesteren"),("Bente Juul Hansen","person")],None)
act(KB,D,20,"Sagen oversendes til Kultur- og Fritidsudvalget til videre behandling.",
    "Sagen oversendes til Kultur- og Fritidsudvalget",[("Kultur- og Fritidsudvalget","body")],None,"referral")
pp(KB,D,18,"30/09811",None,"Kommunalbestyrelsen besluttede at udsætte sagen")
op("30/09811","Anlægsbevilling til renovering af Løgumkloster Svømmehal",KB,1,None)
case("30/09811","Anlægsbevilling til renovering af Løgumkloster Svømmehal",[(ØU,"2031-02-13",None),(KB,D,18)])
opt(D,15,"Borgmesteren orienterede om mødet","Kommunaldirektøren orienterede om status",
      "Yusuf Demir (F) spurgte til ventetiden","Meddelelserne blev taget til efterretning")
opt(D,16,"Indstillingen blev fulgt","indstiller, at forslaget til ændret styrelsesvedtægt godkendes",
      "Ændringen kræver to behandlinger")
opt(D,17,"Vedtaget med 20 stemmer mod 4","Forslaget skal i offentlig høring i 8 uger")
opt(D,18,"Anbefales godkendt","Sagen genoptages, når der foreligger et revideret tilbud")
opt(D,19,"Forslaget blev forkastet","Winnie Lykke (F) foreslår")
opt(D,21,"erklærede sig inhabil")

# ------------------------------------------------------------ C Slagelse Miljø-, Plan- og Klimaudvalget (First Agenda PDF, pdftotext -layout)
MPK="Miljø-, Plan- og Klimaudvalget"; D="2031-03-10"
meeting("slagelse-miljoe-plan-og-klimaudvalget-2031-03-10.txt",MPK,D,"15:30",
 "Mødelokale 3, Slagelse Rådhus, Rådhuspladsen 11, 4200 Slagelse",
 ["Mikkel Brandt","Sanne Ahlefeldt","Jonas Kirkebæk","Lene Østergaard","Ahmed Saleh","Marianne Vang"],[
 it(31,"Godkendelse af dagsorden","31-00322","approved"),
 it(32,"Orientering om grundvandsbeskyttelse - indsatsplan Korsør Vest","30-17740","noted"),
 it(33,"Klimahandleplan - opfølgning 2030","31-00894","approved",part=["Signe Rasmussen"]),
 it(34,"Lokalplan 1287 - boliger ved Skovsøvej, Korsør - forslag","30-18852","postponed"),
 it(35,"Spildevandsplan 2031-2034 - endelig vedtagelse","30-11020","approved"),
 it(36,"Ansøgning om landzonetilladelse til hestepension, Stillinge Strandvej","31-01245","rejected"),
 it(37,"Henvendelse fra Grønt Råd om træfældning i Lystskoven","31-01390","referred"),
 it(38,"Ekspropriation til cykelsti langs Næstvedvej","31-00402","approved",closed=True)])
act(MPK,D,32,"Udvalget ønsker, at Center for Teknik og Miljø fremlægger en status på aftalerne med lodsejerne på mødet den 11. august 2031.",
    "fremlægger en status på aftalerne med lodsejerne",[("Center for Teknik og Miljø","unit")],"2031-08-11","presentation")
act(MPK,D,37,"Henvendelsen oversendes til Kultur-, Fritids- og Turismeudvalget, som ejer arealet.",
    "Henvendelsen oversendes til Kultur-, Fritids- og Turismeudvalget",
    [("Kultur-, Fritids- og Turismeudvalget","body")],None,"referral")
act(MPK,D,37,"Formanden svarer Grønt Råd.","Formanden svarer Grønt Råd",[("Mikkel Brandt","person","Formanden")],None)
pp(MPK,D,34,"30-18852","2031-04-07","Udsat til næste møde den 7. april 2031")
case("30-18852","Lokalplan 1287 - boliger ved Skovsøvej, Korsør - forslag",
     [(MPK,D,34),(MPK,"2031-04-07",47),("Økonomiudvalget","2031-05-19",114)])
opt(D,32,"indstiller, at orienteringen tages til","Orienteringen blev taget til efterretning")
opt(D,33,"indstiller, at opfølgningen godkendes og","Tiltrådt")
opt(D,34,"indstiller, at udvalget anbefaler over for")
opt(D,35,"Anbefales over for Økonomiudvalget og Byrådet","tog forbehold for tidsplanen",
      "indstiller, at udvalget anbefaler over for")
opt(D,36,"Udvalget meddelte afslag","stemte for at give tilladelse","indstiller, at der meddeles afslag")
opt(D,38,"Indstillingen godkendt")

# ------------------------------------------------------------ D Varde Ældrerådet (Word "plain text", Windows-1252, "Pkt. N<TAB>")
ÆR="Ældrerådet"; D="2031-04-01"
meeting("varde-aeldreraadet-2031-04-01.txt",ÆR,D,"09:30","Mødelokale 1, Varde Rådhus, Bytoften 2, 6800 Varde",
 ["Inger Marie Bloch","Poul Erik Sønderby","Karen Margrethe Vad","Jens Kristian Bak","Ruth Hvid","Helmer Kjær",
  "Svend Aage Holm","Anna Grethe Lund"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Budget 2032 – Ældrerådets input til Social- og Sundhedsudvalget","00.30.00-S00-6-31","discussed",part=["Merete Krogh"]),
 it(3,"Høring: Kvalitetsstandard for madservice","27.12.08-P22-2-31","decided"),
 it(4,"Ældrerådsvalg 2031 – valgmåde","27.69.48-A00-1-31","postponed"),
 it(5,"Orientering om demenshandleplan","27.00.00-P15-4-30","noted"),
 it(6,"Meddelelser fra formanden",None,"noted"),
 it(7,"Eventuelt",None,"decided")])
act(ÆR,D,2,"Poul Erik og Ruth formulerer rådets input og sender det til sekretæren inden den 25. april.",
    "formulerer rådets input",[("Poul Erik Sønderby","person","Poul Erik"),("Ruth Hvid","person","Ruth")],"2031-04-25")
act(ÆR,D,3,"Formanden skriver høringssvaret og sender det senest 14/4.",
    "Formanden skriver høringssvaret",[("Inger Marie Bloch","person","Formanden")],"2031-04-14")
act(ÆR,D,7,"Ældrechefen undersøger sagen og svarer på næste møde.",
    "Ældrechefen undersøger sagen",[("Lars Thornvig","person","Ældrechefen")],"2031-05-06")
pp(ÆR,D,4,"27.69.48-A00-1-31","2031-05-06","Punktet blev udskudt")
op("27.69.48-A00-1-31","Ældrerådsvalg 2031 – valgmåde",ÆR,1,"2031-05-06")
opt(D,2,"Ældrerådet drøftede budgetønskerne","Rådet kan sende input frem til 1. maj 2031","Merete Krogh fortalte")
opt(D,3,"Ældrerådet afgiver høringssvar","Rådet kan ikke støtte")
opt(D,4,"Tages op igen på mødet i maj")
opt(D,5,"Lars Thornvig gennemgik status")
opt(D,6,"Formanden har deltaget i Danske Ældreråds regionsmøde")
opt(D,7,"Svend Aage Holm spurgte til")

# ------------------------------------------------------------ E Slagelse Økonomiudvalget (saved web page, attendance table with statuses)
ØUS="Økonomiudvalget"; D="2031-05-19"
meeting("slagelse-oekonomiudvalget-2031-05-19.html",ØUS,D,"16:00",
 "Mødelokale 1, Slagelse Rådhus, Rådhuspladsen 11, 4200 Slagelse",
 ["Kasper Nordby","Sanne Ahlefeldt","Mikkel Brandt","Rikke Voss","Per Ulrik Enevoldsen","Nadia Lauritzen",
  "Claus Holmegaard","Jesper Bolding"],[
 it(112,"Godkendelse af dagsorden","31-00318","approved"),
 it(113,"Økonomirapport pr. 30. april 2031","31-02201","noted"),
 it(114,"Lokalplan 1287 – boliger ved Skovsøvej, Korsør – forslag","30-18852","approved",
    prior=[(MPK,"2031-03-10",34,"postponed"),(MPK,"2031-04-07",47,"approved")]),
 it(115,"Budget 2032 – tidsplan og budgetproces","31-02350","approved"),
 it(116,"Ansøgning om kommunegaranti for lån – Korsør Roklub","31-01977","rejected"),
 it(117,"Medfinansiering af kystbeskyttelse ved Bisserup","31-01808","postponed"),
 it(118,"Ejendomsstrategi – samling af administrative funktioner","30-20114","discussed"),
 it(119,"Tilbagekøb af erhvervsgrund i Slagelse Syd","31-02499","approved",closed=True)])
act(ØUS,D,113,"Økonomiudvalget anmoder fagudvalgene om at frembringe forslag til omprioriteringer inden den 15. august 2031.",
    "anmoder fagudvalgene om at frembringe forslag til omprioriteringer",[("Fagudvalgene","body","fagudvalgene")],"2031-08-15")
act(ØUS,D,115,"Direktionen udsender en revideret tidsplan senest 1/6-2031.",
    "Direktionen udsender en revideret tidsplan",[("Direktionen","unit")],"2031-06-01")
act(ØUS,D,118,"Borgmesteren og Sanne Ahlefeldt går videre med forslaget om samling af de administrative funktioner og vender tilbage i 3. kvartal.",
    "går videre med forslaget om samling af de administrative funktioner",
    [("Kasper Nordby","person","Borgmesteren"),("Sanne Ahlefeldt","person")],"2031-09-30","presentation",
    rng=("2031-07-01","2031-09-30"))
pp(ØUS,D,117,"31-01808",None,"Punktet blev trukket af borgmesteren og behandles på et senere møde")
op("31-01808","Medfinansiering af kystbeskyttelse ved Bisserup",ØUS,1,None)
opt(D,113,"indstiller, at økonomirapporten tages til efterretning")
opt(D,114,"anbefaler over for Byrådet, at forslaget sendes i offentlig høring","Udsat til næste møde den 7. april 2031",
      "Anbefales over for Økonomiudvalget og Byrådet","Thomas Birk Hjorth (O) stemte imod")
opt(D,115,"Godkendt med den ændring","indstiller, at tidsplanen for budget 2032 godkendes")
opt(D,116,"Ansøgningen blev forkastet","For at imødekomme ansøgningen stemte")

# ------------------------------------------------------------ F Ringsted Handicaprådet (Markdown note, YAML front matter, checkboxes)
HR="Handicaprådet"; D="2031-06-04"
meeting("ringsted-handicapraadet-2031-06-04.md",HR,D,"16:30","Ringsted Rådhus, Sct. Bendts Gade 1, mødelokale 2",
 ["Lise Bundgaard","Torben Aagesen","Kim Wedege","Jette Kvist","Naja Brøns","Ove Schmidt","Ulla Prip"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Høring: Tilgængelighedsstrategi for Ringsted Bymidte","02.34.02-P22-1-31","decided",
    prior=[(HR,"2031-04-02",5,"noted")]),
 it(3,"Orientering: Ny visitationsmodel på voksenhandicapområdet","27.24.00-G01-3-31","noted",part=["Bo Thrane"]),
 it(4,"Handicappris 2031","27.00.00-A00-14-31","approved",closed=True),
 it(5,"Kørselsordning til aktivitetscentre","27.12.32-G01-2-31","postponed"),
 it(6,"Tilgængelighed ved valgstederne","00.22.04-G01-1-31","discussed"),
 it(7,"Eventuelt","27.00.00-A00-15-31","decided")])
act(HR,D,2,"Ulla og Naja skriver udkast til høringssvar og sender det til KMJ senest fredag den 13. juni.",
    "skriver udkast til høringssvar",[("Ulla Prip","person","Ulla"),("Naja Brøns","person","Naja")],"2031-06-13")
act(HR,D,3,"Rådet vil gerne have en evaluering af modellen i 1. kvartal 2032.",
    "evaluering af modellen",[],"2032-03-31","presentation",rng=("2032-01-01","2032-03-31"))
act(HR,D,6,"Jette tager kontakt til valgsekretariatet om handicapparkering ved Ringsted Hallerne.",
    "Jette tager kontakt til valgsekretariatet",[("Jette Kvist","person","Jette")],None)
act(HR,D,7,"KMJ sender referatet ud senest 11.06.2031.",
    "KMJ sender referatet ud",[("Karin Møller Juhl","person","KMJ")],"2031-06-11")
pp(HR,D,5,"27.12.32-G01-2-31","2031-09-03","Udskudt til næste møde (3. september)")
op("27.12.32-G01-2-31","Kørselsordning til aktivitetscentre",HR,1,"2031-09-03")
case("02.34.02-P22-1-31","Høring: Tilgængelighedsstrategi for Ringsted Bymidte",[(HR,"2031-04-02",5),(HR,D,2)])
opt(D,2,"Rådet afgiver høringssvar","Rådet ønsker strategien i høring, når den foreligger")
opt(D,3,"Bo gennemgik den nye model")
opt(D,7,"Referatet godkendes via Teams-kanalen")

# ------------------------------------------------------------ G Mariagerfjord Børne- og Familieudvalget (web viewer copy, number after the title)
BFU="Børne- og Familieudvalget"; D="2031-06-23"
meeting("mariagerfjord-boerne-og-familieudvalget-2031-06-23.txt",BFU,D,"15:00","Mødelokale B, Rådhuset, Nordre Kajgade 1, Hobro",
 ["Ditte Holmgaard","Rune Skaarup","Camilla Bøgh","Peter Vinding","Louise Hagedorn","Mia Tørsleff"],[
 it(58,"Godkendelse af dagsorden","31/7703","approved"),
 it(59,"Dagtilbudsstruktur i Hadsund – høringsresultat","30/22108","approved",prior=[(BFU,"2031-04-14",31,"approved")]),
 it(60,"Kvalitetsrapport for skoleområdet 2030/31","31/5120","noted",part=["Lars Brøndum"]),
 it(61,"Forældrebetaling i SFO 2032","31/6604","postponed"),
 it(62,'Ansøgning om etablering af privat børnehave "Troldeskoven", Als',"31/6010","approved"),
 it(63,"Orientering om ungdomsklubbernes sommertilbud","31/6712","noted"),
 it(64,"Meddelelser","31/7704","decided"),
 it(65,"Tilsyn med privat pasningsordning","31/7012","noted",closed=True)])
act(BFU,D,59,"Forvaltningen holder informationsmøder i de berørte institutioner i høringsperioden.",
    "Forvaltningen holder informationsmøder",[("Forvaltningen","unit")],None,source="prior-decision")
act(BFU,D,60,"Udvalget tog rapporten til efterretning og beder Skoleafdelingen udarbejde en handleplan for læsning i indskolingen til mødet den 18. august 2031.",
    "udarbejde en handleplan for læsning i indskolingen",[("Skoleafdelingen","unit")],"2031-08-18","presentation")
act(BFU,D,64,"Direktøren sender et notat om sygefraværet i dagtilbud til udvalget.",
    "Direktøren sender et notat om sygefraværet",[("Henrik Vad","person","Direktøren")],None)
pp(BFU,D,61,"31/6604",None,"Udvalget udsatte sagen, indtil budgetforliget for 2032 foreligger")
op("31/6604","Forældrebetaling i SFO 2032",BFU,1,None)
case("30/22108","Dagtilbudsstruktur i Hadsund – høringsresultat",[(BFU,"2031-04-14",31),(BFU,D,59)])
opt(D,59,"Udvalget godkendte at sende forslaget i høring","Indstillingen er dermed anbefalet","For indstillingen stemte 4",
      "Imod stemte 2","indstiller, at udvalget anbefaler sammenlægningen")
opt(D,62,"Mia Tørsleff (DF) tog forbehold")
opt(D,64,"Formanden orienterede om dialogmødet","Henrik Vad orienterede om sygefraværet")

# ------------------------------------------------------------ H Faxe Hoved-MED-udvalget (Markdown wiki page, unnumbered headings)
HMU="Hoved-MED-udvalget"; D="2031-08-28"
meeting("faxe-hoved-med-udvalget-2031-08-28.md",HMU,D,"09:00","Faxe Rådhus, Frederiksgade 9, Haslev – mødelokale Kridtbruddet",
 ["Annette Nørby","Søren Kvist Madsen","Pernille Sandgaard","Lone Bjerre Skov","Kristian Ulstrup","Heidi Brask",
  "Trine Lunde","Jan Olufsen"],[
 it(1,"Godkendelse af dagsorden og referat",None,"approved"),
 it(2,"Sygefravær – halvårsstatus 2031","81.08.00-G01-2-31","noted"),
 it(3,"Trivselsmåling 2032 – spørgeramme","81.08.00-P27-1-31","approved"),
 it(4,"Retningslinje for hjemmearbejde","81.02.10-P24-1-31","postponed"),
 it(5,"Budget 2032 – konsekvenser for personalet","00.30.00-S00-3-31","discussed"),
 it(6,"Arbejdsmiljøpris 2031","81.00.00-A00-4-31","approved"),
 it(7,"Eventuelt",None,"decided")])
act(HMU,D,2,"Lone og Pernille laver et oplæg om forebyggelse af stress til næste møde (30. oktober).",
    "laver et oplæg om forebyggelse af stress",
    [("Lone Bjerre Skov","person","Lone"),("Pernille Sandgaard","person","Pernille")],"2031-10-30","presentation")
act(HMU,D,3,"Camilla Dam sender den endelige spørgeramme til LokalMED-formændene i uge 37.",
    "Camilla Dam sender den endelige spørgeramme",[("Camilla Dam","person")],"2031-09-14",rng=("2031-09-08","2031-09-14"))
act(HMU,D,5,"Direktionen orienterer Hoved-MED, så snart budgetforliget er indgået.",
    "Direktionen orienterer Hoved-MED",[("Direktionen","unit")],None)
act(HMU,D,7,"Søren undersøger sagen og svarer Heidi pr. mail.",
    "Søren undersøger sagen",[("Søren Kvist Madsen","person","Søren")],None)
pp(HMU,D,4,"81.02.10-P24-1-31","2031-10-30","Punktet udsat")
op("81.02.10-P24-1-31","Retningslinje for hjemmearbejde",HMU,1,"2031-10-30")
opt(D,4,"Medarbejdersiden ønsker at drøfte udkastet","Punktet kommer på igen 30.10.2031")
opt(D,5,"Annette gennemgik budgetforslagets reduktioner")
opt(D,6,"Indstillingen om at tildele prisen")
opt(D,7,"Heidi spurgte til reglerne")

# ------------------------------------------------------------ I Favrskov Kultur- og Fritidsudvalget (saved web page, X-table attendance)
KFU="Kultur- og Fritidsudvalget"; D="2031-09-15"
meeting("favrskov-kultur-og-fritidsudvalget-2031-09-15.html",KFU,D,"16:00","Udvalgsværelse 1, Favrskov Rådhus, Skovvej 20, Hinnerup",
 ["Niels Høgh Andersen","Karen Thorup","Birgitte Lykke","Jakob Sten","Henriette Bonde","Morten Ibsen","Lene Fog Hansen"],[
 it(1,"Godkendelse af dagsorden","31/22001","approved"),
 it(2,"Folkeoplysningspolitik 2032-2035","31/17455","approved",prior=[(KFU,"2031-06-16",6,"approved")]),
 it(3,"Ansøgning om anlægstilskud til klubhus, Hadsten Rideklub","31/20012","rejected"),
 it(4,"Kulturnat 2031 – evaluering","31/19980","noted"),
 it(5,"Halfordeling vintersæsonen 2031/32","31/20450","postponed"),
 it(6,"Hinnerup Bibliotek – nye åbningstider","31/21033","approved",part=["Maria Winther"]),
 it(7,"Meddelelser","31/22002","noted"),
 it(8,"Lejeaftale, Voldum Forsamlingshus","31/21340","approved",closed=True)])
act(KFU,D,4,"Kultur og Borgerservice indkalder arrangørerne til et planlægningsmøde for Kulturnat 2032 ultimo november.",
    "indkalder arrangørerne til et planlægningsmøde",[("Kultur og Borgerservice","unit")],"2031-11-30")
act(KFU,D,6,"Bibliotekschefen evaluerer de nye åbningstider efter et halvt år.",
    "Bibliotekschefen evaluerer de nye åbningstider",[("Maria Winther","person","Bibliotekschefen")],None)
pp(KFU,D,5,"31/20450","2031-10-20","Punktet blev udsat til næste ordinære møde")
op("31/20450","Halfordeling vintersæsonen 2031/32",KFU,1,"2031-10-20")
case("31/17455","Folkeoplysningspolitik 2032-2035",[(KFU,"2031-06-16",6),(KFU,D,2)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","Godkendt, at udkastet sendes i høring")
opt(D,3,"Afslag med 4 stemmer mod 2")
opt(D,7,"Formanden orienterede om mødet med DGI")

# ------------------------------------------------------------ J Læsø Havnebestyrelsen (minutes sent as an e-mail, "Ad N)")
HB="Havnebestyrelsen"; D="2031-10-07"
meeting("laesoe-havnebestyrelsen-2031-10-07.txt",HB,D,"19:00","Havnekontoret, Vesterø Havn",
 ["Bent Tolstrup","Vibeke Sand Larsen","Carl Erik Bruun","Jonna Dam","Arne Vestergaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra 2. september",None,"approved"),
 it(3,"Udskiftning af pæleværk, Østerby Havn","08.01.00-G01-3-31","postponed"),
 it(4,"Havnetakster 2032","08.01.10-S55-1-31","approved"),
 it(5,"Færgeleje 2 - skader efter stormen","08.01.00-G01-7-31","noted"),
 it(6,"Ansøgning fra Læsø Sejlklub om gratis vinteroplag","08.01.10-Ø40-2-31","rejected"),
 it(7,"Evt.",None,"none")])
act(HB,D,3,"Jørn rykker Kystdirektoratet for svar.","Jørn rykker Kystdirektoratet",[("Jørn Borg","person","Jørn")],None)
act(HB,D,5,"Bent og Arne tager kontakt til forsikringsselskabet og Læsø Kommune og melder tilbage inden næste bestyrelsesmøde 4/11.",
    "tager kontakt til forsikringsselskabet",[("Bent Tolstrup","person","Bent"),("Arne Vestergaard","person","Arne")],"2031-11-04")
pp(HB,D,3,"08.01.00-G01-3-31",None,"Beslutningen om udbud blev udskudt")
op("08.01.00-G01-3-31","Udskiftning af pæleværk, Østerby Havn",HB,1,None)
opt(D,4,"Carl Erik stemte imod","Taksterne blev vedtaget")
opt(D,5,"Jørn orienterede om skaderne")
opt(D,6,"Sejlklubben kan søge igen","Ansøgningen blev afvist")

# ------------------------------------------------------------ K Ishøj Integrationsrådet (Word minutes via pdftotext, lettered items, flattened table)
IR="Integrationsrådet"; D="2031-11-05"
meeting("ishoej-integrationsraadet-2031-11-05.txt",IR,D,"17:00","Ishøj Rådhus, Ishøj Store Torv 20, mødelokale 3",
 ["Fatma Yilmaz","Henrik Lyngsø","Abdi Warsame","Tariq Hussain","Goran Petrović","Nour Hassan","Sofie Engell","Kasper Rohde"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Opfølgning på referat fra 10. september 2031",None,"approved"),
 it(3,"Status på sprogcaféer i Ishøj Bycenter","2031-012205","noted",part=["Amina Farah"]),
 it(4,"Høring: Integrationspolitik 2032-2035","2031-014477","decided"),
 it(5,"Ansøgning om midler fra Integrationsrådets pulje - Ishøj Kvindeforening","2031-013902","approved"),
 it(6,"Henvendelse om busforbindelse til Ishøj Strand","2031-014810","referred"),
 it(7,"Fritidsjob til unge - samarbejde med erhvervslivet","2031-012760","postponed"),
 it(8,"Eventuelt",None,"none")])
act(IR,D,3,"Peter Sejr laver en folder om sprogcaféerne på fem sprog inden 19.12.",
    "Peter Sejr laver en folder om sprogcaféerne",[("Peter Sejr","person")],"2031-12-19")
act(IR,D,4,"Formanden og Abdi Warsame udarbejder svaret inden høringsfristen den 28. november.",
    "Abdi Warsame udarbejder svaret",[("Fatma Yilmaz","person","Formanden"),("Abdi Warsame","person")],"2031-11-28")
act(IR,D,6,"Rådet sender henvendelsen videre til Teknik- og Miljøudvalget.",
    "sender henvendelsen videre til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
pp(IR,D,7,"2031-012760","2031-12-10","Punktet blev ikke nået og overføres til næste møde")
op("2031-012760","Fritidsjob til unge - samarbejde med erhvervslivet",IR,1,"2031-12-10")
opt(D,4,"Rådet afgiver høringssvar som drøftet")
opt(D,5,"Bevilget 12.000 kr","deltog ikke i behandlingen af punktet")

# ------------------------------------------------------------ L Skive Social- og Sundhedsudvalget (SBSYS print via pdftotext -layout, case no. above heading)
SSU="Social- og Sundhedsudvalget"; D="2031-12-02"
meeting("skive-social-og-sundhedsudvalget-2031-12-02.txt",SSU,D,"14:00","Skive Rådhus, Torvegade 10, lokale 2.21",
 ["Gitte Dahl Hald","Martin Vibe","Bo Ølholm","Jens Rye","Susanne Enevold","Pernille Høj Mortensen"],[
 it(141,"Godkendelse af dagsorden","00.01.00-A00-41-31","approved"),
 it(142,"Budgetopfølgning 3 - 2031, Sundhed og Omsorg","00.30.14-S00-9-31","noted"),
 it(143,"Demensstrategi 2032-2035","29.09.00-P15-1-31","approved",prior=[(SSU,"2031-10-28",128,"postponed")]),
 it(144,"Takster for madservice 2032","27.12.08-S55-1-31","approved"),
 it(145,"Ansøgning om § 18-midler - Frivilligcenter Skive","27.39.00-Ø40-6-31","postponed"),
 it(146,"Rehabiliteringscenter Skive - kapacitet","27.18.00-G01-3-31","discussed",part=["Ida Mølgaard"]),
 it(147,"Forebyggelsespulje 2032 - fordeling","29.00.00-Ø00-2-31","rejected"),
 it(148,"Klage over afgørelse om plejebolig","27.20.04-K09-2-31","approved",closed=True)])
act(SSU,D,142,"Udvalget ønsker en særskilt opfølgning på hjemmeplejens økonomi på mødet den 13. januar 2032.",
    "særskilt opfølgning på hjemmeplejens økonomi",[],"2032-01-13","presentation")
act(SSU,D,143,"Direktøren inviterer Ældrerådet til et dialogmøde om strategien.",
    "Direktøren inviterer Ældrerådet til et dialogmøde",[("Kim Frandsen","person","Direktøren")],None,source="prior-decision")
act(SSU,D,146,"Forvaltningen udarbejder et konkret forslag til udvidelse af kapaciteten til mødet i februar 2032.",
    "Forvaltningen udarbejder et konkret forslag til udvidelse af kapaciteten",[("Forvaltningen","unit")],
    "2032-02-29","presentation",rng=("2032-02-01","2032-02-29"))
pp(SSU,"2031-10-28",128,"29.09.00-P15-1-31",None,"Udsat","prior-decision")
pp(SSU,D,145,"27.39.00-Ø40-6-31",None,"Sagen hviler, indtil Frivilligcenteret har indsendt regnskab for 2030")
op("27.39.00-Ø40-6-31","Ansøgning om § 18-midler - Frivilligcenter Skive",SSU,1,None)
case("29.09.00-P15-1-31","Demensstrategi 2032-2035",[(SSU,"2031-10-28",128),(SSU,D,143)])
opt(D,142,"indstiller, at budgetopfølgningen tages til efterretning")
opt(D,143,"Anbefalet over for Byrådet")
opt(D,144,"Indstillingen blev godkendt med 4 stemmer")
opt(D,147,"Udvalget ønsker en ny model for fordelingen","indstiller, at puljen fordeles")

PEOPLE=[
 ("Heino Krogsgaard",["formand"],["Formanden"]),("Birte Winkel",["stedfortræder"],[]),("Jakob Thorsager",["Koncerndirektør"],[]),
 ("Nina Fjord",["Enhedschef","referent"],[]),("Rikke Stavnsbjerg",["uddannelseschef"],[]),
 ("Anders Kjær Lauritsen",["borgmester"],["Borgmesteren"]),("Cecilie Rask",["stedfortræder"],[]),
 ("Lone Wind Kristiansen",["Kommunaldirektør"],["Kommunaldirektøren"]),("Morten Ulrik Bay",["sekretariatschef","referent"],[]),
 ("Mikkel Brandt",["formand"],["Formanden"]),("Signe Rasmussen",["Klimakoordinator"],[]),
 ("Inger Marie Bloch",["formand"],["Formanden"]),("Poul Erik Sønderby",["næstformand"],["Poul Erik"]),("Ruth Hvid",[],["Ruth"]),
 ("Anna Grethe Lund",["suppleant"],[]),("Lars Thornvig",["Ældrechef"],["Ældrechefen"]),("Tina Abildgaard",["sekretær","referent"],[]),
 ("Merete Krogh",["Formand for Social- og Sundhedsudvalget"],[]),
 ("Kasper Nordby",["borgmester","formand"],["Borgmesteren"]),("Sanne Ahlefeldt",["næstformand"],[]),("Jesper Bolding",["stedfortræder"],[]),
 ("Britt Winther Lassen",["Kommunaldirektør"],[]),("Jonas Fink",["referent"],[]),
 ("Lise Bundgaard",["formand"],[]),("Jette Kvist",["suppleant"],["Jette"]),("Ulla Prip",[],["Ulla"]),("Naja Brøns",[],["Naja"]),
 ("Karin Møller Juhl",["sekretær","referent"],["KMJ"]),("Bo Thrane",["afdelingsleder"],["Bo"]),
 ("Ditte Holmgaard",["formand"],["Formanden"]),("Henrik Vad",["børne- og familiedirektør"],["Direktøren"]),
 ("Lars Brøndum",["skolechef"],[]),("Signe Mørk",["udvalgssekretær"],[]),
 ("Annette Nørby",["Kommunaldirektør","formand"],["Annette"]),("Søren Kvist Madsen",["Direktør"],["Søren"]),
 ("Pernille Sandgaard",["HR-chef"],["Pernille"]),("Lone Bjerre Skov",["næstformand"],["Lone"]),("Heidi Brask",[],["Heidi"]),
 ("Jan Olufsen",["stedfortræder"],[]),("Camilla Dam",["referent"],[]),
 ("Niels Høgh Andersen",["formand"],["Formanden"]),("Lene Fog Hansen",["stedfortræder"],[]),
 ("Maria Winther",["Bibliotekschef"],["Bibliotekschefen"]),("Tina Hald",["Kultur- og fritidschef"],[]),("Sune Krag",["referent"],[]),
 ("Bent Tolstrup",["formand"],["Bent"]),("Arne Vestergaard",["kommunalbestyrelsens repræsentant"],["Arne"]),
 ("Carl Erik Bruun",[],["Carl Erik"]),("Jonna Dam",[],["Jonna"]),("Jørn Borg",["havnefoged","referent"],["Jørn"]),
 ("Fatma Yilmaz",["formand"],["Formanden"]),("Abdi Warsame",[],[]),("Kasper Rohde",["suppleant"],[]),
 ("Peter Sejr",["integrationskonsulent","sekretær"],[]),("Amina Farah",["sprogcafé-koordinator"],[]),
 ("Gitte Dahl Hald",["formand"],[]),("Bo Ølholm",["stedfortræder"],[]),("Kim Frandsen",["Direktør for Sundhed og Omsorg"],["Direktøren"]),
 ("Else Bach",["sekretær","referent"],[]),("Ida Mølgaard",["centerchef"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b28-{i:03d}"
gold=dict(version=1,asOf="2031-12-31",corpusEnd="2031-12-02",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",len(A),"actions",len(OPT),"optional",
      len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
