# Accounts, sign-in, recovery, staff pages and account e-mails (Simplified Chinese translation; English is the reference).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Navigation

nav-signin = 登录
nav-signup = 开一个账户
nav-account = 我的账户
nav-signout = 退出登录
nav-staff = 工作人员

## Consent, shown before an account is made (and again when it changes)

consent-title = 开始之前：你的信息
consent-intro = 请读一读。这里说明 Garita 保存你的哪些信息，以及为什么保存。
consent-collect-title = 我们保存什么
consent-collect-body = 你的电子邮件地址；你的密码（用锁起来的形式保存，谁都看不到）；你的语言；以后还有你告诉我们的、你小组里每个人的信息。
consent-why-title = 为什么保存
consent-who-title = 谁能看到
consent-who-body = 你自己。Garita 工作人员只有在工作需要时才能看，而且每次看都会被记录下来。你预约的那个口岸的边境官员。我们绝不出售这些信息。
consent-keep-title = 我们保存多久
consent-keep-body = 你的账户开着的时候，我们一直保存。如果你关闭账户，我们会在 2 年后删除你的信息，但法律要求我们保留的信息除外。
consent-rights-title = 你的权利
consent-rights-body = 我们保存的关于你的所有信息，你都可以查看、下载，也可以改正。如果你不同意，就不能使用 Garita；不会有别的后果。
consent-version = 版本 { $version }
consent-changed = 你上次读过以后，我们改了这段文字。请再读一遍，并再次同意，才能继续。
consent-agree = 我已经读过，我同意

## Making an account

signup-title = 开一个账户
signup-intro = 一个账户给一起走的一组人用。
signup-email-label = 你的电子邮件地址
signup-email-help = 我们会把一个验证码发到这个地址。请用你能打开的邮箱地址。
signup-phone-label = 电话号码（可以不填）
signup-phone-help = 要加上国家代码，例如 +52 664 123 4567。
signup-password-label = 设一个密码
signup-password-help = 至少 10 个字母、数字或符号。一句短短的话容易记住，别人也很难猜到。
signup-language-label = 你接收消息用的语言
signup-submit = 开我的账户
signup-have-account = 你已经有账户了吗？请登录。

## Problems with a field (shown next to the field)

field-required = 请填写这一项。
form-problems-title = 请检查这些回答
field-email-invalid = 这看起来不像电子邮件地址。它应该像 name@example.com 这样。
field-phone-invalid = 请写上号码和国家代码，例如 +52 664 123 4567。
field-password-short = 密码太短了。请用至少 10 个字母、数字或符号。
field-password-long = 密码太长了。最多只能用 128 个字母、数字或符号。
field-password-common = 很多人用这个密码，所以很容易被猜到。请换一个。
field-code-format = 验证码是 6 个数字。只输入数字就行。
field-code-wrong = 这个验证码不对，或者已经过期了。请看 Garita 发来的最新一封电子邮件，或者要一个新的验证码。
field-totp-wrong = 这个验证码不对。请输入你的应用现在显示的 6 个数字。
field-code-spent = 这个代码已不能再用：尝试次数太多，或者已过期。请重新登录以获取新的代码。
field-identity-check = 请确认你已经核实了这个人的身份。

## Checking the e-mail address

verify-title = 查看你的电子邮件
verify-expiry = 验证码在 15 分钟内有效。
verify-code-label = 验证码
verify-submit = 检查验证码
verify-resend = 给我发一个新的验证码
verify-resend-wait = { $seconds ->
   *[other] { $seconds } 秒
}后，你可以再要一个新的验证码。
verify-resent = 如果地址没错，新的验证码正在发给你。
verify-done = 你的电子邮件地址已经确认好了。

## Recovery codes, shown once

codes-title = 你的恢复码
codes-body = 如果你丢了手机或忘了密码，用其中一个恢复码就能回到你的账户。每个恢复码只能用一次。
codes-keep = 请打印这一页，或者把恢复码抄在纸上。好好保管。不要给别人看：Garita 绝不会向你要这些恢复码。
codes-once = 这些恢复码只在现在显示这一次。我们只用锁起来的形式保存它们。
codes-print = 打印
codes-continue = 我已经保存好恢复码了

## Signing in

signin-title = 登录
signin-password-label = 密码
signin-submit = 登录
signin-forgot = 忘了密码，或者丢了手机？
signin-no-account = 还没有账户？开一个吧。
signed-out = 你已经退出登录。
signed-out-everywhere = 你已经在所有手机和电脑上退出登录。

