## Revizyon entegrite: sa yon moun k ap revize wè epi deside, sa moun nan li epi sou kisa li ka fè apèl.

review-case-applicant-since = Moun k ap mande a te enskri { $date }.
review-case-registered = Dat enskripsyon
review-case-name = Non (premye lèt yo)
review-case-same-person = Menm non ak menm dat nesans
review-case-same-document = Menm dokiman
review-yes = Wi
review-no = Non
review-case-no-holder = Kounye a, pa gen okenn lòt enskripsyon aktif ki gen moun sa a: petèt yo te anile l oswa korije l.
review-case-cluster =
    { $count ->
       *[other] { $count } enskripsyon aktif nan adrès sa a.
    }
review-case-first-decision = Premye desizyon: { $decision }. Rezon: { $reason }
review-case-appeal = Moun nan fè apèl. Deklarasyon li: { $statement }
review-case-decide = Deside
review-case-decision = Desizyon
review-case-reason = Rezon
review-case-reason-help = Li rete ak ka a. Yo esplike moun nan desizyon an ak mo ki senp, pa ak tèks sa a.
review-case-not-waiting = Ka sa a p ap tann yon desizyon ankò: yon moun deside l pandan tan sa a. Gade lis atant lan ankò.
review-case-same-reviewer = Se ou ki te pran premye desizyon an sou ka sa a, kidonk se yon lòt moun k ap revize ki dwe deside apèl la.
review-case-not-allowed = Desizyon sa a pa mache pou kalite ka sa a. Chwazi yon lòt.
review-case-reason-needed = Ekri rezon desizyon an: li rete ak ka a.
review-case-other-holds = Lòt gwoup la gen yon randevou, kidonk yo pa ka anile enskripsyon li kounye a. Deside ankò apre randevou a fini, oswa chwazi yon lòt desizyon.
case-decision-different-people = Moun diferan: moun k ap mande a ka enskri vwayajè sa a
case-decision-same-person-earlier = Menm moun: enskripsyon ki te fèt anvan an kenbe plas li
case-decision-same-person-applicant = Menm moun: enskripsyon moun k ap mande a kenbe plas li, yo anile lòt la
case-decision-no-action = Okenn aksyon

cases-title = Revizyon sou ou
cases-none = Pa gen okenn revizyon sou ou.
cases-kind-already-registered = Yon revizyon sou “deja enskri”
cases-kind-identity-change = Yon revizyon sou yon chanjman nan idantite yon vwayajè
cases-kind-address-cluster = Yon revizyon sou anpil enskripsyon nan yon sèl adrès
cases-opened = Louvri { $date }.
cases-waiting = Yon moun ap gade l. Ou pa bezwen fè anyen: n ap ekri w lè yo deside.
cases-decided = Yo deside { $date }:
cases-decision-different-people = Yon moun gade epi li jwenn vwayajè ou te enskri a se pa moun ki te deja enskri a. Kounye a ou ka anrejistre enskripsyon ou.
cases-decision-same-person-earlier = Yon moun gade epi li jwenn vwayajè sa a deja nan yon enskripsyon ki te fèt anvan, e enskripsyon sa a kenbe plas li. Anyen pa chanje nan kont ou.
cases-decision-same-person-applicant = Yon moun gade epi li jwenn vwayajè sa a rete nan enskripsyon ou. Kounye a ou ka anrejistre enskripsyon ou.
cases-decision-no-action = Yon moun gade l epi li pa chanje anyen.
cases-appeal-intro = Si ou panse sa pa kòrèk, ou ka fè apèl yon sèl fwa. Ekri sa moun k ap revize a dwe konnen, nan lang ou. Se yon lòt moun ki pral deside.
cases-appeal-label = Deklarasyon ou
cases-appeal-help = Pa egzanp: ki moun vwayajè a ye, epi poukisa li pa moun ki te deja enskri a. Jiska 2000 karaktè.
cases-appeal-submit = Fè apèl
cases-appealed = Ou fè apèl { $date }. Yon lòt moun ap gade l; n ap ekri w.
cases-appeal-decided = Yo deside apèl ou a { $date }. Desizyon sa a definitif:
cases-appeal-needed = Ekri deklarasyon ou anvan ou voye apèl la.
cases-appeal-not-allowed = Ou pa ka fè apèl pou revizyon sa a kounye a: yo poko deside l, oswa yo te deja fè apèl.

case-opened-v1-subject = Garita: yon moun ap revize enskripsyon ou
case-opened-v1-body = Yon moun ap gade yon kesyon sou enskripsyon ou. Yo poko deside anyen, e anyen pa chanje nan kont ou.
case-opened-v1-next = Ou pa bezwen fè anyen. N ap ekri w lè yo deside. Paj revizyon sou ou yo montre ki kote sa rive.
case-opened-v1-sms = Garita: yon moun ap revize yon kesyon sou enskripsyon ou. Anyen pa chanje. Kote sa rive: { $link }
case-decided-v1-subject = Garita: yo deside yon revizyon sou enskripsyon ou
case-decided-v1-body =
    { $appeal ->
        [yes] Yo deside apèl ou a.
       *[no] Yo deside yon revizyon sou enskripsyon ou.
    } { $decision ->
        [different-people] Vwayajè ou te enskri a se pa moun ki te deja enskri a: kounye a ou ka anrejistre enskripsyon ou.
        [same-person-earlier] Vwayajè a deja nan yon enskripsyon ki te fèt anvan, e enskripsyon sa a kenbe plas li.
        [same-person-applicant] Vwayajè sa a rete nan enskripsyon ou: kounye a ou ka anrejistre l.
       *[other] Yo pa chanje anyen.
    }
case-decided-v1-next =
    { $appeal ->
        [yes] Desizyon sa a definitif.
       *[no] Si ou panse li pa kòrèk, ou ka fè apèl yon sèl fwa, sou paj revizyon sou ou yo.
    }
case-decided-v1-sms = Garita: yo deside yon revizyon sou enskripsyon ou. Li l la: { $link }
case-withdrawn-v1-subject = Garita: yo anile enskripsyon ou
case-withdrawn-v1-body = Yon moun revize yon vwayajè ki nan enskripsyon ou ak nan yon lòt enskripsyon, epi li jwenn se menm moun nan, e plas li rete nan lòt enskripsyon an. Yo anile enskripsyon ou pou pèsonn pa enskri de fwa.
case-withdrawn-v1-next = Ou ka enskri ankò, san vwayajè sa a, sou paj enskripsyon an. Si ou panse sa pa kòrèk, yon òganizasyon k ap ede moun ka gade l avè w.
case-withdrawn-v1-sms = Garita: yo anile enskripsyon ou apre yon revizyon. Ou ka enskri ankò: { $link }
