### 每天的申请、公布的抽签和公开的数字：简体中文。从 en/draws.ftl 翻译。
# Plain words, short sentences; never blame the reader; always say what to do next.

input-position-invalid = Garita 读不到你手机的位置。请允许这个网站使用位置，然后再试一次。

request-title = 申请预约
request-intro = 每天从 { $opens } 到 { $closes }（{ $zone } 时间），你的小组可以申请一次预约。申请结束后，抽签决定谁得到当天的名额；每个口岸一半的名额给登记最久的小组。
request-port = 口岸
request-location-help = 你按下按钮时，网站会问你的手机一次你在哪里，只是为了确认你在可以申请的地区里。你的位置不会被保存。
request-submit = 申请预约
request-needs-location = 要申请，Garita 需要知道你手机的位置。请允许这个网站使用位置，然后再按一次按钮。如果还是不行，收容所或法律援助组织可以和你一起申请。
location-without-script = 这一步需要您手机的位置，用来确认您在墨西哥靠近边境的地方。这个浏览器无法把位置交给页面：JavaScript 已关闭，或浏览器没有定位功能。请在浏览器设置中打开 JavaScript，手机询问时允许本网站使用位置，然后重新打开此页面。援助机构也可以陪您完成这一步。
request-accepted = 你在 { $port } 申请 { $date } 的预约已经保存了。它会参加那一天的抽签。你的抽签号码在下面；抽签以后，你可以在公布的名单里找到它。
request-entry-id = 你的抽签号码：
request-next = 申请截止时进行抽签：{ $time }（{ $zone } 时间）。结果会通过电子邮件发送（如果你留了电话，也会发短信），并显示在你的状态页面上。
request-status-link = 查看你的状态页面
request-already = 你的小组已经申请了 { $date } 的预约（口岸 { $port }）。每天申请一次就够了：申请已经保存，会参加抽签。
request-holds-appointment = 你的团组已经有一个预约：{ $date } { $time }，口岸 { $port }。一个团组同一时间只能有一个预约。想申请别的日子，请先在你的状态页面取消这个预约，然后再申请。
request-closed = { $date } 的申请在 { $time }（{ $zone } 时间）开始。
request-no-registration = 请先登记你的小组。然后你就可以申请预约。
request-photos-missing = 每个 14 岁或以上的人都需要先有照片。请加上还没有的照片，然后再申请一次。
request-outside-state = 你的手机显示你在 { $place }，离可以申请的地区大约 { $km } 公里（墨西哥北纬 19 度以北的地方，还有恰帕斯州和塔巴斯科州）。你可以在这个地区里申请。如果你其实不在这里，请打开精确位置，然后再试一次。
request-outside-country = 你的手机显示你在墨西哥以外，离 { $place } 附近的边境大约 { $km } 公里。你可以在墨西哥境内申请：北纬 19 度以北，或者在恰帕斯州或塔巴斯科州。如果你其实不在这里，请打开精确位置，然后再试一次。
request-check-draw = 查看这一天的抽签

draws-title = 每天的抽签
draws-intro = 谁都可以检查每一天的抽签。申请开始以前，Garita 先公布一个秘密数字的承诺值；申请结束时，公布参加抽签的名单和它的摘要；抽签以后，公布这个秘密数字和完整的结果，谁都可以自己重新算一遍。
draws-day-title = { $date } 的抽签
draws-status-open = 现在可以申请。下面的承诺值是在申请开始以前公布的。
draws-status-opening = 申请将于 { $time }（{ $zone }）开放。下面的承诺在开放前就已公布。
draws-status-closed = 申请已经结束。参加抽签的名单已经定下来了；接下来是抽签。
draws-status-drawn = 抽签已经完成，公布以前正在检查。
draws-status-held = 抽签在等人来检查，检查好以后才会公布。
draws-status-published = 已经公布。谁都可以重新算一遍。
draws-commitment = 承诺值（SHA-256）
draws-entries = 参加抽签的申请
draws-digest = 参加抽签名单的摘要（SHA-256）
draws-secret = 秘密数字，抽签以后公开
draws-seed = 种子
draws-download-entries = 下载参加抽签的名单
draws-download-record = 下载完整的记录（JSON）
draws-verify-how = 想自己检查的话：garita draw verify { $file }（方法写在 docs/draw.md 里）。
draws-your-entry = 你这一天的抽签号码：{ $entry }
draws-your-entry-listed = 它在公布的名单里。
draws-none = 还没有抽签。

