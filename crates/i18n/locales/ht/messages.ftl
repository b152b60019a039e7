### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox: Haitian Creole (Kreyòl ayisyen). Translated from en/messages.ftl.
### Plain words, short sentences; never blame the reader; always say what to do next.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: gwoup ou gen yon randevou { $date } nan { $port }
msg-won-v1-body = Yo chwazi demand ou te fè { $day } la nan tiraj la. Randevou gwoup ou: { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats } plas.
msg-won-v1-next = Sa pou ou fè kounye a: konfime anvan { $deadline } (lè { $zone }). Chak moun ki gen 14 an oswa plis konfime avèk lokalizasyon telefòn nan ak yon foto. Si ou pa konfime atan, plas la ale bay yon lòt gwoup, epi ou ka mande ankò, san sa pa fè ou okenn tò.
msg-won-v1-sms = Garita: randevou { $date } a { $time } nan { $port } pou { $seats } moun. Konfime anvan { $deadline }: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: yo pa t chwazi demand ou te fè { $day } la
msg-not-chosen-v1-body = Fwa sa a, yo pa t chwazi demand ou te fè { $day } la pou { $port } nan tiraj la.
msg-not-chosen-v1-next = Ou ka mande ankò nenpòt jou: tan ou genyen depi ou enskri konte nan chak tiraj. Se ou ki te mande imèl sa a; ou ka fè l sispann nan paj kont ou.

account-notices-title = Mesaj sou tiraj yo
account-notices-not-chosen = Voye yon imèl ban mwen tou lè yo pa chwazi gwoup mwen. Rezilta a toujou parèt nan paj sitiyasyon ou.
account-notices-save = Anrejistre

status-title = Sitiyasyon ou ak mesaj ou yo
status-appointment-title = Randevou ou
status-appointment = { $port } ({ $crossing }), { $date } a { $time } (lè lokal nan pòs fwontyè a), { $seats } plas.
status-confirm-by = Konfime anvan { $deadline } (lè { $zone }).
status-no-appointment = Ou poko gen randevou. Chak jou ou ka mande youn; rezilta chak tiraj parèt isit la.
status-request-title = Dènye demand ou
status-request-none = Ou poko mande yon randevou.
status-request-waiting = Ou te mande { $day } pou { $port }. Yo poko pibliye rezilta a.
status-request-won = Ou te mande { $day } pou { $port }, epi yo chwazi gwoup ou. Randevou ou parèt anwo a.
status-request-not-chosen = Ou te mande { $day } pou { $port }. Fwa sa a, yo pa t chwazi gwoup ou. Ou ka mande ankò nenpòt jou: tan ou genyen depi ou enskri konte nan chak tiraj.
inbox-title = Mesaj
inbox-empty = Poko gen mesaj. Mesaj sou randevou ou yo parèt isit la, menm lè imèl oswa SMS pa rive jwenn ou.
inbox-offline = Yon fwa paj sa a fin chaje, ou ka li l ankò san koneksyon.

messages-admin-title = Mesaj
messages-admin-intro = Mesaj k ap tann, mesaj ki ale ak mesaj ki echwe, pou tout sèvè yo ansanm. Menm chif yo nan /metrics.
messages-admin-pending = K ap tann pou ale pa { $channel }: { $count }
messages-admin-none-pending = Pa gen okenn mesaj k ap tann.
messages-admin-oldest = Mesaj ki pi ansyen k ap tann lan te ekri sa gen { $minutes } minit.
messages-admin-sent = Total mesaj ki rive: { $count }
messages-admin-hour-title = Nan dènye èdtan an
messages-admin-hour = { $channel }: { $sent } rive, { $retry } pou eseye ankò pita, { $moved } pase nan pwochen kanal la, { $dead } abandone, { $deferred } ralanti akoz limit pou voye yo.
messages-admin-dead-title = Mesaj ki pa t ka rive
messages-admin-dead-empty = Okenn. Tout mesaj yo rive, oswa n ap toujou eseye voye yo.
messages-admin-dead-row = { $kind } pa { $channel }, ekri { $when }, { $attempts } esè. Dènye erè: { $error }
messages-admin-retry = Eseye ankò
messages-admin-retried = Mesaj la tounen nan fil datant lan, epi n ap eseye voye l ankò nan yon ti moman.
