# Accounts, sign-in, recovery, staff pages and account e-mails (Turkish).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Navigation

nav-signin = Giriş yap
nav-signup = Hesap aç
nav-account = Hesabım
nav-signout = Çıkış yap
nav-staff = Personel

## Consent, shown before an account is made (and again when it changes)

consent-title = Başlamadan önce: bilgileriniz
consent-intro = Lütfen bunu okuyun. Garita'nın sizinle ilgili neleri sakladığını ve neden sakladığını anlatır.
consent-collect-title = Neleri saklıyoruz
consent-collect-body = E-posta adresiniz, kimsenin okuyamayacağı kilitli bir biçimde şifreniz, diliniz ve daha sonra bize verdiğiniz, grubunuzdaki kişilerle ilgili bilgiler.
consent-why-title = Neden
consent-who-title = Kimler görebilir
consent-who-body = Siz. Garita personeli yalnızca işi gerektirdiğinde görebilir ve her baktıklarında bu kayda geçer. Randevunuzun olduğu sınır kapısındaki sınır görevlileri. Bilgilerinizi asla satmayız.
consent-keep-title = Ne kadar süre saklıyoruz
consent-keep-body = Hesabınız açık olduğu sürece. Hesabınızı kapatırsanız, bilgilerinizi 2 yıl sonra sileriz. Yalnızca yasanın saklamamızı istediği bilgiler kalır.
consent-rights-title = Haklarınız
consent-rights-body = Sizinle ilgili sakladığımız her şeyi görebilir, indirebilir ve düzeltebilirsiniz. Kabul etmezseniz Garita'yı kullanamazsınız; başka hiçbir şey olmaz.
consent-version = Sürüm { $version }
consent-changed = Siz bu metni son okuduktan sonra metni değiştirdik. Devam etmek için lütfen okuyun ve yeniden kabul edin.
consent-agree = Bunu okudum ve kabul ediyorum

## Making an account

signup-title = Hesap açın
signup-intro = Bir hesap, birlikte yolculuk eden bir grup içindir.
signup-email-label = E-posta adresiniz
signup-email-help = Bu adrese bir kod göndeririz. Açabildiğiniz bir adres kullanın.
signup-phone-label = Telefon numarası (boş bırakabilirsiniz)
signup-phone-help = Ülke koduyla birlikte, örneğin +52 664 123 4567.
signup-password-label = Bir şifre belirleyin
signup-password-help = En az 10 harf, rakam ya da işaret. Kısa bir cümle kolay hatırlanır ve zor tahmin edilir.
signup-language-label = Mesajlar için diliniz
signup-submit = Hesabımı aç
signup-have-account = Zaten bir hesabınız var mı? Giriş yapın.

## Problems with a field (shown next to the field)

field-required = Lütfen burayı doldurun.
form-problems-title = Lütfen bu yanıtları kontrol edin
field-email-invalid = Bu bir e-posta adresine benzemiyor. Şuna benzemeli: isim@example.com.
field-phone-invalid = Numarayı ülke koduyla birlikte yazın, örneğin +52 664 123 4567.
field-password-short = Şifre çok kısa. En az 10 harf, rakam ya da işaret kullanın.
field-password-long = Şifre çok uzun. En fazla 128 harf, rakam ya da işaret kullanın.
field-password-common = Bu şifreyi çok kişi kullanıyor, bu yüzden tahmin etmesi kolay. Lütfen başka bir şifre seçin.
field-code-format = Kod 6 rakamdan oluşur. Yalnızca rakamları yazın.
field-code-wrong = Bu kod doğru değil ya da süresi geçmiş. Garita'dan gelen en yeni e-postaya bakın ya da yeni bir kod isteyin.
field-totp-wrong = Bu kod doğru değil. Uygulamanızın şu anda gösterdiği 6 rakamı yazın.
field-code-spent = Bu kod artık kullanılamaz: çok fazla denendi ya da süresi doldu. Yenisini almak için yeniden giriş yapın.
field-identity-check = Lütfen bu kişinin kim olduğunu kontrol ettiğinizi onaylayın.

