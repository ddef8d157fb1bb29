#!/usr/bin/env python3
"""Generates ../gold.json for blind31 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
import json, os, datetime
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
    if rng: a["dueRange"]=list(rng); assert rng[0]<=due<=rng[1]
    A.append(a)
def opt(date,item,*keys):
    for k in keys: OPT.append(dict(meetingDate=date,item=item,key=k))
def pp(com,date,item,jn,target,phrase,source="decision"):
    P.append(dict(journalNumber=jn,committee=com,meetingDate=date,item=item,target=target,phrase=phrase,source=source))
def op(jn,title,com,count,target):
    OP.append(dict(journalNumber=jn,title=title,committee=com,count=count,target=target))
def case(jn,title,apps,standing=False):
    C.append(dict(journalNumber=jn,title=title,standing=standing,appearances=[dict(committee=c,date=d,item=i) for c,d,i in apps]))
def week(y,w):
    """ISO week w of year y: (Monday, Sunday); due is the Sunday, the range the whole week"""
    return datetime.date.fromisocalendar(y,w,1).isoformat(), datetime.date.fromisocalendar(y,w,7).isoformat()

# ------------------------------------------------------------ A Holbæk Klima- og Miljøudvalget (pdftotext -layout, two-column form)
KMU="Klima- og Miljøudvalget"; D="2034-01-16"
meeting("holbaek-klima-og-miljoeudvalget-2034-01-16.txt",KMU,D,"15:00","Mødelokale 1.12, Holbæk Rådhus, Kanalstræde 2",
 ["Søren Egelund","Karen Bruhn Lassen","Tobias Nørgaard","Ulrik Damgaard","Mette Rosendal Friis","Johan Kviesgaard","Lone Brink"],[
 it(1,"Godkendelse af dagsorden","34/00412","approved"),
 it(2,"Vandplan 2034 - indsatsprogram for Tuse Å","33/18870","approved"),
 it(3,"Klimatilpasningsplan 2034-2040 - forslag efter høring","33/15502","approved"),
 it(4,"Miljøgodkendelse af udvidelse af svinebedrift, Mårsøvej 14, Tølløse","33/16231","approved",prior=[(KMU,"2033-12-11",112,"postponed")]),
 it(5,"Ansøgning om tilskud fra Grøn Pulje - naturlegeplads i Tølløse","34/00231","rejected"),
 it(6,"Plan for affaldssortering i etageboliger 2034-2035","33/17740","postponed"),
 it(7,"Erhvervelse af areal til regnvandsbassin, Ågade","34/00988","approved",closed=True),
 it(8,"Eventuelt",None,"decided")])
w=week(2034,9)
act(KMU,D,2,"Centerchefen for Natur og Vand indkalder lodsejerne langs Tuse Å til et informationsmøde i uge 9.",
    "indkalder lodsejerne langs Tuse Å",[("Birgitte Lund","person","Centerchefen for Natur og Vand")],w[1],rng=w,dueText="i uge 9")
act(KMU,D,4,"Administrationen indhenter supplerende oplysninger om ammoniakdepositionen på Skamlebæk Mose.",
    "Administrationen indhenter supplerende oplysninger",[("Administrationen","unit")],None,source="prior-decision")
act(KMU,D,6,"Direktøren for Klima og Miljø fremlægger en samlet økonomi for beholdere og afhentning på mødet den 13. februar 2034.",
    "fremlægger en samlet økonomi for beholdere og afhentning",[("Anders Rye Jespersen","person","Direktøren for Klima og Miljø")],
    "2034-02-13","presentation",dueText="på mødet den 13. februar 2034")
act(KMU,D,8,"Sekretariatet sender udvalget en oversigt over ruteplanen inden udgangen af januar.",
    "Sekretariatet sender udvalget en oversigt over ruteplanen",[("Sekretariatet","unit")],"2034-01-31",dueText="inden udgangen af januar")
pp(KMU,"2033-12-11",112,"33/16231",None,"Sagen udsat","prior-decision")
pp(KMU,D,6,"33/17740","2034-02-13","Sagen udsættes til udvalgets møde den 13. februar 2034")
op("33/17740","Plan for affaldssortering i etageboliger 2034-2035",KMU,1,"2034-02-13")
case("33/16231","Miljøgodkendelse af udvidelse af svinebedrift, Mårsøvej 14, Tølløse",[(KMU,"2033-12-11",112),(KMU,D,4)])
opt(D,2,"indstiller, at indsatsprogrammet")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet med 6 stemmer mod 1","Imod stemte Mette Rosendal Friis","Forslaget har været i offentlig høring i 8 uger")
opt(D,4,"Godkendt med 6 stemmer mod 1","Mette Rosendal Friis (Ø) stemte imod","indstiller, at miljøgodkendelsen")
opt(D,5,"Ansøgningen imødekommes ikke")
opt(D,6,"indstiller, at planen godkendes")
opt(D,8,"Karen Bruhn Lassen spurgte til vintertjenesten")

# ------------------------------------------------------------ B Slagelse Social- og Seniorudvalget (pdftotext raw, tables flattened)
SSU="Social- og Seniorudvalget"; D="2034-02-07"
meeting("slagelse-social-og-seniorudvalget-2034-02-07.txt",SSU,D,"16:00","Mødelokale 2, Slagelse Rådhus, Rådhuspladsen 11",
 ["Hanne Brix Kofoed","Jesper Lundø","Rikke Borup","Gert Pallesen","Ib Frandsen","Lene Wiberg"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-3-34","approved"),
 it(2,"Budgetopfølgning pr. 31. december 2033","00.30.10-S00-2-34","noted"),
 it(3,"Demensstrategi 2034-2038","29.09.00-P15-1-33","approved",part=["Tina Ravn"]),
 it(4,"Takster for madservice 2034","27.36.04-S00-1-34","approved",prior=[(SSU,"2034-01-09",6,"postponed")]),
 it(5,"Ansøgning om § 18-tilskud fra Besøgstjenesten Korsør","27.15.00-Ø40-5-34","rejected"),
 it(6,"Udbud af hjemmepleje - kvalitetskrav","27.12.04-G01-2-34","postponed"),
 it(7,"Klage over visitation til plejebolig","27.20.00-K07-4-34","noted",closed=True),
 it(8,"Eventuelt",None,"none")])
act(SSU,D,3,"Centerchefen for Ældre udarbejder en handleplan for demensvenlige plejecentre, som forelægges udvalget primo juni 2034.",
    "udarbejder en handleplan for demensvenlige plejecentre",[("Jonna Meldgaard","person","Centerchefen for Ældre")],
    "2034-06-10",rng=("2034-06-01","2034-06-10"),dueText="primo juni 2034")
act(SSU,D,4,"Administrationen undersøger prisen ved et fælles udbud med Sorø Kommune.",
    "Administrationen undersøger prisen ved et fælles udbud",[("Administrationen","unit")],None,source="prior-decision")
w=week(2034,12)
act(SSU,D,6,"Direktøren for Social og Sundhed indhenter vurderingen og orienterer udvalget i uge 12.",
    "indhenter vurderingen og orienterer udvalget",[("Michael Stoltz","person","Direktøren for Social og Sundhed")],w[1],rng=w,dueText="i uge 12")
pp(SSU,"2034-01-09",6,"27.36.04-S00-1-34",None,"Udsat","prior-decision")
pp(SSU,D,6,"27.12.04-G01-2-34",None,"Punktet udsættes, indtil den juridiske vurdering fra KL foreligger")
op("27.12.04-G01-2-34","Udbud af hjemmepleje - kvalitetskrav",SSU,1,None)
case("27.36.04-S00-1-34","Takster for madservice 2034",[(SSU,"2034-01-09",6),(SSU,D,4)])
opt(D,1,"Gert Pallesen (Æ) var ikke til stede")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet","indstiller, at strategien anbefales godkendt")
opt(D,4,"Godkendt med 5 stemmer mod 1","Ib Frandsen (C) stemte imod","Et fælles udbud vil tidligst kunne give en besparelse")
opt(D,5,"Ansøgningen blev ikke imødekommet")
opt(D,6,"indstiller, at kvalitetskravene godkendes","udbudsmaterialet, som efter planen offentliggøres i maj")

# ------------------------------------------------------------ C Kalundborg Børne- og Ungeudvalget, March (e-mail, CRLF)
BUU="Børne- og Ungeudvalget"; D="2034-03-08"
KLOC="Mødelokale Røsnæs, Kalundborg Rådhus, Holbækvej 141, Kalundborg"
meeting("kalundborg-boerne-og-ungeudvalget-2034-03-08.txt",BUU,D,"15:30",KLOC,
 ["Pernille Kragh","Thomas Vinge","Lykke Baun","Erik Sejer Holm","Amalie Krarup","Nadia Saleh"],[
 it(21,"Godkendelse af dagsorden","34/3310","approved"),
 it(22,"Opfølgning på kvalitetsrapporten 2032/33 - elevfravær","33/28815","noted",prior=[(BUU,"2034-01-17",8,"discussed")]),
 it(23,"Anbringelsesområdet - økonomi og udvikling","34/1187","noted"),
 it(24,"Ansøgning om tilskud til Ungdomsskolens sommercamp","34/2290","rejected"),
 it(25,"Ny dagtilbudsstruktur i Gørlev-området","33/30412","postponed"),
 it(26,"Personalesag","34/3701","approved",closed=True),
 it(27,"Eventuelt",None,"decided")])
act(BUU,D,22,"Skolechefen udarbejder en analyse af fraværet på 7.-9. klassetrin.",
    "Skolechefen udarbejder en analyse af fraværet",[("Rasmus Holt","person","Skolechefen")],None,source="prior-decision")
act(BUU,D,23,"Centerchefen for Familie og Forebyggelse fremlægger en plan for hjemtagelse af anbringelser på mødet i maj.",
    "fremlægger en plan for hjemtagelse af anbringelser",[("Hanne Jul Kristoffersen","person","Centerchefen for Familie og Forebyggelse")],
    "2034-05-31","presentation",rng=("2034-05-01","2034-05-31"),dueText="på mødet i maj")
act(BUU,D,27,"Sekretariatet sender udvalget datoerne for dialogmøderne inden udgangen af marts.",
    "Sekretariatet sender udvalget datoerne for dialogmøderne",[("Sekretariatet","unit")],"2034-03-31",dueText="inden udgangen af marts")
pp(BUU,D,25,"33/30412","2034-04-12","Sagen udsættes til næste møde den 12. april 2034")
case("33/28815","Opfølgning på kvalitetsrapporten 2032/33 - elevfravær",[(BUU,"2034-01-17",8),(BUU,D,22)])
opt(D,24,"Udvalget kan ikke imødekomme ansøgningen","Et mindretal (Lykke Baun og Nadia Saleh)")
opt(D,25,"indstiller, at forslaget anbefales")
opt(D,26,"Erik Sejer Holm deltog ikke i behandlingen")
opt(D,27,"Thomas Vinge spurgte til tidsplanen")

# ------------------------------------------------------------ D Kalundborg Børne- og Ungeudvalget, April (pandoc Markdown of the Word referat)
D="2034-04-12"
meeting("kalundborg-boerne-og-ungeudvalget-2034-04-12.md",BUU,D,"15:30",KLOC,
 ["Pernille Kragh","Thomas Vinge","Lykke Baun","Erik Sejer Holm","Bo Ullerup","Nadia Saleh","Kenneth Dyhr"],[
 it(28,"Godkendelse af dagsorden","34/4120","approved"),
 it(29,"Ny dagtilbudsstruktur i Gørlev-området","33/30412","approved",prior=[(BUU,"2034-03-08",25,"postponed")]),
 it(30,"Tilsyn i dagtilbud 2033","34/3925","noted",part=["Sine Bech"]),
 it(31,"Budget 2035 - udvalgets reduktionsforslag","34/4002","postponed"),
 it(32,"Ansøgning fra Kalundborg Gymnasium om samarbejde om talentspor","34/4077","referred"),
 it(33,"Klage over afgørelse om specialundervisning","34/4101","noted",closed=True),
 it(34,"Eventuelt",None,"none")])
act(BUU,D,29,"Børne- og ungedirektøren afholder et dialogmøde med forældrebestyrelserne i Gørlev inden udgangen af 2. kvartal.",
    "afholder et dialogmøde med forældrebestyrelserne i Gørlev",[("Lene Mørch","person","Børne- og ungedirektøren")],"2034-06-30",
    dueText="inden udgangen af 2. kvartal")
act(BUU,D,31,"Administrationen beregner de økonomiske konsekvenser af forslag 3 og 7 inden den 24. maj 2034.",
    "Administrationen beregner de økonomiske konsekvenser",[("Administrationen","unit")],"2034-05-24",dueText="inden den 24. maj 2034")
act(BUU,D,32,"Sagen oversendes til Erhvervs- og Beskæftigelsesudvalget med henblik på medfinansiering.",
    "Sagen oversendes til Erhvervs- og Beskæftigelsesudvalget",[("Erhvervs- og Beskæftigelsesudvalget","body")],None,"referral")
pp(BUU,D,31,"34/4002","2034-06-07","Sagen udsættes til udvalgets møde den 7. juni 2034")
op("34/4002","Budget 2035 - udvalgets reduktionsforslag",BUU,1,"2034-06-07")
case("33/30412","Ny dagtilbudsstruktur i Gørlev-området",[(BUU,"2034-03-08",25),(BUU,D,29)])
opt(D,29,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen med 6 stemmer","Imod stemte Bo Ullerup",
    "Sagen udsættes til næste møde den 12. april 2034","indstiller, at forslaget anbefales")

# ------------------------------------------------------------ E Haderslev Teknik- og Klimaudvalget (Word plain text, Windows-1252)
TKU="Teknik- og Klimaudvalget"; D="2034-04-18"
meeting("haderslev-teknik-og-klimaudvalget-2034-04-18.txt",TKU,D,"08:30","Mødelokale 1.08, Haderslev Rådhus, Gåskærgade 26",
 ["Jens Christian Lund","Birthe Højgaard","Mikkel Vrå","Solvejg Thomsen","Kaj Ravn Skovmand","Leif Gram","Ole Fisker"],[
 it(1,"Godkendelse af dagsorden","34/8812","approved"),
 it(2,"Trafiksikkerhedsplan 2034-2037 – endelig vedtagelse","33/20154","approved"),
 it(3,"Kollektiv trafik – køreplan 2035","33/25590","approved",prior=[(TKU,"2034-03-14",41,"postponed")]),
 it(4,"Ansøgning om dispensation fra vejbyggelinje, Kelstrup Strandvej 31","34/6604","rejected"),
 it(5,"Grøn omstilling af kommunens bilpark","34/2217","postponed"),
 it(6,"Vintertjeneste – evaluering af sæsonen 2033/34","34/7013","noted"),
 it(7,"Erstatning for vejareal ved Ribe Landevej","34/6030","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(TKU,D,2,"Afdelingschefen for Vej og Trafik sender en status på skolevejsprojekterne til udvalget inden udgangen af 3. kvartal.",
    "sender en status på skolevejsprojekterne",[("Mona Strøm","person","Afdelingschefen for Vej og Trafik")],"2034-09-30",
    dueText="inden udgangen af 3. kvartal")
act(TKU,D,5,"Direktøren for Teknik og Klima undersøger muligheden for et fælles udbud af ladestandere med Aabenraa og Sønderborg Kommuner og forelægger resultatet på næste møde.",
    "undersøger muligheden for et fælles udbud af ladestandere",[("Henrik Sølvsten","person","Direktøren for Teknik og Klima")],
    "2034-05-16",dueText="på næste møde")
w=week(2034,40)
act(TKU,D,6,"Udvalget ønsker en drøftelse af serviceniveauet på cykelstierne i uge 40.",
    "drøftelse af serviceniveauet på cykelstierne",[],w[1],"presentation",rng=w,dueText="i uge 40")
pp(TKU,"2034-03-14",41,"33/25590",None,"Sagen udsættes, indtil Sydtrafiks passagertal for 2033 foreligger","prior-decision")
pp(TKU,D,5,"34/2217","2034-05-16","Sagen udsættes til næste møde")
op("34/2217","Grøn omstilling af kommunens bilpark",TKU,1,"2034-05-16")
case("33/25590","Kollektiv trafik – køreplan 2035",[(TKU,"2034-03-14",41),(TKU,D,3)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","at trafiksikkerhedsplanen anbefales vedtaget")
opt(D,3,"Godkendt med den ændring, at linje 36 bevares","at køreplanen for 2035 godkendes")
opt(D,4,"Udvalget meddeler afslag med 5 stemmer mod 2","Mindretallet (Mikkel Vrå og Kaj Ravn Skovmand)")
opt(D,5,"Administrationen foreslår, at alle nye biler fra 2035 er elbiler")

# ------------------------------------------------------------ F Horsens Velfærds- og Sundhedsudvalget (saved page, nested tables)
VSU="Velfærds- og Sundhedsudvalget"; D="2034-05-15"
meeting("horsens-velfaerds-og-sundhedsudvalget-2034-05-15.html",VSU,D,"15:00","Mødelokale C1, Horsens Rådhus, Rådhustorvet 4",
 ["Jakob Rønberg","Sidsel Aagaard","Frederik Bach","Peder Kjærsgaard","Louise Haahr","Benny Thorsø","Carsten Trier"],[
 it(1,"Godkendelse af dagsorden","EMN-2034-00410","approved"),
 it(2,"Sundhedspolitik 2034-2038","EMN-2033-02871","approved",prior=[(VSU,"2034-04-10",None,"discussed")]),
 it(3,"Rehabiliteringsforløb - kapacitet i Sundhedshuset","EMN-2034-01155","noted",part=["Mariam Olsen"]),
 it(4,"Forebyggende hjemmebesøg - ny målgruppe","EMN-2034-00988","approved"),
 it(5,"Ansøgning om tilskud fra Frivillighedspuljen, Horsens Besøgsvenner","EMN-2034-01021","approved"),
 it(6,"Rusmiddelcentret - nye lokaler","EMN-2034-00731","postponed"),
 it(7,"Køb af pladser på privat botilbud","EMN-2034-01203","approved",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(VSU,D,3,"Sundhedschef Mariam Olsen fremlægger en plan for nedbringelse af ventetiden ultimo juni.",
    "Mariam Olsen fremlægger en plan for nedbringelse af ventetiden",[("Mariam Olsen","person")],"2034-06-30","presentation",
    rng=("2034-06-21","2034-06-30"),dueText="ultimo juni")
w=week(2034,24)
act(VSU,D,6,"Direktøren for Velfærd og Sundhed orienterer udvalget om forlængelse af den nuværende lejekontrakt i uge 24.",
    "orienterer udvalget om forlængelse af den nuværende lejekontrakt",[("Jens-Ole Winther","person","Direktøren for Velfærd og Sundhed")],
    w[1],"presentation",rng=w,dueText="i uge 24")
act(VSU,D,8,"Sekretariatet sender materialet fra konferencen til udvalgets medlemmer.",
    "Sekretariatet sender materialet fra konferencen",[("Sekretariatet","unit")],None)
pp(VSU,D,6,"EMN-2034-00731",None,"Sagen udsættes, indtil Ejendomsservice har vurderet udgifterne til istandsættelse")
op("EMN-2034-00731","Rusmiddelcentret - nye lokaler",VSU,1,None)
case("EMN-2033-02871","Sundhedspolitik 2034-2038",[(VSU,"2034-04-10",None),(VSU,D,2)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","Udvalget ønskede et nyt afsnit om mental sundhed","indstiller, at sundhedspolitikken")
opt(D,4,"Godkendt med 5 stemmer mod 2","Imod stemte Frederik Bach og Sidsel Aagaard")
opt(D,5,"Der bevilges 40.000 kr. fra Frivillighedspuljen")
opt(D,7,"Benny Thorsø deltog ikke i behandlingen af punktet")
opt(D,8,"Formanden orienterede om KL's sundhedskonference","Benny Thorsø deltog ikke i behandlingen af punktet")

# ------------------------------------------------------------ G Randers Socialudvalget (saved page, entities everywhere)
SU="Socialudvalget"; D="2034-06-13"
meeting("randers-socialudvalget-2034-06-13.html",SU,D,"14:00","Udvalgsværelse 3, Randers Rådhus, Laksetorvet 1",
 ["Lone Skaarup","Kim Holmgaard","Anne Sofie Ravn","Preben Oddershede","Hassan Ali","Mogens Bjerre"],[
 it(71,"Godkendelse af dagsorden","34/21877","approved"),
 it(72,"Sociale tilbud - belægning 1. kvartal 2034","34/20114","noted"),
 it(73,'Socialpsykiatrisk strategi "Et godt liv i eget hjem"',"33/41290","approved"),
 it(74,"Bostøtte efter servicelovens § 85 - serviceniveau","33/39906","approved",prior=[(SU,"2034-05-09",64,"postponed")]),
 it(75,"Ansøgning om § 18-tilskud fra Randers Frivilligcenter","34/19833","rejected"),
 it(76,"Handicappolitik 2035-2038 - udkast","34/15020","referred"),
 it(77,"Takster for botilbud 2035","34/21402","postponed"),
 it(78,"Kontrakt med privat leverandør af aflastning","34/21650","approved",closed=True)])
act(SU,D,73,"Socialchefen nedsætter en følgegruppe med deltagelse af brugerorganisationerne inden 1. september 2034.",
    "Socialchefen nedsætter en følgegruppe",[("Tove Brandt","person","Socialchefen")],"2034-09-01",dueText="inden 1. september 2034")
act(SU,D,74,"Administrationen udarbejder en model med faste visitationskriterier.",
    "Administrationen udarbejder en model med faste visitationskriterier",[("Administrationen","unit")],None,source="prior-decision")
act(SU,D,76,"Sagen sendes i høring i Handicaprådet, før udvalget træffer beslutning.",
    "Sagen sendes i høring i Handicaprådet",[("Handicaprådet","body")],None,"referral")
pp(SU,"2034-05-09",64,"33/39906",None,"Udsat","prior-decision")
pp(SU,D,77,"34/21402","2034-08-15","Sagen udsættes til mødet den 15. august 2034")
op("34/21402","Takster for botilbud 2035",SU,1,"2034-08-15")
case("33/39906","Bostøtte efter servicelovens § 85 - serviceniveau",[(SU,"2034-05-09",64),(SU,D,74)])
opt(D,71,"Mogens Bjerre (O) var ikke til stede")
opt(D,72,"Mogens Bjerre (O) var ikke til stede")
opt(D,73,"Anbefales over for Byrådet","indstiller, at strategien anbefales godkendt")
opt(D,74,"Hassan Ali (Ø) kunne ikke medvirke")
opt(D,75,"Ansøgningen imødekommes ikke")

# ------------------------------------------------------------ H Ikast-Brande Kultur- og Fritidsudvalget (Netpublicator-like saved page)
KFU="Kultur- og Fritidsudvalget"; D="2034-08-22"
meeting("ikast-brande-kultur-og-fritidsudvalget-2034-08-22.html",KFU,D,"17:00","Mødelokale 1, Ikast Rådhus, Centerparken 1",
 ["Ole Dybdahl","Julie Brink","Torben Kaas","Sara Nyholm","Villy Østergaard","Hans Vium"],[
 it(1,"Godkendelse af dagsorden","34/14588","approved"),
 it(2,"Kulturpolitik 2031-2034 - evaluering","34/11902","noted"),
 it(3,"Underskudsgaranti til Brande Musikforening","34/09377","approved",prior=[(KFU,"2034-06-20",6,"postponed")]),
 it(4,"Halfordeling sæson 2034/35","34/13120","approved"),
 it(5,"Ansøgning fra Ikast Cykelklub om mountainbikespor i Ikast Plantage","34/12655","referred"),
 it(6,"Åbningstider på bibliotekerne i Nørre Snede og Bording","34/13981","postponed"),
 it(7,"Forpagtning af cafeteria i Ikast Idrætscenter","34/14102","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(KFU,D,2,"Kultur- og fritidschefen fremlægger forslag til nye indsatsområder på udvalgets møde den 17. oktober 2034.",
    "fremlægger forslag til nye indsatsområder",[("Rikke Sand","person","Kultur- og fritidschefen")],"2034-10-17","presentation",
    dueText="på udvalgets møde den 17. oktober 2034")
act(KFU,D,4,"Næstformanden og kultur- og fritidschefen holder et møde med Brande Hallerne om ledige tider inden udgangen af september.",
    "holder et møde med Brande Hallerne om ledige tider",[("Ole Dybdahl","person","Næstformanden"),("Rikke Sand","person","kultur- og fritidschefen")],
    "2034-09-30",dueText="inden udgangen af september")
act(KFU,D,5,"Sagen oversendes til Plan- og Teknikudvalget, da sporet forudsætter en landzonetilladelse.",
    "Sagen oversendes til Plan- og Teknikudvalget",[("Plan- og Teknikudvalget","body")],None,"referral")
pp(KFU,"2034-06-20",6,"34/09377",None,"Sagen udsættes, indtil foreningens regnskab for 2033 foreligger","prior-decision")
pp(KFU,D,6,"34/13981","2034-09-19","Udsat til næste møde")
op("34/13981","Åbningstider på bibliotekerne i Nørre Snede og Bording",KFU,1,"2034-09-19")
case("34/09377","Underskudsgaranti til Brande Musikforening",[(KFU,"2034-06-20",6),(KFU,D,3)])
opt(D,4,"Godkendt med 5 stemmer mod 1","Villy Østergaard (Æ) stemte imod","Kultur og Fritid indstiller")
opt(D,8,"Næste møde afholdes tirsdag den 19. september 2034")

# ------------------------------------------------------------ I Sønderborg Plan- og Miljøudvalget (publication page, label column)
PMU="Plan- og Miljøudvalget"; D="2034-09-14"
meeting("soenderborg-plan-og-miljoeudvalget-2034-09-14.html",PMU,D,"16:00","Mødelokale 1, Sønderborg Rådhus, Rådhustorvet 10",
 ["Aase Nyegaard","Jørn Tange","Kim Nissen","Rikke Holm Jepsen","Søren Andersen Ravn","Christian Ladegaard"],[
 it(1,"Godkendelse af dagsorden","00.01.00-A00-9-34","approved"),
 it(2,"Lokalplan 2034-07 for boliger ved Ulkebøl Nord - forslag","01.02.05-P16-14-34","approved"),
 it(3,"Vandløbsregulativ for Hørup Mølleå","06.02.03-P22-2-33","approved",prior=[(PMU,"2034-08-10",87,"discussed")]),
 it(4,"Råstofgravning ved Blans - høringssvar til Region Syddanmark","09.00.00-P22-5-34","approved"),
 it(5,"Klimahandleplan - status for 1. halvår 2034","01.05.10-P20-3-34","noted"),
 it(6,"Landzonetilladelse til tiny house-bebyggelse, Kegnæs","01.03.03-P19-31-34","rejected"),
 it(7,"Naturpark Nordals - kommunal medfinansiering","01.05.00-Ø40-2-34","postponed"),
 it(8,"Ekspropriation til cykelsti langs Augustenborg Landevej","05.01.08-P20-4-34","approved",closed=True),
 it(9,"Eventuelt",None,"none")])
act(PMU,D,3,"Natur og Miljø inddrager lodsejerforeningen i det videre arbejde.",
    "Natur og Miljø inddrager lodsejerforeningen",[("Natur og Miljø","unit")],None,source="prior-decision")
act(PMU,D,5,"Direktøren for Teknik og Miljø fremlægger CO2-regnskabet for 2034 medio marts 2035.",
    "fremlægger CO2-regnskabet for 2034",[("Niels Ole Rask","person","Direktøren for Teknik og Miljø")],"2035-03-20","presentation",
    rng=("2035-03-11","2035-03-20"),dueText="medio marts 2035")
w=week(2034,39)
act(PMU,D,7,"Afdelingschefen for Natur og Miljø indkalder bestyrelsen til et dialogmøde i uge 39.",
    "indkalder bestyrelsen til et dialogmøde",[("Hanne Gram","person","Afdelingschefen for Natur og Miljø")],w[1],rng=w,dueText="i uge 39")
pp(PMU,D,7,"01.05.00-Ø40-2-34","2034-10-12","Sagen udsættes til udvalgets møde den 12. oktober 2034")
op("01.05.00-Ø40-2-34","Naturpark Nordals - kommunal medfinansiering",PMU,1,"2034-10-12")
case("06.02.03-P22-2-33","Vandløbsregulativ for Hørup Mølleå",[(PMU,"2034-08-10",87),(PMU,D,3)])
opt(D,2,"Anbefales over for Økonomiudvalget og Byrådet","Forslaget skal i offentlig høring i 8 uger","Kim Nissen (V) erklærede sig inhabil")
opt(D,4,"Udvalget godkender høringssvaret")
opt(D,6,"Ansøgningen imødekommes ikke","stemte for at give tilladelse")

# ------------------------------------------------------------ J Faxe Erhvervs- og Beskæftigelsesudvalget (intranet wiki, Markdown)
EBU="Erhvervs- og Beskæftigelsesudvalget"; D="2034-10-10"
meeting("faxe-erhvervs-og-beskaeftigelsesudvalget-2034-10-10.md",EBU,D,"16:30","Mødelokale 3, Faxe Rådhus, Frederiksgade 9, Haslev",
 ["Gitte Holm","Steen Dahl","Malene Bak","Jesper Winther","Camilla Sørensen","Leo Brandt"],[
 it(1,"Godkendelse af dagsorden","34/019071","approved"),
 it(2,"Ledighed og beskæftigelse – kvartalsrapport for 3. kvartal 2034","34/018844","noted"),
 it(3,"Erhvervsstrategi 2035-2038 – høringsudkast","34/016230","approved",part=["Mikkel Rohde"],prior=[(EBU,"2034-09-12",5,"discussed")]),
 it(4,"Virksomhedsrettet indsats for sygemeldte – projektansøgning","34/019310","approved"),
 it(5,"Kommunal medfinansiering af Haslev Erhvervspark, etape 2","33/031477","postponed"),
 it(6,"Salg af erhvervsgrund i Rønnede","34/017702","approved",closed=True),
 it(7,"Eventuelt",None,"none")])
act(EBU,D,3,"Erhvervschefen indkalder erhvervsrådet til et temamøde om strategien.",
    "Erhvervschefen indkalder erhvervsrådet",[("Mikkel Rohde","person","Erhvervschefen")],None,source="prior-decision")
act(EBU,D,4,"Jobcentret indsender ansøgningen til Styrelsen for Arbejdsmarked og Rekruttering senest den 1. november 2034.",
    "Jobcentret indsender ansøgningen",[("Jobcentret","unit")],"2034-11-01",dueText="senest den 1. november 2034")
act(EBU,D,5,"Direktøren for Vækst og Udvikling tager kontakt til Vejdirektoratet om tidsplanen for analysen inden udgangen af oktober.",
    "tager kontakt til Vejdirektoratet",[("Søs Nymand","person","Direktøren for Vækst og Udvikling")],"2034-10-31",dueText="inden udgangen af oktober")
pp(EBU,D,5,"33/031477",None,"Udsat, indtil der foreligger en trafikanalyse fra Vejdirektoratet")
op("33/031477","Kommunal medfinansiering af Haslev Erhvervspark, etape 2",EBU,1,None)
case("34/016230","Erhvervsstrategi 2035-2038 – høringsudkast",[(EBU,"2034-09-12",5),(EBU,D,3)])
opt(D,1,"Fraværende: Per Kolind")
opt(D,3,"Anbefales over for Økonomiudvalget og Byrådet","Temamødet blev holdt den 28. september","indstiller, at høringsudkastet")

# ------------------------------------------------------------ K Skive Ældreudvalget (note-tool export, Markdown)
ÆU="Ældreudvalget"; D="2034-11-28"
meeting("skive-aeldreudvalget-2034-11-28.md",ÆU,D,"14:00","Mødelokale 2, Skive Rådhus, Torvegade 10",
 ["Karen Thorup","Bent Leth","Anders Mølgaard","Susanne Riis Kjær","Poul Hyldgaard","Ejner Bak","Niels Overgaard"],[
 it(86,"Godkendelse af dagsorden","34/28110","approved"),
 it(87,"Budgetopfølgning pr. 31. oktober 2034","34/27342","noted"),
 it(88,"Demografimodel og budget 2035","34/24418","approved",prior=[(ÆU,"2034-10-31",79,"postponed")]),
 it(89,"Plejeboliger i Spøttrup - udbygning","34/25509","approved"),
 it(90,"Klippekort og aflastning - nye retningslinjer","34/26077","postponed"),
 it(91,"Ansøgning fra Skive Seniorcenter om tilskud til julearrangement","34/28004","rejected"),
 it(92,"Tilsyn på Plejecenter Resenlund","34/27990","noted",closed=True),
 it(93,"Eventuelt",None,"decided")])
act(ÆU,D,87,"Centerchefen for Ældre og Sundhed sender en oversigt over merforbruget i hjemmeplejen til udvalget inden den 8. december 2034.",
    "sender en oversigt over merforbruget i hjemmeplejen",[("Lone Krabbe","person","Centerchefen for Ældre og Sundhed")],"2034-12-08",
    dueText="inden den 8. december 2034")
act(ÆU,D,89,"Direktøren for Velfærd fremlægger et anlægsoverslag på mødet i januar 2035.",
    "fremlægger et anlægsoverslag",[("Torben Lysgaard","person","Direktøren for Velfærd")],"2035-01-31","presentation",
    rng=("2035-01-01","2035-01-31"),dueText="på mødet i januar 2035")
w=week(2035,3)
act(ÆU,D,93,"Sekretariatet booker lokale til temadagen om demens i uge 3.",
    "Sekretariatet booker lokale til temadagen om demens",[("Sekretariatet","unit")],w[1],rng=w,dueText="i uge 3")
pp(ÆU,"2034-10-31",79,"34/24418",None,"Sagen udsat til næste møde","prior-decision")
pp(ÆU,D,90,"34/26077","2034-12-12","Udsat til næste møde den 12. december 2034")
op("34/26077","Klippekort og aflastning - nye retningslinjer",ÆU,1,"2034-12-12")
case("34/24418","Demografimodel og budget 2035",[(ÆU,"2034-10-31",79),(ÆU,D,88)])
opt(D,89,"Anbefales over for Økonomiudvalget og Byrådet")
opt(D,90,"Poul Hyldgaard ønskede sagen belyst")
opt(D,91,"Ansøgningen imødekommes ikke","Ejner Bak (Æ) og Poul Hyldgaard (F) ville imødekomme")
opt(D,93,"Susanne Riis Kjær foreslog en temadag")

PEOPLE=[
 ("Søren Egelund",["formand"],[]),("Karen Bruhn Lassen",["næstformand"],[]),("Lone Brink",["stedfortræder"],[]),
 ("Anders Rye Jespersen",["Direktør for Klima og Miljø"],["Direktøren for Klima og Miljø"]),
 ("Birgitte Lund",["Centerchef for Natur og Vand"],["Centerchefen for Natur og Vand"]),("Sarah Øster",["udvalgssekretær","referent"],[]),
 ("Hanne Brix Kofoed",["formand"],[]),("Jesper Lundø",["næstformand"],[]),("Rikke Borup",["stedfortræder"],[]),
 ("Michael Stoltz",["Direktør for Social og Sundhed"],["Direktøren for Social og Sundhed"]),
 ("Jonna Meldgaard",["Centerchef for Ældre"],["Centerchefen for Ældre"]),("Camilla Vest",["sekretær"],[]),("Tina Ravn",["Demenskoordinator"],[]),
 ("Pernille Kragh",["formand"],[]),("Thomas Vinge",["næstformand"],[]),("Kenneth Dyhr",["suppleant"],[]),
 ("Lene Mørch",["Børne- og ungedirektør"],["Børne- og ungedirektøren"]),("Rasmus Holt",["skolechef"],["Skolechefen"]),
 ("Hanne Jul Kristoffersen",["centerchef for Familie og Forebyggelse"],["Centerchefen for Familie og Forebyggelse"]),
 ("Maja Ploug",["udvalgssekretær","referent"],[]),("Sine Bech",["Pædagogisk konsulent"],[]),
 ("Jens Christian Lund",["formand"],[]),("Birthe Højgaard",["næstformand"],[]),("Leif Gram",["suppleant"],[]),
 ("Henrik Sølvsten",["direktør for Teknik og Klima"],["Direktøren for Teknik og Klima"]),
 ("Mona Strøm",["afdelingschef for Vej og Trafik"],["Afdelingschefen for Vej og Trafik"]),("Anja Thuesen",["referent"],[]),
 ("Jakob Rønberg",["formand"],["Formanden"]),("Sidsel Aagaard",["næstformand"],[]),("Carsten Trier",["suppleant"],[]),
 ("Jens-Ole Winther",["Direktør for Velfærd og Sundhed"],["Direktøren for Velfærd og Sundhed"]),
 ("Mariam Olsen",["Sundhedschef"],[]),("Kristian Bay",["udvalgssekretær"],[]),
 ("Lone Skaarup",["formand"],[]),("Kim Holmgaard",["næstformand"],[]),
 ("Peter Kvist Damgaard",["Direktør for Social og Arbejdsmarked"],["Direktøren for Social og Arbejdsmarked"]),
 ("Tove Brandt",["socialchef"],["Socialchefen"]),("Jonas Vium",["udvalgssekretær"],[]),
 ("Marianne Sejr",["formand"],[]),("Ole Dybdahl",["næstformand","mødeleder"],["Næstformanden"]),("Hans Vium",["stedfortræder"],[]),
 ("Rikke Sand",["Kultur- og fritidschef"],["Kultur- og fritidschefen"]),("Dorthe Krog",["referent"],[]),
 ("Aase Nyegaard",["formand"],[]),("Jørn Tange",["næstformand"],[]),
 ("Niels Ole Rask",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Hanne Gram",["afdelingschef for Natur og Miljø"],["Afdelingschefen for Natur og Miljø"]),("Birgit Lorenzen",["sekretær"],[]),
 ("Gitte Holm",["formand"],[]),("Steen Dahl",["næstformand"],[]),
 ("Søs Nymand",["Direktør for Vækst og Udvikling"],["Direktøren for Vækst og Udvikling"]),
 ("Mikkel Rohde",["Erhvervschef"],["Erhvervschefen"]),("Anette Lund",["Jobcenterchef"],[]),("Lise Kaas",["referent"],[]),
 ("Karen Thorup",["formand"],[]),("Bent Leth",["næstformand"],[]),("Niels Overgaard",["suppleant"],[]),
 ("Torben Lysgaard",["direktør for Velfærd"],["Direktøren for Velfærd"]),
 ("Lone Krabbe",["centerchef for Ældre og Sundhed"],["Centerchefen for Ældre og Sundhed"]),("Mia Dahl",["referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b31-{i:03d}"
gold=dict(version=1,asOf="2034-12-31",corpusEnd="2034-11-28",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
