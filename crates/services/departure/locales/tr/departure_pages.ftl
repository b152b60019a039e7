## Ayrılış: ayrılan kişinin ve inceleyen görevlilerin sayfaları.

dep-title = Amerika Birleşik Devletleri'nden ayrılmak
dep-legal-title = Bildirimi göndermeden önce: bu bildirim neyi yapar, neyi yapmaz
dep-legal-does = Bu bildirim, belirttiğiniz kişilerle birlikte Amerika Birleşik Devletleri'nden ayrılmak istediğinizi kuruma bildirir ve yolculuk ile yolculuğun masrafı için yardım istemenizi sağlar. Bir görevli bildirimi inceler ve her adımda size haber verilir.
dep-legal-not-judge = Bu bildirim, bir göçmenlik hakiminin verdiği gönüllü ayrılış izni değildir ve bir göçmenlik mahkemesindeki davayı tek başına kapatmaz. Bir mahkeme tarihiniz varsa, o davaya ne olacağına orada karar verilir.
dep-legal-asylum = Sığınma başvurusu yaptıysanız ve başvurunuz karara bağlanmadan Amerika Birleşik Devletleri'nden ayrılırsanız, başvurunuz terk edilmiş sayılabilir. Ayrılmak, geri gelip gelemeyeceğinizi ve ne zaman gelebileceğinizi de değiştirebilir.
dep-legal-stipend = Destek ödemesi varsa, her kişiye ayrılışı onaylandıktan sonra yalnızca bir kez ödenir.
dep-legal-help = Bildirimi göndermeden önce bir hukuki yardım kuruluşuyla konuşun
dep-people = Siz dahil kaç kişi
dep-people-submit = Bu sayıda kişi için formu göster
dep-file-title = Ayrılış bildiriminiz
dep-trip = Yolculuk
dep-destination = Gideceğiniz ülke
dep-contact = Size ulaşmanın başka bir yolu (isterseniz telefon ya da e-posta)
dep-travel-help = Yolculuk için yardıma ihtiyacımız var
dep-cost-help = Yolculuğun masrafı için yardıma ihtiyacımız var
dep-you = Siz
dep-traveller = { $number }. kişi
dep-a-number = A numarası, varsa
dep-passport-country = Pasaportu veya seyahat belgesini veren ülke
dep-passport-number = Pasaport veya seyahat belgesi numarası
dep-understood = Bu bildirimin neyi yapıp neyi yapmadığını okudum.
dep-file-submit = Gönder
dep-yours = Bildirimleriniz
dep-intent-line = { $reference }: { $status ->
    [filed] alındı, bir görevlinin incelemesini bekliyor
    [vetted] incelendi
    [travel-arranged] yolculuk ayarlandı
   *[other] ayrılış onaylandı
}
dep-intent-state = { $reference } numaralı bildirim: { $status ->
    [filed] alındı, bir görevlinin incelemesini bekliyor.
    [vetted] incelendi.
    [travel-arranged] incelendi ve yolculuk ayarlandı.
   *[other] herkesin ayrılışı onaylandı.
}
dep-travel-line = Yolculuk ayarlandı: { $date }, { $carrier } ile, kalkış yeri: { $from }.
dep-departed-line = { $name }, { $when } tarihinde ayrıldı. Bu, imzalı onaydır: herkes bunu /verify adresinde kontrol edebilir.
dep-confirm-link = Bu kişinin ayrılışını onaylayın

