### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita: confirm your appointment before { $deadline }
reminder-confirm-v1-body = Your group's appointment at { $port } ({ $crossing }), { $date } at { $time } (time at the port), is not confirmed yet. Each traveller aged 14 or over confirms with the phone's location and a photo.
reminder-confirm-v1-next = What to do now: confirm on your status page before { $deadline } ({ $zone } time). If you do not, the place goes to another group, and you can ask again with no penalty.
reminder-confirm-v1-sms = Garita: confirm your appointment { $date } { $time } at { $port } before { $deadline }: { $link }
reminder-day-before-v1-subject = Garita: your appointment is tomorrow, { $date }, at { $port }
reminder-day-before-v1-body = Your group's appointment: { $port }, { $date } at { $time } (time at the port). Go to the pedestrian entrance: { $crossing }.
reminder-day-before-v1-next = Bring every traveller of your group, the identity documents you registered, and your confirmation { $number } (printed or on the phone). Come a little before { $time }. The appointment is free: nobody may charge you for it.
reminder-day-before-v1-sms = Garita: tomorrow { $date } { $time } at { $port }. Bring everyone, your documents and confirmation { $number }: { $link }
