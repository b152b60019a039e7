## रिकॉर्ड के रूप में संगठन: प्रोग्राम एडमिन सूची सँभालते हैं; किसी संगठन के एडमिन उसके मददगारों को सँभालते हैं।

role-organization-admin = संगठन एडमिन
organizations-title = संगठनों की सूची
organizations-intro = वे संगठन जिनके लिए स्टाफ़ काम करता है। मददगार, पर्यवेक्षक, साथी वेरिफ़ायर या संगठन एडमिन को सिर्फ़ इसी सूची का कोई संगठन दिया जा सकता है।
organizations-name = नाम
organizations-kind = प्रकार
organizations-city = शहर
organizations-contact = लोग इससे कैसे संपर्क करें
organizations-contact-help = कोई सार्वजनिक पता, फ़ोन नंबर या दफ़्तर का समय, जैसा मदद डायरेक्टरी में दिखता है।
organizations-kind-helpers = शेल्टर या क़ानूनी मदद देने वाला समूह (मददगार)
organizations-kind-partner = अपॉइंटमेंट की पुष्टि जाँचने वाला साथी संगठन
organizations-kind-observer = ड्रॉ पर नज़र रखने वाला संगठन
organizations-kind-carrier = बस कंपनी
organizations-kind-broker = सीमा शुल्क एजेंट
organizations-kind-importer = आयातक
organizations-add = संगठन जोड़ें
organizations-added = संगठन जुड़ गया। अब आप उसके लोगों के खाते बना सकते हैं।
organizations-incomplete = सभी ख़ाने भरें (हर ख़ाने में ज़्यादा से ज़्यादा 100 अक्षर) और एक प्रकार चुनें।
organizations-taken = इस नाम का संगठन पहले से है। कुछ नहीं जोड़ा गया।
organization-title = आपके संगठन के मददगार
organization-intro = { $organization } के मददगार। ऐसे किसी व्यक्ति को जोड़ें जो लोगों की आमने-सामने मदद करता है, या ऐसे व्यक्ति को हटाएँ जो अब ऐसा नहीं करता: उसके सत्र तुरंत ख़त्म हो जाते हैं।
organization-no-helpers = अभी कोई मददगार नहीं है।
organization-remove = इस मददगार को हटाएँ
organization-removed = मददगार हटा दिया गया: उसके सत्र ख़त्म हो गए और वह अब साइन इन नहीं कर सकता।
organization-add = मददगार जोड़ें
staff-accounts-organization-unknown = इस नाम का कोई संगठन नहीं है। पहले इसे संगठनों की सूची में जोड़ें, या स्पेलिंग जाँचें।