## Checking the e-mail address

verify-title = E-postanıza bakın
verify-expiry = Kod 15 dakika geçerlidir.
verify-code-label = Kod
verify-submit = Kodu kontrol et
verify-resend = Bana yeni bir kod gönder
verify-resend-wait = { $seconds ->
   *[other] { $seconds } saniye
} sonra yeni bir kod isteyebilirsiniz.
verify-resent = Adres doğruysa, yeni bir kod yolda.
verify-done = E-posta adresiniz doğrulandı.

## Recovery codes, shown once

codes-title = Kurtarma kodlarınız
codes-body = Telefonunuzu kaybederseniz ya da şifrenizi unutursanız, bu kodlardan biriyle hesabınıza yeniden girebilirsiniz. Her kod yalnızca bir kez çalışır.
codes-keep = Bu sayfayı yazdırın ya da kodları bir kâğıda yazın. Güvenli bir yerde saklayın. Kimseye göstermeyin: Garita bu kodları sizden asla istemez.
codes-once = Bu kodları yalnızca şimdi gösteriyoruz. Biz bu kodları yalnızca kilitli bir biçimde saklıyoruz.
codes-print = Yazdır
codes-continue = Kodlarımı sakladım

## Signing in

signin-title = Giriş yap
signin-password-label = Şifre
signin-submit = Giriş yap
signin-forgot = Şifrenizi mi unuttunuz, telefonunuzu mu kaybettiniz?
signin-no-account = Henüz hesabınız yok mu? Hesap açın.
signed-out = Çıkış yaptınız.
signed-out-everywhere = Bütün telefonlarda ve bilgisayarlarda çıkış yaptınız.

device-title = Bu siz misiniz?
device-submit = Devam et

totp-title = Uygulamanızdaki kod
totp-body = Doğrulama uygulamanızı açın ve Garita için gösterdiği 6 rakamı yazın.
totp-code-label = Uygulamadaki kod
totp-submit = Giriş yap

## My account

account-title = Hesabım
account-email = E-posta adresi: { $email }
account-language-label = Mesajların dili
account-language-save = Dili kaydet
account-saved = Kaydedildi.
account-security-title = Güvenlik
account-totp-on = Hesabınızı bir doğrulama uygulaması koruyor.
account-totp-off = Daha fazla güvenlik için bir doğrulama uygulaması ekleyebilirsiniz.
account-totp-setup = Doğrulama uygulaması ekle
account-codes-new = Yeni kurtarma kodları oluştur
account-codes-new-help = Eski kodlarınız artık çalışmayacak.
account-sessions-title = Giriş yaptığınız yerler
account-session-web = Web tarayıcısı, giriş zamanı: { $since }
account-session-api = Uygulama anahtarı, giriş zamanı: { $since }
account-session-current = (şu an buradasınız)
account-session-end = Bu girişi kapat
account-signout = Çıkış yap
account-signout-everywhere = Her yerde çıkış yap

totp-setup-title = Doğrulama uygulaması ekle
totp-setup-body = Doğrulama uygulamanızda yeni bir hesap ekleyin ve bu anahtarı yazın. Sonra uygulamanın gösterdiği 6 rakamı yazın.
totp-setup-key = Anahtar: { $key }
totp-setup-code-label = Uygulamadaki kod
totp-setup-submit = Aç
totp-setup-done = Artık giriş yapmak için doğrulama uygulamanız gerekiyor.

## Getting back into an account

