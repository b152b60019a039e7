# Os números públicos (`/statistics`): a chance de ser escolhido em cada posto de fronteira e há
# quanto tempo os grupos escolhidos estavam cadastrados, em gráficos seguidos de uma tabela.

stats-summary = { $days ->
    [one] Esses números vêm do único sorteio publicado até agora, em { $last }.
   *[other] Esses números vêm dos últimos { $days } sorteios publicados, de { $first } a { $last }.
}
stats-download = Baixar os números de cada dia e de cada posto de fronteira (arquivo CSV)
stats-chance-heading = Chance de ser escolhido em cada posto de fronteira
stats-chance-caption = Para cada posto de fronteira, a barra escura mostra quantos dos grupos que pediram foram escolhidos, e a barra clara quantas das vagas pedidas foram dadas. Onde muitas pessoas pedem poucas vagas, a chance é menor.
stats-chance-desc = Um gráfico de barras com duas barras por posto de fronteira: a parte dos grupos escolhidos e a parte das vagas dadas. A tabela a seguir tem os mesmos números.
stats-chance-groups = Grupos escolhidos
stats-chance-seats = Vagas dadas
stats-no-requests = Nenhum pedido
stats-head-seats-requested = Vagas pedidas
stats-head-seats-won = Vagas dadas
stats-head-seats-odds = Parte das vagas dadas
stats-registered-heading = Há quanto tempo os grupos escolhidos estavam cadastrados
stats-registered-caption = Cada barra vai do menor ao maior tempo de cadastro dos grupos escolhidos, em dias. A marca escura é a mediana: metade deles estava cadastrada há menos tempo, a outra metade há mais tempo.
stats-registered-desc = Um gráfico com uma barra por posto de fronteira, do menor ao maior tempo de cadastro, com uma marca na mediana. A tabela a seguir tem os mesmos números.
stats-registered-scale = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
stats-registered-range = { $shortest }–{ $longest } { $longest ->
    [one] dia
   *[other] dias
}, mediana { $median }
stats-none-chosen = Nenhum grupo escolhido
stats-head-shortest = Mínimo (dias)
stats-head-median = Mediana (dias)
stats-head-longest = Máximo (dias)

## As verificações automáticas de fotos, por grupo
stats-faces-heading = A verificação automática de fotos, por grupo
stats-faces-caption = { $days ->
    [one] No último dia
   *[other] Nos últimos { $days } dias
}: de quantas pessoas a verificação automática examinou as fotos da confirmação, em cada nacionalidade e faixa etária; de quantas delas ela não conseguiu aceitar as fotos e as encaminhou a uma pessoa da revisão; e quantas dessas a pessoa da revisão aceitou depois. Um grupo com menos de { $fewest } pessoas não mostra números, para que ninguém possa ser identificado.
stats-faces-head-nationality = Nacionalidade
stats-faces-head-age = Idade
stats-faces-head-people = Pessoas
stats-faces-head-refused = Encaminhadas a uma pessoa
stats-faces-head-accepted = Aceitas depois pela pessoa
stats-faces-too-few = poucas demais para mostrar
stats-faces-everyone = Todas as pessoas
stats-faces-age-under-18 = menos de 18 anos
stats-faces-age-18-29 = 18 a 29 anos
stats-faces-age-30-44 = 30 a 44 anos
stats-faces-age-45-59 = 45 a 59 anos
stats-faces-age-60-plus = 60 anos ou mais
