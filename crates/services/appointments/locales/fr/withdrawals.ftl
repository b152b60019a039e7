## Annulation, sur décision du programme, de tous les rendez-vous valables de certains jours : le
## formulaire des administrateurs du programme, et le message que reçoit chaque groupe.

programme-withdraw-title = Annuler des rendez-vous dans tout le programme
programme-withdraw-help = Sur décision du programme, tous les rendez-vous valables de ces jours, à un poste-frontière ou à tous, sont annulés. Chaque groupe est prévenu une seule fois, dans sa langue ; son dossier garde ce qu'il avait ; sa confirmation apparaît comme annulée à la vérification. Les places ne sont pas proposées à d'autres groupes, et les données publiées du tirage au sort de chaque jour l'indiquent.
programme-withdraw-port = Poste-frontière
programme-withdraw-all-ports = Tous les postes-frontières
programme-withdraw-from = Premier jour de rendez-vous
programme-withdraw-to = Dernier jour de rendez-vous
programme-withdraw-preview = Voir ce que cela annulerait
programme-withdraw-dates = Indiquez le premier et le dernier jour de rendez-vous sous forme de dates ; le dernier ne peut pas être avant le premier.
programme-withdraw-none = Aucun rendez-vous valable dans ce choix. Rien n'a été changé.
programme-withdraw-count = { $count ->
    [0] Aucun rendez-vous n'est valable du { $from } au { $to } ({ $ports }).
    [one] Un rendez-vous est valable du { $from } au { $to } ({ $ports }). L'annuler prévient son groupe, et c'est définitif.
   *[other] { $count } rendez-vous sont valables du { $from } au { $to } ({ $ports }). Les annuler prévient chaque groupe, et c'est définitif.
}
programme-withdraw-confirm = Les annuler et prévenir chaque groupe
programme-withdraw-started = { $count ->
    [0] Aucun rendez-vous n'est en cours d'annulation.
    [one] Un rendez-vous est en cours d'annulation. Son groupe est prévenu ; le journal d'audit l'indique.
   *[other] { $count } rendez-vous sont en cours d'annulation. Chaque groupe est prévenu ; le journal d'audit les indique un par un.
}

withdrawn-v1-subject = Garita : votre rendez-vous du { $date } à { $port } est annulé par le programme
withdrawn-v1-body = Le rendez-vous de votre groupe à { $port } ({ $crossing }) le { $date } à { $time } est annulé par une décision du programme, comme les autres rendez-vous de ces jours-là. Ce n'est pas à cause de quelque chose que votre groupe a fait. Votre dossier signé, sur la page de votre inscription, garde ce que vous aviez et la date de l'annulation.
withdrawn-v1-next = Votre inscription reste telle qu'elle est. La page d'accueil de Garita indique quand vous pourrez refaire une demande de rendez-vous. Les rendez-vous sont gratuits : personne ne peut vous en vendre un. La page d'aide donne la liste des organisations qui peuvent vous conseiller.
withdrawn-v1-sms = Garita : rendez-vous du { $date } à { $time } au poste { $port } annulé par décision du programme, pas à cause de votre groupe. Plus d'infos : { $link }
