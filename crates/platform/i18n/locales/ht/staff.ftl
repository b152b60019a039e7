## Administratè pwogram yo jere kont anplwaye yo: fè yon kont, chanje wòl li, reyinisyalize koneksyon li.

staff-accounts-intro = Tout moun ki travay nan Garita, ak wòl yo. Yon chanjman aplike touswit; lè ou dezaktive yon kont, sesyon li yo fini touswit.
staff-accounts-new = Fè yon kont anplwaye
staff-accounts-new-help = Lyen konfigirasyon kont lan parèt isit la yon sèl fwa: bay moun nan li ou menm. Avèk lyen sa a, moun nan chwazi yon modpas epi li mete yon aplikasyon otantifikasyon.
staff-accounts-email = Adrès imèl travay moun nan
staff-accounts-role = Wòl
staff-accounts-port = Pòs fwontyè
staff-accounts-port-help = Sèlman pou ofisye fwontyè ak sipèvizè pòs fwontyè.
staff-accounts-no-port = Okenn pòs fwontyè
staff-accounts-organization = Òganizasyon
staff-accounts-organization-help = Sèlman pou wòl ki travay pou yon òganizasyon (moun k ap ede, obsèvatè, validatè patnè): non li.
staff-accounts-language = Lang moun nan
staff-accounts-create = Fè kont lan
staff-accounts-created = Kont lan fèt. Bay moun nan lyen konfigirasyon sa a ou menm; li mache yon sèl fwa, pandan 3 jou: { $link }
staff-accounts-taken = Adrès sa a gen yon kont deja. Anyen pa fèt.
staff-accounts-change = Anrejistre wòl la
staff-accounts-changed = Wòl la chanje. Chanjman an aplike touswit.
staff-accounts-not-changed = Anyen pa chanje: kont sa a se pa kont anplwaye, se kont pa w, oswa li pa egziste.
staff-accounts-reset = Reyinisyalize modpas la ak aplikasyon otantifikasyon an
staff-accounts-reset-done = Modpas la ak aplikasyon otantifikasyon an reyinisyalize, epi sesyon kont lan yo fini. Bay moun nan nouvo lyen konfigirasyon sa a ou menm; li mache yon sèl fwa, pandan 3 jou: { $link }
staff-accounts-role-needed = Chwazi yon wòl anplwaye.
staff-accounts-port-needed = Ofisye fwontyè ak sipèvizè pòs fwontyè travay nan yon sèl pòs fwontyè: chwazi li.
staff-accounts-port-not-allowed = Se sèlman ofisye fwontyè ak sipèvizè pòs fwontyè ki gen yon pòs fwontyè: chwazi "Okenn pòs fwontyè".
staff-accounts-organization-needed = Wòl sa a travay pou yon òganizasyon: ekri non li.
staff-accounts-organization-not-allowed = Wòl sa a pa gen òganizasyon: kite kaz sa a vid.
email-help-withdrawn-subject = Garita: yon moun òganizasyon ou a te ede retire aksè li
email-help-withdrawn-body = Yon moun òganizasyon ou a te ede nan Garita retire aksè òganizasyon ou a nan kont li. Moun k ap ede yo pa ka travay ladan l ankò. Si li bezwen èd ankò, li ka mande w, epi ou ka fè yon nouvo kont avè l la. Gade moun ou ede yo: { $link }
