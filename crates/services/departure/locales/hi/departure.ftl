## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = वह देश चुनें जहाँ आप जा रहे हैं: वह अमेरिका नहीं हो सकता।
dep-understood-needed = कृपया पढ़ें कि यह सूचना क्या करती है और क्या नहीं करती, और यह बताने के लिए बॉक्स पर टिक करें कि आपने पढ़ लिया है।
dep-travellers-count = एक सूचना आपके और ज़्यादा से ज़्यादा 9 और लोगों के लिए होती है। किसी को हटाएँ, या उनके लिए फिर से सूचना दें।
dep-travel-date-past = यात्रा का दिन आज या उसके बाद का होना चाहिए।

dep-vetted-v1-subject = Garita: देश छोड़ने की आपकी सूचना { $reference } की जाँच हो गई
dep-vetted-v1-body = एक जाँचकर्ता ने देश छोड़ने की आपकी सूचना { $reference } देखी और उसे जाँची हुई के रूप में दर्ज किया।
dep-vetted-v1-next = आपके पेज पर लिखा है कि आगे क्या होगा। अगर आपने यात्रा में मदद माँगी थी, तो इंतज़ाम होने पर आपको बताया जाएगा।
dep-vetted-v1-sms = Garita: आपकी सूचना { $reference } की जाँच हो गई: { $link }
dep-arranged-v1-subject = Garita: { $reference } के लिए यात्रा का इंतज़ाम हो गया
dep-arranged-v1-body = { $reference } के तहत आपने जो यात्रा माँगी थी, उसका इंतज़ाम हो गया है: दिन, यात्रा कंपनी और कहाँ से रवाना होना है, यह सब आपके पेज पर है।
dep-arranged-v1-next = अगर आपके लिए कुछ भी बदलता है, तो यात्रा के दिन से पहले अपने पेज पर बताएँ।
dep-arranged-v1-sms = Garita: { $reference } के लिए यात्रा का इंतज़ाम हुआ, जानकारी: { $link }
dep-departed-v1-subject = Garita: { $reference } के लिए रवानगी की पुष्टि हो गई
dep-departed-v1-body = { $reference } के तहत एक रवानगी की पुष्टि हुई है। आपकी पुष्टि, Garita के हस्ताक्षर के साथ, आपके पेज पर है।
dep-departed-v1-next = पुष्टि को संभालकर रखें। अगर मदद की रकम मिलनी है, तो वह हर व्यक्ति को सिर्फ़ एक बार दी जाती है।
dep-departed-v1-sms = Garita: { $reference } के लिए रवानगी की पुष्टि हुई: { $link }

dep-check-genuine = असली: { $reference } के तहत एक रवानगी, { $how ->
    [land] ज़मीन के रास्ते से
    [air] हवाई जहाज़ से
   *[other] समुद्र के रास्ते से
}, { $when } को, जैसा Garita ने दर्ज किया।
