## 临时 I-94：最近 10 年内各口岸已作出决定的本人各次抵达（凭预约的，以及凭临时 I-94 的）。

i94-history-title = 你的 I-94（最近 10 年）
i94-history-none = 还没有任何口岸对你的 I-94 作出决定。
i94-history-admitted = { $date }，{ $port }：{ $name } 已获准入境{ $number ->
        [none] {""}
       *[other] ，I-94 { $number }，类别 { $class }
    }{ $until ->
        [none] 。
       *[other] ，期限至 { $until }。
    }
i94-history-paroled = { $date }，{ $port }：{ $name } 已获准以假释（parole）身份入境，期限至 { $until }{ $number ->
        [none] 。
       *[other] ，I-94 { $number }。
    }
i94-history-referred = { $date }，{ $port }：{ $name } 已转交其他办公室。
i94-history-refused = { $date }，{ $port }：{ $name } 未获准入境。
i94-history-record = 下载你那份有 Garita 签名的档案（里面也有你的预约，以及在口岸发生的事）
