## Perishable-cargo inspections: a broker's pages (`/inspections`), the port's day, the message.

inspections-title = माल की जाँच
inspections-about = कस्टम्स ब्रोकर और आयातक यहाँ किसी पोर्ट पर जल्दी ख़राब होने वाले माल (फल, सब्ज़ियाँ, फूल, पौधे) की जाँच बुक करते हैं, और कृषि विशेषज्ञ का नतीजा पढ़ते हैं। Garita का उपयोग करने वाले ब्रोकर या आयातक के कर्मचारी अपनी कंपनी के खाते से साइन इन करते हैं।
inspections-about-signin = अपनी कंपनी के खाते से साइन इन करें
inspections-intro = { $organization } के लिए जाँच का अनुरोध करें: शिपमेंट के दस्तावेज़, हर वस्तु, और आप जाँच कब चाहते हैं। आपको उस दिन का, उस समय पर या उसके बाद का, वह पहला स्लॉट मिलता है जिसमें अभी जगह है।
inspections-ask = जाँच बुक करें
inspections-choose = एक चुनें
inspections-port = पोर्ट
inspections-wished = आप जाँच कब चाहते हैं, पोर्ट के स्थानीय समय में
inspections-wished-help = दिन और समय, जैसे 2027-03-01 09:00।
inspections-entry = एंट्री नंबर
inspections-entry-help = फ़ाइलर कोड, 7 अंक और चेक डिजिट, जैसे ABC-1234567-8।
inspections-document = परिवहन दस्तावेज़
inspections-document-bill-of-lading = बिल ऑफ़ लैडिंग
inspections-document-air-waybill = एयर वेबिल
inspections-transport-number = परिवहन दस्तावेज़ का नंबर
inspections-transport-number-help = बिल ऑफ़ लैडिंग: 4 से 35 अक्षर और अंक। एयर वेबिल: 11 अंक, जैसे 020-12345675।
inspections-importer-name = इंपोर्टर ऑफ़ रिकॉर्ड
inspections-importer-number = इंपोर्टर ऑफ़ रिकॉर्ड नंबर
inspections-importer-number-help = IRS नंबर (12-3456789, और अगर 2 अक्षरों वाला सफ़िक्स हो तो वह भी) या CBP का दिया हुआ नंबर (YYDDPP-NNNNN)।
inspections-conveyance = ट्रक की नंबर प्लेट या फ़्लाइट
inspections-conveyance-help = ट्रक की नंबर प्लेट, या हवाई माल के लिए फ़्लाइट।
inspections-containers = कंटेनर नंबर
inspections-containers-help = हर लाइन में एक, जैसे CSQU3054383। अगर ट्रक में कंटेनर नहीं है, तो इसे ख़ाली छोड़ दें।
inspections-location = माल कहाँ रखा है
inspections-commodity = वस्तु { $line }
inspections-hts = HTS कोड
inspections-hts-help = एंट्री का 10 अंकों वाला कोड, जैसे 0702.00.2000।
inspections-description = विवरण
inspections-quantity = मात्रा
inspections-unit = इकाई
inspections-unit-kg = किलोग्राम
inspections-unit-lb = पाउंड
inspections-unit-t = टन
inspections-unit-cartons = कार्टन
inspections-unit-boxes = डिब्बे
inspections-unit-pallets = पैलेट
inspections-unit-pieces = नग
inspections-packaging = पैकिंग
inspections-packaging-cartons = कार्टन
inspections-packaging-crates = क्रेट
inspections-packaging-bins = बिन
inspections-packaging-pallets = पैलेट
inspections-packaging-sacks = बोरियाँ
inspections-packaging-bulk = खुला माल (बल्क)
inspections-fields-wrong = कुछ जवाबों में बदलाव करना है। हर एक के पास नीचे लिखा है कि क्या करना है; कुछ भी बुक नहीं हुआ।
inspections-full = उस दिन, उस समय पर या उसके बाद, उस पोर्ट के किसी भी स्लॉट में जगह नहीं है। नीचे दिए ख़ाली स्लॉट में से कोई एक चुनें, या कोई और दिन।
inspections-free-title = अगले 7 दिनों के ख़ाली स्लॉट
inspections-free-none = इस पोर्ट पर अगले 7 दिनों में कोई ख़ाली स्लॉट नहीं है। कोई और पोर्ट आज़माएँ, या बाद में फिर से अनुरोध करें: पोर्ट और स्लॉट खोलता रहता है।
inspections-requests = आपके अनुरोध
inspections-requests-none = अभी तक कोई अनुरोध नहीं।
inspections-request-line = एंट्री { $entry }, { $port }, { $when }: { $status }
inspections-request-title = माल की जाँच
inspections-booked-next = बुक हो गई। स्लॉट के समय पर माल और उसके दस्तावेज़ उसी जगह रखें जो आपने बताई थी। हर नतीजे की जानकारी आपको दी जाएगी।
inspections-missed-next = स्लॉट का समय माल की जाँच के बिना निकल गया, इसलिए यह अनुरोध ख़त्म हो गया है। माल की जाँच करवाने के लिए नया स्लॉट बुक करें।
inspections-ask-again = नया स्लॉट बुक करें
inspections-facts = एंट्री { $entry }, { $port }, { $when } का स्लॉट; { $commodities ->
    [one] { $commodities } वस्तु
   *[other] { $commodities } वस्तुएँ
}।
inspections-status-booked = बुक है
inspections-status-released = मंज़ूरी मिल गई: माल आगे जा सकता है।
inspections-status-hold = उपचार के लिए रोका गया है।
inspections-status-re-export = वापस निर्यात करना होगा: माल अंदर नहीं आ सकता।
inspections-status-destroy = नष्ट करना होगा: माल अंदर नहीं आ सकता।
inspections-status-missed = छूट गया: स्लॉट का समय निकल गया।
inspections-status-cancelled = रद्द।
inspections-status-with-treatment = { $status } उपचार: { $treatment }।
inspections-treatment = उपचार
inspections-treatment-fumigation = धूमन (फ़्यूमिगेशन)
inspections-treatment-cold = ठंडा उपचार
inspections-treatment-heat = गर्म उपचार
inspections-treatment-irradiation = विकिरण उपचार
inspections-treatment-cleaning = सफ़ाई
inspections-treatment-help = सिर्फ़ रोके गए माल के लिए: माल छोड़े जाने से पहले उसे कौन-सा उपचार चाहिए।
inspections-changes = क्या हुआ
inspections-changes-none = बुकिंग के बाद से अभी तक कुछ नहीं हुआ।
inspections-change = { $when } को: { $status }
inspections-note-said = नोट: { $note }
inspections-shipment = शिपमेंट
inspections-shipment-facts = { $document } { $number }। इंपोर्टर ऑफ़ रिकॉर्ड: { $importer } ({ $importer_number })। वाहन: { $conveyance }। माल यहाँ रखा है: { $location }।
inspections-shipment-containers = { $count ->
    [0] कोई कंटेनर नहीं।
    [one] एक कंटेनर: { $containers }।
   *[other] { $count } कंटेनर: { $containers }।
}
inspections-cancel = यह जाँच रद्द करें
inspections-cancel-help = अगर माल नहीं आएगा, तो जाँच रद्द कर दें: इसकी जगह किसी और को मिल जाएगी।
inspections-cancelled = जाँच रद्द कर दी गई है।
inspections-back = अपने अनुरोधों पर वापस जाएँ
inspections-ended = इस जाँच का नतीजा आ चुका है, या इसका स्लॉट निकल गया, या यह रद्द हो गई: अब यह नहीं बदलती। इसकी स्थिति देखने के लिए पेज फिर से लोड करें।
inspections-problem-line = लाइन { $line }: { $problem }
inspections-problem-port = सूची में से कोई एक पोर्ट चुनें।
inspections-problem-wished = दिन और समय लिखें, जैसे 2027-03-01 09:00।
inspections-problem-wished-past = वह समय निकल चुका है। आगे का कोई दिन और समय चुनें।
inspections-problem-entry = एंट्री नंबर इस तरह लिखें: फ़ाइलर कोड, 7 अंक और चेक डिजिट, जैसे ABC-1234567-8।
inspections-problem-document = बिल ऑफ़ लैडिंग या एयर वेबिल चुनें।
inspections-problem-bol = बिल ऑफ़ लैडिंग का नंबर लिखें: 4 से 35 अक्षर और अंक।
inspections-problem-awb = एयर वेबिल जाँचें: 11 अंक, जिनमें आख़िरी अंक उससे पहले के 7 अंकों का चेक डिजिट होता है। इसे वेबिल से फिर से कॉपी करें।
inspections-problem-importer-name = इंपोर्टर ऑफ़ रिकॉर्ड का नाम लिखें।
inspections-problem-importer-number = इंपोर्टर ऑफ़ रिकॉर्ड नंबर 12-3456789 (अगर सफ़िक्स हो तो उसके साथ) या YYDDPP-NNNNN की तरह लिखें।
inspections-problem-conveyance = ट्रक की नंबर प्लेट या फ़्लाइट लिखें।
inspections-problem-location = बताएँ कि माल कहाँ रखा है: कोई डॉक, बे या गोदाम।
inspections-problem-container = यह कंटेनर नंबर जाँचें: 4 अक्षर (आख़िरी U, J या Z), 6 अंक और चेक डिजिट। इसका चेक डिजिट मेल नहीं खाता; इसे कंटेनर से फिर से कॉपी करें।
inspections-problem-no-commodity = कम से कम एक वस्तु जोड़ें।
inspections-problem-too-many = ये बहुत ज़्यादा हैं। एक अनुरोध में ज़्यादा से ज़्यादा 50 वस्तुएँ और 20 कंटेनर भेजें।
inspections-problem-hts = 10 अंकों वाला HTS कोड लिखें, जैसे 0702.00.2000।
inspections-problem-description = माल के बारे में कुछ शब्दों में बताएँ।
inspections-problem-quantity = शून्य से बड़ी कोई संख्या लिखें, जैसे 1200 या 12.5।
inspections-problem-unit = इकाई चुनें।
inspections-problem-packaging = पैकिंग चुनें।
inspections-problem-result = नतीजा चुनें।
inspections-problem-treatment = रोके गए माल के लिए उपचार बताना ज़रूरी है: कोई एक चुनें।
inspections-problem-note = नोट को 1,000 अक्षरों या उससे कम का करें।
inspections-problem-day = दिन 2027-03-01 की तरह लिखें।
inspections-day-title = दिन की माल जाँचें
inspections-day-intro = { $port }, { $day }।
inspections-day = दिन
inspections-day-show = दिन दिखाएँ
inspections-slots = स्लॉट
inspections-slots-none = इस दिन माल की जाँच के लिए कोई स्लॉट खुला नहीं है।
inspections-slot = स्लॉट
inspections-capacity = हर स्लॉट में जाँचें
inspections-booked-count = बुक हुईं
inspections-day-requests = जाँचें
inspections-day-line = { $when }: { $organization }, एंट्री { $entry }, { $commodities ->
    [one] { $commodities } वस्तु
   *[other] { $commodities } वस्तुएँ
}। { $status }
inspections-day-back = दिन पर वापस जाएँ
inspections-capacity-title = स्लॉट खोलें
inspections-capacity-intro = तय करें कि हर स्लॉट में कितनी जाँचें हो सकती हैं, पहले से आख़िरी स्लॉट तक, एक दिन या कई दिनों के लिए। ब्रोकर "पहले आओ, पहले पाओ" के हिसाब से बुक करते हैं; 0 रखने पर स्लॉट नई बुकिंग के लिए बंद हो जाता है (जो पहले से बुक हैं, वे बनी रहती हैं)।
inspections-capacity-from = पहला दिन
inspections-capacity-days = कितने दिन
inspections-capacity-days-help = 1 से { $max } तक।
inspections-capacity-first = पहला स्लॉट
inspections-capacity-last = आख़िरी स्लॉट
inspections-capacity-help = 0 से 100 तक।
inspections-capacity-set = क्षमता तय करें
inspections-capacity-done = { $slots ->
    [one] अब { $slots } स्लॉट में
   *[other] अब { $slots } स्लॉट में से हर एक में
} { $capacity ->
    [one] { $capacity } जाँच हो सकती है।
   *[other] { $capacity } जाँचें हो सकती हैं।
}
inspections-capacity-wrong = फ़ॉर्म जाँचें: आज या उसके बाद का कोई दिन, 1 से { $max_days } दिन, ऐसा पहला स्लॉट जो आख़िरी स्लॉट के बाद का न हो, और 0 से { $max } जाँचें।
inspections-open-title = माल की जाँच
inspections-requested-by = { $organization } का अनुरोध।
inspections-result-title = नतीजा दर्ज करें
inspections-result = नतीजा
inspections-note = ब्रोकर के लिए नोट
inspections-note-help = ब्रोकर को क्या जानना ज़रूरी है: क्या मिला, आगे क्या करना है।
inspections-result-record = नतीजा दर्ज करें
inspections-result-done = नतीजा दर्ज हो गया है और ब्रोकर को बता दिया गया है।

