# Registrations: the travellers of a group and their details: Haitian Creole (Kreyòl ayisyen). Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = Sa a twò long. Tanpri, fè l pi kout.
field-characters = Tanpri, sèvi ak lèt sèlman isit la. Si sa nesesè, ou ka mete espas, tirè oswa apostwòf tou.
field-date-invalid = Dat sa a pa egziste. Verifye jou a, mwa a ak ane a.
field-date-future = Dat sa a poko rive. Verifye ane a.
field-date-too-old = Dat sa a gen plis pase 120 ane. Verifye ane a.
field-country-unknown = Tanpri, chwazi yon peyi nan lis la.
field-height-range = Wotè sa a pa sanble bon. Ekri l an santimèt (pa egzanp 165), oswa an pye ak pous.
field-weight-range = Pwa sa a pa sanble bon. Ekri l an kilogram (pa egzanp 60) oswa an liv.
field-choice-unknown = Tanpri, chwazi youn nan repons yo.
field-document-format = Yon nimewo dokiman gen ant 4 ak 20 lèt ak chif. Kopye l jan li ekri sou dokiman an.
field-us-state = Tanpri, chwazi eta Etazini an nan lis la.
field-zip = Yon kòd postal (ZIP) gen 5 chif, pa egzanp 77002.

## Labels of a traveller's details

traveller-given-names = Prenon (jan yo ekri sou dokiman ou yo)
traveller-family-names = Non fanmi (jan yo ekri sou dokiman ou yo)
traveller-birth-date = Dat nesans
traveller-day = Jou
traveller-month = Mwa
traveller-year = Ane
traveller-birth-country = Peyi kote ou fèt
traveller-birth-city = Vil oswa bouk kote ou fèt
traveller-residence-country = Peyi kote ou ap viv kounye a
traveller-nationality = Nasyonalite
traveller-gender = Sèks ki ekri sou dokiman ou yo
traveller-language = Lang ou pale pi byen
traveller-height = Wotè
traveller-height-cm = Santimèt
traveller-height-feet = Pye
traveller-height-inches = Pous
traveller-weight = Pwa
traveller-weight-kg = Kilogram
traveller-weight-lb = Liv
traveller-eyes = Koulè je
traveller-phone = Nimewo telefòn (ou ka kite l vid)
traveller-email = Adrès imèl (ou ka kite l vid)
traveller-home-address = Adrès kote ou te rete anvan (lari, vil, peyi)
traveller-travel-history = Peyi ou te pase sou wout ou, avèk dat yo si ou konnen yo
traveller-optional = Ou ka kite sa yo vid:
traveller-work = Travay ou te konn fè anvan
traveller-emergency-contact = Yon moun pou rele si gen ijans (non ak telefòn)
traveller-family = Manm fanmi ki pa nan gwoup sa a
traveller-marital = Eta sivil
traveller-document = Dokiman idantite
traveller-document-kind = Ki kalite dokiman
traveller-document-country = Peyi ki te bay li
traveller-document-number = Nimewo dokiman an

## Choices

gender-female = Fi
gender-male = Gason
gender-another = Lòt
eyes-brown = Mawon
eyes-black = Nwa
eyes-hazel = Mawon klè
eyes-green = Vèt
eyes-blue = Ble
eyes-grey = Gri
eyes-other = Lòt koulè
marital-single = Selibatè
marital-married = Marye
marital-partner = Plase (ap viv ak yon konpayon)
marital-divorced = Divòse
marital-widowed = Vèv
document-passport = Paspò
document-national-id = Kat idantite nasyonal
document-birth-certificate = Ak nesans
document-other = Lòt dokiman

## The group's destination

us-address-title = Kote ou pral rete Ozetazini
us-address-help = Tout moun nan gwoup la ap ale nan adrès sa a.
us-address-street = Lari ak nimewo
us-address-city = Vil
us-address-state = Eta
us-address-zip = Kòd postal (ZIP)
