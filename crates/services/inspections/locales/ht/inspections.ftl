## Perishable-cargo inspections: a broker's pages (`/inspections`), the port's day, the message.

inspections-title = Enspeksyon machandiz
inspections-about = Isit la, koutye ladwàn ak enpòtatè yo rezève yon enspeksyon pou machandiz ki gate vit (fwi, legim, flè, plant) nan yon pò, epi yo li rezilta espesyalis agrikilti a. Moun ki travay pou yon koutye oswa yon enpòtatè ki sèvi ak Garita konekte ak kont konpayi yo a.
inspections-about-signin = Konekte ak kont konpayi ou a
inspections-intro = Mande yon enspeksyon pou { $organization }: dokiman chajman an, chak pwodui, ak ki lè ou ta renmen li fèt. Ou jwenn premye lè randevou jou sa a, nan lè sa a oswa apre, ki gen plas toujou.
inspections-ask = Rezève enspeksyon an
inspections-choose = Chwazi youn
inspections-port = Pò
inspections-wished = Ki lè ou ta renmen enspeksyon an, nan lè lokal pò a
inspections-wished-help = Jou ak lè, pa egzanp 2027-03-01 09:00.
inspections-entry = Nimewo deklarasyon (entry)
inspections-entry-help = Kòd deklaran an (filer code), 7 chif ak chif verifikasyon an, pa egzanp ABC-1234567-8.
inspections-document = Dokiman transpò
inspections-document-bill-of-lading = Konesman (bill of lading)
inspections-document-air-waybill = Lèt transpò avyon (air waybill)
inspections-transport-number = Nimewo dokiman transpò a
inspections-transport-number-help = Yon konesman: 4 a 35 lèt ak chif. Yon lèt transpò avyon: 11 chif, pa egzanp 020-12345675.
inspections-importer-name = Enpòtatè ofisyèl (importer of record)
inspections-importer-number = Nimewo enpòtatè ofisyèl la
inspections-importer-number-help = Nimewo IRS la (12-3456789, ak sifiks 2 karaktè li si li genyen youn) oswa nimewo CBP bay la (YYDDPP-NNNNN).
inspections-conveyance = Plak kamyon an oswa vòl la
inspections-conveyance-help = Plak kamyon an, oswa vòl la pou machandiz ki vini pa avyon.
inspections-containers = Nimewo kontenè yo
inspections-containers-help = Youn sou chak liy, pa egzanp CSQU3054383. Kite l vid si se yon kamyon ki pa gen kontenè.
inspections-location = Ki kote machandiz yo ye
inspections-commodity = Pwodui { $line }
inspections-hts = Kòd HTS
inspections-hts-help = Kòd 10 chif ki nan deklarasyon an, pa egzanp 0702.00.2000.
inspections-description = Deskripsyon
inspections-quantity = Kantite
inspections-unit = Inite
inspections-unit-kg = kilo
inspections-unit-lb = liv
inspections-unit-t = tòn
inspections-unit-cartons = katon
inspections-unit-boxes = bwat
inspections-unit-pallets = palèt
inspections-unit-pieces = moso
inspections-packaging = Anbalaj
inspections-packaging-cartons = Katon
inspections-packaging-crates = Kès
inspections-packaging-bins = Bak
inspections-packaging-pallets = Palèt
inspections-packaging-sacks = Sak
inspections-packaging-bulk = An vrak (san anbalaj)
inspections-fields-wrong = Kèk repons bezwen chanje. Chak repons make anba a ak sa pou fè; anyen pa t rezève.
inspections-full = Pa gen okenn lè randevou ki gen plas nan pò sa a jou sa a, nan lè sa a oswa apre. Chwazi youn nan lè randevou ki lib anba a, oswa yon lòt jou.
inspections-free-title = Lè randevou ki lib nan 7 pwochen jou yo
inspections-free-none = Pa gen lè randevou ki lib nan pò sa a nan 7 pwochen jou yo. Eseye yon lòt pò, oswa mande ankò pita: pò a ap louvri plis lè randevou.
inspections-requests = Demann ou yo
inspections-requests-none = Poko gen okenn demann.
inspections-request-line = Deklarasyon { $entry } nan { $port }, { $when }: { $status }
inspections-request-title = Enspeksyon machandiz
inspections-booked-next = Rezève. Mete machandiz yo ak dokiman yo kote ou te di a, a lè randevou a. N ap fè ou konnen chak rezilta.
inspections-missed-next = Lè randevou a pase san yo pa t enspekte machandiz yo, kidonk demann sa a fini. Pou yo ka enspekte yo, rezève yon nouvo lè randevou.
inspections-ask-again = Rezève yon nouvo lè randevou
inspections-facts = Deklarasyon { $entry } nan { $port }, lè randevou { $when }; { $commodities ->
    [one] yon pwodui
   *[other] { $commodities } pwodui
}.
inspections-status-booked = Rezève
inspections-status-released = Lage: machandiz yo ka kontinye wout yo.
inspections-status-hold = Kenbe pou tretman.
inspections-status-re-export = Pou reyekspòte: machandiz yo pa ka antre.
inspections-status-destroy = Pou detwi: machandiz yo pa ka antre.
inspections-status-missed = Pa fèt: lè randevou a pase.
inspections-status-cancelled = Anile.
inspections-status-with-treatment = { $status } Tretman: { $treatment }.
inspections-treatment = Tretman
inspections-treatment-fumigation = fimigasyon
inspections-treatment-cold = tretman frèt
inspections-treatment-heat = tretman chalè
inspections-treatment-irradiation = iradyasyon
inspections-treatment-cleaning = netwayaj
inspections-treatment-help = Sèlman si yo kenbe machandiz yo: tretman machandiz yo bezwen anvan yo lage yo.
inspections-changes = Sa ki pase
inspections-changes-none = Anyen poko pase depi rezèvasyon an.
inspections-change = { $when } — { $status }
inspections-note-said = Nòt: { $note }
inspections-shipment = Chajman an
inspections-shipment-facts = { $document } { $number }. Enpòtatè ofisyèl: { $importer } ({ $importer_number }). Transpò: { $conveyance }. Kote machandiz yo ye: { $location }.
inspections-shipment-containers = { $count ->
    [0] Pa gen kontenè.
    [one] Yon kontenè: { $containers }.
   *[other] { $count } kontenè: { $containers }.
}
inspections-cancel = Anile enspeksyon sa a
inspections-cancel-help = Si machandiz yo p ap vini, anile enspeksyon an: plas li ap ale bay yon lòt moun.
inspections-cancelled = Enspeksyon an anile.
inspections-back = Retounen nan demann ou yo
inspections-ended = Enspeksyon sa a deja gen rezilta li, oswa lè randevou li pase, oswa yo anile l: li pa chanje ankò. Rechaje paj la pou wè kote l ye.
inspections-problem-line = Liy { $line }: { $problem }
inspections-problem-port = Chwazi youn nan pò ki nan lis la.
inspections-problem-wished = Ekri jou a ak lè a, pa egzanp 2027-03-01 09:00.
inspections-problem-wished-past = Moman sa a pase deja. Chwazi yon jou ak yon lè pi devan.
inspections-problem-entry = Ekri nimewo deklarasyon an konsa: kòd deklaran an, 7 chif ak chif verifikasyon an, pa egzanp ABC-1234567-8.
inspections-problem-document = Chwazi yon konesman oswa yon lèt transpò avyon.
inspections-problem-bol = Ekri nimewo konesman an: 4 a 35 lèt ak chif.
inspections-problem-awb = Verifye lèt transpò avyon an: 11 chif, epi dènye a se chif verifikasyon 7 chif ki anvan l yo. Kopye l ankò sou lèt transpò a.
inspections-problem-importer-name = Ekri non enpòtatè ofisyèl la.
inspections-problem-importer-number = Ekri nimewo enpòtatè ofisyèl la konsa: 12-3456789 (ak sifiks li si li genyen youn) oswa YYDDPP-NNNNN.
inspections-problem-conveyance = Ekri plak kamyon an oswa vòl la.
inspections-problem-location = Di ki kote machandiz yo ye: yon waf, yon espas chajman oswa yon depo.
inspections-problem-container = Verifye nimewo kontenè sa a: 4 lèt (dènye a se U, J oswa Z), 6 chif ak chif verifikasyon an. Chif verifikasyon an pa koresponn; kopye nimewo a ankò sou kontenè a.
inspections-problem-no-commodity = Ajoute omwen yon pwodui.
inspections-problem-too-many = Gen twòp. Voye 50 pwodui ak 20 kontenè pou pi plis nan yon sèl demann.
inspections-problem-hts = Ekri kòd HTS 10 chif la, pa egzanp 0702.00.2000.
inspections-problem-description = Dekri machandiz yo an kèk mo.
inspections-problem-quantity = Ekri yon nonb ki pi gran pase zewo, pa egzanp 1200 oswa 12.5 (ak yon pwen, pa yon vigil).
inspections-problem-unit = Chwazi inite a.
inspections-problem-packaging = Chwazi anbalaj la.
inspections-problem-result = Chwazi rezilta a.
inspections-problem-treatment = Lè yo kenbe machandiz, fòk gen yon tretman: chwazi youn.
inspections-problem-note = Fè nòt la pi kout: 1000 karaktè oswa mwens.
inspections-problem-day = Ekri jou a konsa: 2027-03-01.
inspections-day-title = Enspeksyon machandiz jou a
inspections-day-intro = Nan { $port }, { $day }.
inspections-day = Jou
inspections-day-show = Montre jou a
inspections-slots = Lè randevou yo
inspections-slots-none = Pa gen okenn lè randevou ki louvri pou enspeksyon machandiz jou sa a.
inspections-slot = Lè randevou
inspections-capacity = Enspeksyon pou chak lè randevou
inspections-booked-count = Rezève
inspections-day-requests = Enspeksyon yo
inspections-day-line = { $when }: { $organization }, deklarasyon { $entry }, { $commodities ->
    [one] yon pwodui
   *[other] { $commodities } pwodui
}. { $status }
inspections-day-back = Retounen nan jou a
inspections-capacity-title = Louvri lè randevou
inspections-capacity-intro = Mete konbyen enspeksyon chak lè randevou ka pran, depi yon premye jiska yon dènye lè randevou, pou yon jou oswa plizyè jou. Koutye yo rezève dapre lòd yo rive: premye vini, premye sèvi; 0 fèmen yon lè randevou pou nouvo rezèvasyon (sa ki te deja rezève yo rete).
inspections-capacity-from = Premye jou
inspections-capacity-days = Konbyen jou
inspections-capacity-days-help = Soti 1 rive { $max }.
inspections-capacity-first = Premye lè randevou
inspections-capacity-last = Dènye lè randevou
inspections-capacity-help = Soti 0 rive 100.
inspections-capacity-set = Mete kapasite a
inspections-capacity-done = { $slots ->
    [one] Kounye a, yon lè randevou pran
   *[other] Kounye a, { $slots } lè randevou pran
} { $capacity ->
    [one] yon enspeksyon.
   *[other] { $capacity } enspeksyon chak.
}
inspections-capacity-wrong = Verifye fòm nan: yon jou ki se jodi a oswa pi devan, 1 a { $max_days } jou, yon premye lè randevou ki pa apre dènye a, ak 0 a { $max } enspeksyon.
inspections-open-title = Enspeksyon machandiz
inspections-requested-by = Se { $organization } ki mande l.
inspections-result-title = Anrejistre rezilta a
inspections-result = Rezilta
inspections-note = Nòt pou koutye a
inspections-note-help = Sa koutye a bezwen konnen: sa yo jwenn, sa pou l fè apre.
inspections-result-record = Anrejistre rezilta a
inspections-result-done = Rezilta a anrejistre, epi koutye a resevwa nouvèl la.

