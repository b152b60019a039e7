## Sınır kapısında bir yolcu için kaydedilenler: memurların ekranında ve kişinin durum sayfasında.

fact-arrived = Geldi. Henüz başka bir şey kaydedilmedi.
fact-paroled = { $until } tarihine kadar parole ile Amerika Birleşik Devletleri'ne kabul edildi.
fact-nta = A numarası { $number } olan bir Hazır Bulunma Bildirimi (Notice to Appear) verildi.
fact-referred = Başka bir birime yönlendirildi.
fact-not-admitted = Kabul edilmedi.
fact-admission-number = I-94 giriş numarası: { $number }.
fact-class = Giriş sınıfı: { $class }.
fact-version = Sürüm { $version }, { $when } tarihinde { $port } kapısında { $officer } numaralı memur tarafından kaydedildi:
fact-reason = Değişiklik için verilen neden: { $reason }

status-arrivals-title = Sınır kapısında
status-arrival = { $name }, { $date } tarihinde { $port } kapısına geldi. Şu anda kayıtlı olan:
status-arrival-history = Tüm sürümler, en eskiden başlayarak:
status-arrival-help = Burada yanlış bir şey varsa, sürümü ve memurun numarasını belirterek sınır kapısındaki bir memura veya bir hukuki yardım kuruluşuna söyleyin. Hesabınızdan indirebileceğiniz kayıtta tüm sürümler imzalı olarak bulunur.

desk-facts-legend = Ne oldu
desk-paroled-label = Parole ile kabul edildi
desk-nta-a-number-label = Hazır Bulunma Bildirimi: üzerindeki A numarası
desk-referred-label = Başka bir birime yönlendirildi
desk-not-admitted-label = Kabul edilmedi
desk-admission-number-label = I-94 giriş numarası (11 karakter)
desk-class-label = Giriş sınıfı (örneğin DT)
desk-reason-label = Neden değişiyor
desk-reason-help = Daha önce kaydedilmiş bir tarih veya numara değiştiğinde gerekir. Kişi bunu okur.
desk-reason-needed = Bu, daha önce kaydedilmiş bir tarihi veya numarayı değiştiriyor. Nedenini yazın: kişi okuyacak.
desk-changed-meanwhile = Başka bir memur bu yolcuyu az önce kaydetti. Şu anda kayıtlı olanı okuyun, sonra değişikliğinizi yeniden yapın.
desk-history = Tüm sürümler, en eskiden başlayarak:

msg-outcome-changed-v1-subject = Garita: { $port } kapısında kaydedilenlerde bir değişiklik
msg-outcome-changed-v1-body = Bir memur, grubunuzun { $date } tarihinde { $port } kapısına gelişi için kaydedilen bir tarihi veya numarayı değiştirdi. Önceki sürüm saklanıyor.
msg-outcome-changed-v1-next = Durum sayfanız, değişikliğin nedeniyle birlikte tüm sürümleri gösterir. Yanlış bir şey varsa, sınır kapısındaki bir memura veya bir hukuki yardım kuruluşuna söyleyin.
msg-outcome-changed-v1-sms = Garita: bir memur { $port } kapısında grubunuzun tarih/numarasını değiştirdi. Sürümler: { $link }

## The person's parole record (`/parole`).
parole-title = Parole kaydınız
parole-intro = Grubunuzdan bir sınır kapısına gelen her kişi için memurların kaydettikleri: I-94 giriş numarası, giriş sınıfı, parole başlangıç ve bitiş tarihleri ve varsa Hazır Bulunma Bildirimi (Notice to Appear). Bir tarih veya numara değiştirildiyse, tüm sürümler burada kalır; kimin, ne zaman ve neden değiştirdiği de yazılır.
parole-none = Grubunuz için henüz hiçbir sınır kapısında bir şey kaydedilmedi. Randevunuzdan sonra memurun kaydettikleri burada görünür.
parole-start = { $date } tarihinde { $port } kapısına varış ve kontrol: parole süresi o andan itibaren işler.
parole-changes = Tüm sürümler, en eskiden başlayarak, memurun numarası ve değişiklik için verilen nedenle birlikte:
parole-keep-title = Saklayın ve doğrulayın
parole-keep = Kaydınızı indirin: Garita tarafından imzalıdır, bu yüzden herkes (bir avukat, bir mahkeme, bir işveren) kimsenin onu değiştirmediğini doğrulayabilir.
parole-download = İmzalı kaydınızı indirin
parole-check = Bir kaydı doğrula
parole-notices = Size gönderilen bildirimler
parole-legal-help = Ücretsiz veya düşük ücretli hukuki yardım
