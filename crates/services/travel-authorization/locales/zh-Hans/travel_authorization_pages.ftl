## 预先旅行授权：担保人、受益人、审核人员和口岸官员使用的页面。

ta-title = 旅行授权（假释计划）
ta-intro = 有些计划允许身在国外的人乘飞机前往美国，前提是有一位住在美国的担保人。先由担保人提交申请；然后每个人确认自己的信息、护照和一张照片；最后由机构的工作人员决定。
ta-intro-decision = 决定不说明理由。获得授权的人可以在授权有效期内乘飞机前往美国；在到达的机场，由官员决定是否给予假释（parole）。
ta-programme = 计划
ta-programme-who = 适用国籍
ta-programme-validity = 有效期
ta-programme-extension-head = 延期
ta-programme-state = 申请
ta-programme-days = { $days ->
   *[other] { $days } 天
}
ta-programme-extension = { $days ->
   *[other] 可延期一次，{ $days } 天
}
ta-programme-no-extension = 无
ta-programme-open = 开放
ta-programme-closed = 不再接受新申请
ta-programme-closed-now = 这个计划已经不再接受新申请。没有保存任何内容。请选择其他计划，或者等它重新开放后再来。
ta-steps = 你可以在这里做什么
ta-file-link = 我住在美国：为别人提交申请
ta-invitation-link = 我收到了代码：确认我的信息
ta-no-fee = Garita 对此不收任何费用。任何人都不能因为提交申请或确认信息而向你要钱。
ta-your-filings = 你提交的申请
ta-filing-line = 案件 { $reference }：{ $programme }
ta-your-part = 你和你照顾的人

ta-file-title = 为别人提交申请
ta-file-intro = 请选择计划，以及你要为多少人申请（最多 10 人；未成年人要和父母或监护人一起列在申请里）。
ta-file-none-open = 现在没有计划接受新申请。请以后再来。
ta-file-choose = 继续
ta-file-people = 人数
ta-file-people-help = 1 到 10 人。发送前你可以修改。
ta-file-for = 申请的计划：{ $programme }。
ta-file-privacy = 你填写的内容只用于这个案件：邀请每个人、做出决定，以及在口岸核对授权。每位成年人都会通过电子邮件收到一个代码，使用你为他选择的语言。
ta-file-you = 你（担保人）
ta-file-status = 你在美国的身份
ta-file-state = 你居住的州或领地
ta-state-choose = 请选择
ta-file-supports = 我填写的这些人在美国期间，我会在经济上支持他们。
ta-file-consent = 我同意 Garita 仅为本申请使用我在此填写的内容：邀请每个人、作出决定、在抵达时核对授权，以及仔细查看需要进一步审查的申请。我关闭账户时这些内容会被删除。
ta-file-person = 第 { $number } 人
ta-file-nationality = 国籍
ta-file-email = 电子邮件地址
ta-file-email-help = 成年人：邀请会发到这个地址。未满 18 岁的人请留空。
ta-file-language = 邀请使用的语言
ta-file-relationship = 他和你的关系
ta-file-guardian = 未满 18 岁的人：他的父母或监护人在这个名单上的编号
ta-file-guardian-help = 例如，如果第 1 人是父亲或母亲，就填 1。成年人请留空。
ta-file-submit = 发送申请

ta-us-status-citizen = 美国公民
ta-us-status-permanent-resident = 合法永久居民（绿卡）
ta-us-status-parolee = 假释入境者（parolee）
ta-us-status-tps = 临时保护身份（TPS）
ta-us-status-asylee = 获得庇护者或难民
ta-us-status-other-lawful = 其他合法身份

ta-relationship-spouse = 配偶或伴侣
ta-relationship-child = 儿子或女儿
ta-relationship-parent = 父亲或母亲
ta-relationship-sibling = 兄弟姐妹
ta-relationship-relative = 其他亲属
ta-relationship-friend = 朋友
ta-relationship-other = 其他

