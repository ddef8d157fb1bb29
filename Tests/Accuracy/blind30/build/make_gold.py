#!/usr/bin/env python3
"""Generates ../gold.json for blind30 (adapted from blind22's make_gold.py). Run: python3 build/make_gold.py"""
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

# ------------------------------------------------------------ A Lolland Handicaprådet 7 Feb (Word "save as text", Windows-1252)
HR="Handicaprådet"; D="2033-02-07"; D2="2033-04-04"
meeting("lolland-handicapraadet-2033-02-07.txt",HR,D,"14:00","Mødelokale 1, Lolland Rådhus, Jernbanevej 7, Maribo",
 ["Lis Bjerregaard","Henning Mørch","Mona Sejr","Annie Frost","Hanne Lund","Jørn Krag"],[
 it(1,"Godkendelse af dagsorden","27.69.48-A00-1-33","approved"),
 it(2,"Godkendelse af referat fra mødet den 6. december 2032","27.69.48-A00-2-33","approved"),
 it(3,"Kvalitetsstandard for ledsageordningen 2033 – høring","27.36.08-P22-1-32","decided",part=["Martin Skov"],
    prior=[(HR,"2032-12-06",5,"discussed")]),
 it(4,"Tilgængelighed på Maribo Station og busterminalen","05.13.00-G01-2-33","postponed"),
 it(5,"Orientering fra byrådsmedlemmerne","27.69.48-A00-4-33","noted"),
 it(6,"Indstilling til Lolland Kommunes Handicappris 2033","27.69.48-A00-5-33","approved",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(HR,D,3,"Henning Mørch skriver udkast til høringssvar og sender det til Trine senest fredag den 18. februar 2033.",
    "Henning Mørch skriver udkast til høringssvar",[("Henning Mørch","person")],"2033-02-18")
act(HR,D,4,"Trine inviterer en repræsentant fra Trafik og Vej til næste møde.",
    "Trine inviterer en repræsentant fra Trafik og Vej",[("Trine Bak","person","Trine")],"2033-04-04")
act(HR,D,7,"Lis tager kontakt til Lolland Forsyning om affaldsstativerne ved Nakskov Genbrugsplads.",
    "Lis tager kontakt til Lolland Forsyning",[("Lis Bjerregaard","person","Lis")],None)
pp(HR,D,4,"05.13.00-G01-2-33","2033-04-04","Punktet udsættes til næste møde den 4. april 2033")
case("27.36.08-P22-1-32","Kvalitetsstandard for ledsageordningen 2033 – høring",[(HR,"2032-12-06",5),(HR,D,3)])
opt(D,3,"Handicaprådet afgiver høringssvar","Rådet ønsker at se det endelige udkast","Martin Skov deltog under punktet")
opt(D,5,"Jørn Krag orienterede om budgetprocessen")
opt(D,6,"Navnet på prismodtageren offentliggøres ved overrækkelsen")
opt(D,7,"Annie Frost spurgte til de nye affaldsstativer")

# ------------------------------------------------------------ B Lolland Handicaprådet 4 Apr (pandoc from Word), decides the Feb deferral
meeting("lolland-handicapraadet-2033-04-04.md",HR,D2,"14:00","Mødelokale 2, Nakskov Rådhus",
 ["Lis Bjerregaard","Henning Mørch","Ib Lindholm","Annie Frost","Jørn Krag","Kim Østergaard"],[
 it(1,"Godkendelse af dagsorden","27.69.48-A00-6-33","approved"),
 it(2,"Opfølgning på referat fra 7. februar 2033","27.69.48-A00-7-33","approved"),
 it(3,"Tilgængelighed på Maribo Station og busterminalen","05.13.00-G01-2-33","approved",part=["Lasse Winther"],
    prior=[(HR,D,4,"postponed")]),
 it(4,"Rådets ønsker til budget 2034","27.69.48-Ø00-1-33","discussed"),
 it(5,"Proces for ny handicappolitik 2034-2037","27.69.48-P15-1-33","postponed"),
 it(6,"Henvendelse fra borger om hjælpemidler","27.24.00-A00-9-33","noted",closed=True),
 it(7,"Eventuelt",None,"none")])
act(HR,D2,3,"Lasse sender den reviderede tegning til rådet inden udgangen af uge 17.",
    "Lasse sender den reviderede tegning",[("Lasse Winther","person","Lasse")],"2033-05-01",rng=("2033-04-25","2033-05-01"))
act(HR,D2,4,"Lis og Jørn samler ønskerne i et notat, som sendes til Social- og Sundhedsudvalget primo maj.",
    "Lis og Jørn samler ønskerne i et notat",[("Lis Bjerregaard","person","Lis"),("Jørn Krag","person","Jørn")],
    "2033-05-10",rng=("2033-05-01","2033-05-10"))
act(HR,D2,5,"Administrationen udarbejder et udkast til tidsplan til næste møde.",
    "Administrationen udarbejder et udkast til tidsplan",[("Administrationen","unit")],"2033-06-20")
act(HR,D2,6,"Sekretæren svarer borgeren og henviser til Borgerrådgiveren.",
    "Sekretæren svarer borgeren",[("Trine Bak","person","Sekretæren")],None)
pp(HR,D2,5,"27.69.48-P15-1-33",None,"Punktet udsættes, indtil administrationen har udarbejdet en tidsplan")
op("27.69.48-P15-1-33","Proces for ny handicappolitik 2034-2037",HR,1,None)
case("05.13.00-G01-2-33","Tilgængelighed på Maribo Station og busterminalen",[(HR,D,4),(HR,D2,3)])
opt(D2,2,"Høringssvar om ledsageordningen","Invitation til Trafik og Vej","Affaldsstativer på Nakskov Genbrugsplads",
    "Opfølgningslisten fra sidste møde blev gennemgået")
opt(D2,3,"Punktet udsættes til næste møde den 4. april 2033","Rådet godkendte skitseprojektet")
opt(D2,4,"Rådet drøftede ønskerne")
opt(D2,6,"Rådet tog henvendelsen til efterretning")

# ------------------------------------------------------------ C Assens Ældrerådet (e-mail body)
ÆR="Ældrerådet"; D="2033-03-14"
meeting("assens-aeldreraadet-2033-03-14.txt",ÆR,D,"09:30","Mødelokale 3, Assens Rådhus, Rådhus Allé 5, Assens",
 ["Ove Kirkegaard","Grethe Lykke","Poul Erik Andersen","Inga Bundgaard","Svend Aage Holm","Tove Riis"],[
 it(1,"Godkendelse af dagsorden","33/3102","approved"),
 it(2,"Meddelelser fra formanden","33/3103","noted"),
 it(3,"Madservice - ny leverandør fra 1. juni","33/2260","approved",part=["Jesper Dam"]),
 it(4,"Høring: Ældrepolitik 2034-2037","33/1187","approved",prior=[(ÆR,"2033-02-14",5,"decided")]),
 it(5,"Trafiksikkerhed ved plejecentrene","33/2871","postponed"),
 it(6,"klage fra pårørende","33/3011","discussed",closed=True),
 it(7,"Eventuelt",None,"decided")])
act(ÆR,D,3,"Jesper arrangerer en smagning for rådet i uge 20.",
    "Jesper arrangerer en smagning",[("Jesper Dam","person","Jesper")],"2033-05-22",rng=("2033-05-16","2033-05-22"))
act(ÆR,D,4,"Rådet nedsætter en arbejdsgruppe (Grethe, Poul Erik og Tove), der skriver et udkast til høringssvar.",
    "der skriver et udkast til høringssvar",
    [("Grethe Lykke","person","Grethe"),("Poul Erik Andersen","person","Poul Erik"),("Tove Riis","person","Tove")],None,
    source="prior-decision")
act(ÆR,D,4,"Grethe indarbejder rettelserne og sender høringssvaret til Sundheds- og Ældreudvalget senest den 24. marts 2033.",
    "Grethe indarbejder rettelserne",[("Grethe Lykke","person","Grethe")],"2033-03-24")
act(ÆR,D,6,"Karen sender et svar til de pårørende, når hun er tilbage fra ferie.",
    "Karen sender et svar til de pårørende",[("Karen Skytte","person","Karen")],None)
act(ÆR,D,7,"Ove undersøger, om rådet kan få en stand på Seniormessen i uge 38.",
    "Ove undersøger, om rådet kan få en stand",[("Ove Kirkegaard","person","Ove")],"2033-09-25",rng=("2033-09-19","2033-09-25"))
pp(ÆR,D,5,"33/2871","2033-04-11","Udsat til næste møde den 11. april")
op("33/2871","Trafiksikkerhed ved plejecentrene",ÆR,1,"2033-04-11")
case("33/1187","Høring: Ældrepolitik 2034-2037",[(ÆR,"2033-02-14",5),(ÆR,D,4)])
opt(D,2,"Ove orienterede om Danske Ældrerråds temadag")
opt(D,3,"Ældrerådet anbefaler, at kontrakten indgås","Jesper Dam deltog under dette punkt")
opt(D,4,"Udkastet blev godkendt med enkelte rettelser")
opt(D,6,"Rådet drøftede klagen")
opt(D,7,"Tove foreslog, at rådet deltager på Seniormessen","det tages op under punkt 5 på næste møde",
    "Jesper: smagning af madservice","Grethe: høringssvar om ældrepolitik","Karen: svar til pårørende","Ove: stand på Seniormessen")

# ------------------------------------------------------------ D Hjørring: Bestyrelsen for Hirtshals Havn (small site, HTML)
HH="Bestyrelsen for Hirtshals Havn"; D="2033-05-23"
meeting("hjoerring-havnebestyrelsen-2033-05-23.html",HH,D,"13:00","Havnekontoret, Hirtshals Havn",
 ["Per Thorsen","Jane Sig","Lars Bjerre","Kirsten Vang","Anders Houe"],[
 it(1,"Godkendelse af dagsorden","33-011","approved"),
 it(2,"Regnskab for 1. kvartal 2033","33-019","noted"),
 it(3,"Udvidelse af Vestbassinet – etape 2","31-044","approved",prior=[(HH,"2033-02-21",4,"approved")]),
 it(4,"Takstblad 2034","33-022","postponed"),
 it(5,"Ansøgning fra Hirtshals Fiskeriforening om nedsat havneafgift","33-025","rejected"),
 it(6,"Henvendelse fra Hirtshals Lokalråd om adgang til Vestmolen","33-026","referred"),
 it(7,"Sikring mod højvande – status","32-061","noted"),
 it(8,"Lejeaftale med rederi","33-027","approved",closed=True),
 it(9,"Eventuelt",None,"none")])
act(HH,D,3,"Havnedirektøren indhenter tilbud fra mindst tre rådgivere.",
    "Havnedirektøren indhenter tilbud",[("Søren Kvist","person","Havnedirektøren")],None,source="prior-decision")
act(HH,D,3,"Havnedirektøren sender ansøgningen om kommunegaranti til Hjørring Kommune inden udgangen af juni.",
    "sender ansøgningen om kommunegaranti",[("Søren Kvist","person","Havnedirektøren")],"2033-06-30")
act(HH,D,6,"Henvendelsen oversendes til Hjørring Kommune, da molen ligger uden for havnens område.",
    "Henvendelsen oversendes til Hjørring Kommune",[("Hjørring Kommune","external")],None,"referral")
act(HH,D,7,"Bestyrelsen ønsker en status på højvandsmuren inden udgangen af 3. kvartal.",
    "status på højvandsmuren",[],"2033-09-30","presentation",rng=("2033-07-01","2033-09-30"))
pp(HH,D,4,"33-022","2033-08-30","Udsættes til bestyrelsesmødet den 30. august 2033")
op("33-022","Takstblad 2034",HH,1,"2033-08-30")
case("31-044","Udvidelse af Vestbassinet – etape 2",[(HH,"2033-02-21",4),(HH,D,3)])
opt(D,3,"Bestyrelsen godkendte valget af Kystteknik ApS","Direktionen anbefaler tilbuddet")
opt(D,4,"Bestyrelsen ønsker at se konsekvenserne for fiskeriet")
opt(D,5,"Ansøgningen blev ikke imødekommet","Anders Houe stemte for")
opt(D,7,"Havnedirektøren orienterede om stormfloden")

# ------------------------------------------------------------ E Region Midtjylland Regionshoved-MEDudvalget (intranet wiki, Markdown)
RHMU="Regionshoved-MEDudvalget"; D="2033-06-13"
meeting("region-midtjylland-regionshoved-medudvalget-2033-06-13.md",RHMU,D,"10:00","Regionshuset Viborg, Skottenborg 26, mødelokale F3",
 ["Mette Grøn","Bo Skjold","Jakob Fog","Anne Holt","Pia Mose","Nina Brask"],[
 it(1,"Godkendelse af dagsorden","1-16-02-40-33","approved"),
 it(2,"Sygefravær 1. kvartal 2033","1-16-02-41-33","noted"),
 it(3,"Retningslinje for hjemmearbejde - revision","1-16-02-27-32","approved",prior=[(RHMU,"2033-03-02",6,"postponed")]),
 it(4,"Trivselsmåling 2033 - opfølgning","1-16-02-43-33","discussed",part=["Ole Dahl"]),
 it(5,"Kantineordning i Regionshuset Aarhus","1-16-02-45-33","postponed"),
 it(6,"Personalesag","1-16-02-46-33","discussed",closed=True),
 it(7,"Eventuelt",None,"none")])
act(RHMU,D,2,"Jakob Fog udarbejder en analyse af fraværet på de akutte afdelinger til mødet i september.",
    "Jakob Fog udarbejder en analyse af fraværet",[("Jakob Fog","person")],"2033-09-12",rng=("2033-09-01","2033-09-30"))
act(RHMU,D,3,"HR udarbejder et revideret udkast efter dialog med de faglige organisationer.",
    "HR udarbejder et revideret udkast",[("HR","unit")],None,source="prior-decision")
act(RHMU,D,4,"Anne Holt og Bo Skjold kommer med forslag til fælles indsatser senest uge 36.",
    "kommer med forslag til fælles indsatser",[("Anne Holt","person"),("Bo Skjold","person")],"2033-09-11",
    rng=("2033-09-05","2033-09-11"))
pp(RHMU,"2033-03-02",6,"1-16-02-27-32",None,"Udsat","prior-decision")
pp(RHMU,D,5,"1-16-02-45-33","2033-09-12","Punktet blev udsat til næste møde 12. september 2033")
op("1-16-02-45-33","Kantineordning i Regionshuset Aarhus",RHMU,1,"2033-09-12")
case("1-16-02-27-32","Retningslinje for hjemmearbejde - revision",[(RHMU,"2033-03-02",6),(RHMU,D,3)])
opt(D,3,"Retningslinjen træder i kraft 1. september 2033","Godkendt med den ændring")
opt(D,4,"Ole Dahl deltog under punktet")
opt(D,7,"Pia Mose spurgte til parkeringsforholdene","sagen behandles i Lokal-MED",
    "Analyse af fravær på akutte afdelinger","Forslag til fælles trivselsindsatser")

# ------------------------------------------------------------ F Vordingborg Skolebestyrelsen, Præstø Skole (pdftotext -layout of Word)
SB="Skolebestyrelsen"; D="2033-06-21"
meeting("vordingborg-skolebestyrelsen-2033-06-21.txt",SB,D,"18:30","Personalerummet, Præstø Skole",
 ["Kasper Vind","Maria Toft","Rikke Engel","Tobias Lund","Lene Ravn","Ole Brink","Ida Holm"],[
 it(1,"Godkendelse af dagsorden og referat","SB-33-18","approved"),
 it(2,"Meddelelser fra skolelederen","SB-33-19","noted"),
 it(3,"Principper for skole-hjem-samarbejde - revision","SB-33-12","approved",prior=[(SB,"2033-05-10",4,"postponed")]),
 it(4,"Skolens budget 2034 - første drøftelse","SB-33-20","discussed"),
 it(5,"Mobilfri skole - forslag fra elevrådet","SB-33-21","postponed"),
 it(6,"Elevsag","SB-33-22","noted",closed=True),
 it(7,"Eventuelt",None,"none")])
act(SB,D,3,"Maria og Rikke laver et udkast til reviderede principper, der tager højde for den nye Aula-politik.",
    "Maria og Rikke laver et udkast",[("Maria Toft","person","Maria"),("Rikke Engel","person","Rikke")],None,source="prior-decision")
act(SB,D,3,"Helle lægger principperne på Aula og skolens hjemmeside inden udgangen af uge 26.",
    "Helle lægger principperne på Aula",[("Helle Stub","person","Helle")],"2033-07-03",rng=("2033-06-27","2033-07-03"))
act(SB,D,4,"Helle udarbejder et budgetforslag med to scenarier til mødet i september.",
    "Helle udarbejder et budgetforslag",[("Helle Stub","person","Helle")],"2033-09-13",rng=("2033-09-01","2033-09-30"))
act(SB,D,5,"Ida tager forslaget med tilbage til elevrådet.",
    "Ida tager forslaget med tilbage til elevrådet",[("Ida Holm","person","Ida")],None)
pp(SB,"2033-05-10",4,"SB-33-12",None,"Udsat","prior-decision")
pp(SB,D,5,"SB-33-21",None,"Sagen udsættes, indtil elevrådet har gennemført sin undersøgelse")
op("SB-33-21","Mobilfri skole - forslag fra elevrådet",SB,1,None)
case("SB-33-12","Principper for skole-hjem-samarbejde - revision",[(SB,"2033-05-10",4),(SB,D,3)])
opt(D,1,"Dagsorden og referat fra mødet den 10. maj 2033 blev godkendt")
opt(D,2,"Helle orienterede om skolens klassedannelse")
opt(D,3,"Principperne blev vedtaget","Maria og Rikke fremlagde udkastet")
opt(D,7,"Kasper takkede Ole Brink","Principper på Aula og hjemmeside","Budgetforslag med to scenarier",
    "Mobilforslaget tilbage til elevrådet")

# ------------------------------------------------------------ G Ikast-Brande Integrationsrådet (note tool export, Markdown)
IR="Integrationsrådet"; D="2033-08-29"
meeting("ikast-brande-integrationsraadet-2033-08-29.md",IR,D,"17:00","Mødelokale 2, Ikast-Brande Rådhus, Centerparken 1, Ikast",
 ["Amira Hassan","Lars Munk","Fatima Ali","Jens Ole Brix","Mahmoud Saleh","Vibeke Nørgaard","Hussein Omar"],[
 it(1,"Godkendelse af dagsorden","33/11901","approved"),
 it(2,"Sprogcafé på Ikast Bibliotek","33/10544","approved"),
 it(3,"Beskæftigelse blandt flygtninge – oplæg v. Kim Bay","33/10032","noted",part=["Kim Bay"],
    prior=[(IR,"2033-06-16",4,"discussed")]),
 it(4,"Høring: Integrationspolitik 2034-2037","33/09870","decided"),
 it(5,"Ansøgning fra Brande Kulturforening om tilskud til Eid-fest","33/12002","rejected"),
 it(6,"Fælles arrangement med Ældrerådet","33/11650","postponed"),
 it(7,"Henvendelse om konkret borgersag","33/12110","referred",closed=True),
 it(8,"Eventuelt",None,"none")])
act(IR,D,2,"Fatima laver en plakat på arabisk og somali inden 15. september.",
    "Fatima laver en plakat",[("Fatima Ali","person","Fatima")],"2033-09-15")
act(IR,D,3,"Kim sender tallene fordelt på køn og nationalitet til Sara, der deler dem i rådet.",
    "Kim sender tallene",[("Kim Bay","person","Kim")],None)
act(IR,D,4,"Amira og Jens Ole skriver et udkast til høringssvar og sender det til rådet senest 16. september 2033.",
    "Amira og Jens Ole skriver et udkast til høringssvar",
    [("Amira Hassan","person","Amira"),("Jens Ole Brix","person","Jens Ole")],"2033-09-16")
act(IR,D,7,"Henvendelsen oversendes til Borgerrådgiveren.",
    "Henvendelsen oversendes til Borgerrådgiveren",[("Borgerrådgiveren","body")],None,"referral")
pp(IR,D,6,"33/11650","2033-10-31","Udsat til næste møde 31. oktober 2033")
op("33/11650","Fælles arrangement med Ældrerådet",IR,1,"2033-10-31")
case("33/10032","Beskæftigelse blandt flygtninge – oplæg v. Kim Bay",[(IR,"2033-06-16",4),(IR,D,3)])
opt(D,1,"Formanden Amira bød velkommen")
opt(D,2,"Lars har booket lokalet","bevilger 5.000 kr. fra rådets pulje")
opt(D,3,"Punktet tages op igen med et oplæg fra Jobcentret","Kim Bay deltog under punktet")
opt(D,4,"Rådet afgiver høringssvar")
opt(D,5,"Vibeke var imod")
opt(D,8,"Fodboldturneringen i Brande gik godt")

# ------------------------------------------------------------ H Bornholm Beredskabskommissionen (First Agenda-like HTML)
BK="Beredskabskommissionen"; D="2033-09-19"
meeting("bornholm-beredskabskommissionen-2033-09-19.html",BK,D,"15:00","Mødelokale A, Ullasvej 23, Rønne",
 ["Mads Kure","Lene Dyhr","Pernille Munch","Allan Sode"],[
 it(1,"Godkendelse af dagsorden","33/30011","approved"),
 it(2,"Budgetopfølgning pr. 31. august 2033","33/27480","noted"),
 it(3,"Risikobaseret dimensionering 2034-2037","33/14402","approved",prior=[(BK,"2033-06-07",4,"postponed")]),
 it(4,"Brandstation i Nexø - placering","33/19900","postponed"),
 it(5,"Ændret vagtplan for deltidsstyrken i Allinge","33/25003","approved"),
 it(6,"Henvendelse fra Christiansø om fælles øvelser","33/28115","referred"),
 it(7,"Personalesag","33/29871","approved",closed=True),
 it(8,"Eventuelt","33/30012","decided")])
act(BK,D,3,"Beredskabschefen sender planen til udtalelse hos Beredskabsstyrelsen senest den 1. oktober 2033.",
    "Beredskabschefen sender planen til udtalelse",[("Niels Dam","person","Beredskabschefen")],"2033-10-01")
act(BK,D,6,"Henvendelsen fremsendes til Christiansøadministrationen med anmodning om en fælles øvelsesplan.",
    "Henvendelsen fremsendes til Christiansøadministrationen",[("Christiansøadministrationen","external")],None,"referral")
act(BK,D,8,"Formanden inviterer Bornholms Lufthavn til næste møde for at drøfte beredskabet ved ruteflyvningen.",
    "Formanden inviterer Bornholms Lufthavn",[("Mads Kure","person","Formanden")],"2033-11-28")
pp(BK,"2033-06-07",4,"33/14402",None,"Sagen udsat til næste møde","prior-decision")
pp(BK,D,4,"33/19900","2033-11-28","Sagen udsættes til kommissionens møde den 28. november 2033")
op("33/19900","Brandstation i Nexø - placering",BK,1,"2033-11-28")
case("33/14402","Risikobaseret dimensionering 2034-2037",[(BK,"2033-06-07",4),(BK,D,3)])
opt(D,2,"Beredskabschefen indstiller, at budgetopfølgningen tages til efterretning")
opt(D,3,"anbefaler planen over for kommunalbestyrelsen","Beredskabschefen indstiller, at kommissionen anbefaler")
opt(D,4,"Beredskabschefen indstiller, at grunden ved Nexø Nord vælges")
opt(D,5,"Godkendt med 3 stemmer mod 1","Lene Dyhr stemte imod")
opt(D,8,"Pernille Munch spurgte til røgalarmkampagnen")

# ------------------------------------------------------------ I Frederikshavn Forsyning, bestyrelsen (pdftotext, CRLF)
FF="Bestyrelsen for Frederikshavn Forsyning A/S"; D="2033-10-05"
meeting("frederikshavn-forsyningsbestyrelsen-2033-10-05.txt",FF,D,"15:00","Bestyrelseslokalet, Frederikshavn Forsyning, Frederikshavn",
 ["Michael Berg","Dorthe Juhl","Birgit Hyldahl","Frank Nøhr","Lisbeth Aagaard"],[
 it(1,"Godkendelse af dagsorden","2033-0401","approved"),
 it(2,"Direktørens orientering","2033-0402","noted"),
 it(3,"Takster 2034 for vand og spildevand","2033-0377","approved"),
 it(4,"Udskiftning af hovedledning i Sæby","2033-0298","approved",prior=[(FF,"2033-08-24",5,"postponed")]),
 it(5,"Klimatilpasning – samarbejdsaftale med Frederikshavn Kommune","2033-0421","referred"),
 it(6,"Strategi 2035","2033-0430","discussed"),
 it(7,"Ansættelse af driftschef","2033-0433","approved",closed=True),
 it(8,"Ejerstrategi – høring","2033-0440","postponed"),
 it(9,"Eventuelt",None,"none")])
act(FF,D,4,"Direktøren orienterer bestyrelsen om udbudsresultatet senest primo december.",
    "Direktøren orienterer bestyrelsen om udbudsresultatet",[("Peter Kragh","person","Direktøren")],"2033-12-10",
    "presentation",rng=("2033-12-01","2033-12-10"))
act(FF,D,5,"Udkastet oversendes til Frederikshavn Kommune, Center for Teknik og Miljø, til kommentering, inden bestyrelsen tager endelig stilling.",
    "Udkastet oversendes til Frederikshavn Kommune",
    [("Frederikshavn Kommune, Center for Teknik og Miljø","external")],None,"referral")
act(FF,D,6,"Formanden og Dorthe Juhl planlægger et strategiseminar for bestyrelsen i uge 3.",
    "planlægger et strategiseminar",[("Michael Berg","person","Formanden"),("Dorthe Juhl","person")],"2034-01-22",
    rng=("2034-01-16","2034-01-22"))
pp(FF,"2033-08-24",5,"2033-0298",None,"Sagen udsættes, indtil der foreligger en ny pris fra entreprenøren","prior-decision")
pp(FF,D,8,"2033-0440","2033-12-07","Punktet udsættes til næste møde den 7. december 2033")
op("2033-0440","Ejerstrategi – høring",FF,1,"2033-12-07")
case("2033-0298","Udskiftning af hovedledning i Sæby",[(FF,"2033-08-24",5),(FF,D,4)])
opt(D,2,"Peter Kragh orienterede om driftsforstyrrelsen")
opt(D,3,"som fremsendes til Frederikshavn Byråd til godkendelse","Direktionen indstiller, at bestyrelsen godkender taksterne")
opt(D,4,"Bestyrelsen godkendte projektet","Direktionen anbefaler, at der afsættes en ramme")
opt(D,7,"Bestyrelsen tiltrådte direktørens indstilling")

# ------------------------------------------------------------ J Holstebro: Bestyrelsen for Holstebro Museum (SBSYS-like, flattened pdftotext)
HM="Bestyrelsen for Holstebro Museum"; D="2033-10-26"
meeting("holstebro-museumsbestyrelsen-2033-10-26.txt",HM,D,"16:00","Mødelokalet, Holstebro Museum, Museumsvej 2, Holstebro",
 ["Anders Krogh","Inge Thorup","Poul Winding","Kirsten Lau","Erik Dahlgaard"],[
 it(1,"Godkendelse af dagsorden","20.00.00-A00-14-33","approved"),
 it(2,"Regnskabsprognose 2033","20.00.05-S00-3-33","noted"),
 it(3,"Særudstilling 2034: Vikinger ved Limfjorden","20.03.00-G01-5-33","approved"),
 it(4,"Fælles magasinbygning med Struer Museum","20.02.00-G01-2-32","postponed",prior=[(HM,"2033-09-14",5,"referred")]),
 it(5,"Udlån af genstande til Nationalmuseet","20.03.02-G01-8-33","approved"),
 it(6,"Forslag om gratis entré for skoleklasser fra nabokommuner","20.00.00-Ø00-7-33","rejected"),
 it(7,"Personaleforhold","20.00.00-A00-15-33","noted",closed=True),
 it(8,"Eventuelt","20.00.00-A00-16-33","decided")])
act(HM,D,3,"Museumsdirektøren søger Slots- og Kulturstyrelsen om tilskud til udstillingen inden den 1. december 2033.",
    "Museumsdirektøren søger Slots- og Kulturstyrelsen om tilskud",[("Marianne Bøje","person","Museumsdirektøren")],"2033-12-01")
act(HM,D,4,"Sagen oversendes til Kultur- og Fritidsudvalget med henblik på afklaring af økonomien.",
    "Sagen oversendes til Kultur- og Fritidsudvalget",[("Kultur- og Fritidsudvalget","body")],None,"referral",
    source="prior-decision")
act(HM,D,8,"Formanden undersøger sagen med Teknik og Miljø og vender tilbage i uge 46.",
    "Formanden undersøger sagen med Teknik og Miljø",[("Anders Krogh","person","Formanden")],"2033-11-20",
    rng=("2033-11-14","2033-11-20"))
pp(HM,D,4,"20.02.00-G01-2-32","2033-12-05","Sagen udsættes til næste møde den 5. december 2033")
op("20.02.00-G01-2-32","Fælles magasinbygning med Struer Museum",HM,1,"2033-12-05")
case("20.02.00-G01-2-32","Fælles magasinbygning med Struer Museum",[(HM,"2033-09-14",5),(HM,D,4)])
opt(D,2,"Museumsdirektøren indstiller, at prognosen tages til efterretning")
opt(D,3,"Godkendt med 4 stemmer mod 1","Poul Winding stemte imod","Museumsdirektøren indstiller, at udstillingen gennemføres")
opt(D,4,"Bestyrelsen tog udvalgets tilbagemelding til efterretning","Kultur- og Fritidsudvalget har den 10. oktober 2033 meddelt")
opt(D,6,"Bestyrelsen kunne ikke imødekomme forslaget")
opt(D,8,"Kirsten Lau spurgte til skiltningen")

# ------------------------------------------------------------ K Varde Landdistriktsrådet (Netpublicator/Cirkulær-like web copy)
LR="Landdistriktsrådet"; D="2033-11-15"
meeting("varde-landdistriktsraadet-2033-11-15.txt",LR,D,"19:00","Mødelokalet, Ølgod Kulturhus",
 ["Jens Krogh","Mette Bjerg","Lise Bundgaard","Torben Holst","Karin Vad","Niels Overgaard"],[
 it(1,"Godkendelse af dagsorden","01.00.00-A00-112-33","approved"),
 it(2,"Landdistriktspuljen 2034 - fordeling","24.10.00-Ø40-6-33","approved",prior=[(LR,"2033-09-20",3,"postponed")]),
 it(3,"Ansøgning fra Outrup Lokalråd om tilskud til shelterplads","24.10.00-Ø40-9-33","rejected"),
 it(4,"Bredbånd og mobildækning - status","13.05.00-G01-3-33","noted"),
 it(5,"Landsbyfornyelse - pulje til nedrivning af faldefærdige huse","03.22.00-Ø40-2-33","postponed"),
 it(6,"Høring: Forslag til Planstrategi 2034","01.02.03-P15-1-33","decided"),
 it(7,"Indstilling til Landdistriktsprisen 2033",None,"none",closed=True),
 it(8,"Eventuelt","01.00.00-A00-113-33","decided")])
act(LR,D,3,"Mette kontakter Outrup Lokalråd og tilbyder hjælp til en ny ansøgning.",
    "Mette kontakter Outrup Lokalråd",[("Mette Bjerg","person","Mette")],None)
act(LR,D,4,"Niels Overgaard tager spørgsmålet om mobilmaster op i Plan- og Teknikudvalget.",
    "Niels Overgaard tager spørgsmålet om mobilmaster op",[("Niels Overgaard","person")],None)
act(LR,D,6,"Jens og Lise formulerer svaret og sender det til Plan og Byg senest den 1. december 2033.",
    "Jens og Lise formulerer svaret",[("Jens Krogh","person","Jens"),("Lise Bundgaard","person","Lise")],"2033-12-01")
act(LR,D,8,"Sanne sender forslag til mødedatoer for 2034 ud i uge 48.",
    "Sanne sender forslag til mødedatoer",[("Sanne Vind","person","Sanne")],"2033-12-04",rng=("2033-11-28","2033-12-04"))
pp(LR,"2033-09-20",3,"24.10.00-Ø40-6-33",None,"Udsat, da der mangler ansøgninger fra tre områder","prior-decision")
pp(LR,D,5,"03.22.00-Ø40-2-33",None,"Punktet udsættes, indtil Social- og Boligstyrelsen har udmeldt puljen for 2034")
op("03.22.00-Ø40-2-33","Landsbyfornyelse - pulje til nedrivning af faldefærdige huse",LR,1,None)
case("24.10.00-Ø40-6-33","Landdistriktspuljen 2034 - fordeling",[(LR,"2033-09-20",3),(LR,D,2)])
opt(D,2,"Rådet godkendte fordelingen","Torben Holst stemte imod")
opt(D,3,"Ansøgningen blev ikke imødekommet","Lise Bundgaard deltog ikke i behandlingen")
opt(D,6,"Rådet afgiver høringssvar")

PEOPLE=[
 ("Lis Bjerregaard",["formand"],["Lis"]),("Henning Mørch",["næstformand"],["Henning"]),("Mona Sejr",["suppleant"],[]),
 ("Trine Bak",["handicapkonsulent","sekretær"],["Trine","Sekretæren"]),("Martin Skov",["socialchef"],[]),
 ("Jørn Krag",["byrådsmedlem"],["Jørn"]),("Lasse Winther",["Trafik og Vej"],["Lasse"]),
 ("Ove Kirkegaard",["formand"],["Ove"]),("Grethe Lykke",["næstformand"],["Grethe"]),("Poul Erik Andersen",[],["Poul Erik"]),
 ("Tove Riis",[],["Tove"]),("Karen Skytte",[],["Karen"]),("Jesper Dam",["ældrechef"],["Jesper"]),("Birthe Kold",["sekretær"],["Birthe"]),
 ("Per Thorsen",["formand"],[]),("Søren Kvist",["havnedirektør"],["Havnedirektøren"]),("Lone Fisker",["økonomichef","referent"],[]),
 ("Mette Grøn",["regionsdirektør","formand"],[]),("Bo Skjold",["næstformand"],[]),("Jakob Fog",["HR-direktør"],[]),
 ("Anne Holt",[],[]),("Nina Brask",["suppleant"],[]),("Ole Dahl",["arbejdsmiljøkonsulent"],[]),("Hanne Kjær",["referent"],[]),
 ("Kasper Vind",["formand"],["Kasper"]),("Maria Toft",["næstformand"],["Maria"]),("Rikke Engel",[],["Rikke"]),
 ("Helle Stub",["skoleleder"],["Helle"]),("Ida Holm",["elevrepræsentant"],["Ida"]),("Jens Rye",["viceskoleleder","referent"],[]),
 ("Amira Hassan",["formand"],["Amira","Formanden"]),("Fatima Ali",[],["Fatima"]),("Jens Ole Brix",[],["Jens Ole"]),
 ("Hussein Omar",["suppleant"],[]),("Sara Lind",["integrationskonsulent","sekretær"],["Sara"]),("Kim Bay",["jobcenterchef"],["Kim"]),
 ("Mads Kure",["formand"],["Formanden"]),("Allan Sode",["vicepolitiinspektør","stedfortræder"],[]),
 ("Niels Dam",["beredskabschef","sekretær"],["Beredskabschefen"]),
 ("Michael Berg",["formand"],["Formanden"]),("Dorthe Juhl",["næstformand"],[]),("Peter Kragh",["adm. direktør"],["Direktøren"]),
 ("Hanne Bruun",["økonomichef","referent"],[]),
 ("Anders Krogh",["formand"],["Formanden"]),("Marianne Bøje",["museumsdirektør","sekretær"],["Museumsdirektøren"]),
 ("Jens Krogh",["formand"],["Jens"]),("Mette Bjerg",[],["Mette"]),("Lise Bundgaard",[],["Lise"]),("Niels Overgaard",["byrådsmedlem"],[]),
 ("Sanne Vind",["landdistriktskoordinator","sekretær"],["Sanne"]),
]
for i,a in enumerate(A,1):
    a["id"]=f"b30-{i:03d}"
gold=dict(version=1,asOf="2033-12-31",corpusEnd="2033-11-15",meetings=M,actions=A,optionalActions=OPT,postponements=P,
          openPostponed=OP,cases=C,people=[dict(name=n,roles=r,**({"aliases":al} if al else {})) for n,r,al in PEOPLE])
json.dump(gold,open(os.path.join(HERE,"..","gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(M),"meetings",sum(len(m["items"]) for m in M),"items",sum(len(m["attendees"]) for m in M),"attendees",
      len(A),"actions",len(OPT),"optional",len(P),"postponements",len(OP),"openPostponed",len(C),"cases",
      sum(len(i["priorDecisions"]) for m in M for i in m["items"]),"prior decisions",
      sum(len(i["participants"]) for m in M for i in m["items"]),"participants")
