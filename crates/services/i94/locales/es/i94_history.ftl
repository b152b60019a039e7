## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = Tus I-94 (últimos 10 años)
i94-history-none = Todavía no hay ninguna decisión sobre un I-94 tuyo en un puerto.
i94-history-admitted = { $date }, { $port }: { $name } admitido, I-94 { $number }, clase { $class }, hasta el { $until }.
i94-history-refused = { $date }, { $port }: { $name } no admitido.
i94-history-record = Descarga tu expediente firmado (también muestra tus citas y lo que pasó en el puerto)
