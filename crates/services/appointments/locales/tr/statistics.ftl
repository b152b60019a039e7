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

## Otomatik fotoğraf kontrolleri, gruba göre
stats-faces-heading = Otomatik fotoğraf kontrolü, gruba göre
stats-faces-caption = { $days ->
    [one] Son bir günde
   *[other] Son { $days } günde
}: otomatik kontrolün her uyruk ve yaş aralığında kaç kişinin onaylarken çekilen fotoğraflarına baktığı; bunlardan kaçını kabul edemeyip bir inceleme görevlisine gönderdiği; ve inceleme görevlisinin bunlardan kaçını sonra kabul ettiği. { $fewest } kişiden az olan bir grup için, kimse tanınamasın diye sayı gösterilmez.
stats-faces-head-nationality = Uyruk
stats-faces-head-age = Yaş
stats-faces-head-people = Kişi
stats-faces-head-refused = İnceleme görevlisine gönderilen
stats-faces-head-accepted = Sonra görevlinin kabul ettiği
stats-faces-too-few = göstermek için çok az
stats-faces-everyone = Herkes
stats-faces-age-under-18 = 18 yaş altı
stats-faces-age-18-29 = 18–29 yaş
stats-faces-age-30-44 = 30–44 yaş
stats-faces-age-45-59 = 45–59 yaş
stats-faces-age-60-plus = 60 yaş ve üzeri
