## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = Manifestos de passageiros de ônibus
manifests-about = Aqui as empresas de ônibus enviam a lista das pessoas em cada ônibus antes de ele chegar a um porto terrestre, e a corrigem ou cancelam até a chegada. Quem trabalha para uma empresa de ônibus que usa o Garita entra com a conta da empresa.
manifests-about-signin = Entre com a conta da sua empresa
manifests-intro = Envie cada viagem de { $carrier } antes que o ônibus chegue ao porto: os dados da viagem e um arquivo CSV com o motorista e cada passageiro, um por linha. Uma linha com erro é indicada para que você possa corrigi-la; as outras linhas são gravadas.
manifests-template = Baixar a primeira linha do CSV (os nomes das colunas)
manifests-send = Enviar o manifesto
manifests-trip-id = Seu número de viagem
manifests-trip-id-help = Seu próprio número para esta viagem: letras, dígitos, pontos, hifens. Envie o mesmo número de novo para corrigir o manifesto.
manifests-plate = Placa do ônibus
manifests-bus-number = Número do ônibus
manifests-origin = Onde a viagem começa (cidade)
manifests-port = Porto de chegada
manifests-arrives = Chegada prevista, no horário local do porto
manifests-arrives-help = Dia e hora, por exemplo 2027-03-01 14:30.
manifests-file = Arquivo CSV das pessoas no ônibus
manifests-file-help = Uma linha por pessoa, começando pelos nomes das colunas. Datas como 2027-03-01; países com duas letras (MX, GT, US).
manifests-trips = Suas viagens
manifests-none = Nenhuma viagem enviada ainda.
manifests-trip-line = { $trip } para { $port }, { $when }: { $status }, { $people ->
    [0] nenhuma pessoa
    [one] uma pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}
manifests-status-expected = previsto
manifests-status-arrived = chegou
manifests-status-cancelled = cancelado
manifests-trip-title = Manifesto da viagem
manifests-trip-facts = Viagem { $trip } de { $carrier } para { $port }, chegada prevista: { $when }. Ônibus { $bus }, placa { $plate }, saindo de { $origin }.
manifests-trip-state = Situação: { $status }. { $people ->
    [0] Nenhuma pessoa gravada
    [one] Uma pessoa gravada
    [many] { $people } pessoas gravadas
   *[other] { $people } pessoas gravadas
}, versão { $version }.
manifests-created = O manifesto foi gravado com { $people ->
    [0] nenhuma pessoa
    [one] uma pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}.
manifests-corrected = O manifesto foi corrigido: agora tem { $people ->
    [0] nenhuma pessoa
    [one] uma pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}.
manifests-unchanged = É igual ao manifesto que já estava gravado: nada mudou ({ $people ->
    [0] nenhuma pessoa
    [one] uma pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}).
