# Pou ki sa yo sèvi ak enfòmasyon kontak yo (tèks konsantman an bay lis yo; avi yo di pou kiyès yo te voye yo).
purpose-account = Kont ou: kòd pou antre, ak avètisman sou sekirite l.
purpose-booking = Randevou: tiraj chak jou a, rezilta l, konfimasyon, ak jou ou nan pòs fwontyè a.
purpose-applications = Pwòp demann ou yo: yon I-94, yon otorizasyon pou vwayaje, yon depa, ak sa yo deside sou yo.
purpose-status-notices = Avi sou sitiyasyon imigrasyon ou, tankou yon chanjman nan « parole » ou.
purpose-staff-work = Travay anplwaye yo: fè anplwaye yo konnen gen travay k ap tann yo.
consent-purpose = { $purpose } Baz legal: { $basis }

# Yon avi sou yon chanjman sitiyasyon, nan lang moun nan.
notice-change-name = { $change ->
    [parole-extended] « Parole » pwolonje
   *[parole-ends] « Parole » fini
}
notice-v1-subject = { $change ->
    [parole-extended] Garita: yo pwolonje « parole » ou
   *[parole-ends] Garita: « parole » ou ap fini
}
notice-v1-body = { $change ->
    [parole-extended] Yo pwolonje « parole » ou Etazini. Chanjman an konte apati { $date }.
   *[parole-ends] « Parole » ou Etazini fini { $date }. Avi sa a pou kont li pa ba ou lòd pou ou kite peyi a, epi li pa fini yon demann azil oswa yon lòt demann ou te fè.
}
notice-v1-next = Sa ou ka fè: li dosye « parole » ou sou paj Garita ou, kenbe avi sa a, epi pale ak yon avoka oswa yon reprezantan akredite anvan ou deside anyen. Èd legal gratis oswa ki pa koute chè: { $help }
notice-v1-sms = { $change ->
    [parole-extended] Garita: yo pwolonje « parole » ou apati { $date }. Detay: { $link }
   *[parole-ends] Garita: « parole » ou fini { $date }. Èd legal ak detay: { $link }
}

# Paj avi moun nan.
notices-title = Avi yo voye ba ou
notices-intro = Chak avi Garita voye ba ou sou sitiyasyon ou, pou ki sa li te voye l, epi si li te rive jwenn ou.
notices-none = Garita poko voye okenn avi ba ou.
notices-sent = Yo voye l { $when }, pou: { $purpose }
notices-told = Lè ou te aksepte kondisyon Garita yo, yo te di ou yo t ap sèvi ak enfòmasyon kontak ou konsa.
notices-untold = Lè ou te bay enfòmasyon kontak ou, yo pa t di ou yo t ap sèvi ak yo konsa. Yo voye avi sa a sou baz legal sa a: { $basis }
notices-delivered = Li rive pa { $channel ->
    [sms] SMS
   *[email] imèl
} { $when }.
notices-pending = Li poko rive. Garita ap kontinye eseye, epi paj sa a toujou montre l.
notices-undelivered = Li pa t ka rive ni pa imèl ni pa SMS. Se sou paj sa a ou ka li l.

# Paj administratè pwogram nan.
staff-notices-title = Avi
staff-notices-intro = Voye yon avi sou yon chanjman sitiyasyon bay moun ki te resevwa « parole » nan yon pòs fwontyè pandan yon seri jou. Chak moun li l nan pwòp lang yo. Li pati sèlman pou yon objektif Garita deklare; moun yo pa t di objektif sa a resevwa l sèlman avèk baz legal ou anrejistre a, epi yo li baz legal la bò kote avi a.
staff-notices-change = Sa k ap chanje
staff-notices-effective = Apati ki dat
staff-notices-purpose = Pou ki sa yo voye l
staff-notices-purpose-help = Se sèlman objektif enstalasyon sa a deklare ki nan lis la.
staff-notices-port = Moun ki te resevwa « parole » nan
staff-notices-any-port = Nenpòt pòs fwontyè
staff-notices-from = Rive apati
staff-notices-to = Rive jiska
staff-notices-legal-help = Ki kote pou jwenn èd legal
staff-notices-legal-help-help = Yon adrès oswa yon kote moun ka rive, ki parèt nan avi a.
staff-notices-basis = Baz legal
staff-notices-basis-help = Ou bezwen l sèlman lè gen kèk nan moun sa yo yo pa t di objektif sa a. Yo li l bò kote avi a.
staff-notices-send = Voye avi a
staff-notices-done = { $people ->
    [one] Yo voye avi a bay yon sèl moun.
   *[other] Yo voye avi a bay { $people } moun.
}
staff-notices-sent-title = Avi ki voye
staff-notices-none = Poko gen okenn avi ki voye.
staff-notices-row = { $when }: { $change } apati { $date }, pou: { $purpose } { $people ->
    [one] Yon sèl moun
   *[other] { $people } moun
}. Kantite moun yo pa t di objektif sa a davans: { $untold }.
staff-notices-row-basis = Baz legal ki anrejistre: { $basis }
notice-refused-purpose = Enstalasyon sa a pa deklare objektif sa a, kidonk anyen pa t pati. Chwazi youn nan objektif ki nan lis la.
notice-refused-change = Chwazi nan lis la sa k ap chanje.
notice-refused-nobody = Pesonn pa t resevwa « parole » nan pòs fwontyè sa a nan jou sa yo, kidonk anyen pa t pati. Verifye pòs fwontyè a ak jou yo.
notice-refused-help = Ekri ki kote moun ka jwenn èd legal (jiska 200 karaktè), epi voye ankò.
notice-refused-dates = Bay dat chanjman an konte apati li, ak premye ak dènye jou moun yo rive; premye jou a pa ka vini apre dènye a.
notice-refused-basis = Avi sa a rive jwenn { $people ->
    [one] yon sèl moun
   *[other] { $people } moun
}, epi { $untold ->
    [one] gen youn
   *[other] gen { $untold }
} ladan yo yo pa t di objektif sa a lè yo te bay enfòmasyon kontak yo. Anyen pa t pati. Anrejistre baz legal pou voye l ba yo, epi voye ankò.
