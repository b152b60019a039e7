# Accounts, sign-in, recovery, staff pages and account e-mails: Haitian Creole (Kreyòl ayisyen), translated from en/accounts.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Navigation

nav-signin = Konekte
nav-signup = Fè yon kont
nav-account = Kont mwen
nav-signout = Dekonekte
nav-staff = Pèsonèl

## Consent, shown before an account is made (and again when it changes)

consent-title = Anvan ou kòmanse: enfòmasyon ou yo
consent-intro = Tanpri, li sa a. Li di ki sa Garita kenbe sou ou ak poukisa.
consent-collect-title = Sa nou kenbe
consent-collect-body = Adrès imèl ou, modpas ou sere yon fason pesonn pa ka li l, lang ou, epi pita enfòmasyon ou ban nou sou moun ki nan gwoup ou yo.
consent-why-title = Poukisa
consent-who-title = Kiyès ki ka wè yo
consent-who-body = Ou menm. Anplwaye Garita yo, sèlman lè travay yo mande sa, epi chak fwa yo gade, sa ekri yon kote. Ofisye fwontyè yo nan pòs kote ou gen randevou a. Nou pa janm vann yo.
consent-keep-title = Konbyen tan nou kenbe yo
consent-keep-body = Toutotan kont ou louvri. Si ou fèmen l, nou efase enfòmasyon ou yo apre 2 an, eksepte sa lalwa di nou fòk nou kenbe.
consent-rights-title = Dwa ou yo
consent-rights-body = Ou ka wè epi telechaje tout sa nou kenbe sou ou, epi korije yo. Si ou di non, ou pa ka sèvi ak Garita; pa gen lòt bagay ki rive.
consent-version = Vèsyon { $version }
consent-changed = Nou chanje tèks sa a depi dènye fwa ou te li l. Tanpri, li l epi di ou dakò ankò pou ou ka kontinye.
consent-agree = Mwen li sa a epi mwen dakò

## Making an account

signup-title = Fè yon kont
signup-intro = Yon kont se pou yon gwoup moun k ap vwayaje ansanm.
signup-email-label = Adrès imèl ou
signup-email-help = N ap voye yon kòd nan adrès sa a. Sèvi ak yon adrès ou ka louvri.
signup-phone-label = Nimewo telefòn (ou ka kite l vid)
signup-phone-help = Avèk kòd peyi a, pa egzanp +52 664 123 4567.
signup-password-label = Fè yon modpas
signup-password-help = Omwen 10 lèt, chif oswa siy. Yon ti fraz kout fasil pou sonje, epi li difisil pou lòt moun devine.
signup-language-label = Lang ou pou mesaj yo
signup-submit = Fè kont mwen
signup-have-account = Ou gen yon kont deja? Konekte.

## Problems with a field (shown next to the field)

field-required = Tanpri, ranpli sa a.
form-problems-title = Tanpri verifye repons sa yo
field-email-invalid = Sa pa sanble ak yon adrès imèl. Li ta dwe sanble ak non@example.com.
field-phone-invalid = Ekri nimewo a avèk kòd peyi a, pa egzanp +52 664 123 4567.
field-password-short = Modpas la twò kout. Sèvi ak omwen 10 lèt, chif oswa siy.
field-password-long = Modpas la twò long. Sèvi ak 128 lèt, chif oswa siy pou pi plis.
field-password-common = Anpil moun sèvi ak modpas sa a, kidonk li fasil pou devine. Tanpri, chwazi yon lòt.
field-code-format = Kòd la gen 6 chif. Tape chif yo sèlman.
field-code-wrong = Kòd sa a pa bon, oswa li twò ansyen. Gade dènye imèl Garita voye ba ou a, oswa mande yon nouvo kòd.
field-totp-wrong = Kòd sa a pa bon. Tape 6 chif aplikasyon ou an montre kounye a.
field-code-spent = Kòd sa a pa ka sèvi ankò: yo eseye l twòp fwa, oswa tan li fini. Konekte ankò pou w jwenn yon nouvo.
field-identity-check = Tanpri, konfime ou te verifye kiyès moun sa a ye.

## Checking the e-mail address

verify-title = Gade imèl ou
verify-expiry = Kòd la mache pandan 15 minit.
verify-code-label = Kòd
verify-submit = Verifye kòd la
verify-resend = Voye yon nouvo kòd ban mwen
verify-resend-wait = Ou ka mande yon nouvo kòd nan { $seconds ->
   *[other] { $seconds } segonn
}.
verify-resent = Si adrès la bon, yon nouvo kòd ap vini.
verify-done = Adrès imèl ou verifye.

