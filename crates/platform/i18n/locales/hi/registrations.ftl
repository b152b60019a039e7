# Registrations: the travellers of a group and their details: Hindi. Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = यह बहुत लंबा है। कृपया इसे छोटा करें।
field-characters = कृपया यहाँ सिर्फ़ अक्षर लिखें। ज़रूरत हो तो खाली जगह, हाइफ़न या ऐपॉस्ट्रॉफ़ी भी लिख सकते हैं।
field-wrong-kind = यह मान यहाँ अपेक्षित प्रकार का नहीं है (लिखावट, संख्या, सूची...)। कौन-सा चाहिए, यह API के विवरण में है: /api/v1/openapi.json।
field-direction-mark = इस लिखावट में एक अदृश्य दिशा-चिह्न है, जो अक्सर कहीं से चिपकाने पर आ जाता है। चिपकाने के बजाय लिखावट दोबारा टाइप करें।
field-invisible-space = इस लिखावट में एक अदृश्य खाली जगह (शून्य चौड़ाई) है, जो अक्सर कहीं से चिपकाने पर आ जाती है। चिपकाने के बजाय लिखावट दोबारा टाइप करें।
field-date-invalid = ऐसी कोई तारीख़ नहीं होती। दिन, महीना और साल जाँच लें।
field-date-missing = पूरी तारीख़ लिखें: दिन, महीना और साल, हर एक अंकों में।
field-date-future = यह तारीख़ अभी आई नहीं है। साल जाँच लें।
field-date-too-old = यह तारीख़ 120 साल से भी पहले की है। साल जाँच लें।
field-country-unknown = कृपया सूची में से एक देश चुनें।
field-height-range = यह लंबाई ठीक नहीं लगती। इसे सेंटीमीटर में लिखें (जैसे 165), या फ़ुट और इंच में।
field-weight-range = यह वज़न ठीक नहीं लगता। इसे किलोग्राम में लिखें (जैसे 60), या पाउंड में।
field-choice-unknown = कृपया जवाबों में से एक चुनें।
field-document-format = दस्तावेज़ नंबर में 4 से 20 अक्षर और अंक होते हैं। इसे दस्तावेज़ से देखकर लिखें।
field-us-state = कृपया सूची में से अमेरिका का राज्य चुनें।
field-zip = ज़िप कोड (ZIP) में 5 अंक होते हैं, जैसे 77002।
field-same-person-twice = यह व्यक्ति पहले से आपके समूह में है। हर यात्री एक ही बार लिखा जाता है: नाम और जन्म की तारीख़ जाँच लें।
field-same-document-twice = यह दस्तावेज़ नंबर आपके समूह के किसी दूसरे यात्री के लिए पहले से लिखा है। दस्तावेज़ पर लिखा नंबर जाँच लें।

## Labels of a traveller's details

traveller-given-names = नाम (जैसा आपके दस्तावेज़ों में लिखा है)
traveller-family-names = उपनाम या सरनेम (जैसा आपके दस्तावेज़ों में लिखा है)
traveller-birth-date = जन्म की तारीख़
traveller-day = दिन
traveller-month = महीना
traveller-year = साल
traveller-birth-country = जन्म का देश
traveller-birth-city = जन्म का शहर या गाँव
traveller-residence-country = वह देश जहाँ आप अभी रहते हैं
traveller-nationality = राष्ट्रीयता
traveller-gender = आपके दस्तावेज़ों में लिखा लिंग
traveller-language = वह भाषा जो आप सबसे अच्छी बोलते हैं
traveller-height = लंबाई (कद)
traveller-height-cm = सेंटीमीटर
traveller-height-feet = फ़ुट
traveller-height-inches = इंच
traveller-weight = वज़न
traveller-weight-kg = किलोग्राम
traveller-weight-lb = पाउंड
traveller-weight-amount = कितना
traveller-weight-unit = इकाई
traveller-eyes = आँखों का रंग
traveller-phone = फ़ोन नंबर (इसे खाली छोड़ सकते हैं)
traveller-email = ई-मेल पता (इसे खाली छोड़ सकते हैं)
traveller-home-address = वह पता जहाँ आप पहले रहते थे (गली, शहर, देश)
traveller-travel-history = रास्ते में आप जिन देशों से गुज़रे, पता हो तो तारीख़ों के साथ
form-required-note = * वाले सवालों का जवाब देना ज़रूरी है।
traveller-optional-group = इस व्यक्ति के बारे में और (इन्हें खाली छोड़ सकते हैं)
traveller-work = पहले आप क्या काम करते थे
traveller-emergency-contact = आपात स्थिति में किसे फ़ोन करें (नाम और फ़ोन नंबर)
traveller-family = परिवार के वे लोग जो इस समूह में नहीं हैं
traveller-marital = वैवाहिक स्थिति
traveller-document = पहचान का दस्तावेज़
traveller-document-kind = दस्तावेज़ का प्रकार
traveller-document-country = किस देश ने दिया
traveller-document-number = दस्तावेज़ का नंबर

