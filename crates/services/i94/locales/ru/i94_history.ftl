## Предварительный I-94: прибытия человека, по которым на пунктах пропуска приняли решение за последние 10 лет (по записи и по предварительному I-94).

i94-history-title = Ваши I-94 (за последние 10 лет)
i94-history-none = Пока ни по одному вашему I-94 на пункте пропуска не принято решение.
i94-history-admitted = { $date }, { $port }: { $name } — допущен(а){ $number ->
        [none] {""}
       *[other] , I-94 { $number }, категория { $class }
    }{ $until ->
        [none] .
       *[other] , до { $until }.
    }
i94-history-paroled = { $date }, { $port }: { $name } — допущен(а) по режиму parole до { $until }{ $number ->
        [none] .
       *[other] , I-94 { $number }.
    }
i94-history-referred = { $date }, { $port }: { $name } — направлен(а) в другую службу.
i94-history-refused = { $date }, { $port }: { $name } — не допущен(а).
i94-history-record = Скачайте ваши подписанные данные (в них также есть ваша запись и то, что произошло на пункте пропуска)
