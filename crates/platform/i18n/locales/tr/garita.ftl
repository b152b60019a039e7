# Garita's main catalog (Turkish).
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader.

## Every page

site-name = Garita
site-tagline = ABD sınırını yürüyerek geçmek için randevu
skip-to-content = Ana metne git
nav-home = Ana sayfa
nav-ports = Sınır kapıları
language-picker = Dil
footer-free = Garita ücretsizdir. Randevu için kimse sizden para alamaz.
footer-open = Garita açık kaynaklı bir yazılımdır: herkes nasıl çalıştığını okuyabilir ve her günün kurasını kontrol edebilir.
footer-privacy = Gizlilik bildirimi
footer-accessibility = Erişilebilirlik

privacy-title = Gizlilik bildirimi
accessibility-title = Erişilebilirlik beyanı
accessibility-aim-title = Hedefimiz
accessibility-aim = Garita, küçük ve eski olanlar dahil her telefonda, on dilde, ekran okuyucuyla ya da onsuz çalışmak ve Web İçeriği Erişilebilirlik Yönergeleri'ni (WCAG) 2.2 AA düzeyinde karşılamak için yapıldı.
accessibility-tested-title = Nasıl kontrol ediyoruz
accessibility-tested = Her değişiklik kullanılmadan önce gerçek bir tarayıcıda denenir: her sayfa 320 piksel genişliğinde bir ekranda on dilin hepsinde, ana adımlar JavaScript olmadan, ve her yanlış yanıtı adıyla söyleyip ona götüren formlar.
accessibility-limits-title = Henüz herkes için çalışmayanlar
accessibility-limits = Randevu istemek ve onaylamak telefonun konumunu, bu yüzden açık JavaScript'i ve konumu gerektirir. Bir yardım kuruluşu bu adımları sizinle birlikte yapabilir.
accessibility-report-title = Bize bildirin
accessibility-report = Bir sayfayı kullanmak sizin için zorsa, bize iletebilecek bir yardım kuruluşuna söyleyin ya da Garita'nın herkese açık kod deposunda bir bildirim açın. Hangi sayfa olduğunu ve ne olduğunu yazın; oraya asla kişisel bilgi göndermeyin.

## Home page

home-title = ABD sınırında randevu isteyin
home-intro = Garita, bir ABD sınır kapısına gidip görevlilere başvurmanız için randevu verir. Her gün randevu isteyebilirsiniz. Randevuları kimin alacağına adil bir kura karar verir. Kurayı herkes kontrol edebilir.
home-steps-title = Nasıl işler
home-step-register = Grubunuz için tek bir hesap açın: siz ve sizinle yolculuk eden kişiler, 1 ile 10 kişi arası.
home-step-request = Her gün randevu isteyin ve bir sınır kapısı seçin. Günde bir kez istemek yeterlidir.
home-step-draw = Ertesi gün bir kura randevuları dağıtır. Randevuların yarısı en uzun süredir bekleyen gruplara verilir.
home-step-confirm = Kazanırsanız size bu sitede ve e-postayla haber veririz. 23 saat içinde onaylayın.
home-step-present = Randevu gününüzde ve saatinizde, onayınızla birlikte sınır kapısına gidin.
home-free-title = Ücretsizdir
home-free-body = Garita asla para istemez. Kimse size randevu ya da daha iyi bir şans satamaz. Biri sizden para isterse ödemeyin.
home-fair-title = Herkese aynı şans
home-fair-body = Bir grubun şansı, tek bir kişinin şansıyla aynıdır. Çok kez istemek ya da yeni hesap açmak işe yaramaz. Herkes kontrol edebilsin diye her gün kuranın tamamını yayımlıyoruz.
home-help-title = Yardıma mı ihtiyacınız var?
home-help-body = Telefonunuz olmasa bile barınaklar ve hukuki yardım grupları size yardım edebilir.
home-ports-link = Sınır kapılarını ve her birinde kaç yer olduğunu görün

## Crossings page

ports-title = Randevu veren sınır kapıları
ports-intro = Bu 8 ABD sınır kapısı randevu verir. Yer sayısı günden güne değişebilir.
ports-total = Toplam: günde { $seats ->
   *[other] { $seats } yer
}.
ports-seats = Günde { $seats ->
   *[other] { $seats } yer
}
ports-seats-note = Bir yer, bir kişi içindir.
ports-mexican-side = Meksika tarafı: { $city }
ports-us-side = ABD tarafı: { $city }, { $state }
ports-crossing = Gideceğiniz yer: { $crossing }
ports-times = Randevu saatleri: { $first } ile { $last } arası, { $zone }

time-zone-pacific = Pasifik saati (ABD)
time-zone-arizona = Arizona saati
time-zone-mountain = Dağ saati (ABD)
time-zone-central = Merkezi saat (ABD)

## Error pages

error-not-found-title = Bu sayfayı bulamıyoruz
error-not-found-body = Adres yanlış ya da eski olabilir. Ana sayfaya gidin ve oradan başlayın.
error-internal-title = Bizim tarafımızda bir sorun oldu
error-internal-body = Bu sizin hatanız değil. Kaydettiğiniz hiçbir şey kaybolmadı. Lütfen birkaç dakika sonra tekrar deneyin.
error-reference = Bu yine olursa, bu numarayı yardım ekibine verin: { $reference }
error-go-home = Ana sayfaya git

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = Bulunamadı
problem-not-found-detail = Bu adreste hiçbir şey yok. Adreslerin listesi şurada: /api/v1/openapi.json.
problem-port-not-found-title = Bilinmeyen sınır kapısı
problem-port-not-found-detail = Kodu { $code } olan bir sınır kapısı yok. Sınır kapılarının listesi şurada: /api/v1/ports.
problem-invalid-input-title = Bir değer geçerli değil
problem-body-not-json = Gövde okunabilen bir JSON değil. API açıklamasında gösterildiği gibi tek bir JSON nesnesi gönderin (/api/v1/openapi.json).
problem-body-media-type = Gövdeyi JSON olarak, Content-Type: application/json başlığıyla gönderin.
problem-internal-title = Sunucu hatası
problem-internal-detail = Bizim tarafımızda bir sorun oldu. Hiçbir şey kaybolmadı. Birkaç dakika sonra tekrar deneyin. Referans numarası: { $reference }
error-unavailable-title = Garita kısa bir süre için kayıtlarına ulaşamıyor
error-unavailable-body = Bu sizin hatanız değil. Daha önce kaydettikleriniz duruyor. Az önce bir şey gönderdiyseniz, bir dakika sonra yeniden gönderin: Garita onu iki kez saymaz.
problem-unavailable-title = Kısa bir süre için kullanılamıyor
problem-unavailable-detail = Garita şu anda veritabanına ulaşamıyor, bu yüzden değişiklik yapılmamış olabilir. Aynı isteği Retry-After başlığında belirtilen süre geçtikten sonra yeniden gönderin: yeniden gönderilen bir istek hiçbir zaman iki kez sayılmaz. Referans numarası: { $reference }

## Values typed by a person or a program

input-date-format = Tarihi şöyle yazın: 2026-12-31 (yıl, ay, gün).
input-port-code-format = Bir sınır kapısı kodu 3 harften oluşur, örneğin SYS.
input-seats-range = 0 ile 10000 arasında bir tam sayı yazın.
