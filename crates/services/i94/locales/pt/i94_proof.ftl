## I-94 provisório: a prova assinada dele (um código QR e o texto dele), do jeito que o /verify e o agente a conferem.

i94-proof = Mostre este código QR em { $port }, ou o número acima. Qualquer pessoa pode conferi-lo em /verify, mesmo sem conexão. Ele não contém nenhum dado pessoal.
i94-check-genuine = Autêntico: I-94 provisório { $number }, para chegada em { $port }, válido até { $until }.
i94-check-decided = Este I-94 provisório ({ $number }) era autêntico, mas já foi usado: um agente tomou uma decisão no porto. Pergunte ao viajante qual decisão ele recebeu.
i94-check-expired = Este I-94 provisório ({ $number }) era autêntico, mas venceu sem uso ({ $until }). O viajante pode fazer um novo pedido na página do I-94 do Garita.
i94-check-gone = Este I-94 provisório ({ $number }) foi assinado pelo Garita, mas não está mais guardado. O viajante pode fazer um novo pedido na página do I-94 do Garita.
i94-staff-number-help = Você também pode escanear o código QR do viajante, ou colar o texto dele.
i94-staff-not-genuine = O Garita não assinou este código. Peça ao viajante o número provisório dele, ou encontre-o pelo nome e pela data de nascimento abaixo.
