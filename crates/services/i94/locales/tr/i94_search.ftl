## Geçici I-94: memur, numarasını kaybeden bir yolcuyu adı ve doğum tarihiyle bulur.

i94-staff-search-title = Numarası olmayan bir yolcu
i94-staff-search-help = Adları ve doğum tarihini pasaportta yazdığı gibi yazın. Yalnızca sizin sınır kapınızın geçici I-94'lerinde arama yapılır; arama kaydedilir, yazdıklarınız kaydedilmez.
i94-staff-search-submit = Ara
i94-staff-search-problem = Soyadını harflerle, doğum tarihini de tarih olarak yazın, sonra yeniden arayın.
i94-staff-search-none = Sınır kapınızda bu ad ve doğum tarihiyle bir geçici I-94 yok. Yazılışı yolcunun pasaportuyla kontrol edin.
i94-staff-search-line = { $number } ({ $status })
