## Anile tout randevou ki valab pou kèk jou, apre yon desizyon pwogram nan: fòmilè administratè
## pwogram yo, ak mesaj chak gwoup resevwa.

programme-withdraw-title = Anile randevou nan tout pwogram nan
programme-withdraw-help = Se yon desizyon pwogram nan: tout randevou ki valab nan jou sa yo, nan yon pòs fwontyè oswa nan tout, anile. Yo fè chak gwoup konnen yon sèl fwa, nan lang li; dosye li kenbe sa li te genyen; konfimasyon li parèt anile lè yo verifye l. Yo pa ofri plas yo bay lòt gwoup, epi dosye tiraj chak jou yo pibliye a di sa.
programme-withdraw-port = Pòs fwontyè
programme-withdraw-all-ports = Tout pòs fwontyè yo
programme-withdraw-from = Premye jou randevou
programme-withdraw-to = Dènye jou randevou
programme-withdraw-preview = Gade sa sa t ap anile
programme-withdraw-dates = Bay premye ak dènye jou randevou yo kòm dat; dènye a pa ka vini anvan premye a.
programme-withdraw-none = Pa gen okenn randevou ki valab nan chwa sa a. Anyen pa t chanje.
programme-withdraw-count = { $count ->
    [one] Gen yon randevou ki valab soti { $from } rive { $to } ({ $ports }). Si ou anile l, yo fè gwoup li a konnen, epi ou pa ka defèt sa.
   *[other] Gen { $count } randevou ki valab soti { $from } rive { $to } ({ $ports }). Si ou anile yo, yo fè chak gwoup konnen, epi ou pa ka defèt sa.
}
programme-withdraw-confirm = Anile yo epi fè chak gwoup konnen
programme-withdraw-started = { $count ->
    [one] Yo ap anile yon randevou. Yo fè gwoup li a konnen; jounal odit la montre l.
   *[other] Yo ap anile { $count } randevou. Yo fè chak gwoup konnen; jounal odit la montre chak randevou.
}

withdrawn-v1-subject = Garita: randevou ou { $date } nan { $port } anile pa pwogram nan
withdrawn-v1-body = Randevou gwoup ou nan { $port } ({ $crossing }) { $date } a { $time } anile pa yon desizyon pwogram nan, ansanm ak lòt randevou jou sa yo. Se pa akoz anyen gwoup ou a te fè. Dosye siyen ou a, nan paj enskripsyon ou, kenbe sa ou te genyen ak kilè randevou a te anile.
withdrawn-v1-next = Enskripsyon ou rete jan li ye a. Paj akèy Garita a di kilè ou ka mande yon randevou ankò. Randevou yo gratis: pèsonn pa ka vann ou youn. Paj èd la gen yon lis òganizasyon ki ka ba ou konsèy.
withdrawn-v1-sms = Garita: randevou ou { $date } a { $time } nan { $port } anile pa yon desizyon pwogram nan, se pa akoz gwoup ou. Plis: { $link }
