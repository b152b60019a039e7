# Herkese açık sayılar (`/statistics`): her sınır kapısında seçilme şansı ve seçilen grupların ne
# kadar süredir kayıtlı olduğu, grafikler ve her birinin ardından aynı sayıların tablosu.

stats-summary = { $days ->
    [1] Bu sayılar şimdiye kadar yayımlanan tek kuradan, { $last } tarihli kuradan gelir.
   *[other] Bu sayılar yayımlanan son { $days } kuradan gelir: { $first } ile { $last } arası.
}
stats-download = Her günün her sınır kapısı için sayılarını indir (CSV dosyası)
stats-chance-heading = Her sınır kapısında seçilme şansı
stats-chance-caption = Her sınır kapısı için koyu çubuk, istekte bulunan grupların kaçının seçildiğini; açık çubuk ise istenen yerlerin kaçının verildiğini gösterir. Çok kişinin az yer istediği yerde şans daha küçüktür.
stats-chance-desc = Her sınır kapısı için iki çubuklu bir grafik: seçilen grupların payı ve verilen yerlerin payı. Ardından gelen tablo aynı sayıları verir.
stats-chance-groups = Seçilen gruplar
stats-chance-seats = Verilen yerler
stats-no-requests = İstek yok
stats-head-seats-requested = İstenen yerler
stats-head-seats-won = Verilen yerler
stats-head-seats-odds = Verilen yerlerin payı
stats-registered-heading = Seçilen gruplar ne kadar süredir kayıtlıydı
stats-registered-caption = Her çubuk, seçilen grupların en kısa kayıt süresinden en uzun kayıt süresine kadar uzanır, gün olarak. Koyu işaret ortancadır: yarısı daha kısa, yarısı daha uzun süredir kayıtlıydı.
stats-registered-desc = Her sınır kapısı için en kısa kayıt süresinden en uzununa bir çubuk ve ortancada bir işaret bulunan grafik. Ardından gelen tablo aynı sayıları verir.
stats-registered-scale = { $days ->
   *[other] { $days } gün
}
stats-registered-range = { $shortest }–{ $longest } { $longest ->
   *[other] gün
}, ortanca { $median }
stats-none-chosen = Seçilen grup yok
stats-head-shortest = En kısa (gün)
stats-head-median = Ortanca (gün)
stats-head-longest = En uzun (gün)
