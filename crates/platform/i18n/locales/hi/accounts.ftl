# Accounts, sign-in, recovery, staff pages and account e-mails (Hindi translation; English is the reference).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Navigation

nav-signin = साइन इन करें
nav-signup = खाता बनाएँ
nav-account = मेरा खाता
nav-signout = साइन आउट करें
nav-staff = स्टाफ़

## Consent, shown before an account is made (and again when it changes)

consent-title = शुरू करने से पहले: आपकी जानकारी
consent-intro = कृपया इसे पढ़ें। इसमें बताया गया है कि Garita आपके बारे में क्या रखता है और क्यों।
consent-collect-title = हम क्या रखते हैं
consent-collect-body = आपका ई-मेल पता, आपका पासवर्ड ऐसे बंद (लॉक) रूप में जिसे कोई पढ़ नहीं सकता, आपकी भाषा, और बाद में आपके समूह के लोगों के बारे में वह जानकारी जो आप हमें देंगे।
consent-why-title = क्यों
consent-who-title = इसे कौन देख सकता है
consent-who-body = आप। Garita का स्टाफ़ सिर्फ़ तब, जब उनके काम के लिए ज़रूरी हो, और वे जब भी देखते हैं, यह लिखकर रखा जाता है। उस सीमा चौकी के सीमा अधिकारी, जहाँ आपका अपॉइंटमेंट है। हम इसे कभी नहीं बेचते।
consent-keep-title = हम इसे कितने समय तक रखते हैं
consent-keep-body = जब तक आपका खाता खुला है। अगर आप खाता बंद करते हैं, तो हम 2 साल बाद आपकी जानकारी मिटा देते हैं, सिवाय उस जानकारी के जो क़ानून के हिसाब से हमें रखनी ही पड़ती है।
consent-rights-title = आपके अधिकार
consent-rights-body = हम आपके बारे में जो कुछ भी रखते हैं, वह सब आप देख सकते हैं, डाउनलोड कर सकते हैं, और ठीक कर सकते हैं। अगर आप मना करते हैं, तो आप Garita इस्तेमाल नहीं कर पाएँगे; इसके अलावा कुछ नहीं होगा।
consent-version = वर्ज़न { $version }
consent-changed = आपने पिछली बार इसे पढ़ा था, उसके बाद हमने इसमें बदलाव किए हैं। आगे बढ़ने के लिए कृपया इसे पढ़ें और फिर से सहमति दें।
consent-agree = मैंने यह पढ़ लिया है और मैं सहमत हूँ

## Making an account

signup-title = खाता बनाएँ
signup-intro = एक खाता उन लोगों के एक समूह के लिए है जो साथ में सफ़र करते हैं।
signup-email-label = आपका ई-मेल पता
signup-email-help = हम इस पते पर एक कोड भेजेंगे। ऐसा पता दें जिसे आप खोल सकते हों।
signup-phone-label = फ़ोन नंबर (इसे खाली छोड़ सकते हैं)
signup-phone-help = देश के कोड के साथ, जैसे: +52 664 123 4567
signup-password-label = पासवर्ड बनाएँ
signup-password-help = कम से कम 10 अक्षर, अंक या चिह्न। एक छोटा वाक्य याद रखना आसान होता है, और दूसरों के लिए उसका अंदाज़ा लगाना मुश्किल।
signup-language-label = संदेशों के लिए आपकी भाषा
signup-submit = मेरा खाता बनाएँ
signup-have-account = क्या आपका खाता पहले से है? साइन इन करें।

## Problems with a field (shown next to the field)

