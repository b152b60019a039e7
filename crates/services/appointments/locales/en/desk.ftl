### At the port: the officers' console.

desk-title = Appointments at { $port } on { $date }
desk-find = Find an appointment
desk-find-label = Confirmation number, or the text under its QR code
desk-not-found = No appointment with that number at this port. Check the number; an appointment at another port is not shown here.
desk-none = No appointments on this day.
desk-row = { $time }: { $number }, { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}, { $status }; { $arrived ->
    [one] { $arrived } arrived
   *[other] { $arrived } arrived
}.
desk-open = Open
desk-status-won = chosen, not confirmed yet
desk-status-offered = offered, not confirmed yet
desk-status-confirmed = confirmed
desk-status-lapsed = not confirmed in time
desk-status-cancelled = cancelled
desk-status-no-show = nobody came
desk-intake-title = { $number }: { $port }, { $date } at { $time }
desk-traveller = Born { $born }; nationality { $nationality }; document { $document }.
desk-photo-registration = Registration photo
desk-photo-live = Photo taken when confirming
desk-no-live = No photo from the confirmation.
desk-face-distance = Compared automatically: the faces lie { $distance } apart; two photos of one person are usually under { $threshold }.
desk-face-not-compared = Not compared automatically: compare the two photos yourself.
desk-face-reviewed = { $reason ->
    [liveness] A reviewer accepted this photo: the automatic check did not see the head turn as asked, or the photo was sent without that check.
    [compared] A reviewer accepted this photo: the automatic comparison did not find the two faces alike, or could not compare them.
   *[quality] A reviewer accepted this photo after the automatic check found it hard to use (light, size or sharpness).
}
desk-outcome-none = Not arrived yet.
desk-until-label = Parole until (YYYY-MM-DD; empty: two years from arrival)
desk-note-label = Note
desk-corrected = Corrected after the list closed: { $field } was “{ $before }”, now “{ $after }”.
desk-save = Save

## Border wait times: the public page and the officers' form.
wait-title = Border wait times
wait-intro = Waits at each crossing as the port's officers posted them, in the port's own time. The same figures are in JSON and XML feeds shaped like CBP's Border Wait Times feed.
wait-feed = The JSON feed
wait-feed-xml = The XML feed
wait-history-link = The last 7 days at { $port }
wait-history-title = Wait times over the last 7 days
wait-history-intro = { $port }: the longest and the average wait posted each day while the lanes were open, by the port's own days.
wait-history-none = Nothing was posted here in the last 7 days.
wait-history-day = Day
wait-history-longest = Longest wait
wait-history-average = Average wait
wait-history-posts = Times posted
wait-history-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
wait-history-chart = { $lane }: the longest wait each day, in minutes
wait-history-chart-desc = One bar per day, as long as that day's longest wait. The table below gives the same numbers.
wait-port = Port
wait-status = Today
wait-port-open = Open
wait-port-closed = Closed today
wait-lane-pedestrian = On foot
wait-lane-passenger = Cars
wait-lane-commercial = Trucks
wait-lane-pedestrian-ready = On foot, Ready Lane
wait-lane-passenger-sentri = Cars, SENTRI
wait-lane-passenger-ready = Cars, Ready Lane
wait-lane-commercial-fast = Trucks, FAST
wait-open = { $minutes } min, { $lanes ->
    [one] { $lanes } lane open
   *[other] { $lanes } lanes open
} (at { $time })
wait-closed = Lanes closed (at { $time })
wait-not-offered = Not at this crossing
wait-post-title = Post wait times
wait-post-intro = Current waits at { $port }. They show at once on the public page and in the feed.
wait-post = Post
wait-posted = Posted. Thank you.
wait-lane-status = { $lane }: lanes
wait-lane-delay = { $lane }: wait in minutes
wait-lane-open = { $lane }: lanes open
wait-status-open = Open
wait-status-closed = Closed
wait-status-none = Not at this crossing
wait-error-delay = { $lane }: give the wait in minutes, from 0 to 1440, when the lanes are open.
wait-error-lanes = { $lane }: give the number of open lanes, from 0 to 99.

## The programme's overview per port and day.
overview-title = Ports day by day
overview-range = From { $from } to { $to }: every port, every day. Counts only, no personal data.
overview-csv = Download as CSV
overview-earlier = A week earlier
overview-later = A week later
overview-date = Date
overview-port = Port
overview-seats = Places
overview-appointments = Appointments
overview-confirmed = Confirmed
overview-arrived = Travellers arrived
overview-no-shows = Nobody came
overview-paroled = Paroled
overview-nta = Notice to Appear
overview-referred = Referred
overview-not-admitted = Not admitted
staff-port-seats-frozen = The list drawn for this date has closed and its seats were published with it, so they cannot change now. Change a later date, or close the port for this date if it cannot open.
desk-find-traveller = Find a group by a traveller's name and date of birth
desk-search-given = Given names
desk-search-family = Family names
desk-search-born = Date of birth (YYYY-MM-DD)
desk-search-none = No appointment at this port in the week before or after today has a traveller with that name and date of birth. Check the spelling as on the document.
desk-search-found = { $date } at { $time }: { $number }, { $status }
overview-port-title = Figures of your port
partner-history = What your organisation checked
partner-history-none = No checks yet.
partner-history-answer = Answer
