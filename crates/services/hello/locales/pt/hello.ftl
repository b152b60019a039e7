### Hello, a test-only service.

hello-title = Olá
hello-keep = Guardar esta nota
hello-note-label = Sua nota (até 200 caracteres)
hello-count = Notas que você guardou: { $count }
hello-note-invalid = Escreva uma nota de 1 a 200 caracteres e pressione o botão de novo.
hello-staff-title = Olá: notas guardadas
hello-staff-count = Notas guardadas por todas as pessoas: { $count }
hello-kept-subject = Garita: sua nota está guardada
hello-kept-body = Sua nota está guardada e selada. Você pode lê-la de novo na página Olá.