field-required = कृपया इसे भरें।
form-problems-title = कृपया ये जवाब जाँच लें
field-email-invalid = यह ई-मेल पता नहीं लगता। यह name@example.com जैसा होना चाहिए।
field-phone-invalid = नंबर को देश के कोड के साथ लिखें, जैसे: +52 664 123 4567
field-password-short = पासवर्ड बहुत छोटा है। कम से कम 10 अक्षर, अंक या चिह्न इस्तेमाल करें।
field-password-long = पासवर्ड बहुत लंबा है। ज़्यादा से ज़्यादा 128 अक्षर, अंक या चिह्न इस्तेमाल करें।
field-password-common = यह पासवर्ड बहुत से लोग इस्तेमाल करते हैं, इसलिए इसका अंदाज़ा लगाना आसान है। कृपया कोई दूसरा पासवर्ड चुनें।
field-code-format = कोड में 6 अंक होते हैं। सिर्फ़ अंक लिखें।
field-code-wrong = यह कोड सही नहीं है, या बहुत पुराना है। Garita का सबसे नया ई-मेल देखें, या नया कोड माँगें।
field-totp-wrong = यह कोड सही नहीं है। आपका ऐप अभी जो 6 अंक दिखा रहा है, वे लिखें।
field-code-spent = यह कोड अब काम नहीं करेगा: इसे बहुत बार आज़माया गया, या इसका समय खत्म हो गया। नया कोड पाने के लिए फिर से साइन इन करें।
field-identity-check = कृपया पक्का करें कि आपने जाँच लिया है कि यह व्यक्ति कौन है।

## Checking the e-mail address

verify-title = अपना ई-मेल देखें
verify-expiry = कोड 15 मिनट तक काम करता है।
verify-code-label = कोड
verify-submit = कोड जाँचें
verify-resend = मुझे नया कोड भेजें
verify-resend-wait = आप { $seconds ->
    [one] { $seconds } सेकंड
   *[other] { $seconds } सेकंड
} बाद नया कोड माँग सकते हैं।
verify-resent = अगर पता सही है, तो नया कोड आ रहा है।
verify-done = आपका ई-मेल पता जाँच लिया गया है।

## Recovery codes, shown once

codes-title = आपके रिकवरी कोड
codes-body = अगर आपका फ़ोन खो जाए या आप पासवर्ड भूल जाएँ, तो इनमें से किसी एक कोड से आप अपने खाते में वापस आ सकते हैं। हर कोड सिर्फ़ एक बार काम करता है।
codes-keep = यह पेज प्रिंट करें या कोड काग़ज़ पर लिख लें। इसे संभालकर रखें। किसी को न दें: Garita ये कोड कभी नहीं माँगेगा।
codes-once = ये कोड हम सिर्फ़ अभी दिखा रहे हैं। हम इन्हें सिर्फ़ बंद (लॉक) रूप में रखते हैं।
codes-print = प्रिंट करें
codes-continue = मैंने अपने कोड संभालकर रख लिए हैं

## Signing in

signin-title = साइन इन करें
signin-password-label = पासवर्ड
signin-submit = साइन इन करें
signin-forgot = पासवर्ड भूल गए या फ़ोन खो गया?
signin-no-account = अभी तक खाता नहीं है? एक खाता बनाएँ।
signed-out = आप साइन आउट हो गए हैं।
signed-out-everywhere = आप हर फ़ोन और कंप्यूटर से साइन आउट हो गए हैं।

device-title = क्या यह आप हैं?
device-submit = आगे बढ़ें

totp-title = आपके ऐप का कोड
totp-body = अपना ऑथेंटिकेटर ऐप खोलें। उसमें Garita के लिए जो 6 अंक दिख रहे हैं, वे लिखें।
totp-code-label = ऐप का कोड
totp-submit = साइन इन करें

## My account

account-title = मेरा खाता
account-email = ई-मेल पता: { $email }
account-language-label = संदेशों की भाषा
account-language-save = भाषा सेव करें
account-saved = सेव हो गया।
account-security-title = सुरक्षा
account-totp-on = एक ऑथेंटिकेटर ऐप आपके खाते को सुरक्षित रखता है।
account-totp-off = ज़्यादा सुरक्षा के लिए आप एक ऑथेंटिकेटर ऐप जोड़ सकते हैं।
account-totp-setup = ऑथेंटिकेटर ऐप जोड़ें
account-codes-new = नए रिकवरी कोड बनाएँ
account-codes-new-help = आपके पुराने कोड काम करना बंद कर देंगे।
account-sessions-title = आप कहाँ-कहाँ साइन इन हैं
account-session-web = वेब ब्राउज़र, { $since } से
account-session-api = ऐप कुंजी, { $since } से
account-session-current = (यही वाला)
account-session-end = वहाँ से साइन आउट करें
account-signout = साइन आउट करें
account-signout-everywhere = हर जगह से साइन आउट करें

