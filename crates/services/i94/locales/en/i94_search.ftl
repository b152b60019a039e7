## Provisional I-94: the officer finds a traveller who lost their number, by name and date of birth.

i94-staff-search-title = A traveller without their number
i94-staff-search-help = Type the names and the date of birth as in the passport. Only your port's provisional I-94s are searched; the search is recorded, what you type is not.
i94-staff-search-submit = Search
i94-staff-search-problem = Type the family names as letters and the date of birth as a date, then search again.
i94-staff-search-none = No provisional I-94 at your port has that name and date of birth. Check the spelling with the traveller's passport.
i94-staff-search-line = { $number }: { $status }
