# Registrations: the travellers of a group and their details: Simplified Chinese. Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = 这里写得太长了。请写短一点。
field-characters = 这里请只写字母。需要的话，也可以用空格、连字符或撇号。
field-wrong-kind = 这个值不是这里需要的类型（文本、数字、列表……）。需要哪种，请看 API 说明：/api/v1/openapi.json。
field-direction-mark = 这段文字里有一个看不见的文字方向标记，通常是粘贴文字时带进来的。请重新输入文字，不要粘贴。
field-invisible-space = 这段文字里有一个看不见的空格（零宽度），通常是粘贴文字时带进来的。请重新输入文字，不要粘贴。
field-date-invalid = 这个日期不存在。请检查日、月和年。
field-date-missing = 请写完整的日期：日、月、年，都用数字。
field-date-future = 这个日期还没到。请检查年份。
field-date-too-old = 这个日期是 120 多年以前。请检查年份。
field-country-unknown = 请从列表里选一个国家。
field-height-range = 这个身高好像不对。请用厘米写（例如 165），或者用英尺和英寸写。
field-weight-range = 这个体重好像不对。请用公斤写（例如 60），或者用磅写。
field-choice-unknown = 请选其中一个答案。
field-document-format = 证件号码有 4 到 20 个字母和数字。请照着证件抄下来。
field-us-state = 请从列表里选美国的州。
field-zip = 邮政编码（ZIP）有 5 个数字，例如 77002。
field-same-person-twice = 这个人已经在你的团组里了。每位旅行者只列一次：请核对姓名和出生日期。
field-same-document-twice = 这个证件号码已经填给了你团组里的另一位旅行者。请核对证件上的号码。

## Labels of a traveller's details

traveller-given-names = 名字（和证件上写的一样）
traveller-family-names = 姓氏（和证件上写的一样）
traveller-birth-date = 出生日期
traveller-day = 日
traveller-month = 月
traveller-year = 年
traveller-birth-country = 出生国家
traveller-birth-city = 出生的城市或镇
traveller-residence-country = 你现在住在哪个国家
traveller-nationality = 国籍
traveller-gender = 证件上的性别
traveller-language = 你说得最好的语言
traveller-height = 身高
traveller-height-cm = 厘米
traveller-height-feet = 英尺
traveller-height-inches = 英寸
traveller-weight = 体重
traveller-weight-kg = 公斤
traveller-weight-lb = 磅
traveller-weight-amount = 多少
traveller-weight-unit = 单位
traveller-eyes = 眼睛颜色
traveller-phone = 电话号码（可以不填）
traveller-email = 电子邮件地址（可以不填）
traveller-home-address = 你以前住的地址（街道、城市、国家）
traveller-travel-history = 你在路上经过的国家；知道日期的话，也写上
form-required-note = 标有 * 的问题必须回答。
traveller-optional-group = 关于此人的更多信息（可以不填）
traveller-work = 你以前做过的工作
traveller-emergency-contact = 有紧急情况时可以打电话找的人（名字和电话）
traveller-family = 不在这个小组里的家人
traveller-marital = 婚姻状况
traveller-document = 身份证件
traveller-document-kind = 证件种类
traveller-document-country = 发证的国家
traveller-document-number = 证件号码

## Choices

gender-female = 女
gender-male = 男
gender-another = 其他
eyes-brown = 棕色
eyes-black = 黑色
eyes-hazel = 浅棕色
eyes-green = 绿色
eyes-blue = 蓝色
eyes-grey = 灰色
eyes-other = 其他颜色
marital-single = 未婚
marital-married = 已婚
marital-partner = 和伴侣同居
marital-divorced = 离婚
marital-widowed = 丧偶
document-passport = 护照
document-national-id = 国民身份证
document-birth-certificate = 出生证明
document-other = 其他证件

## The group's destination

us-address-title = 你在美国要住的地方
us-address-help = 小组里的每个人都去这个地址。
us-address-street = 街道和门牌号
us-address-city = 城市
us-address-state = 州
us-address-zip = 邮政编码（ZIP）

## Registration pages

