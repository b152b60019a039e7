# Registrations: the travellers of a group and their details: Haitian Creole (Kreyòl ayisyen). Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = Sa a twò long. Tanpri, fè l pi kout.
field-characters = Tanpri, sèvi ak lèt sèlman isit la. Si sa nesesè, ou ka mete espas, tirè oswa apostwòf tou.
field-wrong-kind = Valè sa a pa kalite nou tann isit la (yon tèks, yon nimewo, yon lis...). Deskripsyon API a di kilès: /api/v1/openapi.json.
field-direction-mark = Tèks sa a gen yon mak direksyon ou pa ka wè, ki souvan vini lè yo kole tèks. Tape tèks la ankò olye ou kole l.
field-invisible-space = Tèks sa a gen yon espas ou pa ka wè (lajè zewo), ki souvan vini lè yo kole tèks. Tape tèks la ankò olye ou kole l.
field-date-invalid = Dat sa a pa egziste. Verifye jou a, mwa a ak ane a.
field-date-missing = Ekri tout dat la: jou a, mwa a ak ane a, chak an chif.
field-date-future = Dat sa a poko rive. Verifye ane a.
field-date-too-old = Dat sa a gen plis pase 120 ane. Verifye ane a.
field-country-unknown = Tanpri, chwazi yon peyi nan lis la.
field-height-range = Wotè sa a pa sanble bon. Ekri l an santimèt (pa egzanp 165), oswa an pye ak pous.
field-weight-range = Pwa sa a pa sanble bon. Ekri l an kilogram (pa egzanp 60) oswa an liv.
field-choice-unknown = Tanpri, chwazi youn nan repons yo.
field-document-format = Yon nimewo dokiman gen ant 4 ak 20 lèt ak chif. Kopye l jan li ekri sou dokiman an.
field-us-state = Tanpri, chwazi eta Etazini an nan lis la.
field-zip = Yon kòd postal (ZIP) gen 5 chif, pa egzanp 77002.
field-same-person-twice = Moun sa a deja nan gwoup ou a. Chak vwayajè parèt yon sèl fwa: verifye non yo ak dat nesans lan.
field-same-document-twice = Nimewo dokiman sa a deja ekri pou yon lòt vwayajè nan gwoup ou a. Verifye nimewo ki sou dokiman an.

## Labels of a traveller's details

traveller-given-names = Prenon (jan yo ekri sou dokiman ou yo)
traveller-family-names = Non fanmi (jan yo ekri sou dokiman ou yo)
traveller-birth-date = Dat nesans
traveller-day = Jou
traveller-month = Mwa
traveller-year = Ane
traveller-birth-country = Peyi kote ou fèt
traveller-birth-city = Vil oswa bouk kote ou fèt
traveller-residence-country = Peyi kote ou ap viv kounye a
traveller-nationality = Nasyonalite
traveller-gender = Sèks ki ekri sou dokiman ou yo
traveller-language = Lang ou pale pi byen
traveller-height = Wotè
traveller-height-cm = Santimèt
traveller-height-feet = Pye
traveller-height-inches = Pous
traveller-weight = Pwa
traveller-weight-kg = Kilogram
traveller-weight-lb = Liv
traveller-weight-amount = Konbyen
traveller-weight-unit = Inite
traveller-eyes = Koulè je
traveller-phone = Nimewo telefòn (ou ka kite l vid)
traveller-email = Adrès imèl (ou ka kite l vid)
traveller-home-address = Adrès kote ou te rete anvan (lari, vil, peyi)
traveller-travel-history = Peyi ou te pase sou wout ou, avèk dat yo si ou konnen yo
form-required-note = Fòk ou reponn kesyon ki gen * yo.
traveller-optional-group = Plis sou moun sa a (ou ka kite sa yo vid)
traveller-work = Travay ou te konn fè anvan
traveller-emergency-contact = Yon moun pou rele si gen ijans (non ak telefòn)
traveller-family = Manm fanmi ki pa nan gwoup sa a
traveller-marital = Eta sivil
traveller-document = Dokiman idantite
traveller-document-kind = Ki kalite dokiman
traveller-document-country = Peyi ki te bay li
traveller-document-number = Nimewo dokiman an

