## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = 巴士乘客名单
manifests-about = 巴士公司在此提交每辆巴士上人员的名单，须在巴士抵达陆路口岸之前提交，并可在巴士抵达前更正或取消。使用 Garita 的巴士公司员工请用公司账户登录。
manifests-about-signin = 用公司账户登录
manifests-intro = 请在巴士到达口岸之前，发送 { $carrier } 的每一趟行程：行程信息，以及一个列出司机和每位乘客的 CSV 文件，每人一行。有错误的行会标出来，方便你修改；其他行会照常保存。
manifests-template = 下载 CSV 的第一行（列名）
manifests-send = 发送名单
manifests-trip-id = 你的行程编号
manifests-trip-id-help = 你自己为这趟行程编的号码，可以用字母、数字、点和短横线。再次发送同一个编号即可更正名单。
manifests-plate = 巴士车牌号
manifests-bus-number = 巴士编号
manifests-origin = 行程出发地（城市）
manifests-port = 到达口岸
manifests-arrives = 预计到达时间（口岸当地时间）
manifests-arrives-help = 日期和时间，例如 2027-03-01 14:30。
manifests-file = 车上人员的 CSV 文件
manifests-file-help = 每人一行，第一行是列名。日期写成 2027-03-01；国家用两个字母表示（MX、GT、US）。
manifests-trips = 你的行程
manifests-none = 你还没有发送任何行程。
manifests-trip-line = { $trip } 前往 { $port }，{ $when }：{ $status }，{ $people ->
   *[other] { $people } 人
}
manifests-status-expected = 预计到达
manifests-status-arrived = 已到达
manifests-status-cancelled = 已取消
manifests-trip-title = 行程名单
manifests-trip-facts = { $carrier } 的行程 { $trip }，前往 { $port }，预计到达时间：{ $when }。巴士 { $bus }，车牌 { $plate }，从 { $origin } 出发。
manifests-trip-state = 状态：{ $status }。{ $people ->
   *[other] 已保存 { $people } 人
}，版本 { $version }。
manifests-created = 名单已保存，共 { $people ->
   *[other] { $people } 人
}。
manifests-corrected = 名单已更正：现在共有 { $people ->
   *[other] { $people } 人
}。
manifests-unchanged = 这与已经保存的名单相同：没有任何更改（{ $people ->
   *[other] { $people } 人
}）。
manifests-fix-title = 需要修改的行
manifests-fix-help = 这些行没有保存。请在你的文件中修改，然后用同一个行程编号重新发送整趟行程：名单会被替换。
manifests-problem-row = 第 { $line } 行，{ $field }：{ $problem }
manifests-problem-trip = 行程，{ $field }：{ $problem }
manifests-trip-wrong = 行程信息需要修改：没有保存任何内容。请修改下面标出的字段，然后重新发送。
manifests-ended = 这趟行程的巴士已经到达，或者行程已取消：它的名单不会再更改。请用新的行程编号发送一趟新的行程。
manifests-busy = 同一时刻也有人从别处发送这趟行程。请重新发送。
manifests-correct = 更正这份名单
manifests-correct-help = 用更正后的完整文件重新发送这趟行程：在巴士到达之前，它会替换已保存的内容。
manifests-cancel = 取消这趟行程
manifests-cancel-help = 如果巴士不会出发，请取消行程：口岸就不再等候它。
manifests-back = 你的所有行程
manifests-board-title = 口岸预计到达的巴士
manifests-board-intro = 从 12 小时前到 2 天后预计到达 { $port } 的巴士，以及客运公司为每辆车申报的人数。每次打开名单都会记录在审计日志中。
manifests-board-none = 没有预计到达的巴士。
manifests-board-when = 预计到达
manifests-board-carrier = 客运公司
manifests-board-bus = 巴士
manifests-board-origin = 出发地
manifests-board-people = 人数
manifests-board-status = 状态
manifests-board-open = 打开巴士 { $bus }（{ $carrier }）的名单
manifests-board-back = 返回看板
manifests-open-title = 巴士名单
manifests-mark-arrived = 标记巴士已到达
manifests-arrived = 巴士已标记为到达。它的名单不会再更改，车上人员的信息会在保留期结束时删除。
manifests-purged = 保留期已结束：这辆巴士上人员的信息已删除。
manifests-people = 车上人员
manifests-col-line = 行
manifests-col-role = 角色
manifests-col-name = 姓名
manifests-col-born = 出生日期
manifests-col-sex = 性别
manifests-col-citizenship = 国籍
manifests-col-document = 证件
manifests-col-expiry = 有效期至
manifests-col-address = 在美国的地址
manifests-role-driver = 司机
manifests-role-passenger = 乘客
manifests-document-passport = 护照
manifests-document-passport-card = 护照卡
manifests-document-border-crossing-card = 过境卡
manifests-document-permanent-resident-card = 永久居民卡
manifests-document-trusted-traveler-card = 可信旅行者卡

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = 请填写 driver 或 passenger。
manifest-problem-name = 请按证件上的写法填写姓名，最多 100 个字符。
manifest-problem-birth-date = 请按 1990-04-02 的格式填写出生日期（年、月、日）。
manifest-problem-sex = 请填写 F、M 或 X。
manifest-problem-country = 请用两个字母的代码填写国家，例如 MX、GT 或 US。
manifest-problem-document-type = 请填写 passport、passport-card、border-crossing-card、permanent-resident-card 或 trusted-traveler-card。
manifest-problem-document-number = 请填写证件号码：5 到 20 个字母和数字，不要有空格。
manifest-problem-date = 请按 2030-01-31 的格式填写日期（年、月、日）。
manifest-problem-expired = 证件在巴士到达之前就会过期。此人需要有效证件才能过境。
manifest-problem-address = 请填写此人在美国的住处（街道、城市、州），因为此人不住在美国。
manifest-problem-line = 无法读取这一行：请检查其中的逗号和引号。
manifest-problem-empty = 文件里没有任何人员。请在列名下面为每人添加一行。
manifest-problem-no-file = 请选择车上人员的 CSV 文件。
manifest-problem-no-driver = 没有保存司机：请添加司机那一行（role driver）。
manifest-problem-trip-id = 请填写你的行程编号：最多 64 个字母、数字、点、短横线或下划线。
manifest-problem-plate = 请填写巴士的车牌号：字母、数字、空格或短横线。
manifest-problem-bus-number = 请填写巴士编号，最多 20 个字符。
manifest-problem-origin = 请填写行程出发的城市。
manifest-problem-port = 请选择 Garita 的一个口岸。
manifest-problem-arrival = 请把预计到达时间写成日期和时间。
manifest-problem-arrival-range = 到达时间必须在一天前到一年后之间。
