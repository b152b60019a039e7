## Статус доверенного путешественника (Global Entry, NEXUS, SENTRI, FAST): проверка, которую участник делает сам, и список, который импортируют администраторы программы.

trusted-title = Статус доверенного путешественника
trusted-intro = Участники Global Entry, NEXUS, SENTRI и FAST: здесь можно узнать, в каком состоянии ваше членство и что делать дальше. Введите 9-значный номер участника (PASSID на вашей карте) и дату рождения. Garita не хранит имён: находит вас только по этим двум данным.
trusted-number = Номер участника (PASSID)
trusted-born = Дата рождения
trusted-look = Узнать мой статус
trusted-number-format = Номер участника состоит из 9 цифр: это PASSID, напечатанный на вашей карте. Введите его ещё раз.
trusted-born-format = Введите дату рождения в виде даты, например 1980-02-29.
trusted-not-found = Членства с таким номером и такой датой рождения нет. Проверьте оба значения по своей карте или обратитесь в программу, которая её выдала.
trusted-answer = Статус в программе { $programme }: { $status }
trusted-status-pending-review = ваше заявление рассматривается
trusted-status-conditionally-approved = условно одобрено
trusted-status-approved = одобрено
trusted-status-denied = не одобрено
trusted-status-revoked = аннулировано
trusted-status-expired = срок действия истёк
trusted-next-pending-review = Сейчас ничего делать не нужно: вам сообщат, когда рассмотрение закончится.
trusted-next-conditionally-approved = Дальше: запишитесь на собеседование в центре регистрации или пройдите его по прибытии в США (Enrollment on Arrival). Возьмите с собой паспорт и другие документы.
trusted-next-approved = Ваше членство действует до { $date }. Продлить его можно не раньше чем за год до этой даты.
trusted-next-denied = Причина указана в письме программы. Вы можете попросить Trusted Traveler Ombudsman (уполномоченного по жалобам доверенных путешественников) пересмотреть решение.
trusted-next-revoked = Причина указана в письме программы. Вы можете попросить Trusted Traveler Ombudsman (уполномоченного по жалобам доверенных путешественников) пересмотреть решение.
trusted-next-expired = Срок вашего членства закончился. Чтобы продлить его, подайте заявление снова.
trusted-staff-title = Список доверенных путешественников
trusted-staff-intro = Вставьте список в формате CSV; в первой строке — названия столбцов: programme, membership_number, birth_date, status, expires_on. Строка каждого участника заменяет то, что было в Garita. Ошибочная строка указывается с её номером, и из неё ничего не сохраняется; остальные сохраняются. Системы отправляют такие же строки на /api/v1/trusted-traveler/roster.
trusted-staff-roster = Список (CSV)
trusted-staff-import = Импортировать
trusted-staff-imported = { $stored ->
    [one] Сохранён { $stored } участник.
    [few] Сохранено { $stored } участника.
    [many] Сохранено { $stored } участников.
   *[other] Сохранено { $stored } участника.
}
trusted-staff-refused-title = Несохранённые строки
trusted-staff-refused = Строка { $line }, { $field }: { $problem }
trusted-roster-programme = нет среди программ (global-entry, nexus, sentri, fast)
trusted-roster-number = не 9 цифр
trusted-roster-date = не дата (YYYY-MM-DD)
trusted-roster-status = нет среди статусов (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = для одобренного членства нужна дата окончания
trusted-roster-line = в строке не те столбцы, что в заголовке
