## Provisional I-94: paying the fee at the port, for the applicant and the officer.

i94-port-reference = La référence de votre demande est { $reference }. Pour payer au poste-frontière, présentez-la à l'agent.
i94-staff-receipt-title = Frais payés au poste-frontière
i94-staff-receipt-help = Quand le paiement en ligne n'est pas disponible, le voyageur paie ici. Saisissez la référence indiquée sur la page de sa demande, puis enregistrez les frais une fois qu'ils sont payés : chaque voyageur reçoit tout de suite un numéro provisoire.
i94-staff-reference = Référence de la demande
i94-staff-receipt = Enregistrer les frais comme payés
i94-staff-receipt-done = Les frais sont enregistrés comme payés. Chaque voyageur a maintenant un numéro provisoire.
i94-staff-receipt-already = Les frais de cette demande étaient déjà payés. Rien n'a changé.
i94-staff-receipt-unknown = Aucune demande non payée de votre poste-frontière ne porte cette référence (ou bien elle se paie en ligne). Vérifiez la référence avec le voyageur. Rien n'a changé.
i94-go = Garita ne voit jamais les données de votre carte : vous payez sur la page du service de paiement, puis vous revenez ici.
i94-go-link = Continuer vers la page de paiement
