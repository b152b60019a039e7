## अस्थायी I-94: पिछले 10 साल में पोर्ट पर व्यक्ति के आगमनों पर हुए फ़ैसले (अपॉइंटमेंट वाले और अस्थायी I-94 वाले आगमन)।

i94-history-title = आपके I-94 (पिछले 10 साल)
i94-history-none = अभी तक पोर्ट पर आपके किसी भी I-94 पर फ़ैसला नहीं हुआ है।
i94-history-admitted = { $date }, { $port }: { $name } को प्रवेश दिया गया{ $number ->
        [none] {""}
       *[other] , I-94 { $number }, श्रेणी { $class }
    }{ $until ->
        [none] ।
       *[other] , { $until } तक।
    }
i94-history-paroled = { $date }, { $port }: { $name } को { $until } तक पैरोल पर प्रवेश दिया गया{ $number ->
        [none] ।
       *[other] , I-94 { $number }।
    }
i94-history-referred = { $date }, { $port }: { $name } को किसी दूसरे दफ़्तर में भेजा गया।
i94-history-refused = { $date }, { $port }: { $name } को प्रवेश नहीं दिया गया।
i94-history-record = Garita के हस्ताक्षर वाला अपना रिकॉर्ड डाउनलोड करें (इसमें आपके अपॉइंटमेंट और पोर्ट पर जो हुआ, वह भी दर्ज है)