recover-title = Hesabınıza yeniden girin
recover-intro = Kaydınız ve geçmişiniz asla silinmez. Bir yol seçin:
recover-code-title = Kurtarma koduyla
recover-code-body = Hesabınızı açarken yazdırdığınız ya da kâğıda yazdığınız kodlardan birini kullanın.
recover-code-label = Kurtarma kodu
recover-new-password-label = Yeni şifre
recover-code-submit = Şifremi değiştir
recover-email-submit = Bana bir kod gönder
recover-helper-title = Bir barınağın ya da hukuki yardım grubunun yardımıyla
recover-helper-body = Garita ile çalışan bir barınağa ya da hukuki yardım grubuna gidin. Oradaki bir yardımcı, kim olduğunuzu yüz yüze kontrol eder ve yeni bir şifre belirlemeniz için size bir bağlantı verir.
recover-failed = E-posta adresi ya da kurtarma kodu doğru değil. İkisini de kontrol edip tekrar deneyin.
recover-done = Şifreniz değiştirildi. Kaydınız ve geçmişiniz duruyor. Diğer bütün yerlerde çıkış yaptınız.

## Set-up link (staff accounts and helper recovery)

setup-title = Şifrenizi belirleyin
setup-body = Bu bağlantı yalnızca bir kez çalışır. Hesabınız için bir şifre belirleyin.
setup-staff-totp = Personel hesapları için doğrulama uygulaması gerekir. Uygulamanızda bu anahtarla yeni bir hesap ekleyin, sonra uygulamanın gösterdiği 6 rakamı yazın: { $key }
setup-submit = Kaydet
setup-invalid = Bu bağlantı artık çalışmıyor. Eski ya da daha önce kullanılmış olabilir. Size bu bağlantıyı veren kişiden yenisini isteyin.

## Limits

rate-limited = Şu an çok fazla deneme oldu. Lütfen { $minutes ->
   *[other] { $minutes } dakika
} bekleyin, sonra tekrar deneyin. Kaydettiğiniz hiçbir şey kaybolmadı.
form-expired = Bu form çok uzun süre açık kaldı. Lütfen tekrar deneyin: daha önce kaydettiğiniz her şeyi sakladık.
upload-too-large = Fotoğraf { $megabytes } MB'tan büyük. Fotoğrafı yeniden çekin ya da daha küçük bir fotoğraf seçin. Daha önce kaydettiğiniz hiçbir şey kaybolmadı.
body-too-large = Gönderilen { $kilobytes } KB'tan büyük; bu sayfadaki hiçbir yanıtın bu kadarına ihtiyacı yok. En uzun metni kısaltıp yeniden gönderin. Daha önce kaydettiğiniz hiçbir şey kaybolmadı.
form-unreadable = Bu sayfanın gönderdiğini okuyamadık. Lütfen sayfayı menüden yeniden açın ve bir kez daha doldurun: daha önce kaydettiğiniz her şey hâlâ burada.

## Staff

staff-title = Personel
staff-role = Rolünüz: { $role }
staff-port = Sınır kapınız: { $port }
staff-organization = Kurumunuz: { $organization }
role-applicant = Başvuran
role-helper = Yardımcı
role-officer = Sınır görevlisi
role-port-supervisor = Sınır kapısı amiri
role-programme-admin = Program yöneticisi
role-auditor = Denetçi
role-partner-validator = Ortak kuruluş doğrulayıcısı
role-observer = Kura gözlemcisi
role-adjudicator = Başvuru karar yetkilisi
role-agriculture-specialist = Tarım uzmanı
signin-required-title = Lütfen giriş yapın
signin-required-body = Bu sayfayı görmek için giriş yapmanız gerekiyor.
forbidden-title = Bu sayfa hesabınız için değil
forbidden-body = Bu sayfa başka bir rol ya da başka bir sınır kapısı için. İşiniz için gerekiyorsa bir program yöneticisine sorun.

