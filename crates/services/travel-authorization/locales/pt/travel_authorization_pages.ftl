## Autorização de viagem antecipada: as páginas do patrocinador, da pessoa beneficiária, de quem analisa os pedidos e dos agentes no porto de entrada.

ta-title = Autorização de viagem (programas de parole)
ta-intro = Alguns programas permitem que uma pessoa que está no exterior viaje de avião para os Estados Unidos, com um patrocinador que mora lá. O patrocinador faz o pedido primeiro; depois, cada pessoa confirma seus dados, seu passaporte e uma foto; uma pessoa da agência decide.
ta-intro-decision = A decisão não informa os motivos. A autorização permite que a pessoa viaje de avião enquanto ela for válida; no aeroporto de chegada, um agente decide sobre o parole.
ta-programme = Programa
ta-programme-who = Para pessoas de
ta-programme-validity = Validade
ta-programme-extension-head = Prorrogação
ta-programme-state = Pedidos
ta-programme-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
ta-programme-extension = { $days ->
    [one] Uma prorrogação de { $days } dia
   *[other] Uma prorrogação de { $days } dias
}
ta-programme-no-extension = Nenhuma
ta-programme-open = Aberto
ta-programme-closed = Fechado para novos pedidos
ta-programme-closed-now = Este programa não está mais aceitando novos pedidos. Nada foi salvo. Escolha outro programa, ou volte se ele abrir de novo.
ta-steps = O que você pode fazer aqui
ta-file-link = Moro nos Estados Unidos: fazer um pedido para alguém
ta-invitation-link = Recebi um código: confirmar meus dados
ta-no-fee = O Garita não cobra nada por isso. Ninguém pode pedir dinheiro a você para fazer o pedido ou para confirmar.
ta-your-filings = Seus pedidos
ta-filing-line = Caso { $reference }: { $programme }
ta-your-part = Você e as pessoas sob seus cuidados

ta-file-title = Fazer um pedido para alguém
ta-file-intro = Escolha o programa e para quantas pessoas você faz o pedido (até 10; menores de idade junto com o pai, a mãe ou um responsável que esteja no pedido).
ta-file-none-open = Nenhum programa está aceitando novos pedidos agora. Volte mais tarde.
ta-file-choose = Continuar
ta-file-people = Quantas pessoas
ta-file-people-help = De 1 a 10. Você pode mudar isso antes de enviar.
ta-file-for = Pedido no programa: { $programme }.
ta-file-privacy = O que você digita é usado só para este caso: para convidar cada pessoa, para decidir e para conferir a autorização no porto de entrada. Cada adulto recebe um código por e-mail, no idioma que você escolher para ele.
ta-file-you = Você, o patrocinador
ta-file-status = Sua situação migratória nos Estados Unidos
ta-file-state = Estado ou território onde você mora
ta-state-choose = Escolha
ta-file-supports = Vou ajudar financeiramente as pessoas que eu indicar enquanto elas estiverem nos Estados Unidos.
ta-file-consent = Aceito que o Garita use o que eu digito aqui só para este pedido: convidar cada pessoa, decidir, verificar a autorização na chegada e olhar com mais atenção os pedidos que precisarem. É apagado quando eu encerrar minha conta.
ta-file-person = Pessoa { $number }
ta-file-nationality = Nacionalidade
ta-file-email = Endereço de e-mail
ta-file-email-help = Para adultos: o convite vai para este endereço. Deixe em branco para uma pessoa com menos de 18 anos.
ta-file-language = Idioma do convite
ta-file-relationship = Qual é a relação dessa pessoa com você
ta-file-guardian = Para uma pessoa com menos de 18 anos: número do pai, da mãe ou do responsável nesta lista
ta-file-guardian-help = Por exemplo, 1 se a pessoa 1 for o pai ou a mãe. Deixe em branco para adultos.
ta-file-submit = Enviar o pedido

ta-us-status-citizen = Cidadão dos EUA
ta-us-status-permanent-resident = Residente permanente legal (green card)
ta-us-status-parolee = Pessoa com parole
ta-us-status-tps = Status de proteção temporária (TPS)
ta-us-status-asylee = Asilado ou refugiado
ta-us-status-other-lawful = Outro status legal

ta-relationship-spouse = Cônjuge ou companheiro(a)
ta-relationship-child = Filho ou filha
ta-relationship-parent = Pai ou mãe
ta-relationship-sibling = Irmão ou irmã
ta-relationship-relative = Outro parente
ta-relationship-friend = Amigo ou amiga
ta-relationship-other = Outra relação

