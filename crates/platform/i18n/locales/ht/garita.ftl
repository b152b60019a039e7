# Garita's main catalog: Haitian Creole (Kreyòl ayisyen), translated from en/garita.ftl.
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader.

## Every page

site-name = Garita
site-tagline = Randevou pou travèse fwontyè Etazini a pye
skip-to-content = Ale nan tèks prensipal la
nav-home = Akèy
nav-ports = Pòs fwontyè
language-picker = Lang
footer-free = Garita gratis. Pesonn pa gen dwa fè ou peye pou yon randevou.
footer-open = Garita se yon lojisyèl ouvè: nenpòt moun ka li kijan li mache epi verifye tiraj chak jou a.
footer-privacy = Avi sou vi prive
footer-accessibility = Aksesibilite

privacy-title = Avi sou vi prive
accessibility-title = Deklarasyon sou aksesibilite
accessibility-aim-title = Sa nou vize
accessibility-aim = Garita fèt pou mache sou nenpòt telefòn, menm ti telefòn ak vye telefòn, nan dis lang, avèk oswa san lektè ekran, epi pou respekte Gid Aksesibilite Kontni Web yo (WCAG) 2.2 nan nivo AA.
accessibility-tested-title = Kijan nou verifye sa
accessibility-tested = Nou eseye chak chanjman nan yon vrè navigatè anvan nou sèvi avè l: chak paj sou yon ekran 320 piksèl lajè nan tout dis lang yo, etap prensipal yo san JavaScript, ak fòmilè ki di chak repons ki pa bon epi ki mennen ou sou li.
accessibility-limits-title = Sa ki poko mache pou tout moun
accessibility-limits = Pou mande yon randevou ak pou konfime l, fòk gen pozisyon telefòn nan, kidonk fòk JavaScript ak lokalizasyon limen. Yon òganizasyon ki ede moun ka fè etap sa yo avè w.
accessibility-report-title = Di nou
accessibility-report = Si yon paj difisil pou ou sèvi, di yon òganizasyon ki ede moun, ki ka di nou sa, oswa louvri yon rapò nan depo kòd piblik Garita a. Di ki paj ak sa ki te pase; pa janm voye enfòmasyon pèsonèl la.

## Home page

home-title = Mande yon randevou nan fwontyè Etazini
home-intro = Garita bay randevou pou ou prezante nan yon pòs fwontyè Etazini. Ou ka mande youn chak jou. Yon tiraj ki jis deside kiyès ki jwenn randevou yo, epi nenpòt moun ka verifye tiraj la.
home-steps-title = Kijan sa mache
home-step-register = Fè yon sèl kont pou gwoup ou: ou menm ak moun k ap vwayaje avè ou yo, ant 1 ak 10 moun.
home-step-request = Chak jou, mande yon randevou epi chwazi yon pòs fwontyè. Mande yon fwa pa jou, sa ase.
home-step-draw = Nan demen, yon tiraj separe randevou yo. Mwatye ladan yo ale bay gwoup ki tann pi lontan yo.
home-step-confirm = Si ou genyen, n ap di ou sa sou sit sa a epi pa imèl. Konfime anvan 23 èdtan fin pase.
home-step-present = Ale nan pòs fwontyè a nan jou ak nan lè randevou ou a, avèk konfimasyon ou a.
home-free-title = Li gratis
home-free-body = Garita pa janm mande lajan. Pesonn pa ka vann ou yon randevou oswa yon pi bon chans. Si yon moun mande ou lajan, pa peye.
home-fair-title = Menm chans pou tout moun
home-fair-body = Yon gwoup gen menm chans ak yon sèl moun. Mande plizyè fwa, oswa fè yon nouvo kont, pa ede ou. Chak jou nou pibliye tout tiraj la pou nenpòt moun ka verifye li.
home-help-title = Èske ou bezwen èd?
home-help-body = Abri yo ak gwoup ki bay èd legal yo ka ede ou, menm si ou pa gen telefòn.
home-ports-link = Gade pòs fwontyè yo ak konbyen plas chak pòs genyen

## Crossings page

ports-title = Pòs fwontyè ki bay randevou
ports-intro = Gen 8 pòs fwontyè Etazini ki bay randevou. Kantite plas yo ka chanje de yon jou a yon lòt.
ports-total = An tout: { $seats ->
   *[other] { $seats } plas
} pa jou.
ports-seats = { $seats ->
   *[other] { $seats } plas
} pa jou
ports-seats-note = Yon plas se pou yon sèl moun.
ports-mexican-side = Bò Meksik: { $city }
ports-us-side = Bò Etazini: { $city }, { $state }
ports-crossing = Ki kote pou ou ale: { $crossing }
ports-times = Lè randevou yo: soti { $first } rive { $last }, { $zone }

time-zone-pacific = lè zòn Pasifik (Etazini)
time-zone-arizona = lè Arizona
time-zone-mountain = lè zòn Mòn yo (Etazini)
time-zone-central = lè zòn Santral (Etazini)

## Error pages

error-not-found-title = Nou pa jwenn paj sa a
error-not-found-body = Petèt adrès la pa bon oswa li twò ansyen. Ale nan paj akèy la epi kòmanse depi la.
error-internal-title = Gen yon bagay ki pa mache bò kote nou
error-internal-body = Se pa fòt ou. Ou pa pèdi anyen ou te anrejistre. Tanpri, eseye ankò nan kèk minit.
error-reference = Si sa rive ankò, bay ekip èd la nimewo sa a: { $reference }
error-go-home = Ale nan paj akèy la

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = Nou pa jwenn li
problem-not-found-detail = Pa gen anyen nan adrès sa a. Lis adrès yo nan /api/v1/openapi.json.
problem-port-not-found-title = Pòs fwontyè nou pa konnen
problem-port-not-found-detail = Pa gen okenn pòs fwontyè ki gen kòd { $code }. Lis pòs fwontyè yo nan /api/v1/ports.
problem-invalid-input-title = Yon valè pa bon
problem-body-not-json = Kò demann lan pa yon JSON nou ka li. Voye yon objè JSON, jan deskripsyon API a montre l (/api/v1/openapi.json).
problem-body-media-type = Voye kò a an JSON, ak antèt Content-Type: application/json.
problem-internal-title = Erè sèvè
problem-internal-detail = Gen yon bagay ki pa mache bò kote nou. Anyen pa pèdi. Eseye ankò nan kèk minit. Referans: { $reference }
error-unavailable-title = Garita pa ka jwenn dosye li yo pou yon ti moman
error-unavailable-body = Se pa fòt ou. Sa ou te anrejistre deja toujou la. Si ou fèk voye yon bagay, voye l ankò nan yon minit: Garita p ap konte l de fwa.
problem-unavailable-title = Pa disponib pou yon ti moman
problem-unavailable-detail = Garita pa ka jwenn baz done li kounye a, kidonk petèt chanjman an pa t fèt. Voye menm demann lan ankò apre tan ki endike nan Retry-After: yon demann ou voye ankò pa janm konte de fwa. Referans: { $reference }

## Values typed by a person or a program

input-date-format = Ekri dat la konsa: 2026-12-31 (ane, mwa, jou).
input-port-code-format = Kòd yon pòs fwontyè gen 3 lèt, pa egzanp SYS.
input-seats-range = Ekri yon nonb antye ant 0 ak 10000.
