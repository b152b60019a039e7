### Checking a confirmation (/verify).

check-empty = Ainda não há nada para verificar: cole na caixa a linha que fica sob o código QR da confirmação, ou escaneie o código, e pressione Verificar.
