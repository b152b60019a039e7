## Depa: paj moun k ap kite peyi a ak paj revizè yo.

dep-title = Kite Etazini
dep-legal-title = Anvan ou voye deklarasyon an: sa li fè, ak sa li pa fè
dep-legal-does = Deklarasyon sa a fè ajans lan konnen ou gen entansyon kite Etazini, ansanm ak moun ou nonmen yo, epi li pèmèt ou mande èd pou vwayaj la ak pou sa l ap koute. Yon revizè gade l, epi y ap fè ou konnen chak etap.
dep-legal-not-judge = Se pa yon depa volontè yon jij imigrasyon bay, epi poukont li, li pa fèmen yon dosye devan yon tribinal imigrasyon. Si ou gen yon dat nan tribinal, se la yo deside sa k ap pase ak dosye sa a.
dep-legal-asylum = Si ou te mande azil epi ou kite Etazini anvan yo pran yon desizyon sou li, yo ka konsidere demann ou an kòm abandone. Lè ou kite peyi a, sa ka chanje tou si ou ka tounen, ak ki lè ou ka tounen.
dep-legal-stipend = Si gen lajan èd pou ou, yo peye l yon sèl fwa bay chak moun, apre yo fin konfime depa moun nan.
dep-legal-help = Pale ak yon òganizasyon ki bay èd legal anvan ou voye deklarasyon an
dep-people = Konbyen moun, avè ou ladan l
dep-people-submit = Montre fòmilè a pou kantite moun sa a
dep-file-title = Deklarasyon depa ou
dep-trip = Vwayaj la
dep-destination = Peyi ou prale a
dep-contact = Yon lòt fason pou jwenn ou (telefòn oswa imèl, si ou vle)
dep-travel-help = Nou bezwen èd pou vwayaj la
dep-cost-help = Nou bezwen èd pou lajan vwayaj la koute
dep-you = Ou menm
dep-traveller = Moun { $number }
dep-a-number = Nimewo A, si ou genyen youn
dep-passport-country = Peyi paspò a oswa dokiman vwayaj la
dep-passport-number = Nimewo paspò a oswa dokiman vwayaj la
dep-understood = Mwen li sa deklarasyon sa a fè ak sa li pa fè.
dep-file-submit = Voye
dep-yours = Deklarasyon ou yo
dep-intent-line = { $reference }: { $status ->
    [filed] resevwa, l ap tann yon revizè
    [vetted] revize
    [travel-arranged] vwayaj la òganize
   *[other] depa konfime
}
dep-intent-state = Deklarasyon { $reference }: { $status ->
    [filed] resevwa, l ap tann yon revizè.
    [vetted] revize.
    [travel-arranged] revize, epi vwayaj la òganize.
   *[other] depa tout moun yo konfime.
}
dep-travel-line = Vwayaj la òganize: { $date }, avèk { $carrier }, kote l ap pati: { $from }.
dep-departed-line = { $name } te pati { $when }. Sa a se konfimasyon siyen an: nenpòt moun ka verifye l sou /verify.
dep-confirm-link = Konfime depa moun sa a

dep-land-title = Konfime yon depa pa tè
dep-land-intro = Lè ou rive omwen 3 mil (anviwon 5 km) andeyò Etazini, pran yon foto ak kamera ki nan paj la epi kite l sèvi ak pozisyon ou. Se sèlman peyi a ak distans lan yo kenbe.
dep-land-no-script = Etap sa a bezwen pozisyon telefòn ou ak kamera ki nan paj la, e pou sa, fòk navigatè a gen JavaScript limen. Ou ka mande yon ofisye oswa yon konsila tou pou yo anrejistre depa ou.
dep-land-submit = Konfime depa mwen
dep-land-position = Paj la pa t jwenn pozisyon ou. Bay pèmisyon pou pozisyon an, epi voye ankò.
dep-land-too-close = { $km ->
   *[other] Sanble ou a anviwon { $km } kilomèt de Etazini. Yon depa konte apati 3 mil (anviwon 5 km): eseye ankò lè ou pi lwen.
}
dep-land-inside = Pozisyon ou andedan Etazini. Eseye ankò lè ou fin travèse.
dep-land-unknown = Nou pa t ka konnen nan ki peyi pozisyon ou ye. Eseye ankò sou tè, lwen bò lanmè.
dep-land-needs-camera = Etap sa a bezwen foto yo pran ak kamera ki nan paj la (li mande ou vire tèt ou). Sèvi ak bouton ki anwo kote pou chwazi fichye a.

dep-staff-title = Deklarasyon depa
dep-staff-intro = Deklarasyon k ap tann verifikasyon oswa k ap tann yo òganize vwayaj la, pi ansyen yo an premye.
dep-staff-help = Èd mande pou vwayaj la: { $travel ->
    [yes] wi
   *[other] non
}. Pou lajan vwayaj la: { $cost ->
    [yes] wi
   *[other] non
}.
dep-staff-vet = Anrejistre kòm verifye
dep-staff-arrange = Anrejistre vwayaj la kòm òganize
dep-staff-date = Jou vwayaj la
dep-staff-carrier = Konpayi transpò
dep-staff-from = Kote li pati
dep-staff-record = Anrejistre yon depa pa avyon oswa pa bato
dep-staff-position = Nimewo moun nan nan deklarasyon an
dep-staff-how = Kijan
dep-staff-air = Pa avyon
dep-staff-sea = Pa bato
dep-staff-confirmation = Konfimasyon konpayi transpò a (vòl oswa vwayaj bato, anbakman)
dep-staff-pay = Peye lajan èd moun sa a
dep-staff-done = Anrejistre. Yo fè moun nan konnen.
dep-staff-paid = Lajan èd la peye.
dep-staff-paid-already = Lajan èd sa a te deja peye: yo pa peye anyen ankò.
dep-staff-destination = Kont moun nan kay founisè peman an
dep-staff-destination-help = Kont konekte li (acct_…) lè Garita peye atravè yon founisè. San founisè, yo peye lajan èd la yon lòt jan epi ou anrejistre sa isit la: kite sa vid.
dep-staff-pay-later = Founisè peman an pa reponn: yo pa peye anyen. Eseye ankò pita: se menm peman an yo mande, kidonk yo p ap janm peye de fwa.
dep-staff-pay-refused = Founisè peman an refize peman an: { $reason }. Yo pa peye anyen. Verifye kont moun nan epi eseye ankò.
dep-staff-not-done = Anyen pa anrejistre: verifye etap la (verifye anvan, apre sa òganize), nimewo moun nan ak chak kaz.

## The published figures (`/departure/figures`).
dep-figures-title = Depa yo an chif
dep-figures-intro = Konbyen deklarasyon depa moun voye, pou konbyen moun, konbyen depa yo konfime ak konbyen lajan èd yo peye. Yo pibliye chak jou apre li fini (UTC). Se kantite sèlman: anyen la a pa konsène yon moun an patikilye.
dep-figures-csv = Telechaje jou sa yo nan yon fichye CSV
dep-figures-total = Depi nan kòmansman
dep-figures-days = Chak jou nan 30 dènye jou yo
dep-figures-through = Jiska { $day }
dep-figures-day = Jou
dep-figures-intents = Deklarasyon voye
dep-figures-people = Moun ladan yo
dep-figures-departures = Depa konfime
dep-figures-paid = Lajan èd peye
