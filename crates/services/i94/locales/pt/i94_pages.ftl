## Páginas do I-94 provisório: as de quem faz o pedido (pedir, adicionar viajantes, pagar, ver os números) e a do agente.

i94-title = I-94 provisório
i94-intro = Vai chegar aos Estados Unidos por terra? Você pode pedir um I-94 provisório antes de chegar, para você e até 24 pessoas que viajam com você, e pagar uma só vez por todos. No porto, um agente ainda verifica cada viajante e decide.
i94-fee = A taxa é de { $fee } por viajante.
i94-rules = Antes de pagar: a taxa é cobrada por viajante e não é reembolsada. Cada I-94 provisório vence se não for mostrado no porto até 7 dias depois do pagamento.
i94-mine-title = Seus pedidos
i94-mine-none = Você ainda não tem nenhum pedido.
i94-group-line = { $port }, chegada em { $date }: { $status }
i94-group-title = { $port }, chegada em { $date }
i94-status-awaiting-payment = Ainda não pago.
i94-status-paid = Pago.
i94-start-title = Um novo pedido
i94-port = Porto onde você vai chegar
i94-arrival = Dia da chegada
i94-arrival-help = Hoje ou um dos próximos 7 dias.
i94-purpose = Motivo da viagem
i94-purpose-tourism = Turismo ou uma visita
i94-purpose-business = Negócios
i94-purpose-family = Visitar a família
i94-purpose-medical = Tratamento médico
i94-purpose-study = Estudos
i94-purpose-other = Outro motivo
i94-state-help = Duas letras, por exemplo CA ou TX.
i94-start = Começar o pedido
i94-travellers-title = { $count ->
    [one] Um viajante (no máximo 25)
   *[other] { $count } viajantes (no máximo 25)
}
i94-traveller-line = { $name } ({ $status })
i94-traveller-number = { $name }: I-94 provisório { $number }, para mostrar no porto antes de { $until }.
i94-traveller-status-draft = ainda não pago
i94-traveller-status-provisional = provisório
i94-traveller-status-admitted = admitido no porto
i94-traveller-status-refused = não admitido no porto
i94-traveller-status-expired = venceu sem uso
i94-remove = Tirar este viajante
i94-add-title = Adicionar um viajante
i94-add = Adicionar este viajante
i94-added = O viajante foi adicionado. Adicione o próximo, ou pague quando todos estiverem na lista.
i94-add-problems = Algumas respostas precisam de correção: cada uma diz o que mudar. Nada foi perdido.
i94-sex = Sexo como aparece no passaporte
i94-sex-F = F (feminino)
i94-sex-M = M (masculino)
i94-sex-X = X (não especificado)
i94-passport-issued = Data de emissão do passaporte
i94-passport-expiry = Data de validade do passaporte
i94-mrz = As 2 linhas na parte de baixo da página da foto (você pode deixar em branco)
i94-mrz-help = Digite ou escaneie as linhas, se puder: o Garita as compara com o que você digitou.
i94-pay-title = Pagar
i94-total = Total: { $total } por { $count ->
    [one] um viajante
   *[other] { $count } viajantes
} ({ $fee } cada um).
i94-pay = Pagar { $total }
i94-pay-at-port = Não há pagamento on-line disponível. Pague { $total } no porto, onde um agente registra o pagamento; o número provisório de cada viajante sai na mesma hora.
i94-pay-later = O serviço de pagamento não respondeu. Nada foi cobrado. Tente de novo daqui a alguns minutos.
i94-paid-notice = Pago. O número provisório de cada viajante está abaixo.
i94-not-paid-yet = O pagamento ainda não foi confirmado. Se você pagou, esta página vai mostrar isso em poucos minutos. Nada é cobrado duas vezes.
i94-staff-title = I-94 provisórios
i94-staff-intro = Digite o número provisório que o viajante mostra. Só aparecem os do seu porto, e cada consulta fica registrada.
i94-staff-number = Número provisório
i94-staff-find-submit = Buscar
i94-staff-unknown = Nenhum I-94 provisório tem esse número no seu porto. Confira o número com o viajante.
i94-staff-traveller = Data de nascimento: { $born }; nacionalidade: { $citizenship }; passaporte { $passport } ({ $country }), válido até { $expires }; chegada: { $arrival }.
i94-staff-admitted = Admitido: I-94 { $number }, classe { $class }, até { $until }.
i94-staff-admission-number = Número de admissão I-94
i94-staff-class = Classe de admissão
i94-staff-until = Admitido até
i94-staff-admit = Registrar a admissão
i94-staff-refuse = Registrar que o viajante não foi admitido
i94-staff-admit-problem = Informe o número de admissão de 11 caracteres, a classe de admissão (por exemplo B2) e a data: nada foi registrado.
i94-staff-recorded = A decisão foi registrada, e o grupo do viajante foi avisado.
i94-staff-not-open = Este I-94 provisório não está mais aberto (já decidido ou vencido). Nada mudou.
