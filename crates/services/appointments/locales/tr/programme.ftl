## Program yöneticilerinin operasyon sayfası: aksaklıklar, bekletilen kuralar, bir randevunun iptali.

programme-title = Program operasyonları
programme-reason = Neden
programme-reason-help = Birkaç kelime; denetim kaydında saklanır. İsim ya da belge numarası yazmayın.
programme-reason-needed = Önce nedenini yazın: denetim kaydında saklanır.
programme-incident-title = Aksaklık
programme-incident-none = Bildirilmiş bir aksaklık yok. İnsanlar randevularını onaylayamadığında (onlar bildirdiğinde ya da siz gördüğünüzde) bir aksaklık bildirin: her onay son tarihi, aksaklığın süresi kadar ertelenir.
programme-incident-since = Bir aksaklık bildirildi (başlangıç: { $when }): { $reason }. Siz sona erdirene kadar onay son tarihleri ertelenmeye devam eder.
programme-incident-declare = Aksaklık bildir
programme-incident-end = Aksaklığı sona erdir
programme-incident-declared = Aksaklık bildirildi. Siz sona erdirene kadar onay son tarihleri ertelenir.
programme-incident-already = Zaten bildirilmiş bir aksaklık var: önce onu sona erdirin.
programme-held-title = Bekletilen kuralar
programme-held-none = Bekletilen kura yok.
programme-held-line = { $date } kurası bekletiliyor: { $reason }
programme-held-see = Kurayı ve kontrollerini görün
programme-held-release = Bekletmeden çıkar ve yayımla
programme-released = Kura bekletmeden çıkarıldı ve yayımlandı. Seçilen gruplara bildirildi.
programme-not-held = O kura bekletilmiyor (bu arada bekletmeden çıkarıldı ya da hiç bekletilmedi). Hiçbir şey değiştirilmedi.
programme-cancel-title = Randevu iptali
programme-cancel-help = Programın kararıyla: grubuna bildirilir, randevu grubun imzalı dosyasında kalır, onay belgesi kontrol edildiğinde iptal edilmiş görünür ve yerleri sıradaki gruplara verilir.
programme-cancel-number = Onay numarası
programme-cancel-submit = Bu randevuyu iptal et
programme-cancelled = Randevu iptal edildi. Grubuna bildirildi.
programme-cancel-unknown = Bu onay numarasına sahip bir randevu yok. Numarayı kontrol edip tekrar deneyin.
programme-cancel-not-live = O randevu artık geçerli değildi (iptal edilmiş, zamanında onaylanmamış ya da zaten geçmiş). Hiçbir şey değiştirilmedi.
