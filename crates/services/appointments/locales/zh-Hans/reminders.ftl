### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita：请在 { $deadline } 之前确认你的预约
reminder-confirm-v1-body = 你小组在 { $port }（{ $crossing }）的预约，{ $date } { $time }（口岸当地时间），还没有确认。小组里每个 14 岁或以上的人都要用手机的位置和一张照片来确认。
reminder-confirm-v1-next = 现在要做的事：请在 { $deadline }（{ $zone } 时间）之前在你的状态页面上确认。如果没有确认，名额会给另一个小组；你可以再申请，不会对你有任何处罚。
reminder-confirm-v1-sms = Garita：请在 { $deadline } 之前确认 { $date } { $time } 在 { $port } 的预约：{ $link }
reminder-day-before-v1-subject = Garita：你的预约就在明天，{ $date }，在 { $port }
reminder-day-before-v1-body = 你小组的预约：{ $port }，{ $date } { $time }（口岸当地时间）。请到行人入口：{ $crossing }。
reminder-day-before-v1-next = 请带上小组里的每个人、你登记的身份证件和你的确认号 { $number }（打印的或在手机上）。请比 { $time } 早一点到。预约是免费的：任何人都不能向你收费。
reminder-day-before-v1-sms = Garita：明天 { $date } { $time } 在 { $port }。所有人带证件。{ $number }：{ $link }
