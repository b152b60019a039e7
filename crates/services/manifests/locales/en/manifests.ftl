## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = Bus passenger manifests
manifests-about = Bus companies send here the list of people on each bus before it reaches a land port, and correct or cancel it until the bus arrives. The people who work for a bus company that uses Garita sign in with their company's account.
manifests-about-signin = Sign in with your company's account
manifests-intro = Send each trip of { $carrier } before the bus reaches the port: the trip's details and a CSV file with the driver and each passenger, one per line. A row with a mistake is named so that you can fix it; the other rows are stored.
manifests-template = Download the CSV's first line (the column names)
manifests-send = Send the manifest
manifests-trip-id = Your trip number
manifests-trip-id-help = Your own number for this trip, letters, digits, dots, dashes. Send the same number again to correct the manifest.
manifests-plate = Bus licence plate
manifests-bus-number = Bus number
manifests-origin = Where the trip starts (city)
manifests-port = Port of arrival
manifests-arrives = Expected arrival, in the port's local time
manifests-arrives-help = Day and time, for example 2027-03-01 14:30.
manifests-file = CSV file of the people on the bus
manifests-file-help = One line per person, starting with the column names. Dates as 2027-03-01; countries as two letters (MX, GT, US).
manifests-trips = Your trips
manifests-none = No trips sent yet.
manifests-trip-line = { $trip } to { $port }, { $when }: { $status }, { $people ->
    [one] one person
   *[other] { $people } people
}
manifests-status-expected = expected
manifests-status-arrived = arrived
manifests-status-cancelled = cancelled
manifests-trip-title = Trip manifest
manifests-trip-facts = Trip { $trip } of { $carrier } to { $port }, expected { $when }. Bus { $bus }, plate { $plate }, from { $origin }.
manifests-trip-state = Status: { $status }. { $people ->
    [one] One person stored
   *[other] { $people } people stored
}, version { $version }.
manifests-created = The manifest is stored with { $people ->
    [one] one person
   *[other] { $people } people
}.
manifests-corrected = The manifest is corrected: it now holds { $people ->
    [one] one person
   *[other] { $people } people
}.
manifests-unchanged = This is the same as the manifest already stored: nothing changed ({ $people ->
    [one] one person
   *[other] { $people } people
}).
manifests-fix-title = Rows to fix
manifests-fix-help = These rows were not stored. Fix them in your file and send the whole trip again with the same trip number: the manifest is replaced.
manifests-problem-row = Line { $line }, { $field }: { $problem }
manifests-problem-trip = The trip, { $field }: { $problem }
manifests-trip-wrong = The trip's details need fixing: nothing was stored. Correct the fields named below and send again.
manifests-ended = This trip's bus arrived or the trip was cancelled: its manifest no longer changes. Send a new trip with a new trip number.
manifests-busy = This trip was being sent from elsewhere at the same moment. Send it again.
manifests-correct = Correct this manifest
manifests-correct-help = Send the trip again with the whole corrected file: it replaces what is stored, until the bus arrives.
manifests-cancel = Cancel this trip
manifests-cancel-help = If the bus will not travel, cancel the trip: the port no longer expects it.
manifests-back = All your trips
manifests-board-title = Buses expected at the port
manifests-board-intro = Buses expected at { $port } from 12 hours ago to 2 days ahead, with how many people their carriers sent. Opening a manifest is recorded in the audit log.
manifests-board-none = No bus is expected.
manifests-board-when = Expected
manifests-board-carrier = Carrier
manifests-board-bus = Bus
manifests-board-origin = From
manifests-board-people = People
manifests-board-status = Status
manifests-board-open = Open the manifest of bus { $bus } ({ $carrier })
manifests-board-back = Back to the board
manifests-open-title = Bus manifest
manifests-mark-arrived = Mark the bus arrived
manifests-arrived = The bus is marked arrived. Its manifest no longer changes, and its people are deleted when the retention period ends.
manifests-purged = The retention period ended: the people on this bus were deleted.
manifests-people = People on the bus
manifests-col-line = Line
manifests-col-role = Role
manifests-col-name = Name
manifests-col-born = Born
manifests-col-sex = Sex
manifests-col-citizenship = Citizenship
manifests-col-document = Document
manifests-col-expiry = Valid until
manifests-col-address = Address in the U.S.
manifests-role-driver = Driver
manifests-role-passenger = Passenger
manifests-document-passport = Passport
manifests-document-passport-card = Passport card
manifests-document-border-crossing-card = Border crossing card
manifests-document-permanent-resident-card = Permanent resident card
manifests-document-trusted-traveler-card = Trusted traveller card

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = Write driver or passenger.
manifest-problem-name = Write the name as on the document, up to 100 characters.
manifest-problem-birth-date = Write the date of birth as 1990-04-02 (year, month, day).
manifest-problem-sex = Write F, M or X.
manifest-problem-country = Write the country as its two-letter code, such as MX, GT or US.
manifest-problem-document-type = Write passport, passport-card, border-crossing-card, permanent-resident-card or trusted-traveler-card.
manifest-problem-document-number = Write the document number: 5 to 20 letters and digits, without spaces.
manifest-problem-date = Write the date as 2030-01-31 (year, month, day).
manifest-problem-expired = The document ends before the bus arrives. The person needs a valid document to cross.
manifest-problem-address = Write where in the United States this person will stay (street, city, state), since they do not live there.
manifest-problem-line = This line cannot be read: check its commas and quotation marks.
manifest-problem-empty = The file has no people. Add one line per person under the column names.
manifest-problem-no-file = Choose the CSV file of the people on the bus.
manifest-problem-no-driver = No driver is stored: add the driver's line (role driver).
manifest-problem-trip-id = Write your trip number: up to 64 letters, digits, dots, dashes or underscores.
manifest-problem-plate = Write the bus's licence plate: letters, digits, spaces or dashes.
manifest-problem-bus-number = Write the bus's number, up to 20 characters.
manifest-problem-origin = Write the city the trip starts from.
manifest-problem-port = Choose one of Garita's ports.
manifest-problem-arrival = Write the expected arrival as a day and a time.
manifest-problem-arrival-range = The arrival must be from a day ago to a year ahead.
