## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = बस यात्रियों के मैनिफ़ेस्ट
manifests-about = बस कंपनियाँ यहाँ हर बस में सवार लोगों की सूची बस के किसी स्थल बंदरगाह पर पहुँचने से पहले भेजती हैं, और बस पहुँचने तक उसे सुधार या रद्द कर सकती हैं। Garita का उपयोग करने वाली बस कंपनी के कर्मचारी अपनी कंपनी के खाते से साइन इन करते हैं।
manifests-about-signin = अपनी कंपनी के खाते से साइन इन करें
manifests-intro = { $carrier } की हर ट्रिप, बस के पोर्ट पहुँचने से पहले भेजें: ट्रिप की जानकारी और एक CSV फ़ाइल, जिसमें ड्राइवर और हर यात्री हो, हर लाइन में एक व्यक्ति। जिस लाइन में ग़लती हो, वह आपको बताई जाती है ताकि आप उसे ठीक कर सकें; बाक़ी लाइनें सेव हो जाती हैं।
manifests-template = CSV की पहली लाइन डाउनलोड करें (कॉलम के नाम)
manifests-send = मैनिफ़ेस्ट भेजें
manifests-trip-id = आपका ट्रिप नंबर
manifests-trip-id-help = इस ट्रिप के लिए आपका अपना नंबर: अक्षर, अंक, बिंदु, डैश। मैनिफ़ेस्ट ठीक करने के लिए वही नंबर फिर से भेजें।
manifests-plate = बस की नंबर प्लेट
manifests-bus-number = बस नंबर
manifests-origin = ट्रिप कहाँ से शुरू होती है (शहर)
manifests-port = पहुँचने का पोर्ट
manifests-arrives = पहुँचने का अनुमानित समय, पोर्ट के स्थानीय समय में
manifests-arrives-help = दिन और समय, जैसे 2027-03-01 14:30।
manifests-file = बस में सवार लोगों की CSV फ़ाइल
manifests-file-help = हर व्यक्ति के लिए एक लाइन, कॉलम के नामों से शुरू करके। तारीख़ें 2027-03-01 की तरह; देश दो अक्षरों में (MX, GT, US)।
manifests-trips = आपकी ट्रिप
manifests-none = अभी तक कोई ट्रिप नहीं भेजी गई।
manifests-trip-line = { $trip }, { $port } के लिए, { $when }: { $status }, { $people ->
    [one] { $people } व्यक्ति
   *[other] { $people } लोग
}
manifests-status-expected = अपेक्षित
manifests-status-arrived = पहुँच गई
manifests-status-cancelled = रद्द
manifests-trip-title = ट्रिप का मैनिफ़ेस्ट
manifests-trip-facts = { $carrier } की ट्रिप { $trip }, { $port } के लिए, अनुमानित पहुँच { $when }। बस { $bus }, नंबर प्लेट { $plate }, { $origin } से।
manifests-trip-state = स्थिति: { $status }। { $people ->
    [one] { $people } व्यक्ति सेव हुआ
   *[other] { $people } लोग सेव हुए
}, वर्शन { $version }।
manifests-created = मैनिफ़ेस्ट सेव हो गया है, इसमें { $people ->
    [one] { $people } व्यक्ति है
   *[other] { $people } लोग हैं
}।
manifests-corrected = मैनिफ़ेस्ट ठीक कर दिया गया है: अब इसमें { $people ->
    [one] { $people } व्यक्ति है
   *[other] { $people } लोग हैं
}।
manifests-unchanged = यह पहले से सेव मैनिफ़ेस्ट जैसा ही है: कुछ नहीं बदला ({ $people ->
    [one] { $people } व्यक्ति
   *[other] { $people } लोग
})।
manifests-fix-title = ठीक करने वाली लाइनें
manifests-fix-help = ये लाइनें सेव नहीं हुईं। इन्हें अपनी फ़ाइल में ठीक करें और पूरी ट्रिप उसी ट्रिप नंबर के साथ फिर से भेजें: मैनिफ़ेस्ट बदल दिया जाएगा।
manifests-problem-row = लाइन { $line }, { $field }: { $problem }
manifests-problem-trip = ट्रिप, { $field }: { $problem }
manifests-trip-wrong = ट्रिप की जानकारी ठीक करनी है: कुछ भी सेव नहीं हुआ। नीचे बताए गए फ़ील्ड ठीक करें और फिर से भेजें।
manifests-ended = इस ट्रिप की बस पहुँच चुकी है या ट्रिप रद्द हो गई है: इसका मैनिफ़ेस्ट अब नहीं बदलता। नए ट्रिप नंबर के साथ नई ट्रिप भेजें।
manifests-busy = यह ट्रिप उसी समय किसी और जगह से भी भेजी जा रही थी। इसे फिर से भेजें।
manifests-correct = यह मैनिफ़ेस्ट ठीक करें
manifests-correct-help = पूरी ठीक की गई फ़ाइल के साथ ट्रिप फिर से भेजें: बस के पहुँचने तक यह सेव की गई जानकारी की जगह ले लेती है।
manifests-cancel = यह ट्रिप रद्द करें
manifests-cancel-help = अगर बस नहीं जाएगी, तो ट्रिप रद्द करें: फिर पोर्ट उसका इंतज़ार नहीं करेगा।
manifests-back = आपकी सभी ट्रिप
manifests-board-title = पोर्ट पर आने वाली बसें
manifests-board-intro = { $port } पर 12 घंटे पहले से 2 दिन आगे तक आने वाली बसें, और उनकी बस कंपनियों ने कितने लोगों की जानकारी भेजी है। हर बार मैनिफ़ेस्ट खोलना ऑडिट लॉग में दर्ज होता है।
manifests-board-none = कोई बस आने वाली नहीं है।
manifests-board-when = अनुमानित पहुँच
manifests-board-carrier = बस कंपनी
manifests-board-bus = बस
manifests-board-origin = कहाँ से
manifests-board-people = लोग
manifests-board-status = स्थिति
manifests-board-open = बस { $bus } ({ $carrier }) का मैनिफ़ेस्ट खोलें
manifests-board-back = बोर्ड पर वापस जाएँ
manifests-open-title = बस का मैनिफ़ेस्ट
manifests-mark-arrived = बस को पहुँची हुई दर्ज करें
manifests-arrived = बस पहुँची हुई दर्ज हो गई है। इसका मैनिफ़ेस्ट अब नहीं बदलता, और रखने की अवधि ख़त्म होने पर इसमें सवार लोगों की जानकारी मिटा दी जाती है।
manifests-purged = रखने की अवधि ख़त्म हो गई: इस बस में सवार लोगों की जानकारी मिटा दी गई।
manifests-people = बस में सवार लोग
manifests-col-line = लाइन
manifests-col-role = भूमिका
manifests-col-name = नाम
manifests-col-born = जन्म
manifests-col-sex = लिंग
manifests-col-citizenship = नागरिकता
manifests-col-document = दस्तावेज़
manifests-col-expiry = कब तक मान्य
manifests-col-address = अमेरिका में पता
manifests-role-driver = ड्राइवर
manifests-role-passenger = यात्री
manifests-document-passport = पासपोर्ट
manifests-document-passport-card = पासपोर्ट कार्ड
manifests-document-border-crossing-card = बॉर्डर क्रॉसिंग कार्ड
manifests-document-permanent-resident-card = स्थायी निवासी कार्ड
manifests-document-trusted-traveler-card = भरोसेमंद यात्री कार्ड

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = driver या passenger लिखें।
manifest-problem-name = नाम वैसे ही लिखें जैसे दस्तावेज़ पर है, ज़्यादा से ज़्यादा 100 अक्षर।
manifest-problem-birth-date = जन्म की तारीख़ 1990-04-02 की तरह लिखें (साल, महीना, दिन)।
manifest-problem-sex = F, M या X लिखें।
manifest-problem-country = देश उसके दो अक्षरों वाले कोड से लिखें, जैसे MX, GT या US।
manifest-problem-document-type = passport, passport-card, border-crossing-card, permanent-resident-card या trusted-traveler-card लिखें।
manifest-problem-document-number = दस्तावेज़ का नंबर लिखें: 5 से 20 अक्षर और अंक, बिना स्पेस के।
manifest-problem-date = तारीख़ 2030-01-31 की तरह लिखें (साल, महीना, दिन)।
manifest-problem-expired = दस्तावेज़ की मियाद बस के पहुँचने से पहले ख़त्म हो जाती है। सीमा पार करने के लिए इस व्यक्ति को एक मान्य दस्तावेज़ चाहिए।
manifest-problem-address = लिखें कि यह व्यक्ति अमेरिका में कहाँ ठहरेगा (सड़क, शहर, राज्य), क्योंकि वह वहाँ नहीं रहता।
manifest-problem-line = यह लाइन पढ़ी नहीं जा सकती: इसके कॉमा और उद्धरण चिह्न जाँचें।
manifest-problem-empty = फ़ाइल में कोई व्यक्ति नहीं है। कॉलम के नामों के नीचे हर व्यक्ति के लिए एक लाइन जोड़ें।
manifest-problem-no-file = बस में सवार लोगों की CSV फ़ाइल चुनें।
manifest-problem-no-driver = कोई ड्राइवर सेव नहीं है: ड्राइवर की लाइन जोड़ें (role driver)।
manifest-problem-trip-id = अपना ट्रिप नंबर लिखें: ज़्यादा से ज़्यादा 64 अक्षर, अंक, बिंदु, डैश या अंडरस्कोर।
manifest-problem-plate = बस की नंबर प्लेट लिखें: अक्षर, अंक, स्पेस या डैश।
manifest-problem-bus-number = बस का नंबर लिखें, ज़्यादा से ज़्यादा 20 अक्षर।
manifest-problem-origin = वह शहर लिखें जहाँ से ट्रिप शुरू होती है।
manifest-problem-port = Garita के पोर्ट में से एक चुनें।
manifest-problem-arrival = अनुमानित पहुँच दिन और समय के रूप में लिखें।
manifest-problem-arrival-range = पहुँचने का समय एक दिन पहले से लेकर एक साल आगे तक के बीच होना चाहिए।
