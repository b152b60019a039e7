## 组织记录：项目管理员维护组织列表；组织管理员管理本组织的帮助人员。

role-organization-admin = 组织管理员
organizations-title = 组织列表
organizations-intro = 工作人员所服务的组织。为帮助人员、观察员、合作核验员或组织管理员指定组织时，只能从此列表中选择。
organizations-name = 名称
organizations-kind = 类型
organizations-city = 城市
organizations-contact = 联系方式
organizations-contact-help = 公开的地址、电话或办公时间，与帮助名录中显示的一致。
organizations-kind-helpers = 收容所或法律援助组织（帮助人员）
organizations-kind-partner = 核验确认单的合作组织
organizations-kind-observer = 观察抽签的组织
organizations-kind-carrier = 客运巴士公司
organizations-kind-broker = 报关行
organizations-kind-importer = 进口商
organizations-add = 添加该组织
organizations-added = 组织已添加。现在你可以为该组织的人员开账户。
organizations-incomplete = 请填写所有栏目（每栏最多 100 个字符），并选择一个类型。
organizations-taken = 已有组织使用这个名称。没有添加任何内容。
organization-title = 你的组织的帮助人员
organization-intro = { $organization } 的帮助人员。添加一位当面帮助他人的人员，或移除不再提供帮助的人员：其登录会立即结束。
organization-no-helpers = 还没有帮助人员。
organization-remove = 移除这位帮助人员
organization-removed = 该帮助人员已移除：其登录已结束，不能再登录。
organization-add = 添加帮助人员
staff-accounts-organization-unknown = 没有叫这个名称的组织。请先在“组织列表”中添加，或检查拼写。

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = 客运巴士公司、报关行和进口商：加入 Garita
joining-title = 以客运巴士公司、报关行或进口商身份加入 Garita
joining-intro = 客运巴士公司在到达口岸前提交乘客名单；报关行和进口商申请货物查验。请告诉我们你是谁。项目管理员会审核你的申请，之后，将负责管理你的组织账户的人会收到一封电子邮件，里面有设置账户的链接。
joining-email = 将负责管理账户的人的电子邮件地址
joining-email-help = 这个人会收到一个链接，用来设密码并设置验证器应用。这个地址不能已经有 Garita 账户。
joining-submit = 提交申请
joining-received = 谢谢。你的申请已收到：项目管理员看过之后，负责管理你的账户的人会收到一封电子邮件。
joining-incomplete = 请填写所有栏目（每栏最多 100 个字符），选择你的组织做什么，并提供一个能用的电子邮件地址。
joining-requests-title = 申请加入的组织
joining-requests-none = 没有等待处理的组织。
joining-request = { $name }（{ $kind }），{ $city }。联系方式：{ $contact }。申请时间：{ $when }。
joining-decision = 决定
joining-approve = 批准：为该组织建立记录，并设置其管理员账户
joining-refuse = 拒绝
joining-decide = 保存决定
joining-choose = 请选择批准或拒绝。
joining-approved = 已批准。该组织已建立记录，并已向其管理员发送设置账户的链接。
joining-refused = 已拒绝。已通知提出申请的人。
joining-gone = 这个申请已经有了决定：没有任何更改。
joining-conflict = 没有任何更改：已有组织使用这个名称，或者这个地址已经有 Garita 账户。如果确实应该添加，请手动添加该组织及其管理员。
org-approved-v1-subject = Garita：{ $organization } 现在可以使用 Garita 了
org-approved-v1-body = 项目管理员已批准 { $organization } 的申请。你负责管理它的账户：请打开这个链接，设一个密码并设置验证器应用。这个链接只能用一次，而且有时间限制。
org-approved-v1-next = 然后请添加与你一起工作的人。如果你没有提出过这个申请，可以不用理会这封邮件。
org-refused-v1-subject = Garita：关于 { $organization } 的申请
org-refused-v1-body = 项目管理员没有批准 { $organization } 的申请。如果你认为这有误，请写信给项目，说明你是谁以及你的组织做什么。

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = 用于你的系统的令牌
organization-tokens-intro = 你的组织自己的软件（例如调度系统或报关系统）通过令牌向 Garita 的 API 发送数据。请为每个系统创建一个令牌；当某个系统不再需要它时，请撤销该令牌：它会立即失效。
organization-tokens-none = 还没有令牌。
organization-token-label = 令牌的用途
organization-token-label-help = 例如“调度系统”。最多 60 个字符。
organization-token-make = 创建令牌
organization-token-made = 令牌显示在上方。请现在把它复制到你的系统中：它不会再次显示。
organization-token-incomplete = 请说明令牌的用途，最多 60 个字符。
organization-token-line = { $label }：创建于 { $when }。
organization-token-revoked-line = { $label }：创建于 { $when }，撤销于 { $revoked }。
organization-token-revoke = 撤销这个令牌
organization-token-revoked = 该令牌已撤销：它不再有效。