inspection-changed-v1-subject = एंट्री { $entry } के माल की जाँच: { $status ->
    [booked] बुक हो गई
    [released] मंज़ूरी मिल गई
    [hold] रोका गया
    [re-export] वापस निर्यात करना होगा
    [destroy] नष्ट करना होगा
    [missed] स्लॉट छूट गया
   *[cancelled] रद्द
}
inspection-changed-v1-body = { $port } पर एंट्री { $entry } के माल की जाँच, { $when } का स्लॉट: { $status ->
    [booked] जाँच बुक हो गई है।
    [released] माल को मंज़ूरी मिल गई है और वह आगे जा सकता है।
    [hold] उपचार होने तक माल रोका गया है ({ $treatment ->
        [fumigation] धूमन
        [cold] ठंडा उपचार
        [heat] गर्म उपचार
        [irradiation] विकिरण उपचार
        [cleaning] सफ़ाई
       *[other] कोई उपचार
    })।
    [re-export] माल अंदर नहीं आ सकता और उसे वापस निर्यात करना होगा।
    [destroy] माल अंदर नहीं आ सकता और उसे नष्ट करना होगा।
    [missed] स्लॉट का समय माल की जाँच के बिना निकल गया, इसलिए अनुरोध ख़त्म हो गया है।
   *[cancelled] जाँच रद्द कर दी गई है।
}
inspection-changed-v1-next = { $status ->
    [missed] माल की जाँच करवाने के लिए नया स्लॉट बुक करें।
   *[other] विशेषज्ञ का नोट पढ़ने के लिए अनुरोध खोलें।
}
inspection-changed-v1-sms = Garita: एंट्री { $entry }, { $port }: { $status ->
    [booked] बुक हो गई
    [released] मंज़ूरी मिल गई
    [hold] रोका गया
    [re-export] वापस निर्यात करना होगा
    [destroy] नष्ट करना होगा
    [missed] स्लॉट छूट गया, फिर से बुक करें
   *[cancelled] रद्द
}।