device-title = 是你本人吗？
device-submit = 继续

totp-title = 应用里的验证码
totp-body = 打开你的验证器应用，输入它为 Garita 显示的 6 个数字。
totp-code-label = 应用里的验证码
totp-submit = 登录

## My account

account-title = 我的账户
account-email = 电子邮件地址：{ $email }
account-language-label = 接收消息用的语言
account-language-save = 保存语言
account-saved = 已保存。
account-security-title = 安全
account-totp-on = 验证器应用正在保护你的账户。
account-totp-off = 你可以添加一个验证器应用，让账户更安全。
account-totp-setup = 添加验证器应用
account-codes-new = 生成新的恢复码
account-codes-new-help = 你的旧恢复码将不能再用。
account-sessions-title = 你在哪些地方登录着
account-session-web = 网页浏览器，从 { $since } 开始
account-session-api = 应用密钥，从 { $since } 开始
account-session-current = （就是现在这个）
account-session-end = 在那里退出登录
account-signout = 退出登录
account-signout-everywhere = 在所有地方退出登录

totp-setup-title = 添加验证器应用
totp-setup-body = 在你的验证器应用里，添加一个新账户，输入这个密钥。然后输入应用显示的 6 个数字。
totp-setup-key = 密钥：{ $key }
totp-setup-code-label = 应用里的验证码
totp-setup-submit = 开启
totp-setup-done = 从现在起，登录时需要用你的验证器应用。

## Getting back into an account

recover-title = 找回你的账户
recover-intro = 你的登记信息和历史记录永远不会被删除。请选一种方法：
recover-code-title = 用恢复码
recover-code-body = 用你开账户时打印或写下来的恢复码，用其中一个就行。
recover-code-label = 恢复码
recover-new-password-label = 新密码
recover-code-submit = 更改我的密码
recover-email-submit = 给我发验证码
recover-helper-title = 请收容所或法律援助组织帮忙
recover-helper-body = 去一个和 Garita 合作的收容所或法律援助组织。帮助人员会当面核实你的身份，然后给你一个链接，让你设新密码。
recover-failed = 电子邮件地址或恢复码不对。请检查这两项，再试一次。
recover-done = 你的密码已经改好了。你的登记信息和历史记录都还在。你在其他所有地方都已经退出登录。

## Set-up link (staff accounts and helper recovery)

setup-title = 设你的密码
setup-body = 这个链接只能用一次。请为你的账户设一个密码。
setup-staff-totp = 工作人员账户需要验证器应用。请在你的应用里用这个密钥添加一个新账户，然后输入它显示的 6 个数字：{ $key }
setup-submit = 保存
setup-invalid = 这个链接已经不能用了。它可能太旧了，或者已经用过了。请向给你链接的人要一个新的。

## Limits

rate-limited = 现在尝试的次数太多了。请等 { $minutes ->
   *[other] { $minutes } 分钟
}，然后再试。你保存的东西都没有丢。
form-expired = 这个表格打开的时间太长了。请再试一次：你之前保存的东西，我们都留着。
upload-too-large = 这张照片超过 { $megabytes } MB。请重新拍一张，或选一张更小的照片。你之前保存的内容都还在。
body-too-large = 发送的内容超过 { $kilobytes } KB，比本页任何回答所需的都多。请缩短最长的文字后再发送。你之前保存的内容都没有丢失。
form-unreadable = 我们无法读取这个页面发送的内容。请从菜单重新打开这个页面，再填写一次：你之前保存的东西都还在。

## Staff

staff-title = 工作人员
staff-role = 你的角色：{ $role }
staff-port = 你的口岸：{ $port }
staff-organization = 你的组织：{ $organization }
role-applicant = 申请人
role-helper = 帮助人员
role-officer = 边境官员
role-port-supervisor = 口岸主管
role-programme-admin = 项目管理员
role-auditor = 审计员
role-partner-validator = 合作组织核验员
role-observer = 抽签观察员
role-adjudicator = 案件裁决员
role-agriculture-specialist = 农业专家
signin-required-title = 请登录
signin-required-body = 你需要先登录，才能看这个页面。
forbidden-title = 这个页面不是给你的账户用的
forbidden-body = 这个页面是给别的角色或别的口岸用的。如果你的工作需要它，请问项目管理员。

