## 预先旅行授权：各个计划、申请或确认中有什么问题、各条消息，以及签名的授权。

ta-programme-chnv = 古巴人、海地人、尼加拉瓜人和委内瑞拉人假释（parole）计划
ta-programme-u4u = “联合援助乌克兰”计划（Uniting for Ukraine）
ta-programme-frp = 家庭团聚假释（parole）计划

ta-attest-truthful = 据我所知，我在这里确认的所有内容都真实、完整。
ta-attest-vaccinations = 出行前，我会接种这个计划要求的疫苗。
ta-attest-own-travel = 我会自己安排并支付前往美国的机票。

ta-beneficiaries-count = 一份申请可以包括 1 到 10 人。请加上一个人，或者为其他人另外申请。
ta-nationality-not-in-programme = 这个计划是给其他国籍的人的。请选择适合这个人国籍的计划。
ta-guardian-needed = 未满 18 岁的人要跟父母或监护人一起出行。请把这位成年人加到这份申请里，并填写他在名单上的编号。
ta-state-unknown = 请选择你居住的美国州或领地。
ta-support-needed = 要提交申请，你必须同意：你填写的这些人在美国期间，你会在经济上支持他们。
ta-consent-needed = 要提交申请，请同意我们如何使用你填写的内容。什么都没有保存。
ta-attestation-needed = 请回答每一项声明。如果有哪一项你不能同意，请先咨询法律援助机构，再继续。
ta-mrz-birth-differs = 护照底部几行里的出生日期和上面填的不一样。请改正上面的出生日期，或者核对那几行。
ta-passport-expired = 这本护照已经过期。出行需要有效护照：请先换发新护照，然后回来确认。
ta-position-needed = 这个计划会记录你确认时所在的国家。请允许网页使用你的位置，然后再提交一次。

ta-status = { $status ->
    [invited] 等待本人确认
    [confirmed] 已确认：等待决定
    [authorized] 已获准出行
    [not-authorized] 未获准出行
    [expired] 已过期
    [arrived] 已抵达：假释已记录
   *[other] 处理中
}

ta-invited-v1-subject = Garita：美国有人为你申请了旅行授权
ta-invited-v1-body = 美国的一位担保人为你提交了案件 { $reference }。要继续，请在 { $until } 之前在 Garita 上确认你的信息、护照和一张照片。
ta-invited-v1-next = 打开 Garita，登录或创建账户，然后输入这个代码：{ $code }。Garita 的人绝不会要你为此付钱。
ta-invited-v1-sms = Garita：有人为你提交了案件 { $reference }。请在 { $until } 前用代码 { $code } 确认：{ $link }
ta-decided-v1-subject = Garita：案件 { $reference } 有了决定
ta-decided-v1-body = { $status ->
    [authorized] { $given } 已获准乘飞机前往美国。授权 { $number } 有效期至 { $until }。
   *[other] { $given } 未获准按这个案件出行。决定中不说明理由。
}
ta-decided-v1-next = { $status ->
    [authorized] 授权和它的二维码都在 Garita 上。登机时和在到达口岸时，请出示它们。
   *[other] 你的 Garita 页面显示了这个决定。法律援助机构可以告诉你还能做什么。
}
ta-decided-v1-sms = { $status ->
    [authorized] Garita：{ $given } 已获准出行，有效期至 { $until }：{ $link }
   *[other] Garita：案件 { $reference } 已有决定：{ $link }
}
ta-extended-v1-subject = Garita：授权 { $number } 已延期
ta-extended-v1-body = { $given } 的授权现在有效期至 { $until }。
ta-extended-v1-next = Garita 上的二维码会显示新的日期。这个计划不允许再延期。
ta-extended-v1-sms = Garita：授权 { $number } 现在有效期至 { $until }：{ $link }
ta-expired-v1-subject = Garita：{ $given } 的案件 { $reference } 已过期
ta-expired-v1-body = { $status ->
    [authorized] { $given } 的授权没有使用，已于 { $until } 结束。
   *[other] { $given } 没有及时确认，所以案件 { $reference } 的这一部分已过期。
}
ta-expired-v1-next = 只要计划还开放，担保人可以重新提交申请。
ta-expired-v1-sms = Garita：{ $given } 的案件 { $reference } 已过期：{ $link }

ta-check-genuine = 是真的：{ $initials } 的旅行授权 { $number }，{ $year } 年出生，{ $country } 护照，有效期至 { $until }。
ta-check-used = 这份旅行授权（{ $number }）是真的，已经用过了：本人已抵达，官员已记录假释（parole）。
ta-check-expired = 这份旅行授权（{ $number }）是真的，但已于 { $until } 结束。
ta-check-gone = 这份旅行授权（{ $number }）是 Garita 签发的，但已经不再保存。
