### Checking a confirmation (/verify).

check-empty = Rien à vérifier pour l'instant : collez dans la case la ligne sous le code QR de la confirmation, ou scannez le code, puis appuyez sur Vérifier.
