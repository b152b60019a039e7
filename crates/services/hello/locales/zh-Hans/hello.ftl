### Hello, a test-only service.

hello-title = 你好
hello-keep = 保存这条笔记
hello-note-label = 你的笔记（最多 200 个字符）
hello-count = 你保存的笔记：{ $count }
hello-note-invalid = 请写 1 到 200 个字符的笔记，然后再按一次按钮。
hello-staff-title = 你好：已保存的笔记
hello-staff-count = 所有人保存的笔记：{ $count }
hello-kept-subject = Garita：你的笔记已保存
hello-kept-body = 你的笔记已加密保存。你可以在“你好”页面再次阅读。