## Recovery codes, shown once

codes-title = Kòd rekiperasyon ou yo
codes-body = Si ou pèdi telefòn ou oswa ou bliye modpas ou, youn nan kòd sa yo ap pèmèt ou rantre nan kont ou ankò. Chak kòd mache yon sèl fwa.
codes-keep = Enprime paj sa a oswa ekri kòd yo sou yon papye. Sere l yon kote ki an sekirite. Pa bay pesonn li: Garita p ap janm mande ou kòd sa yo.
codes-once = Se kounye a sèlman nou montre ou kòd sa yo. Nou kenbe yo sèlman yon fason pesonn pa ka li yo.
codes-print = Enprime
codes-continue = Mwen sere kòd mwen yo

## Signing in

signin-title = Konekte
signin-password-label = Modpas
signin-submit = Konekte
signin-forgot = Ou bliye modpas ou oswa ou pèdi telefòn ou?
signin-no-account = Ou poko gen kont? Fè youn.
signed-out = Ou dekonekte.
signed-out-everywhere = Ou dekonekte sou tout telefòn ak tout òdinatè.

device-title = Èske se ou?
device-submit = Kontinye

totp-title = Kòd ki nan aplikasyon ou an
totp-body = Louvri aplikasyon otantifikasyon ou an epi tape 6 chif li montre pou Garita.
totp-code-label = Kòd ki nan aplikasyon an
totp-submit = Konekte

## My account

account-title = Kont mwen
account-email = Adrès imèl: { $email }
account-language-label = Lang pou mesaj yo
account-language-save = Anrejistre lang lan
account-saved = Li anrejistre.
account-security-title = Sekirite
account-totp-on = Yon aplikasyon otantifikasyon pwoteje kont ou.
account-totp-off = Ou ka ajoute yon aplikasyon otantifikasyon pou plis sekirite.
account-totp-setup = Ajoute yon aplikasyon otantifikasyon
account-codes-new = Fè nouvo kòd rekiperasyon
account-codes-new-help = Ansyen kòd ou yo ap sispann mache.
account-sessions-title = Ki kote ou konekte
account-session-web = Navigatè entènèt, depi { $since }
account-session-api = Kle aplikasyon, depi { $since }
account-session-current = (isit la)
account-session-end = Dekonekte la a
account-signout = Dekonekte
account-signout-everywhere = Dekonekte tout kote

totp-setup-title = Ajoute yon aplikasyon otantifikasyon
totp-setup-body = Nan aplikasyon otantifikasyon ou an, ajoute yon nouvo kont epi tape kle sa a. Apre sa, tape 6 chif aplikasyon an montre.
totp-setup-key = Kle: { $key }
totp-setup-code-label = Kòd ki nan aplikasyon an
totp-setup-submit = Aktive
totp-setup-done = Kounye a, ou bezwen aplikasyon otantifikasyon ou an pou ou konekte.

## Getting back into an account

recover-title = Rantre nan kont ou ankò
recover-intro = Nou pa janm efase enskripsyon ou ak istwa ou. Chwazi yon fason:
recover-code-title = Avèk yon kòd rekiperasyon
recover-code-body = Sèvi ak youn nan kòd ou te enprime oswa ou te ekri lè ou te fè kont ou.
recover-code-label = Kòd rekiperasyon
recover-new-password-label = Nouvo modpas
recover-code-submit = Chanje modpas mwen
recover-email-submit = Voye yon kòd ban mwen
recover-helper-title = Avèk èd yon abri oswa yon gwoup ki bay èd legal
recover-helper-body = Ale nan yon abri oswa yon gwoup ki bay èd legal ki travay ak Garita. Yon moun k ap ede verifye kiyès ou ye, fas a fas, epi li ba ou yon lyen pou fè yon nouvo modpas.
recover-failed = Adrès imèl la oswa kòd rekiperasyon an pa bon. Verifye toude epi eseye ankò.
recover-done = Modpas ou chanje. Nou kenbe enskripsyon ou ak istwa ou. Ou dekonekte nan tout lòt kote yo.

## Set-up link (staff accounts and helper recovery)

setup-title = Fè modpas ou
setup-body = Lyen sa a mache yon sèl fwa. Fè yon modpas pou kont ou.
setup-staff-totp = Kont pèsonèl yo bezwen yon aplikasyon otantifikasyon. Nan aplikasyon ou an, ajoute yon nouvo kont avèk kle sa a, apre sa tape 6 chif li montre: { $key }
setup-submit = Anrejistre
setup-invalid = Lyen sa a pa mache ankò. Petèt li twò ansyen oswa yo te deja sèvi avè l. Mande moun ki te ba ou l la yon nouvo lyen.