## Choices

gender-female = महिला
gender-male = पुरुष
gender-another = अन्य
eyes-brown = भूरा
eyes-black = काला
eyes-hazel = हल्का भूरा
eyes-green = हरा
eyes-blue = नीला
eyes-grey = स्लेटी
eyes-other = कोई और रंग
marital-single = अविवाहित
marital-married = विवाहित
marital-partner = बिना शादी के साथी के साथ रहते हैं
marital-divorced = तलाकशुदा
marital-widowed = विधवा या विधुर
document-passport = पासपोर्ट
document-national-id = राष्ट्रीय पहचान पत्र
document-birth-certificate = जन्म प्रमाणपत्र
document-other = कोई और दस्तावेज़

## The group's destination

us-address-title = अमेरिका में आप कहाँ रहेंगे
us-address-help = समूह के सभी लोग इसी पते पर जाएँगे।
us-address-street = गली और मकान नंबर
us-address-city = शहर
us-address-state = राज्य
us-address-zip = ज़िप कोड (ZIP)

## Registration pages

registration-title = मेरा रजिस्ट्रेशन
registration-start = अपने समूह का रजिस्ट्रेशन करें
registration-start-intro = पहले यह बताएँ कि आप अमेरिका में कहाँ रहेंगे, और अपनी जानकारी दें। इसके बाद आप अपने समूह के बाकी लोगों को जोड़ सकते हैं। जब भी आप 'सेव करें' दबाते हैं, सब कुछ सेव हो जाता है।
registration-save = सेव करें
registration-choose = चुनें…
registration-since = रजिस्ट्रेशन की तारीख: { $date }।
registration-since-help = इस तारीख से तय होता है कि सबसे ज़्यादा समय से इंतज़ार कर रहे समूहों में आपकी जगह कहाँ है। जानकारी ठीक करने या जोड़ने से यह तारीख कभी नहीं बदलती।
registration-edit-address = पता ठीक करें
registration-name = नाम
registration-travellers = आपके समूह के लोग
registration-edit-traveller = व्यक्ति { $number } ({ $name }) की जानकारी ठीक करें
registration-add-traveller = अपने समूह में एक व्यक्ति जोड़ें
registration-traveller-title = आपके समूह का एक व्यक्ति
registration-remove-traveller = इस व्यक्ति को समूह से हटाएँ
registration-already-registered = यह व्यक्ति पहले से किसी दूसरे रजिस्ट्रेशन में है। कुछ भी नहीं बदला गया। अगर आपको लगता है कि यह गलती है, तो कोई इंसान इसे देख सकता है: Garita के साथ काम करने वाले किसी शेल्टर या क़ानूनी मदद देने वाले समूह में जाकर जाँच के लिए कहें।
registration-stale = इसी बीच यह रजिस्ट्रेशन किसी दूसरी विंडो में बदला गया। कुछ भी नहीं खोया। कृपया इसे फिर से देखें और अपना बदलाव एक बार और करें।
registration-travellers-fixed = आपका समूह किसी ड्रॉ में है या उसके पास अपॉइंटमेंट है, इसलिए इसके ख़त्म होने तक किसी को जोड़ा नहीं जा सकता: अपॉइंटमेंट उन्हीं लोगों का रहता है जिन्होंने इसे माँगा था। आप अब भी कोई जानकारी सुधार सकते हैं, या किसी ऐसे व्यक्ति को हटा सकते हैं जो यात्रा नहीं करेगा।
registration-identity-fixed = इस बदलाव से यह यात्री कोई दूसरा व्यक्ति बन जाएगा, जो तब नहीं हो सकता जब आपका समूह किसी ड्रॉ में है या उसके पास अपॉइंटमेंट है। अगर जानकारी ग़लत थी, तो कोई सहायक या समीक्षक आपके साथ इसे देख सकता है।
registration-group-size = एक समूह में 1 से 10 लोग होते हैं।
registration-history-title = मेरे रजिस्ट्रेशन में हुआ हर बदलाव
registration-history-intro = हर बार जब आपका रजिस्ट्रेशन सेव हुआ: कब, किसने, और क्या बदला।
registration-history-you = आप
registration-history-helper = एक मददगार
registration-history-field = क्या
registration-history-before = पहले
registration-history-after = बाद में
registration-back = मेरे रजिस्ट्रेशन पर वापस जाएँ