inspection-changed-v1-subject = Enspeksyon machandiz pou deklarasyon { $entry }: { $status ->
    [booked] rezève
    [released] lage
    [hold] kenbe
    [re-export] pou reyekspòte
    [destroy] pou detwi
    [missed] lè randevou a pase
   *[cancelled] anile
}
inspection-changed-v1-body = Enspeksyon machandiz pou deklarasyon { $entry } nan { $port }, lè randevou { $when }: { $status ->
    [booked] li rezève.
    [released] machandiz yo lage epi yo ka kontinye wout yo.
    [hold] yo kenbe machandiz yo jiskaske yo trete yo ({ $treatment ->
        [fumigation] fimigasyon
        [cold] tretman frèt
        [heat] tretman chalè
        [irradiation] iradyasyon
        [cleaning] netwayaj
       *[other] yon tretman
    }).
    [re-export] machandiz yo pa ka antre epi fòk yo reyekspòte yo.
    [destroy] machandiz yo pa ka antre epi fòk yo detwi yo.
    [missed] lè randevou a pase san yo pa t enspekte machandiz yo, kidonk demann lan fini.
   *[cancelled] yo anile enspeksyon an.
}
inspection-changed-v1-next = { $status ->
    [missed] Pou yo ka enspekte machandiz yo, rezève yon nouvo lè randevou.
   *[other] Louvri demann lan pou li nòt espesyalis la.
}
inspection-changed-v1-sms = Garita: deklarasyon { $entry } nan { $port }: { $status ->
    [booked] rezève
    [released] lage
    [hold] kenbe
    [re-export] pou reyekspòte
    [destroy] pou detwi
    [missed] lè a pase, rezève ankò
   *[cancelled] anile
}.

