## Perishable-cargo inspections: a broker's pages (`/inspections`), the port's day, the message.

inspections-title = Inspeções de carga
inspections-about = Aqui os despachantes aduaneiros e os importadores agendam a inspeção de carga perecível (frutas, verduras, flores, plantas) em um porto e leem o resultado do especialista agrícola. Quem trabalha para um despachante ou importador que usa o Garita entra com a conta da empresa.
inspections-about-signin = Entre com a conta da sua empresa
inspections-intro = Peça uma inspeção para { $organization }: os documentos da remessa, cada mercadoria e quando você gostaria que ela fosse feita. Você fica com o primeiro horário desse dia, nessa hora ou depois, que ainda tiver vaga.
inspections-ask = Agendar a inspeção
inspections-choose = Escolha uma opção
inspections-port = Porto
inspections-wished = Quando você gostaria da inspeção, no horário local do porto
inspections-wished-help = Dia e hora, por exemplo 2027-03-01 09:00.
inspections-entry = Número de entrada
inspections-entry-help = O código do declarante (filer code), 7 dígitos e o dígito verificador, por exemplo ABC-1234567-8.
inspections-document = Documento de transporte
inspections-document-bill-of-lading = Conhecimento de embarque
inspections-document-air-waybill = Conhecimento aéreo
inspections-transport-number = Número do documento de transporte
inspections-transport-number-help = Conhecimento de embarque: de 4 a 35 letras e dígitos. Conhecimento aéreo: 11 dígitos, por exemplo 020-12345675.
inspections-importer-name = Importador de registro
inspections-importer-number = Número do importador de registro
inspections-importer-number-help = O número do IRS (12-3456789, com o sufixo de 2 caracteres, se tiver) ou o número dado pela CBP (YYDDPP-NNNNN).
inspections-conveyance = Placa do caminhão ou voo
inspections-conveyance-help = A placa do caminhão, ou o voo, para carga aérea.
inspections-containers = Números dos contêineres
inspections-containers-help = Um por linha, por exemplo CSQU3054383. Deixe em branco se for um caminhão sem contêiner.
inspections-location = Onde a carga está
inspections-commodity = Mercadoria { $line }
inspections-hts = Código HTS
inspections-hts-help = O código de 10 dígitos da entrada, por exemplo 0702.00.2000.
inspections-description = Descrição
inspections-quantity = Quantidade
inspections-unit = Unidade
inspections-unit-kg = quilos
inspections-unit-lb = libras
inspections-unit-t = toneladas
inspections-unit-cartons = caixas de papelão
inspections-unit-boxes = caixas
inspections-unit-pallets = paletes
inspections-unit-pieces = peças
inspections-packaging = Embalagem
inspections-packaging-cartons = Caixas de papelão
inspections-packaging-crates = Engradados
inspections-packaging-bins = Contentores
inspections-packaging-pallets = Paletes
inspections-packaging-sacks = Sacos
inspections-packaging-bulk = A granel
inspections-fields-wrong = Algumas respostas precisam de ajuste. Cada uma está marcada abaixo com o que fazer; nada foi agendado.
inspections-full = Nenhum horário tem vaga nesse porto nesse dia, nessa hora ou depois. Escolha um dos horários livres abaixo, ou outro dia.
inspections-free-title = Horários livres nos próximos 7 dias
inspections-free-none = Não há horários livres neste porto nos próximos 7 dias. Tente outro porto, ou peça de novo mais tarde: o porto abre mais horários.
inspections-requests = Seus pedidos
inspections-requests-none = Nenhum pedido ainda.
inspections-request-line = Entrada { $entry } em { $port }, { $when }: { $status }
inspections-request-title = Inspeção de carga
inspections-booked-next = Agendada. Deixe a carga e os documentos dela no local que você informou, no horário agendado. Você vai ser avisado de cada resultado.
inspections-missed-next = O horário passou sem que a carga fosse inspecionada, então este pedido foi encerrado. Para que ela seja inspecionada, agende um novo horário.
inspections-ask-again = Agendar um novo horário
inspections-facts = Entrada { $entry } em { $port }, horário de { $when }; { $commodities ->
    [one] { $commodities } mercadoria
    [many] { $commodities } mercadorias
   *[other] { $commodities } mercadorias
}.
inspections-status-booked = Agendada
inspections-status-released = Liberada: a carga pode seguir.
inspections-status-hold = Retida para tratamento.
inspections-status-re-export = Para reexportação: a carga não pode entrar.
inspections-status-destroy = Para destruição: a carga não pode entrar.
inspections-status-missed = Não realizada: o horário passou.
inspections-status-cancelled = Cancelada.
inspections-status-with-treatment = { $status } Tratamento: { $treatment }.
inspections-treatment = Tratamento
inspections-treatment-fumigation = fumigação
inspections-treatment-cold = tratamento a frio
inspections-treatment-heat = tratamento térmico
inspections-treatment-irradiation = irradiação
inspections-treatment-cleaning = limpeza
inspections-treatment-help = Só para carga retida: o tratamento de que ela precisa antes de ser liberada.
inspections-changes = O que aconteceu
inspections-changes-none = Nada ainda desde o agendamento.
inspections-change = Em { $when }: { $status }
inspections-note-said = Observação: { $note }
inspections-shipment = A remessa
inspections-shipment-facts = { $document } { $number }. Importador de registro: { $importer } ({ $importer_number }). Veículo: { $conveyance }. A carga está em: { $location }.
inspections-shipment-containers = { $count ->
    [0] Nenhum contêiner.
    [one] Um contêiner: { $containers }.
    [many] { $count } contêineres: { $containers }.
   *[other] { $count } contêineres: { $containers }.
}
inspections-cancel = Cancelar esta inspeção
inspections-cancel-help = Se a carga não vier, cancele a inspeção: a vaga dela fica para outra pessoa.
inspections-cancelled = A inspeção foi cancelada.
inspections-back = Voltar aos seus pedidos
inspections-ended = Esta inspeção já tem resultado, não foi realizada ou foi cancelada: ela não muda mais. Recarregue a página para ver como está.
inspections-problem-line = Linha { $line }: { $problem }
inspections-problem-port = Escolha um dos portos da lista.
inspections-problem-wished = Escreva o dia e a hora, por exemplo 2027-03-01 09:00.
inspections-problem-wished-past = Esse momento já passou. Escolha um dia e uma hora mais à frente.
inspections-problem-entry = Escreva o número de entrada com o código do declarante, 7 dígitos e o dígito verificador, por exemplo ABC-1234567-8.
inspections-problem-document = Escolha conhecimento de embarque ou conhecimento aéreo.
inspections-problem-bol = Escreva o número do conhecimento de embarque: de 4 a 35 letras e dígitos.
inspections-problem-awb = Confira o conhecimento aéreo: 11 dígitos, e o último é o dígito verificador dos 7 anteriores. Copie o número de novo do conhecimento.
inspections-problem-importer-name = Escreva o nome do importador de registro.
inspections-problem-importer-number = Escreva o número do importador de registro como 12-3456789 (com o sufixo, se tiver) ou como YYDDPP-NNNNN.
inspections-problem-conveyance = Escreva a placa do caminhão ou o voo.
inspections-problem-location = Diga onde a carga está: uma doca, uma baia ou um armazém.
inspections-problem-container = Confira este número de contêiner: 4 letras (a última é U, J ou Z), 6 dígitos e o dígito verificador. O dígito verificador não confere; copie o número de novo do contêiner.
inspections-problem-no-commodity = Adicione pelo menos uma mercadoria.
inspections-problem-too-many = São itens demais. Envie no máximo 50 mercadorias e 20 contêineres em um pedido.
inspections-problem-hts = Escreva o código HTS de 10 dígitos, por exemplo 0702.00.2000.
inspections-problem-description = Descreva a carga em poucas palavras.
inspections-problem-quantity = Escreva um número maior que zero, por exemplo 1200 ou 12.5 (com ponto, não vírgula).
inspections-problem-unit = Escolha a unidade.
inspections-problem-packaging = Escolha a embalagem.
inspections-problem-result = Escolha o resultado.
inspections-problem-treatment = Carga retida precisa de um tratamento: escolha um.
inspections-problem-note = Encurte a observação para 1.000 caracteres ou menos.
inspections-problem-day = Escreva o dia assim: 2027-03-01.
inspections-day-title = Inspeções de carga do dia
inspections-day-intro = Em { $port }, { $day }.
inspections-day = Dia
inspections-day-show = Mostrar o dia
inspections-slots = Horários
inspections-slots-none = Nenhum horário está aberto para inspeções de carga neste dia.
inspections-slot = Horário
inspections-capacity = Inspeções por horário
inspections-booked-count = Agendadas
inspections-day-requests = Inspeções
inspections-day-line = { $when }: { $organization }, entrada { $entry }, { $commodities ->
    [one] { $commodities } mercadoria
    [many] { $commodities } mercadorias
   *[other] { $commodities } mercadorias
}. { $status }
inspections-day-back = Voltar ao dia
inspections-capacity-title = Abrir horários
inspections-capacity-intro = Defina quantas inspeções cada horário recebe, do primeiro ao último horário, em um dia ou em vários. Os despachantes agendam por ordem de chegada; 0 fecha o horário para novos agendamentos (os que já estão agendados continuam).
inspections-capacity-from = Primeiro dia
inspections-capacity-days = Dias
inspections-capacity-days-help = De 1 a { $max }.
inspections-capacity-first = Primeiro horário
inspections-capacity-last = Último horário
inspections-capacity-help = De 0 a 100.
inspections-capacity-set = Definir a capacidade
inspections-capacity-done = { $slots ->
    [one] { $slots } horário agora recebe
    [many] { $slots } horários agora recebem
   *[other] { $slots } horários agora recebem
} { $capacity ->
    [one] { $capacity } inspeção.
    [many] { $capacity } inspeções cada um.
   *[other] { $capacity } inspeções cada um.
}
inspections-capacity-wrong = Confira o formulário: um dia de hoje em diante, de 1 a { $max_days } dias, um primeiro horário que não seja depois do último, e de 0 a { $max } inspeções.
inspections-open-title = Inspeção de carga
inspections-requested-by = Pedido feito por { $organization }.
inspections-result-title = Registrar o resultado
inspections-result = Resultado
inspections-note = Observação para o despachante
inspections-note-help = O que o despachante precisa saber: o que foi encontrado e o que fazer em seguida.
inspections-result-record = Registrar o resultado
inspections-result-done = O resultado foi registrado e o despachante foi avisado.

