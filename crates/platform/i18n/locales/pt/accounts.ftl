# Accounts, sign-in, recovery, staff pages and account e-mails (Brazilian Portuguese).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Navigation

nav-signin = Entrar
nav-signup = Criar uma conta
nav-account = Minha conta
nav-signout = Sair
nav-staff = Equipe

## Consent, shown before an account is made (and again when it changes)

consent-title = Antes de começar: suas informações
consent-intro = Por favor, leia isto. Aqui explicamos o que o Garita guarda sobre você e por quê.
consent-collect-title = O que guardamos
consent-collect-body = Seu endereço de e-mail, sua senha guardada de um jeito trancado que ninguém consegue ler, seu idioma e, mais tarde, as informações que você nos der sobre as pessoas do seu grupo.
consent-why-title = Para quê
consent-who-title = Quem pode ver
consent-who-body = Você. A equipe do Garita, só quando o trabalho precisar, e cada vez que alguém da equipe olha, isso fica anotado. Os agentes de fronteira do posto onde você tem agendamento. Nunca vendemos as suas informações.
consent-keep-title = Por quanto tempo guardamos
consent-keep-body = Enquanto a sua conta estiver aberta. Se você fechar a conta, apagamos as suas informações depois de 2 anos, menos o que a lei nos obriga a guardar.
consent-rights-title = Seus direitos
consent-rights-body = Você pode ver e baixar tudo o que guardamos sobre você, e pode corrigir. Se você disser não, não vai poder usar o Garita; nada mais acontece.
consent-version = Versão { $version }
consent-changed = Mudamos este texto desde a última vez que você leu. Por favor, leia de novo e concorde para continuar.
consent-agree = Li este texto e concordo

## Making an account

signup-title = Criar uma conta
signup-intro = Uma conta é para um grupo de pessoas que viajam juntas.
signup-email-label = Seu endereço de e-mail
signup-email-help = Vamos enviar um código para este endereço. Use um endereço que você consiga abrir.
signup-phone-label = Número de telefone (você pode deixar em branco)
signup-phone-help = Com o código do país, por exemplo +52 664 123 4567.
signup-password-label = Crie uma senha
signup-password-help = Pelo menos 10 letras, números ou sinais. Uma frase curta é fácil de lembrar e difícil de adivinhar.
signup-language-label = Seu idioma para as mensagens
signup-submit = Criar minha conta
signup-have-account = Você já tem uma conta? Entre.

## Problems with a field (shown next to the field)

field-required = Por favor, preencha este campo.
form-problems-title = Confira estas respostas
field-email-invalid = Isto não parece um endereço de e-mail. Ele deve ser parecido com nome@example.com.
field-phone-invalid = Escreva o número com o código do país, por exemplo +52 664 123 4567.
field-password-short = A senha é curta demais. Use pelo menos 10 letras, números ou sinais.
field-password-long = A senha é longa demais. Use no máximo 128 letras, números ou sinais.
field-password-common = Muitas pessoas usam esta senha, então é fácil de adivinhar. Por favor, escolha outra.
field-code-format = O código tem 6 números. Digite só os números.
field-code-wrong = Este código não está certo ou já é antigo. Veja o e-mail mais recente do Garita ou peça um código novo.
field-totp-wrong = Este código não está certo. Digite os 6 números que o seu aplicativo mostra agora.
field-code-spent = Este código não pode mais ser usado: foi tentado vezes demais, ou o tempo dele acabou. Entre de novo para receber um novo.
field-identity-check = Por favor, confirme que você verificou quem é esta pessoa.

## Checking the e-mail address

