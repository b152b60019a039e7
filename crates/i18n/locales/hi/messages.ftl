### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: { $port } पर { $date } को आपके समूह का अपॉइंटमेंट है
msg-won-v1-body = { $day } का आपका अनुरोध लॉटरी में चुना गया। आपके समूह का अपॉइंटमेंट: { $port } ({ $crossing }), { $date } को { $time } बजे (सीमा चौकी का समय), जगहें: { $seats }।
msg-won-v1-next = अब क्या करें: { $deadline } ({ $zone } का समय) से पहले अपॉइंटमेंट पक्का करें। 14 साल या उससे ज़्यादा उम्र का हर यात्री फ़ोन की लोकेशन और एक फ़ोटो से पक्का करता है। अगर आप समय पर पक्का नहीं कर पाते, तो यह जगह किसी दूसरे समूह को मिल जाएगी, और आप फिर से अपॉइंटमेंट माँग सकते हैं; इससे आपको कोई नुकसान नहीं होगा।
msg-won-v1-sms = Garita: { $port } पर { $date } { $time } अपॉइंटमेंट, { $seats } जगहें। { $deadline } से पहले पक्का करें: { $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita: { $port } पर { $date } का आपका अपॉइंटमेंट पक्का हो गया है
msg-confirmed-v1-body = सभी यात्रियों ने अपॉइंटमेंट पक्का कर दिया है। आपके समूह का अपॉइंटमेंट: { $port } ({ $crossing }), { $date } को { $time } बजे (सीमा चौकी का समय), जगहें: { $seats }।
msg-confirmed-v1-next = अब क्या करें: { $time } बजे से थोड़ा पहले सभी यात्रियों और उनके दस्तावेज़ों के साथ सीमा चौकी पर पहुँचें। आपकी स्थिति वाले पेज पर दिखता है कि आपका अपॉइंटमेंट पक्का है।
msg-confirmed-v1-sms = Garita: { $port } पर { $date } { $time } अपॉइंटमेंट पक्का, { $seats } जगहें। जानकारी: { $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita: { $date } का अपॉइंटमेंट पक्का करने के लिए ज़्यादा समय
msg-deadline-moved-v1-body = जब आपको अपॉइंटमेंट पक्का करना था, तब Garita { $hours } घंटे { $minutes } मिनट तक ठीक से काम नहीं कर रहा था, इसलिए आपको उतना ही ज़्यादा समय मिला है। आपका अपॉइंटमेंट: { $port } ({ $crossing }), { $date } को { $time } बजे (सीमा चौकी का समय), जगहें: { $seats }।
msg-deadline-moved-v1-next = { $deadline } ({ $zone } का समय) से पहले अपनी स्थिति वाले पेज पर पक्का करें।
msg-deadline-moved-v1-sms = Garita: ज़्यादा समय। { $port } पर { $date } { $time } अपॉइंटमेंट { $deadline } से पहले पक्का करें: { $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita: { $date } का आपका अपॉइंटमेंट समय पर पक्का नहीं हुआ
msg-lapsed-v1-body = { $port } पर { $date } को { $time } बजे आपके समूह का अपॉइंटमेंट आख़िरी समय से पहले पक्का नहीं हुआ, इसलिए यह जगह दूसरे समूहों को मिल गई।
msg-lapsed-v1-next = आप किसी भी दिन फिर से अनुरोध कर सकते हैं, इससे आपको कोई नुकसान नहीं होगा: आपका रजिस्ट्रेशन जितना पुराना है, वह अब भी हर लॉटरी में गिना जाता है।
msg-lapsed-v1-sms = Garita: { $port } पर { $date } का अपॉइंटमेंट समय पर पक्का नहीं हुआ। किसी भी दिन फिर अनुरोध करें: { $link }
msg-offered-v1-subject = Garita: { $port } पर { $date } को आपके समूह के लिए जगह
msg-offered-v1-body = { $day } की लॉटरी में चुने गए एक समूह ने अपॉइंटमेंट पक्का नहीं किया, और उसकी जगह प्रकाशित सूची में अगले समूहों को मिलती है: आपका समूह उनमें से एक है। आपके समूह का अपॉइंटमेंट: { $port } ({ $crossing }), { $date } को { $time } बजे (सीमा चौकी का समय), जगहें: { $seats }।
msg-offered-v1-next = अब क्या करें: { $deadline } ({ $zone } का समय) से पहले अपॉइंटमेंट पक्का करें। आपके पास पहले चुने गए समूहों से कम समय है। 14 साल या उससे ज़्यादा उम्र का हर यात्री फ़ोन की लोकेशन और एक फ़ोटो से पक्का करता है। अगर आप समय पर पक्का नहीं कर पाते, तो यह जगह अगले समूह को मिल जाएगी; इससे आपको कोई नुकसान नहीं होगा।
msg-offered-v1-sms = Garita: आपके लिए जगह: { $port } पर { $date } { $time }, { $seats } जगहें। { $deadline } से पहले पक्का करें: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: { $day } का आपका अनुरोध नहीं चुना गया
msg-not-chosen-v1-body = { $port } के लिए { $day } का आपका अनुरोध इस बार लॉटरी में नहीं चुना गया।
msg-not-chosen-v1-next = आप किसी भी दिन फिर से अनुरोध कर सकते हैं: आपका रजिस्ट्रेशन जितना पुराना है, वह हर लॉटरी में गिना जाता है। यह ई-मेल आपने ख़ुद माँगा था; आप इसे अपने खाते के पेज पर बंद कर सकते हैं।

account-notices-title = लॉटरी के बारे में संदेश
account-notices-not-chosen = जब मेरा समूह न चुना जाए, तब भी मुझे ई-मेल से बताएँ। नतीजा हमेशा आपकी स्थिति वाले पेज पर दिखता है।
account-notices-save = सेव करें

status-title = आपकी स्थिति और संदेश
status-appointment-title = आपका अपॉइंटमेंट
status-appointment = { $port } ({ $crossing }), { $date } को { $time } बजे (सीमा चौकी का समय), जगहें: { $seats }।
status-confirm-by = { $deadline } ({ $zone } का समय) से पहले पक्का करें।
status-confirmed = आपका अपॉइंटमेंट पक्का है: सभी यात्रियों ने पक्का कर दिया है।
status-confirm-title = अपना अपॉइंटमेंट पक्का करें
status-time-left = बचा हुआ समय: { $hours } घंटे { $minutes } मिनट।
status-confirm-intro = 14 साल या उससे ज़्यादा उम्र का हर यात्री इसी फ़ोन पर पक्का करता है: पहले फ़ोन की लोकेशन से, फिर अभी ली गई अपने चेहरे की फ़ोटो से।
status-traveller-todo = { $name }: अभी पक्का नहीं हुआ।
status-traveller-retake = { $name }: यह फ़ोटो इस्तेमाल नहीं हो सकी। कृपया दूसरी फ़ोटो लें।
status-traveller-review = { $name }: कोई इंसान फ़ोटो देख रहा है। आपको कुछ नहीं करना है; तब तक पक्का करने का आपका समय रुका रहता है।
status-traveller-passed = { $name }: पक्का हो गया।
status-confirm-link = { $name } के लिए पक्का करें
status-no-appointment = अभी आपका कोई अपॉइंटमेंट नहीं है। आप हर दिन एक अपॉइंटमेंट माँग सकते हैं; हर लॉटरी का नतीजा यहाँ दिखता है।
status-request-title = आपका सबसे नया अनुरोध
status-request-none = आपने अभी तक कोई अपॉइंटमेंट नहीं माँगा है।
status-request-waiting = आपने { $day } को { $port } के लिए अनुरोध किया। नतीजा अभी प्रकाशित नहीं हुआ है।
status-request-won = आपने { $day } को { $port } के लिए अनुरोध किया, और आपका समूह चुना गया। आपका अपॉइंटमेंट ऊपर दिखाया गया है।
status-request-lapsed = आपने { $day } को { $port } के लिए अनुरोध किया। आपका समूह चुना गया, लेकिन समय पर पक्का नहीं कर पाया, इसलिए जगह दूसरे समूहों को मिल गई। आप किसी भी दिन फिर से अनुरोध कर सकते हैं; इससे आपको कोई नुकसान नहीं होगा।
status-request-not-chosen = आपने { $day } को { $port } के लिए अनुरोध किया। इस बार आपका समूह नहीं चुना गया। आप किसी भी दिन फिर से अनुरोध कर सकते हैं: आपका रजिस्ट्रेशन जितना पुराना है, वह हर लॉटरी में गिना जाता है।
confirm-title = { $name } के लिए पक्का करें
confirm-intro = जब आप बटन दबाते हैं, तो फ़ोन से एक बार पूछा जाता है कि आप कहाँ हैं, यह जाँचने के लिए कि { $name } उस इलाके में हैं जहाँ अपॉइंटमेंट पक्के किए जाते हैं। आपकी जगह सेव नहीं की जाती। फिर { $name } के चेहरे की फ़ोटो लें: कैमरे की तरफ़ देखते हुए, अच्छी रोशनी में, फ़ोटो में कोई और न हो।
confirm-submit = पक्का करें
confirm-needs-location = पक्का करने के लिए Garita को फ़ोन की लोकेशन चाहिए। इस साइट को अपनी लोकेशन देखने की इजाज़त दें और बटन फिर से दबाएँ। अगर फिर भी काम न करे, तो कोई शेल्टर या क़ानूनी मदद देने वाला समूह आपकी मदद कर सकता है।
confirm-too-late = पक्का करने का समय निकल गया है। आगे क्या होगा, यह आपकी स्थिति वाले पेज पर लिखा है।
confirm-outside-state = फ़ोन के अनुसार आप { $place } में हैं, उस इलाके से लगभग { $km } किमी दूर जहाँ अपॉइंटमेंट पक्के किए जाते हैं (मेक्सिको में 19 डिग्री अक्षांश के उत्तर का हिस्सा, और चियापास और ताबास्को)। आप उस इलाके के अंदर से पक्का कर सकते हैं। अगर आप वहाँ नहीं हैं, तो फ़ोन में सटीक लोकेशन चालू करें और फिर से कोशिश करें।
confirm-outside-country = फ़ोन के अनुसार आप मेक्सिको से बाहर हैं, { $place } के पास की सीमा से लगभग { $km } किमी दूर। आप मेक्सिको के अंदर से पक्का कर सकते हैं: 19 डिग्री अक्षांश के उत्तर में, या चियापास या ताबास्को में। अगर आप वहाँ नहीं हैं, तो फ़ोन में सटीक लोकेशन चालू करें और फिर से कोशिश करें।

inbox-title = संदेश
inbox-empty = अभी कोई संदेश नहीं है। आपके अपॉइंटमेंट के बारे में संदेश यहाँ दिखते हैं, तब भी जब ई-मेल या SMS आप तक नहीं पहुँचता।
inbox-offline = एक बार खुलने के बाद, यह पेज बिना इंटरनेट के भी फिर से पढ़ा जा सकता है।

messages-admin-title = संदेश
messages-admin-intro = इंतज़ार में, पहुँचाए गए और विफल संदेश, सभी नोड को मिलाकर। यही आँकड़े /metrics पर भी हैं।
messages-admin-pending = { $channel } से भेजे जाने के इंतज़ार में: { $count }
messages-admin-none-pending = कोई संदेश इंतज़ार में नहीं है।
messages-admin-oldest = इंतज़ार कर रहा सबसे पुराना संदेश { $minutes } मिनट पहले लिखा गया था।
messages-admin-sent = कुल पहुँचाए गए: { $count }
messages-admin-hour-title = पिछले एक घंटे में
messages-admin-hour = { $channel }: { $sent } पहुँचाए गए, { $retry } की बाद में फिर से कोशिश होगी, { $moved } अगले चैनल पर भेजे गए, { $dead } छोड़ दिए गए, { $deferred } भेजने की सीमाओं के कारण धीमे किए गए।
messages-admin-dead-title = जो पहुँचाए नहीं जा सके
messages-admin-dead-empty = कोई नहीं। हर संदेश पहुँच गया है, या उसे भेजने की कोशिश अभी जारी है।
messages-admin-dead-row = { $kind }, { $channel } से, { $when } को लिखा गया, कोशिशें: { $attempts }। आख़िरी गड़बड़ी: { $error }
messages-admin-retry = फिर से कोशिश करें
messages-admin-retried = संदेश फिर से कतार में है। थोड़ी देर में उसे फिर से भेजने की कोशिश होगी।

review-confirmations = पक्का करते समय ली गई फ़ोटो
