## Önceden seyahat izni: sponsorun, yararlanıcının, inceleyenlerin ve sınır kapısındaki memurların sayfaları.

ta-title = Seyahat izni (parole programları)
ta-intro = Bazı programlar, yurt dışındaki bir kişinin, Amerika Birleşik Devletleri'nde yaşayan bir sponsor sayesinde oraya uçakla gitmesine izin verir. Önce sponsor başvurur; sonra her kişi bilgilerini, pasaportunu ve bir fotoğrafını onaylar; kurumdan bir kişi karar verir.
ta-intro-decision = Kararda gerekçe belirtilmez. İzin, geçerli olduğu süre içinde kişinin uçakla seyahat etmesini sağlar; varış havalimanında parole konusunda bir memur karar verir.
ta-programme = Program
ta-programme-who = Hangi ülke vatandaşları için
ta-programme-validity = Geçerlilik süresi
ta-programme-extension-head = Uzatma
ta-programme-state = Başvurular
ta-programme-days = { $days ->
   *[other] { $days } gün
}
ta-programme-extension = { $days ->
   *[other] { $days } günlük bir uzatma
}
ta-programme-no-extension = Yok
ta-programme-open = Açık
ta-programme-closed = Yeni başvurulara kapalı
ta-programme-closed-now = Bu program yeni başvurulara kapandı. Hiçbir şey kaydedilmedi. Başka bir program seçin ya da yeniden açılırsa tekrar gelin.
ta-steps = Burada neler yapabilirsiniz
ta-file-link = Amerika Birleşik Devletleri'nde yaşıyorum: biri için başvur
ta-invitation-link = Bir kod aldım: bilgilerimi onayla
ta-no-fee = Garita bunun için hiçbir ücret almaz. Başvurmak ya da onaylamak için kimse sizden para isteyemez.
ta-your-filings = Başvurularınız
ta-filing-line = Dosya { $reference }: { $programme }
ta-your-part = Siz ve bakımınızdaki kişiler

ta-file-title = Biri için başvurun
ta-file-intro = Programı ve kaç kişi için başvurduğunuzu seçin (en fazla 10 kişi; reşit olmayanlar, listedeki bir ebeveyn veya vasiyle birlikte).
ta-file-none-open = Şu anda hiçbir program yeni başvuru almıyor. Daha sonra tekrar gelin.
ta-file-choose = Devam
ta-file-people = Kaç kişi
ta-file-people-help = 1 ile 10 arası. Göndermeden önce bunu değiştirebilirsiniz.
ta-file-for = Başvurulan program: { $programme }.
ta-file-privacy = Yazdıklarınız yalnızca bu dosya için kullanılır: her kişiyi davet etmek, karar vermek ve sınır kapısında izni kontrol etmek için. Her yetişkin, onun için seçtiğiniz dilde e-postayla bir kod alır.
ta-file-you = Siz, sponsor
ta-file-status = Amerika Birleşik Devletleri'ndeki statünüz
ta-file-state = Yaşadığınız eyalet veya bölge
ta-state-choose = Seçin
ta-file-supports = Adını verdiğim kişilere, Amerika Birleşik Devletleri'nde oldukları sürece maddi destek vereceğim.
ta-file-consent = Garita'nın buraya yazdıklarımı yalnızca bu başvuru için kullanmasını kabul ediyorum: her kişiyi davet etmek, karar vermek, varışta izni kontrol etmek ve daha yakından bakılması gereken başvuruları incelemek için. Hesabımı kapattığımda silinir.
ta-file-person = { $number }. kişi
ta-file-nationality = Uyruk
ta-file-email = E-posta adresi
ta-file-email-help = Yetişkinler için: davetiyeleri buraya gelir. 18 yaşından küçük bir kişi için boş bırakın.
ta-file-language = Davetiyenin dili
ta-file-relationship = Sizin neyiniz oluyor
ta-file-guardian = 18 yaşından küçük bir kişi için: ebeveyninin veya vasisinin bu listedeki numarası
ta-file-guardian-help = Örneğin, 1. kişi ebeveynse 1 yazın. Yetişkinler için boş bırakın.
ta-file-submit = Başvuruyu gönder