totp-setup-title = ऑथेंटिकेटर ऐप जोड़ें
totp-setup-body = अपने ऑथेंटिकेटर ऐप में एक नया खाता जोड़ें और यह कुंजी लिखें। फिर ऐप जो 6 अंक दिखाए, वे यहाँ लिखें।
totp-setup-key = कुंजी: { $key }
totp-setup-code-label = ऐप का कोड
totp-setup-submit = चालू करें
totp-setup-done = अब साइन इन करने के लिए आपके ऑथेंटिकेटर ऐप की ज़रूरत होगी।

## Getting back into an account

recover-title = अपने खाते में वापस आएँ
recover-intro = आपका रजिस्ट्रेशन और आपका पुराना रिकॉर्ड कभी नहीं मिटाया जाता। कोई एक तरीका चुनें:
recover-code-title = रिकवरी कोड से
recover-code-body = उन कोडों में से कोई एक इस्तेमाल करें जो आपने खाता बनाते समय प्रिंट किए थे या लिख लिए थे।
recover-code-label = रिकवरी कोड
recover-new-password-label = नया पासवर्ड
recover-code-submit = मेरा पासवर्ड बदलें
recover-email-submit = मुझे कोड भेजें
recover-helper-title = शेल्टर या क़ानूनी मदद देने वाले समूह की मदद से
recover-helper-body = किसी ऐसे शेल्टर या क़ानूनी मदद देने वाले समूह के पास जाएँ जो Garita के साथ काम करता है। वहाँ एक मददगार आमने-सामने जाँचेगा कि आप कौन हैं, और आपको नया पासवर्ड बनाने के लिए एक लिंक देगा।
recover-failed = ई-मेल पता या रिकवरी कोड सही नहीं है। दोनों जाँचें और फिर से कोशिश करें।
recover-done = आपका पासवर्ड बदल गया है। आपका रजिस्ट्रेशन और आपका पुराना रिकॉर्ड सुरक्षित है। बाकी सब जगहों से आप साइन आउट हो गए हैं।

## Set-up link (staff accounts and helper recovery)

setup-title = अपना पासवर्ड बनाएँ
setup-body = यह लिंक सिर्फ़ एक बार काम करता है। अपने खाते के लिए एक पासवर्ड बनाएँ।
setup-staff-totp = स्टाफ़ के खातों के लिए ऑथेंटिकेटर ऐप ज़रूरी है। अपने ऐप में इस कुंजी से एक नया खाता जोड़ें, फिर ऐप जो 6 अंक दिखाए, वे लिखें: { $key }
setup-submit = सेव करें
setup-invalid = यह लिंक अब काम नहीं करता। हो सकता है यह पुराना हो, या पहले ही इस्तेमाल हो चुका हो। जिन्होंने आपको यह लिंक दिया था, उनसे नया लिंक माँगें।

## Limits

rate-limited = अभी बहुत ज़्यादा कोशिशें हो गई हैं। कृपया { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} रुकें, फिर दोबारा कोशिश करें। आपने जो सेव किया था, उसमें से कुछ भी नहीं खोया।
form-expired = यह फ़ॉर्म बहुत देर तक खुला रहा। कृपया फिर से कोशिश करें: आपने पहले जो कुछ सेव किया था, वह सब हमारे पास है।
upload-too-large = फ़ोटो { $megabytes } MB से बड़ी है। फ़ोटो फिर से खींचें, या कोई छोटी फ़ोटो चुनें। आपने पहले जो सहेजा था, वह सब सुरक्षित है।
body-too-large = भेजी गई सामग्री { $kilobytes } KB से बड़ी है, इस पेज के किसी भी जवाब की ज़रूरत से ज़्यादा। सबसे लंबा टेक्स्ट छोटा करें और फिर से भेजें। आपने पहले जो सहेजा था, उसमें से कुछ नहीं खोया।
form-unreadable = इस पेज ने जो भेजा, हम उसे पढ़ नहीं सके। कृपया मेन्यू से पेज फिर से खोलें और एक बार और भरें: आपने पहले जो कुछ सेव किया था, वह सब अभी भी यहाँ है।

