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

## Agricultural and biological declarations (`/inspections/declarations`), the port's pages, the message.

declarations-title = Declare plants, food and animals
declarations-about = Before you arrive at a port, by land or by air, you can declare here the plants, seeds, soil, food from animals, live animals or biological samples you bring, with their permits. An agriculture specialist of the port decides before you arrive, and you read why in your language. Sign in or create an account to declare.
declarations-signin = Sign in
declarations-signup = Create an account
declarations-intro = Say where and when you arrive, what you bring, and its permits with a scan of each (a PDF or a photo). Soil, live animals and biological samples need a permit.
declarations-send = Send the declaration
declarations-port = Port of arrival
declarations-port-land-crossing = land crossing
declarations-port-airport = airport
declarations-arrives = Day you arrive
declarations-travel = Flight or vehicle
declarations-travel-help = The flight number, or your vehicle's licence plate.
declarations-item = Item { $line }
declarations-kind = What it is
declarations-kind-plants = Plants or cuttings
declarations-kind-seeds = Seeds or bulbs
declarations-kind-soil = Soil
declarations-kind-animal-products = Food from animals (meat, cheese, eggs)
declarations-kind-live-animals = Live animals
declarations-kind-biological-specimens = Biological samples
declarations-description = Description
declarations-quantity = How much
declarations-quantity-help = For example 2 kg, or 12 bulbs.
declarations-origin = Country it comes from
declarations-origin-help = Two letters, for example MX or GT.
declarations-permit = Permit { $line }
declarations-issuer = Who issued it
declarations-permit-number = Permit number
declarations-expiry = Valid until
declarations-scan = Scan or photo of the permit
declarations-scan-help = A PDF, JPEG or PNG file of at most 5 MB.
declarations-fields-wrong = Some answers need a change. Each one is marked below with what to do; nothing was sent.
declarations-mine = Your declarations
declarations-none = No declarations yet.
declarations-one-title = Declaration
declarations-facts = Arriving at { $port } on { $day }: { $items ->
    [one] one item
   *[other] { $items } items
}, { $permits ->
    [0] no permit.
    [one] one permit.
   *[other] { $permits } permits.
}
declarations-status-declared = Waiting for the specialist's decision.
declarations-status-allowed = Allowed: you may bring it in.
declarations-status-allowed-after-treatment = Allowed after treatment at the port.
declarations-status-secondary = Bring it to the secondary inspection when you arrive.
declarations-status-refused = Refused: it may not enter.
declarations-status-withdrawn = Withdrawn.
declarations-reasons = Reasons
declarations-reason-permit-in-order = The permit is in order.
declarations-reason-no-permit = This needs a permit, and none came with it.
declarations-reason-pest-risk = It may carry pests.
declarations-reason-disease-risk = It may carry a disease.
declarations-reason-prohibited-origin = It may not come from that country.
declarations-reason-needs-examination = A specialist has to look at it.
declarations-declared = What you declared
declarations-travel-said = Flight or vehicle: { $travel }.
declarations-permit-said = Permit { $number } from { $issuer }, valid until { $expiry }.
declarations-withdraw = Withdraw this declaration
declarations-withdraw-help = If you no longer bring these items, withdraw the declaration.
declarations-back = Back to your declarations
declarations-decided = This declaration already has its decision or was withdrawn: it no longer changes. Reload the page to see it.
declarations-day-title = Declarations of the day
declarations-day-none = No declarations for this day.
declarations-scan-open = Open the scan of permit { $line }
declarations-decide = Decide
declarations-decision = Decision
declarations-decided-done = The decision is recorded and the person is told.
declarations-problem-port = Choose one of the ports in the list.
declarations-problem-arrival = Write the day you arrive, from today to a year ahead, for example 2027-03-01.
declarations-problem-travel = Write the flight number or your vehicle's plate.
declarations-problem-no-item = Add at least one item.
declarations-problem-too-many = There are too many. Send at most 20 items and 5 permits in one declaration.
declarations-problem-kind = Choose what it is.
declarations-problem-description = Describe it in a few words.
declarations-problem-quantity = Say how much, for example 2 kg.
declarations-problem-origin = Write the country as two letters, for example MX.
declarations-problem-issuer = Write who issued the permit.
declarations-problem-permit-number = Write the permit's number.
declarations-problem-expiry = Write the day the permit ends, for example 2027-06-30.
declarations-problem-permit-expired = This permit ends before you arrive. Ask its issuer for a new one, or arrive before it ends.
declarations-problem-scan-missing = Add a scan or a photo of the permit.
declarations-problem-scan-size = This file is over 5 MB. Scan it again at a lower resolution, or take a smaller photo.
declarations-problem-scan-type = This file is not a PDF, a JPEG or a PNG. Save the scan in one of those formats.
declarations-problem-permit-needed = Soil, live animals and biological samples need a permit: add it with its scan.
declarations-problem-decision = Choose the decision.
declarations-problem-reasons = Choose at least one reason.

declaration-decided-v1-subject = Your declaration for { $port }: { $status ->
    [allowed] allowed
    [allowed-after-treatment] allowed after treatment
    [secondary] secondary inspection
   *[refused] refused
}
declaration-decided-v1-body = An agriculture specialist decided on what you declared for your arrival at { $port } on { $day }: { $status ->
    [allowed] you may bring it in.
    [allowed-after-treatment] it is allowed after treatment at the port.
    [secondary] bring it to the secondary inspection when you arrive.
   *[refused] it may not enter. Do not bring it, or leave it at the port.
}
declaration-decided-v1-next = Open your declaration to read the reasons.
declaration-decided-v1-sms = Garita: your declaration for { $port } on { $day }: { $status ->
    [allowed] allowed
    [allowed-after-treatment] allowed after treatment
    [secondary] go to secondary inspection
   *[refused] refused
}.
