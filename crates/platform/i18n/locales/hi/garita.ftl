# Garita's main catalog (Hindi translation; English is the reference).
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader.

## Every page

site-name = Garita
site-tagline = पैदल अमेरिका की सीमा पार करने के लिए अपॉइंटमेंट
skip-to-content = मुख्य बात पर जाएँ
nav-home = मुख्य पेज
nav-ports = सीमा चौकियाँ
language-picker = भाषा
footer-free = Garita मुफ़्त है। अपॉइंटमेंट के लिए कोई भी आपसे पैसे नहीं ले सकता।
footer-open = Garita खुला सॉफ़्टवेयर है: कोई भी पढ़ सकता है कि यह कैसे काम करता है, और रोज़ की लॉटरी जाँच सकता है।
footer-privacy = निजता सूचना
footer-accessibility = सुलभता

privacy-title = निजता सूचना
accessibility-title = सुलभता वक्तव्य
accessibility-aim-title = हमारा लक्ष्य
accessibility-aim = Garita हर फ़ोन पर चलने के लिए बना है, छोटे और पुराने फ़ोन पर भी, दस भाषाओं में, स्क्रीन रीडर के साथ या उसके बिना, और वेब सामग्री सुलभता दिशानिर्देश (WCAG) 2.2 के AA स्तर को पूरा करने के लिए।
accessibility-tested-title = हम इसे कैसे जाँचते हैं
accessibility-tested = हर बदलाव इस्तेमाल से पहले असली ब्राउज़र में आज़माया जाता है: हर पेज 320 पिक्सेल चौड़ी स्क्रीन पर सभी दस भाषाओं में, मुख्य चरण JavaScript के बिना, और ऐसे फ़ॉर्म जो हर ग़लत जवाब का नाम बताते हैं और उस तक ले जाते हैं।
accessibility-limits-title = जो अभी सबके लिए काम नहीं करता
accessibility-limits = अपॉइंटमेंट माँगने और उसकी पुष्टि करने के लिए फ़ोन की जगह चाहिए, इसलिए JavaScript और लोकेशन चालू होने चाहिए। कोई सहायता संस्था ये चरण आपके साथ कर सकती है।
accessibility-report-title = हमें बताएँ
accessibility-report = अगर किसी पेज का इस्तेमाल आपके लिए मुश्किल है, तो किसी सहायता संस्था को बताएँ, जो हमें बता सकती है, या Garita के सार्वजनिक कोड भंडार में एक इश्यू खोलें। बताएँ कि कौन-सा पेज था और क्या हुआ; वहाँ कभी निजी जानकारी न भेजें।

## Home page

home-title = अमेरिका की सीमा पर अपॉइंटमेंट माँगें
home-intro = Garita अमेरिका की सीमा चौकी पर हाज़िर होने के लिए अपॉइंटमेंट देता है। आप हर दिन अपॉइंटमेंट माँग सकते हैं। एक ईमानदार लॉटरी तय करती है कि अपॉइंटमेंट किसे मिलेंगे, और कोई भी इस लॉटरी को जाँच सकता है।
home-steps-title = यह कैसे काम करता है
home-step-register = अपने समूह के लिए एक खाता बनाएँ: आप और आपके साथ सफ़र करने वाले लोग, 1 से 10 लोग।
home-step-request = हर दिन अपॉइंटमेंट माँगें और एक सीमा चौकी चुनें। दिन में एक बार माँगना काफ़ी है।
home-step-draw = अगले दिन लॉटरी से अपॉइंटमेंट बाँटे जाते हैं। आधे अपॉइंटमेंट उन समूहों को मिलते हैं जो सबसे ज़्यादा समय से इंतज़ार कर रहे हैं।
home-step-confirm = अगर लॉटरी में आपका नाम निकलता है, तो हम आपको इसी साइट पर और ई-मेल से बताएँगे। 23 घंटे के अंदर अपॉइंटमेंट पक्का करें।
home-step-present = अपने दिन और अपने समय पर सीमा चौकी पर जाएँ। अपॉइंटमेंट पक्का होने का सबूत साथ रखें।
home-free-title = यह मुफ़्त है
home-free-body = Garita कभी पैसे नहीं माँगता। कोई भी आपको अपॉइंटमेंट या बेहतर मौका नहीं बेच सकता। अगर कोई आपसे पैसे माँगे, तो पैसे न दें।
home-fair-title = सबके लिए एक जैसा मौका
home-fair-body = एक समूह का मौका उतना ही है जितना एक अकेले इंसान का। बहुत बार माँगने से, या नया खाता बनाने से, कोई फ़ायदा नहीं होता। हम हर दिन पूरी लॉटरी सबके सामने रखते हैं, ताकि कोई भी उसे जाँच सके।
home-help-title = क्या आपको मदद चाहिए?
home-help-body = शेल्टर (आश्रय) और क़ानूनी मदद देने वाले समूह आपकी मदद कर सकते हैं, चाहे आपके पास फ़ोन न हो।
home-ports-link = सीमा चौकियाँ देखें, और यह भी कि हर चौकी पर कितनी जगहें हैं

