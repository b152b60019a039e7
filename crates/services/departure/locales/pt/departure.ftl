## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = Escolha o país para onde você vai: não pode ser os Estados Unidos.
dep-understood-needed = Por favor, leia o que este aviso faz e o que não faz, e marque a caixa para dizer que você leu.
dep-travellers-count = Um aviso é para você e até mais 9 pessoas. Tire alguém, ou faça outro aviso para essas pessoas.
dep-travel-date-past = O dia da viagem precisa ser hoje ou depois.

dep-vetted-v1-subject = Garita: seu aviso de saída { $reference } foi revisado
dep-vetted-v1-body = Um revisor olhou seu aviso de saída { $reference } e registrou que ele foi verificado.
dep-vetted-v1-next = Sua página diz o que vem a seguir. Se você pediu ajuda com a viagem, vai saber quando ela estiver organizada.
dep-vetted-v1-sms = Garita: seu aviso { $reference } foi revisado: { $link }
dep-arranged-v1-subject = Garita: viagem organizada para { $reference }
dep-arranged-v1-body = A viagem que você pediu no aviso { $reference } está organizada: o dia, a empresa de transporte e o local de saída estão na sua página.
dep-arranged-v1-next = Se alguma coisa mudar para você, avise na sua página antes do dia da viagem.
dep-arranged-v1-sms = Garita: viagem organizada para { $reference }. Detalhes: { $link }
dep-departed-v1-subject = Garita: saída confirmada para { $reference }
dep-departed-v1-body = Uma saída com o aviso { $reference } foi confirmada. Sua confirmação assinada está na sua página.
dep-departed-v1-next = Guarde a confirmação. O auxílio em dinheiro, se houver, é pago uma vez só a cada pessoa.
dep-departed-v1-sms = Garita: partida confirmada para { $reference }: { $link }

dep-check-genuine = Autêntica: uma saída com o aviso { $reference }, { $how ->
    [land] por terra
    [air] de avião
   *[other] por mar
}, em { $when }, como o Garita registrou.
