### Hello, a test-only service.

hello-title = नमस्ते
hello-keep = यह नोट रखें
hello-note-label = आपका नोट (200 अक्षरों तक)
hello-count = आपके रखे नोट: { $count }
hello-note-invalid = 1 से 200 अक्षरों का नोट लिखें, फिर बटन दोबारा दबाएँ।
hello-staff-title = नमस्ते: रखे गए नोट
hello-staff-count = सभी के रखे नोट: { $count }
hello-kept-subject = Garita: आपका नोट रख लिया गया है
hello-kept-body = आपका नोट मुहरबंद करके रखा गया है। आप उसे नमस्ते पेज पर फिर से पढ़ सकते हैं।