## Staff

staff-title = स्टाफ़
staff-role = आपकी भूमिका: { $role }
staff-port = आपकी सीमा चौकी: { $port }
staff-organization = आपका संगठन: { $organization }
role-applicant = आवेदक
role-helper = मददगार
role-officer = सीमा अधिकारी
role-port-supervisor = सीमा चौकी सुपरवाइज़र
role-programme-admin = प्रोग्राम एडमिन
role-auditor = ऑडिटर
role-partner-validator = साथी संस्था का वेरिफ़ायर
role-observer = ड्रॉ पर्यवेक्षक
role-adjudicator = मामला निर्णायक
role-agriculture-specialist = कृषि विशेषज्ञ
signin-required-title = कृपया साइन इन करें
signin-required-body = यह पेज देखने के लिए आपको साइन इन करना होगा।
forbidden-title = यह पेज आपके खाते के लिए नहीं है
forbidden-body = यह पेज किसी दूसरी भूमिका या दूसरी सीमा चौकी के लिए है। अगर आपके काम के लिए यह ज़रूरी है, तो किसी प्रोग्राम एडमिन से पूछें।

staff-audit-title = ऑडिट लॉग
staff-audit-intact = लॉग में { $count ->
    [0] { $count } एंट्री हैं।
    [one] { $count } एंट्री है, और वह बदली नहीं गई।
   *[other] { $count } एंट्री हैं, और इनमें से कोई भी एंट्री बदली नहीं गई।
}
staff-audit-broken = लॉग में एंट्री नंबर { $seq } पर बदलाव हुआ है। सुरक्षा टीम को बताएँ।
staff-audit-checkpoint = आख़िरी हस्ताक्षरित चेकपॉइंट में एंट्री की गिनती: { $count }। लॉग उससे मेल खाता है।
staff-audit-rewritten = लॉग एंट्री नंबर { $count } पर अपने हस्ताक्षरित चेकपॉइंट से मेल नहीं खाता: इसे दोबारा लिखा गया है। सुरक्षा टीम को बताएँ।
staff-audit-cut = लॉग में एंट्री की गिनती: { $count }; हस्ताक्षरित चेकपॉइंट में { $checkpoint } थीं। सबसे नई एंट्री हटा दी गई हैं। सुरक्षा टीम को बताएँ।
staff-audit-bad-checkpoint = एंट्री नंबर { $count } वाले चेकपॉइंट पर Garita का हस्ताक्षर नहीं है। सुरक्षा टीम को बताएँ।
staff-audit-when = कब
staff-audit-who = किसने
staff-audit-what = क्या किया

