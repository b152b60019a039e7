## Perishable-cargo inspections: a broker's pages (`/inspections`), the port's day, the message.

inspections-title = 货物查验
inspections-about = 报关行和进口商在此预约在口岸查验易腐货物（水果、蔬菜、鲜花、植物），并查看农业专家给出的查验结果。使用 Garita 的报关行或进口商的员工请用公司账户登录。
inspections-about-signin = 用公司账户登录
inspections-intro = 为 { $organization } 申请查验：填写这批货物的单证、每种商品，以及你希望查验的时间。你会得到当天在这个时间或之后、仍有名额的第一个时段。
inspections-ask = 预约查验
inspections-choose = 请选择
inspections-port = 口岸
inspections-wished = 希望查验的时间（口岸当地时间）
inspections-wished-help = 日期和时间，例如 2027-03-01 09:00。
inspections-entry = 报关单号
inspections-entry-help = 申报人代码、7 位数字和校验位，例如 ABC-1234567-8。
inspections-document = 运输单据
inspections-document-bill-of-lading = 提单
inspections-document-air-waybill = 航空运单
inspections-transport-number = 运输单据号码
inspections-transport-number-help = 提单：4 到 35 个字母和数字。航空运单：11 位数字，例如 020-12345675。
inspections-importer-name = 登记进口商
inspections-importer-number = 登记进口商编号
inspections-importer-number-help = IRS 号码（12-3456789，如有 2 个字符的后缀也要写上）或 CBP 分配的号码（YYDDPP-NNNNN）。
inspections-conveyance = 卡车车牌或航班
inspections-conveyance-help = 卡车的车牌号；空运货物请填航班号。
inspections-containers = 集装箱号
inspections-containers-help = 每行一个，例如 CSQU3054383。没有集装箱的卡车请留空。
inspections-location = 货物所在位置
inspections-commodity = 商品 { $line }
inspections-hts = HTS 编码
inspections-hts-help = 报关单上的 10 位编码，例如 0702.00.2000。
inspections-description = 品名描述
inspections-quantity = 数量
inspections-unit = 单位
inspections-unit-kg = 千克
inspections-unit-lb = 磅
inspections-unit-t = 吨
inspections-unit-cartons = 纸箱
inspections-unit-boxes = 箱
inspections-unit-pallets = 托盘
inspections-unit-pieces = 件
inspections-packaging = 包装
inspections-packaging-cartons = 纸箱
inspections-packaging-crates = 板条箱
inspections-packaging-bins = 大周转箱
inspections-packaging-pallets = 托盘
inspections-packaging-sacks = 袋
inspections-packaging-bulk = 散装
inspections-fields-wrong = 有些内容需要修改。下面每一项都标出了该怎么改；还没有预约。
inspections-full = 这个口岸当天在这个时间或之后没有仍有名额的时段。请选择下面的一个空闲时段，或者换一天。
inspections-free-title = 未来 7 天的空闲时段
inspections-free-none = 这个口岸未来 7 天没有空闲时段。请换一个口岸，或者稍后再试：口岸会开放更多时段。
inspections-requests = 你的申请
inspections-requests-none = 还没有申请。
inspections-request-line = 报关单 { $entry }，{ $port }，{ $when }：{ $status }
inspections-request-title = 货物查验
inspections-booked-next = 已预约。请在时段开始时，把货物和单证准备好，放在你填写的地点。每个结果都会通知你。
inspections-missed-next = 时段已过，货物没有经过查验，因此这份申请已结束。如需查验货物，请预约新的时段。
inspections-ask-again = 预约新的时段
inspections-facts = 报关单 { $entry }，{ $port }，时段 { $when }；{ $commodities ->
   *[other] { $commodities } 种商品
}。
inspections-status-booked = 已预约
inspections-status-released = 已放行：货物可以继续运送。
inspections-status-hold = 暂缓放行，等待处理。
inspections-status-re-export = 须退运：货物不能入境。
inspections-status-destroy = 须销毁：货物不能入境。
inspections-status-missed = 未查验：时段已过。
inspections-status-cancelled = 已取消。
inspections-status-with-treatment = { $status }处理方式：{ $treatment }。
inspections-treatment = 处理方式
inspections-treatment-fumigation = 熏蒸
inspections-treatment-cold = 冷处理
inspections-treatment-heat = 热处理
inspections-treatment-irradiation = 辐照处理
inspections-treatment-cleaning = 清洁处理
inspections-treatment-help = 仅用于暂缓放行：货物放行前需要的处理方式。
inspections-changes = 进展
inspections-changes-none = 预约之后还没有任何变化。
inspections-change = { $when }：{ $status }
inspections-note-said = 备注：{ $note }
inspections-shipment = 货物信息
inspections-shipment-facts = { $document } { $number }。登记进口商：{ $importer }（{ $importer_number }）。运输工具：{ $conveyance }。货物所在位置：{ $location }。
inspections-shipment-containers = { $count ->
    [0] 没有集装箱。
   *[other] { $count } 个集装箱：{ $containers }。
}
inspections-cancel = 取消这次查验
inspections-cancel-help = 如果货物不会到达，请取消查验：名额会留给别人。
inspections-cancelled = 查验已取消。
inspections-back = 返回你的申请
inspections-ended = 这次查验已有结果、时段已过或已取消：不会再有变化。请刷新页面查看当前状态。
inspections-problem-line = 第 { $line } 项：{ $problem }
inspections-problem-port = 请从列表中选择一个口岸。
inspections-problem-wished = 请填写日期和时间，例如 2027-03-01 09:00。
inspections-problem-wished-past = 这个时间已经过去了。请选择以后的日期和时间。
inspections-problem-entry = 请按申报人代码、7 位数字和校验位的格式填写报关单号，例如 ABC-1234567-8。
inspections-problem-document = 请选择提单或航空运单。
inspections-problem-bol = 请填写提单号：4 到 35 个字母和数字。
inspections-problem-awb = 请核对航空运单号：11 位数字，最后一位是前面 7 位的校验位。请从运单上重新抄写一遍。
inspections-problem-importer-name = 请填写登记进口商的名称。
inspections-problem-importer-number = 请按 12-3456789（如有后缀也要写上）或 YYDDPP-NNNNN 的格式填写登记进口商编号。
inspections-problem-conveyance = 请填写卡车车牌或航班号。
inspections-problem-location = 请写明货物在哪里：装卸台、货位或仓库。
inspections-problem-container = 请核对这个集装箱号：4 个字母（最后一个是 U、J 或 Z）、6 位数字和校验位。校验位对不上；请从集装箱上重新抄写一遍。
inspections-problem-no-commodity = 请至少添加一种商品。
inspections-problem-too-many = 内容太多了。一份申请最多填写 50 种商品和 20 个集装箱。
inspections-problem-hts = 请填写 10 位 HTS 编码，例如 0702.00.2000。
inspections-problem-description = 请用几个词描述货物。
inspections-problem-quantity = 请填写大于零的数字，例如 1200 或 12.5。
inspections-problem-unit = 请选择单位。
inspections-problem-packaging = 请选择包装。
inspections-problem-result = 请选择结果。
inspections-problem-treatment = 暂缓放行需要指定处理方式：请选择一种。
inspections-problem-note = 请把备注缩短到 1000 个字符以内。
inspections-problem-day = 请按 2027-03-01 的格式填写日期。
inspections-day-title = 当天的货物查验
inspections-day-intro = { $port }，{ $day }。
inspections-day = 日期
inspections-day-show = 显示当天
inspections-slots = 时段
inspections-slots-none = 这一天没有开放货物查验的时段。
inspections-slot = 时段
inspections-capacity = 每个时段的查验数
inspections-booked-count = 已预约
inspections-day-requests = 查验
inspections-day-line = { $when }：{ $organization }，报关单 { $entry }，{ $commodities ->
   *[other] { $commodities } 种商品
}。{ $status }
inspections-day-back = 返回当天
inspections-capacity-title = 开放时段
inspections-capacity-intro = 设定每个时段可以安排多少次查验，从第一个时段到最后一个时段，可以设一天，也可以设几天。报关行按先到先得的顺序预约；设为 0 即不再接受该时段的新预约（已有的预约保留）。
inspections-capacity-from = 第一天
inspections-capacity-days = 天数
inspections-capacity-days-help = 1 到 { $max }。
inspections-capacity-first = 第一个时段
inspections-capacity-last = 最后一个时段
inspections-capacity-help = 0 到 100。
inspections-capacity-set = 设定容量
inspections-capacity-done = { $slots ->
   *[other] { $slots } 个时段
}现在每个可安排 { $capacity ->
   *[other] { $capacity } 次查验
}。
inspections-capacity-wrong = 请检查表单：日期从今天起，天数 1 到 { $max_days } 天，第一个时段不晚于最后一个时段，查验数 0 到 { $max }。
inspections-open-title = 货物查验
inspections-requested-by = 申请方：{ $organization }。
inspections-result-title = 记录结果
inspections-result = 结果
inspections-note = 给报关行的备注
inspections-note-help = 报关行需要知道的内容：发现了什么，下一步该怎么做。
inspections-result-record = 记录结果
inspections-result-done = 结果已记录，并已通知报关行。

