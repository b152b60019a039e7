### Sınır kapısında: memurların ekranı.

desk-title = { $port } sınır kapısında { $date } tarihli randevular
desk-find = Randevu bul
desk-find-label = Onay numarası ya da QR kodunun altındaki metin
desk-not-found = Bu sınır kapısında bu numarayla bir randevu yok. Numarayı kontrol edin; başka bir sınır kapısındaki randevu burada görünmez.
desk-none = Bu gün için randevu yok.
desk-row = { $time }: { $number }, { $seats ->
   *[other] { $seats } yer
}, { $status }; { $arrived ->
   *[other] { $arrived } kişi
} geldi.
desk-open = Aç
desk-status-won = seçildi, henüz onaylanmadı
desk-status-offered = teklif edildi, henüz onaylanmadı
desk-status-confirmed = onaylandı
desk-status-lapsed = zamanında onaylanmadı
desk-status-cancelled = iptal edildi
desk-status-no-show = kimse gelmedi
desk-intake-title = { $number }: { $port }, { $date }, saat { $time }
desk-traveller = Doğum tarihi: { $born }; uyruk: { $nationality }; belge: { $document }.
desk-photo-registration = Kayıt fotoğrafı
desk-photo-live = Onaylarken çekilen fotoğraf
desk-no-live = Onaydan gelen bir fotoğraf yok.
desk-face-distance = Otomatik karşılaştırıldı: yüzler arasındaki uzaklık { $distance }; aynı kişinin iki fotoğrafında genellikle { $threshold } altındadır.
desk-face-not-compared = Otomatik karşılaştırılmadı: iki fotoğrafı kendiniz karşılaştırın.
desk-face-reviewed = { $reason ->
    [liveness] Bir inceleme görevlisi bu fotoğrafı kabul etti: otomatik kontrol başın istendiği gibi döndüğünü görmedi ya da fotoğraf bu kontrol olmadan gönderildi.
    [compared] Bir inceleme görevlisi bu fotoğrafı kabul etti: otomatik karşılaştırma iki yüzü benzer bulmadı ya da karşılaştıramadı.
   *[quality] Bir inceleme görevlisi bu fotoğrafı, otomatik kontrol kullanmakta zorlandıktan sonra kabul etti (ışık, boyut veya netlik).
}
desk-outcome-none = Henüz gelmedi.
desk-until-label = Şartlı giriş izninin bitiş tarihi (YYYY-MM-DD; boşsa: gelişten itibaren iki yıl)
desk-note-label = Not
desk-corrected = Liste kapandıktan sonra düzeltildi: { $field } önce “{ $before }” idi, şimdi “{ $after }”.
desk-save = Kaydet

## Sınırda bekleme süreleri: herkese açık sayfa ve görevlilerin formu.
wait-title = Sınırda bekleme süreleri
wait-intro = Her sınır kapısındaki bekleme süreleri, o sınır kapısının görevlilerinin girdiği şekliyle ve sınır kapısının kendi saatiyle. Aynı sayılar, CBP'nin Border Wait Times veri akışıyla aynı yapıdaki JSON ve XML veri akışlarında da bulunur.
wait-feed = JSON veri akışı
wait-feed-xml = XML veri akışı
wait-history-link = { $port } sınır kapısında son 7 gün
wait-history-title = Son 7 günün bekleme süreleri
wait-history-intro = { $port }: şeritler açıkken her gün girilen en uzun ve ortalama bekleme süresi; günler sınır kapısının kendi saatine göre.
wait-history-none = Son 7 günde burada hiçbir şey yayımlanmadı.
wait-history-day = Gün
wait-history-longest = En uzun bekleme
wait-history-average = Ortalama bekleme
wait-history-posts = Kaç kez girildi
wait-history-minutes = { $minutes ->
   *[other] { $minutes } dakika
}
wait-history-chart = { $lane }: her günün en uzun beklemesi, dakika olarak
wait-history-chart-desc = Her gün için bir çubuk; uzunluğu o günün en uzun beklemesi kadar. Aşağıdaki tablo aynı sayıları verir.
wait-port = Sınır kapısı
wait-status = Bugün
wait-port-open = Açık
wait-port-closed = Bugün kapalı
wait-lane-pedestrian = Yaya
wait-lane-passenger = Otomobil
wait-lane-commercial = Kamyon
wait-lane-pedestrian-ready = Yaya, Ready Lane şeridi
wait-lane-passenger-sentri = Otomobil, SENTRI
wait-lane-passenger-ready = Otomobil, Ready Lane şeridi
wait-lane-commercial-fast = Kamyon, FAST
wait-open = { $minutes } dk, { $lanes ->
   *[other] { $lanes } şerit
} açık (saat { $time } itibarıyla)
wait-closed = Şeritler kapalı (saat { $time } itibarıyla)
wait-not-offered = Bu sınır kapısında yok
wait-post-title = Bekleme sürelerini yayımla
wait-post-intro = { $port } sınır kapısındaki şu anki bekleme süreleri. Herkese açık sayfada ve veri akışında hemen görünür.
wait-post = Yayımla
wait-posted = Yayımlandı. Teşekkürler.
wait-lane-status = { $lane }: şeritler
wait-lane-delay = { $lane }: dakika olarak bekleme süresi
wait-lane-open = { $lane }: açık şerit sayısı
wait-status-open = Açık
wait-status-closed = Kapalı
wait-status-none = Bu sınır kapısında yok
wait-error-delay = { $lane }: şeritler açıkken bekleme süresini dakika olarak, 0 ile 1440 arasında girin.
wait-error-lanes = { $lane }: açık şerit sayısını 0 ile 99 arasında girin.

## Programın sınır kapısı ve gün bazında genel görünümü.
overview-title = Gün gün sınır kapıları
overview-range = { $from } ile { $to } arası: her sınır kapısı, her gün. Yalnızca sayılar, kişisel veri yok.
overview-csv = CSV olarak indir
overview-earlier = Bir hafta önce
overview-later = Bir hafta sonra
overview-date = Tarih
overview-port = Sınır kapısı
overview-seats = Yerler
overview-appointments = Randevular
overview-confirmed = Onaylanan
overview-arrived = Gelen kişiler
overview-no-shows = Kimse gelmedi
overview-paroled = İnsani şartlı giriş izni (parole)
overview-nta = Mahkemeye Çıkma Bildirimi (Notice to Appear)
overview-referred = Başka bir birime yönlendirildi
overview-not-admitted = Girişine izin verilmedi
staff-port-seats-frozen = Bu tarih için çekilen liste kapandı ve yerleri onunla birlikte yayımlandı; bu yüzden artık değiştirilemez. Daha sonraki bir tarihi değiştirin ya da kapı o gün açılamayacaksa bu tarih için kapatın.
desk-find-traveller = Bir yolcunun adı ve doğum tarihiyle grup bul
desk-search-given = Adlar
desk-search-family = Soyadlar
desk-search-born = Doğum tarihi (YYYY-AA-GG)
desk-search-none = Bu kapıda bugünden önceki veya sonraki hafta içindeki hiçbir randevuda bu ad ve doğum tarihine sahip bir yolcu yok. Yazılışı belgedeki gibi kontrol edin.
desk-search-found = { $date } saat { $time }: { $number }, { $status }
overview-port-title = Kapınızın rakamları
partner-history = Kuruluşunuzun kontrol ettikleri
partner-history-none = Henüz kontrol yok.
partner-history-answer = Yanıt
