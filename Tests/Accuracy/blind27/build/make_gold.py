#!/usr/bin/env python3
"""Generates ../gold.json for blind27 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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
    if rng: assert rng[0] <= due <= rng[1], (due, rng)
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

# ------------------------------------------------------------ A Roskilde Klima- og Miljøudvalget (First Agenda public viewer, HTML)
KMU="Klima- og Miljøudvalget"; D="2030-01-16"
meeting("roskilde-klima-og-miljoeudvalget-2030-01-16.html",KMU,D,"16:00","Mødelokale 1.17, Roskilde Rådhus, Rådhusbuen 1",
 ["Jonas Vestergaard Holm","Hanne Bruun","Mikkel Skjold","Rikke Abildgaard","Dorthe Melby","Lars Emil Fisker"],[
 it(1,"Godkendelse af dagsorden","EMN-2030-00112","approved"),
 it(2,"Klimahandleplan 2030-2035 - status på CO2-reduktion","EMN-2029-07731","noted",part=["Sofie Lindhardt"]),
 it(3,"Skybrudsplan for Roskilde Nord - regnvandsbassin ved Lindebjerg","EMN-2029-05208","postponed",prior=[(KMU,"2029-11-28",9,"postponed")]),
 it(4,"Tilladelse til udledning af renset spildevand, Bjergmarken Renseanlæg","EMN-2029-08814","approved"),
 it(5,"Ansøgning om dispensation fra naturbeskyttelsesloven, Gadstrup Mose","EMN-2030-00231","rejected"),
 it(6,"Affaldsplan 2030-2036 - høringsudkast","EMN-2029-06102","approved"),
 it(7,"Meddelelser og eventuelt","EMN-2030-00113","decided"),
 it(8,"Erstatningssag - Lindebjerg","EMN-2029-03390","approved",closed=True)])
act(KMU,D,2,"Forvaltningen fremlægger en opdateret CO2-opgørelse på udvalgets møde i uge 12.",
    "Forvaltningen fremlægger en opdateret CO2-opgørelse",[("Forvaltningen","unit")],"2030-03-24","presentation",
    rng=("2030-03-18","2030-03-24"))
act(KMU,D,3,"Forvaltningen undersøger mulighederne for at placere bassinet på kommunens egen jord.",
    "undersøger mulighederne for at placere bassinet",[("Forvaltningen","unit")],None,source="prior-decision")
act(KMU,D,6,"Klima og Miljø afholder et borgermøde om affaldsplanen i Viby inden udgangen af 1. kvartal.",
    "afholder et borgermøde om affaldsplanen",[("Klima og Miljø","unit")],"2030-03-31",rng=("2030-01-01","2030-03-31"))
act(KMU,D,7,"Direktøren for By, Kultur og Miljø sender udvalget en oversigt over kommunens grønne partnerskaber inden den 1. marts 2030.",
    "sender udvalget en oversigt over kommunens grønne partnerskaber",
    [("Karsten Wiborg","person","Direktøren for By, Kultur og Miljø")],"2030-03-01")
pp(KMU,"2029-11-28",9,"EMN-2029-05208",None,"Sagen udsættes","prior-decision")
pp(KMU,D,3,"EMN-2029-05208","2030-02-13","Sagen udsættes til næste møde")
op("EMN-2029-05208","Skybrudsplan for Roskilde Nord - regnvandsbassin ved Lindebjerg",KMU,2,"2030-02-13")
case("EMN-2029-05208","Skybrudsplan for Roskilde Nord - regnvandsbassin ved Lindebjerg",[(KMU,"2029-11-28",9),(KMU,D,3)])
opt(D,2,"at orienteringen tages til efterretning")
opt(D,3,"at projektet godkendes med placering ved Lindebjerg","Forvaltningen har siden undersøgt tre alternative placeringer")
opt(D,4,"at udledningstilladelsen godkendes","Imod stemte Dorthe Melby")
opt(D,5,"Udvalget meddeler afslag")
opt(D,6,"Anbefales over for Økonomiudvalget og Byrådet","at sende udkastet i offentlig høring")
opt(D,7,"Formanden orienterede om KKR Sjællands klimamøde","Næste møde afholdes onsdag den 13. februar 2030")

# ------------------------------------------------------------ B Kalundborg Teknik- og Miljøudvalget (Netpublikator/Prepare, HTML)
TMU="Teknik- og Miljøudvalget"; D="2030-02-05"
meeting("kalundborg-teknik-og-miljoeudvalget-2030-02-05.html",TMU,D,"08:30","Mødelokale 4, Kalundborg Rådhus, Holbækvej 141B",
 ["Martin Damgaard","Lise Tofte","Bente Kirkegaard","Niels Overby","Anita Søberg","Rasmus Vinge","Malene Lund"],[
 it(9,"Godkendelse af dagsorden","30/1044","approved"),
 it(10,"Vejbelysning - udskiftning til LED, etape 3","29/18220","approved"),
 it(11,"Trafiksikkerhedsplan 2030-2034","29/31706","approved"),
 it(12,"Spildevandsplan - tillæg 4 for Høng Nord","29/22871","approved"),
 it(13,"Solcellepark ved Rørby - principiel stillingtagen","29/27455","referred"),
 it(14,"Regulativ for vintertjeneste 2030-2034","29/30102","postponed"),
 it(15,"Orientering om busbetjening i Kalundborg by","30/0455","noted"),
 it(16,"Ekspropriation til cykelsti langs Ruevej","29/25519","approved",closed=True)])
act(TMU,D,10,"Center for Vej og Trafik udbyder opgaven primo marts.",
    "Center for Vej og Trafik udbyder opgaven",[("Center for Vej og Trafik","unit")],"2030-03-10",rng=("2030-03-01","2030-03-10"))
act(TMU,D,13,"Sagen oversendes til Økonomiudvalget.",
    "Sagen oversendes til Økonomiudvalget",[(ØU,"body")],None,"referral")
act(TMU,D,14,"Forvaltningen indhenter erfaringer med saltlage fra nabokommunerne.",
    "Forvaltningen indhenter erfaringer med saltlage",[("Forvaltningen","unit")],None)
act(TMU,D,15,"Formanden og Anita Søberg tager kontakt til Movia om aftenafgangene til Gørlev senest 15/3.",
    "tager kontakt til Movia om aftenafgangene",[("Martin Damgaard","person","Formanden"),("Anita Søberg","person")],"2030-03-15")
pp(TMU,D,14,"29/30102","2030-04-30","Sagen udsættes til udvalgets aprilmøde")
op("29/30102","Regulativ for vintertjeneste 2030-2034",TMU,1,"2030-04-30")
opt(D,10,"at etape 3 udbydes som totalentreprise")
opt(D,11,"Anbefales over for Økonomiudvalget og Byrådet")
opt(D,12,"Fremsendes til Byrådet med anbefaling","at tillægget fremsendes til Byrådet")
opt(D,13,"Udvalget kunne ikke opnå enighed")
opt(D,15,"Orienteringen blev taget til efterretning")

# ------------------------------------------------------------ C Kalundborg Byrådet (pdftotext -layout, two columns, "§ NN")
BR="Byrådet"; D="2030-02-27"
BRM=["Kirsten Lunde","Martin Damgaard","Lise Tofte","Bente Kirkegaard","Niels Overby","Anita Søberg","Rasmus Vinge",
 "Allan Brink","Charlotte Holst Mikkelsen","Dennis Ravn","Eva Kornum","Finn Stærmose","Gitte Andkjær","Henrik Bondo",
 "Inge Lise Plum","Jakob Tranberg","Karina Wedel","Lasse Nøhr","Mona Refsgaard","Ole Kjærsgaard","Poul Erik Sejer",
 "Rune Gjessing","Susanne Brøgger","Thomas Rud","Ulla Hedegaard","Vibeke Klint","Yvonne Damsgaard","Malene Lund"]
assert len(BRM)==28 and len(set(BRM))==28
meeting("kalundborg-byraadet-2030-02-27.txt",BR,D,"18:00","Byrådssalen, Kalundborg Rådhus",BRM,[
 it(21,"Godkendelse af dagsorden",None,"approved"),
 it(22,"Meddelelser fra borgmesteren",None,"noted"),
 it(23,"Trafiksikkerhedsplan 2030-2034","29/31706","approved",prior=[(TMU,"2030-02-05",11,"approved"),(ØU,"2030-02-19",38,"approved")]),
 it(24,"Spildevandsplan - tillæg 4 for Høng Nord","29/22871","postponed"),
 it(25,"Anlægsbevilling - renovering af Gørlev Hallen","29/33018","approved",prior=[(ØU,"2030-02-19",41,"approved")]),
 it(26,"Medlemsforslag fra Ulla Hedegaard (Ø) om gratis buskort til unge under 18 år","30/2210","rejected"),
 it(27,"Henvendelse fra Røsnæs Lokalråd om cykelsti til Ulstrup","30/1871","referred"),
 it(28,"Salg af erhvervsgrund ved Kalundborg Havn","30/1162","approved",closed=True)])
act(BR,D,22,"Kommunaldirektøren udsender et notat om den nye sundhedsaftale til byrådets medlemmer i uge 10.",
    "udsender et notat om den nye sundhedsaftale",[("Kommunaldirektøren","role")],"2030-03-10",rng=("2030-03-04","2030-03-10"))
act(BR,D,24,"Administrationen afklarer spørgsmålet om vandindvinding med Høng Vandværk.",
    "Administrationen afklarer spørgsmålet om vandindvinding",[("Administrationen","unit")],None)
act(BR,D,27,"Henvendelsen oversendes til Teknik- og Miljøudvalget med henblik på en prioritering i den kommende cykelstiplan.",
    "Henvendelsen oversendes til Teknik- og Miljøudvalget",[(TMU,"body")],None,"referral")
pp(BR,D,24,"29/22871","2030-03-27","Sagen udsættes til byrådets møde den 27. marts 2030")
op("29/22871","Spildevandsplan - tillæg 4 for Høng Nord",BR,1,"2030-03-27")
case("29/31706","Trafiksikkerhedsplan 2030-2034",[(TMU,"2030-02-05",11),(ØU,"2030-02-19",38),(BR,D,23)])
case("29/22871","Spildevandsplan - tillæg 4 for Høng Nord",[(TMU,"2030-02-05",12),(BR,D,24)])
case("29/33018","Anlægsbevilling - renovering af Gørlev Hallen",[(ØU,"2030-02-19",41),(BR,D,25)])
opt(D,22,"Borgmesteren orienterede om status på forhandlingerne")
opt(D,23,"at trafiksikkerhedsplanen vedtages","Anbefales over for Økonomiudvalget og Byrådet")
opt(D,24,"at tillægget vedtages endeligt")
opt(D,25,"Godkendt med 25 stemmer mod 3","Mindretallet ønsker renoveringen udskudt til 2032")
opt(D,26,"Forslaget blev forkastet")
opt(D,27,"forlod mødet under behandlingen af punktet")

# ------------------------------------------------------------ D Fanø Kommunalbestyrelsen (plain CMS page, <h2>/<p>)
KB="Kommunalbestyrelsen"; D="2030-03-14"
meeting("fanoe-kommunalbestyrelsen-2030-03-14.html",KB,D,"19:00","Byrådssalen, Fanø Rådhus, Skolevej 5-7, Nordby",
 ["Frank Jessen","Karen Sofie Bork","Ole Brink","Birthe Hjort","Anders Møller Nedergaard","Jens Christian Bundgaard",
  "Lone Kromann","Erik Vognsen","Maja Leth","Hans Ole Ravn","Christel Bjerrum"],[
 it(14,"Godkendelse af dagsorden",None,"approved"),
 it(15,"Meddelelser fra borgmester og kommunaldirektør",None,"noted"),
 it(16,"Fanø Bad - helhedsplan for strandparkering","01.02.05-P16-2-29","approved",prior=[(ØU,"2030-03-05",None,"approved")]),
 it(17,"Takstblad for Fanø Havn 2030 - revision","08.01.00-S55-1-30","postponed"),
 it(18,"Beslutningsforslag fra Maja Leth (F) om forsøg med kommunal delebil","13.05.00-A00-1-30","rejected"),
 it(19,"Tilskud til Fanø Kunstmuseum - genansøgning","18.15.00-Ø40-3-29","referred"),
 it(20,"Vinterbadeanstalt ved Sønderho - lejeaftale","82.11.00-G01-4-29","postponed"),
 it(21,"Køb af ejendom i Nordby","82.01.00-G01-1-30","approved",closed=True)])
act(KB,D,16,"Teknik og Miljø udarbejder en skiltningsplan for Fanø Bad inden den 1. april 2030.",
    "Teknik og Miljø udarbejder en skiltningsplan",[("Teknik og Miljø","unit")],"2030-04-01")
act(KB,D,19,"Sagen sendes tilbage til Økonomiudvalget med henblik på at finde finansiering inden for rammen.",
    "Sagen sendes tilbage til Økonomiudvalget",[(ØU,"body")],None,"referral")
act(KB,D,20,"Borgmesteren indhenter en juridisk vurdering af lejeaftalen hos KL.",
    "indhenter en juridisk vurdering af lejeaftalen",[("Frank Jessen","person","Borgmesteren")],None)
pp(KB,D,17,"08.01.00-S55-1-30",None,"Sagen udsættes til næste møde")
pp(KB,D,20,"82.11.00-G01-4-29",None,"Sagen genoptages på et senere møde")
op("08.01.00-S55-1-30","Takstblad for Fanø Havn 2030 - revision",KB,1,None)
op("82.11.00-G01-4-29","Vinterbadeanstalt ved Sønderho - lejeaftale",KB,1,None)
case("01.02.05-P16-2-29","Fanø Bad - helhedsplan for strandparkering",[(ØU,"2030-03-05",None),(KB,D,16)])
opt(D,15,"Borgmesteren orienterede om de nye færgetakster","Kommunaldirektøren orienterede om rekrutteringen","Taget til orientering")
opt(D,16,"at helhedsplanen godkendes","Anbefales med den ændring","Godkendt som anbefalet af Økonomiudvalget")
opt(D,18,"Forslaget blev ikke vedtaget")
opt(D,19,"Økonomiudvalget kunne ikke anvise finansiering")

# ------------------------------------------------------------ E Region Nordjylland Udvalg for Regional Udvikling (tables for header, attendance, item heads)
RU="Udvalg for Regional Udvikling"; D="2030-04-08"
meeting("region-nordjylland-udvalg-for-regional-udvikling-2030-04-08.html",RU,D,"09:30","Mødelokale D3, Regionshuset, Niels Bohrs Vej 30",
 ["Trine Holmsgaard","Bjarke Lyng","Henrik Tversted","Ane Fogh Brix","Sara Lindahl","Pia Gjøl","Jørn Østergaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser","2030-000311","noted"),
 it(3,"Den regionale udviklingsstrategi 2031-2034 - proces og inddragelse","2030-001418","approved",part=["Rasmus Kvist"]),
 it(4,"Regionale busruter 2031 - besparelseskatalog","2029-014471","approved",prior=[(RU,"2030-03-04",5,"discussed")]),
 it(5,"Ansøgning om medfinansiering - Nordjysk Fødevarenetværk","2030-002207","rejected"),
 it(6,"Uddannelsespulje 2030 - fordeling","2030-000981","postponed"),
 it(7,"Orientering om passagertal i NT","2030-001032","noted"),
 it(8,"Udbud af regional buslinje 970X - tildeling","2030-000412","approved",closed=True)])
act(RU,D,2,"Regional udviklingsdirektøren sender udvalget notatet om regionalfondsprogrammet senest den 22. april 2030.",
    "sender udvalget notatet om regionalfondsprogrammet",[("Mogens Brandt","person","Regional udviklingsdirektøren")],"2030-04-22")
act(RU,D,3,"Administrationen planlægger et dialogmøde med KKR Nordjylland i 2. kvartal 2030.",
    "Administrationen planlægger et dialogmøde med KKR Nordjylland",[("Administrationen","unit")],"2030-06-30",
    rng=("2030-04-01","2030-06-30"))
act(RU,D,4,"Administrationen beregner konsekvenserne af at nedlægge rute 73.",
    "Administrationen beregner konsekvenserne",[("Administrationen","unit")],None,source="prior-decision")
act(RU,D,7,"Udvalget ønsker en ny status på passagertallene på mødet i september.",
    "ny status på passagertallene",[],"2030-09-30","presentation",rng=("2030-09-01","2030-09-30"))
pp(RU,D,6,"2030-000981",None,"Punktet blev udsat")
op("2030-000981","Uddannelsespulje 2030 - fordeling",RU,1,None)
case("2029-014471","Regionale busruter 2031 - besparelseskatalog",[(RU,"2030-03-04",5),(RU,D,4)])
opt(D,2,"Formanden orienterede om mødet i Kontaktudvalget","Mogens Brandt orienterede om EU's nye regionalfondsprogram",
    "Meddelelserne blev taget til efterretning")
opt(D,3,"at udvalget godkender procesplanen")
opt(D,4,"Anbefales over for forretningsudvalget og regionsrådet","Sara Lindahl (Ø) stemte imod")
opt(D,5,"Indstillingen blev forkastet","For stemte Bjarke Lyng","at der ydes et tilskud")

# ------------------------------------------------------------ F Odsherred Social- og Sundhedsudvalget (HTML in windows-1252)
SSU="Social- og Sundhedsudvalget"; D="2030-04-24"
meeting("odsherred-social-og-sundhedsudvalget-2030-04-24.html",SSU,D,"15:30","Mødelokale Vig, Rådhuset, Nyvej 22, Asnæs",
 ["Camilla Skovbo","Lars Gylling","Mads Trolle","Birgit Høeg","Tobias Vang","Karin Skafte"],[
 it(45,"Godkendelse af dagsorden",None,"approved"),
 it(46,"Sundhedspolitik 2030–2034 – godkendelse efter høring","29-8841","approved"),
 it(47,"Hjemmepleje – kvalitetsstandard for rengøring 2030","30-0412","approved",prior=[(SSU,"2030-03-06",31,"postponed")]),
 it(48,"Fordeling af § 18-midler 2030","30-0877","approved"),
 it(49,"Anmodning om forhøjet driftstilskud – Foreningen Lyset, Nykøbing Sj.","30-0961","rejected"),
 it(50,"Status på ventetid til genoptræning","30-1187","noted",part=["Birthe Sølvsten"]),
 it(51,"Akutpladser – fælles model med Holbæk Kommune","30-1302","postponed"),
 it(52,"Klage over afgørelse om plejebolig","30-0655","approved",closed=True)])
act(SSU,D,47,"Sundhedschefen evaluerer ordningen i uge 40.",
    "Sundhedschefen evaluerer ordningen",[("Per Bohn Mikkelsen","person","Sundhedschefen")],"2030-10-06",rng=("2030-09-30","2030-10-06"))
act(SSU,D,50,"Direktøren vender tilbage med en handleplan inden udgangen af juni.",
    "vender tilbage med en handleplan",[("Hanne Thygesen","person","Direktøren")],"2030-06-30","presentation")
act(SSU,D,51,"Forvaltningen undersøger sammen med Holbæk Kommune, om modellen kan omfatte weekendindlæggelser.",
    "Forvaltningen undersøger sammen med Holbæk Kommune",[("Forvaltningen","unit")],None)
pp(SSU,"2030-03-06",31,"30-0412",None,"Sagen udsættes","prior-decision")
pp(SSU,D,51,"30-1302","2030-06-30","Udvalget besluttede at udskyde sagen til mødet i juni")
op("30-1302","Akutpladser – fælles model med Holbæk Kommune",SSU,1,"2030-06-30")
case("30-0412","Hjemmepleje – kvalitetsstandard for rengøring 2030",[(SSU,"2030-03-06",31),(SSU,D,47)])
opt(D,46,"Anbefales over for Økonomiudvalget og Kommunalbestyrelsen","Et mindretal (Ø) kan ikke anbefale politikken")
opt(D,47,"at kvalitetsstandarden godkendes","Godkendt med den ændring, at rengøring")
opt(D,48,"Godkendt med den ændring, at Odsherred Frivilligcenter")
opt(D,49,"Ansøgningen imødekommes ikke","deltog ikke i behandlingen af punktet")
opt(D,50,"Orienteringen blev taget til efterretning")

# ------------------------------------------------------------ G Rudersdal Børne- og Skoleudvalget (entities, nested divs/spans, nav/scripts/footer)
BSU="Børne- og Skoleudvalget"; D="2030-05-13"
meeting("rudersdal-boerne-og-skoleudvalget-2030-05-13.html",BSU,D,"17:00","Mødelokale 1, Rudersdal Rådhus, Øverødvej 2, Holte",
 ["Jacob Hvidt Sander","Line Ærtebjerg","Ulrik Falsig","Nikolaj Østrup","Maria Kjølbye","Henning Rømer"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Kvalitetsrapport for skoleområdet 2028/29","30/04411","noted"),
 it(3,"Skolestruktur – fremtidig anvendelse af afdelingen på Gammelmosevej","29/19938","approved",prior=[(BSU,"2030-04-15",4,"postponed")]),
 it(4,"Budget 2031 – udvalgets forslag til effektiviseringer","30/05120","discussed"),
 it(5,"Forældrebestyrelsens forslag om udvidet åbningstid i Børnehuset Trørød","30/03377","rejected"),
 it(6,"Specialundervisning – visitation og udgiftsudvikling","30/02281","postponed"),
 it(7,"Personalesag","30/05002","approved",closed=True),
 it(8,"Eventuelt",None,"none")])
act(BSU,D,2,"Direktøren for Børn og Unge fremlægger forslag til indsatser mod elevfravær på udvalgets møde den 10. juni 2030.",
    "fremlægger forslag til indsatser mod elevfravær",[("Ida Marie Kragelund","person","Direktøren for Børn og Unge")],"2030-06-10","presentation")
act(BSU,D,3,"Forvaltningen afholder et borgermøde på Gammelmosevej inden den 10. juni 2030.",
    "Forvaltningen afholder et borgermøde på Gammelmosevej",[("Forvaltningen","unit")],"2030-06-10")
act(BSU,D,4,"Udvalget ønsker et samlet katalog forelagt på mødet i juni.",
    "ønsker et samlet katalog forelagt",[],"2030-06-10","presentation",rng=("2030-06-01","2030-06-30"))
pp(BSU,"2030-04-15",4,"29/19938",None,"Udsat med henblik på yderligere belysning","prior-decision")
pp(BSU,D,6,"30/02281","2030-06-10","Sagen udsættes til næste møde")
op("30/02281","Specialundervisning – visitation og udgiftsudvikling",BSU,1,"2030-06-10")
case("29/19938","Skolestruktur – fremtidig anvendelse af afdelingen på Gammelmosevej",[(BSU,"2030-04-15",4),(BSU,D,3)])
opt(D,3,"Udvalget godkendte, at forslaget sendes i høring")
opt(D,5,"Forslaget blev ikke imødekommet","stemte for forslaget")
opt(D,8,"Næste møde afholdes mandag den 10. juni 2030")

# ------------------------------------------------------------ H Frederikshavn HovedMED (Markdown written by hand in a wiki)
HM="HovedMED"; D="2030-06-06"
meeting("frederikshavn-hovedmed-2030-06-06.md",HM,D,"13:00","Mødelokale 2, Rådhuset, Rådhus Allé 100, Frederikshavn",
 ["Bent Ulvsgaard","Maj-Britt Rold","Carsten Ørum","Mette Kjærgaard","Ahmed Rasuli","Rikke Dalsgaard","Lone Frisk"],[
 it(1,"Godkendelse af dagsorden og referat fra sidste møde",None,"approved"),
 it(2,"Sygefravær 1. kvartal 2030","30/11820","discussed",part=["Peter Vad"]),
 it(3,"Ny personalepolitik for seniorer","30/09115","postponed"),
 it(4,"Budget 2031 – konsekvenser for personalet","30/08240","noted"),
 it(5,"APV 2030 – handleplaner",None,"approved"),
 it(6,"Retningslinjer for hjemmearbejde","30/06612","rejected"),
 it(7,"Eventuelt",None,"none")])
act(HM,D,2,"Carsten undersøger sammen med arbejdsmiljøkonsulenten, hvorfor fraværet er steget på plejecentrene, og melder tilbage på mødet i september.",
    "undersøger sammen med arbejdsmiljøkonsulenten",[("Carsten Ørum","person","Carsten")],"2030-09-12","presentation",
    rng=("2030-09-01","2030-09-30"))
act(HM,D,3,"Maj-Britt og Mette laver et nyt udkast sammen med HR inden 1. august.",
    "laver et nyt udkast sammen med HR",[("Maj-Britt Rold","person","Maj-Britt"),("Mette Kjærgaard","person","Mette")],"2030-08-01")
act(HM,D,4,"Bent sender tidsplanen for budgetprocessen ud til alle lokale MED-udvalg i uge 24.",
    "sender tidsplanen for budgetprocessen",[("Bent Ulvsgaard","person","Bent")],"2030-06-16",rng=("2030-06-10","2030-06-16"))
act(HM,D,6,"Lone og Ahmed samler erfaringer fra de lokale MED-udvalg til næste møde.",
    "samler erfaringer fra de lokale MED-udvalg",[("Lone Frisk","person","Lone"),("Ahmed Rasuli","person","Ahmed")],"2030-09-12")
pp(HM,D,3,"30/09115","2030-08-31","Sagen tages op igen i august")
op("30/09115","Ny personalepolitik for seniorer",HM,1,"2030-08-31")
opt(D,2,"Peter gennemgik tallene")
opt(D,3,"Punktet udsættes")
opt(D,4,"tog orienteringen til efterretning","Medarbejdersiden ønsker at blive inddraget","Maj-Britt orienterede om budgetprocessen")
opt(D,6,"Forslaget blev ikke godkendt","Medarbejdersiden kunne ikke tiltræde")

# ------------------------------------------------------------ I Syddjurs Ældrerådet (pandoc from Word, unnumbered headings)
ÆR="Ældrerådet"; D="2030-08-20"
meeting("syddjurs-aeldreraadet-2030-08-20.md",ÆR,D,"09:30","Mødelokale 3, Rådhuset, Lundbergsvej 2, Ebeltoft",
 ["Kirsten Mølgaard","Ejvind Lauritsen","Grethe Bach Sørensen","Poul Anker Bang","Inger Marie Stilling","Ruth Fabricius"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser fra formanden",None,"noted"),
 it(3,"Høring om kvalitetsstandard for madservice 2031","30/13307","decided",part=["Bodil Skov"]),
 it(4,"Valgmåde ved Ældrerådets valg 2031","30/10228","approved",prior=[(ÆR,"2030-06-11",6,"postponed")]),
 it(5,"Ældrerådets prioriteringer til budget 2031","30/12011","discussed"),
 it(6,"Trafikforhold ved Ebeltoft Sundhedshus","30/11450","postponed"),
 it(7,"Nyt fra Danske Ældreråd",None,"noted"),
 it(8,"Eventuelt",None,"none")])
act(ÆR,D,2,"Sekretæren udsender materialet fra temadagen til alle medlemmer.",
    "udsender materialet fra temadagen",[("Jonna Hede","person","Sekretæren")],None)
act(ÆR,D,3,"Formanden og Ejvind Lauritsen færdiggør høringssvaret og sender det til Sundhed og Omsorg senest 30/8.",
    "færdiggør høringssvaret",[("Kirsten Mølgaard","person","Formanden"),("Ejvind Lauritsen","person")],"2030-08-30")
act(ÆR,D,5,"Formanden og Grethe Bach Sørensen fremlægger Ældrerådets prioriteringer på budgetdialogmødet med Social- og Sundhedsudvalget den 3. september 2030.",
    "fremlægger Ældrerådets prioriteringer",[("Kirsten Mølgaard","person","Formanden"),("Grethe Bach Sørensen","person")],"2030-09-03","presentation")
pp(ÆR,"2030-06-11",6,"30/10228",None,"Sagen blev udsat","prior-decision")
pp(ÆR,D,6,"30/11450","2030-09-17","Punktet udsættes til næste møde")
op("30/11450","Trafikforhold ved Ebeltoft Sundhedshus",ÆR,1,"2030-09-17")
case("30/10228","Valgmåde ved Ældrerådets valg 2031",[(ÆR,"2030-06-11",6),(ÆR,D,4)])
opt(D,2,"Formanden orienterede om temadagen")
opt(D,3,"Ældrerådet afgav høringssvar","Høringsfristen er den 1. september 2030")
opt(D,4,"fremsendes til Kommunalbestyrelsen med","at valget afholdes som fremmødevalg")

# ------------------------------------------------------------ J Halsnæs Integrationsrådet (note-tool export: front matter, tables, callouts, task list)
IR="Integrationsrådet"; D="2030-09-12"
meeting("halsnaes-integrationsraadet-2030-09-12.md",IR,D,"16:30","Kantinen, Halsnæs Rådhus, Rådhuspladsen 1, Frederiksværk",
 ["Yasmin Haddou","Torben Kiær","Nour Khalil","Bo Rahbek","Goran Petrović","Kirsten Aagaard"],[
 it(1,"Godkendelse af dagsorden",None,"approved"),
 it(2,"Meddelelser",None,"noted"),
 it(3,"Modtagelse af nye flygtninge i 2030","30-006621","discussed",part=["Maja Thorsen"]),
 it(4,"Høring om integrationspolitik 2031-2034","30-004410","decided"),
 it(5,"Ansøgning fra Hundested United om tilskud til pigehold","30-005998","approved"),
 it(6,"Dialogmøde med byrådet","30-006102","postponed"),
 it(7,"Status på danskundervisning for udlændinge","30-003871","noted"),
 it(8,"Eventuelt",None,"none")])
act(IR,D,3,"Yasmin kontakter Dansk Flygtningehjælp om et fælles velkomstarrangement 📅 2030-10-15",
    "kontakter Dansk Flygtningehjælp om et fælles velkomstarrangement",[("Yasmin Haddou","person","Yasmin")],"2030-10-15")
act(IR,D,4,"Torben og Kirsten skriver høringssvaret færdigt 📅 2030-10-01",
    "skriver høringssvaret færdigt",[("Torben Kiær","person","Torben"),("Kirsten Aagaard","person","Kirsten")],"2030-10-01")
act(IR,D,6,"Lars Buch finder to mulige datoer for dialogmødet med byrådet i uge 42",
    "finder to mulige datoer for dialogmødet",[("Lars Buch","person")],"2030-10-20",rng=("2030-10-14","2030-10-20"))
act(IR,D,7,"Rådet ønsker en ny status i 1. kvartal 2031.",
    "Rådet ønsker en ny status",[],"2031-03-31","presentation",rng=("2031-01-01","2031-03-31"))
pp(IR,D,6,"30-006102","2030-11-21","Sagen udsættes til næste møde")
op("30-006102","Dialogmøde med byrådet",IR,1,"2030-11-21")
opt(D,2,"Formanden orienterede om Integrationsdagen")
opt(D,4,"Integrationsrådet afgiver høringssvar")
opt(D,5,"Ansøgningen anbefales og fremsendes til Kultur- og Fritidsudvalget")

# ------------------------------------------------------------ K Assens Økonomiudvalget (copied from an e-mail, CRLF, numbered through the year)
D="2030-11-26"
meeting("assens-oekonomiudvalget-2030-11-26.txt",ØU,D,"14:00","Mødelokale 1, Assens Rådhus, Rådhus Allé 5",
 ["Anne Mette Krogsgaard","Jens Otto Riis","Birgitte Lund Mathiasen","Kåre Thygesen","Morten Skaarup","Tina Byskov"],[
 it(134,"Godkendelse af dagsorden",None,"approved"),
 it(135,"Budgetopfølgning pr. 31. oktober 2030","00.30.14-S00-11-30","noted"),
 it(136,"Salg af den tidligere skole i Salbrovad","82.02.00-G01-3-29","postponed",prior=[(ØU,"2030-10-15",121,"postponed")]),
 it(137,"Anlægsbevilling - udvidelse af Glamsbjerg Skole","17.03.00-G01-2-30","approved"),
 it(138,"Ansøgning fra Aarup Borgerforening om kommunegaranti","00.32.00-Ø60-1-30","rejected"),
 it(139,"Ny administrativ organisering - høring i MED","81.00.00-A00-4-30","referred"),
 it(140,"Meddelelser",None,"noted"),
 it(141,"Tilbagekøb af erhvervsgrund i Assens Erhvervspark","82.01.00-G01-5-30","approved",closed=True)])
act(ØU,D,135,"Økonomichefen udarbejder et forslag til dækning af merudgiften på det specialiserede børneområde til mødet den 10. december 2030.",
    "udarbejder et forslag til dækning af merudgiften",[("Helene Bøgh","person","Økonomichefen")],"2030-12-10")
act(ØU,D,136,"Ejendomscentret indhenter en vurdering fra en ekstern mægler.",
    "Ejendomscentret indhenter en vurdering",[("Ejendomscentret","unit")],None,source="prior-decision")
act(ØU,D,139,"Sagen oversendes til Hovedudvalget til høring, inden Økonomiudvalget træffer beslutning.",
    "Sagen oversendes til Hovedudvalget",[("Hovedudvalget","body")],None,"referral")
act(ØU,D,140,"Kommunaldirektøren orienterer udvalget om udbuddet af rengøring på mødet den 10. december 2030.",
    "orienterer udvalget om udbuddet af rengøring",[("Lars Kragh Winther","person","Kommunaldirektøren")],"2030-12-10","presentation")
pp(ØU,"2030-10-15",121,"82.02.00-G01-3-29",None,"Sagen udsættes","prior-decision")
pp(ØU,D,136,"82.02.00-G01-3-29","2030-12-10","Sagen udsættes til næste møde den 10. december 2030")
op("82.02.00-G01-3-29","Salg af den tidligere skole i Salbrovad",ØU,2,"2030-12-10")
case("82.02.00-G01-3-29","Salg af den tidligere skole i Salbrovad",[(ØU,"2030-10-15",121),(ØU,D,136)])
opt(D,136,"Mæglervurderingen ligger på")
opt(D,137,"Anbefales over for Byrådet med 5 stemmer mod 1","Imod stemte Kåre Thygesen")
opt(D,138,"Ansøgningen blev forkastet")
opt(D,139,"Jens Otto Riis forlod mødet under")
opt(D,140,"Borgmesteren orienterede om KKR Syddanmarks møde")

PEOPLE=[
 ("Jonas Vestergaard Holm",["formand"],["Formanden"]),("Hanne Bruun",["næstformand"],[]),
 ("Karsten Wiborg",["Direktør for By, Kultur og Miljø"],["Direktøren for By, Kultur og Miljø"]),("Ida Overgaard",["afdelingschef","referent"],[]),
 ("Sofie Lindhardt",["Klimakoordinator"],[]),
 ("Martin Damgaard",["formand","1. viceborgmester"],["Formanden"]),("Malene Lund",["suppleant","stedfortræder"],[]),
 ("Anders Wulff",["Direktør for Teknik og Miljø"],[]),("Kim Aalund",["vejchef","sagsansvarlig"],[]),("Nina Hejlskov",["udvalgssekretær","referent"],[]),
 ("Kirsten Lunde",["borgmester"],["Borgmesteren"]),("Jonas Beck",["byrådssekretær","referent"],[]),
 ("Frank Jessen",["borgmester"],["Borgmesteren"]),("Ole Brink",["suppleant"],[]),("Søren Vinther Kjeldsen",["kommunaldirektør"],["Kommunaldirektøren"]),
 ("Anne Marie Gjerulff",["referent"],[]),
 ("Trine Holmsgaard",["formand"],["Formanden"]),("Jørn Østergaard",["stedfortræder"],[]),
 ("Mogens Brandt",["Regional udviklingsdirektør"],["Regional udviklingsdirektøren"]),("Line Aakjær",["kontorchef","referent"],[]),
 ("Rasmus Kvist",["Chefkonsulent"],[]),
 ("Camilla Skovbo",["formand"],[]),("Hanne Thygesen",["Direktør for Sundhed og Omsorg"],["Direktøren"]),
 ("Per Bohn Mikkelsen",["sundhedschef"],["Sundhedschefen"]),("Lisbet Kornerup",["referent"],[]),("Birthe Sølvsten",["Genoptræningsleder"],[]),
 ("Jacob Hvidt Sander",["formand"],[]),("Ida Marie Kragelund",["Direktør for Børn og Unge"],["Direktøren for Børn og Unge"]),
 ("Tue Harboe",["skolechef"],[]),("Camilla Bøje",["sekretariatsleder","referent"],[]),
 ("Bent Ulvsgaard",["kommunaldirektør","formand"],["Bent"]),("Maj-Britt Rold",["direktør for Økonomi og Personale"],["Maj-Britt"]),
 ("Carsten Ørum",["direktør for Sundhed og Omsorg"],["Carsten"]),("Mette Kjærgaard",["næstformand"],["Mette"]),
 ("Ahmed Rasuli",[],["Ahmed"]),("Lone Frisk",[],["Lone"]),("Rikke Dalsgaard",["suppleant"],[]),("Signe Holmboe",["referent"],[]),
 ("Peter Vad",["arbejdsmiljøkonsulent"],["Peter"]),
 ("Kirsten Mølgaard",["formand"],["Formanden"]),("Jonna Hede",["sekretær","referent"],["Sekretæren"]),("Bodil Skov",["Ældrechef"],[]),
 ("Yasmin Haddou",["formand"],["Yasmin"]),("Torben Kiær",["næstformand"],["Torben"]),("Kirsten Aagaard",[],["Kirsten"]),
 ("Nour Khalil",["suppleant"],[]),("Lars Buch",["integrationskonsulent","sekretær","referent"],[]),("Maja Thorsen",["gæst"],[]),
 ("Anne Mette Krogsgaard",["borgmester","formand"],["Borgmesteren"]),("Tina Byskov",["suppleant"],[]),
 ("Lars Kragh Winther",["kommunaldirektør"],["Kommunaldirektøren"]),("Helene Bøgh",["økonomichef"],["Økonomichefen"]),
 ("Pernille Koch Hansen",["udvalgssekretær","referent"],[]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b27-{i:03d}"
gold=dict(version=1,asOf="2030-12-31",corpusEnd="2030-11-26",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",len(A),"actions",len(OPT),"optional",
      len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
