## I-94 pwovizwa: prèv siyen li (yon kòd QR ak tèks li), jan /verify ak ofisye a verifye l.

i94-proof = Montre kòd QR sa a nan { $port }, oswa nimewo ki anwo a. Nenpòt moun ka verifye l nan /verify, menm san koneksyon. Pa gen okenn enfòmasyon pèsonèl ladan l.
i94-check-genuine = Otantik: I-94 pwovizwa { $number }, pou rive nan { $port }, valab jiska { $until }.
i94-check-decided = I-94 pwovizwa sa a ({ $number }) te otantik, men yo te deja sèvi avè l: yon ofisye te pran yon desizyon nan pò a. Mande vwayajè a ki desizyon yo te ba li.
i94-check-expired = I-94 pwovizwa sa a ({ $number }) te otantik, men li ekspire san yo pa t sèvi avè l ({ $until }). Vwayajè a ka fè yon nouvo demann sou paj I-94 Garita a.
i94-check-gone = Se Garita ki te siyen I-94 pwovizwa sa a ({ $number }), men yo pa kenbe l ankò. Vwayajè a ka fè yon nouvo demann sou paj I-94 Garita a.
i94-staff-number-help = Ou ka eskane kòd QR vwayajè a tou, oswa kole tèks li.
i94-staff-not-genuine = Se pa Garita ki siyen kòd sa a. Mande vwayajè a nimewo pwovizwa li, oswa chèche l ak non li ak dat nesans li anba a.
