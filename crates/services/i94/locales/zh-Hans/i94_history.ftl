## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = 你的 I-94（最近 10 年）
i94-history-none = 还没有任何口岸对你的 I-94 作出决定。
i94-history-admitted = { $date }，{ $port }：{ $name } 已获准入境，I-94 { $number }，类别 { $class }，期限至 { $until }。
i94-history-refused = { $date }，{ $port }：{ $name } 未获准入境。
i94-history-record = 下载你那份有 Garita 签名的档案（里面也有你的预约，以及在口岸发生的事）
