## Kayıt olarak kurumlar: program yöneticileri listeyi tutar; bir kurumun yöneticileri o kurumun yardımcılarını yönetir.

role-organization-admin = Kurum yöneticisi
organizations-title = Kurumlar
organizations-intro = Personelin çalıştığı kurumlar. Bir yardımcıya, gözlemciye, ortak doğrulayıcıya veya kurum yöneticisine yalnızca bu listedeki bir kurum verilebilir.
organizations-name = Ad
organizations-kind = Tür
organizations-city = Şehir
organizations-contact = Kuruma nasıl ulaşılır
organizations-contact-help = Yardım rehberinde gösterildiği şekliyle herkese açık bir adres, telefon veya çalışma saatleri.
organizations-kind-helpers = Barınak veya hukuki yardım grubu (yardımcılar)
organizations-kind-partner = Onayları kontrol eden ortak kurum
organizations-kind-observer = Kuraları gözlemleyen kurum
organizations-kind-carrier = Otobüs taşımacısı
organizations-kind-broker = Gümrük müşaviri
organizations-kind-importer = İthalatçı
organizations-add = Kurumu ekle
organizations-added = Kurum eklendi. Artık kurumun çalışanlarına hesap açabilirsiniz.
organizations-incomplete = Her alanı doldurun (her biri en fazla 100 karakter) ve bir tür seçin.
organizations-taken = Bu adda bir kurum zaten var. Hiçbir şey eklenmedi.
organization-title = Kurumunuzun yardımcıları
organization-intro = { $organization } kurumunun yardımcıları. İnsanlara yüz yüze yardım eden birini ekleyin veya artık yardım etmeyen birini çıkarın: oturumları hemen sona erer.
organization-no-helpers = Henüz yardımcı yok.
organization-remove = Bu yardımcıyı çıkar
organization-removed = Yardımcı çıkarıldı: oturumları sona erdi ve artık giriş yapamaz.
organization-add = Yardımcı ekle
staff-accounts-organization-unknown = Bu adda bir kurum yok. Önce Kurumlar bölümünde ekleyin ya da yazılışını kontrol edin.

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = Otobüs şirketleri, gümrük müşavirleri ve ithalatçılar: Garita'ya katılın
joining-title = Otobüs taşımacısı, gümrük müşaviri veya ithalatçı olarak Garita'ya katılın
joining-intro = Otobüs şirketleri bir sınır kapısına varmadan önce yolcu listelerini gönderir; gümrük müşavirleri ve ithalatçılar yük denetimi ister. Bize kim olduğunuzu anlatın. Bir program yöneticisi başvurunuzu inceler ve kurumunuzun hesabını yönetecek kişiye, hesabı kurması için bir bağlantı içeren bir e-posta gönderilir.
joining-email = Hesabınızı yönetecek kişinin e-posta adresi
joining-email-help = Bu kişiye şifre belirlemesi ve doğrulama uygulaması kurması için bir bağlantı gönderilir. Bu adresin zaten bir Garita hesabı olmamalıdır.
joining-submit = Başvuruyu gönder
joining-received = Teşekkürler. Başvurunuz alındı: bir program yöneticisi inceledikten sonra hesabınızı yönetecek kişiye bir e-posta gönderilecek.
joining-incomplete = Her alanı doldurun (her biri en fazla 100 karakter), kurumunuzun ne iş yaptığını seçin ve çalışan bir e-posta adresi verin.
joining-requests-title = Katılmak isteyen kurumlar
joining-requests-none = Bekleyen kurum yok.
joining-request = { $name } ({ $kind }), { $city }. İletişim: { $contact }. Başvuru zamanı: { $when }.
joining-decision = Karar
joining-approve = Onayla: kurumun kaydını oluştur ve yöneticisinin hesabını aç
joining-refuse = Reddet
joining-decide = Kararı kaydet
joining-choose = Onaylamayı veya reddetmeyi seçin.
joining-approved = Onaylandı. Kurumun kaydı oluşturuldu ve yöneticisine hesabını kurması için bir bağlantı gönderildi.
joining-refused = Reddedildi. Başvuran kişiye bilgi verildi.
joining-gone = Bu başvuru için zaten karar verilmiş: hiçbir şey değişmedi.
joining-conflict = Hiçbir şey değişmedi: bu adda bir kurum zaten var ya da bu adresin zaten bir Garita hesabı var. Uygunsa kurumu ve yöneticisini elle ekleyin.
org-approved-v1-subject = Garita: { $organization } artık Garita'yı kullanabilir
org-approved-v1-body = Bir program yöneticisi { $organization } başvurusunu onayladı. Kurumun hesabını siz yöneteceksiniz: bir şifre belirlemek ve doğrulama uygulaması kurmak için bu bağlantıyı açın. Bağlantı yalnızca bir kez ve sınırlı bir süre boyunca çalışır.
org-approved-v1-next = Ardından sizinle birlikte çalışan kişileri ekleyin. Bunu siz istemediyseniz bu mesajı dikkate almayabilirsiniz.
org-refused-v1-subject = Garita: { $organization } başvurusu
org-refused-v1-body = Bir program yöneticisi { $organization } başvurusunu onaylamadı. Bunun bir hata olduğunu düşünüyorsanız programa yazın; kim olduğunuzu ve kurumunuzun ne iş yaptığını belirtin.

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = Sistemleriniz için anahtarlar
organization-tokens-intro = Kurumunuzun kendi yazılımı (bir sevkiyat veya gümrük sistemi) Garita'nın API'sine bir anahtarla bağlanır. Her sistem için ayrı bir anahtar oluşturun ve o sistemin artık ihtiyacı kalmadığında anahtarı iptal edin: anahtar hemen çalışmayı bırakır.
organization-tokens-none = Henüz anahtar yok.
organization-token-label = Anahtar ne için
organization-token-label-help = Örneğin “sevkiyat sistemi”. En fazla 60 karakter.
organization-token-make = Anahtar oluştur
organization-token-made = Anahtar yukarıda gösteriliyor. Şimdi sisteminize kopyalayın: bir daha gösterilmeyecek.
organization-token-incomplete = Anahtarın ne için olduğunu en fazla 60 karakterle yazın.
organization-token-line = { $label }: { $when } tarihinde oluşturuldu.
organization-token-revoked-line = { $label }: { $when } tarihinde oluşturuldu, { $revoked } tarihinde iptal edildi.
organization-token-revoke = Bu anahtarı iptal et
organization-token-revoked = Anahtar iptal edildi: artık çalışmıyor.
