### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: { $port } पर { $date } को आपके समूह का अपॉइंटमेंट है
msg-won-v1-body = { $day } का आपका अनुरोध लॉटरी में चुना गया। आपके समूह का अपॉइंटमेंट: { $port } ({ $crossing }), { $date } को { $time } बजे (सीमा चौकी का समय), जगहें: { $seats }।
msg-won-v1-next = अब क्या करें: { $deadline } ({ $zone } का समय) से पहले अपॉइंटमेंट पक्का करें। 14 साल या उससे ज़्यादा उम्र का हर यात्री फ़ोन की लोकेशन और एक फ़ोटो से पक्का करता है। अगर आप समय पर पक्का नहीं कर पाते, तो यह जगह किसी दूसरे समूह को मिल जाएगी, और आप फिर से अपॉइंटमेंट माँग सकते हैं; इससे आपको कोई नुकसान नहीं होगा।
msg-won-v1-sms = Garita: { $port } पर { $date } { $time } अपॉइंटमेंट, { $seats } जगहें। { $deadline } से पहले पक्का करें: { $link }

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
status-no-appointment = अभी आपका कोई अपॉइंटमेंट नहीं है। आप हर दिन एक अपॉइंटमेंट माँग सकते हैं; हर लॉटरी का नतीजा यहाँ दिखता है।
status-request-title = आपका सबसे नया अनुरोध
status-request-none = आपने अभी तक कोई अपॉइंटमेंट नहीं माँगा है।
status-request-waiting = आपने { $day } को { $port } के लिए अनुरोध किया। नतीजा अभी प्रकाशित नहीं हुआ है।
status-request-won = आपने { $day } को { $port } के लिए अनुरोध किया, और आपका समूह चुना गया। आपका अपॉइंटमेंट ऊपर दिखाया गया है।
status-request-not-chosen = आपने { $day } को { $port } के लिए अनुरोध किया। इस बार आपका समूह नहीं चुना गया। आप किसी भी दिन फिर से अनुरोध कर सकते हैं: आपका रजिस्ट्रेशन जितना पुराना है, वह हर लॉटरी में गिना जाता है।
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
