# Accounts, sign-in, recovery, staff pages and account e-mails (Russian).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Navigation

nav-signin = Войти
nav-signup = Создать аккаунт
nav-account = Мой аккаунт
nav-signout = Выйти
nav-staff = Сотрудники

## Consent, shown before an account is made (and again when it changes)

consent-title = Прежде чем начать: ваши данные
consent-intro = Пожалуйста, прочитайте это. Здесь сказано, что Garita хранит о вас и зачем.
consent-collect-title = Что мы храним
consent-collect-body = Ваш адрес электронной почты, ваш пароль в закрытом виде, который никто не может прочитать, ваш язык, а позже — сведения о людях в вашей группе, которые вы нам дадите.
consent-why-title = Зачем
consent-why-body = Только чтобы распределять записи, сообщать вам о вашей записи и чтобы пограничники США могли отметить ваш приход в пункте пропуска.
consent-who-title = Кто может это видеть
consent-who-body = Вы. Сотрудники Garita — только когда это нужно для их работы, и каждый их просмотр записывается. Пограничники в том пункте пропуска, где у вас запись. Мы никогда не продаём ваши данные.
consent-keep-title = Как долго мы храним данные
consent-keep-body = Пока ваш аккаунт открыт. Если вы закроете аккаунт, мы удалим ваши данные через 2 года, кроме того, что мы обязаны хранить по закону.
consent-rights-title = Ваши права
consent-rights-body = Вы можете посмотреть и скачать всё, что мы о вас храним, и исправить это. Если вы не согласны, вы не сможете пользоваться Garita; больше ничего не произойдёт.
consent-version = Версия { $version }
consent-changed = Мы изменили этот текст с тех пор, как вы его читали. Пожалуйста, прочитайте его и снова дайте согласие, чтобы продолжить.
consent-agree = Я прочитал(а) этот текст и соглашаюсь

## Making an account

signup-title = Создать аккаунт
signup-intro = Один аккаунт — для одной группы людей, которые едут вместе.
signup-email-label = Ваш адрес электронной почты
signup-email-help = Мы отправим код на этот адрес. Укажите адрес, который вы можете открыть.
signup-phone-label = Номер телефона (можно не заполнять)
signup-phone-help = С кодом страны, например +52 664 123 4567.
signup-password-label = Придумайте пароль
signup-password-help = Не меньше 10 букв, цифр или знаков. Короткую фразу легко запомнить и трудно угадать.
signup-language-label = Ваш язык для сообщений
signup-submit = Создать мой аккаунт
signup-have-account = У вас уже есть аккаунт? Войдите.

## Problems with a field (shown next to the field)

field-required = Пожалуйста, заполните это поле.
field-email-invalid = Это не похоже на адрес электронной почты. Адрес должен выглядеть примерно так: imya@example.com.
field-phone-invalid = Напишите номер с кодом страны, например +52 664 123 4567.
field-password-short = Пароль слишком короткий. Используйте не меньше 10 букв, цифр или знаков.
field-password-long = Пароль слишком длинный. Используйте не больше 128 букв, цифр или знаков.
field-password-common = Этот пароль используют многие люди, поэтому его легко угадать. Пожалуйста, выберите другой.
field-code-format = В коде 6 цифр. Введите только цифры.
field-code-wrong = Этот код не подходит или уже устарел. Посмотрите самое новое письмо от Garita или попросите новый код.
field-totp-wrong = Этот код не подходит. Введите 6 цифр, которые сейчас показывает ваше приложение.
field-identity-check = Пожалуйста, подтвердите, что вы проверили, кто этот человек.

## Checking the e-mail address

verify-title = Проверьте почту
verify-body = Если адрес верный, мы отправили на него код из 6 цифр. Введите код здесь или откройте ссылку в письме.
verify-expiry = Код действует 15 минут.
verify-spam = Ничего не пришло? Посмотрите также в папке «Спам».
verify-code-label = Код
verify-submit = Проверить код
verify-resend = Отправить мне новый код
verify-resend-wait = Новый код можно будет попросить через { $seconds } сек.
verify-resent = Если адрес верный, новый код уже в пути.
verify-done = Ваш адрес электронной почты подтверждён.

## Recovery codes, shown once

