## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = 请选择你要去的国家：不能是美国。
dep-understood-needed = 请阅读这份申报能做什么、不能做什么，然后勾选方框，表示你已经读过。
dep-travellers-count = 一份申报包括你本人和最多 9 位其他人。请移除一个人，或者为他们另外提交一份申报。
dep-travel-date-past = 出行日期必须是今天或之后。

dep-vetted-v1-subject = Garita：你的离境申报 { $reference } 已审核
dep-vetted-v1-body = 一位审核人员查看了你的离境申报 { $reference }，并记录为已核查。
dep-vetted-v1-next = 你的页面上写着接下来会怎样。如果你申请了出行帮助，安排好以后会通知你。
dep-vetted-v1-sms = Garita：你的离境申报 { $reference } 已审核：{ $link }
dep-arranged-v1-subject = Garita：{ $reference } 的行程已安排好
dep-arranged-v1-body = 你在 { $reference } 中申请的行程已经安排好：日期、承运方和出发地点都在你的页面上。
dep-arranged-v1-next = 如果你的情况有任何变化，请在出行日之前在你的页面上说明。
dep-arranged-v1-sms = Garita：{ $reference } 的行程已安排好，详情：{ $link }
dep-departed-v1-subject = Garita：{ $reference } 的离境已确认
dep-departed-v1-body = { $reference } 下的一次离境已经确认。你那份有 Garita 签名的确认书在你的页面上。
dep-departed-v1-next = 请保存好这份确认书。如果有应发的补助金，每人只发一次。
dep-departed-v1-sms = Garita：{ $reference } 的离境已确认：{ $link }

dep-check-genuine = 是真的：{ $reference } 下的一次离境，{ $how ->
    [land] 经陆路
    [air] 乘飞机
   *[other] 经海路
}，于 { $when }，与 Garita 的记录一致。
