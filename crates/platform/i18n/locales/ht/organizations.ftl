## Òganizasyon yo kòm dosye: administratè pwogram yo jere lis la; administratè yon òganizasyon jere moun k ap ede pou li yo.

role-organization-admin = Administratè òganizasyon
organizations-title = Òganizasyon yo
organizations-intro = Òganizasyon anplwaye yo travay pou yo. Yon moun k ap ede, yon obsèvatè, yon validatè patnè oswa yon administratè òganizasyon ka resevwa sèlman yon òganizasyon ki nan lis sa a.
organizations-name = Non
organizations-kind = Kalite
organizations-city = Vil
organizations-contact = Kijan moun ka kontakte l
organizations-contact-help = Yon adrès piblik, yon nimewo telefòn oswa lè biwo a louvri, jan anyè èd la montre yo.
organizations-kind-helpers = Abri oswa gwoup èd legal (moun k ap ede)
organizations-kind-partner = Patnè ki verifye konfimasyon yo
organizations-kind-observer = Obsèvatè tiraj yo
organizations-kind-carrier = Konpayi bis
organizations-kind-broker = Koutye ladwàn
organizations-kind-importer = Enpòtatè
organizations-add = Ajoute òganizasyon an
organizations-added = Òganizasyon an ajoute. Kounye a ou ka fè kont pou moun li yo.
organizations-incomplete = Ranpli chak kaz (jiska 100 karaktè chak) epi chwazi yon kalite.
organizations-taken = Gen yon òganizasyon ki gen non sa a deja. Anyen pa ajoute.
organization-title = Moun k ap ede nan òganizasyon ou
organization-intro = Moun k ap ede nan { $organization }. Ajoute yon moun ki ede moun fas a fas, oswa retire yon moun ki pa fè sa ankò: sesyon li yo fini touswit.
organization-no-helpers = Poko gen moun k ap ede.
organization-remove = Retire moun sa a k ap ede
organization-removed = Moun k ap ede a retire: sesyon li yo fini epi li pa ka antre ankò.
organization-add = Ajoute yon moun k ap ede
staff-accounts-organization-unknown = Pa gen okenn òganizasyon ki gen non sa a. Ajoute l nan Òganizasyon yo anvan, oswa verifye jan li ekri.

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = Konpayi bis, koutye ladwàn ak enpòtatè: antre nan Garita
joining-title = Antre nan Garita kòm konpayi bis, koutye ladwàn oswa enpòtatè
joining-intro = Konpayi bis yo voye lis pasaje yo anvan yo rive nan yon pòs fwontyè; koutye ladwàn ak enpòtatè yo mande enspeksyon machandiz. Di nou kiyès ou ye. Yon administratè pwogram nan ap gade demann ou an, epi moun ki pral jere kont òganizasyon ou an ap resevwa yon imèl ak yon lyen pou li konfigire kont lan.
joining-email = Imèl moun ki pral jere kont ou an
joining-email-help = Moun sa a ap resevwa lyen an pou li fè yon modpas epi mete yon aplikasyon otantifikasyon. Adrès sa a pa dwe gen yon kont Garita deja.
joining-submit = Voye demann lan
joining-received = Mèsi. Nou resevwa demann ou an: moun ki pral jere kont ou an ap resevwa yon imèl lè yon administratè pwogram nan fin gade l.
joining-incomplete = Ranpli chak kaz (jiska 100 karaktè chak), chwazi kisa òganizasyon ou an fè, epi bay yon adrès imèl ki mache.
joining-requests-title = Òganizasyon ki mande pou antre
joining-requests-none = Pa gen okenn òganizasyon k ap tann.
joining-request = { $name } ({ $kind }), { $city }. Kontak: { $contact }. Demann lan fèt { $when }.
joining-decision = Desizyon
joining-approve = Apwouve: fè yon dosye pou òganizasyon an epi prepare kont administratè li
joining-refuse = Refize
joining-decide = Anrejistre desizyon an
joining-choose = Chwazi apwouve oswa refize.
joining-approved = Apwouve. Òganizasyon an gen yon dosye kounye a, epi nou voye yon lyen bay administratè li pou li konfigire kont li.
joining-refused = Refize. Nou fè moun ki te mande a konnen.
joining-gone = Yo te deja pran yon desizyon sou demann sa a: anyen pa chanje.
joining-conflict = Anyen pa chanje: gen yon òganizasyon ki gen non sa a deja, oswa adrès la gen yon kont Garita deja. Si se sa ki kòrèk, ajoute òganizasyon an ak administratè li alamen.
org-approved-v1-subject = Garita: { $organization } ka sèvi ak Garita kounye a
org-approved-v1-body = Yon administratè pwogram nan apwouve demann { $organization } te fè a. Se ou ki jere kont li: louvri lyen sa a pou chwazi yon modpas epi mete yon aplikasyon otantifikasyon. Lyen an mache yon sèl fwa, pandan yon tan limite.
org-approved-v1-next = Apre sa, ajoute moun ki travay avè ou yo. Si se pa ou ki te mande sa, ou pa bezwen okipe mesaj sa a.
org-refused-v1-subject = Garita: demann { $organization } te fè a
org-refused-v1-body = Yon administratè pwogram nan pa apwouve demann { $organization } te fè a. Si ou panse se yon erè, ekri pwogram nan epi di kiyès ou ye ak kisa òganizasyon ou an fè.

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = Token pou sistèm ou yo
organization-tokens-intro = Lojisyèl pa òganizasyon ou an (yon sistèm ekspedisyon oswa yon sistèm ladwàn) voye done bay API Garita a ak yon token. Fè youn pou chak sistèm, epi anile l lè sistèm sa a pa bezwen l ankò: li sispann mache touswit.
organization-tokens-none = Poko gen okenn token.
organization-token-label = Pou kisa token nan ye
organization-token-label-help = Pa egzanp « sistèm ekspedisyon ». Jiska 60 karaktè.
organization-token-make = Fè yon token
organization-token-made = Token nan parèt anwo a. Kopye l nan sistèm ou an kounye a: nou p ap montre l ankò.
organization-token-incomplete = Di pou kisa token nan ye, nan jiska 60 karaktè.
organization-token-line = { $label }: fèt { $when }.
organization-token-revoked-line = { $label }: fèt { $when }, anile { $revoked }.
organization-token-revoke = Anile token sa a
organization-token-revoked = Token nan anile: li pa mache ankò.
