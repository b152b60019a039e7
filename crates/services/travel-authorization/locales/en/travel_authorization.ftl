## Advance travel authorization: programmes, what is wrong in a filing or a confirmation, the messages, and the signed authorization.

ta-programme-chnv = Parole for Cubans, Haitians, Nicaraguans and Venezuelans
ta-programme-u4u = Uniting for Ukraine
ta-programme-frp = Family reunification parole

ta-attest-truthful = Everything I confirm here is true and complete, to the best of my knowledge.
ta-attest-vaccinations = I will have the vaccinations the programme asks for before I travel.
ta-attest-own-travel = I will arrange and pay for my own flight to the United States.

ta-beneficiaries-count = A filing is for 1 to 10 people. Add someone, or file again for the others.
ta-nationality-not-in-programme = This programme is for other nationalities. Choose the programme for this person's nationality.
ta-guardian-needed = A person under 18 travels under a parent or guardian. Add that adult to this filing and give their number in the list.
ta-state-unknown = Choose the U.S. state or territory where you live.
ta-support-needed = To file, you must agree to support the people you name financially while they are in the United States.
ta-consent-needed = To file, please agree to how what you type is used. Nothing was saved.
ta-attestation-needed = Please answer each statement. If you cannot agree to one, ask a legal help organisation before you go on.
ta-mrz-birth-differs = The date of birth in the lines at the bottom of the passport is not the one above. Correct the date of birth above, or check the lines.
ta-passport-expired = This passport has expired. Travel needs a valid passport: renew it, then come back to confirm.
ta-position-needed = This programme records the country you are in when you confirm. Let the page use your location, then send again.

ta-status = { $status ->
    [invited] Waiting for the person to confirm
    [confirmed] Confirmed: waiting for a decision
    [authorized] Authorized to travel
    [not-authorized] Not authorized
    [expired] Expired
    [arrived] Arrived: parole recorded
   *[other] In progress
}

ta-invited-v1-subject = Garita: someone in the United States asked for your travel authorization
ta-invited-v1-body = A supporter in the United States filed case { $reference } for you. To go on, you confirm your details, your passport and a photo on Garita before { $until }.
ta-invited-v1-next = Open Garita, sign in or create an account, and type this code: { $code }. Nobody from Garita will ever ask you to pay for it.
ta-invited-v1-sms = Garita: case { $reference } was filed for you. Code { $code }, before { $until }: { $link }
ta-decided-v1-subject = Garita: a decision on case { $reference }
ta-decided-v1-body = { $status ->
    [authorized] { $given } is authorized to travel by air to the United States. Authorization { $number } is valid until { $until }.
   *[other] { $given } is not authorized to travel under this case. The decision does not give reasons.
}
ta-decided-v1-next = { $status ->
    [authorized] The authorization and its QR code are on Garita. Show them when you board and at the port of arrival.
   *[other] Your Garita page shows the decision. A legal help organisation can tell you what else you may do.
}
ta-decided-v1-sms = { $status ->
    [authorized] Garita: { $given } is authorized to travel, until { $until }: { $link }
   *[other] Garita: a decision was made on case { $reference }: { $link }
}
ta-extended-v1-subject = Garita: authorization { $number } was extended
ta-extended-v1-body = The authorization of { $given } is now valid until { $until }.
ta-extended-v1-next = The QR code on Garita shows the new date. This programme allows no further extension.
ta-extended-v1-sms = Garita: authorization { $number } is now valid until { $until }: { $link }
ta-expired-v1-subject = Garita: case { $reference } expired for { $given }
ta-expired-v1-body = { $status ->
    [authorized] The authorization of { $given } ended unused on { $until }.
   *[other] { $given } did not confirm in time, so this part of case { $reference } expired.
}
ta-expired-v1-next = A supporter can file again while the programme is open.
ta-expired-v1-sms = Garita: case { $reference } expired for { $given }: { $link }

ta-check-genuine = Genuine: travel authorization { $number } for { $initials }, born in { $year }, passport of { $country }, valid until { $until }.
ta-check-used = This travel authorization ({ $number }) was genuine, and it has been used: the person arrived and an officer recorded the parole.
ta-check-expired = This travel authorization ({ $number }) was genuine, but it ended on { $until }.
ta-check-gone = This travel authorization ({ $number }) was signed by Garita, but it is no longer kept.
