## 只用电子邮件地址或手机号码开账户、登录和找回账户（验证码用短信发送）。

login-label = 电子邮件地址，或者带国家代码的手机号码
login-help = 手机号码以 + 和国家代码开头，例如 +52 664 123 4567。
field-login-invalid = 请写一个电子邮件地址，或者以 + 和国家代码开头的手机号码。
signin-failed-any = 电子邮件地址或号码，或者密码不对。请检查一下，再试一次。
signup-email-help-sms = 我们会把一个验证码发到这个地址。没有电子邮件？这里可以不填，在下面写上你的手机号码：你的验证码和所有消息都会用短信发给你。
signup-no-sms = 请填写一个电子邮件地址：这个 Garita 网站还不能发短信。援助机构可以帮你开一个邮箱。
verify-title-any = 查看你的电子邮件或短信
verify-body-any = 我们已经把一个 6 位数字的验证码发到你的电子邮件地址；如果你只留了手机号码，就用短信发给你。请在这里输入验证码，或者打开邮件里的链接。
verify-spam-any = 什么都没收到吗？看看邮箱的垃圾邮件文件夹，或者检查你填的号码，然后再要一个新的验证码。
device-body-any = 这是你第一次在这部手机或这台电脑上登录。我们已经把一个验证码发到你的电子邮件地址；如果你的账户只有手机号码，就用短信发给你。请在这里输入。
device-code-label-any = 邮件或短信里的验证码
recover-email-title-any = 用电子邮件或短信收到的验证码
recover-email-body-any = 我们会把一个验证码发到你的电子邮件地址，或者用短信发到你开账户时用的手机号码。
account-phone-only = 你的手机号码：{ $phone }。你的验证码和消息都会用短信发给你。

sms-verify-v2 = Garita：你的验证码是 { $code }。15 分钟内有效。不要告诉任何人。
sms-device-v2 = Garita：在新手机上登录的验证码是 { $code }。如果不是你本人，不要告诉任何人。
sms-recovery-v2 = Garita：找回你的账户的验证码是 { $code }。不要告诉任何人。
sms-exists-v2 = Garita：有人想用你的号码开账户。如果是你本人，请登录或找回账户：{ $link }
sms-password-changed-v2 = Garita：你的密码已经被更改。如果不是你本人改的，请找回你的账户：{ $link }
