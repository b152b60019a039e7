### Hello, a test-only service.

hello-title = Merhaba
hello-keep = Bu notu sakla
hello-note-label = Notunuz (en fazla 200 karakter)
hello-count = Sakladığınız notlar: { $count }
hello-note-invalid = 1 ile 200 karakter arasında bir not yazın, sonra düğmeye yeniden basın.
hello-staff-title = Merhaba: saklanan notlar
hello-staff-count = Herkesin sakladığı notlar: { $count }
hello-kept-subject = Garita: notunuz saklandı
hello-kept-body = Notunuz mühürlenerek saklandı. Merhaba sayfasında yeniden okuyabilirsiniz.
