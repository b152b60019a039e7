### Checking a confirmation (/verify).

check-empty = Nothing to check yet: paste the line under the confirmation's QR code in the box, or scan the code, then press Check.
