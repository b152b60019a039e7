## Integrity reviews: what a reviewer sees and decides, what the person reads and may appeal.

review-case-applicant-since = The person asking registered on { $date }.
review-case-registered = Registered on
review-case-name = Name (first letters)
review-case-same-person = Same name and birth
review-case-same-document = Same document
review-yes = Yes
review-no = No
review-case-no-holder = No other active registration holds this person now: it may have been withdrawn or corrected.
review-case-cluster =
    { $count ->
        [one] { $count } active registration at this address.
       *[other] { $count } active registrations at this address.
    }
review-case-first-decision = First decision: { $decision }. Reason: { $reason }
review-case-appeal = The person appealed. Their statement: { $statement }
review-case-decide = Decide
review-case-decision = Decision
review-case-reason = Reason
review-case-reason-help = Kept with the case. The person is told the decision in plain words, not this text.
review-case-not-waiting = This case is not waiting for a decision any more: someone decided it meanwhile. Look at the queue again.
review-case-same-reviewer = You made the first decision on this case, so another reviewer must decide its appeal.
review-case-not-allowed = That decision does not fit this kind of case. Choose another.
review-case-reason-needed = Write the reason for the decision: it is kept with the case.
review-case-other-holds = The other group holds an appointment, so its registration cannot be withdrawn now. Decide again after the appointment ends, or choose another decision.
case-decision-different-people = Different people: the applicant may register this traveller
case-decision-same-person-earlier = Same person: the earlier registration keeps its place
case-decision-same-person-applicant = Same person: the applicant's registration keeps its place, the other is withdrawn
case-decision-no-action = No action

cases-title = Reviews about you
cases-none = There are no reviews about you.
cases-kind-already-registered = A review of “already registered”
cases-kind-identity-change = A review of a change to a traveller's identity
cases-kind-address-cluster = A review of many registrations at one address
cases-opened = Opened on { $date }.
cases-waiting = A person is looking at it. You do not need to do anything: we will write to you when it is decided.
cases-decided = Decided on { $date }:
cases-decision-different-people = A person found that the traveller you registered is not the person already registered. You can now save your registration.
cases-decision-same-person-earlier = A person found that this traveller is already in an earlier registration, which keeps its place. Nothing in your account changed.
cases-decision-same-person-applicant = A person found that your registration keeps this traveller. You can now save your registration.
cases-decision-no-action = A person looked at it and changed nothing.
cases-appeal-intro = If you think this is wrong, you may appeal once. Write what the reviewer should know, in your language. A different person will decide.
cases-appeal-label = Your statement
cases-appeal-help = For example: who the traveller is, and why they are not the person already registered. Up to 2000 characters.
cases-appeal-submit = Appeal
cases-appealed = You appealed on { $date }. A different person is looking at it; we will write to you.
cases-appeal-decided = Your appeal was decided on { $date }. This decision is final:
cases-appeal-needed = Write your statement before sending the appeal.
cases-appeal-not-allowed = This review cannot be appealed now: it is not decided yet, or it was appealed already.

case-opened-v1-subject = Garita: a person is reviewing your registration
case-opened-v1-body = A person is looking at a question about your registration. Nothing is decided yet, and nothing in your account changed.
case-opened-v1-next = You do not need to do anything. We will write to you when it is decided. The page of reviews about you shows where it stands.
case-opened-v1-sms = Garita: a person is reviewing a question about your registration. Nothing changed. Where it stands: { $link }
case-decided-v1-subject = Garita: a review about your registration was decided
case-decided-v1-body =
    { $appeal ->
        [yes] Your appeal was decided.
       *[no] A review about your registration was decided.
    } { $decision ->
        [different-people] The traveller you registered is not the person already registered: you can now save your registration.
        [same-person-earlier] The traveller is already in an earlier registration, which keeps its place.
        [same-person-applicant] Your registration keeps this traveller: you can now save it.
       *[other] Nothing was changed.
    }
case-decided-v1-next =
    { $appeal ->
        [yes] This decision is final.
       *[no] If you think it is wrong, you may appeal once, on the page of reviews about you.
    }
case-decided-v1-sms = Garita: a review about your registration was decided. Read it: { $link }
case-withdrawn-v1-subject = Garita: your registration was withdrawn
case-withdrawn-v1-body = A person reviewed a traveller who is in your registration and in another one, and found it is the same person, whose place stays in the other registration. Your registration was withdrawn so that nobody is registered twice.
case-withdrawn-v1-next = You can register again, without that traveller, on the registration page. If you think this is wrong, a helper organisation can look at it with you.
case-withdrawn-v1-sms = Garita: your registration was withdrawn after a review. You can register again: { $link }