## Limits

rate-limited = Gen twòp esè pou kounye a. Tanpri, tann { $minutes ->
   *[other] { $minutes } minit
}, epi eseye ankò. Ou pa pèdi anyen ou te anrejistre.
form-expired = Paj sa a te rete louvri twò lontan. Tanpri, eseye ankò: nou kenbe tout sa ou te anrejistre anvan.
upload-too-large = Foto a pi gwo pase { $megabytes } MB. Pran foto a ankò, oswa chwazi yon pi piti. Anyen ou te anrejistre deja pa pèdi.
body-too-large = Sa ou voye a pi gwo pase { $kilobytes } KB, plis pase sa nenpòt repons sou paj sa a bezwen. Fè tèks ki pi long lan pi kout epi voye l ankò. Ou pa pèdi anyen ou te anrejistre deja.
form-unreadable = Nou pa t kapab li sa paj sa a voye a. Tanpri, louvri paj la ankò nan meni an epi ranpli l yon lòt fwa: tout sa ou te anrejistre anvan toujou la.

## Staff

staff-title = Pèsonèl
staff-role = Wòl ou: { $role }
staff-port = Pòs fwontyè ou: { $port }
staff-organization = Òganizasyon ou: { $organization }
role-applicant = Demandè
role-helper = Moun k ap ede
role-officer = Ofisye fwontyè
role-port-supervisor = Sipèvizè pòs fwontyè
role-programme-admin = Administratè pwogram nan
role-auditor = Oditè
role-partner-validator = Validatè òganizasyon patnè
role-observer = Obsèvatè tiraj la
role-adjudicator = Ajan ki deside dosye yo
role-agriculture-specialist = Espesyalis agrikilti
signin-required-title = Tanpri, konekte
signin-required-body = Ou bezwen konekte pou wè paj sa a.
forbidden-title = Paj sa a pa pou kont ou
forbidden-body = Paj sa a se pou yon lòt wòl oswa yon lòt pòs fwontyè. Si travay ou mande sa, mande yon administratè pwogram nan.

staff-audit-title = Jounal odit
staff-audit-intact = Jounal la gen { $count ->
    [one] { $count } liy, epi li pa chanje.
   *[other] { $count } liy, epi pa gen okenn ladan yo ki chanje.
}
staff-audit-broken = Jounal la chanje nan liy { $seq }. Avèti ekip sekirite a.
staff-audit-checkpoint = Dènye pwen kontwòl ki siyen an gen { $count } liy. Jounal la kadre ak li.
staff-audit-rewritten = Jounal la pa kadre ak pwen kontwòl ki siyen an nan liy { $count }: yo te reekri l. Avèti ekip sekirite a.
staff-audit-cut = Jounal la gen { $count } liy, men pwen kontwòl ki siyen an te konte { $checkpoint }. Yo retire dènye liy yo. Avèti ekip sekirite a.
staff-audit-bad-checkpoint = Pwen kontwòl nan liy { $count } la pa gen siyati Garita. Avèti ekip sekirite a.
staff-audit-when = Kilè
staff-audit-who = Kiyès
staff-audit-what = Kisa

staff-port-title = Pòs fwontyè { $port }
staff-port-capacity = Plas pa jou
staff-port-date-label = Dat
staff-port-seats-label = Plas
staff-port-save = Anrejistre
staff-port-slots-label = Plas pou chak lè randevou
staff-port-closed-label = Fèmen
staff-port-slots-title = Plas pou chak lè randevou
staff-port-slots-help = Mete konbyen plas chak lè randevou nan yon dat genyen. Plas dat la vin total yo; tiraj pou dat sa a sèvi avèk yo.
staff-port-slot-seats = Plas a { $time }
staff-port-slots-saved = Plas pou chak lè randevou anrejistre pou { $date }.
staff-port-slots-closed = Pòs fwontyè a fèmen { $date }: anyen pa t chanje.
staff-port-close-title = Fèmen pòs fwontyè a pou yon dat
staff-port-close-help = Chak randevou nan dat sa a ale nan premye dat ki gen plas lib nan pòs fwontyè sa a, chak gwoup ansanm. Yo avèti chak gwoup; gwoup la ka chwazi yon lòt pòs fwontyè pito, epi konfimasyon li montre nouvo dat la.
staff-port-close-reason = Poukisa
staff-port-close-confirm = Mwen konprann chak randevou nan dat sa a ap deplase epi yo ap avèti chak gwoup.
staff-port-close-unconfirmed = Anyen pa t chanje: tcheke bwat la anvan pou konfime fèmen pòs fwontyè a.
staff-port-close = Fèmen pòs fwontyè a epi deplase randevou yo
staff-port-closed-weather = Fèmen: move tan
staff-port-closed-security = Fèmen: sekirite
staff-port-closed-other = Fèmen
staff-port-closed-done = Pòs fwontyè a fèmen { $date }. { $moved ->
    [one] Yon randevou deplase.
   *[other] { $moved } randevou deplase.
} { $unplaced ->
    [0] {""}
    [one] { $unplaced } randevou pa t jwenn plas lib nan mwa k ap vini yo, kidonk li kenbe dat li: tanpri, okipe l.
   *[other] { $unplaced } pa t jwenn plas lib nan mwa k ap vini yo, kidonk yo kenbe dat yo: tanpri, okipe yo.
}
staff-port-already-closed = Pòs fwontyè a te deja fèmen { $date }: anyen pa t chanje.
staff-port-close-past = { $date } fini deja nan pòs fwontyè sa a: yo pa ka fèmen yon jou ki pase deja. Anyen pa t chanje.
staff-port-close-busy = Randevou yo te chanje pandan yo t ap fèmen pòs fwontyè a pou { $date }, kidonk anyen pa t chanje. Tanpri, eseye ankò.

