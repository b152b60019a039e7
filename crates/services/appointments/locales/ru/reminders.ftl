### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita: подтвердите запись до { $deadline }
reminder-confirm-v1-body = Запись вашей группы в пункт { $port } ({ $crossing }), { $date } в { $time } (время пункта), ещё не подтверждена. Каждый человек от 14 лет и старше подтверждает её с помощью местоположения телефона и фотографии.
reminder-confirm-v1-next = Что делать сейчас: подтвердите запись на странице статуса до { $deadline } (время: { $zone }). Если не подтвердите, место перейдёт другой группе, а вы сможете подать заявку снова без всякого штрафа.
reminder-confirm-v1-sms = Garita: подтвердите запись { $date } { $time }, { $port }, до { $deadline }: { $link }
reminder-day-before-v1-subject = Garita: ваша запись завтра, { $date }, пункт { $port }
reminder-day-before-v1-body = Запись вашей группы: { $port }, { $date } в { $time } (время пункта). Идите к пешеходному входу: { $crossing }.
reminder-day-before-v1-next = Возьмите с собой всех членов группы, документы, которые вы указали при регистрации, и подтверждение { $number } (распечатанное или в телефоне). Приходите немного раньше { $time }. Запись бесплатна: никто не вправе брать за неё деньги.
reminder-day-before-v1-sms = Garita: завтра { $date } { $time }, { $port }. Все с документами. { $number }: { $link }
