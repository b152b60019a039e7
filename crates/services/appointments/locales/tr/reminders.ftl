### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita: randevunuzu { $deadline } tarihinden önce onaylayın
reminder-confirm-v1-body = Grubunuzun { $port } ({ $crossing }) randevusu, { $date } saat { $time } (sınır kapısı saati), henüz onaylanmadı. 14 yaşında ya da daha büyük her kişi, telefonun konumu ve bir fotoğrafla onaylar.
reminder-confirm-v1-next = Şimdi yapmanız gereken: { $deadline } tarihinden önce ({ $zone } saati) durum sayfanızda onaylayın. Onaylamazsanız yer başka bir gruba verilir; hiçbir ceza olmadan tekrar başvurabilirsiniz.
reminder-confirm-v1-sms = Garita: { $date } { $time }, { $port } randevunuzu { $deadline } tarihinden önce onaylayın: { $link }
reminder-day-before-v1-subject = Garita: randevunuz yarın, { $date }, { $port }
reminder-day-before-v1-body = Grubunuzun randevusu: { $port }, { $date } saat { $time } (sınır kapısı saati). Yaya girişine gidin: { $crossing }.
reminder-day-before-v1-next = Grubunuzdaki herkesi, kaydettiğiniz kimlik belgelerini ve { $number } numaralı onayınızı (basılı ya da telefonda) getirin. Saat { $time } olmadan biraz önce gelin. Randevu ücretsizdir: kimse sizden bunun için para alamaz.
reminder-day-before-v1-sms = Garita: yarın { $date } { $time }, { $port }. Herkes belgeleriyle gelsin. { $number }: { $link }
