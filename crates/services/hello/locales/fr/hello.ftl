### Hello, a test-only service.

hello-title = Bonjour
hello-keep = Garder cette note
hello-note-label = Votre note (200 caractères au plus)
hello-count = Notes que vous avez gardées : { $count }
hello-note-invalid = Écrivez une note de 1 à 200 caractères, puis appuyez de nouveau sur le bouton.
hello-staff-title = Bonjour : notes gardées
hello-staff-count = Notes gardées par tout le monde : { $count }
hello-kept-subject = Garita : votre note est gardée
hello-kept-body = Votre note est gardée, scellée. Vous pouvez la relire sur la page Bonjour.