ta-case-title = Seu pedido
ta-case-intro = Caso { $reference }, { $programme }.
ta-case-invited-help = Cada adulto recebeu um código por e-mail. Se alguém não recebeu, peça para olhar na pasta de spam; o código funciona por 30 dias.
ta-case-person = Pessoa
ta-case-state = Situação
ta-case-number = Autorização
ta-case-until = Válida até
ta-extend-intro = { $days ->
    [one] Este programa permite uma prorrogação de { $days } dia.
   *[other] Este programa permite uma prorrogação de { $days } dias.
}
ta-extend-submit = Pedir a prorrogação para { $given }
ta-extend-done = A autorização foi prorrogada. Vocês dois vão receber uma mensagem.
ta-extend-not-allowed = Esta autorização não pode ser prorrogada: o programa não permite prorrogação, ou ela já foi prorrogada. Nada mudou.

ta-invitation-title = Confirme seus dados
ta-invitation-intro = Alguém nos Estados Unidos fez um pedido para você e você recebeu um código. Digite o código aqui: assim sua conta vai responder por você e por qualquer criança com menos de 18 anos incluída com você.
ta-invitation-code = Seu código
ta-invitation-code-help = Ele começa com TAI, por exemplo TAI-7K4M-Q2XP.
ta-invitation-submit = Continuar
ta-invitation-unknown = Este código não abre nenhum pedido. Confira cada letra e cada número; um código funciona uma vez só, por 30 dias. Se ainda não funcionar, fale com a pessoa que fez o pedido para você.

ta-person-title = Sua autorização de viagem
ta-person-heading = Autorização de viagem: { $given }
ta-person-typed = Pedido feito para { $given } { $family }, data de nascimento { $born }, no programa { $programme }.
ta-person-intro = Confirme antes de { $until }: confira seus dados, responda a cada afirmação, digite as duas linhas da parte de baixo da página da foto do seu passaporte e tire uma foto do seu rosto.
ta-person-correct = Corrija o nome ou a data de nascimento (só se estiverem errados)
ta-person-attest = Afirmações
ta-person-mrz = As duas linhas da parte de baixo da página da foto do seu passaporte
ta-person-mrz-help = Elas começam com P< e usam letras, números e o sinal <. Digite do jeito que estão impressas, uma linha embaixo da outra.
ta-person-passport-page = Uma foto da página de dados do seu passaporte (se puder)
ta-person-passport-page-help = Se você enviar, sua foto é comparada com o retrato dela. Se não, uma pessoa compara.
ta-person-position = Este programa guarda o país onde você está quando confirma (só o país). Quando você enviar, o celular vai pedir para compartilhar sua localização.
ta-person-needs-script = Para confirmar, esta página precisa usar a localização do seu celular, e para isso é preciso um navegador com scripts ativados (JavaScript). Um abrigo ou uma organização de ajuda jurídica pode emprestar um celular que funcione.
ta-person-submit = Confirmar
ta-person-confirmed = Você confirmou. Uma pessoa da agência vai decidir; você vai receber uma mensagem. Você não precisa fazer nada agora.
ta-person-authorized = Você tem autorização para viajar de avião para os Estados Unidos: autorização { $number }, válida até { $until }.
ta-person-not-authorized = Você não recebeu autorização por este pedido. A decisão não informa os motivos. Uma organização de ajuda jurídica pode dizer o que mais você pode fazer.
ta-person-expired = Esta parte do pedido terminou. A pessoa que fez o pedido para você pode fazer um novo enquanto o programa estiver aberto.
ta-person-paroled = Você chegou. O agente registrou o parole: número de admissão { $number }, classe { $class }, até { $until }.
ta-proof = Mostre este código QR no embarque e no aeroporto de chegada, ou o número acima. Ele contém só suas iniciais, seu ano de nascimento e o país do seu passaporte.

