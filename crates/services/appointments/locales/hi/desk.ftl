### सीमा चौकी पर: अधिकारियों का कंसोल।

desk-title = { $port } पर { $date } के अपॉइंटमेंट
desk-find = अपॉइंटमेंट ढूँढें
desk-find-label = पुष्टि नंबर, या उसके QR कोड के नीचे वाला टेक्स्ट
desk-not-found = इस सीमा चौकी पर इस नंबर का कोई अपॉइंटमेंट नहीं है। नंबर जाँचें; किसी दूसरी सीमा चौकी का अपॉइंटमेंट यहाँ नहीं दिखता।
desk-none = इस दिन कोई अपॉइंटमेंट नहीं है।
desk-row = { $time }: { $number }, { $seats ->
    [one] { $seats } जगह
   *[other] { $seats } जगहें
}, { $status }; { $arrived ->
    [0] { $arrived } लोग पहुँचे
    [one] { $arrived } व्यक्ति पहुँचा
   *[other] { $arrived } लोग पहुँचे
}।
desk-open = खोलें
desk-status-won = चुना गया, अभी पक्का नहीं हुआ
desk-status-offered = जगह दी गई, अभी पक्का नहीं हुआ
desk-status-confirmed = पक्का हो गया
desk-status-lapsed = समय पर पक्का नहीं हुआ
desk-status-cancelled = रद्द हो गया
desk-status-no-show = कोई नहीं आया
desk-intake-title = { $number }: { $port }, { $date } को { $time } बजे
desk-traveller = जन्म की तारीख़: { $born }; राष्ट्रीयता: { $nationality }; दस्तावेज़: { $document }।
desk-photo-registration = रजिस्ट्रेशन की फ़ोटो
desk-photo-live = पक्का करते समय ली गई फ़ोटो
desk-no-live = पक्का करते समय की कोई फ़ोटो नहीं है।
desk-face-distance = अपने-आप तुलना हुई: चेहरों के बीच की दूरी { $distance } है; एक ही व्यक्ति की दो फ़ोटो में यह आम तौर पर { $threshold } से कम होती है।
desk-face-not-compared = अपने-आप तुलना नहीं हुई: दोनों फ़ोटो की तुलना ख़ुद करें।
desk-face-reviewed = { $reason ->
    [liveness] समीक्षा करने वाले व्यक्ति ने यह फ़ोटो स्वीकार की: अपने-आप होने वाली जाँच ने सिर को कहे अनुसार मुड़ते नहीं देखा, या फ़ोटो उस जाँच के बिना भेजी गई।
    [compared] समीक्षा करने वाले व्यक्ति ने यह फ़ोटो स्वीकार की: अपने-आप होने वाली तुलना ने दोनों चेहरों को मिलता-जुलता नहीं पाया, या उनकी तुलना नहीं कर सकी।
   *[quality] समीक्षा करने वाले व्यक्ति ने यह फ़ोटो तब स्वीकार की जब अपने-आप होने वाली जाँच को इसे इस्तेमाल करना कठिन लगा (रोशनी, आकार या स्पष्टता)।
}
desk-outcome-none = अभी नहीं पहुँचे।
desk-until-label = पैरोल कब तक (YYYY-MM-DD; खाली छोड़ें तो: पहुँचने के दिन से दो साल)
desk-note-label = टिप्पणी
desk-corrected = सूची बंद होने के बाद सुधारा गया: { $field } पहले “{ $before }” था, अब “{ $after }” है।
desk-save = सेव करें

