## Организации как записи: администраторы программы ведут список, а администраторы организации — её помощников.

role-organization-admin = Администратор организации
organizations-title = Организации
organizations-intro = Организации, в которых работают сотрудники. Помощнику, наблюдателю, проверяющему-партнёру или администратору организации можно указать только организацию из этого списка.
organizations-name = Название
organizations-kind = Тип
organizations-city = Город
organizations-contact = Как с ней связаться
organizations-contact-help = Общедоступный адрес, телефон или часы приёма — так, как их показывает справочник помощи.
organizations-kind-helpers = Приют или группа юридической помощи (помощники)
organizations-kind-partner = Партнёр, который проверяет подтверждения
organizations-kind-observer = Наблюдатель за жеребьёвками
organizations-kind-carrier = Автобусный перевозчик
organizations-kind-broker = Таможенный брокер
organizations-kind-importer = Импортёр
organizations-add = Добавить организацию
organizations-added = Организация добавлена. Теперь можно создать учётные записи для её сотрудников.
organizations-incomplete = Заполните все поля (не более 100 символов в каждом) и выберите тип.
organizations-taken = Организация с таким названием уже есть. Ничего не добавлено.
organization-title = Помощники вашей организации
organization-intro = Помощники организации { $organization }. Добавьте человека, который помогает людям лично, или удалите того, кто больше этого не делает: его сеансы сразу завершатся.
organization-no-helpers = Помощников пока нет.
organization-remove = Удалить этого помощника
organization-removed = Помощник удалён: его сеансы завершены, и он больше не может войти.
organization-add = Добавить помощника
staff-accounts-organization-unknown = Организации с таким названием нет. Сначала добавьте её в разделе «Организации» или проверьте написание.
