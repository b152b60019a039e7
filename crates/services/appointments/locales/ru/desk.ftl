### В пункте пропуска: консоль сотрудников.

desk-title = Записи в пункте пропуска { $port } на { $date }
desk-find = Найти запись
desk-find-label = Номер подтверждения или текст под его QR-кодом
desk-not-found = В этом пункте пропуска нет записи с таким номером. Проверьте номер; записи в других пунктах пропуска здесь не показываются.
desk-none = На этот день записей нет.
desk-row = { $time }: { $number }, { $seats ->
    [one] { $seats } место
    [few] { $seats } места
    [many] { $seats } мест
   *[other] { $seats } места
}, { $status }; { $arrived ->
    [one] прибыл { $arrived } человек
    [few] прибыли { $arrived } человека
    [many] прибыло { $arrived } человек
   *[other] прибыло { $arrived } человека
}.
desk-open = Открыть
desk-status-won = выбрана, ещё не подтверждена
desk-status-offered = предложена, ещё не подтверждена
desk-status-confirmed = подтверждена
desk-status-lapsed = не подтверждена вовремя
desk-status-cancelled = отменена
desk-status-no-show = никто не пришёл
desk-intake-title = { $number }: { $port }, { $date } в { $time }
desk-traveller = Дата рождения: { $born }; гражданство: { $nationality }; документ: { $document }.
desk-photo-registration = Фото из регистрации
desk-photo-live = Фото, сделанное при подтверждении
desk-no-live = Фото при подтверждении нет.
desk-face-distance = Сравнено автоматически: расстояние между лицами { $distance }; у двух фото одного человека оно обычно меньше { $threshold }.
desk-face-not-compared = Автоматически не сравнивалось: сравните два фото сами.
desk-face-reviewed = { $reason ->
    [liveness] Проверяющий принял это фото: автоматическая проверка не увидела поворота головы, как было предложено, или фото отправлено без этой проверки.
    [compared] Проверяющий принял это фото: автоматическое сравнение не сочло два лица похожими или не смогло их сравнить.
   *[quality] Проверяющий принял это фото после того, как автоматической проверке было трудно его использовать (свет, размер или резкость).
}
desk-outcome-none = Прибытие ещё не отмечено.
desk-until-label = Гуманитарный пароль (parole) действует до (YYYY-MM-DD; если пусто: два года со дня прибытия)
desk-note-label = Примечание
desk-corrected = Исправлено после закрытия списка: { $field } было «{ $before }», теперь «{ $after }».
desk-save = Сохранить

## Border wait times: the public page and the officers' form.
wait-title = Время ожидания на границе
wait-intro = Время ожидания в каждом пункте пропуска, как его указали сотрудники этого пункта пропуска, по местному времени пункта пропуска. Те же цифры есть в лентах JSON и XML в том же формате, что и лента Border Wait Times от CBP.
wait-feed = Лента JSON
wait-feed-xml = Лента XML
wait-history-link = Последние 7 дней в пункте пропуска { $port }
wait-history-title = Время ожидания за последние 7 дней
wait-history-intro = { $port }: самое долгое и среднее время ожидания, указанное за каждый день, пока полосы были открыты. Дни считаются по местному времени пункта пропуска.
wait-history-none = За последние 7 дней здесь ничего не указывали.
wait-history-day = День
wait-history-longest = Самое долгое ожидание
wait-history-average = Среднее ожидание
wait-history-posts = Сколько раз указано
wait-history-minutes = { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
wait-history-chart = { $lane }: самое долгое ожидание за каждый день, в минутах
wait-history-chart-desc = Один столбик на каждый день, его длина — самое долгое ожидание за этот день. В таблице ниже те же цифры.
wait-port = Пункт пропуска
wait-status = Сегодня
wait-port-open = Открыт
wait-port-closed = Сегодня закрыт
wait-lane-pedestrian = Пешеходы
wait-lane-passenger = Легковые машины
wait-lane-commercial = Грузовики
wait-lane-pedestrian-ready = Пешеходы, полоса Ready Lane
wait-lane-passenger-sentri = Легковые машины, SENTRI
wait-lane-passenger-ready = Легковые машины, полоса Ready Lane
wait-lane-commercial-fast = Грузовики, FAST
wait-open = { $minutes } мин, { $lanes ->
    [one] открыта { $lanes } полоса
    [few] открыты { $lanes } полосы
    [many] открыто { $lanes } полос
   *[other] открыто { $lanes } полосы
} (данные на { $time })
wait-closed = Полосы закрыты (данные на { $time })
wait-not-offered = В этом пункте пропуска нет
wait-post-title = Указать время ожидания
wait-post-intro = Текущее время ожидания в пункте пропуска { $port }. Оно сразу появится на общедоступной странице и в ленте.
wait-post = Опубликовать
wait-posted = Опубликовано. Спасибо.
wait-lane-status = { $lane }: полосы
wait-lane-delay = { $lane }: ожидание в минутах
wait-lane-open = { $lane }: открыто полос
wait-status-open = Открыты
wait-status-closed = Закрыты
wait-status-none = В этом пункте пропуска нет
wait-error-delay = { $lane }: если полосы открыты, укажите время ожидания в минутах, от 0 до 1440.
wait-error-lanes = { $lane }: укажите число открытых полос, от 0 до 99.

## The programme's overview per port and day.
overview-title = Пункты пропуска по дням
overview-range = С { $from } по { $to }: все пункты пропуска, каждый день. Только количество, без личных данных.
overview-csv = Скачать в формате CSV
overview-earlier = На неделю раньше
overview-later = На неделю позже
overview-date = Дата
overview-port = Пункт пропуска
overview-seats = Места
overview-appointments = Записи
overview-confirmed = Подтверждено
overview-arrived = Прибыло человек
overview-no-shows = Никто не пришёл
overview-paroled = Гуманитарный пароль (parole)
overview-nta = Уведомление о явке (Notice to Appear)
overview-referred = Передано в другую службу
overview-not-admitted = Отказ во въезде
staff-port-seats-frozen = Список, по которому разыгрывается эта дата, уже закрыт, и места опубликованы вместе с ним, поэтому изменить их нельзя. Измените более позднюю дату или закройте пункт пропуска на эту дату, если он не сможет работать.
desk-find-traveller = Найти группу по имени и дате рождения путешественника
desk-search-given = Имена
desk-search-family = Фамилии
desk-search-born = Дата рождения (ГГГГ-ММ-ДД)
desk-search-none = Ни на одной записи на этом пункте за неделю до или после сегодняшнего дня нет путешественника с таким именем и датой рождения. Проверьте написание по документу.
desk-search-found = { $date }, { $time }: { $number }, { $status }
overview-port-title = Показатели вашего пункта
partner-history = Что проверяла ваша организация
partner-history-none = Проверок пока нет.
partner-history-answer = Ответ
