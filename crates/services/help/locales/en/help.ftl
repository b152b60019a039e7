### The help directory.

help-title = Help near you
help-intro = Organisations that help people in person, free or at low cost: with registration, a lost account, a photo, or confirming. They can help even if you have no phone.
help-empty = No organisation is listed yet. Programme staff add them after checking them; until then, ask at a shelter you know and trust.
help-address = Address: { $address }
help-hours = Open: { $hours }
help-phone = Phone: { $phone }
help-languages = Languages spoken: { $languages }
help-free = Their help is free of charge.
help-staff-title = Help directory
help-staff-intro = Organisations listed here are shown to everyone at /help, by city. Add only organisations you have checked.
help-add = Add this organisation
help-name-label = Name of the organisation
help-city-label = City
help-address-label = Address
help-hours-label = Opening hours
help-phone-label = Phone, with the country code
help-languages-label = Languages spoken
help-free-label = Their help is free of charge
help-remove = Remove from the list
help-added = { $name } was added to the list.
help-find = Find a helper near you
