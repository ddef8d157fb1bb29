#!/usr/bin/env python3
"""Generates ../gold.json for blind40 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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
    if rng:
        assert rng[0] <= due <= rng[1], (due, rng)
        a["dueRange"]=list(rng)
    A.append(a)
def opt(date,item,*keys):
    for k in keys: OPT.append(dict(meetingDate=date,item=item,key=k))
def pp(com,date,item,jn,target,phrase,source="decision"):
    P.append(dict(journalNumber=jn,committee=com,meetingDate=date,item=item,target=target,phrase=phrase,source=source))
def op(jn,title,com,count,target):
    OP.append(dict(journalNumber=jn,title=title,committee=com,count=count,target=target))
def case(jn,title,apps,standing=False):
    C.append(dict(journalNumber=jn,title=title,standing=standing,appearances=[dict(committee=c,date=d,item=i) for c,d,i in apps]))

# ------------------------------------------------------------ 1 Faxe Ældrerådet (Word referat saved as plain text, "Punkt N:")
ÆR="Ældrerådet"; D="2043-01-20"
meeting("faxe-aeldreraadet-2043-01-20.txt",ÆR,D,"09:30","Mødelokale 1, Faxe Rådhus, Frederiksgade 9, Haslev",
 ["Bent Mogensen","Inger Lise Holm","Poul Erik Sejr","Karen Margrethe Friis","Jytte Dam","Svend Åge Kruse"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 9. december 2042",None,"approved"),
 it(3,"Meddelelser fra formanden",None,"noted"),
 it(4,"Høring: Kvalitetsstandard for personlig pleje og praktisk hjælp 2043","42/014571","decided",part=["Rikke Bonde"],
    prior=[(ÆR,"2042-11-11",5,"postponed")]),
 it(5,"Ældrerådets eget budget 2043",None,"approved"),
 it(6,"Busbetjening i landdistrikterne","43/000958","postponed"),
 it(7,"Henvendelse fra pårørende",None,"noted",closed=True),
 it(8,"Eventuelt",None,"decided")])
act(ÆR,D,4,"Inger Lise Holm og Poul Erik Sejr skriver høringssvaret og sender det til Social, Sundhed og Omsorg senest den 30. januar 2043.",
    "skriver høringssvaret og sender det til Social, Sundhed og Omsorg",
    [("Inger Lise Holm","person"),("Poul Erik Sejr","person")],"2043-01-30")
act(ÆR,D,5,"Sekretæren sender det godkendte budget til Økonomi inden udgangen af februar.",
    "sender det godkendte budget til Økonomi",[("Mette Lindgaard","person","Sekretæren")],"2043-02-28")
act(ÆR,D,8,"Svend Åge Kruse orienterer om Danske Ældreråds temadag om velfærdsteknologi på næste møde.",
    "orienterer om Danske Ældreråds temadag",[("Svend Åge Kruse","person")],"2043-02-24","presentation")
pp(ÆR,"2042-11-11",5,"42/014571",None,"Sagen blev udsat, indtil administrationen har fremlagt det endelige udkast","prior-decision")
pp(ÆR,D,6,"43/000958","2043-02-24","Punktet udsættes til næste møde")
op("43/000958","Busbetjening i landdistrikterne",ÆR,1,"2043-02-24")
case("42/014571","Høring: Kvalitetsstandard for personlig pleje og praktisk hjælp 2043",[(ÆR,"2042-11-11",5),(ÆR,D,4)])
opt(D,3,"Formanden orienterede om")
opt(D,4,"Ældrerådet afgiver høringssvar","Rådet kan ikke støtte, at rengøringen nedsættes","Visitationschef Rikke Bonde gennemgik udkastet")
opt(D,6,"Movia var inviteret til at deltage i mødet")
opt(D,8,"Jytte Dam spurgte til åbningstiderne")

# ------------------------------------------------------------ 2 Fanø Handicaprådet (pdftotext of a small council's PDF)
HR="Handicaprådet"; D="2043-02-11"
meeting("fanoe-handicapraadet-2043-02-11.txt",HR,D,"15:00","Fanø Rådhus, Skolevej 5-7, Nordby, mødelokale 2",
 ["Lene Brodersen","Karsten Holm","Nis Jessen","Pia Thomsen","Jonna Kragh"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Tilgængelighed ved færgelejet i Nordby - opfølgning","42/1377","noted",prior=[(HR,"2042-12-03",4,"approved")]),
 it(3,"Høring: Udkast til handicappolitik 2043-2046","43/096","decided"),
 it(4,"Kørsel til fritidsaktiviteter på fastlandet","43/141","postponed"),
 it(5,"Ansøgning om tilskud fra Handicaprådets pulje - Fanø Handicapidræt","43/187","approved"),
 it(6,"Udpegning af suppleant for DH Fanø",None,"approved",closed=True),
 it(7,"Eventuelt",None,"none")])
act(HR,D,2,"Teknik og Miljø undersøger mulighederne for placering.",
    "Teknik og Miljø undersøger mulighederne for placering",[("Teknik og Miljø","unit")],None,source="prior-decision")
act(HR,D,2,"Rådet ønsker en status på etableringen af pladserne på mødet i maj.",
    "status på etableringen af pladserne",[],"2043-05-31","presentation",rng=("2043-05-01","2043-05-31"))
act(HR,D,3,"Formanden og Karsten Holm udarbejder et udkast til høringssvar, som rundsendes til rådet i uge 9.",
    "udarbejder et udkast til høringssvar",[("Lene Brodersen","person","Formanden"),("Karsten Holm","person")],
    "2043-03-01",rng=("2043-02-23","2043-03-01"))
pp(HR,D,4,"43/141","2043-04-15","Punktet udsættes til mødet den 15. april 2043")
op("43/141","Kørsel til fritidsaktiviteter på fastlandet",HR,1,"2043-04-15")
case("42/1377","Tilgængelighed ved færgelejet i Nordby - opfølgning",[(HR,"2042-12-03",4),(HR,D,2)])
opt(D,2,"Handicaprådet anbefaler, at der etableres en handicapparkeringsplads","Handicaprådet tog orienteringen til efterretning")
opt(D,3,"Handicaprådet afgiver høringssvar","Høringsfristen er den 6. marts 2043")
opt(D,4,"Sydtrafik er inviteret")
opt(D,5,"Godkendt med 4 stemmer mod 1","Pia Thomsen stemte imod")

# ------------------------------------------------------------ 3 Middelfart Folkeoplysningsudvalget (pandoc conversion of a Word referat)
FOU="Folkeoplysningsudvalget"; D="2043-03-10"
meeting("middelfart-folkeoplysningsudvalget-2043-03-10.md",FOU,D,"17:00","Mødelokale 3, Middelfart Rådhus, Nytorv 9, Middelfart",
 ["Jesper Kirk","Lise Brandt","Tom Bager","Rikke Dahl","Frank Overby","Sanne Toft","Hans Jørgen Ebbesen"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser",None,"noted"),
 it(3,"Fordeling af lokaletilskud 2043","43/3902","approved"),
 it(4,"Folkeoplysningspolitik 2044-2047 - proces","42/8815","approved",prior=[(FOU,"2042-12-02",7,"discussed")]),
 it(5,"Ansøgning fra Middelfart Handicapidræt om tilskud til tilgængeligt omklædningsrum","43/4410","referred"),
 it(6,"Ansøgning om dispensation - Gelsted Gymnastikforening","43/4102","rejected"),
 it(7,"Halfordeling sæson 2043/44","43/4650","postponed"),
 it(8,"Klage over lokaletildeling",None,"rejected",closed=True),
 it(9,"Eventuelt",None,"none")])
act(FOU,D,4,"Administrationen udarbejder et forslag til tidsplan med inddragelse af foreningerne.",
    "Administrationen udarbejder et forslag til tidsplan",[("Administrationen","unit")],None,source="prior-decision")
act(FOU,D,4,"Administrationen inviterer foreningerne til dialogmøder i perioden 20.-30. april 2043.",
    "Administrationen inviterer foreningerne til dialogmøder",[("Administrationen","unit")],"2043-04-30",
    rng=("2043-04-20","2043-04-30"))
act(FOU,D,5,"Sagen oversendes til Handicaprådet til udtalelse, inden udvalget træffer afgørelse.",
    "Sagen oversendes til Handicaprådet",[("Handicaprådet","body")],None,"referral")
act(FOU,D,7,"Kultur og Fritid indhenter ønskerne fra klubberne inden medio april.",
    "Kultur og Fritid indhenter ønskerne fra klubberne",[("Kultur og Fritid","unit")],"2043-04-15",
    rng=("2043-04-10","2043-04-20"))
pp(FOU,D,7,"43/4650","2043-05-05","Sagen udsættes til udvalgets møde den 5. maj 2043")
op("43/4650","Halfordeling sæson 2043/44",FOU,1,"2043-05-05")
case("42/8815","Folkeoplysningspolitik 2044-2047 - proces",[(FOU,"2042-12-02",7),(FOU,D,4)])
opt(D,2,"Søren Lund orienterede om")
opt(D,3,"Administrationen indstiller, at fordelingen godkendes","Et mindretal (Tom Bager) stemte imod")
opt(D,4,"Tidsplanen blev godkendt")
opt(D,6,"Udvalget kan ikke imødekomme ansøgningen")

# ------------------------------------------------------------ 4 Ishøj Integrationsrådet (CRLF text, initials with a legend, "N) Title")
IR="Integrationsrådet"; D="2043-04-14"
meeting("ishoej-integrationsraadet-2043-04-14.txt",IR,D,"17:00","Ishøj Rådhus, mødelokale 3, Ishøj Store Torv 20",
 ["Ahmed Kaya","Hülya Yilmaz","Mette Skou","Fatima Dahir","Jens Pallesen","Linh Nguyen"],[
 it(1,"Godkendelse af dagsorden og referat",None,"approved"),
 it(2,"Orientering: Danskuddannelse for voksne",None,"noted",part=["Karim Said"]),
 it(3,"Ishøj Integrationspris 2043","16.00.00-A00-3-43","approved",prior=[(IR,"2043-02-10",4,"decided")]),
 it(4,"Høringssvar: Helhedsplan for Vejleåparken","03.22.00-P20-1-43","postponed"),
 it(5,"Ansøgning fra Ishøj Kvindeforening om tilskud til sommerudflugt","16.00.10-Ø40-2-43","approved"),
 it(6,"Lukket punkt",None,"noted",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(IR,D,3,"HY og LN udarbejder kriterier.",
    "HY og LN udarbejder kriterier",[("Hülya Yilmaz","person","HY"),("Linh Nguyen","person","LN")],None,source="prior-decision")
act(IR,D,3,"Opslag i Ishøj Avis og på ishoj.dk",
    "Opslag i Ishøj Avis",[("Tina Hviid","person","TH")],"2043-04-26",rng=("2043-04-20","2043-04-26"))
act(IR,D,7,"FD og MS undersøger muligheden for et lokale i Ishøj Kulturhus inden næste møde.",
    "undersøger muligheden for et lokale i Ishøj Kulturhus",
    [("Fatima Dahir","person","FD"),("Mette Skou","person","MS")],"2043-06-16")
pp(IR,D,4,"03.22.00-P20-1-43","2043-06-16","Udsat til næste møde")
op("03.22.00-P20-1-43","Høringssvar: Helhedsplan for Vejleåparken",IR,1,"2043-06-16")
case("16.00.00-A00-3-43","Ishøj Integrationspris 2043",[(IR,"2043-02-10",4),(IR,D,3)])
opt(D,1,"Dagsorden og referat fra 10. februar 2043 blev godkendt")
opt(D,2,"Rådet tog orienteringen til efterretning","Der oprettes et aftenhold fra august")
opt(D,3,"Kriterierne blev godkendt","Prisen uddeles ved Ishøj Festuge")
opt(D,5,"5 for, 1 imod (JP)")
opt(D,7,"FD foreslog en fællesspisning")

# ------------------------------------------------------------ 5 Middelfart Handicaprådet (Teams/OneNote export, first names)
D="2043-04-22"
meeting("middelfart-handicapraadet-2043-04-22.md",HR,D,"16:00","Middelfart Rådhus, Nytorv 9, mødelokale Lillebælt",
 ["Hanne Kjeldsen","Mogens Riis","Lars Bitsch","Birgit Skov Jensen","Søren Fuglsang","Ulla Winther"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Udtalelse til Folkeoplysningsudvalget: Middelfart Handicapidræt – tilgængeligt omklædningsrum","43/4410","approved"),
 it(3,"Tilgængelighedsrunde i bymidten",None,"approved",prior=[(HR,"2043-02-18",5,"approved")]),
 it(4,"Høring: Kvalitetsstandard for hjælpemidler 2043","43/2981","postponed"),
 it(5,"Orientering fra byrådsmedlemmerne",None,"noted"),
 it(6,"henvendelse fra borger",None,"noted",closed=True),
 it(7,"Eventuelt",None,"none")])
act(HR,D,2,"Camilla sender udtalelsen til Folkeoplysningsudvalget senest 1. maj.",
    "sender udtalelsen til Folkeoplysningsudvalget",[("Camilla Vestergaard","person","Camilla")],"2043-05-01")
act(HR,D,3,"Mogens og Ulla planlægger runden sammen med Middelfart Handelsstandsforening.",
    "planlægger runden",[("Mogens Riis","person","Mogens"),("Ulla Winther","person","Ulla")],None,source="prior-decision")
act(HR,D,3,"Mogens og Ulla sender programmet for runden ud senest 8. maj.",
    "sender programmet for runden ud",[("Mogens Riis","person","Mogens"),("Ulla Winther","person","Ulla")],"2043-05-08")
act(HR,D,4,"Camilla rykker Sundhed og Omsorg for høringsmaterialet.",
    "rykker Sundhed og Omsorg for høringsmaterialet",[("Camilla Vestergaard","person","Camilla")],None)
pp(HR,D,4,"43/2981","2043-06-10","Punktet udsættes til næste møde")
op("43/2981","Høring: Kvalitetsstandard for hjælpemidler 2043",HR,1,"2043-06-10")
case("43/4410","Ansøgning fra Middelfart Handicapidræt om tilskud til tilgængeligt omklædningsrum",[(FOU,"2043-03-10",5),(HR,D,2)])
opt(D,2,"Handicaprådet anbefaler Folkeoplysningsudvalget at imødekomme ansøgningen","FOU har på sit møde i marts bedt om rådets udtalelse")
opt(D,3,"Godkendt, at runden gennemføres i uge 20")
opt(D,5,"Birgit orienterede om budgetprocessen")

# ------------------------------------------------------------ 6 København Valby Lokaludvalg (referat in a mail body, first names)
VL="Valby Lokaludvalg"; D="2043-05-06"
meeting("koebenhavn-valby-lokaludvalg-2043-05-06.txt",VL,D,"18:30","Valby Medborgerhus, Valgårdsvej 4-8, lokale 1.3",
 ["Anders Holmgaard","Birthe Nøhr","Claus Vinding","Dorthe Kirkegaard","Emil Sandberg","Frida Munk","Gitte Lyng",
  "Henrik Bak","Ib Thorsen"],[
 it(1,"Godkendelse af dagsorden og referat",None,"approved"),
 it(2,"Nyt fra formanden og sekretariatet",None,"noted"),
 it(3,"Høring: Lokalplan Grønttorvet II","2043-0041187","decided",part=["Lene Fog"]),
 it(4,"Puljeansøgning: Valby Sommerfest 2043","2043-0039012","postponed"),
 it(5,"Trafiksikkerhed ved Vigerslev Allé Skole","2043-0035550","referred",prior=[(VL,"2043-04-01",5,"approved")]),
 it(6,"Ansættelse i sekretariatet",None,"noted",closed=True),
 it(7,"Arbejdsgrupper - status",None,"discussed"),
 it(8,"Eventuelt",None,"none")])
act(VL,D,3,"Claus og Frida skriver et udkast, som sendes rundt senest den 20. maj.",
    "skriver et udkast, som sendes rundt",[("Claus Vinding","person","Claus"),("Frida Munk","person","Frida")],"2043-05-20")
act(VL,D,4,"Oliver kontakter ansøgeren og beder om et revideret budget.",
    "Oliver kontakter ansøgeren",[("Oliver Brandt","person","Oliver")],None)
act(VL,D,5,"Sagen oversendes til Teknik- og Miljøudvalget med lokaludvalgets anbefaling.",
    "Sagen oversendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(VL,D,7,"Gitte: booker scene og lyd til Valby Kulturnat - senest 15. juni",
    "booker scene og lyd til Valby Kulturnat",[("Gitte Lyng","person","Gitte")],"2043-06-15")
act(VL,D,7,"Henrik og Emil: oplæg om ny hjemmeside for lokaludvalget - efter sommerferien",
    "oplæg om ny hjemmeside",[("Henrik Bak","person","Henrik"),("Emil Sandberg","person","Emil")],"2043-08-31",
    rng=("2043-08-01","2043-09-30"))
pp(VL,D,4,"2043-0039012","2043-06-03","Punktet udsættes til junimødet")
op("2043-0039012","Puljeansøgning: Valby Sommerfest 2043",VL,1,"2043-06-03")
case("2043-0035550","Trafiksikkerhed ved Vigerslev Allé Skole",[(VL,"2043-04-01",5),(VL,D,5)])
opt(D,2,"Anders fortalte om borgermødet","Nanna orienterede om lokaludvalgets økonomi","Taget til efterretning")
opt(D,3,"Lokaludvalget afgiver høringssvar","Høringsfristen er 1. juni","Lene Fog præsenterede lokalplanforslaget")
opt(D,5,"Lokaludvalget anbefaler, at der etableres en hævet flade","Forvaltningen har oplyst")

# ------------------------------------------------------------ 7 Hjørring Landdistriktsrådet (Acadre-like text export, Windows-1252)
LDR="Landdistriktsrådet"; D="2043-06-09"
meeting("hjoerring-landdistriktsraadet-2043-06-09.txt",LDR,D,"19:00","Tårs Forsamlingshus, Tårs",
 ["Per Overgaard","Kirsten Bach","Jens Chr. Mølgaard","Anette Vestergaard","Ole Winther","Lisbeth Sand","Hanne Bjerre"],[
 it(31,"Godkendelse af dagsorden","43/0102","approved"),
 it(32,"Landdistriktspuljen 2043 – 2. ansøgningsrunde","43/2215","approved"),
 it(33,"Forsamlingshusenes energiforbrug","43/0954","discussed",prior=[(LDR,"2043-03-17",14,"postponed")]),
 it(34,"Bredbånd og mobildækning i landdistrikterne","43/1790","referred"),
 it(35,"Landsbyplaner – status","43/1402","postponed"),
 it(36,"Ansøgning om støtte til enkeltperson",None,"rejected",closed=True),
 it(37,"Eventuelt",None,"decided")])
act(LDR,D,33,"Mikkel Ravn indkalder forsamlingshusene til et fællesmøde om rapporten i uge 38.",
    "Mikkel Ravn indkalder forsamlingshusene til et fællesmøde",[("Mikkel Ravn","person")],"2043-09-20",
    rng=("2043-09-14","2043-09-20"))
act(LDR,D,34,"Sagen fremsendes til Økonomiudvalget med opfordring til, at bredbåndspuljen videreføres i budget 2044.",
    "Sagen fremsendes til Økonomiudvalget",[("Økonomiudvalget","body")],None,"referral")
act(LDR,D,37,"Formanden sender rådets høringssvar om kollektiv trafik til Nordjyllands Trafikselskab inden udgangen af 3. kvartal.",
    "sender rådets høringssvar om kollektiv trafik",[("Per Overgaard","person","Formanden")],"2043-09-30")
pp(LDR,"2043-03-17",14,"43/0954",None,"Sagen udsættes, indtil energirådgiverens rapport foreligger","prior-decision")
pp(LDR,D,35,"43/1402","2043-09-08","Punktet udsættes til mødet den 8. september 2043")
op("43/1402","Landsbyplaner – status",LDR,1,"2043-09-08")
case("43/0954","Forsamlingshusenes energiforbrug",[(LDR,"2043-03-17",14),(LDR,D,33)])
opt(D,32,"Landdistriktsrådet anbefaler fordelingen over for Udvalget for Plan og Udvikling",
    "Kirsten Bach deltog ikke i behandlingen")
opt(D,33,"Rapporten blev drøftet")
opt(D,37,"Anette Vestergaard spurgte til vintervedligeholdelse")

# ------------------------------------------------------------ 8 Region Midtjylland Patientinddragelsesudvalget (board portal page)
PIU="Patientinddragelsesudvalget"; D="2043-08-25"
meeting("region-midtjylland-patientinddragelsesudvalget-2043-08-25.html",PIU,D,"13:00",
 "Regionshuset Viborg, Skottenborg 26, 8800 Viborg, mødelokale F2",
 ["Marianne Bech Lauritzen","Torben Hald","Asger Fjord","Susanne Lykke Dalby","Jesper Ulrik Madsen","Finn Aagesen",
  "Gerda Holmsted"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Landsdækkende undersøgelse af patientoplevelser (LUP) 2042 - resultater","1-30-72-3-43","noted",part=["Birgitte Lund"]),
 it(3,"Patientinddragelse i akutmodtagelserne","1-30-72-14-43","approved",prior=[(PIU,"2043-05-19",4,"discussed")]),
 it(4,"Pårørendepanel i psykiatrien","1-30-72-20-43","postponed"),
 it(5,"Temadag for patientrepræsentanter 2043","1-30-72-22-43","approved"),
 it(6,"Klagesag - orientering",None,"noted",closed=True),
 it(7,"Meddelelser og eventuelt",None,"decided")])
act(PIU,D,3,"Administrationen udarbejder et forslag til, hvordan brugerpaneler kan etableres i akutmodtagelserne.",
    "Administrationen udarbejder et forslag til, hvordan brugerpaneler",[("Administrationen","unit")],None,source="prior-decision")
act(PIU,D,5,"Sekretariatet sender invitationen ud primo oktober.",
    "Sekretariatet sender invitationen ud",[("Sekretariatet","unit")],"2043-10-10",rng=("2043-10-01","2043-10-10"))
act(PIU,D,7,"Udvalget ønsker en status på brugen af tolkebistand på hospitalerne på mødet i november.",
    "status på brugen af tolkebistand",[],"2043-11-24","presentation",rng=("2043-11-01","2043-11-30"))
pp(PIU,D,4,"1-30-72-20-43",None,"Sagen udsættes, indtil Psykiatri og Social har afsluttet pilotprojektet")
op("1-30-72-20-43","Pårørendepanel i psykiatrien",PIU,1,None)
case("1-30-72-14-43","Patientinddragelse i akutmodtagelserne",[(PIU,"2043-05-19",4),(PIU,D,3)])
opt(D,2,"Orienteringen blev taget til efterretning","at orienteringen tages til efterretning")
opt(D,3,"Udvalget anbefaler over for regionsrådet","tog forbehold","at udvalget anbefaler regionsrådet")
opt(D,7,"Formanden orienterede om regionsrådets budgetforlig")

# ------------------------------------------------------------ 9 Haderslev Ungdomsskolebestyrelsen (Word "Save as Web Page, filtered")
UB="Ungdomsskolebestyrelsen"; D="2043-09-16"
meeting("haderslev-ungdomsskolebestyrelsen-2043-09-16.html",UB,D,"17:00",
 "Ungdomsskolens mødelokale, Klubhuset, Sct. Severin Vej 20, Haderslev",
 ["Bent Ravn","Lise Thorup","Morten Aagaard Bruhn","Helle Sønnichsen","Kim Ebsen","Sara Jepsen","Noah Lund Petersen"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 17. juni 2043",None,"approved"),
 it(3,"Budgetopfølgning pr. 31. august 2043","43/14127","noted"),
 it(4,"Sommerferieaktiviteter 2043 – evaluering","43/9520","discussed",prior=[(UB,"2043-03-18",5,"approved")]),
 it(5,"Knallertkursus og lokaler i Vojens","43/15002","postponed"),
 it(6,"Forslag fra elevrådet om gratis morgenmad i klubberne","43/15330","rejected"),
 it(7,"Personalesag",None,"approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(UB,D,3,"Ungdomsskolelederen udarbejder en oversigt over holdstørrelser på alle afdelinger inden udgangen af oktober.",
    "udarbejder en oversigt over holdstørrelser",[("Rasmus Brink","person","Ungdomsskolelederen")],"2043-10-31")
act(UB,D,4,"Rasmus Brink fremlægger et forslag til sommerferieaktiviteter 2044 på mødet i januar.",
    "Rasmus Brink fremlægger et forslag til sommerferieaktiviteter 2044",[("Rasmus Brink","person")],"2044-01-31",
    "presentation",rng=("2044-01-01","2044-01-31"))
act(UB,D,5,"Formanden tager kontakt til Vojens Skole om lokalerne inden næste møde.",
    "Formanden tager kontakt til Vojens Skole",[("Bent Ravn","person","Formanden")],"2043-11-11")
pp(UB,D,5,"43/15002","2043-11-11","Punktet blev udsat til næste møde den 11. november 2043")
op("43/15002","Knallertkursus og lokaler i Vojens",UB,1,"2043-11-11")
case("43/9520","Sommerferieaktiviteter 2043 – evaluering",[(UB,"2043-03-18",5),(UB,D,4)])
opt(D,3,"Taget til efterretning")
opt(D,4,"Godkendt med det forbehold, at aktiviteterne evalueres efter sæsonen","Evalueringen blev drøftet")
opt(D,6,"Forslaget blev forkastet med 3 stemmer mod 4")
opt(D,7,"Bestyrelsen tiltrådte skolelederens indstilling")

# ------------------------------------------------------------ 10 Vordingborg Ældrerådet (municipal site, Netpublicator-like)
D="2043-10-07"
meeting("vordingborg-aeldreraadet-2043-10-07.html",ÆR,D,"10:00","Mødelokale 1, Vordingborg Rådhus, Valdemarsgade 43, Vordingborg",
 ["Aase Lindholm","Kjeld Frost","Gudrun Mikkelsen","Else Marie Dyhr","Jørgen Tonsberg"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Høring: Budget 2044-2047 - ældreområdet","00.30.00-S00-4-43","decided"),
 it(3,"Demensvenlig kommune - status","27.36.00-A00-2-43","noted",part=["Gitte Winther"],prior=[(ÆR,"2043-09-02",4,"noted")]),
 it(4,"Madservice - brugertilfredshed 2043","27.12.04-G01-1-43","postponed"),
 it(5,"Fodgængerovergang ved Plejecenter Solgården","05.01.00-P20-3-43","referred"),
 it(6,"Ældremessen 2043","27.69.40-A00-7-43","approved"),
 it(7,"Henvendelse fra borger",None,"noted",closed=True),
 it(8,"Eventuelt",None,"none")])
act(ÆR,D,2,"Formanden fremsender høringssvaret inden fristen den 12. oktober 2043.",
    "Formanden fremsender høringssvaret",[("Aase Lindholm","person","Formanden")],"2043-10-12")
act(ÆR,D,3,"Ældrerådet tog orienteringen til efterretning og ønsker en ny status i oktober.",
    "ønsker en ny status i oktober",[],"2043-10-31","presentation",source="prior-decision",rng=("2043-10-01","2043-10-31"))
act(ÆR,D,5,"Sagen oversendes til Teknik- og Miljøudvalget med Ældrerådets anbefaling af en fodgængerovergang.",
    "Sagen oversendes til Teknik- og Miljøudvalget",[("Teknik- og Miljøudvalget","body")],None,"referral")
act(ÆR,D,6,"Aase Lindholm og Kjeld Frost bemander Ældrerådets stand på messen i perioden 23.-24. oktober 2043.",
    "bemander Ældrerådets stand",[("Aase Lindholm","person"),("Kjeld Frost","person")],"2043-10-24",
    rng=("2043-10-23","2043-10-24"))
pp(ÆR,D,4,"27.12.04-G01-1-43","2043-11-04","Sagen udsættes til Ældrerådets møde den 4. november 2043")
op("27.12.04-G01-1-43","Madservice - brugertilfredshed 2043",ÆR,1,"2043-11-04")
case("27.36.00-A00-2-43","Demensvenlig kommune - status",[(ÆR,"2043-09-02",4),(ÆR,D,3)])
opt(D,2,"Ældrerådet afgiver høringssvar","Høringsfristen er den 12. oktober 2043")
opt(D,3,"Demenskoordinator Gitte Winther deltog under punktet")

# ------------------------------------------------------------ 11 Aabenraa Integrationsrådet (Obsidian-like note with front matter)
D="2043-11-18"
meeting("aabenraa-integrationsraadet-2043-11-18.md",IR,D,"16:30","Aabenraa Rådhus, Skelbækvej 2, mødelokale 1.12",
 ["Jamal Haddad","Ingrid Lorenzen","Hasan Ali","Maria Schmidt","Nadia Rahmani","Thomas Hinrichsen"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Tolkeordningen – opfølgning","43/21554","noted",prior=[(IR,"2043-09-23",5,"postponed")]),
 it(3,"Beskæftigelse for flygtninge – oplæg",None,"noted",part=["Mona Iversen"]),
 it(4,"Rådets budget 2044","43/22910","approved"),
 it(5,"Integrationsdag 2044","43/23011","postponed"),
 it(6,"henvendelse om enkeltsag",None,"noted",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(IR,D,2,"[[Ingrid Lorenzen|Ingrid]] skriver til Borgerservice om skiltning på flere sprog inden jul.",
    "skriver til Borgerservice om skiltning på flere sprog",[("Ingrid Lorenzen","person","Ingrid")],"2043-12-23",
    rng=("2043-12-20","2043-12-24"))
act(IR,D,4,"[[Jamal Haddad|Jamal]] sender budgettet til [[Signe Kjær|Signe]] 📅 2043-11-27",
    "sender budgettet til",[("Jamal Haddad","person","Jamal")],"2043-11-27")
act(IR,D,7,"[[Hasan Ali|Hasan]] undersøger prisen på lokaler i Folkehjem til integrationsdagen i uge 49.",
    "undersøger prisen på lokaler i Folkehjem",[("Hasan Ali","person","Hasan")],"2043-12-06",rng=("2043-11-30","2043-12-06"))
pp(IR,"2043-09-23",5,"43/21554",None,"Rådet udsætter drøftelsen af tolkeordningen, indtil kommunens nye tolkeaftale er på plads",
   "prior-decision")
pp(IR,D,5,"43/23011","2044-01-20","Udsat til næste møde (20. januar 2044)")
op("43/23011","Integrationsdag 2044",IR,1,"2044-01-20")
case("43/21554","Tolkeordningen – opfølgning",[(IR,"2043-09-23",5),(IR,D,2)])
opt(D,2,"Rådet tog orienteringen til efterretning")
opt(D,3,"Flere i rådet spurgte til sprogkrav")
opt(D,7,"nævnte, at byrådet holder temamøde")

PEOPLE=[
 # Faxe
 ("Bent Mogensen",["formand"],["Formanden"]),("Inger Lise Holm",["næstformand"],[]),("Svend Åge Kruse",[],[]),
 ("Mette Lindgaard",["sekretær","referent"],["Sekretæren"]),("Rikke Bonde",["Visitationschef"],[]),
 # Fanø
 ("Lene Brodersen",["formand"],["Formanden"]),("Karsten Holm",[],[]),("Jonna Kragh",["leder af Sundhed og Ældre"],[]),
 ("Anja Vind",["sekretær"],[]),
 # Middelfart
 ("Jesper Kirk",["formand"],[]),("Rikke Dahl",["suppleant"],[]),("Søren Lund",["kultur- og fritidskonsulent","referent"],[]),
 ("Hanne Kjeldsen",["formand"],["Hanne"]),("Mogens Riis",[],["Mogens"]),("Ulla Winther",[],["Ulla"]),
 ("Lars Bitsch",[],["Lars"]),("Birgit Skov Jensen",["byrådsmedlem"],["Birgit"]),("Søren Fuglsang",[],["Søren"]),
 ("Jens Kofoed",["byrådsmedlem"],["Jens"]),("Camilla Vestergaard",["sekretær"],["Camilla"]),
 # Ishøj
 ("Ahmed Kaya",["formand","ordstyrer"],["AK"]),("Hülya Yilmaz",["næstformand"],["HY"]),("Mette Skou",["byrådsmedlem"],["MS"]),
 ("Fatima Dahir",[],["FD"]),("Jens Pallesen",["byrådsmedlem"],["JP"]),("Linh Nguyen",[],["LN"]),
 ("Samir Rahimi",[],["SR"]),("Birgit Olsen",[],["BO"]),("Tina Hviid",["integrationskonsulent","sekretær"],["TH"]),
 ("Karim Said",["Uddannelseskonsulent"],[]),
 # Valby
 ("Anders Holmgaard",["formand","ordstyrer"],["Anders"]),("Birthe Nøhr",["næstformand"],["Birthe"]),
 ("Claus Vinding",[],["Claus"]),("Dorthe Kirkegaard",[],["Dorthe"]),("Emil Sandberg",[],["Emil"]),("Frida Munk",[],["Frida"]),
 ("Gitte Lyng",[],["Gitte"]),("Henrik Bak",[],["Henrik"]),("Ib Thorsen",[],["Ib"]),("Jonas Wiese",[],["Jonas"]),
 ("Kirsten Aagaard",[],["Kirsten"]),("Nanna Krogh",["sekretariatsleder","referent"],["Nanna"]),("Oliver Brandt",[],["Oliver"]),
 ("Lene Fog",["Teknik- og Miljøforvaltningen"],[]),
 # Hjørring
 ("Per Overgaard",["formand"],["Formanden"]),("Hanne Bjerre",["stedfortræder"],[]),("Mikkel Ravn",["Landdistriktskoordinator","sekretær"],[]),
 # Region Midtjylland
 ("Marianne Bech Lauritzen",["formand"],["Formanden"]),("Finn Aagesen",["suppleant"],[]),("Birgitte Lund",["Kvalitetschef"],[]),
 ("Jonas Holt",["sekretariatsleder","referent"],[]),
 # Haderslev
 ("Bent Ravn",["formand"],["Formanden"]),("Rasmus Brink",["Ungdomsskoleleder","sekretær"],["Ungdomsskolelederen"]),
 ("Tanja Møller",["Viceskoleleder","referent"],[]),
 # Vordingborg
 ("Aase Lindholm",["formand"],["Formanden"]),("Kjeld Frost",["næstformand"],[]),("Louise Bækgaard",["sekretær"],[]),
 ("Gitte Winther",["Demenskoordinator"],[]),
 # Aabenraa
 ("Jamal Haddad",["formand"],["Jamal"]),("Ingrid Lorenzen",["næstformand"],["Ingrid"]),("Hasan Ali",[],["Hasan"]),
 ("Maria Schmidt",["byrådsmedlem"],["Maria"]),("Signe Kjær",["sekretær","referent"],["Signe"]),
 ("Mona Iversen",["virksomhedskonsulent"],["Mona"]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b40-{i:03d}"
gold=dict(version=1,asOf="2043-12-31",corpusEnd="2043-11-18",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
