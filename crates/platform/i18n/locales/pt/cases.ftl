## Revisões de integridade: o que a pessoa de revisão vê e decide, o que a pessoa lê e pode contestar com um recurso.

review-case-applicant-since = A pessoa que pediu se cadastrou em { $date }.
review-case-registered = Data do cadastro
review-case-name = Nome (primeiras letras)
review-case-same-person = Mesmo nome e data de nascimento
review-case-same-document = Mesmo documento
review-yes = Sim
review-no = Não
review-case-no-holder = Nenhum outro cadastro ativo tem esta pessoa agora: ele pode ter sido cancelado ou corrigido.
review-case-cluster =
    { $count ->
        [one] { $count } cadastro ativo neste endereço.
       *[other] { $count } cadastros ativos neste endereço.
    }
review-case-first-decision = Primeira decisão: { $decision }. Motivo: { $reason }
review-case-appeal = A pessoa recorreu. A declaração dela: { $statement }
review-case-decide = Decidir
review-case-decision = Decisão
review-case-reason = Motivo
review-case-reason-help = Fica guardado com o caso. A pessoa recebe a decisão em palavras simples, não este texto.
review-case-not-waiting = Este caso não está mais esperando uma decisão: alguém o decidiu enquanto isso. Olhe a fila de novo.
review-case-same-reviewer = Você tomou a primeira decisão neste caso, então outra pessoa de revisão precisa decidir o recurso.
review-case-not-allowed = Essa decisão não serve para este tipo de caso. Escolha outra.
review-case-reason-needed = Escreva o motivo da decisão: ele fica guardado com o caso.
review-case-other-holds = O outro grupo tem um horário marcado, então o cadastro dele não pode ser cancelado agora. Decida de novo depois que o horário marcado terminar, ou escolha outra decisão.
case-decision-different-people = Pessoas diferentes: quem pediu pode cadastrar este viajante
case-decision-same-person-earlier = Mesma pessoa: o cadastro anterior mantém seu lugar
case-decision-same-person-applicant = Mesma pessoa: o cadastro de quem pediu mantém seu lugar, o outro é cancelado
case-decision-no-action = Nenhuma ação

cases-title = Revisões sobre você
cases-none = Não há revisões sobre você.
cases-kind-already-registered = Uma revisão de “já cadastrado”
cases-kind-identity-change = Uma revisão de uma mudança na identidade de um viajante
cases-kind-address-cluster = Uma revisão de muitos cadastros em um mesmo endereço
cases-opened = Aberta em { $date }.
cases-waiting = Uma pessoa está olhando. Você não precisa fazer nada: vamos escrever para você quando houver uma decisão.
cases-decided = Decidida em { $date }:
cases-decision-different-people = Uma pessoa viu que o viajante que você cadastrou não é a pessoa que já estava cadastrada. Agora você pode salvar seu cadastro.
cases-decision-same-person-earlier = Uma pessoa viu que este viajante já está em um cadastro anterior, que mantém seu lugar. Nada mudou na sua conta.
cases-decision-same-person-applicant = Uma pessoa viu que seu cadastro fica com este viajante. Agora você pode salvar seu cadastro.
cases-decision-no-action = Uma pessoa olhou e não mudou nada.
cases-appeal-intro = Se você acha que isto está errado, pode recorrer uma vez. Escreva o que a pessoa de revisão deve saber, no seu idioma. Outra pessoa vai decidir.
cases-appeal-label = Sua declaração
cases-appeal-help = Por exemplo: quem é o viajante e por que ele não é a pessoa que já estava cadastrada. Até 2000 caracteres.
cases-appeal-submit = Recorrer
cases-appealed = Você recorreu em { $date }. Outra pessoa está olhando; vamos escrever para você.
cases-appeal-decided = Seu recurso foi decidido em { $date }. Esta decisão é definitiva:
cases-appeal-needed = Escreva sua declaração antes de enviar o recurso.
cases-appeal-not-allowed = Não é possível recorrer desta revisão agora: ela ainda não foi decidida, ou já houve recurso.

case-opened-v1-subject = Garita: uma pessoa está revisando seu cadastro
case-opened-v1-body = Uma pessoa está olhando uma questão sobre seu cadastro. Nada foi decidido ainda, e nada mudou na sua conta.
case-opened-v1-next = Você não precisa fazer nada. Vamos escrever para você quando houver uma decisão. A página de revisões sobre você mostra em que pé está.
case-opened-v1-sms = Garita: uma pessoa está revisando uma questão do seu cadastro. Nada mudou. Veja como está: { $link }
case-decided-v1-subject = Garita: uma revisão do seu cadastro foi decidida
case-decided-v1-body =
    { $appeal ->
        [yes] Seu recurso foi decidido.
       *[no] Uma revisão do seu cadastro foi decidida.
    } { $decision ->
        [different-people] O viajante que você cadastrou não é a pessoa que já estava cadastrada: agora você pode salvar seu cadastro.
        [same-person-earlier] O viajante já está em um cadastro anterior, que mantém seu lugar.
        [same-person-applicant] Seu cadastro fica com este viajante: agora você pode salvá-lo.
       *[other] Nada foi mudado.
    }
case-decided-v1-next =
    { $appeal ->
        [yes] Esta decisão é definitiva.
       *[no] Se você acha que ela está errada, pode recorrer uma vez, na página de revisões sobre você.
    }
case-decided-v1-sms = Garita: uma revisão do seu cadastro foi decidida. Leia: { $link }
case-withdrawn-v1-subject = Garita: seu cadastro foi cancelado
case-withdrawn-v1-body = Uma pessoa revisou um viajante que está no seu cadastro e em outro, e viu que é a mesma pessoa, cujo lugar fica no outro cadastro. Seu cadastro foi cancelado para que ninguém fique cadastrado duas vezes.
case-withdrawn-v1-next = Você pode se cadastrar de novo, sem esse viajante, na página de cadastro. Se você acha que isto está errado, uma organização de apoio pode ver isso com você.
case-withdrawn-v1-sms = Garita: seu cadastro foi cancelado após uma revisão. Você pode se cadastrar de novo: { $link }
