## 项目管理员管理工作人员账户：开账户、更改角色、重置登录方式。

staff-accounts-intro = 在 Garita 工作的所有人，以及他们的角色。更改立即生效；停用账户会立即结束它的所有登录。
staff-accounts-new = 开一个工作人员账户
staff-accounts-new-help = 账户的设置链接只在这里显示一次：请你亲自交给本人。本人用它选一个密码，并设置验证器应用。
staff-accounts-email = 这个人的工作电子邮件地址
staff-accounts-role = 角色
staff-accounts-port = 口岸
staff-accounts-port-help = 仅限边境官员和口岸主管。
staff-accounts-no-port = 无口岸
staff-accounts-organization = 组织
staff-accounts-organization-help = 仅限为组织工作的角色（帮助人员、观察员、合作核验员）：组织名称。
staff-accounts-language = 这个人的语言
staff-accounts-create = 开账户
staff-accounts-created = 账户已开好。请你亲自把这个设置链接交给本人；它只能用一次，3 天内有效：{ $link }
staff-accounts-taken = 这个地址已经有账户了。没有开新账户。
staff-accounts-change = 保存角色
staff-accounts-changed = 角色已更改，立即生效。
staff-accounts-not-changed = 什么都没有改变：该账户不是工作人员账户、是你自己的账户，或不存在。
staff-accounts-reset = 重置密码和验证器应用
staff-accounts-reset-done = 密码和验证器应用已重置，账户的所有登录已结束。请你亲自把这个新的设置链接交给本人；它只能用一次，3 天内有效：{ $link }
staff-accounts-role-needed = 请选择一个工作人员角色。
staff-accounts-port-needed = 边境官员和口岸主管在一个口岸工作：请选择口岸。
staff-accounts-port-not-allowed = 只有边境官员和口岸主管才有口岸：请选择“无口岸”。
staff-accounts-organization-needed = 此角色为一个组织工作：请写上组织名称。
staff-accounts-organization-not-allowed = 此角色没有组织：请留空。
email-help-withdrawn-subject = Garita：你的机构帮助过的一个人撤回了访问权限
email-help-withdrawn-body = 你的机构在 Garita 帮助过的一个人撤回了你的机构对其账户的访问权限。你的协助人员不能再在该账户中操作。如果对方再次需要帮助，可以向你提出，你可以在对方在场时为其新建账户。查看你帮助的人：{ $link }