inspection-changed-v1-subject = 报关单 { $entry } 的货物查验：{ $status ->
    [booked] 已预约
    [released] 已放行
    [hold] 暂缓放行
    [re-export] 须退运
    [destroy] 须销毁
    [missed] 时段已过
   *[cancelled] 已取消
}
inspection-changed-v1-body = 报关单 { $entry } 在 { $port } 的货物查验，时段 { $when }：{ $status ->
    [booked] 已预约。
    [released] 货物已放行，可以继续运送。
    [hold] 货物暂缓放行，处理后才能放行（{ $treatment ->
        [fumigation] 熏蒸
        [cold] 冷处理
        [heat] 热处理
        [irradiation] 辐照处理
        [cleaning] 清洁处理
       *[other] 需要处理
    }）。
    [re-export] 货物不能入境，须退运。
    [destroy] 货物不能入境，须销毁。
    [missed] 时段已过，货物没有经过查验，因此申请已结束。
   *[cancelled] 查验已取消。
}
inspection-changed-v1-next = { $status ->
    [missed] 如需查验货物，请预约新的时段。
   *[other] 请打开申请，查看专家的备注。
}
inspection-changed-v1-sms = Garita：报关单 { $entry }（{ $port }）：{ $status ->
    [booked] 已预约
    [released] 已放行
    [hold] 暂缓放行，待处理
    [re-export] 须退运
    [destroy] 须销毁
    [missed] 时段已过，请重新预约
   *[cancelled] 已取消
}。

