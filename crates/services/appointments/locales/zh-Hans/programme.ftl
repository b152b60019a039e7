## 项目管理员的运营页面：故障、暂扣的抽签、取消预约。

programme-title = 项目运营
programme-reason = 原因
programme-reason-help = 简单写几句，会保存在审计日志里。不要写姓名或证件号码。
programme-reason-needed = 请先写明原因：它会保存在审计日志里。
programme-incident-title = 故障
programme-incident-none = 目前没有宣布的故障。当人们无法确认时（根据他们的反馈，或你自己发现的情况），请宣布故障：每个确认截止时间都会按故障持续的时长往后推。
programme-incident-since = 自 { $when } 起已宣布故障：{ $reason }。在你结束它之前，确认截止时间会一直往后推。
programme-incident-declare = 宣布故障
programme-incident-end = 结束故障
programme-incident-declared = 故障已宣布。在你结束它之前，确认截止时间会一直往后推。
programme-incident-already = 已经有一个宣布的故障：请先结束它。
programme-held-title = 暂扣的抽签
programme-held-none = 没有暂扣的抽签。
programme-held-line = { $date } 的抽签已暂扣：{ $reason }
programme-held-see = 查看抽签及其检查
programme-held-release = 解除暂扣并公布
programme-released = 抽签已解除暂扣并公布。已通知抽中的小组。
programme-not-held = 这次抽签没有被暂扣（在此期间已解除，或从未暂扣）。没有做任何更改。
programme-cancel-title = 取消预约
programme-cancel-help = 这是项目的决定：会通知预约的小组，小组的档案会保留这条预约，查验确认单时会显示已取消，预约的名额会给接下来的小组。
programme-cancel-number = 确认编号
programme-cancel-submit = 取消这个预约
programme-cancelled = 预约已取消。已通知它的小组。
programme-cancel-unknown = 没有预约使用这个确认编号。请检查后再试一次。
programme-cancel-not-live = 这个预约已经不再有效（已取消、没有及时确认或已经结束）。没有做任何更改。