staff-audit-title = Denetim kaydı
staff-audit-intact = Kayıtta { $count ->
    [one] { $count } girdi var. Değiştirilmedi.
   *[other] { $count } girdi var. Hiçbiri değiştirilmedi.
}
staff-audit-broken = Kayıt, { $seq } numaralı girdide değiştirilmiş. Güvenlik ekibine haber verin.
staff-audit-checkpoint = Son imzalı kontrol noktasındaki girdi sayısı: { $count }. Kayıt onunla uyuşuyor.
staff-audit-rewritten = Kayıt, { $count } numaralı girdide imzalı kontrol noktasıyla uyuşmuyor: yeniden yazılmış. Güvenlik ekibine haber verin.
staff-audit-cut = Kayıttaki girdi sayısı: { $count }; imzalı kontrol noktası { $checkpoint } saymıştı. En yeni girdiler silinmiş. Güvenlik ekibine haber verin.
staff-audit-bad-checkpoint = { $count } numaralı girdideki kontrol noktası Garita'nın imzasını taşımıyor. Güvenlik ekibine haber verin.
staff-audit-when = Ne zaman
staff-audit-who = Kim
staff-audit-what = Ne

staff-port-title = Sınır kapısı { $port }
staff-port-capacity = Günlük yer sayısı
staff-port-date-label = Tarih
staff-port-seats-label = Yer sayısı
staff-port-save = Kaydet
staff-port-slots-label = Saat dilimi başına yer sayısı
staff-port-closed-label = Kapalı
staff-port-slots-title = Saat dilimi başına yer sayısı
staff-port-slots-help = Bir tarihin her saat diliminde kaç yer olduğunu belirleyin. O tarihin yer sayısı bunların toplamı olur; o tarihin kurası bu yerleri kullanır.
staff-port-slot-seats = Saat { $time } için yer sayısı
staff-port-slots-saved = { $date } için saat dilimi başına yer sayısı kaydedildi.
staff-port-slots-closed = Sınır kapısı { $date } tarihinde kapalı: hiçbir şey değiştirilmedi.
staff-port-close-title = Sınır kapısını bir tarih için kapat
staff-port-close-help = O tarihteki her randevu, bu sınır kapısında boş yeri olan en yakın tarihlere taşınır; her grup birlikte kalır. Her gruba haber verilir; grup bunun yerine başka bir sınır kapısı seçebilir ve onay belgesinde yeni tarih görünür.
staff-port-close-reason = Neden
staff-port-close-confirm = Bu tarihteki her randevunun taşınacağını ve her gruba haber verileceğini anlıyorum.
staff-port-close-unconfirmed = Hiçbir şey değiştirilmedi: kapatmayı onaylamak için önce kutuyu işaretleyin.
staff-port-close = Sınır kapısını kapat ve randevuları taşı
staff-port-closed-weather = Kapalı: hava koşulları
staff-port-closed-security = Kapalı: güvenlik
staff-port-closed-other = Kapalı
staff-port-closed-done = Sınır kapısı { $date } tarihinde kapalı. { $moved ->
    [one] Bir randevu taşındı.
   *[other] { $moved } randevu taşındı.
} { $unplaced ->
    [0] {""}
    [one] { $unplaced } randevu için önümüzdeki aylarda boş yer bulunamadı ve tarihi değişmedi: lütfen bununla ilgilenin.
   *[other] { $unplaced } randevu için önümüzdeki aylarda boş yer bulunamadı ve tarihleri değişmedi: lütfen bunlarla ilgilenin.
}
staff-port-already-closed = Sınır kapısı { $date } tarihinde zaten kapalıydı: hiçbir şey değiştirilmedi.
staff-port-close-past = { $date } tarihi bu sınır kapısında geride kaldı: geçmiş bir gün kapatılamaz. Hiçbir şey değiştirilmedi.
staff-port-close-busy = Sınır kapısı { $date } tarihi için kapatılırken randevular değişti, bu yüzden hiçbir şey değiştirilmedi. Lütfen tekrar deneyin.

