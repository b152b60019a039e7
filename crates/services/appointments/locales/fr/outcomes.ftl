## Ce qui a été enregistré au poste frontière pour un voyageur, sur la console des agents et la page de statut de la personne.

fact-arrived = Arrivé. Rien d'autre n'est encore enregistré.
fact-paroled = Admis sous « parole » aux États-Unis jusqu'au { $until }.
fact-nta = Convocation (Notice to Appear) remise, avec le numéro A { $number }.
fact-referred = Orienté vers un autre service.
fact-not-admitted = Non admis.
fact-admission-number = Numéro d'admission I-94 : { $number }.
fact-class = Catégorie d'admission : { $class }.
fact-version = Version { $version }, enregistrée le { $when } à { $port } par l'agent { $officer } :
fact-reason = Motif donné pour le changement : { $reason }

status-arrivals-title = Au poste frontière
status-arrival = { $name } est arrivé à { $port } le { $date }. Ce qui est enregistré maintenant :
status-arrival-history = Toutes les versions, de la plus ancienne à la plus récente :
status-arrival-help = Si quelque chose est faux ici, dites-le à un agent au poste frontière ou à une organisation d'aide juridique, avec la version et la référence de l'agent. Le dossier que vous pouvez télécharger depuis votre compte contient toutes les versions, signées.

desk-facts-legend = Ce qui s'est passé
desk-paroled-label = Admis sous « parole »
desk-nta-a-number-label = Convocation (Notice to Appear) : le numéro A qu'elle porte
desk-referred-label = Orienté vers un autre service
desk-not-admitted-label = Non admis
desk-admission-number-label = Numéro d'admission I-94 (11 caractères)
desk-class-label = Catégorie d'admission (par exemple DT)
desk-reason-label = Pourquoi cela change
desk-reason-help = Nécessaire quand une date ou un numéro déjà enregistré change. La personne le lit.
desk-reason-needed = Cela change une date ou un numéro déjà enregistré. Écrivez pourquoi : la personne le lira.
desk-changed-meanwhile = Un autre agent vient d'enregistrer ce voyageur. Lisez ce qui est enregistré maintenant, puis refaites votre changement.
desk-history = Toutes les versions, de la plus ancienne à la plus récente :

msg-outcome-changed-v1-subject = Garita : un changement dans ce qui a été enregistré à { $port }
msg-outcome-changed-v1-body = Un agent a changé une date ou un numéro enregistré pour l'arrivée de votre groupe à { $port } le { $date }. La version précédente est conservée.
msg-outcome-changed-v1-next = Votre page de statut montre toutes les versions, avec le motif du changement. Si quelque chose est faux, dites-le à un agent au poste frontière ou à une organisation d'aide juridique.
msg-outcome-changed-v1-sms = Garita : un agent a changé une date ou un numéro de votre groupe à { $port }. Versions : { $link }

## The person's parole record (`/parole`).
parole-title = Le dossier de votre « parole »
parole-intro = Ce que les agents ont enregistré pour chaque personne de votre groupe arrivée à un poste frontière : le numéro d'admission I-94, la catégorie d'admission, quand la « parole » a commencé et jusqu'à quand elle dure, et toute convocation (Notice to Appear). Si une date ou un numéro a été changé, toutes les versions restent ici, avec qui l'a changé, quand et pourquoi.
parole-none = Rien n'a encore été enregistré à un poste frontière pour votre groupe. Après votre rendez-vous, ce que l'agent enregistre s'affichera ici.
parole-start = Arrivée et contrôle à { $port } le { $date } : la « parole » compte à partir de ce moment.
parole-changes = Toutes les versions, de la plus ancienne à la plus récente, avec la référence de l'agent et le motif donné :
parole-keep-title = Gardez-le et vérifiez-le
parole-keep = Téléchargez votre dossier : il est signé par Garita, donc n'importe qui (un avocat, un tribunal, un employeur) peut vérifier que personne ne l'a changé.
parole-download = Téléchargez votre dossier signé
parole-check = Vérifier un dossier
parole-notices = Les avis qui vous ont été envoyés
parole-legal-help = Aide juridique gratuite ou à bas prix
