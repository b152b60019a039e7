# Para que servem os dados de contato (o texto de consentimento lista esses usos; os avisos dizem para qual foram enviados).
purpose-account = Sua conta: códigos para entrar e alertas sobre a segurança dela.
purpose-booking = Agendamentos: o sorteio de cada dia, os resultados, a confirmação e o seu dia no posto de fronteira.
purpose-applications = Seus próprios pedidos: um I-94, uma autorização de viagem, uma saída, e o que for decidido sobre eles.
purpose-status-notices = Avisos sobre a sua situação migratória, como uma mudança no seu parole.
purpose-staff-work = Trabalho da equipe: avisar a equipe sobre o trabalho que está esperando por ela.
consent-purpose = { $purpose } Base legal: { $basis }

# Um aviso sobre uma mudança de situação, no idioma da pessoa.
notice-change-name = { $change ->
    [parole-extended] Parole prorrogado
   *[parole-ends] Fim do parole
}
notice-v1-subject = { $change ->
    [parole-extended] Garita: seu parole foi prorrogado
   *[parole-ends] Garita: seu parole vai terminar
}
notice-v1-body = { $change ->
    [parole-extended] Seu parole (permissão de permanência temporária) nos Estados Unidos foi prorrogado. A mudança vale a partir de { $date }.
   *[parole-ends] Seu parole (permissão de permanência temporária) nos Estados Unidos termina em { $date }. Este aviso, sozinho, não manda você sair do país e não encerra um pedido de asilo nem outro pedido que você tenha feito.
}
notice-v1-next = O que você pode fazer: ler o registro do seu parole na sua página do Garita, guardar este aviso e conversar com um advogado ou um representante credenciado antes de decidir qualquer coisa. Ajuda jurídica gratuita ou de baixo custo: { $help }
notice-v1-sms = { $change ->
    [parole-extended] Garita: seu parole foi prorrogado a partir de { $date }. Detalhes: { $link }
   *[parole-ends] Garita: seu parole termina em { $date }. Ajuda jurídica e detalhes: { $link }
}

# A página de avisos da pessoa.
notices-title = Avisos enviados para você
notices-intro = Todos os avisos que o Garita enviou para você sobre a sua situação, para que foram enviados e se chegaram até você.
notices-none = O Garita ainda não enviou nenhum aviso para você.
notices-sent = Enviado em { $when }, para: { $purpose }
notices-told = Você foi informado sobre este uso dos seus dados de contato quando aceitou os termos do Garita.
notices-untold = Você não foi informado sobre este uso dos seus dados de contato quando os forneceu. Este aviso foi enviado com esta base legal: { $basis }
notices-delivered = Entregue por { $channel ->
    [sms] SMS
   *[email] e-mail
} em { $when }.
notices-pending = Ainda não foi entregue. O Garita continua tentando, e esta página sempre mostra o aviso.
notices-undelivered = Não foi possível entregar por e-mail nem por SMS. Você pode ler o aviso nesta página.

# A página do administrador do programa.
staff-notices-title = Avisos
staff-notices-intro = Envie um aviso sobre uma mudança de situação às pessoas que receberam parole em um posto de fronteira durante um período de dias. Cada uma lê o aviso no próprio idioma. Ele só é enviado para uma finalidade que o Garita declara; as pessoas que não foram informadas dessa finalidade só o recebem com a base legal que você registrar, que elas leem junto com o aviso.
staff-notices-change = O que muda
staff-notices-effective = A partir de quando
staff-notices-purpose = Para que é enviado
staff-notices-purpose-help = Só aparecem as finalidades que esta instalação declara.
staff-notices-port = Pessoas que receberam parole em
staff-notices-any-port = Qualquer posto de fronteira
staff-notices-from = Chegada a partir de
staff-notices-to = Chegada até
staff-notices-legal-help = Onde conseguir ajuda jurídica
staff-notices-legal-help-help = Um endereço ou um lugar que as pessoas consigam alcançar, mostrado no aviso.
staff-notices-basis = Base legal
staff-notices-basis-help = Só é necessária quando algumas dessas pessoas não foram informadas dessa finalidade. Elas leem a base legal junto com o aviso.
staff-notices-send = Enviar o aviso
staff-notices-done = { $people ->
    [one] O aviso foi enviado para { $people } pessoa.
   *[other] O aviso foi enviado para { $people } pessoas.
}
staff-notices-sent-title = Avisos enviados
staff-notices-none = Nenhum aviso foi enviado ainda.
staff-notices-row = { $when }: { $change } a partir de { $date }, para: { $purpose } { $people ->
    [one] { $people } pessoa
   *[other] { $people } pessoas
}. Não informadas antes dessa finalidade: { $untold }.
staff-notices-row-basis = Base legal registrada: { $basis }
notice-refused-purpose = Esta instalação não declara essa finalidade, então nada foi enviado. Escolha uma das finalidades da lista.
notice-refused-change = Escolha na lista o que muda.
notice-refused-nobody = Ninguém recebeu parole nesse posto de fronteira nesses dias, então nada foi enviado. Confira o posto de fronteira e os dias.
notice-refused-help = Escreva onde as pessoas podem conseguir ajuda jurídica (até 200 caracteres) e envie de novo.
notice-refused-dates = Informe a data a partir da qual a mudança vale e o primeiro e o último dia de chegada; o primeiro não pode ser depois do último.
notice-refused-basis = Este aviso chega a { $people ->
    [one] { $people } pessoa
   *[other] { $people } pessoas
}, e { $untold ->
    [one] { $untold } não foi informada
   *[other] { $untold } não foram informadas
} dessa finalidade ao fornecer os dados de contato. Nada foi enviado. Registre a base legal para enviar o aviso a essas pessoas e envie de novo.