staff-recover-title = Birinin hesabına yeniden girmesine yardım edin
staff-recover-body = Bunu yalnızca kişi karşınızdayken ve kim olduğunu bir kimlik belgesiyle kontrol ettikten sonra yapın. Burada yaptığınız her şey kayda geçer ve kişiye gösterilir.
staff-recover-email-label = Kişinin e-posta adresi
staff-recover-identity-label = Bu kişinin kimliğini yüz yüze kontrol ettim
staff-recover-document-label = Kişinin belge numarası ya da doğum tarihi (gün/ay/yıl), kaydındaki gibi
staff-recover-submit = Yeni şifre için bağlantı oluştur
staff-recover-link = Bu bağlantıyı kişiye verin. Yalnızca bir kez ve 24 saat boyunca çalışır: { $link }
staff-recover-none = Bağlantı yok. Ya bu adresin kuruluşunuzun yardım ettiği bir hesabı yok ya da belge numarası veya doğum tarihi kayıtla uyuşmuyor. Bunları kişiyle birlikte kontrol edin.

## E-mails

email-greeting = Merhaba,
email-footer = Garita ücretsizdir. Sizden asla para, şifrenizi ya da kurtarma kodlarınızı istemeyiz.
email-ignore = Bunu siz istemediyseniz, bu e-postayı dikkate almayabilirsiniz. Hesabınız güvende.
email-code = Kodunuz: { $code }
email-code-expiry = Kod 15 dakika geçerlidir.
email-link-intro = Ya da bu bağlantıyı açın:
email-verify-subject = Garita kodunuz: { $code }
email-verify-body = Garita için e-posta adresinizi doğrulama kodunuz aşağıda.
email-device-subject = Garita giriş kodunuz: { $code }
email-device-body = Biri yeni bir telefonda ya da bilgisayarda Garita hesabınıza giriş yapıyor. Bu sizseniz, bu kodu yazın.
email-recovery-subject = Garita kurtarma kodunuz: { $code }
email-recovery-body = Garita hesabınız için yeni bir şifre belirleme kodunuz aşağıda. Kaydınız ve geçmişiniz duruyor.
email-exists-subject = Garita hesabınız
email-exists-body = Biri bu e-posta adresiyle yeni bir Garita hesabı açmaya çalıştı, ama zaten bir hesabınız var. Bu sizseniz giriş yapın ya da buradan hesabınıza yeniden girin: { $link }
email-password-changed-subject = Garita şifreniz değiştirildi
email-password-changed-body = Garita hesabınızın şifresi değiştirildi. Bunu siz yapmadıysanız, hemen buradan hesabınıza yeniden girin: { $link }

## Titles added with the account pages

rate-limited-title = Lütfen biraz bekleyin
form-expired-title = Lütfen tekrar deneyin
api-token-created = Uygulama anahtarınız burada. Yalnızca bir kez gösterilir: { $token }
staff-none = Burada rolünüz için henüz bir şey yok.
staff-links-title = Yapabilecekleriniz
account-codes-left = Kullanmadığınız kurtarma kodu sayısı: { $count }
account-phone = Telefon: { $phone }

## Helpers working with a person who is present

