## Saída: as páginas de quem vai sair e as dos revisores.

dep-title = Sair dos Estados Unidos
dep-legal-title = Antes de enviar: o que este aviso faz e o que ele não faz
dep-legal-does = Com este aviso, você informa à agência que pretende sair dos Estados Unidos, com as pessoas que você indicar, e pode pedir ajuda com a viagem e com o custo dela. Um revisor analisa o aviso, e você fica sabendo de cada etapa.
dep-legal-not-judge = Isto não é uma saída voluntária concedida por um juiz de imigração, e não encerra, sozinho, um processo num tribunal de imigração. Se você tem uma data marcada no tribunal, o que acontece com esse processo é decidido lá.
dep-legal-asylum = Se você pediu asilo e sair dos Estados Unidos antes da decisão, seu pedido pode ser considerado abandonado. Sair também pode mudar se e quando você poderá voltar.
dep-legal-stipend = Se houver um auxílio em dinheiro, ele é pago uma vez só a cada pessoa, depois que a saída dela for confirmada.
dep-legal-help = Converse com uma organização de ajuda jurídica antes de enviar
dep-people = Quantas pessoas, contando você
dep-people-submit = Mostrar o formulário para esse número de pessoas
dep-file-title = Seu aviso de saída
dep-trip = A viagem
dep-destination = País para onde você vai
dep-contact = Outro jeito de falar com você (telefone ou e-mail, se quiser)
dep-travel-help = Precisamos de ajuda com a viagem
dep-cost-help = Precisamos de ajuda com o custo da viagem
dep-you = Você
dep-traveller = Pessoa { $number }
dep-a-number = Número A, se você tiver
dep-passport-country = País do passaporte ou do documento de viagem
dep-passport-number = Número do passaporte ou do documento de viagem
dep-understood = Li o que este aviso faz e o que ele não faz.
dep-file-submit = Enviar
dep-yours = Seus avisos
dep-intent-line = { $reference }: { $status ->
    [filed] recebido, esperando um revisor
    [vetted] revisado
    [travel-arranged] viagem organizada
   *[other] saída confirmada
}
dep-intent-state = Aviso { $reference }: { $status ->
    [filed] recebido, esperando um revisor.
    [vetted] revisado.
    [travel-arranged] revisado, e a viagem está organizada.
   *[other] a saída de todas as pessoas está confirmada.
}
dep-travel-line = Viagem organizada: { $date }, com { $carrier }, saindo de { $from }.
dep-departed-line = { $name } saiu em { $when }. Esta é a confirmação assinada: qualquer pessoa pode verificá-la em /verify.
dep-confirm-link = Confirmar a saída desta pessoa

dep-land-title = Confirmar uma saída por terra
dep-land-intro = Quando você estiver a pelo menos 3 milhas (uns 5 km) fora dos Estados Unidos, tire uma foto com a câmera da página e deixe que ela use a sua localização. Só o país e a distância são guardados.
dep-land-no-script = Esta etapa precisa da localização do seu celular e da câmera na página, e para isso o navegador precisa estar com os scripts ativados. Você também pode pedir a um agente ou a um consulado que registre a sua saída.
dep-land-submit = Confirmar minha saída
dep-land-position = A página não recebeu a sua localização. Permita o acesso à localização e envie de novo.
dep-land-too-close = { $km ->
    [one] Parece que você está a mais ou menos { $km } quilômetro dos Estados Unidos. Uma saída conta a partir de 3 milhas (uns 5 km): tente de novo quando estiver mais longe.
   *[other] Parece que você está a mais ou menos { $km } quilômetros dos Estados Unidos. Uma saída conta a partir de 3 milhas (uns 5 km): tente de novo quando estiver mais longe.
}
dep-land-inside = A sua localização está dentro dos Estados Unidos. Tente de novo depois de atravessar a fronteira.
dep-land-unknown = Não conseguimos saber em que país fica a sua localização. Tente de novo em terra, longe do litoral.
dep-land-needs-camera = Esta etapa precisa da foto tirada com a câmera da página (ela pede que você vire a cabeça). Use o botão que fica acima da opção de escolher arquivo.

dep-staff-title = Avisos de saída
dep-staff-intro = Avisos esperando verificação ou a organização da viagem, os mais antigos primeiro.
dep-staff-help = Ajuda pedida com a viagem: { $travel ->
    [yes] sim
   *[other] não
}. Com o custo: { $cost ->
    [yes] sim
   *[other] não
}.
dep-staff-vet = Registrar como verificado
dep-staff-arrange = Registrar a viagem como organizada
dep-staff-date = Dia da viagem
dep-staff-carrier = Empresa de transporte
dep-staff-from = Local de saída
dep-staff-record = Registrar uma saída por via aérea ou marítima
dep-staff-position = Número da pessoa no aviso
dep-staff-how = Como
dep-staff-air = De avião
dep-staff-sea = Por mar
dep-staff-confirmation = A confirmação da empresa de transporte (voo ou viagem por mar, embarque)
dep-staff-pay = Pagar o auxílio em dinheiro desta pessoa
dep-staff-done = Registrado. A pessoa foi avisada.
dep-staff-paid = O auxílio em dinheiro foi pago.
dep-staff-paid-already = Este auxílio em dinheiro já tinha sido pago: nada foi pago de novo.
dep-staff-destination = A conta da pessoa no provedor de pagamentos
dep-staff-destination-help = A conta conectada dela (acct_…) quando o Garita paga por meio de um provedor. Sem provedor, o auxílio é pago por outros meios e você registra aqui: deixe em branco.
dep-staff-pay-later = O provedor de pagamentos não respondeu: nada foi pago. Tente de novo mais tarde: o mesmo pagamento é pedido, então nunca é pago duas vezes.
dep-staff-pay-refused = O provedor de pagamentos recusou o pagamento: { $reason }. Nada foi pago. Confira a conta da pessoa e tente de novo.
dep-staff-not-done = Nada foi registrado: confira a etapa (primeiro verificar, depois organizar), o número da pessoa e cada campo.

## The published figures (`/departure/figures`).
dep-figures-title = As saídas em números
dep-figures-intro = Quantos avisos de saída foram enviados, para quantas pessoas, quantas saídas foram confirmadas e quantos auxílios em dinheiro foram pagos. Cada dia é publicado depois que termina (UTC). São só contagens: nada aqui diz respeito a uma pessoa específica.
dep-figures-csv = Baixar estes dias como arquivo CSV
dep-figures-total = Desde o início
dep-figures-days = Cada um dos últimos 30 dias
dep-figures-through = Até { $day }
dep-figures-day = Dia
dep-figures-intents = Avisos enviados
dep-figures-people = Pessoas incluídas
dep-figures-departures = Saídas confirmadas
dep-figures-paid = Auxílios pagos
