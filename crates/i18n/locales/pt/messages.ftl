### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox: Brazilian Portuguese. Translated from en/messages.ftl.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: seu grupo tem um agendamento no dia { $date } em { $port }
msg-won-v1-body = Seu pedido de { $day } foi escolhido no sorteio. O agendamento do seu grupo: { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats } vagas.
msg-won-v1-next = O que fazer agora: confirme antes de { $deadline } (horário { $zone }). Cada pessoa com 14 anos ou mais confirma com a localização do celular e uma foto. Se você não confirmar a tempo, as vagas passam para outro grupo, e você pode pedir de novo, sem nenhuma penalidade.
msg-won-v1-sms = Garita: agendamento { $date } { $time } em { $port } para { $seats } pessoas. Confirme antes de { $deadline }: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: seu pedido de { $day } não foi escolhido
msg-not-chosen-v1-body = Desta vez, seu pedido de { $day } para { $port } não foi escolhido no sorteio.
msg-not-chosen-v1-next = Você pode pedir de novo em qualquer dia: o tempo desde o seu cadastro conta em todos os sorteios. Você pediu para receber este e-mail; pode desativá-lo na página da sua conta.

account-notices-title = Mensagens sobre os sorteios
account-notices-not-chosen = Também me avise por e-mail quando meu grupo não for escolhido. O resultado sempre aparece na sua página de situação.
account-notices-save = Salvar

status-title = Sua situação e suas mensagens
status-appointment-title = Seu agendamento
status-appointment = { $port } ({ $crossing }), { $date } às { $time } (horário do posto de fronteira), { $seats } vagas.
status-confirm-by = Confirme antes de { $deadline } (horário { $zone }).
status-no-appointment = Você ainda não tem agendamento. Você pode pedir um todos os dias; o resultado de cada sorteio aparece aqui.
status-request-title = Seu pedido mais recente
status-request-none = Você ainda não pediu um agendamento.
status-request-waiting = Você fez o pedido em { $day } para { $port }. O resultado ainda não foi publicado.
status-request-won = Você fez o pedido em { $day } para { $port }, e seu grupo foi escolhido. Seu agendamento aparece acima.
status-request-not-chosen = Você fez o pedido em { $day } para { $port }. Desta vez, seu grupo não foi escolhido. Você pode pedir de novo em qualquer dia: o tempo desde o seu cadastro conta em todos os sorteios.
inbox-title = Mensagens
inbox-empty = Ainda não há mensagens. As mensagens sobre os seus agendamentos aparecem aqui, mesmo quando o e-mail ou o SMS não chega até você.
inbox-offline = Depois de carregada, esta página pode ser lida de novo sem conexão.

messages-admin-title = Mensagens
messages-admin-intro = Mensagens esperando, enviadas e com falha, de todos os nós juntos. Os mesmos números estão em /metrics.
messages-admin-pending = Esperando para sair por { $channel }: { $count }
messages-admin-none-pending = Nenhuma mensagem está esperando.
messages-admin-oldest = A mensagem mais antiga na espera foi escrita há { $minutes } minutos.
messages-admin-sent = Entregues no total: { $count }
messages-admin-hour-title = Na última hora
messages-admin-hour = { $channel }: { $sent } entregues, { $retry } deixadas para tentar de novo mais tarde, { $moved } passadas para o próximo canal, { $dead } abandonadas, { $deferred } atrasadas pelos limites de envio.
messages-admin-dead-title = Não foi possível entregar
messages-admin-dead-empty = Nenhuma. Todas as mensagens foram entregues ou ainda estão sendo tentadas.
messages-admin-dead-row = { $kind } por { $channel }, escrita em { $when }, { $attempts } tentativas. Último erro: { $error }
messages-admin-retry = Tentar de novo
messages-admin-retried = A mensagem voltou para a fila e vai ser tentada de novo daqui a pouco.
