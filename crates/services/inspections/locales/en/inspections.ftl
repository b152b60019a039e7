## Perishable-cargo inspections: a broker's pages (`/inspections`), the port's day, the message.

inspections-title = Cargo inspections
inspections-about = Customs brokers and importers book here an inspection of perishable cargo (fruit, vegetables, flowers, plants) at a port, and read the agriculture specialist's result. The people who work for a broker or importer that uses Garita sign in with their company's account.
inspections-about-signin = Sign in with your company's account
inspections-intro = Ask for an inspection for { $organization }: the shipment's documents, each commodity, and when you would like it. You get the first slot of that day, at or after that time, that still has room.
inspections-ask = Book the inspection
inspections-choose = Choose one
inspections-port = Port
inspections-wished = When you would like the inspection, in the port's local time
inspections-wished-help = Day and time, for example 2027-03-01 09:00.
inspections-entry = Entry number
inspections-entry-help = The filer code, 7 digits and the check digit, for example ABC-1234567-8.
inspections-document = Transport document
inspections-document-bill-of-lading = Bill of lading
inspections-document-air-waybill = Air waybill
inspections-transport-number = Transport document number
inspections-transport-number-help = A bill of lading: 4 to 35 letters and digits. An air waybill: 11 digits, for example 020-12345675.
inspections-importer-name = Importer of record
inspections-importer-number = Importer of record number
inspections-importer-number-help = The IRS number (12-3456789, with its 2-character suffix if it has one) or the number CBP assigned (YYDDPP-NNNNN).
inspections-conveyance = Truck plate or flight
inspections-conveyance-help = The truck's licence plate, or the flight for air cargo.
inspections-containers = Container numbers
inspections-containers-help = One per line, for example CSQU3054383. Leave it empty for a truck without a container.
inspections-location = Where the goods stand
inspections-commodity = Commodity { $line }
inspections-hts = HTS code
inspections-hts-help = The 10-digit code of the entry, for example 0702.00.2000.
inspections-description = Description
inspections-quantity = Quantity
inspections-unit = Unit
inspections-unit-kg = kilograms
inspections-unit-lb = pounds
inspections-unit-t = tonnes
inspections-unit-cartons = cartons
inspections-unit-boxes = boxes
inspections-unit-pallets = pallets
inspections-unit-pieces = pieces
inspections-packaging = Packaging
inspections-packaging-cartons = Cartons
inspections-packaging-crates = Crates
inspections-packaging-bins = Bins
inspections-packaging-pallets = Pallets
inspections-packaging-sacks = Sacks
inspections-packaging-bulk = Bulk
inspections-fields-wrong = Some answers need a change. Each one is marked below with what to do; nothing was booked.
inspections-full = No slot has room at that port on that day, at or after that time. Choose one of the free slots below, or another day.
inspections-free-title = Free slots in the next 7 days
inspections-free-none = No free slots in the next 7 days at this port. Try another port, or ask again later: the port opens more slots.
inspections-requests = Your requests
inspections-requests-none = No requests yet.
inspections-request-line = Entry { $entry } at { $port }, { $when }: { $status }
inspections-request-title = Cargo inspection
inspections-booked-next = Booked. Have the goods and their documents where you said, at the slot's time. You will be told of each result.
inspections-missed-next = The slot passed without the goods being inspected, so this request has ended. To have them inspected, book a new slot.
inspections-ask-again = Book a new slot
inspections-facts = Entry { $entry } at { $port }, slot of { $when }; { $commodities ->
    [one] one commodity
   *[other] { $commodities } commodities
}.
inspections-status-booked = Booked
inspections-status-released = Released: the goods may go on.
inspections-status-hold = On hold for treatment.
inspections-status-re-export = To be re-exported: the goods may not enter.
inspections-status-destroy = To be destroyed: the goods may not enter.
inspections-status-missed = Missed: the slot passed.
inspections-status-cancelled = Cancelled.
inspections-status-with-treatment = { $status } Treatment: { $treatment }.
inspections-treatment = Treatment
inspections-treatment-fumigation = fumigation
inspections-treatment-cold = cold treatment
inspections-treatment-heat = heat treatment
inspections-treatment-irradiation = irradiation
inspections-treatment-cleaning = cleaning
inspections-treatment-help = Only for a hold: the treatment the goods need before they are released.
inspections-changes = What happened
inspections-changes-none = Nothing yet since the booking.
inspections-change = { $when }: { $status }
inspections-note-said = Note: { $note }
inspections-shipment = The shipment
inspections-shipment-facts = { $document } { $number }. Importer of record: { $importer } ({ $importer_number }). Conveyance: { $conveyance }. The goods stand at: { $location }.
inspections-shipment-containers = { $count ->
    [0] No container.
    [one] One container: { $containers }.
   *[other] { $count } containers: { $containers }.
}
inspections-cancel = Cancel this inspection
inspections-cancel-help = If the goods will not come, cancel the inspection: its place goes to someone else.
inspections-cancelled = The inspection is cancelled.
inspections-back = Back to your requests
inspections-ended = This inspection already has its result, was missed or was cancelled: it no longer changes. Reload the page to see where it stands.
inspections-problem-line = Line { $line }: { $problem }
inspections-problem-port = Choose one of the ports in the list.
inspections-problem-wished = Write the day and time, for example 2027-03-01 09:00.
inspections-problem-wished-past = That moment has passed. Choose a day and time ahead.
inspections-problem-entry = Write the entry number as the filer code, 7 digits and the check digit, for example ABC-1234567-8.
inspections-problem-document = Choose a bill of lading or an air waybill.
inspections-problem-bol = Write the bill of lading's number: 4 to 35 letters and digits.
inspections-problem-awb = Check the air waybill: 11 digits, whose last is the check digit of the 7 before it. Copy it again from the waybill.
inspections-problem-importer-name = Write the importer of record's name.
inspections-problem-importer-number = Write the importer of record number as 12-3456789 (with its suffix if it has one) or as YYDDPP-NNNNN.
inspections-problem-conveyance = Write the truck's plate or the flight.
inspections-problem-location = Say where the goods stand: a dock, a bay or a warehouse.
inspections-problem-container = Check this container number: 4 letters (the last U, J or Z), 6 digits and the check digit. Its check digit does not match; copy it again from the container.
inspections-problem-no-commodity = Add at least one commodity.
inspections-problem-too-many = There are too many. Send at most 50 commodities and 20 containers in one request.
inspections-problem-hts = Write the 10-digit HTS code, for example 0702.00.2000.
inspections-problem-description = Describe the goods in a few words.
inspections-problem-quantity = Write a number above zero, for example 1200 or 12.5.
inspections-problem-unit = Choose the unit.
inspections-problem-packaging = Choose the packaging.
inspections-problem-result = Choose the result.
inspections-problem-treatment = A hold needs its treatment: choose one.
inspections-problem-note = Shorten the note to 1,000 characters or fewer.
inspections-problem-day = Write the day as 2027-03-01.
inspections-day-title = Cargo inspections of the day
inspections-day-intro = { $port }, { $day }.
inspections-day = Day
inspections-day-show = Show the day
inspections-slots = Slots
inspections-slots-none = No slot is open for cargo inspections on this day.
inspections-slot = Slot
inspections-capacity = Inspections per slot
inspections-booked-count = Booked
inspections-day-requests = Inspections
inspections-day-line = { $when }: { $organization }, entry { $entry }, { $commodities ->
    [one] one commodity
   *[other] { $commodities } commodities
}. { $status }
inspections-day-back = Back to the day
inspections-capacity-title = Open slots
inspections-capacity-intro = Set how many inspections each slot takes, from a first to a last slot, on one day or several. Brokers book them first come, first served; 0 closes a slot to new bookings (those booked stay).
inspections-capacity-from = First day
inspections-capacity-days = Days
inspections-capacity-days-help = From 1 to { $max }.
inspections-capacity-first = First slot
inspections-capacity-last = Last slot
inspections-capacity-help = From 0 to 100.
inspections-capacity-set = Set the capacity
inspections-capacity-done = { $slots ->
    [one] One slot now takes
   *[other] { $slots } slots now take
} { $capacity ->
    [one] one inspection.
   *[other] { $capacity } inspections each.
}
inspections-capacity-wrong = Check the form: a day from today on, 1 to { $max_days } days, a first slot not after the last, and 0 to { $max } inspections.
inspections-open-title = Cargo inspection
inspections-requested-by = Asked for by { $organization }.
inspections-result-title = Record the result
inspections-result = Result
inspections-note = Note for the broker
inspections-note-help = What the broker needs to know: what was found, what to do next.
inspections-result-record = Record the result
inspections-result-done = The result is recorded and the broker is told.