verify-title = Veja o seu e-mail
verify-expiry = O código vale por 15 minutos.
verify-code-label = Código
verify-submit = Verificar o código
verify-resend = Enviar um código novo para mim
verify-resend-wait = Você vai poder pedir um código novo em { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
verify-resent = Se o endereço estiver certo, um código novo está a caminho.
verify-done = Seu endereço de e-mail foi confirmado.

## Recovery codes, shown once

codes-title = Seus códigos de recuperação
codes-body = Se você perder o celular ou esquecer a senha, um destes códigos deixa você entrar de novo na sua conta. Cada código funciona uma só vez.
codes-keep = Imprima esta página ou escreva os códigos num papel. Guarde em um lugar seguro. Não mostre para ninguém: o Garita nunca vai pedir estes códigos.
codes-once = Só mostramos estes códigos agora. Nós guardamos os códigos apenas de um jeito trancado.
codes-print = Imprimir
codes-continue = Já guardei meus códigos

## Signing in

signin-title = Entrar
signin-password-label = Senha
signin-submit = Entrar
signin-forgot = Esqueceu a senha ou perdeu o celular?
signin-no-account = Ainda não tem conta? Crie uma.
signed-out = Você saiu da sua conta.
signed-out-everywhere = Você saiu da sua conta em todos os celulares e computadores.

device-title = É você?
device-submit = Continuar

totp-title = Código do seu aplicativo
totp-body = Abra o seu aplicativo autenticador e digite os 6 números que ele mostra para o Garita.
totp-code-label = Código do aplicativo
totp-submit = Entrar

## My account

account-title = Minha conta
account-email = Endereço de e-mail: { $email }
account-language-label = Idioma das mensagens
account-language-save = Salvar o idioma
account-saved = Salvo.
account-security-title = Segurança
account-totp-on = Um aplicativo autenticador protege a sua conta.
account-totp-off = Você pode adicionar um aplicativo autenticador para ter mais segurança.
account-totp-setup = Adicionar um aplicativo autenticador
account-codes-new = Criar novos códigos de recuperação
account-codes-new-help = Seus códigos antigos vão parar de funcionar.
account-sessions-title = Onde a sua conta está aberta
account-session-web = Navegador de internet, desde { $since }
account-session-api = Chave de aplicativo, desde { $since }
account-session-current = (este aqui)
account-session-end = Sair deste lugar
account-signout = Sair
account-signout-everywhere = Sair em todos os lugares

totp-setup-title = Adicionar um aplicativo autenticador
totp-setup-body = No seu aplicativo autenticador, adicione uma conta nova e digite esta chave. Depois, digite os 6 números que o aplicativo mostrar.
totp-setup-key = Chave: { $key }
totp-setup-code-label = Código do aplicativo
totp-setup-submit = Ativar
totp-setup-done = Agora você precisa do seu aplicativo autenticador para entrar.

## Getting back into an account

recover-title = Entrar de novo na sua conta
recover-intro = Seu cadastro e seu histórico nunca são apagados. Escolha um caminho:
recover-code-title = Com um código de recuperação
recover-code-body = Use um dos códigos que você imprimiu ou anotou quando criou a sua conta.
recover-code-label = Código de recuperação
recover-new-password-label = Nova senha
recover-code-submit = Mudar minha senha
recover-email-submit = Enviar um código para mim
recover-helper-title = Com ajuda de um abrigo ou de um grupo de ajuda jurídica
recover-helper-body = Vá a um abrigo ou grupo de ajuda jurídica que trabalha com o Garita. Uma pessoa de lá confere quem você é, pessoalmente, e dá a você um link para criar uma senha nova.
recover-failed = O endereço de e-mail ou o código de recuperação não estão certos. Confira os dois e tente de novo.
recover-done = Sua senha foi mudada. Seu cadastro e seu histórico continuam guardados. Você saiu da sua conta em todos os outros lugares.

## Set-up link (staff accounts and helper recovery)

setup-title = Crie a sua senha
setup-body = Este link funciona uma só vez. Crie uma senha para a sua conta.
setup-staff-totp = As contas da equipe precisam de um aplicativo autenticador. No seu aplicativo, adicione uma conta nova com esta chave e depois digite os 6 números que ele mostrar: { $key }
setup-submit = Salvar
setup-invalid = Este link não funciona mais. Talvez ele seja antigo ou já tenha sido usado. Peça um link novo para a pessoa que deu este link a você.

## Limits

rate-limited = Muitas tentativas por agora. Por favor, espere { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} e depois tente de novo. Nada do que você salvou foi perdido.
form-expired = Este formulário ficou aberto por muito tempo. Por favor, tente de novo: guardamos tudo o que você já tinha salvado antes.
upload-too-large = A foto tem mais de { $megabytes } MB. Tire a foto de novo ou escolha uma menor. Nada do que você salvou antes se perdeu.
body-too-large = O que foi enviado passa de { $kilobytes } KB, mais do que qualquer resposta desta página precisa. Encurte o texto mais longo e envie de novo. Nada do que você salvou antes foi perdido.
form-unreadable = Não conseguimos ler o que esta página enviou. Por favor, abra a página de novo pelo menu e preencha outra vez: tudo o que você já tinha salvado continua aqui.

## Staff

staff-title = Equipe
staff-role = Sua função: { $role }
staff-port = Seu posto de fronteira: { $port }
staff-organization = Sua organização: { $organization }
role-applicant = Solicitante
role-helper = Ajudante
role-officer = Agente de fronteira
role-port-supervisor = Supervisor do posto de fronteira
role-programme-admin = Administrador do programa
role-auditor = Responsável pela auditoria
role-partner-validator = Validador de organização parceira
role-observer = Observador do sorteio
role-adjudicator = Analista de casos
role-agriculture-specialist = Especialista em agricultura
signin-required-title = Por favor, entre na sua conta
signin-required-body = Você precisa entrar na sua conta para ver esta página.
forbidden-title = Esta página não é para a sua conta
forbidden-body = Esta página é para outra função ou outro posto de fronteira. Se o seu trabalho precisar dela, peça a um administrador do programa.

staff-audit-title = Registro de auditoria
staff-audit-intact = O registro tem { $count ->
    [0] { $count } entradas, e nenhuma foi alterada.
    [one] { $count } entrada, e ela não foi alterada.
   *[other] { $count } entradas, e nenhuma foi alterada.
}
staff-audit-broken = O registro foi alterado na entrada número { $seq }. Avise a equipe de segurança.
staff-audit-checkpoint = Número de entradas no último ponto de controle assinado: { $count }. O registro corresponde a ele.
staff-audit-rewritten = O registro não corresponde ao seu ponto de controle assinado na entrada número { $count }: foi reescrito. Avise a equipe de segurança.
staff-audit-cut = Número de entradas no registro: { $count }; o ponto de controle assinado contava { $checkpoint }. As entradas mais recentes foram removidas. Avise a equipe de segurança.
staff-audit-bad-checkpoint = O ponto de controle da entrada número { $count } não tem a assinatura da Garita. Avise a equipe de segurança.
staff-audit-when = Quando
staff-audit-who = Quem
staff-audit-what = O quê

staff-port-title = Posto de fronteira { $port }
staff-port-capacity = Vagas por dia
staff-port-date-label = Data
staff-port-seats-label = Vagas
staff-port-save = Salvar
staff-port-slots-label = Vagas por horário
staff-port-closed-label = Fechado
staff-port-slots-title = Vagas por horário
staff-port-slots-help = Defina quantas vagas tem cada horário de uma data. As vagas dessa data passam a ser a soma delas; o sorteio dessa data usa essas vagas.
staff-port-slot-seats = Vagas às { $time }
staff-port-slots-saved = Vagas por horário salvas para o dia { $date }.
staff-port-slots-closed = O posto de fronteira está fechado no dia { $date }: nada foi alterado.
staff-port-close-title = Fechar o posto de fronteira em uma data
staff-port-close-help = Todos os agendamentos dessa data passam para as datas mais próximas com vagas livres neste posto de fronteira, com cada grupo junto. Cada grupo é avisado, pode escolher outro posto de fronteira no lugar deste, e a confirmação dele mostra a nova data.
staff-port-close-reason = Motivo
staff-port-close-confirm = Entendo que todos os agendamentos desta data são remarcados e que cada grupo é avisado.
staff-port-close-unconfirmed = Nada foi alterado: primeiro marque a caixa para confirmar o fechamento.
staff-port-close = Fechar o posto de fronteira e remarcar os agendamentos
staff-port-closed-weather = Fechado: clima
staff-port-closed-security = Fechado: segurança
staff-port-closed-other = Fechado
staff-port-closed-done = O posto de fronteira está fechado no dia { $date }. { $moved ->
    [0] { $moved } agendamentos remarcados.
    [one] { $moved } agendamento remarcado.
   *[other] { $moved } agendamentos remarcados.
} { $unplaced ->
    [0] {""}
   *[other] Agendamentos sem vagas livres nos próximos meses, que continuam na mesma data: { $unplaced }. Por favor, cuide deles.
}
staff-port-already-closed = O posto de fronteira já estava fechado no dia { $date }: nada foi alterado.
staff-port-close-past = O dia { $date } já passou neste posto de fronteira: não é possível fechar um dia que já passou. Nada foi alterado.
staff-port-close-busy = Os agendamentos mudaram enquanto o posto de fronteira era fechado no dia { $date }, então nada foi alterado. Por favor, tente de novo.

staff-recover-title = Ajudar alguém a entrar de novo na conta
staff-recover-body = Faça isto só com a pessoa na sua frente, depois de conferir quem ela é com um documento de identidade. Tudo o que você faz aqui fica anotado e é mostrado para a pessoa.
staff-recover-email-label = Endereço de e-mail da pessoa
staff-recover-identity-label = Conferi pessoalmente a identidade desta pessoa
staff-recover-document-label = O número do documento da pessoa, ou a data de nascimento (dia/mês/ano), como no cadastro dela
staff-recover-submit = Criar um link para uma senha nova
staff-recover-link = Dê este link para a pessoa. Ele funciona uma só vez, durante 24 horas: { $link }
staff-recover-none = Sem link. Ou este endereço não tem uma conta que sua organização ajuda, ou o número do documento ou a data de nascimento não conferem com o cadastro. Confira com a pessoa.

## E-mails

email-greeting = Olá,
email-footer = O Garita é gratuito. Nunca pedimos dinheiro, sua senha nem seus códigos de recuperação.
email-ignore = Se você não pediu isto, pode ignorar este e-mail. Sua conta está segura.
email-code = Seu código: { $code }
email-code-expiry = O código vale por 15 minutos.
email-link-intro = Ou abra este link:
email-verify-subject = Seu código do Garita: { $code }
email-verify-body = Aqui está o código para confirmar o seu endereço de e-mail no Garita.
email-device-subject = Seu código para entrar no Garita: { $code }
email-device-body = Alguém está entrando na sua conta do Garita em um celular ou computador novo. Se for você, digite este código.
email-recovery-subject = Seu código de recuperação do Garita: { $code }
email-recovery-body = Aqui está o código para criar uma senha nova para a sua conta do Garita. Seu cadastro e seu histórico continuam guardados.
email-exists-subject = Sua conta do Garita
email-exists-body = Alguém tentou criar uma conta nova no Garita com este endereço de e-mail, mas você já tem uma. Se foi você, entre na sua conta ou recupere o acesso por aqui: { $link }
email-password-changed-subject = A senha da sua conta do Garita foi mudada
email-password-changed-body = A senha da sua conta do Garita foi mudada. Se não foi você, recupere agora o acesso à sua conta por aqui: { $link }

## Titles added with the account pages

rate-limited-title = Por favor, espere um pouco
form-expired-title = Por favor, tente de novo
api-token-created = Esta é a sua chave de aplicativo. Ela aparece só uma vez: { $token }
staff-none = Ainda não há nada aqui para a sua função.
staff-links-title = O que você pode fazer
account-codes-left = Códigos de recuperação que você ainda não usou: { $count }
account-phone = Telefone: { $phone }

## Helpers working with a person who is present

staff-people-title = Pessoas que a sua organização ajuda
staff-people-none = Ainda não há ninguém.
staff-people-new = Criar uma conta para uma pessoa que está aqui com você
staff-people-new-help = Primeiro, leia para a pessoa o texto abaixo, no idioma dela, ou deixe que ela mesma leia. Crie a conta só se ela concordar.
staff-people-consent-read = Li este texto para a pessoa no idioma dela, e ela concordou
staff-people-email = Endereço de e-mail da pessoa
staff-people-language = Idioma da pessoa
staff-people-create = Criar a conta
staff-people-taken = Este endereço já tem uma conta. A pessoa pode entrar de novo nela com "Entrar de novo na sua conta".
staff-people-act = Trabalhar no cadastro desta pessoa
staff-people-handover = Entregar a conta para a pessoa
staff-people-handover-link = Dê este link para a pessoa. Com ele, ela cria a própria senha. O link funciona por 72 horas: { $link }
acting-notice = Você está trabalhando no cadastro de { $email }. Tudo o que você faz fica anotado e é mostrado para esta pessoa.
acting-stop = Parar de trabalhar para esta pessoa
account-helpers-title = O que os ajudantes fizeram por você
account-helper-can-act = { $organization } pode agir na sua conta, porque ajudou você. Você pode encerrar isso quando quiser: os ajudantes dela não poderão mais ver nem mudar nada aqui.
account-helper-withdraw = Encerrar o acesso
account-helpers-none = Nenhum ajudante trabalhou na sua conta.
helper-did-account = { $date }: um ajudante criou a sua conta.
helper-did-consent = { $date }: um ajudante anotou que você concordou com o texto sobre as suas informações.
helper-did-acting = { $date }: um ajudante começou a trabalhar no seu cadastro.
helper-did-handover = { $date }: um ajudante criou um link para você receber a sua conta.
helper-did-registration = { $date }: um ajudante salvou o seu cadastro.
helper-did-photo = { $date }: um ajudante enviou uma foto.
helper-did-recovery = { $date }: um ajudante criou um link para você entrar de novo na sua conta.
helper-did-other = { $date }: um ajudante fez uma mudança.

## Closing one's account.
account-close = Encerrar minha conta
close-title = Encerrar sua conta
close-what = Depois de encerrada, ninguém consegue entrar nesta conta: todas as sessões terminam, em todos os celulares, e seus códigos de recuperação deixam de funcionar. Seu grupo não pode mais pedir agendamentos.
close-kept = Apagamos suas informações 2 anos depois que você encerra a conta, exceto o que a lei nos obriga a guardar. As listas publicadas dos sorteios guardam só números de participação, que não dizem nada sobre você.
close-again = Você pode criar uma conta nova com o mesmo e-mail quando quiser.
close-sure = Entendo: encerrar minha conta
close-submit = Encerrar minha conta
close-keep = Manter minha conta
close-not-sure = Marque a caixa para dizer que quer encerrar sua conta. Nada foi alterado.
close-end-first = Seu grupo tem um agendamento. Cancele-o primeiro, na página que mostra o agendamento; depois você poderá encerrar a conta. Nada foi alterado.
close-done = Sua conta foi encerrada. Ninguém consegue mais entrar nela. Apagamos suas informações daqui a 2 anos, exceto o que a lei nos obriga a guardar.

## Staff accounts, for programme admins.
staff-accounts-title = Contas da equipe
staff-accounts-row = { $email }: { $role } { $place }
staff-accounts-disable = Desativar esta conta
staff-accounts-disabled = A conta foi desativada: as sessões terminaram e ela não consegue mais entrar.
staff-accounts-not-disabled = Nada foi alterado: essa conta não é da equipe, é a sua ou já está desativada.
staff-audit-search = Buscar
staff-audit-action = Ação (ou seu começo, por exemplo review.)
staff-audit-action-help = Por exemplo desk.traveller-opened para cada abertura dos dados de um viajante num porto.
staff-audit-subject = Sobre (id de conta ou de registro)
staff-audit-from = De (AAAA-MM-DD)
staff-audit-to = Até (AAAA-MM-DD)
staff-audit-none = Nenhuma entrada corresponde a esta busca.
staff-audit-older = Entradas mais antigas
staff-audit-csv = Baixar esta busca em CSV
