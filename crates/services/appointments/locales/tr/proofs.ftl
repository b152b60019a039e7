### Checking a confirmation (/verify).

check-empty = Henüz kontrol edilecek bir şey yok: onayın QR kodunun altındaki satırı kutuya yapıştırın ya da kodu tarayın, sonra Kontrol et'e basın.
