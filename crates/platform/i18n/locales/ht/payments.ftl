## Peman: sa konparezon chak nwit lan jwenn, pou administratè pwogram yo ak oditè yo.

payments-admin-title = Diferans nan peman yo
payments-admin-intro = Chak nwit, Garita konpare sa founisè peman an di ki te peye ak pwòp liv kont li. Chak diferans rete sou paj sa a jiskaske yon administratè pwogram gade l epi fèmen l. Se sèlman id ak montan ki parèt, pa janm enfòmasyon pèsonèl yon moun.
payments-admin-what-to-do = Pou gade youn, chèche referans founisè a nan espas jesyon founisè a. Lajan yo peye kay founisè a men ki pa nan liv kont lan ap kredite lè moun ki te peye a tounen, oswa founisè a ap renmèt li; pa janm ekri l nan liv kont lan ak men w.
payments-admin-none = Pa gen okenn diferans ki louvri: dosye founisè a ak liv kont lan kadre.
payments-admin-kind-not-in-ledger = Peye kay founisè a, men li pa nan liv kont Garita a
payments-admin-kind-not-at-provider = Nan liv kont Garita a, men li pa peye kay founisè a
payments-admin-kind-amount = Montan yo pa menm
payments-admin-row = { $kind }: { $provider } referans { $reference }, { $amount }, jwenn { $when }.
payments-admin-no-amount = pa konnen montan an
payments-admin-payment = Peman Garita a: { $payment }
payments-admin-close = Mwen gade l: fèmen l
payments-admin-closed = Diferans lan fèmen. Jounal odit la kenbe ki moun ki fèmen l ak ki lè.
payments-admin-gone = Diferans sa a te deja fèmen, oswa li pa egziste. Anyen pa t chanje.
