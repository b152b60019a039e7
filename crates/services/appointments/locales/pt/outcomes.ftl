## O que foi registrado no porto para um viajante, no console dos agentes e na página de situação da pessoa.

fact-arrived = Chegou. Ainda não há mais nada registrado.
fact-paroled = Admitido com parole nos Estados Unidos até { $until }.
fact-nta = Notificação para Comparecer (Notice to Appear) entregue, com número A { $number }.
fact-referred = Encaminhado a outro escritório.
fact-not-admitted = Não admitido.
fact-admission-number = Número de admissão I-94: { $number }.
fact-class = Classe de admissão: { $class }.
fact-version = Versão { $version }, registrada em { $when } em { $port } pelo agente { $officer }:
fact-reason = Motivo da mudança: { $reason }

status-arrivals-title = No porto
status-arrival = { $name } chegou a { $port } em { $date }. O que está registrado agora:
status-arrival-history = Todas as versões, da mais antiga para a mais recente:
status-arrival-help = Se algo aqui estiver errado, fale com um agente no porto ou com uma organização de ajuda jurídica, informando a versão e a referência do agente. O registro que você pode baixar da sua conta tem todas as versões, assinadas.

desk-facts-legend = O que aconteceu
desk-paroled-label = Admitido com parole
desk-nta-a-number-label = Notificação para Comparecer: o número A que ela traz
desk-referred-label = Encaminhado a outro escritório
desk-not-admitted-label = Não admitido
desk-admission-number-label = Número de admissão I-94 (11 caracteres)
desk-class-label = Classe de admissão (por exemplo DT)
desk-reason-label = Por que muda
desk-reason-help = Necessário quando muda uma data ou um número já registrado. A pessoa lê.
desk-reason-needed = Isto muda uma data ou um número já registrado. Escreva por quê: a pessoa vai ler.
desk-changed-meanwhile = Outro agente acabou de registrar este viajante. Leia o que está registrado agora e faça sua mudança de novo.
desk-history = Todas as versões, da mais antiga para a mais recente:

msg-outcome-changed-v1-subject = Garita: uma mudança no que foi registrado em { $port }
msg-outcome-changed-v1-body = Um agente mudou uma data ou um número registrado sobre a chegada do seu grupo a { $port } em { $date }. A versão anterior fica guardada.
msg-outcome-changed-v1-next = Sua página de situação mostra todas as versões, com o motivo da mudança. Se algo estiver errado, fale com um agente no porto ou com uma organização de ajuda jurídica.
msg-outcome-changed-v1-sms = Garita: um agente mudou uma data ou número do seu grupo em { $port }. Versões: { $link }

## The person's parole record (`/parole`).
parole-title = O registro do seu parole
parole-intro = O que os agentes registraram para cada pessoa do seu grupo que chegou a um porto: o número de admissão I-94, a classe de admissão, quando o parole começou e até quando ele vale, e qualquer Notificação para Comparecer (Notice to Appear). Se uma data ou um número já foi mudado, todas as versões ficam aqui, com quem mudou, quando e por quê.
parole-none = Ainda não há nada registrado em um porto para o seu grupo. Depois do seu agendamento, o que o agente registrar aparece aqui.
parole-start = Chegada e inspeção em { $port } em { $date }: o parole conta a partir daí.
parole-changes = Todas as versões, da mais antiga para a mais recente, com a referência do agente e o motivo da mudança:
parole-keep-title = Guarde e confira
parole-keep = Baixe seu registro: ele é assinado pelo Garita, então qualquer pessoa (um advogado, um tribunal, um empregador) pode verificar que ninguém mudou nada.
parole-download = Baixe seu registro assinado
parole-check = Verificar um registro
parole-notices = Avisos enviados para você
parole-legal-help = Ajuda jurídica gratuita ou de baixo custo
