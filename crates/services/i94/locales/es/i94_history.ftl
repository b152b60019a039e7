## I-94 provisional: las llegadas de la persona decididas en los puertos en los últimos 10 años (las de una cita, las de un I-94 provisional).

i94-history-title = Tus I-94 (últimos 10 años)
i94-history-none = Todavía no hay ninguna decisión sobre un I-94 tuyo en un puerto.
i94-history-admitted = { $date }, { $port }: { $name } admitido{ $number ->
        [none] {""}
       *[other] , I-94 { $number }, clase { $class }
    }{ $until ->
        [none] .
       *[other] , hasta el { $until }.
    }
i94-history-paroled = { $date }, { $port }: { $name } admitido con parole hasta el { $until }{ $number ->
        [none] .
       *[other] , I-94 { $number }.
    }
i94-history-referred = { $date }, { $port }: { $name } enviado a otra oficina.
i94-history-refused = { $date }, { $port }: { $name } no admitido.
i94-history-record = Descarga tu expediente firmado (también muestra tus citas y lo que pasó en el puerto)
