## Situação de viajante confiável (Global Entry, NEXUS, SENTRI, FAST): a consulta que cada membro faz e a lista que os administradores do programa importam.

trusted-title = Situação de viajante confiável
trusted-intro = Se você é membro do Global Entry, NEXUS, SENTRI ou FAST, veja em que situação está a sua inscrição e o que fazer em seguida. Digite o número de inscrição de 9 dígitos (o PASSID do seu cartão) e sua data de nascimento. O Garita não guarda nenhum nome: encontra você só por esses dois dados.
trusted-number = Número de inscrição (PASSID)
trusted-born = Data de nascimento
trusted-look = Ver minha situação
trusted-number-format = O número de inscrição tem 9 dígitos: é o PASSID impresso no seu cartão. Digite de novo.
trusted-born-format = Digite sua data de nascimento como data, por exemplo 1980-02-29.
trusted-not-found = Nenhuma inscrição tem esse número com essa data de nascimento. Confira os dois no seu cartão, ou pergunte ao programa que emitiu o cartão.
trusted-answer = Sua situação no { $programme }: { $status }
trusted-status-pending-review = seu pedido está em análise
trusted-status-conditionally-approved = pedido aprovado com condições
trusted-status-approved = inscrição aprovada
trusted-status-denied = pedido não aprovado
trusted-status-revoked = inscrição revogada
trusted-status-expired = inscrição vencida
trusted-next-pending-review = Nada a fazer agora: você vai ser avisado quando a análise terminar.
trusted-next-conditionally-approved = Próximo passo: marque sua entrevista em um centro de inscrição, ou faça a entrevista quando chegar aos Estados Unidos (Enrollment on Arrival). Leve seu passaporte e seus outros documentos.
trusted-next-approved = Sua inscrição é válida até { $date }. Você pode renová-la a partir de um ano antes dessa data.
trusted-next-denied = A carta do programa explica o motivo. Você pode pedir ao Trusted Traveler Ombudsman (a ouvidoria dos programas de viajante confiável) que reveja a decisão.
trusted-next-revoked = A carta do programa explica o motivo. Você pode pedir ao Trusted Traveler Ombudsman (a ouvidoria dos programas de viajante confiável) que reveja a decisão.
trusted-next-expired = Sua inscrição terminou. Você pode fazer um novo pedido para renová-la.
trusted-staff-title = Lista de viajantes confiáveis
trusted-staff-intro = Cole a lista em CSV, com os nomes das colunas na primeira linha: programme, membership_number, birth_date, status, expires_on. A linha de cada membro substitui o que o Garita tinha. Uma linha com erro é indicada pelo número dela, e nada dela é gravado; as outras são gravadas. Os sistemas enviam as mesmas linhas para /api/v1/trusted-traveler/roster.
trusted-staff-roster = Lista (CSV)
trusted-staff-import = Importar
trusted-staff-imported = { $stored ->
    [0] Nenhum membro gravado.
    [one] Um membro gravado.
    [many] { $stored } membros gravados.
   *[other] { $stored } membros gravados.
}
trusted-staff-refused-title = Linhas não gravadas
trusted-staff-refused = Linha { $line }, { $field }: { $problem }
trusted-roster-programme = não é um dos programas (global-entry, nexus, sentri, fast)
trusted-roster-number = não tem 9 dígitos
trusted-roster-date = não é uma data (YYYY-MM-DD)
trusted-roster-status = não é uma das situações (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = uma inscrição aprovada precisa do dia em que termina
trusted-roster-line = a linha não tem as colunas do cabeçalho
