## Geçici I-94 sayfaları: başvuranın sayfaları (başvuru, yolcu ekleme, ödeme, geçici numaralar) ve sınır kapısındaki memurun sayfası.

i94-title = Geçici I-94
i94-intro = Amerika Birleşik Devletleri'ne kara yoluyla mı geliyorsunuz? Varmadan önce kendiniz ve sizinle birlikte yolculuk eden en fazla 24 kişi için geçici I-94 başvurusu yapabilir, hepiniz için tek seferde ödeyebilirsiniz. Sınır kapısında bir memur yine de her yolcuyu kontrol eder ve karar verir.
i94-fee = Ücret, yolcu başına { $fee }.
i94-rules = Ödemeden önce: ücret yolcu başına alınır ve geri ödenmez. Ödemeden sonraki 7 gün içinde sınır kapısında gösterilmeyen her geçici I-94'ün süresi dolar.
i94-mine-title = Başvurularınız
i94-mine-none = Henüz bir başvurunuz yok.
i94-group-line = { $port }, varış { $date }: { $status }
i94-group-title = { $port }, varış { $date }
i94-status-awaiting-payment = Henüz ödenmedi.
i94-status-paid = Ödendi.
i94-start-title = Yeni bir başvuru
i94-port = Varacağınız sınır kapısı
i94-arrival = Varış günü
i94-arrival-help = Bugün ya da sonraki 7 gün içinde.
i94-purpose = Yolculuğun amacı
i94-purpose-tourism = Turizm ya da ziyaret
i94-purpose-business = İş
i94-purpose-family = Aile ziyareti
i94-purpose-medical = Tedavi
i94-purpose-study = Eğitim
i94-purpose-other = Başka bir amaç
i94-state-help = İki harf, örneğin CA ya da TX.
i94-start = Başvuruyu başlat
i94-travellers-title = { $count ->
    [one] Bir yolcu (en fazla 25)
   *[other] { $count } yolcu (en fazla 25)
}
i94-traveller-line = { $name } ({ $status })
i94-traveller-number = { $name }: geçici I-94 { $number }, sınır kapısında gösterilecek (son: { $until }).
i94-traveller-status-draft = henüz ödenmedi
i94-traveller-status-provisional = geçici
i94-traveller-status-admitted = sınır kapısında kabul edildi
i94-traveller-status-refused = sınır kapısında kabul edilmedi
i94-traveller-status-expired = kullanılmadan süresi doldu
i94-remove = Bu yolcuyu çıkar
i94-add-title = Yolcu ekle
i94-add = Bu yolcuyu ekle
i94-added = Yolcu eklendi. Sıradakini ekleyin ya da herkes listeye girince ödeme yapın.
i94-add-problems = Bazı yanıtların düzeltilmesi gerekiyor: her biri neyin değişeceğini söylüyor. Hiçbir şey kaybolmadı.
i94-sex = Pasaportta basılı olan cinsiyet
i94-sex-F = F (kadın)
i94-sex-M = M (erkek)
i94-sex-X = X (belirtilmemiş)
i94-passport-issued = Pasaportun verildiği tarih
i94-passport-expiry = Pasaportun geçerliliğinin bittiği tarih
i94-mrz = Fotoğraflı sayfanın altındaki 2 satır (boş bırakabilirsiniz)
i94-mrz-help = Yapabiliyorsanız yazın ya da tarayın: Garita bunları yazdıklarınızla karşılaştırır.
i94-pay-title = Ödeme
i94-total = Toplam: { $count ->
    [one] bir yolcu
   *[other] { $count } yolcu
} için { $total } (yolcu başına { $fee }).
i94-pay = { $total } öde
i94-pay-at-port = Çevrim içi ödeme kurulmamış. { $total } tutarını sınır kapısında ödeyin; orada bir memur ödemeyi kaydeder ve her yolcunun geçici numarası hemen verilir.
i94-pay-later = Ödeme hizmeti yanıt vermedi. Hiçbir ücret alınmadı. Birkaç dakika sonra yeniden deneyin.
i94-paid-notice = Ödendi. Her yolcunun geçici numarası aşağıda.
i94-not-paid-yet = Ödeme henüz onaylanmadı. Ödeme yaptıysanız bu sayfa birkaç dakika içinde bunu gösterir. Hiçbir zaman iki kez ücret alınmaz.
i94-staff-title = Geçici I-94'ler
i94-staff-intro = Yolcunun gösterdiği geçici numarayı yazın. Yalnızca sizin sınır kapınıza ait olanlar bulunur ve her bakış kaydedilir.
i94-staff-number = Geçici numara
i94-staff-find-submit = Bul
i94-staff-unknown = Sınır kapınızda bu numarayla bir geçici I-94 yok. Numarayı yolcuyla birlikte kontrol edin.
i94-staff-traveller = Doğum tarihi: { $born }; vatandaşlık: { $citizenship }; pasaport { $passport } ({ $country }), son geçerlilik: { $expires }; varış: { $arrival }.
i94-staff-admitted = Kabul edildi: I-94 { $number }, giriş sınıfı { $class }, bitiş: { $until }.
i94-staff-admission-number = I-94 giriş numarası
i94-staff-class = Giriş sınıfı
i94-staff-until = Kabulün bitiş tarihi
i94-staff-admit = Kabulü kaydet
i94-staff-refuse = Yolcunun kabul edilmediğini kaydet
i94-staff-admit-problem = 11 karakterlik giriş numarasını, giriş sınıfını (örneğin B2) ve tarihi girin: hiçbir şey kaydedilmedi.
i94-staff-recorded = Karar kaydedildi ve yolcunun grubuna bildirildi.
i94-staff-not-open = Bu geçici I-94 artık açık değil (karar verilmiş ya da süresi dolmuş). Hiçbir şey değişmedi.