ta-case-title = 你的申请
ta-case-intro = 案件 { $reference }，{ $programme }。
ta-case-invited-help = 每位成年人都通过电子邮件收到了一个代码。如果有人没收到，请让他查看垃圾邮件文件夹；代码 30 天内有效。
ta-case-person = 人员
ta-case-state = 状态
ta-case-number = 授权
ta-case-until = 有效期至
ta-extend-intro = { $days ->
   *[other] 这个计划允许延期一次，延长 { $days } 天。
}
ta-extend-submit = 为 { $given } 申请延期
ta-extend-done = 授权已延期。你们两人都会收到消息。
ta-extend-not-allowed = 这份授权不能延期：这个计划不允许延期，或者已经延期过了。没有任何改变。

ta-invitation-title = 确认你的信息
ta-invitation-intro = 美国有人为你提交了申请，你收到了一个代码。请在这里输入：之后你的账户就可以代表你本人，以及和你一起列在申请里的未满 18 岁的孩子。
ta-invitation-code = 你的代码
ta-invitation-code-help = 代码以 TAI 开头，例如 TAI-7K4M-Q2XP。
ta-invitation-submit = 继续
ta-invitation-unknown = 这个代码打不开任何申请。请核对每个字母和数字；一个代码只能用一次，30 天内有效。如果还是不行，请问问为你提交申请的人。

ta-person-title = 你的旅行授权
ta-person-heading = 旅行授权：{ $given }
ta-person-typed = 为 { $given } { $family } 提交的申请，出生日期 { $born }，计划：{ $programme }。
ta-person-intro = 请在 { $until } 之前确认：核对你的信息，回答每一项声明，输入护照照片页底部的两行字，并拍一张你的脸部照片。
ta-person-correct = 改正姓名或出生日期（只在有错时）
ta-person-attest = 声明
ta-person-mrz = 护照照片页底部的两行字
ta-person-mrz-help = 这两行以 P< 开头，由字母、数字和符号 < 组成。请按印刷的样子输入，一行在另一行下面。
ta-person-passport-page = 护照照片页的照片（如果可以）
ta-person-passport-page-help = 如果你发送，你的照片会与其上的肖像比对。如果不发送，由工作人员比对。
ta-person-position = 这个计划会保存你确认时所在的国家（只保存国家）。提交时，你的手机会询问是否分享你的位置。
ta-person-needs-script = 要确认，这个页面需要使用你手机的位置，这需要一个开启了脚本（JavaScript）的浏览器。收容所或法律援助机构可以借给你一部能用的手机。
ta-person-submit = 确认
ta-person-confirmed = 你已经确认。机构的工作人员会做出决定；你会收到消息。现在你不需要做任何事。
ta-person-authorized = 你已获准乘飞机前往美国：授权 { $number }，有效期至 { $until }。
ta-person-not-authorized = 根据这份申请，你没有获得授权。决定中不说明理由。法律援助机构可以告诉你还能做什么。
ta-person-expired = 申请的这一部分已经结束。只要计划还开放，为你提交申请的人可以重新提交。
ta-person-paroled = 你已抵达。官员已记录假释：入境号码 { $number }，类别 { $class }，期限至 { $until }。
ta-proof = 登机时和在到达机场时，请出示这个二维码，或上面的号码。里面只有你的姓名首字母、出生年份和护照签发国。

