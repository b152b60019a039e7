## La page des opérations des administrateurs du programme : incidents, tirages au sort retenus, annulation d'un rendez-vous.

programme-title = Opérations du programme
programme-reason = Motif
programme-reason-help = Quelques mots, conservés dans le journal d'audit. Ni noms ni numéros de document.
programme-reason-needed = Écrivez d'abord le motif : il est conservé dans le journal d'audit.
programme-incident-title = Incidents
programme-incident-none = Aucun incident n'est déclaré. Déclarez-en un quand les personnes ne peuvent pas confirmer (parce qu'elles le signalent, ou parce que vous le constatez) : chaque date limite pour confirmer est repoussée de la durée de l'incident.
programme-incident-since = Un incident est déclaré depuis le { $when } : { $reason }. Les dates limites pour confirmer continuent d'être repoussées jusqu'à ce que vous y mettiez fin.
programme-incident-declare = Déclarer un incident
programme-incident-end = Mettre fin à l'incident
programme-incident-declared = L'incident est déclaré. Les dates limites pour confirmer sont repoussées jusqu'à ce que vous y mettiez fin.
programme-incident-already = Un incident est déjà déclaré : mettez-y fin d'abord.
programme-held-title = Tirages au sort retenus
programme-held-none = Aucun tirage au sort n'est retenu.
programme-held-line = Le tirage au sort du { $date } est retenu : { $reason }
programme-held-see = Voir le tirage au sort et ses contrôles
programme-held-release = Le libérer et le publier
programme-released = Le tirage au sort est libéré et publié. Les groupes choisis sont prévenus.
programme-not-held = Ce tirage au sort n'est pas retenu (libéré entre-temps, ou jamais retenu). Rien n'a été changé.
programme-cancel-title = Annuler un rendez-vous
programme-cancel-help = Sur décision du programme : son groupe est prévenu, son dossier le garde, sa confirmation apparaît comme annulée à la vérification, et ses places vont aux groupes suivants.
programme-cancel-number = Numéro de confirmation
programme-cancel-submit = Annuler ce rendez-vous
programme-cancelled = Le rendez-vous est annulé. Son groupe est prévenu.
programme-cancel-unknown = Aucun rendez-vous n'a ce numéro de confirmation. Vérifiez-le et réessayez.
programme-cancel-not-live = Ce rendez-vous n'était plus valable (annulé, pas confirmé à temps ou déjà passé). Rien n'a été changé.