staff-audit-title = 审计日志
staff-audit-intact = 日志共有 { $count ->
   *[other] { $count } 条
}记录，没有一条被改过。
staff-audit-broken = 日志在第 { $seq } 条记录处被改过。请告诉安全团队。
staff-audit-checkpoint = 最新的签名检查点共有 { $count } 条记录，日志与它相符。
staff-audit-rewritten = 日志在第 { $count } 条记录处与签名检查点不符：日志被重写过。请告诉安全团队。
staff-audit-cut = 日志共有 { $count } 条记录，但签名检查点记有 { $checkpoint } 条。最新的记录被删除了。请告诉安全团队。
staff-audit-bad-checkpoint = 第 { $count } 条记录处的检查点没有 Garita 的签名。请告诉安全团队。
staff-audit-when = 时间
staff-audit-who = 谁
staff-audit-what = 做了什么

staff-port-title = 口岸 { $port }
staff-port-capacity = 每天的名额
staff-port-date-label = 日期
staff-port-seats-label = 名额
staff-port-save = 保存
staff-port-slots-label = 每个时段的名额
staff-port-closed-label = 关闭
staff-port-slots-title = 每个时段的名额
staff-port-slots-help = 设定某一天每个时段有多少名额。这一天的名额就变成这些名额的总和；这一天的抽签按这些名额进行。
staff-port-slot-seats = { $time } 的名额
staff-port-slots-saved = { $date } 每个时段的名额已保存。
staff-port-slots-closed = 口岸在 { $date } 关闭：没有做任何更改。
staff-port-close-title = 关闭口岸某一天
staff-port-close-help = 这一天的每个预约都会改到本口岸最早还有空余名额的日期，每个小组的人都在一起。每个小组都会收到通知，也可以改选别的口岸，它的确认单上会显示新的日期。
staff-port-close-reason = 原因
staff-port-close-confirm = 我明白这一天的每个预约都会改期，每个小组都会收到通知。
staff-port-close-unconfirmed = 没有做任何更改：请先勾选方框，确认关闭口岸。
staff-port-close = 关闭口岸并改期预约
staff-port-closed-weather = 关闭：天气
staff-port-closed-security = 关闭：安全
staff-port-closed-other = 关闭
staff-port-closed-done = 口岸在 { $date } 关闭。{ $moved ->
   *[other] 已改期 { $moved } 个预约。
}{ $unplaced ->
    [0] {""}
   *[other] 有 { $unplaced } 个预约在接下来几个月里找不到空余名额，保留原来的日期：请处理它们。
}
staff-port-already-closed = 口岸在 { $date } 已经关闭了：没有做任何更改。
staff-port-close-past = 本口岸的 { $date } 已经过去了：过去的日期不能关闭。没有做任何更改。
staff-port-close-busy = 在关闭口岸 { $date } 的过程中，预约有了变动，所以没有做任何更改。请再试一次。

staff-recover-title = 帮别人找回账户
staff-recover-body = 只有在这个人就在你面前、而且你已经用身份证件核实了他的身份之后，才能这样做。你在这里做的每件事都会被记录下来，也会给这个人看。
staff-recover-email-label = 这个人的电子邮件地址
staff-recover-identity-label = 我已经当面核实了这个人的身份
staff-recover-document-label = 此人的证件号码，或出生日期（日/月/年），与其登记中的一致
staff-recover-submit = 生成设新密码的链接
staff-recover-link = 把这个链接给这个人。它只能用一次，24 小时内有效：{ $link }
staff-recover-none = 没有链接。要么这个地址没有你的机构协助的账户，要么证件号码或出生日期与登记不符。请与本人一起核对。

## E-mails

email-greeting = 你好，
email-footer = Garita 是免费的。我们绝不会向你要钱、要密码或要恢复码。
email-ignore = 如果你没有要求过这个，可以不用理会这封邮件。你的账户是安全的。
email-code = 你的验证码：{ $code }
email-code-expiry = 验证码在 15 分钟内有效。
email-link-intro = 或者打开这个链接：
email-verify-subject = 你的 Garita 验证码：{ $code }
email-verify-body = 这是用来确认你在 Garita 的电子邮件地址的验证码。
email-device-subject = 你的 Garita 登录验证码：{ $code }
email-device-body = 有人正在一部新手机或新电脑上登录你的 Garita 账户。如果是你本人，请输入这个验证码。
email-recovery-subject = 你的 Garita 找回账户验证码：{ $code }
email-recovery-body = 这是为你的 Garita 账户设新密码用的验证码。你的登记信息和历史记录都还在。
email-exists-subject = 你的 Garita 账户
email-exists-body = 有人想用这个电子邮件地址开一个新的 Garita 账户，但你已经有一个账户了。如果是你本人，请登录，或者在这里找回你的账户：{ $link }
email-password-changed-subject = 你的 Garita 密码已经被更改
email-password-changed-body = 你的 Garita 账户的密码已经被更改。如果不是你本人改的，请马上在这里找回你的账户：{ $link }

