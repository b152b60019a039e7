## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = Manifès pasaje otobis
manifests-about = Isit la, konpayi otobis yo voye lis moun ki nan chak otobis anvan li rive nan yon pò sou tè, epi yo ka korije l oswa anile l jiskaske otobis la rive. Moun ki travay pou yon konpayi otobis ki sèvi ak Garita konekte ak kont konpayi yo a.
manifests-about-signin = Konekte ak kont konpayi ou a
manifests-intro = Voye chak vwayaj { $carrier } anvan otobis la rive nan pò a: enfòmasyon sou vwayaj la ak yon fichye CSV ki gen chofè a ak chak pasaje, youn sou chak liy. Si yon liy gen yon erè, n ap montre ou li pou ou ka korije l; lòt liy yo anrejistre.
manifests-template = Telechaje premye liy CSV la (non kolòn yo)
manifests-send = Voye manifès la
manifests-trip-id = Nimewo vwayaj ou
manifests-trip-id-help = Pwòp nimewo pa ou pou vwayaj sa a: lèt, chif, pwen, tirè. Voye menm nimewo a ankò pou korije manifès la.
manifests-plate = Plak otobis la
manifests-bus-number = Nimewo otobis la
manifests-origin = Ki kote vwayaj la kòmanse (vil)
manifests-port = Pò kote l ap rive
manifests-arrives = Lè li dwe rive, nan lè lokal pò a
manifests-arrives-help = Jou ak lè, pa egzanp 2027-03-01 14:30.
manifests-file = Fichye CSV moun ki nan otobis la
manifests-file-help = Yon liy pou chak moun, kòmanse ak non kolòn yo. Dat yo ekri tankou 2027-03-01; peyi yo ak de lèt (MX, GT, US).
manifests-trips = Vwayaj ou yo
manifests-none = Ou poko voye okenn vwayaj.
manifests-trip-line = { $trip } pou { $port }, { $when }: { $status }, { $people ->
    [one] yon moun
   *[other] { $people } moun
}
manifests-status-expected = ap vini
manifests-status-arrived = rive
manifests-status-cancelled = anile
manifests-trip-title = Manifès vwayaj la
manifests-trip-facts = Vwayaj { $trip } { $carrier } pou { $port }, li dwe rive { $when }. Otobis { $bus }, plak { $plate }, soti { $origin }.
manifests-trip-state = Estati: { $status }. { $people ->
    [one] Yon moun anrejistre
   *[other] { $people } moun anrejistre
}, vèsyon { $version }.
manifests-created = Manifès la anrejistre ak { $people ->
    [one] yon moun
   *[other] { $people } moun
}.
manifests-corrected = Manifès la korije: kounye a li gen { $people ->
    [one] yon moun
   *[other] { $people } moun
}.
manifests-unchanged = Sa a se menm manifès ki te deja anrejistre a: anyen pa chanje ({ $people ->
    [one] yon moun
   *[other] { $people } moun
}).
manifests-fix-title = Liy pou korije
manifests-fix-help = Liy sa yo pa t anrejistre. Korije yo nan fichye ou a epi voye tout vwayaj la ankò ak menm nimewo vwayaj la: manifès la ap ranplase.
manifests-problem-row = Liy { $line }, { $field }: { $problem }
manifests-problem-trip = Vwayaj la, { $field }: { $problem }
manifests-trip-wrong = Fòk ou korije enfòmasyon vwayaj la: anyen pa t anrejistre. Korije chan ki make anba a epi voye ankò.
manifests-ended = Otobis vwayaj sa a deja rive oswa yo anile vwayaj la: manifès li pa chanje ankò. Voye yon nouvo vwayaj ak yon nouvo nimewo vwayaj.
manifests-busy = Yo t ap voye vwayaj sa a soti yon lòt kote nan menm moman an. Voye l ankò.
manifests-correct = Korije manifès sa a
manifests-correct-help = Voye vwayaj la ankò ak tout fichye a korije: li ranplase sa ki anrejistre a, jiskaske otobis la rive.
manifests-cancel = Anile vwayaj sa a
manifests-cancel-help = Si otobis la p ap vwayaje, anile vwayaj la: pò a p ap tann li ankò.
manifests-back = Tout vwayaj ou yo
manifests-board-title = Otobis pò a ap tann
manifests-board-intro = Otobis ki dwe rive nan { $port } depi 12 èdtan de sa jiska 2 jou pi devan, ak konbyen moun konpayi yo voye. Chak fwa yon moun louvri yon manifès, sa ekri nan jounal odit la.
manifests-board-none = Pa gen okenn otobis k ap vini.
manifests-board-when = Lè li dwe rive
manifests-board-carrier = Konpayi
manifests-board-bus = Otobis
manifests-board-origin = Soti
manifests-board-people = Moun
manifests-board-status = Estati
manifests-board-open = Louvri manifès otobis { $bus } ({ $carrier })
manifests-board-back = Retounen nan tablo a
manifests-open-title = Manifès otobis la
manifests-mark-arrived = Make otobis la rive
manifests-arrived = Otobis la make kòm rive. Manifès li pa chanje ankò, epi enfòmasyon moun ki te ladan l yo ap efase lè peryòd konsèvasyon an fini.
manifests-purged = Peryòd konsèvasyon an fini: enfòmasyon moun ki te nan otobis sa a efase.
manifests-people = Moun ki nan otobis la
manifests-col-line = Liy
manifests-col-role = Wòl
manifests-col-name = Non
manifests-col-born = Dat nesans
manifests-col-sex = Sèks
manifests-col-citizenship = Nasyonalite
manifests-col-document = Dokiman
manifests-col-expiry = Valab jiska
manifests-col-address = Adrès Ozetazini
manifests-role-driver = Chofè
manifests-role-passenger = Pasaje
manifests-document-passport = Paspò
manifests-document-passport-card = Kat paspò
manifests-document-border-crossing-card = Kat pou travèse fwontyè
manifests-document-permanent-resident-card = Kat rezidan pèmanan
manifests-document-trusted-traveler-card = Kat vwayajè yo fè konfyans

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = Ekri driver oswa passenger.
manifest-problem-name = Ekri non an jan li ye sou dokiman an, jiska 100 karaktè.
manifest-problem-birth-date = Ekri dat nesans lan konsa: 1990-04-02 (ane, mwa, jou).
manifest-problem-sex = Ekri F, M oswa X.
manifest-problem-country = Ekri peyi a ak kòd de lèt li, tankou MX, GT oswa US.
manifest-problem-document-type = Ekri passport, passport-card, border-crossing-card, permanent-resident-card oswa trusted-traveler-card.
manifest-problem-document-number = Ekri nimewo dokiman an: 5 a 20 lèt ak chif, san espas.
manifest-problem-date = Ekri dat la konsa: 2030-01-31 (ane, mwa, jou).
manifest-problem-expired = Dokiman an ekspire anvan otobis la rive. Moun nan bezwen yon dokiman ki valab pou l travèse fwontyè a.
manifest-problem-address = Ekri ki kote moun sa a pral rete Ozetazini (ri, vil, eta), paske li pa viv la.
manifest-problem-line = Nou pa ka li liy sa a: verifye vigil ak gimè ki ladan l yo.
manifest-problem-empty = Fichye a pa gen okenn moun. Ajoute yon liy pou chak moun anba non kolòn yo.
manifest-problem-no-file = Chwazi fichye CSV moun ki nan otobis la.
manifest-problem-no-driver = Pa gen okenn chofè ki anrejistre: ajoute liy chofè a (role driver).
manifest-problem-trip-id = Ekri nimewo vwayaj ou: jiska 64 lèt, chif, pwen, tirè oswa soulinye.
manifest-problem-plate = Ekri plak otobis la: lèt, chif, espas oswa tirè.
manifest-problem-bus-number = Ekri nimewo otobis la, jiska 20 karaktè.
manifest-problem-origin = Ekri vil kote vwayaj la kòmanse.
manifest-problem-port = Chwazi youn nan pò Garita yo.
manifest-problem-arrival = Ekri lè otobis la dwe rive: jou a ak lè a.
manifest-problem-arrival-range = Lè li rive a dwe ant yon jou de sa ak yon ane pi devan.
