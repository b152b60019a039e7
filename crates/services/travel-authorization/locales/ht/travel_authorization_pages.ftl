## Otorizasyon pou vwayaje davans: paj sipòtè a, paj moun ki benefisye a, paj moun k ap egzamine demann yo, ak paj ofisye yo nan pò a.

ta-title = Otorizasyon pou vwayaje (pwogram « parole »)
ta-intro = Gen kèk pwogram ki pèmèt yon moun ki nan yon lòt peyi vwayaje an avyon pou Etazini, ak yon sipòtè ki rete Ozetazini. Se sipòtè a ki fè demann lan anvan; apre sa, chak moun konfime enfòmasyon yo, paspò yo ak yon foto; yon moun nan ajans lan deside.
ta-intro-decision = Yon desizyon pa bay rezon. Yon otorizasyon pèmèt moun nan vwayaje an avyon pandan li valab; nan ayewopò kote l rive a, se yon ofisye ki deside sou « parole » la.
ta-programme = Pwogram
ta-programme-who = Pou moun ki gen nasyonalite
ta-programme-validity = Valab pandan
ta-programme-extension-head = Pwolongasyon
ta-programme-state = Demann
ta-programme-days = { $days ->
   *[other] { $days } jou
}
ta-programme-extension = { $days ->
   *[other] Yon sèl pwolongasyon { $days } jou
}
ta-programme-no-extension = Okenn
ta-programme-open = Louvri
ta-programme-closed = Fèmen pou nouvo demann
ta-programme-closed-now = Pwogram sa a pa pran nouvo demann ankò. Yo pa t anrejistre anyen. Chwazi yon lòt pwogram, oswa tounen si li louvri ankò.
ta-steps = Sa ou ka fè la a
ta-file-link = M rete Ozetazini: fè yon demann pou yon moun
ta-invitation-link = M resevwa yon kòd: konfime enfòmasyon m
ta-no-fee = Garita pa fè w peye anyen pou sa. Pesonn pa gen dwa mande w lajan pou fè demann lan oswa pou konfime.
ta-your-filings = Demann ou yo
ta-filing-line = Dosye { $reference }: { $programme }
ta-your-part = Ou menm ak moun w ap okipe yo

ta-file-title = Fè yon demann pou yon moun
ta-file-intro = Chwazi pwogram nan ak pou konbyen moun w ap fè demann lan (jiska 10; timoun minè yo dwe gen yon paran oswa yon gadyen nan gwoup la).
ta-file-none-open = Pa gen okenn pwogram k ap pran nouvo demann kounye a. Tounen pita.
ta-file-choose = Kontinye
ta-file-people = Konbyen moun
ta-file-people-help = Soti 1 rive 10. Ou ka chanje sa anvan ou voye.
ta-file-for = Demann nan pwogram: { $programme }.
ta-file-privacy = Sa w tape yo sèvi pou dosye sa a sèlman: pou envite chak moun, pou deside, epi pou verifye otorizasyon an nan pò a. Chak granmoun resevwa yon kòd pa imèl, nan lang ou chwazi pou li a.
ta-file-you = Ou menm, sipòtè a
ta-file-status = Estati ou Ozetazini
ta-file-state = Eta oswa teritwa kote w rete
ta-state-choose = Chwazi
ta-file-supports = M ap ede moun mwen nonmen yo ak lajan pandan y ap Etazini.
ta-file-consent = Mwen dakò Garita sèvi ak sa m tape la a pou demann sa a sèlman: pou envite chak moun, pou deside, pou verifye otorizasyon an lè moun nan rive, epi pou gade pi byen demann ki bezwen sa. Y ap efase l lè m fèmen kont mwen.
ta-file-person = Moun { $number }
ta-file-nationality = Nasyonalite
ta-file-email = Adrès imèl
ta-file-email-help = Pou granmoun: envitasyon yo ap vini la a. Kite l vid pou yon moun ki poko gen 18 an.
ta-file-language = Lang envitasyon an
ta-file-relationship = Ki relasyon moun nan genyen avè w
ta-file-guardian = Pou yon moun ki poko gen 18 an: nimewo paran oswa gadyen li nan lis sa a
ta-file-guardian-help = Pa egzanp 1 si moun 1 an se paran an. Kite l vid pou granmoun.
ta-file-submit = Voye demann lan

ta-us-status-citizen = Sitwayen ameriken
ta-us-status-permanent-resident = Rezidan pèmanan legal (green card)
ta-us-status-parolee = Moun ki gen « parole »
ta-us-status-tps = Estati pwoteksyon tanporè (TPS)
ta-us-status-asylee = Moun ki gen azil oswa refijye
ta-us-status-other-lawful = Yon lòt estati legal

ta-relationship-spouse = Mari, madanm oswa konpayon
ta-relationship-child = Pitit gason oswa pitit fi
ta-relationship-parent = Papa oswa manman
ta-relationship-sibling = Frè oswa sè
ta-relationship-relative = Yon lòt fanmi
ta-relationship-friend = Zanmi
ta-relationship-other = Lòt