staff-port-title = सीमा चौकी { $port }
staff-port-capacity = हर दिन की जगहें
staff-port-date-label = तारीख
staff-port-seats-label = जगहें
staff-port-save = सेव करें
staff-port-slots-label = हर समय-स्लॉट की जगहें
staff-port-closed-label = बंद
staff-port-slots-title = हर समय-स्लॉट की जगहें
staff-port-slots-help = तय करें कि किसी एक तारीख के हर समय-स्लॉट में कितनी जगहें हैं। उस तारीख की जगहें इनका जोड़ बन जाती हैं; उस तारीख की लॉटरी इन्हीं जगहों से होती है।
staff-port-slot-seats = { $time } बजे की जगहें
staff-port-slots-saved = { $date } के लिए हर समय-स्लॉट की जगहें सेव हो गईं।
staff-port-slots-closed = { $date } को सीमा चौकी बंद है: कुछ नहीं बदला गया।
staff-port-close-title = किसी तारीख के लिए सीमा चौकी बंद करें
staff-port-close-help = उस तारीख का हर अपॉइंटमेंट इस सीमा चौकी पर खाली जगहों वाली सबसे पहली तारीखों पर चला जाता है, हर समूह एक साथ। हर समूह को बताया जाता है, वह चाहे तो इसकी जगह दूसरी सीमा चौकी चुन सकता है, और उसकी पुष्टि पर्ची पर नई तारीख दिखती है।
staff-port-close-reason = वजह
staff-port-close-confirm = मुझे पता है कि इस तारीख का हर अपॉइंटमेंट दूसरी तारीख पर ले जाया जाएगा और हर समूह को बताया जाएगा।
staff-port-close-unconfirmed = कुछ नहीं बदला गया: बंद करने की पुष्टि के लिए पहले बॉक्स पर सही का निशान लगाएँ।
staff-port-close = सीमा चौकी बंद करें और अपॉइंटमेंट दूसरी तारीख पर ले जाएँ
staff-port-closed-weather = बंद: मौसम
staff-port-closed-security = बंद: सुरक्षा
staff-port-closed-other = बंद
staff-port-closed-done = { $date } को सीमा चौकी बंद है। { $moved ->
    [0] { $moved } अपॉइंटमेंट दूसरी तारीख पर ले जाए गए।
    [one] { $moved } अपॉइंटमेंट दूसरी तारीख पर ले जाया गया।
   *[other] { $moved } अपॉइंटमेंट दूसरी तारीख पर ले जाए गए।
} { $unplaced ->
    [0] {""}
    [one] { $unplaced } अपॉइंटमेंट के लिए आने वाले महीनों में कोई खाली जगह नहीं मिली, और उसकी तारीख वही रहती है: कृपया उस पर ध्यान दें।
   *[other] { $unplaced } अपॉइंटमेंट के लिए आने वाले महीनों में कोई खाली जगह नहीं मिली, और उनकी तारीख वही रहती है: कृपया उन पर ध्यान दें।
}
staff-port-already-closed = { $date } को सीमा चौकी पहले से बंद थी: कुछ नहीं बदला गया।
staff-port-close-past = इस सीमा चौकी पर { $date } की तारीख बीत चुकी है: बीता हुआ दिन बंद नहीं किया जा सकता। कुछ नहीं बदला गया।
staff-port-close-busy = { $date } के लिए सीमा चौकी बंद करते समय अपॉइंटमेंट बदल गए, इसलिए कुछ नहीं बदला गया। कृपया फिर से कोशिश करें।

staff-recover-title = किसी को उसके खाते में वापस आने में मदद करें
staff-recover-body = यह सिर्फ़ तब करें जब वह व्यक्ति आपके सामने हो, और आपने पहचान पत्र देखकर जाँच लिया हो कि वह कौन है। आप यहाँ जो भी करेंगे, वह लिखकर रखा जाएगा और उस व्यक्ति को दिखाया जाएगा।
staff-recover-email-label = उस व्यक्ति का ई-मेल पता
staff-recover-identity-label = मैंने इस व्यक्ति की पहचान आमने-सामने जाँच ली है
staff-recover-document-label = व्यक्ति का दस्तावेज़ नंबर, या उसकी जन्म तिथि (दिन/महीना/साल), जैसी उसके पंजीकरण में है
staff-recover-submit = नए पासवर्ड के लिए लिंक बनाएँ
staff-recover-link = यह लिंक उस व्यक्ति को दें। यह एक बार, 24 घंटे तक काम करता है: { $link }
staff-recover-none = कोई लिंक नहीं। या तो इस पते का कोई ऐसा खाता नहीं है जिसकी आपकी संस्था मदद करती है, या दस्तावेज़ नंबर या जन्म तिथि पंजीकरण से मेल नहीं खाती। व्यक्ति के साथ इन्हें जाँचें।

## E-mails

