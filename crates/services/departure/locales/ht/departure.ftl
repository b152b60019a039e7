## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = Chwazi peyi ou prale a: li pa ka Etazini.
dep-understood-needed = Tanpri li sa deklarasyon sa a fè ak sa li pa fè, epi tcheke bwat la pou di ou li l.
dep-travellers-count = Yon deklarasyon se pou ou ak jiska 9 lòt moun. Retire yon moun, oswa fè yon lòt deklarasyon pou yo.
dep-travel-date-past = Jou vwayaj la dwe jodi a oswa pita.

dep-vetted-v1-subject = Garita: yo revize deklarasyon depa ou a { $reference }
dep-vetted-v1-body = Yon revizè gade deklarasyon depa ou a { $reference } epi li anrejistre l kòm verifye.
dep-vetted-v1-next = Paj ou a di sa k ap vini apre. Si ou te mande èd pou vwayaj la, y ap fè ou konnen lè li òganize.
dep-vetted-v1-sms = Garita: yo revize deklarasyon depa ou a { $reference }: { $link }
dep-arranged-v1-subject = Garita: vwayaj la òganize pou { $reference }
dep-arranged-v1-body = Vwayaj ou te mande pou { $reference } òganize: jou a, konpayi transpò a ak kote li pati a parèt sou paj ou a.
dep-arranged-v1-next = Si gen yon bagay ki chanje pou ou, di l sou paj ou a anvan jou vwayaj la.
dep-arranged-v1-sms = Garita: vwayaj pou { $reference } òganize, detay yo: { $link }
dep-departed-v1-subject = Garita: depa konfime pou { $reference }
dep-departed-v1-body = Yo konfime yon depa pou { $reference }. Konfimasyon siyen ou a sou paj ou a.
dep-departed-v1-next = Kenbe konfimasyon an. Lajan èd la, si ou gen dwa ladan l, yo peye l yon sèl fwa bay chak moun.
dep-departed-v1-sms = Garita: depa konfime pou { $reference }: { $link }

dep-check-genuine = Otantik: yon depa pou { $reference }, { $how ->
    [land] pa tè
    [air] pa avyon
   *[other] pa bato
}, { $when }, jan Garita te anrejistre l.
