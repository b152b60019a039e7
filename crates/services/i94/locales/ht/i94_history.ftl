## I-94 pwovizwa: arive moun nan ki te jwenn yon desizyon nan pò yo pandan 10 dènye ane yo (arive ak yon randevou, arive ak yon I-94 pwovizwa).

i94-history-title = I-94 ou yo (10 dènye ane yo)
i94-history-none = Poko gen okenn desizyon sou yon I-94 ou nan yon pò.
i94-history-admitted = { $date }, { $port }: { $name } admèt{ $number ->
        [none] {""}
       *[other] , I-94 { $number }, klas { $class }
    }{ $until ->
        [none] .
       *[other] , jiska { $until }.
    }
i94-history-paroled = { $date }, { $port }: { $name } antre anba « parole » jiska { $until }{ $number ->
        [none] .
       *[other] , I-94 { $number }.
    }
i94-history-referred = { $date }, { $port }: yo voye { $name } bay yon lòt biwo.
i94-history-refused = { $date }, { $port }: { $name } pa admèt.
i94-history-record = Telechaje dosye siyen ou a (li montre randevou ou yo tou, ak sa ki te pase nan pò a)
