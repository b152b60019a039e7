## 按项目的决定取消某几天所有有效的预约：项目管理员的表单，以及每个小组收到的消息。

programme-withdraw-title = 在整个项目范围内取消预约
programme-withdraw-help = 按项目的决定，这几天里所有有效的预约都会取消，可以是一个口岸，也可以是所有口岸。每个小组只会收到一次通知，用它的语言；小组的档案会保留它原来有的预约；查验确认单时会显示已取消。这些名额不会给其他小组，每天抽签公布的记录里也会写明这一点。
programme-withdraw-port = 口岸
programme-withdraw-all-ports = 所有口岸
programme-withdraw-from = 预约的第一天
programme-withdraw-to = 预约的最后一天
programme-withdraw-preview = 查看这样会取消哪些预约
programme-withdraw-dates = 请用日期写出预约的第一天和最后一天，最后一天不能早于第一天。
programme-withdraw-none = 在这个范围内没有有效的预约。没有做任何更改。
programme-withdraw-count = { $count ->
   *[other] 从 { $from } 到 { $to }（{ $ports }）共有 { $count } 个有效的预约。取消后会通知每个小组，而且无法撤销。
}
programme-withdraw-confirm = 取消这些预约并通知每个小组
programme-withdraw-started = { $count ->
   *[other] 正在取消 { $count } 个预约。会通知每个小组；审计日志会逐一列出。
}

withdrawn-v1-subject = Garita：你在 { $port } 的 { $date } 预约已因项目的决定取消
withdrawn-v1-body = 你的小组在 { $port }（{ $crossing }）的预约（{ $date } { $time }）因项目的一项决定已经取消，那几天的其他预约也一起取消了。这不是因为你的小组做了什么。你登记页面上有 Garita 签名的档案，会保存你当时有的预约和取消的时间。
withdrawn-v1-next = 你的登记保持不变。Garita 首页会说明你什么时候可以再申请预约。预约是免费的：谁都不能卖给你预约。帮助页面列出了可以给你建议的机构。
withdrawn-v1-sms = Garita：你 { $date } { $time } 在 { $port } 的预约因项目的决定已经取消，不是因为你的小组。详情：{ $link }
