### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita : confirmez votre rendez-vous avant le { $deadline }
reminder-confirm-v1-body = Le rendez-vous de votre groupe au poste { $port } ({ $crossing }), le { $date } à { $time } (heure du poste), n'est pas encore confirmé. Chaque personne de 14 ans ou plus confirme avec la position du téléphone et une photo.
reminder-confirm-v1-next = Ce qu'il faut faire maintenant : confirmez sur votre page de situation avant le { $deadline } (heure de { $zone }). Sinon, la place va à un autre groupe, et vous pouvez refaire une demande sans pénalité.
reminder-confirm-v1-sms = Garita : confirmez le rendez-vous du { $date } { $time } à { $port } avant le { $deadline } : { $link }
reminder-day-before-v1-subject = Garita : votre rendez-vous est demain, { $date }, au poste { $port }
reminder-day-before-v1-body = Le rendez-vous de votre groupe : { $port }, le { $date } à { $time } (heure du poste). Allez à l'entrée des piétons : { $crossing }.
reminder-day-before-v1-next = Amenez toutes les personnes du groupe, les pièces d'identité que vous avez enregistrées et votre confirmation { $number } (imprimée ou sur le téléphone). Venez un peu avant { $time }. Le rendez-vous est gratuit : personne ne peut vous le faire payer.
reminder-day-before-v1-sms = Garita : demain { $date } { $time } à { $port }. Amenez tout le monde, vos documents et la confirmation { $number } : { $link }
