### The daily request, the published draws and the public numbers: Haitian Creole (Kreyòl ayisyen). Translated from en/draws.ftl.
### Plain words, short sentences; never blame the reader; always say what to do next.

input-position-invalid = Garita pa t ka li kote telefòn ou ye a. Pèmèt sit sa a wè kote ou ye, epi eseye ankò.

request-title = Mande yon randevou
request-intro = Chak jou, soti { $opens } rive { $closes } (lè { $zone }), gwoup ou ka mande yon randevou yon fwa. Lè demand yo fèmen, yon tiraj chwazi kiyès ki jwenn plas jou a; mwatye plas chak pòs fwontyè ale bay gwoup ki enskri depi pi lontan yo.
request-port = Pòs fwontyè
request-location-help = Lè ou peze bouton an, sit la mande telefòn ou kote ou ye, yon sèl fwa, pou verifye si ou nan zòn kote moun ka fè demand. Nou pa kenbe kote ou ye a.
request-submit = Mande yon randevou
request-needs-location = Pou mande, Garita bezwen konnen kote telefòn ou ye. Pèmèt sit sa a wè kote ou ye, epi peze bouton an ankò. Si li toujou pa mache, yon òganizasyon k ap ede ka fè demand lan avè ou.
request-accepted = Demand ou pou { $date } nan { $port } anrejistre. Li konte nan tiraj jou sa a. Nimewo patisipasyon ou anba a; apre tiraj la, ou ka jwenn li nan lis yo pibliye a.
request-entry-id = Nimewo patisipasyon ou:
request-already = Gwoup ou deja mande pou { $date } (pòs { $port }). Yon demand pa jou ase: li anrejistre epi li konte nan tiraj la.
request-holds-appointment = Gwoup ou a gen yon randevou deja: { $date } a { $time }, pò { $port }. Yon gwoup gen yon sèl randevou alafwa. Pou mande yon lòt jou, anile sa a anvan sou paj estati ou, epi mande ankò.
request-closed = Demand pou { $date } ap louvri a { $time } (lè { $zone }).
request-no-registration = Anvan, enskri gwoup ou. Apre sa, ou ka mande yon randevou.
request-photos-missing = Chak moun ki gen 14 an oswa plis bezwen yon foto anvan. Ajoute foto ki manke yo, epi mande ankò.
request-outside-state = Dapre telefòn ou, ou nan { $place }, anviwon { $km } km de zòn kote moun ka fè demand (Meksik, nan nò 19yèm paralèl la, ak Chiapas ak Tabasco). Ou ka mande lè ou anndan zòn sa a. Si se pa la ou ye, limen lokalizasyon egzak la epi eseye ankò.
request-outside-country = Dapre telefòn ou, ou deyò Meksik, anviwon { $km } km de fwontyè a, toupre { $place }. Ou ka mande depi anndan Meksik: nan nò 19yèm paralèl la, oswa nan Chiapas oswa Tabasco. Si se pa la ou ye, limen lokalizasyon egzak la epi eseye ankò.
request-check-draw = Gade tiraj jou sa a

draws-title = Tiraj chak jou
draws-intro = Nenpòt moun ka verifye tiraj chak jou. Anvan demand yo louvri, Garita pibliye yon angajman sou yon nimewo sekrè; lè demand yo fèmen, li pibliye lis patisipasyon yo ak anprent lis la; apre tiraj la, li pibliye sekrè a ak tout rezilta a, pou nenpòt moun ka kalkile l ankò.
draws-day-title = Tiraj pou { $date }
draws-status-open = Demand yo louvri. Angajman ki anba a te pibliye anvan yo te louvri.
draws-status-closed = Demand yo fèmen. Lis patisipasyon yo pap chanje ankò; tiraj la ap vini apre.
draws-status-drawn = Tiraj la fèt. N ap verifye l anvan nou pibliye l.
draws-status-held = Tiraj la ap tann yon moun verifye l anvan yo pibliye l.
draws-status-published = Li pibliye. Nenpòt moun ka kalkile l ankò.
draws-commitment = Angajman (SHA-256)
draws-entries = Patisipasyon
draws-digest = Anprent lis patisipasyon yo (SHA-256)
draws-secret = Sekrè a, ki parèt apre tiraj la
draws-seed = Semans
draws-download-entries = Telechaje lis patisipasyon yo
draws-download-record = Telechaje tout dosye tiraj la (JSON)
draws-verify-how = Pou verifye l ou menm: garita draw verify garita-draw.json (metòd la nan docs/draw.md).
draws-your-entry = Nimewo patisipasyon ou pou jou sa a: { $entry }
draws-your-entry-listed = Li nan lis yo pibliye a.
draws-none = Poko gen tiraj.

stats-title = Chif yo
stats-intro = Pou chak pòs fwontyè ak chak jou: demand yo, plas yo, gwoup yo chwazi, ki chans yon gwoup genyen pou yo chwazi l, ak konbyen tan gwoup yo chwazi yo te gen depi yo enskri. Chif sa yo soti nan tiraj yo pibliye yo.
stats-head-date = Jou
stats-head-port = Pòs fwontyè
stats-head-requests = Demand
stats-head-seats = Plas
stats-head-winners = Gwoup yo chwazi
stats-head-odds = Chans
stats-head-waited = Jou depi enskripsyon (pi kout / nan mitan / pi long)

email-draw-held-subject = Garita: gen yon tiraj k ap tann ou verifye l
email-draw-held-body = Tiraj yon jou pa t pase yon verifikasyon ekite, epi yo kenbe l anvan yo pibliye l; pèsonn poko resevwa okenn rezilta. Gade verifikasyon yo ak dosye tiraj la isit la: { $link } — apre sa, pibliye l avèk "garita draw release" oswa kontinye kenbe l pandan w ap fè envestigasyon.
