## Provisional I-94: paying the fee at the port, for the applicant and the officer.

i94-port-reference = Referans demann ou a se { $reference }. Pou peye nan pò a, montre ofisye a li.
i94-staff-receipt-title = Frè yo peye nan pò a
i94-staff-receipt-help = Lè pa gen peman sou entènèt ki disponib, vwayajè a peye isit la. Tape referans ki sou paj demann li a, epi lè frè a fin peye, anrejistre l kòm peye: chak vwayajè resevwa yon nimewo pwovizwa touswit.
i94-staff-reference = Referans demann lan
i94-staff-receipt = Anrejistre frè a kòm peye
i94-staff-receipt-done = Frè a anrejistre kòm peye. Kounye a, chak vwayajè gen yon nimewo pwovizwa.
i94-staff-receipt-already = Frè demann sa a te deja peye. Anyen pa t chanje.
i94-staff-receipt-unknown = Pa gen okenn demann ki poko peye nan pò ou a ki gen referans sa a (oswa se sou entènèt yo peye l). Verifye referans lan ak vwayajè a. Anyen pa t chanje.
i94-go = Garita pa janm wè enfòmasyon kat ou: ou peye sou paj sèvis peman an, apre sa ou tounen isit la.
i94-go-link = Kontinye sou paj peman an
