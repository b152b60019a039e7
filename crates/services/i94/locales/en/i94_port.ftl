## Provisional I-94: paying the fee at the port, for the applicant and the officer.

i94-port-reference = Your application's reference is { $reference }. To pay at the port, show it to the officer.
i94-staff-receipt-title = A fee paid at the port
i94-staff-receipt-help = When no online payment is set up, the traveller pays here. Type the reference from their application page, then record the fee once it is paid: each traveller gets a provisional number at once.
i94-staff-reference = Application reference
i94-staff-receipt = Record the fee as paid
i94-staff-receipt-done = The fee is recorded as paid. Each traveller now has a provisional number.
i94-staff-receipt-already = This application's fee was paid already. Nothing changed.
i94-staff-receipt-unknown = No unpaid application at your port has that reference (or it is paid online). Check the reference with the traveller. Nothing changed.
i94-go = Garita never sees card details: you pay on the payment service's own page, then come back here.
i94-go-link = Continue to the payment page
