### Hello, a test-only service.

hello-title = Bonjou
hello-keep = Kenbe nòt sa a
hello-note-label = Nòt ou (jiska 200 karaktè)
hello-count = Nòt ou kenbe: { $count }
hello-note-invalid = Ekri yon nòt ki gen 1 a 200 karaktè, epi peze bouton an ankò.
hello-staff-title = Bonjou: nòt ki kenbe
hello-staff-count = Nòt tout moun kenbe: { $count }
hello-kept-subject = Garita: nòt ou kenbe
hello-kept-body = Nòt ou kenbe, li sele. Ou ka li l ankò sou paj Bonjou a.