ta-us-status-citizen = ABD vatandaşı
ta-us-status-permanent-resident = Yasal daimi oturum sahibi (green card)
ta-us-status-parolee = Parole ile bulunan kişi
ta-us-status-tps = Geçici koruma statüsü (TPS)
ta-us-status-asylee = Sığınma hakkı almış kişi veya mülteci
ta-us-status-other-lawful = Başka bir yasal statü

ta-relationship-spouse = Eş veya partner
ta-relationship-child = Oğul veya kız
ta-relationship-parent = Anne veya baba
ta-relationship-sibling = Erkek veya kız kardeş
ta-relationship-relative = Başka bir akraba
ta-relationship-friend = Arkadaş
ta-relationship-other = Diğer

ta-case-title = Başvurunuz
ta-case-intro = Dosya { $reference }, { $programme }.
ta-case-invited-help = Her yetişkin e-postayla bir kod aldı. Biri almadıysa, istenmeyen e-posta (spam) klasörüne bakmasını isteyin; kod 30 gün geçerlidir.
ta-case-person = Kişi
ta-case-state = Durum
ta-case-number = İzin
ta-case-until = Son geçerlilik
ta-extend-intro = { $days ->
   *[other] Bu program { $days } günlük tek bir uzatmaya izin verir.
}
ta-extend-submit = { $given } için uzatma iste
ta-extend-done = İzin uzatıldı. İkiniz de bir mesaj alacaksınız.
ta-extend-not-allowed = Bu izin uzatılamaz: program uzatmaya izin vermiyor ya da izin zaten uzatıldı. Hiçbir şey değişmedi.

ta-invitation-title = Bilgilerinizi onaylayın
ta-invitation-intro = Amerika Birleşik Devletleri'nden biri sizin için başvurdu ve bir kod aldınız. Kodu buraya yazın: böylece hesabınız sizin adınıza ve sizinle birlikte adı verilen 18 yaşından küçük çocuklar adına yanıt verebilir.
ta-invitation-code = Kodunuz
ta-invitation-code-help = TAI ile başlar, örneğin TAI-7K4M-Q2XP.
ta-invitation-submit = Devam
ta-invitation-unknown = Bu kod bir başvuru açmıyor. Her harfi ve rakamı kontrol edin; bir kod yalnızca bir kez ve 30 gün boyunca geçerlidir. Hâlâ çalışmıyorsa, sizin için başvuran kişiye sorun.

