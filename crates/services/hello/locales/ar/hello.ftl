### Hello, a test-only service.

hello-title = مرحبًا
hello-keep = احفظ هذه الملاحظة
hello-note-label = ملاحظتك (حتى 200 حرف)
hello-count = الملاحظات التي حفظتها: { $count }
hello-note-invalid = اكتب ملاحظة من 1 إلى 200 حرف، ثم اضغط الزر مرة أخرى.
hello-staff-title = مرحبًا: الملاحظات المحفوظة
hello-staff-count = الملاحظات التي حفظها الجميع: { $count }
hello-kept-subject = Garita: حُفظت ملاحظتك
hello-kept-body = حُفظت ملاحظتك مختومة. يمكنك قراءتها مرة أخرى في صفحة «مرحبًا».
