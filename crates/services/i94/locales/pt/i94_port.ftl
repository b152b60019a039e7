## Provisional I-94: paying the fee at the port, for the applicant and the officer.

i94-port-reference = A referência do seu pedido é { $reference }. Para pagar no porto, mostre-a ao agente.
i94-staff-receipt-title = Taxa paga no porto
i94-staff-receipt-help = Quando não há pagamento on-line disponível, o viajante paga aqui. Digite a referência que aparece na página do pedido dele e, depois que a taxa for paga, registre-a como paga: cada viajante recebe um número provisório na mesma hora.
i94-staff-reference = Referência do pedido
i94-staff-receipt = Registrar a taxa como paga
i94-staff-receipt-done = A taxa foi registrada como paga. Cada viajante já tem um número provisório.
i94-staff-receipt-already = A taxa deste pedido já tinha sido paga. Nada mudou.
i94-staff-receipt-unknown = Nenhum pedido sem pagamento no seu porto tem essa referência (ou o pagamento dele é on-line). Confira a referência com o viajante. Nada mudou.
i94-go = O Garita nunca vê os dados do seu cartão: você paga na página do serviço de pagamento e depois volta aqui.
i94-go-link = Continuar para a página de pagamento