## Choices

gender-female = Fi
gender-male = Gason
gender-another = Lòt
eyes-brown = Mawon
eyes-black = Nwa
eyes-hazel = Mawon klè
eyes-green = Vèt
eyes-blue = Ble
eyes-grey = Gri
eyes-other = Lòt koulè
marital-single = Selibatè
marital-married = Marye
marital-partner = Plase (ap viv ak yon konpayon)
marital-divorced = Divòse
marital-widowed = Vèv
document-passport = Paspò
document-national-id = Kat idantite nasyonal
document-birth-certificate = Ak nesans
document-other = Lòt dokiman

## The group's destination

us-address-title = Kote ou pral rete Ozetazini
us-address-help = Tout moun nan gwoup la ap ale nan adrès sa a.
us-address-street = Lari ak nimewo
us-address-city = Vil
us-address-state = Eta
us-address-zip = Kòd postal (ZIP)

## Registration pages

registration-title = Enskripsyon mwen
registration-start = Enskri gwoup ou
registration-start-intro = Premye bagay: kote ou pral rete Ozetazini, ak enfòmasyon pa ou. Apre sa, ou ka ajoute lòt moun ki nan gwoup ou yo. Chak fwa ou peze Anrejistre, tout bagay anrejistre.
registration-save = Anrejistre
registration-choose = Chwazi…
registration-since = Enskri depi { $date }.
registration-since-help = Dat sa a se plas ou pami gwoup ki tann pi lontan yo. Lè ou korije oswa ajoute enfòmasyon, sa pa janm chanje dat la.
registration-edit-address = Korije adrès la
registration-name = Non
registration-travellers = Moun ki nan gwoup ou
registration-edit-traveller = Korije moun nimewo { $number } ({ $name })
registration-add-traveller = Ajoute yon moun nan gwoup ou
registration-traveller-title = Yon moun nan gwoup ou
registration-remove-traveller = Retire moun sa a nan gwoup la
registration-already-registered = Moun sa a deja nan yon lòt enskripsyon. Nou pa chanje anyen. Si ou panse se yon erè, yon moun ka gade sa: mande yon revizyon nan yon abri oswa yon gwoup ki bay èd legal ki travay ak Garita.
registration-stale = Pandan tan sa a, yon lòt fenèt te chanje enskripsyon sa a. Ou pa pèdi anyen. Tanpri, gade li ankò epi fè chanjman ou an yon lòt fwa.
registration-travellers-fixed = Gwoup ou a nan yon tiraj oswa li gen yon randevou, kidonk pèsonn pa ka ajoute jiskaske sa fini: randevou a rete pou moun ki te mande l yo. Ou ka toujou korije yon enfòmasyon, oswa retire yon moun ki p ap vwayaje.
registration-identity-fixed = Chanjman sa a ta fè vwayajè sa a vin yon lòt moun, e sa pa ka fèt pandan gwoup ou a nan yon tiraj oswa li gen yon randevou. Si enfòmasyon yo te pa bon, yon moun k ap ede oswa k ap revize ka gade sa avè ou.
registration-group-size = Yon gwoup gen ant 1 ak 10 moun.
registration-history-title = Tout chanjman nan enskripsyon mwen
registration-history-intro = Chak fwa yo te anrejistre enskripsyon ou: kilè, kiyès ki te fè li, ak kisa ki chanje.
registration-history-you = Ou menm
registration-history-helper = Yon moun k ap ede
registration-history-field = Kisa
registration-history-before = Anvan
registration-history-after = Apre
registration-back = Retounen nan enskripsyon mwen

## Photos

