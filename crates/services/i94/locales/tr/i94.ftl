## Provisional I-94 for land arrivals: what is wrong in an application, and the messages.

i94-travellers-count = Bir başvuruda 1 ile 25 arası yolcu olabilir. Bir yolcu ekleyin ya da diğerleri için ikinci bir başvuru yapın.
i94-arrival-window = Varış günü bugün ya da önümüzdeki 7 günden biri olmalıdır. Yolculuğunuza daha yakın bir zamanda tekrar başvurun.
i94-passport-expires = Bu pasaportun süresi varış gününde ya da daha önce doluyor. O günden sonra da geçerli olan bir pasaportla yolculuk edin.
i94-mrz-differs = Pasaportun altındaki satırlar yazdıklarınızla uyuşmuyor (numara, doğum tarihi ya da son geçerlilik tarihi). Satırları pasaportla karşılaştırın ve uyuşmayanı düzeltin.

i94-paid-v1-subject = Garita: geçici I-94'ünüz hazır
i94-paid-v1-body = { $count ->
    [one] Ücret ödendi. Yolcunun { $port } kapısı için geçici bir I-94 numarası var.
   *[other] Ücret ödendi. { $count } yolcunun her birinin { $port } kapısı için geçici bir I-94 numarası var.
}
i94-paid-v1-next = Her numarayı { $until } tarihinden önce sınır kapısında gösterin. Bu tarihten sonra numaranın süresi dolar ve ücret iade edilmez. Her numara, memurun tarayabileceği bir kodla birlikte I-94 sayfanızda yer alır.
i94-paid-v1-sms = Garita: I-94 ödendi ({ $count } kişi, { $port }). Numaraları { $until } öncesi gösterin: { $link }
i94-expired-v1-subject = Garita: { $number } numaralı geçici I-94'ün süresi doldu
i94-expired-v1-body = { $number } numaralı geçici I-94, { $port } kapısında zamanında gösterilmediği için süresi doldu. Ücret iade edilmez.
i94-expired-v1-next = Yolcu yine de gelecekse, varıştan en fazla 7 gün önce I-94 sayfanızda yeniden başvurun.
i94-expired-v1-sms = Garita: { $number } numaralı geçici I-94 kullanılmadı ve süresi doldu. Tekrar başvurabilirsiniz: { $link }
i94-decided-v1-subject = Garita: { $number } numaralı geçici I-94 hakkında bir karar
i94-decided-v1-body = { $port } kapısında bir memur, { $number } numaralı geçici I-94 hakkında bir karar kaydetti.
i94-decided-v1-next = Karar, I-94 sayfanızda görünür ve imzalı dosyanızda saklanır.
i94-decided-v1-sms = Garita: { $port } kapısında bir memur { $number } numaralı I-94 hakkında karar kaydetti: { $link }
