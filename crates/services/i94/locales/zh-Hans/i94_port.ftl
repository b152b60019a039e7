## Provisional I-94: paying the fee at the port, for the applicant and the officer.

i94-port-reference = 你的申请参考号是 { $reference }。如需在口岸付款，请把它出示给官员。
i94-staff-receipt-title = 在口岸支付的费用
i94-staff-receipt-help = 没有开通在线付款时，旅行者在这里付款。输入旅行者申请页面上的参考号，收到费用后登记为已付款：每位旅行者会马上得到一个临时号码。
i94-staff-reference = 申请参考号
i94-staff-receipt = 登记费用已付
i94-staff-receipt-done = 费用已登记为已付。现在每位旅行者都有一个临时号码。
i94-staff-receipt-already = 这份申请的费用已经付过了。没有做任何更改。
i94-staff-receipt-unknown = 你所在的口岸没有使用这个参考号的未付款申请（也可能这份申请是在线付款的）。请和旅行者核对参考号。没有做任何更改。
i94-go = Garita 从不查看你的银行卡信息：你在支付服务自己的页面上付款，然后回到这里。
i94-go-link = 前往付款页面
