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
