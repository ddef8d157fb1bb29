#!/usr/bin/env python3
"""Generates ../gold.json for blind38 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Faxe Social- og Sundhedsudvalget (Netpublicator-like PDF, pdftotext without -layout)
SSU="Social- og Sundhedsudvalget"; D="2041-01-15"
meeting("faxe-social-og-sundhedsudvalget-2041-01-15.txt",SSU,D,"16:00","Mødelokale 1, Faxe Rådhus, Frederiksgade 9, Haslev",
 ["Bente Rasmussen","Ole Kiær Lund","Mikkel Skov","Carina Holmgaard","Per Villumsen","Tahir Aziz","Lasse Brink"],[
 it(1,"Godkendelse af dagsorden","41/00102","approved"),
 it(2,"Budgetopfølgning pr. 30. november 2040","41/00233","noted"),
 it(3,"Kvalitetsstandard for rehabilitering 2041","40/18874","approved",prior=[(SSU,"2040-12-03",9,"postponed")]),
 it(4,"Ansøgning om § 18-midler fra Frivilligcenter Faxe","41/00391","approved"),
 it(5,"Forebyggelsesstrategi 2041-2044","40/21150","referred"),
 it(6,"Plejeboliger i Karise - udvidelse med 16 boliger","40/16402","postponed"),
 it(7,"Orientering om tilsynsrapport, Plejecenter Solgården","41/00455","noted",part=["Mona Hviid"]),
 it(8,"Meddelelser og eventuelt","41/00103","decided"),
 it(9,"Klage over afgørelse om hjemmehjælp","41/00520","approved",closed=True)])
act(SSU,D,3,"Forvaltningen udarbejder en oversigt over ventetider på genoptræning efter sundhedsloven.",
    "Forvaltningen udarbejder en oversigt over ventetider på genoptræning",[("Forvaltningen","unit")],None,source="prior-decision")
act(SSU,D,5,"Udkastet sendes i høring hos Ældrerådet og Handicaprådet med svarfrist den 14. februar 2041.",
    "sendes i høring hos Ældrerådet og Handicaprådet",[("Ældrerådet","body"),("Handicaprådet","body")],"2041-02-14","referral")
act(SSU,D,6,"Forvaltningen udarbejder til næste møde et notat om alternative placeringer i Faxe og Haslev.",
    "et notat om alternative placeringer",[("Forvaltningen","unit")],"2041-02-12")
act(SSU,D,7,"Udvalget ønsker en status på opfølgningen på mødet i april.",
    "status på opfølgningen",[],"2041-04-30","presentation",rng=("2041-04-01","2041-04-30"))
act(SSU,D,8,"Direktøren sender udvalget en oversigt over antallet af borgere på midlertidige pladser inden udgangen af februar.",
    "oversigt over antallet af borgere på midlertidige pladser",[("Susanne Friis Holm","person","Direktøren")],"2041-02-28")
pp(SSU,"2040-12-03",9,"40/18874",None,"Sagen udsat","prior-decision")
pp(SSU,D,6,"40/16402",None,"Sagen udsættes til efter budgetforhandlingerne for 2042")
op("40/16402","Plejeboliger i Karise - udvidelse med 16 boliger",SSU,1,None)
case("40/18874","Kvalitetsstandard for rehabilitering 2041",[(SSU,"2040-12-03",9),(SSU,D,3)])
opt(D,2,"at budgetopfølgningen tages til efterretning")
opt(D,3,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen","anbefales godkendt")
opt(D,4,"Ansøgningen imødekommes med 45.000 kr")
opt(D,5,"ønsker ensomhed blandt unge tilføjet","at udkastet godkendes")
opt(D,6,"at sagen oversendes til budgetlægningen for 2042")
opt(D,8,"Formanden orienterede om KL's social- og sundhedskonference","Næste møde: tirsdag den 12. februar 2041")

# ------------------------------------------------------------ B Guldborgsund Teknik- og Miljøudvalget, February (Cirkulær-like PDF, -layout)
TMU="Teknik- og Miljøudvalget"; D="2041-02-13"
meeting("guldborgsund-teknik-og-miljoeudvalget-2041-02-13.txt",TMU,D,"15:30","Mødelokale 3, Rådhuset, Parkvej 37, Nykøbing F.",
 ["Kim Wessel","Lise Thorsen","Henning Bøgh","Jens Ole Friis","Gitte Kromann","Thomas Bach"],[
 it(14,"Godkendelse af dagsorden","41/00311","approved"),
 it(15,"Trafiksikkerhedsplan 2041-2045","40/19930","approved"),
 it(16,"Landzonetilladelse til solcelleanlæg ved Brarup","41/00892","referred"),
 it(17,"Vandløbsregulativ for Tingsted Å","40/22817","postponed"),
 it(18,"Vintertjeneste 2040/41 - status og tillægsbevilling","41/00457","approved",prior=[(TMU,"2041-01-09",6,"noted")]),
 it(19,"Køreplan for ø-busserne 2041/42","41/00633","postponed"),
 it(20,"Eventuelt","41/00312","none"),
 it(21,"Erstatningskrav efter vejskade, Stubbekøbing","41/00871","approved",closed=True)])
act(TMU,D,16,"Sagen oversendes til Plan- og Erhvervsudvalget, der har kompetencen i landzonesager.",
    "Sagen oversendes til Plan- og Erhvervsudvalget",[("Plan- og Erhvervsudvalget","body")],None,"referral")
act(TMU,D,17,"Natur og Miljø rykker Miljøstyrelsen for høringssvaret inden udgangen af uge 9.",
    "Natur og Miljø rykker Miljøstyrelsen for høringssvaret",[("Natur og Miljø","unit")],"2041-03-03",rng=("2041-02-25","2041-03-03"))
act(TMU,D,18,"Forvaltningen udarbejder en opgørelse over merforbruget på vintertjenesten.",
    "Forvaltningen udarbejder en opgørelse over merforbruget",[("Forvaltningen","unit")],None,source="prior-decision")
act(TMU,D,19,"Forvaltningen indhenter til næste møde Movias oplæg og en vurdering af økonomien for ø-busserne.",
    "Forvaltningen indhenter til næste møde Movias oplæg",[("Forvaltningen","unit")],"2041-03-13")
pp(TMU,D,17,"40/22817",None,"Sagen udsættes, indtil høringssvaret fra Miljøstyrelsen foreligger")
pp(TMU,D,19,"41/00633","2041-03-13","Udsættes til næste møde")
op("41/00633","Køreplan for ø-busserne 2041/42",TMU,1,"2041-03-13")
case("41/00457","Vintertjeneste 2040/41 - status og tillægsbevilling",[(TMU,"2041-01-09",6),(TMU,D,18)])
opt(D,15,"Godkendt med 5 stemmer mod 1","ønskede flere midler afsat til cykelstier")
opt(D,16,"at udvalget drøfter sagen")
opt(D,17,"at regulativet vedtages endeligt")
opt(D,18,"Anbefales over for Økonomiudvalget og Byrådet","Taget til efterretning","at der søges en tillægsbevilling")
opt(D,19,"at udvalget godkender principperne for køreplanen","Movia fremlægger sit oplæg den 1. marts 2041")

# ------------------------------------------------------------ C Samsø Økonomiudvalget (Word template via pdftotext, Windows-1252, "Ad N.")
D="2041-03-05"
meeting("samsoe-oekonomiudvalget-2041-03-05.txt",ØU,D,"13:00","Mødelokalet, Samsø Rådhus, Søtofte 10, Tranebjerg",
 ["Anne Bruun Kjær","Lars Ørum","Bente Fogh","Jakob Holt"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Årsregnskab 2040 – foreløbigt resultat","41/118","noted",part=["Henrik Dal"]),
 it(3,"Havneudvidelse i Ballen – anlægsbevilling","40/912","approved",prior=[(ØU,"2041-02-05",None,"postponed")]),
 it(4,"Samsø Energiakademi – forlængelse af driftsaftale","41/207","postponed"),
 it(5,"Budget 2042 – tidsplan og proces","41/233","approved",part=["Henrik Dal"]),
 it(6,"Ansøgning fra Samsø Festival om kommunegaranti","41/301","rejected"),
 it(7,"Henvendelse fra Samsø Erhvervsforum om færgetakster","41/318","referred"),
 it(8,"Eventuelt",None,"none"),
 it(9,"Salg af grund i Tranebjerg Erhvervsområde","41/266","approved",closed=True)])
act(ØU,D,3,"Teknik og Miljø indhenter et revideret tilbud fra entreprenøren.",
    "Teknik og Miljø indhenter et revideret tilbud",[("Teknik og Miljø","unit")],None,source="prior-decision")
act(ØU,D,4,"Kommunaldirektøren orienterer akademiets bestyrelse om beslutningen inden den 15. marts 2041.",
    "Kommunaldirektøren orienterer akademiets bestyrelse",[("Mette Lind","person","Kommunaldirektøren")],"2041-03-15")
act(ØU,D,5,"Økonomichefen udsender budgetvejledningen til fagudvalgene primo april.",
    "Økonomichefen udsender budgetvejledningen",[("Henrik Dal","person","Økonomichefen")],"2041-04-10",rng=("2041-04-01","2041-04-10"))
act(ØU,D,6,"Borgmesteren tager et møde med festivalens bestyrelse om andre finansieringsmuligheder.",
    "Borgmesteren tager et møde med festivalens bestyrelse",[("Anne Bruun Kjær","person","Borgmesteren")],None)
act(ØU,D,7,"Henvendelsen sendes til udtalelse hos Samsø Rederis bestyrelse med svar inden den 1. maj 2041.",
    "sendes til udtalelse hos Samsø Rederis bestyrelse",[("Samsø Rederis bestyrelse","body")],"2041-05-01","referral")
pp(ØU,"2041-02-05",None,"40/912",None,"Sagen udsættes","prior-decision")
pp(ØU,D,4,"41/207",None,"Sagen berostilles, indtil den nye energistrategi er vedtaget i kommunalbestyrelsen")
op("41/207","Samsø Energiakademi – forlængelse af driftsaftale",ØU,1,None)
case("40/912","Havneudvidelse i Ballen – anlægsbevilling",[(ØU,"2041-02-05",None),(ØU,D,3)])
opt(D,2,"at orienteringen tages til efterretning","Økonomichef Henrik Dal gennemgik hovedtallene")
opt(D,3,"Anbefales over for Kommunalbestyrelsen med 3 stemmer mod 1","Imod stemte Lars Ørum")
opt(D,4,"at driftsaftalen forlænges med tre år")
opt(D,5,"Budgetseminaret holdes den 28.-29. august 2041","at tidsplanen for budget 2042 godkendes")
opt(D,6,"Ansøgningen blev ikke imødekommet")
opt(D,8,"Næste møde: Tirsdag den 2. april 2041")

# ------------------------------------------------------------ D Horsens Børne- og Uddannelsesudvalget (modern site with cards, HTML)
BUU="Børne- og Uddannelsesudvalget"; D="2041-03-20"
meeting("horsens-boerne-og-uddannelsesudvalget-2041-03-20.html",BUU,D,"16:00","Mødelokale B, Horsens Rådhus, Rådhustorvet 4",
 ["Mie Sejersen","Thor Kragh","Ib Bjerre","Nadia Ellehøj","Rune Thygesen","Pernille Borup","Kasper Holm"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Kapacitet på dagtilbudsområdet 2041-2045","41/02210","noted"),
 it(3,"Ny skolestruktur i Brædstrup-området - efter høring","40/31877","postponed",part=["Karen Ebdrup"],
    prior=[(BUU,"2040-11-14",None,"approved")]),
 it(4,"Evaluering af madordningen i skolerne","41/01120","noted"),
 it(5,"Forslag fra Enhedslisten om frugtordning i SFO","41/03308","rejected"),
 it(6,"Tilskud til ungdomsklubber - ny model","41/02954","referred"),
 it(7,"Meddelelser",None,"noted"),
 it(8,"Klage over visitation til specialtilbud","41/03912","approved",closed=True)])
act(BUU,D,2,"Forvaltningen fremlægger en plan for nye pladser i Stensballe på mødet den 15. maj 2041.",
    "Forvaltningen fremlægger en plan for nye pladser",[("Forvaltningen","unit")],"2041-05-15","presentation")
act(BUU,D,3,"Forvaltningen arrangerer besøg på de tre skoler i uge 15.",
    "Forvaltningen arrangerer besøg på de tre skoler",[("Forvaltningen","unit")],"2041-04-14",rng=("2041-04-08","2041-04-14"))
act(BUU,D,4,"Udvalget tog evalueringen til efterretning og ønsker en ny status inden udgangen af 3. kvartal 2041.",
    "ønsker en ny status",[],"2041-09-30","presentation")
act(BUU,D,6,"Sagen fremsendes til Kultur- og Fritidsudvalget til udtalelse, inden udvalget træffer beslutning.",
    "Sagen fremsendes til Kultur- og Fritidsudvalget",[("Kultur- og Fritidsudvalget","body")],None,"referral")
pp(BUU,D,3,"40/31877","2041-04-24","Sagen udsættes til mødet den 24. april 2041")
op("40/31877","Ny skolestruktur i Brædstrup-området - efter høring",BUU,1,"2041-04-24")
case("40/31877","Ny skolestruktur i Brædstrup-området - efter høring",[(BUU,"2040-11-14",None),(BUU,D,3)])
opt(D,2,"at orienteringen tages til efterretning")
opt(D,3,"Godkendt, at forslaget sendes i høring i skolebestyrelserne","anbefaler byrådet at vedtage den nye skolestruktur")
opt(D,5,"Forslaget blev forkastet med 2 stemmer")
opt(D,7,"orienterede om sygefraværet i dagtilbuddene")

# ------------------------------------------------------------ E Guldborgsund Teknik- og Miljøudvalget, April (same Cirkulær-like look, CRLF)
D="2041-04-17"
meeting("guldborgsund-teknik-og-miljoeudvalget-2041-04-17.txt",TMU,D,"15:30","Mødelokale 3, Rådhuset, Parkvej 37, Nykøbing F.",
 ["Kim Wessel","Lise Thorsen","Henning Bøgh","Rikke Mose","Jens Ole Friis","Gitte Kromann","Thomas Bach"],[
 it(31,"Godkendelse af dagsorden","41/02240","approved"),
 it(32,"Vandløbsregulativ for Tingsted Å","40/22817","approved",prior=[(TMU,"2041-02-13",17,"postponed")]),
 it(33,"Spildevandsplan 2041-2052 - forslag","41/01145","approved"),
 it(34,"Cykelsti mellem Nørre Alslev og Stubbekøbing","41/00960","postponed"),
 it(35,"Henvendelse om støj fra Sydmotorvejen ved Sundby","41/01302","referred"),
 it(36,"Affaldsordning for sommerhusområder - tømningsfrekvens","41/01188","postponed"),
 it(37,"Eventuelt","41/02241","none"),
 it(38,"Køb af areal ved Nykøbing Lystbådehavn","41/01390","approved",closed=True)])
act(TMU,D,32,"Natur og Miljø rykker Miljøstyrelsen for høringssvaret inden udgangen af uge 9.",
    "Natur og Miljø rykker Miljøstyrelsen for høringssvaret",[("Natur og Miljø","unit")],"2041-03-03",source="prior-decision",
    rng=("2041-02-25","2041-03-03"))
act(TMU,D,32,"Natur og Miljø offentliggør regulativet senest den 1. maj 2041.",
    "Natur og Miljø offentliggør regulativet",[("Natur og Miljø","unit")],"2041-05-01")
act(TMU,D,34,"Forvaltningen udarbejder et revideret forslag med en linjeføring syd om Tingsted til mødet den 12. juni 2041.",
    "Forvaltningen udarbejder et revideret forslag",[("Forvaltningen","unit")],"2041-06-12","presentation")
act(TMU,D,35,"Henvendelsen videresendes til Vejdirektoratet, der er vejmyndighed for motorvejen.",
    "Henvendelsen videresendes til Vejdirektoratet",[("Vejdirektoratet","external")],None,"referral")
pp(TMU,D,34,"41/00960","2041-06-12","Sagen tilbagesendes til forvaltningen")
pp(TMU,D,36,"41/01188",None,"Sagen blev taget af dagsordenen")
op("41/00960","Cykelsti mellem Nørre Alslev og Stubbekøbing",TMU,1,"2041-06-12")
op("41/01188","Affaldsordning for sommerhusområder - tømningsfrekvens",TMU,1,None)
case("40/22817","Vandløbsregulativ for Tingsted Å",[(TMU,"2041-02-13",17),(TMU,D,32)])
opt(D,32,"at regulativet vedtages endeligt","Sagen udsættes, indtil høringssvaret fra Miljøstyrelsen foreligger")
opt(D,33,"Anbefales over for Økonomiudvalget og Byrådet med 5 stemmer mod 1","deltog ikke i behandlingen af punktet",
    "at forslaget sendes i offentlig høring i 8 uger")
opt(D,34,"at linjeføringen godkendes")

# ------------------------------------------------------------ F Region Sjælland Forretningsudvalget (eDoc beslutningsprotokol via pdftotext -layout)
FU="Forretningsudvalget"; D="2041-05-22"
meeting("region-sjaelland-forretningsudvalget-2041-05-22.txt",FU,D,"09:00","Mødelokale Kongeegen, Regionshuset, Alléen 15, Sorø",
 ["Birgitte Hald Winther","Jens-Erik Bøgelund","Kirsten Ploug","Anders Fynbo","Mette Roed","Søren Halck","Dorte Jansen",
  "Peter Mølgaard","Helle Aaskov"],[
 it(1,"Godkendelse af dagsorden","EMN-2041-00012","approved"),
 it(2,"Økonomirapportering 1. kvartal 2041","EMN-2041-01104","approved"),
 it(3,"Akuthus Holbæk - ændret tidsplan","EMN-2040-04471","approved",prior=[(FU,"2041-04-10",5,"postponed")]),
 it(4,"Medlemsforslag fra Søren Halck (O) om gratis parkering ved sygehusene","EMN-2041-01288","referred"),
 it(5,"Udbud af patientbefordring - kontraktforlængelse","EMN-2041-01320","postponed"),
 it(6,"Regional udviklingsstrategi - midtvejsstatus","EMN-2041-00655","noted"),
 it(7,"Meddelelser","EMN-2041-00013","decided"),
 it(8,"Erstatningssag - Nykøbing F. Sygehus","EMN-2041-01502","approved",closed=True)])
act(FU,D,3,"Administrationen belyser de økonomiske konsekvenser af en forsinkelse på 8 måneder.",
    "Administrationen belyser de økonomiske konsekvenser",[("Administrationen","unit")],None,source="prior-decision")
act(FU,D,3,"Koncerndirektøren afrapporterer kvartalsvist til forretningsudvalget om byggeriets fremdrift og økonomi.",
    "Koncerndirektøren afrapporterer kvartalsvist",[("Ole Brøns","person","Koncerndirektøren")],None,"presentation")
act(FU,D,4,"Forslaget oversendes til Udvalget for Sundhed og Sammenhæng til videre behandling.",
    "Forslaget oversendes til Udvalget for Sundhed og Sammenhæng",[("Udvalget for Sundhed og Sammenhæng","body")],None,"referral")
act(FU,D,5,"Administrationen udarbejder et notat om alternative udbudsmodeller til mødet den 19. juni 2041.",
    "Administrationen udarbejder et notat om alternative udbudsmodeller",[("Administrationen","unit")],"2041-06-19")
act(FU,D,7,"Regionsdirektøren sender forretningsudvalget en status på ventetider i psykiatrien senest fredag den 7. juni 2041.",
    "status på ventetider i psykiatrien",[("Kirsten Bach Henriksen","person","Regionsdirektøren")],"2041-06-07")
pp(FU,"2041-04-10",5,"EMN-2040-04471",None,"Sagen udsættes","prior-decision")
pp(FU,D,5,"EMN-2041-01320","2041-06-19","Sagen udsættes til forretningsudvalgets møde den 19. juni 2041")
op("EMN-2041-01320","Udbud af patientbefordring - kontraktforlængelse",FU,1,"2041-06-19")
case("EMN-2040-04471","Akuthus Holbæk - ændret tidsplan",[(FU,"2041-04-10",5),(FU,D,3)])
opt(D,2,"Anbefales over for regionsrådet","at økonomirapporteringen anbefales over for regionsrådet")
opt(D,3,"Anbefales over for regionsrådet","at den ændrede tidsplan anbefales over for regionsrådet")
opt(D,5,"at kontrakten forlænges med to år")
opt(D,7,"Regionsrådsformanden orienterede om Danske Regioners forhandlinger")

# ------------------------------------------------------------ G Kerteminde Økonomiudvalget (pandoc from .docx, grid tables, Markdown)
D="2041-06-12"
meeting("kerteminde-oekonomiudvalget-2041-06-12.md",ØU,D,"15:00","Mødelokale 1, Kerteminde Rådhus, Hans Schacks Vej 4",
 ["Torben Lyhne","Mads Ørsted","Helle Søby","Jens Peter Kruse","Camilla Nørregaard","Bo Kjærsgaard","Mette Rask"],[
 it(45,"Godkendelse af dagsorden","41/1501","approved"),
 it(46,"Budgetopfølgning 2 -- 2041","41/1553","approved"),
 it(47,"Budget 2042-2045 -- anlægsønsker","41/1560","postponed"),
 it(48,"Salg af Langeskov gamle rådhus","40/8821","approved",prior=[(ØU,"2041-05-08",38,"postponed")]),
 it(49,"Ansøgning fra Kerteminde Sejlklub om lån til nyt klubhus","41/1622","rejected"),
 it(50,"Fjernvarmeprojekt i Munkebo -- projektgodkendelse","41/1644","referred"),
 it(51,"Meddelelser","41/1502","decided"),
 it(52,"Køb af ejendom i Kerteminde Nord","41/1701","approved",closed=True)])
act(ØU,D,47,"Økonomichefen udarbejder en prioriteret liste over anlægsønskerne til budgetseminaret den 29. august 2041.",
    "Økonomichefen udarbejder en prioriteret liste",[("Ib Hansen","person","Økonomichefen")],"2041-08-29")
act(ØU,D,48,"Administrationen annoncerer ejendommen i uge 26.",
    "Administrationen annoncerer ejendommen",[("Administrationen","unit")],"2041-06-30",rng=("2041-06-24","2041-06-30"))
act(ØU,D,50,"Sagen henvises til Plan- og Klimaudvalget, der er myndighed efter varmeforsyningsloven.",
    "Sagen henvises til Plan- og Klimaudvalget",[("Plan- og Klimaudvalget","body")],None,"referral")
act(ØU,D,51,"Kommunaldirektøren sender udvalget en status på rekrutteringen til ældreområdet inden udgangen af august.",
    "status på rekrutteringen til ældreområdet",[("Lone Brix","person","Kommunaldirektøren")],"2041-08-31")
pp(ØU,"2041-05-08",38,"40/8821",None,"Sagen udsættes, indtil der foreligger en ny valuarvurdering","prior-decision")
pp(ØU,D,47,"41/1560",None,"Sagen drøftes igen på et senere møde")
op("41/1560","Budget 2042-2045 -- anlægsønsker",ØU,1,None)
case("40/8821","Salg af Langeskov gamle rådhus",[(ØU,"2041-05-08",38),(ØU,D,48)])
opt(D,46,"Anbefales over for Kommunalbestyrelsen","at budgetopfølgningen anbefales godkendt")
opt(D,47,"Udvalget drøftede anlægsønskerne","at udvalget prioriterer anlægsønskerne")
opt(D,48,"Godkendt, at ejendommen udbydes til salg","Sagen genoptages")
opt(D,49,"Udvalget kan ikke anbefale ansøgningen","Et mindretal (F og O)")
opt(D,51,"Borgmesteren orienterede om dialogen med Fynbus","Næste møde: Onsdag den 14. august 2041")

# ------------------------------------------------------------ H Odsherred Ældrerådet (Word document saved as filtered HTML, "Ad N.")
ÆR="Ældrerådet"; D="2041-08-27"
meeting("odsherred-aeldreraadet-2041-08-27.html",ÆR,D,"09:30","Mødelokale 3, Odsherred Rådhus, Nyvej 22, Højby",
 ["Birthe Lauesen","Kaj Mortensen","Inge Mølby","Poul Erik Krag","Grethe Skov","Jytte Brandt"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Godkendelse af referat fra mødet den 18. juni 2041",None,"approved"),
 it(3,"Høring: Kvalitetsstandard for madservice 2042","27.12.08-P22-1-41","decided",part=["Anette Bork"]),
 it(4,"Budget 2042 - Ældrerådets bemærkninger","00.30.00-A00-8-41","postponed"),
 it(5,"Demensvenlig kommune - status på handleplanen","27.00.00-P15-3-41","noted",prior=[(ÆR,"2041-04-30",None,"postponed")]),
 it(6,"Henvendelse om busforbindelse til Holbæk Sygehus","13.05.00-A00-4-41","referred"),
 it(7,"Henvendelse fra borger om plejebolig",None,"noted",closed=True),
 it(8,"Eventuelt",None,"none")])
act(ÆR,D,3,"Formanden og Inge Mølby skriver høringssvaret og sender det til Center for Sundhed og Omsorg senest mandag den 2. september 2041.",
    "Inge Mølby skriver høringssvaret",[("Birthe Lauesen","person","Formanden"),("Inge Mølby","person")],"2041-09-02")
act(ÆR,D,4,"Sekretæren sender budgetforslaget til rådets medlemmer, så snart det foreligger.",
    "Sekretæren sender budgetforslaget til rådets medlemmer",[("Tina Rosager","person","Sekretæren")],None)
act(ÆR,D,6,"Henvendelsen videresendes til Movia og Teknik- og Miljøudvalget med en opfordring til at genoprette lørdagskørslen.",
    "Henvendelsen videresendes til Movia og Teknik- og Miljøudvalget",
    [("Movia","external"),("Teknik- og Miljøudvalget","body")],None,"referral")
pp(ÆR,D,4,"00.30.00-A00-8-41","2041-09-24","Punktet udsættes til næste møde")
pp(ÆR,"2041-04-30",None,"27.00.00-P15-3-41",None,"Sagen berostilles, indtil demenshandleplanen er revideret","prior-decision")
op("00.30.00-A00-8-41","Budget 2042 - Ældrerådets bemærkninger",ÆR,1,"2041-09-24")
case("27.00.00-P15-3-41","Demensvenlig kommune - status på handleplanen",[(ÆR,"2041-04-30",None),(ÆR,D,5)])
opt(D,3,"Ældrerådet afgiver høringssvar som drøftet på mødet","besvarede spørgsmål")
opt(D,5,"Tina Rosager gennemgik de nye indsatser for pårørende")
opt(D,8,"Kaj Mortensen orienterede om Ældre Sagens temadag")

# ------------------------------------------------------------ I Hedensted Udvalget for Plan og Klima (Netpublicator-like PDF via pdftotext -layout)
UPK="Udvalget for Plan og Klima"; D="2041-09-16"
meeting("hedensted-udvalget-for-plan-og-klima-2041-09-16.txt",UPK,D,"17:00","Udvalgsværelse 2, Hedensted Rådhus, Niels Espes Vej 8",
 ["Ole Vind","Tove Kjærgaard","Karsten Bak","Lene Holst","Sune Mikkelsen"],[
 it(88,"Godkendelse af dagsorden","00.01.00-A00-52-41","approved"),
 it(89,"Forslag til lokalplan 1188 for boliger ved Ørum Bakker, Daugård","01.02.05-P16-12-41","postponed"),
 it(90,"Klimaplan 2041 - status på reduktionsmål","00.01.10-P15-2-41","noted"),
 it(91,"Landzonetilladelse til hestepension, Rårupvej 14","01.03.03-P19-33-41","rejected",prior=[(UPK,"2041-08-19",80,"postponed")]),
 it(92,"Temaplan for vindmøller og solceller - forslag","01.02.03-P15-1-40","referred"),
 it(93,"Byggesagsgebyrer 2042","02.00.00-A00-4-41","postponed"),
 it(94,"Meddelelser","00.01.00-A00-53-41","decided"),
 it(95,"Ekspropriation til stiforbindelse i Juelsminde","05.01.08-G01-2-41","approved",closed=True)])
act(UPK,D,89,"Plan og Byg tilretter afgrænsningen af lokalplanområdet i dialog med grundejerne inden da.",
    "Plan og Byg tilretter afgrænsningen af lokalplanområdet",[("Plan og Byg","unit")],"2041-10-07")
act(UPK,D,90,"Administrationen præsenterer en opdateret CO2-opgørelse i 1. kvartal 2042.",
    "Administrationen præsenterer en opdateret CO2-opgørelse",[("Administrationen","unit")],"2042-03-31","presentation",
    rng=("2042-01-01","2042-03-31"))
act(UPK,D,92,"Temaplanen sendes til udtalelse i Klimarådet, inden udvalget tager endelig stilling.",
    "Temaplanen sendes til udtalelse i Klimarådet",[("Klimarådet","body")],None,"referral")
act(UPK,D,94,"Plan- og byggechefen sender udvalget et notat om konsekvenserne inden udgangen af oktober.",
    "Plan- og byggechefen sender udvalget et notat",[("Maria Vad","person","Plan- og byggechefen")],"2041-10-31")
pp(UPK,D,89,"01.02.05-P16-12-41","2041-10-07","Sagen udsættes til mødet den 7. oktober 2041")
pp(UPK,"2041-08-19",80,"01.03.03-P19-33-41",None,"Udsat, idet udvalget ønsker at besigtige ejendommen","prior-decision")
pp(UPK,D,93,"02.00.00-A00-4-41","2041-11-11","Sagen afventer høringssvar fra erhvervsorganisationerne")
op("01.02.05-P16-12-41","Forslag til lokalplan 1188 for boliger ved Ørum Bakker, Daugård",UPK,1,"2041-10-07")
op("02.00.00-A00-4-41","Byggesagsgebyrer 2042",UPK,1,"2041-11-11")
case("01.03.03-P19-33-41","Landzonetilladelse til hestepension, Rårupvej 14",[(UPK,"2041-08-19",80),(UPK,D,91)])
opt(D,89,"at lokalplanforslaget sendes i offentlig høring")
opt(D,90,"at orienteringen tages til efterretning")
opt(D,91,"Ansøgningen imødekommes ikke","Udvalget besigtigede ejendommen forud for mødet","at der meddeles landzonetilladelse")
opt(D,92,"at forslaget til temaplan godkendes")
opt(D,93,"Forslaget er sendt i høring hos Hedensted Erhverv")
opt(D,94,"Direktøren orienterede om de nye regler i planloven","Udvalgets mødeplan for resten af 2041")

# ------------------------------------------------------------ J Stevns Kultur- og Fritidsudvalget (site with one table per meeting, HTML)
KFU="Kultur- og Fritidsudvalget"; D="2041-10-02"
meeting("stevns-kultur-og-fritidsudvalget-2041-10-02.html",KFU,D,"17:00","Mødelokale 1, Rådhuset, Store Heddinge",
 ["Mette Brandt","Klaus Winther","Ida Skov","Lisbeth Kruse"],[
 it(61,"Godkendelse af dagsorden",None,"approved"),
 it(62,"Stevns Klint Experience - driftsaftale 2042","2041-004433","approved"),
 it(63,"Folkeoplysningspolitik 2042-2045","2041-002190","approved",prior=[(KFU,"2041-09-04",55,"postponed")]),
 it(64,"Tilskud til ny hal 2 ved Stevns Idrætscenter","2041-003871","postponed"),
 it(65,"Ansøgning om underskudsgaranti til Stevns Rock 2042","2041-003990","referred"),
 it(66,"Biblioteksbetjening i landdistrikterne - bogbus","2041-003002","postponed"),
 it(67,"Orientering om sæsonstart i Stevns Svømmehal","2041-004120","noted"),
 it(68,"Lejekontrakt, Højerup Gamle Skole","2041-004102","approved",closed=True)])
act(KFU,D,63,"Kultur og Fritid offentliggør politikken på stevns.dk inden udgangen af oktober.",
    "Kultur og Fritid offentliggør politikken",[("Kultur og Fritid","unit")],"2041-10-31")
act(KFU,D,65,"Sagen henvises til Økonomiudvalget, da beløbet overstiger udvalgets bevillingskompetence.",
    "Sagen henvises til Økonomiudvalget",[("Økonomiudvalget","body")],None,"referral")
act(KFU,D,66,"Forvaltningen udarbejder til næste møde en model med bogbus hver anden uge.",
    "en model med bogbus hver anden uge",[("Forvaltningen","unit")],"2041-11-06")
act(KFU,D,67,"Udvalget ønsker en status på besøgstallet i 1. halvår 2042.",
    "status på besøgstallet",[],"2042-06-30","presentation",rng=("2042-01-01","2042-06-30"))
pp(KFU,"2041-09-04",55,"2041-002190",None,"Sagen udsættes til efter budgetforhandlingerne","prior-decision")
pp(KFU,D,64,"2041-003871",None,"Punktet blev trukket af forvaltningen")
pp(KFU,D,66,"2041-003002","2041-11-06","Sagen udsættes til næste møde")
op("2041-003871","Tilskud til ny hal 2 ved Stevns Idrætscenter",KFU,1,None)
op("2041-003002","Biblioteksbetjening i landdistrikterne - bogbus",KFU,1,"2041-11-06")
case("2041-002190","Folkeoplysningspolitik 2042-2045",[(KFU,"2041-09-04",55),(KFU,D,63)])
opt(D,62,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen","at driftsaftalen anbefales godkendt")
opt(D,63,"Godkendt med den ændring")
opt(D,67,"forlod mødet under punktet")

# ------------------------------------------------------------ K Fanø Teknik- og Havneudvalget (note tool page exported to Markdown)
THU="Teknik- og Havneudvalget"; D="2041-11-26"
meeting("fanoe-teknik-og-havneudvalget-2041-11-26.md",THU,D,"09:00","Byrådssalen, Fanø Rådhus, Skolevej 5-7, Nordby",
 ["Søren Madsen","Hanne Kiil","Bo Sand","Karin Lund","Lis Thygesen"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Havnetakster 2042","41/00912","approved"),
 it(3,"Ny færgelejebro i Nordby - udbud","41/01288","approved",prior=[(THU,"2041-10-15",6,"postponed")]),
 it(4,"Sandflugt og klitpleje ved Rindby Strand","41/01402","referred"),
 it(5,"Vinterbadeanlæg ved Sønderho","41/01533","postponed"),
 it(6,"Orientering om renovering af Nordby Havn, etape 2","41/01610","noted"),
 it(7,"Eventuelt",None,"none"),
 it(8,"Lejeaftale, Havnepladsen 3","41/01655","approved",closed=True)])
act(THU,D,3,"Teknisk chef Marianne Holk sender udbuddet i EU-udbud senest den 15. januar 2042.",
    "Marianne Holk sender udbuddet i EU-udbud",[("Marianne Holk","person")],"2042-01-15")
act(THU,D,4,"Sagen sendes til udtalelse hos Kystdirektoratet, inden udvalget tager stilling.",
    "Sagen sendes til udtalelse hos Kystdirektoratet",[("Kystdirektoratet","external")],None,"referral")
act(THU,D,5,"Havnefogeden undersøger en placering ved Sønderho Havn og giver udvalget besked medio december.",
    "Havnefogeden undersøger en placering ved Sønderho Havn",[("Claus Engel","person","Havnefogeden")],"2041-12-15",
    rng=("2041-12-11","2041-12-20"))
pp(THU,"2041-10-15",6,"41/01288",None,"Sagen udsættes, til der foreligger en tilstandsrapport på den eksisterende bro","prior-decision")
pp(THU,D,5,"41/01533","2042-01-14","Sagen udsættes til udvalgets første møde i 2042")
op("41/01533","Vinterbadeanlæg ved Sønderho",THU,1,"2042-01-14")
case("41/01288","Ny færgelejebro i Nordby - udbud",[(THU,"2041-10-15",6),(THU,D,3)])
opt(D,2,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen med 4 stemmer mod 1")
opt(D,3,"Godkendt, at broen udbydes i totalentreprise")
opt(D,4,"Forvaltningen foreslår hegning og plantning af hjælme")

PEOPLE=[
 ("Bente Rasmussen",["formand"],[]),("Jannie Boesen",["medlem, fraværende"],[]),("Lasse Brink",["stedfortræder"],[]),
 ("Susanne Friis Holm",["Direktør"],["Direktøren"]),("Anders Thorup",["Socialchef"],[]),("Lene Kjær",["Sundhedschef","referent"],[]),
 ("Mona Hviid",["Sygeplejefaglig leder"],[]),
 ("Kim Wessel",["formand"],[]),("Rikke Mose",[],[]),("Bent Overgaard",["Direktør for Teknik og Miljø"],["Direktøren for Teknik og Miljø"]),
 ("Anja Frost",["vej- og parkchef"],[]),("Claus Riber",["natur- og miljøchef","referent"],[]),
 ("Anne Bruun Kjær",["borgmester","formand"],["Borgmesteren"]),("Niels Ravn",[],[]),("Mette Lind",["Kommunaldirektør","referent"],["Kommunaldirektøren"]),
 ("Henrik Dal",["Økonomichef"],["Økonomichefen"]),
 ("Mie Sejersen",["formand"],[]),("Signe Krarup",[],[]),("Kasper Holm",["stedfortræder"],[]),
 ("Rasmus Ahle",["Børne- og uddannelsesdirektør"],["Børne- og uddannelsesdirektøren"]),("Karen Ebdrup",["skolechef"],[]),
 ("Jonas Friis",["udvalgssekretær"],[]),
 ("Birgitte Hald Winther",["regionsrådsformand","formand"],["Regionsrådsformanden"]),("Lasse Ravnborg",[],[]),("Niels Trolle",[],[]),
 ("Kirsten Bach Henriksen",["Regionsdirektør"],["Regionsdirektøren"]),("Ole Brøns",["koncerndirektør"],["Koncerndirektøren"]),
 ("Torben Lysholm",["økonomidirektør"],[]),("Vibeke Tornø",["sekretær"],[]),
 ("Torben Lyhne",["formand"],["Borgmesteren"]),("Karin Due",[],[]),("Mette Rask",["stedfortræder"],[]),
 ("Lone Brix",["kommunaldirektør"],["Kommunaldirektøren"]),("Ib Hansen",["økonomichef","referent"],["Økonomichefen"]),
 ("Birthe Lauesen",["formand"],["Formanden"]),("Svend Åge Villadsen",[],[]),("Tina Rosager",["Ældrechef","sekretær"],["Sekretæren"]),
 ("Anette Bork",["Køkkenleder"],[]),
 ("Ole Vind",["formand"],[]),("Jesper Dalsgaard",[],[]),("Torben Kloster",["Direktør"],["Direktøren"]),
 ("Maria Vad",["plan- og byggechef","referent"],["Plan- og byggechefen"]),
 ("Mette Brandt",["formand"],[]),("Finn Wedel",[],[]),("Peter Rosenkilde",["Kultur- og fritidschef","referent"],["Kultur- og fritidschefen"]),
 ("Søren Madsen",["formand"],[]),("Peter Bruun",[],[]),("Lis Thygesen",["suppleant"],[]),
 ("Claus Engel",["Havnefoged"],["Havnefogeden"]),("Marianne Holk",["Teknisk chef","referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b38-{i:03d}"
gold=dict(version=1,asOf="2041-12-31",corpusEnd="2041-11-26",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases")
