# Registrations: the travellers of a group and their details: Turkish. Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = Bu çok uzun. Lütfen daha kısa yazın.
field-characters = Lütfen burada yalnızca harf kullanın. Gerekirse boşluk, kısa çizgi ya da kesme işareti de kullanabilirsiniz.
field-wrong-kind = Bu değer burada beklenen türde değil (metin, sayı, liste...). Hangisi olduğunu API açıklaması söylüyor: /api/v1/openapi.json.
field-direction-mark = Bu metinde görünmeyen bir yön işareti var; çoğu zaman metin yapıştırılınca gelir. Metni yapıştırmak yerine yeniden yazın.
field-invisible-space = Bu metinde görünmeyen bir boşluk (sıfır genişlikli) var; çoğu zaman metin yapıştırılınca gelir. Metni yapıştırmak yerine yeniden yazın.
field-date-invalid = Böyle bir tarih yok. Günü, ayı ve yılı kontrol edin.
field-date-missing = Tarihin tamamını yazın: gün, ay ve yıl, her biri rakamla.
field-date-future = Bu tarih henüz gelmedi. Yılı kontrol edin.
field-date-too-old = Bu tarih 120 yıldan daha eski. Yılı kontrol edin.
field-country-unknown = Lütfen listeden bir ülke seçin.
field-height-range = Bu boy doğru görünmüyor. Santimetre olarak (örneğin 165) ya da fit ve inç olarak yazın.
field-weight-range = Bu ağırlık doğru görünmüyor. Kilogram olarak (örneğin 60) ya da libre olarak yazın.
field-choice-unknown = Lütfen cevaplardan birini seçin.
field-document-format = Bir belge numarasında 4 ile 20 arası harf ve rakam olur. Numarayı belgeden aynen yazın.
field-us-state = Lütfen listeden ABD eyaletini seçin.
field-zip = Posta kodu (ZIP) 5 rakamdan oluşur, örneğin 77002.
field-same-person-twice = Bu kişi zaten grubunuzda. Her yolcu bir kez yazılır: adları ve doğum tarihini kontrol edin.
field-same-document-twice = Bu belge numarası grubunuzdaki başka bir yolcu için zaten yazılmış. Belgedeki numarayı kontrol edin.

## Labels of a traveller's details

traveller-given-names = Ad (belgelerinizde yazdığı gibi)
traveller-family-names = Soyadı (belgelerinizde yazdığı gibi)
traveller-birth-date = Doğum tarihi
traveller-day = Gün
traveller-month = Ay
traveller-year = Yıl
traveller-birth-country = Doğduğunuz ülke
traveller-birth-city = Doğduğunuz şehir ya da kasaba
traveller-residence-country = Şu anda yaşadığınız ülke
traveller-nationality = Uyruk
traveller-gender = Belgelerinizde yazan cinsiyet
traveller-language = En iyi konuştuğunuz dil
traveller-height = Boy
traveller-height-cm = Santimetre
traveller-height-feet = Fit
traveller-height-inches = İnç
traveller-weight = Ağırlık
traveller-weight-kg = Kilogram
traveller-weight-lb = Libre
traveller-weight-amount = Ne kadar
traveller-weight-unit = Birim
traveller-eyes = Göz rengi
traveller-phone = Telefon numarası (boş bırakabilirsiniz)
traveller-email = E-posta adresi (boş bırakabilirsiniz)
traveller-home-address = Daha önce yaşadığınız adres (sokak, şehir, ülke)
traveller-travel-history = Yolda geçtiğiniz ülkeler, biliyorsanız tarihleriyle birlikte
form-required-note = * ile işaretli soruların yanıtlanması gerekir.
traveller-optional-group = Bu kişi hakkında daha fazlası (boş bırakabilirsiniz)
traveller-work = Daha önce yaptığınız iş
traveller-emergency-contact = Acil bir durumda aranacak kişi (adı ve telefonu)
traveller-family = Bu grupta olmayan aile üyeleri
traveller-marital = Medeni durum
traveller-document = Kimlik belgesi
traveller-document-kind = Belge türü
traveller-document-country = Belgeyi veren ülke
traveller-document-number = Belge numarası

