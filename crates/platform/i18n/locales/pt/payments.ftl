## Pagamentos: o que a conciliação de cada noite encontrou, para os administradores do programa e os responsáveis pela auditoria.

payments-admin-title = Diferenças de pagamento
payments-admin-intro = Toda noite, o Garita compara o que o provedor de pagamento diz que foi pago com o próprio livro contábil. Cada diferença fica nesta página até que um administrador do programa a examine e a feche. Só aparecem identificadores e valores, nunca os dados de uma pessoa.
payments-admin-what-to-do = Para examinar uma, procure a referência do provedor no painel do provedor. O dinheiro pago no provedor que não está no livro contábil é creditado quando quem pagou volta, ou o provedor o reembolsa; nunca o escreva à mão no livro contábil.
payments-admin-none = Nenhuma diferença aberta: o registro do provedor e o livro contábil estão de acordo.
payments-admin-kind-not-in-ledger = Pago no provedor, fora do livro contábil do Garita
payments-admin-kind-not-at-provider = No livro contábil do Garita, sem pagamento no provedor
payments-admin-kind-amount = Os valores são diferentes
payments-admin-row = { $kind }: { $provider }, referência { $reference }, { $amount }, encontrada em { $when }.
payments-admin-no-amount = valor desconhecido
payments-admin-payment = Pagamento no Garita: { $payment }
payments-admin-close = Examinada: fechar
payments-admin-closed = A diferença foi fechada. O registro de auditoria guarda quem a fechou e quando.
payments-admin-gone = Essa diferença já estava fechada ou não existe. Nada mudou.
