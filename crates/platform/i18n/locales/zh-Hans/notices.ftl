# 联系方式用来做什么（同意书会列出这些用途；通知会说明是为哪一项发送的）。
purpose-account = 你的账户：登录用的验证码，以及有关账户安全的提醒。
purpose-booking = 预约：每天的抽签、抽签结果、确认，以及你去口岸的那一天。
purpose-applications = 你自己的申请：I-94、旅行授权、离境，以及对这些申请的决定。
purpose-status-notices = 有关你的移民身份的通知，例如你的假释（parole）发生变化。
purpose-staff-work = 工作人员的工作：告诉工作人员有哪些工作在等他们处理。
consent-purpose = { $purpose } 法律依据：{ $basis }

# 有关身份变化的通知，用本人的语言。
notice-change-name = { $change ->
    [parole-extended] 假释延期
   *[parole-ends] 假释结束
}
notice-v1-subject = { $change ->
    [parole-extended] Garita：你的假释已延期
   *[parole-ends] Garita：你的假释即将结束
}
notice-v1-body = { $change ->
    [parole-extended] 你在美国的人道主义假释（parole）已经延期。这一变化从 { $date } 起生效。
   *[parole-ends] 你在美国的人道主义假释（parole）将于 { $date } 结束。这份通知本身并不是命令你离开美国，也不会终止你的庇护申请或你提交的其他申请。
}
notice-v1-next = 你可以这样做：在你的 Garita 页面上查看你的假释记录，保存好这份通知，在做任何决定之前，先和律师或经认可的代理人（accredited representative）谈一谈。免费或低收费的法律援助：{ $help }
notice-v1-sms = { $change ->
    [parole-extended] Garita：你的假释从 { $date } 起延期。详情：{ $link }
   *[parole-ends] Garita：你的假释于 { $date } 结束。法律援助和详情：{ $link }
}

# 本人的通知页面。
notices-title = 发给你的通知
notices-intro = Garita 发给你的每一份有关你身份的通知、发送的用途，以及你是否收到了。
notices-none = Garita 还没有给你发过任何通知。
notices-sent = 发送时间：{ $when }，用途：{ $purpose }
notices-told = 你在接受 Garita 的条款时，已经被告知你的联系方式会这样使用。
notices-untold = 你在提供联系方式时，没有被告知它会这样使用。这份通知是根据以下法律依据发送的：{ $basis }
notices-delivered = 已于 { $when } 通过{ $channel ->
    [sms] 短信
   *[email] 电子邮件
}送达。
notices-pending = 还没有送达。Garita 会继续尝试，这个页面会一直显示这份通知。
notices-undelivered = 这份通知无法通过电子邮件或短信送达。你可以在这个页面上阅读。

# 项目管理员的页面。
staff-notices-title = 通知
staff-notices-intro = 向某段日期内在某个口岸以假释身份入境的人发送有关身份变化的通知。每个人都用自己的语言阅读。通知只会为 Garita 声明的用途发送；对于没有被告知该用途的人，只有附上你记录的法律依据才会发给他们，他们会在通知旁边看到这项依据。
staff-notices-change = 变化内容
staff-notices-effective = 从哪天起
staff-notices-purpose = 发送用途
staff-notices-purpose-help = 这里只列出本 Garita 部署声明的用途。
staff-notices-port = 以假释身份入境的口岸
staff-notices-any-port = 任何口岸
staff-notices-from = 到达日期：从
staff-notices-to = 到达日期：到
staff-notices-legal-help = 在哪里可以得到法律援助
staff-notices-legal-help-help = 人们可以联系或前往的地址或地点，会显示在通知里。
staff-notices-basis = 法律依据
staff-notices-basis-help = 只有当这些人中有人没有被告知该用途时才需要填写。他们会在通知旁边看到它。
staff-notices-send = 发送通知
staff-notices-done = { $people ->
   *[other] 通知已发送给 { $people } 个人。
}
staff-notices-sent-title = 已发送的通知
staff-notices-none = 还没有发送过任何通知。
staff-notices-row = { $when }：{ $change }，自 { $date } 起，用途：{ $purpose }共 { $people ->
   *[other] { $people } 人
}，其中 { $untold } 人事先没有被告知该用途。
staff-notices-row-basis = 已记录的法律依据：{ $basis }
notice-refused-purpose = 本 Garita 部署没有声明这个用途，所以什么都没有发送。请从列出的用途中选择一个。
notice-refused-change = 请从列表中选择变化内容。
notice-refused-nobody = 那几天没有人在该口岸以假释身份入境，所以什么都没有发送。请检查口岸和日期。
notice-refused-help = 请写明人们可以在哪里得到法律援助（最多 200 个字符），然后再发送一次。
notice-refused-dates = 请填写变化生效的日期，以及到达的第一天和最后一天；第一天不能晚于最后一天。
notice-refused-basis = 这份通知会发给 { $people ->
   *[other] { $people } 人
}，其中 { $untold ->
   *[other] { $untold } 人
}在提供联系方式时没有被告知这个用途。什么都没有发送。请记录向他们发送通知的法律依据，然后再发送一次。
