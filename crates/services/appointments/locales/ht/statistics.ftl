# Chif piblik yo (`/statistics`): ki chans yon gwoup genyen pou yo chwazi l nan chak pòs fwontyè,
# ak konbyen tan gwoup yo chwazi yo te gen depi yo enskri, an grafik ak yon tablo apre chak.

stats-summary = { $days ->
    [1] Chif sa yo soti nan sèl tiraj yo pibliye jiskaprezan, { $last }.
   *[other] Chif sa yo soti nan { $days } dènye tiraj yo pibliye yo, soti { $first } rive { $last }.
}
stats-download = Telechaje chif chak jou pou chak pòs fwontyè (fichye CSV)
stats-chance-heading = Chans pou yo chwazi w nan chak pòs fwontyè
stats-chance-caption = Pou chak pòs fwontyè, ba fonse a montre konbyen nan gwoup ki te mande yo yo te chwazi, epi ba klè a konbyen nan plas yo te mande yo yo te bay. Kote anpil moun mande pou kèk plas sèlman, chans lan pi piti.
stats-chance-desc = Yon grafik ak de ba pou chak pòs fwontyè: pati gwoup yo chwazi yo ak pati plas yo bay yo. Tablo ki vini apre a gen menm chif yo.
stats-chance-groups = Gwoup yo chwazi
stats-chance-seats = Plas yo bay
stats-no-requests = Pa gen demand
stats-head-seats-requested = Plas yo mande
stats-head-seats-won = Plas yo bay
stats-head-seats-odds = Pati plas yo bay
stats-registered-heading = Konbyen tan gwoup yo chwazi yo te gen depi yo enskri
stats-registered-caption = Chak ba ale depi tan ki pi kout la rive nan tan ki pi long lan gwoup yo chwazi yo te gen depi yo enskri, an jou. Mak fonse a se mitan an: mwatye ladan yo te enskri depi mwens tan, lòt mwatye a depi plis tan.
stats-registered-desc = Yon grafik ak yon ba pou chak pòs fwontyè, depi tan enskripsyon ki pi kout la rive nan sa ki pi long lan, ak yon mak nan mitan an. Tablo ki vini apre a gen menm chif yo.
stats-registered-scale = { $days ->
   *[other] { $days } jou
}
stats-registered-range = { $shortest }–{ $longest } { $longest ->
   *[other] jou
}, nan mitan { $median }
stats-none-chosen = Yo pa chwazi okenn gwoup
stats-head-shortest = Pi kout (jou)
stats-head-median = Nan mitan (jou)
stats-head-longest = Pi long (jou)

## Verifikasyon otomatik foto yo, pa gwoup
stats-faces-heading = Verifikasyon otomatik foto yo, pa gwoup
stats-faces-caption = { $days ->
    [1] Pandan dènye jou a
   *[other] Pandan { $days } dènye jou yo
}: konbyen moun verifikasyon otomatik la te gade foto konfimasyon yo, nan chak nasyonalite ak chak gwoup laj; konbyen nan yo li pa t ka aksepte epi li voye bay yon moun ki revize; ak konbyen nan yo moun ki revize a te aksepte apre sa. Yon gwoup ki gen mwens pase { $fewest } moun pa montre okenn chif, pou pèsonn pa ka rekonèt okenn moun.
stats-faces-head-nationality = Nasyonalite
stats-faces-head-age = Laj
stats-faces-head-people = Moun
stats-faces-head-refused = Voye bay yon moun ki revize
stats-faces-head-accepted = Moun ki revize a aksepte apre
stats-faces-too-few = twò piti pou montre
stats-faces-everyone = Tout moun
stats-faces-age-under-18 = mwens pase 18 an
stats-faces-age-18-29 = 18 a 29 an
stats-faces-age-30-44 = 30 a 44 an
stats-faces-age-45-59 = 45 a 59 an
stats-faces-age-60-plus = 60 an oswa plis
