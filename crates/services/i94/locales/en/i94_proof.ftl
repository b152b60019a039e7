## Provisional I-94: its signed proof (a QR code and its text), as /verify and the officer check it.

i94-proof = Show this QR code at { $port }, or the number above. Anyone can check it at /verify, even without a connection. It holds no personal data.
i94-check-genuine = Genuine: provisional I-94 { $number }, for arrival at { $port }, valid until { $until }.
i94-check-decided = This provisional I-94 ({ $number }) was genuine, but it has been used: an officer decided at the port. Ask the traveller for the decision they were given.
i94-check-expired = This provisional I-94 ({ $number }) was genuine, but it expired unused ({ $until }). The traveller can apply again on Garita's I-94 page.
i94-check-gone = This provisional I-94 ({ $number }) was signed by Garita, but it is no longer kept. The traveller can apply again on Garita's I-94 page.
i94-staff-number-help = You can also scan the traveller's QR code, or paste its text.
i94-staff-not-genuine = Garita did not sign this code. Ask the traveller for their provisional number, or find them by name and date of birth below.
