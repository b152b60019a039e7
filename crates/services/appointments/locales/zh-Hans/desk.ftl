### 在口岸：边境官员的工作台。

desk-title = { $port } 口岸 { $date } 的预约
desk-find = 查找预约
desk-find-label = 确认编号，或二维码下面的文字
desk-not-found = 这个口岸没有这个编号的预约。请检查编号；其他口岸的预约不会显示在这里。
desk-none = 这一天没有预约。
desk-row = { $time }：{ $number }，{ $seats ->
   *[other] { $seats } 个名额
}，{ $status }；已到达 { $arrived ->
   *[other] { $arrived } 人
}。
desk-open = 打开
desk-status-won = 已抽中，还没有确认
desk-status-offered = 递补获得名额，还没有确认
desk-status-confirmed = 已确认
desk-status-lapsed = 没有及时确认
desk-status-cancelled = 已取消
desk-status-no-show = 没有人来
desk-intake-title = { $number }：{ $port }，{ $date } { $time }
desk-traveller = 出生日期：{ $born }；国籍：{ $nationality }；证件：{ $document }。
desk-photo-registration = 登记时的照片
desk-photo-live = 确认时拍的照片
desk-no-live = 没有确认时拍的照片。
desk-face-distance = 已自动比对：两张脸的距离为 { $distance }；同一人的两张照片通常低于 { $threshold }。
desk-face-not-compared = 未能自动比对：请您亲自比对这两张照片。
desk-face-reviewed = { $reason ->
    [liveness] 审核人员接受了这张照片：自动检查没有看到头部按要求转动，或者照片是在没有该检查的情况下发送的。
    [compared] 审核人员接受了这张照片：自动比对认为两张脸不相似，或者无法比对。
   *[quality] 自动检查认为这张照片难以使用（光线、大小或清晰度）后，审核人员接受了它。
}
desk-outcome-none = 还没有到达。
desk-until-label = 假释有效期至（YYYY-MM-DD；留空：到达后两年）
desk-note-label = 备注
desk-corrected = 名单截止后更正：{ $field } 原为“{ $before }”，现为“{ $after }”。
desk-save = 保存

## Border wait times: the public page and the officers' form.
wait-title = 边境等候时间
wait-intro = 每个口岸的等候时间，由口岸的官员发布，用的是口岸当地的时间。同样的数字也在 JSON 和 XML 数据源里，格式和 CBP 的 Border Wait Times 数据源一样。
wait-feed = JSON 数据源
wait-feed-xml = XML 数据源
wait-history-link = { $port } 最近 7 天
wait-history-title = 最近 7 天的等候时间
wait-history-intro = { $port }：通道开放时每天发布的最长等候时间和平均等候时间，按口岸当地的时间分天。
wait-history-none = 最近 7 天这里什么都没有发布。
wait-history-day = 日期
wait-history-longest = 最长等候
wait-history-average = 平均等候
wait-history-posts = 发布次数
wait-history-minutes = { $minutes ->
   *[other] { $minutes } 分钟
}
wait-history-chart = { $lane }：每天最长的等候时间（分钟）
wait-history-chart-desc = 每天一条横条，长度就是那天最长的等候时间。下面的表格有同样的数字。
wait-port = 口岸
wait-status = 今天
wait-port-open = 开放
wait-port-closed = 今天关闭
wait-lane-pedestrian = 步行
wait-lane-passenger = 小汽车
wait-lane-commercial = 卡车
wait-lane-pedestrian-ready = 步行，Ready Lane 通道
wait-lane-passenger-sentri = 小汽车，SENTRI
wait-lane-passenger-ready = 小汽车，Ready Lane 通道
wait-lane-commercial-fast = 卡车，FAST
wait-open = { $minutes } 分钟，开放 { $lanes ->
   *[other] { $lanes } 条
}通道（{ $time } 发布）
wait-closed = 通道关闭（{ $time } 发布）
wait-not-offered = 这个口岸没有
wait-post-title = 发布等候时间
wait-post-intro = { $port } 口岸现在的等候时间。发布后会马上显示在公开页面和数据源里。
wait-post = 发布
wait-posted = 已发布。谢谢。
wait-lane-status = { $lane }：通道
wait-lane-delay = { $lane }：等候时间（分钟）
wait-lane-open = { $lane }：开放的通道数
wait-status-open = 开放
wait-status-closed = 关闭
wait-status-none = 这个口岸没有
wait-error-delay = { $lane }：通道开放时，请填写等候的分钟数，从 0 到 1440。
wait-error-lanes = { $lane }：请填写开放的通道数，从 0 到 99。

## The programme's overview per port and day.
overview-title = 各口岸每天的情况
overview-range = 从 { $from } 到 { $to }：每个口岸，每一天。只有数字，没有个人资料。
overview-csv = 下载 CSV 文件
overview-earlier = 早一周
overview-later = 晚一周
overview-date = 日期
overview-port = 口岸
overview-seats = 名额
overview-appointments = 预约
overview-confirmed = 已确认
overview-arrived = 已到达的人数
overview-no-shows = 没有人来
overview-paroled = 人道主义假释入境（parole）
overview-nta = 出庭通知（Notice to Appear）
overview-referred = 已转交其他部门
overview-not-admitted = 不予入境
staff-port-seats-frozen = 此日期的抽签名单已经截止，名额已随名单一起公布，因此现在不能再更改。请更改之后的日期；如果口岸当天无法开放，请关闭该日期。
desk-find-traveller = 按旅行者的姓名和出生日期查找团组
desk-search-given = 名
desk-search-family = 姓
desk-search-born = 出生日期（YYYY-MM-DD）
desk-search-none = 本口岸今天前后一周内的预约中，没有旅行者的姓名和出生日期与之相符。请按证件上的写法核对拼写。
desk-search-found = { $date } { $time }：{ $number }，{ $status }
overview-port-title = 你所在口岸的数字
partner-history = 你的机构核查过的内容
partner-history-none = 还没有核查记录。
partner-history-answer = 答复
