## /mydata i /forget

mydata-nothing = Ne čuvamo ništa o vama.
mydata-caption = Sve što Resilience Hub čuva o vama.
forget-nothing = Ne čuvamo ništa o vama, pa nema ničega za brisanje.
forget-confirm = <b>Izbrisati sve?</b> Trajno će se izbrisati vaš profil, započeti odgovori i vaša organizacija, ako joj ne pripada nijedan drugi član. Ovo se ne može poništiti.
forget-kept = Ništa nije izbrisano.
forget-done = Sve što smo čuvali o vama je izbrisano. Ako se vratite, s /start počinjete ispočetka.
forget-confirm-sent = Briše se i ono što ste pisali drugima: vaše masovne poruke i analize, vaše poruke učesnicima i koalicijama, vaše poruke uz zahtjeve za upoznavanje. Ono što još nije dostavljeno više neće biti dostavljeno.
