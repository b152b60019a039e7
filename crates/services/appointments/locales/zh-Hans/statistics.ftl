# 公开的数字（`/statistics`）：每个口岸被抽中的机会，以及抽中的小组已经登记了多久，画成图表，
# 每张图后面是同样数字的表格。

stats-summary = { $days ->
    [1] 这些数字来自目前唯一公布的抽签：{ $last }。
   *[other] 这些数字来自最近公布的 { $days } 次抽签，从 { $first } 到 { $last }。
}
stats-download = 下载每个口岸每一天的数字（CSV 文件）
stats-chance-heading = 每个口岸被抽中的机会
stats-chance-caption = 每个口岸的深色条表示提出申请的小组中有多少被抽中，浅色条表示申请的名额中有多少被给出。很多人申请很少名额的地方，机会就更小。
stats-chance-desc = 条形图，每个口岸两条：抽中的小组所占的比例和给出的名额所占的比例。图后面的表格有同样的数字。
stats-chance-groups = 抽中的小组
stats-chance-seats = 给出的名额
stats-no-requests = 没有申请
stats-head-seats-requested = 申请的名额
stats-head-seats-won = 给出的名额
stats-head-seats-odds = 给出名额的比例
stats-registered-heading = 抽中的小组已经登记了多久
stats-registered-caption = 每一条从抽中的小组最短的登记时间画到最长的登记时间，单位是天。深色标记是中位数：一半的小组登记时间比它短，一半比它长。
stats-registered-desc = 图表，每个口岸一条，从最短的登记时间到最长的登记时间，中位数处有标记。图后面的表格有同样的数字。
stats-registered-scale = { $days ->
   *[other] { $days } 天
}
stats-registered-range = { $shortest }–{ $longest } { $longest ->
   *[other] 天
}，中位数 { $median }
stats-none-chosen = 没有抽中的小组
stats-head-shortest = 最短（天）
stats-head-median = 中位数（天）
stats-head-longest = 最长（天）

## 自动照片检查，按人群分列
stats-faces-heading = 自动照片检查，按人群分列
stats-faces-caption = { $days ->
   *[other] 最近 { $days } 天里
}：按每个国籍和年龄段，自动检查看过多少人确认时拍的照片；其中有多少人的照片它不能接受，交给了审核人员；审核人员后来又接受了其中多少人的照片。人数少于 { $fewest } 的人群不显示数字，以免有人被认出来。
stats-faces-head-nationality = 国籍
stats-faces-head-age = 年龄
stats-faces-head-people = 人数
stats-faces-head-refused = 交给审核人员
stats-faces-head-accepted = 审核人员随后接受
stats-faces-too-few = 人数太少，不显示
stats-faces-everyone = 所有人
stats-faces-age-under-18 = 18 岁以下
stats-faces-age-18-29 = 18 至 29 岁
stats-faces-age-30-44 = 30 至 44 岁
stats-faces-age-45-59 = 45 至 59 岁
stats-faces-age-60-plus = 60 岁及以上
