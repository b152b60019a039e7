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
