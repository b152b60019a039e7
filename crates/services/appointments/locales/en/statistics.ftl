# The public numbers (`/statistics`): each port's chance of being chosen and how long chosen
# groups had been registered, as charts with a table of the same numbers after each.

stats-summary = { $days ->
    [one] These numbers come from the only draw published so far, on { $last }.
   *[other] These numbers come from the last { $days } published draws, from { $first } to { $last }.
}
stats-download = Download every day's numbers for each port (CSV file)
stats-chance-heading = Chance of being chosen at each port
stats-chance-caption = For each port, the dark bar shows how many of the groups that asked were chosen, and the light bar how many of the places asked for were given. Where many people ask for few places, the chance is smaller.
stats-chance-desc = A bar chart with two bars for each port: the share of groups chosen and the share of places given. The table after it has the same numbers.
stats-chance-groups = Groups chosen
stats-chance-seats = Places given
stats-no-requests = No requests
stats-head-seats-requested = Places asked for
stats-head-seats-won = Places given
stats-head-seats-odds = Share of places given
stats-registered-heading = How long chosen groups had been registered
stats-registered-caption = Each bar runs from the shortest to the longest time the chosen groups had been registered, in days. The dark mark is the median: half of them had been registered for less time, half for longer.
stats-registered-desc = A chart with one bar for each port, from the shortest to the longest time registered, with a mark at the median. The table after it has the same numbers.
stats-registered-scale = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
stats-registered-range = { $shortest }–{ $longest } { $longest ->
    [one] day
   *[other] days
}, median { $median }
stats-none-chosen = No group chosen
stats-head-shortest = Shortest (days)
stats-head-median = Median (days)
stats-head-longest = Longest (days)

## The automatic photo checks, by group
stats-faces-heading = The automatic photo check, by group
stats-faces-caption = Over the last { $days ->
    [one] day
   *[other] { $days } days
}: how many people's confirmation photos the automatic check looked at, in each nationality and age band; how many of them it could not accept and sent to a person; and how many of those the person then accepted. A group of fewer than { $fewest } people shows no figures, so that nobody can be picked out.
stats-faces-head-nationality = Nationality
stats-faces-head-age = Age
stats-faces-head-people = People
stats-faces-head-refused = Sent to a person
stats-faces-head-accepted = Then accepted by the person
stats-faces-too-few = too few to show
stats-faces-everyone = Everyone
stats-faces-age-under-18 = under 18
stats-faces-age-18-29 = 18 to 29
stats-faces-age-30-44 = 30 to 44
stats-faces-age-45-59 = 45 to 59
stats-faces-age-60-plus = 60 and over
