## Criar uma conta, entrar e recuperar o acesso só com um endereço de e-mail ou um número de celular (códigos por SMS).

login-label = Endereço de e-mail, ou número de celular com o código do país
login-help = Um número de celular começa com + e o código do país, por exemplo +52 664 123 4567.
field-login-invalid = Escreva um endereço de e-mail, ou um número de celular que comece com + e o código do país.
signin-failed-any = O endereço de e-mail ou o número, ou a senha, não estão certos. Confira e tente de novo.
signup-email-help-sms = Vamos enviar um código para este endereço. Não tem e-mail? Deixe em branco e escreva o seu número de celular abaixo: o seu código e todas as mensagens vão chegar por SMS.
signup-no-sms = Informe um endereço de e-mail: este site do Garita ainda não consegue enviar SMS. Uma organização de ajuda pode ajudar você a criar um.
verify-title-any = Veja o seu e-mail ou as suas mensagens de texto
verify-body-any = Enviamos um código de 6 números para o seu endereço de e-mail, ou por SMS se você deu só um número de celular. Digite o código aqui ou abra o link que está no e-mail.
verify-spam-any = Não chegou nada? Olhe na pasta de spam do seu e-mail, ou confira o número que você deu, e depois peça um código novo.
device-body-any = Esta é a primeira vez que você entra neste celular ou computador. Enviamos um código para o seu endereço de e-mail, ou por SMS se a sua conta tem só um número de celular. Digite o código aqui.
device-code-label-any = Código do e-mail ou do SMS
recover-email-title-any = Com um código por e-mail ou SMS
recover-email-body-any = Vamos enviar um código para o seu endereço de e-mail, ou por SMS para o número de celular que você usou para criar a conta.
account-phone-only = Seu número de celular: { $phone }. Seus códigos e mensagens chegam por SMS.

sms-verify-v2 = Garita: seu código é { $code }. Ele vale por 15 minutos. Não passe para ninguém.
sms-device-v2 = Garita: código { $code } para entrar em um celular novo. Se não for você, não passe para ninguém.
sms-recovery-v2 = Garita: seu código para entrar de novo na sua conta é { $code }. Não passe para ninguém.
sms-exists-v2 = Garita: alguém tentou criar uma conta com seu número. Se foi você, entre ou recupere o acesso: { $link }
sms-password-changed-v2 = Garita: sua senha foi mudada. Se não foi você, recupere o acesso à sua conta: { $link }