## Crossings page

ports-title = अपॉइंटमेंट देने वाली सीमा चौकियाँ
ports-intro = अमेरिका की ये 8 सीमा चौकियाँ अपॉइंटमेंट देती हैं। जगहों की गिनती हर दिन बदल सकती है।
ports-total = सब चौकियों को मिलाकर: हर दिन { $seats ->
    [one] { $seats } जगह
   *[other] { $seats } जगहें
}।
ports-seats = हर दिन { $seats ->
    [one] { $seats } जगह
   *[other] { $seats } जगहें
}
ports-seats-note = एक जगह एक इंसान के लिए है।
ports-mexican-side = मेक्सिको की तरफ़: { $city }
ports-us-side = अमेरिका की तरफ़: { $city }, { $state }
ports-crossing = कहाँ जाना है: { $crossing }
ports-times = अपॉइंटमेंट का समय: { $first } से { $last } तक, { $zone }

time-zone-pacific = अमेरिका का पैसिफ़िक समय
time-zone-arizona = एरिज़ोना समय
time-zone-mountain = अमेरिका का माउंटेन समय
time-zone-central = अमेरिका का सेंट्रल समय

## Error pages

error-not-found-title = हमें यह पेज नहीं मिल रहा
error-not-found-body = हो सकता है कि पता गलत या पुराना हो। मुख्य पेज पर जाएँ और वहाँ से शुरू करें।
error-internal-title = हमारी तरफ़ कुछ गड़बड़ हो गई
error-internal-body = इसमें आपकी कोई गलती नहीं है। आपने जो सेव किया था, उसमें से कुछ भी नहीं खोया। कृपया कुछ मिनट बाद फिर से कोशिश करें।
error-reference = अगर ऐसा फिर से हो, तो यह नंबर मदद करने वाली टीम को दें: { $reference }
error-go-home = मुख्य पेज पर जाएँ

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = नहीं मिला
problem-not-found-detail = इस पते पर कुछ नहीं है। पतों की सूची /api/v1/openapi.json पर है।
problem-port-not-found-title = अनजान सीमा चौकी
problem-port-not-found-detail = कोड { $code } वाली कोई सीमा चौकी नहीं है। सीमा चौकियों की सूची /api/v1/ports पर है।
problem-invalid-input-title = एक जानकारी सही नहीं है
problem-body-not-json = भेजा गया हिस्सा पढ़ने लायक JSON नहीं है। API के विवरण (/api/v1/openapi.json) के अनुसार एक JSON ऑब्जेक्ट भेजें।
problem-body-media-type = हिस्सा JSON के रूप में भेजें, हेडर Content-Type: application/json के साथ।
problem-internal-title = सर्वर में गड़बड़ी
problem-internal-detail = हमारी तरफ़ कुछ गड़बड़ हो गई। कुछ भी नहीं खोया। कुछ मिनट बाद फिर से कोशिश करें। रेफ़रेंस नंबर: { $reference }
error-unavailable-title = कुछ देर के लिए Garita के रिकॉर्ड तक पहुँच नहीं हो पा रही
error-unavailable-body = इसमें आपकी कोई गलती नहीं है। आपने पहले जो सेव किया था, वह सुरक्षित है। अगर आपने अभी-अभी कुछ भेजा है, तो एक मिनट बाद उसे फिर से भेजें: Garita में वह दो बार नहीं गिना जाएगा।
problem-unavailable-title = कुछ देर के लिए उपलब्ध नहीं
problem-unavailable-detail = अभी Garita के डेटाबेस तक पहुँच नहीं हो पा रही, इसलिए हो सकता है कि बदलाव न हुआ हो। Retry-After में दिए गए समय के बाद वही अनुरोध फिर से भेजें: फिर से भेजा गया अनुरोध कभी दो बार नहीं गिना जाता। रेफ़रेंस नंबर: { $reference }

## Values typed by a person or a program

input-date-format = तारीख ऐसे लिखें: 2026-12-31 (साल-महीना-दिन)।
input-port-code-format = सीमा चौकी के कोड में 3 अक्षर होते हैं, जैसे: SYS
input-seats-range = 0 से 10000 तक की कोई पूरी संख्या लिखें।
