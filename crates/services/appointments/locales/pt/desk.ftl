### No posto de fronteira: o console dos agentes.

desk-title = Agendamentos em { $port } no dia { $date }
desk-find = Encontrar um agendamento
desk-find-label = Número de confirmação, ou o texto embaixo do código QR
desk-not-found = Nenhum agendamento com esse número neste posto de fronteira. Confira o número; um agendamento em outro posto de fronteira não aparece aqui.
desk-none = Nenhum agendamento neste dia.
desk-row = { $time }: { $number }, { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
}, { $status }; { $arrived ->
    [0] chegaram { $arrived }
    [one] chegou { $arrived }
   *[other] chegaram { $arrived }
}.
desk-open = Abrir
desk-status-won = escolhido, ainda não confirmado
desk-status-offered = oferecido, ainda não confirmado
desk-status-confirmed = confirmado
desk-status-lapsed = não confirmado a tempo
desk-status-cancelled = cancelado
desk-status-no-show = ninguém compareceu
desk-intake-title = { $number }: { $port }, { $date } às { $time }
desk-traveller = Data de nascimento: { $born }; nacionalidade: { $nationality }; documento: { $document }.
desk-photo-registration = Foto do cadastro
desk-photo-live = Foto tirada ao confirmar
desk-no-live = Não há foto da confirmação.
desk-face-distance = Comparadas automaticamente: os rostos estão a uma distância de { $distance }; duas fotos da mesma pessoa costumam ficar abaixo de { $threshold }.
desk-face-not-compared = Não comparadas automaticamente: compare você mesmo as duas fotos.
desk-face-reviewed = { $reason ->
    [liveness] Uma pessoa da revisão aceitou esta foto: a verificação automática não viu a cabeça virar como pedido, ou a foto foi enviada sem essa verificação.
    [compared] Uma pessoa da revisão aceitou esta foto: a comparação automática não achou os dois rostos parecidos, ou não conseguiu compará-los.
   *[quality] Uma pessoa da revisão aceitou esta foto depois que a verificação automática a achou difícil de usar (luz, tamanho ou nitidez).
}
desk-outcome-none = Ainda não chegou.
desk-until-label = Parole até (YYYY-MM-DD; vazio: dois anos a partir da chegada)
desk-note-label = Observação
desk-corrected = Corrigido depois do fechamento da lista: { $field } era “{ $before }”, agora “{ $after }”.
desk-save = Salvar

## Tempos de espera na fronteira: a página pública e o formulário dos agentes.
wait-title = Tempos de espera na fronteira
wait-intro = Tempos de espera em cada posto de fronteira, como os agentes do posto os publicaram, no horário local do posto. Os mesmos números estão em feeds JSON e XML no formato do feed Border Wait Times da CBP.
wait-feed = O feed JSON
wait-feed-xml = O feed XML
wait-history-link = Os últimos 7 dias em { $port }
wait-history-title = Tempos de espera dos últimos 7 dias
wait-history-intro = { $port }: a maior espera e a espera média publicadas em cada dia enquanto as faixas estavam abertas, com os dias contados no horário local do posto.
wait-history-none = Nada foi publicado aqui nos últimos 7 dias.
wait-history-day = Dia
wait-history-longest = Maior espera
wait-history-average = Espera média
wait-history-posts = Publicações
wait-history-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
wait-history-chart = { $lane }: a maior espera de cada dia, em minutos
wait-history-chart-desc = Uma barra por dia, do tamanho da maior espera daquele dia. A tabela abaixo tem os mesmos números.
wait-port = Posto de fronteira
wait-status = Hoje
wait-port-open = Aberto
wait-port-closed = Fechado hoje
wait-lane-pedestrian = A pé
wait-lane-passenger = Carros
wait-lane-commercial = Caminhões
wait-lane-pedestrian-ready = A pé, faixa Ready Lane
wait-lane-passenger-sentri = Carros, SENTRI
wait-lane-passenger-ready = Carros, faixa Ready Lane
wait-lane-commercial-fast = Caminhões, FAST
wait-open = { $minutes } min, { $lanes ->
    [0] { $lanes } faixas abertas
    [one] { $lanes } faixa aberta
   *[other] { $lanes } faixas abertas
} (às { $time })
wait-closed = Faixas fechadas (às { $time })
wait-not-offered = Não disponível neste posto de fronteira
wait-post-title = Publicar tempos de espera
wait-post-intro = Tempos de espera atuais em { $port }. Eles aparecem na hora na página pública e no feed.
wait-post = Publicar
wait-posted = Publicado. Obrigado.
wait-lane-status = { $lane }: faixas
wait-lane-delay = { $lane }: espera em minutos
wait-lane-open = { $lane }: faixas abertas
wait-status-open = Abertas
wait-status-closed = Fechadas
wait-status-none = Não disponível neste posto de fronteira
wait-error-delay = { $lane }: informe a espera em minutos, de 0 a 1440, quando as faixas estão abertas.
wait-error-lanes = { $lane }: informe o número de faixas abertas, de 0 a 99.

## Visão geral do programa por posto de fronteira e por dia.
overview-title = Postos de fronteira dia a dia
overview-range = De { $from } a { $to }: cada posto de fronteira, cada dia. Só números, sem dados pessoais.
overview-csv = Baixar em CSV
overview-earlier = Uma semana antes
overview-later = Uma semana depois
overview-date = Dia
overview-port = Posto de fronteira
overview-seats = Vagas
overview-appointments = Agendamentos
overview-confirmed = Confirmados
overview-arrived = Pessoas que chegaram
overview-no-shows = Ninguém compareceu
overview-paroled = Parole humanitário
overview-nta = Aviso de Comparecimento (Notice to Appear)
overview-referred = Encaminhamento a outro setor
overview-not-admitted = Admissão negada
staff-port-seats-frozen = A lista sorteada para esta data já fechou e as suas vagas foram publicadas com ela, por isso não podem mudar agora. Altere uma data posterior, ou feche o posto nesta data se ele não puder abrir.
desk-find-traveller = Encontrar um grupo pelo nome e pela data de nascimento de um viajante
desk-search-given = Nomes
desk-search-family = Sobrenomes
desk-search-born = Data de nascimento (AAAA-MM-DD)
desk-search-none = Nenhum agendamento neste porto na semana antes ou depois de hoje tem um viajante com esse nome e data de nascimento. Confira a grafia como no documento.
desk-search-found = { $date } às { $time }: { $number }, { $status }
overview-port-title = Números do seu porto
partner-history = O que sua organização verificou
partner-history-none = Ainda não há verificações.
partner-history-answer = Resposta
