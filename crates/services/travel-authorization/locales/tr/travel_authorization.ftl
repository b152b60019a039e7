## Önceden seyahat izni: programlar, bir başvuruda veya onayda yanlış olanlar, mesajlar ve imzalı izin.

ta-programme-chnv = Kübalılar, Haitililer, Nikaragualılar ve Venezuelalılar için parole
ta-programme-u4u = Ukrayna İçin Birlik (Uniting for Ukraine)
ta-programme-frp = Aile birleşimi için parole

ta-attest-truthful = Burada onayladığım her şey, bildiğim kadarıyla doğru ve eksiksizdir.
ta-attest-vaccinations = Seyahat etmeden önce programın istediği aşıları yaptırmış olacağım.
ta-attest-own-travel = Amerika Birleşik Devletleri'ne uçuşumu kendim ayarlayıp ücretini kendim ödeyeceğim.

ta-beneficiaries-count = Bir başvuru 1 ile 10 kişi içindir. Birini ekleyin ya da diğerleri için yeniden başvurun.
ta-nationality-not-in-programme = Bu program başka uyruklar içindir. Bu kişinin uyruğuna uygun programı seçin.
ta-guardian-needed = 18 yaşından küçük bir kişi, bir ebeveyn veya vasiyle seyahat eder. Bu yetişkini başvuruya ekleyin ve listedeki numarasını yazın.
ta-state-unknown = Yaşadığınız ABD eyaletini veya bölgesini seçin.
ta-support-needed = Başvurmak için, adını verdiğiniz kişilere Amerika Birleşik Devletleri'nde oldukları sürece maddi destek vermeyi kabul etmeniz gerekir.
ta-consent-needed = Başvuru yapmak için yazdıklarınızın nasıl kullanılacağını kabul edin. Hiçbir şey kaydedilmedi.
ta-attestation-needed = Lütfen her ifadeyi yanıtlayın. Birini kabul edemiyorsanız, devam etmeden önce bir hukuki yardım kuruluşuna danışın.
ta-mrz-birth-differs = Pasaportun altındaki satırlardaki doğum tarihi, yukarıdakiyle aynı değil. Yukarıdaki doğum tarihini düzeltin ya da satırları kontrol edin.
ta-passport-expired = Bu pasaportun süresi dolmuş. Seyahat için geçerli bir pasaport gerekir: pasaportu yenileyin, sonra onaylamak için geri gelin.
ta-position-needed = Bu program, onay verdiğiniz anda bulunduğunuz ülkeyi kaydeder. Sayfanın konumunuzu kullanmasına izin verin, sonra yeniden gönderin.

ta-status = { $status ->
    [invited] Kişinin onayı bekleniyor
    [confirmed] Onaylandı: karar bekleniyor
    [authorized] Seyahat izni verildi
    [not-authorized] Seyahat izni verilmedi
    [expired] Süresi doldu
    [arrived] Geldi: parole kaydedildi
   *[other] İşlemde
}

ta-invited-v1-subject = Garita: Amerika Birleşik Devletleri'nden biri sizin için seyahat izni istedi
ta-invited-v1-body = Amerika Birleşik Devletleri'ndeki bir sponsor, sizin için { $reference } dosyasını açtı. Devam etmek için { $until } tarihinden önce Garita'da bilgilerinizi, pasaportunuzu ve bir fotoğrafı onaylayın.
ta-invited-v1-next = Garita'yı açın, giriş yapın ya da bir hesap oluşturun ve şu kodu yazın: { $code }. Garita'dan hiç kimse bunun için sizden asla para istemez.
ta-invited-v1-sms = Garita: size { $reference } dosyası açıldı. Kod { $code }, { $until } öncesi: { $link }
ta-decided-v1-subject = Garita: { $reference } dosyası hakkında bir karar
ta-decided-v1-body = { $status ->
    [authorized] { $given }, Amerika Birleşik Devletleri'ne uçakla seyahat etmek için izin aldı. { $number } numaralı izin { $until } tarihine kadar geçerlidir.
   *[other] { $given }, bu dosya kapsamında seyahat izni almadı. Kararda gerekçe belirtilmez.
}
ta-decided-v1-next = { $status ->
    [authorized] İzin ve QR kodu Garita'da. Bunları uçağa binerken ve vardığınız sınır kapısında gösterin.
   *[other] Garita sayfanız kararı gösterir. Bir hukuki yardım kuruluşu, başka neler yapabileceğinizi size söyleyebilir.
}
ta-decided-v1-sms = { $status ->
    [authorized] Garita: { $given } seyahat izni aldı, { $until } tarihine kadar: { $link }
   *[other] Garita: { $reference } dosyası hakkında karar verildi: { $link }
}
ta-extended-v1-subject = Garita: { $number } numaralı izin uzatıldı
ta-extended-v1-body = { $given } için verilen izin artık { $until } tarihine kadar geçerli.
ta-extended-v1-next = Garita'daki QR kodu yeni tarihi gösterir. Bu program başka bir uzatmaya izin vermez.
ta-extended-v1-sms = Garita: { $number } numaralı izin artık { $until } tarihine kadar geçerli: { $link }
ta-expired-v1-subject = Garita: { $given } için { $reference } dosyasının süresi doldu
ta-expired-v1-body = { $status ->
    [authorized] { $given } için verilen izin, kullanılmadan { $until } tarihinde sona erdi.
   *[other] { $given } zamanında onay vermedi, bu yüzden { $reference } dosyasının bu bölümünün süresi doldu.
}
ta-expired-v1-next = Program açık olduğu sürece bir sponsor yeniden başvurabilir.
ta-expired-v1-sms = Garita: { $given } için { $reference } dosyasının süresi doldu: { $link }

ta-check-genuine = Gerçek: { $initials } için { $number } numaralı seyahat izni, doğum yılı { $year }, pasaport ülkesi { $country }, son geçerlilik: { $until }.
ta-check-used = Bu seyahat izni ({ $number }) gerçekti ve kullanıldı: kişi geldi ve bir memur parole kaydını yaptı.
ta-check-expired = Bu seyahat izni ({ $number }) gerçekti, ancak { $until } tarihinde sona erdi.
ta-check-gone = Bu seyahat izni ({ $number }) Garita tarafından imzalanmıştı, ancak artık saklanmıyor.