## Agricultural and biological declarations (`/inspections/declarations`), the port's pages, the message.

declarations-title = पौधे, खाना और जानवर घोषित करें
declarations-about = किसी पोर्ट पर पहुँचने से पहले, चाहे ज़मीन के रास्ते से या हवाई जहाज़ से, आप यहाँ वे पौधे, बीज, मिट्टी, जानवरों से बना खाना, ज़िंदा जानवर या जैविक नमूने घोषित कर सकते हैं जो आप साथ ला रहे हैं, उनके परमिट के साथ। पोर्ट का एक कृषि विशेषज्ञ आपके पहुँचने से पहले फ़ैसला करता है, और आप अपनी भाषा में पढ़ सकते हैं कि क्यों। घोषणा करने के लिए साइन इन करें या खाता बनाएँ।
declarations-signin = साइन इन करें
declarations-signup = खाता बनाएँ
declarations-intro = बताएँ कि आप कहाँ और कब पहुँचेंगे, क्या ला रहे हैं, और उसके परमिट, हर एक के स्कैन के साथ (PDF या फ़ोटो)। मिट्टी, ज़िंदा जानवरों और जैविक नमूनों के लिए परमिट ज़रूरी है।
declarations-send = घोषणा भेजें
declarations-port = पहुँचने का पोर्ट
declarations-port-land-crossing = ज़मीनी सीमा चौकी
declarations-port-airport = हवाई अड्डा
declarations-arrives = पहुँचने का दिन
declarations-travel = फ़्लाइट या वाहन
declarations-travel-help = फ़्लाइट नंबर, या आपके वाहन की नंबर प्लेट।
declarations-item = वस्तु { $line }
declarations-kind = यह क्या है
declarations-kind-plants = पौधे या कलमें
declarations-kind-seeds = बीज या कंद
declarations-kind-soil = मिट्टी
declarations-kind-animal-products = जानवरों से बना खाना (मांस, पनीर, अंडे)
declarations-kind-live-animals = ज़िंदा जानवर
declarations-kind-biological-specimens = जैविक नमूने
declarations-description = विवरण
declarations-quantity = कितना
declarations-quantity-help = जैसे 2 kg, या 12 कंद।
declarations-origin = यह किस देश से आया है
declarations-origin-help = दो अक्षर, जैसे MX या GT।
declarations-permit = परमिट { $line }
declarations-issuer = किसने जारी किया
declarations-permit-number = परमिट नंबर
declarations-expiry = कब तक मान्य है
declarations-scan = परमिट का स्कैन या फ़ोटो
declarations-scan-help = PDF, JPEG या PNG फ़ाइल, ज़्यादा से ज़्यादा 5 MB की।
declarations-fields-wrong = कुछ जवाबों में बदलाव करना है। हर एक के पास नीचे लिखा है कि क्या करना है; कुछ भी नहीं भेजा गया।
declarations-mine = आपकी घोषणाएँ
declarations-none = अभी तक कोई घोषणा नहीं।
declarations-one-title = घोषणा
declarations-facts = { $day } को { $port } पहुँचेंगे: { $items ->
    [one] एक वस्तु
   *[other] { $items } वस्तुएँ
}, { $permits ->
    [0] कोई परमिट नहीं।
    [one] एक परमिट।
   *[other] { $permits } परमिट।
}
declarations-status-declared = विशेषज्ञ के फ़ैसले का इंतज़ार है।
declarations-status-allowed = अनुमति मिली: आप इसे ला सकते हैं।
declarations-status-allowed-after-treatment = पोर्ट पर उपचार के बाद अनुमति है।
declarations-status-secondary = पहुँचने पर इसे सेकेंडरी जाँच के लिए ले जाएँ।
declarations-status-refused = अनुमति नहीं मिली: यह अंदर नहीं आ सकता।
declarations-status-withdrawn = वापस ले ली गई।
declarations-reasons = कारण
declarations-reason-permit-in-order = परमिट सही है।
declarations-reason-no-permit = इसके लिए परमिट चाहिए, और इसके साथ कोई परमिट नहीं आया।
declarations-reason-pest-risk = इसमें कीट हो सकते हैं।
declarations-reason-disease-risk = इसमें कोई बीमारी हो सकती है।
declarations-reason-prohibited-origin = यह उस देश से नहीं आ सकता।
declarations-reason-needs-examination = किसी विशेषज्ञ को इसे देखना होगा।
declarations-declared = आपने क्या घोषित किया
declarations-travel-said = फ़्लाइट या वाहन: { $travel }।
declarations-permit-said = परमिट { $number }, { $issuer } का जारी किया हुआ, { $expiry } तक मान्य।
declarations-withdraw = यह घोषणा वापस लें
declarations-withdraw-help = अगर अब आप ये चीज़ें नहीं ला रहे हैं, तो घोषणा वापस ले लें।
declarations-back = अपनी घोषणाओं पर वापस जाएँ
declarations-decided = इस घोषणा पर फ़ैसला हो चुका है, या यह वापस ले ली गई है: अब यह नहीं बदलती। इसे देखने के लिए पेज फिर से लोड करें।
declarations-day-title = दिन की घोषणाएँ
declarations-day-none = इस दिन के लिए कोई घोषणा नहीं।
declarations-scan-open = परमिट { $line } का स्कैन खोलें
declarations-decide = फ़ैसला करें
declarations-decision = फ़ैसला
declarations-decided-done = फ़ैसला दर्ज हो गया है और व्यक्ति को बता दिया गया है।
declarations-problem-port = सूची में से कोई एक पोर्ट चुनें।
declarations-problem-arrival = पहुँचने का दिन लिखें, आज से एक साल के अंदर का, जैसे 2027-03-01।
declarations-problem-travel = फ़्लाइट नंबर या अपने वाहन की नंबर प्लेट लिखें।
declarations-problem-no-item = कम से कम एक वस्तु जोड़ें।
declarations-problem-too-many = ये बहुत ज़्यादा हैं। एक घोषणा में ज़्यादा से ज़्यादा 20 वस्तुएँ और 5 परमिट भेजें।
declarations-problem-kind = चुनें कि यह क्या है।
declarations-problem-description = कुछ शब्दों में इसके बारे में बताएँ।
declarations-problem-quantity = बताएँ कि कितना है, जैसे 2 kg।
declarations-problem-origin = देश को दो अक्षरों में लिखें, जैसे MX।
declarations-problem-issuer = लिखें कि परमिट किसने जारी किया।
declarations-problem-permit-number = परमिट का नंबर लिखें।
declarations-problem-expiry = वह दिन लिखें जब परमिट ख़त्म होता है, जैसे 2027-06-30।
declarations-problem-permit-expired = यह परमिट आपके पहुँचने से पहले ख़त्म हो जाता है। इसे जारी करने वाले से नया परमिट माँगें, या इसके ख़त्म होने से पहले पहुँचें।
declarations-problem-scan-missing = परमिट का स्कैन या फ़ोटो जोड़ें।
declarations-problem-scan-size = यह फ़ाइल 5 MB से बड़ी है। इसे कम रेज़ोल्यूशन पर फिर से स्कैन करें, या छोटी फ़ोटो लें।
declarations-problem-scan-type = यह फ़ाइल PDF, JPEG या PNG नहीं है। स्कैन को इनमें से किसी एक फ़ॉर्मेट में सेव करें।
declarations-problem-permit-needed = मिट्टी, ज़िंदा जानवरों और जैविक नमूनों के लिए परमिट ज़रूरी है: उसे उसके स्कैन के साथ जोड़ें।
declarations-problem-decision = फ़ैसला चुनें।
declarations-problem-reasons = कम से कम एक कारण चुनें।

