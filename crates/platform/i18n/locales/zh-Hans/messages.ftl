### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita：你的小组在 { $port } 有一个 { $date } 的预约
msg-won-v1-body = 你在 { $day } 的申请在抽签中被抽中了。你的小组的预约：{ $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats ->
   *[other] { $seats } 个名额
}。
msg-won-v1-next = 现在要做的事：请在 { $deadline }（{ $zone } 时间）之前确认。小组里每个 14 岁或以上的人都要用手机的位置和一张照片来确认。如果没有及时确认，这个名额会给另一个小组；你可以再申请，不会对你有任何不好的影响。
msg-won-v1-sms = Garita：{ $date } { $time } 在 { $port } 有预约，{ $seats ->
   *[other] { $seats } 个名额
}。请在 { $deadline } 前确认：{ $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita：你在 { $port } 的 { $date } 预约已经确认
msg-confirmed-v1-body = 小组里每个人都已经确认了。你的确认编号是 { $number }。你的小组的预约：{ $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats ->
   *[other] { $seats } 个名额
}。
msg-confirmed-v1-next = 现在要做的事：请比 { $time } 早一点到口岸，带上小组里的每个人和他们的证件。你的状态页面上会显示你的确认。
msg-confirmed-v1-sms = Garita：{ $date } { $time } 在 { $port } 的预约已确认（编号 { $number }），{ $seats ->
   *[other] { $seats } 个名额
}。详情：{ $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita：你有更多时间确认 { $date } 的预约
msg-deadline-moved-v1-body = 在你需要确认的期间，Garita 有 { $hours } 小时 { $minutes } 分钟没有正常运行，所以你的确认时间也延长了这么多。你的预约：{ $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats ->
   *[other] { $seats } 个名额
}。
msg-deadline-moved-v1-next = 请在 { $deadline }（{ $zone } 时间）之前，在你的状态页面上确认。
msg-deadline-moved-v1-sms = Garita：确认时间延长了。请在 { $deadline } 前确认 { $date } { $time } 在 { $port } 的预约：{ $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita：你 { $date } 的预约没有及时确认
msg-lapsed-v1-body = 你的小组在 { $port } 的预约（{ $date } { $time }）没有在截止时间之前确认，所以这个名额给了其他小组。
msg-lapsed-v1-next = 你哪一天都可以再申请，不会对你有任何不好的影响：你登记了多久，在每次抽签里都仍然算数。
msg-lapsed-v1-sms = Garita：你 { $date } 在 { $port } 的预约没有及时确认。你哪一天都可以再申请：{ $link }
msg-offered-v1-subject = Garita：{ $port } 有 { $date } 的名额给你的小组
msg-offered-v1-body = 在 { $day } 的抽签中被抽中的一个小组没有确认，它的名额按公布的名单顺序给接下来的小组：你的小组是其中之一。你的小组的预约：{ $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats ->
   *[other] { $seats } 个名额
}。
msg-offered-v1-next = 现在要做的事：请在 { $deadline }（{ $zone } 时间）之前确认。你的时间比最先被抽中的小组少。小组里每个 14 岁或以上的人都要用手机的位置和一张照片来确认。如果没有及时确认，这个名额会给下一个小组，不会对你有任何不好的影响。
msg-offered-v1-sms = Garita：{ $date } { $time } 在 { $port } 有给你的预约，{ $seats ->
   *[other] { $seats } 个名额
}。请在 { $deadline } 前确认：{ $link }

## A cancelled appointment, version 1.
msg-cancelled-v1-subject = Garita：你在 { $port } 的 { $date } 预约已经取消
msg-cancelled-v1-body = 你的小组在 { $port }（{ $crossing }）的预约（{ $date } { $time }）已经取消。你登记页面上有 Garita 签名的档案，会保存你当时有的预约和取消的时间。
msg-cancelled-v1-next = 你哪一天都可以再申请预约，不会对你有任何不好的影响。
msg-cancelled-v1-sms = Garita：你 { $date } { $time } 在 { $port } 的预约已经取消。你哪一天都可以再申请：{ $link }

## Nobody of a confirmed group came on the day, version 1.
msg-no-show-v1-subject = Garita：{ $date } 我们没有在 { $port } 见到你的小组
msg-no-show-v1-body = 你的小组没有人在 { $date } { $time } 到 { $port } 报到，所以这次预约已经结束了。我们希望大家都平安。
msg-no-show-v1-next = 你哪一天都可以再申请预约，不会对你有任何不好的影响：你登记了多久，在每次抽签里都仍然算数。
msg-no-show-v1-sms = Garita：{ $date } 我们没有在 { $port } 见到你的小组。你哪一天都可以再申请，不会有任何不好的影响：{ $link }

## An appointment moved: its port closed that day, or the group chose another port, version 1.
msg-moved-v1-subject = Garita：你的预约现在是 { $date } 在 { $port }
msg-moved-v1-body = { $reason ->
    [weather] 口岸 { $from_port } 在 { $from_date } 因天气关闭，所以你的小组的预约已经改了。
    [security] 口岸 { $from_port } 在 { $from_date } 因安全原因关闭，所以你的小组的预约已经改了。
    [port-chosen] 你的小组选了另一个口岸，所以你的预约已经改了。
   *[other] 口岸 { $from_port } 在 { $from_date } 关闭，所以你的小组的预约已经改了。
} 你的小组现在的预约：{ $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats ->
   *[other] { $seats } 个名额
}。
msg-moved-v1-next = 你的状态页面上会显示新的预约；小组里每个人都确认以后，还会显示它的确认单。旧日期的确认单已经不再有效。如果另一个口岸对你更合适，你可以在那里选它。
msg-moved-v1-sms = Garita：你的预约改到 { $date } { $time }，在 { $port }，{ $seats ->
   *[other] { $seats } 个名额
}。详情：{ $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita：你在 { $day } 的申请没有被抽中
msg-not-chosen-v1-body = 你在 { $day } 申请了 { $port } 的预约，这一次在抽签中没有被抽中。
msg-not-chosen-v1-next = 你哪一天都可以再申请：你登记了多久，在每次抽签里都算数。这封电子邮件是你自己要求发送的；你可以在你的账户页面上停止接收。

account-notices-title = 关于抽签的消息
account-notices-not-chosen = 我的小组没有被抽中时，也用电子邮件告诉我。结果总会显示在你的状态页面上。
account-notices-save = 保存

status-title = 你的状态和消息
status-appointment-title = 你的预约
status-appointment = { $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats ->
   *[other] { $seats } 个名额
}。
status-confirm-by = 请在 { $deadline }（{ $zone } 时间）之前确认。
status-confirmed = 你的预约已经确认：小组里每个人都已经确认了。
status-confirm-title = 确认你的预约
status-time-left = 剩余时间：{ $hours } 小时 { $minutes } 分钟。
status-confirm-intro = 每个 14 岁或以上的人都在这部手机上确认：先用手机的位置，然后现场拍一张自己脸部的照片。
status-traveller-todo = { $name }：还没有确认。
status-traveller-retake = { $name }：这张照片没法用。请再拍一张。
status-traveller-review = { $name }：有人正在查看照片。你不需要做任何事；查看期间，你确认的时间会暂停计算。
status-traveller-passed = { $name }：已确认。
status-confirm-link = 确认 { $name }
status-no-appointment = 你还没有预约。你每天都可以申请一次；每次抽签的结果都会显示在这里。
status-request-title = 你最近的申请
status-request-none = 你还没有申请过预约。
status-request-waiting = 你在 { $day } 申请了 { $port } 的预约。结果还没有公布。
status-request-won = 你在 { $day } 申请了 { $port } 的预约，你的小组被抽中了。你的预约显示在上面。
status-request-lapsed = 你在 { $day } 申请了 { $port } 的预约。你的小组被抽中了，但没有及时确认，所以名额给了其他小组。你哪一天都可以再申请，不会对你有任何不好的影响。
status-request-no-show = 你在 { $day } 申请了 { $port } 的预约，你的小组有一个已确认的预约，但那天没有人报到。你哪一天都可以再申请，不会对你有任何不好的影响。
status-request-not-chosen = 你在 { $day } 申请了 { $port } 的预约。这一次你的小组没有被抽中。你哪一天都可以再申请：你登记了多久，在每次抽签里都算数。
confirm-title = 确认 { $name }
confirm-intro = 你按下按钮时，网站会问手机一次你在哪里，只是为了确认 { $name } 在可以确认预约的地区里。你的位置不会被保存。然后给 { $name } 的脸拍一张照片：眼睛看着镜头，光线要好，照片里不要有别人。
confirm-submit = 确认
confirm-needs-location = 要确认，Garita 需要知道手机的位置。请允许这个网站使用位置，然后再按一次按钮。如果还是不行，收容所或法律援助组织可以帮你。
confirm-too-late = 确认的时间已经过了。你的状态页面上会说明接下来会怎样。
confirm-outside-state = 手机显示你在 { $place }，离可以确认预约的地区大约 { $km } 公里（墨西哥北纬 19 度以北的地方，还有恰帕斯州和塔巴斯科州）。你可以在这个地区里确认。如果你其实不在这里，请打开精确位置，然后再试一次。
confirm-outside-country = 手机显示你在墨西哥以外，离 { $place } 附近的边境大约 { $km } 公里。你可以在墨西哥境内确认：北纬 19 度以北，或者在恰帕斯州或塔巴斯科州。如果你其实不在这里，请打开精确位置，然后再试一次。

inbox-title = 消息
inbox-empty = 还没有消息。关于你的预约的消息会显示在这里，即使电子邮件或短信（SMS）没有送到你那里。
inbox-offline = 这个页面打开过一次以后，没有网络也可以再看。
inbox-text-gone-subject = 一条较早的消息
inbox-text-gone-body = { $days ->
   *[other] 按照 Garita 关于信息保存多久的规定，这条消息的文字在发出 { $days } 天后已经删除。它告诉你的内容仍然显示在你的状态页面上，也保存在你那份有 Garita 签名的档案里。
}

messages-admin-title = 消息
messages-admin-intro = 所有节点合在一起的等待中、已送达和失败的消息。同样的数字也在 /metrics 上。
messages-admin-pending = 等待通过 { $channel } 发送：{ $count }
messages-admin-none-pending = 没有等待发送的消息。
messages-admin-oldest = 等待最久的消息是 { $minutes ->
   *[other] { $minutes } 分钟
}前写的。
messages-admin-sent = 一共已送达：{ $count }
messages-admin-hour-title = 最近一小时
messages-admin-hour = { $channel }：{ $sent } 条已送达，{ $retry } 条稍后重试，{ $moved } 条转到下一个渠道，{ $dead } 条已放弃，{ $deferred } 条因发送限制而放慢。
messages-admin-dead-title = 无法送达
messages-admin-dead-empty = 没有。每条消息都已送达，或者还在尝试发送。
messages-admin-dead-row = { $kind }，通过 { $channel }，写于 { $when }，尝试了 { $attempts ->
   *[other] { $attempts } 次
}。最后的错误：{ $error }
messages-admin-retry = 再试一次
messages-admin-retried = 这条消息已经回到队列里，稍后会再试一次。

review-confirmations = 确认时拍的照片

confirmation-title = 你的确认单
confirmation-intro = 在口岸出示这个页面，用手机出示或打印在一张纸上都可以。除了你的证件，只需要带上它。
confirmation-number = 确认编号：{ $number }
confirmation-appointment = { $port }（{ $crossing }），{ $date } { $time }（口岸当地时间），{ $seats ->
   *[other] { $seats } 个名额
}。
confirmation-token = 你的确认单文字，用来人工核对：
confirmation-free = 任何人都可以在 /verify 查验它是不是真的。Garita 是免费的：谁都不能卖给你确认单。
status-confirmation-link = 查看并打印你的确认单
status-cancel = 取消这个预约
status-cancel-help = 如果你的小组不能来，就取消它：名额会马上给另一个小组。你哪一天都可以再申请，不会对你有任何不好的影响。
status-cancelled = 你的预约已经取消。你哪一天都可以再申请。
status-moved = { $reason ->
    [port-chosen] 你把这个预约从 { $from_port }（{ $from_date } { $from_time }）改到了另一个口岸。
   *[other] 这个预约已从 { $from_port }（{ $from_date } { $from_time }）改过来：那天这个口岸关闭。
}
status-choose-port = 改到这个口岸
status-choose-port-label = 另一个口岸
status-choose-port-help = 如果另一个口岸对你的小组更合适，就选它：你的预约会改到那里最早的空余时间，小组里每个人都在一起。这件事只能做一次。
status-choose-port-full = 那个口岸在接下来几个月里没有空余名额。你的预约没有改变。
check-title = 查验确认单
check-intro = 粘贴 Garita 确认单的文字（二维码下面的那一行），或者扫描它的二维码。结果只说明它是不是真的，不会显示任何个人信息。
check-token-label = 确认单文字
check-submit = 查验
check-scan = 扫描二维码
check-no-camera = 这里无法使用相机。请改为输入或粘贴确认单的文字。
check-genuine = 是真的：确认单 { $number }，口岸 { $port }，{ $date } { $time }，{ $seats ->
   *[other] { $seats } 个名额
}。
check-not-genuine = 不是真的：这张确认单不是 Garita 签发的。不要相信它，也不要为它付钱。
check-expired = 这张确认单曾经是真的，但它的日期（{ $date }）已经过了。
check-cancelled = 这张确认单曾经是真的，但这个预约已经取消了。
check-moved = 这张确认单曾经是真的，但这个预约已经从 { $date } 改到了别的日期或口岸：请要求出示更新的确认单。
check-offline = 已在这部手机上离线查验：签名确实是 Garita 的。之后有没有被取消，只能联网查验。
partner-title = 用出生日期查验确认单
partner-intro = 供合作组织使用。输入对方给你看的确认编号，以及他小组里其中一个人的出生日期：结果只有“是”或“否”。每次查验都会被记录下来。
partner-number = 确认编号
partner-born = 小组里其中一个人的出生日期。
partner-yes = 是：这张确认单有效，而且属于一个有人在这个日期出生的小组。
partner-no = 否：这个编号不是有效的确认编号，或者它所属的小组里没有人在这个日期出生。
partner-too-many = 你在这个小时内查验的次数太多了。请在下一个小时再试。
