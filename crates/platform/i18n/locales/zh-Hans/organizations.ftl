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
