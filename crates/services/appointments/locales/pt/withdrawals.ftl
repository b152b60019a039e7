## Cancelamento, por decisão do programa, de todos os agendamentos em vigor de alguns dias: o
## formulário dos administradores do programa e a mensagem que cada grupo recebe.

programme-withdraw-title = Cancelar agendamentos em todo o programa
programme-withdraw-help = Por decisão do programa, todos os agendamentos em vigor nesses dias, em um posto de fronteira ou em todos, são cancelados. Cada grupo é avisado uma única vez, no seu idioma; os dados do grupo guardam o que ele tinha; a confirmação aparece como cancelada quando é conferida. As vagas não são oferecidas a outros grupos, e os dados publicados do sorteio de cada dia registram isso.
programme-withdraw-port = Posto de fronteira
programme-withdraw-all-ports = Todos os postos de fronteira
programme-withdraw-from = Primeiro dia de agendamentos
programme-withdraw-to = Último dia de agendamentos
programme-withdraw-preview = Ver o que isso cancelaria
programme-withdraw-dates = Informe o primeiro e o último dia de agendamentos como datas; o último não pode ser antes do primeiro.
programme-withdraw-none = Nenhum agendamento em vigor nessa escolha. Nada foi alterado.
programme-withdraw-count = { $count ->
    [0] Há { $count } agendamentos em vigor de { $from } a { $to } ({ $ports }). Cancelá-los avisa cada grupo e não pode ser desfeito.
    [one] Há um agendamento em vigor de { $from } a { $to } ({ $ports }). Cancelá-lo avisa o grupo e não pode ser desfeito.
   *[other] Há { $count } agendamentos em vigor de { $from } a { $to } ({ $ports }). Cancelá-los avisa cada grupo e não pode ser desfeito.
}
programme-withdraw-confirm = Cancelar e avisar cada grupo
programme-withdraw-started = { $count ->
    [0] { $count } agendamentos estão sendo cancelados. Cada grupo é avisado; o registro de auditoria mostra cada um.
    [one] Um agendamento está sendo cancelado. O grupo é avisado; o registro de auditoria mostra esse agendamento.
   *[other] { $count } agendamentos estão sendo cancelados. Cada grupo é avisado; o registro de auditoria mostra cada um.
}

withdrawn-v1-subject = Garita: seu agendamento do dia { $date } em { $port } foi cancelado pelo programa
withdrawn-v1-body = O agendamento do seu grupo em { $port } ({ $crossing }) no dia { $date } às { $time } foi cancelado por uma decisão do programa, junto com os outros agendamentos desses dias. Não é por causa de nada que seu grupo fez. Seus dados assinados, na página do seu cadastro, guardam o que você tinha e quando foi cancelado.
withdrawn-v1-next = Seu cadastro continua como está. A página inicial do Garita informa quando você pode pedir um agendamento de novo. Os agendamentos são gratuitos: ninguém pode vender um para você. A página de ajuda tem uma lista de organizações que podem orientar você.
withdrawn-v1-sms = Garita: seu agendamento { $date } { $time } em { $port } foi cancelado pelo programa; o motivo nada tem a ver com seu grupo. Saiba mais: { $link }
