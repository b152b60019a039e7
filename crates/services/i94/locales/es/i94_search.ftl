## I-94 provisional: el oficial busca, por nombre y fecha de nacimiento, a un viajero que perdió su número.

i94-staff-search-title = Un viajero sin su número
i94-staff-search-help = Escribe los nombres y la fecha de nacimiento como están en el pasaporte. Solo se buscan los I-94 provisionales de tu puerto; la búsqueda queda registrada, lo que escribes no.
i94-staff-search-submit = Buscar por nombre
i94-staff-search-problem = Escribe los apellidos con letras y la fecha de nacimiento como una fecha, y vuelve a buscar.
i94-staff-search-none = Ningún I-94 provisional de tu puerto tiene ese nombre y esa fecha de nacimiento. Revisa la ortografía con el pasaporte del viajero.
i94-staff-search-line = { $number } ({ $status })
