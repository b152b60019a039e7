# Registrations: the travellers of a group and their details (English, the reference).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = This is too long. Please make it shorter.
field-characters = Please use only letters here, and spaces, hyphens or apostrophes if needed.
field-date-invalid = This date does not exist. Check the day, the month and the year.
field-date-future = This date is in the future. Check the year.
field-date-too-old = This date is more than 120 years ago. Check the year.
field-country-unknown = Please choose a country from the list.
field-height-range = This height does not look right. Write it in centimetres (for example 165), or in feet and inches.
field-weight-range = This weight does not look right. Write it in kilograms (for example 60) or in pounds.
field-choice-unknown = Please choose one of the answers.
field-document-format = A document number has 4 to 20 letters and numbers. Copy it from the document.
field-us-state = Please choose the U.S. state from the list.
field-zip = A ZIP code has 5 numbers, for example 77002.

## Labels of a traveller's details

traveller-given-names = Given names (as on your documents)
traveller-family-names = Family names (as on your documents)
traveller-birth-date = Date of birth
traveller-day = Day
traveller-month = Month
traveller-year = Year
traveller-birth-country = Country of birth
traveller-birth-city = City or town of birth
traveller-residence-country = Country where you live now
traveller-nationality = Nationality
traveller-gender = Sex on your documents
traveller-language = Language you speak best
traveller-height = Height
traveller-height-cm = Centimetres
traveller-height-feet = Feet
traveller-height-inches = Inches
traveller-weight = Weight
traveller-weight-kg = Kilograms
traveller-weight-lb = Pounds
traveller-eyes = Eye colour
traveller-phone = Phone number (you can leave this empty)
traveller-email = E-mail address (you can leave this empty)
traveller-home-address = Address where you lived before (street, city, country)
traveller-travel-history = Countries you passed through on your way, with dates if you know them
traveller-optional = You can leave these empty:
traveller-work = Work you did before
traveller-emergency-contact = Someone to call in an emergency (name and phone)
traveller-family = Family members who are not in this group
traveller-marital = Marital status
traveller-document = Identity document
traveller-document-kind = Kind of document
traveller-document-country = Country that gave it
traveller-document-number = Document number

## Choices

gender-female = Female
gender-male = Male
gender-another = Another
eyes-brown = Brown
eyes-black = Black
eyes-hazel = Hazel
eyes-green = Green
eyes-blue = Blue
eyes-grey = Grey
eyes-other = Other
marital-single = Single
marital-married = Married
marital-partner = Living with a partner
marital-divorced = Divorced
marital-widowed = Widowed
document-passport = Passport
document-national-id = National identity card
document-birth-certificate = Birth certificate
document-other = Other document

## The group's destination

us-address-title = Where you will stay in the United States
us-address-help = Everyone in the group goes to this address.
us-address-street = Street and number
us-address-city = City
us-address-state = State
us-address-zip = ZIP code
