## Pagos: lo que encontró la conciliación de cada noche, para la administración del programa y la auditoría.

payments-admin-title = Diferencias de pago
payments-admin-intro = Cada noche, Garita compara lo que el proveedor de pagos dice que se pagó con su propio libro contable. Cada diferencia queda en esta página hasta que alguien de la administración del programa la revise y la cierre. Solo se muestran identificadores y montos, nunca datos de una persona.
payments-admin-what-to-do = Para revisar una, busca la referencia del proveedor en el panel del proveedor. El dinero pagado al proveedor que no está en el libro contable se acredita cuando la persona que pagó vuelve, o el proveedor lo reembolsa; nunca lo escribas a mano en el libro contable.
payments-admin-none = No hay ninguna diferencia abierta: el registro del proveedor y el libro contable coinciden.
payments-admin-kind-not-in-ledger = Pagado al proveedor, no está en el libro contable de Garita
payments-admin-kind-not-at-provider = En el libro contable de Garita, sin pago al proveedor
payments-admin-kind-amount = Los montos no coinciden
payments-admin-row = { $kind }: { $provider }, referencia { $reference }, { $amount }, encontrada el { $when }.
payments-admin-no-amount = monto desconocido
payments-admin-payment = Pago en Garita: { $payment }
payments-admin-close = Revisada: cerrarla
payments-admin-closed = La diferencia quedó cerrada. El registro de auditoría guarda quién la cerró y cuándo.
payments-admin-gone = Esa diferencia ya estaba cerrada o no existe. No se cambió nada.
