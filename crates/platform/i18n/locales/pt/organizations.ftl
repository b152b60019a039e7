## Organizações como cadastros: os administradores do programa cuidam da lista; os administradores de uma organização cuidam dos ajudantes dela.

role-organization-admin = Administrador da organização
organizations-title = Organizações
organizations-intro = As organizações para as quais a equipe trabalha. Um ajudante, observador, validador parceiro ou administrador de organização só pode receber uma organização desta lista.
organizations-name = Nome
organizations-kind = Tipo
organizations-city = Cidade
organizations-contact = Como entrar em contato
organizations-contact-help = Um endereço público, telefone ou horário de atendimento, do jeito que o diretório de ajuda mostra.
organizations-kind-helpers = Abrigo ou grupo de ajuda jurídica (ajudantes)
organizations-kind-partner = Parceiro que confere as confirmações
organizations-kind-observer = Observador dos sorteios
organizations-kind-carrier = Empresa de ônibus
organizations-kind-broker = Despachante aduaneiro
organizations-kind-importer = Importador
organizations-add = Adicionar a organização
organizations-added = A organização foi adicionada. Agora você pode criar contas para as pessoas dela.
organizations-incomplete = Preencha todos os campos (até 100 caracteres cada) e escolha um tipo.
organizations-taken = Já existe uma organização com esse nome. Nada foi adicionado.
organization-title = Os ajudantes da sua organização
organization-intro = Os ajudantes de { $organization }. Adicione alguém que ajuda as pessoas pessoalmente, ou remova alguém que não ajuda mais: as sessões dessa pessoa terminam na hora.
organization-no-helpers = Ainda não há ajudantes.
organization-remove = Remover este ajudante
organization-removed = O ajudante foi removido: as sessões dele terminaram e ele não consegue mais entrar.
organization-add = Adicionar um ajudante
staff-accounts-organization-unknown = Nenhuma organização tem esse nome. Primeiro adicione a organização em Organizações, ou confira a grafia.

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = Empresas de ônibus, despachantes aduaneiros e importadores: entrem no Garita
joining-title = Faça parte do Garita como empresa de ônibus, despachante aduaneiro ou importador
joining-intro = As empresas de ônibus enviam as listas de passageiros antes de chegar a um posto de fronteira; despachantes aduaneiros e importadores pedem inspeções de carga. Conte para nós quem você é. Um administrador do programa analisa o seu pedido, e a pessoa que vai cuidar da conta da sua organização recebe um e-mail com um link para configurá-la.
joining-email = E-mail da pessoa que vai cuidar da sua conta
joining-email-help = Essa pessoa recebe o link para criar uma senha e configurar um aplicativo autenticador. Este e-mail não pode já ter uma conta do Garita.
joining-submit = Enviar o pedido
joining-received = Obrigado. Recebemos o seu pedido: a pessoa que vai cuidar da sua conta recebe um e-mail assim que um administrador do programa analisar o pedido.
joining-incomplete = Preencha todos os campos (até 100 caracteres cada), escolha o que a sua organização faz e informe um endereço de e-mail que funcione.
joining-requests-title = Organizações pedindo para entrar
joining-requests-none = Nenhuma organização está esperando.
joining-request = { $name } ({ $kind }), { $city }. Contato: { $contact }. Pedido feito em { $when }.
joining-decision = Decisão
joining-approve = Aprovar: criar o cadastro e configurar a conta do administrador
joining-refuse = Recusar
joining-decide = Registrar a decisão
joining-choose = Escolha aprovar ou recusar.
joining-approved = Aprovado. A organização foi cadastrada, e o administrador dela recebeu um link para configurar a conta.
joining-refused = Recusado. A pessoa que fez o pedido foi avisada.
joining-gone = Este pedido já tinha uma decisão: nada mudou.
joining-conflict = Nada mudou: já existe uma organização com esse nome, ou esse endereço já tem uma conta do Garita. Se for o caso, adicione à mão a organização e o administrador dela.
org-approved-v1-subject = Garita: { $organization } já pode usar o Garita
org-approved-v1-body = Um administrador do programa aprovou o pedido de { $organization }. Você cuida da conta da organização: abra este link para escolher uma senha e configurar um aplicativo autenticador. O link funciona uma só vez, por tempo limitado.
org-approved-v1-next = Depois, adicione as pessoas que trabalham com você. Se você não fez esse pedido, pode ignorar esta mensagem.
org-refused-v1-subject = Garita: o pedido de { $organization }
org-refused-v1-body = Um administrador do programa não aprovou o pedido de { $organization }. Se você acha que houve um engano, escreva para o programa dizendo quem você é e o que a sua organização faz.

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = Tokens para os seus sistemas
organization-tokens-intro = O software próprio da sua organização (um sistema de despacho ou aduaneiro) se conecta à API do Garita com um token. Crie um para cada sistema, e revogue o token quando esse sistema não precisar mais dele: ele para de funcionar na hora.
organization-tokens-none = Ainda não há tokens.
organization-token-label = Para que serve o token
organization-token-label-help = Por exemplo, “sistema de despacho”. Até 60 caracteres.
organization-token-make = Criar um token
organization-token-made = O token aparece acima. Copie agora para o seu sistema: ele não será mostrado de novo.
organization-token-incomplete = Diga para que serve o token, em até 60 caracteres.
organization-token-line = { $label }: criado em { $when }.
organization-token-revoked-line = { $label }: criado em { $when }, revogado em { $revoked }.
organization-token-revoke = Revogar este token
organization-token-revoked = O token foi revogado: ele não funciona mais.
