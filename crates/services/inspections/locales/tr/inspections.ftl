## Perishable-cargo inspections: a broker's pages (`/inspections`), the port's day, the message.

inspections-title = Yük muayeneleri
inspections-about = Gümrük müşavirleri ve ithalatçılar, bir sınır kapısında bozulabilir yükün (meyve, sebze, çiçek, bitki) muayenesi için buradan randevu alır ve tarım uzmanının verdiği sonucu okur. Garita kullanan bir gümrük müşaviri veya ithalatçı için çalışanlar, şirketlerinin hesabıyla giriş yapar.
inspections-about-signin = Şirketinizin hesabıyla giriş yapın
inspections-intro = { $organization } adına muayene isteyin: sevkiyatın belgelerini, her ürünü ve muayenenin ne zaman olmasını istediğinizi yazın. O gün, o saatte veya sonrasında hâlâ yeri olan ilk saat dilimini alırsınız.
inspections-ask = Muayene randevusu al
inspections-choose = Birini seçin
inspections-port = Sınır kapısı
inspections-wished = İstediğiniz muayene zamanı, sınır kapısının yerel saatiyle
inspections-wished-help = Gün ve saat, örneğin 2027-03-01 09:00.
inspections-entry = Beyanname numarası
inspections-entry-help = Beyan eden kodu, 7 rakam ve kontrol rakamı, örneğin ABC-1234567-8.
inspections-document = Taşıma belgesi
inspections-document-bill-of-lading = Konşimento
inspections-document-air-waybill = Hava konşimentosu
inspections-transport-number = Taşıma belgesi numarası
inspections-transport-number-help = Konşimento: 4 ile 35 arasında harf ve rakam. Hava konşimentosu: 11 rakam, örneğin 020-12345675.
inspections-importer-name = Kayıtlı ithalatçı
inspections-importer-number = Kayıtlı ithalatçı numarası
inspections-importer-number-help = IRS numarası (12-3456789, varsa 2 karakterlik ekiyle) veya CBP'nin verdiği numara (YYDDPP-NNNNN).
inspections-conveyance = Kamyon plakası veya uçuş
inspections-conveyance-help = Kamyonun plakası ya da hava kargosu için uçuş numarası.
inspections-containers = Konteyner numaraları
inspections-containers-help = Her satıra bir tane, örneğin CSQU3054383. Konteynersiz bir kamyon için boş bırakın.
inspections-location = Malların bulunduğu yer
inspections-commodity = Ürün { $line }
inspections-hts = HTS kodu
inspections-hts-help = Beyannamedeki 10 haneli kod, örneğin 0702.00.2000.
inspections-description = Açıklama
inspections-quantity = Miktar
inspections-unit = Birim
inspections-unit-kg = kilogram
inspections-unit-lb = libre
inspections-unit-t = ton
inspections-unit-cartons = koli
inspections-unit-boxes = kutu
inspections-unit-pallets = palet
inspections-unit-pieces = adet
inspections-packaging = Ambalaj
inspections-packaging-cartons = Koliler
inspections-packaging-crates = Kasalar
inspections-packaging-bins = Büyük kasalar
inspections-packaging-pallets = Paletler
inspections-packaging-sacks = Çuvallar
inspections-packaging-bulk = Dökme
inspections-fields-wrong = Bazı cevapların değişmesi gerekiyor. Her biri, ne yapılacağıyla birlikte aşağıda işaretlendi; randevu alınmadı.
inspections-full = O sınır kapısında o gün, o saatte veya sonrasında yeri olan saat dilimi yok. Aşağıdaki boş saat dilimlerinden birini ya da başka bir günü seçin.
inspections-free-title = Önümüzdeki 7 gündeki boş saat dilimleri
inspections-free-none = Bu sınır kapısında önümüzdeki 7 günde boş saat dilimi yok. Başka bir sınır kapısını deneyin ya da daha sonra yeniden bakın: sınır kapısı yeni saat dilimleri açar.
inspections-requests = Talepleriniz
inspections-requests-none = Henüz talep yok.
inspections-request-line = Beyanname { $entry }, { $port } sınır kapısı, { $when }: { $status }
inspections-request-title = Yük muayenesi
inspections-booked-next = Randevu alındı. Malları ve belgelerini, saat dilimi başladığında belirttiğiniz yerde hazır bulundurun. Her sonuç size bildirilecek.
inspections-missed-next = Saat dilimi, mallar muayene edilmeden geçti; bu yüzden bu talep sona erdi. Malların muayene edilmesi için yeni bir saat dilimine randevu alın.
inspections-ask-again = Yeni saat dilimine randevu al
inspections-facts = Beyanname { $entry }, { $port } sınır kapısı, saat dilimi: { $when }; { $commodities ->
    [one] bir ürün
   *[other] { $commodities } ürün
}.
inspections-status-booked = Randevu alındı
inspections-status-released = Serbest bırakıldı: mallar yoluna devam edebilir.
inspections-status-hold = İşlem yapılana kadar bekletiliyor.
inspections-status-re-export = Yeniden ihraç edilecek: mallar ülkeye giremez.
inspections-status-destroy = İmha edilecek: mallar ülkeye giremez.
inspections-status-missed = Yapılamadı: saat dilimi geçti.
inspections-status-cancelled = İptal edildi.
inspections-status-with-treatment = { $status } İşlem: { $treatment }.
inspections-treatment = İşlem
inspections-treatment-fumigation = fümigasyon
inspections-treatment-cold = soğuk işlem
inspections-treatment-heat = sıcak işlem
inspections-treatment-irradiation = ışınlama
inspections-treatment-cleaning = temizleme
inspections-treatment-help = Yalnızca bekletme için: malların serbest bırakılmadan önce görmesi gereken işlem.
inspections-changes = Neler oldu
inspections-changes-none = Randevudan bu yana henüz bir şey olmadı.
inspections-change = { $when } — { $status }
inspections-note-said = Not: { $note }
inspections-shipment = Sevkiyat
inspections-shipment-facts = { $document } { $number }. Kayıtlı ithalatçı: { $importer } ({ $importer_number }). Taşıt: { $conveyance }. Malların bulunduğu yer: { $location }.
inspections-shipment-containers = { $count ->
    [0] Konteyner yok.
    [one] Bir konteyner: { $containers }.
   *[other] { $count } konteyner: { $containers }.
}
inspections-cancel = Bu muayeneyi iptal et
inspections-cancel-help = Mallar gelmeyecekse muayeneyi iptal edin: yeri başka birine geçer.
inspections-cancelled = Muayene iptal edildi.
inspections-back = Taleplerinize dön
inspections-ended = Bu muayenenin sonucu zaten belli, muayene yapılamadı ya da iptal edildi: artık değişmez. Son durumu görmek için sayfayı yenileyin.
inspections-problem-line = Satır { $line }: { $problem }
inspections-problem-port = Listedeki sınır kapılarından birini seçin.
inspections-problem-wished = Günü ve saati yazın, örneğin 2027-03-01 09:00.
inspections-problem-wished-past = Bu zaman geçti. İleride bir gün ve saat seçin.
inspections-problem-entry = Beyanname numarasını beyan eden kodu, 7 rakam ve kontrol rakamı olarak yazın, örneğin ABC-1234567-8.
inspections-problem-document = Konşimento veya hava konşimentosu seçin.
inspections-problem-bol = Konşimento numarasını yazın: 4 ile 35 arasında harf ve rakam.
inspections-problem-awb = Hava konşimentosunu kontrol edin: 11 rakam; sonuncusu, ondan önceki 7 rakamın kontrol rakamıdır. Numarayı konşimentodan yeniden kopyalayın.
inspections-problem-importer-name = Kayıtlı ithalatçının adını yazın.
inspections-problem-importer-number = Kayıtlı ithalatçı numarasını 12-3456789 (varsa ekiyle) veya YYDDPP-NNNNN biçiminde yazın.
inspections-problem-conveyance = Kamyonun plakasını veya uçuşu yazın.
inspections-problem-location = Malların nerede bulunduğunu yazın: bir rampa, bir bölme veya bir depo.
inspections-problem-container = Bu konteyner numarasını kontrol edin: 4 harf (sonuncusu U, J veya Z), 6 rakam ve kontrol rakamı. Kontrol rakamı tutmuyor; numarayı konteynerin üzerinden yeniden kopyalayın.
inspections-problem-no-commodity = En az bir ürün ekleyin.
inspections-problem-too-many = Çok fazla kayıt var. Bir talepte en fazla 50 ürün ve 20 konteyner gönderin.
inspections-problem-hts = 10 haneli HTS kodunu yazın, örneğin 0702.00.2000.
inspections-problem-description = Malları birkaç kelimeyle tanımlayın.
inspections-problem-quantity = Sıfırdan büyük bir sayı yazın, örneğin 1200 veya 12.5.
inspections-problem-unit = Birimi seçin.
inspections-problem-packaging = Ambalajı seçin.
inspections-problem-result = Sonucu seçin.
inspections-problem-treatment = Bekletme için bir işlem gerekir: birini seçin.
inspections-problem-note = Notu en fazla 1.000 karaktere kısaltın.
inspections-problem-day = Günü 2027-03-01 biçiminde yazın.
inspections-day-title = Günün yük muayeneleri
inspections-day-intro = { $port } sınır kapısı, { $day }.
inspections-day = Gün
inspections-day-show = Günü göster
inspections-slots = Saat dilimleri
inspections-slots-none = Bu gün yük muayenesi için açık saat dilimi yok.
inspections-slot = Saat dilimi
inspections-capacity = Saat dilimi başına muayene
inspections-booked-count = Randevulu
inspections-day-requests = Muayeneler
inspections-day-line = { $when }: { $organization }, beyanname { $entry }, { $commodities ->
    [one] bir ürün
   *[other] { $commodities } ürün
}. { $status }
inspections-day-back = Güne dön
inspections-capacity-title = Saat dilimlerini aç
inspections-capacity-intro = Her saat diliminin kaç muayene alacağını, ilk saat diliminden son saat dilimine kadar, bir gün veya birkaç gün için belirleyin. Gümrük müşavirleri ilk gelen alır usulüyle randevu alır; 0, bir saat dilimini yeni randevulara kapatır (alınmış randevular kalır).
inspections-capacity-from = İlk gün
inspections-capacity-days = Gün sayısı
inspections-capacity-days-help = 1 ile { $max } arasında.
inspections-capacity-first = İlk saat dilimi
inspections-capacity-last = Son saat dilimi
inspections-capacity-help = 0 ile 100 arasında.
inspections-capacity-set = Kapasiteyi ayarla
inspections-capacity-done = { $slots ->
    [one] Bir saat diliminin
   *[other] { $slots } saat diliminin
} kapasitesi ayarlandı: { $capacity ->
    [one] saat dilimi başına bir muayene.
   *[other] saat dilimi başına { $capacity } muayene.
}
inspections-capacity-wrong = Formu kontrol edin: bugün veya sonrası bir gün, 1 ile { $max_days } arasında gün sayısı, son saat diliminden sonra olmayan bir ilk saat dilimi ve 0 ile { $max } arasında muayene.
inspections-open-title = Yük muayenesi
inspections-requested-by = Talep eden: { $organization }.
inspections-result-title = Sonucu kaydet
inspections-result = Sonuç
inspections-note = Gümrük müşaviri için not
inspections-note-help = Gümrük müşavirinin bilmesi gerekenler: ne bulundu, bundan sonra ne yapılmalı.
inspections-result-record = Sonucu kaydet
inspections-result-done = Sonuç kaydedildi ve gümrük müşavirine bildirildi.

