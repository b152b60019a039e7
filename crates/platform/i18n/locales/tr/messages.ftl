### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox: Turkish. Translated from en/messages.ftl.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: grubunuzun { $date } tarihinde randevusu var (sınır kapısı: { $port })
msg-won-v1-body = { $day } tarihli isteğiniz kurada seçildi. Grubunuzun randevusu: { $port } ({ $crossing }), { $date }, saat { $time } (sınır kapısındaki saat), { $seats ->
   *[other] { $seats } yer
}.
msg-won-v1-next = Şimdi yapmanız gereken: { $deadline } tarihinden önce onaylayın ({ $zone } saati). 14 yaşında ya da daha büyük her kişi, telefonun konumu ve bir fotoğrafla onaylar. Zamanında onaylamazsanız yer başka bir gruba verilir. Sonra hiçbir ceza olmadan tekrar randevu isteyebilirsiniz.
msg-won-v1-sms = Garita: randevu { $date } { $time }, { $port }, { $seats ->
   *[other] { $seats } kişi
}. { $deadline } öncesi onaylayın: { $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita: { $date } tarihli randevunuz onaylandı (sınır kapısı: { $port })
msg-confirmed-v1-body = Gruptaki herkes onayladı. Onay numaranız: { $number }. Grubunuzun randevusu: { $port } ({ $crossing }), { $date }, saat { $time } (sınır kapısındaki saat), { $seats ->
   *[other] { $seats } yer
}.
msg-confirmed-v1-next = Şimdi yapmanız gereken: saat { $time } olmadan biraz önce, gruptaki herkesle ve onların belgeleriyle birlikte sınır kapısına gelin. Onayınız durum sayfanızda görünür.
msg-confirmed-v1-sms = Garita: randevu onaylandı, no { $number }: { $date } { $time }, { $port }, { $seats ->
   *[other] { $seats } kişi
}. Ayrıntılar: { $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita: { $date } tarihli randevunuzu onaylamak için daha fazla süreniz var
msg-deadline-moved-v1-body = Onaylamanız gereken süre içinde Garita { $hours } sa { $minutes } dk boyunca düzgün çalışmadı; bu yüzden o kadar ek süreniz var. Randevunuz: { $port } ({ $crossing }), { $date }, saat { $time } (sınır kapısındaki saat), { $seats ->
   *[other] { $seats } yer
}.
msg-deadline-moved-v1-next = { $deadline } tarihinden önce durum sayfanızda onaylayın ({ $zone } saati).
msg-deadline-moved-v1-sms = Garita: ek süre. Randevu { $date } { $time }, { $port }. { $deadline } öncesi onaylayın: { $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita: { $date } tarihli randevunuz zamanında onaylanmadı
msg-lapsed-v1-body = Grubunuzun randevusu ({ $port }, { $date }, saat { $time }) son tarihten önce onaylanmadı; bu yüzden yer başka gruplara verildi.
msg-lapsed-v1-next = Herhangi bir gün hiçbir ceza olmadan tekrar isteyebilirsiniz: ne kadar süredir kayıtlı olduğunuz her kurada hâlâ dikkate alınır.
msg-lapsed-v1-sms = Garita: { $date } randevunuz ({ $port }) zamanında onaylanmadı. Dilediğiniz gün tekrar isteyin: { $link }
msg-offered-v1-subject = Garita: grubunuz için { $date } tarihinde bir yer var (sınır kapısı: { $port })
msg-offered-v1-body = { $day } kurasında seçilen bir grup onaylamadı ve yeri, yayımlanan listedeki sıradaki gruplara verilir: sizin grubunuz da bunlardan biri. Grubunuzun randevusu: { $port } ({ $crossing }), { $date }, saat { $time } (sınır kapısındaki saat), { $seats ->
   *[other] { $seats } yer
}.
msg-offered-v1-next = Şimdi yapmanız gereken: { $deadline } tarihinden önce onaylayın ({ $zone } saati). İlk seçilen gruplardan daha az süreniz var. 14 yaşında ya da daha büyük her kişi, telefonun konumu ve bir fotoğrafla onaylar. Zamanında onaylamazsanız yer sıradaki gruba verilir; bunun size hiçbir cezası olmaz.
msg-offered-v1-sms = Garita: size yer var { $date } { $time }, { $port }, { $seats ->
   *[other] { $seats } kişi
}. { $deadline } öncesi onaylayın: { $link }

## A cancelled appointment, version 1.
msg-cancelled-v1-subject = Garita: { $date } tarihli randevunuz iptal edildi (sınır kapısı: { $port })
msg-cancelled-v1-body = Grubunuzun randevusu iptal edildi: { $port } ({ $crossing }), { $date }, saat { $time }. Kayıt sayfanızdaki imzalı dosyanız, elinizde ne olduğunu ve ne zaman iptal edildiğini saklar.
msg-cancelled-v1-next = Herhangi bir gün hiçbir ceza olmadan yeniden randevu isteyebilirsiniz.
msg-cancelled-v1-sms = Garita: { $date } { $time } randevunuz ({ $port }) iptal edildi. Dilediğiniz gün tekrar isteyin: { $link }

## Nobody of a confirmed group came on the day, version 1.
msg-no-show-v1-subject = Garita: { $date } tarihinde { $port } sınır kapısında grubunuzu göremedik
msg-no-show-v1-body = { $port } sınır kapısındaki { $date }, saat { $time } randevusu için grubunuzdan kimsenin girişi kaydedilmedi, bu yüzden randevu sona erdi. Umarız herkes iyidir.
msg-no-show-v1-next = Herhangi bir gün hiçbir ceza olmadan yeniden randevu isteyebilirsiniz: ne kadar süredir kayıtlı olduğunuz her kurada hâlâ dikkate alınır.
msg-no-show-v1-sms = Garita: { $date } günü grubunuzu göremedik ({ $port }). Dilediğiniz gün cezasız tekrar isteyin: { $link }

## An appointment moved: its port closed that day, or the group chose another port, version 1.
msg-moved-v1-subject = Garita: randevunuz artık { $date } tarihinde (sınır kapısı: { $port })
msg-moved-v1-body = { $reason ->
    [weather] { $from_port } sınır kapısı { $from_date } tarihinde hava koşulları nedeniyle kapalı, bu yüzden grubunuzun randevusu taşındı.
    [security] { $from_port } sınır kapısı { $from_date } tarihinde güvenlik nedeniyle kapalı, bu yüzden grubunuzun randevusu taşındı.
    [port-chosen] Grubunuz başka bir sınır kapısı seçti, bu yüzden randevunuz taşındı.
   *[other] { $from_port } sınır kapısı { $from_date } tarihinde kapalı, bu yüzden grubunuzun randevusu taşındı.
} Grubunuzun yeni randevusu: { $port } ({ $crossing }), { $date }, saat { $time } (sınır kapısındaki saat), { $seats ->
   *[other] { $seats } yer
}.
msg-moved-v1-next = Yeni randevu durum sayfanızda görünür; gruptaki herkes onayladığında onay belgesi de orada görünür. Eski tarihe ait onay belgesi artık geçerli değil. Başka bir sınır kapısı size daha uygunsa, onu orada seçebilirsiniz.
msg-moved-v1-sms = Garita: randevunuz taşındı: { $date } { $time }, { $port }, { $seats ->
   *[other] { $seats } kişi
}. Ayrıntılar: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: { $day } tarihli isteğiniz seçilmedi
msg-not-chosen-v1-body = { $day } tarihli isteğiniz (sınır kapısı: { $port }) bu sefer kurada seçilmedi.
msg-not-chosen-v1-next = Herhangi bir gün tekrar isteyebilirsiniz: ne kadar süredir kayıtlı olduğunuz her kurada dikkate alınır. Bu e-postayı siz istediniz; hesap sayfanızdan durdurabilirsiniz.

account-notices-title = Kuralarla ilgili mesajlar
account-notices-not-chosen = Grubum seçilmediğinde bana e-postayla da haber verin. Sonuç her zaman durum sayfanızda görünür.
account-notices-save = Kaydet

status-title = Durumunuz ve mesajlarınız
status-appointment-title = Randevunuz
status-appointment = { $port } ({ $crossing }), { $date }, saat { $time } (sınır kapısındaki saat), { $seats ->
   *[other] { $seats } yer
}.
status-confirm-by = { $deadline } tarihinden önce onaylayın ({ $zone } saati).
status-confirmed = Randevunuz onaylandı: gruptaki herkes onayladı.
status-confirm-title = Randevunuzu onaylayın
status-time-left = Kalan süre: { $hours } sa { $minutes } dk.
status-confirm-intro = 14 yaşında ya da daha büyük her kişi bu telefonda onaylar: önce telefonun konumuyla, sonra şimdi çekilen bir yüz fotoğrafıyla.
status-traveller-todo = { $name }: henüz onaylamadı.
status-traveller-retake = { $name }: fotoğraf kullanılamadı. Lütfen yeni bir fotoğraf çekin.
status-traveller-review = { $name }: fotoğrafa bir kişi bakıyor. Bir şey yapmanız gerekmiyor; bu sırada onaylama süreniz durur.
status-traveller-passed = { $name }: onayladı.
status-confirm-link = Onaylayın: { $name }
status-no-appointment = Henüz bir randevunuz yok. Her gün randevu isteyebilirsiniz; her kuranın sonucu burada görünür.
status-request-title = En son isteğiniz
status-request-none = Henüz randevu istemediniz.
status-request-waiting = { $day } tarihinde randevu istediniz (sınır kapısı: { $port }). Sonuç henüz yayımlanmadı.
status-request-won = { $day } tarihinde randevu istediniz (sınır kapısı: { $port }) ve grubunuz seçildi. Randevunuz yukarıda görünüyor.
status-request-lapsed = { $day } tarihinde randevu istediniz (sınır kapısı: { $port }). Grubunuz seçildi ama zamanında onaylamadı; bu yüzden yer başka gruplara verildi. Herhangi bir gün hiçbir ceza olmadan tekrar isteyebilirsiniz.
status-request-no-show = { $day } tarihinde randevu istediniz (sınır kapısı: { $port }) ve grubunuzun onaylanmış bir randevusu vardı, ancak o gün kimsenin girişi kaydedilmedi. Herhangi bir gün hiçbir ceza olmadan tekrar isteyebilirsiniz.
status-request-not-chosen = { $day } tarihinde randevu istediniz (sınır kapısı: { $port }). Grubunuz bu sefer seçilmedi. Herhangi bir gün tekrar isteyebilirsiniz: ne kadar süredir kayıtlı olduğunuz her kurada dikkate alınır.
confirm-title = Onay: { $name }
confirm-intro = Düğmeye bastığınızda, { $name } randevuların onaylandığı bölgede mi diye kontrol etmek için telefona bir kez nerede olduğunuz sorulur. Konumunuz saklanmaz. Sonra { $name } adlı kişinin yüz fotoğrafını çekin: kameraya bakarken, iyi ışıkta, fotoğrafta başka kimse olmadan.
confirm-submit = Onayla
confirm-needs-location = Onaylamak için Garita'nın telefonun konumunu bilmesi gerekir. Bu siteye konum izni verin ve düğmeye tekrar basın. Yine de olmazsa, bir yardım kuruluşu size yardımcı olabilir.
confirm-too-late = Onaylama süresi doldu. Bundan sonra ne olacağı durum sayfanızda yazıyor.
confirm-outside-state = Telefona göre şu anda buradasınız: { $place }. Burası, randevuların onaylandığı bölgeden yaklaşık { $km } km uzakta (Meksika'nın 19. paralelin kuzeyindeki kısmı, ayrıca Chiapas ve Tabasco). Bu bölgenin içindeyken onaylayabilirsiniz. Bulunduğunuz yer burası değilse, hassas konumu açın ve tekrar deneyin.
confirm-outside-country = Telefona göre Meksika'nın dışındasınız, sınırdan yaklaşık { $km } km uzaktasınız (en yakın yer: { $place }). Meksika'nın içinden onaylayabilirsiniz: 19. paralelin kuzeyinden ya da Chiapas veya Tabasco'dan. Bulunduğunuz yer burası değilse, hassas konumu açın ve tekrar deneyin.

inbox-title = Mesajlar
inbox-empty = Henüz mesaj yok. E-posta ya da SMS size ulaşmasa bile, randevularınızla ilgili mesajlar burada görünür.
inbox-offline = Bu sayfa bir kez yüklendikten sonra internet bağlantısı olmadan da tekrar okunabilir.
inbox-text-gone-subject = Eski bir mesaj
inbox-text-gone-body = { $days ->
    [one] Bu mesajın metni, Garita'nın bilgileri ne kadar süre sakladığıyla ilgili kurallarına göre, gönderildikten bir gün sonra silindi. Mesajın size söyledikleri durum sayfanızda ve imzalı dosyanızda duruyor.
   *[other] Bu mesajın metni, Garita'nın bilgileri ne kadar süre sakladığıyla ilgili kurallarına göre, gönderildikten { $days } gün sonra silindi. Mesajın size söyledikleri durum sayfanızda ve imzalı dosyanızda duruyor.
}

messages-admin-title = Mesajlar
messages-admin-intro = Bütün düğümler için birlikte: bekleyen, gönderilen ve gönderilemeyen mesajlar. Aynı sayılar /metrics adresinde de var.
messages-admin-pending = { $channel } ile gönderilmeyi bekleyen: { $count }
messages-admin-none-pending = Bekleyen mesaj yok.
messages-admin-oldest = Bekleyen en eski mesaj { $minutes ->
   *[other] { $minutes } dakika
} önce yazıldı.
messages-admin-sent = Toplam teslim edilen: { $count }
messages-admin-hour-title = Son bir saatte
messages-admin-hour = { $channel }: { $sent } teslim edildi, { $retry } daha sonra yeniden denenmek üzere ertelendi, { $moved } sonraki kanala aktarıldı, { $dead } için vazgeçildi, { $deferred } gönderim sınırları yüzünden yavaşlatıldı.
messages-admin-dead-title = Teslim edilemedi
messages-admin-dead-empty = Hiç yok. Her mesaj teslim edildi ya da hâlâ deneniyor.
messages-admin-dead-row = { $kind } ({ $channel }), yazıldığı zaman: { $when }, { $attempts ->
   *[other] { $attempts } deneme
}. Son hata: { $error }
messages-admin-retry = Tekrar dene
messages-admin-retried = Mesaj yeniden kuyrukta ve birazdan tekrar denenecek.

review-confirmations = Onay fotoğrafları

confirmation-title = Onay belgeniz
confirmation-intro = Bu sayfayı sınır kapısında telefonda ya da tek bir kâğıda yazdırılmış olarak gösterin. Belgelerinizle birlikte ihtiyacınız olan tek şey budur.
confirmation-number = Onay numarası: { $number }
confirmation-appointment = { $port } ({ $crossing }), { $date }, saat { $time } (sınır kapısındaki saat), { $seats ->
   *[other] { $seats } yer
}.
confirmation-token = Elle kontrol için onay belgenizin metni:
confirmation-free = Gerçek olup olmadığını herkes /verify adresinde kontrol edebilir. Garita ücretsizdir: kimse size onay belgesi satamaz.
status-confirmation-link = Onay belgenizi görün ve yazdırın
status-cancel = Bu randevuyu iptal et
status-cancel-help = Grubunuz gelemeyecekse randevuyu iptal edin: yer hemen başka bir gruba verilir. Herhangi bir gün hiçbir ceza olmadan tekrar isteyebilirsiniz.
status-cancelled = Randevunuz iptal edildi. Herhangi bir gün tekrar isteyebilirsiniz.
status-moved = { $reason ->
    [port-chosen] Bu randevuyu { $from_port } sınır kapısından ({ $from_date }, saat { $from_time }) başka bir sınır kapısına taşıdınız.
   *[other] { $from_port } sınır kapısından ({ $from_date }, saat { $from_time }) taşındı: sınır kapısı o gün kapalı.
}
status-choose-port = Bu sınır kapısına taşı
status-choose-port-label = Başka bir sınır kapısı
status-choose-port-help = Başka bir sınır kapısı grubunuza daha uygunsa onu seçin: randevunuz oradaki en yakın boş saate, gruptaki herkes birlikte olacak şekilde taşınır. Bunu yalnızca bir kez yapabilirsiniz.
status-choose-port-full = O sınır kapısında önümüzdeki aylarda boş yer yok. Randevunuz değişmedi.
check-title = Onay belgesini kontrol edin
check-intro = Bir Garita onay belgesinin metnini (QR kodunun altındaki satırı) yapıştırın ya da QR kodunu tarayın. Yanıt yalnızca belgenin gerçek olup olmadığını söyler: hiçbir kişisel bilgi göstermez.
check-token-label = Onay belgesi metni
check-submit = Kontrol et
check-scan = QR kodunu tara
check-no-camera = Kamera burada kullanılamadı. Bunun yerine onay belgesinin metnini yazın ya da yapıştırın.
check-genuine = Gerçek: onay belgesi { $number }, sınır kapısı { $port }, { $date }, saat { $time }, { $seats ->
   *[other] { $seats } yer
}.
check-not-genuine = Gerçek değil: bu belge Garita tarafından imzalanmadı. Bu belgeye güvenmeyin ve bunun için para ödemeyin.
check-expired = Bu onay belgesi gerçekti, ancak günü ({ $date }) geçti.
check-cancelled = Bu onay belgesi gerçekti, ancak randevu iptal edildi.
check-moved = Bu onay belgesi gerçekti, ancak randevu { $date } tarihinden başka bir güne ya da sınır kapısına taşındı: daha yeni onay belgesini isteyin.
check-offline = Bu telefonda, internet bağlantısı olmadan kontrol edildi: imza Garita'nın. Sonradan iptal edilip edilmediği yalnızca internet bağlantısıyla kontrol edilebilir.
partner-title = Onay belgesini doğum tarihiyle kontrol edin
partner-intro = Ortak kuruluşlar için. Bir kişinin size gösterdiği onay numarasını ve grubundaki kişilerden birinin doğum tarihini yazın: yanıt yalnızca evet ya da hayırdır. Her kontrol kayda geçer.
partner-number = Onay numarası
partner-born = Gruptaki kişilerden birinin doğum tarihi.
partner-yes = Evet: bu onay belgesi geçerli ve bu tarihte doğmuş bir kişinin bulunduğu bir gruba ait.
partner-no = Hayır: bu numara, bu tarihte doğmuş bir kişinin bulunduğu bir grubun geçerli onay numarası değil.
partner-too-many = Bu saat içinde çok sayıda kontrol yaptınız. Lütfen bir sonraki saatte tekrar deneyin.
