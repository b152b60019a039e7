### The daily request, the published draws and the public numbers: Turkish. Translated from en/draws.ftl.
### Plain words, short sentences; never blame the reader; always say what to do next.

input-position-invalid = Garita telefonunuzun konumunu okuyamadı. Bu siteye konum izni verin ve tekrar deneyin.

request-title = Randevu isteyin
request-intro = Grubunuz her gün { $opens } ile { $closes } arasında ({ $zone } saati) bir kez randevu isteyebilir. İstekler kapanınca, o günün yerlerini kimin alacağına bir kura karar verir. Her sınır kapısındaki yerlerin yarısı, en uzun süredir kayıtlı olan gruplara verilir.
request-port = Sınır kapısı
request-location-help = Düğmeye bastığınızda, istek yapılabilen bölgede olup olmadığınızı kontrol etmek için telefonunuza bir kez nerede olduğunuz sorulur. Konumunuz saklanmaz.
request-submit = Randevu iste
request-needs-location = Randevu istemek için Garita'nın telefonunuzun konumunu bilmesi gerekir. Bu siteye konum izni verin ve düğmeye tekrar basın. Yine de olmazsa, bir yardım kuruluşu sizinle birlikte isteyebilir.
location-without-script = Bu adım, Meksika'da sınıra yakın olduğunuzu doğrulamak için telefonunuzun konumuna ihtiyaç duyar. Bu tarayıcı konumu sayfaya veremiyor: JavaScript kapalı ya da tarayıcıda konum yok. Tarayıcı ayarlarından JavaScript'i açın, telefon sorduğunda bu siteye konum izni verin, sonra bu sayfayı yeniden açın. Bir yardım kuruluşu da bu adımı sizinle birlikte yapabilir.
request-accepted = { $date } için isteğiniz kaydedildi (sınır kapısı: { $port }). O günün kurasına katılıyor. Katılım numaranız aşağıda. Kuradan sonra numaranızı yayımlanan listede bulabilirsiniz.
request-entry-id = Katılım numaranız:
request-next = Kura, başvurular kapandığında yapılır: { $time } ({ $zone } saati). Sonuç e-postayla, telefon numarası verdiyseniz SMS ile de gelir ve durum sayfanızda görünür.
request-status-link = Durum sayfanızı görün
request-already = Grubunuz { $date } için zaten randevu istedi (sınır kapısı: { $port }). Günde bir istek yeterlidir: isteğiniz kaydedildi ve kuraya katılıyor.
request-holds-appointment = Grubunuzun zaten bir randevusu var: { $date }, saat { $time }, kapı { $port }. Bir grubun aynı anda tek randevusu olur. Başka bir gün istemek için önce bunu durum sayfanızdan iptal edin, sonra yeniden isteyin.
request-closed = { $date } için istekler şu saatte açılır: { $time } ({ $zone } saati).
request-no-registration = Önce grubunuzu kaydedin. Sonra randevu isteyebilirsiniz.
request-photos-missing = 14 yaşında ya da daha büyük her kişinin önce bir fotoğrafı olmalı. Eksik fotoğrafları ekleyin, sonra tekrar isteyin.
request-outside-state = Telefonunuza göre şu anda buradasınız: { $place }. Burası, istek yapılabilen bölgeden yaklaşık { $km } km uzakta (Meksika'nın 19. paralelin kuzeyindeki kısmı, ayrıca Chiapas ve Tabasco). Bu bölgenin içindeyken isteyebilirsiniz. Bulunduğunuz yer burası değilse, hassas konumu açın ve tekrar deneyin.
request-outside-country = Telefonunuza göre Meksika'nın dışındasınız, sınırdan yaklaşık { $km } km uzaktasınız (en yakın yer: { $place }). Meksika'nın içinden isteyebilirsiniz: 19. paralelin kuzeyinden ya da Chiapas veya Tabasco'dan. Bulunduğunuz yer burası değilse, hassas konumu açın ve tekrar deneyin.
request-check-draw = Bu günün kurasını görün

draws-title = Günlük kuralar
draws-intro = Her günün kurasını herkes kontrol edebilir. İstekler açılmadan önce Garita gizli bir sayı için bir taahhüt yayımlar. İstekler kapanınca katılım listesini ve listenin özetini yayımlar. Kuradan sonra da gizli sayıyı ve sonucun tamamını yayımlar. Sonucu herkes yeniden hesaplayabilir.
draws-day-title = { $date } kurası
draws-status-open = İstekler açık. Aşağıdaki taahhüt, istekler açılmadan önce yayımlandı.
draws-status-opening = Başvurular { $time } ({ $zone }) saatinde açılır. Aşağıdaki taahhüt, açılmadan önce yayımlanır.
draws-status-closed = İstekler kapandı. Katılım listesi artık değişmez. Sırada kura var.
draws-status-drawn = Kura çekildi. Yayımlanmadan önce kontrol ediliyor.
draws-status-held = Kura, yayımlanmadan önce bir kişinin kontrol etmesini bekliyor.
draws-status-published = Yayımlandı. Herkes yeniden hesaplayabilir.
draws-commitment = Taahhüt (SHA-256)
draws-entries = Katılımlar
draws-digest = Katılım listesinin özeti (SHA-256)
draws-secret = Gizli sayı (kuradan sonra açıklanır)
draws-seed = Tohum değeri
draws-download-entries = Katılım listesini indirin
draws-download-record = Kuranın bütün verilerini indirin (JSON)
draws-verify-how = Kendiniz kontrol etmek için: garita draw verify { $file } (yöntem docs/draw.md dosyasında anlatılıyor).
draws-your-entry = Bu gün için katılım numaranız: { $entry }
draws-your-entry-listed = Numaranız yayımlanan listede var.
draws-none = Henüz kura yok.

stats-title = Sayılar
stats-head-port = Sınır kapısı
stats-head-requests = İstekler
stats-head-seats = Yerler
stats-head-winners = Seçilen gruplar
stats-head-odds = Şans
stats-head-waited = Kayıtlı gün sayısı (en kısa / ortanca / en uzun)

email-draw-held-subject = Garita: bir kura kontrolünüzü bekliyor
email-draw-held-body = Bir günün kurası bir adillik kontrolünden geçemedi ve yayımlanmadan önce bekletmeye alındı; henüz kimseye bir sonuç bildirilmedi. Kontrollere ve kuranın verilerine buradan bakın: { $link } — ardından kurayı "garita draw release" komutuyla yayımlayın ya da siz inceleme yaparken bekletmede tutun.

## Observers of the draw (staff role "observer")
observe-title = Kurayı gözlemleyin
observe-intro = Bir günün istekleri açılmadan önce, size ait bir gizli sayı için taahhüt gönderin; istekler kapandıktan sonra bu gizli sayıyı açıklayın. Taahhüdüyle eşleşen her gizli sayı kuraya katılır; böylece Garita dahil hiç kimse, tek başına kimin kazanacağını seçemez. Gizli sayıyı ve taahhüdünü kendi bilgisayarınızda, garita observe commit komutuyla ya da kura belirtiminin (docs/draw.md) 11.3. bölümüne uyan herhangi bir araçla oluşturun ve gizli sayıyı istekler kapanana kadar saklayın.
observe-your-id = Gözlemci kimliğiniz (taahhüdünüzün bir parçasıdır): { $id }
observe-date = İsteklerin günü (YYYY-MM-DD)
observe-commitment = Taahhüdünüz (64 karakter: 0 ile 9 arasındaki rakamlar ve a ile f arasındaki harfler)
observe-secret = Gizli sayınız (64 karakter: 0 ile 9 arasındaki rakamlar ve a ile f arasındaki harfler)
observe-commit = Taahhüdü gönder
observe-reveal = Gizli sayıyı açıkla
observe-committed = { $date } için taahhüdünüz kaydedildi. Gizli sayınızı güvenli bir yerde saklayın ve istekler kapandıktan sonra açıklayın.
observe-accepted = { $date } için gizli sayınız taahhüdünüzle eşleşiyor: kuraya katılıyor. Bu sayfayı makbuzunuz olarak saklayın.
observe-wrong = { $date } için gizli sayınız taahhüdünüzle eşleşmiyor; bu yüzden kura onsuz yapılacak ve kuranın verilerinde bu belirtilecek.
observe-error-hex = Tam olarak 64 karakter yazın; her biri 0 ile 9 arasında bir rakam ya da a ile f arasında bir harf olmalı.
observe-error-date = Günü yıl-ay-gün olarak yazın, örneğin 2026-12-31.
observe-too-late-commit = O gün için istekler zaten açıldı. Daha sonraki bir gün için taahhüt gönderin.
observe-already-committed = O gün için zaten taahhüt gönderdiniz ve bir taahhüt değiştirilemez. İstekler kapandıktan sonra bu taahhüdün gizli sayısını açıklayın.
observe-too-early = O gün için istekler henüz kapanmadı. Gizli sayınızı istekler kapandıktan sonra açıklayın.
observe-too-late-reveal = O günün gizli sayısını açıklama süresi doldu ve kura sizin gizli sayınız olmadan yapıldı.
observe-nothing-committed = O gün için taahhüt göndermediniz; bu yüzden açıklanacak bir şey yok.
observe-already-revealed = O günün gizli sayısını zaten açıkladınız.
observe-history = Günleriniz
observe-col-date = Gün
observe-col-commitment = Taahhüt
observe-col-status = Durum
observe-status-not-revealed = Açıklanmadı
observe-status-accepted = Kuraya katıldı
observe-status-wrong = Eşleşmedi
observe-none = Henüz hiçbir gün için taahhüt göndermediniz.
draws-beacon-round = Herkese açık rastgelelik: kuranın kullandığı drand quicknet turu (istekler kapandıktan sonraki ilk tur)
draws-rules-digest = Sınır kapılarının istekler kapanınca sabitlenen yerlerinin ve saatlerinin özeti (SHA-256)
draws-observer-commitment = { $name } adlı gözlemcinin taahhüdü
draws-beacon-missing = drand turu zamanında gelmedi, bu yüzden kura onsuz yapıldı; tohum değeri gözlemcilerin gizli sayılarından ve Garita'nın gizli sayısından oluşturuldu.
request-next-from-group = Grubunuz hazır: randevu isteyin
email-face-rates-subject = Garita: fotoğraf kontrolü bir grubu incelemeye çok daha sık gönderdi
email-face-rates-body = Son bir haftada otomatik fotoğraf kontrolü, en az bir grubun (bir uyruk ve yaş aralığı) onaylarken çekilen fotoğraflarını bir inceleme görevlisine, herkes için olanın iki katından daha sık gönderdi. Gruba göre sayılar burada: { $link } — incelemedeki fotoğraflarda ışığa, uzaklığa ve gözlüklere bakın; face_match_distance içindeki eşiğin bu fotoğraflara uyup uymadığını da değerlendirin.
