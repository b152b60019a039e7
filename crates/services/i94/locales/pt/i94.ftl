## Provisional I-94 for land arrivals: what is wrong in an application, and the messages.

i94-travellers-count = Um pedido pode incluir de 1 a 25 viajantes. Adicione um viajante, ou faça um segundo pedido para os outros.
i94-arrival-window = O dia da chegada precisa ser hoje ou um dos próximos 7 dias. Faça o pedido de novo quando a viagem estiver mais perto.
i94-passport-expires = Este passaporte vence no dia da chegada ou antes. Viaje com um passaporte que continue válido depois desse dia.
i94-mrz-differs = As linhas na parte de baixo do passaporte não conferem com o que você digitou (o número, a data de nascimento ou a data de validade). Compare-as com o passaporte e corrija o que estiver diferente.

i94-paid-v1-subject = Garita: seu I-94 provisório está pronto
i94-paid-v1-body = { $count ->
    [one] A taxa está paga. O viajante tem um número de I-94 provisório para { $port }.
   *[other] A taxa está paga. Cada um dos { $count } viajantes tem um número de I-94 provisório para { $port }.
}
i94-paid-v1-next = Mostre cada número no porto antes de { $until }. Depois disso, ele vence e a taxa não é reembolsada. Cada número está na sua página do I-94, com um código que o agente pode escanear.
i94-paid-v1-sms = Garita: I-94 pago para { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
} em { $port }. Mostre cada I-94 no porto antes de { $until }: { $link }
i94-expired-v1-subject = Garita: o I-94 provisório { $number } venceu
i94-expired-v1-body = O I-94 provisório { $number } não foi apresentado em { $port } a tempo, então venceu. A taxa não é reembolsada.
i94-expired-v1-next = Se o viajante ainda vier, faça um novo pedido na sua página do I-94, até 7 dias antes da chegada.
i94-expired-v1-sms = Garita: o I-94 provisório { $number } venceu sem uso. Pode pedir de novo: { $link }
i94-decided-v1-subject = Garita: uma decisão sobre o I-94 provisório { $number }
i94-decided-v1-body = Em { $port }, um agente registrou uma decisão sobre o I-94 provisório { $number }.
i94-decided-v1-next = Sua página do I-94 mostra a decisão, e seus dados assinados a guardam.
i94-decided-v1-sms = Garita: um agente em { $port } registrou uma decisão sobre o I-94 { $number }: { $link }
