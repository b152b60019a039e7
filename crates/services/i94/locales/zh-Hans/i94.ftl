## Provisional I-94 for land arrivals: what is wrong in an application, and the messages.

i94-travellers-count = 一份申请包括 1 到 25 位旅行者。请添加一位旅行者，或者为其他人另外提交一份申请。
i94-arrival-window = 到达日期必须是今天或接下来 7 天中的某一天。请在离出行更近的时候再申请。
i94-passport-expires = 这本护照在到达当天或之前到期。请持到达日之后仍然有效的护照出行。
i94-mrz-differs = 护照底部的几行字符和你输入的内容不一致（号码、出生日期或到期日期）。请把它们和护照核对，改正不一致的那一项。

i94-paid-v1-subject = Garita：你的临时 I-94 已经准备好了
i94-paid-v1-body = { $count ->
   *[other] 费用已经付清。共 { $count } 位旅行者，每位都有一个在 { $port } 使用的临时 I-94 号码。
}
i94-paid-v1-next = 请在 { $until } 之前到口岸出示每个号码。过了这个时间，号码就会过期，费用不退。每个号码都在你的 I-94 页面上，并附有一个官员可以扫描的码。
i94-paid-v1-sms = Garita：{ $count } 位旅行者在 { $port } 使用的临时 I-94 已付费。请在 { $until } 之前出示每个号码：{ $link }
i94-expired-v1-subject = Garita：临时 I-94 { $number } 已过期
i94-expired-v1-body = 临时 I-94 { $number } 没有及时在 { $port } 出示，所以已经过期。费用不退。
i94-expired-v1-next = 如果这位旅行者仍然要来，请在你的 I-94 页面上重新申请，最早可以在到达前 7 天申请。
i94-expired-v1-sms = Garita：临时 I-94 { $number } 未使用，已过期。你可以重新申请：{ $link }
i94-decided-v1-subject = Garita：关于临时 I-94 { $number } 的决定
i94-decided-v1-body = 在 { $port }，一位官员记录了对临时 I-94 { $number } 的决定。
i94-decided-v1-next = 你的 I-94 页面会显示这个决定，你那份有 Garita 签名的档案也会保存它。
i94-decided-v1-sms = Garita：{ $port } 的一位官员记录了对 I-94 { $number } 的决定：{ $link }
