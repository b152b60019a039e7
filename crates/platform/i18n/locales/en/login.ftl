## Signing up, in and back in with an e-mail address or a mobile number alone (codes by SMS).

login-label = E-mail address, or mobile number with its country code
login-help = A mobile number starts with + and its country code, for example +52 664 123 4567.
field-login-invalid = Write an e-mail address, or a mobile number that starts with + and its country code.
signin-failed-any = The e-mail address or number, or the password, is not right. Check them and try again.
signup-email-help-sms = We send a code to this address. No e-mail? Leave it empty and give your mobile number below: your code and every message will come by SMS.
signup-no-sms = Give an e-mail address: this Garita cannot send SMS yet. A helper organisation can help you make one.
verify-title-any = Check your e-mail or your text messages
verify-body-any = We sent a code with 6 numbers to your e-mail address, or by SMS if you gave only a mobile number. Type the code here, or open the link in the e-mail.
verify-spam-any = Did nothing arrive? Look in the e-mail's spam folder, or check the number you gave, then ask for a new code.
device-body-any = This is the first time you sign in on this phone or computer. We sent a code to your e-mail address, or by SMS if your account has only a mobile number. Type it here.
device-code-label-any = Code from the e-mail or the SMS
recover-email-title-any = With a code by e-mail or SMS
recover-email-body-any = We send a code to your e-mail address, or by SMS to the mobile number you signed up with.
account-phone-only = Your mobile number: { $phone }. Your codes and messages come by SMS.

sms-verify-v2 = Garita: your code is { $code }. It works for 15 minutes. Do not give it to anyone.
sms-device-v2 = Garita: code { $code } to sign in on a new phone. If it is not you, do not give it to anyone.
sms-recovery-v2 = Garita: your code to get back into your account is { $code }. Do not give it to anyone.
sms-exists-v2 = Garita: someone tried to make an account with your number. If it was you, sign in or get back in: { $link }
sms-password-changed-v2 = Garita: your password was changed. If it was not you, get back into your account: { $link }
