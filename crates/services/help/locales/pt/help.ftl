### The help directory.

help-title = Ajuda perto de você
help-intro = Organizações que ajudam pessoalmente, de graça ou a baixo custo: com o cadastro, uma conta perdida, uma foto ou a confirmação. Podem ajudar mesmo que você não tenha telefone.
help-empty = Ainda não há nenhuma organização na lista. A equipe do programa as inclui depois de verificá-las; até lá, pergunte num abrigo que você conheça e em que confie.
help-address = Endereço: { $address }
help-hours = Horário: { $hours }
help-phone = Telefone: { $phone }
help-languages = Idiomas falados: { $languages }
help-free = A ajuda deles é gratuita.
help-staff-title = Diretório de ajuda
help-staff-intro = As organizações desta lista aparecem para todos em /help, por cidade. Inclua só organizações que você verificou.
help-add = Incluir esta organização
help-name-label = Nome da organização
help-city-label = Cidade
help-address-label = Endereço
help-hours-label = Horário de atendimento
help-phone-label = Telefone, com o código do país
help-languages-label = Idiomas falados
help-free-label = A ajuda deles é gratuita
help-remove = Tirar da lista
help-added = { $name } foi incluída na lista.
help-find = Encontre quem ajude perto de você
