### The help directory.

help-title = Èd toupre ou
help-intro = Òganizasyon ki ede moun an pèsòn, gratis oswa pou ti kòb: pou enskripsyon, yon kont ki pèdi, yon foto oswa konfimasyon. Yo ka ede ou menm si ou pa gen telefòn.
help-empty = Poko gen okenn òganizasyon sou lis la. Anplwaye pwogram nan ajoute yo apre yo fin verifye yo; pandan tan sa a, mande nan yon abri ou konnen epi ou fè konfyans.
help-address = Adrès: { $address }
help-hours = Lè li louvri: { $hours }
help-phone = Telefòn: { $phone }
help-languages = Lang yo pale: { $languages }
help-free = Èd yo gratis.
help-staff-title = Anyè èd
help-staff-intro = Òganizasyon ki sou lis sa a parèt pou tout moun sou /help, pa vil. Ajoute sèlman òganizasyon ou te verifye.
help-add = Ajoute òganizasyon sa a
help-name-label = Non òganizasyon an
help-city-label = Vil
help-address-label = Adrès
help-hours-label = Lè li louvri
help-phone-label = Telefòn, ak kòd peyi a
help-languages-label = Lang yo pale
help-free-label = Èd yo gratis
help-remove = Retire l sou lis la
help-added = Yo ajoute { $name } sou lis la.
help-find = Jwenn yon moun ki ka ede w toupre w