inspection-changed-v1-subject = Beyanname { $entry } için yük muayenesi: { $status ->
    [booked] randevu alındı
    [released] serbest bırakıldı
    [hold] bekletiliyor
    [re-export] yeniden ihraç
    [destroy] imha
    [missed] yapılamadı
   *[cancelled] iptal edildi
}
inspection-changed-v1-body = Beyanname { $entry } için yük muayenesi, { $port } sınır kapısı, saat dilimi { $when }: { $status ->
    [booked] randevu alındı.
    [released] mallar serbest bırakıldı ve yoluna devam edebilir.
    [hold] mallar işlem yapılana kadar bekletiliyor ({ $treatment ->
        [fumigation] fümigasyon
        [cold] soğuk işlem
        [heat] sıcak işlem
        [irradiation] ışınlama
        [cleaning] temizleme
       *[other] bir işlem
    }).
    [re-export] mallar ülkeye giremez ve yeniden ihraç edilmelidir.
    [destroy] mallar ülkeye giremez ve imha edilmelidir.
    [missed] saat dilimi, mallar muayene edilmeden geçti; bu yüzden talep sona erdi.
   *[cancelled] muayene iptal edildi.
}
inspection-changed-v1-next = { $status ->
    [missed] Malların muayene edilmesi için yeni bir saat dilimine randevu alın.
   *[other] Uzmanın notunu okumak için talebi açın.
}
inspection-changed-v1-sms = Garita: beyanname { $entry }, { $port }: { $status ->
    [booked] randevu alındı
    [released] serbest bırakıldı
    [hold] işlem bekliyor
    [re-export] yeniden ihraç
    [destroy] imha
    [missed] saat dilimi geçti, yeniden randevu alın
   *[cancelled] iptal edildi
}.

