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
