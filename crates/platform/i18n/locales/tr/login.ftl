## Yalnızca bir e-posta adresiyle ya da cep telefonu numarasıyla hesap açma, giriş yapma ve hesaba yeniden girme (kodlar SMS ile).

login-label = E-posta adresi ya da ülke koduyla birlikte cep telefonu numarası
login-help = Cep telefonu numarası + ve ülke koduyla başlar, örneğin +52 664 123 4567.
field-login-invalid = Bir e-posta adresi ya da + ve ülke koduyla başlayan bir cep telefonu numarası yazın.
signin-failed-any = E-posta adresi ya da numara veya şifre doğru değil. Bunları kontrol edip tekrar deneyin.
signup-email-help-sms = Bu adrese bir kod göndeririz. E-postanız yok mu? Burayı boş bırakın ve cep telefonu numaranızı aşağıya yazın: kodunuz ve bütün mesajlar SMS ile gelir.
signup-no-sms = Bir e-posta adresi yazın: bu Garita sitesi henüz SMS gönderemiyor. Bir yardım kuruluşu e-posta adresi açmanıza yardım edebilir.
verify-title-any = E-postanıza ya da kısa mesajlarınıza bakın
verify-body-any = E-posta adresinize, ya da yalnızca cep telefonu numarası verdiyseniz SMS ile, 6 rakamlı bir kod gönderdik. Kodu buraya yazın ya da e-postadaki bağlantıyı açın.
verify-spam-any = Hiçbir şey gelmedi mi? E-postanızın spam klasörüne bakın ya da verdiğiniz numarayı kontrol edin, sonra yeni bir kod isteyin.
device-body-any = Bu telefonda ya da bilgisayarda ilk kez giriş yapıyorsunuz. E-posta adresinize, ya da hesabınızda yalnızca cep telefonu numarası varsa SMS ile, bir kod gönderdik. Kodu buraya yazın.
device-code-label-any = E-postadaki ya da SMS'teki kod
recover-email-title-any = E-postayla ya da SMS ile gelen bir kodla
recover-email-body-any = E-posta adresinize, ya da hesap açarken verdiğiniz cep telefonu numarasına SMS ile bir kod göndeririz.
account-phone-only = Cep telefonu numaranız: { $phone }. Kodlarınız ve mesajlarınız SMS ile gelir.

sms-verify-v2 = Garita: kodunuz { $code }. 15 dakika geçerlidir. Kodu kimseye vermeyin.
sms-device-v2 = Garita: yeni bir telefonda giriş kodu { $code }. Giriş yapan siz değilseniz, kodu kimseye vermeyin.
sms-recovery-v2 = Garita: hesabınıza yeniden girme kodunuz { $code }. Kodu kimseye vermeyin.
sms-exists-v2 = Garita: biri numaranızla hesap açmaya çalıştı. Sizseniz giriş yapın ya da hesabınıza yeniden girin: { $link }
sms-password-changed-v2 = Garita: şifreniz değiştirildi. Bunu siz yapmadıysanız hesabınıza yeniden girin: { $link }