ta-staff-title = Autorizações de viagem para decidir
ta-staff-waiting = { $count ->
    [0] Ninguém está esperando uma decisão.
    [one] Uma pessoa está esperando uma decisão (as mais antigas primeiro):
   *[other] { $count } pessoas estão esperando uma decisão (as mais antigas primeiro):
}
ta-staff-line = { $reference }, { $programme }, confirmado em { $when }
ta-staff-reviews = Casos de revisão do lado dos patrocinadores
ta-staff-reviews-count = { $count ->
    [0] Nenhum está aberto.
    [one] Um está aberto. Não é uma recusa: veja os pedidos que ele indica antes de decidir sobre eles.
   *[other] { $count } estão abertos. Não são recusas: veja os pedidos que eles indicam antes de decidir sobre eles.
}
ta-staff-review = { $signal ->
    [network] Muitos pedidos da mesma rede
    [device] Muitos pedidos do mesmo aparelho
    [named-twice] Uma pessoa indicada por vários patrocinadores
   *[other] Um patrocinador com muito mais pedidos do que o normal
}: { $count } na abertura, { $when }.
ta-staff-review-close = Já analisei: fechar este caso
ta-staff-review-closed = O caso de revisão está fechado.
ta-staff-case = Caso { $reference }, { $programme }.
ta-staff-what = Item
ta-staff-value = Registrado
ta-staff-typed = Como o patrocinador digitou
ta-staff-relationship = Relação com o patrocinador
ta-staff-confirmed = Como a pessoa confirmou
ta-staff-passport = Passaporte
ta-staff-passport-line = { $number }, emitido por { $issuer }, vence em { $expires }
ta-staff-country = País na confirmação
ta-staff-country-unknown = Não se sabe (não foi perguntado, ou não está no mapa)
ta-staff-portrait = Comparada com o retrato do passaporte
ta-staff-portrait-distance = Comparação automática: os rostos estão a { $distance } de distância; duas fotos da mesma pessoa costumam ficar abaixo de { $threshold }.
ta-staff-portrait-unusable = A foto da página do passaporte não tinha um único rosto que a comparação pudesse usar: compare você mesmo.
ta-staff-portrait-none = Nenhuma foto da página do passaporte foi enviada: compare você mesmo a foto com o passaporte.
ta-staff-supporter = Patrocinador
ta-staff-signals-head = Pedidos contados
ta-staff-signals = Da mesma rede: { $network }. Do mesmo aparelho: { $device }. Deste patrocinador: { $supporter }. Esta pessoa, indicada por outros patrocinadores: { $named }.
ta-staff-photo = Verificação da foto
ta-staff-photo-passed = A cabeça virou como foi pedido.
ta-staff-photo-reason = { $reason ->
    [move-as-asked] A verificação de movimento da câmera não viu a cabeça virar como pedido: olhe com atenção.
    [not-live] Enviada como foto parada de um arquivo, sem a verificação de movimento da câmera: olhe com atenção.
   *[other] Uma verificação da foto não passou: olhe com atenção.
}
ta-staff-photo-alt = A foto tirada na confirmação
ta-staff-photo-compare = Compare a foto com o passaporte que a pessoa mostrar, se você pedir; a verificação só diz se a foto foi tirada ao vivo.
ta-staff-decide = Decisão
ta-staff-decide-help = Cada autorização conta no limite mensal do programa. A pessoa e o patrocinador são avisados; nenhum motivo é informado.
ta-staff-authorize = Autorizar a viagem
ta-staff-not-authorize = Não autorizar
ta-staff-authorized = Autorizado. A pessoa e o patrocinador vão receber uma mensagem.
ta-staff-not-authorized = Registrado como não autorizado. A pessoa e o patrocinador vão receber uma mensagem.
ta-staff-cap-reached = O limite do programa para este mês foi atingido: nada foi registrado. A pessoa continua na fila para o próximo mês.
ta-staff-not-open = Isto já foi decidido ou fechado. Nada mudou.

ta-programmes-title = Programas de autorização de viagem
ta-programmes-cap = Este mês: { $granted } de { $cap } autorizações.
ta-programmes-no-cap = Este mês: { $granted } autorizações (sem limite).
ta-programmes-close = Fechar para novos pedidos
ta-programmes-open = Abrir para novos pedidos
ta-programmes-opened = O programa está aberto para novos pedidos.
ta-programmes-closed = O programa está fechado para novos pedidos. Os pedidos já feitos continuam.

ta-port-title = Autorizações de viagem na chegada
ta-port-intro = Encontre a autorização do viajante pelo número ou pelo código QR, ou pelo nome e data de nascimento. Cada busca fica registrada.
ta-port-number = Número da autorização ou texto do código QR
ta-port-number-help = Escaneie o código QR, ou digite o número (TA-...).
ta-port-find = Buscar
ta-port-none = Nenhuma autorização encontrada. Confira o número, ou busque por nome e data de nascimento.
ta-port-found = { $number }: { $name }, passaporte { $passport }, válida até { $until }
ta-port-parole = Registrar o parole
ta-port-admission = Número de admissão
ta-port-class = Classe de admissão
ta-port-until = Parole até
ta-port-recorded = Parole registrado. O viajante vê isso na página dele e no registro assinado.
ta-port-not-valid = Esta autorização não é válida agora (vencida, não autorizada ou já usada). Nada foi registrado.
ta-port-parole-problem = Confira o número de admissão (11 dígitos), a classe (por exemplo DT) e a data. Nada foi registrado.
