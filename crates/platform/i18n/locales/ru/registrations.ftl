# Registrations: the travellers of a group and their details: Russian. Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = Здесь слишком длинный текст. Пожалуйста, напишите короче.
field-characters = Пожалуйста, используйте здесь только буквы. Если нужно, можно также пробелы, дефисы или апострофы.
field-wrong-kind = Это значение не того вида, который ожидается здесь (текст, число, список...). Какой нужен, сказано в описании API: /api/v1/openapi.json.
field-direction-mark = В тексте есть невидимый знак направления письма; он часто попадает при вставке текста. Наберите текст заново, а не вставляйте его.
field-invisible-space = В тексте есть невидимый пробел (нулевой ширины); он часто попадает при вставке текста. Наберите текст заново, а не вставляйте его.
field-date-invalid = Такой даты нет. Проверьте день, месяц и год.
field-date-missing = Напишите дату полностью: день, месяц и год, каждое числом.
field-date-future = Эта дата ещё не наступила. Проверьте год.
field-date-too-old = Эта дата была больше 120 лет назад. Проверьте год.
field-country-unknown = Пожалуйста, выберите страну из списка.
field-height-range = Похоже, с ростом что-то не так. Напишите его в сантиметрах (например, 165) или в футах и дюймах.
field-weight-range = Похоже, с весом что-то не так. Напишите его в килограммах (например, 60) или в фунтах.
field-choice-unknown = Пожалуйста, выберите один из ответов.
field-document-format = В номере документа от 4 до 20 букв и цифр. Перепишите его из документа.
field-us-state = Пожалуйста, выберите штат США из списка.
field-zip = В почтовом индексе США (ZIP) 5 цифр, например 77002.
field-same-person-twice = Этот человек уже есть в вашей группе. Каждый путешественник указывается один раз: проверьте имена и дату рождения.
field-same-document-twice = Этот номер документа уже указан у другого путешественника вашей группы. Проверьте номер в документе.

## Labels of a traveller's details

traveller-given-names = Имя (как в ваших документах)
traveller-family-names = Фамилия (как в ваших документах)
traveller-birth-date = Дата рождения
traveller-day = День
traveller-month = Месяц
traveller-year = Год
traveller-birth-country = Страна рождения
traveller-birth-city = Город или село рождения
traveller-residence-country = Страна, где вы живёте сейчас
traveller-nationality = Гражданство
traveller-gender = Пол по документам
traveller-language = Язык, который вы знаете лучше всего
traveller-height = Рост
traveller-height-cm = Сантиметры
traveller-height-feet = Футы
traveller-height-inches = Дюймы
traveller-weight = Вес
traveller-weight-kg = Килограммы
traveller-weight-lb = Фунты
traveller-weight-amount = Сколько
traveller-weight-unit = Единица
traveller-eyes = Цвет глаз
traveller-phone = Номер телефона (можно не заполнять)
traveller-email = Адрес электронной почты (можно не заполнять)
traveller-home-address = Адрес, где вы жили раньше (улица, город, страна)
traveller-travel-history = Страны, через которые вы проехали по пути, и даты, если вы их знаете
form-required-note = На вопросы, отмеченные *, нужно ответить.
traveller-optional-group = Ещё об этом человеке (можно оставить пустым)
traveller-work = Кем вы работали раньше
traveller-emergency-contact = Кому позвонить в экстренном случае (имя и телефон)
traveller-family = Члены семьи, которых нет в этой группе
traveller-marital = Семейное положение
traveller-document = Документ, удостоверяющий личность
traveller-document-kind = Вид документа
traveller-document-country = Страна, которая выдала документ
traveller-document-number = Номер документа

## Choices

gender-female = Женский
gender-male = Мужской
gender-another = Другой
eyes-brown = Карие
eyes-black = Чёрные
eyes-hazel = Светло-карие
eyes-green = Зелёные
eyes-blue = Голубые
eyes-grey = Серые
eyes-other = Другой цвет
marital-single = Холост или не замужем
marital-married = Женат или замужем
marital-partner = Живёт с партнёром без брака
marital-divorced = В разводе
marital-widowed = Вдовец или вдова
document-passport = Паспорт
document-national-id = Национальное удостоверение личности
document-birth-certificate = Свидетельство о рождении
document-other = Другой документ

## The group's destination

us-address-title = Где вы будете жить в США
us-address-help = Все в группе едут по этому адресу.
us-address-street = Улица и номер дома
us-address-city = Город
us-address-state = Штат
us-address-zip = Почтовый индекс (ZIP)

