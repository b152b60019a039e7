## Güvenilir yolcu durumu (Global Entry, NEXUS, SENTRI, FAST): üyenin kendi sorgusu ve program yöneticilerinin içe aktardığı liste.

trusted-title = Güvenilir yolcu durumu
trusted-intro = Global Entry, NEXUS, SENTRI ve FAST üyeleri: üyeliğinizin ne durumda olduğunu ve sırada ne yapmanız gerektiğini görün. 9 haneli üyelik numarasını (kartınızdaki PASSID) ve doğum tarihinizi yazın. Garita hiçbir isim tutmaz: sizi yalnızca bu iki bilgiyle bulur.
trusted-number = Üyelik numarası (PASSID)
trusted-born = Doğum tarihi
trusted-look = Durumumu göster
trusted-number-format = Üyelik numarası 9 hanelidir: kartınızda basılı olan PASSID. Yeniden yazın.
trusted-born-format = Doğum tarihinizi tarih olarak yazın, örneğin 1980-02-29.
trusted-not-found = Bu numara ve bu doğum tarihiyle kayıtlı bir üyelik yok. İkisini de kartınızdan kontrol edin ya da kartı veren programa sorun.
trusted-answer = { $programme } durumunuz: { $status }
trusted-status-pending-review = başvurunuz inceleniyor
trusted-status-conditionally-approved = koşullu olarak onaylandı
trusted-status-approved = onaylandı
trusted-status-denied = onaylanmadı
trusted-status-revoked = iptal edildi
trusted-status-expired = süresi doldu
trusted-next-pending-review = Şimdilik yapmanız gereken bir şey yok: inceleme bitince size bildirilecek.
trusted-next-conditionally-approved = Sıradaki adım: bir kayıt merkezinden görüşme randevusu alın ya da görüşmeyi Amerika Birleşik Devletleri'ne vardığınızda yapın (Enrollment on Arrival). Pasaportunuzu ve diğer belgelerinizi yanınızda getirin.
trusted-next-approved = Üyeliğiniz { $date } tarihine kadar geçerli. Bu tarihten bir yıl öncesinden itibaren yenileyebilirsiniz.
trusted-next-denied = Nedeni programın mektubunda yazıyor. Kararın yeniden incelenmesini Trusted Traveler Ombudsman'dan (güvenilir yolcu programlarının şikâyet bürosu) isteyebilirsiniz.
trusted-next-revoked = Nedeni programın mektubunda yazıyor. Kararın yeniden incelenmesini Trusted Traveler Ombudsman'dan (güvenilir yolcu programlarının şikâyet bürosu) isteyebilirsiniz.
trusted-next-expired = Üyeliğiniz sona erdi. Yenilemek için yeniden başvurabilirsiniz.
trusted-staff-title = Güvenilir yolcu listesi
trusted-staff-intro = Listeyi CSV olarak yapıştırın; ilk satırda sütun adları olsun: programme, membership_number, birth_date, status, expires_on. Her üyenin satırı, Garita'da o üye için olanın yerine geçer. Hatalı bir satır, satır numarasıyla belirtilir ve ondan hiçbir şey kaydedilmez; diğerleri kaydedilir. Sistemler aynı satırları /api/v1/trusted-traveler/roster adresine gönderir.
trusted-staff-roster = Liste (CSV)
trusted-staff-import = İçe aktar
trusted-staff-imported = { $stored ->
    [one] Bir üye kaydedildi.
   *[other] { $stored } üye kaydedildi.
}
trusted-staff-refused-title = Kaydedilmeyen satırlar
trusted-staff-refused = Satır { $line }, { $field }: { $problem }
trusted-roster-programme = programlardan biri değil (global-entry, nexus, sentri, fast)
trusted-roster-number = 9 haneli değil
trusted-roster-date = tarih değil (YYYY-MM-DD)
trusted-roster-status = durumlardan biri değil (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = onaylanmış bir üyeliğin bitiş günü gerekir
trusted-roster-line = satırda başlıktaki sütunlar yok
