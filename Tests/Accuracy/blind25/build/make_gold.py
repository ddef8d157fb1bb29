#!/usr/bin/env python3
"""Generates ../gold.json for blind25 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Aalborg Ældrerådet (web page, "Punkt N. Title")
ÆR="Ældrerådet"; D="2028-01-18"
meeting("aalborg-aeldreraadet-2028-01-18.txt",ÆR,D,"09:30",
 "Mødelokale 1, Sundheds- og Kulturforvaltningen, Boulevarden 13, 9000 Aalborg",
 ["Karen Møller Juhl","Bent Kjærsgaard","Inger Holmgaard","Poul Erik Vad","Grethe Skov","Jens Ole Bruun",
  "Hanne Fabricius","Ellen Damsgaard"],[
 it(1,"Godkendelse af dagsorden","2028-000412","approved"),
 it(2,"Godkendelse af referat fra mødet den 14. december 2027","2027-058990","approved"),
 it(3,"Høring: Kvalitetsstandard for hjemmepleje 2028","2027-061230","decided"),
 it(4,"Ældrerådets budget og aktivitetsplan 2028","2028-000977","approved"),
 it(5,"Dialogmøde med Ældre- og Handicapudvalget","2027-058814","discussed"),
 it(6,"Tilgængelighed ved plejecentrenes fællesarealer","2027-060102","postponed",prior=[(ÆR,"2027-11-16",None,"postponed")]),
 it(7,"Orientering fra formanden og sekretariatet","2028-000415","noted"),
 it(8,"Eventuelt","2028-000416","decided")])
act(ÆR,D,3,"Formanden udarbejder høringssvaret og sender det til forvaltningen senest den 28. januar 2028.",
    "udarbejder høringssvaret og sender det til forvaltningen",[("Karen Møller Juhl","person","Formanden")],"2028-01-28")
act(ÆR,D,4,"Sekretariatet bedes sende aktivitetsplanen til Ældre- og Handicapudvalget til orientering.",
    "Sekretariatet bedes sende aktivitetsplanen",[("Sekretariatet","unit")],None)
act(ÆR,D,5,"Det blev aftalt, at Bent og Inger Holmgaard forbereder Ældrerådets oplæg til dialogmødet den 7. marts 2028.",
    "forbereder Ældrerådets oplæg til dialogmødet",
    [("Bent Kjærsgaard","person","Bent"),("Inger Holmgaard","person")],"2028-03-07")
act(ÆR,D,6,"Forvaltningen bedes udarbejde et notat om adgangsforholdene på alle plejecentre.",
    "Forvaltningen bedes udarbejde et notat om adgangsforholdene",[("Forvaltningen","unit")],None,source="prior-decision")
act(ÆR,D,8,"Forvaltningen undersøger sagen og giver svar på næste møde.",
    "Forvaltningen undersøger sagen og giver svar",[("Forvaltningen","unit")],"2028-02-15")
pp(ÆR,"2027-11-16",None,"2027-060102",None,"Udsat","prior-decision")
pp(ÆR,D,6,"2027-060102","2028-02-15","Punktet udsættes til næste møde")
op("2027-060102","Tilgængelighed ved plejecentrenes fællesarealer",ÆR,2,"2028-02-15")
case("2027-060102","Tilgængelighed ved plejecentrenes fællesarealer",[(ÆR,"2027-11-16",None),(ÆR,D,6)])
opt(D,3,"Sekretariatet indstiller, at Ældrerådet drøfter forslaget","Ældrerådet afgiver høringssvar som drøftet på mødet")
opt(D,4,"Sekretariatet indstiller, at budget og aktivitetsplan godkendes")
opt(D,7,"Formanden orienterede om møde i Danske Ældreråds bestyrelse","Sekretariatet orienterede om")
opt(D,8,"Grethe Skov spurgte til ventetiden")

# ------------------------------------------------------------ B Herning Økonomiudvalget (pdftotext -layout, "Sag nr. NN: Title")
ØU="Økonomiudvalget"; D="2028-03-13"; ØUD=D
meeting("herning-oekonomiudvalget-2028-03-13.txt",ØU,D,"14:00","Byrådssalen, Rådhuset, Torvet 5, 7400 Herning",
 ["Dorthe West","Ole Lindhardt","Karsten Fogh","Birgit Stampe","Maja Thorsø","Niels Ravnsbæk"],[
 it(41,"Godkendelse af dagsorden","00.01.00-A00-3-28","approved"),
 it(42,"Regnskab 2027 - foreløbigt resultat","00.30.14-S00-1-28","noted"),
 it(43,"Salg af byggegrunde i Gullestrup Nord - prisfastsættelse","02.34.02-G01-4-27","approved"),
 it(44,"Ny organisering af Borgerservice","00.15.00-A00-2-28","approved",part=["Lise Bak"]),
 it(45,"Anlægsoversigt 2028 - frigivelse af rådighedsbeløb","00.30.00-S55-2-28","postponed"),
 it(46,"Henvendelse fra Herning Erhvervsråd om bredbånd i landdistrikterne","24.10.00-Ø00-1-28","referred"),
 it(47,"Medlemsforslag fra Niels Ravnsbæk (DF) om gratis parkering i midtbyen","05.13.00-P20-2-28","rejected"),
 it(48,"Meddelelser","00.01.00-A00-4-28","noted"),
 it(49,"Køb af ejendom, Vestergade 12","02.00.00-G10-1-28","approved",closed=True)])
act(ØU,D,42,"Kommunaldirektøren fremlægger en analyse af merforbruget på det specialiserede socialområde på mødet i maj.",
    "fremlægger en analyse af merforbruget",[("Per Søndergaard","person","Kommunaldirektøren")],"2028-05-31","presentation",
    rng=("2028-05-01","2028-05-31"))
act(ØU,D,44,"Direktøren for Borger og Arbejdsmarked inddrager Hovedudvalget i implementeringen inden 1. juni 2028.",
    "inddrager Hovedudvalget i implementeringen",[("Lise Bak","person","Direktøren for Borger og Arbejdsmarked")],"2028-06-01")
act(ØU,D,45,"En prioriteret liste over anlægsprojekterne udarbejdes af Økonomi og Styring inden mødet den 10. april 2028.",
    "En prioriteret liste over anlægsprojekterne udarbejdes",[("Økonomi og Styring","unit")],"2028-04-10")
act(ØU,D,46,"Sagen oversendes til Klima- og Landdistriktsudvalget til videre behandling.",
    "Sagen oversendes til Klima- og Landdistriktsudvalget",[("Klima- og Landdistriktsudvalget","body")],None,"referral")
act(ØU,D,48,"Borgmesteren inviterer formandskabet for Herning Erhvervsråd til et møde i april.",
    "inviterer formandskabet for Herning Erhvervsråd",[("Dorthe West","person","Borgmesteren")],"2028-04-30",
    rng=("2028-04-01","2028-04-30"))
pp(ØU,D,45,"00.30.00-S55-2-28","2028-04-10","Sagen udsættes til Økonomiudvalgets møde den 10. april 2028")
op("00.30.00-S55-2-28","Anlægsoversigt 2028 - frigivelse af rådighedsbeløb",ØU,1,"2028-04-10")
opt(D,42,"Kommunaldirektøren indstiller, at det foreløbige regnskabsresultat")
opt(D,43,"Anbefales over for byrådet","Kommunaldirektøren indstiller, at udvalget anbefaler byrådet")
opt(D,44,"Godkendt med 5 stemmer mod 1","Direktionen indstiller")
opt(D,47,"Forslaget blev ikke anbefalet","Niels Ravnsbæk (DF) foreslår")
opt(D,48,"Borgmesteren orienterede om KKR Midtjyllands møde")

# ------------------------------------------------------------ C Herning Byrådet (pdftotext, "NN. Title")
BR="Byrådet"; D="2028-03-28"
BRM=["Dorthe West","Ole Lindhardt","Karsten Fogh","Birgit Stampe","Søren Hald Møller","Maja Thorsø","Niels Ravnsbæk",
 "Anne Mette Kjær","Bjarne Skov Nielsen","Carina Holst","Dan Vestergaard","Elin Kragh","Finn Aagaard","Henning Brask",
 "Ida Fuglsang","Karin Ladefoged","Leif Østergaard","Mads Bisgaard","Nina Hvelplund","Oskar Lund","Pia Thuesen",
 "Rune Kirk","Signe Borup","Tage Hedegaard","Ulla Krogh","Verner Dahl","Winnie Bach","Yrsa Holm","Aksel Gram","Mogens Lykke"]
assert len(BRM)==30
meeting("herning-byraadet-2028-03-28.txt",BR,D,"18:00","Byrådssalen, Rådhuset, Torvet 5, 7400 Herning",BRM,[
 it(58,"Godkendelse af dagsorden","00.01.00-A00-9-28","approved"),
 it(59,"Salg af byggegrunde i Gullestrup Nord - prisfastsættelse","02.34.02-G01-4-27","postponed"),
 it(60,"Kommuneplantillæg nr. 31 for vindmøller ved Sdr. Felding - endelig vedtagelse","01.02.05-P16-3-27","approved"),
 it(61,"Medlemsforslag fra Maja Thorsø (F) om klimaregnskab for kommunens bygninger","13.03.00-P20-1-28","referred"),
 it(62,"Takster for Herning Svømmehal 2028-2029","04.04.00-S00-2-28","approved"),
 it(63,"Udpegning af nyt medlem til Folkeoplysningsudvalget","18.15.00-A00-1-28","approved"),
 it(64,"Orientering om skolestrukturanalyse","17.01.00-P05-1-28","noted",part=["Mikkel Dam"]),
 it(65,"Erstatningssag","00.06.00-G01-3-28","approved",closed=True)])
act(BR,D,59,"Borgmesteren indhenter en ny vurdering fra to ejendomsmæglere inden den 14. april 2028.",
    "indhenter en ny vurdering fra to ejendomsmæglere",[("Dorthe West","person","Borgmesteren")],"2028-04-14")
act(BR,D,61,"Forslaget oversendes til behandling i Klima- og Landdistriktsudvalget.",
    "Forslaget oversendes til behandling i Klima- og Landdistriktsudvalget",[("Klima- og Landdistriktsudvalget","body")],None,"referral")
act(BR,D,64,"Skolechefen fremlægger analysens anden del på byrådets temamøde i september 2028.",
    "fremlægger analysens anden del",[("Mikkel Dam","person","Skolechefen")],"2028-09-30","presentation",
    rng=("2028-09-01","2028-09-30"))
pp(BR,D,59,"02.34.02-G01-4-27","2028-04-25","Sagen udsættes til byrådets møde den 25. april 2028")
op("02.34.02-G01-4-27","Salg af byggegrunde i Gullestrup Nord - prisfastsættelse",BR,1,"2028-04-25")
case("02.34.02-G01-4-27","Salg af byggegrunde i Gullestrup Nord - prisfastsættelse",[(ØU,ØUD,43),(BR,D,59)])
opt(D,59,"Økonomiudvalget behandlede sagen den 13. marts 2028")
opt(D,60,"Vedtaget med 26 stemmer for og 4 imod","Plan- og Miljøudvalget indstiller","har været i offentlig høring i 8 uger")
opt(D,62,"Kultur- og Fritidsudvalget indstiller, at taksterne godkendes")
opt(D,63,"Godkendt, at Pia Thuesen (C) udpeges")

# ------------------------------------------------------------ D Kolding Integrationsrådet (Word PDF, "Dagsordenspunkt N: Title")
IR="Integrationsrådet"; D="2028-04-19"
meeting("kolding-integrationsraadet-2028-04-19.txt",IR,D,"16:30","Kolding Bibliotek, mødelokale 3, Slotssøbadet 2, 6000 Kolding",
 ["Amira Hassan","Mehmet Yilmaz","Lene Kirkegaard","Thomas Busk","Farah Noori","Jonas Ibsen","Svetlana Petrova"],[
 it(1,"Godkendelse af dagsorden","28/05131","approved"),
 it(2,"Opfølgning på referat fra sidste møde","28/05132","noted"),
 it(3,"Integrationsrådets høringssvar til Beskæftigelsesplan 2029","28/04512","decided"),
 it(4,"Sprogcaféer på bibliotekerne - evaluering","27/18830","discussed"),
 it(5,"Temamøde om unge og uddannelse","28/02117","postponed"),
 it(6,"Ansøgning om midler fra Integrationsrådets pulje - Kulturforeningen Nawroz","28/03390","rejected"),
 it(7,"Henvendelse om tolkebistand i sundhedsvæsenet","28/03912","referred"),
 it(8,"Eventuelt","28/05133","none")])
act(IR,D,3,"Formanden og Jonas Ibsen skriver et udkast til høringssvar og rundsender det til rådet senest 3. maj 2028.",
    "skriver et udkast til høringssvar",[("Amira Hassan","person","Formanden"),("Jonas Ibsen","person")],"2028-05-03")
act(IR,D,4,"Integrationschefen bedes vende tilbage med tal for deltagelsen fordelt på bydele inden udgangen af september 2028.",
    "vende tilbage med tal for deltagelsen",[("Rikke Sandal","person","Integrationschefen")],"2028-09-30","presentation")
act(IR,D,7,"Henvendelsen sendes videre til Social- og Sundhedsudvalget med rådets anbefaling.",
    "Henvendelsen sendes videre til Social- og Sundhedsudvalget",[("Social- og Sundhedsudvalget","body")],None,"referral")
pp(IR,D,5,"28/02117",None,"Udsat. Punktet tages op igen, når Ungdommens Uddannelsesvejledning kan deltage")
op("28/02117","Temamøde om unge og uddannelse",IR,1,None)
opt(D,2,"Integrationschefen gennemgik opfølgningen")
opt(D,3,"Rådet drøftede planen og afgiver høringssvar")
opt(D,6,"Rådet kunne ikke imødekomme ansøgningen")
opt(D,7,"Rådet ønsker, at kommunen undersøger mulighederne")

# ------------------------------------------------------------ E Silkeborg Klima- og Miljøudvalget (web, "Åbent punkt N: Title")
KMU="Klima- og Miljøudvalget"; D="2028-05-09"; KMUD=D
meeting("silkeborg-klima-og-miljoeudvalget-2028-05-09.txt",KMU,D,"08:15","Mødelokale 1.12, Silkeborg Rådhus, Søvej 1, 8600 Silkeborg",
 ["Lene Bruhn Gravgaard","Kasper Møll","Hans Jørgen Ebbe","Mie Frandsen","Erik Kvist","Bodil Rye","Peder Bach"],[
 it(1,"Godkendelse af dagsorden","28-001942","approved"),
 it(2,"Vandløbsregulativ for Gudenå, delstrækning 4","28-000331","approved"),
 it(3,"Tilgængelighed på natursti ved Silkeborg Langsø","28-004410","referred"),
 it(4,"Klimatilpasningsplan 2028-2032","27-019902","postponed"),
 it(5,"Ansøgning om miljøgodkendelse til udvidelse af svinebedrift, Gødvad","28-002245","rejected"),
 it(6,"Skiltning og affaldsspande ved badesøerne","28-003018","approved"),
 it(7,"Erstatning for fredning af areal ved Funder Ådal","27-020119","approved",closed=True),
 it(8,"Orientering","28-001943","noted")])
act(KMU,D,2,"Natur- og miljøchefen orienterer lodsejerne skriftligt inden 1. juli 2028.",
    "orienterer lodsejerne skriftligt",[("Jesper Ahl","person","Natur- og miljøchefen")],"2028-07-01")
act(KMU,D,3,"Sagen sendes i høring i Handicaprådet, før udvalget tager stilling.",
    "Sagen sendes i høring i Handicaprådet",[("Handicaprådet","body")],None,"referral")
act(KMU,D,6,"Det blev aftalt, at Vej og Park opsætter ekstra affaldsspande ved Almind Sø og Silkeborg Langsø inden den 15. juni 2028.",
    "Vej og Park opsætter ekstra affaldsspande",[("Vej og Park","unit")],"2028-06-15")
act(KMU,D,8,"Direktøren for Teknik og Miljø sender et notat om PFAS-målingerne til udvalget inden udgangen af maj.",
    "sender et notat om PFAS-målingerne",[("Gitte Kvorning","person","Direktøren for Teknik og Miljø")],"2028-05-31")
pp(KMU,D,4,"27-019902",None,"Udsat til mødet i juni")
op("27-019902","Klimatilpasningsplan 2028-2032",KMU,1,None)
opt(D,2,"Direktøren for Teknik og Miljø indstiller, at regulativet vedtages endeligt")
opt(D,5,"Udvalget meddelte afslag med 5 stemmer mod 2","indstiller, at der meddeles miljøgodkendelse")
opt(D,8,"Direktøren for Teknik og Miljø orienterede om PFAS-målinger","Udvalget tog orienteringen til efterretning")

# ------------------------------------------------------------ F Silkeborg Handicaprådet (Word PDF, "N) Title")
HR="Handicaprådet"; D="2028-06-14"
meeting("silkeborg-handicapraadet-2028-06-14.txt",HR,D,"15:00","Lokale 0.21, Jobcenter Silkeborg, Drewsensvej 35, 8600 Silkeborg",
 ["Anders Vinther","Lise Ravn","Marianne Skytte","Mie Frandsen","Erik Kvist","Hans Jørgen Ebbe","Jette Holm"],[
 it(1,"Godkendelse af dagsorden","28-005118","approved"),
 it(2,"Høring: Tilgængelighed på natursti ved Silkeborg Langsø","28-004410","decided",part=["Niels Overgaard"]),
 it(3,"Handicappolitisk handleplan 2029","28-005120","postponed"),
 it(4,"Ledsagerordning - status","28-003377","noted"),
 it(5,"Budget 2029 - Handicaprådets prioriteringer","28-002876","approved",prior=[(HR,"2028-04-12",None,"discussed")]),
 it(6,"Eventuelt","28-005119","none")])
act(HR,D,2,"Lise og Marianne Skytte formulerer høringssvaret, som sendes til Klima- og Miljøudvalget senest 21. juni 2028.",
    "formulerer høringssvaret",[("Lise Ravn","person","Lise"),("Marianne Skytte","person")],"2028-06-21")
act(HR,D,3,"Sekretariatet bedes indkalde til et ekstraordinært møde i august.",
    "Sekretariatet bedes indkalde til et ekstraordinært møde",[("Sekretariatet","unit")],"2028-08-31",
    rng=("2028-08-01","2028-08-31"))
act(HR,D,4,"Rådet ønsker en status på ventetiden på mødet i oktober.",
    "status på ventetiden",[],"2028-10-31","presentation",rng=("2028-10-01","2028-10-31"))
act(HR,D,5,"Formanden udarbejder et udkast til prioriteringer.",
    "Formanden udarbejder et udkast til prioriteringer",[("Anders Vinther","person","Formanden")],None,source="prior-decision")
act(HR,D,5,"Prioriteringerne sendes af sekretariatschefen til Økonomiudvalget inden budgetseminaret den 24. august 2028.",
    "Prioriteringerne sendes af sekretariatschefen til Økonomiudvalget",[("Helle Bonde","person","sekretariatschefen")],"2028-08-24")
pp(HR,D,3,"28-005120",None,"Punktet blev udsat")
op("28-005120","Handicappolitisk handleplan 2029",HR,1,None)
case("28-004410","Tilgængelighed på natursti ved Silkeborg Langsø",[(KMU,KMUD,3),(HR,D,2)])
case("28-002876","Budget 2029 - Handicaprådets prioriteringer",[(HR,"2028-04-12",None),(HR,D,5)])
opt(D,2,"Handicaprådet anbefaler linjeføring B og afgiver høringssvar","Klima- og Miljøudvalget besluttede den 9. maj 2028",
    "Landskabsarkitekten gennemgik de to linjeføringer")
opt(D,5,"Godkendt med de faldne bemærkninger")

# ------------------------------------------------------------ G Hjørring Folkeoplysningsudvalget (Word, "Ad pkt. N – Title")
FOU="Folkeoplysningsudvalget"; D="2028-09-07"
meeting("hjoerring-folkeoplysningsudvalget-2028-09-07.txt",FOU,D,"17:00","Mødelokale 2, Rådhuset, Springvandspladsen 5, 9800 Hjørring",
 ["Ulrik Krogh","Sanne Bech","Rasmus Elkjær","Dorte Hjort","Tina Nørgaard","Jørn Kvist"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Lokaletilskud 2029 - budgetramme","28/11204","approved"),
 it(3,"Ansøgning fra Tårs Idrætsforening om tilskud til ny kunstgræsbane","28/10877","postponed"),
 it(4,"Folkeoplysningspolitik - evaluering","28/07745","discussed",prior=[(FOU,"2028-06-15",5,"postponed")]),
 it(5,"Fordeling af restpuljen fra Udviklingspuljen","28/11560","approved"),
 it(6,"Henvendelse om haltider i Sindal Hallen","28/11602","referred"),
 it(7,"Eventuelt",None,"none")])
act(FOU,D,2,"Center for Kultur og Fritid udsender ansøgningsskemaet til foreningerne senest den 1. oktober 2028.",
    "udsender ansøgningsskemaet til foreningerne",[("Center for Kultur og Fritid","unit")],"2028-10-01")
act(FOU,D,3,"Foreningen kontaktes af Peter Winther med henblik på et revideret budget.",
    "Foreningen kontaktes af Peter Winther",[("Peter Winther","person")],None)
act(FOU,D,4,"Formanden og Sanne Bech udarbejder forslag til proces for revision af politikken til næste møde.",
    "udarbejder forslag til proces for revision",[("Ulrik Krogh","person","Formanden"),("Sanne Bech","person")],"2028-10-26")
act(FOU,D,6,"Sagen henvises til Kultur- og Fritidsudvalget, da den vedrører driftsaftalen.",
    "Sagen henvises til Kultur- og Fritidsudvalget",[("Kultur- og Fritidsudvalget","body")],None,"referral")
pp(FOU,"2028-06-15",5,"28/07745",None,"Udsat til efter sommerferien","prior-decision")
pp(FOU,D,3,"28/10877",None,"Sagen blev udsat til udvalgets møde i november")
op("28/10877","Ansøgning fra Tårs Idrætsforening om tilskud til ny kunstgræsbane",FOU,1,None)
case("28/07745","Folkeoplysningspolitik - evaluering",[(FOU,"2028-06-15",5),(FOU,D,4)])
opt(D,2,"Udvalget godkendte rammen og ansøgningsfristen","Center for Kultur og Fritid foreslår, at tilskudsprocenten fastholdes")
opt(D,5,"Godkendt med 4 stemmer for og 2 imod")

# ------------------------------------------------------------ H Region Midtjylland Udvalg for nære sundhedstilbud (web, "Punkt nr. N - Title")
UNS="Udvalg for nære sundhedstilbud"; D="2028-08-22"
meeting("region-midtjylland-udvalg-for-naere-sundhedstilbud-2028-08-22.txt",UNS,D,"13:00",
 "Regionshuset Viborg, Skottenborg 26, 8800 Viborg, lokale F1",
 ["Mette Bach Kjær","Ib Lauritsen","Susanne Gravlund","Lene Fjord","Peter Smedegaard","Inge Bach"],[
 it(1,"Godkendelse af dagsorden","1-01-72-3-28","approved"),
 it(2,"Status på akutpladser i kommunerne","1-30-72-14-28","noted"),
 it(3,"Forslag til sundhedsaftale 2029-2032 - høringssvar fra udvalget","1-30-72-9-27","approved",prior=[(UNS,"2028-06-20",4,"postponed")]),
 it(4,"Lægedækning i Lemvig og Thyholm","1-30-72-22-28","referred"),
 it(5,"Temadrøftelse: sundhedshuse","1-30-72-31-28","discussed"),
 it(6,"Budgetønsker 2029","1-30-72-40-28","postponed"),
 it(7,"Medlemsforslag fra Lene Fjord (Ø) om gratis tandpleje for unge","1-30-72-44-28","rejected"),
 it(8,"Lejeaftale, Sundhedshus Skive","1-15-2-18-28","approved",closed=True),
 it(9,"Eventuelt","1-01-72-4-28","none")])
act(UNS,D,2,"Direktøren for Nære Sundhedstilbud fremlægger en opdateret opgørelse på udvalgets møde den 19. september 2028.",
    "fremlægger en opdateret opgørelse",[("Karen Aaberg","person","Direktøren for Nære Sundhedstilbud")],"2028-09-19","presentation")
act(UNS,D,3,"Administrationen udarbejder et revideret udkast til høringssvar.",
    "Administrationen udarbejder et revideret udkast",[("Administrationen","unit")],None,source="prior-decision")
act(UNS,D,4,"Sagen sendes videre til Praksisplanudvalget med udvalgets bemærkninger.",
    "Sagen sendes videre til Praksisplanudvalget",[("Praksisplanudvalget","body")],None,"referral")
act(UNS,D,5,"Det blev aftalt, at formanden og næstformanden inviterer KKR Midtjylland til et fælles temamøde i 4. kvartal 2028.",
    "inviterer KKR Midtjylland til et fælles temamøde",
    [("Mette Bach Kjær","person","formanden"),("Ib Lauritsen","person","næstformanden")],"2028-12-31",
    rng=("2028-10-01","2028-12-31"))
pp(UNS,"2028-06-20",4,"1-30-72-9-27",None,"Udsat","prior-decision")
pp(UNS,D,6,"1-30-72-40-28","2028-09-19","Sagen udsættes til næste møde")
op("1-30-72-40-28","Budgetønsker 2029",UNS,1,"2028-09-19")
case("1-30-72-9-27","Forslag til sundhedsaftale 2029-2032 - høringssvar fra udvalget",[(UNS,"2028-06-20",4),(UNS,D,3)])
opt(D,2,"Det indstilles, at orienteringen tages til efterretning")
opt(D,3,"Udvalget anbefaler forretningsudvalget og regionsrådet at godkende høringssvaret")
opt(D,4,"Administrationen foreslår en regionsklinik")
opt(D,7,"Forslaget blev ikke tiltrådt")

# ------------------------------------------------------------ I Randers Hoved-MED-udvalget (Word, "Pkt. N - Title")
MED="Hoved-MED-udvalget"; D="2028-10-24"
meeting("randers-hoved-med-udvalget-2028-10-24.txt",MED,D,"13:00","Mødelokale 3.14, Randers Rådhus, Laksetorvet 1, 8900 Randers",
 ["Jens Peter Hegelund","Ulla Strøm","Tanja Krarup","Søs Lind","Henrik Pallesen","Malene Fog","Jette Brandt"],[
 it(1,"Godkendelse af dagsorden og referat","81.11.00-A00-4-28","approved"),
 it(2,"Sygefravær 3. kvartal 2028","81.11.00-A00-9-28","noted"),
 it(3,"Trivselsmåling 2028 - opfølgning","81.11.00-A00-11-28","discussed"),
 it(4,"Retningslinjer for hjemmearbejde - revision","81.11.00-A00-6-28","postponed",prior=[(MED,"2028-09-12",5,"discussed")]),
 it(5,"Arbejdsmiljø på plejecentrene - henvendelse fra FOA","81.11.00-A00-12-28","referred"),
 it(6,"Budget 2029 - konsekvenser for personalet","81.11.00-A00-13-28","noted"),
 it(7,"Eventuelt",None,"none")])
act(MED,D,2,"HR-chefen udarbejder en opgørelse af langtidsfraværet fordelt på fagområder til næste møde.",
    "udarbejder en opgørelse af langtidsfraværet",[("Tanja Krarup","person","HR-chefen")],"2028-12-05")
act(MED,D,3,"Kommunaldirektøren og næstformanden aftaler, hvordan resultaterne formidles til de lokale MED-udvalg, inden 15. november 2028.",
    "aftaler, hvordan resultaterne formidles",
    [("Jens Peter Hegelund","person","Kommunaldirektøren"),("Søs Lind","person","næstformanden")],"2028-11-15")
act(MED,D,4,"Malene Fog og Tanja Krarup udarbejder et udkast til reviderede retningslinjer.",
    "udarbejder et udkast til reviderede retningslinjer",[("Malene Fog","person"),("Tanja Krarup","person")],None,
    source="prior-decision")
act(MED,D,5,"Henvendelsen henvises til Område-MED for Sundhed, Omsorg og Handicap, som bedes melde tilbage til Hoved-MED inden årets udgang.",
    "Henvendelsen henvises til Område-MED for Sundhed, Omsorg og Handicap",
    [("Område-MED for Sundhed, Omsorg og Handicap","body")],"2028-12-31","referral")
act(MED,D,6,"Direktøren for Børn og Skole vender tilbage med en plan for genplacering af medarbejdere på mødet i december.",
    "vender tilbage med en plan for genplacering",[("Ulla Strøm","person","Direktøren for Børn og Skole")],"2028-12-31",
    "presentation",rng=("2028-12-01","2028-12-31"))
pp(MED,D,4,"81.11.00-A00-6-28",None,"Punktet udskydes og genoptages, når den nye rammeaftale om distancearbejde er indgået")
op("81.11.00-A00-6-28","Retningslinjer for hjemmearbejde - revision",MED,1,None)
case("81.11.00-A00-6-28","Retningslinjer for hjemmearbejde - revision",[(MED,"2028-09-12",5),(MED,D,4)])
opt(D,1,"Dagsorden og referat fra mødet den 12. september 2028 blev godkendt")
opt(D,4,"Hoved-MED besluttede i september at revidere dem")
opt(D,6,"Direktøren for Børn og Skole orienterede om de forventede")

# ------------------------------------------------------------ J Gladsaxe Børne- og Undervisningsudvalget (pdftotext, "§ NNN  Title")
BUU="Børne- og Undervisningsudvalget"; D="2028-11-21"
meeting("gladsaxe-boerne-og-undervisningsudvalget-2028-11-21.txt",BUU,D,"16:30",
 "Gladsaxe Rådhus, Rådhus Allé 7, 2860 Søborg, Udvalgsværelse 2",
 ["Trine Græse","Jesper Helmuth","Nanna Rued","Kasper Sand","Lise Tofte","Malik Jensen"],[
 it(112,"Godkendelse af dagsorden","28/21034","approved"),
 it(113,"Skolernes kvalitetsrapport 2027/28","28/17655","approved"),
 it(114,"Kapacitet på dagtilbudsområdet i Bagsværd","28/19002","postponed",prior=[(BUU,"2028-10-17",101,"postponed")]),
 it(115,"Forslag fra Lise Tofte (Ø) om gratis frokost i indskolingen","28/20311","rejected"),
 it(116,"Ungdomsskolens virksomhedsplan 2029","28/20998","referred"),
 it(117,"Budgetopfølgning pr. 30. september 2028","28/15533","noted"),
 it(118,"Meddelelser","28/21035","noted"),
 it(119,"Klagesag vedrørende specialtilbud","28/20100","approved",closed=True)])
act(BUU,D,113,"Skolechefen fremlægger en handleplan for de tre skoler med den laveste trivsel i 1. kvartal 2029.",
    "fremlægger en handleplan for de tre skoler",[("Rasmus Hove","person","Skolechefen")],"2029-03-31","presentation",
    rng=("2029-01-01","2029-03-31"))
act(BUU,D,114,"Forvaltningen bedes belyse mulighederne for en midlertidig pavillon.",
    "Forvaltningen bedes belyse mulighederne for en midlertidig pavillon",[("Forvaltningen","unit")],None,source="prior-decision")
act(BUU,D,116,"Sagen oversendes til Kultur-, Fritids- og Idrætsudvalget til udtalelse.",
    "Sagen oversendes til Kultur-, Fritids- og Idrætsudvalget",[("Kultur-, Fritids- og Idrætsudvalget","body")],None,"referral")
act(BUU,D,117,"Direktøren for Børn og Kultur redegør for merudgifterne til specialundervisning, senest på udvalgets møde den 12. december 2028.",
    "redegør for merudgifterne til specialundervisning",[("Marianne Wiberg","person","Direktøren for Børn og Kultur")],
    "2028-12-12","presentation")
act(BUU,D,118,"Jesper Helmuth og Kasper Sand repræsenterer udvalget ved Skolernes Musikdag den 6. december 2028.",
    "repræsenterer udvalget ved Skolernes Musikdag",[("Jesper Helmuth","person"),("Kasper Sand","person")],"2028-12-06")
pp(BUU,"2028-10-17",101,"28/19002",None,"Udsat","prior-decision")
pp(BUU,D,114,"28/19002",None,"Udvalget besluttede at udsætte sagen til næste møde")
op("28/19002","Kapacitet på dagtilbudsområdet i Bagsværd",BUU,2,None)
case("28/19002","Kapacitet på dagtilbudsområdet i Bagsværd",[(BUU,"2028-10-17",101),(BUU,D,114)])
opt(D,113,"Anbefales godkendt i Kommunalbestyrelsen","Direktøren for Børn og Kultur indstiller, at kvalitetsrapporten")
opt(D,115,"Forslaget blev forkastet")
opt(D,117,"indstiller, at budgetopfølgningen tages til efterretning")
opt(D,118,"Formanden orienterede om dialogmødet","Skolechefen orienterede om en ny aftale")

PEOPLE=[
 ("Karen Møller Juhl",["formand"],["Formanden"]),("Bent Kjærsgaard",["næstformand"],["Bent"]),("Mette Holm Andersen",["sekretær"],[]),
 ("Dorthe West",["borgmester","formand"],["Borgmesteren"]),("Per Søndergaard",["Kommunaldirektør"],["Kommunaldirektøren"]),
 ("Anja Brix",["Økonomichef","referent"],[]),("Lise Bak",["Direktør for Borger og Arbejdsmarked"],["Direktøren for Borger og Arbejdsmarked"]),
 ("Mogens Lykke",["stedfortræder"],[]),("Mikkel Dam",["Skolechef"],["Skolechefen"]),
 ("Amira Hassan",["formand"],["Formanden"]),("Rikke Sandal",["Integrationschef","sekretær"],["Integrationschefen"]),("Ali Demir",["konsulent"],[]),
 ("Lene Bruhn Gravgaard",["formand"],[]),("Peder Bach",["stedfortræder"],[]),
 ("Gitte Kvorning",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Jesper Ahl",["Natur- og miljøchef"],["Natur- og miljøchefen"]),
 ("Anders Vinther",["formand"],["Formanden"]),("Lise Ravn",[],["Lise"]),("Jette Holm",["suppleant"],[]),
 ("Helle Bonde",["Sekretariatschef","referent"],["sekretariatschefen"]),("Niels Overgaard",["Landskabsarkitekt"],[]),
 ("Ulrik Krogh",["formand"],["Formanden"]),("Sanne Bech",["næstformand"],[]),("Jørn Kvist",["suppleant"],[]),
 ("Peter Winther",["Kultur- og fritidskonsulent","referent"],["PW"]),
 ("Mette Bach Kjær",["formand"],["formanden"]),("Ib Lauritsen",["næstformand"],["næstformanden"]),
 ("Karen Aaberg",["Direktør for Nære Sundhedstilbud"],["Direktøren for Nære Sundhedstilbud"]),
 ("Jens Peter Hegelund",["Kommunaldirektør","formand"],["Kommunaldirektøren"]),("Søs Lind",["næstformand"],["næstformanden"]),
 ("Ulla Strøm",["Direktør for Børn og Skole"],["Direktøren for Børn og Skole"]),("Tanja Krarup",["HR-chef"],["HR-chefen"]),
 ("Sidsel Ammitzbøll",["HR-konsulent","referent"],[]),
 ("Trine Græse",["formand"],["Formanden"]),("Marianne Wiberg",["Direktør for Børn og Kultur"],["Direktøren for Børn og Kultur"]),
 ("Rasmus Hove",["Skolechef"],["Skolechefen"]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b25-{i:03d}"
gold=dict(version=1,asOf="2028-12-31",corpusEnd="2028-11-21",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",len(A),"actions",len(OPT),"optional",
      len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(x["priorDecisions"]) for m in M for x in m["items"]),"prior decisions",
      sum(len(x["participants"]) for m in M for x in m["items"]),"participants")