## Agricultural and biological declarations (`/inspections/declarations`), the port's pages, the message.

declarations-title = 申报植物、食品和动物
declarations-about = 在经陆路或航空到达口岸之前，你可以在这里申报随身携带的植物、种子、土壤、动物源性食品、活体动物或生物样本，以及相关的许可证。口岸的农业专家会在你到达之前做出决定，你可以用自己的语言看到理由。请登录或开一个账户来申报。
declarations-signin = 登录
declarations-signup = 开一个账户
declarations-intro = 请填写你在哪里、什么时候到达，带了什么，以及相关的许可证，每份许可证附一份扫描件（PDF 或照片）。土壤、活体动物和生物样本需要许可证。
declarations-send = 提交申报
declarations-port = 到达口岸
declarations-port-land-crossing = 陆路口岸
declarations-port-airport = 机场
declarations-arrives = 到达日期
declarations-travel = 航班或车辆
declarations-travel-help = 航班号，或你的车辆的车牌号。
declarations-item = 物品 { $line }
declarations-kind = 物品类别
declarations-kind-plants = 植物或插条
declarations-kind-seeds = 种子或球茎
declarations-kind-soil = 土壤
declarations-kind-animal-products = 动物源性食品（肉、奶酪、蛋）
declarations-kind-live-animals = 活体动物
declarations-kind-biological-specimens = 生物样本
declarations-description = 描述
declarations-quantity = 数量
declarations-quantity-help = 例如 2 千克，或 12 个球茎。
declarations-origin = 来自哪个国家
declarations-origin-help = 两个字母，例如 MX 或 GT。
declarations-permit = 许可证 { $line }
declarations-issuer = 签发机构
declarations-permit-number = 许可证编号
declarations-expiry = 有效期至
declarations-scan = 许可证的扫描件或照片
declarations-scan-help = PDF、JPEG 或 PNG 文件，不超过 5 MB。
declarations-fields-wrong = 有些内容需要修改。下面每一项都标出了该怎么改；还没有提交任何内容。
declarations-mine = 你的申报
declarations-none = 还没有申报。
declarations-one-title = 申报
declarations-facts = { $day } 到达 { $port }：{ $items ->
   *[other] { $items } 件物品
}，{ $permits ->
    [0] 没有许可证。
   *[other] { $permits } 份许可证。
}
declarations-status-declared = 正在等待专家的决定。
declarations-status-allowed = 已准许：你可以带入境。
declarations-status-allowed-after-treatment = 在口岸处理后准许入境。
declarations-status-secondary = 到达时请把它带到二次查验处。
declarations-status-refused = 未获准许：不能入境。
declarations-status-withdrawn = 已撤回。
declarations-reasons = 理由
declarations-reason-permit-in-order = 许可证符合要求。
declarations-reason-no-permit = 这需要许可证，但申报中没有附上。
declarations-reason-pest-risk = 可能带有害虫。
declarations-reason-disease-risk = 可能携带疾病。
declarations-reason-prohibited-origin = 不允许从那个国家带入。
declarations-reason-needs-examination = 需要由专家查看。
declarations-declared = 你申报的内容
declarations-travel-said = 航班或车辆：{ $travel }。
declarations-permit-said = 许可证 { $number }，由 { $issuer } 签发，有效期至 { $expiry }。
declarations-withdraw = 撤回这份申报
declarations-withdraw-help = 如果你不再携带这些物品，请撤回申报。
declarations-back = 返回你的申报
declarations-decided = 这份申报已经有了决定或已撤回：不会再有变化。请刷新页面查看。
declarations-day-title = 当天的申报
declarations-day-none = 这一天没有申报。
declarations-scan-open = 打开许可证 { $line } 的扫描件
declarations-decide = 做出决定
declarations-decision = 决定
declarations-decided-done = 决定已记录，并已通知本人。
declarations-problem-port = 请从列表中选择一个口岸。
declarations-problem-arrival = 请填写你到达的日期，从今天起一年以内，例如 2027-03-01。
declarations-problem-travel = 请填写航班号或你的车辆的车牌号。
declarations-problem-no-item = 请至少添加一件物品。
declarations-problem-too-many = 内容太多了。一份申报最多填写 20 件物品和 5 份许可证。
declarations-problem-kind = 请选择物品类别。
declarations-problem-description = 请用几个词描述一下。
declarations-problem-quantity = 请写明数量，例如 2 千克。
declarations-problem-origin = 请用两个字母填写国家，例如 MX。
declarations-problem-issuer = 请填写许可证的签发机构。
declarations-problem-permit-number = 请填写许可证编号。
declarations-problem-expiry = 请填写许可证到期的日期，例如 2027-06-30。
declarations-problem-permit-expired = 这份许可证在你到达之前就到期了。请向签发机构申请新的许可证，或者在到期之前到达。
declarations-problem-scan-missing = 请添加许可证的扫描件或照片。
declarations-problem-scan-size = 这个文件超过了 5 MB。请用较低的分辨率重新扫描，或者拍一张小一点的照片。
declarations-problem-scan-type = 这个文件不是 PDF、JPEG 或 PNG。请把扫描件保存为其中一种格式。
declarations-problem-permit-needed = 土壤、活体动物和生物样本需要许可证：请添加许可证及其扫描件。
declarations-problem-decision = 请选择决定。
declarations-problem-reasons = 请至少选择一个理由。

declaration-decided-v1-subject = 你在 { $port } 的申报：{ $status ->
    [allowed] 已准许
    [allowed-after-treatment] 处理后准许
    [secondary] 二次查验
   *[refused] 未获准许
}
declaration-decided-v1-body = 农业专家已对你 { $day } 到达 { $port } 时申报的物品做出决定：{ $status ->
    [allowed] 你可以带入境。
    [allowed-after-treatment] 在口岸处理后准许入境。
    [secondary] 到达时请把它带到二次查验处。
   *[refused] 不能入境。请不要携带，或者把它留在口岸。
}
declaration-decided-v1-next = 请打开你的申报，查看理由。
declaration-decided-v1-sms = Garita：你 { $day } 在 { $port } 的申报：{ $status ->
    [allowed] 已准许
    [allowed-after-treatment] 处理后准许
    [secondary] 请去二次查验
   *[refused] 未获准许
}。
