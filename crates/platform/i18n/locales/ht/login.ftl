## Fè yon kont, konekte epi rantre ankò ak yon adrès imèl oswa yon nimewo selilè sèlman (kòd pa SMS).

login-label = Adrès imèl, oswa nimewo selilè avèk kòd peyi a
login-help = Yon nimewo selilè kòmanse ak + epi kòd peyi a, pa egzanp +52 664 123 4567.
field-login-invalid = Ekri yon adrès imèl, oswa yon nimewo selilè ki kòmanse ak + epi kòd peyi a.
signin-failed-any = Adrès imèl la oswa nimewo a, oswa modpas la, pa bon. Verifye yo epi eseye ankò.
signup-email-help-sms = N ap voye yon kòd nan adrès sa a. Ou pa gen imèl? Kite l vid epi bay nimewo selilè ou pi ba a: kòd ou ak tout mesaj yo ap vini pa SMS.
signup-no-sms = Bay yon adrès imèl: sit Garita sa a poko ka voye SMS. Yon òganizasyon ki ede moun ka ede w fè youn.
verify-title-any = Gade imèl ou oswa mesaj tèks ou yo
verify-body-any = Nou voye yon kòd 6 chif nan adrès imèl ou, oswa pa SMS si ou te bay yon nimewo selilè sèlman. Tape kòd la isit la, oswa louvri lyen ki nan imèl la.
verify-spam-any = Ou pa resevwa anyen? Gade nan dosye spam imèl ou a, oswa verifye nimewo ou te bay la, epi mande yon nouvo kòd.
device-body-any = Se premye fwa ou konekte sou telefòn oswa òdinatè sa a. Nou voye yon kòd nan adrès imèl ou, oswa pa SMS si kont ou gen yon nimewo selilè sèlman. Tape l isit la.
device-code-label-any = Kòd ki nan imèl la oswa nan SMS la
recover-email-title-any = Avèk yon kòd pa imèl oswa pa SMS
recover-email-body-any = N ap voye yon kòd nan adrès imèl ou, oswa pa SMS nan nimewo selilè ou te bay lè ou te fè kont ou.
account-phone-only = Nimewo selilè ou: { $phone }. Kòd ou yo ak mesaj ou yo vini pa SMS.

sms-verify-v2 = Garita: kòd ou se { $code }. Li mache pandan 15 minit. Pa bay pesonn li.
sms-device-v2 = Garita: kòd { $code } pou konekte sou yon nouvo telefòn. Si se pa ou, pa bay pesonn li.
sms-recovery-v2 = Garita: kòd ou pou rantre nan kont ou ankò se { $code }. Pa bay pesonn li.
sms-exists-v2 = Garita: yon moun te eseye fè yon kont ak nimewo ou. Si se te ou, konekte oswa rantre ankò: { $link }
sms-password-changed-v2 = Garita: modpas ou chanje. Si se pa t ou, rantre nan kont ou ankò: { $link }
