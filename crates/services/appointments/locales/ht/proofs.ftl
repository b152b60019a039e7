### Checking a confirmation (/verify).

check-empty = Poko gen anyen pou verifye: kole liy ki anba kòd QR konfimasyon an nan bwat la, oswa eskane kòd la, epi peze Verifye.
