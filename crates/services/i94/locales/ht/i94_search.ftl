## I-94 pwovizwa: ofisye a jwenn yon vwayajè ki pèdi nimewo li, ak non li ak dat nesans li.

i94-staff-search-title = Yon vwayajè ki pa gen nimewo li
i94-staff-search-help = Tape non yo ak dat nesans lan jan yo ekri nan paspò a. Rechèch la fèt sèlman nan I-94 pwovizwa pò ou a; yo anrejistre rechèch la, men yo pa anrejistre sa ou tape a.
i94-staff-search-submit = Fè rechèch
i94-staff-search-problem = Tape non fanmi yo an lèt ak dat nesans lan kòm yon dat, epi chèche ankò.
i94-staff-search-none = Pa gen okenn I-94 pwovizwa nan pò ou a ki gen non sa a ak dat nesans sa a. Verifye jan non an ekri ak paspò vwayajè a.
i94-staff-search-line = { $number } ({ $status })