codes-title = Ваши коды восстановления
codes-body = Если вы потеряете телефон или забудете пароль, один из этих кодов поможет снова войти в аккаунт. Каждый код работает только один раз.
codes-keep = Распечатайте эту страницу или запишите коды на бумаге. Храните их в надёжном месте. Никому их не показывайте: Garita никогда не попросит у вас эти коды.
codes-once = Мы показываем эти коды только сейчас. У нас они хранятся только в закрытом виде.
codes-print = Распечатать
codes-continue = Мои коды сохранены

## Signing in

signin-title = Вход
signin-email-label = Адрес электронной почты
signin-password-label = Пароль
signin-submit = Войти
signin-failed = Адрес электронной почты или пароль не подходят. Проверьте их и попробуйте снова.
signin-forgot = Забыли пароль или потеряли телефон?
signin-no-account = Ещё нет аккаунта? Создайте его.
signed-out = Вы вышли из аккаунта.
signed-out-everywhere = Вы вышли из аккаунта на всех телефонах и компьютерах.

device-title = Это вы?
device-body = Вы впервые входите с этого телефона или компьютера. Мы отправили код на ваш адрес электронной почты. Введите его здесь.
device-code-label = Код из письма
device-submit = Продолжить

totp-title = Код из вашего приложения
totp-body = Откройте приложение-аутентификатор и введите 6 цифр, которые оно показывает для Garita.
totp-code-label = Код из приложения
totp-submit = Войти

## My account

account-title = Мой аккаунт
account-email = Адрес электронной почты: { $email }
account-language-label = Язык сообщений
account-language-save = Сохранить язык
account-saved = Сохранено.
account-security-title = Безопасность
account-totp-on = Ваш аккаунт защищает приложение-аутентификатор.
account-totp-off = Для большей безопасности можно добавить приложение-аутентификатор.
account-totp-setup = Добавить приложение-аутентификатор
account-codes-new = Создать новые коды восстановления
account-codes-new-help = Старые коды перестанут работать.
account-sessions-title = Где выполнен вход
account-session-web = Браузер, вход с { $since }
account-session-api = Ключ приложения, вход с { $since }
account-session-current = (вы сейчас здесь)
account-session-end = Закрыть этот вход
account-signout = Выйти
account-signout-everywhere = Выйти везде

totp-setup-title = Добавить приложение-аутентификатор
totp-setup-body = В приложении-аутентификаторе добавьте новый аккаунт и введите этот ключ. Потом введите 6 цифр, которые покажет приложение.
totp-setup-key = Ключ: { $key }
totp-setup-code-label = Код из приложения
totp-setup-submit = Включить
totp-setup-done = Теперь для входа нужно ваше приложение-аутентификатор.

## Getting back into an account

recover-title = Вернуть доступ к аккаунту
recover-intro = Ваша регистрация и ваша история никогда не удаляются. Выберите один способ:
recover-code-title = С кодом восстановления
recover-code-body = Используйте один из кодов, которые вы распечатали или записали, когда создавали аккаунт.
recover-code-label = Код восстановления
recover-new-password-label = Новый пароль
recover-code-submit = Изменить мой пароль
recover-email-title = С кодом по электронной почте
recover-email-body = Мы отправим код на ваш адрес электронной почты.
recover-email-submit = Отправить мне код
recover-helper-title = С помощью приюта или организации юридической помощи
recover-helper-body = Придите в приют или организацию юридической помощи, которая работает с Garita. Помощник лично проверит, кто вы, и даст вам ссылку, чтобы создать новый пароль.
recover-failed = Адрес электронной почты или код восстановления не подходят. Проверьте их и попробуйте снова.
recover-done = Ваш пароль изменён. Ваша регистрация и история сохранены. На всех других устройствах вы вышли из аккаунта.

## Set-up link (staff accounts and helper recovery)

setup-title = Создайте пароль
setup-body = Эта ссылка работает только один раз. Создайте пароль для своего аккаунта.
setup-staff-totp = Для аккаунтов сотрудников нужно приложение-аутентификатор. В приложении добавьте новый аккаунт с этим ключом, потом введите 6 цифр, которые оно покажет: { $key }
setup-submit = Сохранить
setup-invalid = Эта ссылка больше не работает. Возможно, она старая или уже использована. Попросите новую ссылку у того, кто дал вам эту.