dep-land-title = Kara yoluyla ayrılışı onaylayın
dep-land-intro = Amerika Birleşik Devletleri'nin en az 3 mil (yaklaşık 5 km) dışına çıktığınızda, sayfadaki kamerayla bir fotoğraf çekin ve sayfanın konumunuzu kullanmasına izin verin. Yalnızca ülke ve mesafe saklanır.
dep-land-no-script = Bu adım için telefonunuzun konumu ve sayfadaki kamera gerekir; bunlar için de betiklerin açık olduğu bir tarayıcı gerekir. Ayrılışınızı kaydetmesini bir memurdan veya bir konsolosluktan da isteyebilirsiniz.
dep-land-submit = Ayrılışımı onayla
dep-land-position = Sayfa konumunuzu alamadı. Konuma izin verin, sonra yeniden gönderin.
dep-land-too-close = { $km ->
   *[other] Amerika Birleşik Devletleri'nden yaklaşık { $km } kilometre uzakta görünüyorsunuz. Ayrılış 3 milden (yaklaşık 5 km) itibaren sayılır: daha uzaklaştığınızda yeniden deneyin.
}
dep-land-inside = Konumunuz Amerika Birleşik Devletleri'nin içinde. Sınırı geçtikten sonra yeniden deneyin.
dep-land-unknown = Konumunuzun hangi ülkede olduğunu anlayamadık. Kıyıdan uzakta, karada yeniden deneyin.
dep-land-needs-camera = Bu adım için sayfadaki kamerayla çekilen fotoğraf gerekir (sizden başınızı çevirmenizi ister). Dosya seçme alanının üstündeki düğmeyi kullanın.

dep-staff-title = Ayrılış bildirimleri
dep-staff-intro = Kontrol edilmeyi veya yolculuğun ayarlanmasını bekleyen bildirimler, en eskisi önce.
dep-staff-help = Yolculuk için yardım isteği: { $travel ->
    [yes] evet
   *[other] hayır
}. Masrafı için: { $cost ->
    [yes] evet
   *[other] hayır
}.
dep-staff-vet = Kontrol edildi olarak kaydet
dep-staff-arrange = Yolculuğu ayarlandı olarak kaydet
dep-staff-date = Yolculuk günü
dep-staff-carrier = Taşıyıcı firma
dep-staff-from = Kalkış yeri
dep-staff-record = Hava veya deniz yoluyla bir ayrılışı kaydet
dep-staff-position = Bildirimdeki kişi numarası
dep-staff-how = Nasıl
dep-staff-air = Hava yoluyla
dep-staff-sea = Deniz yoluyla
dep-staff-confirmation = Taşıyıcı firmanın onayı (uçuş veya sefer, biniş)
dep-staff-pay = Bu kişinin destek ödemesini yap
dep-staff-done = Kaydedildi. Kişiye haber verildi.
dep-staff-paid = Destek ödemesi yapıldı.
dep-staff-paid-already = Bu destek ödemesi daha önce yapılmıştı: yeniden bir şey ödenmedi.
dep-staff-destination = Kişinin ödeme sağlayıcısındaki hesabı
dep-staff-destination-help = Garita bir sağlayıcı üzerinden ödediğinde kişinin bağlı hesabı (acct_…). Sağlayıcı yoksa destek başka yolla ödenir ve siz burada kaydedersiniz: bunu boş bırakın.
dep-staff-pay-later = Ödeme sağlayıcısı yanıt vermedi: hiçbir şey ödenmedi. Daha sonra yeniden deneyin: aynı ödeme istenir, bu yüzden asla iki kez ödenmez.
dep-staff-pay-refused = Ödeme sağlayıcısı ödemeyi reddetti: { $reason }. Hiçbir şey ödenmedi. Kişinin hesabını kontrol edip yeniden deneyin.
dep-staff-not-done = Hiçbir şey kaydedilmedi: adımı (önce kontrol, sonra ayarlama), kişinin numarasını ve her alanı kontrol edin.

## The published figures (`/departure/figures`).
dep-figures-title = Rakamlarla ayrılışlar
dep-figures-intro = Burada kaç ayrılış bildirimi gönderildiğini, bu bildirimlerin kaç kişiyi kapsadığını, kaç ayrılışın onaylandığını ve kaç destek ödemesi yapıldığını görebilirsiniz. Her günün sayıları, o gün bittikten sonra yayımlanır (UTC). Bunlar yalnızca sayılardır: burada hiçbir şey tek bir kişiyle ilgili değildir.
dep-figures-csv = Bu günleri CSV dosyası olarak indirin
dep-figures-total = Başlangıçtan bu yana
dep-figures-days = Son 30 günün her biri
dep-figures-through = { $day } tarihine kadar
dep-figures-day = Gün
dep-figures-intents = Gönderilen bildirimler
dep-figures-people = Bildirimlerdeki kişiler
dep-figures-departures = Onaylanan ayrılışlar
dep-figures-paid = Yapılan destek ödemeleri
