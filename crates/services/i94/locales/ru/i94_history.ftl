## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = Ваши I-94 (за последние 10 лет)
i94-history-none = Пока ни по одному вашему I-94 на пункте пропуска не принято решение.
i94-history-admitted = { $date }, { $port }: { $name } — допущен(а), I-94 { $number }, категория { $class }, до { $until }.
i94-history-refused = { $date }, { $port }: { $name } — не допущен(а).
i94-history-record = Скачайте ваши подписанные данные (в них также есть ваша запись и то, что произошло на пункте пропуска)
