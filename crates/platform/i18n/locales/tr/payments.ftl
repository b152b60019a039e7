## Ödemeler: her gece yapılan mutabakatın bulduğu farklar, program yöneticileri ve denetçiler için.

payments-admin-title = Ödeme farkları
payments-admin-intro = Garita her gece, ödeme sağlayıcısının kayıtlarına göre ödenenleri kendi muhasebe defteriyle karşılaştırır. Her fark, bir program yöneticisi inceleyip kapatana kadar bu sayfada kalır. Yalnızca kimlikler ve tutarlar gösterilir, kişisel bilgiler hiçbir zaman gösterilmez.
payments-admin-what-to-do = Bir farkı incelemek için sağlayıcının referansını sağlayıcının yönetim panelinde arayın. Sağlayıcıda ödenmiş ama muhasebe defterinde olmayan para, ödemeyi yapan kişi geri döndüğünde hesaba geçer ya da sağlayıcı parayı iade eder; bunu muhasebe defterine hiçbir zaman elle yazmayın.
payments-admin-none = Açık fark yok: sağlayıcının kaydı ile muhasebe defteri uyuşuyor.
payments-admin-kind-not-in-ledger = Sağlayıcıda ödenmiş, Garita'nın muhasebe defterinde yok
payments-admin-kind-not-at-provider = Garita'nın muhasebe defterinde var, sağlayıcıda ödenmemiş
payments-admin-kind-amount = Tutarlar farklı
payments-admin-row = { $kind }: { $provider }, referans { $reference }, { $amount }, bulunduğu zaman: { $when }.
payments-admin-no-amount = tutar bilinmiyor
payments-admin-payment = Garita'daki ödeme: { $payment }
payments-admin-close = İncelendi: kapat
payments-admin-closed = Fark kapatıldı. Kimin ve ne zaman kapattığı denetim kaydında tutulur.
payments-admin-gone = Bu fark zaten kapatılmış ya da böyle bir fark yok. Hiçbir şey değişmedi.
