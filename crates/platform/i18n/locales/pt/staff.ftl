## Os administradores do programa cuidam das contas da equipe: criar uma conta, mudar a função, redefinir o acesso.

staff-accounts-intro = Todas as pessoas que trabalham no Garita e a função de cada uma. Uma mudança vale na hora; desativar uma conta encerra as sessões dela na hora.
staff-accounts-new = Criar uma conta da equipe
staff-accounts-new-help = O link de configuração aparece aqui uma só vez: entregue o link pessoalmente para a pessoa. Com ele, a pessoa escolhe uma senha e configura um aplicativo autenticador.
staff-accounts-email = E-mail de trabalho da pessoa
staff-accounts-role = Função
staff-accounts-port = Posto de fronteira
staff-accounts-port-help = Só para agentes de fronteira e supervisores do posto de fronteira.
staff-accounts-no-port = Sem posto de fronteira
staff-accounts-organization = Organização
staff-accounts-organization-help = Só para funções ligadas a uma organização (ajudantes, observadores, validadores parceiros): o nome dela.
staff-accounts-language = Idioma da pessoa
staff-accounts-create = Criar a conta
staff-accounts-created = A conta foi criada. Entregue pessoalmente este link de configuração para a pessoa; ele funciona uma só vez, durante 3 dias: { $link }
staff-accounts-taken = Este endereço já tem uma conta. Nada foi criado.
staff-accounts-change = Salvar a função
staff-accounts-changed = A função foi alterada. A mudança vale na hora.
staff-accounts-not-changed = Nada foi alterado: essa conta não é da equipe, é a sua ou não existe.
staff-accounts-reset = Redefinir a senha e o aplicativo autenticador
staff-accounts-reset-done = A senha e o aplicativo autenticador foram redefinidos, e as sessões da conta foram encerradas. Entregue pessoalmente este novo link de configuração para a pessoa; ele funciona uma só vez, durante 3 dias: { $link }
staff-accounts-role-needed = Escolha uma função da equipe.
staff-accounts-port-needed = Agentes de fronteira e supervisores do posto de fronteira trabalham em um só posto de fronteira: escolha qual.
staff-accounts-port-not-allowed = Só agentes de fronteira e supervisores do posto de fronteira têm um posto de fronteira: escolha "Sem posto de fronteira".
staff-accounts-organization-needed = Esta função trabalha para uma organização: escreva o nome dela.
staff-accounts-organization-not-allowed = Esta função não tem organização: deixe este campo vazio.
email-help-withdrawn-subject = Garita: uma pessoa ajudada pela sua organização retirou o acesso
email-help-withdrawn-body = Uma pessoa que sua organização ajudou no Garita retirou o acesso da sua organização à conta dela. Seus voluntários não podem mais trabalhar nela. Se precisar de ajuda de novo, ela pode pedir, e você pode fazer uma conta nova com ela presente. Veja as pessoas que você ajuda: { $link }
