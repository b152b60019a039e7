## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = Your I-94s (last 10 years)
i94-history-none = No I-94 of yours was decided at a port yet.
i94-history-admitted = { $date }, { $port }: { $name } admitted, I-94 { $number }, class { $class }, until { $until }.
i94-history-refused = { $date }, { $port }: { $name } not admitted.
i94-history-record = Download your signed record (it also lists your appointments and what happened at the port)
