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
