### Nan pòs fwontyè a: konsòl ofisye yo.

desk-title = Randevou nan { $port } pou { $date }
desk-find = Chèche yon randevou
desk-find-label = Nimewo konfimasyon, oswa tèks ki anba kòd QR li a
desk-not-found = Pa gen okenn randevou ak nimewo sa a nan pòs fwontyè sa a. Verifye nimewo a; yon randevou nan yon lòt pòs fwontyè pa parèt isit la.
desk-none = Pa gen randevou jou sa a.
desk-row = { $time }: { $number }, { $seats ->
   *[other] { $seats } plas
}, { $status }; { $arrived ->
   *[other] { $arrived } moun
} rive.
desk-open = Louvri
desk-status-won = yo chwazi l, li poko konfime
desk-status-offered = yo ofri l, li poko konfime
desk-status-confirmed = konfime
desk-status-lapsed = li pa t konfime atan
desk-status-cancelled = anile
desk-status-no-show = pèsonn pa t vini
desk-intake-title = { $number }: { $port }, { $date } a { $time }
desk-traveller = Dat nesans: { $born }; nasyonalite: { $nationality }; dokiman: { $document }.
desk-photo-registration = Foto enskripsyon an
desk-photo-live = Foto yo pran lè moun nan t ap konfime
desk-no-live = Pa gen foto nan konfimasyon an.
desk-face-distance = Konparezon otomatik: distans ant figi yo se { $distance }; de foto menm moun nan konn anba { $threshold }.
desk-face-not-compared = Pa gen konparezon otomatik: konpare de foto yo ou menm.
desk-face-reviewed = { $reason ->
    [liveness] Yon moun ki revize te aksepte foto sa a: verifikasyon otomatik la pa t wè tèt la vire jan yo te mande a, oswa yo te voye foto a san tès sa a.
    [compared] Yon moun ki revize te aksepte foto sa a: konparezon otomatik la pa t jwenn de figi yo sanble, oswa li pa t ka konpare yo.
   *[quality] Yon moun ki revize te aksepte foto sa a apre verifikasyon otomatik la te jwenn li difisil pou itilize (limyè, gwosè oswa netete).
}
desk-outcome-none = Poko rive.
desk-until-label = Parole la valab jiska (YYYY-MM-DD; si li vid: dezan apre li rive)
desk-note-label = Nòt
desk-corrected = Korije apre lis la te fèmen: { $field } te « { $before } », kounye a « { $after } ».
desk-save = Anrejistre

## Tan pou tann nan fwontyè a: paj piblik la ak fòmilè ofisye yo.
wait-title = Tan pou tann nan fwontyè a
wait-intro = Tan pou tann nan chak pòs fwontyè, jan ofisye pòs fwontyè a afiche l, nan lè lokal pòs fwontyè a. Menm chif yo disponib tou nan fil done JSON ak XML ki gen menm fòm ak fil done Border Wait Times CBP a.
wait-feed = Fil done JSON la
wait-feed-xml = Fil done XML la
wait-history-link = Dènye 7 jou yo nan { $port }
wait-history-title = Tan pou tann nan dènye 7 jou yo
wait-history-intro = { $port }: tan pou tann ki pi long lan ak tan pou tann mwayèn nan ki te afiche chak jou pandan liy yo te louvri, ak jou yo konte nan lè lokal pòs fwontyè a.
wait-history-none = Pa gen anyen ki te afiche isit la nan dènye 7 jou yo.
wait-history-day = Jou
wait-history-longest = Tan pou tann ki pi long
wait-history-average = Tan pou tann mwayèn
wait-history-posts = Kantite fwa yo afiche
wait-history-minutes = { $minutes ->
   *[other] { $minutes } minit
}
wait-history-chart = { $lane }: tan pou tann ki pi long lan chak jou, an minit
wait-history-chart-desc = Yon ba pou chak jou, osi long ke tan pou tann ki pi long jou sa a. Tablo ki anba a gen menm chif yo.
wait-port = Pòs fwontyè
wait-status = Jodi a
wait-port-open = Louvri
wait-port-closed = Fèmen jodi a
wait-lane-pedestrian = A pye
wait-lane-passenger = Machin
wait-lane-commercial = Kamyon
wait-lane-pedestrian-ready = A pye, liy Ready Lane
wait-lane-passenger-sentri = Machin, SENTRI
wait-lane-passenger-ready = Machin, liy Ready Lane
wait-lane-commercial-fast = Kamyon, FAST
wait-open = { $minutes } minit, { $lanes ->
   *[other] { $lanes } liy
} louvri (a { $time })
wait-closed = Liy yo fèmen (a { $time })
wait-not-offered = Pa genyen nan pòs fwontyè sa a
wait-post-title = Afiche tan pou tann yo
wait-post-intro = Tan pou tann kounye a nan { $port }. Yo parèt touswit sou paj piblik la ak nan fil done a.
wait-post = Afiche
wait-posted = Li afiche. Mèsi.
wait-lane-status = { $lane }: liy yo
wait-lane-delay = { $lane }: tan pou tann an minit
wait-lane-open = { $lane }: liy ki louvri
wait-status-open = Louvri
wait-status-closed = Fèmen
wait-status-none = Pa genyen nan pòs fwontyè sa a
wait-error-delay = { $lane }: bay tan pou tann nan an minit, ant 0 ak 1440, lè liy yo louvri.
wait-error-lanes = { $lane }: bay kantite liy ki louvri, ant 0 ak 99.

## Apèsi pwogram nan pou chak pòs fwontyè ak chak jou.
overview-title = Pòs fwontyè yo jou pa jou
overview-range = Soti { $from } rive { $to }: chak pòs fwontyè, chak jou. Se kantite sèlman, pa gen okenn done pèsonèl.
overview-csv = Telechaje an CSV
overview-earlier = Yon semèn anvan
overview-later = Yon semèn apre
overview-date = Dat
overview-port = Pòs fwontyè
overview-seats = Plas
overview-appointments = Randevou
overview-confirmed = Konfime
overview-arrived = Moun ki rive
overview-no-shows = Pèsonn pa t vini
overview-paroled = Parole imanitè
overview-nta = Avi pou Konparèt (Notice to Appear)
overview-referred = Voye bay yon lòt sèvis
overview-not-admitted = Pa admèt
staff-port-seats-frozen = Lis yo tire pou dat sa a fèmen deja, e plas li yo te pibliye avè l, kidonk yo pa ka chanje kounye a. Chanje yon dat pita, oswa fèmen pò a pou dat sa a si li pa ka louvri.
desk-find-traveller = Chèche yon gwoup ak non ak dat nesans yon vwayajè
desk-search-given = Prenon
desk-search-family = Non fanmi
desk-search-born = Dat nesans (AAAA-MM-JJ)
desk-search-none = Pa gen okenn randevou nan pò sa a nan semèn anvan oswa apre jodi a ki gen yon vwayajè ak non sa a ak dat nesans sa a. Verifye jan li ekri sou dokiman an.
desk-search-found = { $date } a { $time }: { $number }, { $status }
overview-port-title = Chif pò ou a
partner-history = Sa òganizasyon ou a verifye
partner-history-none = Pa gen verifikasyon ankò.
partner-history-answer = Repons
