## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = I-94'leriniz (son 10 yıl)
i94-history-none = Sınır kapısında henüz hiçbir I-94'ünüz hakkında karar verilmedi.
i94-history-admitted = { $date }, { $port }: { $name } kabul edildi, I-94 { $number }, giriş sınıfı { $class }, bitiş: { $until }.
i94-history-refused = { $date }, { $port }: { $name } kabul edilmedi.
i94-history-record = İmzalı dosyanızı indirin (randevularınızı ve sınır kapısında olanları da gösterir)