manifests-fix-title = Linhas a corrigir
manifests-fix-help = Estas linhas não foram gravadas. Corrija-as no seu arquivo e envie a viagem inteira de novo com o mesmo número de viagem: o manifesto é substituído.
manifests-problem-row = Linha { $line }, { $field }: { $problem }
manifests-problem-trip = A viagem, { $field }: { $problem }
manifests-trip-wrong = Os dados da viagem precisam de correção: nada foi gravado. Corrija os campos indicados abaixo e envie de novo.
manifests-ended = O ônibus desta viagem já chegou ou a viagem foi cancelada: o manifesto dela não muda mais. Envie uma viagem nova com um número de viagem novo.
manifests-busy = Esta viagem estava sendo enviada de outro lugar no mesmo momento. Envie de novo.
manifests-correct = Corrigir este manifesto
manifests-correct-help = Envie a viagem de novo com o arquivo inteiro corrigido: ele substitui o que está gravado, até o ônibus chegar.
manifests-cancel = Cancelar esta viagem
manifests-cancel-help = Se o ônibus não for viajar, cancele a viagem: o porto deixa de esperá-lo.
manifests-back = Todas as suas viagens
manifests-board-title = Ônibus esperados no porto
manifests-board-intro = Ônibus esperados em { $port } desde 12 horas atrás até 2 dias à frente, com quantas pessoas as empresas deles enviaram. Cada abertura de um manifesto fica gravada no registro de auditoria.
manifests-board-none = Nenhum ônibus é esperado.
manifests-board-when = Chegada prevista
manifests-board-carrier = Empresa
manifests-board-bus = Ônibus
manifests-board-origin = Origem
manifests-board-people = Pessoas
manifests-board-status = Situação
manifests-board-open = Abrir o manifesto do ônibus { $bus } ({ $carrier })
manifests-board-back = Voltar ao painel
manifests-open-title = Manifesto do ônibus
manifests-mark-arrived = Marcar que o ônibus chegou
manifests-arrived = O ônibus está marcado como chegado. O manifesto dele não muda mais, e os dados das pessoas a bordo são apagados quando termina o prazo de retenção.
manifests-purged = O prazo de retenção terminou: os dados das pessoas deste ônibus foram apagados.
manifests-people = Pessoas no ônibus
manifests-col-line = Linha
manifests-col-role = Função
manifests-col-name = Nome
manifests-col-born = Nascimento
manifests-col-sex = Sexo
manifests-col-citizenship = Cidadania
manifests-col-document = Documento
manifests-col-expiry = Válido até
manifests-col-address = Endereço nos EUA
manifests-role-driver = Motorista
manifests-role-passenger = Passageiro
manifests-document-passport = Passaporte
manifests-document-passport-card = Cartão de passaporte
manifests-document-border-crossing-card = Cartão de travessia de fronteira
manifests-document-permanent-resident-card = Cartão de residente permanente
manifests-document-trusted-traveler-card = Cartão de viajante confiável

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = Escreva driver ou passenger.
manifest-problem-name = Escreva o nome como está no documento, com até 100 caracteres.
manifest-problem-birth-date = Escreva a data de nascimento assim: 1990-04-02 (ano, mês, dia).
manifest-problem-sex = Escreva F, M ou X.
manifest-problem-country = Escreva o país com o código de duas letras, como MX, GT ou US.
manifest-problem-document-type = Escreva passport, passport-card, border-crossing-card, permanent-resident-card ou trusted-traveler-card.
manifest-problem-document-number = Escreva o número do documento: de 5 a 20 letras e dígitos, sem espaços.
manifest-problem-date = Escreva a data assim: 2030-01-31 (ano, mês, dia).
manifest-problem-expired = O documento vence antes de o ônibus chegar. A pessoa precisa de um documento válido para atravessar a fronteira.
manifest-problem-address = Escreva onde essa pessoa vai ficar nos Estados Unidos (rua, cidade, estado), já que ela não mora lá.
manifest-problem-line = Não foi possível ler esta linha: confira as vírgulas e as aspas dela.
manifest-problem-empty = O arquivo não tem nenhuma pessoa. Adicione uma linha por pessoa abaixo dos nomes das colunas.
manifest-problem-no-file = Escolha o arquivo CSV das pessoas no ônibus.
manifest-problem-no-driver = Nenhum motorista foi gravado: adicione a linha do motorista (role driver).
manifest-problem-trip-id = Digite seu número de viagem: até 64 letras, dígitos, pontos, hifens ou sublinhados.
manifest-problem-plate = Digite a placa do ônibus: letras, dígitos, espaços ou hifens.
manifest-problem-bus-number = Digite o número do ônibus, com até 20 caracteres.
manifest-problem-origin = Digite a cidade onde a viagem começa.
manifest-problem-port = Escolha um dos portos do Garita.
manifest-problem-arrival = Digite a chegada prevista como dia e hora.
manifest-problem-arrival-range = A chegada precisa ser entre um dia atrás e um ano à frente.
