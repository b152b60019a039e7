## Doğruluk incelemeleri: inceleme görevlisinin gördüğü ve karar verdiği, kişinin okuduğu ve itiraz edebileceği şeyler.

review-case-applicant-since = Başvuran kişi { $date } tarihinde kaydoldu.
review-case-registered = Kayıt tarihi
review-case-name = Ad (ilk harfler)
review-case-same-person = Aynı ad ve doğum tarihi
review-case-same-document = Aynı belge
review-yes = Evet
review-no = Hayır
review-case-no-holder = Şu anda bu kişi başka hiçbir etkin kayıtta yok: o kayıt iptal edilmiş ya da düzeltilmiş olabilir.
review-case-cluster =
    { $count ->
        [one] Bu adreste { $count } etkin kayıt var.
       *[other] Bu adreste { $count } etkin kayıt var.
    }
review-case-first-decision = İlk karar: { $decision }. Gerekçe: { $reason }
review-case-appeal = Kişi itiraz etti. Açıklaması: { $statement }
review-case-decide = Karar ver
review-case-decision = Karar
review-case-reason = Gerekçe
review-case-reason-help = Dosyada saklanır. Kişiye karar bu metinle değil, sade sözlerle bildirilir.
review-case-not-waiting = Bu dosya artık karar beklemiyor: bu arada başka biri karar verdi. Sıraya yeniden bakın.
review-case-same-reviewer = Bu dosyada ilk kararı siz verdiniz; bu yüzden itiraz hakkında başka bir inceleme görevlisi karar vermeli.
review-case-not-allowed = Bu karar bu tür bir dosyaya uymuyor. Başka bir karar seçin.
review-case-reason-needed = Kararın gerekçesini yazın: dosyada saklanır.
review-case-other-holds = Diğer grubun bir randevusu var, bu yüzden kaydı şimdi iptal edilemez. Randevu bittikten sonra yeniden karar verin ya da başka bir karar seçin.
case-decision-different-people = Farklı kişiler: başvuran kişi bu yolcuyu kaydedebilir
case-decision-same-person-earlier = Aynı kişi: önceki kayıt yerini korur
case-decision-same-person-applicant = Aynı kişi: başvuran kişinin kaydı yerini korur, diğer kayıt iptal edilir
case-decision-no-action = İşlem yok

cases-title = Sizinle ilgili incelemeler
cases-none = Sizinle ilgili bir inceleme yok.
cases-kind-already-registered = “Zaten kayıtlı” incelemesi
cases-kind-identity-change = Bir yolcunun kimliğindeki bir değişikliğin incelemesi
cases-kind-address-cluster = Tek bir adresteki çok sayıda kaydın incelemesi
cases-opened = { $date } tarihinde açıldı.
cases-waiting = Bir kişi buna bakıyor. Bir şey yapmanız gerekmiyor: karar verildiğinde size yazacağız.
cases-decided = { $date } tarihinde karar verildi:
cases-decision-different-people = Bir kişi inceledi: kaydettiğiniz yolcu, zaten kayıtlı olan kişi değil. Artık kaydınızı kaydedebilirsiniz.
cases-decision-same-person-earlier = Bir kişi inceledi: bu yolcu zaten daha önceki bir kayıtta var ve o kayıt yerini koruyor. Hesabınızda hiçbir şey değişmedi.
cases-decision-same-person-applicant = Bir kişi inceledi: bu yolcu sizin kaydınızda kalıyor. Artık kaydınızı kaydedebilirsiniz.
cases-decision-no-action = Bir kişi buna baktı ve hiçbir şeyi değiştirmedi.
cases-appeal-intro = Bunun yanlış olduğunu düşünüyorsanız bir kez itiraz edebilirsiniz. İnceleme görevlisinin bilmesi gerekenleri kendi dilinizde yazın. Kararı başka bir kişi verecek.
cases-appeal-label = Açıklamanız
cases-appeal-help = Örneğin: yolcunun kim olduğu ve neden zaten kayıtlı olan kişi olmadığı. En fazla 2000 karakter.
cases-appeal-submit = İtiraz et
cases-appealed = { $date } tarihinde itiraz ettiniz. Buna başka bir kişi bakıyor; size yazacağız.
cases-appeal-decided = İtirazınız hakkında { $date } tarihinde karar verildi. Bu karar kesindir:
cases-appeal-needed = İtirazı göndermeden önce açıklamanızı yazın.
cases-appeal-not-allowed = Bu incelemeye şimdi itiraz edilemez: henüz karar verilmedi ya da daha önce itiraz edildi.

case-opened-v1-subject = Garita: bir kişi kaydınızı inceliyor
case-opened-v1-body = Bir kişi kaydınızla ilgili bir soruya bakıyor. Henüz hiçbir karar verilmedi ve hesabınızda hiçbir şey değişmedi.
case-opened-v1-next = Bir şey yapmanız gerekmiyor. Karar verildiğinde size yazacağız. Sizinle ilgili incelemeler sayfası, işin ne durumda olduğunu gösterir.
case-opened-v1-sms = Garita: bir kişi kaydınızla ilgili bir soruyu inceliyor. Hiçbir şey değişmedi. Son durum: { $link }
case-decided-v1-subject = Garita: kaydınızla ilgili bir inceleme hakkında karar verildi
case-decided-v1-body =
    { $appeal ->
        [yes] İtirazınız hakkında karar verildi.
       *[no] Kaydınızla ilgili bir inceleme hakkında karar verildi.
    } { $decision ->
        [different-people] Kaydettiğiniz yolcu, zaten kayıtlı olan kişi değil: artık kaydınızı kaydedebilirsiniz.
        [same-person-earlier] Yolcu zaten daha önceki bir kayıtta var ve o kayıt yerini koruyor.
        [same-person-applicant] Bu yolcu sizin kaydınızda kalıyor: artık kaydınızı kaydedebilirsiniz.
       *[other] Hiçbir şey değiştirilmedi.
    }
case-decided-v1-next =
    { $appeal ->
        [yes] Bu karar kesindir.
       *[no] Yanlış olduğunu düşünüyorsanız, sizinle ilgili incelemeler sayfasından bir kez itiraz edebilirsiniz.
    }
case-decided-v1-sms = Garita: kaydınızla ilgili bir inceleme hakkında karar verildi. Okuyun: { $link }
case-withdrawn-v1-subject = Garita: kaydınız iptal edildi
case-withdrawn-v1-body = Bir kişi, hem sizin kaydınızda hem de başka bir kayıtta bulunan bir yolcuyu inceledi ve bunun aynı kişi olduğunu gördü; bu kişinin yeri diğer kayıtta kalıyor. Kimse iki kez kayıtlı olmasın diye kaydınız iptal edildi.
case-withdrawn-v1-next = Kayıt sayfasından, o yolcu olmadan yeniden kaydolabilirsiniz. Bunun yanlış olduğunu düşünüyorsanız, bir yardım kuruluşu buna sizinle birlikte bakabilir.
case-withdrawn-v1-sms = Garita: kaydınız bir incelemeden sonra iptal edildi. Yeniden kaydolabilirsiniz: { $link }