## Limits

rate-limited = Сейчас слишком много попыток. Пожалуйста, подождите { $minutes } мин. и попробуйте снова. Всё, что вы сохранили, не потерялось.
form-expired = Эта форма была открыта слишком долго. Пожалуйста, попробуйте снова: всё, что вы сохранили раньше, у нас осталось.

## Staff

staff-title = Сотрудники
staff-role = Ваша роль: { $role }
staff-port = Ваш пункт пропуска: { $port }
staff-organization = Ваша организация: { $organization }
role-applicant = Заявитель
role-helper = Помощник
role-officer = Пограничник
role-port-supervisor = Руководитель пункта пропуска
role-programme-admin = Администратор программы
role-auditor = Аудитор
role-partner-validator = Проверяющий от организации-партнёра
signin-required-title = Пожалуйста, войдите
signin-required-body = Чтобы открыть эту страницу, нужно войти в аккаунт.
forbidden-title = Эта страница не для вашего аккаунта
forbidden-body = Эта страница для другой роли или другого пункта пропуска. Если она нужна вам для работы, обратитесь к администратору программы.

staff-audit-title = Журнал аудита
staff-audit-intact = Записей в журнале: { $count }. Ни одна не изменена.
staff-audit-broken = Журнал изменён в записи № { $seq }. Сообщите службе безопасности.
staff-audit-when = Когда
staff-audit-who = Кто
staff-audit-what = Что

staff-port-title = Пункт пропуска { $port }
staff-port-capacity = Мест в день
staff-port-date-label = Дата
staff-port-seats-label = Места
staff-port-save = Сохранить
staff-port-slots-label = Мест на интервал времени
staff-port-closed-label = Закрыт
staff-port-slots-title = Места по интервалам времени
staff-port-slots-help = Укажите, сколько мест в каждом интервале времени одной даты. Число мест на эту дату станет их суммой; жеребьёвка на эту дату использует именно их.
staff-port-slot-seats = Мест в { $time }
staff-port-slots-saved = Места по интервалам времени на { $date } сохранены.
staff-port-slots-closed = { $date } пункт пропуска закрыт: ничего не изменено.
staff-port-close-title = Закрыть пункт пропуска на одну дату
staff-port-close-help = Все записи на эту дату переносятся на ближайшие даты, когда в этом пункте пропуска есть свободные места, каждая группа — целиком. Каждая группа получит сообщение, может вместо этого выбрать другой пункт пропуска, а в её подтверждении будет указана новая дата.
staff-port-close-reason = Причина
staff-port-close-confirm = Я понимаю, что все записи на эту дату будут перенесены и каждая группа получит сообщение.
staff-port-close-unconfirmed = Ничего не изменено: сначала поставьте флажок, чтобы подтвердить закрытие.
staff-port-close = Закрыть пункт пропуска и перенести записи
staff-port-closed-weather = Закрыт: погода
staff-port-closed-security = Закрыт: безопасность
staff-port-closed-other = Закрыт
staff-port-closed-done = Пункт пропуска закрыт { $date }. { $moved ->
    [one] Перенесена { $moved } запись.
    [few] Перенесены { $moved } записи.
    [many] Перенесено { $moved } записей.
   *[other] Перенесено записей: { $moved }.
} { $unplaced ->
    [0] {""}
   *[other] Записей, для которых не нашлось свободных мест в ближайшие месяцы: { $unplaced }. Их дата не изменилась: пожалуйста, займитесь ими.
}
staff-port-already-closed = Пункт пропуска уже был закрыт { $date }: ничего не изменено.
staff-port-close-past = Дата { $date } в этом пункте пропуска уже прошла: прошедший день закрыть нельзя. Ничего не изменено.
staff-port-close-busy = Записи изменились, пока пункт пропуска закрывался на { $date }, поэтому ничего не изменено. Пожалуйста, попробуйте снова.

