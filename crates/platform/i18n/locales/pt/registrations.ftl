# Registrations: the travellers of a group and their details: Brazilian Portuguese. Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = Isto está comprido demais. Por favor, escreva mais curto.
field-characters = Por favor, use só letras aqui. Se precisar, você pode usar também espaços, hífens ou apóstrofos.
field-wrong-kind = Este valor não é do tipo esperado aqui (um texto, um número, uma lista...). A descrição da API diz qual: /api/v1/openapi.json.
field-direction-mark = Este texto tem uma marca de direção invisível, que muitas vezes vem quando se cola texto. Digite o texto de novo em vez de colá-lo.
field-invisible-space = Este texto tem um espaço invisível (de largura zero), que muitas vezes vem quando se cola texto. Digite o texto de novo em vez de colá-lo.
field-date-invalid = Esta data não existe. Confira o dia, o mês e o ano.
field-date-missing = Escreva a data inteira: o dia, o mês e o ano, cada um em números.
field-date-future = Esta data está no futuro. Confira o ano.
field-date-too-old = Esta data é de mais de 120 anos atrás. Confira o ano.
field-country-unknown = Por favor, escolha um país da lista.
field-height-range = Esta altura não parece certa. Escreva em centímetros (por exemplo 165) ou em pés e polegadas.
field-weight-range = Este peso não parece certo. Escreva em quilogramas (por exemplo 60) ou em libras.
field-choice-unknown = Por favor, escolha uma das respostas.
field-document-format = Um número de documento tem de 4 a 20 letras e números. Copie o número do documento.
field-us-state = Por favor, escolha o estado dos EUA na lista.
field-zip = Um código postal (ZIP) tem 5 números, por exemplo 77002.
field-same-person-twice = Esta pessoa já está no seu grupo. Cada viajante aparece uma só vez: confira os nomes e a data de nascimento.
field-same-document-twice = Este número de documento já está informado para outro viajante do seu grupo. Confira o número no documento.

## Labels of a traveller's details

traveller-given-names = Nomes (como estão nos seus documentos)
traveller-family-names = Sobrenomes (como estão nos seus documentos)
traveller-birth-date = Data de nascimento
traveller-day = Dia
traveller-month = Mês
traveller-year = Ano
traveller-birth-country = País de nascimento
traveller-birth-city = Cidade ou vilarejo de nascimento
traveller-residence-country = País onde você mora agora
traveller-nationality = Nacionalidade
traveller-gender = Sexo que aparece nos seus documentos
traveller-language = Idioma que você fala melhor
traveller-height = Altura
traveller-height-cm = Centímetros
traveller-height-feet = Pés
traveller-height-inches = Polegadas
traveller-weight = Peso
traveller-weight-kg = Quilogramas
traveller-weight-lb = Libras
traveller-weight-amount = Quanto
traveller-weight-unit = Unidade
traveller-eyes = Cor dos olhos
traveller-phone = Número de telefone (você pode deixar em branco)
traveller-email = Endereço de e-mail (você pode deixar em branco)
traveller-home-address = Endereço onde você morava antes (rua, cidade, país)
traveller-travel-history = Países por onde você passou no caminho, com as datas se você souber
form-required-note = As perguntas marcadas com * precisam ser respondidas.
traveller-optional-group = Mais sobre esta pessoa (pode deixar em branco)
traveller-work = Trabalho que você fazia antes
traveller-emergency-contact = Alguém para ligar numa emergência (nome e telefone)
traveller-family = Familiares que não estão neste grupo
traveller-marital = Estado civil
traveller-document = Documento de identidade
traveller-document-kind = Tipo de documento
traveller-document-country = País que emitiu o documento
traveller-document-number = Número do documento

## Choices

gender-female = Feminino
gender-male = Masculino
gender-another = Outro
eyes-brown = Castanho
eyes-black = Preto
eyes-hazel = Cor de mel
eyes-green = Verde
eyes-blue = Azul
eyes-grey = Cinza
eyes-other = Outra cor
marital-single = Solteiro ou solteira
marital-married = Casado ou casada
marital-partner = Mora junto com companheiro ou companheira
marital-divorced = Divorciado ou divorciada
marital-widowed = Viúvo ou viúva
document-passport = Passaporte
document-national-id = Carteira de identidade nacional
document-birth-certificate = Certidão de nascimento
document-other = Outro documento

## The group's destination

us-address-title = Onde você vai ficar nos Estados Unidos
us-address-help = Todas as pessoas do grupo vão para este endereço.
us-address-street = Rua e número
us-address-city = Cidade
us-address-state = Estado
us-address-zip = Código postal (ZIP)

## Registration pages

