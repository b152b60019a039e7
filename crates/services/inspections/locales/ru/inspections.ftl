## Perishable-cargo inspections: a broker's pages (`/inspections`), the port's day, the message.

inspections-title = Досмотр грузов
inspections-about = Здесь таможенные брокеры и импортёры записываются на досмотр скоропортящегося груза (фруктов, овощей, цветов, растений) в пункте пропуска и узнают его результат от специалиста по сельскому хозяйству. Сотрудники брокера или импортёра, который пользуется Garita, входят через учётную запись своей компании.
inspections-about-signin = Войти через учётную запись компании
inspections-intro = Запишитесь на досмотр от имени { $organization }: укажите документы партии, каждый товар и желаемое время. Вы получите первый интервал в этот день, не раньше этого времени, в котором ещё есть места.
inspections-ask = Записаться на досмотр
inspections-choose = Выберите
inspections-port = Пункт пропуска
inspections-wished = Желаемое время досмотра, по местному времени пункта пропуска
inspections-wished-help = День и время, например 2027-03-01 09:00.
inspections-entry = Номер декларации
inspections-entry-help = Код декларанта, 7 цифр и контрольная цифра, например ABC-1234567-8.
inspections-document = Транспортный документ
inspections-document-bill-of-lading = Коносамент
inspections-document-air-waybill = Авианакладная
inspections-transport-number = Номер транспортного документа
inspections-transport-number-help = Коносамент: от 4 до 35 букв и цифр. Авианакладная: 11 цифр, например 020-12345675.
inspections-importer-name = Импортёр по декларации
inspections-importer-number = Номер импортёра по декларации
inspections-importer-number-help = Номер IRS (12-3456789, с суффиксом из 2 символов, если он есть) или номер, присвоенный CBP (YYDDPP-NNNNN).
inspections-conveyance = Госномер грузовика или рейс
inspections-conveyance-help = Госномер грузовика или номер рейса для авиагруза.
inspections-containers = Номера контейнеров
inspections-containers-help = По одному на строку, например CSQU3054383. Если грузовик без контейнера, оставьте поле пустым.
inspections-location = Где находится груз
inspections-commodity = Товар { $line }
inspections-hts = Код HTS
inspections-hts-help = 10-значный код из декларации, например 0702.00.2000.
inspections-description = Описание
inspections-quantity = Количество
inspections-unit = Единица измерения
inspections-unit-kg = килограммы
inspections-unit-lb = фунты
inspections-unit-t = тонны
inspections-unit-cartons = картонные коробки
inspections-unit-boxes = ящики
inspections-unit-pallets = поддоны
inspections-unit-pieces = штуки
inspections-packaging = Упаковка
inspections-packaging-cartons = Картонные коробки
inspections-packaging-crates = Решётчатые ящики
inspections-packaging-bins = Большие контейнеры (бины)
inspections-packaging-pallets = Поддоны
inspections-packaging-sacks = Мешки
inspections-packaging-bulk = Навалом
inspections-fields-wrong = Некоторые ответы нужно изменить. Под каждым из них написано, что сделать; запись не создана.
inspections-full = В этом пункте пропуска в этот день, начиная с этого времени, нет интервалов со свободными местами. Выберите один из свободных интервалов ниже или другой день.
inspections-free-title = Свободные интервалы на ближайшие 7 дней
inspections-free-none = В этом пункте пропуска нет свободных интервалов на ближайшие 7 дней. Попробуйте другой пункт пропуска или загляните позже: пункт пропуска открывает новые интервалы.
inspections-requests = Ваши заявки
inspections-requests-none = Заявок пока нет.
inspections-request-line = Декларация { $entry }, пункт пропуска { $port }, { $when }: { $status }
inspections-request-title = Досмотр груза
inspections-booked-next = Назначен. Пусть груз и документы к нему будут в указанном месте к началу интервала. Мы сообщим вам о каждом результате.
inspections-missed-next = Интервал прошёл, а досмотр груза не состоялся, поэтому эта заявка закрыта. Чтобы пройти досмотр, запишитесь на новый интервал.
inspections-ask-again = Записаться на новый интервал
inspections-facts = Декларация { $entry }, пункт пропуска { $port }, интервал { $when }; { $commodities ->
    [one] { $commodities } товар
    [few] { $commodities } товара
    [many] { $commodities } товаров
   *[other] { $commodities } товара
}.
inspections-status-booked = Назначен
inspections-status-released = Груз выпущен и может следовать дальше.
inspections-status-hold = Груз ожидает обработки.
inspections-status-re-export = Обратный вывоз: груз нельзя ввезти.
inspections-status-destroy = Уничтожение: груз нельзя ввезти.
inspections-status-missed = Не состоялся: интервал прошёл.
inspections-status-cancelled = Отменён.
inspections-status-with-treatment = { $status } Обработка: { $treatment }.
inspections-treatment = Обработка
inspections-treatment-fumigation = фумигация
inspections-treatment-cold = обработка холодом
inspections-treatment-heat = тепловая обработка
inspections-treatment-irradiation = облучение
inspections-treatment-cleaning = очистка
inspections-treatment-help = Только если груз ожидает обработки: какая обработка нужна грузу, прежде чем его выпустят.
inspections-changes = Что произошло
inspections-changes-none = После записи пока ничего не произошло.
inspections-change = { $when } — { $status }
inspections-note-said = Примечание: { $note }
inspections-shipment = Партия груза
inspections-shipment-facts = { $document } { $number }. Импортёр по декларации: { $importer } ({ $importer_number }). Транспорт: { $conveyance }. Где находится груз: { $location }.
inspections-shipment-containers = { $count ->
    [0] Контейнеров нет.
    [one] { $count } контейнер: { $containers }.
    [few] { $count } контейнера: { $containers }.
    [many] { $count } контейнеров: { $containers }.
   *[other] { $count } контейнера: { $containers }.
}
inspections-cancel = Отменить этот досмотр
inspections-cancel-help = Если груз не прибудет, отмените досмотр: его место получит кто-то другой.
inspections-cancelled = Досмотр отменён.
inspections-back = Назад к вашим заявкам
inspections-ended = У этого досмотра уже есть результат, либо он не состоялся или был отменён: он больше не меняется. Обновите страницу, чтобы увидеть, на каком он этапе.
inspections-problem-line = Строка { $line }: { $problem }
inspections-problem-port = Выберите один из пунктов пропуска в списке.
inspections-problem-wished = Напишите день и время, например 2027-03-01 09:00.
inspections-problem-wished-past = Это время уже прошло. Выберите день и время впереди.
inspections-problem-entry = Напишите номер декларации: код декларанта, 7 цифр и контрольная цифра, например ABC-1234567-8.
inspections-problem-document = Выберите коносамент или авианакладную.
inspections-problem-bol = Напишите номер коносамента: от 4 до 35 букв и цифр.
inspections-problem-awb = Проверьте номер авианакладной: 11 цифр, последняя из них — контрольная цифра для 7 цифр перед ней. Перепишите номер с накладной ещё раз.
inspections-problem-importer-name = Напишите название импортёра по декларации.
inspections-problem-importer-number = Напишите номер импортёра по декларации в виде 12-3456789 (с суффиксом, если он есть) или YYDDPP-NNNNN.
inspections-problem-conveyance = Напишите госномер грузовика или рейс.
inspections-problem-location = Укажите, где находится груз: рампа, бокс или склад.
inspections-problem-container = Проверьте этот номер контейнера: 4 буквы (последняя — U, J или Z), 6 цифр и контрольная цифра. Контрольная цифра не сходится; перепишите номер с контейнера ещё раз.
inspections-problem-no-commodity = Добавьте хотя бы один товар.
inspections-problem-too-many = Слишком много позиций. В одной заявке можно отправить не больше 50 товаров и 20 контейнеров.
inspections-problem-hts = Напишите 10-значный код HTS, например 0702.00.2000.
inspections-problem-description = Опишите груз в нескольких словах.
inspections-problem-quantity = Напишите число больше нуля, например 1200 или 12.5.
inspections-problem-unit = Выберите единицу измерения.
inspections-problem-packaging = Выберите упаковку.
inspections-problem-result = Выберите результат.
inspections-problem-treatment = Груз ожидает обработки: выберите, какая обработка нужна.
inspections-problem-note = Сократите примечание до 1000 символов или меньше.
inspections-problem-day = Напишите день в виде 2027-03-01.
inspections-day-title = Досмотры грузов за день
inspections-day-intro = Пункт пропуска { $port }, { $day }.
inspections-day = День
inspections-day-show = Показать день
inspections-slots = Интервалы
inspections-slots-none = В этот день нет открытых интервалов для досмотра грузов.
inspections-slot = Интервал
inspections-capacity = Досмотров на интервал
inspections-booked-count = Записано
inspections-day-requests = Досмотры
inspections-day-line = { $when }: { $organization }, декларация { $entry }, { $commodities ->
    [one] { $commodities } товар
    [few] { $commodities } товара
    [many] { $commodities } товаров
   *[other] { $commodities } товара
}. { $status }
inspections-day-back = Назад ко дню
inspections-capacity-title = Открыть интервалы
inspections-capacity-intro = Укажите, сколько досмотров вмещает каждый интервал, от первого до последнего интервала, на один день или на несколько. Брокеры записываются в порядке очереди; 0 закрывает интервал для новых записей (уже записанные остаются).
inspections-capacity-from = Первый день
inspections-capacity-days = Дней
inspections-capacity-days-help = От 1 до { $max }.
inspections-capacity-first = Первый интервал
inspections-capacity-last = Последний интервал
inspections-capacity-help = От 0 до 100.
inspections-capacity-set = Задать вместимость
inspections-capacity-done = Вместимость задана для { $slots ->
    [one] { $slots } интервала
    [few] { $slots } интервалов
    [many] { $slots } интервалов
   *[other] { $slots } интервала
}: { $capacity ->
    [one] { $capacity } досмотр
    [few] { $capacity } досмотра
    [many] { $capacity } досмотров
   *[other] { $capacity } досмотра
} на интервал.
inspections-capacity-wrong = Проверьте форму: день — сегодня или позже, от 1 до { $max_days } дней, первый интервал не позже последнего и от 0 до { $max } досмотров.
inspections-open-title = Досмотр груза
inspections-requested-by = Заявку подала организация { $organization }.
inspections-result-title = Записать результат
inspections-result = Результат
inspections-note = Примечание для брокера
inspections-note-help = Что нужно знать брокеру: что обнаружено и что делать дальше.
inspections-result-record = Записать результат
inspections-result-done = Результат записан, брокер получил уведомление.