photo-title = Foto { $name }
photo-intro = Yon foto figi a, k ap gade kamera a. Nan pòs fwontyè a, li ede ofisye fwontyè a wè moun ki vini an se menm moun ki enskri a.
photo-tips = Kanpe devan yon mi ki gen yon sèl koulè, kote ki gen bon limyè, san anyen sou figi ou (pa gen chapo, pa gen linèt nwa). Kenbe telefòn nan nan wotè je ou.
photo-label = Pran yon foto oswa chwazi youn
photo-submit = Voye foto a
photo-not-a-photo = Nou pa t ka louvri fichye sa a tankou yon foto. Tanpri, pran yon nouvo foto ak kamera a.
photo-no-face = Nou pa t jwenn yon figi nan foto sa a. Gade dwat nan kamera a, epi fè tout figi a parèt nan foto a.
photo-several-faces = Nou wè plis pase yon figi. Tanpri, pran yon foto moun sa a pou kont li.
photo-face-too-small = Figi a twò piti nan foto sa a. Tanpri, vin pi pre kamera a.
photo-too-dark = Foto sa a twò fènwa. Tanpri, ale yon kote ki gen plis limyè.
photo-blurred = Foto sa a pa klè. Kenbe telefòn nan san li pa bouje, epi siye lantiy kamera a.
photo-compare-again = Nou pa t kapab konpare foto sa a ak foto enskripsyon an. Gade kamera a nan yon limyè ki egal, retire linèt ou ak tout sa ki kouvri figi ou, epi kenbe telefòn nan ak bra ou lonje.
photo-not-compared = Nou pa t kapab konpare foto sa a otomatikman ak foto enskripsyon an. Yon moun ap gade tou de; ou pa bezwen fè anyen.
photo-move-as-asked = Nou pa t ka wè tèt ou vire jan paj la te mande a. Kenbe telefòn nan ak bra ou lonje nan yon limyè ki egal, epi vire tèt ou dousman chak fwa paj la di w fè l.
photo-not-live = Foto sa a te voye san tès mouvman kamera a. Yon moun pral gade l; ou pa bezwen fè anyen.
photo-tries-left = Ou ka eseye { $tries ->
   *[other] { $tries } fwa
} ankò. Apre sa, yon moun ap gade foto a.
photo-review = Mèsi. Yon moun ap gade foto sa a. Ou ka kontinye enskripsyon ou.
photo-status-missing = Foto a manke toujou
photo-status-accepted = Foto a anrejistre
photo-status-review = Yon moun ap gade foto a
photo-add = Ajoute foto { $name }
photo-change = Chanje foto { $name }
photo-child = Timoun ki poko gen 14 an pa bezwen foto.

## My record

record-title = Dosye mwen
record-intro = Tout sa Garita kenbe sou kont ou ak enskripsyon ou. Garita siyen l, kidonk li se yon prèv sa ou te genyen, menm si yon bagay chanje pita.
record-download = Telechaje dosye mwen (yon fichye Garita siyen)
record-signed = Garita siyen l. Kle: { $key }. Siyati: { $signature }
record-verify = Nenpòt moun ka verifye siyati a ak kle Garita pibliye nan /.well-known/garita-keys.json.
record-link = Dosye mwen: gade l, enprime l oswa telechaje l
record-check-title = Verifye yon dosye
record-check-intro = Chwazi yon fichye dosye (garita-record.json, jan yon moun telechaje pa li). Garita verifye siyati a ak kle li pibliye yo: li li fichye a, li verifye l, li pa kenbe l.
record-check-file = Fichye dosye a
record-check-submit = Verifye
record-check-genuine = Otantik: dosye sa a egzakteman jan Garita te siyen l { $date }.
record-check-not-genuine = Li pa jan Garita te siyen l: yo chanje fichye a apre yo te telechaje l, oswa li pa soti nan Garita. Mande moun nan fichye li menm li te telechaje a.
record-check-not-record = Fichye sa a se pa yon dosye Garita. Chwazi fichye garita-record.json ki te telechaje nan Garita a.
record-check-link = Verifye yon fichye dosye

