## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = आपके I-94 (पिछले 10 साल)
i94-history-none = अभी तक पोर्ट पर आपके किसी भी I-94 पर फ़ैसला नहीं हुआ है।
i94-history-admitted = { $date }, { $port }: { $name } को प्रवेश दिया गया, I-94 { $number }, श्रेणी { $class }, { $until } तक।
i94-history-refused = { $date }, { $port }: { $name } को प्रवेश नहीं दिया गया।
i94-history-record = Garita के हस्ताक्षर वाला अपना रिकॉर्ड डाउनलोड करें (इसमें आपके अपॉइंटमेंट और पोर्ट पर जो हुआ, वह भी दर्ज है)
