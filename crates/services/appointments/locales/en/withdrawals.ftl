## Cancelling every standing appointment of some days by a programme decision: the programme
## admins' form, and the message each group gets.

programme-withdraw-title = Cancel appointments programme-wide
programme-withdraw-help = By a programme decision, every standing appointment on these days, at one port or at all, is cancelled. Each group is told once, in its language; its record keeps what it held; its proof checks as cancelled. The seats are not offered to other groups, and each day's published record says so.
programme-withdraw-port = Port
programme-withdraw-all-ports = All ports
programme-withdraw-from = First appointment day
programme-withdraw-to = Last appointment day
programme-withdraw-preview = See what this would cancel
programme-withdraw-dates = Give the first and the last appointment day as dates, the last not before the first.
programme-withdraw-none = No appointment stands in that choice. Nothing changed.
programme-withdraw-count = { $count ->
    [one] One appointment stands at { $ports } from { $from } to { $to }. Cancelling it tells its group and cannot be undone.
   *[other] { $count } appointments stand at { $ports } from { $from } to { $to }. Cancelling them tells each group and cannot be undone.
}
programme-withdraw-confirm = Cancel them and tell each group
programme-withdraw-started = { $count ->
    [one] One appointment is being cancelled. Its group is told; the audit log lists it.
   *[other] { $count } appointments are being cancelled. Each group is told; the audit log lists each one.
}

withdrawn-v1-subject = Garita: your appointment on { $date } at { $port } is cancelled by the programme
withdrawn-v1-body = Your group's appointment at { $port } ({ $crossing }) on { $date } at { $time } is cancelled by a decision of the programme, together with the other appointments of those days. It is not because of anything your group did. Your signed record on your registration page keeps what you held and when it was cancelled.
withdrawn-v1-next = Your registration stays as it is. Garita's home page says when you can ask for an appointment again. Appointments are free: nobody can sell you one. The help page lists organisations that can advise you.
withdrawn-v1-sms = Garita: your appointment { $date } { $time } at { $port } is cancelled by a programme decision, not because of your group. More: { $link }
