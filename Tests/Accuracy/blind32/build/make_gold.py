#!/usr/bin/env python3
"""Generates ../gold.json for blind32 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Haderslev Byrådet (pdftotext -layout, Acadre-like PDF)
BR="Byrådet"; D="2035-01-25"
meeting("haderslev-byraadet-2035-01-25.txt",BR,D,"18:00","Byrådssalen, Haderslev Rådhus",
 ["Mads Skau","Lise Kragh Nissen","Carsten Riis Bundgaard","Christian Wulff","Jens Aage Ravn","Torben Hviid",
  "Bjarke Stenholt","Niels Erik Friis","Thomas Vinkel","Rasmus Hjorth","Hans Christian Lyng","Søren Tange","Kim Ottesen",
  "Jonas Bendixen","Henning Thorup","Merete Skov Iversen","Peter Kjeldgaard","Annette Lind Rasmussen","Gitte Brodersen",
  "Sonja Møller Lauridsen","Inge Lise Damm","Helle Østergaard","Ulla Bisgaard","Mette Frost Krog","Sara Melchior",
  "Birgit Hedegaard","Lotte Brink","Dorte Schack","Pia Nørskov","Ib Schmidt"],[
 it(1,"Godkendelse af dagsorden","35/0114","approved"),
 it(2,"Meddelelser fra borgmesteren","35/0115","noted"),
 it(3,"Lokalplan 17-42 for boligområde ved Ryes Møllevej, Haderslev - endelig vedtagelse","34/21893","approved",
    prior=[("Plan- og Miljøudvalget","2035-01-10",4,"approved"),("Økonomiudvalget","2035-01-16",12,"approved")]),
 it(4,"Anlægsbevilling til ny brandstation i Vojens","34/18240","approved"),
 it(5,"Medlemsforslag fra Enhedslisten om gratis bus for unge under 18 år","35/0388","referred"),
 it(6,"Salg af den tidligere skole i Fjelstrup","34/30118","postponed"),
 it(7,"Fremtidig struktur for dagtilbud i Gram-området","34/27702","postponed"),
 it(8,"Kommunegaranti for lån til Gram Fjernvarme","35/0241","approved"),
 it(9,"Køb af ejendom i Haderslev midtby","35/0903","approved",closed=True)])
act(BR,D,4,"Teknik og Miljø fremlægger en tidsplan for udbuddet for Økonomiudvalget primo marts.",
    "Teknik og Miljø fremlægger en tidsplan for udbuddet",[("Teknik og Miljø","unit")],"2035-03-10","presentation",
    rng=("2035-03-01","2035-03-10"))
act(BR,D,5,"Forslaget fremsendes til Udvalget for Teknik og Klima til videre behandling.",
    "Forslaget fremsendes til Udvalget for Teknik og Klima",[("Udvalget for Teknik og Klima","body")],None,"referral")
act(BR,D,7,"Borgmesteren afholder et møde med de berørte forældrebestyrelser inden udgangen af februar.",
    "Borgmesteren afholder et møde med de berørte forældrebestyrelser",[("Mads Skau","person","Borgmesteren")],"2035-02-28")
act(BR,D,8,"Økonomi og Personale sender garantierklæringen til Gram Fjernvarme i uge 6.",
    "Økonomi og Personale sender garantierklæringen",[("Økonomi og Personale","unit")],"2035-02-11",
    rng=("2035-02-05","2035-02-11"))
pp(BR,D,6,"34/30118","2035-02-22","Sagen udsættes til byrådets møde den 22. februar 2035")
pp(BR,D,7,"34/27702",None,"Sagen udsættes, indtil resultatet af forældrehøringen foreligger")
op("34/30118","Salg af den tidligere skole i Fjelstrup",BR,1,"2035-02-22")
op("34/27702","Fremtidig struktur for dagtilbud i Gram-området",BR,1,None)
case("34/21893","Lokalplan 17-42 for boligområde ved Ryes Møllevej, Haderslev - endelig vedtagelse",
     [("Plan- og Miljøudvalget","2035-01-10",4),("Økonomiudvalget","2035-01-16",12),(BR,D,3)])
opt(D,2,"Borgmesteren orienterede om status på forhandlingerne")
opt(D,3,"Godkendt med 27 stemmer mod 3","stemte imod med henvisning til trafikbelastningen","Direktionen indstiller, at lokalplanen vedtages endeligt","Anbefales")
opt(D,4,"Direktionen indstiller, at der gives en anlægsbevilling","Udbuddet forventes gennemført i 2. kvartal 2035")
opt(D,6,"Direktionen indstiller, at det højeste bud accepteres")

# ------------------------------------------------------------ B Kalundborg Teknik- og Miljøudvalget (pdftotext raw, labels in a column)
TMU="Teknik- og Miljøudvalget"; D="2035-02-13"
meeting("kalundborg-teknik-og-miljoeudvalget-2035-02-13.txt",TMU,D,"15:30","Mødelokale 1.14, Kalundborg Rådhus, Holbækvej 141",
 ["Martin Damm","Britt Hermansen","Allan Stenholt","Jens Bo Clausen","Camilla Wind","Nina Lysgaard"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-4-35","approved"),
 it(2,"Vintertjeneste 2034/35 - status","05.01.10-P20-1-34","noted",part=["Karsten Holm"]),
 it(3,"Trafiksikkerhedsplan 2035-2038","05.13.00-P15-3-34","approved"),
 it(4,"Klimatilpasning af havneområdet i Kalundborg - skitseprojekt","13.03.20-G01-2-34","approved",
    prior=[(TMU,"2035-01-09",6,"postponed")]),
 it(5,"Ansøgning om dispensation fra strandbeskyttelseslinjen, Røsnæs","01.05.12-P19-14-34","rejected"),
 it(6,"Ny ordning for indsamling af haveaffald","07.00.00-G01-2-35","postponed"),
 it(7,"Erstatning ved vejudvidelse, Slagelsevej","05.01.02-G00-8-34","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(TMU,D,2,"Driftschefen sender en oversigt over saltforbruget fordelt på ruter til udvalget.",
    "Driftschefen sender en oversigt over saltforbruget",[("Karsten Holm","person","Driftschefen")],None)
act(TMU,D,3,"Forvaltningen afholder borgermøder om planen i Høng og Gørlev i uge 16.",
    "Forvaltningen afholder borgermøder om planen",[("Forvaltningen","unit")],"2035-04-22",rng=("2035-04-16","2035-04-22"))
act(TMU,D,4,"Godkendt, idet udvalget ønsker en status på medfinansieringen fra Kystdirektoratet inden udgangen af 3. kvartal.",
    "status på medfinansieringen fra Kystdirektoratet",[],"2035-09-30","presentation")
act(TMU,D,6,"Forvaltningen indhenter priser fra mindst to vognmænd inden næste møde.",
    "Forvaltningen indhenter priser fra mindst to vognmænd",[("Forvaltningen","unit")],"2035-03-13")
pp(TMU,"2035-01-09",6,"13.03.20-G01-2-34",None,"Udsat med henblik på en besigtigelse af Vestre Havn","prior-decision")
pp(TMU,D,6,"07.00.00-G01-2-35","2035-03-13","Udsat til udvalgets møde den 13. marts 2035")
op("07.00.00-G01-2-35","Ny ordning for indsamling af haveaffald",TMU,1,"2035-03-13")
case("13.03.20-G01-2-34","Klimatilpasning af havneområdet i Kalundborg - skitseprojekt",[(TMU,"2035-01-09",6),(TMU,D,4)])
opt(D,2,"Teknik og Miljø indstiller, at orienteringen tages til efterretning","Driftschef Karsten Holm deltog under punktet")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet","Et mindretal (Ø) kunne ikke tiltræde prioriteringen","at projekterne for 2035 igangsættes")
opt(D,4,"Besigtigelsen blev gennemført den 30. januar 2035","at skitseprojekt B godkendes")
opt(D,5,"Udvalget meddelte afslag med 5 stemmer mod 1","ønskede at meddele dispensation")
opt(D,6,"at udvalget godkender en tilmeldingsordning fra 2036")

# ------------------------------------------------------------ C Hjørring Ældrerådet (Word saved as text, Windows-1252)
ÆR="Ældrerådet"; D="2035-03-07"
meeting("hjoerring-aeldreraadet-2035-03-07.txt",ÆR,D,"09:30","Mødelokale 3, Hjørring Rådhus, Springvandspladsen 5",
 ["Else Marie Bjerregaard","Poul Erik Sørensen","Hans Jørgen Kjær","Birthe Nørgaard","Svend Aage Bak","Lis Vestergaard","Ruth Klitgaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 7. februar 2035",None,"approved"),
 it(3,"Høring over kvalitetsstandarder for hjemmepleje 2036","27.12.04-P22-3-35","decided",part=["Jesper Nedergaard"]),
 it(4,"Ældrepuljen – fordeling 2035","27.00.00-Ø00-2-35","approved",prior=[(ÆR,"2035-02-07",5,"postponed")]),
 it(5,"Trafikforhold ved Aktivitetscentret Østergade","05.13.00-K04-6-35","referred"),
 it(6,"Temamøde om demens","27.00.00-A00-5-35","postponed"),
 it(7,"Henvendelse fra borger","27.00.00-A00-7-35","noted",closed=True),
 it(8,"Meddelelser og eventuelt",None,"decided")])
act(ÆR,D,3,"Formanden og Lis Vestergaard formulerer høringssvaret og sender det til forvaltningen senest fredag den 16. marts.",
    "formulerer høringssvaret og sender det til forvaltningen",
    [("Else Marie Bjerregaard","person","Formanden"),("Lis Vestergaard","person")],"2035-03-16")
act(ÆR,D,5,"Henvendelsen fremsendes til Teknik- og Miljøudvalget med anmodning om en trafiktælling.",
    "Henvendelsen fremsendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(ÆR,D,7,"Sekretæren svarer borgeren skriftligt.",
    "Sekretæren svarer borgeren skriftligt",[("Karin Vinther","person","Sekretæren")],None)
act(ÆR,D,8,"Poul Erik undersøger muligheden for en fælles udflugt med Ældrerådet i Frederikshavn til mødet i april.",
    "Poul Erik undersøger muligheden for en fælles udflugt",[("Poul Erik Sørensen","person","Poul Erik")],"2035-04-11",
    rng=("2035-04-01","2035-04-30"))
pp(ÆR,"2035-02-07",5,"27.00.00-Ø00-2-35",None,"Punktet udsat til næste møde","prior-decision")
pp(ÆR,D,6,"27.00.00-A00-5-35","2035-05-16","Punktet udskydes til mødet i maj")
op("27.00.00-A00-5-35","Temamøde om demens",ÆR,1,"2035-05-16")
case("27.00.00-Ø00-2-35","Ældrepuljen – fordeling 2035",[(ÆR,"2035-02-07",5),(ÆR,D,4)])
opt(D,1,"Dagsordenen blev godkendt")
opt(D,2,"Godkendt uden bemærkninger")
opt(D,3,"afgiver høringssvar med den bemærkning","Jesper Nedergaard gennemgik udkastet")
opt(D,4,"Ældrerådet anbefaler fordelingen over for Sundheds- og Ældreudvalget")
opt(D,6,"Ældrerådet besluttede i januar at holde et åbent temamøde om demens")
opt(D,8,"Svend Aage Bak orienterede fra dialogmødet")

# ------------------------------------------------------------ D Faaborg-Midtfyn Integrationsrådet (e-mail, CRLF)
IR="Integrationsrådet"; D="2035-04-03"
meeting("faaborg-midtfyn-integrationsraadet-2035-04-03.txt",IR,D,"17:00","Mødelokale Midtfyn, Rådhuset i Ringe",
 ["Ahmed Yusuf","Mette Østergaard","Rami Khalil","Lone Bech Andersen","Samira Haddou","Jan Vestergaard Nielsen"],[
 it(1,"Velkomst og godkendelse af dagsorden",None,"approved"),
 it(2,"Nyt fra formanden","35/8802","noted"),
 it(3,"Høring over integrationspolitik 2035-2039","35/8841","decided",part=["Torben Mikkelsen"]),
 it(4,"Sprogcaféer på bibliotekerne","35/2270","approved",prior=[(IR,"2035-02-20",5,"postponed")]),
 it(5,"Integrationsprisen 2035",None,"approved",closed=True),
 it(6,"Budget til arrangementer 2035","35/2291","postponed"),
 it(7,"Eventuelt",None,"decided")])
act(IR,D,3,"Mette og Rami skriver et udkast til høringssvar, som sendes rundt til rådet i uge 16.",
    "Mette og Rami skriver et udkast til høringssvar",
    [("Mette Østergaard","person","Mette"),("Rami Khalil","person","Rami")],"2035-04-22",rng=("2035-04-16","2035-04-22"))
act(IR,D,6,"Camilla fremsender regnskabet for 2034 til rådet, så snart det foreligger.",
    "Camilla fremsender regnskabet for 2034",[("Camilla Rask Jeppesen","person","Camilla")],None)
act(IR,D,7,"Samira og Jan undersøger mulige datoer og lokaler til næste møde.",
    "Samira og Jan undersøger mulige datoer og lokaler",
    [("Samira Haddou","person","Samira"),("Jan Vestergaard Nielsen","person","Jan")],"2035-06-05")
pp(IR,"2035-02-20",5,"35/2270",None,"Udsat, til der foreligger besøgstal fra bibliotekerne","prior-decision")
pp(IR,D,6,"35/2291","2035-06-05","Udsat til næste møde")
op("35/2291","Budget til arrangementer 2035",IR,1,"2035-06-05")
case("35/2270","Sprogcaféer på bibliotekerne",[(IR,"2035-02-20",5),(IR,D,4)])
opt(D,1,"Dagsordenen blev godkendt")
opt(D,2,"Ahmed orienterede om mødet med Børne- og Ungeudvalget","Rådet tog orienteringen til efterretning")
opt(D,3,"Rådet afgiver høringssvar","Integrationschef Torben Mikkelsen deltog under punktet")
opt(D,4,"Rådet anbefaler over for Kultur- og Fritidsudvalget")
opt(D,5,"Formandens forslag til prismodtager blev godkendt")
opt(D,7,"Samira foreslog en fællesspisning i Faaborg","Rådet bakker op")

# ------------------------------------------------------------ E Lejre Klima- og Planudvalget (browser copy, labels glued to values)
KPU="Klima- og Planudvalget"; D="2035-05-02"
meeting("lejre-klima-og-planudvalget-2035-05-02.txt",KPU,D,"16:00","Mødelokale Bramsnæs, Lejre Rådhus, Møllebjergvej 4, Hvalsø",
 ["Kirsten Lund","Morten Vang","Bo Sandholt","Henriette Krag","Anders Rye"],[
 it(38,"Godkendelse af dagsorden","35-001032","approved"),
 it(39,"Forslag til lokalplan 31 for Kirke Hyllinge bymidte","35-001877","approved"),
 it(40,"Kommuneplantillæg nr. 9 - solcellepark ved Ejby","35-002871","postponed"),
 it(41,"Revision af regulativer for Kornerup Å og Hvalsø Å","34-019420","approved",prior=[(KPU,"2035-04-04",29,"approved")]),
 it(42,"Landzonetilladelse til hestepension, Gevninge","35-000966","rejected"),
 it(43,"Trafiksikkerhed ved Osted Skole - henvendelse fra skolebestyrelsen","35-002208","referred"),
 it(44,"Status for klimahandleplanen","34-007315","noted",part=["Nanna Bøgh"]),
 it(45,"Grundsalg i Lejre Erhvervspark",None,"approved",closed=True)])
act(KPU,D,40,"Administrationen arrangerer besigtigelsen.",
    "Administrationen arrangerer besigtigelsen",[("Administrationen","unit")],None)
act(KPU,D,41,"Center for Klima og Miljø sender afgørelsen til lodsejerne i uge 21.",
    "Center for Klima og Miljø sender afgørelsen til lodsejerne",[("Center for Klima og Miljø","unit")],"2035-05-27",
    rng=("2035-05-21","2035-05-27"))
act(KPU,D,43,"Sagen oversendes til Børne- og Ungeudvalget, som ejer skolevejsanalysen.",
    "Sagen oversendes til Børne- og Ungeudvalget",[("Børne- og Ungeudvalget","body")],None,"referral")
act(KPU,D,44,"Klimachefen fremlægger CO2-regnskabet for 2034 på mødet i august.",
    "Klimachefen fremlægger CO2-regnskabet for 2034",[("Nanna Bøgh","person","Klimachefen")],"2035-08-31","presentation",
    rng=("2035-08-01","2035-08-31"))
pp(KPU,D,40,"35-002871","2035-05-30","Sagen udsættes til udvalgets møde den 30. maj 2035")
case("34-019420","Revision af regulativer for Kornerup Å og Hvalsø Å",[(KPU,"2035-04-04",29),(KPU,D,41)])
opt(D,39,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen med 4 stemmer mod 1","Imod stemte Anders Rye","forslaget sendes i offentlig høring i 8 uger")
opt(D,40,"forslag til kommuneplantillæg nr. 9 og miljørapport sendes i offentlig høring")
opt(D,41,"Godkendt, at forslagene sendes i offentlig høring i 8 uger","regulativerne vedtages endeligt")
opt(D,42,"Udvalget meddeler afslag","ønskede at meddele tilladelse på vilkår")
opt(D,44,"Klimachef Nanna Bøgh deltog under punktet","Til efterretning")

# ------------------------------------------------------------ F Holbæk Økonomiudvalget (First Agenda-like publication page, .html)
ØU="Økonomiudvalget"; D="2035-06-13"
meeting("holbaek-oekonomiudvalget-2035-06-13.html",ØU,D,"08:00","Mødelokale Tuse, Holbæk Rådhus, Kanalstræde 2",
 ["Søren Hedegaard Kjær","Marianne Ebbesen","Klaus Vester","Trine Vad","Jakob Linde","Bente Krogager","Ali Nadir","Helga Mørch"],[
 it(141,"Godkendelse af dagsorden","00.01.00-A00-61-35","approved"),
 it(142,"Økonomisk status pr. 31. maj 2035","00.30.14-Ø00-5-35","noted"),
 it(143,"Budget 2036-2039 - tidsplan og proces","00.30.00-Ø00-2-35","approved"),
 it(144,"Salg af byggegrund på Holbæk Havn, etape 2","01.11.10-G01-3-34","approved",prior=[(ØU,"2035-05-09",118,"postponed")]),
 it(145,"Anlægsbevilling - cykelsti mellem Tølløse og Ugerløse","05.01.08-G01-12-34","postponed"),
 it(146,"Henvendelse fra Holbæk Sportsby om driftstilskud","18.15.00-Ø40-7-35","referred"),
 it(147,"Indkøbspolitik 2035-2038","02.15.00-P22-1-35","approved"),
 it(148,"Erhvervelse af areal ved Ny Hagestedvej","01.11.00-G01-9-35","approved",closed=True)])
act(ØU,D,142,"Økonomichefen fremlægger et forslag til håndtering af merforbruget på det specialiserede socialområde på mødet den 22. august 2035.",
    "fremlægger et forslag til håndtering af merforbruget",[("Rikke Vang Sørensen","person","Økonomichefen")],"2035-08-22","presentation")
act(ØU,D,143,"Direktionen udarbejder et budgetforslag i balance til budgetseminaret i uge 35.",
    "Direktionen udarbejder et budgetforslag i balance",[("Direktionen","unit")],"2035-09-02",rng=("2035-08-27","2035-09-02"))
act(ØU,D,145,"Borgmesteren drøfter medfinansieringen med Vejdirektoratet.",
    "Borgmesteren drøfter medfinansieringen med Vejdirektoratet",[("Søren Hedegaard Kjær","person","Borgmesteren")],None)
act(ØU,D,146,"Fremsendes til Kultur- og Fritidsudvalget til behandling.",
    "Fremsendes til Kultur- og Fritidsudvalget",[("Kultur- og Fritidsudvalget","body")],None,"referral")
pp(ØU,"2035-05-09",118,"01.11.10-G01-3-34",None,"Udsat, indtil Miljøstyrelsens vurdering foreligger","prior-decision")
pp(ØU,D,145,"05.01.08-G01-12-34",None,"Udsat")
op("05.01.08-G01-12-34","Anlægsbevilling - cykelsti mellem Tølløse og Ugerløse",ØU,1,None)
case("01.11.10-G01-3-34","Salg af byggegrund på Holbæk Havn, etape 2",[(ØU,"2035-05-09",118),(ØU,D,144)])
opt(D,142,"Direktionen indstiller, at den økonomiske status tages til efterretning","Taget til efterretning")
opt(D,143,"Direktionen indstiller, at tidsplanen godkendes","Fagudvalgene afleverer deres bidrag i juni")
opt(D,144,"Anbefales over for Byrådet","stemte imod og ønsker en andel almene boliger")
opt(D,145,"Direktionen indstiller, at der gives en anlægsbevilling")
opt(D,146,"deltog ikke i behandlingen af punktet")
opt(D,147,"Godkendt med 7 stemmer mod 1")

# ------------------------------------------------------------ G Lejre Kommunalbestyrelsen (pandoc from .docx, .md) - shares case 35-002871 with E
KB="Kommunalbestyrelsen"; D="2035-06-25"
meeting("lejre-kommunalbestyrelsen-2035-06-25.md",KB,D,"17:00","Byrådssalen, Lejre Rådhus, Møllebjergvej 4, Hvalsø",
 ["Jesper Holmgaard","Kirsten Lund","Morten Vang","Niels Hjort","Thomas Egelund","Bo Sandholt","Anne Mette Brask",
  "Carl-Erik Vind","Anders Rye","Karen Søholm","Henriette Krag","Peter Gyldenløve","Maja Ravn","Sofie Dam","Rune Kastbjerg",
  "Susanne Kiær","Birgit Rosendal","Ole Bjerre","Mikkel Sandbæk","Jytte Find"],[
 it(112,"Godkendelse af dagsorden","35-000118","approved"),
 it(113,"Meddelelser fra borgmesteren","35-000119","noted"),
 it(114,"Kommuneplantillæg nr. 9 - solcellepark ved Ejby","35-002871","approved",
    prior=[(KPU,"2035-05-02",40,"postponed"),(KPU,"2035-05-30",48,"approved"),(ØU,"2035-06-11",96,"approved")]),
 it(115,"Årsregnskab 2034 og revisionsberetning","35-001540","approved"),
 it(116,"Medlemsforslag fra SF og Enhedslisten om gratis skolemad i indskolingen","35-002455","rejected"),
 it(117,"Salg af Allerslev gamle skole","34-022190","referred"),
 it(118,"Budgetproces 2036-2039","35-002610","approved"),
 it(119,"Ændring af takster for dagtilbud 2035","35-002633","postponed"),
 it(120,"Personalesag",None,"approved",closed=True)])
act(KB,D,113,"Borgmesteren inviterer Lejre Lokalråd til et dialogmøde om landsbyfornyelse efter sommerferien.",
    "Borgmesteren inviterer Lejre Lokalråd til et dialogmøde",[("Jesper Holmgaard","person","Borgmesteren")],None)
act(KB,D,114,"Administrationen arrangerer besigtigelsen.",
    "Administrationen arrangerer besigtigelsen",[("Administrationen","unit")],None,source="prior-decision")
act(KB,D,117,"Sagen sendes tilbage til Økonomiudvalget med henblik på en ny vurdering af mindsteprisen.",
    "Sagen sendes tilbage til Økonomiudvalget",[("Økonomiudvalget","body")],None,"referral")
act(KB,D,118,"Kommunaldirektøren udsender materialet til budgetseminaret senest den 14. august 2035.",
    "Kommunaldirektøren udsender materialet til budgetseminaret",[("Helle Brink Sandberg","person","Kommunaldirektøren")],"2035-08-14")
pp(KB,D,119,"35-002633","2035-08-27","besluttede at udsætte punktet til mødet den 27. august 2035")
op("35-002633","Ændring af takster for dagtilbud 2035",KB,1,"2035-08-27")
case("35-002871","Kommuneplantillæg nr. 9 - solcellepark ved Ejby",
     [(KPU,"2035-05-02",40),(KPU,"2035-05-30",48),(ØU,"2035-06-11",96),(KB,D,114)])
opt(D,113,"Borgmesteren orienterede om KKR Sjællands møde","Taget til efterretning")
opt(D,114,"Sagen udsættes til udvalgets møde den 30. maj 2035","Anbefales over for Økonomiudvalget og Kommunalbestyrelsen",
    "Godkendt med 18 stemmer mod 2","stemte imod, da de ønsker et mindre projektområde","Klima- og Planudvalget besigtigede arealet")
opt(D,116,"Forslaget blev forkastet","For stemte 5")
opt(D,117,"Direktionen indstiller, at buddet accepteres")

# ------------------------------------------------------------ H Region Nordjylland Regionsrådet (Word HTML in a Netpublicator-like wrapper, entities)
RR="Regionsrådet"; D="2035-09-25"
RRM=["Mette Bach Iversen","Jørgen Stensgaard","Anja Kirkegaard","Lise Brøndum","Henrik Aaskov","Birgitte Roed","Kim Thisted",
 "Jane Kold","Lars Ulrik Brix","Morten Høegh","Susanne Ravnkilde","Claus Fjelsted","Randi Nørlund","Ib Kjærsgaard","Tove Halling",
 "Peder Smedegaard","Camilla Rønne","Flemming Aasted","Gitte Lyhne","Søren Hvass","Anette Thorup","Mogens Ladefoged","Louise Bering",
 "Christian Holmsø","Jette Agger","Rasmus Juelsgaard","Martin Riber","Bodil Skaarup","Helene Vest","Jonas Kvorning","Anders Tvede",
 "Emil Saxtorph","Line Mørup","Signe Bruun Lassen","Ole Vestergaard Bak","Pernille Ahlmann","Poul Halkjær","Kristian Dalby",
 "Ditte Skjoldborg","Tobias Overby"]
assert len(RRM)==40
meeting("region-nordjylland-regionsraadet-2035-09-25.html",RR,D,"14:00","Regionshuset, Niels Bohrs Vej 30, Aalborg Øst, mødesal 1",RRM,[
 it(1,"Godkendelse af dagsorden","2035-013001","approved"),
 it(2,"Meddelelser","2035-013002","noted"),
 it(3,"Budget 2036 - 2. behandling","2035-004128","approved",prior=[("Forretningsudvalget","2035-09-11",14,"approved")]),
 it(4,"Akutklinikken i Frederikshavn - åbningstider","2035-010655","postponed"),
 it(5,"Sengepladser i psykiatrien - status","2035-008340","noted"),
 it(6,"Medlemsforslag fra Anders Tvede (Ø) om gratis parkering ved sygehusene","2035-011902","referred"),
 it(7,"Regional udviklingsstrategi 2036-2039 - forslag til offentlig høring","2035-006217","approved"),
 it(8,"Salg af ejendom i Brønderslev","2035-009917","approved",closed=True)])
act(RR,D,4,"Sagen udsættes til regionsrådets møde den 30. oktober 2035, hvor administrationen forelægger en konsekvensvurdering af begge modeller.",
    "administrationen forelægger en konsekvensvurdering af begge modeller",[("Administrationen","unit","administrationen")],
    "2035-10-30","presentation")
act(RR,D,5,"Regionsrådsformanden retter henvendelse til Indenrigs- og Sundhedsministeriet om finansieringen af de 24 sengepladser.",
    "Regionsrådsformanden retter henvendelse til Indenrigs- og Sundhedsministeriet",
    [("Mette Bach Iversen","person","Regionsrådsformanden")],None)
act(RR,D,6,"Forslaget fremsendes til Sundhedsudvalget til videre behandling.",
    "Forslaget fremsendes til Sundhedsudvalget",[("Sundhedsudvalget","body")],None,"referral")
act(RR,D,7,"Administrationen forelægger høringssvarene for regionsrådet medio december.",
    "Administrationen forelægger høringssvarene for regionsrådet",[("Administrationen","unit")],"2035-12-20","presentation",
    rng=("2035-12-11","2035-12-20"))
pp(RR,D,4,"2035-010655","2035-10-30","Sagen udsættes til regionsrådets møde den 30. oktober 2035")
op("2035-010655","Akutklinikken i Frederikshavn - åbningstider",RR,1,"2035-10-30")
case("2035-004128","Budget 2036 - 2. behandling",[("Forretningsudvalget","2035-09-11",14),(RR,D,3)])
opt(D,2,"Regionsrådsformanden orienterede om det seneste møde","Meddelelserne blev taget til efterretning")
opt(D,3,"Vedtaget med 33 stemmer mod 7","Koncernledelsen indstiller, at budget 2036","Anbefales")
opt(D,5,"Til efterretning")
opt(D,7,"Høringsperioden løber til den 20. november 2035")

# ------------------------------------------------------------ I Ikast-Brande Social- og Sundhedsudvalget (municipal CMS page, .html)
SSU="Social- og Sundhedsudvalget"; D="2035-10-09"
meeting("ikast-brande-social-og-sundhedsudvalget-2035-10-09.html",SSU,D,"16:00","Mødelokale 2, Ikast Rådhus, Centertorvet 1",
 ["Hanne Bisgaard","Ejgil Krog","Lars Kjærulff","Poul Dyhr","Karl Vistisen","Dorthe Lindholm"],[
 it(1,"Godkendelse af dagsorden","35-14102","approved"),
 it(2,"Forebyggelsesplan 2036","35-11876","approved"),
 it(3,"Evaluering af rehabiliteringsforløb","34-20931","noted",prior=[(SSU,"2035-09-04",71,"postponed")]),
 it(4,"Ansøgning om § 18-midler fra Brande Besøgsvenner","35-13377","approved"),
 it(5,"Madservice - ny leverandørmodel","35-09412","postponed"),
 it(6,"Samarbejdsaftale med Regionshospitalet Gødstrup","35-12054","referred"),
 it(7,"Forslag fra Karl Vistisen (Ø) om gratis fodterapi for borgere over 80 år","35-14233","rejected"),
 it(8,"Personalesag","35-14390","noted",closed=True)])
act(SSU,D,2,"Sundhed og Omsorg udarbejder en kommunikationsplan for forebyggelsesplanen inden den 1. december 2035.",
    "Sundhed og Omsorg udarbejder en kommunikationsplan",[("Sundhed og Omsorg","unit")],"2035-12-01")
act(SSU,D,3,"Udvalget ønsker en ny status i marts 2036.",
    "Udvalget ønsker en ny status",[],"2036-03-31","presentation",rng=("2036-03-01","2036-03-31"))
act(SSU,D,5,"Direktøren for Social og Sundhed indhenter en juridisk vurdering hos KL.",
    "indhenter en juridisk vurdering hos KL",[("Lene Thorsager","person","Direktøren for Social og Sundhed")],None)
act(SSU,D,6,"Sagen fremsendes til Økonomiudvalget, da aftalen har økonomiske konsekvenser på tværs af udvalgene.",
    "Sagen fremsendes til Økonomiudvalget",[("Økonomiudvalget","body")],None,"referral")
pp(SSU,"2035-09-04",71,"34-20931",None,"Udsat, da evalueringsrapporten først var klar","prior-decision")
pp(SSU,D,5,"35-09412",None,"Punktet blev udsat")
op("35-09412","Madservice - ny leverandørmodel",SSU,1,None)
case("34-20931","Evaluering af rehabiliteringsforløb",[(SSU,"2035-09-04",71),(SSU,D,3)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","udvalget anbefaler Økonomiudvalget og Byrådet at godkende planen")
opt(D,3,"Evalueringen blev taget til efterretning")
opt(D,4,"Godkendt, idet der bevilges 6.000 kr")
opt(D,7,"Forslaget blev ikke imødekommet","imod stemte 4")
opt(D,8,"Orienteringen blev taget til efterretning")

# ------------------------------------------------------------ J Helsingør Ungdomsskolebestyrelsen (Obsidian note, .md)
UB="Ungdomsskolebestyrelsen"; D="2035-11-14"
meeting("helsingoer-ungdomsskolebestyrelsen-2035-11-14.md",UB,D,"18:30","Lærerværelset, Helsingør Ungdomsskole",
 ["Pernille Skov","Kasper Ilsøe","Dorthe Mikkelsen","Ali Demir","Søs Hjorth","Frederik Lassen"],[
 it(1,"Godkendelse af dagsorden og referat",None,"approved"),
 it(2,"Økonomi – status pr. 31/10","35/24117","noted"),
 it(3,"Sejlerprojektet – køb af ny motorbåd","35/19865","approved",prior=[(UB,"2035-09-12",5,"postponed")]),
 it(4,"Klubtilbud i Espergærde","35/22410","referred"),
 it(5,"Personalesag",None,"discussed",closed=True),
 it(6,"Undervisningstilbud forår 2036","35/23002","postponed"),
 it(7,"Eventuelt",None,"decided")])
act(UB,D,2,"Henrik sender opdateret budgetopfølgning ud til bestyrelsen i uge 48",
    "Henrik sender opdateret budgetopfølgning",[("Henrik Staun","person","Henrik")],"2035-12-02",rng=("2035-11-26","2035-12-02"))
act(UB,D,3,"Kasper og Henrik indgår aftale med forhandleren inden den 15. december 2035",
    "Kasper og Henrik indgår aftale med forhandleren",
    [("Kasper Ilsøe","person","Kasper"),("Henrik Staun","person","Henrik")],"2035-12-15")
act(UB,D,4,"forslaget oversendes til Børne- og Uddannelsesudvalget, da det kræver en budgetudvidelse.",
    "forslaget oversendes til Børne- og Uddannelsesudvalget",[("Børne- og Uddannelsesudvalget","body")],None,"referral")
act(UB,D,6,"Søs drøfter forårsholdene på lærermødet 📅 2035-12-05",
    "Søs drøfter forårsholdene på lærermødet",[("Søs Hjorth","person","Søs")],"2035-12-05")
act(UB,D,7,"Pernille spørger forvaltningen, om lokalerne kan lejes i weekenderne.",
    "Pernille spørger forvaltningen",[("Pernille Skov","person","Pernille")],None)
pp(UB,"2035-09-12",5,"35/19865",None,"Bestyrelsen udsætter beslutningen om køb af båd, til der foreligger to tilbud","prior-decision")
pp(UB,D,6,"35/23002","2036-01-16","udsat til næste møde")
op("35/23002","Undervisningstilbud forår 2036",UB,1,"2036-01-16")
case("35/19865","Sejlerprojektet – køb af ny motorbåd",[(UB,"2035-09-12",5),(UB,D,3)])
opt(D,1,"referatet fra 12/9 også godkendt")
opt(D,2,"Henrik gennemgik forbruget","taget til efterretning")
opt(D,3,"bestyrelsen godkender køb af båd hos Nordsjællands Marine")
opt(D,6,"Søs vil gerne vende holdene med lærerne først")
opt(D,7,"Frederik orienterede fra byrådet om budgetforliget")

# ------------------------------------------------------------ K Tønder Hoved-MED (GitLab/GitHub-style intranet wiki page, .md)
HM="Hoved-MED"; D="2035-12-04"
meeting("toender-hoved-med-2035-12-04.md",HM,D,"13:00","Mødelokale A, Tønder Rådhus, Kongevej 57",
 ["Jesper Ravn","Susanne Fogh","Kim Mathiesen","Birte Lorenzen","Anders Holt Jessen","Pia Schmidt","Ole Clausen","Lene Bruhn","Rikke Winther"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Trivselsmåling 2035 – resultater","81.00.00-A00-14-35","noted",prior=[(HM,"2035-09-18",6,"postponed")]),
 it(3,"Sygefravær 3. kvartal 2035","81.05.00-A00-3-35","noted"),
 it(4,"Retningslinjer for hjemmearbejde","81.00.00-P22-2-35","approved"),
 it(5,"Budget 2036 – konsekvenser for personalet","00.30.00-Ø00-8-35","postponed"),
 it(6,"Ny struktur for arbejdsmiljøorganisationen","81.02.00-A00-1-35","referred"),
 it(7,"Individsag",None,"discussed",closed=True),
 it(8,"Eventuelt",None,"none")])
act(HM,D,2,"LBH sender resultaterne ud til alle lokal-MED-udvalg inden udgangen af uge 50.",
    "LBH sender resultaterne ud til alle lokal-MED-udvalg",[("Lotte Bork Hansen","person","LBH")],"2035-12-16",
    rng=("2035-12-10","2035-12-16"))
act(HM,D,3,"JR fremlægger en handleplan for sygefraværet på ældreområdet på mødet i marts.",
    "JR fremlægger en handleplan for sygefraværet",[("Jesper Ravn","person","JR")],"2036-03-05","presentation",
    rng=("2036-03-01","2036-03-31"))
act(HM,D,4,"SF og KM melder retningslinjerne ud i lokal-MED primo januar.",
    "SF og KM melder retningslinjerne ud i lokal-MED",
    [("Susanne Fogh","person","SF"),("Kim Mathiesen","person","KM")],"2036-01-10",rng=("2036-01-01","2036-01-10"))
act(HM,D,6,"Sagen sendes til udtalelse i Arbejdsmiljøudvalget, inden Hoved-MED træffer beslutning.",
    "Sagen sendes til udtalelse i Arbejdsmiljøudvalget",[("Arbejdsmiljøudvalget","body")],None,"referral")
pp(HM,"2035-09-18",6,"81.00.00-A00-14-35",None,"Punktet udsættes, til resultaterne af trivselsmålingen foreligger","prior-decision")
pp(HM,D,5,"00.30.00-Ø00-8-35","2036-01-09","Punktet udsættes til et ekstraordinært møde den 9. januar 2036")
op("00.30.00-Ø00-8-35","Budget 2036 – konsekvenser for personalet",HM,1,"2036-01-09")
case("81.00.00-A00-14-35","Trivselsmåling 2035 – resultater",[(HM,"2035-09-18",6),(HM,D,2)])
opt(D,2,"Taget til efterretning")
opt(D,3,"Taget til efterretning")
opt(D,4,"FOA tager forbehold")

PEOPLE=[
 ("Mads Skau",["borgmester"],["Borgmesteren"]),("Ib Schmidt",["stedfortræder"],[]),
 ("Karsten Holm",["Driftschef"],["Driftschefen"]),
 ("Else Marie Bjerregaard",["formand"],["Formanden"]),("Ruth Klitgaard",["suppleant"],[]),("Karin Vinther",["sekretær"],["Sekretæren"]),
 ("Poul Erik Sørensen",["næstformand"],["Poul Erik"]),("Jesper Nedergaard",["Ældrechef"],[]),
 ("Ahmed Yusuf",["formand"],["Ahmed"]),("Mette Østergaard",[],["Mette"]),("Rami Khalil",[],["Rami"]),
 ("Camilla Rask Jeppesen",["referent","sekretær"],["Camilla"]),("Samira Haddou",[],["Samira"]),("Jan Vestergaard Nielsen",[],["Jan"]),
 ("Torben Mikkelsen",["Integrationschef"],[]),
 ("Kirsten Lund",["formand"],[]),("Nanna Bøgh",["Klimachef"],["Klimachefen"]),
 ("Søren Hedegaard Kjær",["borgmester","formand"],["Borgmesteren"]),("Rikke Vang Sørensen",["økonomichef"],["Økonomichefen"]),
 ("Ebbe Lunding",["Kommunaldirektør"],[]),
 ("Jesper Holmgaard",["borgmester"],["Borgmesteren"]),("Thomas Egelund",["stedfortræder"],[]),
 ("Helle Brink Sandberg",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Mette Bach Iversen",["regionsrådsformand"],["Regionsrådsformanden"]),("Lise Brøndum",["stedfortræder"],[]),("Emil Saxtorph",["stedfortræder"],[]),
 ("Hanne Bisgaard",["formand"],[]),("Lene Thorsager",["Direktør for Social og Sundhed"],["Direktøren for Social og Sundhed"]),
 ("Pernille Skov",["formand"],["Pernille"]),("Kasper Ilsøe",[],["Kasper"]),("Søs Hjorth",["medarbejderrepræsentant"],["Søs"]),
 ("Henrik Staun",["ungdomsskoleleder","sekretær"],["Henrik"]),
 ("Jesper Ravn",["Kommunaldirektør","formand"],["JR"]),("Susanne Fogh",["næstformand"],["SF"]),("Kim Mathiesen",[],["KM"]),
 ("Pia Schmidt",["suppleant"],["PS"]),("Lotte Bork Hansen",["HR","referent"],["LBH"]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b32-{i:03d}"
gold=dict(version=1,asOf="2035-12-31",corpusEnd="2035-12-04",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