staff-recover-title = Помочь человеку вернуть доступ к аккаунту
staff-recover-body = Делайте это, только когда человек стоит перед вами и вы проверили по документу, кто он. Всё, что вы здесь делаете, записывается и будет показано этому человеку.
staff-recover-email-label = Адрес электронной почты человека
staff-recover-identity-label = Я лично проверил(а) личность этого человека
staff-recover-document-label = Какой документ вы видели (например: паспорт, свидетельство о рождении)
staff-recover-submit = Создать ссылку для нового пароля
staff-recover-link = Дайте эту ссылку человеку. Она работает один раз, в течение 24 часов: { $link }
staff-recover-none = Если у этого адреса есть аккаунт, здесь появится ссылка. Проверьте адрес вместе с человеком.

## E-mails

email-greeting = Здравствуйте!
email-footer = Garita — бесплатный сайт. Мы никогда не просим денег, ваш пароль или ваши коды восстановления.
email-ignore = Если вы этого не просили, просто не обращайте внимания на это письмо. Ваш аккаунт в безопасности.
email-code = Ваш код: { $code }
email-code-expiry = Код действует 15 минут.
email-link-intro = Или откройте эту ссылку:
email-verify-subject = Ваш код Garita: { $code }
email-verify-body = Вот код, чтобы подтвердить ваш адрес электронной почты в Garita.
email-device-subject = Ваш код для входа в Garita: { $code }
email-device-body = Кто-то входит в ваш аккаунт Garita с нового телефона или компьютера. Если это вы, введите этот код.
email-recovery-subject = Ваш код восстановления Garita: { $code }
email-recovery-body = Вот код, чтобы создать новый пароль для вашего аккаунта Garita. Ваша регистрация и история сохранены.
email-exists-subject = Ваш аккаунт Garita
email-exists-body = Кто-то попытался создать новый аккаунт Garita с этим адресом электронной почты, но у вас уже есть аккаунт. Если это были вы, войдите или верните доступ к аккаунту здесь: { $link }
email-password-changed-subject = Пароль вашего аккаунта Garita изменён
email-password-changed-body = Пароль вашего аккаунта Garita изменён. Если это сделали не вы, сразу верните доступ к аккаунту здесь: { $link }

## Titles added with the account pages

rate-limited-title = Пожалуйста, немного подождите
form-expired-title = Пожалуйста, попробуйте снова
api-token-created = Вот ваш ключ приложения. Он показывается только один раз: { $token }
staff-none = Здесь пока нет ничего для вашей роли.
staff-links-title = Что вы можете сделать
account-codes-left = Неиспользованных кодов восстановления: { $count }
account-phone = Телефон: { $phone }

## Helpers working with a person who is present

staff-people-title = Люди, которым помогает ваша организация
staff-people-none = Пока никого нет.
staff-people-new = Создать аккаунт для человека, который сейчас рядом с вами
staff-people-new-help = Сначала прочитайте человеку текст ниже на его языке или дайте ему прочитать самому. Создавайте аккаунт, только если человек согласен.
staff-people-consent-read = Я прочитал(а) этот текст человеку на его языке, и человек дал согласие
staff-people-email = Адрес электронной почты человека
staff-people-language = Язык человека
staff-people-create = Создать аккаунт
staff-people-taken = У этого адреса уже есть аккаунт. Человек может снова войти в него через «Вернуть доступ к аккаунту».
staff-people-act = Работать с регистрацией этого человека
staff-people-handover = Передать аккаунт человеку
staff-people-handover-link = Дайте эту ссылку человеку. По ней он сам создаст свой пароль. Ссылка работает 72 часа: { $link }
acting-notice = Вы работаете с регистрацией { $email }. Всё, что вы делаете, записывается и будет показано этому человеку.
acting-stop = Закончить работу с регистрацией этого человека
account-helpers-title = Что помощники сделали для вас
account-helpers-none = Помощники ещё не работали в вашем аккаунте.
helper-did-account = { $date }: помощник создал ваш аккаунт.
helper-did-consent = { $date }: помощник записал, что вы согласились с текстом о ваших данных.
helper-did-acting = { $date }: помощник начал работать с вашей регистрацией.
helper-did-handover = { $date }: помощник создал ссылку, чтобы вы получили свой аккаунт.
helper-did-registration = { $date }: помощник сохранил вашу регистрацию.
helper-did-photo = { $date }: помощник отправил фото.
helper-did-recovery = { $date }: помощник создал ссылку, чтобы вы могли снова войти в свой аккаунт.
helper-did-other = { $date }: помощник внёс изменение.