## Registration pages

registration-title = Моя регистрация
registration-start = Зарегистрируйте свою группу
registration-start-intro = Сначала укажите, где вы будете жить в США, и свои данные. Потом можно добавить других людей из вашей группы. Всё сохраняется каждый раз, когда вы нажимаете «Сохранить».
registration-save = Сохранить
registration-choose = Выберите…
registration-since = Дата регистрации: { $date }.
registration-since-help = Эта дата — ваше место среди групп, которые ждут дольше всех. Если вы исправите или добавите данные, дата не изменится.
registration-edit-address = Исправить адрес
registration-name = Имя
registration-travellers = Люди в вашей группе
registration-edit-traveller = Исправить данные человека { $number } ({ $name })
registration-add-traveller = Добавить человека в группу
registration-traveller-title = Человек из вашей группы
registration-remove-traveller = Убрать этого человека из группы
registration-already-registered = Этот человек уже есть в другой регистрации. Ничего не изменилось. Если вы думаете, что это ошибка, это может проверить живой человек: попросите проверку в приюте или организации юридической помощи, которая работает с Garita.
registration-stale = За это время эту регистрацию изменили в другом окне. Ничего не потерялось. Пожалуйста, посмотрите её ещё раз и внесите своё изменение снова.
registration-travellers-fixed = Ваша группа участвует в розыгрыше или уже записана, поэтому до конца никого нельзя добавить: запись остаётся за теми, кто её просил. Вы по-прежнему можете исправить данные или убрать того, кто не поедет.
registration-identity-fixed = Это изменение сделало бы этого путешественника другим человеком, а это невозможно, пока ваша группа участвует в розыгрыше или записана. Если данные были неверны, помощник или проверяющий может разобраться вместе с вами.
registration-group-size = В группе может быть от 1 до 10 человек.
registration-history-title = Все изменения моей регистрации
registration-history-intro = Каждый раз, когда ваша регистрация сохранялась: когда, кто и что изменилось.
registration-history-you = Вы
registration-history-helper = Помощник
registration-history-field = Что
registration-history-before = Было
registration-history-after = Стало
registration-back = Назад к моей регистрации

## Photos

photo-title = Фото: { $name }
photo-intro = Фото лица, взгляд прямо в камеру. В пункте пропуска оно помогает пограничнику увидеть, что пришёл тот же человек, который зарегистрирован.
photo-tips = Встаньте перед ровной одноцветной стеной, где хороший свет. Лицо ничем не закрывайте (без шапки, без тёмных очков). Держите телефон на уровне глаз.
photo-label = Сделайте фото или выберите готовое
photo-submit = Отправить фото
photo-not-a-photo = Нам не удалось открыть этот файл как фото. Пожалуйста, сделайте новое фото камерой.
photo-no-face = Мы не нашли лицо на этом фото. Смотрите прямо в камеру, и пусть всё лицо будет в кадре.
photo-several-faces = Мы видим больше одного лица. Пожалуйста, сфотографируйте этого человека одного.
photo-face-too-small = Лицо на этом фото слишком маленькое. Пожалуйста, подойдите ближе к камере.
photo-too-dark = Это фото слишком тёмное. Пожалуйста, перейдите туда, где больше света.
photo-blurred = Это фото нечёткое. Держите телефон неподвижно и протрите объектив камеры.
photo-compare-again = Нам не удалось сравнить это фото с фото из регистрации. Смотрите в камеру при ровном свете, снимите очки и всё, что закрывает лицо, и держите телефон на вытянутой руке.
photo-not-compared = Это фото не удалось автоматически сравнить с фото из регистрации. Человек посмотрит оба фото; вам ничего делать не нужно.
photo-move-as-asked = Мы не увидели, чтобы голова поворачивалась так, как просила страница. Держите телефон на вытянутой руке при ровном свете и медленно поворачивайте голову каждый раз, когда страница об этом просит.
photo-not-live = Это фото отправлено без проверки движения камерой. Его посмотрит человек; вам ничего делать не нужно.
photo-tries-left = Можно попробовать ещё { $tries ->
    [one] { $tries } раз
    [few] { $tries } раза
    [many] { $tries } раз
   *[other] { $tries } раза
}. После этого фото посмотрит живой человек.
photo-review = Спасибо. Это фото посмотрит живой человек. Можно продолжать регистрацию.
photo-status-missing = Фото ещё нужно
photo-status-accepted = Фото сохранено
photo-status-review = Фото посмотрит живой человек
photo-add = Добавить фото: { $name }
photo-change = Заменить фото: { $name }
photo-child = Детям младше 14 лет фото не нужно.

