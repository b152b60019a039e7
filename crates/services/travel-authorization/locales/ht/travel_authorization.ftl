## Otorizasyon pou vwayaje davans: pwogram yo, sa ki pa bon nan yon demann oswa nan yon konfimasyon, mesaj yo, ak otorizasyon siyen an.

ta-programme-chnv = « Parole » pou Kiben, Ayisyen, Nikaragweyen ak Venezyelyen
ta-programme-u4u = Ini pou Ikrèn (Uniting for Ukraine)
ta-programme-frp = « Parole » pou reyinifikasyon fanmi

ta-attest-truthful = Tout sa m konfime la a se verite, e li konplè, dapre sa m konnen.
ta-attest-vaccinations = Anvan m vwayaje, m ap gen tout vaksen pwogram nan mande yo.
ta-attest-own-travel = Se mwen menm k ap òganize epi peye vòl mwen pou Etazini.

ta-beneficiaries-count = Yon demann se pou 1 a 10 moun. Ajoute yon moun, oswa fè yon lòt demann pou lòt moun yo.
ta-nationality-not-in-programme = Pwogram sa a se pou lòt nasyonalite. Chwazi pwogram ki pou nasyonalite moun sa a.
ta-guardian-needed = Yon moun ki poko gen 18 an vwayaje ak yon paran oswa yon gadyen. Ajoute granmoun sa a nan demann sa a epi bay nimewo li nan lis la.
ta-state-unknown = Chwazi eta oswa teritwa Etazini kote w rete a.
ta-support-needed = Pou fè demann lan, ou dwe dakò pou w ede moun ou nonmen yo ak lajan pandan yo Etazini.
ta-consent-needed = Pou w depoze demann lan, dakò ak jan yo sèvi ak sa w tape yo. Anyen pa t anrejistre.
ta-attestation-needed = Tanpri reponn chak deklarasyon. Si gen youn ou pa ka dakò avè l, mande yon òganizasyon èd legal konsèy anvan w kontinye.
ta-mrz-birth-differs = Dat nesans ki nan liy anba paspò a pa menm ak sa ki anwo a. Korije dat nesans ki anwo a, oswa verifye liy yo.
ta-passport-expired = Paspò sa a ekspire. Pou vwayaje, fòk ou gen yon paspò ki valab: renouvle l, epi tounen vin konfime.
ta-position-needed = Pwogram sa a anrejistre peyi kote w ye lè w konfime. Kite paj la itilize pozisyon ou, epi voye ankò.

ta-status = { $status ->
    [invited] N ap tann moun nan konfime
    [confirmed] Konfime: n ap tann yon desizyon
    [authorized] Otorize pou vwayaje
    [not-authorized] Pa otorize
    [expired] Ekspire
    [arrived] Rive: « parole » anrejistre
   *[other] Ap trete
}

ta-invited-v1-subject = Garita: yon moun Ozetazini mande yon otorizasyon pou ou vwayaje
ta-invited-v1-body = Yon sipòtè Ozetazini louvri dosye { $reference } pou ou. Pou kontinye, konfime enfòmasyon ou, paspò ou ak yon foto sou Garita anvan { $until }.
ta-invited-v1-next = Louvri Garita, konekte oswa kreye yon kont, epi tape kòd sa a: { $code }. Pesonn nan Garita p ap janm mande w peye pou li.
ta-invited-v1-sms = Garita: yo louvri dosye { $reference } pou ou. Kòd { $code }, anvan { $until }: { $link }
ta-decided-v1-subject = Garita: yon desizyon sou dosye { $reference }
ta-decided-v1-body = { $status ->
    [authorized] { $given } otorize pou vwayaje an avyon pou Etazini. Otorizasyon { $number } valab jiska { $until }.
   *[other] { $given } pa otorize pou vwayaje ak dosye sa a. Desizyon an pa bay rezon.
}
ta-decided-v1-next = { $status ->
    [authorized] Otorizasyon an ak kòd QR li sou Garita. Montre yo lè w ap monte avyon an ak nan pò kote w rive a.
   *[other] Paj Garita ou a montre desizyon an. Yon òganizasyon èd legal ka di w ki lòt bagay ou ka fè.
}
ta-decided-v1-sms = { $status ->
    [authorized] Garita: { $given } otorize pou vwayaje, jiska { $until }: { $link }
   *[other] Garita: gen yon desizyon sou dosye { $reference }: { $link }
}
ta-extended-v1-subject = Garita: yo pwolonje otorizasyon { $number }
ta-extended-v1-body = Kounye a, otorizasyon { $given } valab jiska { $until }.
ta-extended-v1-next = Kòd QR ki sou Garita a montre nouvo dat la. Pwogram sa a pa pèmèt okenn lòt pwolongasyon.
ta-extended-v1-sms = Garita: otorizasyon { $number } valab kounye a jiska { $until }: { $link }
ta-expired-v1-subject = Garita: dosye { $reference } ekspire pou { $given }
ta-expired-v1-body = { $status ->
    [authorized] Otorizasyon { $given } fini { $until } san yo pa t sèvi avè l.
   *[other] { $given } pa t konfime atan, kidonk pati sa a nan dosye { $reference } ekspire.
}
ta-expired-v1-next = Yon sipòtè ka fè yon nouvo demann pandan pwogram nan toujou louvri.
ta-expired-v1-sms = Garita: dosye { $reference } ekspire pou { $given }: { $link }

ta-check-genuine = Otantik: otorizasyon vwayaj { $number } pou { $initials }, ki fèt an { $year }, paspò { $country }, valab jiska { $until }.
ta-check-used = Otorizasyon vwayaj sa a ({ $number }) te otantik, epi yo te sèvi avè l: moun nan rive epi yon ofisye anrejistre « parole » la.
ta-check-expired = Otorizasyon vwayaj sa a ({ $number }) te otantik, men li fini { $until }.
ta-check-gone = Se Garita ki te siyen otorizasyon vwayaj sa a ({ $number }), men yo pa kenbe l ankò.
