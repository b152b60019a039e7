### The help directory.

help-title = 附近的帮助
help-intro = 能当面提供帮助的机构，免费或收费很低：帮忙登记、找回账户、拍照或确认。即使你没有手机，他们也能帮忙。
help-empty = 名单上还没有任何机构。项目工作人员核实后才会添加；在此之前，请到你了解并信任的收容所询问。
help-address = 地址：{ $address }
help-hours = 开放时间：{ $hours }
help-phone = 电话：{ $phone }
help-languages = 使用的语言：{ $languages }
help-free = 他们的帮助是免费的。
help-staff-title = 帮助名录
help-staff-intro = 这里列出的机构会按城市在 /help 页面向所有人显示。只添加你核实过的机构。
help-add = 添加这个机构
help-name-label = 机构名称
help-city-label = 城市
help-address-label = 地址
help-hours-label = 开放时间
help-phone-label = 电话（带国家代码）
help-languages-label = 使用的语言
help-free-label = 他们的帮助是免费的
help-remove = 从名单中删除
help-added = { $name } 已加入名单。
help-find = 查找你附近的帮助