## Border wait times: the public page and the officers' form.
wait-title = सीमा पर इंतज़ार का समय
wait-intro = हर सीमा चौकी पर इंतज़ार का समय, जैसा उस सीमा चौकी के अधिकारियों ने दर्ज किया है, उसी सीमा चौकी के स्थानीय समय में। यही आँकड़े JSON और XML फ़ीड में भी हैं, जिनका ढाँचा CBP की Border Wait Times फ़ीड जैसा है।
wait-feed = JSON फ़ीड
wait-feed-xml = XML फ़ीड
wait-history-link = { $port } पर पिछले 7 दिन
wait-history-title = पिछले 7 दिनों में इंतज़ार का समय
wait-history-intro = { $port }: लेन खुली रहने के दौरान हर दिन दर्ज किया गया सबसे लंबा और औसत इंतज़ार। दिन उसी सीमा चौकी के स्थानीय समय से गिने गए हैं।
wait-history-none = पिछले 7 दिनों में यहाँ कुछ दर्ज नहीं हुआ।
wait-history-day = दिन
wait-history-longest = सबसे लंबा इंतज़ार
wait-history-average = औसत इंतज़ार
wait-history-posts = कितनी बार दर्ज हुआ
wait-history-minutes = { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
}
wait-history-chart = { $lane }: हर दिन का सबसे लंबा इंतज़ार, मिनटों में
wait-history-chart-desc = हर दिन की एक पट्टी, जिसकी लंबाई उस दिन के सबसे लंबे इंतज़ार जितनी है। नीचे की तालिका में वही आँकड़े हैं।
wait-port = सीमा चौकी
wait-status = आज
wait-port-open = खुली है
wait-port-closed = आज बंद है
wait-lane-pedestrian = पैदल
wait-lane-passenger = कारें
wait-lane-commercial = ट्रक
wait-lane-pedestrian-ready = पैदल, Ready Lane लेन
wait-lane-passenger-sentri = कारें, SENTRI
wait-lane-passenger-ready = कारें, Ready Lane लेन
wait-lane-commercial-fast = ट्रक, FAST
wait-open = { $minutes } मिनट, { $lanes ->
    [one] { $lanes } लेन खुली
   *[other] { $lanes } लेन खुली
} ({ $time } बजे की जानकारी)
wait-closed = लेन बंद ({ $time } बजे की जानकारी)
wait-not-offered = इस सीमा चौकी पर नहीं है
wait-post-title = इंतज़ार का समय दर्ज करें
wait-post-intro = { $port } पर अभी का इंतज़ार का समय। यह तुरंत सार्वजनिक पेज पर और फ़ीड में दिखता है।
wait-post = दर्ज करें
wait-posted = दर्ज हो गया। धन्यवाद।
wait-lane-status = { $lane }: लेन
wait-lane-delay = { $lane }: इंतज़ार, मिनटों में
wait-lane-open = { $lane }: खुली लेन
wait-status-open = खुली
wait-status-closed = बंद
wait-status-none = इस सीमा चौकी पर नहीं है
wait-error-delay = { $lane }: जब लेन खुली हों, तो इंतज़ार का समय मिनटों में लिखें, 0 से 1440 तक।
wait-error-lanes = { $lane }: खुली लेन की गिनती लिखें, 0 से 99 तक।

## The programme's overview per port and day.
overview-title = सीमा चौकियाँ, दिन-ब-दिन
overview-range = { $from } से { $to } तक: हर सीमा चौकी, हर दिन। सिर्फ़ गिनती, कोई निजी जानकारी नहीं।
overview-csv = CSV के रूप में डाउनलोड करें
overview-earlier = एक हफ़्ता पहले
overview-later = एक हफ़्ता बाद
overview-date = तारीख
overview-port = सीमा चौकी
overview-seats = जगहें
overview-appointments = अपॉइंटमेंट
overview-confirmed = पक्के हुए
overview-arrived = पहुँचे यात्री
overview-no-shows = कोई नहीं आया
overview-paroled = मानवीय पैरोल (parole) पर प्रवेश
overview-nta = पेशी का नोटिस (Notice to Appear)
overview-referred = दूसरे विभाग को भेजे गए
overview-not-admitted = प्रवेश नहीं दिया गया
staff-port-seats-frozen = इस तारीख़ के लिए निकाली जाने वाली सूची बंद हो चुकी है और उसकी सीटें उसके साथ प्रकाशित हो गई हैं, इसलिए अब वे बदल नहीं सकतीं। बाद की कोई तारीख़ बदलें, या अगर उस दिन पोर्ट नहीं खुल सकता तो उस तारीख़ के लिए पोर्ट बंद करें।
desk-find-traveller = किसी यात्री के नाम और जन्म तारीख़ से समूह खोजें
desk-search-given = दिए गए नाम
desk-search-family = पारिवारिक नाम
desk-search-born = जन्म तारीख़ (YYYY-MM-DD)
desk-search-none = आज से पहले या बाद के हफ़्ते में इस पोर्ट की किसी भी अपॉइंटमेंट में इस नाम और जन्म तारीख़ वाला यात्री नहीं है। दस्तावेज़ के अनुसार वर्तनी जाँचें।
desk-search-found = { $date } को { $time }: { $number }, { $status }
overview-port-title = आपके पोर्ट के आँकड़े
partner-history = आपकी संस्था ने क्या जाँचा
partner-history-none = अभी तक कोई जाँच नहीं।
partner-history-answer = जवाब
