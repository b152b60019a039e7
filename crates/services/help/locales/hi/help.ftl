### The help directory.

help-title = आपके पास मदद
help-intro = ऐसी संस्थाएँ जो लोगों की आमने-सामने मदद करती हैं, मुफ़्त या कम खर्च में: पंजीकरण, खोया खाता, फ़ोटो या पुष्टि में। आपके पास फ़ोन न हो, तब भी वे मदद कर सकती हैं।
help-empty = सूची में अभी कोई संस्था नहीं है। कार्यक्रम के कर्मचारी जाँच के बाद उन्हें जोड़ते हैं; तब तक किसी ऐसे आश्रय स्थल में पूछें जिसे आप जानते हों और जिस पर भरोसा करते हों।
help-address = पता: { $address }
help-hours = खुलने का समय: { $hours }
help-phone = फ़ोन: { $phone }
help-languages = बोली जाने वाली भाषाएँ: { $languages }
help-free = उनकी मदद मुफ़्त है।
help-staff-title = मदद की सूची
help-staff-intro = यहाँ दी गई संस्थाएँ /help पर सभी को शहर के अनुसार दिखती हैं। केवल वही संस्थाएँ जोड़ें जिनकी आपने जाँच की है।
help-add = यह संस्था जोड़ें
help-name-label = संस्था का नाम
help-city-label = शहर
help-address-label = पता
help-hours-label = खुलने का समय
help-phone-label = देश कोड के साथ फ़ोन
help-languages-label = बोली जाने वाली भाषाएँ
help-free-label = उनकी मदद मुफ़्त है
help-remove = सूची से हटाएँ
help-added = { $name } सूची में जोड़ दी गई।
help-find = अपने पास मदद खोजें
