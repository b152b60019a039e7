## Program yöneticileri personel hesaplarını yönetir: hesap açar, rolünü değiştirir, girişini sıfırlar.

staff-accounts-intro = Garita'da çalışan herkes ve rolleri. Bir değişiklik hemen geçerli olur; bir hesabı devre dışı bırakmak oturumlarını hemen sona erdirir.
staff-accounts-new = Personel hesabı aç
staff-accounts-new-help = Hesabın kurulum bağlantısı burada yalnızca bir kez gösterilir: bağlantıyı kişiye kendiniz verin. Kişi bu bağlantıyla bir şifre seçer ve bir doğrulama uygulaması kurar.
staff-accounts-email = Kişinin iş e-posta adresi
staff-accounts-role = Rol
staff-accounts-port = Sınır kapısı
staff-accounts-port-help = Yalnızca sınır görevlileri ve sınır kapısı amirleri için.
staff-accounts-no-port = Sınır kapısı yok
staff-accounts-organization = Kurum
staff-accounts-organization-help = Yalnızca bir kurum için çalışan roller için (yardımcılar, gözlemciler, ortak doğrulayıcılar): kurumun adı.
staff-accounts-language = Kişinin dili
staff-accounts-create = Hesabı aç
staff-accounts-created = Hesap açıldı. Bu kurulum bağlantısını kişiye kendiniz verin; yalnızca bir kez ve 3 gün boyunca çalışır: { $link }
staff-accounts-taken = Bu adresin zaten bir hesabı var. Yeni hesap açılmadı.
staff-accounts-change = Rolü kaydet
staff-accounts-changed = Rol değişti. Değişiklik hemen geçerli olur.
staff-accounts-not-changed = Hiçbir şey değişmedi: bu hesap bir personel hesabı değil, sizin hesabınız ya da böyle bir hesap yok.
staff-accounts-reset = Şifreyi ve doğrulama uygulamasını sıfırla
staff-accounts-reset-done = Şifre ve doğrulama uygulaması sıfırlandı, hesabın oturumları sona erdi. Bu yeni kurulum bağlantısını kişiye kendiniz verin; yalnızca bir kez ve 3 gün boyunca çalışır: { $link }
staff-accounts-role-needed = Bir personel rolü seçin.
staff-accounts-port-needed = Sınır görevlileri ve sınır kapısı amirleri tek bir sınır kapısında çalışır: o kapıyı seçin.
staff-accounts-port-not-allowed = Yalnızca sınır görevlilerinin ve sınır kapısı amirlerinin sınır kapısı olur: "Sınır kapısı yok" seçeneğini seçin.
staff-accounts-organization-needed = Bu rol bir kurum için çalışır: kurumun adını yazın.
staff-accounts-organization-not-allowed = Bu rolün kurumu yoktur: bu alanı boş bırakın.
email-help-withdrawn-subject = Garita: kuruluşunuzun yardım ettiği bir kişi erişimi geri aldı
email-help-withdrawn-body = Kuruluşunuzun Garita'da yardım ettiği bir kişi, kuruluşunuzun hesabına erişimini geri aldı. Yardımcılarınız artık bu hesapta çalışamaz. Yeniden yardıma ihtiyaç duyarsa sizden isteyebilir; siz de kişi yanınızdayken yeni bir hesap açabilirsiniz. Yardım ettiğiniz kişiler: { $link }
