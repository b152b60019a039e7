### O pedido de cada dia, os sorteios publicados e os números públicos.

input-position-invalid = O Garita não conseguiu ler a localização do seu celular. Permita a localização para este site e tente de novo.

request-title = Pedir um agendamento
request-intro = Todos os dias, das { $opens } às { $closes } (horário { $zone }), seu grupo pode pedir um agendamento uma vez. Quando os pedidos fecham, um sorteio escolhe quem fica com as vagas do dia; metade das vagas de cada posto de fronteira vai para os grupos cadastrados há mais tempo.
request-port = Posto de fronteira
request-location-help = Quando você apertar o botão, o site pergunta ao seu celular onde você está, só uma vez, para conferir se você está na região onde é possível fazer pedidos. Sua localização não é guardada.
request-submit = Pedir um agendamento
request-needs-location = Para fazer o pedido, o Garita precisa da localização do seu celular. Permita a localização para este site e aperte o botão de novo. Se ainda não funcionar, um abrigo ou grupo de ajuda jurídica pode fazer o pedido junto com você.
request-accepted = Seu pedido para { $date } em { $port } está salvo. Ele vale para o sorteio desse dia. Seu número de participação está abaixo; depois do sorteio, você pode encontrá-lo na lista publicada.
request-entry-id = Seu número de participação:
request-already = Seu grupo já fez o pedido para { $date } (posto de fronteira { $port }). Um pedido por dia é suficiente: ele está salvo e vale para o sorteio.
request-holds-appointment = Seu grupo já tem um horário marcado: { $date } às { $time }, posto { $port }. Um grupo tem um horário de cada vez. Para pedir outro dia, primeiro cancele este na sua página de situação e depois peça de novo.
request-closed = Os pedidos para { $date } abrem às { $time } (horário { $zone }).
request-no-registration = Primeiro, cadastre seu grupo. Depois, você pode pedir um agendamento.
request-photos-missing = Cada pessoa com 14 anos ou mais precisa primeiro de uma foto. Adicione as fotos que faltam e faça o pedido de novo.
request-outside-state = Seu celular indica que você está em { $place }, a cerca de { $km } km da região onde é possível fazer pedidos (o México ao norte do paralelo 19, e também Chiapas e Tabasco). Você pode fazer o pedido de dentro dessa região. Se você não estiver aí, ligue a localização precisa e tente de novo.
request-outside-country = Seu celular indica que você está fora do México, a cerca de { $km } km da fronteira perto de { $place }. Você pode fazer o pedido de dentro do México: ao norte do paralelo 19, ou em Chiapas ou Tabasco. Se você não estiver aí, ligue a localização precisa e tente de novo.
request-check-draw = Ver o sorteio deste dia

draws-title = Sorteios de cada dia
draws-intro = Qualquer pessoa pode conferir o sorteio de cada dia. Antes de os pedidos abrirem, o Garita publica um compromisso com um número secreto; quando eles fecham, a lista de participações e o resumo dela; depois do sorteio, o número secreto e o resultado completo, que qualquer pessoa pode calcular de novo.
draws-day-title = Sorteio de { $date }
draws-status-open = Os pedidos estão abertos. O compromisso abaixo foi publicado antes de eles abrirem.
draws-status-closed = Os pedidos estão fechados. A lista de participações não muda mais; o próximo passo é o sorteio.
draws-status-drawn = O sorteio já foi feito e está sendo conferido antes de ser publicado.
draws-status-held = O sorteio está esperando a verificação de uma pessoa antes de ser publicado.
draws-status-published = Publicado. Qualquer pessoa pode calcular de novo.
draws-commitment = Compromisso (SHA-256)
draws-entries = Participações
draws-digest = Resumo da lista de participações (SHA-256)
draws-secret = Número secreto, mostrado depois do sorteio
draws-seed = Semente
draws-download-entries = Baixar a lista de participações
draws-download-record = Baixar todos os dados do sorteio (JSON)
draws-verify-how = Para conferir por conta própria: garita draw verify garita-draw.json (o método está em docs/draw.md).
draws-your-entry = Seu número de participação neste dia: { $entry }
draws-your-entry-listed = Ele está na lista publicada.
draws-none = Ainda não há sorteios.

stats-title = Números
stats-intro = Para cada posto de fronteira e cada dia: pedidos, vagas, grupos escolhidos, a chance de ser escolhido e há quanto tempo os grupos escolhidos estavam cadastrados. Esses números vêm dos sorteios publicados.
stats-head-date = Dia
stats-head-port = Posto de fronteira
stats-head-requests = Pedidos
stats-head-seats = Vagas
stats-head-winners = Grupos escolhidos
stats-head-odds = Chance de ser escolhido
stats-head-waited = Dias de cadastro (mínimo / mediana / máximo)

email-draw-held-subject = Garita: um sorteio está aguardando a sua verificação
email-draw-held-body = O sorteio de um dia não passou em uma verificação de imparcialidade e foi retido antes da publicação; ninguém foi informado de nenhum resultado. Confira as verificações e os dados do sorteio aqui: { $link } — depois, publique-o com "garita draw release" ou mantenha-o retido enquanto investiga.