inspection-changed-v1-subject = Inspeção de carga da entrada { $entry }: { $status ->
    [booked] agendada
    [released] liberada
    [hold] retida
    [re-export] reexportação
    [destroy] destruição
    [missed] o horário passou
   *[cancelled] cancelada
}
inspection-changed-v1-body = A inspeção de carga da entrada { $entry } em { $port }, horário de { $when }: { $status ->
    [booked] está agendada.
    [released] a carga foi liberada e pode seguir.
    [hold] a carga está retida até ser tratada ({ $treatment ->
        [fumigation] fumigação
        [cold] tratamento a frio
        [heat] tratamento térmico
        [irradiation] irradiação
        [cleaning] limpeza
       *[other] um tratamento
    }).
    [re-export] a carga não pode entrar e deve ser reexportada.
    [destroy] a carga não pode entrar e deve ser destruída.
    [missed] o horário passou sem que a carga fosse inspecionada, então o pedido foi encerrado.
   *[cancelled] a inspeção foi cancelada.
}
inspection-changed-v1-next = { $status ->
    [missed] Para que a carga seja inspecionada, agende um novo horário.
   *[other] Abra o pedido para ler a observação do especialista.
}
inspection-changed-v1-sms = Garita: entrada { $entry } em { $port }: { $status ->
    [booked] agendada
    [released] liberada
    [hold] retida
    [re-export] deve ser reexportada
    [destroy] deve ser destruída
    [missed] a hora passou, agende de novo
   *[cancelled] cancelada
}.