inspection-changed-v1-subject = Досмотр груза по декларации { $entry }: { $status ->
    [booked] назначен
    [released] груз выпущен
    [hold] груз ожидает обработки
    [re-export] обратный вывоз
    [destroy] уничтожение
    [missed] не состоялся
   *[cancelled] отменён
}
inspection-changed-v1-body = Досмотр груза по декларации { $entry }, пункт пропуска { $port }, интервал { $when }: { $status ->
    [booked] досмотр назначен.
    [released] груз выпущен и может следовать дальше.
    [hold] груз ожидает обработки, до неё его не выпустят ({ $treatment ->
        [fumigation] фумигация
        [cold] обработка холодом
        [heat] тепловая обработка
        [irradiation] облучение
        [cleaning] очистка
       *[other] нужная обработка
    }).
    [re-export] груз нельзя ввезти, его нужно вывезти обратно.
    [destroy] груз нельзя ввезти, его нужно уничтожить.
    [missed] интервал прошёл, а досмотр груза не состоялся, поэтому заявка закрыта.
   *[cancelled] досмотр отменён.
}
inspection-changed-v1-next = { $status ->
    [missed] Чтобы пройти досмотр, запишитесь на новый интервал.
   *[other] Откройте заявку, чтобы прочитать примечание специалиста.
}
inspection-changed-v1-sms = Garita: досмотр по декларации { $entry }, { $port }: { $status ->
    [booked] назначен
    [released] груз выпущен
    [hold] ждёт обработки
    [re-export] обратный вывоз
    [destroy] уничтожение
    [missed] не состоялся, запишитесь снова
   *[cancelled] отменён
}.

