## Estati vwayajè yo fè konfyans (Global Entry, NEXUS, SENTRI, FAST): rechèch yon manm fè pou tèt li, ak lis administratè pwogram yo enpòte.

trusted-title = Estati vwayajè yo fè konfyans
trusted-intro = Si ou se manm Global Entry, NEXUS, SENTRI oswa FAST, gade ki kote enskripsyon ou an ye ak sa pou ou fè apre. Tape nimewo manm 9 chif la (PASSID ki sou kat ou a) ak dat nesans ou. Garita pa kenbe okenn non: se sèlman ak de enfòmasyon sa yo li jwenn ou.
trusted-number = Nimewo manm (PASSID)
trusted-born = Dat nesans
trusted-look = Gade estati mwen
trusted-number-format = Yon nimewo manm gen 9 chif: se PASSID ki enprime sou kat ou a. Tape l ankò.
trusted-born-format = Tape dat nesans ou kòm yon dat, pa egzanp 1980-02-29.
trusted-not-found = Pa gen okenn enskripsyon ki gen nimewo sa a ak dat nesans sa a. Verifye toude sou kat ou a, oswa mande pwogram ki te ba ou l la.
trusted-answer = Estati ou nan { $programme }: { $status }
trusted-status-pending-review = y ap egzamine demann ou an
trusted-status-conditionally-approved = demann lan apwouve ak kondisyon
trusted-status-approved = enskripsyon an apwouve
trusted-status-denied = demann lan pa apwouve
trusted-status-revoked = yo anile enskripsyon an
trusted-status-expired = enskripsyon an ekspire
trusted-next-pending-review = Pa gen anyen pou ou fè kounye a: y ap fè ou konnen lè egzamen an fini.
trusted-next-conditionally-approved = Pwochen etap la: pran randevou pou entèvyou ou nan yon sant enskripsyon, oswa fè l lè ou rive Ozetazini (Enrollment on Arrival). Pote paspò ou ak lòt dokiman ou yo.
trusted-next-approved = Enskripsyon ou valab jiska { $date }. Ou ka renouvle l depi yon ane anvan jou sa a.
trusted-next-denied = Lèt pwogram lan di poukisa. Ou ka mande Trusted Traveler Ombudsman (biwo ki okipe plent vwayajè yo fè konfyans yo) pou yo egzamine desizyon an ankò.
trusted-next-revoked = Lèt pwogram lan di poukisa. Ou ka mande Trusted Traveler Ombudsman (biwo ki okipe plent vwayajè yo fè konfyans yo) pou yo egzamine desizyon an ankò.
trusted-next-expired = Enskripsyon ou fini. Ou ka fè yon nouvo demann pou renouvle l.
trusted-staff-title = Lis vwayajè yo fè konfyans
trusted-staff-intro = Kole lis la an CSV, ak non kolòn yo sou premye liy lan: programme, membership_number, birth_date, status, expires_on. Liy chak manm ranplase sa Garita te genyen. Yon liy ki gen erè parèt ak nimewo liy li, epi anyen ladan l pa anrejistre; lòt yo anrejistre. Sistèm yo voye menm liy yo bay /api/v1/trusted-traveler/roster.
trusted-staff-roster = Lis (CSV)
trusted-staff-import = Enpòte
trusted-staff-imported = { $stored ->
    [one] Yon manm anrejistre.
   *[other] { $stored } manm anrejistre.
}
trusted-staff-refused-title = Liy ki pa anrejistre
trusted-staff-refused = Liy { $line }, { $field }: { $problem }
trusted-roster-programme = se pa youn nan pwogram yo (global-entry, nexus, sentri, fast)
trusted-roster-number = pa gen 9 chif
trusted-roster-date = se pa yon dat (YYYY-MM-DD)
trusted-roster-status = se pa youn nan estati yo (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = yon enskripsyon ki apwouve bezwen jou li fini
trusted-roster-line = liy lan pa gen menm kolòn ak antèt la
