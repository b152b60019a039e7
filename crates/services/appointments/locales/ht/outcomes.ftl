## Sa yo te anrejistre nan pò a pou yon vwayajè, sou konsòl ofisye yo ak sou paj estati moun nan.

fact-arrived = Rive. Pa gen anyen ankò ki anrejistre.
fact-paroled = Antre Etazini anba « parole » jiska { $until }.
fact-nta = Yo bay yon Notice to Appear (konvokasyon), ak nimewo A { $number }.
fact-referred = Voye bay yon lòt biwo.
fact-not-admitted = Pa admèt.
fact-admission-number = Nimewo admisyon I-94: { $number }.
fact-class = Klas admisyon: { $class }.
fact-version = Vèsyon { $version }, anrejistre { $when } nan { $port } pa ofisye { $officer }:
fact-reason = Rezon yo bay pou chanjman an: { $reason }

status-arrivals-title = Nan pò a
status-arrival = { $name } rive nan { $port } { $date }. Sa ki anrejistre kounye a:
status-arrival-history = Tout vèsyon yo, depi pi ansyen an:
status-arrival-help = Si gen yon bagay ki pa bon la a, di yon ofisye nan pò a oswa yon òganizasyon èd legal, ak vèsyon an ak referans ofisye a. Dosye ou ka telechaje nan kont ou a gen tout vèsyon yo, siyen.

desk-facts-legend = Sa ki te pase
desk-paroled-label = Antre anba « parole »
desk-nta-a-number-label = Notice to Appear: nimewo A ki sou li
desk-referred-label = Voye bay yon lòt biwo
desk-not-admitted-label = Pa admèt
desk-admission-number-label = Nimewo admisyon I-94 (11 karaktè)
desk-class-label = Klas admisyon (pa egzanp DT)
desk-reason-label = Poukisa li chanje
desk-reason-help = Li nesesè lè yon dat oswa yon nimewo ki te deja anrejistre chanje. Moun nan li l.
desk-reason-needed = Sa chanje yon dat oswa yon nimewo ki te deja anrejistre. Ekri poukisa: moun nan ap li l.
desk-changed-meanwhile = Yon lòt ofisye fèk anrejistre vwayajè sa a. Li sa ki anrejistre kounye a, epi fè chanjman ou a ankò.
desk-history = Tout vèsyon yo, depi pi ansyen an:

msg-outcome-changed-v1-subject = Garita: yon chanjman nan sa yo te anrejistre nan { $port }
msg-outcome-changed-v1-body = Yon ofisye chanje yon dat oswa yon nimewo yo te anrejistre pou lè gwoup ou a te rive nan { $port } { $date }. Yo kenbe vèsyon anvan an.
msg-outcome-changed-v1-next = Paj estati ou a montre tout vèsyon yo, ak rezon yo bay pou chanjman an. Si gen yon bagay ki pa bon, di yon ofisye nan pò a oswa yon òganizasyon èd legal.
msg-outcome-changed-v1-sms = Garita: yon ofisye chanje yon dat oswa nimewo gwoup ou nan { $port }. Vèsyon yo: { $link }

## The person's parole record (`/parole`).
parole-title = Dosye « parole » ou a
parole-intro = Sa ofisye yo te anrejistre pou chak moun nan gwoup ou a ki te rive nan yon pò: nimewo admisyon I-94 la, klas admisyon an, ki lè « parole » la te kòmanse ak jiska ki lè li dire, ak nenpòt Notice to Appear (konvokasyon). Si yo te janm chanje yon dat oswa yon nimewo, tout vèsyon yo rete isit la, ak kiyès ki te chanje l, ki lè ak poukisa.
parole-none = Poko gen anyen ki anrejistre nan yon pò pou gwoup ou a. Apre randevou ou, sa ofisye a anrejistre ap parèt isit la.
parole-start = Rive epi enspekte nan { $port } { $date }: « parole » la konte depi lè sa a.
parole-changes = Tout vèsyon yo, depi pi ansyen an, ak referans ofisye a ak rezon yo bay pou chanjman an:
parole-keep-title = Kenbe l epi verifye l
parole-keep = Telechaje dosye ou a: Garita siyen l, kidonk nenpòt moun (yon avoka, yon tribinal, yon patwon) ka verifye pesonn pa t chanje l.
parole-download = Telechaje dosye siyen ou a
parole-check = Verifye yon dosye
parole-notices = Avi yo voye ba ou
parole-legal-help = Èd legal gratis oswa ki pa koute chè
