## Paiements : ce que le rapprochement de chaque nuit a trouvé, pour les administrateurs du programme et les auditeurs.

payments-admin-title = Écarts de paiement
payments-admin-intro = Chaque nuit, Garita compare ce que le prestataire de paiement déclare comme payé avec son propre registre comptable. Chaque écart reste sur cette page jusqu'à ce qu'un administrateur du programme l'ait examiné et clos. Seuls des identifiants et des montants sont affichés, jamais les données d'une personne.
payments-admin-what-to-do = Pour en examiner un, cherchez la référence du prestataire dans le tableau de bord du prestataire. L'argent payé chez le prestataire mais absent du registre comptable est crédité quand la personne qui a payé revient, ou bien le prestataire le rembourse ; ne l'inscrivez jamais à la main dans le registre comptable.
payments-admin-none = Aucun écart ouvert : les relevés du prestataire et le registre comptable concordent.
payments-admin-kind-not-in-ledger = Payé chez le prestataire, absent du registre comptable de Garita
payments-admin-kind-not-at-provider = Dans le registre comptable de Garita, non payé chez le prestataire
payments-admin-kind-amount = Les montants diffèrent
payments-admin-row = { $kind } : { $provider }, référence { $reference }, { $amount }, trouvé le { $when }.
payments-admin-no-amount = montant inconnu
payments-admin-payment = Paiement dans Garita : { $payment }
payments-admin-close = Examiné : le clore
payments-admin-closed = L'écart est clos. Le journal d'audit garde qui l'a clos et quand.
payments-admin-gone = Cet écart était déjà clos, ou il n'existe pas. Rien n'a changé.
