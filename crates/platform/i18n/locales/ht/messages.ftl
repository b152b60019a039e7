### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox: Haitian Creole (Kreyòl ayisyen). Translated from en/messages.ftl.
### Plain words, short sentences; never blame the reader; always say what to do next.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: gwoup ou gen yon randevou { $date } nan { $port }
msg-won-v1-body = Yo chwazi demand ou te fè { $day } la nan tiraj la. Randevou gwoup ou: { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats ->
   *[other] { $seats } plas
}.
msg-won-v1-next = Sa pou ou fè kounye a: konfime anvan { $deadline } (lè { $zone }). Chak moun ki gen 14 an oswa plis konfime avèk lokalizasyon telefòn nan ak yon foto. Si ou pa konfime atan, plas la ale bay yon lòt gwoup, epi ou ka mande ankò, san sa pa fè ou okenn tò.
msg-won-v1-sms = Garita: randevou { $date } a { $time } nan { $port } pou { $seats ->
   *[other] { $seats } moun
}. Konfime anvan { $deadline }: { $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita: randevou ou { $date } nan { $port } konfime
msg-confirmed-v1-body = Tout moun nan gwoup la konfime. Nimewo konfimasyon ou se { $number }. Randevou gwoup ou: { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats ->
   *[other] { $seats } plas
}.
msg-confirmed-v1-next = Sa pou ou fè kounye a: vini nan pòs fwontyè a yon ti kras anvan { $time }, avèk tout moun nan gwoup la ak dokiman yo. Paj sitiyasyon ou montre konfimasyon ou.
msg-confirmed-v1-sms = Garita: randevou konfime { $number }, { $date } a { $time } nan { $port } pou { $seats ->
   *[other] { $seats } moun
}. Detay: { $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita: plis tan pou konfime randevou ou { $date } la
msg-deadline-moved-v1-body = Garita pa t mache byen pandan { $hours } èdtan { $minutes } minit nan tan ou te genyen pou konfime a, kidonk ou gen menm kantite tan sa a an plis. Randevou ou: { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats ->
   *[other] { $seats } plas
}.
msg-deadline-moved-v1-next = Konfime anvan { $deadline } (lè { $zone }), nan paj sitiyasyon ou.
msg-deadline-moved-v1-sms = Garita: ou gen plis tan. Konfime randevou { $date } a { $time } nan { $port } anvan { $deadline }: { $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita: randevou ou { $date } la pa t konfime atan
msg-lapsed-v1-body = Randevou gwoup ou nan { $port } { $date } a { $time } pa t konfime anvan dat limit la, kidonk plas li ale bay lòt gwoup.
msg-lapsed-v1-next = Ou ka mande ankò nenpòt jou, san sa pa fè ou okenn tò: tan ou genyen depi ou enskri toujou konte nan chak tiraj.
msg-lapsed-v1-sms = Garita: randevou ou { $date } nan { $port } pa t konfime atan. Ou ka mande ankò nenpòt jou: { $link }
msg-offered-v1-subject = Garita: yon plas pou gwoup ou { $date } nan { $port }
msg-offered-v1-body = Yon gwoup yo te chwazi nan tiraj { $day } la pa t konfime, kidonk plas li ale bay pwochen gwoup yo nan lis yo pibliye a: gwoup ou se youn ladan yo. Randevou gwoup ou: { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats ->
   *[other] { $seats } plas
}.
msg-offered-v1-next = Sa pou ou fè kounye a: konfime anvan { $deadline } (lè { $zone }). Ou gen mwens tan pase gwoup yo te chwazi an premye yo. Chak moun ki gen 14 an oswa plis konfime avèk lokalizasyon telefòn nan ak yon foto. Si ou pa konfime atan, plas la ale bay pwochen gwoup la, san sa pa fè ou okenn tò.
msg-offered-v1-sms = Garita: gen yon plas pou ou { $date } a { $time } nan { $port } pou { $seats ->
   *[other] { $seats } moun
}. Konfime anvan { $deadline }: { $link }

## A cancelled appointment, version 1.
msg-cancelled-v1-subject = Garita: randevou ou { $date } nan { $port } anile
msg-cancelled-v1-body = Randevou gwoup ou nan { $port } ({ $crossing }) { $date } a { $time } anile. Dosye siyen ou a, nan paj enskripsyon ou, kenbe sa ou te genyen ak kilè randevou a te anile.
msg-cancelled-v1-next = Ou ka mande yon randevou ankò nenpòt jou, san sa pa fè ou okenn tò.
msg-cancelled-v1-sms = Garita: randevou ou { $date } a { $time } nan { $port } anile. Ou ka mande ankò nenpòt jou: { $link }

## Nobody of a confirmed group came on the day, version 1.
msg-no-show-v1-subject = Garita: nou pa t wè gwoup ou { $date } nan { $port }
msg-no-show-v1-body = Pèsonn nan gwoup ou pa t prezante pou randevou a nan { $port } { $date } a { $time }, kidonk randevou a fini. Nou espere tout moun byen.
msg-no-show-v1-next = Ou ka mande yon randevou ankò nenpòt jou, san sa pa fè ou okenn tò: tan ou genyen depi ou enskri toujou konte nan chak tiraj.
msg-no-show-v1-sms = Garita: nou pa t wè gwoup ou { $date } nan { $port }. Ou ka mande ankò nenpòt jou, san sa pa fè ou okenn tò: { $link }

## An appointment moved: its port closed that day, or the group chose another port, version 1.
msg-moved-v1-subject = Garita: kounye a randevou ou se { $date } nan { $port }
msg-moved-v1-body = { $reason ->
    [weather] { $from_port } fèmen { $from_date } akoz move tan, kidonk randevou gwoup ou a deplase.
    [security] { $from_port } fèmen { $from_date } pou rezon sekirite, kidonk randevou gwoup ou a deplase.
    [port-chosen] Gwoup ou chwazi yon lòt pòs fwontyè, kidonk randevou ou deplase.
   *[other] { $from_port } fèmen { $from_date }, kidonk randevou gwoup ou a deplase.
} Randevou gwoup ou kounye a: { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats ->
   *[other] { $seats } plas
}.
msg-moved-v1-next = Paj sitiyasyon ou montre nouvo randevou a, ak konfimasyon li lè tout moun nan gwoup la fin konfime; yon konfimasyon pou ansyen dat la pa valab ankò. Si yon lòt pòs fwontyè pi bon pou ou, ou ka chwazi l nan paj sa a.
msg-moved-v1-sms = Garita: randevou ou deplase: { $date } a { $time } nan { $port } pou { $seats ->
   *[other] { $seats } moun
}. Detay: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: yo pa t chwazi demand ou te fè { $day } la
msg-not-chosen-v1-body = Fwa sa a, yo pa t chwazi demand ou te fè { $day } la pou { $port } nan tiraj la.
msg-not-chosen-v1-next = Ou ka mande ankò nenpòt jou: tan ou genyen depi ou enskri konte nan chak tiraj. Se ou ki te mande imèl sa a; ou ka fè l sispann nan paj kont ou.

account-notices-title = Mesaj sou tiraj yo
account-notices-not-chosen = Voye yon imèl ban mwen tou lè yo pa chwazi gwoup mwen. Rezilta a toujou parèt nan paj sitiyasyon ou.
account-notices-save = Anrejistre

status-title = Sitiyasyon ou ak mesaj ou yo
status-appointment-title = Randevou ou
status-appointment = { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats ->
   *[other] { $seats } plas
}.
status-confirm-by = Konfime anvan { $deadline } (lè { $zone }).
status-confirmed = Randevou ou konfime: tout moun nan gwoup la konfime.
status-confirm-title = Konfime randevou ou
status-time-left = Tan ki rete: { $hours } èdtan { $minutes } minit.
status-confirm-intro = Chak moun ki gen 14 an oswa plis konfime sou telefòn sa a: anvan, avèk lokalizasyon telefòn nan, apre sa, avèk yon foto figi li ki pran kounye a.
status-traveller-todo = { $name }: poko konfime.
status-traveller-retake = { $name }: nou pa t ka itilize foto a. Tanpri, pran yon lòt.
status-traveller-review = { $name }: yon moun ap gade foto a. Ou pa bezwen fè anyen; tan ou genyen pou konfime a kanpe pandan moun nan ap gade l.
status-traveller-passed = { $name }: konfime.
status-confirm-link = Konfime { $name }
status-no-appointment = Ou poko gen randevou. Chak jou ou ka mande youn; rezilta chak tiraj parèt isit la.
status-request-title = Dènye demand ou
status-request-none = Ou poko mande yon randevou.
status-request-waiting = Ou te mande { $day } pou { $port }. Yo poko pibliye rezilta a.
status-request-won = Ou te mande { $day } pou { $port }, epi yo chwazi gwoup ou. Randevou ou parèt anwo a.
status-request-lapsed = Ou te mande { $day } pou { $port }. Yo te chwazi gwoup ou, men li pa t konfime atan, kidonk plas la ale bay lòt gwoup. Ou ka mande ankò nenpòt jou, san sa pa fè ou okenn tò.
status-request-no-show = Ou te mande { $day } pou { $port }, epi gwoup ou te gen yon randevou ki konfime, men pèsonn pa t prezante jou a. Ou ka mande ankò nenpòt jou, san sa pa fè ou okenn tò.
status-request-not-chosen = Ou te mande { $day } pou { $port }. Fwa sa a, yo pa t chwazi gwoup ou. Ou ka mande ankò nenpòt jou: tan ou genyen depi ou enskri konte nan chak tiraj.
confirm-title = Konfime { $name }
confirm-intro = Lè ou peze bouton an, sit la mande telefòn nan kote ou ye, yon sèl fwa, pou verifye si { $name } nan zòn kote moun konfime randevou yo. Nou pa kenbe kote ou ye a. Apre sa, pran yon foto figi { $name }: k ap gade kamera a, kote ki gen bon limyè, san okenn lòt moun nan foto a.
confirm-submit = Konfime
confirm-needs-location = Pou konfime, Garita bezwen konnen kote telefòn nan ye. Pèmèt sit sa a wè kote ou ye, epi peze bouton an ankò. Si li toujou pa mache, yon òganizasyon k ap ede ka ede ou.
confirm-too-late = Tan pou konfime a fin pase. Paj sitiyasyon ou di sa k ap pase apre sa.
confirm-outside-state = Dapre telefòn nan, ou nan { $place }, anviwon { $km } km de zòn kote moun konfime randevou yo (Meksik, nan nò 19yèm paralèl la, ak Chiapas ak Tabasco). Ou ka konfime lè ou anndan zòn sa a. Si se pa la ou ye, limen lokalizasyon egzak la epi eseye ankò.
confirm-outside-country = Dapre telefòn nan, ou deyò Meksik, anviwon { $km } km de fwontyè a, toupre { $place }. Ou ka konfime depi anndan Meksik: nan nò 19yèm paralèl la, oswa nan Chiapas oswa Tabasco. Si se pa la ou ye, limen lokalizasyon egzak la epi eseye ankò.

inbox-title = Mesaj
inbox-empty = Poko gen mesaj. Mesaj sou randevou ou yo parèt isit la, menm lè imèl oswa SMS pa rive jwenn ou.
inbox-offline = Yon fwa paj sa a fin chaje, ou ka li l ankò san koneksyon.
inbox-text-gone-subject = Yon ansyen mesaj
inbox-text-gone-body = { $days ->
   *[other] Dapre règ Garita sou konbyen tan nou kenbe enfòmasyon, nou efase tèks mesaj sa a { $days } jou apre nou te voye l. Sa mesaj la te di ou rete nan paj sitiyasyon ou ak nan dosye siyen ou a.
}

messages-admin-title = Mesaj
messages-admin-intro = Mesaj k ap tann, mesaj ki ale ak mesaj ki echwe, pou tout sèvè yo ansanm. Menm chif yo nan /metrics.
messages-admin-pending = K ap tann pou ale pa { $channel }: { $count }
messages-admin-none-pending = Pa gen okenn mesaj k ap tann.
messages-admin-oldest = Mesaj ki pi ansyen k ap tann lan te ekri sa gen { $minutes ->
   *[other] { $minutes } minit
}.
messages-admin-sent = Total mesaj ki rive: { $count }
messages-admin-hour-title = Nan dènye èdtan an
messages-admin-hour = { $channel }: { $sent } rive, { $retry } pou eseye ankò pita, { $moved } pase nan pwochen kanal la, { $dead } abandone, { $deferred } ralanti akoz limit pou voye yo.
messages-admin-dead-title = Mesaj ki pa t ka rive
messages-admin-dead-empty = Okenn. Tout mesaj yo rive, oswa n ap toujou eseye voye yo.
messages-admin-dead-row = { $kind } pa { $channel }, ekri { $when }, { $attempts ->
   *[other] { $attempts } esè
}. Dènye erè: { $error }
messages-admin-retry = Eseye ankò
messages-admin-retried = Mesaj la tounen nan fil datant lan, epi n ap eseye voye l ankò nan yon ti moman.

review-confirmations = Foto konfimasyon

confirmation-title = Konfimasyon ou
confirmation-intro = Montre paj sa a nan pòs fwontyè a, sou telefòn nan oswa enprime sou yon sèl fèy papye. Se sèl sa ou bezwen ansanm ak dokiman ou yo.
confirmation-number = Nimewo konfimasyon: { $number }
confirmation-appointment = { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats ->
   *[other] { $seats } plas
}.
confirmation-token = Tèks konfimasyon ou a, pou verifye l alamen:
confirmation-free = Nenpòt moun ka verifye si li otantik nan /verify. Garita gratis: pesonn pa ka vann ou yon konfimasyon.
status-confirmation-link = Gade epi enprime konfimasyon ou
status-cancel = Anile randevou sa a
status-cancel-help = Si gwoup ou pa ka vini, anile l: plas la ale bay yon lòt gwoup touswit. Ou ka mande ankò nenpòt jou, san sa pa fè ou okenn tò.
status-cancelled = Randevou ou anile. Ou ka mande ankò nenpòt jou.
status-moved = { $reason ->
    [port-chosen] Ou te deplase randevou sa a soti { $from_port }, { $from_date } a { $from_time }, pou mete l nan yon lòt pòs fwontyè.
   *[other] Deplase soti { $from_port }, { $from_date } a { $from_time }: pòs fwontyè a fèmen jou sa a.
}
status-choose-port = Deplase randevou a nan pòs fwontyè sa a
status-choose-port-label = Yon lòt pòs fwontyè
status-choose-port-help = Si yon lòt pòs fwontyè pi bon pou gwoup ou, chwazi l: randevou ou ap deplase nan premye lè lib li genyen, avèk tout moun nan gwoup la ansanm. Ou ka fè sa yon sèl fwa.
status-choose-port-full = Pòs fwontyè sa a pa gen plas lib nan mwa k ap vini yo. Randevou ou pa chanje.
check-title = Verifye yon konfimasyon
check-intro = Kole tèks yon konfimasyon Garita (liy ki anba kòd QR li a), oswa eskane kòd QR li a. Repons lan di sèlman si li otantik: li pa montre okenn enfòmasyon pèsonèl.
check-token-label = Tèks konfimasyon an
check-submit = Verifye
check-scan = Eskane kòd QR la
check-no-camera = Nou pa t ka sèvi ak kamera a isit la. Tape oswa kole tèks konfimasyon an pito.
check-genuine = Otantik: konfimasyon { $number }, pòs { $port }, { $date } a { $time }, { $seats ->
   *[other] { $seats } plas
}.
check-not-genuine = Li pa otantik: se pa Garita ki siyen l. Pa fè l konfyans, epi pa peye pou li.
check-expired = Konfimasyon sa a te otantik, men jou li a ({ $date }) pase deja.
check-cancelled = Konfimasyon sa a te otantik, men randevou a te anile.
check-moved = Konfimasyon sa a te otantik, men randevou a deplase soti { $date } pou ale nan yon lòt jou oswa yon lòt pòs fwontyè: mande konfimasyon ki pi nouvo a.
check-offline = Verifye sou telefòn sa a, san koneksyon: siyati a se siyati Garita. Se sèlman sou entènèt ou ka konnen si yo te anile l apre sa.
partner-title = Verifye yon konfimasyon avèk yon dat nesans
partner-intro = Pou òganizasyon patnè yo. Tape nimewo konfimasyon yon moun montre ou ak dat nesans youn nan moun ki nan gwoup li a: repons lan se sèlman wi oswa non. Chak verifikasyon ekri yon kote.
partner-number = Nimewo konfimasyon
partner-born = Dat nesans youn nan moun ki nan gwoup la.
partner-yes = Wi: konfimasyon sa a valab, epi li pou yon gwoup ki gen yon moun ki fèt nan dat sa a.
partner-no = Non: nimewo sa a pa yon konfimasyon valab pou yon gwoup ki gen yon moun ki fèt nan dat sa a.
partner-too-many = Ou fè anpil verifikasyon nan èdtan sa a. Tanpri, eseye ankò nan pwochen èdtan an.
