### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita: { $deadline } से पहले अपना अपॉइंटमेंट पक्का करें
reminder-confirm-v1-body = { $port } ({ $crossing }) पर { $date } को { $time } (चौकी का समय) पर आपके समूह का अपॉइंटमेंट अभी पक्का नहीं हुआ है। 14 साल या उससे ज़्यादा उम्र का हर यात्री फ़ोन की जगह और एक फ़ोटो से इसे पक्का करता है।
reminder-confirm-v1-next = अब क्या करें: { $deadline } ({ $zone } का समय) से पहले अपने स्थिति पेज पर पक्का करें। नहीं करेंगे तो जगह किसी दूसरे समूह को चली जाएगी, और आप बिना किसी दंड के फिर से माँग सकते हैं।
reminder-confirm-v1-sms = Garita: { $port } पर { $date } { $time } का अपॉइंटमेंट { $deadline } से पहले पक्का करें: { $link }
reminder-day-before-v1-subject = Garita: आपका अपॉइंटमेंट कल है, { $date }, { $port } पर
reminder-day-before-v1-body = आपके समूह का अपॉइंटमेंट: { $port }, { $date } को { $time } (चौकी का समय)। पैदल प्रवेश द्वार पर जाएँ: { $crossing }।
reminder-day-before-v1-next = अपने समूह के हर यात्री को, पंजीकरण में दिए पहचान दस्तावेज़ और अपनी पुष्टि { $number } (छपी हुई या फ़ोन पर) साथ लाएँ। { $time } से थोड़ा पहले आएँ। अपॉइंटमेंट मुफ़्त है: कोई आपसे इसके पैसे नहीं ले सकता।
reminder-day-before-v1-sms = Garita: कल { $date } { $time }, { $port }। सब दस्तावेज़ लाएँ। { $number }: { $link }
