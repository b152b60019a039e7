### Hello, a test-only service.

hello-title = Привет
hello-keep = Сохранить заметку
hello-note-label = Ваша заметка (до 200 символов)
hello-count = Сохранено ваших заметок: { $count }
hello-note-invalid = Напишите заметку длиной от 1 до 200 символов и нажмите кнопку ещё раз.
hello-staff-title = Привет: сохранённые заметки
hello-staff-count = Сохранено заметок всеми: { $count }
hello-kept-subject = Garita: ваша заметка сохранена
hello-kept-body = Ваша заметка сохранена в зашифрованном виде. Её можно снова прочитать на странице «Привет».
