## Provisional I-94: the person's arrivals decided at the ports over the last 10 years (an appointment's, a provisional I-94's).

i94-history-title = Your I-94s (last 10 years)
i94-history-none = No I-94 of yours was decided at a port yet.
i94-history-admitted = { $date }, { $port }: { $name } admitted{ $number ->
        [none] {""}
       *[other] , I-94 { $number }, class { $class }
    }{ $until ->
        [none] .
       *[other] , until { $until }.
    }
i94-history-paroled = { $date }, { $port }: { $name } paroled until { $until }{ $number ->
        [none] .
       *[other] , I-94 { $number }.
    }
i94-history-referred = { $date }, { $port }: { $name } referred to another office.
i94-history-refused = { $date }, { $port }: { $name } not admitted.
i94-history-record = Download your signed record (it also lists your appointments and what happened at the port)