## Choices

gender-female = Kadın
gender-male = Erkek
gender-another = Diğer
eyes-brown = Kahverengi
eyes-black = Siyah
eyes-hazel = Ela
eyes-green = Yeşil
eyes-blue = Mavi
eyes-grey = Gri
eyes-other = Başka bir renk
marital-single = Bekâr
marital-married = Evli
marital-partner = Evli değil, partneriyle yaşıyor
marital-divorced = Boşanmış
marital-widowed = Dul
document-passport = Pasaport
document-national-id = Ulusal kimlik kartı
document-birth-certificate = Doğum belgesi
document-other = Başka bir belge

## The group's destination

us-address-title = ABD'de kalacağınız yer
us-address-help = Gruptaki herkes bu adrese gidecek.
us-address-street = Sokak ve numara
us-address-city = Şehir
us-address-state = Eyalet
us-address-zip = Posta kodu (ZIP)

## Registration pages

registration-title = Kaydım
registration-start = Grubunuzu kaydedin
registration-start-intro = Önce ABD'de kalacağınız yeri ve kendi bilgilerinizi yazın. Sonra grubunuzdaki diğer kişileri ekleyebilirsiniz. Kaydet'e her bastığınızda her şey kaydedilir.
registration-save = Kaydet
registration-choose = Seçin…
registration-since = Kayıt tarihi: { $date }.
registration-since-help = Bu tarih, en uzun süredir bekleyen gruplar arasındaki yerinizdir. Bilgileri düzeltmek ya da bilgi eklemek bu tarihi asla değiştirmez.
registration-edit-address = Adresi düzeltin
registration-name = Ad
registration-travellers = Grubunuzdaki kişiler
registration-edit-traveller = { $number }. kişinin bilgilerini düzeltin ({ $name })
registration-add-traveller = Grubunuza bir kişi ekleyin
registration-traveller-title = Grubunuzdaki bir kişi
registration-remove-traveller = Bu kişiyi gruptan çıkarın
registration-already-registered = Bu kişi zaten başka bir kayıtta var. Hiçbir şey değiştirilmedi. Bunun bir hata olduğunu düşünüyorsanız, bir kişi buna bakabilir: Garita ile çalışan bir barınaktan ya da hukuki yardım grubundan inceleme isteyin.
registration-stale = Bu kayıt bu arada başka bir pencerede değiştirildi. Hiçbir şey kaybolmadı. Lütfen kayda tekrar bakın ve değişikliğinizi bir kez daha yapın.
registration-travellers-fixed = Grubunuz bir çekilişte ya da bir randevusu var; bu bitene kadar kimse eklenemez: randevu onu isteyen kişilerde kalır. Yine de bir bilgiyi düzeltebilir ya da yolculuk etmeyecek birini çıkarabilirsiniz.
registration-identity-fixed = Bu değişiklik bu yolcuyu başka bir kişi yapar; grubunuz bir çekilişteyken ya da randevusu varken bu yapılamaz. Bilgiler yanlışsa, bir yardımcı ya da inceleme görevlisi bunu sizinle birlikte inceleyebilir.
registration-group-size = Bir grupta 1 ile 10 kişi olur.
registration-history-title = Kaydımdaki bütün değişiklikler
registration-history-intro = Kaydınızın her kaydedilişi: ne zaman, kim tarafından ve ne değişti.
registration-history-you = Siz
registration-history-helper = Bir yardımcı
registration-history-field = Ne
registration-history-before = Önce
registration-history-after = Sonra
registration-back = Kaydıma dön

## Photos

