## Geçici I-94: kişinin son 10 yılda sınır kapılarında karara bağlanan gelişleri (randevuyla gelişler, geçici I-94 ile gelişler).

i94-history-title = I-94'leriniz (son 10 yıl)
i94-history-none = Sınır kapısında henüz hiçbir I-94'ünüz hakkında karar verilmedi.
i94-history-admitted = { $date }, { $port }: { $name } kabul edildi{ $number ->
        [none] {""}
       *[other] , I-94 { $number }, giriş sınıfı { $class }
    }{ $until ->
        [none] .
       *[other] , bitiş: { $until }.
    }
i94-history-paroled = { $date }, { $port }: { $name } { $until } tarihine kadar parole ile kabul edildi{ $number ->
        [none] .
       *[other] , I-94 { $number }.
    }
i94-history-referred = { $date }, { $port }: { $name } başka bir birime yönlendirildi.
i94-history-refused = { $date }, { $port }: { $name } kabul edilmedi.
i94-history-record = İmzalı dosyanızı indirin (randevularınızı ve sınır kapısında olanları da gösterir)