stats-title = 数字
stats-head-port = 口岸
stats-head-requests = 申请
stats-head-seats = 名额
stats-head-winners = 抽中的小组
stats-head-odds = 机会
stats-head-waited = 登记的天数（最短 / 中间 / 最长）

email-draw-held-subject = Garita：有一次抽签在等待你的检查
email-draw-held-body = 某一天的抽签没有通过公平性检查，在公布前已被暂扣；目前还没有告诉任何人结果。请在这里查看各项检查和记录：{ $link } —— 然后用“garita draw release”公布，或在你调查期间继续暂扣。

## Observers of the draw (staff role "observer")
observe-title = 观察抽签
observe-intro = 在某一天的申请开始以前，先为你自己的秘密数字提交一个承诺值；申请结束以后，公开这个秘密数字。每个和自己的承诺值相符的秘密数字都会进入抽签，所以没有任何人能单独决定谁被抽中，Garita 也不能。请在你自己的电脑上生成秘密数字和它的承诺值，可以用命令 garita observe commit，也可以用任何遵循抽签规范（docs/draw.md）第 11.3 节的工具；在申请结束以前，请保管好这个秘密数字。
observe-your-id = 你的观察员 ID（它是你的承诺值的一部分）：{ $id }
observe-date = 申请的日期（YYYY-MM-DD）
observe-commitment = 你的承诺值（64 个字符：数字 0 到 9 和字母 a 到 f）
observe-secret = 你的秘密数字（64 个字符：数字 0 到 9 和字母 a 到 f）
observe-commit = 提交承诺值
observe-reveal = 公开秘密数字
observe-committed = 你为 { $date } 提交的承诺值已经保存。请保管好你的秘密数字，申请结束以后再公开它。
observe-accepted = 你为 { $date } 公开的秘密数字和你的承诺值相符：它会进入抽签。请保存这个页面，作为你的凭证。
observe-wrong = 你为 { $date } 公开的秘密数字和你的承诺值不相符，所以抽签会在没有它的情况下进行，抽签的记录里也会写明这一点。
observe-error-hex = 请写正好 64 个字符，每个字符都是数字 0 到 9 或字母 a 到 f。
observe-error-date = 日期请按“年-月-日”写，例如 2026-12-31。
observe-too-late-commit = 那一天的申请已经开始了。请为以后的某一天提交承诺值。
observe-already-committed = 你已经为那一天提交了承诺值，承诺值不能更改。请在申请结束以后公开它对应的秘密数字。
observe-too-early = 那一天的申请还没有结束。请在申请结束以后公开你的秘密数字。
observe-too-late-reveal = 那一天公开秘密数字的时间已经过了，抽签已经在没有你的秘密数字的情况下进行。
observe-nothing-committed = 你没有为那一天提交承诺值，所以没有需要公开的秘密数字。
observe-already-revealed = 你已经公开了那一天的秘密数字。
observe-history = 你观察的日子
observe-col-date = 日期
observe-col-commitment = 承诺值
observe-col-status = 状态
observe-status-not-revealed = 未公开
observe-status-accepted = 已进入抽签
observe-status-wrong = 不相符
observe-none = 你还没有为任何一天提交过承诺值。
draws-beacon-round = 公开随机数：这次抽签使用的 drand quicknet 轮次（申请结束以后的第一轮）
draws-rules-digest = 各口岸名额和时间的摘要，在申请结束时定下来（SHA-256）
draws-observer-commitment = 观察员 { $name } 的承诺值
draws-beacon-missing = drand 的那一轮没有按时到达，所以抽签在没有它的情况下进行了；种子由观察员的秘密数字和 Garita 的秘密数字生成。
request-next-from-group = 你的小组已准备好：申请预约
email-face-rates-subject = Garita：照片检查把某一人群交给审核的次数多得多
email-face-rates-body = 最近一周，自动照片检查把至少一个人群（同一国籍和年龄段）确认时拍的照片交给审核人员的频率，是所有人的两倍以上。按人群分列的数字在这里：{ $link } —— 请查看待审核照片的光线、距离和眼镜，并看看 face_match_distance 里的阈值是否适合这些照片。
