### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox: Russian. Translated from en/messages.ftl.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: у вашей группы запись на { $date } в пункте пропуска { $port }
msg-won-v1-body = Ваша заявка от { $day } выбрана в жеребьёвке. Запись вашей группы: { $port } ({ $crossing }), { $date } в { $time } (местное время пункта пропуска), мест: { $seats }.
msg-won-v1-next = Что делать сейчас: подтвердите запись до { $deadline } (время: { $zone }). Каждый человек от 14 лет и старше подтверждает её с помощью местоположения телефона и фото. Если вы не успеете подтвердить, места перейдут другой группе, а вы сможете снова подать заявку, без каких-либо последствий для вас.
msg-won-v1-sms = Garita: запись { $date } { $time }, пункт { $port }, мест: { $seats }. Подтвердите до { $deadline }: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: ваша заявка от { $day } не выбрана
msg-not-chosen-v1-body = Ваша заявка от { $day } (пункт пропуска { $port }) в этот раз не выбрана в жеребьёвке.
msg-not-chosen-v1-next = Подать заявку снова можно в любой день: срок вашей регистрации учитывается в каждой жеребьёвке. Вы сами попросили присылать это письмо; отключить его можно на странице вашего аккаунта.

account-notices-title = Сообщения о жеребьёвках
account-notices-not-chosen = Сообщать мне также по электронной почте, если моя группа не выбрана. Результат всегда виден на странице вашего статуса.
account-notices-save = Сохранить

status-title = Ваш статус и сообщения
status-appointment-title = Ваша запись
status-appointment = { $port } ({ $crossing }), { $date } в { $time } (местное время пункта пропуска), мест: { $seats }.
status-confirm-by = Подтвердите запись до { $deadline } (время: { $zone }).
status-no-appointment = У вас пока нет записи. Подавать заявку можно каждый день; результат каждой жеребьёвки появится здесь.
status-request-title = Ваша последняя заявка
status-request-none = Вы ещё не подавали заявку на запись.
status-request-waiting = Вы подали заявку { $day } (пункт пропуска { $port }). Результат ещё не опубликован.
status-request-won = Вы подали заявку { $day } (пункт пропуска { $port }), и ваша группа выбрана. Ваша запись показана выше.
status-request-not-chosen = Вы подали заявку { $day } (пункт пропуска { $port }). В этот раз ваша группа не выбрана. Подать заявку снова можно в любой день: срок вашей регистрации учитывается в каждой жеребьёвке.
inbox-title = Сообщения
inbox-empty = Сообщений пока нет. Здесь появляются сообщения о ваших записях, даже если письма по электронной почте или SMS до вас не доходят.
inbox-offline = Когда страница загружена, её можно снова открыть и без интернета.

messages-admin-title = Сообщения
messages-admin-intro = Сообщения, которые ждут отправки, отправлены или не дошли, по всем узлам вместе. Те же цифры есть в /metrics.
messages-admin-pending = Ждут отправки через { $channel }: { $count }
messages-admin-none-pending = Нет сообщений, которые ждут отправки.
messages-admin-oldest = Самое старое ожидающее сообщение создано { $minutes } мин. назад.
messages-admin-sent = Всего доставлено: { $count }
messages-admin-hour-title = За последний час
messages-admin-hour = { $channel }: доставлено — { $sent }, отложено для новой попытки — { $retry }, передано на следующий канал — { $moved }, попытки прекращены — { $dead }, задержано лимитами отправки — { $deferred }.
messages-admin-dead-title = Не удалось доставить
messages-admin-dead-empty = Таких нет. Все сообщения доставлены или их ещё пытаются доставить.
messages-admin-dead-row = { $kind } через { $channel }, создано { $when }, попыток: { $attempts }. Последняя ошибка: { $error }
messages-admin-retry = Попробовать снова
messages-admin-retried = Сообщение снова в очереди. Скоро будет новая попытка его отправить.
