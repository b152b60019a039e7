## 离境：离境者本人的页面和审核人员的页面。

dep-title = 离开美国
dep-legal-title = 提交之前：这份申报能做什么，不能做什么
dep-legal-does = 提交这份申报，就是告诉有关机构：你打算和你列出的人一起离开美国；你也可以为行程和行程费用申请帮助。一位审核人员会查看申报，每一步都会通知你。
dep-legal-not-judge = 这不是移民法官批准的自愿离境，仅凭它也不会结束移民法庭上的案件。如果你有法庭日期，那个案件怎么处理，由法庭决定。
dep-legal-asylum = 如果你申请了庇护，并在申请有结果之前离开美国，你的申请可能会被视为放弃。离开美国也可能影响你以后能不能回来，以及什么时候能回来。
dep-legal-stipend = 如果有补助金，每人只发一次，在确认此人离境之后发放。
dep-legal-help = 提交之前，先和一个法律援助机构谈一谈
dep-people = 一共多少人（包括你）
dep-people-submit = 显示这个人数的表格
dep-file-title = 你的离境申报
dep-trip = 行程
dep-destination = 你要去的国家
dep-contact = 另一种联系你的方式（电话或电子邮箱，可不填）
dep-travel-help = 我们需要行程方面的帮助
dep-cost-help = 我们需要行程费用方面的帮助
dep-you = 你本人
dep-traveller = 第 { $number } 人
dep-a-number = A 号码，如果有的话
dep-passport-country = 护照或旅行证件的签发国家
dep-passport-number = 护照或旅行证件号码
dep-understood = 我已阅读这份申报能做什么、不能做什么。
dep-file-submit = 发送
dep-yours = 你的申报
dep-intent-line = { $reference }：{ $status ->
    [filed] 已收到，等待审核
    [vetted] 已审核
    [travel-arranged] 行程已安排
   *[other] 已离境
}
dep-intent-state = 申报 { $reference }：{ $status ->
    [filed] 已收到，正在等待审核人员处理。
    [vetted] 已审核。
    [travel-arranged] 已审核，行程已安排好。
   *[other] 所有人的离境都已确认。
}
dep-travel-line = 行程已安排：{ $date }，由 { $carrier } 承运，从 { $from } 出发。
dep-departed-line = { $name } 于 { $when } 离境。这是已签名的确认书：任何人都可以在 /verify 查验。
dep-confirm-link = 确认此人已离境

dep-land-title = 确认经陆路离境
dep-land-intro = 当你已经离开美国至少 3 英里（约 5 公里）时，用页面里的相机拍一张照片，并允许它使用你的位置。只会保存国家和距离。
dep-land-no-script = 这一步需要用到你手机的位置和页面里的相机，所以浏览器必须开启脚本。你也可以请官员或领事馆记录你的离境。
dep-land-submit = 确认我已离境
dep-land-position = 页面没有获取到你的位置。请允许使用位置，然后再发送一次。
dep-land-too-close = { $km ->
   *[other] 你似乎距离美国大约 { $km } 公里。离境要从 3 英里（约 5 公里）算起：等你走得更远一些再试。
}
dep-land-inside = 你的位置在美国境内。过境以后再试一次。
dep-land-unknown = 我们无法判断你的位置在哪个国家。请在陆地上、远离海岸的地方再试一次。
dep-land-needs-camera = 这一步需要用页面里的相机拍的照片（它会请你转动头部）。请使用文件选择上方的按钮。

dep-staff-title = 离境申报
dep-staff-intro = 等待核查或等待安排行程的申报，最早的排在前面。
dep-staff-help = 申请行程帮助：{ $travel ->
    [yes] 是
   *[other] 否
}。申请费用帮助：{ $cost ->
    [yes] 是
   *[other] 否
}。
dep-staff-vet = 记录为已核查
dep-staff-arrange = 记录行程已安排
dep-staff-date = 出行日期
dep-staff-carrier = 承运方
dep-staff-from = 出发地点
dep-staff-record = 记录一次航空或海运离境
dep-staff-position = 此人在申报中的序号
dep-staff-how = 方式
dep-staff-air = 乘飞机
dep-staff-sea = 经海路
dep-staff-confirmation = 承运方的确认（航班或航次，登机或登船）
dep-staff-pay = 发放此人的补助金
dep-staff-done = 已记录。已通知本人。
dep-staff-paid = 补助金已发放。
dep-staff-paid-already = 这笔补助金之前已经发放过：这次没有重复发放。
dep-staff-destination = 此人在支付服务商处的账户
dep-staff-destination-help = Garita 通过服务商付款时，填写其关联账户（acct_…）。没有服务商时，补助金通过其他方式支付，由你在此记录：此处留空。
dep-staff-pay-later = 支付服务商没有回应：没有付出任何款项。请稍后再试：请求的是同一笔付款，因此绝不会重复支付。
dep-staff-pay-refused = 支付服务商拒绝了这笔付款：{ $reason }。没有付出任何款项。请核对此人的账户后再试。
dep-staff-not-done = 没有记录任何内容：请检查步骤（先核查，再安排行程）、此人的序号和每个字段。

## The published figures (`/departure/figures`).
dep-figures-title = 离境统计
dep-figures-intro = 提交了多少份离境申报、涉及多少人、确认了多少次离境、发放了多少笔补助金。每一天结束后（按 UTC 计算）公布当天的数据。这里只有数字：没有任何关于某一个人的信息。
dep-figures-csv = 下载这些天的数据（CSV 文件）
dep-figures-total = 自开始以来累计
dep-figures-days = 最近 30 天，逐日
dep-figures-through = 截至 { $day }
dep-figures-day = 日期
dep-figures-intents = 已提交申报
dep-figures-people = 涉及人数
dep-figures-departures = 已确认离境
dep-figures-paid = 已发放补助金
