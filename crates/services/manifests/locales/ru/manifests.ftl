## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = Манифесты пассажиров автобусов
manifests-about = Здесь автобусные компании отправляют список людей в каждом автобусе до его прибытия в сухопутный пункт пропуска и исправляют или отменяют его до прибытия. Сотрудники автобусной компании, которая пользуется Garita, входят через учётную запись своей компании.
manifests-about-signin = Войти через учётную запись компании
manifests-intro = Отправляйте каждый рейс перевозчика { $carrier } до того, как автобус прибудет в пункт пропуска: данные рейса и CSV-файл с водителем и каждым пассажиром, по одному человеку на строку. Строка с ошибкой будет указана, чтобы вы могли её исправить; остальные строки сохраняются.
manifests-template = Скачать первую строку CSV (названия столбцов)
manifests-send = Отправить манифест
manifests-trip-id = Ваш номер рейса
manifests-trip-id-help = Ваш собственный номер этого рейса: буквы, цифры, точки, дефисы. Чтобы исправить манифест, отправьте тот же номер ещё раз.
manifests-plate = Госномер автобуса
manifests-bus-number = Номер автобуса
manifests-origin = Откуда начинается рейс (город)
manifests-port = Пункт пропуска прибытия
manifests-arrives = Ожидаемое прибытие, по местному времени пункта пропуска
manifests-arrives-help = День и время, например 2027-03-01 14:30.
manifests-file = CSV-файл с людьми в автобусе
manifests-file-help = Одна строка на человека, в первой строке — названия столбцов. Даты в виде 2027-03-01; страны двумя буквами (MX, GT, US).
manifests-trips = Ваши рейсы
manifests-none = Вы пока не отправили ни одного рейса.
manifests-trip-line = { $trip }, пункт пропуска { $port }, { $when }: { $status }, { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}
manifests-status-expected = ожидается
manifests-status-arrived = прибыл
manifests-status-cancelled = отменён
manifests-trip-title = Манифест рейса
manifests-trip-facts = Рейс { $trip } перевозчика { $carrier }, пункт пропуска { $port }, ожидается { $when }. Автобус { $bus }, госномер { $plate }, отправление: { $origin }.
manifests-trip-state = Статус: { $status }. { $people ->
    [one] Сохранён { $people } человек
    [few] Сохранено { $people } человека
    [many] Сохранено { $people } человек
   *[other] Сохранено { $people } человека
}, версия { $version }.
manifests-created = Манифест сохранён, в нём { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}.
manifests-corrected = Манифест исправлен: теперь в нём { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}.
manifests-unchanged = Это тот же манифест, что уже сохранён: ничего не изменилось ({ $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}).
manifests-fix-title = Строки, которые нужно исправить
manifests-fix-help = Эти строки не сохранены. Исправьте их в своём файле и отправьте весь рейс ещё раз с тем же номером рейса: манифест будет заменён.
manifests-problem-row = Строка { $line }, { $field }: { $problem }
manifests-problem-trip = Рейс, { $field }: { $problem }
manifests-trip-wrong = Данные рейса нужно исправить: ничего не сохранено. Исправьте поля, указанные ниже, и отправьте ещё раз.
manifests-ended = Автобус этого рейса уже прибыл или рейс отменён: его манифест больше не меняется. Отправьте новый рейс с новым номером рейса.
manifests-busy = Этот рейс в тот же момент отправлялся из другого места. Отправьте его ещё раз.
manifests-correct = Исправить этот манифест
manifests-correct-help = Отправьте рейс ещё раз с целым исправленным файлом: он заменит сохранённое, пока автобус не прибыл.
manifests-cancel = Отменить этот рейс
manifests-cancel-help = Если автобус не поедет, отмените рейс: пункт пропуска перестанет его ждать.
manifests-back = Все ваши рейсы
manifests-board-title = Автобусы, ожидаемые в пункте пропуска
manifests-board-intro = Автобусы, ожидаемые в пункте пропуска { $port } в промежутке от 12 часов назад до 2 суток вперёд, и сколько людей в них указали перевозчики. Каждое открытие манифеста записывается в журнал аудита.
manifests-board-none = Автобусов не ожидается.
manifests-board-when = Ожидается
manifests-board-carrier = Перевозчик
manifests-board-bus = Автобус
manifests-board-origin = Откуда
manifests-board-people = Людей
manifests-board-status = Статус
manifests-board-open = Открыть манифест автобуса { $bus } ({ $carrier })
manifests-board-back = Назад к табло
manifests-open-title = Манифест автобуса
manifests-mark-arrived = Отметить, что автобус прибыл
manifests-arrived = Автобус отмечен как прибывший. Его манифест больше не меняется, а данные людей из него удаляются, когда заканчивается срок хранения.
manifests-purged = Срок хранения закончился: данные людей из этого автобуса удалены.
manifests-people = Люди в автобусе
manifests-col-line = Строка
manifests-col-role = Роль
manifests-col-name = Имя
manifests-col-born = Дата рождения
manifests-col-sex = Пол
manifests-col-citizenship = Гражданство
manifests-col-document = Документ
manifests-col-expiry = Действителен до
manifests-col-address = Адрес в США
manifests-role-driver = Водитель
manifests-role-passenger = Пассажир
manifests-document-passport = Паспорт
manifests-document-passport-card = Паспортная карта
manifests-document-border-crossing-card = Карта пересечения границы
manifests-document-permanent-resident-card = Карта постоянного жителя
manifests-document-trusted-traveler-card = Карта доверенного путешественника

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = Напишите driver или passenger.
manifest-problem-name = Напишите имя так, как в документе, не длиннее 100 символов.
manifest-problem-birth-date = Напишите дату рождения в виде 1990-04-02 (год, месяц, день).
manifest-problem-sex = Напишите F, M или X.
manifest-problem-country = Напишите страну двухбуквенным кодом, например MX, GT или US.
manifest-problem-document-type = Напишите passport, passport-card, border-crossing-card, permanent-resident-card или trusted-traveler-card.
manifest-problem-document-number = Напишите номер документа: от 5 до 20 букв и цифр, без пробелов.
manifest-problem-date = Напишите дату в виде 2030-01-31 (год, месяц, день).
manifest-problem-expired = Срок действия документа заканчивается до прибытия автобуса. Чтобы пересечь границу, человеку нужен действительный документ.
manifest-problem-address = Напишите, где в США остановится этот человек (улица, город, штат), так как он там не живёт.
manifest-problem-line = Эту строку не удаётся прочитать: проверьте в ней запятые и кавычки.
manifest-problem-empty = В файле нет людей. Добавьте по одной строке на человека под названиями столбцов.
manifest-problem-no-file = Выберите CSV-файл с людьми в автобусе.
manifest-problem-no-driver = Водитель не сохранён: добавьте строку водителя (role driver).
manifest-problem-trip-id = Введите номер рейса: до 64 букв, цифр, точек, дефисов или подчёркиваний.
manifest-problem-plate = Введите госномер автобуса: буквы, цифры, пробелы или дефисы.
manifest-problem-bus-number = Введите номер автобуса, не длиннее 20 символов.
manifest-problem-origin = Введите город, откуда начинается рейс.
manifest-problem-port = Выберите один из пунктов пропуска Garita.
manifest-problem-arrival = Введите ожидаемое прибытие: день и время.
manifest-problem-arrival-range = Прибытие должно быть не раньше чем сутки назад и не позже чем через год.