email-greeting = नमस्ते,
email-footer = Garita मुफ़्त है। हम कभी पैसे, आपका पासवर्ड या आपके रिकवरी कोड नहीं माँगते।
email-ignore = अगर आपने यह नहीं माँगा था, तो इस ई-मेल पर ध्यान न दें। आपका खाता सुरक्षित है।
email-code = आपका कोड: { $code }
email-code-expiry = कोड 15 मिनट तक काम करता है।
email-link-intro = या यह लिंक खोलें:
email-verify-subject = आपका Garita कोड: { $code }
email-verify-body = Garita के लिए आपका ई-मेल पता जाँचने का कोड यह है।
email-device-subject = Garita में साइन इन करने का आपका कोड: { $code }
email-device-body = कोई किसी नए फ़ोन या कंप्यूटर से आपके Garita खाते में साइन इन कर रहा है। अगर यह आप हैं, तो यह कोड लिखें।
email-recovery-subject = Garita खाता वापस पाने का आपका कोड: { $code }
email-recovery-body = आपके Garita खाते के लिए नया पासवर्ड बनाने का कोड यह है। आपका रजिस्ट्रेशन और पुराना रिकॉर्ड सुरक्षित है।
email-exists-subject = आपका Garita खाता
email-exists-body = किसी ने इस ई-मेल पते से Garita का नया खाता बनाने की कोशिश की, लेकिन आपका खाता पहले से है। अगर यह आप थे, तो साइन इन करें, या यहाँ से अपने खाते में वापस आएँ: { $link }
email-password-changed-subject = आपका Garita पासवर्ड बदल दिया गया है
email-password-changed-body = आपके Garita खाते का पासवर्ड बदल दिया गया है। अगर यह आपने नहीं किया, तो अभी यहाँ से अपने खाते में वापस आएँ: { $link }

## Titles added with the account pages

rate-limited-title = कृपया थोड़ा रुकें
form-expired-title = कृपया फिर से कोशिश करें
api-token-created = यह आपकी ऐप कुंजी है। यह सिर्फ़ एक बार दिखाई जाती है: { $token }
staff-none = यहाँ अभी आपकी भूमिका के लिए कुछ नहीं है।
staff-links-title = आप क्या कर सकते हैं
account-codes-left = इस्तेमाल न किए गए रिकवरी कोड: { $count }
account-phone = फ़ोन: { $phone }

## Helpers working with a person who is present

staff-people-title = वे लोग जिनकी आपका संगठन मदद करता है
staff-people-none = अभी तक कोई नहीं।
staff-people-new = आपके साथ यहाँ मौजूद व्यक्ति के लिए खाता बनाएँ
staff-people-new-help = पहले नीचे लिखी बातें उस व्यक्ति को उसकी भाषा में पढ़कर सुनाएँ, या उसे खुद पढ़ने दें। खाता सिर्फ़ तब बनाएँ जब वह सहमत हो।
staff-people-consent-read = मैंने ये बातें उस व्यक्ति को उसकी भाषा में पढ़कर सुनाईं, और वह सहमत है
staff-people-email = उस व्यक्ति का ई-मेल पता
staff-people-language = उस व्यक्ति की भाषा
staff-people-create = खाता बनाएँ
staff-people-taken = इस पते का खाता पहले से है। वह व्यक्ति "अपने खाते में वापस आएँ" से अपने खाते में वापस आ सकता है।
staff-people-act = इस व्यक्ति के रजिस्ट्रेशन पर काम करें
staff-people-handover = खाता उस व्यक्ति को सौंपें
staff-people-handover-link = यह लिंक उस व्यक्ति को दें। इससे वह अपना खुद का पासवर्ड बनाएगा। यह लिंक 72 घंटे तक काम करता है: { $link }
acting-notice = आप { $email } के रजिस्ट्रेशन पर काम कर रहे हैं। आप जो भी करेंगे, वह लिखकर रखा जाएगा और इस व्यक्ति को दिखाया जाएगा।
acting-stop = इस व्यक्ति के लिए काम करना बंद करें
account-helpers-title = मददगारों ने आपके लिए क्या किया
account-helper-can-act = { $organization } आपके खाते में काम कर सकती है, क्योंकि उसने आपकी मदद की थी। आप इसे कभी भी ख़त्म कर सकते हैं: उसके सहायक यहाँ कुछ भी देख या बदल नहीं पाएँगे।
account-helper-withdraw = उसकी पहुँच ख़त्म करें
account-helpers-none = किसी मददगार ने आपके खाते में काम नहीं किया है।
helper-did-account = { $date }: एक मददगार ने आपका खाता बनाया।
helper-did-consent = { $date }: एक मददगार ने लिखा कि आप अपनी जानकारी के बारे में लिखी बातों से सहमत थे।
helper-did-acting = { $date }: एक मददगार ने आपके रजिस्ट्रेशन पर काम करना शुरू किया।
helper-did-handover = { $date }: एक मददगार ने आपके लिए एक लिंक बनाया, ताकि आप अपना खाता ले सकें।
helper-did-registration = { $date }: एक मददगार ने आपका रजिस्ट्रेशन सेव किया।
helper-did-photo = { $date }: एक मददगार ने एक फ़ोटो भेजी।
helper-did-recovery = { $date }: एक मददगार ने आपके लिए एक लिंक बनाया, ताकि आप अपने खाते में वापस आ सकें।
helper-did-other = { $date }: एक मददगार ने एक बदलाव किया।

