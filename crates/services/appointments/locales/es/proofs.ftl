### Checking a confirmation (/verify).

check-empty = Todavía no hay nada que comprobar: pega en la casilla la línea que está bajo el código QR de la confirmación, o escanea el código, y pulsa Comprobar.
