### The daily request, the published draws and the public numbers: Haitian Creole (Kreyòl ayisyen). Translated from en/draws.ftl.
### Plain words, short sentences; never blame the reader; always say what to do next.

input-position-invalid = Garita pa t ka li kote telefòn ou ye a. Pèmèt sit sa a wè kote ou ye, epi eseye ankò.

request-title = Mande yon randevou
request-intro = Chak jou, soti { $opens } rive { $closes } (lè { $zone }), gwoup ou ka mande yon randevou yon fwa. Lè demand yo fèmen, yon tiraj chwazi kiyès ki jwenn plas jou a; mwatye plas chak pòs fwontyè ale bay gwoup ki enskri depi pi lontan yo.
request-port = Pòs fwontyè
request-location-help = Lè ou peze bouton an, sit la mande telefòn ou kote ou ye, yon sèl fwa, pou verifye si ou nan zòn kote moun ka fè demand. Nou pa kenbe kote ou ye a.
request-submit = Mande yon randevou
request-needs-location = Pou mande, Garita bezwen konnen kote telefòn ou ye. Pèmèt sit sa a wè kote ou ye, epi peze bouton an ankò. Si li toujou pa mache, yon òganizasyon k ap ede ka fè demand lan avè ou.
location-without-script = Etap sa a bezwen pozisyon telefòn ou, pou verifye ou nan Meksik toupre fwontyè a. Navigatè sa a pa ka bay paj la li: JavaScript etenn, oswa navigatè a pa gen lokalizasyon. Limen JavaScript nan paramèt navigatè a, pèmèt lokalizasyon pou sit sa a lè telefòn nan mande, epi louvri paj sa a ankò. Yon òganizasyon ki ede moun ka fè etap sa a avè w tou.
request-accepted = Demand ou pou { $date } nan { $port } anrejistre. Li konte nan tiraj jou sa a. Nimewo patisipasyon ou anba a; apre tiraj la, ou ka jwenn li nan lis yo pibliye a.
request-entry-id = Nimewo patisipasyon ou:
request-next = Tiraj la fèt lè demann yo fèmen, { $time } (lè { $zone }). Rezilta a vini pa imel, e pa SMS si ou te bay yon nimewo telefòn, epi li parèt sou paj estati ou.
request-status-link = Gade paj estati ou
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
draws-status-opening = Demann yo ap louvri a { $time } ({ $zone }). Angajman ki anba a pibliye anvan yo louvri.
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
draws-verify-how = Pou verifye l ou menm: garita draw verify { $file } (metòd la nan docs/draw.md).
draws-your-entry = Nimewo patisipasyon ou pou jou sa a: { $entry }
draws-your-entry-listed = Li nan lis yo pibliye a.
draws-none = Poko gen tiraj.

stats-title = Chif yo
stats-head-port = Pòs fwontyè
stats-head-requests = Demand
stats-head-seats = Plas
stats-head-winners = Gwoup yo chwazi
stats-head-odds = Chans
stats-head-waited = Jou depi enskripsyon (pi kout / nan mitan / pi long)

email-draw-held-subject = Garita: gen yon tiraj k ap tann ou verifye l
email-draw-held-body = Tiraj yon jou pa t pase yon verifikasyon ekite, epi yo kenbe l anvan yo pibliye l; pèsonn poko resevwa okenn rezilta. Gade verifikasyon yo ak dosye tiraj la isit la: { $link } — apre sa, pibliye l avèk "garita draw release" oswa kontinye kenbe l pandan w ap fè envestigasyon.

## Observers of the draw (staff role "observer")
observe-title = Obsève tiraj la
observe-intro = Anvan demand yon jou louvri, anrejistre yon angajman sou yon sekrè pa w; apre demand yo fèmen, revele sekrè sa a. Chak sekrè ki koresponn ak angajman li antre nan tiraj la, konsa pèsonn pa ka chwazi pou kont li kiyès ki genyen, menm Garita pa kapab. Fè sekrè a ak angajman li sou pwòp òdinatè pa w, avèk kòmand garita observe commit oswa nenpòt zouti ki swiv seksyon 11.3 nan espesifikasyon tiraj la (docs/draw.md), epi kenbe sekrè a jiskaske demand yo fèmen.
observe-your-id = Idantifyan obsèvatè ou (li fè pati angajman ou): { $id }
observe-date = Jou demand yo (YYYY-MM-DD)
observe-commitment = Angajman ou (64 karaktè: chif 0 rive 9 ak lèt a rive f)
observe-secret = Sekrè ou (64 karaktè: chif 0 rive 9 ak lèt a rive f)
observe-commit = Anrejistre angajman an
observe-reveal = Revele sekrè a
observe-committed = Angajman ou pou { $date } anrejistre. Kenbe sekrè ou nan yon kote ki an sekirite, epi revele l apre demand yo fèmen.
observe-accepted = Sekrè ou pou { $date } koresponn ak angajman ou: li antre nan tiraj la. Kenbe paj sa a kòm resi ou.
observe-wrong = Sekrè ou pou { $date } pa koresponn ak angajman ou, kidonk tiraj la ap fèt san li, epi dosye tiraj la ap di sa.
observe-error-hex = Ekri egzakteman 64 karaktè; chak karaktè dwe yon chif 0 rive 9 oswa yon lèt a rive f.
observe-error-date = Ekri jou a konsa: ane-mwa-jou, pa egzanp 2026-12-31.
observe-too-late-commit = Demand pou jou sa a gentan louvri. Anrejistre yon angajman pou yon jou pita.
observe-already-committed = Ou deja anrejistre yon angajman pou jou sa a, epi yon angajman pa ka chanje. Revele sekrè li apre demand yo fèmen.
observe-too-early = Demand pou jou sa a poko fèmen. Revele sekrè ou apre yo fèmen.
observe-too-late-reveal = Lè pou revele sekrè pou jou sa a fini, epi tiraj la fèt san sekrè ou.
observe-nothing-committed = Ou pa t anrejistre okenn angajman pou jou sa a, kidonk pa gen anyen pou revele.
observe-already-revealed = Ou deja revele sekrè ou pou jou sa a.
observe-history = Jou ou yo
observe-col-date = Jou
observe-col-commitment = Angajman
observe-col-status = Estati
observe-status-not-revealed = Poko revele
observe-status-accepted = Nan tiraj la
observe-status-wrong = Pa t koresponn
observe-none = Ou poko anrejistre angajman pou okenn jou.
draws-beacon-round = Aza piblik: wonn drand quicknet tiraj la itilize a (premye wonn apre demand yo fèmen)
draws-rules-digest = Anprent plas ak lè chak pòs fwontyè, jan yo te fikse lè demand yo fèmen (SHA-256)
draws-observer-commitment = Angajman obsèvatè { $name }
draws-beacon-missing = Wonn drand lan pa t rive a tan, kidonk tiraj la fèt san li; se sekrè obsèvatè yo ak sekrè Garita a ki fè semans lan.
request-next-from-group = Gwoup ou a pare: mande yon randevou
email-face-rates-subject = Garita: verifikasyon foto a voye yon gwoup nan revizyon pi souvan anpil
email-face-rates-body = Pandan dènye semèn nan, verifikasyon otomatik foto a voye foto konfimasyon omwen yon gwoup (yon nasyonalite ak yon gwoup laj) bay yon moun ki revize plis pase de fwa pi souvan pase pou tout moun. Chif yo pa gwoup yo isit la: { $link } — gade limyè, distans ak linèt nan foto k ap tann revizyon yo, epi gade si limit ki nan face_match_distance la bon pou yo.
