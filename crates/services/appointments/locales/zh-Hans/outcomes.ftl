## 口岸为旅行者记录的内容：显示在官员的控制台和本人的状态页面上。

fact-arrived = 已到达。目前还没有记录其他内容。
fact-paroled = 获准以假释（parole）身份进入美国，期限至 { $until }。
fact-nta = 已送达出庭通知（Notice to Appear），A 号码 { $number }。
fact-referred = 已转交其他办公室。
fact-not-admitted = 未获准入境。
fact-admission-number = I-94 入境号码：{ $number }。
fact-class = 入境类别：{ $class }。
fact-version = 第 { $version } 版，{ $when } 在 { $port } 由官员 { $officer } 记录：
fact-reason = 更改的理由：{ $reason }

status-arrivals-title = 在口岸
status-arrival = { $name } 于 { $date } 到达 { $port }。现在的记录：
status-arrival-history = 所有版本，从最早的开始：
status-arrival-help = 如果这里有错误，请告诉口岸的官员或法律援助机构，并说明版本和官员编号。你可以从账户下载的记录包含所有版本，并有签名。

desk-facts-legend = 发生了什么
desk-paroled-label = 以假释身份入境
desk-nta-a-number-label = 出庭通知：上面的 A 号码
desk-referred-label = 已转交其他办公室
desk-not-admitted-label = 未获准入境
desk-admission-number-label = I-94 入境号码（11 个字符）
desk-class-label = 入境类别（例如 DT）
desk-reason-label = 更改原因
desk-reason-help = 更改已记录的日期或号码时必须填写。本人会看到。
desk-reason-needed = 这会更改已记录的日期或号码。请写明原因：本人会看到。
desk-changed-meanwhile = 另一位官员刚刚记录了这位旅行者。请先阅读现在的记录，再重新进行你的更改。
desk-history = 所有版本，从最早的开始：

msg-outcome-changed-v1-subject = Garita：在 { $port } 的记录有更改
msg-outcome-changed-v1-body = 一位官员更改了你的团组 { $date } 到达 { $port } 时记录的日期或号码。之前的版本已保留。
msg-outcome-changed-v1-next = 你的状态页面显示所有版本以及更改理由。如果有错误，请告诉口岸的官员或法律援助机构。
msg-outcome-changed-v1-sms = Garita：官员更改了你的团组在 { $port } 的日期或号码。查看版本：{ $link }

## The person's parole record (`/parole`).
parole-title = 你的假释记录
parole-intro = 官员为你的团组中每一位到达口岸的人记录的内容：I-94 入境号码、入境类别、假释从何时开始、到何时结束，以及任何出庭通知（Notice to Appear）。如果日期或号码曾被更改，所有版本都会保留在这里，并写明是谁、在什么时候、为什么更改。
parole-none = 你的团组目前还没有任何口岸记录。你按预约到达口岸后，官员记录的内容会显示在这里。
parole-start = { $date } 在 { $port } 到达并接受检查：假释从那时起计算。
parole-changes = 所有版本，从最早的开始，附官员编号和给出的更改理由：
parole-keep-title = 保存并核对
parole-keep = 下载你的记录：它有 Garita 的签名，所以任何人（律师、法院、雇主）都可以核对，确认没有人改动过它。
parole-download = 下载你有签名的记录
parole-check = 核对记录
parole-notices = 发给你的通知
parole-legal-help = 免费或低价的法律援助