## Agricultural and biological declarations (`/inspections/declarations`), the port's pages, the message.

declarations-title = Bitki, gıda ve hayvan beyanı
declarations-about = Bir sınır kapısına karadan veya havadan varmadan önce, yanınızda getirdiğiniz bitkileri, tohumları, toprağı, hayvansal gıdaları, canlı hayvanları veya biyolojik örnekleri izin belgeleriyle birlikte burada beyan edebilirsiniz. Sınır kapısının tarım uzmanı siz varmadan önce karar verir ve nedenini kendi dilinizde okursunuz. Beyanda bulunmak için giriş yapın veya hesap açın.
declarations-signin = Giriş yap
declarations-signup = Hesap aç
declarations-intro = Nereye ve ne zaman varacağınızı, ne getirdiğinizi ve izin belgelerini, her birinin taranmış kopyasıyla (PDF veya fotoğraf) yazın. Toprak, canlı hayvanlar ve biyolojik örnekler için izin belgesi gerekir.
declarations-send = Beyanı gönder
declarations-port = Varış sınır kapısı
declarations-port-land-crossing = kara sınır kapısı
declarations-port-airport = havalimanı
declarations-arrives = Varış günü
declarations-travel = Uçuş veya araç
declarations-travel-help = Uçuş numarası ya da aracınızın plakası.
declarations-item = Eşya { $line }
declarations-kind = Ne olduğu
declarations-kind-plants = Bitkiler veya çelikler
declarations-kind-seeds = Tohumlar veya çiçek soğanları
declarations-kind-soil = Toprak
declarations-kind-animal-products = Hayvansal gıdalar (et, peynir, yumurta)
declarations-kind-live-animals = Canlı hayvanlar
declarations-kind-biological-specimens = Biyolojik örnekler
declarations-description = Açıklama
declarations-quantity = Ne kadar
declarations-quantity-help = Örneğin 2 kg veya 12 çiçek soğanı.
declarations-origin = Geldiği ülke
declarations-origin-help = İki harf, örneğin MX veya GT.
declarations-permit = İzin belgesi { $line }
declarations-issuer = Veren kurum
declarations-permit-number = İzin belgesi numarası
declarations-expiry = Son geçerlilik günü
declarations-scan = İzin belgesinin taranmış kopyası veya fotoğrafı
declarations-scan-help = En fazla 5 MB boyutunda bir PDF, JPEG veya PNG dosyası.
declarations-fields-wrong = Bazı cevapların değişmesi gerekiyor. Her biri, ne yapılacağıyla birlikte aşağıda işaretlendi; hiçbir şey gönderilmedi.
declarations-mine = Beyanlarınız
declarations-none = Henüz beyan yok.
declarations-one-title = Beyan
declarations-facts = { $port } sınır kapısına varış, { $day }: { $items ->
    [one] bir eşya
   *[other] { $items } eşya
}, { $permits ->
    [0] izin belgesi yok.
    [one] bir izin belgesi.
   *[other] { $permits } izin belgesi.
}
declarations-status-declared = Uzmanın kararı bekleniyor.
declarations-status-allowed = İzin verildi: getirebilirsiniz.
declarations-status-allowed-after-treatment = İzin verildi: sınır kapısında işlemden geçtikten sonra.
declarations-status-secondary = Vardığınızda bunu ek muayeneye götürün.
declarations-status-refused = Reddedildi: ülkeye giremez.
declarations-status-withdrawn = Geri çekildi.
declarations-reasons = Nedenler
declarations-reason-permit-in-order = İzin belgesi uygun.
declarations-reason-no-permit = Bunun için izin belgesi gerekiyor, ama beyanda izin belgesi yok.
declarations-reason-pest-risk = Zararlı böcek veya organizma taşıyabilir.
declarations-reason-disease-risk = Hastalık taşıyabilir.
declarations-reason-prohibited-origin = O ülkeden getirilmesine izin verilmiyor.
declarations-reason-needs-examination = Bir uzmanın buna bakması gerekiyor.
declarations-declared = Beyan ettikleriniz
declarations-travel-said = Uçuş veya araç: { $travel }.
declarations-permit-said = { $issuer } tarafından verilen { $number } numaralı izin belgesi, { $expiry } tarihine kadar geçerli.
declarations-withdraw = Bu beyanı geri çek
declarations-withdraw-help = Bu eşyaları artık getirmeyecekseniz beyanı geri çekin.
declarations-back = Beyanlarınıza dön
declarations-decided = Bu beyan için zaten karar verildi ya da beyan geri çekildi: artık değişmez. Görmek için sayfayı yenileyin.
declarations-day-title = Günün beyanları
declarations-day-none = Bu gün için beyan yok.
declarations-scan-open = { $line }. izin belgesinin taranmış kopyasını aç
declarations-decide = Karar ver
declarations-decision = Karar
declarations-decided-done = Karar kaydedildi ve kişiye bildirildi.
declarations-problem-port = Listedeki sınır kapılarından birini seçin.
declarations-problem-arrival = Varacağınız günü yazın: bugünden itibaren en geç bir yıl sonrası, örneğin 2027-03-01.
declarations-problem-travel = Uçuş numarasını ya da aracınızın plakasını yazın.
declarations-problem-no-item = En az bir eşya ekleyin.
declarations-problem-too-many = Çok fazla kayıt var. Bir beyanda en fazla 20 eşya ve 5 izin belgesi gönderin.
declarations-problem-kind = Ne olduğunu seçin.
declarations-problem-description = Birkaç kelimeyle tanımlayın.
declarations-problem-quantity = Ne kadar olduğunu yazın, örneğin 2 kg.
declarations-problem-origin = Ülkeyi iki harfle yazın, örneğin MX.
declarations-problem-issuer = İzin belgesini kimin verdiğini yazın.
declarations-problem-permit-number = İzin belgesinin numarasını yazın.
declarations-problem-expiry = İzin belgesinin geçerliliğinin bittiği günü yazın, örneğin 2027-06-30.
declarations-problem-permit-expired = Bu izin belgesinin süresi siz varmadan önce bitiyor. Belgeyi verenden yenisini isteyin ya da süresi bitmeden varın.
declarations-problem-scan-missing = İzin belgesinin taranmış kopyasını veya fotoğrafını ekleyin.
declarations-problem-scan-size = Bu dosya 5 MB sınırını aşıyor. Daha düşük çözünürlükle yeniden tarayın ya da daha küçük bir fotoğraf çekin.
declarations-problem-scan-type = Bu dosya PDF, JPEG veya PNG değil. Taranmış kopyayı bu biçimlerden birinde kaydedin.
declarations-problem-permit-needed = Toprak, canlı hayvanlar ve biyolojik örnekler için izin belgesi gerekir: izin belgesini taranmış kopyasıyla birlikte ekleyin.
declarations-problem-decision = Kararı seçin.
declarations-problem-reasons = En az bir neden seçin.

declaration-decided-v1-subject = { $port } için beyanınız: { $status ->
    [allowed] izin verildi
    [allowed-after-treatment] işlemden sonra izin verildi
    [secondary] ek muayene
   *[refused] reddedildi
}
declaration-decided-v1-body = Bir tarım uzmanı, { $day } tarihinde { $port } sınır kapısına varışınız için beyan ettikleriniz hakkında karar verdi: { $status ->
    [allowed] bunları getirebilirsiniz.
    [allowed-after-treatment] sınır kapısında işlemden geçtikten sonra girmelerine izin veriliyor.
    [secondary] vardığınızda bunları ek muayeneye götürün.
   *[refused] ülkeye giremezler. Bunları yanınızda getirmeyin ya da sınır kapısında bırakın.
}
declaration-decided-v1-next = Nedenleri okumak için beyanınızı açın.
declaration-decided-v1-sms = Garita: { $port }, { $day } beyanınız: { $status ->
    [allowed] izin verildi
    [allowed-after-treatment] işlemden sonra izin verildi
    [secondary] ek muayeneye gidin
   *[refused] reddedildi
}.
