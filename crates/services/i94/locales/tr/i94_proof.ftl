## Geçici I-94: imzalı kanıtı (bir QR kodu ve metni); /verify ve memur bunu kontrol eder.

i94-proof = Bu QR kodunu ya da yukarıdaki numarayı { $port } kapısında gösterin. Herkes bunu /verify adresinde, internet bağlantısı olmadan da kontrol edebilir. Hiçbir kişisel bilgi içermez.
i94-check-genuine = Gerçek: geçici I-94 { $number }, { $port } kapısından varış için, son geçerlilik: { $until }.
i94-check-decided = Bu geçici I-94 ({ $number }) gerçekti, ancak kullanıldı: sınır kapısında bir memur karar verdi. Yolcuya, kendisine bildirilen kararı sorun.
i94-check-expired = Bu geçici I-94 ({ $number }) gerçekti, ancak kullanılmadan süresi doldu ({ $until }). Yolcu, Garita'nın I-94 sayfasında yeniden başvurabilir.
i94-check-gone = Bu geçici I-94 ({ $number }) Garita tarafından imzalanmıştı, ancak artık saklanmıyor. Yolcu, Garita'nın I-94 sayfasında yeniden başvurabilir.
i94-staff-number-help = Yolcunun QR kodunu da tarayabilir ya da metnini yapıştırabilirsiniz.
i94-staff-not-genuine = Bu kod Garita tarafından imzalanmadı. Yolcudan geçici numarasını isteyin ya da onu aşağıda adı ve doğum tarihiyle bulun.
