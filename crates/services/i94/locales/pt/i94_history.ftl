## I-94 provisório: as chegadas da pessoa decididas nos portos nos últimos 10 anos (as de um agendamento, as de um I-94 provisório).

i94-history-title = Seus I-94 (últimos 10 anos)
i94-history-none = Ainda não houve decisão sobre nenhum I-94 seu em um porto.
i94-history-admitted = { $date }, { $port }: { $name } admitido{ $number ->
        [none] {""}
       *[other] , I-94 { $number }, classe { $class }
    }{ $until ->
        [none] .
       *[other] , até { $until }.
    }
i94-history-paroled = { $date }, { $port }: { $name } admitido com parole até { $until }{ $number ->
        [none] .
       *[other] , I-94 { $number }.
    }
i94-history-referred = { $date }, { $port }: { $name } encaminhado a outro escritório.
i94-history-refused = { $date }, { $port }: { $name } não admitido.
i94-history-record = Baixe seus dados assinados (eles também mostram seus agendamentos e o que aconteceu no porto)