## Agricultural and biological declarations (`/inspections/declarations`), the port's pages, the message.

declarations-title = Deklare plant, manje ak bèt
declarations-about = Anvan ou rive nan yon pò, pa tè oswa pa avyon, ou ka deklare isit la plant, grenn, tè, manje ki fèt ak bèt, bèt vivan oswa echantiyon byolojik ou pote, ak pèmi yo. Yon espesyalis agrikilti nan pò a pran desizyon an anvan ou rive, epi ou li poukisa nan lang ou. Konekte oswa fè yon kont pou deklare.
declarations-signin = Konekte
declarations-signup = Fè yon kont
declarations-intro = Di ki kote ak ki lè ou rive, sa ou pote, ak pèmi yo, chak ak yon kopi eskane (yon PDF oswa yon foto). Tè, bèt vivan ak echantiyon byolojik bezwen yon pèmi.
declarations-send = Voye deklarasyon an
declarations-port = Pò kote ou rive
declarations-port-land-crossing = fwontyè pa tè
declarations-port-airport = ayewopò
declarations-arrives = Jou ou rive
declarations-travel = Vòl oswa machin
declarations-travel-help = Nimewo vòl la, oswa plak machin ou.
declarations-item = Atik { $line }
declarations-kind = Sa li ye
declarations-kind-plants = Plant oswa bouti plant
declarations-kind-seeds = Grenn oswa bilb
declarations-kind-soil = Tè
declarations-kind-animal-products = Manje ki fèt ak bèt (vyann, fwomaj, ze)
declarations-kind-live-animals = Bèt vivan
declarations-kind-biological-specimens = Echantiyon byolojik
declarations-description = Deskripsyon
declarations-quantity = Konbyen
declarations-quantity-help = Pa egzanp 2 kg, oswa 12 bilb.
declarations-origin = Peyi kote li soti
declarations-origin-help = De lèt, pa egzanp MX oswa GT.
declarations-permit = Pèmi { $line }
declarations-issuer = Kiyès ki bay li
declarations-permit-number = Nimewo pèmi a
declarations-expiry = Valab jiska
declarations-scan = Kopi eskane oswa foto pèmi a
declarations-scan-help = Yon fichye PDF, JPEG oswa PNG ki pa depase 5 MB.
declarations-fields-wrong = Kèk repons bezwen chanje. Chak repons make anba a ak sa pou fè; anyen pa t voye.
declarations-mine = Deklarasyon ou yo
declarations-none = Poko gen okenn deklarasyon.
declarations-one-title = Deklarasyon
declarations-facts = Ou ap rive nan { $port } { $day }: { $items ->
    [one] yon atik
   *[other] { $items } atik
}, { $permits ->
    [0] pa gen pèmi.
    [one] yon pèmi.
   *[other] { $permits } pèmi.
}
declarations-status-declared = L ap tann desizyon espesyalis la.
declarations-status-allowed = Aksepte: ou ka antre ak li.
declarations-status-allowed-after-treatment = Aksepte apre yon tretman nan pò a.
declarations-status-secondary = Lè ou rive, pote l nan enspeksyon segondè a.
declarations-status-refused = Refize: li pa ka antre.
declarations-status-withdrawn = Retire.
declarations-reasons = Rezon yo
declarations-reason-permit-in-order = Pèmi a an règ.
declarations-reason-no-permit = Sa a bezwen yon pèmi, epi pa t gen pèmi avè l.
declarations-reason-pest-risk = Li ka pote ensèk oswa lòt ti bèt ki fè dega.
declarations-reason-disease-risk = Li ka pote yon maladi.
declarations-reason-prohibited-origin = Li pa ka soti nan peyi sa a.
declarations-reason-needs-examination = Yon espesyalis bezwen gade l.
declarations-declared = Sa ou te deklare
declarations-travel-said = Vòl oswa machin: { $travel }.
declarations-permit-said = Pèmi { $number }, se { $issuer } ki bay li, valab jiska { $expiry }.
declarations-withdraw = Retire deklarasyon sa a
declarations-withdraw-help = Si ou pa pote bagay sa yo ankò, retire deklarasyon an.
declarations-back = Retounen nan deklarasyon ou yo
declarations-decided = Deklarasyon sa a deja gen desizyon li, oswa yo retire l: li pa chanje ankò. Rechaje paj la pou wè l.
declarations-day-title = Deklarasyon jou a
declarations-day-none = Pa gen okenn deklarasyon pou jou sa a.
declarations-scan-open = Louvri kopi eskane pèmi { $line } la
declarations-decide = Deside
declarations-decision = Desizyon
declarations-decided-done = Desizyon an anrejistre, epi moun nan resevwa nouvèl la.
declarations-problem-port = Chwazi youn nan pò ki nan lis la.
declarations-problem-arrival = Ekri jou ou rive a, soti jodi a rive nan yon ane, pa egzanp 2027-03-01.
declarations-problem-travel = Ekri nimewo vòl la oswa plak machin ou.
declarations-problem-no-item = Ajoute omwen yon atik.
declarations-problem-too-many = Gen twòp. Voye 20 atik ak 5 pèmi pou pi plis nan yon sèl deklarasyon.
declarations-problem-kind = Chwazi sa li ye.
declarations-problem-description = Dekri l an kèk mo.
declarations-problem-quantity = Di konbyen, pa egzanp 2 kg.
declarations-problem-origin = Ekri peyi a ak de lèt, pa egzanp MX.
declarations-problem-issuer = Ekri kiyès ki bay pèmi a.
declarations-problem-permit-number = Ekri nimewo pèmi a.
declarations-problem-expiry = Ekri jou pèmi a fini, pa egzanp 2027-06-30.
declarations-problem-permit-expired = Pèmi sa a fini anvan ou rive. Mande moun ki bay li a yon nouvo pèmi, oswa rive anvan li fini.
declarations-problem-scan-missing = Ajoute yon kopi eskane oswa yon foto pèmi a.
declarations-problem-scan-size = Fichye sa a pi gwo pase 5 MB. Eskane l ankò ak yon rezolisyon pi ba, oswa pran yon foto ki pi piti.
declarations-problem-scan-type = Fichye sa a se pa yon PDF, yon JPEG oswa yon PNG. Anrejistre kopi eskane a nan youn nan fòma sa yo.
declarations-problem-permit-needed = Tè, bèt vivan ak echantiyon byolojik bezwen yon pèmi: ajoute l ak kopi eskane li.
declarations-problem-decision = Chwazi desizyon an.
declarations-problem-reasons = Chwazi omwen yon rezon.

declaration-decided-v1-subject = Deklarasyon ou pou { $port }: { $status ->
    [allowed] aksepte
    [allowed-after-treatment] aksepte apre tretman
    [secondary] enspeksyon segondè
   *[refused] refize
}
declaration-decided-v1-body = Yon espesyalis agrikilti pran yon desizyon sou sa ou te deklare pou lè ou rive nan { $port } { $day }: { $status ->
    [allowed] ou ka antre ak li.
    [allowed-after-treatment] li aksepte apre yon tretman nan pò a.
    [secondary] lè ou rive, pote l nan enspeksyon segondè a.
   *[refused] li pa ka antre. Pa pote l, oswa kite l nan pò a.
}
declaration-decided-v1-next = Louvri deklarasyon ou pou li rezon yo.
declaration-decided-v1-sms = Garita: deklarasyon ou pou { $port }, { $day }: { $status ->
    [allowed] aksepte
    [allowed-after-treatment] aksepte apre tretman
    [secondary] ale nan enspeksyon segondè
   *[refused] refize
}.