ta-staff-title = 待决定的旅行授权
ta-staff-waiting = { $count ->
    [0] 没有人在等待决定。
   *[other] 有 { $count } 人在等待决定，最早的排在前面：
}
ta-staff-line = { $reference }，{ $programme }，确认时间：{ $when }
ta-staff-reviews = 担保人方面的审查案件
ta-staff-reviews-count = { $count ->
    [0] 没有未结的审查案件。
   *[other] 有 { $count } 个未结的审查案件。这不代表拒绝：在对其中提到的申请做决定之前，请先查看这些申请。
}
ta-staff-review = { $signal ->
    [network] 同一网络提交了很多申请
    [device] 同一设备提交了很多申请
    [named-twice] 同一个人被多位担保人填写
   *[other] 一位担保人提交的申请远多于平常
}：开启时为 { $count }，{ $when }。
ta-staff-review-close = 我已查看：关闭这个案件
ta-staff-review-closed = 审查案件已关闭。
ta-staff-case = 案件 { $reference }，{ $programme }。
ta-staff-what = 项目
ta-staff-value = 记录内容
ta-staff-typed = 担保人填写的内容
ta-staff-relationship = 与担保人的关系
ta-staff-confirmed = 本人确认的内容
ta-staff-passport = 护照
ta-staff-passport-line = { $number }，签发方 { $issuer }，有效期至 { $expires }
ta-staff-country = 确认时所在国家
ta-staff-country-unknown = 未知（没有询问，或不在地图上）
ta-staff-portrait = 与护照肖像比对
ta-staff-portrait-distance = 自动比对：两张脸的距离为 { $distance }；同一个人的两张照片通常低于 { $threshold }。
ta-staff-portrait-unusable = 护照页照片中没有可供比对的单张人脸：请自行比对。
ta-staff-portrait-none = 未发送护照页照片：请自行将照片与护照比对。
ta-staff-supporter = 担保人
ta-staff-signals-head = 申请计数
ta-staff-signals = 来自同一网络：{ $network }。来自同一设备：{ $device }。这位担保人提交的：{ $supporter }。其他担保人填写此人的次数：{ $named }。
ta-staff-photo = 照片检查
ta-staff-photo-passed = 头部按要求转动了。
ta-staff-photo-reason = { $reason ->
    [move-as-asked] 摄像头动作检查没有看到头部按要求转动：请仔细查看。
    [not-live] 以文件中的静态照片提交，未经摄像头动作检查：请仔细查看。
   *[other] 照片的一项检查未通过：请仔细查看。
}
ta-staff-photo-alt = 确认时拍的照片
ta-staff-photo-compare = 如果你要求对方出示护照，请把照片和护照对比；这项检查只说明照片是不是现场拍的。
ta-staff-decide = 决定
ta-staff-decide-help = 每份授权都计入计划的每月上限。会通知本人和担保人；不说明理由。
ta-staff-authorize = 批准出行
ta-staff-not-authorize = 不批准
ta-staff-authorized = 已批准。本人和担保人会收到消息。
ta-staff-not-authorized = 已记录为不批准。本人和担保人会收到消息。
ta-staff-cap-reached = 这个计划本月的上限已满：没有记录任何内容。此人留在队列中，等下个月。
ta-staff-not-open = 这件事已经决定或已经关闭。没有任何改变。

ta-programmes-title = 旅行授权计划
ta-programmes-cap = 本月：已发 { $granted } 份授权，上限 { $cap } 份。
ta-programmes-no-cap = 本月：已发 { $granted } 份授权（无上限）。
ta-programmes-close = 停止接受新申请
ta-programmes-open = 开始接受新申请
ta-programmes-opened = 这个计划现在接受新申请。
ta-programmes-closed = 这个计划不再接受新申请。已经提交的申请继续处理。

ta-port-title = 到达时的旅行授权
ta-port-intro = 用授权号码或二维码，或用姓名和出生日期，查找旅客的授权。每次查找都会被记录。
ta-port-number = 授权号码或二维码文本
ta-port-number-help = 扫描二维码，或输入号码（TA-...）。
ta-port-find = 查找
ta-port-none = 没有找到授权。请核对号码，或用姓名和出生日期查找。
ta-port-found = { $number }：{ $name }，护照 { $passport }，有效期至 { $until }
ta-port-parole = 记录假释
ta-port-admission = 入境号码
ta-port-class = 入境类别
ta-port-until = 假释期限至
ta-port-recorded = 假释已记录。旅客可以在自己的页面和签名记录中看到。
ta-port-not-valid = 这份授权现在无效（已过期、未获批准或已使用）。没有记录任何内容。
ta-port-parole-problem = 请核对入境号码（11 位数字）、类别（例如 DT）和日期。没有记录任何内容。