staff-people-title = Kurumunuzun yardım ettiği kişiler
staff-people-none = Henüz kimse yok.
staff-people-new = Şu an yanınızda olan bir kişi için hesap açın
staff-people-new-help = Önce aşağıdaki metni kişiye kendi dilinde okuyun ya da kişinin kendisi okusun. Hesabı yalnızca kişi kabul ederse açın.
staff-people-consent-read = Bu metni kişiye kendi dilinde okudum ve kişi kabul etti
staff-people-email = Kişinin e-posta adresi
staff-people-language = Kişinin dili
staff-people-create = Hesabı aç
staff-people-taken = Bu adresin zaten bir hesabı var. Kişi, "Hesabınıza yeniden girin" ile hesabına yeniden girebilir.
staff-people-act = Bu kişinin kaydı üzerinde çalış
staff-people-handover = Hesabı kişiye teslim et
staff-people-handover-link = Bu bağlantıyı kişiye verin. Kişi bu bağlantıyla kendi şifresini belirler. Bağlantı 72 saat çalışır: { $link }
acting-notice = { $email } adresinin kaydı üzerinde çalışıyorsunuz. Yaptığınız her şey kayda geçer ve bu kişiye gösterilir.
acting-stop = Bu kişi için çalışmayı bırak
account-helpers-title = Yardımcıların sizin için yaptıkları
account-helper-can-act = { $organization } size yardım ettiği için hesabınızda işlem yapabilir. Bunu istediğiniz zaman sona erdirebilirsiniz: yardımcıları artık burada hiçbir şeyi göremez ve değiştiremez.
account-helper-withdraw = Erişimini sona erdir
account-helpers-none = Hesabınızda henüz hiçbir yardımcı çalışmadı.
helper-did-account = { $date }: bir yardımcı hesabınızı açtı.
helper-did-consent = { $date }: bir yardımcı, bilgilerinizle ilgili metni kabul ettiğinizi not etti.
helper-did-acting = { $date }: bir yardımcı kaydınız üzerinde çalışmaya başladı.
helper-did-handover = { $date }: bir yardımcı, hesabınızı teslim almanız için bir bağlantı oluşturdu.
helper-did-registration = { $date }: bir yardımcı kaydınızı kaydetti.
helper-did-photo = { $date }: bir yardımcı bir fotoğraf gönderdi.
helper-did-recovery = { $date }: bir yardımcı, hesabınıza yeniden girmeniz için bir bağlantı oluşturdu.
helper-did-other = { $date }: bir yardımcı bir değişiklik yaptı.

## Closing one's account.
account-close = Hesabımı kapat
close-title = Hesabınızı kapatın
close-what = Kapattıktan sonra kimse bu hesaba giremez: her telefondaki tüm oturumlar sona erer ve kurtarma kodlarınız artık çalışmaz. Grubunuz artık randevu isteyemez.
close-kept = Bilgilerinizi, hesabınızı kapattıktan 2 yıl sonra sileriz; yasanın saklamamızı zorunlu tuttukları hariç. Yayımlanan kura listeleri yalnızca katılım numaralarını tutar; bunlar sizin hakkınızda hiçbir şey söylemez.
close-again = Aynı e-posta adresiyle istediğiniz zaman yeni bir hesap açabilirsiniz.
close-sure = Anlıyorum: hesabımı kapat
close-submit = Hesabımı kapat
close-keep = Hesabımı koru
close-not-sure = Hesabınızı kapatmak istediğinizi söylemek için kutuyu işaretleyin. Hiçbir şey değişmedi.
close-end-first = Grubunuzun bir randevusu var. Önce randevunuzu gösteren sayfada onu iptal edin; sonra hesabınızı kapatabilirsiniz. Hiçbir şey değişmedi.
close-done = Hesabınız kapatıldı. Artık kimse ona giremez. Bilgilerinizi bugünden 2 yıl sonra sileriz; yasanın saklamamızı zorunlu tuttukları hariç.

## Staff accounts, for programme admins.
staff-accounts-title = Personel hesapları
staff-accounts-row = { $email }: { $role } { $place }
staff-accounts-disable = Bu hesabı devre dışı bırak
staff-accounts-disabled = Hesap devre dışı: oturumları sona erdi ve artık giriş yapamaz.
staff-accounts-not-disabled = Hiçbir şey değişmedi: bu hesap bir personel hesabı değil, sizin hesabınız ya da zaten devre dışı.
staff-audit-search = Ara
staff-audit-action = İşlem (veya başlangıcı, örneğin review.)
staff-audit-action-help = Örneğin bir kapıda bir yolcunun verilerinin her açılışı için desk.traveller-opened.
staff-audit-subject = Kimin hakkında (hesap veya kayıt kimliği)
staff-audit-from = Başlangıç (YYYY-AA-GG)
staff-audit-to = Bitiş (YYYY-AA-GG)
staff-audit-none = Bu aramaya uyan kayıt yok.
staff-audit-older = Daha eski kayıtlar
staff-audit-csv = Bu aramayı CSV olarak indir
