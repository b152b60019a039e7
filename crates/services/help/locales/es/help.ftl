### The help directory.

help-title = Ayuda cerca de ti
help-intro = Organizaciones que ayudan en persona, gratis o a bajo costo: con el registro, una cuenta perdida, una foto o la confirmación. Pueden ayudarte aunque no tengas teléfono.
help-empty = Todavía no hay ninguna organización en la lista. El personal del programa las agrega después de revisarlas; mientras tanto, pregunta en un albergue que conozcas y en el que confíes.
help-address = Dirección: { $address }
help-hours = Horario: { $hours }
help-phone = Teléfono: { $phone }
help-languages = Idiomas que hablan: { $languages }
help-free = Su ayuda es gratuita.
help-staff-title = Directorio de ayuda
help-staff-intro = Las organizaciones de esta lista se muestran a todos en /help, por ciudad. Agrega solo organizaciones que hayas revisado.
help-add = Agregar esta organización
help-name-label = Nombre de la organización
help-city-label = Ciudad
help-address-label = Dirección
help-hours-label = Horario de atención
help-phone-label = Teléfono, con el código del país
help-languages-label = Idiomas que hablan
help-free-label = Su ayuda es gratuita
help-remove = Quitar de la lista
help-added = { $name } se agregó a la lista.
help-find = Encuentra quien te ayude cerca de ti
