### Hello, a test-only service.

hello-title = Hola
hello-keep = Guardar esta nota
hello-note-label = Tu nota (hasta 200 caracteres)
hello-count = Notas que guardaste: { $count }
hello-note-invalid = Escribe una nota de 1 a 200 caracteres y vuelve a pulsar el botón.
hello-staff-title = Hola: notas guardadas
hello-staff-count = Notas guardadas por todas las personas: { $count }
hello-kept-subject = Garita: tu nota está guardada
hello-kept-body = Tu nota está guardada y sellada. Puedes volver a leerla en la página Hola.
