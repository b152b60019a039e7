## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = I-94 ou yo (10 dènye ane yo)
i94-history-none = Poko gen okenn desizyon sou yon I-94 ou nan yon pò.
i94-history-admitted = { $date }, { $port }: { $name } admèt, I-94 { $number }, klas { $class }, jiska { $until }.
i94-history-refused = { $date }, { $port }: { $name } pa admèt.
i94-history-record = Telechaje dosye siyen ou a (li montre randevou ou yo tou, ak sa ki te pase nan pò a)
