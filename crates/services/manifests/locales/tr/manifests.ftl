## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = Otobüs yolcu listeleri
manifests-about = Otobüs şirketleri, her otobüsteki kişilerin listesini otobüs bir kara sınır kapısına varmadan önce buradan gönderir ve otobüs varana kadar düzeltebilir veya iptal edebilir. Garita kullanan bir otobüs şirketinde çalışanlar, şirketlerinin hesabıyla giriş yapar.
manifests-about-signin = Şirketinizin hesabıyla giriş yapın
manifests-intro = { $carrier } adına her seferi, otobüs sınır kapısına varmadan önce gönderin: seferin bilgilerini ve sürücüyle her yolcunun yer aldığı, her satırda bir kişinin bulunduğu bir CSV dosyasını. Hatalı bir satır, düzeltebilmeniz için size belirtilir; diğer satırlar kaydedilir.
manifests-template = CSV dosyasının ilk satırını indir (sütun adları)
manifests-send = Listeyi gönder
manifests-trip-id = Sefer numaranız
manifests-trip-id-help = Bu sefer için kendi numaranız: harfler, rakamlar, noktalar, tireler. Listeyi düzeltmek için aynı numarayı yeniden gönderin.
manifests-plate = Otobüsün plakası
manifests-bus-number = Otobüs numarası
manifests-origin = Seferin başladığı yer (şehir)
manifests-port = Varış sınır kapısı
manifests-arrives = Tahmini varış, sınır kapısının yerel saatiyle
manifests-arrives-help = Gün ve saat, örneğin 2027-03-01 14:30.
manifests-file = Otobüsteki kişilerin CSV dosyası
manifests-file-help = Sütun adlarıyla başlayarak her kişi için bir satır. Tarihler 2027-03-01 biçiminde; ülkeler iki harfle (MX, GT, US).
manifests-trips = Seferleriniz
manifests-none = Henüz hiç sefer göndermediniz.
manifests-trip-line = { $trip }, { $port } sınır kapısına, { $when }: { $status }, { $people ->
    [one] bir kişi
   *[other] { $people } kişi
}
manifests-status-expected = bekleniyor
manifests-status-arrived = vardı
manifests-status-cancelled = iptal edildi
manifests-trip-title = Seferin yolcu listesi
manifests-trip-facts = { $trip } seferi ({ $carrier }), { $port } sınır kapısına, beklenen varış: { $when }. Otobüs { $bus }, plaka { $plate }, kalkış yeri: { $origin }.
manifests-trip-state = Durum: { $status }. { $people ->
    [one] Bir kişi kayıtlı
   *[other] { $people } kişi kayıtlı
}, sürüm { $version }.
manifests-created = Liste kaydedildi: { $people ->
    [one] bir kişi
   *[other] { $people } kişi
}.
manifests-corrected = Liste düzeltildi: artık { $people ->
    [one] bir kişi
   *[other] { $people } kişi
} içeriyor.
manifests-unchanged = Bu, zaten kayıtlı olan listeyle aynı: hiçbir şey değişmedi ({ $people ->
    [one] bir kişi
   *[other] { $people } kişi
}).
manifests-fix-title = Düzeltilecek satırlar
manifests-fix-help = Bu satırlar kaydedilmedi. Onları dosyanızda düzeltin ve seferin tamamını aynı sefer numarasıyla yeniden gönderin: liste değiştirilir.
manifests-problem-row = Satır { $line }, { $field }: { $problem }
manifests-problem-trip = Sefer, { $field }: { $problem }
manifests-trip-wrong = Seferin bilgilerinin düzeltilmesi gerekiyor: hiçbir şey kaydedilmedi. Aşağıda belirtilen alanları düzeltip yeniden gönderin.
manifests-ended = Bu seferin otobüsü vardı ya da sefer iptal edildi: listesi artık değişmez. Yeni bir sefer numarasıyla yeni bir sefer gönderin.
manifests-busy = Bu sefer aynı anda başka bir yerden de gönderiliyordu. Yeniden gönderin.
manifests-correct = Bu listeyi düzelt
manifests-correct-help = Seferi, düzeltilmiş dosyanın tamamıyla yeniden gönderin: otobüs varana kadar kayıtlı olanın yerine geçer.
manifests-cancel = Bu seferi iptal et
manifests-cancel-help = Otobüs yola çıkmayacaksa seferi iptal edin: sınır kapısı artık onu beklemez.
manifests-back = Tüm seferleriniz
manifests-board-title = Sınır kapısında beklenen otobüsler
manifests-board-intro = { $port } sınır kapısında 12 saat öncesinden 2 gün sonrasına kadar beklenen otobüsler ve şirketlerinin bildirdiği kişi sayısı. Bir listenin her açılışı denetim kaydına yazılır.
manifests-board-none = Beklenen otobüs yok.
manifests-board-when = Beklenen varış
manifests-board-carrier = Şirket
manifests-board-bus = Otobüs
manifests-board-origin = Nereden
manifests-board-people = Kişi
manifests-board-status = Durum
manifests-board-open = { $bus } otobüsünün listesini aç ({ $carrier })
manifests-board-back = Panoya dön
manifests-open-title = Otobüs yolcu listesi
manifests-mark-arrived = Otobüsü vardı olarak işaretle
manifests-arrived = Otobüs vardı olarak işaretlendi. Listesi artık değişmez ve içindeki kişilerin bilgileri saklama süresi bitince silinir.
manifests-purged = Saklama süresi bitti: bu otobüsteki kişilerin bilgileri silindi.
manifests-people = Otobüsteki kişiler
manifests-col-line = Satır
manifests-col-role = Rol
manifests-col-name = Ad
manifests-col-born = Doğum
manifests-col-sex = Cinsiyet
manifests-col-citizenship = Vatandaşlık
manifests-col-document = Belge
manifests-col-expiry = Geçerlilik sonu
manifests-col-address = ABD'deki adres
manifests-role-driver = Sürücü
manifests-role-passenger = Yolcu
manifests-document-passport = Pasaport
manifests-document-passport-card = Pasaport kartı
manifests-document-border-crossing-card = Sınır geçiş kartı
manifests-document-permanent-resident-card = Daimi oturma kartı
manifests-document-trusted-traveler-card = Güvenilir yolcu kartı

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = driver veya passenger yazın.
manifest-problem-name = Adı belgede yazdığı gibi, en fazla 100 karakterle yazın.
manifest-problem-birth-date = Doğum tarihini 1990-04-02 biçiminde yazın (yıl, ay, gün).
manifest-problem-sex = F, M veya X yazın.
manifest-problem-country = Ülkeyi iki harfli koduyla yazın, örneğin MX, GT veya US.
manifest-problem-document-type = passport, passport-card, border-crossing-card, permanent-resident-card veya trusted-traveler-card yazın.
manifest-problem-document-number = Belge numarasını yazın: boşluksuz, 5 ile 20 arasında harf ve rakam.
manifest-problem-date = Tarihi 2030-01-31 biçiminde yazın (yıl, ay, gün).
manifest-problem-expired = Belgenin süresi otobüs varmadan doluyor. Kişinin sınırı geçmek için geçerli bir belgeye ihtiyacı var.
manifest-problem-address = Bu kişinin Amerika Birleşik Devletleri'nde nerede kalacağını yazın (sokak, şehir, eyalet), çünkü orada yaşamıyor.
manifest-problem-line = Bu satır okunamıyor: virgüllerini ve tırnak işaretlerini kontrol edin.
manifest-problem-empty = Dosyada hiç kişi yok. Sütun adlarının altına her kişi için bir satır ekleyin.
manifest-problem-no-file = Otobüsteki kişilerin CSV dosyasını seçin.
manifest-problem-no-driver = Kayıtlı sürücü yok: sürücünün satırını ekleyin (role driver).
manifest-problem-trip-id = Sefer numaranızı yazın: en fazla 64 harf, rakam, nokta, tire veya alt çizgi.
manifest-problem-plate = Otobüsün plakasını yazın: harfler, rakamlar, boşluklar veya tireler.
manifest-problem-bus-number = Otobüsün numarasını yazın, en fazla 20 karakter.
manifest-problem-origin = Seferin başladığı şehri yazın.
manifest-problem-port = Garita'nın sınır kapılarından birini seçin.
manifest-problem-arrival = Tahmini varışı gün ve saat olarak yazın.
manifest-problem-arrival-range = Varış, bir gün öncesiyle bir yıl sonrası arasında olmalı.
