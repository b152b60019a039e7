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

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = बस कंपनियाँ, सीमा शुल्क एजेंट और आयातक: Garita से जुड़ें
joining-title = बस कंपनी, सीमा शुल्क एजेंट या आयातक के रूप में Garita से जुड़ें
joining-intro = बस कंपनियाँ किसी सीमा चौकी पर पहुँचने से पहले अपने यात्रियों की सूची भेजती हैं; सीमा शुल्क एजेंट और आयातक माल की जाँच का अनुरोध करते हैं। हमें बताएँ कि आप कौन हैं। एक प्रोग्राम एडमिन आपका अनुरोध जाँचता है, और जो व्यक्ति आपके संगठन का खाता चलाएगा, उसे खाता सेट करने के लिंक के साथ एक ई-मेल मिलता है।
joining-email = उस व्यक्ति का ई-मेल जो आपका खाता चलाएगा
joining-email-help = उन्हें पासवर्ड बनाने और ऑथेंटिकेटर ऐप सेट करने का लिंक मिलेगा। इस ई-मेल पते पर पहले से कोई Garita खाता नहीं होना चाहिए।
joining-submit = अनुरोध भेजें
joining-received = धन्यवाद। आपका अनुरोध मिल गया है: किसी प्रोग्राम एडमिन के इसे देख लेने के बाद, आपका खाता चलाने वाले व्यक्ति को एक ई-मेल मिलेगा।
joining-incomplete = सभी ख़ाने भरें (हर ख़ाने में ज़्यादा से ज़्यादा 100 अक्षर), चुनें कि आपका संगठन क्या काम करता है, और ऐसा ई-मेल पता दें जो काम करता हो।
joining-requests-title = जुड़ने का अनुरोध करने वाले संगठन
joining-requests-none = कोई संगठन इंतज़ार नहीं कर रहा है।
joining-request = { $name } ({ $kind }), { $city }। संपर्क: { $contact }। अनुरोध { $when } को किया गया।
joining-decision = फ़ैसला
joining-approve = मंज़ूर करें: इसका रिकॉर्ड बनाएँ और इसके एडमिन का खाता सेट करें
joining-refuse = नामंज़ूर करें
joining-decide = फ़ैसला दर्ज करें
joining-choose = मंज़ूर करें या नामंज़ूर करें में से एक चुनें।
joining-approved = मंज़ूर हो गया। संगठन का रिकॉर्ड बन गया है, और उसके एडमिन को खाता सेट करने का लिंक भेज दिया गया है।
joining-refused = नामंज़ूर हो गया। अनुरोध करने वाले व्यक्ति को बता दिया गया है।
joining-gone = इस अनुरोध पर पहले ही फ़ैसला हो चुका है: कुछ नहीं बदला।
joining-conflict = कुछ नहीं बदला: इस नाम का संगठन पहले से है, या इस पते पर पहले से एक Garita खाता है। अगर ऐसा करना ठीक हो, तो संगठन और उसके एडमिन को हाथ से जोड़ें।
org-approved-v1-subject = Garita: { $organization } अब Garita इस्तेमाल कर सकता है
org-approved-v1-body = एक प्रोग्राम एडमिन ने { $organization } का अनुरोध मंज़ूर कर दिया है। इसका खाता आप चलाएँगे: पासवर्ड चुनने और ऑथेंटिकेटर ऐप सेट करने के लिए यह लिंक खोलें। यह लिंक सिर्फ़ एक बार और सीमित समय तक काम करता है।
org-approved-v1-next = फिर उन लोगों को जोड़ें जो आपके साथ काम करते हैं। अगर आपने इसके लिए नहीं कहा था, तो आप इस संदेश को अनदेखा कर सकते हैं।
org-refused-v1-subject = Garita: { $organization } का अनुरोध
org-refused-v1-body = एक प्रोग्राम एडमिन ने { $organization } का अनुरोध मंज़ूर नहीं किया। अगर आपको लगता है कि यह सही नहीं है, तो प्रोग्राम को लिखें और बताएँ कि आप कौन हैं और आपका संगठन क्या काम करता है।

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = आपके सिस्टम के लिए टोकन
organization-tokens-intro = आपके संगठन का अपना सॉफ़्टवेयर (जैसे डिस्पैच या सीमा शुल्क सिस्टम) एक टोकन के साथ Garita के API को डेटा भेजता है। हर सिस्टम के लिए एक टोकन बनाएँ, और जब उस सिस्टम को उसकी ज़रूरत न रहे, तो उसे रद्द कर दें: वह तुरंत काम करना बंद कर देता है।
organization-tokens-none = अभी कोई टोकन नहीं है।
organization-token-label = यह टोकन किस काम के लिए है
organization-token-label-help = जैसे “डिस्पैच सिस्टम”। ज़्यादा से ज़्यादा 60 अक्षर।
organization-token-make = टोकन बनाएँ
organization-token-made = टोकन ऊपर दिखाया गया है। इसे अभी अपने सिस्टम में कॉपी कर लें: यह दोबारा नहीं दिखाया जाएगा।
organization-token-incomplete = बताएँ कि टोकन किस काम के लिए है, ज़्यादा से ज़्यादा 60 अक्षरों में।
organization-token-line = { $label }: { $when } को बनाया गया।
organization-token-revoked-line = { $label }: { $when } को बनाया गया, { $revoked } को रद्द किया गया।
organization-token-revoke = यह टोकन रद्द करें
organization-token-revoked = टोकन रद्द कर दिया गया है: यह अब काम नहीं करता।
