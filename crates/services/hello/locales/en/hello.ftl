### Hello, a test-only service.

hello-title = Hello
hello-keep = Keep this note
hello-note-label = Your note (up to 200 characters)
hello-count = Notes you kept: { $count }
hello-note-invalid = Write a note of 1 to 200 characters, then press the button again.
hello-staff-title = Hello: notes kept
hello-staff-count = Notes kept by everyone: { $count }
hello-kept-subject = Garita: your note is kept
hello-kept-body = Your note is kept, sealed. You can read it again on the Hello page.
