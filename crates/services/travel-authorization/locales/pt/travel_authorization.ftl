## Autorização de viagem antecipada: programas, o que está errado em um pedido ou em uma confirmação, as mensagens e a autorização assinada.

ta-programme-chnv = Parole para cubanos, haitianos, nicaraguenses e venezuelanos
ta-programme-u4u = Unidos pela Ucrânia (Uniting for Ukraine)
ta-programme-frp = Parole de reunificação familiar

ta-attest-truthful = Tudo o que eu confirmo aqui é verdadeiro e completo, pelo que eu sei.
ta-attest-vaccinations = Antes de viajar, vou tomar as vacinas que o programa pede.
ta-attest-own-travel = Eu vou organizar e pagar meu próprio voo para os Estados Unidos.

ta-beneficiaries-count = Um pedido é para 1 a 10 pessoas. Adicione alguém, ou faça outro pedido para as outras pessoas.
ta-nationality-not-in-programme = Este programa é para outras nacionalidades. Escolha o programa da nacionalidade desta pessoa.
ta-guardian-needed = Uma pessoa com menos de 18 anos viaja com o pai, a mãe ou um responsável. Adicione esse adulto a este pedido e informe o número dele na lista.
ta-state-unknown = Escolha o estado ou território dos EUA onde você mora.
ta-support-needed = Para fazer o pedido, você precisa concordar em ajudar financeiramente as pessoas que você indicar enquanto elas estiverem nos Estados Unidos.
ta-consent-needed = Para enviar o pedido, aceite como o que você digita é usado. Nada foi salvo.
ta-attestation-needed = Responda a cada afirmação, por favor. Se você não puder concordar com alguma, procure uma organização de ajuda jurídica antes de continuar.
ta-mrz-birth-differs = A data de nascimento nas linhas da parte de baixo do passaporte não é a mesma que está acima. Corrija a data de nascimento acima, ou confira as linhas.
ta-passport-expired = Este passaporte está vencido. Para viajar, é preciso um passaporte válido: renove o passaporte e depois volte para confirmar.
ta-position-needed = Este programa registra o país onde você está quando confirma. Deixe a página usar sua localização e envie de novo.

ta-status = { $status ->
    [invited] Esperando a pessoa confirmar
    [confirmed] Confirmado: esperando uma decisão
    [authorized] Com autorização para viajar
    [not-authorized] Sem autorização para viajar
    [expired] Vencido
    [arrived] Chegou: parole registrado
   *[other] Em andamento
}

ta-invited-v1-subject = Garita: alguém nos Estados Unidos pediu uma autorização de viagem para você
ta-invited-v1-body = Um patrocinador nos Estados Unidos abriu o caso { $reference } para você. Para continuar, confirme seus dados, seu passaporte e uma foto no Garita antes de { $until }.
ta-invited-v1-next = Abra o Garita, entre ou crie uma conta, e digite este código: { $code }. Ninguém do Garita nunca vai pedir que você pague por isso.
ta-invited-v1-sms = Garita: caso { $reference } aberto em seu nome. Confirme com { $code } antes de { $until }: { $link }
ta-decided-v1-subject = Garita: uma decisão sobre o caso { $reference }
ta-decided-v1-body = { $status ->
    [authorized] { $given } tem autorização para viajar de avião para os Estados Unidos. A autorização { $number } vale até { $until }.
   *[other] { $given } não tem autorização para viajar por este caso. A decisão não informa os motivos.
}
ta-decided-v1-next = { $status ->
    [authorized] A autorização e o código QR dela estão no Garita. Mostre os dois no embarque e no porto de chegada.
   *[other] Sua página no Garita mostra a decisão. Uma organização de ajuda jurídica pode dizer o que mais você pode fazer.
}
ta-decided-v1-sms = { $status ->
    [authorized] Garita: { $given } tem autorização para viajar, até { $until }: { $link }
   *[other] Garita: saiu uma decisão sobre o caso { $reference }: { $link }
}
ta-extended-v1-subject = Garita: a autorização { $number } foi prorrogada
ta-extended-v1-body = A autorização de { $given } agora vale até { $until }.
ta-extended-v1-next = O código QR no Garita mostra a nova data. Este programa não permite outra prorrogação.
ta-extended-v1-sms = Garita: a autorização { $number } agora vale até { $until }: { $link }
ta-expired-v1-subject = Garita: o caso { $reference } venceu para { $given }
ta-expired-v1-body = { $status ->
    [authorized] A autorização de { $given } terminou sem uso em { $until }.
   *[other] { $given } não confirmou a tempo, então esta parte do caso { $reference } venceu.
}
ta-expired-v1-next = Um patrocinador pode fazer um novo pedido enquanto o programa estiver aberto.
ta-expired-v1-sms = Garita: o caso { $reference } venceu para { $given }: { $link }

ta-check-genuine = Autêntica: autorização de viagem { $number } para { $initials }, ano de nascimento { $year }, país do passaporte: { $country }, válida até { $until }.
ta-check-used = Esta autorização de viagem ({ $number }) era autêntica e já foi usada: a pessoa chegou e um agente registrou o parole.
ta-check-expired = Esta autorização de viagem ({ $number }) era autêntica, mas terminou em { $until }.
ta-check-gone = Esta autorização de viagem ({ $number }) foi assinada pelo Garita, mas não está mais guardada.
