## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = Seus I-94 (últimos 10 anos)
i94-history-none = Ainda não houve decisão sobre nenhum I-94 seu em um porto.
i94-history-admitted = { $date }, { $port }: { $name } admitido, I-94 { $number }, classe { $class }, até { $until }.
i94-history-refused = { $date }, { $port }: { $name } não admitido.
i94-history-record = Baixe seus dados assinados (eles também mostram seus agendamentos e o que aconteceu no porto)
