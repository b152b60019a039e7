## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = Vos I-94 (10 dernières années)
i94-history-none = Aucun de vos I-94 n'a encore fait l'objet d'une décision à un poste-frontière.
i94-history-admitted = { $date }, { $port } : { $name } admis, I-94 { $number }, catégorie { $class }, jusqu'au { $until }.
i94-history-refused = { $date }, { $port } : { $name } non admis.
i94-history-record = Téléchargez votre dossier signé (il montre aussi vos rendez-vous et ce qui s'est passé au poste-frontière)