## Agricultural and biological declarations (`/inspections/declarations`), the port's pages, the message.

declarations-title = Declare plantas, alimentos e animais
declarations-about = Antes de chegar a um porto, por terra ou por avião, você pode declarar aqui as plantas, sementes, terra, alimentos de origem animal, animais vivos ou amostras biológicas que você traz, com as autorizações deles. Um especialista agrícola do porto decide antes da sua chegada, e você lê o motivo no seu idioma. Entre ou crie uma conta para declarar.
declarations-signin = Entrar
declarations-signup = Criar uma conta
declarations-intro = Diga onde e quando você chega, o que traz e as autorizações, com uma cópia digitalizada de cada uma (um PDF ou uma foto). Terra, animais vivos e amostras biológicas precisam de autorização.
declarations-send = Enviar a declaração
declarations-port = Porto de chegada
declarations-port-land-crossing = fronteira terrestre
declarations-port-airport = aeroporto
declarations-arrives = Dia da chegada
declarations-travel = Voo ou veículo
declarations-travel-help = O número do voo ou a placa do seu veículo.
declarations-item = Item nº { $line }
declarations-kind = O que é
declarations-kind-plants = Plantas ou mudas
declarations-kind-seeds = Sementes ou bulbos
declarations-kind-soil = Terra
declarations-kind-animal-products = Alimentos de origem animal (carne, queijo, ovos)
declarations-kind-live-animals = Animais vivos
declarations-kind-biological-specimens = Amostras biológicas
declarations-description = Descrição
declarations-quantity = Quantidade
declarations-quantity-help = Por exemplo 2 kg, ou 12 bulbos.
declarations-origin = País de origem
declarations-origin-help = Duas letras, por exemplo MX ou GT.
declarations-permit = Autorização { $line }
declarations-issuer = Quem emitiu
declarations-permit-number = Número da autorização
declarations-expiry = Válida até
declarations-scan = Cópia digitalizada ou foto da autorização
declarations-scan-help = Um arquivo PDF, JPEG ou PNG de no máximo 5 MB.
declarations-fields-wrong = Algumas respostas precisam de ajuste. Cada uma está marcada abaixo com o que fazer; nada foi enviado.
declarations-mine = Suas declarações
declarations-none = Nenhuma declaração ainda.
declarations-one-title = Declaração
declarations-facts = Chegada a { $port }, { $day }: { $items ->
    [one] um item
    [many] { $items } itens
   *[other] { $items } itens
}, { $permits ->
    [0] nenhuma autorização.
    [one] uma autorização.
    [many] { $permits } autorizações.
   *[other] { $permits } autorizações.
}
declarations-status-declared = Aguardando a decisão do especialista.
declarations-status-allowed = Permitido: você pode entrar com os itens.
declarations-status-allowed-after-treatment = Permitido depois de tratamento no porto.
declarations-status-secondary = Leve os itens à inspeção secundária quando chegar.
declarations-status-refused = Recusado: os itens não podem entrar.
declarations-status-withdrawn = Declaração retirada.
declarations-reasons = Motivos
declarations-reason-permit-in-order = A autorização está em ordem.
declarations-reason-no-permit = Isto precisa de autorização, e nenhuma veio junto.
declarations-reason-pest-risk = Pode trazer pragas.
declarations-reason-disease-risk = Pode trazer alguma doença.
declarations-reason-prohibited-origin = Não pode vir desse país.
declarations-reason-needs-examination = Um especialista precisa examinar.
declarations-declared = O que você declarou
declarations-travel-said = Voo ou veículo: { $travel }.
declarations-permit-said = Autorização { $number }, emitida por { $issuer }, válida até { $expiry }.
declarations-withdraw = Retirar esta declaração
declarations-withdraw-help = Se você não vai mais trazer esses itens, retire a declaração.
declarations-back = Voltar às suas declarações
declarations-decided = Esta declaração já tem decisão ou foi retirada: ela não muda mais. Recarregue a página para ver.
declarations-day-title = Declarações do dia
declarations-day-none = Nenhuma declaração para este dia.
declarations-scan-open = Abrir a cópia digitalizada da autorização { $line }
declarations-decide = Decidir
declarations-decision = Decisão
declarations-decided-done = A decisão foi registrada e a pessoa foi avisada.
declarations-problem-port = Escolha um dos portos da lista.
declarations-problem-arrival = Escreva o dia da chegada, de hoje até daqui a um ano, por exemplo 2027-03-01.
declarations-problem-travel = Escreva o número do voo ou a placa do seu veículo.
declarations-problem-no-item = Adicione pelo menos um item.
declarations-problem-too-many = São itens demais. Envie no máximo 20 itens e 5 autorizações em uma declaração.
declarations-problem-kind = Escolha o que é.
declarations-problem-description = Descreva em poucas palavras.
declarations-problem-quantity = Diga a quantidade, por exemplo 2 kg.
declarations-problem-origin = Escreva o país com duas letras, por exemplo MX.
declarations-problem-issuer = Escreva quem emitiu a autorização.
declarations-problem-permit-number = Escreva o número da autorização.
declarations-problem-expiry = Escreva o dia em que a autorização vence, por exemplo 2027-06-30.
declarations-problem-permit-expired = Esta autorização vence antes da sua chegada. Peça uma nova a quem a emitiu, ou chegue antes de ela vencer.
declarations-problem-scan-missing = Adicione uma cópia digitalizada ou uma foto da autorização.
declarations-problem-scan-size = Este arquivo tem mais de 5 MB. Digitalize de novo com uma resolução menor, ou tire uma foto menor.
declarations-problem-scan-type = Este arquivo não é PDF, JPEG nem PNG. Salve a cópia digitalizada em um desses formatos.
declarations-problem-permit-needed = Terra, animais vivos e amostras biológicas precisam de autorização: adicione-a com a cópia digitalizada.
declarations-problem-decision = Escolha a decisão.
declarations-problem-reasons = Escolha pelo menos um motivo.

declaration-decided-v1-subject = Sua declaração para { $port }: { $status ->
    [allowed] entrada permitida
    [allowed-after-treatment] permitida depois de tratamento
    [secondary] inspeção secundária
   *[refused] entrada recusada
}
declaration-decided-v1-body = Um especialista agrícola decidiu sobre o que você declarou para a sua chegada a { $port }, { $day }: { $status ->
    [allowed] você pode entrar com os itens.
    [allowed-after-treatment] a entrada é permitida depois de tratamento no porto.
    [secondary] leve os itens à inspeção secundária quando chegar.
   *[refused] os itens não podem entrar. Não os traga, ou deixe-os no porto.
}
declaration-decided-v1-next = Abra a sua declaração para ler os motivos.
declaration-decided-v1-sms = Garita: itens declarados para { $port } em { $day }: { $status ->
    [allowed] entrada permitida
    [allowed-after-treatment] permitidos depois de tratamento
    [secondary] passe pela inspecao secundaria
   *[refused] entrada recusada
}.
