# Las cifras públicas (`/statistics`): la oportunidad de ser elegido en cada cruce y cuánto
# tiempo llevaban registrados los grupos elegidos, en gráficas con una tabla de las mismas cifras.

stats-summary = { $days ->
    [one] Estas cifras vienen del único sorteo publicado hasta ahora, el { $last }.
   *[other] Estas cifras vienen de los últimos { $days } sorteos publicados, del { $first } al { $last }.
}
stats-download = Descargar las cifras de cada día y cada cruce (archivo CSV)
stats-chance-heading = Oportunidad de ser elegido en cada cruce
stats-chance-caption = Para cada cruce, la barra oscura muestra cuántos de los grupos que pidieron fueron elegidos, y la barra clara cuántos de los lugares pedidos se dieron. Donde muchas personas piden pocos lugares, la oportunidad es menor.
stats-chance-desc = Una gráfica de barras con dos barras por cruce: la parte de los grupos elegidos y la parte de los lugares dados. La tabla que sigue tiene las mismas cifras.
stats-chance-groups = Grupos elegidos
stats-chance-seats = Lugares dados
stats-no-requests = Sin solicitudes
stats-head-seats-requested = Lugares pedidos
stats-head-seats-won = Lugares dados
stats-head-seats-odds = Parte de los lugares dados
stats-registered-heading = Cuánto tiempo llevaban registrados los grupos elegidos
stats-registered-caption = Cada barra va del tiempo más corto al más largo que llevaban registrados los grupos elegidos, en días. La marca oscura es la mediana: la mitad llevaba menos tiempo registrada y la otra mitad, más.
stats-registered-desc = Una gráfica con una barra por cruce, del tiempo de registro más corto al más largo, con una marca en la mediana. La tabla que sigue tiene las mismas cifras.
stats-registered-scale = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
stats-registered-range = { $shortest }–{ $longest } { $longest ->
    [one] día
   *[other] días
}, mediana { $median }
stats-none-chosen = Ningún grupo elegido
stats-head-shortest = Mínimo (días)
stats-head-median = Mediana (días)
stats-head-longest = Máximo (días)

## Las revisiones automáticas de fotos, por grupo
stats-faces-heading = La revisión automática de fotos, por grupo
stats-faces-caption = { $days ->
    [one] En el último día
   *[other] En los últimos { $days } días
}: a cuántas personas se les revisaron automáticamente las fotos de la confirmación, en cada nacionalidad y rango de edad; de cuántas de ellas la revisión automática no pudo aceptar las fotos y las envió a una persona de revisión; y cuántas de esas aceptó después esa persona. Un grupo de menos de { $fewest } personas no muestra cifras, para que nadie pueda ser identificado.
stats-faces-head-nationality = Nacionalidad
stats-faces-head-age = Edad
stats-faces-head-people = Personas
stats-faces-head-refused = Enviadas a una persona de revisión
stats-faces-head-accepted = Aceptadas después por esa persona
stats-faces-too-few = muy pocas para mostrar
stats-faces-everyone = Todas las personas
stats-faces-age-under-18 = menos de 18 años
stats-faces-age-18-29 = de 18 a 29 años
stats-faces-age-30-44 = de 30 a 44 años
stats-faces-age-45-59 = de 45 a 59 años
stats-faces-age-60-plus = 60 años o más
