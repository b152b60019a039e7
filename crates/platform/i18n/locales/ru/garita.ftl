# Garita's main catalog (Russian).
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader.

## Every page

site-name = Garita
site-tagline = Запись, чтобы перейти границу США пешком
skip-to-content = Перейти к основному тексту
nav-home = Главная
nav-ports = Пункты пропуска
language-picker = Язык
footer-free = Garita — бесплатный сайт. Никто не может брать с вас деньги за запись.
footer-open = Garita — программа с открытым кодом: любой может посмотреть, как она работает, и проверить жеребьёвку за каждый день.
footer-privacy = Конфиденциальность
footer-accessibility = Доступность

privacy-title = Уведомление о конфиденциальности
accessibility-title = Заявление о доступности
accessibility-aim-title = К чему мы стремимся
accessibility-aim = Garita сделана так, чтобы работать на любом телефоне, в том числе маленьком и старом, на десяти языках, с программой чтения с экрана и без неё, и соответствовать Руководству по доступности веб-контента (WCAG) 2.2 на уровне AA.
accessibility-tested-title = Как мы это проверяем
accessibility-tested = Каждое изменение проверяется в настоящем браузере до того, как им начнут пользоваться: каждая страница на экране шириной 320 пикселей на всех десяти языках, основные шаги без JavaScript и формы, которые называют каждый неверный ответ и ведут к нему.
accessibility-limits-title = Что пока работает не для всех
accessibility-limits = Чтобы попросить запись и подтвердить её, нужно местоположение телефона, а значит, включённые JavaScript и геолокация. Организация помощи может пройти эти шаги вместе с вами.
accessibility-report-title = Сообщите нам
accessibility-report = Если какой-то страницей вам трудно пользоваться, скажите об этом организации помощи, которая передаст нам, или откройте обращение в открытом репозитории кода Garita. Укажите страницу и что случилось; никогда не отправляйте туда личные данные.

## Home page

home-title = Подайте заявку на запись на границе США
home-intro = Garita даёт запись, чтобы вы могли прийти в пункт пропуска на границе США. Подавать заявку можно каждый день. Кто получит запись, решает честная жеребьёвка. Проверить её может любой.
home-steps-title = Как это работает
home-step-register = Создайте один аккаунт для своей группы: вы и люди, которые едут с вами, от 1 до 10 человек.
home-step-request = Каждый день подавайте заявку и выбирайте пункт пропуска. Одной заявки в день достаточно.
home-step-draw = На следующий день жеребьёвка распределяет записи. Половина записей достаётся группам, которые ждут дольше всех.
home-step-confirm = Если вы выиграли, мы сообщим вам на этом сайте и по электронной почте. Подтвердите запись в течение 23 часов.
home-step-present = Приходите в пункт пропуска в свой день и в своё время. Возьмите с собой подтверждение.
home-free-title = Это бесплатно
home-free-body = Garita никогда не просит денег. Никто не может продать вам запись или более высокий шанс. Если кто-то просит вас заплатить, не платите.
home-fair-title = У всех одинаковый шанс
home-fair-body = У группы такой же шанс, как у одного человека. Много заявок или новый аккаунт не помогут. Каждый день мы публикуем всю жеребьёвку, чтобы любой мог её проверить.
home-help-title = Нужна помощь?
home-help-body = Вам могут помочь приюты и организации юридической помощи, даже если у вас нет телефона.
home-ports-link = Посмотрите пункты пропуска и сколько мест в каждом

## Crossings page

ports-title = Пункты пропуска с записью
ports-intro = Эти 8 пунктов пропуска на границе США дают запись. Число мест может меняться каждый день.
ports-total = Всего: { $seats ->
    [one] { $seats } место
    [few] { $seats } места
    [many] { $seats } мест
   *[other] { $seats } места
} в день.
ports-seats = { $seats ->
    [one] { $seats } место
    [few] { $seats } места
    [many] { $seats } мест
   *[other] { $seats } места
} в день
ports-seats-note = Одно место — для одного человека.
ports-mexican-side = Мексиканская сторона: { $city }
ports-us-side = Сторона США: { $city }, { $state }
ports-crossing = Куда идти: { $crossing }
ports-times = Время приёма: с { $first } до { $last }, { $zone }

time-zone-pacific = тихоокеанское время (США)
time-zone-arizona = время Аризоны
time-zone-mountain = горное время (США)
time-zone-central = центральное время (США)

## Error pages

error-not-found-title = Мы не можем найти эту страницу
error-not-found-body = Возможно, адрес неверный или старый. Перейдите на главную страницу и начните оттуда.
error-internal-title = У нас что-то пошло не так
error-internal-body = Это не ваша вина. Всё, что вы сохранили, не потерялось. Пожалуйста, попробуйте снова через несколько минут.
error-reference = Если это повторится, сообщите этот номер службе помощи: { $reference }
error-go-home = На главную страницу

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = Не найдено
problem-not-found-detail = По этому адресу ничего нет. Список адресов находится здесь: /api/v1/openapi.json.
problem-port-not-found-title = Неизвестный пункт пропуска
problem-port-not-found-detail = Пункта пропуска с кодом { $code } нет. Список пунктов пропуска находится здесь: /api/v1/ports.
problem-invalid-input-title = Одно из значений не подходит
problem-body-not-json = Тело запроса — не читаемый JSON. Отправьте один объект JSON, как показано в описании API (/api/v1/openapi.json).
problem-body-media-type = Отправьте тело в формате JSON с заголовком Content-Type: application/json.
problem-internal-title = Ошибка сервера
problem-internal-detail = У нас что-то пошло не так. Ничего не потеряно. Попробуйте снова через несколько минут. Номер для справки: { $reference }

## Values typed by a person or a program

input-date-format = Напишите дату так: 2026-12-31 (год, месяц, день).
input-port-code-format = Код пункта пропуска — это 3 буквы, например SYS.
input-seats-range = Напишите целое число от 0 до 10000.