registration-title = 我的登记
registration-start = 登记你的小组
registration-start-intro = 先填你在美国要住的地方，还有你自己的信息。然后你可以加上小组里的其他人。每次你按“保存”，所有内容都会保存下来。
registration-save = 保存
registration-choose = 请选择…
registration-since = 登记日期：{ $date }。
registration-since-help = 这个日期决定你在等得最久的小组里排在哪里。改正或添加信息，都不会改变这个日期。
registration-edit-address = 改正地址
registration-name = 姓名
registration-travellers = 你小组里的人
registration-edit-traveller = 改正第 { $number } 个人（{ $name }）的信息
registration-add-traveller = 给你的小组加一个人
registration-traveller-title = 你小组里的一个人
registration-remove-traveller = 把这个人从小组里去掉
registration-already-registered = 这个人已经在另一个登记里了。什么都没有改。如果你觉得这是弄错了，可以请人来查看：去一个和 Garita 合作的收容所或法律援助组织，申请复查。
registration-stale = 在这段时间里，这个登记在另一个窗口里被改过了。什么都没有丢。请再看一遍，然后重新做一次你的修改。
registration-travellers-fixed = 你的团组正在参加抽签或已有预约，所以在此结束前不能添加任何人：预约属于申请它的人。你仍然可以更正信息，或移除不去旅行的人。
registration-identity-fixed = 这个修改会把这位旅行者变成另一个人，在你的团组参加抽签或已有预约期间不能这样做。如果信息原本填错了，协助人员或审核人员可以和你一起查看。
registration-group-size = 一个小组有 1 到 10 个人。
registration-history-title = 我的登记的每一次修改
registration-history-intro = 你的登记每次保存的记录：什么时候、谁保存的、改了什么。
registration-history-you = 你
registration-history-helper = 帮助人员
registration-history-field = 哪一项
registration-history-before = 之前
registration-history-after = 之后
registration-back = 回到我的登记

## Photos

photo-title = { $name } 的照片
photo-intro = 一张脸部照片，眼睛看着镜头。在口岸，它能帮边境官员确认来的人就是登记的那个人。
photo-tips = 站在一面没有图案的墙前，光线要好，脸上不要有东西挡着（不戴帽子，不戴墨镜）。把手机举到和眼睛一样高。
photo-label = 拍一张照片，或者选一张
photo-submit = 发送照片
photo-not-a-photo = 我们没办法把这个文件当作照片打开。请用相机重新拍一张照片。
photo-no-face = 我们在这张照片里找不到脸。请直直地看着镜头，让整张脸都在照片里。
photo-several-faces = 我们看到不止一张脸。请给这个人单独拍一张照片。
photo-face-too-small = 这张照片里的脸太小了。请离镜头近一点。
photo-too-dark = 这张照片太暗了。请到光线更亮的地方去。
photo-blurred = 这张照片不够清楚。请拿稳手机，再擦一擦镜头。
photo-compare-again = 我们无法将这张照片与登记时的照片进行比对。请在均匀的光线下正对镜头，摘下眼镜和遮挡脸部的东西，并伸直手臂拿着手机。
photo-not-compared = 这张照片无法与登记时的照片自动比对。工作人员会查看这两张照片；您无需做任何事。
photo-move-as-asked = 我们没能看到您按页面的提示转头。请在均匀的光线下伸直手臂拿着手机，每次页面提示时慢慢转头。
photo-not-live = 这张照片是在没有摄像头动作检查的情况下发送的。会有工作人员查看；你无需做任何事。
photo-tries-left = 你还可以再试 { $tries ->
   *[other] { $tries } 次
}。之后会有人来查看这张照片。
photo-review = 谢谢。会有人来查看这张照片。你可以继续登记。
photo-status-missing = 还需要照片
photo-status-accepted = 照片已保存
photo-status-review = 会有人来查看照片
photo-add = 添加 { $name } 的照片
photo-change = 更换 { $name } 的照片
photo-child = 不满 14 岁的孩子不需要照片。

## My record