declaration-decided-v1-subject = { $port } के लिए आपकी घोषणा: { $status ->
    [allowed] अनुमति मिली
    [allowed-after-treatment] उपचार के बाद अनुमति
    [secondary] सेकेंडरी जाँच
   *[refused] अनुमति नहीं मिली
}
declaration-decided-v1-body = एक कृषि विशेषज्ञ ने उन चीज़ों पर फ़ैसला किया है जो आपने { $day } को { $port } पहुँचने के लिए घोषित की थीं: { $status ->
    [allowed] आप इन्हें ला सकते हैं।
    [allowed-after-treatment] पोर्ट पर उपचार के बाद इनकी अनुमति है।
    [secondary] पहुँचने पर इन्हें सेकेंडरी जाँच के लिए ले जाएँ।
   *[refused] ये अंदर नहीं आ सकतीं। इन्हें न लाएँ, या पोर्ट पर छोड़ दें।
}
declaration-decided-v1-next = कारण पढ़ने के लिए अपनी घोषणा खोलें।
declaration-decided-v1-sms = Garita: { $day } को { $port } के लिए आपकी घोषणा: { $status ->
    [allowed] अनुमति मिली
    [allowed-after-treatment] उपचार के बाद अनुमति
    [secondary] सेकेंडरी जाँच पर जाएँ
   *[refused] अनुमति नहीं मिली
}।
