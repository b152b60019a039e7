### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita：你的小组在 { $port } 有一个 { $date } 的预约
msg-won-v1-body = 你在 { $day } 的申请在抽签中被抽中了。你的小组的预约：{ $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats } 个名额。
msg-won-v1-next = 现在要做的事：请在 { $deadline }（{ $zone } 时间）之前确认。小组里每个 14 岁或以上的人都要用手机的位置和一张照片来确认。如果没有及时确认，这个名额会给另一个小组；你可以再申请，不会对你有任何不好的影响。
msg-won-v1-sms = Garita：{ $date } { $time } 在 { $port } 有预约，{ $seats } 个名额。请在 { $deadline } 前确认：{ $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita：你在 { $day } 的申请没有被抽中
msg-not-chosen-v1-body = 你在 { $day } 申请了 { $port } 的预约，这一次在抽签中没有被抽中。
msg-not-chosen-v1-next = 你哪一天都可以再申请：你登记了多久，在每次抽签里都算数。这封电子邮件是你自己要求发送的；你可以在你的账户页面上停止接收。

account-notices-title = 关于抽签的消息
account-notices-not-chosen = 我的小组没有被抽中时，也用电子邮件告诉我。结果总会显示在你的状态页面上。
account-notices-save = 保存

status-title = 你的状态和消息
status-appointment-title = 你的预约
status-appointment = { $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats } 个名额。
status-confirm-by = 请在 { $deadline }（{ $zone } 时间）之前确认。
status-no-appointment = 你还没有预约。你每天都可以申请一次；每次抽签的结果都会显示在这里。
status-request-title = 你最近的申请
status-request-none = 你还没有申请过预约。
status-request-waiting = 你在 { $day } 申请了 { $port } 的预约。结果还没有公布。
status-request-won = 你在 { $day } 申请了 { $port } 的预约，你的小组被抽中了。你的预约显示在上面。
status-request-not-chosen = 你在 { $day } 申请了 { $port } 的预约。这一次你的小组没有被抽中。你哪一天都可以再申请：你登记了多久，在每次抽签里都算数。
inbox-title = 消息
inbox-empty = 还没有消息。关于你的预约的消息会显示在这里，即使电子邮件或短信（SMS）没有送到你那里。
inbox-offline = 这个页面打开过一次以后，没有网络也可以再看。

messages-admin-title = 消息
messages-admin-intro = 所有节点合在一起的等待中、已送达和失败的消息。同样的数字也在 /metrics 上。
messages-admin-pending = 等待通过 { $channel } 发送：{ $count }
messages-admin-none-pending = 没有等待发送的消息。
messages-admin-oldest = 等待最久的消息是 { $minutes } 分钟前写的。
messages-admin-sent = 一共已送达：{ $count }
messages-admin-hour-title = 最近一小时
messages-admin-hour = { $channel }：{ $sent } 条已送达，{ $retry } 条稍后重试，{ $moved } 条转到下一个渠道，{ $dead } 条已放弃，{ $deferred } 条因发送限制而放慢。
messages-admin-dead-title = 无法送达
messages-admin-dead-empty = 没有。每条消息都已送达，或者还在尝试发送。
messages-admin-dead-row = { $kind }，通过 { $channel }，写于 { $when }，尝试了 { $attempts } 次。最后的错误：{ $error }
messages-admin-retry = 再试一次
messages-admin-retried = 这条消息已经回到队列里，稍后会再试一次。