ta-case-title = Demann ou
ta-case-intro = Dosye { $reference }, { $programme }.
ta-case-invited-help = Chak granmoun resevwa yon kòd pa imèl. Si yon moun pa t resevwa l, mande l gade nan dosye spam li; kòd la bon pandan 30 jou.
ta-case-person = Moun
ta-case-state = Sitiyasyon
ta-case-number = Otorizasyon
ta-case-until = Valab jiska
ta-extend-intro = { $days ->
   *[other] Pwogram sa a pèmèt yon sèl pwolongasyon { $days } jou.
}
ta-extend-submit = Mande pwolongasyon an pou { $given }
ta-extend-done = Yo pwolonje otorizasyon an. Nou tou de ap resevwa yon mesaj.
ta-extend-not-allowed = Yo pa ka pwolonje otorizasyon sa a: pwogram nan pa pèmèt pwolongasyon, oswa yo te deja pwolonje l. Anyen pa chanje.

ta-invitation-title = Konfime enfòmasyon ou
ta-invitation-intro = Yon moun Ozetazini fè yon demann pou ou epi ou resevwa yon kòd. Tape l la a: apre sa, kont ou ap reponn pou ou, ak pou nenpòt timoun ki poko gen 18 an yo nonmen avè w.
ta-invitation-code = Kòd ou
ta-invitation-code-help = Li kòmanse ak TAI, pa egzanp TAI-7K4M-Q2XP.
ta-invitation-submit = Kontinye
ta-invitation-unknown = Kòd sa a pa louvri okenn demann. Verifye chak lèt ak chak chif; yon kòd mache yon sèl fwa, pandan 30 jou. Si li toujou pa mache, mande moun ki te fè demann lan pou ou a.

ta-person-title = Otorizasyon vwayaj ou
ta-person-heading = Otorizasyon vwayaj: { $given }
ta-person-typed = Demann pou { $given } { $family }, ki fèt { $born }, nan pwogram { $programme }.
ta-person-intro = Konfime anvan { $until }: verifye enfòmasyon ou, reponn chak deklarasyon, tape de liy ki anba paj foto paspò ou a, epi pran yon foto figi ou.
ta-person-correct = Korije non an oswa dat nesans lan (sèlman si li pa bon)
ta-person-attest = Deklarasyon
ta-person-mrz = De liy ki anba paj foto paspò ou a
ta-person-mrz-help = Yo kòmanse ak P< epi yo gen lèt, chif ak siy <. Tape yo jan yo enprime a, yon liy anba lòt la.
ta-person-passport-page = Yon foto paj paspò w la ki gen foto w (si w kapab)
ta-person-passport-page-help = Si w voye l, y ap konpare foto w la ak pòtrè ki sou li a. Si w pa voye l, se yon moun ki pral konpare yo.
ta-person-position = Pwogram sa a kenbe peyi kote w ye lè w konfime (peyi a sèlman). Lè w voye, telefòn ou ap mande w pou pataje pozisyon ou.
ta-person-needs-script = Pou konfime, paj sa a bezwen sèvi ak pozisyon telefòn ou, e pou sa fòk ou gen yon navigatè ki gen script (JavaScript) aktive. Yon abri oswa yon òganizasyon èd legal ka prete w yon telefòn ki ka fè sa.
ta-person-submit = Konfime
ta-person-confirmed = Ou konfime. Yon moun nan ajans lan ap deside; w ap resevwa yon mesaj. Ou pa bezwen fè anyen kounye a.
ta-person-authorized = Ou otorize pou vwayaje an avyon pou Etazini: otorizasyon { $number }, valab jiska { $until }.
ta-person-not-authorized = Yo pa t otorize w ak demann sa a. Desizyon an pa bay rezon. Yon òganizasyon èd legal ka di w ki lòt bagay ou ka fè.
ta-person-expired = Pati sa a nan demann lan fini. Moun ki te fè demann lan pou ou a ka fè yon lòt demann pandan pwogram nan toujou louvri.
ta-person-paroled = Ou rive. Ofisye a anrejistre « parole » la: nimewo admisyon { $number }, klas { $class }, jiska { $until }.
ta-proof = Montre kòd QR sa a lè w ap monte avyon an ak nan ayewopò kote w rive a, oswa nimewo ki anwo a. Li gen sèlman inisyal ou, ane ou fèt ak peyi paspò ou a.