staff-recover-title = Ede yon moun rantre nan kont li ankò
staff-recover-body = Fè sa sèlman avèk moun ki devan ou a, apre ou fin verifye kiyès li ye avèk yon dokiman idantite. Tout sa ou fè isit la ekri yon kote, epi n ap montre moun nan li.
staff-recover-email-label = Adrès imèl moun nan
staff-recover-identity-label = Mwen verifye idantite moun sa a fas a fas
staff-recover-document-label = Nimewo dokiman moun nan, oswa dat nesans li (jou/mwa/ane), jan li ye nan enskripsyon li
staff-recover-submit = Fè yon lyen pou yon nouvo modpas
staff-recover-link = Bay moun nan lyen sa a. Li mache yon sèl fwa, pandan 24 èdtan: { $link }
staff-recover-none = Pa gen lyen. Swa adrès sa a pa gen yon kont òganizasyon ou ede, swa nimewo dokiman an oswa dat nesans lan pa koresponn ak enskripsyon an. Verifye yo ak moun nan.

## E-mails

email-greeting = Bonjou,
email-footer = Garita gratis. Nou pa janm mande lajan, ni modpas ou, ni kòd rekiperasyon ou yo.
email-ignore = Si se pa ou ki te mande sa, ou pa bezwen okipe imèl sa a. Kont ou an sekirite.
email-code = Kòd ou: { $code }
email-code-expiry = Kòd la mache pandan 15 minit.
email-link-intro = Oswa louvri lyen sa a:
email-verify-subject = Kòd Garita ou: { $code }
email-verify-body = Men kòd pou verifye adrès imèl ou pou Garita.
email-device-subject = Kòd Garita ou pou konekte: { $code }
email-device-body = Yon moun ap konekte nan kont Garita ou sou yon nouvo telefòn oswa yon nouvo òdinatè. Si se ou, tape kòd sa a.
email-recovery-subject = Kòd rekiperasyon Garita ou: { $code }
email-recovery-body = Men kòd pou fè yon nouvo modpas pou kont Garita ou. Nou kenbe enskripsyon ou ak istwa ou.
email-exists-subject = Kont Garita ou
email-exists-body = Yon moun te eseye fè yon nouvo kont Garita avèk adrès imèl sa a, men ou gen youn deja. Si se te ou, konekte, oswa rantre nan kont ou ankò isit la: { $link }
email-password-changed-subject = Modpas Garita ou chanje
email-password-changed-body = Modpas kont Garita ou a chanje. Si se pa t ou, rantre nan kont ou ankò kounye a, isit la: { $link }

## Titles added with the account pages

rate-limited-title = Tanpri, tann yon ti moman
form-expired-title = Tanpri, eseye ankò
api-token-created = Men kle aplikasyon ou. Nou montre l yon sèl fwa sèlman: { $token }
staff-none = Poko gen anyen pou wòl ou isit la.
staff-links-title = Sa ou ka fè
account-codes-left = Kòd rekiperasyon ou poko itilize: { $count }
account-phone = Telefòn: { $phone }

## Helpers working with a person who is present

