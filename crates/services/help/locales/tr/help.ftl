### The help directory.

help-title = Yakınınızda yardım
help-intro = İnsanlara yüz yüze, ücretsiz ya da düşük ücretle yardım eden kuruluşlar: kayıt, kaybolan hesap, fotoğraf ya da onay için. Telefonunuz olmasa da yardım edebilirler.
help-empty = Listede henüz hiç kuruluş yok. Program çalışanları kuruluşları kontrol ettikten sonra ekler; o zamana kadar tanıdığınız ve güvendiğiniz bir barınağa sorun.
help-address = Adres: { $address }
help-hours = Açık olduğu saatler: { $hours }
help-phone = Telefon: { $phone }
help-languages = Konuşulan diller: { $languages }
help-free = Yardımları ücretsizdir.
help-staff-title = Yardım rehberi
help-staff-intro = Bu listedeki kuruluşlar /help sayfasında herkese şehre göre gösterilir. Yalnızca kontrol ettiğiniz kuruluşları ekleyin.
help-add = Bu kuruluşu ekle
help-name-label = Kuruluşun adı
help-city-label = Şehir
help-address-label = Adres
help-hours-label = Açık olduğu saatler
help-phone-label = Ülke koduyla telefon
help-languages-label = Konuşulan diller
help-free-label = Yardımları ücretsizdir
help-remove = Listeden çıkar
help-added = { $name } listeye eklendi.
help-find = Yakınınızda yardım bulun