## Agricultural and biological declarations (`/inspections/declarations`), the port's pages, the message.

declarations-title = Декларация растений, продуктов и животных
declarations-about = Прежде чем прибыть в пункт пропуска, по суше или по воздуху, вы можете задекларировать здесь растения, семена, почву, продукты животного происхождения, живых животных или биологические образцы, которые вы везёте, вместе с разрешениями на них. Специалист по сельскому хозяйству из пункта пропуска примет решение до вашего прибытия, и вы сможете прочитать объяснение на своём языке. Чтобы подать декларацию, войдите или создайте аккаунт.
declarations-signin = Войти
declarations-signup = Создать аккаунт
declarations-intro = Укажите, где и когда вы прибудете, что вы везёте, и разрешения на это, со сканом каждого (PDF или фото). Для почвы, живых животных и биологических образцов нужно разрешение.
declarations-send = Отправить декларацию
declarations-port = Пункт пропуска, куда вы прибываете
declarations-port-land-crossing = сухопутный переход
declarations-port-airport = аэропорт
declarations-arrives = День прибытия
declarations-travel = Рейс или автомобиль
declarations-travel-help = Номер рейса или госномер вашего автомобиля.
declarations-item = Предмет { $line }
declarations-kind = Что это
declarations-kind-plants = Растения или черенки
declarations-kind-seeds = Семена или луковицы
declarations-kind-soil = Почва
declarations-kind-animal-products = Продукты животного происхождения (мясо, сыр, яйца)
declarations-kind-live-animals = Живые животные
declarations-kind-biological-specimens = Биологические образцы
declarations-description = Описание
declarations-quantity = Сколько
declarations-quantity-help = Например, 2 кг или 12 луковиц.
declarations-origin = Из какой страны
declarations-origin-help = Две буквы, например MX или GT.
declarations-permit = Разрешение { $line }
declarations-issuer = Кто его выдал
declarations-permit-number = Номер разрешения
declarations-expiry = Действует до
declarations-scan = Скан или фото разрешения
declarations-scan-help = Файл PDF, JPEG или PNG размером не больше 5 MB.
declarations-fields-wrong = Некоторые ответы нужно изменить. Под каждым из них написано, что сделать; ничего не отправлено.
declarations-mine = Ваши декларации
declarations-none = Деклараций пока нет.
declarations-one-title = Декларация
declarations-facts = Прибытие в пункт пропуска { $port }, { $day }: { $items ->
    [one] { $items } предмет
    [few] { $items } предмета
    [many] { $items } предметов
   *[other] { $items } предмета
}, { $permits ->
    [0] разрешений нет.
    [one] { $permits } разрешение.
    [few] { $permits } разрешения.
    [many] { $permits } разрешений.
   *[other] { $permits } разрешения.
}
declarations-status-declared = Ждёт решения специалиста.
declarations-status-allowed = Разрешено: вы можете это ввезти.
declarations-status-allowed-after-treatment = Разрешено после обработки в пункте пропуска.
declarations-status-secondary = Когда прибудете, принесите это на дополнительный досмотр.
declarations-status-refused = Отказано: ввозить это нельзя.
declarations-status-withdrawn = Отозвана.
declarations-reasons = Причины
declarations-reason-permit-in-order = Разрешение в порядке.
declarations-reason-no-permit = Для этого нужно разрешение, но его нет в декларации.
declarations-reason-pest-risk = В этом могут быть вредители.
declarations-reason-disease-risk = Это может переносить болезнь.
declarations-reason-prohibited-origin = Из этой страны это ввозить нельзя.
declarations-reason-needs-examination = Это должен осмотреть специалист.
declarations-declared = Что вы задекларировали
declarations-travel-said = Рейс или автомобиль: { $travel }.
declarations-permit-said = Разрешение { $number }, выдано: { $issuer }, действует до { $expiry }.
declarations-withdraw = Отозвать эту декларацию
declarations-withdraw-help = Если вы больше не везёте эти предметы, отзовите декларацию.
declarations-back = Назад к вашим декларациям
declarations-decided = По этой декларации уже есть решение, или она отозвана: она больше не меняется. Обновите страницу, чтобы это увидеть.
declarations-day-title = Декларации за день
declarations-day-none = На этот день деклараций нет.
declarations-scan-open = Открыть скан разрешения { $line }
declarations-decide = Принять решение
declarations-decision = Решение
declarations-decided-done = Решение записано, человек получил уведомление.
declarations-problem-port = Выберите один из пунктов пропуска в списке.
declarations-problem-arrival = Напишите день прибытия: не раньше сегодняшнего и не позже чем через год, например 2027-03-01.
declarations-problem-travel = Напишите номер рейса или госномер вашего автомобиля.
declarations-problem-no-item = Добавьте хотя бы один предмет.
declarations-problem-too-many = Слишком много. В одной декларации можно отправить не больше 20 предметов и 5 разрешений.
declarations-problem-kind = Выберите, что это.
declarations-problem-description = Опишите это в нескольких словах.
declarations-problem-quantity = Укажите, сколько, например 2 кг.
declarations-problem-origin = Напишите страну двумя буквами, например MX.
declarations-problem-issuer = Напишите, кто выдал разрешение.
declarations-problem-permit-number = Напишите номер разрешения.
declarations-problem-expiry = Напишите день, когда разрешение перестаёт действовать, например 2027-06-30.
declarations-problem-permit-expired = Срок этого разрешения закончится до вашего прибытия. Попросите новое у того, кто его выдал, или прибудьте до окончания срока.
declarations-problem-scan-missing = Добавьте скан или фото разрешения.
declarations-problem-scan-size = Этот файл больше 5 MB. Отсканируйте его ещё раз в более низком качестве или сделайте фото меньшего размера.
declarations-problem-scan-type = Этот файл не PDF, не JPEG и не PNG. Сохраните скан в одном из этих форматов.
declarations-problem-permit-needed = Для почвы, живых животных и биологических образцов нужно разрешение: добавьте его вместе со сканом.
declarations-problem-decision = Выберите решение.
declarations-problem-reasons = Выберите хотя бы одну причину.

declaration-decided-v1-subject = Ваша декларация, пункт пропуска { $port }: { $status ->
    [allowed] разрешено
    [allowed-after-treatment] разрешено после обработки
    [secondary] дополнительный досмотр
   *[refused] отказано
}
declaration-decided-v1-body = Специалист по сельскому хозяйству принял решение о том, что вы задекларировали для прибытия в пункт пропуска { $port } ({ $day }): { $status ->
    [allowed] вы можете это ввезти.
    [allowed-after-treatment] это разрешено после обработки в пункте пропуска.
    [secondary] когда прибудете, принесите это на дополнительный досмотр.
   *[refused] ввозить это нельзя. Не берите это с собой или оставьте в пункте пропуска.
}
declaration-decided-v1-next = Откройте декларацию, чтобы прочитать причины.
declaration-decided-v1-sms = Garita: ваша декларация ({ $port }, { $day }): { $status ->
    [allowed] разрешено
    [allowed-after-treatment] разрешено после обработки
    [secondary] пройдите дополнительный досмотр
   *[refused] отказано
}.
