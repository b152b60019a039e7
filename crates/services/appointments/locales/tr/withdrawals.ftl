## Bazı günlerin geçerli bütün randevularının program kararıyla iptali: program yöneticilerinin
## formu ve her gruba giden mesaj.

programme-withdraw-title = Program genelinde randevu iptali
programme-withdraw-help = Programın kararıyla, bu günlerdeki geçerli bütün randevular, tek bir sınır kapısında ya da hepsinde, iptal edilir. Her gruba kendi dilinde bir kez bildirilir; grubun dosyası elinde olanı saklar; onay belgesi kontrol edildiğinde iptal edilmiş görünür. Yerler başka gruplara verilmez ve her günün kurasının yayımlanan verilerinde bu belirtilir.
programme-withdraw-port = Sınır kapısı
programme-withdraw-all-ports = Bütün sınır kapıları
programme-withdraw-from = İlk randevu günü
programme-withdraw-to = Son randevu günü
programme-withdraw-preview = Neyin iptal edileceğini gör
programme-withdraw-dates = İlk ve son randevu gününü tarih olarak girin; son gün ilk günden önce olamaz.
programme-withdraw-none = Bu seçimde geçerli randevu yok. Hiçbir şey değiştirilmedi.
programme-withdraw-count = { $count ->
    [one] { $from } ile { $to } arasında geçerli bir randevu var ({ $ports }). İptal edilirse grubuna bildirilir ve bu geri alınamaz.
   *[other] { $from } ile { $to } arasında { $count } geçerli randevu var ({ $ports }). İptal edilirlerse her gruba bildirilir ve bu geri alınamaz.
}
programme-withdraw-confirm = İptal et ve her gruba bildir
programme-withdraw-started = { $count ->
    [one] Bir randevu iptal ediliyor. Grubuna bildiriliyor; denetim kaydında yer alıyor.
   *[other] { $count } randevu iptal ediliyor. Her gruba bildiriliyor; her biri denetim kaydında yer alıyor.
}

withdrawn-v1-subject = Garita: { $date } tarihli randevunuz program kararıyla iptal edildi (sınır kapısı: { $port })
withdrawn-v1-body = Grubunuzun randevusu, o günlerin diğer randevularıyla birlikte, programın bir kararıyla iptal edildi: { $port } ({ $crossing }), { $date }, saat { $time }. Bunun grubunuzun yaptığı herhangi bir şeyle ilgisi yok. Kayıt sayfanızdaki imzalı dosyanız, elinizde ne olduğunu ve ne zaman iptal edildiğini saklar.
withdrawn-v1-next = Kaydınız olduğu gibi kalır. Ne zaman yeniden randevu isteyebileceğinizi Garita'nın ana sayfası söyler. Randevular ücretsizdir: kimse size randevu satamaz. Yardım sayfasında size yol gösterebilecek kuruluşların listesi var.
withdrawn-v1-sms = Garita: { $date } { $time } randevunuzu ({ $port }) program iptal etti; grubunuzla ilgisi yok. Bilgi: { $link }