registration-title = Meu cadastro
registration-start = Cadastre seu grupo
registration-start-intro = Primeiro, onde você vai ficar nos Estados Unidos e os seus próprios dados. Depois, você pode adicionar as outras pessoas do seu grupo. Tudo é salvo cada vez que você aperta Salvar.
registration-save = Salvar
registration-choose = Escolha…
registration-since = Seu grupo está cadastrado desde { $date }.
registration-since-help = Esta data é o seu lugar entre os grupos que esperam há mais tempo. Corrigir ou adicionar dados nunca muda essa data.
registration-edit-address = Corrigir o endereço
registration-name = Nome
registration-travellers = Pessoas do seu grupo
registration-edit-traveller = Corrigir a pessoa { $number } ({ $name })
registration-add-traveller = Adicionar uma pessoa ao seu grupo
registration-traveller-title = Uma pessoa do seu grupo
registration-remove-traveller = Tirar esta pessoa do grupo
registration-already-registered = Esta pessoa já está em outro cadastro. Nada foi mudado. Se você acha que é um erro, uma pessoa pode verificar: peça uma revisão em um abrigo ou grupo de ajuda jurídica que trabalha com o Garita.
registration-stale = Enquanto isso, este cadastro foi mudado em outra janela. Nada foi perdido. Por favor, olhe de novo e faça sua mudança mais uma vez.
registration-travellers-fixed = Seu grupo está num sorteio ou tem um horário marcado, então ninguém pode ser incluído até isso terminar: o horário fica com as pessoas que o pediram. Você ainda pode corrigir um dado ou retirar alguém que não vai viajar.
registration-identity-fixed = Esta mudança faria deste viajante outra pessoa, o que não é possível enquanto seu grupo está num sorteio ou tem um horário marcado. Se os dados estavam errados, uma pessoa de apoio ou de revisão pode ver isso com você.
registration-group-size = Um grupo tem de 1 a 10 pessoas.
registration-history-title = Todas as mudanças no meu cadastro
registration-history-intro = Cada vez que seu cadastro foi salvo: quando, por quem e o que mudou.
registration-history-you = Você
registration-history-helper = Um ajudante
registration-history-field = O quê
registration-history-before = Antes
registration-history-after = Depois
registration-back = Voltar para o meu cadastro

## Photos

photo-title = Foto de { $name }
photo-intro = Uma foto do rosto, olhando para a câmera. No posto de fronteira, ela ajuda o agente de fronteira a ver que a pessoa que chega é a mesma pessoa cadastrada.
photo-tips = Fique na frente de uma parede lisa, com boa luz, sem nada cobrindo o rosto (sem chapéu, sem óculos escuros). Segure o celular na altura dos olhos.
photo-label = Tire uma foto ou escolha uma
photo-submit = Enviar a foto
photo-not-a-photo = Não conseguimos abrir este arquivo como foto. Por favor, tire uma foto nova com a câmera.
photo-no-face = Não conseguimos encontrar um rosto nesta foto. Olhe direto para a câmera, com o rosto todo dentro da foto.
photo-several-faces = Estamos vendo mais de um rosto. Por favor, tire uma foto só desta pessoa.
photo-face-too-small = O rosto está pequeno demais nesta foto. Por favor, chegue mais perto da câmera.
photo-too-dark = Esta foto está escura demais. Por favor, vá para um lugar com mais luz.
photo-blurred = Esta foto não está nítida. Segure o celular sem mexer e limpe a lente da câmera.
photo-compare-again = Não conseguimos comparar esta foto com a foto do cadastro. Olhe para a câmera com uma luz uniforme, tire os óculos e o que cobrir o rosto, e segure o celular com o braço esticado.
photo-not-compared = Não foi possível comparar esta foto automaticamente com a foto do cadastro. Uma pessoa vai olhar as duas; você não precisa fazer nada.
photo-move-as-asked = Não conseguimos ver sua cabeça virar como a página pediu. Segure o celular com o braço esticado, com uma luz uniforme, e vire a cabeça devagar cada vez que a página pedir.
photo-not-live = Esta foto foi enviada sem a verificação de movimento da câmera. Uma pessoa vai analisá-la; você não precisa fazer nada.
photo-tries-left = Você pode tentar mais { $tries ->
    [one] { $tries } vez
   *[other] { $tries } vezes
}. Depois disso, uma pessoa vai olhar a foto.
photo-review = Obrigado. Uma pessoa vai olhar esta foto. Você pode continuar o seu cadastro.
photo-status-missing = Ainda falta a foto
photo-status-accepted = Foto salva
photo-status-review = Uma pessoa vai olhar a foto
photo-add = Adicionar a foto de { $name }
photo-change = Trocar a foto de { $name }
photo-child = Crianças com menos de 14 anos não precisam de foto.

## My record