## My record

record-title = Мои данные
record-intro = Всё, что Garita хранит о вашем аккаунте и вашей регистрации. Garita подписывает эти данные, поэтому они доказывают, что у вас было, даже если потом что-то изменится.
record-download = Скачать мои данные (файл с подписью Garita)
record-signed = Подписано Garita. Ключ: { $key }. Подпись: { $signature }
record-verify = Любой может проверить подпись с помощью ключа, который Garita публикует на /.well-known/garita-keys.json.
record-link = Мои данные: посмотреть, распечатать или скачать
record-check-title = Проверить досье
record-check-intro = Выберите файл досье (garita-record.json, который человек скачивает о себе). Garita проверит подпись по опубликованным ключам: файл читается, проверяется и не сохраняется.
record-check-file = Файл досье
record-check-submit = Проверить
record-check-genuine = Подлинное: это досье точно такое, каким Garita подписала его { $date }.
record-check-not-genuine = Не такое, каким его подписала Garita: файл изменили после скачивания, или он не от Garita. Попросите у человека файл, который он скачал сам.
record-check-not-record = Этот файл не является досье Garita. Выберите файл garita-record.json, скачанный из Garita.
record-check-link = Проверить файл досье

## Staff review

review-title = Ждёт проверки живым человеком
review-photos = Фото, которые автоматическая проверка не смогла использовать
review-photo-line = Фото отправлено { $date }. Результат проверки: { $problem }
review-photo-see = Посмотреть фото
review-photo-accept = Фото подходит
review-photo-retake = Попросить новое фото
review-cases = Случаи, которые нужно посмотреть
review-case-line = { $kind } — открыт с { $date }
review-case-close = Просмотрено: закрыть случай
review-none = Сейчас ничего не ждёт проверки.
case-address-cluster = Много групп указали один и тот же адрес в США
case-bulk-accounts = За один день из одного места создано много аккаунтов
case-already-registered = Человек попросил проверку: по данным системы, он уже есть в другой регистрации

## Asking for a review

registration-ask-review = Попросить человека проверить
registration-review-requested = Спасибо. Человек это проверит. Больше ничего в вашей регистрации не изменилось.
registration-fix-fields = Некоторые данные нужно исправить. У каждого написано, что изменить.
photo-camera-start = Включить камеру здесь
photo-camera-take = Сделать фото
liveness-front = Смотрите прямо в камеру.
liveness-left = Теперь медленно поверните голову влево.
liveness-right = Теперь медленно поверните голову вправо.
registration-identity-ask-review = Попросить человека проверить это изменение
registration-identity-review-requested = Это изменение посмотрит проверяющий. Пока он его не примет, данные путешественника остаются такими, как были сохранены; на запись это не влияет.
registration-identity-review-sent-before = Это же изменение уже отправлено на проверку, и отправить его второй раз нельзя. Если его не приняли, вы можете исправить неверные данные или попросить организацию помощи посмотреть его вместе с вами.
review-identity-now = Сейчас
review-identity-proposed = Предложено
review-identity-accept = Принять это изменение
review-identity-stale = Это изменение уже нельзя применить в предложенном виде: случай закрыт или группа за это время изменилась. Посмотрите группу ещё раз.
case-identity-change = Группа попросила изменение, которое сделало бы одного из её путешественников другим человеком, пока она участвует в розыгрыше или записана
registration-next-title = Что дальше
field-a-number = Номер A — это буква A и 8 или 9 цифр, например A123456789.
field-admission-number = Номер въезда I-94 состоит из 11 знаков: 9 цифр, затем буква или цифра, затем цифра (например, 123456789A1).
field-mrz-shape = Строки внизу страницы паспорта с фотографией — это 2 строки по 44 знака: буквы, цифры и знаки <. Перепишите обе строки как есть или отсканируйте их.
field-mrz-check-digit = Один знак в этих строках не совпадает со своей контрольной цифрой: вероятно, его неправильно прочитали. Сверьте каждый знак с паспортом и исправьте неверный.
field-mrz-date = В этих строках есть дата, которой не существует. Сверьте строки с паспортом и исправьте их.
field-admission-class = Категория въезда — это буква и затем от одной до трёх букв или цифр, как в I-94 (например, DT).
field-parole-ends-too-soon = Срок parole должен кончаться после дня прибытия. Проверьте дату (год, месяц, день).
field-outcome-contradicts = «Не допущен» не может сочетаться с parole или номером въезда I-94. Уберите одно из них.
