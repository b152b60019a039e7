## Provisional I-94 for land arrivals: what is wrong in an application, and the messages.

i94-travellers-count = Yon demann se pou 1 a 25 vwayajè. Ajoute yon vwayajè, oswa fè yon dezyèm demann pou lòt yo.
i94-arrival-window = Jou ou rive a dwe jodi a oswa youn nan 7 jou k ap vini yo. Fè demann lan ankò lè vwayaj ou a pi pre.
i94-passport-expires = Paspò sa a ekspire jou ou rive a oswa anvan. Vwayaje ak yon paspò ki toujou valab apre jou sa a.
i94-mrz-differs = Liy ki anba paspò a pa menm ak sa ou tape a (nimewo a, dat nesans lan oswa dat paspò a ekspire). Konpare yo ak paspò a epi korije sa ki pa menm nan.

i94-paid-v1-subject = Garita: I-94 pwovizwa ou a pare
i94-paid-v1-body = { $count ->
    [one] Frè a peye. Vwayajè a gen yon nimewo I-94 pwovizwa pou { $port }.
   *[other] Frè a peye pou { $count } vwayajè. Chak vwayajè gen yon nimewo I-94 pwovizwa pou { $port }.
}
i94-paid-v1-next = Montre chak nimewo nan pò a anvan { $until }. Apre sa, li ekspire epi yo pa renmèt frè a. Chak nimewo parèt sou paj I-94 ou a, ak yon kòd ofisye a ka eskane.
i94-paid-v1-sms = Garita: I-94 pwovizwa peye pou { $count } moun nan { $port }. Montre chak nimewo anvan { $until }: { $link }
i94-expired-v1-subject = Garita: I-94 pwovizwa { $number } ekspire
i94-expired-v1-body = Yo pa t prezante I-94 pwovizwa { $number } nan { $port } atan, kidonk li ekspire. Yo pa renmèt frè a.
i94-expired-v1-next = Si vwayajè a toujou ap vini, fè yon nouvo demann sou paj I-94 ou a, jiska 7 jou anvan li rive.
i94-expired-v1-sms = Garita: I-94 pwovizwa { $number } ekspire san yo pa t sèvi avè l. Ou ka fè demann ankò: { $link }
i94-decided-v1-subject = Garita: yon desizyon sou I-94 pwovizwa { $number }
i94-decided-v1-body = Nan { $port }, yon ofisye anrejistre yon desizyon sou I-94 pwovizwa { $number }.
i94-decided-v1-next = Paj I-94 ou a montre l, epi dosye siyen ou a kenbe l.
i94-decided-v1-sms = Garita: yon ofisye nan { $port } anrejistre yon desizyon sou I-94 { $number }: { $link }