## Titles added with the account pages

rate-limited-title = 请稍等一下
form-expired-title = 请再试一次
api-token-created = 这是你的应用密钥。它只显示这一次：{ $token }
staff-none = 这里暂时还没有给你的角色的内容。
staff-links-title = 你可以做的事
account-codes-left = 还没用过的恢复码：{ $count }
account-phone = 电话：{ $phone }

## Helpers working with a person who is present

staff-people-title = 你的组织帮助的人
staff-people-none = 还没有人。
staff-people-new = 为现在就在你身边的人开一个账户
staff-people-new-help = 先用这个人的语言把下面的文字读给他听，或者让他自己读。只有他同意了，才开账户。
staff-people-consent-read = 我已经用这个人的语言把这段文字读给他听了，他同意了
staff-people-email = 这个人的电子邮件地址
staff-people-language = 这个人的语言
staff-people-create = 开账户
staff-people-taken = 这个地址已经有账户了。这个人可以用“找回你的账户”回到自己的账户。
staff-people-act = 处理这个人的登记信息
staff-people-handover = 把账户交给这个人
staff-people-handover-link = 把这个链接给这个人。他可以用它设自己的密码，72 小时内有效：{ $link }
acting-notice = 你正在处理 { $email } 的登记信息。你做的每件事都会被记录下来，也会给这个人看。
acting-stop = 停止替这个人处理
account-helpers-title = 帮助人员为你做了什么
account-helper-can-act = { $organization } 可以在你的账户中操作，因为它帮助过你。你随时可以结束这一权限：它的帮助人员将不能再查看或更改这里的任何内容。
account-helper-withdraw = 结束其访问权限
account-helpers-none = 还没有帮助人员处理过你的账户。
helper-did-account = { $date }：一位帮助人员为你开了账户。
helper-did-consent = { $date }：一位帮助人员记下了你同意关于你的信息的那段文字。
helper-did-acting = { $date }：一位帮助人员开始处理你的登记信息。
helper-did-handover = { $date }：一位帮助人员生成了一个链接，让你接手自己的账户。
helper-did-registration = { $date }：一位帮助人员保存了你的登记信息。
helper-did-photo = { $date }：一位帮助人员发送了一张照片。
helper-did-recovery = { $date }：一位帮助人员生成了一个链接，让你回到自己的账户。
helper-did-other = { $date }：一位帮助人员做了一处更改。

## Closing one's account.
account-close = 注销我的账户
close-title = 注销你的账户
close-what = 注销后，任何人都不能再登录这个账户：所有手机上的登录都会结束，你的恢复码也不再有效。你的小组不能再申请预约。
close-kept = 在你注销账户 2 年后，我们会删除你的信息，法律要求我们保留的除外。公布的抽签名单只保留参与编号，这些编号不透露任何关于你的信息。
close-again = 你随时可以用同一个电子邮件地址建立新账户。
close-sure = 我明白：注销我的账户
close-submit = 注销我的账户
close-keep = 保留我的账户
close-not-sure = 请勾选方框，表示你要注销账户。什么都没有改变。
close-end-first = 你的小组有一个预约。请先在显示预约的页面上取消它，然后才能注销账户。什么都没有改变。
close-done = 你的账户已注销。任何人都不能再登录。从今天起 2 年后我们会删除你的信息，法律要求我们保留的除外。

## Staff accounts, for programme admins.
staff-accounts-title = 工作人员账户
staff-accounts-row = { $email }：{ $role } { $place }
staff-accounts-disable = 停用此账户
staff-accounts-disabled = 账户已停用：其登录已结束，不能再登录。
staff-accounts-not-disabled = 什么都没有改变：该账户不是工作人员账户、是你自己的账户，或已停用。
staff-audit-search = 搜索
staff-audit-action = 操作（或其开头，例如 review.）
staff-audit-action-help = 例如 desk.traveller-opened：每次在口岸打开旅行者数据。
staff-audit-subject = 关于（账户或记录 id）
staff-audit-from = 从（YYYY-MM-DD）
staff-audit-to = 到（YYYY-MM-DD）
staff-audit-none = 没有符合此搜索的记录。
staff-audit-older = 更早的记录
staff-audit-csv = 将此搜索下载为 CSV
