## भरोसेमंद यात्री की स्थिति (Global Entry, NEXUS, SENTRI, FAST): सदस्य की अपनी जाँच, और वह सूची जो प्रोग्राम एडमिन इंपोर्ट करते हैं।

trusted-title = भरोसेमंद यात्री की स्थिति
trusted-intro = Global Entry, NEXUS, SENTRI और FAST के सदस्य: देखें कि आपकी सदस्यता किस स्थिति में है और आगे क्या करना है। 9 अंकों का सदस्यता नंबर (आपके कार्ड पर लिखा PASSID) और अपनी जन्म की तारीख़ टाइप करें। Garita कोई नाम नहीं रखता: वह आपको सिर्फ़ इन दो जानकारियों से ढूँढता है।
trusted-number = सदस्यता नंबर (PASSID)
trusted-born = जन्म की तारीख़
trusted-look = मेरी स्थिति देखें
trusted-number-format = सदस्यता नंबर में 9 अंक होते हैं: यह आपके कार्ड पर छपा PASSID है। इसे फिर से टाइप करें।
trusted-born-format = अपनी जन्म की तारीख़ इस तरह टाइप करें, जैसे 1980-02-29।
trusted-not-found = इस नंबर और इस जन्म की तारीख़ वाली कोई सदस्यता नहीं है। अपने कार्ड पर दोनों जाँचें, या उस प्रोग्राम से पूछें जिसने आपको यह कार्ड दिया।
trusted-answer = { $programme } में आपकी स्थिति: { $status }
trusted-status-pending-review = आपके आवेदन की समीक्षा हो रही है
trusted-status-conditionally-approved = शर्त के साथ मंज़ूर
trusted-status-approved = मंज़ूर
trusted-status-denied = मंज़ूर नहीं
trusted-status-revoked = रद्द
trusted-status-expired = मियाद ख़त्म
trusted-next-pending-review = अभी कुछ नहीं करना है: समीक्षा पूरी होने पर आपको बताया जाएगा।
trusted-next-conditionally-approved = आगे: किसी एनरोलमेंट सेंटर में अपने इंटरव्यू का समय बुक करें, या अमेरिका पहुँचने पर इंटरव्यू दें (Enrollment on Arrival)। अपना पासपोर्ट और बाक़ी दस्तावेज़ साथ लाएँ।
trusted-next-approved = आपकी सदस्यता { $date } तक मान्य है। आप उस दिन से एक साल पहले से इसे रिन्यू कर सकते हैं।
trusted-next-denied = प्रोग्राम के पत्र में वजह लिखी है। आप Trusted Traveler Ombudsman (भरोसेमंद यात्रियों की शिकायतें सुनने वाला दफ़्तर) से फ़ैसले पर दोबारा विचार करने को कह सकते हैं।
trusted-next-revoked = प्रोग्राम के पत्र में वजह लिखी है। आप Trusted Traveler Ombudsman (भरोसेमंद यात्रियों की शिकायतें सुनने वाला दफ़्तर) से फ़ैसले पर दोबारा विचार करने को कह सकते हैं।
trusted-next-expired = आपकी सदस्यता ख़त्म हो गई है। इसे रिन्यू करने के लिए आप फिर से आवेदन कर सकते हैं।
trusted-staff-title = भरोसेमंद यात्रियों की सूची
trusted-staff-intro = सूची CSV के रूप में पेस्ट करें, जिसकी पहली लाइन में कॉलम के नाम हों: programme, membership_number, birth_date, status, expires_on। हर सदस्य की लाइन Garita में पहले से मौजूद जानकारी की जगह ले लेती है। ग़लत लाइन अपने नंबर के साथ बताई जाती है और उसका कुछ भी सेव नहीं होता; बाक़ी लाइनें सेव हो जाती हैं। सिस्टम यही लाइनें /api/v1/trusted-traveler/roster पर भेजते हैं।
trusted-staff-roster = सूची (CSV)
trusted-staff-import = इंपोर्ट करें
trusted-staff-imported = { $stored ->
    [0] कोई सदस्य सेव नहीं हुआ।
    [one] { $stored } सदस्य सेव हुआ।
   *[other] { $stored } सदस्य सेव हुए।
}
trusted-staff-refused-title = जो लाइनें सेव नहीं हुईं
trusted-staff-refused = लाइन { $line }, { $field }: { $problem }
trusted-roster-programme = प्रोग्रामों में से कोई नहीं (global-entry, nexus, sentri, fast)
trusted-roster-number = 9 अंक नहीं
trusted-roster-date = तारीख़ नहीं (YYYY-MM-DD)
trusted-roster-status = स्थितियों में से कोई नहीं (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = मंज़ूर सदस्यता के लिए उसके ख़त्म होने का दिन चाहिए
trusted-roster-line = लाइन में हेडर वाले कॉलम नहीं हैं