## Photos

photo-title = { $name } की फ़ोटो
photo-intro = चेहरे की फ़ोटो, कैमरे की तरफ़ देखते हुए। सीमा चौकी पर इससे सीमा अधिकारी को यह देखने में मदद मिलती है कि जो व्यक्ति आया है, वही रजिस्टर किया गया व्यक्ति है।
photo-tips = किसी सादी दीवार के सामने, अच्छी रोशनी में खड़े हों। चेहरे पर कुछ न हो (न टोपी, न काला चश्मा)। फ़ोन को आँखों की ऊँचाई पर पकड़ें।
photo-label = फ़ोटो लें या कोई फ़ोटो चुनें
photo-submit = फ़ोटो भेजें
photo-not-a-photo = हम इस फ़ाइल को फ़ोटो की तरह नहीं खोल सके। कृपया कैमरे से नई फ़ोटो लें।
photo-no-face = हमें इस फ़ोटो में चेहरा नहीं मिला। सीधे कैमरे की तरफ़ देखें, और पूरा चेहरा फ़ोटो में आने दें।
photo-several-faces = हमें एक से ज़्यादा चेहरे दिख रहे हैं। कृपया सिर्फ़ इसी व्यक्ति की अकेले फ़ोटो लें।
photo-face-too-small = इस फ़ोटो में चेहरा बहुत छोटा है। कृपया कैमरे के और पास आएँ।
photo-too-dark = यह फ़ोटो बहुत अँधेरी है। कृपया ऐसी जगह जाएँ जहाँ ज़्यादा रोशनी हो।
photo-blurred = यह फ़ोटो साफ़ नहीं है। फ़ोन को बिना हिलाए पकड़ें, और कैमरे का लेंस पोंछ लें।
photo-compare-again = हम इस फ़ोटो की तुलना रजिस्ट्रेशन की फ़ोटो से नहीं कर सके। बराबर रोशनी में कैमरे की ओर देखें, चश्मा और चेहरा ढकने वाली हर चीज़ हटा दें, और फ़ोन को हाथ सीधा करके पकड़ें।
photo-not-compared = इस फ़ोटो की तुलना रजिस्ट्रेशन की फ़ोटो से अपने-आप नहीं हो सकी। एक व्यक्ति दोनों फ़ोटो देखेगा; आपको कुछ करने की ज़रूरत नहीं है।
photo-move-as-asked = पेज के कहे अनुसार हम आपका सिर मुड़ता हुआ नहीं देख सके। बराबर रोशनी में फ़ोन को हाथ सीधा करके पकड़ें, और जब भी पेज कहे, अपना सिर धीरे-धीरे घुमाएँ।
photo-not-live = यह फ़ोटो कैमरे की हलचल जाँच के बिना भेजी गई। एक व्यक्ति इसे देखेगा; आपको कुछ करने की ज़रूरत नहीं है।
photo-tries-left = आप { $tries ->
    [one] { $tries } बार
   *[other] { $tries } बार
} और कोशिश कर सकते हैं। इसके बाद कोई इंसान फ़ोटो देखेगा।
photo-review = धन्यवाद। कोई इंसान यह फ़ोटो देखेगा। आप अपना रजिस्ट्रेशन जारी रख सकते हैं।
photo-status-missing = फ़ोटो अभी बाकी है
photo-status-accepted = फ़ोटो सेव हो गई
photo-status-review = कोई इंसान फ़ोटो देखेगा
photo-add = { $name } की फ़ोटो जोड़ें
photo-change = { $name } की फ़ोटो बदलें
photo-child = 14 साल से कम उम्र के बच्चों को फ़ोटो की ज़रूरत नहीं है।