record-title = 我的档案
record-intro = 这里是 Garita 保存的关于你的账户和登记的所有信息。Garita 给它签了名，所以它能证明你当时有哪些信息，就算以后有变化也一样。
record-download = 下载我的档案（一个由 Garita 签名的文件）
record-signed = 由 Garita 签名。密钥：{ $key }。签名：{ $signature }
record-verify = 谁都可以用 Garita 公布的密钥检查这个签名，密钥在 /.well-known/garita-keys.json。
record-link = 我的档案：查看、打印或下载
record-check-title = 核对记录
record-check-intro = 选择一个记录文件（garita-record.json，即个人下载的自己的记录）。Garita 会用它公布的密钥核对签名：文件只被读取和核对，不会被保存。
record-check-file = 记录文件
record-check-submit = 核对
record-check-genuine = 真实：这份记录与 Garita 在 { $date } 签名时完全一样。
record-check-not-genuine = 与 Garita 签名时不一样：文件在下载后被改动过，或者不是来自 Garita。请向本人索取他们自己下载的文件。
record-check-not-record = 这个文件不是 Garita 的记录。请选择从 Garita 下载的 garita-record.json 文件。
record-check-link = 核对记录文件

## Staff review

review-title = 等待有人来查看
review-photos = 自动检查没能使用的照片
review-photo-line = 照片发送日期：{ $date }。检查结果：{ $problem }
review-photo-see = 查看照片
review-photo-accept = 照片可以用
review-photo-retake = 请对方重新拍一张照片
review-cases = 需要查看的个案
review-case-line = { $kind } — 从 { $date } 起一直未关闭
review-case-close = 已查看：关闭这个个案
review-none = 现在没有等待查看的内容。
case-address-cluster = 很多小组填了同一个美国地址
case-bulk-accounts = 同一天从同一个地方建了很多账户
case-already-registered = 有人申请复查：系统显示这个人已经在另一个登记里

## Asking for a review

registration-ask-review = 请工作人员查看
registration-review-requested = 谢谢。工作人员会查看。您的登记信息没有其他变化。
registration-fix-fields = 有些信息需要改正。每一项都写了要改什么。
photo-camera-start = 在这里使用相机
photo-camera-take = 拍照
liveness-front = 请直视镜头。
liveness-left = 现在请慢慢把头转向您的左边。
liveness-right = 现在请慢慢把头转向您的右边。
registration-identity-ask-review = 请工作人员查看这个修改
registration-identity-review-requested = 审核人员会查看这个修改。在审核人员接受以前，这位旅行者的信息保持之前保存的样子；预约不受影响。
registration-identity-review-sent-before = 同样的更改已经提交给审核人员，不能重复提交。如果没有被接受，您可以更正有误的信息，或请一家援助机构和您一起查看。
review-identity-now = 当前
review-identity-proposed = 提议修改为
review-identity-accept = 接受这个修改
review-identity-stale = 这个修改已经不能按提议的样子生效：个案已经关闭，或者团组在这期间有了变化。请重新查看这个团组。
case-identity-change = 一个团组在参加抽签或已有预约期间，申请了一个会把其中一位旅行者变成另一个人的修改
registration-next-title = 下一步
field-a-number = A 号码由字母 A 和 8 或 9 位数字组成，例如 A123456789。
field-admission-number = I-94 入境号码有 11 个字符：9 位数字，然后一个字母或数字，再一个数字（例如 123456789A1）。
field-mrz-shape = 护照照片页底部的文字是 2 行，每行 44 个字符，由字母、数字和 < 号组成。请把这两行照原样抄下来，或者扫描这两行。
field-mrz-check-digit = 这两行里有一个字符和它的校验位对不上：很可能是读错了。请把每个字符和护照逐一核对，改正对不上的那个。
field-mrz-date = 这两行里有一个日期不存在。请把这两行和护照核对，然后改正。
field-admission-class = 入境类别是一个字母，后面跟一到三个字母或数字，与 I-94 上相同（例如 DT）。
field-parole-ends-too-soon = 假释结束日期必须在到达日之后。请检查日期（年、月、日）。
field-outcome-contradicts = “未获准入境”不能同时有假释或 I-94 入境号码。请去掉其中一项。
