## A página de operações dos administradores do programa: incidentes, sorteios retidos, cancelamento de um agendamento.

programme-title = Operações do programa
programme-reason = Motivo
programme-reason-help = Poucas palavras, que ficam guardadas no registro de auditoria. Sem nomes nem números de documento.
programme-reason-needed = Primeiro escreva o motivo: ele fica guardado no registro de auditoria.
programme-incident-title = Incidente
programme-incident-none = Nenhum incidente declarado. Declare um quando as pessoas não conseguirem confirmar (porque elas avisam ou porque você mesmo vê): cada prazo para confirmar é adiado pelo tempo que o incidente durar.
programme-incident-since = Há um incidente declarado desde { $when }: { $reason }. Os prazos para confirmar continuam sendo adiados até você encerrá-lo.
programme-incident-declare = Declarar um incidente
programme-incident-end = Encerrar o incidente
programme-incident-declared = O incidente foi declarado. Os prazos para confirmar são adiados até você encerrá-lo.
programme-incident-already = Já há um incidente declarado: encerre-o primeiro.
programme-held-title = Sorteios retidos
programme-held-none = Nenhum sorteio está retido.
programme-held-line = O sorteio de { $date } está retido: { $reason }
programme-held-see = Ver o sorteio e as verificações dele
programme-held-release = Liberar e publicar
programme-released = O sorteio foi liberado e publicado. Os grupos escolhidos foram avisados.
programme-not-held = Esse sorteio não está retido (foi liberado nesse meio-tempo, ou nunca foi retido). Nada foi alterado.
programme-cancel-title = Cancelar um agendamento
programme-cancel-help = Por decisão do programa: o grupo é avisado, os dados do grupo guardam o agendamento, a confirmação aparece como cancelada quando é conferida, e as vagas passam para os próximos grupos.
programme-cancel-number = Número de confirmação
programme-cancel-submit = Cancelar este agendamento
programme-cancelled = O agendamento foi cancelado. O grupo foi avisado.
programme-cancel-unknown = Nenhum agendamento tem esse número de confirmação. Confira o número e tente de novo.
programme-cancel-not-live = Esse agendamento já não estava em vigor (cancelado, não confirmado a tempo ou já encerrado). Nada foi alterado.
