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