ta-staff-title = Otorizasyon vwayaj pou deside
ta-staff-waiting = { $count ->
    [0] Pesonn p ap tann yon desizyon.
   *[other] { $count } moun ap tann yon desizyon, pi ansyen yo anvan:
}
ta-staff-line = { $reference }, { $programme }, konfime { $when }
ta-staff-reviews = Dosye verifikasyon bò kote sipòtè yo
ta-staff-reviews-count = { $count ->
    [0] Pa gen okenn ki louvri.
   *[other] { $count } louvri. Sa pa vle di refi: gade demann yo site yo anvan w deside sou yo.
}
ta-staff-review = { $signal ->
    [network] Anpil demann ki soti nan yon sèl rezo
    [device] Anpil demann ki soti nan yon sèl aparèy
    [named-twice] Yon moun plizyè sipòtè nonmen
   *[other] Yon sipòtè k ap fè pi plis demann pase nòmal
}: { $count } lè yo te louvri l, { $when }.
ta-staff-review-close = M gade: fèmen dosye sa a
ta-staff-review-closed = Dosye verifikasyon an fèmen.
ta-staff-case = Dosye { $reference }, { $programme }.
ta-staff-what = Kisa
ta-staff-value = Sa ki anrejistre
ta-staff-typed = Jan sipòtè a tape l
ta-staff-relationship = Relasyon ak sipòtè a
ta-staff-confirmed = Jan moun nan konfime l
ta-staff-passport = Paspò
ta-staff-passport-line = { $number }, bay pa { $issuer }, ekspire { $expires }
ta-staff-country = Peyi lè moun nan konfime
ta-staff-country-unknown = Yo pa konnen (yo pa t mande, oswa li pa sou kat la)
ta-staff-portrait = Konpare ak pòtrè ki sou paspò a
ta-staff-portrait-distance = Konparezon otomatik: figi yo gen yon distans { $distance }; de foto menm moun nan konn anba { $threshold }.
ta-staff-portrait-unusable = Foto paj paspò a pa t gen yon sèl figi konparezon an te ka itilize: konpare yo ou menm.
ta-staff-portrait-none = Yo pa t voye foto paj paspò a: konpare foto a ak paspò a ou menm.
ta-staff-supporter = Sipòtè
ta-staff-signals-head = Demann yo konte
ta-staff-signals = Nan menm rezo a: { $network }. Nan menm aparèy la: { $device }. Pa sipòtè sa a: { $supporter }. Lòt sipòtè ki nonmen moun sa a: { $named }.
ta-staff-photo = Verifikasyon foto
ta-staff-photo-passed = Tèt la vire jan yo te mande a.
ta-staff-photo-reason = { $reason ->
    [move-as-asked] Verifikasyon mouvman kamera a pa t wè tèt la vire jan yo te mande a: gade byen.
    [not-live] Yo voye l tankou yon foto fiks ki soti nan yon fichye, san verifikasyon mouvman kamera a: gade byen.
   *[other] Youn nan verifikasyon foto a pa t pase: gade byen.
}
ta-staff-photo-alt = Foto yo pran lè moun nan konfime
ta-staff-photo-compare = Konpare foto a ak paspò moun nan montre w si w mande l li; verifikasyon an di sèlman si yo te pran foto a an dirèk.
ta-staff-decide = Desizyon
ta-staff-decide-help = Chak otorizasyon konte nan limit chak mwa pwogram nan. Yo avèti moun nan ak sipòtè a; yo pa bay rezon.
ta-staff-authorize = Otorize vwayaj la
ta-staff-not-authorize = Pa otorize
ta-staff-authorized = Otorize. Moun nan ak sipòtè a ap resevwa yon mesaj.
ta-staff-not-authorized = Anrejistre kòm pa otorize. Moun nan ak sipòtè a ap resevwa yon mesaj.
ta-staff-cap-reached = Pwogram nan rive nan limit li pou mwa sa a: yo pa anrejistre anyen. Moun nan rete nan liy lan pou mwa pwochen.
ta-staff-not-open = Yo te deja deside oswa fèmen sa a. Anyen pa chanje.

ta-programmes-title = Pwogram otorizasyon vwayaj
ta-programmes-cap = Mwa sa a: { $granted } otorizasyon sou { $cap }.
ta-programmes-no-cap = Mwa sa a: { $granted } otorizasyon (pa gen limit).
ta-programmes-close = Fèmen pwogram nan pou nouvo demann
ta-programmes-open = Louvri pwogram nan pou nouvo demann
ta-programmes-opened = Pwogram nan louvri pou nouvo demann.
ta-programmes-closed = Pwogram nan fèmen pou nouvo demann. Demann ki deja fèt yo ap kontinye.

ta-port-title = Otorizasyon vwayaj lè moun rive
ta-port-intro = Chèche otorizasyon vwayajè a ak nimewo li oswa kòd QR li, oswa ak non ak dat nesans. Yo anrejistre chak rechèch.
ta-port-number = Nimewo otorizasyon oswa tèks kòd QR la
ta-port-number-help = Eskane kòd QR la, oswa tape nimewo a (TA-...).
ta-port-find = Chèche
ta-port-none = Yo pa jwenn okenn otorizasyon. Verifye nimewo a, oswa chèche ak non ak dat nesans.
ta-port-found = { $number }: { $name }, paspò { $passport }, valab jiska { $until }
ta-port-parole = Anrejistre « parole » la
ta-port-admission = Nimewo admisyon
ta-port-class = Klas admisyon
ta-port-until = « Parole » jiska
ta-port-recorded = « Parole » anrejistre. Vwayajè a wè l sou paj li ak nan dosye siyen li a.
ta-port-not-valid = Otorizasyon sa a pa valab kounye a (li ekspire, li pa t otorize, oswa yo te deja sèvi avè l). Yo pa anrejistre anyen.
ta-port-parole-problem = Verifye nimewo admisyon an (11 chif), klas la (pa egzanp DT) ak dat la. Yo pa anrejistre anyen.