photo-title = Fotoğraf: { $name }
photo-intro = Kameraya bakan bir yüz fotoğrafı. Sınır kapısında, gelen kişinin kayıtlı kişiyle aynı olduğunu görmesi için sınır görevlisine yardımcı olur.
photo-tips = Düz, tek renk bir duvarın önünde, iyi ışıkta durun. Yüzünüzün önünde hiçbir şey olmasın (şapka yok, güneş gözlüğü yok). Telefonu göz hizasında tutun.
photo-label = Fotoğraf çekin ya da bir fotoğraf seçin
photo-submit = Fotoğrafı gönderin
photo-not-a-photo = Bu dosyayı fotoğraf olarak açamadık. Lütfen kamerayla yeni bir fotoğraf çekin.
photo-no-face = Bu fotoğrafta bir yüz bulamadık. Doğrudan kameraya bakın, yüzün tamamı fotoğrafta olsun.
photo-several-faces = Birden fazla yüz görüyoruz. Lütfen bu kişinin tek başına fotoğrafını çekin.
photo-face-too-small = Bu fotoğrafta yüz çok küçük. Lütfen kameraya biraz daha yaklaşın.
photo-too-dark = Bu fotoğraf çok karanlık. Lütfen daha aydınlık bir yere gidin.
photo-blurred = Bu fotoğraf net değil. Telefonu kıpırdatmadan tutun ve kameranın merceğini silin.
photo-compare-again = Bu fotoğrafı kayıt fotoğrafıyla karşılaştıramadık. Eşit bir ışıkta kameraya bakın, gözlüğünüzü ve yüzünüzü kapatan her şeyi çıkarın ve telefonu kolunuzu uzatarak tutun.
photo-not-compared = Bu fotoğraf kayıt fotoğrafıyla otomatik olarak karşılaştırılamadı. Bir kişi ikisine de bakacak; bir şey yapmanıza gerek yok.
photo-move-as-asked = Başınızın sayfanın istediği gibi döndüğünü göremedik. Telefonu eşit bir ışıkta kolunuzu uzatarak tutun ve sayfa her söylediğinde başınızı yavaşça çevirin.
photo-not-live = Bu fotoğraf kameranın hareket kontrolü olmadan gönderildi. Bir kişi inceleyecek; bir şey yapmanıza gerek yok.
photo-tries-left = { $tries ->
   *[other] { $tries } kez
} daha deneyebilirsiniz. Bundan sonra fotoğrafa bir kişi bakacak.
photo-review = Teşekkürler. Bu fotoğrafa bir kişi bakacak. Kaydınıza devam edebilirsiniz.
photo-status-missing = Fotoğraf hâlâ gerekli
photo-status-accepted = Fotoğraf kaydedildi
photo-status-review = Fotoğrafa bir kişi bakacak
photo-add = { $name } için fotoğraf ekleyin
photo-change = { $name } için fotoğrafı değiştirin
photo-child = 14 yaşından küçük çocukların fotoğrafa ihtiyacı yok.

## My record

