# Garita's main catalog (Simplified Chinese translation; English is the reference).
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader.

## Every page

site-name = Garita
site-tagline = 预约步行通过美国边境
skip-to-content = 跳到正文
nav-home = 首页
nav-ports = 口岸
language-picker = 语言
footer-free = Garita 是免费的。谁都不能因为预约向你收钱。
footer-open = Garita 是开放软件：谁都可以看它是怎么运作的，也可以检查每天的抽签。
footer-privacy = 隐私说明
footer-accessibility = 无障碍

privacy-title = 隐私说明
accessibility-title = 无障碍声明
accessibility-aim-title = 我们的目标
accessibility-aim = Garita 要在任何手机上都能用，包括小屏和旧手机，支持十种语言，用不用读屏软件都可以，并符合《Web 内容无障碍指南》(WCAG) 2.2 的 AA 级。
accessibility-tested-title = 我们怎样检查
accessibility-tested = 每项改动在使用前都会在真实的浏览器中测试：每个页面都在 320 像素宽的屏幕上用全部十种语言检查，主要步骤在不开 JavaScript 时检查，表单会指出每个错误的回答并能跳到那里。
accessibility-limits-title = 还不是人人都能用的地方
accessibility-limits = 申请预约和确认预约需要手机的位置，因此需要打开 JavaScript 和定位。援助机构可以陪你完成这些步骤。
accessibility-report-title = 告诉我们
accessibility-report = 如果某个页面你很难使用，请告诉援助机构，他们可以转告我们，或者在 Garita 公开的代码仓库里提交问题。说明是哪个页面、发生了什么；不要在那里发送个人信息。

## Home page

home-title = 申请美国边境的预约
home-intro = Garita 提供预约，让你到美国边境口岸去报到。你每天都可以申请。公平的抽签决定谁能得到预约，谁都可以检查抽签。
home-steps-title = 怎么做
home-step-register = 为你的小组开一个账户：你和跟你一起走的人，1 到 10 个人。
home-step-request = 每天申请预约，并选一个口岸。每天申请一次就够了。
home-step-draw = 第二天，抽签分配预约。一半的预约给等得最久的小组。
home-step-confirm = 如果你抽中了，我们会在这个网站上和用电子邮件告诉你。请在 23 小时内确认。
home-step-present = 在你预约的日期和时间，带着你的确认，到口岸去。
home-free-title = 这是免费的
home-free-body = Garita 从来不要钱。谁都不能卖给你预约，也不能卖给你更大的机会。如果有人要你付钱，不要付。
home-fair-title = 每个人的机会都一样
home-fair-body = 一个小组和一个人的机会一样。申请很多次，或者开新账户，都没有用。我们每天公布完整的抽签，谁都可以检查。
home-help-title = 你需要帮助吗？
home-help-body = 收容所和法律援助组织可以帮助你，就算你没有手机也可以。
home-ports-link = 看看有哪些口岸，每个口岸有多少名额

## Crossings page

ports-title = 有预约的口岸
ports-intro = 这 8 个美国边境口岸提供预约。名额的数量每天可能不一样。
ports-total = 一共：每天 { $seats ->
   *[other] { $seats } 个名额
}。
ports-seats = 每天 { $seats ->
   *[other] { $seats } 个名额
}
ports-seats-note = 一个名额给一个人。
ports-mexican-side = 墨西哥这边：{ $city }
ports-us-side = 美国那边：{ $city }，{ $state }
ports-crossing = 去哪里：{ $crossing }
ports-times = 预约时间：从 { $first } 到 { $last }，{ $zone }

time-zone-pacific = 美国太平洋时间
time-zone-arizona = 亚利桑那时间
time-zone-mountain = 美国山地时间
time-zone-central = 美国中部时间

## Error pages

error-not-found-title = 我们找不到这个页面
error-not-found-body = 这个地址可能不对，或者太旧了。请去首页，从那里重新开始。
error-internal-title = 我们这边出了问题
error-internal-body = 这不是你的错。你保存的东西都没有丢。请过几分钟再试一次。
error-reference = 如果又出现这个问题，请把这个号码告诉帮助团队：{ $reference }
error-go-home = 去首页

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = 找不到
problem-not-found-detail = 这个地址什么都没有。地址列表在 /api/v1/openapi.json。
problem-port-not-found-title = 不认识的口岸
problem-port-not-found-detail = 没有代码是 { $code } 的口岸。口岸列表在 /api/v1/ports。
problem-invalid-input-title = 有一个值不对
problem-body-not-json = 请求正文不是可读取的 JSON。请按 API 说明（/api/v1/openapi.json）发送一个 JSON 对象。
problem-body-media-type = 请以 JSON 发送正文，并带上请求头 Content-Type: application/json。
problem-internal-title = 服务器出错
problem-internal-detail = 我们这边出了问题。什么都没有丢。请过几分钟再试。参考号：{ $reference }
error-unavailable-title = Garita 暂时无法读取它的记录
error-unavailable-body = 这不是你的错。你之前保存的东西都还在。如果你刚刚发送了什么，请过一分钟再发送一次：Garita 不会重复计算。
problem-unavailable-title = 暂时无法使用
problem-unavailable-detail = Garita 现在无法连接它的数据库，所以这次修改可能没有完成。请在 Retry-After 给出的时间过后再发送同一个请求：再次发送的请求绝不会被计算两次。参考号：{ $reference }

## Values typed by a person or a program

input-date-format = 日期请这样写：2026-12-31（年、月、日）。
input-port-code-format = 口岸代码有 3 个字母，例如 SYS。
input-seats-range = 请写一个 0 到 10000 之间的整数。