staff-people-title = Moun òganizasyon ou ap ede
staff-people-none = Poko gen pesonn.
staff-people-new = Fè yon kont pou yon moun ki la avè ou
staff-people-new-help = Anvan, li tèks ki anba a pou moun nan, nan lang li, oswa kite l li l pou kont li. Fè kont lan sèlman si li dakò.
staff-people-consent-read = Mwen li tèks sa a pou moun nan nan lang li, epi li dakò
staff-people-email = Adrès imèl moun nan
staff-people-language = Lang moun nan
staff-people-create = Fè kont lan
staff-people-taken = Adrès sa a gen yon kont deja. Moun nan ka rantre ladan l ankò avèk "Rantre nan kont ou ankò".
staff-people-act = Travay nan enskripsyon moun sa a
staff-people-handover = Bay moun nan kont lan
staff-people-handover-link = Bay moun nan lyen sa a. Avèk li, li fè pwòp modpas li. Li mache pandan 72 èdtan: { $link }
acting-notice = W ap travay nan enskripsyon { $email }. Tout sa ou fè ekri yon kote, epi n ap montre moun sa a li.
acting-stop = Sispann travay pou moun sa a
account-helpers-title = Sa moun k ap ede yo fè pou ou
account-helper-can-act = { $organization } ka aji nan kont ou, paske li te ede w. Ou ka fini sa nenpòt ki lè: moun k ap ede yo p ap ka wè ni chanje anyen isit la ankò.
account-helper-withdraw = Fini aksè yo
account-helpers-none = Pa gen okenn moun k ap ede ki travay nan kont ou.
helper-did-account = { $date }: yon moun k ap ede fè kont ou.
helper-did-consent = { $date }: yon moun k ap ede ekri ou te dakò ak tèks ki pale sou enfòmasyon ou yo.
helper-did-acting = { $date }: yon moun k ap ede kòmanse travay nan enskripsyon ou.
helper-did-handover = { $date }: yon moun k ap ede fè yon lyen pou ou ka pran kont ou.
helper-did-registration = { $date }: yon moun k ap ede anrejistre enskripsyon ou.
helper-did-photo = { $date }: yon moun k ap ede voye yon foto.
helper-did-recovery = { $date }: yon moun k ap ede fè yon lyen pou ou ka rantre nan kont ou ankò.
helper-did-other = { $date }: yon moun k ap ede fè yon chanjman.

## Closing one's account.
account-close = Fèmen kont mwen
close-title = Fèmen kont ou
close-what = Apre ou fèmen l, pèsonn pa ka antre nan kont sa a: tout sesyon yo fini, sou tout telefòn, epi kòd rekiperasyon ou yo pa mache ankò. Gwoup ou a pa ka mande randevou ankò.
close-kept = Nou efase enfòmasyon ou yo 2 an apre ou fèmen kont ou, eksepte sa lalwa di nou dwe kenbe. Lis tiraj yo pibliye kenbe sèlman nimewo patisipasyon, ki pa di anyen sou ou.
close-again = Ou ka fè yon nouvo kont ak menm adrès imel la nenpòt ki lè.
close-sure = Mwen konprann: fèmen kont mwen
close-submit = Fèmen kont mwen
close-keep = Kenbe kont mwen
close-not-sure = Tcheke kare a pou di ou vle fèmen kont ou. Anyen pa chanje.
close-end-first = Gwoup ou a gen yon randevou. Anile l anvan, sou paj ki montre randevou ou; apre sa ou ka fèmen kont ou. Anyen pa chanje.
close-done = Kont ou fèmen. Pèsonn pa ka antre ladan l ankò. Nou efase enfòmasyon ou yo nan 2 an apati jodi a, eksepte sa lalwa di nou dwe kenbe.

## Staff accounts, for programme admins.
staff-accounts-title = Kont anplwaye yo
staff-accounts-row = { $email }: { $role } { $place }
staff-accounts-disable = Dezaktive kont sa a
staff-accounts-disabled = Kont lan dezaktive: sesyon li yo fini epi li pa ka antre ankò.
staff-accounts-not-disabled = Anyen pa chanje: kont sa a se pa kont anplwaye, se kont pa w, oswa li deja dezaktive.
staff-audit-search = Chèche
staff-audit-action = Aksyon (oswa kòmansman li, pa egzanp review.)
staff-audit-action-help = Pa egzanp desk.traveller-opened pou chak fwa yo louvri done yon vwayajè nan yon pò.
staff-audit-subject = Sou (id kont oswa dosye)
staff-audit-from = Depi (AAAA-MM-JJ)
staff-audit-to = Jiska (AAAA-MM-JJ)
staff-audit-none = Pa gen okenn antre ki koresponn ak rechèch sa a.
staff-audit-older = Antre ki pi ansyen
staff-audit-csv = Telechaje rechèch sa a an CSV
