S={
"b19-001":"Forvaltningen fremlægger en opdateret prognose for ældreområdet på Økonomiudvalgets møde den 7. april 2025.",
"b19-004":"Sagen oversendes til Teknik- og Miljøudvalget til videre behandling.",
"b19-006":"Sagen sendes tilbage til Teknik- og Miljøudvalget med henblik på en fornyet vurdering af trafikforholdene ved Sønderskovvej.",
"b19-009":"Udkastet sendes til udtalelse i Handicaprådet og Ældrerådet, inden udvalget træffer endelig beslutning.",
"b19-010":"Standarderne sendes i høring i Ældrerådet og Handicaprådet med svarfrist den 6. december 2024.",
"b19-011":"Udvalget besluttede at bede administrationen om en sag om mulighederne og økonomien til udvalgets møde i februar 2025.",
"b19-014":"Udvalget oversender udkastet til Handicaprådet med anmodning om en udtalelse, inden det sendes i offentlig høring.",
"b19-017":"Forslaget oversendes til Klima- og Miljøudvalget til videre behandling.",
"b19-019":"Poul Erik indhenter tilbud på reparation af tagrenden inden 1. marts.",
"b19-021":"Svend Aage og Hanne planlægger udflugten og sender program ud inden 1. maj.",
"b19-022":"Praktiske aftaler med korets dirigent om nøgler, varme og opstilling. Ansvarlig: Dorthe",
"b19-026":"Lise kontakter spejderne vedr. æbleskiver og gløgg.",
"b19-027":"Plakater hænges op i uge 46. Ansvarlig: Tove (spurgt pr. mail)",
"b19-029":"Udkast til reviderede principper for lektier SL og MH til næste møde",
"b19-030":"Vagtplan for kaffe og kage til forårskoncerten CS inden 1. marts",
"b19-031":"Artikel om bestyrelsens arbejde til Aula RB og AW uge 6",
"b19-032":"Rykkere til de 7 restanter sendes inden 1. maj. Ansvarlig: Jytte",
"b19-033":"Indkaldelse med dagsorden og regnskab udsendes senest 8. maj. Ansvarlig: Ole",
"b19-041":"AN og MJ skriver ansøgningen, som skal være sendt inden 1. oktober.",
"b19-045":"Formanden og Erik udarbejder høringssvaret, som sendes til Sundhed og Omsorg inden 1. juni.",
"b19-046":"Villy og Aase laver en opstillingsfolder, der skal være klar inden 1. september.",
}
import json
auto=json.load(open('sent.json',encoding='utf-8'))
auto.update(S)
json.dump(auto,open('sent.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
