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
draws-status-opening = Os pedidos abrem às { $time } ({ $zone }). O compromisso abaixo é publicado antes de abrirem.
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
draws-verify-how = Para conferir por conta própria: garita draw verify { $file } (o método está em docs/draw.md).
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

## Observers of the draw (staff role "observer")
observe-title = Observar o sorteio
observe-intro = Antes de os pedidos de um dia abrirem, registre um compromisso com um número secreto seu; depois que eles fecharem, revele esse número. Todo número secreto que corresponde ao seu compromisso entra no sorteio, então ninguém sozinho, nem mesmo o Garita, pode escolher quem ganha. Gere o número secreto e o compromisso dele no seu próprio computador, com o comando garita observe commit ou com qualquer ferramenta que siga a seção 11.3 da especificação do sorteio (docs/draw.md), e guarde o número secreto até os pedidos fecharem.
observe-your-id = Seu identificador de observador (ele faz parte do seu compromisso): { $id }
observe-date = Dia dos pedidos (YYYY-MM-DD)
observe-commitment = Seu compromisso (64 caracteres: algarismos de 0 a 9 e letras de a a f)
observe-secret = Seu número secreto (64 caracteres: algarismos de 0 a 9 e letras de a a f)
observe-commit = Registrar o compromisso
observe-reveal = Revelar o número secreto
observe-committed = Seu compromisso para { $date } foi registrado. Guarde seu número secreto em um lugar seguro e revele-o depois que os pedidos fecharem.
observe-accepted = Seu número secreto para { $date } corresponde ao seu compromisso: ele entra no sorteio. Guarde esta página como comprovante.
observe-wrong = Seu número secreto para { $date } não corresponde ao seu compromisso, então o sorteio vai seguir sem ele, e os dados do sorteio vão registrar isso.
observe-error-hex = Escreva exatamente 64 caracteres; cada um deve ser um algarismo de 0 a 9 ou uma letra de a a f.
observe-error-date = Escreva o dia no formato ano-mês-dia, por exemplo 2026-12-31.
observe-too-late-commit = Os pedidos para esse dia já abriram. Registre um compromisso para um dia posterior.
observe-already-committed = Você já registrou um compromisso para esse dia, e um compromisso não pode mudar. Revele o número secreto dele depois que os pedidos fecharem.
observe-too-early = Os pedidos para esse dia ainda não fecharam. Revele seu número secreto depois que eles fecharem.
observe-too-late-reveal = O prazo para revelar o número secreto desse dia já terminou, e o sorteio seguiu sem o seu número secreto.
observe-nothing-committed = Você não registrou um compromisso para esse dia, então não há nada para revelar.
observe-already-revealed = Você já revelou seu número secreto para esse dia.
observe-history = Seus dias
observe-col-date = Dia
observe-col-commitment = Compromisso
observe-col-status = Situação
observe-status-not-revealed = Não revelado
observe-status-accepted = No sorteio
observe-status-wrong = Não correspondeu
observe-none = Você ainda não registrou um compromisso para nenhum dia.
draws-beacon-round = Acaso público: a rodada do drand quicknet que o sorteio usa (a primeira depois que os pedidos fecham)
draws-rules-digest = Resumo das vagas e dos horários de cada posto de fronteira, fixados no fechamento dos pedidos (SHA-256)
draws-observer-commitment = Compromisso do observador { $name }
draws-beacon-missing = A rodada do drand não chegou a tempo, então o sorteio seguiu sem ela; a semente foi formada com os números secretos dos observadores e o número secreto do Garita.
request-next-from-group = Seu grupo está pronto: peça um horário
