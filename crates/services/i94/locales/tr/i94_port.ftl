## Provisional I-94: paying the fee at the port, for the applicant and the officer.

i94-port-reference = Başvurunuzun referansı: { $reference }. Sınır kapısında ödemek için bunu memura gösterin.
i94-staff-receipt-title = Sınır kapısında ödenen ücret
i94-staff-receipt-help = Çevrim içi ödeme kurulmamışsa yolcu burada öder. Yolcunun başvuru sayfasındaki referansı yazın, ücret ödenince de ödendi olarak kaydedin: her yolcu hemen geçici bir numara alır.
i94-staff-reference = Başvuru referansı
i94-staff-receipt = Ücreti ödendi olarak kaydet
i94-staff-receipt-done = Ücret ödendi olarak kaydedildi. Artık her yolcunun geçici bir numarası var.
i94-staff-receipt-already = Bu başvurunun ücreti zaten ödenmişti. Hiçbir şey değişmedi.
i94-staff-receipt-unknown = Sınır kapınızda bu referansa sahip ödenmemiş bir başvuru yok (ya da ödemesi çevrim içi yapılıyor). Referansı yolcuyla birlikte kontrol edin. Hiçbir şey değişmedi.
i94-go = Garita kart bilgilerinizi hiçbir zaman görmez: ödemeyi ödeme hizmetinin kendi sayfasında yaparsınız, sonra buraya dönersiniz.
i94-go-link = Ödeme sayfasına devam edin
