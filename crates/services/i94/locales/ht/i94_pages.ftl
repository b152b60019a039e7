## Paj I-94 pwovizwa yo: paj moun k ap fè demann lan (fè demann, ajoute vwayajè, peye, wè nimewo pwovizwa yo) ak paj ofisye a.

i94-title = I-94 pwovizwa
i94-intro = W ap vini Ozetazini pa tè? Ou ka fè demann pou yon I-94 pwovizwa anvan ou rive, pou ou menm ak jiska 24 moun k ap vwayaje avè ou, epi peye yon sèl fwa pou nou tout. Nan pò a, yon ofisye toujou verifye chak vwayajè epi li deside.
i94-fee = Frè a se { $fee } pou chak vwayajè.
i94-rules = Anvan ou peye: yo fè peye frè a pou chak vwayajè, epi yo pa renmèt li. Chak I-94 pwovizwa ekspire si yo pa montre l nan pò a nan 7 jou apre peman an.
i94-mine-title = Demann ou yo
i94-mine-none = Ou poko gen okenn demann.
i94-group-line = { $port }, rive { $date }: { $status }
i94-group-title = { $port }, rive { $date }
i94-status-awaiting-payment = Poko peye.
i94-status-paid = Peye.
i94-start-title = Yon nouvo demann
i94-port = Pò kote ou pral rive
i94-arrival = Jou ou rive
i94-arrival-help = Jodi a oswa youn nan 7 jou k ap vini yo.
i94-purpose = Rezon vwayaj la
i94-purpose-tourism = Touris oswa yon vizit
i94-purpose-business = Biznis
i94-purpose-family = Vizite fanmi
i94-purpose-medical = Swen medikal
i94-purpose-study = Etid
i94-purpose-other = Yon lòt rezon
i94-state-help = De lèt, pa egzanp CA oswa TX.
i94-start = Kòmanse demann lan
i94-travellers-title = { $count ->
    [one] Yon vwayajè (25 pou pi plis)
   *[other] { $count } vwayajè (25 pou pi plis)
}
i94-traveller-line = { $name } ({ $status })
i94-traveller-number = { $name }: I-94 pwovizwa { $number }, pou montre nan pò a anvan { $until }.
i94-traveller-status-draft = poko peye
i94-traveller-status-provisional = pwovizwa
i94-traveller-status-admitted = admèt nan pò a
i94-traveller-status-refused = pa admèt nan pò a
i94-traveller-status-expired = ekspire san yo pa t sèvi avè l
i94-remove = Retire vwayajè sa a
i94-add-title = Ajoute yon vwayajè
i94-add = Ajoute vwayajè sa a
i94-added = Vwayajè a ajoute. Ajoute pwochen an, oswa peye lè tout moun nan lis la.
i94-add-problems = Gen kèk repons ki bezwen korije: chak di sa pou chanje. Anyen pa pèdi.
i94-sex = Sèks jan li ekri nan paspò a
i94-sex-F = F (fi)
i94-sex-M = M (gason)
i94-sex-X = X (pa presize)
i94-passport-issued = Dat yo te bay paspò a
i94-passport-expiry = Dat paspò a ekspire
i94-mrz = 2 liy ki anba paj foto a (ou ka kite l vid)
i94-mrz-help = Tape yo oswa eskane yo si ou kapab: Garita konpare yo ak sa ou tape a.
i94-pay-title = Peye
i94-total = Total: { $total } pou { $count ->
    [one] yon vwayajè
   *[other] { $count } vwayajè
} ({ $fee } pou chak).
i94-pay = Peye { $total }
i94-pay-at-port = Pa gen peman sou entènèt ki disponib. Peye { $total } nan pò a, kote yon ofisye anrejistre l; nimewo pwovizwa chak vwayajè parèt touswit.
i94-pay-later = Sèvis peman an pa t reponn. Yo pa t fè ou peye anyen. Eseye ankò nan kèk minit.
i94-paid-notice = Peye. Nimewo pwovizwa chak vwayajè anba a.
i94-not-paid-yet = Peman an poko konfime. Si ou te peye, paj sa a ap montre l nan kèk minit. Yo pa janm fè ou peye de fwa.
i94-staff-title = I-94 pwovizwa yo
i94-staff-intro = Tape nimewo pwovizwa vwayajè a montre ou a. Se sèlman sa ki pou pò ou a ki parèt, epi chak fwa ou gade, sa anrejistre.
i94-staff-number = Nimewo pwovizwa
i94-staff-find-submit = Chèche
i94-staff-unknown = Pa gen okenn I-94 pwovizwa ak nimewo sa a nan pò ou a. Verifye nimewo a ak vwayajè a.
i94-staff-traveller = Dat nesans: { $born }; nasyonalite: { $citizenship }; paspò { $passport } ({ $country }), valab jiska { $expires }; ap rive { $arrival }.
i94-staff-admitted = Admèt: I-94 { $number }, klas { $class }, jiska { $until }.
i94-staff-admission-number = Nimewo admisyon I-94
i94-staff-class = Klas admisyon
i94-staff-until = Admèt jiska
i94-staff-admit = Anrejistre admisyon an
i94-staff-refuse = Anrejistre ke vwayajè a pa admèt
i94-staff-admit-problem = Bay nimewo admisyon 11 karaktè a, klas admisyon an (pa egzanp B2) ak dat la: anyen pa t anrejistre.
i94-staff-recorded = Desizyon an anrejistre, epi yo fè gwoup vwayajè a konnen.
i94-staff-not-open = I-94 pwovizwa sa a pa louvri ankò (yo te deja pran desizyon, oswa li ekspire). Anyen pa t chanje.