ta-person-title = Seyahat izniniz
ta-person-heading = Seyahat izni: { $given }
ta-person-typed = { $given } { $family } için başvuru, doğum tarihi { $born }, program: { $programme }.
ta-person-intro = { $until } tarihinden önce onaylayın: bilgilerinizi kontrol edin, her ifadeyi yanıtlayın, pasaportunuzun fotoğraflı sayfasının altındaki iki satırı yazın ve yüzünüzün fotoğrafını çekin.
ta-person-correct = Adı veya doğum tarihini düzeltin (yalnızca yanlışsa)
ta-person-attest = İfadeler
ta-person-mrz = Pasaportunuzun fotoğraflı sayfasının altındaki iki satır
ta-person-mrz-help = P< ile başlarlar; harf, rakam ve < işaretinden oluşurlar. Basıldıkları gibi, bir satır diğerinin altında olacak şekilde yazın.
ta-person-passport-page = Pasaportunuzun fotoğraflı sayfasının bir resmi (yapabilirseniz)
ta-person-passport-page-help = Gönderirseniz fotoğrafınız oradaki portreyle karşılaştırılır. Göndermezseniz bir kişi karşılaştırır.
ta-person-position = Bu program, onay verdiğiniz anda bulunduğunuz ülkeyi saklar (yalnızca ülkeyi). Gönderdiğinizde telefonunuz konumunuzu paylaşmak için izin isteyecek.
ta-person-needs-script = Onaylamak için bu sayfanın telefonunuzun konumunu kullanması gerekir; bunun için de betiklerin (JavaScript) açık olduğu bir tarayıcı gerekir. Bir barınak ya da hukuki yardım kuruluşu size bunu yapabilen bir telefon ödünç verebilir.
ta-person-submit = Onayla
ta-person-confirmed = Onayladınız. Kurumdan bir kişi karar verecek; size bir mesaj gelecek. Şimdi bir şey yapmanız gerekmiyor.
ta-person-authorized = Amerika Birleşik Devletleri'ne uçakla seyahat etmenize izin verildi: { $number } numaralı izin, { $until } tarihine kadar geçerli.
ta-person-not-authorized = Bu başvuru kapsamında size izin verilmedi. Kararda gerekçe belirtilmez. Bir hukuki yardım kuruluşu başka neler yapabileceğinizi size söyleyebilir.
ta-person-expired = Başvurunun bu bölümü sona erdi. Sizin için başvuran kişi, program açık olduğu sürece yeniden başvurabilir.
ta-person-paroled = Geldiniz. Memur parole kaydını yaptı: giriş numarası { $number }, giriş sınıfı { $class }, bitiş: { $until }.
ta-proof = Uçağa binerken ve varış havalimanında bu QR kodunu ya da yukarıdaki numarayı gösterin. Kodda yalnızca adınızın baş harfleri, doğum yılınız ve pasaportunuzun ülkesi vardır.

ta-staff-title = Karar bekleyen seyahat izinleri
ta-staff-waiting = { $count ->
    [0] Karar bekleyen kimse yok.
   *[other] { $count } kişi karar bekliyor, en eskisi önce:
}
ta-staff-line = { $reference }, { $programme }, onay: { $when }
ta-staff-reviews = Sponsor tarafındaki inceleme dosyaları
ta-staff-reviews-count = { $count ->
    [0] Açık inceleme dosyası yok.
   *[other] { $count } inceleme dosyası açık. Bunlar ret anlamına gelmez: belirttikleri başvurulara karar vermeden önce o başvurulara bakın.
}
ta-staff-review = { $signal ->
    [network] Tek bir ağdan çok sayıda başvuru
    [device] Tek bir cihazdan çok sayıda başvuru
    [named-twice] Birkaç sponsorun adını verdiği bir kişi
   *[other] Olağandan çok daha fazla başvuru yapan bir sponsor
}: açıldığında { $count }, { $when }.
ta-staff-review-close = Baktım: bu dosyayı kapat
ta-staff-review-closed = İnceleme dosyası kapatıldı.
ta-staff-case = Dosya { $reference }, { $programme }.
ta-staff-what = Ne
ta-staff-value = Kayıtlı bilgi
ta-staff-typed = Sponsorun yazdığı şekliyle
ta-staff-relationship = Sponsorla yakınlığı
ta-staff-confirmed = Kişinin onayladığı şekliyle
ta-staff-passport = Pasaport
ta-staff-passport-line = { $number }, veren: { $issuer }, son geçerlilik: { $expires }
ta-staff-country = Onay sırasındaki ülke
ta-staff-country-unknown = Bilinmiyor (sorulmadı ya da haritada yok)
ta-staff-portrait = Pasaport portresiyle karşılaştırma
ta-staff-portrait-distance = Otomatik karşılaştırma: yüzler arasındaki uzaklık { $distance }; aynı kişinin iki fotoğrafı genellikle { $threshold } altındadır.
ta-staff-portrait-unusable = Pasaport sayfasının resminde karşılaştırmanın kullanabileceği tek bir yüz yoktu: kendiniz karşılaştırın.
ta-staff-portrait-none = Pasaport sayfasının resmi gönderilmedi: fotoğrafı pasaportla kendiniz karşılaştırın.
ta-staff-supporter = Sponsor
ta-staff-signals-head = Sayılan başvurular
ta-staff-signals = Aynı ağdan: { $network }. Aynı cihazdan: { $device }. Bu sponsordan: { $supporter }. Bu kişinin adını veren diğer sponsorlar: { $named }.
ta-staff-photo = Fotoğraf kontrolü
ta-staff-photo-passed = Baş, istendiği gibi döndü.
ta-staff-photo-reason = { $reason ->
    [move-as-asked] Kameranın hareket denetimi başın istendiği gibi döndüğünü görmedi: dikkatle bakın.
    [not-live] Kameranın hareket denetimi olmadan, dosyadan durağan fotoğraf olarak gönderildi: dikkatle bakın.
   *[other] Fotoğrafın bir denetimi geçmedi: dikkatle bakın.
}
ta-staff-photo-alt = Onay sırasında çekilen fotoğraf
ta-staff-photo-compare = Kişiden pasaportunu isterseniz, fotoğrafı gösterdiği pasaportla karşılaştırın; kontrol yalnızca fotoğrafın canlı çekilip çekilmediğini söyler.
ta-staff-decide = Karar
ta-staff-decide-help = Her izin, programın aylık sınırından düşülür. Kişiye ve sponsora bildirilir; gerekçe verilmez.
ta-staff-authorize = Seyahate izin ver
ta-staff-not-authorize = İzin verme
ta-staff-authorized = İzin verildi. Kişiye ve sponsora bir mesaj gidecek.
ta-staff-not-authorized = İzin verilmedi olarak kaydedildi. Kişiye ve sponsora bir mesaj gidecek.
ta-staff-cap-reached = Programın bu ayki sınırına ulaşıldı: hiçbir şey kaydedilmedi. Kişi gelecek ay için sırada kalır.
ta-staff-not-open = Bu konuda zaten karar verilmiş ya da dosya kapatılmış. Hiçbir şey değişmedi.