inspection-changed-v1-subject = Cargo inspection of entry { $entry }: { $status ->
    [booked] booked
    [released] released
    [hold] on hold
    [re-export] re-export
    [destroy] destroy
    [missed] slot missed
   *[cancelled] cancelled
}
inspection-changed-v1-body = The cargo inspection of entry { $entry } at { $port }, slot of { $when }: { $status ->
    [booked] it is booked.
    [released] the goods are released and may go on.
    [hold] the goods are on hold until they are treated ({ $treatment ->
        [fumigation] fumigation
        [cold] cold treatment
        [heat] heat treatment
        [irradiation] irradiation
        [cleaning] cleaning
       *[other] a treatment
    }).
    [re-export] the goods may not enter and must be re-exported.
    [destroy] the goods may not enter and must be destroyed.
    [missed] the slot passed without the goods being inspected, so the request has ended.
   *[cancelled] the inspection was cancelled.
}
inspection-changed-v1-next = { $status ->
    [missed] To have the goods inspected, book a new slot.
   *[other] Open the request to read the specialist's note.
}
inspection-changed-v1-sms = Garita: entry { $entry } at { $port }: { $status ->
    [booked] booked
    [released] released
    [hold] on hold
    [re-export] re-export
    [destroy] destroy
    [missed] slot missed, book again
   *[cancelled] cancelled
}.