record-title = Dosyam
record-intro = Garita'nın hesabınız ve kaydınız hakkında sakladığı her şey. Garita bu dosyayı imzalar. Bu yüzden dosya, sonra bir şey değişse bile, elinizde ne olduğunu kanıtlar.
record-download = Dosyamı indir (Garita'nın imzaladığı bir dosya)
record-signed = Garita tarafından imzalandı. Anahtar: { $key }. İmza: { $signature }
record-verify = Herkes, Garita'nın /.well-known/garita-keys.json adresinde yayımladığı anahtarla imzayı kontrol edebilir.
record-link = Dosyam: görün, yazdırın ya da indirin
record-check-title = Bir kaydı doğrula
record-check-intro = Bir kayıt dosyası seçin (garita-record.json, herkesin kendi kaydını indirdiği gibi). Garita imzayı yayımladığı anahtarlarla doğrular: dosya okunur, doğrulanır ve saklanmaz.
record-check-file = Kayıt dosyası
record-check-submit = Doğrula
record-check-genuine = Gerçek: bu kayıt, Garita'nın { $date } tarihinde imzaladığı haliyle aynı.
record-check-not-genuine = Garita'nın imzaladığı gibi değil: dosya indirildikten sonra değiştirilmiş ya da Garita'dan gelmiyor. Kişiden kendi indirdiği dosyayı isteyin.
record-check-not-record = Bu dosya bir Garita kaydı değil. Garita'dan indirilen garita-record.json dosyasını seçin.
record-check-link = Bir kayıt dosyasını doğrula

## Staff review

review-title = Bir kişinin bakmasını bekliyor
review-photos = Otomatik kontrolün kullanamadığı fotoğraflar
review-photo-line = Fotoğrafın gönderildiği tarih: { $date }. Kontrolün sonucu: { $problem }
review-photo-see = Fotoğrafı görün
review-photo-accept = Fotoğraf uygun
review-photo-retake = Yeni bir fotoğraf isteyin
review-cases = Bakılacak konular
review-case-line = { $kind } — açılış tarihi: { $date }
review-case-close = Bakıldı: konuyu kapatın
review-none = Bekleyen bir şey yok.
case-address-cluster = Birçok grup ABD'de aynı adresi veriyor
case-bulk-accounts = Bir gün içinde aynı yerden birçok hesap açıldı
case-already-registered = Bir kişi inceleme istedi: sisteme göre bu kişi zaten başka bir kayıtta var

## Asking for a review

registration-ask-review = Bir kişinin bakmasını isteyin
registration-review-requested = Teşekkürler. Bir kişi bakacak. Kaydınızda başka hiçbir şey değişmedi.
registration-fix-fields = Bazı bilgilerin düzeltilmesi gerekiyor. Her biri neyin değişeceğini söylüyor.
photo-camera-start = Kamerayı burada kullanın
photo-camera-take = Fotoğrafı çekin
liveness-front = Doğrudan kameraya bakın.
liveness-left = Şimdi başınızı yavaşça sola çevirin.
liveness-right = Şimdi başınızı yavaşça sağa çevirin.
registration-identity-ask-review = Bu değişikliğe bir kişinin bakmasını isteyin
registration-identity-review-requested = Bu değişikliğe bir inceleme görevlisi bakacak. Görevli kabul edene kadar yolcunun bilgileri daha önce kaydedildiği gibi kalır; randevu bundan etkilenmez.
registration-identity-review-sent-before = Aynı değişiklik daha önce bir inceleme görevlisine gönderildi ve iki kez gönderilemez. Kabul edilmediyse yanlış bilgileri düzeltebilir ya da bir yardım kuruluşundan sizinle birlikte bakmasını isteyebilirsiniz.
review-identity-now = Şimdiki
review-identity-proposed = Önerilen
review-identity-accept = Bu değişikliği kabul edin
review-identity-stale = Bu değişiklik artık önerildiği gibi uygulanamaz: konu kapandı ya da bu arada grup değişti. Gruba tekrar bakın.
case-identity-change = Bir grup, çekilişteyken ya da randevusu varken, yolcularından birini başka bir kişi yapacak bir değişiklik istedi
registration-next-title = Sırada ne var
field-a-number = A numarası, A harfi ve 8 veya 9 rakamdan oluşur, örneğin A123456789.
field-admission-number = I-94 giriş numarası 11 karakterdir: 9 rakam, sonra bir harf veya rakam, sonra bir rakam (örneğin 123456789A1).
field-mrz-shape = Pasaportun fotoğraflı sayfasının altındaki satırlar, her biri 44 harf, rakam ve < işaretinden oluşan 2 satırdır. İki satırı da aynen yazın ya da tarayın.
field-mrz-check-digit = Bu satırlardaki bir karakter, kendi kontrol hanesiyle uyuşmuyor: büyük olasılıkla yanlış okunmuş. Her karakteri pasaportla karşılaştırın ve uyuşmayanı düzeltin.
field-mrz-date = Bu satırlarda takvimde olmayan bir tarih var. Satırları pasaportla karşılaştırın ve düzeltin.
field-admission-class = Giriş sınıfı, I-94'te olduğu gibi bir harf ve ardından bir ila üç harf veya rakamdır (örneğin DT).
field-parole-ends-too-soon = Parole, geliş gününden sonra bitmelidir. Tarihi kontrol edin (yıl, ay, gün).
field-outcome-contradicts = “Kabul edilmedi”, parole veya I-94 giriş numarasıyla birlikte olamaz. Birini kaldırın.
