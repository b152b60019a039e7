## Paj operasyon administratè pwogram yo: ensidan, tiraj yo kenbe, anile yon randevou.

programme-title = Operasyon pwogram nan
programme-reason = Poukisa
programme-reason-help = Kèk mo, ki rete nan jounal odit la. Pa mete non moun ni nimewo dokiman.
programme-reason-needed = Ekri poukisa anvan: sa rete nan jounal odit la.
programme-incident-title = Ensidan
programme-incident-none = Pa gen okenn ensidan ki deklare. Deklare youn lè moun pa ka konfime (paske yo di sa, oswa paske ou wè sa): chak dat limit pou konfime pouse pi ta, otan tan ensidan an dire.
programme-incident-since = Gen yon ensidan ki deklare depi { $when }: { $reason }. Dat limit pou konfime yo ap kontinye pouse pi ta jiskaske ou mete fen ak li.
programme-incident-declare = Deklare yon ensidan
programme-incident-end = Mete fen ak ensidan an
programme-incident-declared = Ensidan an deklare. Dat limit pou konfime yo ap pouse pi ta jiskaske ou mete fen ak li.
programme-incident-already = Gen yon ensidan ki deja deklare: mete fen ak li anvan.
programme-held-title = Tiraj yo kenbe
programme-held-none = Pa gen okenn tiraj yo kenbe.
programme-held-line = Yo kenbe tiraj pou { $date }: { $reason }
programme-held-see = Gade tiraj la ak verifikasyon li yo
programme-held-release = Lage l epi pibliye l
programme-released = Yo lage tiraj la epi yo pibliye l. Yo fè gwoup yo chwazi yo konnen.
programme-not-held = Yo pa kenbe tiraj sa a (yo lage l pandan tan sa a, oswa yo pa t janm kenbe l). Anyen pa t chanje.
programme-cancel-title = Anile yon randevou
programme-cancel-help = Se yon desizyon pwogram nan: yo fè gwoup li a konnen, dosye li kenbe l, konfimasyon li parèt anile lè yo verifye l, epi plas li yo ale bay pwochen gwoup yo.
programme-cancel-number = Nimewo konfimasyon
programme-cancel-submit = Anile randevou sa a
programme-cancelled = Randevou a anile. Yo fè gwoup li a konnen.
programme-cancel-unknown = Pa gen okenn randevou ki gen nimewo konfimasyon sa a. Verifye l epi eseye ankò.
programme-cancel-not-live = Randevou sa a pa t valab ankò (li te anile, li pa t konfime atan, oswa li te deja pase). Anyen pa t chanje.
