## 付款：每晚对账发现的差异，供项目管理员和审计员查看。

payments-admin-title = 付款差异
payments-admin-intro = Garita 每晚把支付服务商报告的已付款项与自己的账本核对。每条差异都会留在此页面上，直到项目管理员查看并关闭它。这里只显示 id 和金额，从不显示任何人的个人信息。
payments-admin-what-to-do = 要查看某条差异，请在服务商的管理后台里查找服务商的参考号。已在服务商处付款、但账本里没有的钱，会在付款人回来时入账，或由服务商退款；不要手动把它记入账本。
payments-admin-none = 没有未关闭的差异：服务商的记录与账本一致。
payments-admin-kind-not-in-ledger = 已在服务商处付款，但不在 Garita 的账本里
payments-admin-kind-not-at-provider = 在 Garita 的账本里，但未在服务商处付款
payments-admin-kind-amount = 金额不一致
payments-admin-row = { $kind }：{ $provider }，参考号 { $reference }，{ $amount }，发现于 { $when }。
payments-admin-no-amount = 金额未知
payments-admin-payment = Garita 中的付款：{ $payment }
payments-admin-close = 已查看：关闭
payments-admin-closed = 差异已关闭。审计日志会记录关闭人和关闭时间。
payments-admin-gone = 该差异已经关闭，或不存在。没有做任何更改。