## My record

record-title = मेरा रिकॉर्ड
record-intro = Garita आपके खाते और आपके रजिस्ट्रेशन के बारे में जो कुछ भी रखता है, वह सब। Garita इस पर हस्ताक्षर करता है, इसलिए यह इस बात का सबूत है कि आपके पास क्या था, चाहे बाद में कुछ भी बदल जाए।
record-download = मेरा रिकॉर्ड डाउनलोड करें (Garita के हस्ताक्षर वाली फ़ाइल)
record-signed = Garita के हस्ताक्षर। कुंजी: { $key }। हस्ताक्षर: { $signature }
record-verify = कोई भी /.well-known/garita-keys.json पर Garita की सार्वजनिक कुंजी से हस्ताक्षर जाँच सकता है।
record-link = मेरा रिकॉर्ड: देखें, प्रिंट करें या डाउनलोड करें
record-check-title = रिकॉर्ड जाँचें
record-check-intro = एक रिकॉर्ड फ़ाइल चुनें (garita-record.json, जैसे हर व्यक्ति अपना रिकॉर्ड डाउनलोड करता है)। Garita अपनी प्रकाशित कुंजियों से उसके हस्ताक्षर जाँचता है: फ़ाइल पढ़ी और जाँची जाती है, रखी नहीं जाती।
record-check-file = रिकॉर्ड फ़ाइल
record-check-submit = जाँचें
record-check-genuine = असली: यह रिकॉर्ड ठीक वैसा ही है जैसा Garita ने { $date } को हस्ताक्षर किया था।
record-check-not-genuine = वैसा नहीं जैसा Garita ने हस्ताक्षर किया था: फ़ाइल डाउनलोड के बाद बदली गई, या यह Garita से नहीं है। व्यक्ति से वह फ़ाइल माँगें जो उन्होंने ख़ुद डाउनलोड की थी।
record-check-not-record = यह फ़ाइल Garita का रिकॉर्ड नहीं है। Garita से डाउनलोड की गई garita-record.json फ़ाइल चुनें।
record-check-link = रिकॉर्ड फ़ाइल जाँचें

## Staff review

review-title = किसी इंसान के देखने का इंतज़ार
review-photos = वे फ़ोटो जिन्हें अपने-आप होने वाली जाँच इस्तेमाल नहीं कर सकी
review-photo-line = फ़ोटो भेजने की तारीख़: { $date }। जाँच का नतीजा: { $problem }
review-photo-see = फ़ोटो देखें
review-photo-accept = फ़ोटो ठीक है
review-photo-retake = नई फ़ोटो माँगें
review-cases = देखने के लिए मामले
review-case-line = { $kind } — { $date } से खुला है
review-case-close = देख लिया: मामला बंद करें
review-none = अभी कुछ भी इंतज़ार में नहीं है।
case-address-cluster = कई समूहों ने अमेरिका में एक ही पता दिया है
case-bulk-accounts = एक ही दिन में एक ही जगह से कई खाते बनाए गए
case-already-registered = एक व्यक्ति ने जाँच के लिए कहा है: सिस्टम के अनुसार वह पहले से किसी दूसरे रजिस्ट्रेशन में है