## Staff review

review-title = Ap tann yon moun revize
review-photos = Foto verifikasyon otomatik la pa t ka itilize
review-photo-line = Foto yo voye le { $date }. Verifikasyon an di: { $problem }
review-photo-see = Gade foto a
review-photo-accept = Foto a bon
review-photo-retake = Mande yon nouvo foto
review-cases = Ka pou gade
review-case-line = { $kind } — ouvè depi { $date }
review-case-close = Nou gade l: fèmen ka a
review-none = Pa gen anyen k ap tann.
case-address-cluster = Anpil gwoup bay menm adrès la Ozetazini
case-bulk-accounts = Yo kreye anpil kont nan yon sèl kote, nan yon sèl jou
case-already-registered = Yon moun mande yon revizyon: sistèm nan di moun nan deja nan yon lòt enskripsyon

## Asking for a review

registration-ask-review = Mande pou yon moun gade sa
registration-review-requested = Mèsi. Yon moun pral gade sa. Pa gen lòt bagay ki chanje nan enskripsyon ou.
registration-fix-fields = Gen kèk enfòmasyon ki bezwen korije. Chak di sa pou chanje.
photo-camera-start = Sèvi ak kamera a isit la
photo-camera-take = Pran foto a
liveness-front = Gade kamera a dwat devan ou.
liveness-left = Kounye a, vire tèt ou dousman sou bò gòch ou.
liveness-right = Kounye a, vire tèt ou dousman sou bò dwat ou.
registration-identity-ask-review = Mande pou yon moun revize chanjman sa a
registration-identity-review-requested = Yon moun k ap revize pral gade chanjman sa a. Jiskaske li aksepte l, vwayajè a rete jan li te anrejistre anvan an; sa pa touche randevou a.
registration-identity-review-sent-before = Menm chanjman sa a te deja voye bay yon moun k ap revize, epi ou pa ka voye l de fwa. Si yo pa t aksepte l, ou ka korije enfòmasyon ki pa bon yo, oswa mande yon òganizasyon k ap ede moun gade l avè w.
review-identity-now = Kounye a
review-identity-proposed = Pwopoze
review-identity-accept = Aksepte chanjman sa a
review-identity-stale = Chanjman sa a pa ka aplike ankò jan yo te pwopoze l la: ka a fèmen oswa gwoup la chanje pandan tan sa a. Gade gwoup la ankò.
case-identity-change = Yon gwoup mande yon chanjman ki ta fè youn nan vwayajè li yo vin yon lòt moun, pandan gwoup la nan yon tiraj oswa li gen yon randevou
registration-next-title = Sa k ap vini apre
field-a-number = Yon nimewo A se lèt A ak 8 oswa 9 chif, pa egzanp A123456789.
field-admission-number = Yon nimewo admisyon I-94 gen 11 karaktè: 9 chif, apre yon lèt oswa yon chif, apre yon chif (pa egzanp 123456789A1).
field-mrz-shape = Liy ki anba paj foto paspò a se 2 liy, epi chak liy gen 44 lèt, chif ak siy <. Kopye de liy yo jan yo ekri a, oswa eskane yo.
field-mrz-check-digit = Yon karaktè nan liy sa yo pa koresponn ak chif kontwòl li: petèt yo te li l mal. Konpare chak karaktè ak paspò a epi korije l.
field-mrz-date = Yon dat nan liy sa yo pa egziste. Konpare liy yo ak paspò a epi korije yo.
field-admission-class = Yon klas admisyon se yon lèt, apre youn a twa lèt oswa chif, jan li ye sou I-94 la (pa egzanp DT).
field-parole-ends-too-soon = « Parole » la dwe fini apre jou moun nan rive a. Verifye dat la (ane, mwa, jou).
field-outcome-contradicts = « Pa admèt » pa ka ale ak yon « parole » oswa yon nimewo admisyon I-94. Retire youn nan yo.
