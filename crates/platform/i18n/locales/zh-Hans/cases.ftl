## 真实性复查：审核人员看到和决定的内容，以及本人看到并可以申诉的内容。

review-case-applicant-since = 申请人于 { $date } 登记。
review-case-registered = 登记日期
review-case-name = 姓名（首字母）
review-case-same-person = 姓名和出生日期相同
review-case-same-document = 证件相同
review-yes = 是
review-no = 否
review-case-no-holder = 目前没有其他有效登记包含此人：那个登记可能已被撤销或更正。
review-case-cluster =
    { $count ->
       *[other] 此地址有 { $count } 个有效登记。
    }
review-case-first-decision = 第一次决定：{ $decision }。理由：{ $reason }
review-case-appeal = 本人已提出申诉。本人的陈述：{ $statement }
review-case-decide = 作出决定
review-case-decision = 决定
review-case-reason = 理由
review-case-reason-help = 随个案保存。本人收到的是用简单语言说明的决定，而不是这段文字。
review-case-not-waiting = 这个个案已不再等待决定：在此期间已有人作出决定。请重新查看待处理队列。
review-case-same-reviewer = 这个个案的第一次决定是你作出的，所以申诉必须由另一位审核人员决定。
review-case-not-allowed = 这个决定不适用于这类个案。请选择其他决定。
review-case-reason-needed = 请写下决定的理由：它会随个案保存。
review-case-other-holds = 另一个团组已有预约，所以现在不能撤销其登记。请在预约结束后再作决定，或选择其他决定。
case-decision-different-people = 不同的人：申请人可以登记这位旅行者
case-decision-same-person-earlier = 同一个人：较早的登记保留其位置
case-decision-same-person-applicant = 同一个人：申请人的登记保留其位置，另一个登记被撤销
case-decision-no-action = 不采取行动

cases-title = 与你有关的复查
cases-none = 没有与你有关的复查。
cases-kind-already-registered = 关于“已经登记”的复查
cases-kind-identity-change = 关于更改旅行者身份的复查
cases-kind-address-cluster = 关于同一地址有很多登记的复查
cases-opened = 于 { $date } 开始。
cases-waiting = 有工作人员正在查看。你不需要做任何事：有决定后我们会通知你。
cases-decided = 于 { $date } 作出决定：
cases-decision-different-people = 工作人员查看后认为，你登记的旅行者不是已经登记的那个人。你现在可以保存你的登记了。
cases-decision-same-person-earlier = 工作人员查看后认为，这位旅行者已经在一个较早的登记里，那个登记保留其位置。你的账户没有任何变化。
cases-decision-same-person-applicant = 工作人员查看后认为，这位旅行者保留在你的登记里。你现在可以保存你的登记了。
cases-decision-no-action = 工作人员查看后没有作任何更改。
cases-appeal-intro = 如果你认为这个决定有误，可以申诉一次。请用你的语言写下审核人员应该知道的情况。将由另一个人作出决定。
cases-appeal-label = 你的陈述
cases-appeal-help = 例如：这位旅行者是谁，为什么不是已经登记的那个人。最多 2000 个字符。
cases-appeal-submit = 申诉
cases-appealed = 你于 { $date } 提出了申诉。另一位工作人员正在查看；我们会通知你。
cases-appeal-decided = 你的申诉已于 { $date } 作出决定。这是最终决定：
cases-appeal-needed = 请先写下你的陈述，再提交申诉。
cases-appeal-not-allowed = 现在不能对这次复查申诉：它还没有作出决定，或已经申诉过了。

case-opened-v1-subject = Garita：有工作人员正在复查你的登记
case-opened-v1-body = 有工作人员正在查看与你的登记有关的一个问题。目前还没有作出任何决定，你的账户也没有任何变化。
case-opened-v1-next = 你不需要做任何事。有决定后我们会通知你。在“与你有关的复查”页面可以看到进展。
case-opened-v1-sms = Garita：有工作人员正在复查与你登记有关的问题。没有任何变化。查看进展：{ $link }
case-decided-v1-subject = Garita：关于你的登记的复查已有决定
case-decided-v1-body =
    { $appeal ->
        [yes] 你的申诉已有决定。
       *[no] 关于你的登记的复查已有决定。
    }{ $decision ->
        [different-people] 你登记的旅行者不是已经登记的那个人：你现在可以保存你的登记了。
        [same-person-earlier] 这位旅行者已经在一个较早的登记里，那个登记保留其位置。
        [same-person-applicant] 这位旅行者保留在你的登记里：你现在可以保存了。
       *[other] 没有任何更改。
    }
case-decided-v1-next =
    { $appeal ->
        [yes] 这是最终决定。
       *[no] 如果你认为决定有误，可以在“与你有关的复查”页面申诉一次。
    }
case-decided-v1-sms = Garita：关于你的登记的复查已有决定。请查看：{ $link }
case-withdrawn-v1-subject = Garita：你的登记已被撤销
case-withdrawn-v1-body = 工作人员复查了一位同时在你的登记和另一个登记里的旅行者，认为是同一个人，其位置保留在另一个登记里。为了避免任何人被登记两次，你的登记已被撤销。
case-withdrawn-v1-next = 你可以在登记页面重新登记，不包括那位旅行者。如果你认为这个决定有误，援助机构可以和你一起查看。
case-withdrawn-v1-sms = Garita：经复查，你的登记已被撤销。你可以重新登记：{ $link }