ta-programmes-title = Seyahat izni programları
ta-programmes-cap = Bu ay: { $granted } / { $cap } izin.
ta-programmes-no-cap = Bu ay: { $granted } izin (sınır yok).
ta-programmes-close = Yeni başvurulara kapat
ta-programmes-open = Yeni başvurulara aç
ta-programmes-opened = Program yeni başvurulara açık.
ta-programmes-closed = Program yeni başvurulara kapalı. Önceden yapılmış başvurular devam eder.

ta-port-title = Varışta seyahat izinleri
ta-port-intro = Yolcunun iznini numarasıyla ya da QR koduyla veya adı ve doğum tarihiyle bulun. Her arama kaydedilir.
ta-port-number = İzin numarası veya QR kodu metni
ta-port-number-help = QR kodunu tarayın ya da numarayı yazın (TA-...).
ta-port-find = Bul
ta-port-none = İzin bulunamadı. Numarayı kontrol edin ya da ad ve doğum tarihiyle arayın.
ta-port-found = { $number }: { $name }, pasaport { $passport }, { $until } tarihine kadar geçerli
ta-port-parole = Parole kaydet
ta-port-admission = Giriş numarası
ta-port-class = Giriş sınıfı
ta-port-until = Parole bitiş tarihi
ta-port-recorded = Parole kaydedildi. Yolcu bunu kendi sayfasında ve imzalı kaydında görür.
ta-port-not-valid = Bu izin şu anda geçerli değil (süresi dolmuş, izin verilmemiş ya da kullanılmış). Hiçbir şey kaydedilmedi.
ta-port-parole-problem = Giriş numarasını (11 hane), giriş sınıfını (örneğin DT) ve tarihi kontrol edin. Hiçbir şey kaydedilmedi.
