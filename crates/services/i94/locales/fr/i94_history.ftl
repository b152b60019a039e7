## I-94 provisoire : les arrivées de la personne décidées aux postes-frontières au cours des 10 dernières années (celles d'un rendez-vous, celles d'un I-94 provisoire).

i94-history-title = Vos I-94 (10 dernières années)
i94-history-none = Aucun de vos I-94 n'a encore fait l'objet d'une décision à un poste-frontière.
i94-history-admitted = { $date }, { $port } : { $name } admis{ $number ->
        [none] {""}
       *[other] , I-94 { $number }, catégorie { $class }
    }{ $until ->
        [none] .
       *[other] , jusqu'au { $until }.
    }
i94-history-paroled = { $date }, { $port } : { $name } admis sous « parole » jusqu'au { $until }{ $number ->
        [none] .
       *[other] , I-94 { $number }.
    }
i94-history-referred = { $date }, { $port } : { $name } orienté vers un autre service.
i94-history-refused = { $date }, { $port } : { $name } non admis.
i94-history-record = Téléchargez votre dossier signé (il montre aussi vos rendez-vous et ce qui s'est passé au poste-frontière)