## Closing one's account.
account-close = मेरा खाता बंद करें
close-title = अपना खाता बंद करें
close-what = बंद करने के बाद कोई भी इस खाते में नहीं आ सकता: हर फ़ोन पर सभी सत्र ख़त्म हो जाते हैं, और आपके रिकवरी कोड काम करना बंद कर देते हैं। आपका समूह अब अपॉइंटमेंट नहीं माँग सकता।
close-kept = खाता बंद करने के 2 साल बाद हम आपकी जानकारी मिटा देते हैं, सिवाय उसके जो क़ानून के अनुसार हमें रखनी ज़रूरी है। प्रकाशित ड्रॉ सूचियों में सिर्फ़ प्रविष्टि संख्याएँ रहती हैं, जो आपके बारे में कुछ नहीं बतातीं।
close-again = आप कभी भी उसी ईमेल पते से नया खाता बना सकते हैं।
close-sure = मैं समझता/समझती हूँ: मेरा खाता बंद करें
close-submit = मेरा खाता बंद करें
close-keep = मेरा खाता रखें
close-not-sure = यह बताने के लिए कि आप खाता बंद करना चाहते हैं, बॉक्स पर निशान लगाएँ। कुछ नहीं बदला।
close-end-first = आपके समूह का एक अपॉइंटमेंट है। पहले उसे उस पेज पर रद्द करें जहाँ आपका अपॉइंटमेंट दिखता है; फिर आप खाता बंद कर सकते हैं। कुछ नहीं बदला।
close-done = आपका खाता बंद हो गया है। अब कोई उसमें नहीं आ सकता। आज से 2 साल बाद हम आपकी जानकारी मिटा देंगे, सिवाय उसके जो क़ानून के अनुसार हमें रखनी ज़रूरी है।

## Staff accounts, for programme admins.
staff-accounts-title = स्टाफ़ खाते
staff-accounts-row = { $email }: { $role } { $place }
staff-accounts-disable = यह खाता निष्क्रिय करें
staff-accounts-disabled = खाता निष्क्रिय हो गया: उसके सत्र ख़त्म हो गए और वह अब साइन इन नहीं कर सकता।
staff-accounts-not-disabled = कुछ नहीं बदला: यह खाता स्टाफ़ का नहीं है, आपका अपना है, या पहले से निष्क्रिय है।
staff-audit-search = खोजें
staff-audit-action = कार्रवाई (या उसकी शुरुआत, जैसे review.)
staff-audit-action-help = जैसे किसी पोर्ट पर यात्री का डेटा हर बार खोले जाने के लिए desk.traveller-opened।
staff-audit-subject = किसके बारे में (खाता या रिकॉर्ड आईडी)
staff-audit-from = से (YYYY-MM-DD)
staff-audit-to = तक (YYYY-MM-DD)
staff-audit-none = इस खोज से कोई प्रविष्टि मेल नहीं खाती।
staff-audit-older = पुरानी प्रविष्टियाँ
staff-audit-csv = इस खोज को CSV में डाउनलोड करें
