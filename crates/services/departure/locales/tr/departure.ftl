## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = Gideceğiniz ülkeyi seçin: bu ülke Amerika Birleşik Devletleri olamaz.
dep-understood-needed = Lütfen bu bildirimin neyi yapıp neyi yapmadığını okuyun ve okuduğunuzu belirtmek için kutuyu işaretleyin.
dep-travellers-count = Bir bildirim sizin ve en fazla 9 kişi daha içindir. Birini çıkarın ya da onlar için yeni bir bildirim yapın.
dep-travel-date-past = Yolculuk günü bugün ya da daha sonraki bir gün olmalıdır.

dep-vetted-v1-subject = Garita: { $reference } numaralı ayrılış bildiriminiz incelendi
dep-vetted-v1-body = Bir görevli { $reference } numaralı ayrılış bildiriminizi inceledi ve kontrol edildi olarak kaydetti.
dep-vetted-v1-next = Bundan sonra ne olacağı sayfanızda yazıyor. Yolculuk için yardım istediyseniz, yolculuk ayarlandığında size haber verilecek.
dep-vetted-v1-sms = Garita: { $reference } numaralı bildiriminiz incelendi: { $link }
dep-arranged-v1-subject = Garita: { $reference } için yolculuk ayarlandı
dep-arranged-v1-body = { $reference } numaralı bildirimle istediğiniz yolculuk ayarlandı: gün, taşıyıcı firma ve kalkış yeri sayfanızda yazıyor.
dep-arranged-v1-next = Sizin için bir şey değişirse, yolculuk gününden önce bunu sayfanızda bildirin.
dep-arranged-v1-sms = Garita: { $reference } için yolculuk ayarlandı, ayrıntılar: { $link }
dep-departed-v1-subject = Garita: { $reference } için ayrılış onaylandı
dep-departed-v1-body = { $reference } numaralı bildirimle bir ayrılış onaylandı. İmzalı onayınız sayfanızda.
dep-departed-v1-next = Onayı saklayın. Destek ödemesi, hak ediliyorsa, her kişiye yalnızca bir kez yapılır.
dep-departed-v1-sms = Garita: { $reference } için ayrılış onaylandı: { $link }

dep-check-genuine = Gerçek: { $reference } numaralı bildirimle { $when } tarihinde { $how ->
    [land] kara yoluyla
    [air] hava yoluyla
   *[other] deniz yoluyla
} yapılan ayrılış, Garita'nın kaydettiği haliyle.