## Asking for a review

registration-ask-review = किसी व्यक्ति से जाँच करवाएँ
registration-review-requested = धन्यवाद। एक व्यक्ति इसे देखेगा। आपके रजिस्ट्रेशन में और कुछ नहीं बदला।
registration-fix-fields = कुछ जानकारी ठीक करनी है। हर एक के साथ लिखा है कि क्या बदलना है।
photo-camera-start = यहीं कैमरा इस्तेमाल करें
photo-camera-take = फ़ोटो लें
liveness-front = सीधे कैमरे की ओर देखें।
liveness-left = अब धीरे-धीरे अपना सिर अपनी बाईं ओर घुमाएँ।
liveness-right = अब धीरे-धीरे अपना सिर अपनी दाईं ओर घुमाएँ।
registration-identity-ask-review = किसी व्यक्ति से इस बदलाव की जाँच करवाएँ
registration-identity-review-requested = एक समीक्षक इस बदलाव को देखेगा। जब तक वह इसे स्वीकार नहीं करता, यात्री की जानकारी वैसी ही रहेगी जैसी पहले सेव थी; अपॉइंटमेंट पर इसका कोई असर नहीं पड़ता।
registration-identity-review-sent-before = यही बदलाव पहले ही समीक्षक को भेजा जा चुका है, और इसे दो बार नहीं भेजा जा सकता। अगर इसे स्वीकार नहीं किया गया, तो आप गलत जानकारी ठीक कर सकते हैं, या किसी मदद करने वाली संस्था से इसे अपने साथ देखने को कह सकते हैं।
review-identity-now = अभी
review-identity-proposed = प्रस्तावित
review-identity-accept = यह बदलाव स्वीकार करें
review-identity-stale = यह बदलाव अब प्रस्ताव के अनुसार लागू नहीं किया जा सकता: मामला बंद हो चुका है या इस बीच समूह बदल गया है। समूह को फिर से देखें।
case-identity-change = एक समूह ने ऐसा बदलाव माँगा है जिससे उसका एक यात्री कोई दूसरा व्यक्ति बन जाएगा, जबकि समूह किसी ड्रॉ में है या उसके पास अपॉइंटमेंट है
registration-next-title = आगे क्या
field-a-number = A-नंबर में अक्षर A और 8 या 9 अंक होते हैं, जैसे A123456789।
field-admission-number = I-94 प्रवेश नंबर में 11 अक्षर होते हैं: 9 अंक, फिर एक अक्षर या अंक, फिर एक अंक (जैसे 123456789A1)।
field-mrz-shape = पासपोर्ट के फ़ोटो वाले पन्ने के नीचे 2 लाइनें होती हैं, हर लाइन में 44 अक्षर, अंक और < चिह्न। दोनों लाइनें जैसी हैं वैसी ही देखकर लिखें, या उन्हें स्कैन करें।
field-mrz-check-digit = इन लाइनों का एक अक्षर अपने जाँच अंक से मेल नहीं खाता: शायद वह ग़लत पढ़ा गया है। हर अक्षर को पासपोर्ट से मिलाकर देखें और जो मेल न खाए उसे ठीक करें।
field-mrz-date = इन लाइनों में एक ऐसी तारीख़ है जो होती ही नहीं। लाइनों को पासपोर्ट से मिलाकर देखें और उन्हें ठीक करें।
field-admission-class = प्रवेश की श्रेणी एक अक्षर और फिर एक से तीन अक्षर या अंक होती है, जैसे I-94 पर (उदाहरण के लिए DT)।
field-parole-ends-too-soon = पैरोल पहुँचने के दिन के बाद ख़त्म होना चाहिए। तारीख़ जाँचें (साल, महीना, दिन)।
field-outcome-contradicts = “प्रवेश नहीं दिया गया” के साथ पैरोल या I-94 प्रवेश नंबर नहीं हो सकता। इनमें से एक हटाएँ।
