### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox: Brazilian Portuguese. Translated from en/messages.ftl.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: seu grupo tem um agendamento no dia { $date } em { $port }
msg-won-v1-body = Seu pedido de { $day } foi escolhido no sorteio. O agendamento do seu grupo: { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}.
msg-won-v1-next = O que fazer agora: confirme antes de { $deadline } (horário de { $zone }). Cada pessoa com 14 anos ou mais confirma com a localização do celular e uma foto. Se você não confirmar a tempo, as vagas passam para outro grupo, e você pode pedir de novo, sem nenhuma penalidade.
msg-won-v1-sms = Garita: agendamento { $date } { $time } em { $port } para { $seats ->
    [one] { $seats } pessoa
   *[other] { $seats } pessoas
}. Confirme antes de { $deadline }: { $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita: seu agendamento do dia { $date } em { $port } está confirmado
msg-confirmed-v1-body = Todas as pessoas do grupo confirmaram. Seu número de confirmação é { $number }. O agendamento do seu grupo: { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}.
msg-confirmed-v1-next = O que fazer agora: chegue ao posto de fronteira um pouco antes das { $time } com todas as pessoas do grupo e os documentos delas. Sua página de situação mostra a sua confirmação.
msg-confirmed-v1-sms = Garita: agendamento confirmado { $number }, { $date } { $time } em { $port } para { $seats ->
    [one] { $seats } pessoa
   *[other] { $seats } pessoas
}. Detalhes: { $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita: mais tempo para confirmar seu agendamento do dia { $date }
msg-deadline-moved-v1-body = O Garita não funcionou bem durante { $hours } h { $minutes } min enquanto você precisava confirmar, então você tem esse mesmo tempo a mais. Seu agendamento: { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}.
msg-deadline-moved-v1-next = Confirme antes de { $deadline } (horário de { $zone }), na sua página de situação.
msg-deadline-moved-v1-sms = Garita: mais tempo. Confirme seu agendamento { $date } { $time } em { $port } antes de { $deadline }: { $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita: seu agendamento do dia { $date } não foi confirmado a tempo
msg-lapsed-v1-body = O agendamento do seu grupo em { $port } no dia { $date } às { $time } não foi confirmado antes do prazo, então as vagas passaram para outros grupos.
msg-lapsed-v1-next = Você pode pedir de novo em qualquer dia, sem nenhuma penalidade: o tempo desde o seu cadastro continua contando em todos os sorteios.
msg-lapsed-v1-sms = Garita: o prazo para confirmar seu agendamento { $date } em { $port } acabou. Pode pedir de novo em qualquer dia: { $link }
msg-offered-v1-subject = Garita: vagas para seu grupo no dia { $date } em { $port }
msg-offered-v1-body = Um grupo escolhido no sorteio de { $day } não confirmou, e as vagas dele passam para os próximos grupos da lista publicada: o seu é um deles. O agendamento do seu grupo: { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}.
msg-offered-v1-next = O que fazer agora: confirme antes de { $deadline } (horário de { $zone }). Você tem menos tempo que os grupos escolhidos primeiro. Cada pessoa com 14 anos ou mais confirma com a localização do celular e uma foto. Se você não confirmar a tempo, as vagas passam para o próximo grupo, sem nenhuma penalidade para você.
msg-offered-v1-sms = Garita: vagas para seu grupo: { $date } { $time } em { $port }, { $seats ->
    [one] { $seats } pessoa
   *[other] { $seats } pessoas
}. Confirme antes de { $deadline }: { $link }

## A cancelled appointment, version 1.
msg-cancelled-v1-subject = Garita: seu agendamento do dia { $date } em { $port } foi cancelado
msg-cancelled-v1-body = O agendamento do seu grupo em { $port } ({ $crossing }) no dia { $date } às { $time } foi cancelado. Seus dados assinados, na página do seu cadastro, guardam o que você tinha e quando foi cancelado.
msg-cancelled-v1-next = Você pode pedir um agendamento de novo em qualquer dia, sem nenhuma penalidade.
msg-cancelled-v1-sms = Garita: seu agendamento { $date } { $time } em { $port } foi cancelado. Pode pedir de novo em qualquer dia: { $link }

## Nobody of a confirmed group came on the day, version 1.
msg-no-show-v1-subject = Garita: não vimos o seu grupo no dia { $date } em { $port }
msg-no-show-v1-body = Ninguém do seu grupo se apresentou para o agendamento em { $port } no dia { $date } às { $time }, por isso ele foi encerrado. Esperamos que todos estejam bem.
msg-no-show-v1-next = Você pode pedir um agendamento de novo em qualquer dia, sem nenhuma penalidade: o tempo desde o seu cadastro continua contando em todos os sorteios.
msg-no-show-v1-sms = Garita: sentimos falta do seu grupo no dia { $date } em { $port }. Pode pedir de novo em qualquer dia, sem penalidade: { $link }

## An appointment moved: its port closed that day, or the group chose another port, version 1.
msg-moved-v1-subject = Garita: seu agendamento agora é no dia { $date } em { $port }
msg-moved-v1-body = { $reason ->
    [weather] O posto de fronteira { $from_port } está fechado no dia { $from_date } por causa do mau tempo, então o agendamento do seu grupo mudou.
    [security] O posto de fronteira { $from_port } está fechado no dia { $from_date } por motivos de segurança, então o agendamento do seu grupo mudou.
    [port-chosen] Seu grupo escolheu outro posto de fronteira, então seu agendamento mudou.
   *[other] O posto de fronteira { $from_port } está fechado no dia { $from_date }, então o agendamento do seu grupo mudou.
} O novo agendamento do seu grupo: { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}.
msg-moved-v1-next = Sua página de situação mostra o novo agendamento, e a confirmação dele quando todas as pessoas do grupo tiverem confirmado; uma confirmação da data antiga não vale mais. Se outro posto de fronteira for melhor para você, pode escolher esse posto lá.
msg-moved-v1-sms = Garita: seu agendamento mudou para { $date } { $time } em { $port } para { $seats ->
    [one] { $seats } pessoa
   *[other] { $seats } pessoas
}. Detalhes: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: seu pedido de { $day } não foi escolhido
msg-not-chosen-v1-body = Desta vez, seu pedido de { $day } para { $port } não foi escolhido no sorteio.
msg-not-chosen-v1-next = Você pode pedir de novo em qualquer dia: o tempo desde o seu cadastro conta em todos os sorteios. Você pediu para receber este e-mail; pode desativá-lo na página da sua conta.

account-notices-title = Mensagens sobre os sorteios
account-notices-not-chosen = Também me avise por e-mail quando meu grupo não for escolhido. O resultado sempre aparece na sua página de situação.
account-notices-save = Salvar

status-title = Sua situação e suas mensagens
status-appointment-title = Seu agendamento
status-appointment = { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}.
status-confirm-by = Confirme antes de { $deadline } (horário de { $zone }).
status-confirmed = Seu agendamento está confirmado: todas as pessoas do grupo confirmaram.
status-confirm-title = Confirme o seu agendamento
status-time-left = Tempo restante: { $hours } h { $minutes } min.
status-confirm-intro = Cada pessoa com 14 anos ou mais confirma neste celular: primeiro com a localização do celular, depois com uma foto do rosto tirada agora.
status-traveller-todo = { $name }: ainda não confirmou.
status-traveller-retake = { $name }: não foi possível usar a foto. Por favor, tire outra.
status-traveller-review = { $name }: uma pessoa está olhando a foto. Você não precisa fazer nada; o seu prazo para confirmar fica parado enquanto isso.
status-traveller-passed = { $name }: confirmou.
status-confirm-link = Confirmar { $name }
status-no-appointment = Você ainda não tem agendamento. Você pode pedir um todos os dias; o resultado de cada sorteio aparece aqui.
status-request-title = Seu pedido mais recente
status-request-none = Você ainda não pediu um agendamento.
status-request-waiting = Você fez o pedido em { $day } para { $port }. O resultado ainda não foi publicado.
status-request-won = Você fez o pedido em { $day } para { $port }, e seu grupo foi escolhido. Seu agendamento aparece acima.
status-request-lapsed = Você fez o pedido em { $day } para { $port }. Seu grupo foi escolhido, mas não confirmou a tempo, então as vagas passaram para outros grupos. Você pode pedir de novo em qualquer dia, sem nenhuma penalidade.
status-request-no-show = Você fez o pedido em { $day } para { $port }, e seu grupo tinha um agendamento confirmado, mas ninguém se apresentou no dia. Você pode pedir de novo em qualquer dia, sem nenhuma penalidade.
status-request-not-chosen = Você fez o pedido em { $day } para { $port }. Desta vez, seu grupo não foi escolhido. Você pode pedir de novo em qualquer dia: o tempo desde o seu cadastro conta em todos os sorteios.
confirm-title = Confirmar { $name }
confirm-intro = Quando você apertar o botão, o site pergunta ao celular onde você está, só uma vez, para conferir se { $name } está na região onde os agendamentos são confirmados. Sua localização não é guardada. Depois, tire uma foto do rosto de { $name }: olhando para a câmera, com boa luz, sem mais ninguém na foto.
confirm-submit = Confirmar
confirm-needs-location = Para confirmar, o Garita precisa da localização do celular. Permita a localização para este site e aperte o botão de novo. Se ainda não funcionar, um abrigo ou grupo de ajuda jurídica pode ajudar você.
confirm-too-late = O prazo para confirmar já passou. Sua página de situação mostra o que acontece agora.
confirm-outside-state = O celular indica que você está em { $place }, a cerca de { $km } km da região onde os agendamentos são confirmados (o México ao norte do paralelo 19, e também Chiapas e Tabasco). Você pode confirmar de dentro dessa região. Se você não estiver aí, ligue a localização precisa e tente de novo.
confirm-outside-country = O celular indica que você está fora do México, a cerca de { $km } km da fronteira perto de { $place }. Você pode confirmar de dentro do México: ao norte do paralelo 19, ou em Chiapas ou Tabasco. Se você não estiver aí, ligue a localização precisa e tente de novo.

inbox-title = Mensagens
inbox-empty = Ainda não há mensagens. As mensagens sobre os seus agendamentos aparecem aqui, mesmo quando o e-mail ou o SMS não chega até você.
inbox-offline = Depois de carregada, esta página pode ser lida de novo sem conexão.
inbox-text-gone-subject = Uma mensagem antiga
inbox-text-gone-body = { $days ->
    [one] O texto desta mensagem foi apagado um dia depois do envio, como dizem as regras do Garita sobre por quanto tempo as informações são guardadas. O que ela dizia continua na sua página de situação e nos seus dados assinados.
   *[other] O texto desta mensagem foi apagado { $days } dias depois do envio, como dizem as regras do Garita sobre por quanto tempo as informações são guardadas. O que ela dizia continua na sua página de situação e nos seus dados assinados.
}

messages-admin-title = Mensagens
messages-admin-intro = Mensagens esperando, enviadas e com falha, de todos os nós juntos. Os mesmos números estão em /metrics.
messages-admin-pending = Esperando para sair por { $channel }: { $count }
messages-admin-none-pending = Nenhuma mensagem está esperando.
messages-admin-oldest = A mensagem mais antiga na espera foi escrita há { $minutes ->
    [0] { $minutes } minutos
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
messages-admin-sent = Entregues no total: { $count }
messages-admin-hour-title = Na última hora
messages-admin-hour = { $channel }: { $sent ->
    [0] { $sent } entregues
    [one] { $sent } entregue
   *[other] { $sent } entregues
}, { $retry ->
    [0] { $retry } deixadas para tentar de novo mais tarde
    [one] { $retry } deixada para tentar de novo mais tarde
   *[other] { $retry } deixadas para tentar de novo mais tarde
}, { $moved ->
    [0] { $moved } passadas para o próximo canal
    [one] { $moved } passada para o próximo canal
   *[other] { $moved } passadas para o próximo canal
}, { $dead ->
    [0] { $dead } abandonadas
    [one] { $dead } abandonada
   *[other] { $dead } abandonadas
}, { $deferred ->
    [0] { $deferred } atrasadas pelos limites de envio
    [one] { $deferred } atrasada pelos limites de envio
   *[other] { $deferred } atrasadas pelos limites de envio
}.
messages-admin-dead-title = Não foi possível entregar
messages-admin-dead-empty = Nenhuma. Todas as mensagens foram entregues ou ainda estão sendo tentadas.
messages-admin-dead-row = { $kind } por { $channel }, escrita em { $when }, { $attempts ->
    [one] { $attempts } tentativa
   *[other] { $attempts } tentativas
}. Último erro: { $error }
messages-admin-retry = Tentar de novo
messages-admin-retried = A mensagem voltou para a fila e vai ser tentada de novo daqui a pouco.

review-confirmations = Fotos de confirmação

confirmation-title = Sua confirmação
confirmation-intro = Mostre esta página no posto de fronteira, no celular ou impressa em uma folha. Junto com os seus documentos, é tudo o que você precisa.
confirmation-number = Número de confirmação: { $number }
confirmation-appointment = { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}.
confirmation-token = O texto da sua confirmação, para conferir à mão:
confirmation-free = Qualquer pessoa pode conferir se ela é autêntica em /verify. O Garita é gratuito: ninguém pode vender uma confirmação para você.
status-confirmation-link = Ver e imprimir sua confirmação
status-cancel = Cancelar este agendamento
status-cancel-help = Se o seu grupo não puder ir, cancele: as vagas passam na hora para outro grupo. Você pode pedir de novo em qualquer dia, sem nenhuma penalidade.
status-cancelled = Seu agendamento foi cancelado. Você pode pedir de novo em qualquer dia.
status-moved = { $reason ->
    [port-chosen] Você transferiu este agendamento de { $from_port }, { $from_date } às { $from_time }, para outro posto de fronteira.
   *[other] Este agendamento foi transferido de { $from_port }, { $from_date } às { $from_time }: o posto de fronteira está fechado nesse dia.
}
status-choose-port = Mudar para este posto de fronteira
status-choose-port-label = Outro posto de fronteira
status-choose-port-help = Se outro posto de fronteira for melhor para o seu grupo, escolha esse posto: seu agendamento passa para o primeiro horário livre dele, com todas as pessoas do grupo juntas. Você só pode fazer isso uma vez.
status-choose-port-full = Esse posto de fronteira não tem vagas livres nos próximos meses. Seu agendamento não mudou.
check-title = Conferir uma confirmação
check-intro = Cole o texto de uma confirmação do Garita (a linha embaixo do código QR), ou escaneie o código QR. A resposta só diz se ela é autêntica: não mostra nenhum dado pessoal.
check-token-label = Texto da confirmação
check-submit = Conferir
check-scan = Escanear o código QR
check-no-camera = Não foi possível usar a câmera aqui. Em vez disso, digite ou cole o texto da confirmação.
check-genuine = Autêntica: confirmação { $number }, posto { $port }, { $date } às { $time }, { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}.
check-not-genuine = Não é autêntica: o Garita não assinou isto. Não confie nela e não pague por ela.
check-expired = Esta confirmação era autêntica, mas o dia dela ({ $date }) já passou.
check-cancelled = Esta confirmação era autêntica, mas o agendamento foi cancelado.
check-moved = Esta confirmação era autêntica, mas o agendamento mudou do dia { $date } para outro dia ou outro posto de fronteira: peça a confirmação mais recente.
check-offline = Conferida neste celular, sem conexão: a assinatura é do Garita. Para saber se ela foi cancelada depois disso, é preciso conferir com internet.
partner-title = Conferir uma confirmação com uma data de nascimento
partner-intro = Para organizações parceiras. Digite o número de confirmação que uma pessoa mostrar a você e a data de nascimento de uma das pessoas do grupo dela: a resposta é só sim ou não. Cada consulta fica anotada.
partner-number = Número de confirmação
partner-born = A data de nascimento de uma das pessoas do grupo.
partner-yes = Sim: esta confirmação é válida e é de um grupo com uma pessoa nascida nessa data.
partner-no = Não: este número não é uma confirmação válida de um grupo com uma pessoa nascida nessa data.
partner-too-many = Você fez muitas consultas nesta hora. Por favor, tente de novo na próxima hora.
