## 可信旅行者状态（Global Entry、NEXUS、SENTRI、FAST）：会员自己的查询，以及项目管理员导入的名单。

trusted-title = 可信旅行者状态
trusted-intro = Global Entry、NEXUS、SENTRI 和 FAST 的会员：在这里查看你的会员资格处于什么状态，以及下一步要做什么。请输入 9 位会员号码（你卡上的 PASSID）和你的出生日期。Garita 不保存姓名：只凭这两项找到你。
trusted-number = 会员号码（PASSID）
trusted-born = 出生日期
trusted-look = 查看我的状态
trusted-number-format = 会员号码是 9 位数字：就是印在你卡上的 PASSID。请重新输入。
trusted-born-format = 请按日期格式输入你的出生日期，例如 1980-02-29。
trusted-not-found = 没有哪个会员资格同时符合这个号码和这个出生日期。请对照你的卡检查这两项，或者询问给你发卡的项目。
trusted-answer = { $programme }：{ $status }
trusted-status-pending-review = 你的申请正在审核中
trusted-status-conditionally-approved = 已有条件批准
trusted-status-approved = 已批准
trusted-status-denied = 未获批准
trusted-status-revoked = 已撤销
trusted-status-expired = 已过期
trusted-next-pending-review = 现在不需要做什么：审核结束时会通知你。
trusted-next-conditionally-approved = 下一步：在登记中心预约面谈，或者在你到达美国时进行面谈（Enrollment on Arrival）。请带上你的护照和其他证件。
trusted-next-approved = 你的会员资格有效期至 { $date }。你最早可以在这个日期之前一年办理续期。
trusted-next-denied = 项目的信函中说明了原因。你可以请 Trusted Traveler Ombudsman（可信旅行者申诉专员）重新审查这个决定。
trusted-next-revoked = 项目的信函中说明了原因。你可以请 Trusted Traveler Ombudsman（可信旅行者申诉专员）重新审查这个决定。
trusted-next-expired = 你的会员资格已经结束。你可以重新申请来续期。
trusted-staff-title = 可信旅行者名单
trusted-staff-intro = 以 CSV 格式粘贴名单，第一行是列名：programme, membership_number, birth_date, status, expires_on。每位会员的这一行会替换 Garita 原有的内容。有错误的行会标出行号，该行的任何内容都不会保存；其他行照常保存。系统会把同样的行推送到 /api/v1/trusted-traveler/roster。
trusted-staff-roster = 名单（CSV）
trusted-staff-import = 导入
trusted-staff-imported = { $stored ->
   *[other] 已保存 { $stored } 位会员。
}
trusted-staff-refused-title = 未保存的行
trusted-staff-refused = 第 { $line } 行，{ $field }：{ $problem }
trusted-roster-programme = 不是这些项目之一（global-entry, nexus, sentri, fast）
trusted-roster-number = 不是 9 位数字
trusted-roster-date = 不是日期（YYYY-MM-DD）
trusted-roster-status = 不是这些状态之一（pending-review, conditionally-approved, approved, denied, revoked, expired）
trusted-roster-expiry-needed = 已批准的会员资格需要填写结束日期
trusted-roster-line = 这一行的列和标题行不一致
