# Garita's main catalog (Brazilian Portuguese).
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader.

## Every page

site-name = Garita
site-tagline = Agendamentos para atravessar a fronteira dos EUA a pé
skip-to-content = Ir para o texto principal
nav-home = Início
nav-ports = Postos de fronteira
language-picker = Idioma
footer-free = O Garita é gratuito. Ninguém pode cobrar nada de você por um agendamento.
footer-open = O Garita é um programa aberto: qualquer pessoa pode ver como ele funciona e conferir o sorteio de cada dia.
footer-privacy = Aviso de privacidade
footer-accessibility = Acessibilidade

privacy-title = Aviso de privacidade
accessibility-title = Declaração de acessibilidade
accessibility-aim-title = O que buscamos
accessibility-aim = Garita é feito para funcionar em qualquer telefone, inclusive pequenos e antigos, em dez idiomas, com ou sem leitor de tela, e para cumprir as Diretrizes de Acessibilidade para Conteúdo Web (WCAG) 2.2 no nível AA.
accessibility-tested-title = Como verificamos
accessibility-tested = Cada mudança é testada num navegador real antes de ser usada: cada página numa tela de 320 pixels de largura nos dez idiomas, as etapas principais sem JavaScript, e formulários que apontam cada resposta errada e levam até ela.
accessibility-limits-title = O que ainda não funciona para todos
accessibility-limits = Pedir um agendamento e confirmá-lo precisam da localização do telefone e, por isso, do JavaScript e da localização ativados. Uma organização de ajuda pode fazer essas etapas com você.
accessibility-report-title = Avise-nos
accessibility-report = Se uma página for difícil de usar, diga a uma organização de ajuda, que pode nos avisar, ou abra um relato no repositório público do código do Garita. Diga qual página e o que aconteceu; nunca envie dados pessoais lá.

## Home page

home-title = Peça um agendamento na fronteira dos EUA
home-intro = O Garita dá agendamentos para você se apresentar em um posto de fronteira dos EUA. Você pode pedir um todos os dias. Um sorteio justo decide quem recebe, e qualquer pessoa pode conferir o sorteio.
home-steps-title = Como funciona
home-step-register = Crie uma conta só para o seu grupo: você e as pessoas que viajam com você, de 1 a 10 pessoas.
home-step-request = Todos os dias, peça um agendamento e escolha um posto de fronteira. Pedir uma vez por dia é suficiente.
home-step-draw = No dia seguinte, um sorteio distribui os agendamentos. Metade deles vai para os grupos que esperam há mais tempo.
home-step-confirm = Se você ganhar, avisamos aqui no site e por e-mail. Confirme em até 23 horas.
home-step-present = Vá ao posto de fronteira no seu dia e no seu horário, com a sua confirmação.
home-free-title = É grátis
home-free-body = O Garita nunca pede dinheiro. Ninguém pode vender para você um agendamento ou uma chance melhor. Se alguém pedir para você pagar, não pague.
home-fair-title = A mesma chance para todos
home-fair-body = Um grupo tem a mesma chance que uma pessoa sozinha. Pedir muitas vezes ou criar uma conta nova não ajuda. Todos os dias publicamos o sorteio completo para que qualquer pessoa possa conferir.
home-help-title = Precisa de ajuda?
home-help-body = Abrigos e grupos de ajuda jurídica podem ajudar você, mesmo se você não tiver telefone.
home-ports-link = Veja os postos de fronteira e quantas vagas cada um tem

## Crossings page

ports-title = Postos de fronteira com agendamento
ports-intro = Estes 8 postos de fronteira dos EUA dão agendamentos. O número de vagas pode mudar de um dia para o outro.
ports-total = No total: { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
} por dia.
ports-seats = { $seats ->
    [one] { $seats } vaga
   *[other] { $seats } vagas
} por dia
ports-seats-note = Uma vaga é para uma pessoa.
ports-mexican-side = Lado mexicano: { $city }
ports-us-side = Lado dos EUA: { $city }, { $state }
ports-crossing = Para onde ir: { $crossing }
ports-times = Horários dos agendamentos: de { $first } até { $last }, { $zone }

time-zone-pacific = horário do Pacífico (EUA)
time-zone-arizona = horário do Arizona
time-zone-mountain = horário das Montanhas (EUA)
time-zone-central = horário Central (EUA)

## Error pages

error-not-found-title = Não encontramos esta página
error-not-found-body = O endereço pode estar errado ou ser antigo. Vá para a página inicial e comece por lá.
error-internal-title = Algo deu errado do nosso lado
error-internal-body = A culpa não é sua. Nada do que você salvou foi perdido. Por favor, tente de novo daqui a alguns minutos.
error-reference = Se acontecer de novo, passe este número para a equipe de ajuda: { $reference }
error-go-home = Ir para a página inicial

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = Não encontrado
problem-not-found-detail = Não há nada neste endereço. A lista de endereços está em /api/v1/openapi.json.
problem-port-not-found-title = Posto de fronteira desconhecido
problem-port-not-found-detail = Não existe posto de fronteira com o código { $code }. A lista de postos de fronteira está em /api/v1/ports.
problem-invalid-input-title = Um valor não é válido
problem-body-not-json = O corpo não é um JSON que possa ser lido. Envie um objeto JSON, como mostra a descrição da API (/api/v1/openapi.json).
problem-body-media-type = Envie o corpo como JSON, com o cabeçalho Content-Type: application/json.
problem-internal-title = Erro no servidor
problem-internal-detail = Algo deu errado do nosso lado. Nada foi perdido. Tente de novo daqui a alguns minutos. Referência: { $reference }
error-unavailable-title = O Garita não consegue acessar seus registros por um momento
error-unavailable-body = A culpa não é sua. O que você salvou antes continua guardado. Se você acabou de enviar algo, envie de novo daqui a um minuto: o Garita não vai contar duas vezes.
problem-unavailable-title = Indisponível por um momento
problem-unavailable-detail = O Garita não consegue acessar o banco de dados agora, então a alteração pode não ter sido feita. Envie a mesma requisição de novo depois do tempo indicado em Retry-After: uma requisição enviada de novo nunca é contada duas vezes. Referência: { $reference }

## Values typed by a person or a program

input-date-format = Escreva a data assim: 2026-12-31 (ano, mês, dia).
input-port-code-format = O código de um posto de fronteira tem 3 letras, por exemplo SYS.
input-seats-range = Escreva um número inteiro de 0 a 10000.