record-title = Meus dados
record-intro = Tudo o que o Garita guarda sobre a sua conta e o seu cadastro. O Garita assina esses dados, então eles são uma prova do que você tinha, mesmo se algo mudar depois.
record-download = Baixar meus dados (um arquivo assinado pelo Garita)
record-signed = Assinado pelo Garita. Chave: { $key }. Assinatura: { $signature }
record-verify = Qualquer pessoa pode conferir a assinatura com a chave que o Garita publica em /.well-known/garita-keys.json.
record-link = Meus dados: ver, imprimir ou baixar
record-check-title = Verificar um registro
record-check-intro = Escolha um arquivo de registro (garita-record.json, como cada pessoa baixa o seu). O Garita verifica a assinatura com as chaves que publica: o arquivo é lido, verificado e não é guardado.
record-check-file = O arquivo do registro
record-check-submit = Verificar
record-check-genuine = Autêntico: este registro está exatamente como o Garita o assinou em { $date }.
record-check-not-genuine = Não está como o Garita o assinou: o arquivo foi alterado depois de baixado, ou não vem do Garita. Peça à pessoa o arquivo que ela mesma baixou.
record-check-not-record = Este arquivo não é um registro do Garita. Escolha o arquivo garita-record.json baixado do Garita.
record-check-link = Verificar um arquivo de registro

## Staff review

review-title = Esperando a revisão de uma pessoa
review-photos = Fotos que a verificação automática não conseguiu usar
review-photo-line = Foto enviada em { $date }. A verificação disse: { $problem }
review-photo-see = Ver a foto
review-photo-accept = A foto está boa
review-photo-retake = Pedir uma foto nova
review-cases = Casos para olhar
review-case-line = { $kind } — aberto desde { $date }
review-case-close = Já olhado: fechar o caso
review-none = Nada está esperando.
case-address-cluster = Muitos grupos dão o mesmo endereço nos Estados Unidos
case-bulk-accounts = Muitas contas foram criadas do mesmo lugar em um só dia
case-already-registered = Uma pessoa pediu uma revisão: o sistema diz que ela já está em outro cadastro

## Asking for a review

registration-ask-review = Pedir que uma pessoa verifique
registration-review-requested = Obrigado. Uma pessoa vai verificar. Nada mais mudou no seu cadastro.
registration-fix-fields = Alguns dados precisam de correção. Cada um diz o que mudar.
photo-camera-start = Usar a câmera aqui
photo-camera-take = Tirar a foto
liveness-front = Olhe direto para a câmera.
liveness-left = Agora vire a cabeça devagar para a sua esquerda.
liveness-right = Agora vire a cabeça devagar para a sua direita.
registration-identity-ask-review = Pedir que uma pessoa verifique esta mudança
registration-identity-review-requested = Uma pessoa de revisão vai olhar esta mudança. Até ela aceitar, este viajante continua como estava salvo antes; o horário marcado não muda.
registration-identity-review-sent-before = Esta mesma alteração já foi enviada a uma pessoa de revisão e não pode ser enviada duas vezes. Se não foi aceita, você pode corrigir os dados que estão errados ou pedir a uma organização de apoio que a veja com você.
review-identity-now = Atual
review-identity-proposed = Proposto
review-identity-accept = Aceitar esta mudança
review-identity-stale = Esta mudança não pode mais ser aplicada como foi proposta: o caso foi fechado ou o grupo mudou nesse meio-tempo. Olhe o grupo de novo.
case-identity-change = Um grupo pediu uma mudança que faria de um dos seus viajantes outra pessoa, enquanto está num sorteio ou tem um horário marcado
registration-next-title = O que vem agora
field-a-number = Um número A é a letra A e 8 ou 9 dígitos, por exemplo A123456789.
field-admission-number = Um número de admissão I-94 tem 11 caracteres: 9 dígitos, depois uma letra ou dígito e depois um dígito (por exemplo 123456789A1).
field-mrz-shape = As linhas na parte de baixo da página da foto do passaporte são 2 linhas de 44 letras, números e sinais <. Copie as duas linhas como estão, ou escaneie-as.
field-mrz-check-digit = Um caractere dessas linhas não confere com o seu dígito verificador: provavelmente foi lido errado. Compare cada caractere com o passaporte e corrija-o.
field-mrz-date = Uma data dessas linhas não existe. Compare as linhas com o passaporte e corrija-as.
field-admission-class = Uma classe de admissão é uma letra e depois de uma a três letras ou dígitos, como no I-94 (por exemplo DT).
field-parole-ends-too-soon = O parole deve terminar depois do dia da chegada. Confira a data (ano, mês, dia).
field-outcome-contradicts = “Não admitido” não pode vir com parole nem com número de admissão I-94. Tire um dos dois.
