# İletişim bilgilerinin ne için kullanıldığı (onay metni bunları listeler; bildirimler hangisi için gönderildiğini söyler).
purpose-account = Hesabınız: giriş kodları ve hesabınızın güvenliğiyle ilgili uyarılar.
purpose-booking = Randevular: günlük kura, sonuçları, onaylama ve sınır kapısındaki gününüz.
purpose-applications = Kendi başvurularınız: I-94, seyahat izni, ayrılış ve bunlar hakkında verilen kararlar.
purpose-status-notices = Göçmenlik durumunuzla ilgili bildirimler; örneğin parole izninizde bir değişiklik.
purpose-staff-work = Personel işleri: personele onları bekleyen işleri haber vermek.
consent-purpose = { $purpose } Hukuki dayanak: { $basis }

# Kişinin kendi dilinde, durum değişikliğiyle ilgili bir bildirim.
notice-change-name = { $change ->
    [parole-extended] Parole uzatıldı
   *[parole-ends] Parole sona eriyor
}
notice-v1-subject = { $change ->
    [parole-extended] Garita: parole izniniz uzatıldı
   *[parole-ends] Garita: parole izniniz sona eriyor
}
notice-v1-body = { $change ->
    [parole-extended] Amerika Birleşik Devletleri'ndeki parole izniniz (insani şartlı giriş izni) uzatıldı. Değişiklik { $date } tarihinden itibaren geçerlidir.
   *[parole-ends] Amerika Birleşik Devletleri'ndeki parole izniniz (insani şartlı giriş izni) { $date } tarihinde sona eriyor. Bu bildirim tek başına size ülkeden ayrılma emri vermez; sığınma başvurunuzu ya da yaptığınız başka bir başvuruyu da sona erdirmez.
}
notice-v1-next = Yapabilecekleriniz: Garita sayfanızda parole kaydınızı okuyun, bu bildirimi saklayın ve herhangi bir karar vermeden önce bir avukatla ya da akredite bir temsilciyle konuşun. Ücretsiz veya düşük ücretli hukuki yardım: { $help }
notice-v1-sms = { $change ->
    [parole-extended] Garita: parole izniniz { $date } tarihinden itibaren uzatıldı. Ayrıntılar: { $link }
   *[parole-ends] Garita: parole izniniz { $date } tarihinde sona eriyor. Hukuki yardım ve ayrıntılar: { $link }
}

# Kişinin bildirimler sayfası.
notices-title = Size gönderilen bildirimler
notices-intro = Garita'nın durumunuzla ilgili size gönderdiği her bildirim, ne için gönderildiği ve size ulaşıp ulaşmadığı.
notices-none = Garita size henüz hiç bildirim göndermedi.
notices-sent = Gönderilme zamanı: { $when }. Amacı: { $purpose }
notices-told = Garita'nın koşullarını kabul ettiğinizde, iletişim bilgilerinizin bu şekilde kullanılacağı size söylenmişti.
notices-untold = İletişim bilgilerinizi verdiğinizde, bu bilgilerin bu şekilde kullanılacağı size söylenmemişti. Bu bildirim şu hukuki dayanakla gönderildi: { $basis }
notices-delivered = { $channel ->
    [sms] SMS
   *[email] E-posta
} ile teslim edildi: { $when }.
notices-pending = Henüz teslim edilmedi. Garita denemeye devam ediyor ve bu sayfa bildirimi her zaman gösterir.
notices-undelivered = Bildirim ne e-posta ne de SMS ile teslim edilebildi. Onu bu sayfada okuyabilirsiniz.

# Program yöneticisinin sayfası.
staff-notices-title = Bildirimler
staff-notices-intro = Belirli günler arasında bir sınır kapısından parole ile kabul edilen kişilere, durum değişikliğiyle ilgili bir bildirim gönderin. Herkes bildirimi kendi dilinde okur. Bildirim yalnızca Garita'nın beyan ettiği bir amaç için gönderilir; bu amaç kendilerine söylenmemiş kişiler bildirimi yalnızca sizin kaydettiğiniz hukuki dayanakla birlikte alır ve bu dayanağı bildirimin yanında okur.
staff-notices-change = Ne değişiyor
staff-notices-effective = Hangi tarihten itibaren
staff-notices-purpose = Ne için gönderiliyor
staff-notices-purpose-help = Yalnızca bu Garita kurulumunun beyan ettiği amaçlar listelenir.
staff-notices-port = Parole ile kabul edildikleri sınır kapısı
staff-notices-any-port = Herhangi bir sınır kapısı
staff-notices-from = Varış tarihi (başlangıç)
staff-notices-to = Varış tarihi (bitiş)
staff-notices-legal-help = Hukuki yardımın nereden alınabileceği
staff-notices-legal-help-help = İnsanların ulaşabileceği bir adres veya yer; bildirimde gösterilir.
staff-notices-basis = Hukuki dayanak
staff-notices-basis-help = Yalnızca bu kişilerden bazılarına bu amaç söylenmemişse gerekir. Bunu bildirimin yanında okurlar.
staff-notices-send = Bildirimi gönder
staff-notices-done = { $people ->
    [one] Bildirim bir kişiye gönderildi.
   *[other] Bildirim { $people } kişiye gönderildi.
}
staff-notices-sent-title = Gönderilen bildirimler
staff-notices-none = Henüz hiç bildirim gönderilmedi.
staff-notices-row = { $when }: { $change }, { $date } tarihinden itibaren. Amaç: { $purpose } { $people ->
    [one] Bir kişi
   *[other] { $people } kişi
}; bu amaç kendilerine önceden söylenmemiş olanlar: { $untold }.
staff-notices-row-basis = Kaydedilen hukuki dayanak: { $basis }
notice-refused-purpose = Bu Garita kurulumu bu amacı beyan etmiyor, bu yüzden hiçbir şey gönderilmedi. Listelenen amaçlardan birini seçin.
notice-refused-change = Neyin değiştiğini listeden seçin.
notice-refused-nobody = O günlerde o sınır kapısından parole ile kabul edilen kimse yok, bu yüzden hiçbir şey gönderilmedi. Sınır kapısını ve günleri kontrol edin.
notice-refused-help = İnsanların nereden hukuki yardım alabileceğini yazın (en fazla 200 karakter), sonra yeniden gönderin.
notice-refused-dates = Değişikliğin geçerli olduğu tarihi ve ilk ve son varış gününü girin; ilk gün son günden sonra olamaz.
notice-refused-basis = Bu bildirimin ulaştığı { $people ->
    [one] bir kişiden
   *[other] { $people } kişiden
} { $untold ->
    [one] birine
   *[other] { $untold } kişiye
} iletişim bilgilerini verirken bu amaç söylenmemişti. Hiçbir şey gönderilmedi. Onlara göndermek için hukuki dayanağı kaydedin, sonra yeniden gönderin.
