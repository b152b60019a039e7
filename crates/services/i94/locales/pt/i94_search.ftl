## I-94 provisório: o agente encontra, pelo nome e pela data de nascimento, um viajante que perdeu o número.

i94-staff-search-title = Um viajante sem o número
i94-staff-search-help = Digite os nomes e a data de nascimento como estão no passaporte. Só são pesquisados os I-94 provisórios do seu porto; a pesquisa fica registrada, o que você digita não.
i94-staff-search-submit = Pesquisar
i94-staff-search-problem = Digite os sobrenomes com letras e a data de nascimento como uma data, depois pesquise de novo.
i94-staff-search-none = Nenhum I-94 provisório do seu porto tem esse nome e essa data de nascimento. Confira a grafia com o passaporte do viajante.
i94-staff-search-line = { $number } ({ $status })
